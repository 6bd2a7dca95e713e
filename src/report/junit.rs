//! `sip check --format junit`: JUnit XML as SPEC §6 fixes it, for CI systems that show test
//! reports (GitLab `artifacts:reports:junit`, Jenkins, Azure DevOps, GitHub test reporters).
//!
//! A `<testsuite>` per plan folder, a `<testcase>` per checked file (named by its path), a
//! `<failure>` per finding at error level (`type` = code, `message` = message; with `--strict`
//! warnings too), and a passing testcase for a clean plan. Other findings go in the testcase's
//! `<system-out>` so they are not lost. A suite's `failures` counts its failing testcases.
//! The XML is written by quick-xml, which escapes; characters XML 1.0 cannot hold are replaced.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::ReportConfig;
use crate::check::{CheckResult, FileReport};
use crate::findings::{Finding, Severity};

pub struct JunitRenderer<'c> {
    cfg: &'c ReportConfig,
}

/// Text XML 1.0 can hold: other control characters become U+FFFD.
fn xml_text(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// An attribute value on one line (a reader would fold line ends to spaces anyway).
fn xml_attr(s: &str) -> String {
    xml_text(s).replace(['\r', '\n', '\t'], " ")
}

impl<'c> JunitRenderer<'c> {
    pub fn new(cfg: &'c ReportConfig) -> Self {
        JunitRenderer { cfg }
    }

    fn fails(&self, f: &Finding) -> bool {
        f.severity == Severity::Error || (self.cfg.strict && f.severity == Severity::Warning)
    }

    /// `plans/x.yaml:12:3: L004 övergripande-ansvar-saknas: message`
    fn describe(&self, file: &FileReport, f: &Finding) -> String {
        let lc = file.source.line_col(f.span.start);
        format!(
            "{} {}:{}:{}: {} {}: {}",
            f.severity.word(self.cfg.lang),
            file.source.display,
            lc.line,
            lc.column,
            f.code,
            crate::rules::meta(f.code).name,
            f.message(self.cfg.lang)
        )
    }

    fn testcase<W: std::io::Write>(
        &self,
        w: &mut Writer<W>,
        file: &FileReport,
    ) -> std::io::Result<()> {
        let (failing, other): (Vec<&Finding>, Vec<&Finding>) =
            file.findings.iter().partition(|f| self.fails(f));
        let name = xml_attr(&file.source.display);
        let classname = xml_attr(&file.folder);
        let el = w
            .create_element("testcase")
            .with_attribute(("name", name.as_str()))
            .with_attribute(("classname", classname.as_str()))
            .with_attribute(("file", name.as_str()));
        if file.findings.is_empty() {
            el.write_empty()?;
            return Ok(());
        }
        el.write_inner_content(|w| {
            for f in &failing {
                let message = xml_attr(&f.message(self.cfg.lang));
                w.create_element("failure")
                    .with_attribute(("type", f.code.as_str()))
                    .with_attribute(("message", message.as_str()))
                    .write_text_content(BytesText::new(&xml_text(&self.describe(file, f))))?;
            }
            if !other.is_empty() {
                let text: Vec<String> = other.iter().map(|f| self.describe(file, f)).collect();
                w.create_element("system-out")
                    .write_text_content(BytesText::new(&xml_text(&text.join("\n"))))?;
            }
            Ok(())
        })?;
        Ok(())
    }

    fn write<W: std::io::Write>(
        &self,
        w: &mut Writer<W>,
        result: &CheckResult,
    ) -> std::io::Result<()> {
        // Files come sorted by path; keep the folders in the order they first appear.
        let mut suites: Vec<(&str, Vec<&FileReport>)> = Vec::new();
        for file in &result.files {
            match suites.iter_mut().find(|(name, _)| *name == file.folder) {
                Some((_, files)) => files.push(file),
                None => suites.push((&file.folder, vec![file])),
            }
        }
        let failed = |files: &[&FileReport]| {
            files
                .iter()
                .filter(|f| f.findings.iter().any(|x| self.fails(x)))
                .count()
        };
        let total_failed: usize = suites.iter().map(|(_, f)| failed(f)).sum();
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.create_element("testsuites")
            .with_attribute(("name", "sip check"))
            .with_attribute(("tests", result.files.len().to_string().as_str()))
            .with_attribute(("failures", total_failed.to_string().as_str()))
            .with_attribute(("errors", "0"))
            .write_inner_content(|w| {
                for (folder, files) in &suites {
                    let name = xml_attr(folder);
                    w.create_element("testsuite")
                        .with_attribute(("name", name.as_str()))
                        .with_attribute(("tests", files.len().to_string().as_str()))
                        .with_attribute(("failures", failed(files).to_string().as_str()))
                        .with_attribute(("errors", "0"))
                        .with_attribute(("skipped", "0"))
                        .write_inner_content(|w| {
                            for file in files {
                                self.testcase(w, file)?;
                            }
                            Ok(())
                        })?;
                }
                Ok(())
            })?;
        Ok(())
    }

    pub fn render(&self, result: &CheckResult) -> String {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
        // Writing to a Vec cannot fail.
        let _ = self.write(&mut w, result);
        let mut s = String::from_utf8(w.into_inner()).unwrap_or_default();
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn snapshot() {
        let cfg = fixture::config();
        let out = JunitRenderer::new(&cfg).render(&fixture::result());
        insta::assert_snapshot!(out);
    }

    #[test]
    fn strict_makes_warnings_failures() {
        let mut cfg = fixture::config();
        let plain = JunitRenderer::new(&cfg).render(&fixture::result());
        cfg.strict = true;
        let strict = JunitRenderer::new(&cfg).render(&fixture::result());
        assert_eq!(plain.matches("<failure ").count(), 3);
        assert_eq!(strict.matches("<failure ").count(), 4);
        assert!(strict.contains("<failure type=\"P002\""));
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(xml_text("a\u{1}b\nc"), "a\u{fffd}b\nc");
        assert_eq!(xml_attr("a\nb"), "a b");
    }
}
