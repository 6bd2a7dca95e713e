//! `sip check --format github`: one GitHub Actions workflow command per finding, so
//! that each finding shows as an annotation on the pull request's diff:
//!
//! ```text
//! ::error file=plans/x.yaml,line=1,col=1,title=L004 övergripande-ansvar-saknas::Planen anger …
//! ```
//!
//! `error` for fel, `warning` for varning, `notice` for info. `col` is given only when the span
//! lies on one line of a readable file. Escaping follows GitHub's workflow-command rules
//! (`@actions/core`, `command.ts`): in the message `%`, `\r`, `\n`; in properties also `:` and `,`;
//! any other control character becomes visible (`␛`).
//! Nothing else is printed, so the output is safe to let the runner read as it is.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::ReportConfig;
use crate::findings::{Code, FileReport, Totals};
use crate::findings::{Finding, Severity};

pub struct GithubRenderer<'c> {
    cfg: &'c ReportConfig,
    /// Findings per rule and severity, for the step summary.
    by_rule: BTreeMap<(Code, Severity), usize>,
    /// Errors, warnings and infos per plan id (files without a valid id under `None`), in the
    /// order the files come.
    by_plan: Vec<(Option<String>, [usize; 3])>,
    /// Where each plan id is in `by_plan`.
    plan_row: std::collections::HashMap<Option<String>, usize>,
    totals: Totals,
}

/// The workflow command for a severity.
fn command(sev: Severity) -> &'static str {
    match sev {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Escape a command's message (data). Other control characters are shown as pictures (`␛`):
/// the log is read in a browser and in terminals.
pub fn escape_data(s: &str) -> String {
    let escaped = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    crate::privacy::visible(&escaped).into_owned()
}

/// Escape a property value (`file`, `title`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

impl<'c> GithubRenderer<'c> {
    pub fn new(cfg: &'c ReportConfig) -> Self {
        GithubRenderer {
            cfg,
            by_rule: BTreeMap::new(),
            by_plan: Vec::new(),
            plan_row: std::collections::HashMap::new(),
            totals: Totals::default(),
        }
    }

    /// The job summary in Markdown (GitHub shows `$GITHUB_STEP_SUMMARY` on the run's page): the
    /// totals, the findings per rule and per plan id. Only codes, rule names, plan ids and
    /// counts: no file names, no names of people, no text from a plan.
    pub fn step_summary(&self) -> String {
        let lang = self.cfg.lang;
        let t = &self.totals;
        let mut md = String::from("## sip check\n\n");
        let found = if t.errors + t.warnings + t.infos == 0 {
            t!(lang, "kontroll-inga-fel")
        } else {
            super::human::counts(t.errors, t.warnings, t.infos, lang)
        };
        let checked = t!(
            lang,
            "kontroll-planer-kontrollerade",
            antal = t.plans,
            olasta = 0usize,
            fynd = found
        );
        let _ = writeln!(md, "{checked}");
        if !self.by_rule.is_empty() {
            let _ = writeln!(
                md,
                "\n| {} | {} | {} | {} |\n|---|---|---|---:|",
                t!(lang, "kontroll-kolumn-kod"),
                t!(lang, "kontroll-kolumn-regel"),
                t!(lang, "kontroll-kolumn-niva"),
                t!(lang, "kontroll-kolumn-antal"),
            );
            for ((code, sev), n) in &self.by_rule {
                let name = crate::codes::meta(*code).name;
                let _ = writeln!(md, "| {code} | {name} | {} | {n} |", sev.word(lang));
            }
        }
        if !self.by_plan.is_empty() {
            let _ = writeln!(
                md,
                "\n| {} | {} | {} | {} |\n|---|---:|---:|---:|",
                t!(lang, "kontroll-kolumn-plan"),
                t!(lang, "kontroll-kolumn-fel"),
                t!(lang, "kontroll-kolumn-varningar"),
                t!(lang, "kontroll-kolumn-info"),
            );
            for (id, [e, w, i]) in &self.by_plan {
                let id = match id {
                    Some(id) => format!("`{id}`"),
                    None => t!(lang, "kontroll-fil-utan-id"),
                };
                let _ = writeln!(md, "| {id} | {e} | {w} | {i} |");
            }
        }
        md
    }

    fn line(&self, file: &FileReport, f: &Finding) -> String {
        let meta = crate::codes::meta(f.code);
        let src = &file.source;
        let start = src.line_col(f.span.start);
        let mut props = vec![
            format!("file={}", escape_property(&src.display)),
            format!("line={}", start.line),
        ];
        // A column means something only for a span on one line of a file we could read.
        let one_line = !src.text.is_empty()
            && src
                .text
                .get(f.span.start..f.span.end)
                .is_some_and(|s| !s.trim_end_matches(['\r', '\n']).contains('\n'));
        if one_line {
            props.push(format!("col={}", start.column));
        }
        props.push(format!(
            "title={}",
            escape_property(&format!("{} {}", f.code, meta.name))
        ));
        format!(
            "::{} {}::{}\n",
            command(f.severity),
            props.join(","),
            escape_data(&f.message(self.cfg.lang))
        )
    }
}

impl super::Render for GithubRenderer<'_> {
    fn file(&mut self, out: &mut dyn std::io::Write, file: &FileReport) -> std::io::Result<()> {
        for f in &file.findings {
            out.write_all(self.line(file, f).as_bytes())?;
            *self.by_rule.entry((f.code, f.severity)).or_insert(0) += 1;
        }
        if !file.findings.is_empty() {
            let id = file
                .plan_id
                .clone()
                .filter(|id| crate::model::plan::is_valid_plan_id(id));
            let counts =
                [Severity::Error, Severity::Warning, Severity::Info].map(|s| file.count(s));
            let row = *self.plan_row.entry(id.clone()).or_insert_with(|| {
                self.by_plan.push((id, [0; 3]));
                self.by_plan.len() - 1
            });
            for (k, n) in counts.into_iter().enumerate() {
                self.by_plan[row].1[k] += n;
            }
        }
        Ok(())
    }

    fn finish(&mut self, _out: &mut dyn std::io::Write, totals: &Totals) -> std::io::Result<()> {
        self.totals = *totals;
        Ok(())
    }

    fn step_summary(&self) -> Option<String> {
        Some(GithubRenderer::step_summary(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn snapshot() {
        let cfg = fixture::config();
        let out = super::super::render(super::super::Format::Github, &fixture::result(), &cfg);
        insta::assert_snapshot!(out);
    }

    #[test]
    fn escapes_as_github_does() {
        assert_eq!(escape_data("50%\r\na"), "50%25%0D%0Aa");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn no_column_for_a_span_over_several_lines() {
        let cfg = fixture::config();
        let out = super::super::render(super::super::Format::Github, &fixture::result(), &cfg);
        let p009 = out.lines().find(|l| l.contains("P009")).expect("P009 line");
        assert!(p009.starts_with("::notice file=plans/sip-2026-aaaa1111.yaml,line=5,title="));
        let l004 = out.lines().find(|l| l.contains("L004")).expect("L004 line");
        assert!(l004.contains(",line=1,col=1,title=L004 övergripande-ansvar-saknas::"));
    }
}
