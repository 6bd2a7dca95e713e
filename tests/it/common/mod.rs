//! The harness every integration test uses: the `sip` binary cargo built, run in a given folder
//! with a fixed "today", no colour and nothing from the caller's terminal (language, width,
//! editor); a temp plan folder; the repository's own files; a YAML file read as JSON (YAML 1.2
//! core schema, as yaml-language-server reads it). `given` is the edit tests' part of it.
//!
//! The tests are threads of one process: everything a run of `sip` needs (its directory, its
//! environment) is set on its own `Command`, never on the test process.

#![allow(dead_code)]

pub mod given;

use std::path::Path;
use std::process::Stdio;

use assert_cmd::Command;
use serde_json::Value;

/// The day most tests take for today (`SIP_TODAY`), so that dated output is the same every day.
pub const TODAY: &str = "2026-05-01";

/// The test tier: `cargo test` runs every behaviour at a small size; with `SIP_STRESS=1` (as
/// `.ci/run` runs them) the stress tests run at their full sizes and rounds.
pub fn stress() -> bool {
    std::env::var_os("SIP_STRESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// `small` in the normal tier, `full` under `SIP_STRESS=1`.
pub fn sized(small: usize, full: usize) -> usize {
    if stress() { full } else { small }
}

/// The `sip` binary under test.
pub fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_sip"))
}

/// `sip` in `dir` as a plain process (for tests that spawn, time or kill it): today is `today`,
/// no colour, no `SIP_LANG`, `COLUMNS`, `VISUAL` or `EDITOR` from the environment, stdin empty.
pub fn std_sip_at(dir: impl AsRef<Path>, today: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new(bin());
    cmd.current_dir(dir.as_ref())
        .env("SIP_TODAY", today)
        .env("NO_COLOR", "1")
        .env_remove("SIP_LANG")
        .env_remove("COLUMNS")
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .stdin(Stdio::null());
    cmd
}

/// `sip` in `dir` on the day `today` (as [`std_sip_at`], for assertions).
pub fn sip_at(dir: impl AsRef<Path>, today: &str) -> Command {
    Command::from_std(std_sip_at(dir, today))
}

/// `sip` in `dir` on [`TODAY`].
pub fn sip(dir: impl AsRef<Path>) -> Command {
    sip_at(dir, TODAY)
}

/// A new temp plan folder whose `sip.toml` is `sip_toml`; removed when dropped.
pub fn plan_folder(sip_toml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("sip.toml"), sip_toml).expect("write sip.toml");
    dir
}

/// `PATH` with the folder of the `sip` under test first, for programs that run `sip` themselves
/// (git's merge driver, pre-commit, a shell script).
pub fn path_with_sip() -> std::ffi::OsString {
    let dir = bin().parent().expect("the binary has a folder");
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(dir.to_path_buf()).chain(std::env::split_paths(&rest)))
        .expect("PATH joins")
}

/// The demo plan folder (`examples/demo`) copied to a fresh temp dir, for tests that write.
pub fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for e in std::fs::read_dir(repo().join("examples/demo")).expect("demo folder") {
        let p = e.expect("entry").path();
        if p.is_file() {
            std::fs::copy(&p, dir.path().join(p.file_name().expect("name"))).expect("copy");
        }
    }
    dir
}

/// The repository's own files (examples, README, CI snippets).
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A YAML text as JSON: plain `true`/`false` are booleans, plain integers and decimals numbers,
/// plain `~`/`null`/empty null, everything else (dates too, as in YAML 1.2) a string.
pub fn yaml_to_json(text: &str) -> Value {
    let node = sip::yaml::parse(text)
        .unwrap_or_else(|e| panic!("YAML error at byte {}: {}", e.offset, e.message))
        .unwrap_or_else(|| panic!("an empty YAML document"));
    node_to_json(&node)
}

fn node_to_json(node: &sip::yaml::Node<'_>) -> Value {
    use sip::yaml::Kind;
    match &node.kind {
        Kind::Scalar(s) if s.is_null() => Value::Null,
        Kind::Scalar(s) => {
            let t = s.text.as_ref();
            if s.plain {
                if t == "true" || t == "false" {
                    return Value::Bool(t == "true");
                }
                if let Ok(i) = t.parse::<i64>() {
                    return Value::from(i);
                }
                if t.contains('.') {
                    if let Ok(f) = t.parse::<f64>() {
                        return Value::from(f);
                    }
                }
            }
            Value::String(t.to_string())
        }
        Kind::Seq(items) => Value::Array(items.iter().map(node_to_json).collect()),
        Kind::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| {
                    (
                        k.key_text().unwrap_or_default().to_string(),
                        node_to_json(v),
                    )
                })
                .collect(),
        ),
        Kind::Alias => panic!("aliases are not used in these files"),
    }
}
