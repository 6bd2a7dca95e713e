//! Hostile input: every file in `tests/fixtures/hostile/` and the large or special cases written
//! here at test time (a 50 MB file, nesting 10,000 deep, 100,000 keys, a symlink loop, an
//! unreadable file, a folder named `x.yaml`, a named pipe…) run through the real binary with a
//! time limit. Each must end in a finding (exit 1), a clean pass where the input is valid
//! (exit 0) or a message (exit 2); never a panic, a hang or a crash.

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use serde_json::Value;
use tempfile::TempDir;

use crate::common::{self, TODAY};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile");

/// A valid draft plan under `orebro-lan`, with `extra` appended.
fn plan(id: &str, extra: &str) -> String {
    format!(
        "id: {id}\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: Anna Andersson\n\
         initiering:\n  datum: 2026-02-02\n  part: kommun\n{extra}"
    )
}

/// A plan folder with `sip.toml` and the given files.
fn folder(files: &[(&str, &[u8])]) -> TempDir {
    let dir = common::plan_folder("\"överenskommelse\" = \"orebro-lan\"\n");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, bytes).expect("write fixture");
    }
    dir
}

/// Run `sip` in `dir` with a time limit; assert it ended by itself, with 0, 1 or 2, no panic.
fn sip(dir: &Path, args: &[&str]) -> Output {
    let out = common::sip(dir)
        .args(["--today", TODAY])
        .args(args)
        // A watchdog against hangs, not a speed test (speed is bench/run.sh's): generous, so a
        // loaded machine does not fail a correct run.
        .timeout(Duration::from_secs(300))
        .output()
        .expect("run sip");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(
        matches!(out.status.code(), Some(0..=2)),
        "ended by {:?} (time limit or crash); stderr: {stderr}",
        out.status
    );
    out
}

/// `sip check --format json` in `dir`: exit code and the parsed report.
fn check_json(dir: &Path) -> (i32, Value) {
    let out = sip(dir, &["check", "--format", "json"]);
    let code = out.status.code().unwrap_or(-1);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}); stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (code, json)
}

