//! Printing `sip check` results: one `Format`, one dispatch, a file per format. Renderers never
//! check anything; they are handed the checked files one by one, in the sorted order, and write
//! to a writer: the human, GitHub, GitLab and JUnit formats write each file as it comes, the JSON
//! format keeps only its short rows until the summary. A file's text is dropped by the caller
//! once its findings are written.

use std::io::{self, Write};

use crate::findings::{CheckResult, Code, FileReport, Totals};
use crate::i18n::Lang;

pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Github,
    Junit,
    Gitlab,
    Sarif,
}

/// The values of `--format`, each described in the help's language (shown by `--help` and the
/// shells' completions).
impl clap::ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            Format::Human,
            Format::Json,
            Format::Github,
            Format::Junit,
            Format::Gitlab,
            Format::Sarif,
        ]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let lang = crate::i18n::help_lang();
        let (name, help) = match self {
            Format::Human => ("human", t!(lang, "hjalp-varde-human")),
            Format::Json => ("json", t!(lang, "hjalp-varde-json")),
            Format::Github => ("github", t!(lang, "hjalp-varde-github")),
            Format::Junit => ("junit", t!(lang, "hjalp-varde-junit")),
            Format::Gitlab => ("gitlab", t!(lang, "hjalp-varde-gitlab")),
            Format::Sarif => ("sarif", t!(lang, "hjalp-varde-sarif")),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
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

/// A format's writer of a check's results.
pub trait Render {
    /// One checked file, in the sorted order (with or without findings).
    fn file(&mut self, out: &mut dyn Write, file: &FileReport) -> io::Result<()>;
    /// After the last file: the summary, the closing brackets.
    fn finish(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()>;
    /// After `finish`: a Markdown summary for the CI job's page, for the formats that have one
    /// (`github`, for `$GITHUB_STEP_SUMMARY`).
    fn step_summary(&self) -> Option<String> {
        None
    }
}

/// The rules left untested on encrypted plans no key opens, counted plan by plan
/// ([`FileReport::untested`]).
#[derive(Debug, Default, Clone)]
pub struct UntestedCount {
    /// Plans per code (indexed by `code as usize`).
    per_code: Vec<usize>,
    /// Plans with at least one rule untested.
    pub plans: usize,
}

impl UntestedCount {
    pub fn add(&mut self, file: &FileReport) {
        if file.untested == 0 {
            return;
        }
        self.plans += 1;
        if self.per_code.is_empty() {
            self.per_code = vec![0; Code::ALL.len()];
        }
        for &code in Code::ALL {
            if file.untested & (1 << code as usize) != 0 {
                self.per_code[code as usize] += 1;
            }
        }
    }

    /// Each untested code with its number of plans, in code order.
    pub fn by_code(&self) -> Vec<(Code, usize)> {
        Code::ALL
            .iter()
            .filter_map(|&c| {
                let n = self.per_code.get(c as usize).copied().unwrap_or(0);
                (n > 0).then_some((c, n))
            })
            .collect()
    }

    /// The one line on stderr: "3 regler kunde inte prövas utan nyckel i 12 planer: …".
    pub fn line(&self) -> Option<crate::i18n::Msg> {
        let codes = self.by_code();
        if codes.is_empty() {
            return None;
        }
        let list: Vec<&str> = codes.iter().map(|(c, _)| c.as_str()).collect();
        Some(msg!(
            "kontroll-oprovade-regler",
            regler = codes.len(),
            planer = self.plans,
            koder = list.join(", ")
        ))
    }
}

/// The renderer of a format.
pub fn renderer(format: Format, cfg: &ReportConfig) -> Box<dyn Render + '_> {
    match format {
        Format::Human => Box::new(human::HumanRenderer::new(cfg)),
        Format::Json => Box::new(json::JsonRenderer::new(cfg)),
        Format::Github => Box::new(github::GithubRenderer::new(cfg)),
        Format::Junit => Box::new(junit::JunitRenderer::new(cfg)),
        Format::Gitlab => Box::new(gitlab::GitlabRenderer::new(cfg)),
        Format::Sarif => Box::new(sarif::SarifRenderer::new(cfg)),
    }
}

/// Write a result held in memory in a format.
pub fn write(
    format: Format,
    result: &CheckResult,
    cfg: &ReportConfig,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut r = renderer(format, cfg);
    for file in &result.files {
        r.file(out, file)?;
    }
    r.finish(out, &result.totals())
}

/// A result held in memory as text (one file's findings in `sip edit`, the renderers' tests).
pub fn render(format: Format, result: &CheckResult, cfg: &ReportConfig) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write(format, result, cfg, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// One shared set of findings that every renderer's tests snapshot: an error, a warning and an
/// info in one plan (with characters each format must escape), a clean plan in the same folder, a
/// plan in a second folder, and a file that is not a plan.
#[cfg(test)]
pub(crate) mod fixture {
    use std::path::PathBuf;

    use super::ReportConfig;
    use crate::findings::{CheckResult, FileReport};
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
            untested: 0,
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
        let l004 = Finding::new(Code::L004, at("id: sip-2026-aaaa1111")).arg("detail", "");
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
            findings: vec![Finding::new(Code::S001, Span::default()).arg_msg(
                "problem",
                crate::i18n::Msg::from_fn(|l| match l {
                    crate::i18n::Lang::Sv => "ingen plan".into(),
                    crate::i18n::Lang::En => "no plan".into(),
                }),
            )],
            untested: 0,
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
