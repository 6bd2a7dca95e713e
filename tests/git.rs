//! Several people, one plan folder, real `git`: two clones create plans and edit different parts
//! of the same plan, then merge without conflict and `sip check` passes; when both add an
//! intervention, the conflict is one small hunk and `sip check` names the duplicate id.

use assert_cmd::Command;
use std::path::Path;

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs")
}

#[track_caller]
fn git_ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn sip(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("sip")
        .expect("binary")
        .current_dir(dir)
        .env("SIP_TODAY", "2026-03-25")
        .env("NO_COLOR", "1")
        .env_remove("SIP_LANG")
        .write_stdin("")
        .args(args)
        .output()
        .expect("run");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

#[track_caller]
fn sip_ok(dir: &Path, args: &[&str]) -> String {
    let (code, out) = sip(dir, args);
    assert_eq!(code, 0, "sip {args:?}: {out}");
    out
}

/// A repository with one active, check-clean plan; returns (root, clone a, clone b, plan id).
fn shared_folder() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    std::path::PathBuf,
    String,
) {
    let root = tempfile::tempdir().expect("tempdir");
    let a = root.path().join("a");
    std::fs::create_dir(&a).expect("mkdir");
    git_ok(&a, &["init", "-q"]);
    sip_ok(
        &a,
        &[
            "init",
            "--agreement",
            "samsip-sodra-lappland",
            "--leader",
            "Erik Ek",
        ],
    );
    let id = sip_ok(
        &a,
        &[
            "-q",
            "new",
            "--name",
            "Anna Andersson",
            "--birth-date",
            "1990-01-01",
            "--initiated-by",
            "kommun",
            "--date",
            "2026-03-02",
            "--purpose",
            "Samordna stödet.",
            "--question",
            "Vad behövs?",
            "--focus",
            "arbetslivsinriktad_rehabilitering",
            "--occupation",
            "utan_anställning",
        ],
    )
    .trim()
    .to_string();
    let p = id.as_str();
    sip_ok(
        &a,
        &[
            "consent",
            p,
            "--date",
            "2026-03-03",
            "--form",
            "skriftligt",
            "--parties",
            "kommun,region,af",
        ],
    );
    sip_ok(&a, &["need", "add", p, "Stöd inför arbete"]);
    sip_ok(
        &a,
        &[
            "intervention",
            "add",
            p,
            "Samtalsstöd",
            "--party",
            "region",
            "--need",
            "B1",
        ],
    );
    sip_ok(
        &a,
        &[
            "intervention",
            "add",
            p,
            "Arbetsträning",
            "--party",
            "af",
            "--need",
            "B1",
        ],
    );
    sip_ok(&a, &["measure", "none", p]);
    sip_ok(&a, &["responsible", p, "--party", "kommun"]);
    sip_ok(
        &a,
        &[
            "meeting",
            "add",
            p,
            "--kind",
            "upprättande",
            "--at",
            "2026-03-24T13:00",
            "--participant",
            "Anna Andersson:individen",
        ],
    );
    sip_ok(&a, &["meeting", "held", p, "MÖ1"]);
    sip_ok(&a, &["followup", p, "--next", "2026-05-10"]);
    // The individual's own goal (written by hand; `sip fmt` puts it in its place).
    let file = a.join(format!("{id}.yaml"));
    let mut text = std::fs::read_to_string(&file).expect("read plan");
    text.push_str("individens_mål: Jag vill ha ett arbete.\n");
    std::fs::write(&file, text).expect("write plan");
    sip_ok(&a, &["fmt"]);
    sip_ok(&a, &["status", p, "pågående"]);
    sip_ok(&a, &["check", "--strict"]);
    git_ok(&a, &["add", "-A"]);
    git_ok(&a, &["commit", "-q", "-m", "plan"]);
    let b = root.path().join("b");
    git_ok(root.path(), &["clone", "-q", "a", "b"]);
    (root, a, b, id)
}

