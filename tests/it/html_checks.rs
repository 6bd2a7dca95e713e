//! The HTML that `sip` prints, read by two independent checkers: the Nu HTML checker (vnu, the
//! W3C's validator) finds no error and no warning, and axe-core in headless Chromium finds no
//! accessibility violation (every rule it runs by default: WCAG 2.0, 2.1 and 2.2 at levels A and
//! AA, and its best practices; and WCAG 2.2's target size, which it leaves off). The pages: the
//! board report of the demo folder and of a generated folder where every chart has bars and a
//! previous period (in Swedish and English), and the plan document, the agenda, the invitation
//! (to the participants and to the individual) and the minutes of a demo plan.
//!
//! The checkers come from the npm registry into `tests/tools/node_modules` (`npm ci
//! --ignore-scripts` in `tests/tools`; `.ci/run` does it), vnu run by Java, axe by Node.js through
//! `tests/tools/axe.js`, which drives Debian's Chromium with playwright-core. Skipped, with a
//! note, when a piece is missing; a failure under `SIP_REQUIRE_TOOLS`. Each test costs about
//! 3.5 s of CPU, most of it the start of Java or Chromium, the same for one page or nine: both
//! run in every `cargo test`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use serde_json::Value;

use crate::common::{TODAY, demo, repo, sip};
use crate::generator;

/// The folder of the npm packages the checkers come from.
fn tools() -> PathBuf {
    repo().join("tests/tools/node_modules")
}

/// Whether `what` is there; a note when not, a failure under `SIP_REQUIRE_TOOLS`.
fn present(ok: bool, what: &str) -> bool {
    if !ok {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "{what} is not installed (`npm ci --ignore-scripts` in tests/tools)"
        );
        eprintln!("note: {what} is not installed; this check is skipped");
    }
    ok
}

/// A program on PATH that runs with `arg`.
fn runs(program: &str, arg: &str) -> bool {
    std::process::Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The first Chromium on PATH.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |d| d.join(name)))
        .find(|p| p.is_file())
}

