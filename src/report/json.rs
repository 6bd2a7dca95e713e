//! `sip check --format json`, as the README documents it: dedicated serde structs, never internal types.

use serde::Serialize;

use super::ReportConfig;
use crate::findings::{Code, FileReport, Severity, Totals};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    today: String,
    files: usize,
    plans: usize,
    findings: Rows<'a>,
    summary: Summary,
    /// The rules not tested, with in how many plans (encrypted plans no key opens).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    untested: Vec<Untested>,
}

#[derive(Serialize)]
struct Untested {
    code: &'static str,
    plans: usize,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    plan: Option<&'a str>,
    code: &'static str,
    rule: &'static str,
    severity: &'static str,
    message: &'a str,
}

#[derive(Serialize)]
struct Summary {
    fel: usize,
    varning: usize,
    info: usize,
}

/// A finding kept until the summary is known: its file's path and plan id are kept once per file
/// (`files`), and the text is not kept at all once its line and column are known.
struct Row {
    file: usize,
    line: usize,
    column: usize,
    code: Code,
    severity: Severity,
    message: String,
}

/// The rows as the JSON array of findings, serialized one by one.
struct Rows<'a> {
    rows: &'a [Row],
    files: &'a [(String, Option<String>)],
}

impl Serialize for Rows<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.rows.iter().map(|r| {
            let (file, plan) = &self.files[r.file];
            JsonFinding {
                file,
                line: r.line,
                column: r.column,
                plan: plan.as_deref(),
                code: r.code.as_str(),
                rule: crate::codes::meta(r.code).name,
                severity: r.severity.as_str(),
                message: &r.message,
            }
        }))
    }
}

pub struct JsonRenderer<'c> {
    cfg: &'c ReportConfig,
    files: Vec<(String, Option<String>)>,
    rows: Vec<Row>,
    untested: super::UntestedCount,
}

impl<'c> JsonRenderer<'c> {
    pub fn new(cfg: &'c ReportConfig) -> Self {
        JsonRenderer {
            cfg,
            files: Vec::new(),
            rows: Vec::new(),
            untested: super::UntestedCount::default(),
        }
    }
}

impl super::Render for JsonRenderer<'_> {
    fn file(&mut self, _out: &mut dyn std::io::Write, file: &FileReport) -> std::io::Result<()> {
        self.untested.add(file);
        if file.findings.is_empty() {
            return Ok(());
        }
        let idx = self.files.len();
        self.files
            .push((file.source.display.clone(), file.plan_id.clone()));
        for f in &file.findings {
            let lc = file.source.line_col(f.span.start);
            self.rows.push(Row {
                file: idx,
                line: lc.line,
                column: lc.column,
                code: f.code,
                severity: f.severity,
                message: f.message(self.cfg.lang),
            });
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn std::io::Write, totals: &Totals) -> std::io::Result<()> {
        let output = Output {
            version: 1,
            today: self.cfg.today.to_string(),
            files: totals.files,
            plans: totals.plans,
            findings: Rows {
                rows: &self.rows,
                files: &self.files,
            },
            summary: Summary {
                fel: totals.count(Severity::Error),
                varning: totals.count(Severity::Warning),
                info: totals.count(Severity::Info),
            },
            untested: self
                .untested
                .by_code()
                .into_iter()
                .map(|(code, plans)| Untested {
                    code: code.as_str(),
                    plans,
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &output)?;
        out.write_all(b"\n")
    }
}
