//! `sip check --format junit`: JUnit XML in the shape linters such as
//! ESLint use, so that CI systems (GitLab `artifacts:reports:junit`, Jenkins, Azure DevOps,
//! GitHub test reporters) count failures right.
//!
//! A `<testsuite>` per plan file (name = the file), a `<testcase>` per finding at error level
//! (classname = the file, name = code and rule name, ` (2)`, ` (3)` … for a code's further
//! findings in the file, never the line; with `--strict` warnings too) holding
//! exactly one `<failure>` (`type` = code, `message` = message), and one passing testcase for a
//! plan without errors. Other findings go in the testsuite's `<system-out>`. The attributes and
//! children the Ant JUnit XSD requires are all there (`time`, `timestamp` from today, `hostname`,
//! `package`, `id`, `<properties>`, `<system-out>`, `<system-err>`), and nothing Jenkins xUnit's
//! `junit-10.xsd` refuses. The XML is written by quick-xml, which escapes; characters XML 1.0
//! cannot hold are replaced.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::ReportConfig;
use crate::findings::{FileReport, Finding, Severity, Totals};

pub struct JunitRenderer<'c> {
    cfg: &'c ReportConfig,
    /// The XML writer (its indentation follows the nesting); emptied into the output after each
    /// file.
    w: Writer<Vec<u8>>,
    /// Suites written so far (a suite's `id`).
    suites: usize,
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
        JunitRenderer {
            cfg,
            w: Writer::new_with_indent(Vec::new(), b' ', 2),
            suites: 0,
        }
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
            crate::codes::meta(f.code).name,
            f.message(self.cfg.lang)
        )
    }

    /// `L004 övergripande-ansvar-saknas`: the testcase of one finding, the same whatever line it
    /// is on and whatever the language, so that CI systems (GitLab keys a test case by suite,
    /// class and name; Jenkins by class and name) keep its history when lines move. The `n`th
    /// finding of one code in a file adds ` (n)`; the line is in the failure's text.
    fn case_name(f: &Finding, n: usize) -> String {
        let name = format!("{} {}", f.code, crate::codes::meta(f.code).name);
        if n > 1 { format!("{name} ({n})") } else { name }
    }

    fn suite<W: std::io::Write>(
        &self,
        w: &mut Writer<W>,
        id: usize,
        file: &FileReport,
    ) -> std::io::Result<()> {
        let (failing, other): (Vec<&Finding>, Vec<&Finding>) =
            file.findings.iter().partition(|f| self.fails(f));
        let name = xml_attr(&file.source.display);
        let package = xml_attr(&file.folder);
        let tests = failing.len().max(1);
        let timestamp = format!("{}T00:00:00", self.cfg.today.format("%Y-%m-%d"));
        w.create_element("testsuite")
            .with_attribute(("name", name.as_str()))
            .with_attribute(("package", package.as_str()))
            .with_attribute(("id", id.to_string().as_str()))
            .with_attribute(("tests", tests.to_string().as_str()))
            .with_attribute(("failures", failing.len().to_string().as_str()))
            .with_attribute(("errors", "0"))
            .with_attribute(("skipped", "0"))
            .with_attribute(("time", "0"))
            .with_attribute(("timestamp", timestamp.as_str()))
            .with_attribute(("hostname", "localhost"))
            .write_inner_content(|w| {
                w.create_element("properties").write_empty()?;
                if failing.is_empty() {
                    w.create_element("testcase")
                        .with_attribute(("name", name.as_str()))
                        .with_attribute(("classname", name.as_str()))
                        .with_attribute(("time", "0"))
                        .write_empty()?;
                }
                let mut seen: std::collections::HashMap<crate::findings::Code, usize> =
                    std::collections::HashMap::new();
                for f in &failing {
                    let n = seen.entry(f.code).or_insert(0);
                    *n += 1;
                    let case = xml_attr(&Self::case_name(f, *n));
                    let message = xml_attr(&f.message(self.cfg.lang));
                    w.create_element("testcase")
                        .with_attribute(("name", case.as_str()))
                        .with_attribute(("classname", name.as_str()))
                        .with_attribute(("time", "0"))
                        .write_inner_content(|w| {
                            w.create_element("failure")
                                .with_attribute(("type", f.code.as_str()))
                                .with_attribute(("message", message.as_str()))
                                .write_text_content(BytesText::new(&xml_text(
                                    &self.describe(file, f),
                                )))?;
                            Ok(())
                        })?;
                }
                let text: Vec<String> = other.iter().map(|f| self.describe(file, f)).collect();
                w.create_element("system-out")
                    .write_text_content(BytesText::new(&xml_text(&text.join("\n"))))?;
                w.create_element("system-err").write_empty()?;
                Ok(())
            })?;
        Ok(())
    }
}

impl super::Render for JunitRenderer<'_> {
    fn file(&mut self, out: &mut dyn std::io::Write, file: &FileReport) -> std::io::Result<()> {
        let mut w = std::mem::replace(&mut self.w, Writer::new(Vec::new()));
        if self.suites == 0 {
            w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
            // The Ant XSD allows no attributes on <testsuites>: the counts are on each suite.
            w.write_event(Event::Start(BytesStart::new("testsuites")))?;
        }
        let written = self.suite(&mut w, self.suites, file);
        self.suites += 1;
        out.write_all(w.get_ref())?;
        w.get_mut().clear();
        self.w = w;
        written
    }

    fn finish(&mut self, out: &mut dyn std::io::Write, _totals: &Totals) -> std::io::Result<()> {
        let w = &mut self.w;
        if self.suites == 0 {
            w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
            w.write_event(Event::Empty(BytesStart::new("testsuites")))?;
        } else {
            w.write_event(Event::End(BytesEnd::new("testsuites")))?;
        }
        out.write_all(w.get_ref())?;
        w.get_mut().clear();
        out.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn snapshot() {
        let cfg = fixture::config();
        let out = crate::report::render(crate::report::Format::Junit, &fixture::result(), &cfg);
        insta::assert_snapshot!(out);
    }

    #[test]
    fn strict_makes_warnings_failures() {
        let mut cfg = fixture::config();
        let plain = crate::report::render(crate::report::Format::Junit, &fixture::result(), &cfg);
        cfg.strict = true;
        let strict = crate::report::render(crate::report::Format::Junit, &fixture::result(), &cfg);
        assert_eq!(plain.matches("<failure ").count(), 3);
        assert_eq!(strict.matches("<failure ").count(), 4);
        assert_eq!(strict.matches("<testcase ").count(), 6);
        assert!(strict.contains("<failure type=\"P002\""));
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(xml_text("a\u{1}b\nc"), "a\u{fffd}b\nc");
        assert_eq!(xml_attr("a\nb"), "a b");
    }
}