fn findings(json: &Value) -> Vec<(String, u64, String)> {
    json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_string(),
                f["line"].as_u64().unwrap_or(0),
                f["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// Every committed fixture: (file, exit code, expected code, line, words in the message).
/// A file not listed must still end in 0, 1 or 2 without a panic (fuzz regressions land here).
const EXPECTED: &[(&str, i32, Option<&str>, u64, &str)] = &[
    ("sip-2026-bom.yaml", 0, None, 0, ""),
    ("sip-2026-crlf.yaml", 0, None, 0, ""),
    ("sip-2026-bomcrlf.yaml", 0, None, 0, ""),
    ("sip-2026-tom.yaml", 1, Some("S001"), 1, "tom"),
    ("sip-2026-kommentar.yaml", 1, Some("S001"), 1, "tom"),
    ("sip-2026-nul.yaml", 1, Some("S001"), 5, "YAML-fel"),
    ("sip-2026-latin1.yaml", 1, Some("S001"), 5, "inte UTF-8"),
    ("sip-2026-tabb.yaml", 1, Some("S001"), 5, "tabbtecken"),
    ("sip-2026-skratt.yaml", 1, Some("S003"), 11, "enkelt värde"),
    ("sip-2026-djup60.yaml", 1, Some("S003"), 9, "enkelt värde"),
    ("sip-2026-djup1000.yaml", 1, Some("S001"), 9, "YAML-fel"),
    (
        "sip-2026-tva.yaml",
        1,
        Some("S001"),
        9,
        "flera YAML-dokument",
    ),
    ("sip-2026-lista.yaml", 1, Some("S001"), 1, "lista"),
    ("sip-2026-skalar.yaml", 1, Some("S001"), 1, "enkelt värde"),
    ("sip-2026-citat.yaml", 1, Some("S001"), 9, "YAML-fel"),
    (
        "sip-2026-listnyckel.yaml",
        1,
        Some("S003"),
        9,
        "nyckel måste vara text",
    ),
    ("sip-2026-tagg.yaml", 0, None, 0, ""),
];

#[test]
fn every_hostile_fixture_ends_in_a_finding_or_a_pass() {
    let mut names: Vec<String> = std::fs::read_dir(FIXTURES)
        .expect("fixtures")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    for (name, ..) in EXPECTED {
        assert!(names.iter().any(|n| n == name), "fixture {name} is missing");
    }
    for name in &names {
        let bytes = std::fs::read(Path::new(FIXTURES).join(name)).expect("read fixture");
        let dir = folder(&[(name, &bytes)]);
        let (code, json) = check_json(dir.path());
        let found = findings(&json);
        let Some((_, want_code, want, line, words)) = EXPECTED.iter().find(|e| e.0 == name) else {
            // A fuzz regression: surviving is the test.
            assert!(code == 0 || code == 1, "{name}: exit {code}");
            continue;
        };
        assert_eq!(code, *want_code, "{name}: {found:?}");
        match want {
            None => assert!(found.is_empty(), "{name}: {found:?}"),
            Some(c) => {
                let (fc, fl, msg) = &found[0];
                assert_eq!(fc, c, "{name}: {found:?}");
                assert_eq!(fl, line, "{name}: {found:?}");
                assert!(msg.contains(words), "{name}: {msg}");
            }
        }
    }
}

/// `sip agreements check FILE` reads with the same cap as every other read: a file over 1 MiB
/// and a link to a device are refused with a message, not read into memory.
#[test]
fn agreements_check_reads_with_the_cap() {
    let big = "# en rad\n".repeat(150_000);
    let dir = folder(&[("agreements/stor.toml", big.as_bytes())]);
    let out = sip(dir.path(), &["agreements", "check", "agreements/stor.toml"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("för stor"), "{stderr}");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("agreements/z.toml"))
            .expect("link");
        let out = sip(dir.path(), &["agreements", "check", "agreements/z.toml"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("z.toml"), "{stderr}");
    }
}

#[test]
fn alias_bomb_is_not_expanded() {
    let bytes = std::fs::read(Path::new(FIXTURES).join("sip-2026-skratt.yaml")).expect("read");
    let dir = folder(&[("sip-2026-skratt.yaml", &bytes)]);
    let (code, json) = check_json(dir.path());
    assert_eq!(code, 1);
    let found = findings(&json);
    // One finding per alias written, not per expanded value (9^9 of them).
    assert!(found.len() < 100, "{}", found.len());
    assert!(
        found
            .iter()
            .any(|(c, _, m)| c == "S003" && m.contains("alias"))
    );
}

#[test]
fn fifty_megabyte_file_is_refused_without_reading_it() {
    let mut text = plan("sip-2026-stor", "anteckningar: |\n");
    let line = "  Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.\n";
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(line);
    }
    let dir = folder(&[("sip-2026-stor.yaml", text.as_bytes())]);
    let (code, json) = check_json(dir.path());
    assert_eq!(code, 1);
    let found = findings(&json);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "S001");
    assert!(found[0].2.contains("för stor"), "{}", found[0].2);
}

