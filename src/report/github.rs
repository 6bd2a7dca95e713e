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

use super::ReportConfig;
use crate::findings::{FileReport, Totals};
use crate::findings::{Finding, Severity};

pub struct GithubRenderer<'c> {
    cfg: &'c ReportConfig,
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
        GithubRenderer { cfg }
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
        }
        Ok(())
    }

    fn finish(&mut self, _out: &mut dyn std::io::Write, _totals: &Totals) -> std::io::Result<()> {
        Ok(())
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
