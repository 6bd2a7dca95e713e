//! `sip check --format json`, exactly as SPEC §6: dedicated serde structs, never internal types.

use serde::Serialize;

use super::ReportConfig;
use crate::findings::{FileReport, Severity, Totals};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    today: String,
    files: usize,
    plans: usize,
    findings: &'a [JsonFinding],
    summary: Summary,
}

/// A finding as a short row: the file's text is not needed once its line and column are known.
#[derive(Serialize)]
struct JsonFinding {
    file: String,
    line: usize,
    column: usize,
    plan: Option<String>,
    code: &'static str,
    rule: &'static str,
    severity: &'static str,
    message: String,
}

#[derive(Serialize)]
struct Summary {
    fel: usize,
    varning: usize,
    info: usize,
}

pub struct JsonRenderer<'c> {
    cfg: &'c ReportConfig,
    findings: Vec<JsonFinding>,
}

impl<'c> JsonRenderer<'c> {
    pub fn new(cfg: &'c ReportConfig) -> Self {
        JsonRenderer {
            cfg,
            findings: Vec::new(),
        }
    }
}

impl super::Render for JsonRenderer<'_> {
    fn file(&mut self, _out: &mut dyn std::io::Write, file: &FileReport) -> std::io::Result<()> {
        for f in &file.findings {
            let lc = file.source.line_col(f.span.start);
            self.findings.push(JsonFinding {
                file: file.source.display.clone(),
                line: lc.line,
                column: lc.column,
                plan: file.plan_id.clone(),
                code: f.code.as_str(),
                rule: crate::codes::meta(f.code).name,
                severity: f.severity.as_str(),
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
            findings: &self.findings,
            summary: Summary {
                fel: totals.count(Severity::Error),
                varning: totals.count(Severity::Warning),
                info: totals.count(Severity::Info),
            },
        };
        serde_json::to_writer_pretty(&mut *out, &output)?;
        out.write_all(b"\n")
    }
}