/// `sip` in `dir` with `args`, its standard output written to `pages/name`; the file's path.
fn page(pages: &Path, dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let out = sip(dir).args(args).output().expect("sip runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.starts_with(b"<!DOCTYPE html>"), "{args:?}");
    let file = pages.join(name);
    std::fs::write(&file, &out.stdout).expect("write the page");
    file
}

/// Every page the checks read, written into a new temp dir (kept alive by the caller).
fn pages() -> (tempfile::TempDir, Vec<PathBuf>) {
    let pages = tempfile::tempdir().expect("temp dir");
    let demo = demo();
    let generated = tempfile::tempdir().expect("temp dir");
    let options = generator::Options {
        count: 120,
        fault_rate: 0.0,
        seed: 7,
        today: NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").expect("a date"),
    };
    if let Err(e) = generator::generate(generated.path(), &options) {
        panic!("gen_plans: {e}");
    }
    let id = "sip-2026-u9g4mc1a";
    let p = pages.path();
    let (d, g) = (demo.path(), generated.path());
    let year = ["--from", "2026-01-01", "--to", "2026-12-31"];
    let files = vec![
        page(
            p,
            d,
            "rapport-demo.html",
            &[&["report"], &year[..], &["--format", "html"]].concat(),
        ),
        page(p, g, "rapport.html", &["report", "--format", "html"]),
        page(
            p,
            g,
            "report-en.html",
            &["--lang", "en", "report", "--format", "html"],
        ),
        page(p, d, "plan.html", &["show", id, "--format", "html"]),
        page(
            p,
            d,
            "plan-en.html",
            &[
                "--lang",
                "en",
                "show",
                "sip-2026-w2n7bz5s",
                "--format",
                "html",
            ],
        ),
        page(p, d, "dagordning.html", &["agenda", id, "--format", "html"]),
        page(
            p,
            d,
            "kallelse.html",
            &["invitation", id, "--format", "html"],
        ),
        page(
            p,
            d,
            "kallelse-individen.html",
            &["invitation", id, "--to", "individen", "--format", "html"],
        ),
        page(
            p,
            d,
            "minnesanteckningar.html",
            &["protocol", id, "--format", "html"],
        ),
    ];
    // The generated folder's report draws bars and the period before (hatched).
    let drawn = std::fs::read_to_string(&files[1]).expect("the report");
    assert!(drawn.contains("<rect x=\"230\"") && drawn.contains("fill=\"url(#hatch-"));
    (pages, files)
}

/// A program's output, killed after `secs` seconds (a watchdog against a hang, not a timing).
fn output(cmd: std::process::Command, secs: u64) -> std::process::Output {
    assert_cmd::Command::from_std(cmd)
        .timeout(Duration::from_secs(secs))
        .output()
        .expect("the checker runs")
}

#[test]
fn the_nu_html_checker_finds_no_error_or_warning() {
    let jar = tools().join("vnu-jar/build/dist/vnu.jar");
    if !present(runs("java", "-version"), "Java") || !present(jar.is_file(), "vnu-jar") {
        return;
    }
    let (_dir, files) = pages();
    let mut vnu = std::process::Command::new("java");
    // The quick compiler alone and a serial collector halve the checker's CPU time for a few
    // pages; a deep stack, which the schema's evaluation needs with that compiler.
    vnu.args([
        "-Xss16m",
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-jar",
    ])
    .arg(&jar)
    .args(["--format", "json", "--stdout", "--exit-zero-always"])
    .args(&files);
    let out = output(vnu, 300);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "vnu printed no JSON ({e}): {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let messages = report["messages"].as_array().expect("messages");
    // Errors (and the checker's own failures to read a file) and warnings: none.
    let found: Vec<String> = messages
        .iter()
        .filter(|m| m["type"] != "info" || m["subType"] == "warning")
        .map(|m| {
            format!(
                "{} line {}: {} {}: {}",
                m["url"].as_str().unwrap_or_default(),
                m["lastLine"],
                m["type"].as_str().unwrap_or_default(),
                m["subType"].as_str().unwrap_or_default(),
                m["message"].as_str().unwrap_or_default()
            )
        })
        .collect();
    assert!(found.is_empty(), "vnu:\n{}", found.join("\n"));
    // It read every page: a file it could not read would be a `non-document-error` above.
    assert_eq!(files.len(), 9);
}

#[test]
fn axe_finds_no_accessibility_violation() {
    let script = repo().join("tests/tools/axe.js");
    let have = present(runs("node", "--version"), "Node.js")
        && present(
            tools().join("playwright-core").is_dir() && tools().join("axe-core").is_dir(),
            "axe-core and playwright-core",
        );
    let Some(chromium) = chromium() else {
        present(false, "chromium");
        return;
    };
    if !have {
        return;
    }
    let (_dir, files) = pages();
    let mut axe = std::process::Command::new("node");
    axe.arg(&script).arg(&chromium).args(&files);
    let out = output(axe, 300);
    let results: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "axe.js printed no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let results = results.as_array().expect("one result per page");
    assert_eq!(results.len(), files.len(), "a result for every page");
    let mut found = Vec::new();
    for r in results {
        for v in r["violations"].as_array().expect("violations") {
            let nodes: Vec<String> = v["nodes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|n| {
                    format!(
                        "    {} {}",
                        n["target"],
                        n["summary"].as_str().unwrap_or_default()
                    )
                })
                .collect();
            found.push(format!(
                "{}: {} ({}): {}\n{}",
                r["file"].as_str().unwrap_or_default(),
                v["id"].as_str().unwrap_or_default(),
                v["impact"].as_str().unwrap_or_default(),
                v["help"].as_str().unwrap_or_default(),
                nodes.join("\n")
            ));
        }
    }
    assert!(found.is_empty(), "axe:\n{}", found.join("\n"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