#[test]
fn different_parts_of_one_plan_merge_cleanly() {
    let (_root, a, b, id) = shared_folder();
    let p = id.as_str();
    // Clone a: a new plan and an intervention in the shared one.
    let new_a = sip_ok(
        &a,
        &["-q", "new", "--name", "Bo Berg", "--initiated-by", "region"],
    );
    sip_ok(
        &a,
        &[
            "intervention",
            "add",
            p,
            "Stöd från arbetsmarknadsenheten",
            "--party",
            "kommun",
            "--need",
            "B1",
        ],
    );
    git_ok(&a, &["add", "-A"]);
    git_ok(&a, &["commit", "-q", "-m", "a"]);
    // Clone b: another new plan and a follow-up meeting in the shared one.
    let new_b = sip_ok(
        &b,
        &[
            "-q",
            "new",
            "--name",
            "Cecilia Ceder",
            "--initiated-by",
            "kommun",
        ],
    );
    sip_ok(
        &b,
        &[
            "meeting",
            "add",
            p,
            "--kind",
            "uppföljning",
            "--at",
            "2026-05-10T10:00",
            "--participant",
            "Anna Andersson:individen",
        ],
    );
    git_ok(&b, &["add", "-A"]);
    git_ok(&b, &["commit", "-q", "-m", "b"]);

    let merge = git(
        &b,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );
    assert!(
        merge.status.success(),
        "merge: {}",
        String::from_utf8_lossy(&merge.stdout)
    );
    let text = std::fs::read_to_string(b.join(format!("{p}.yaml"))).expect("plan");
    assert!(
        text.contains("  - id: I3\n") && text.contains("  - id: MÖ2\n"),
        "{text}"
    );
    assert!(b.join(format!("{}.yaml", new_a.trim())).is_file());
    assert!(b.join(format!("{}.yaml", new_b.trim())).is_file());
    let out = sip_ok(&b, &["check"]);
    assert!(
        out.contains("3 planer kontrollerade") && !out.contains("fel["),
        "{out}"
    );
}

#[test]
fn the_same_new_id_on_two_clones_is_a_small_conflict_and_a_clear_finding() {
    let (_root, a, b, id) = shared_folder();
    let p = id.as_str();
    sip_ok(
        &a,
        &[
            "intervention",
            "add",
            p,
            "Stöd från arbetsmarknadsenheten",
            "--party",
            "kommun",
        ],
    );
    git_ok(&a, &["commit", "-q", "-am", "a"]);
    sip_ok(
        &b,
        &[
            "intervention",
            "add",
            p,
            "Psykologsamtal",
            "--party",
            "region",
            "--need",
            "B1",
        ],
    );
    git_ok(&b, &["commit", "-q", "-am", "b"]);

    let merge = git(
        &b,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"],
    );
    assert!(
        !merge.status.success(),
        "both added I3 at the same place: git reports a conflict"
    );
    let file = b.join(format!("{p}.yaml"));
    let text = std::fs::read_to_string(&file).expect("plan");
    assert_eq!(text.matches("<<<<<<<").count(), 1, "one hunk:\n{text}");
    let start = text.find("<<<<<<<").expect("marker");
    let end = text.find(">>>>>>>").expect("marker");
    let hunk = &text[start..end];
    assert!(hunk.lines().count() <= 10, "a small hunk:\n{hunk}");
    assert!(
        hunk.contains("Psykologsamtal") && hunk.contains("arbetsmarknadsenheten"),
        "{hunk}"
    );

    // The person keeps both interventions, each a whole item (git shares `- id: I3` and
    // `status: planerad` between the two sides).
    let ours_start = text[start..]
        .find('\n')
        .map(|i| start + i + 1)
        .expect("line");
    let sep = text.find("=======\n").expect("separator");
    let after = text[end..].find('\n').map(|i| end + i + 1).expect("line");
    let resolved = format!(
        "{}{}    status: planerad\n  - id: I3\n{}{}",
        &text[..start],
        &text[ours_start..sep],
        &text[sep + 8..end],
        &text[after..]
    );
    std::fs::write(&file, resolved).expect("write");
    let path = format!("{p}.yaml");
    let (code, out) = sip(&b, &["check", &path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("fel[S004]") && out.contains("Id `I3` används redan i insatser i samma plan"),
        "{out}"
    );
    // Renumbering is a plain edit; then the folder is clean again.
    let fixed = std::fs::read_to_string(&file).expect("plan").replacen(
        "  - id: I3\n    beskrivning: Stöd",
        "  - id: I4\n    beskrivning: Stöd",
        1,
    );
    std::fs::write(&file, fixed).expect("write");
    sip_ok(&b, &["check", &path]);
}
