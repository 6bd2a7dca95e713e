//! The pre-commit hook as the real `pre-commit` tool runs it: the hook definition of
//! `.pre-commit-hooks.yaml` with the README's `files: ^plans/`, in a temporary git repository.
//! A clean plan folder (with `sip.toml` and the JSON Schema beside the plans) passes; a staged
//! plan whose id is already used elsewhere in the folder fails with S004.

use crate::common;

use std::path::Path;
use std::process::Command;

fn run(dir: &Path, program: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(program)
        .current_dir(dir)
        .args(args)
        .env("PATH", common::path_with_sip())
        .env("SIP_TODAY", common::TODAY)
        .env("NO_COLOR", "1")
        .env_remove("SIP_LANG")
        .env("PRE_COMMIT_HOME", dir.join(".cache-pre-commit"))
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .output()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// The hook of `.pre-commit-hooks.yaml` as a local hook: the same keys, run from `PATH`
/// (`language: system`) instead of being built by pre-commit, with the README's `files:`.
fn local_config() -> String {
    let hooks = std::fs::read_to_string(common::repo().join(".pre-commit-hooks.yaml"))
        .expect("the hook definition");
    let body: Vec<String> = hooks
        .lines()
        .skip_while(|l| !l.starts_with("- id: sip-check"))
        .map(|l| {
            let l = l.replace("language: rust", "language: system");
            format!("      {l}")
        })
        .collect();
    assert!(
        body.iter().any(|l| l.contains("language: system")),
        "{hooks}"
    );
    format!(
        "repos:\n  - repo: local\n    hooks:\n{}\n        files: ^plans/\n",
        body.join("\n")
    )
}

#[test]
fn pre_commit_with_files_plans_passes_a_clean_folder_and_fails_a_duplicate_id() {
    if Command::new("pre-commit")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "pre-commit is not installed (pip install pre-commit)"
        );
        println!("note: no pre-commit on PATH; the pre-commit test is skipped");
        return;
    }
    // The README shows the `files:` setting this test uses.
    let readme = std::fs::read_to_string(common::repo().join("README.md")).expect("README");
    assert!(readme.contains("      - id: sip-check\n        files: ^plans/"));

    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path();
    let plans = dir.join("plans");
    std::fs::create_dir_all(plans.join("kopia")).expect("folders");
    let fixture = common::repo().join("tests/fixtures/rules/S004");
    std::fs::copy(fixture.join("sip.toml"), plans.join("sip.toml")).expect("sip.toml");
    std::fs::copy(fixture.join("ok-unik.yaml"), plans.join("ok-unik.yaml")).expect("plan");
    let schema = common::sip(dir)
        .args(["schema", "plan"])
        .output()
        .expect("schema");
    std::fs::write(plans.join("sip-plan.schema.json"), schema.stdout).expect("schema file");
    // YAML outside the plan folder is not a plan and is left alone by `files: ^plans/`.
    std::fs::write(dir.join("docker-compose.yaml"), "services: {}\n").expect("other YAML");
    std::fs::write(dir.join(".pre-commit-config.yaml"), local_config()).expect("config");

    let (ok, out) = run(dir, "git", &["init", "-q", "-b", "main"]);
    assert!(ok, "{out}");
    let (ok, out) = run(dir, "git", &["add", "-A"]);
    assert!(ok, "{out}");
    let (ok, out) = run(dir, "pre-commit", &["run", "--all-files"]);
    assert!(ok, "a clean plan folder passes:\n{out}");
    assert!(out.contains("sip check") && out.contains("Passed"), "{out}");
    let (ok, out) = run(dir, "git", &["commit", "-q", "-m", "planer"]);
    assert!(ok, "{out}");

    // A new plan with an id already used by a committed plan: only the new file is staged and
    // passed to the hook, and it fails on S004 naming the other file.
    std::fs::copy(
        fixture.join("ok-unik.yaml"),
        plans.join("kopia/ok-unik.yaml"),
    )
    .expect("copy");
    let (ok, out) = run(dir, "git", &["add", "plans/kopia/ok-unik.yaml"]);
    assert!(ok, "{out}");
    let (ok, out) = run(dir, "pre-commit", &["run"]);
    assert!(!ok, "a duplicate id fails:\n{out}");
    assert!(
        out.contains("fel[S004]: Id `ok-unik` används redan i plans/ok-unik.yaml"),
        "{out}"
    );
    assert!(out.contains("--> plans/kopia/ok-unik.yaml:2:5"), "{out}");
    assert!(out.contains("1 plan kontrollerad: 1 fel"), "{out}");
}