#[test]
fn nesting_ten_thousand_deep_is_s001() {
    let flow = format!(
        "frågeställningar: {}x{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let maps = format!("syfte: {}x{}\n", "{a: ".repeat(10_000), "}".repeat(10_000));
    // Block sequences, `- - - … x` on one line.
    let seqs = format!("närstående:\n  {}x\n", "- ".repeat(10_000));
    for (i, extra) in [flow, maps, seqs].iter().enumerate() {
        let name = format!("sip-2026-djup{i}.yaml");
        let text = plan(&format!("sip-2026-djup{i}"), extra);
        let dir = folder(&[(&name, text.as_bytes())]);
        let (code, json) = check_json(dir.path());
        assert_eq!(code, 1, "case {i}");
        let found = findings(&json);
        assert_eq!(found[0].0, "S001", "case {i}: {found:?}");
        assert!((9..=10).contains(&found[0].1), "case {i}: {found:?}");
    }
}

#[test]
fn a_hundred_thousand_keys_are_reported_in_bounded_time() {
    // 100,000 under SIP_STRESS=1; a few thousand in the normal tier.
    let n = common::sized(3_000, 100_000);
    let keys: String = (0..n).map(|i| format!("k{i}: v\n")).collect();
    let text = plan("sip-2026-nycklar", &keys);
    let dir = folder(&[("sip-2026-nycklar.yaml", text.as_bytes())]);
    let (code, json) = check_json(dir.path());
    assert_eq!(code, 1);
    let found = findings(&json);
    assert_eq!(found.len(), n);
    assert!(found.iter().all(|(c, ..)| c == "S002"));
    // The same key n times: a duplicate each, found without a quadratic scan.
    let dups = "syfte: v\n".repeat(n);
    let text = plan("sip-2026-dubbel", &dups);
    let dir = folder(&[("sip-2026-dubbel.yaml", text.as_bytes())]);
    let (code, json) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_eq!(findings(&json).len(), n - 1);
}

#[test]
fn a_megabyte_on_one_line_is_read() {
    // A megabyte (just under the file cap) under SIP_STRESS=1; 50 kB in the normal tier.
    let long = "x".repeat(common::sized(50_000, 1_000_000));
    let text = plan("sip-2026-rad", &format!("syfte: {long}\n"));
    let dir = folder(&[("sip-2026-rad.yaml", text.as_bytes())]);
    let (code, json) = check_json(dir.path());
    assert_eq!(code, 0, "{:?}", findings(&json));
    // The same line as a wrong value: a finding, printed in both formats.
    let text = plan("sip-2026-rad", &format!("inriktning: {long}\n"));
    let dir = folder(&[("sip-2026-rad.yaml", text.as_bytes())]);
    let (code, json) = check_json(dir.path());
    assert_eq!(code, 1);
    assert_eq!(findings(&json)[0].0, "S003");
    let out = sip(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn ten_thousand_interventions_and_duplicate_ids_stay_fast() {
    // 10,000 and 30,000 under SIP_STRESS=1; a tenth of that in the normal tier.
    let items: String = (0..common::sized(1_000, 10_000))
        .map(|i| format!("  - id: I{i}\n    beskrivning: Insats {i}\n    huvudman: kommun\n"))
        .collect();
    let text = plan("sip-2026-insatser", &format!("insatser:\n{items}"));
    let dir = folder(&[("sip-2026-insatser.yaml", text.as_bytes())]);
    let (code, json) = check_json(dir.path());
    assert_eq!(
        code,
        0,
        "{:?}",
        &findings(&json)[..3.min(findings(&json).len())]
    );
    // Near the size cap (under SIP_STRESS=1), 30,000 unique ids and 30,000 equal ones.
    let n = common::sized(3_000, 30_000);
    for (i, id) in ["I{i}", "I"].iter().enumerate() {
        let items: String = (0..n)
            .map(|n| {
                format!(
                    "  - id: {}\n    beskrivning: x\n",
                    id.replace("{i}", &n.to_string())
                )
            })
            .collect();
        let name = format!("sip-2026-dubb{i}");
        let text = plan(&name, &format!("insatser:\n{items}"));
        let dir = folder(&[(&format!("{name}.yaml"), text.as_bytes())]);
        let (code, json) = check_json(dir.path());
        assert_eq!(code, 1);
        let s004 = findings(&json).iter().filter(|f| f.0 == "S004").count();
        assert_eq!(s004, if i == 0 { 0 } else { n - 1 });
    }
}

#[test]
fn invalid_utf8_points_at_its_line_in_human_output_too() {
    let bytes = std::fs::read(Path::new(FIXTURES).join("sip-2026-latin1.yaml")).expect("read");
    let dir = folder(&[("sip-2026-latin1.yaml", &bytes)]);
    let out = sip(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("sip-2026-latin1.yaml:5:"), "{text}");
    assert!(text.contains("S001"), "{text}");
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_an_error_with_a_message() {
    let text = plan("sip-2026-abc", "");
    let dir = folder(&[("plans/sip-2026-abc.yaml", text.as_bytes())]);
    std::os::unix::fs::symlink("..", dir.path().join("plans/loop")).expect("symlink");
    // The loop is a finding about that link (SPEC §5); the plan beside it is still checked.
    let (code, json) = check_json(dir.path());
    assert_eq!(code, 1);
    let found = findings(&json);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "S001");
    assert!(
        found[0].2.contains("symboliska länkar i cirkel"),
        "{found:?}"
    );
    assert_eq!(json["plans"], 1);
}

#[cfg(unix)]
#[test]
fn file_symlink_loop_is_an_error_with_a_message() {
    let dir = folder(&[]);
    std::os::unix::fs::symlink("b.yaml", dir.path().join("a.yaml")).expect("symlink");
    std::os::unix::fs::symlink("a.yaml", dir.path().join("b.yaml")).expect("symlink");
    let out = sip(dir.path(), &["check"]);
    let code = out.status.code();
    let err = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    // Either the walk refuses it (exit 2 with the path), or the file is an S001 that says why.
    assert!(
        (code == Some(2) && err.contains("a.yaml")) || (code == Some(1) && stdout.contains("S001")),
        "{code:?} {err} {stdout}"
    );
}

#[cfg(unix)]
#[test]
fn dangling_symlink_is_reported() {
    let dir = folder(&[]);
    std::os::unix::fs::symlink("finns-inte.yaml", dir.path().join("sip-2026-borta.yaml"))
        .expect("symlink");
    let out = sip(dir.path(), &["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("--> sip-2026-borta.yaml"), "{stdout}");
    assert!(stdout.contains("pekar på något som inte finns"), "{stdout}");
}

/// chmod 000 stops reading for anyone but root. Tests in CI run as root, where the file reads
/// normally: then the plan passes as any readable plan does.
#[cfg(unix)]
#[test]
fn unreadable_file_is_s001_or_read_by_root() {
    use std::os::unix::fs::PermissionsExt;
    let text = plan("sip-2026-last", "");
    let dir = folder(&[("sip-2026-last.yaml", text.as_bytes())]);
    let path = dir.path().join("sip-2026-last.yaml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let root_reads = std::fs::read(&path).is_ok();
    let (code, json) = check_json(dir.path());
    let found = findings(&json);
    if root_reads {
        assert_eq!(code, 0, "{found:?}");
    } else {
        assert_eq!(code, 1);
        assert_eq!(found[0].0, "S001");
        assert!(found[0].2.contains("kan inte läsas"), "{}", found[0].2);
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod back");
}

#[test]
fn folder_named_yaml_is_skipped() {
    let text = plan("sip-2026-abc", "");
    let inner = plan("sip-2026-def", "");
    let dir = folder(&[
        ("sip-2026-abc.yaml", text.as_bytes()),
        ("x.yaml/sip-2026-def.yaml", inner.as_bytes()),
    ]);
    std::fs::create_dir(dir.path().join("tom.yaml")).expect("mkdir");
    let (code, json) = check_json(dir.path());
    assert_eq!(code, 0, "{:?}", findings(&json));
    // The two plans are read; the folders themselves are not files.
    assert_eq!(json["files"], 2);
    assert_eq!(json["plans"], 2);
}

#[cfg(unix)]
#[test]
fn named_pipe_is_not_read() {
    let text = plan("sip-2026-abc", "");
    let dir = folder(&[("sip-2026-abc.yaml", text.as_bytes())]);
    let status = std::process::Command::new("mkfifo")
        .arg(dir.path().join("sip-2026-ror.yaml"))
        .status();
    if !status.is_ok_and(|s| s.success()) {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "mkfifo is not installed"
        );
        return; // No mkfifo here: nothing to test.
    }
    // Never opened for reading (that would wait for a writer): a finding that says why.
    let (code, json) = check_json(dir.path());
    assert_eq!(code, 1);
    let found = findings(&json);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains("ingen vanlig fil"), "{found:?}");
    assert_eq!(json["plans"], 1);
}

#[test]
fn hostile_sip_toml_and_agreement_are_messages() {
    let text = plan("sip-2026-abc", "");
    let dir = folder(&[("sip-2026-abc.yaml", text.as_bytes())]);
    std::fs::write(dir.path().join("sip.toml"), b"\xff\xfe\x00[regler\n").expect("write");
    let out = sip(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sip.toml"));

    let dir = folder(&[
        ("sip-2026-abc.yaml", text.as_bytes()),
        ("agreements/trasig.toml", b"id = \"x\"\n[[parter]\n\x00"),
    ]);
    let out = sip(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("trasig.toml"));
}
