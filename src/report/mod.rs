//! Printing `sip check` results: one `Format`, one dispatch, a file per format. Renderers never
//! check anything; they print the sorted findings they are given.

use crate::check::CheckResult;
use crate::i18n::Lang;

pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc/ruff-style text with source snippets
    Human,
    /// SPEC §6 JSON
    Json,
    /// GitHub Actions workflow commands (::error file=…)
    Github,
    /// JUnit XML: a testsuite per plan folder, a testcase per plan
    Junit,
    /// GitLab Code Quality report (JSON)
    Gitlab,
}

pub struct ReportConfig {
    pub lang: Lang,
    pub today: chrono::NaiveDate,
    pub quiet: bool,
    /// Colour on (decided once from --color, NO_COLOR and the terminal).
    pub color: bool,
    /// `--strict`: warnings fail too (JUnit then reports them as failures).
    pub strict: bool,
}

/// Render the result in a format.
pub fn render(format: Format, result: &CheckResult, cfg: &ReportConfig) -> String {
    match format {
        Format::Human => human::HumanRenderer::new(cfg).render(result),
        Format::Json => json::JsonRenderer::new(cfg).render(result),
        Format::Github => github::GithubRenderer::new(cfg).render(result),
        Format::Junit => junit::JunitRenderer::new(cfg).render(result),
        Format::Gitlab => gitlab::GitlabRenderer::new(cfg).render(result),
    }
}

/// One shared set of findings that every renderer's tests snapshot: an error, a warning and an
/// info in one plan (with characters each format must escape), a clean plan in the same folder, a
/// plan in a second folder, and a file that is not a plan.
#[cfg(test)]
pub(crate) mod fixture {
    use std::path::PathBuf;

    use super::ReportConfig;
    use crate::check::{CheckResult, FileReport};
    use crate::findings::{Code, Finding, Severity};
    use crate::i18n::Lang;
    use crate::source::{SourceFile, Span};

    pub fn config() -> ReportConfig {
        ReportConfig {
            lang: Lang::Sv,
            today: chrono::NaiveDate::from_ymd_opt(2026, 5, 1).expect("a valid date"),
            quiet: false,
            color: false,
            strict: false,
        }
    }

    fn file(display: &str, folder: &str, text: &str, findings: Vec<Finding>) -> FileReport {
        FileReport {
            source: SourceFile::new(PathBuf::from(display), display.into(), text.into()),
            plan_id: display
                .rsplit('/')
                .next()
                .and_then(|n| n.strip_suffix(".yaml"))
                .map(str::to_string),
            folder: folder.into(),
            is_plan: true,
            findings,
        }
    }

    pub fn result() -> CheckResult {
        let a = "id: sip-2026-aaaa1111\növerenskommelse: insjoriket\nstatus: pågående\n\
                 insatser:\n  - id: I1\n    beskrivning: Stöd, 50% av tiden: nu\n\
                 uppföljning:\n  nästa: 2026-04-01\n";
        let at = |s: &str| {
            let i = a.find(s).expect("in the fixture");
            Span::new(i, i + s.len())
        };
        let l004 = Finding::new(Code::L004, at("id: sip-2026-aaaa1111")).arg2("detail", "", "");
        let l002 = Finding::new(Code::L002, at("- id: I1")).arg("id", "I1, 50%: a\nb");
        let p002 = Finding::new(Code::P002, at("2026-04-01"))
            .arg("date", "2026-04-01")
            .arg("days", 30);
        let mut p009 = Finding::new(Code::P009, at("- id: I1\n    beskrivning"))
            .arg("id", "I1")
            .arg("date", "2026-04-30")
            .arg("status", "pågår");
        p009.severity = Severity::Info;
        let broken = FileReport {
            source: SourceFile::new(
                "plans/trasig.yaml".into(),
                "plans/trasig.yaml".into(),
                "".into(),
            ),
            plan_id: None,
            folder: "plans".into(),
            is_plan: false,
            findings: vec![Finding::new(Code::S001, Span::default()).arg2(
                "problem",
                "ingen plan",
                "no plan",
            )],
        };
        CheckResult {
            files: vec![
                file(
                    "plans/sip-2026-aaaa1111.yaml",
                    "plans",
                    a,
                    vec![l004, l002, p009, p002],
                ),
                file("plans/sip-2026-bbbb2222.yaml", "plans", "", vec![]),
                broken,
                file("övriga/sip-2026-cccc3333.yaml", "övriga", "", vec![]),
            ],
        }
    }
}
