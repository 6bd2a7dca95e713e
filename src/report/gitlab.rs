//! `sip check --format gitlab`: a GitLab Code Quality report, the JSON array GitLab
//! reads from a job's `artifacts:reports:codequality` file and shows in merge requests.
//!
//! Each issue has `description` (the message), `check_name` (the rule code), `fingerprint`,
//! `severity` (fel → major, varning → minor, info → info), `location.path` and
//! `location.lines.begin` (`location.path` from the top of the git repository, as GitLab reads
//! it). GitLab compares reports across pipelines by fingerprint, so it must
//! not change between runs: it is a SHA-256 of the path, code and message (never of a line
//! number, which moves when lines are added above), salted with a counter when two findings of
//! one report would share it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::ReportConfig;
use crate::findings::Severity;
use crate::findings::{FileReport, Totals};

#[derive(Serialize)]
struct Issue<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    description: String,
    check_name: &'static str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
}

/// Code Quality's severity for ours.
fn severity(sev: Severity) -> &'static str {
    match sev {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

/// The fingerprint of path, code and what the finding points at (hex, 32 characters). Findings
/// that agree on all of it are told apart by their number among those equal ones (`seen` counts
/// them): one hash each, so the report stays linear however many findings share a text.
pub(super) fn fingerprint(
    path: &str,
    code: &str,
    what: &str,
    seen: &mut HashMap<[u8; 16], u32>,
) -> String {
    let mut h = Sha256::new();
    for part in [path, code, what] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let mut base = [0u8; 16];
    base.copy_from_slice(&h.finalize()[..16]);
    let n = seen.entry(base).or_insert(0);
    let digest = if *n == 0 {
        base
    } else {
        let mut h = Sha256::new();
        h.update(base);
        h.update(n.to_le_bytes());
        let mut salted = [0u8; 16];
        salted.copy_from_slice(&h.finalize()[..16]);
        salted
    };
    *n += 1;
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// What a finding is about, for its fingerprint: the plan id, the text the finding points at and
/// the line it starts on (never the line number or the message). SARIF's `partialFingerprints`
/// use the same.
pub(super) fn what(file: &FileReport, f: &crate::findings::Finding) -> String {
    let src = &file.source;
    let at = src
        .text
        .get(f.span.start..f.span.end.min(f.span.start + 200))
        .unwrap_or("")
        .trim();
    let line = src.line_col(f.span.start).line;
    let (ls, le) = src.line_range(line);
    let line_text = src.text.get(ls..le.min(ls + 200)).unwrap_or("").trim();
    format!(
        "{}\u{0}{at}\u{0}{line_text}",
        file.plan_id.as_deref().unwrap_or("")
    )
}

/// The top of the git repository holding `dir` (the nearest ancestor with `.git`), cached per
/// folder.
fn git_top(dir: &Path, tops: &mut HashMap<PathBuf, Option<PathBuf>>) -> Option<PathBuf> {
    if let Some(top) = tops.get(dir) {
        return top.clone();
    }
    let top = dir
        .ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_path_buf);
    tops.insert(dir.to_path_buf(), top.clone());
    top
}

/// `location.path` as GitLab needs it: the file's path from the top of its git
/// repository, however `sip` was called; outside git, from its plan folder.
pub(super) fn location_path(
    file: &FileReport,
    tops: &mut HashMap<PathBuf, Option<PathBuf>>,
) -> String {
    let display = file.source.display.as_str();
    // A plan read from stdin as PATH need not exist: its folder does.
    let path = &file.source.path;
    let abs = std::fs::canonicalize(path).ok().or_else(|| {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        Some(std::fs::canonicalize(dir).ok()?.join(path.file_name()?))
    });
    let in_git = abs.and_then(|abs| {
        let top = git_top(abs.parent()?, tops)?;
        let rel = abs.strip_prefix(&top).ok()?;
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        Some(parts.join("/"))
    });
    in_git.unwrap_or_else(|| {
        let folder = file.folder.as_str();
        if folder == "." {
            return display.to_string();
        }
        display
            .strip_prefix(folder)
            .and_then(|rest| rest.strip_prefix('/'))
            .unwrap_or(display)
            .to_string()
    })
}

pub struct GitlabRenderer<'c> {
    cfg: &'c ReportConfig,
    /// Fingerprints given so far (a repeated one gets a counter).
    seen: HashMap<[u8; 16], u32>,
    /// The top of the git repository of each folder seen.
    tops: HashMap<PathBuf, Option<PathBuf>>,
    /// Issues written so far: the array is written as it goes.
    written: usize,
}

impl<'c> GitlabRenderer<'c> {
    pub fn new(cfg: &'c ReportConfig) -> Self {
        GitlabRenderer {
            cfg,
            seen: HashMap::new(),
            tops: HashMap::new(),
            written: 0,
        }
    }
}

impl super::Render for GitlabRenderer<'_> {
    fn file(&mut self, out: &mut dyn std::io::Write, file: &FileReport) -> std::io::Result<()> {
        if file.findings.is_empty() {
            return Ok(());
        }
        let path = location_path(file, &mut self.tops);
        let path = path.as_str();
        for f in &file.findings {
            // The fingerprint hashes what the finding is about — the plan, the code and the
            // text it points at — not the message: messages hold day counts ("30 dagar
            // sedan") and follow --lang, and a fingerprint must not change from day to day.
            // The line the finding starts on says which item it is about (`- id: B7`), so
            // that fixing one finding leaves the others' fingerprints as they were.
            let what = what(file, f);
            let line = file.source.line_col(f.span.start).line;
            let issue = Issue {
                kind: "issue",
                description: f.message(self.cfg.lang),
                check_name: f.code.as_str(),
                fingerprint: fingerprint(path, f.code.as_str(), &what, &mut self.seen),
                severity: severity(f.severity),
                location: Location {
                    path,
                    lines: Lines { begin: line },
                },
            };
            // The array as serde_json pretty-prints it, one element at a time: each element
            // indented by two spaces, separated by commas.
            let text = serde_json::to_string_pretty(&issue)?;
            out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
            for (i, l) in text.lines().enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                out.write_all(b"  ")?;
                out.write_all(l.as_bytes())?;
            }
            self.written += 1;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn std::io::Write, _totals: &Totals) -> std::io::Result<()> {
        out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn snapshot() {
        let cfg = fixture::config();
        let out = crate::report::render(crate::report::Format::Gitlab, &fixture::result(), &cfg);
        insta::assert_snapshot!(out);
    }

    #[test]
    fn fingerprints_are_salted_on_collision() {
        let mut seen = HashMap::new();
        let a = fingerprint("p.yaml", "P003", "Målet M1 saknar mått", &mut seen);
        let b = fingerprint("p.yaml", "P003", "Målet M1 saknar mått", &mut seen);
        assert_ne!(a, b);
        assert_eq!(a.len(), 32);
        let mut fresh = HashMap::new();
        assert_eq!(
            a,
            fingerprint("p.yaml", "P003", "Målet M1 saknar mått", &mut fresh)
        );
    }

    #[test]
    fn language_does_not_move_fingerprints() {
        let sv = fixture::config();
        let mut en = fixture::config();
        en.lang = crate::i18n::Lang::En;
        let fps = |cfg: &ReportConfig| -> Vec<String> {
            let out = crate::report::render(crate::report::Format::Gitlab, &fixture::result(), cfg);
            let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
            v.as_array()
                .expect("an array")
                .iter()
                .map(|i| i["fingerprint"].as_str().unwrap_or_default().to_string())
                .collect()
        };
        assert_eq!(fps(&sv), fps(&en));
    }
}
