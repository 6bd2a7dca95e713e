//! Nothing lost, nothing hidden: concurrent edits of one plan each land, overviews name every
//! file they could not read and exit 1, reads are capped whatever a file claims to be, a write
//! that fails is an error, links and read-only plans are handled as the README promises, and a
//! list grows in its own style.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command as Std, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

use common::{TODAY, bin, plan_folder, std_sip_at};

/// A plan folder with one draft plan under orebro-lan; returns the folder and the plan id.
fn folder_with_plan() -> (tempfile::TempDir, String) {
    let dir = plan_folder("\"överenskommelse\" = \"orebro-lan\"\n");
    let id = "sip-2026-samtidig".to_string();
    std::fs::write(
        dir.path().join(format!("{id}.yaml")),
        format!(
            "id: {id}\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: Anna Andersson\n\
             initiering:\n  datum: 2026-02-02\n  part: kommun\n"
        ),
    )
    .expect("plan");
    (dir, id)
}

/// `sip` in `dir` with a watchdog (a hang is a failure, not a slow test: the limit is generous,
/// since a debug build on a busy 2-core machine needs about a minute for the 24,000 findings of
/// the 1 MB one-line plan in the human format), today fixed.
fn sip(dir: &Path, args: &[&str]) -> Output {
    common::sip(dir)
        .args(args)
        .timeout(Duration::from_secs(600))
        .output()
        .expect("run sip")
}

/// The ids that the items of a list in the plan file carry, in file order.
fn ids_in(text: &str, list: &str) -> Vec<String> {
    let json = common::yaml_to_json(text);
    json[list]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn fifty_concurrent_edits_of_one_plan_lose_nothing() {
    let (dir, id) = folder_with_plan();
    let path = dir.path().join(format!("{id}.yaml"));
    let (mut ok, mut refused) = (0usize, 0usize);
    // 20 rounds of 50 under SIP_STRESS=1; 2 rounds of 24 in the normal tier.
    let (rounds, width) = (common::sized(2, 20), common::sized(24, 50));
    for round in 0..rounds {
        // Start all of a round before waiting for any: needs, goals and interventions at once.
        let children: Vec<(String, std::process::Child)> = (0..width)
            .map(|n| {
                let text = format!("Runda {round} nummer {n}");
                let mut cmd = std_sip_at(dir.path(), TODAY);
                cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
                let list = match n % 3 {
                    0 => {
                        cmd.args(["need", "add", &id, &text, "-q"]);
                        "behov"
                    }
                    1 => {
                        cmd.args(["goal", "add", &id, &text, "-q"]);
                        "mål"
                    }
                    _ => {
                        cmd.args(["intervention", "add", &id, &text, "--party", "kommun", "-q"]);
                        "insatser"
                    }
                };
                (list.to_string(), cmd.spawn().expect("spawn sip"))
            })
            .collect();
        let mut printed: Vec<(String, String)> = Vec::new();
        for (list, child) in children {
            let out = child.wait_with_output().expect("wait");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains("panicked"), "{stderr}");
            match out.status.code() {
                Some(0) => {
                    ok += 1;
                    let new_id = String::from_utf8_lossy(&out.stdout).trim().to_string();
                    printed.push((list, new_id));
                }
                Some(2) => {
                    refused += 1;
                    assert!(stderr.starts_with("fel: "), "a refusal says why: {stderr}");
                }
                other => panic!("exit {other:?}: {stderr}"),
            }
        }
        let text = std::fs::read_to_string(&path).expect("read plan");
        for list in ["behov", "mål", "insatser"] {
            let ids = ids_in(&text, list);
            let mut unique = ids.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), ids.len(), "ids unique in {list}: {ids:?}");
            for (l, new_id) in printed.iter().filter(|(l, _)| l == list) {
                assert!(
                    ids.contains(new_id),
                    "round {round}: {l} {new_id} was reported added but is not in the file"
                );
            }
        }
    }
    assert_eq!(ok + refused, rounds * width);
    // Every success is in the file: every item started, unless some were refused.
    let text = std::fs::read_to_string(&path).expect("read plan");
    let total: usize = ["behov", "mål", "insatser"]
        .iter()
        .map(|l| ids_in(&text, l).len())
        .sum();
    assert_eq!(total, ok);
    let check = sip(dir.path(), &["check", "--format", "json"]);
    let json: Value = serde_json::from_slice(&check.stdout).expect("json");
    let codes: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert!(!codes.contains(&"S001") && !codes.contains(&"S004"));
    // No lock or temporary file is left behind.
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// A folder with a clean plan, a plan with a git conflict left in it and a dangling link.
fn folder_with_unreadable() -> tempfile::TempDir {
    let (dir, id) = folder_with_plan();
    std::fs::write(
        dir.path().join(format!("{id}.yaml")),
        format!(
            "id: {id}\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: Anna Andersson\n\
             initiering:\n  datum: 2026-02-02\n  part: kommun\nuppföljning:\n  nästa: 2026-05-10\n"
        ),
    )
    .expect("plan");
    std::fs::write(
        dir.path().join("konflikt.yaml"),
        "id: konflikt\n<<<<<<< HEAD\nstatus: utkast\n=======\nstatus: pågående\n>>>>>>> annan\n",
    )
    .expect("conflicted plan");
    #[cfg(unix)]
    std::os::unix::fs::symlink("finns-inte.yaml", dir.path().join("länk.yaml")).expect("link");
    dir
}

