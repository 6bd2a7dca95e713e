//! `sip check --format json`, exactly as SPEC §6: dedicated serde structs, never internal types.

use serde::Serialize;

use super::ReportConfig;
use crate::check::CheckResult;
use crate::findings::Severity;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    today: String,
    files: usize,
    plans: usize,
    findings: Vec<JsonFinding<'a>>,
    summary: Summary,
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
}

impl<'c> JsonRenderer<'c> {
    pub fn new(cfg: &'c ReportConfig) -> Self {
        JsonRenderer { cfg }
    }

    pub fn render(&self, result: &CheckResult) -> String {
        let mut findings = Vec::new();
        for file in &result.files {
            for f in &file.findings {
                let lc = file.source.line_col(f.span.start);
                findings.push(JsonFinding {
                    file: &file.source.display,
                    line: lc.line,
                    column: lc.column,
                    plan: file.plan_id.as_deref(),
                    code: f.code.as_str(),
                    rule: crate::codes::meta(f.code).name,
                    severity: f.severity.as_str(),
                    message: f.message(self.cfg.lang),
                });
            }
        }
        let out = Output {
            version: 1,
            today: self.cfg.today.to_string(),
            files: result.files.len(),
            plans: result.plans(),
            findings,
            summary: Summary {
                fel: result.count(Severity::Error),
                varning: result.count(Severity::Warning),
                info: result.count(Severity::Info),
            },
        };
        let mut s = serde_json::to_string_pretty(&out).unwrap_or_default();
        s.push('\n');
        s
    }
}
