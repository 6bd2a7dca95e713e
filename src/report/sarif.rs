//! `sip check --format sarif`: SARIF 2.1.0, the format GitHub code scanning reads
//! (`github/codeql-action/upload-sarif`) and many editors and dashboards show.
//!
//! One run: `tool.driver` names `sip` and lists every rule of the rule table (`id` = the code,
//! `name` = the kebab-case name, `shortDescription` = what the rule checks, `help` = its
//! documentation, `defaultConfiguration.level`); a result per finding with `ruleId`,
//! `ruleIndex`, `level` (fel → error, varning → warning, info → note), the message, the file's
//! `artifactLocation.uri` from the top of its git repository (outside git from its plan folder,
//! as GitLab's `location.path`) and `region.startLine`/`startColumn` (columns count characters:
//! `columnKind` is `unicodeCodePoints`). `partialFingerprints` carry the GitLab fingerprint, so a
//! result keeps its identity when lines move, other findings are fixed or `--lang` changes.
//! Nothing from the plan's text is written: messages are free of personal data, and the rules'
//! texts come from the table.
//!
//! The results are written as they come (the rules first), so memory stays flat.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::PathBuf;

use serde_json::{Value, json};

use super::ReportConfig;
use super::gitlab::{fingerprint, location_path, what};
use crate::codes::{RuleMeta, TABLE};
use crate::findings::{FileReport, Severity, Totals};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

pub struct SarifRenderer<'c> {
    cfg: &'c ReportConfig,
    seen: HashMap<[u8; 16], u32>,
    tops: HashMap<PathBuf, Option<PathBuf>>,
    /// Whether the head (tool and rules) is written.
    started: bool,
    /// Results written so far.
    written: usize,
}

/// SARIF's level for a severity.
fn level(sev: Severity) -> &'static str {
    match sev {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The first paragraph under the documentation's first heading: what the rule checks.
fn short_description(meta: &RuleMeta) -> String {
    let doc = meta.doc_text();
    let para: Vec<&str> = doc
        .lines()
        .skip_while(|l| l.starts_with('#') || l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::trim)
        .collect();
    if para.is_empty() {
        meta.name.to_string()
    } else {
        para.join(" ")
    }
}

fn rule(meta: &RuleMeta) -> Value {
    json!({
        "id": meta.code.as_str(),
        "name": meta.name,
        "shortDescription": {"text": short_description(meta)},
        "fullDescription": {"text": short_description(meta)},
        "help": {"text": meta.doc_text(), "markdown": meta.doc_text()},
        "defaultConfiguration": {"level": level(meta.severity)},
        "properties": {"source": meta.source},
    })
}

/// A path as a relative URI reference: every byte outside the unreserved characters and `/`
/// percent-encoded (spaces, `%`, `#`, `?`, non-ASCII letters as UTF-8).
pub fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Write `v` pretty-printed, each line indented by `indent` spaces (the first one too).
fn write_indented(out: &mut dyn Write, v: &Value, indent: usize) -> io::Result<()> {
    let text = serde_json::to_string_pretty(v)?;
    let pad = " ".repeat(indent);
    for (i, l) in text.lines().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(pad.as_bytes())?;
        out.write_all(l.as_bytes())?;
    }
    Ok(())
}

impl<'c> SarifRenderer<'c> {
    pub fn new(cfg: &'c ReportConfig) -> Self {
        SarifRenderer {
            cfg,
            seen: HashMap::new(),
            tops: HashMap::new(),
            started: false,
            written: 0,
        }
    }

    fn head(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        let tool = json!({
            "driver": {
                "name": "sip",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": TABLE.iter().map(rule).collect::<Vec<_>>(),
            }
        });
        write!(
            out,
            "{{\n  \"$schema\": \"{SCHEMA}\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": "
        )?;
        let text = serde_json::to_string_pretty(&tool)?;
        for (i, l) in text.lines().enumerate() {
            if i > 0 {
                out.write_all(b"\n      ")?;
            }
            out.write_all(l.as_bytes())?;
        }
        write!(
            out,
            ",\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": ["
        )
    }
}

impl super::Render for SarifRenderer<'_> {
    fn file(&mut self, out: &mut dyn Write, file: &FileReport) -> io::Result<()> {
        self.head(out)?;
        if file.findings.is_empty() {
            return Ok(());
        }
        let path = location_path(file, &mut self.tops);
        let uri = uri(&path);
        for f in &file.findings {
            let lc = file.source.line_col(f.span.start);
            let fp = fingerprint(&path, f.code.as_str(), &what(file, f), &mut self.seen);
            let result = json!({
                "ruleId": f.code.as_str(),
                "ruleIndex": f.code as usize,
                "level": level(f.severity),
                "message": {"text": f.message(self.cfg.lang)},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": {"startLine": lc.line, "startColumn": lc.column},
                    }
                }],
                "partialFingerprints": {"sipFinding/v1": fp},
            });
            out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
            write_indented(out, &result, 8)?;
            self.written += 1;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _totals: &Totals) -> io::Result<()> {
        self.head(out)?;
        if self.written > 0 {
            out.write_all(b"\n      ")?;
        }
        out.write_all(b"]\n    }\n  ]\n}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn render() -> Value {
        let cfg = fixture::config();
        let out = crate::report::render(crate::report::Format::Sarif, &fixture::result(), &cfg);
        serde_json::from_str(&out).expect("valid JSON")
    }

    #[test]
    fn one_result_per_finding_with_its_rule() {
        let v = render();
        let run = &v["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
        assert_eq!(rules.len(), TABLE.len());
        let results = run["results"].as_array().expect("results");
        assert_eq!(results.len(), 5);
        for r in results {
            let i = r["ruleIndex"].as_u64().expect("index") as usize;
            assert_eq!(rules[i]["id"], r["ruleId"]);
        }
        let levels: Vec<&str> = results
            .iter()
            .map(|r| r["level"].as_str().unwrap_or(""))
            .collect();
        assert!(levels.contains(&"note") && levels.contains(&"warning"));
        assert_eq!(
            results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "sip-2026-aaaa1111.yaml",
            "outside git: from the plan folder"
        );
    }

    #[test]
    fn an_empty_check_is_a_run_without_results() {
        let cfg = fixture::config();
        let out = crate::report::render(
            crate::report::Format::Sarif,
            &crate::findings::CheckResult::default(),
            &cfg,
        );
        let v: Value = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(v["runs"][0]["results"], json!([]));
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("planer 2026/x%1.yaml"), "planer%202026/x%251.yaml");
        assert_eq!(uri("övriga/a.yaml"), "%C3%B6vriga/a.yaml");
    }
}