#[cfg(unix)]
#[test]
fn overviews_name_what_they_could_not_read_and_exit_1() {
    let dir = folder_with_unreadable();
    let runs: &[&[&str]] = &[
        &["list"],
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["followups"],
        &["followups", "--format", "json"],
        &["followups", "--format", "csv"],
        &["followups", "--format", "ics"],
        &["stats"],
        &["stats", "--format", "json"],
        &["stats", "--format", "csv"],
    ];
    for args in runs {
        let out = sip(dir.path(), args);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        for name in ["konflikt.yaml", "länk.yaml"] {
            assert!(
                stderr.contains(&format!("fel: kan inte läsa {name}")),
                "{args:?} names {name} on stderr: {stderr}"
            );
        }
        if args.contains(&"json") {
            let json: Value = serde_json::from_str(&stdout).expect("json");
            let files: Vec<&str> = json["unreadable"]
                .as_array()
                .expect("unreadable array")
                .iter()
                .filter_map(|u| u["file"].as_str())
                .collect();
            assert_eq!(files, ["konflikt.yaml", "länk.yaml"], "{args:?}");
            assert!(
                json["unreadable"][0]["reason"]
                    .as_str()
                    .is_some_and(|r| !r.is_empty())
            );
        }
        // The readable plan is still listed.
        if args[0] != "stats" {
            assert!(stdout.contains("sip-2026-samtidig"), "{args:?}: {stdout}");
        }
    }
    let table = sip(dir.path(), &["list"]);
    let stdout = String::from_utf8_lossy(&table.stdout);
    assert!(
        stdout.contains("kan inte läsas"),
        "a row of its own: {stdout}"
    );
    let json = sip(dir.path(), &["stats", "--format", "json"]);
    let json: Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(json["plans"], 1);
    // A folder where everything reads has an empty array and exits 0.
    let (clean, _) = folder_with_plan();
    let out = sip(clean.path(), &["list", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["unreadable"], serde_json::json!([]));
}

#[cfg(unix)]
#[test]
fn a_dangling_link_or_a_loop_never_stops_the_folder() {
    let dir = folder_with_unreadable();
    std::fs::create_dir_all(dir.path().join("a/b")).expect("mkdir");
    std::os::unix::fs::symlink("..", dir.path().join("a/b/upp")).expect("loop link");
    std::os::unix::fs::symlink("/", dir.path().join("roten")).expect("link out");
    // An editor's lock link is nobody's plan.
    std::os::unix::fs::symlink("erik@host.1234", dir.path().join(".#plan.yaml")).expect("lock");
    let out = sip(dir.path(), &["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut s001: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "S001")
        .filter_map(|f| f["file"].as_str())
        .collect();
    s001.sort();
    assert_eq!(s001, ["a/b/upp", "konflikt.yaml", "länk.yaml", "roten"]);
    // An edit by id still finds its plan.
    let out = sip(
        dir.path(),
        &["need", "add", "sip-2026-samtidig", "Stöd", "-q"],
    );
    assert_eq!(out.status.code(), Some(0), "{:?}", out);
    // An unknown id names what could not be read: the plan may be there.
    let out = sip(dir.path(), &["show", "sip-2026-saknas"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("kunde inte läsa") && stderr.contains("länk.yaml"),
        "{stderr}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn an_endless_file_is_read_up_to_the_cap_only() {
    let dir = common::plan_folder("");
    std::os::unix::fs::symlink("/proc/self/pagemap", dir.path().join("sida.yaml")).expect("link");
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("noll.yaml")).expect("link");
    // Under a 1 GB address-space limit: an unbounded read would fail or be killed.
    let out = Std::new("sh")
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .args([
            "-c",
            &format!(
                "ulimit -v 1000000; exec '{}' check --today {TODAY} --format json",
                bin().display()
            ),
        ])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let json: Value = serde_json::from_slice(&out.stdout).expect("json");
    let files: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "S001")
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert_eq!(files, ["noll.yaml", "sida.yaml"]);
}

#[test]
fn a_one_megabyte_flow_line_checks_in_every_format() {
    let dir = common::plan_folder("");
    let mut text = String::from(
        "{id: sip-2026-enrad, överenskommelse: orebro-lan, status: utkast, individ: {namn: A B}, \
         initiering: {datum: 2026-01-01, part: kommun}, behov: [",
    );
    // A megabyte under SIP_STRESS=1, 20 kB in the normal tier.
    let size = common::sized(20_000, 1_000_000);
    let mut n = 0;
    while text.len() < size {
        n += 1;
        text.push_str(&format!("{{id: B{n}, beskrivning: å, okänd: 1}}, "));
    }
    text.push_str("{id: B0, beskrivning: sist}]}\n");
    std::fs::write(dir.path().join("enrad.yaml"), &text).expect("write");
    for format in ["human", "json", "github", "gitlab", "junit"] {
        let out = sip(dir.path(), &["check", "--format", format]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        // Every finding is reported, one per unknown key; none prints the whole line.
        if format == "json" {
            let json: Value = serde_json::from_str(&stdout).expect("json");
            let s002 = json["findings"]
                .as_array()
                .expect("findings")
                .iter()
                .filter(|f| f["code"] == "S002")
                .count();
            assert_eq!(s002, n);
        }
        if format == "human" {
            assert!(stdout.lines().all(|l| l.len() < 2_000), "windowed lines");
        }
    }
}

#[test]
fn fmt_check_and_edits_are_bounded() {
    let (dir, id) = folder_with_plan();
    let path = dir.path().join(format!("{id}.yaml"));
    let mut text = std::fs::read_to_string(&path).expect("read");
    text.push_str("behov:\n");
    let mut n = 0;
    while text.len() < 1_000_000 {
        n += 1;
        text.push_str(&format!("  - id: B{n}\n    beskrivning: Samma text\n"));
    }
    std::fs::write(&path, &text).expect("write");
    let out = sip(dir.path(), &["fmt", "--check"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // Over the cap: refused before anything is parsed, the file untouched.
    text.push_str(&"  - id: BX\n    beskrivning: för mycket\n".repeat(5_000));
    std::fs::write(&path, &text).expect("write");
    for args in [
        vec!["need", "add", id.as_str(), "Ett till"],
        vec!["fmt"],
        vec!["show", id.as_str()],
    ] {
        let out = sip(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("för stor"), "{args:?}: {stderr}");
    }
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
}

#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_to_stdout_is_exit_2() {
    let (dir, _) = folder_with_plan();
    for args in [
        vec!["check", "--format", "json"],
        vec!["list", "--format", "json"],
        vec!["list"],
        vec!["rules"],
    ] {
        let full = std::fs::File::create("/dev/full").expect("/dev/full");
        let out = std_sip_at(dir.path(), TODAY)
            .args(&args)
            .stdout(full)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("kan inte skriva"), "{stderr}");
    }
    // A closed pipe is not a failure.
    let mut child = std_sip_at(dir.path(), TODAY)
        .args(["rules"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    assert_eq!(child.wait().expect("wait").code(), Some(0));
}

#[cfg(unix)]
#[test]
fn links_read_only_plans_and_leftovers() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, id) = folder_with_plan();
    let real = dir.path().join(format!("{id}.yaml"));
    // A plan reached through a link inside the folder: the target changes, the link stays.
    std::fs::create_dir(dir.path().join("genvägar")).expect("mkdir");
    let link = dir.path().join("genvägar/länk.yaml");
    std::os::unix::fs::symlink(&real, &link).expect("link");
    let out = sip(
        dir.path(),
        &["need", "add", "genvägar/länk.yaml", "Via länken"],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&real)
            .expect("read")
            .contains("Via länken")
    );
    // A link out of the plan folder is refused.
    let outside = tempfile::tempdir().expect("temp dir");
    let foreign = outside.path().join("annan.yaml");
    std::fs::copy(&real, &foreign).expect("copy");
    let out_link = dir.path().join("ut.yaml");
    std::os::unix::fs::symlink(&foreign, &out_link).expect("link");
    let before = std::fs::read(&foreign).expect("read");
    let out = sip(dir.path(), &["need", "add", "ut.yaml", "Utanför"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("utanför planmappen"));
    assert_eq!(std::fs::read(&foreign).expect("read"), before);
    std::fs::remove_file(&out_link).expect("rm");
    // Mode is kept; a read-only plan is refused, not rewritten.
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let out = sip(dir.path(), &["need", "add", &id, "Behåll läget"]);
    assert_eq!(out.status.code(), Some(0));
    let mode = std::fs::metadata(&real).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = std::fs::read(&real).expect("read");
    let out = sip(dir.path(), &["need", "add", &id, "Skrivskyddad"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("skrivskyddad"));
    assert_eq!(std::fs::read(&real).expect("read"), before);
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    // What a killed edit left (a copy of the plan) goes with the next edit.
    let stale = dir.path().join(format!(".{id}.yaml.Ab12Cd.tmp"));
    std::fs::write(&stale, "namn: Anna Andersson\n").expect("stale");
    let out = sip(dir.path(), &["need", "add", &id, "Städa"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!stale.exists());
}

#[test]
fn appended_items_keep_the_list_style() {
    let (dir, id) = folder_with_plan();
    for n in 1..=4 {
        let out = sip(
            dir.path(),
            &["need", "add", &id, &format!("Behov {n}"), "-q"],
        );
        assert_eq!(out.status.code(), Some(0));
    }
    let text = std::fs::read_to_string(dir.path().join(format!("{id}.yaml"))).expect("read");
    assert!(
        text.ends_with(
            "behov:\n  - id: B1\n    beskrivning: Behov 1\n  - id: B2\n    beskrivning: Behov 2\n  \
             - id: B3\n    beskrivning: Behov 3\n  - id: B4\n    beskrivning: Behov 4\n"
        ),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn edit_keeps_the_persons_text_when_the_file_changed_meanwhile() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, id) = folder_with_plan();
    let plan = dir.path().join(format!("{id}.yaml"));
    // The "editor" writes the person's change into its copy while a colleague's command
    // changes the plan itself.
    let editor = dir.path().join("redigerare.sh");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\nprintf 'samtalsledare: Erik Ek\\n' >> \"$1\"\nprintf 'syfte: Kollegans ändring\\n' >> '{}'\n",
            plan.display()
        ),
    )
    .expect("editor");
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let out = common::sip(dir.path())
        .env("EDITOR", &editor)
        .args(["edit", &id])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Din version finns kvar i"), "{stderr}");
    let text = std::fs::read_to_string(&plan).expect("read");
    assert!(text.contains("Kollegans ändring") && !text.contains("Erik Ek"));
    let kept: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().contains(".redigerad-"))
        .collect();
    assert_eq!(kept.len(), 1, "the person's copy is kept");
    assert!(
        std::fs::read_to_string(&kept[0])
            .expect("read")
            .contains("samtalsledare: Erik Ek")
    );
    // The kept copy is not taken for a plan.
    let out = sip(dir.path(), &["check"]);
    assert_ne!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("redigerad"));
}
