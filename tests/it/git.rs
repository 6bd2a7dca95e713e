//! Several people, one plan folder, real `git`: two clones create plans and edit the same plan,
//! then merge. With the merge driver (`sip init` registers it, `sip setup-git` in a fresh clone)
//! plans merge by their structure: both adding an intervention keeps both under distinct ids, a
//! goal's new date and a new meeting merge, and only the same date changed twice is a conflict,
//! around that key alone. Without the driver git's line merge leaves a small hunk, and
//! `sip check` says that the file holds an unresolved conflict, at its line.

use std::path::Path;

use crate::common::{path_with_sip, sip_at};

/// The day these tests take for today.
const TODAY: &str = "2026-03-25";

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    // With the `sip` under test first on PATH, git finds the merge driver.
    git_path(dir, args, &path_with_sip())
}

/// `PATH` without any folder that holds a `sip`: git cannot find the driver by name.
fn path_without_sip() -> std::ffi::OsString {
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::env::split_paths(&rest).filter(|d| !d.join("sip").exists()))
        .expect("PATH joins")
}

/// git in `dir` with this `PATH`.
fn git_path(dir: &Path, args: &[&str], path: &std::ffi::OsStr) -> std::process::Output {
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
        .env("PATH", path)
        .env("SIP_TODAY", TODAY)
        .env_remove("SIP_LANG")
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
    let out = sip_at(dir, TODAY)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
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
            "--scope",
            "Uppgifter om hälsa och pågående insatser",
            "--valid-until",
            "2027-03-03",
        ],
    );
    sip_ok(&a, &["need", "add", p, "Stöd inför arbete"]);
    sip_ok(
        &a,
        &[
            "goal",
            "add",
            p,
            "Anna har ett arbete",
            "--measure",
            "Anställning",
            "--by",
            "2026-09-30",
        ],
    );
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
fn without_the_driver_the_same_new_id_is_a_small_conflict_and_clear_findings() {
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
    // Left as it is, the file is an unresolved conflict, said in Swedish at its first line.
    let path = format!("{p}.yaml");
    let line = text[..text.find("<<<<<<<").expect("marker")]
        .matches('\n')
        .count()
        + 1;
    let (code, out) = sip(&b, &["check", &path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("olöst git-konflikt") && out.contains(&format!("{path}:{line}:1")),
        "{out}"
    );
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
    // Until `git add`, git still lists the file as unmerged: said too.
    let (code, out) = sip(&b, &["check", &path]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("olöst sammanslagning i git"), "{out}");
    git_ok(&b, &["add", &path]);
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

/// Merge the other clone's `main` into `dir` (a: from b's folder; b: from its origin).
fn pull(dir: &Path, from: &str) -> std::process::Output {
    git(
        dir,
        &["pull", "-q", "--no-rebase", "--no-edit", from, "main"],
    )
}

fn plan_text(dir: &Path, id: &str) -> String {
    std::fs::read_to_string(dir.join(format!("{id}.yaml"))).expect("plan")
}

fn edit_plan(dir: &Path, id: &str, from: &str, to: &str) {
    let text = plan_text(dir, id);
    assert!(text.contains(from), "{from:?} in\n{text}");
    std::fs::write(dir.join(format!("{id}.yaml")), text.replacen(from, to, 1)).expect("write");
}

/// Both add an intervention to the same plan; `merging` pulls the other's. No conflict: both
/// interventions are there under distinct ids, and `sip check` is clean.
fn both_add_an_intervention(merging: &Path, other: &Path, from: &str, id: &str) {
    let p = id;
    sip_ok(
        merging,
        &[
            "intervention",
            "add",
            p,
            "Stöd från arbetsmarknadsenheten",
            "--party",
            "kommun",
        ],
    );
    git_ok(merging, &["commit", "-q", "-am", "kommunens insats"]);
    sip_ok(
        other,
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
    git_ok(other, &["commit", "-q", "-am", "regionens insats"]);
    let merge = pull(merging, from);
    assert!(
        merge.status.success(),
        "merge: {}{}",
        String::from_utf8_lossy(&merge.stdout),
        String::from_utf8_lossy(&merge.stderr)
    );
    let text = plan_text(merging, p);
    assert!(!text.contains("<<<<<<<"), "{text}");
    assert!(
        text.contains("  - id: I3\n    beskrivning: Stöd från arbetsmarknadsenheten\n"),
        "{text}"
    );
    assert!(
        text.contains("  - id: I4\n    beskrivning: Psykologsamtal\n"),
        "{text}"
    );
    let out = sip_ok(merging, &["check", "--strict"]);
    assert!(!out.contains("fel[") && !out.contains("varning["), "{out}");
}

#[test]
fn with_the_driver_from_init_both_added_interventions_are_kept() {
    let (_root, a, b, id) = shared_folder();
    // `sip init` ran inside the repository: the driver is registered in a's config.
    let out = git(&a, &["config", "merge.sip.driver"]);
    let driver = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(
        driver.ends_with("sip merge -- %O %A %B %P")
            || driver.ends_with("sip' merge -- %O %A %B %P"),
        "{driver}"
    );
    assert!(
        std::fs::read_to_string(a.join(".gitattributes"))
            .expect("attributes")
            .contains("*.yaml merge=sip\n*.yml merge=sip\n")
    );
    both_add_an_intervention(&a, &b, "../b", &id);
}

#[test]
fn after_setup_git_a_fresh_clone_merges_the_same_way() {
    let (_root, a, b, id) = shared_folder();
    // A fresh clone has the attributes but not the driver.
    assert!(!git(&b, &["config", "merge.sip.driver"]).status.success());
    let out = sip_ok(&b, &["setup-git"]);
    assert!(out.contains("slår nu ihop planer efter innehåll"), "{out}");
    both_add_an_intervention(&b, &a, "origin", &id);
}

#[test]
fn a_goals_new_date_and_a_new_meeting_merge_cleanly() {
    let (_root, a, b, id) = shared_folder();
    sip_ok(&b, &["setup-git"]);
    edit_plan(&a, &id, "senast: 2026-09-30", "senast: 2026-12-31");
    git_ok(&a, &["commit", "-q", "-am", "nytt datum för målet"]);
    sip_ok(
        &b,
        &[
            "meeting",
            "add",
            &id,
            "--kind",
            "uppföljning",
            "--at",
            "2026-05-10T10:00",
            "--participant",
            "Anna Andersson:individen",
        ],
    );
    git_ok(&b, &["commit", "-q", "-am", "uppföljningsmöte"]);
    let merge = pull(&b, "origin");
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stderr)
    );
    let text = plan_text(&b, &id);
    assert!(
        text.contains("senast: 2026-12-31") && text.contains("  - id: MÖ2\n"),
        "{text}"
    );
    assert!(!text.contains("2026-09-30"), "{text}");
    sip_ok(&b, &["check", "--strict"]);
}

#[test]
fn the_same_date_changed_twice_is_a_conflict_around_that_key_only() {
    let (_root, a, b, id) = shared_folder();
    sip_ok(&b, &["setup-git"]);
    edit_plan(&a, &id, "senast: 2026-09-30", "senast: 2026-10-31");
    sip_ok(&a, &["need", "add", &id, "Stöd i vardagen"]);
    git_ok(&a, &["commit", "-q", "-am", "a"]);
    edit_plan(&b, &id, "senast: 2026-09-30", "senast: 2026-12-31");
    sip_ok(&b, &["followup", &id, "--next", "2026-06-01"]);
    git_ok(&b, &["commit", "-q", "-am", "b"]);

    let merge = pull(&b, "origin");
    assert!(!merge.status.success(), "a conflict");
    let said = String::from_utf8_lossy(&merge.stderr);
    assert!(
        said.contains("konflikt i `mål[M1].senast`: båda har ändrat"),
        "the driver merged by structure: {said}"
    );
    let text = plan_text(&b, &id);
    assert_eq!(text.matches("<<<<<<<").count(), 1, "{text}");
    let start = text.find("<<<<<<<").expect("marker");
    let end = text.find(">>>>>>>").expect("marker");
    assert_eq!(
        &text[start..end],
        "<<<<<<< din version\n    senast: 2026-12-31\n=======\n    senast: 2026-10-31\n",
        "only the key itself"
    );
    // Everything else merged: a's new need and b's follow-up date.
    assert!(
        text.contains("  - id: B2\n    beskrivning: Stöd i vardagen\n"),
        "{text}"
    );
    assert!(text.contains("2026-06-01"), "{text}");

    let line = text[..start].matches('\n').count() + 1;
    let path = format!("{id}.yaml");
    let (code, out) = sip(&b, &["check", &path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("fel[S001]")
            && out.contains("olöst git-konflikt")
            && out.contains(&format!("{path}:{line}:1"))
            && out.contains("sip setup-git"),
        "{out}"
    );
    assert!(!out.contains("YAML-fel"), "{out}");

    // Keeping one side resolves it.
    let resolved = text.replacen(
        "<<<<<<< din version\n    senast: 2026-12-31\n=======\n    senast: 2026-10-31\n>>>>>>> den andras version\n",
        "    senast: 2026-12-31\n",
        1,
    );
    std::fs::write(b.join(&path), resolved).expect("write");
    git_ok(&b, &["add", &path]);
    sip_ok(&b, &["check", &path]);
}

/// A commit by `author` on `date` (author and committer date alike, so the log is fixed).
fn commit_as(dir: &Path, author: &str, date: &str, message: &str) {
    let stamp = format!("{date}T12:00:00+01:00");
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", &format!("user.name={author}")])
        .args(["-c", "user.email=sip@example.org"])
        .args(["commit", "-q", "-am", message])
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", &stamp)
        .env("GIT_COMMITTER_DATE", &stamp)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn history_lists_each_change_by_date_and_author() {
    let root = tempfile::tempdir().expect("tempdir");
    let d = root.path();
    git_ok(d, &["init", "-q"]);
    sip_ok(d, &["init", "--agreement", "samsip-sodra-lappland"]);
    let id = sip_ok(
        d,
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
        ],
    )
    .trim()
    .to_string();
    let p = id.as_str();
    git_ok(d, &["add", "-A"]);
    commit_as(d, "Erik Ek", "2026-03-02", "ny plan");

    sip_ok(d, &["need", "add", p, "Stöd inför arbete"]);
    sip_ok(d, &["goal", "add", p, "Ett arbete", "--by", "2026-09-30"]);
    sip_ok(
        d,
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
    commit_as(d, "Lisa Lind", "2026-03-03", "behov, mål, insats");

    sip_ok(
        d,
        &[
            "meeting",
            "add",
            p,
            "--kind",
            "upprättande",
            "--at",
            "2026-03-24T13:00",
        ],
    );
    // By hand: `sip status` would wait for consent and the held meeting, and this history is
    // about how changes read, not about that gate.
    edit_plan(d, p, "status: utkast", "status: pågående");
    commit_as(d, "Erik Ek", "2026-03-10", "möte");

    sip_ok(d, &["meeting", "held", p, "MÖ1"]);
    sip_ok(d, &["followup", p, "--next", "2026-09-01"]);
    commit_as(d, "Erik Ek", "2026-03-24", "mötet hållet");

    sip_ok(d, &["intervention", "set", p, "I1", "--status", "avbruten"]);
    sip_ok(d, &["need", "add", p, "Boende"]);
    edit_plan(d, p, "senast: 2026-09-30", "senast: 2026-12-31");
    commit_as(d, "Lisa Lind", "2026-05-10", "uppföljning");

    let text = sip_ok(d, &["history", p]);
    insta::assert_snapshot!("history_five_commits", text);
    assert_eq!(text.lines().count(), 5, "{text}");

    // --since MÖ1: from the meeting's day on.
    let since = sip_ok(d, &["historik", p, "--since", "MÖ1"]);
    assert_eq!(
        since,
        text.lines()
            .skip(3)
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );

    // JSON: the same content.
    let json: serde_json::Value =
        serde_json::from_str(&sip_ok(d, &["history", p, "--format", "json"])).expect("json");
    let from_json: String = json["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|e| {
            let changes: Vec<&str> = e["changes"]
                .as_array()
                .expect("list")
                .iter()
                .map(|c| c.as_str().expect("text"))
                .collect();
            assert_eq!(e["commit"].as_str().expect("hash").len(), 40);
            format!(
                "{} {}: {}\n",
                e["date"].as_str().expect("date"),
                e["author"].as_str().expect("author"),
                changes.join("; ")
            )
        })
        .collect();
    assert_eq!(from_json, text);
    assert_eq!(json["plan"], p);

    // The follow-up agenda and the minutes look back with git: what changed since MÖ1.
    sip_ok(
        d,
        &[
            "meeting",
            "add",
            p,
            "--kind",
            "uppföljning",
            "--at",
            "2026-05-20T10:00",
        ],
    );
    // The documents need the consent (v3's consent guard).
    sip_ok(
        d,
        &[
            "consent",
            p,
            "--date",
            "2026-03-02",
            "--form",
            "muntligt",
            "--given-by",
            "individen",
            "--parties",
            "kommun,region",
        ],
    );
    let agenda = sip_ok(
        d,
        &[
            "--today",
            "2026-05-19",
            "agenda",
            p,
            "--meeting",
            "MÖ2",
            "--format",
            "markdown",
        ],
    );
    assert!(
        agenda.contains("Ändringar i planen sedan dess:"),
        "{agenda}"
    );
    assert!(
        agenda.contains("2026-05-10 Lisa Lind: nytt behov B2 (Boende)"),
        "{agenda}"
    );
    assert!(!agenda.contains("2026-03-24 Erik Ek"), "{agenda}");
    sip_ok(d, &["--today", "2026-05-20", "meeting", "held", p, "MÖ2"]);
    let minutes = sip_ok(
        d,
        &[
            "--today",
            "2026-05-20",
            "protocol",
            p,
            "MÖ2",
            "--format",
            "markdown",
        ],
    );
    // The minutes compare the plan as committed when MÖ1 was held with the file now, in
    // sentences.
    assert!(
        minutes.contains("Ändringar i planen sedan förra mötet")
            && minutes.contains("Ett nytt behov har kommit till: Boende.")
            && minutes.contains("har avbrutits."),
        "{minutes}"
    );

    // Outside git: said, exit 2.
    let plain = tempfile::tempdir().expect("tempdir");
    sip_ok(
        plain.path(),
        &["init", "--agreement", "samsip-sodra-lappland"],
    );
    let other = sip_ok(
        plain.path(),
        &["-q", "new", "--name", "Bo Berg", "--initiated-by", "kommun"],
    );
    let (code, out) = sip(plain.path(), &["history", other.trim()]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("ligger inte i ett git-förråd"), "{out}");
}

/// `git pull` of the other clone's `main` into `dir`, with this `PATH`.
fn pull_path(dir: &Path, from: &str, path: &std::ffi::OsStr) -> std::process::Output {
    git_path(
        dir,
        &["pull", "-q", "--no-rebase", "--no-edit", from, "main"],
        path,
    )
}

/// Commit everything in `dir` and push it to its origin.
fn commit_and_push(dir: &Path, message: &str) {
    git_ok(dir, &["commit", "-q", "-am", message]);
    git_ok(dir, &["push", "-q", "origin", "HEAD:main"]);
}

/// A bare origin with two clones, each with the driver registered: (root, a, b, plan id).
fn origin_and_two_clones() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    std::path::PathBuf,
    String,
) {
    let (root, a0, _b0, id) = shared_folder();
    let origin = root.path().join("origin.git");
    git_ok(
        root.path(),
        &[
            "clone",
            "-q",
            "--bare",
            "a",
            origin.to_str().expect("utf-8"),
        ],
    );
    let a = root.path().join("alice");
    let b = root.path().join("bob");
    for c in [&a, &b] {
        git_ok(
            root.path(),
            &[
                "clone",
                "-q",
                origin.to_str().expect("utf-8"),
                c.to_str().expect("utf-8"),
            ],
        );
        sip_ok(c, &["setup-git"]);
    }
    drop(a0);
    (root, a, b, id)
}

#[test]
fn a_comment_from_the_other_side_is_kept() {
    let (_root, a, b, id) = origin_and_two_clones();
    let note = "# Karin (mor) ringde 2026-03-01: Anna vill att mötet hålls hemma.\n";
    edit_plan(&a, &id, "initiering:\n", &format!("{note}initiering:\n"));
    commit_and_push(&a, "anteckning");
    sip_ok(&b, &["-q", "need", "add", &id, "Bobs behov"]);
    git_ok(&b, &["commit", "-q", "-am", "behov"]);
    let merge = pull(&b, "origin");
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stderr)
    );
    let text = plan_text(&b, &id);
    assert!(
        text.contains(&format!("{note}initiering:\n")),
        "the comment, at its place:\n{text}"
    );
    assert!(text.contains("beskrivning: Bobs behov"), "{text}");
    sip_ok(&b, &["check"]);
}

#[test]
fn our_own_comment_is_kept_when_we_changed_only_comments() {
    let (_root, a, b, id) = origin_and_two_clones();
    sip_ok(&a, &["-q", "need", "add", &id, "Alice behov"]);
    commit_and_push(&a, "a: behov");
    let note = "# Bob: Anna har skyddad identitet, lämna inte ut adressen!\n";
    edit_plan(&b, &id, "initiering:\n", &format!("{note}initiering:\n"));
    git_ok(&b, &["commit", "-q", "-am", "b: viktig kommentar"]);
    let merge = pull(&b, "origin");
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stderr)
    );
    let text = plan_text(&b, &id);
    assert!(text.contains(note), "our comment:\n{text}");
    assert!(text.contains("beskrivning: Alice behov"), "{text}");
    // And the other way round: Alice pulls Bob's comment.
    git_ok(&b, &["push", "-q", "origin", "HEAD:main"]);
    let merge = pull(&a, "origin");
    assert!(merge.status.success());
    assert!(plan_text(&a, &id).contains(note));
}

#[test]
fn the_driver_works_when_sip_is_not_on_gits_path() {
    let (_root, a, b, id) = origin_and_two_clones();
    let no_sip = path_without_sip();
    // Registered from a shell where `sip` on PATH is missing: the absolute path is registered.
    let out = sip_at(&b, TODAY)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("PATH", &no_sip)
        .args(["setup-git"])
        .output()
        .expect("run");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && said.contains("hela sökvägen"),
        "{said}"
    );
    let driver = String::from_utf8_lossy(&git(&b, &["config", "merge.sip.driver"]).stdout)
        .trim()
        .to_string();
    assert!(
        driver.starts_with('\'') && driver.ends_with("' merge -- %O %A %B %P"),
        "{driver}"
    );
    sip_ok(
        &a,
        &[
            "-q",
            "intervention",
            "add",
            &id,
            "Alice insats",
            "--party",
            "region",
        ],
    );
    commit_and_push(&a, "a1");
    sip_ok(
        &b,
        &[
            "-q",
            "intervention",
            "add",
            &id,
            "Bob insats",
            "--party",
            "kommun",
        ],
    );
    git_ok(&b, &["commit", "-q", "-am", "b1"]);
    let merge = pull_path(&b, "origin", &no_sip);
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stderr)
    );
    let text = plan_text(&b, &id);
    assert!(
        text.contains("Alice insats") && text.contains("Bob insats"),
        "{text}"
    );
    sip_ok(&b, &["check", "--strict"]);
}

#[test]
fn a_side_over_one_megabyte_is_merged_by_lines() {
    let (_root, a, b, id) = origin_and_two_clones();
    sip_ok(&a, &["-q", "need", "add", &id, "Alice viktigt behov"]);
    let mut text = plan_text(&a, &id);
    for i in 0..10_500 {
        text.push_str(&format!("# logg rad {i}: {}\n", "x".repeat(100)));
    }
    std::fs::write(a.join(format!("{id}.yaml")), text).expect("write");
    commit_and_push(&a, "a");
    sip_ok(&b, &["-q", "goal", "add", &id, "Bobs mål"]);
    git_ok(&b, &["commit", "-q", "-am", "b"]);
    let merge = pull(&b, "origin");
    let said = String::from_utf8_lossy(&merge.stderr);
    assert!(said.contains("slås ihop rad för rad av git"), "{said}");
    let text = plan_text(&b, &id);
    // git's line merge: either clean with both changes, or conflict markers; never OURS alone.
    assert!(
        text.contains("<<<<<<<")
            || (text.contains("Alice viktigt behov") && text.contains("logg rad 10499")),
        "{}",
        &text[..2000.min(text.len())]
    );
    assert!(text.contains("Bobs mål"));
    assert_eq!(merge.status.success(), !text.contains("<<<<<<<"));
}

#[test]
fn a_plan_file_whose_name_starts_with_a_dash_merges() {
    let (_root, a, b, id) = origin_and_two_clones();
    let name = "--lang=fi.yaml";
    git_ok(&a, &["mv", "--", &format!("{id}.yaml"), name]);
    git_ok(&a, &["commit", "-q", "-m", "mv"]);
    git_ok(&a, &["push", "-q", "origin", "HEAD:main"]);
    assert!(pull(&b, "origin").status.success());
    let plan = format!("./{name}");
    sip_ok(&a, &["-q", "need", "add", &plan, "Alice behov"]);
    commit_and_push(&a, "a");
    sip_ok(&b, &["-q", "goal", "add", &plan, "Bobs mål"]);
    git_ok(&b, &["commit", "-q", "-am", "b"]);
    let merge = pull(&b, "origin");
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stderr)
    );
    let text = std::fs::read_to_string(b.join(name)).expect("plan");
    assert!(
        text.contains("Alice behov") && text.contains("Bobs mål"),
        "{text}"
    );
}

#[test]
fn check_reports_a_plan_git_lists_as_unmerged() {
    let (_root, a, b, id) = origin_and_two_clones();
    // A driver that cannot run: git keeps OURS as it was, without markers.
    git_ok(&b, &["config", "merge.sip.driver", "exit 2"]);
    sip_ok(
        &a,
        &[
            "-q",
            "intervention",
            "add",
            &id,
            "Alice insats",
            "--party",
            "region",
        ],
    );
    commit_and_push(&a, "a1");
    sip_ok(
        &b,
        &[
            "-q",
            "intervention",
            "add",
            &id,
            "Bob insats",
            "--party",
            "kommun",
        ],
    );
    git_ok(&b, &["commit", "-q", "-am", "b1"]);
    assert!(!pull(&b, "origin").status.success());
    let text = plan_text(&b, &id);
    assert!(!text.contains("<<<<<<<") && !text.contains("Alice insats"));
    let (code, out) = sip(&b, &["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("fel[S001]")
            && out.contains("olöst sammanslagning i git")
            && out.contains(&format!("git checkout --merge -- {id}.yaml")),
        "{out}"
    );
    // Outside git nothing is asked of git, and a resolved file is clean again.
    git_ok(&b, &["add", &format!("{id}.yaml")]);
    sip_ok(&b, &["check"]);
}

#[test]
fn history_never_runs_a_committed_repositorys_config() {
    let (root, a, _b, id) = shared_folder();
    let evil = a.join("evil");
    let ran = root.path().join("ran");
    let script = root.path().join("gpg.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho ran >> '{}'\nexit 1\n",
            ran.to_str().expect("utf-8")
        ),
    )
    .expect("script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    git_ok(&a, &["init", "-q", "--bare", "evil"]);
    let in_evil = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(&evil)
            .args(["-c", "user.name=E", "-c", "user.email=e@example.org"])
            .args(args)
            .env("GIT_DIR", ".")
            .env("GIT_WORK_TREE", ".")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("git");
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    in_evil(&["config", "core.bare", "false"]);
    in_evil(&["config", "core.worktree", "."]);
    let plan = plan_text(&a, &id).replace(&format!("id: {id}"), "id: sip-2026-evil0001");
    std::fs::write(evil.join("sip-2026-evil0001.yaml"), plan).expect("plan");
    in_evil(&["add", "sip-2026-evil0001.yaml"]);
    let tree = in_evil(&["write-tree"]);
    let commit = format!(
        "tree {tree}\nauthor E <e@example.org> 1700000000 +0000\ncommitter E <e@example.org> 1700000000 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n AAAA\n -----END PGP SIGNATURE-----\n\nsigned\n"
    );
    let object = root.path().join("commit.txt");
    std::fs::write(&object, commit).expect("commit");
    let hash = in_evil(&[
        "hash-object",
        "-t",
        "commit",
        "-w",
        object.to_str().expect("utf-8"),
    ]);
    in_evil(&["update-ref", "HEAD", &hash]);
    in_evil(&["config", "log.showSignature", "true"]);
    in_evil(&["config", "gpg.program", script.to_str().expect("utf-8")]);
    git_ok(&a, &["add", "evil"]);
    git_ok(&a, &["commit", "-q", "-m", "ny plan"]);

    let out = sip_ok(&a, &["history", "sip-2026-evil0001"]);
    assert!(!ran.exists(), "the committed config ran a program");
    // The history is the real repository's: one commit, by Test, not the forged one.
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("Test: planen skapad"), "{out}");
    assert!(!out.contains("2023-11-14"), "{out}");
    let out = sip_ok(&a, &["history", &id]);
    assert!(out.contains("planen skapad") && !ran.exists(), "{out}");
}

#[cfg(unix)]
#[test]
fn history_of_a_plan_under_a_folder_whose_name_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let root = tempfile::tempdir().expect("tempdir");
    let d = root.path();
    git_ok(d, &["init", "-q"]);
    sip_ok(d, &["init", "--agreement", "samsip-sodra-lappland"]);
    let id = sip_ok(
        d,
        &["-q", "new", "--name", "Bo Berg", "--initiated-by", "kommun"],
    )
    .trim()
    .to_string();
    let odd = d.join(std::ffi::OsStr::from_bytes(b"mapp\xff"));
    std::fs::create_dir(&odd).expect("mkdir");
    std::fs::rename(d.join(format!("{id}.yaml")), odd.join(format!("{id}.yaml"))).expect("move");
    git_ok(d, &["add", "-A"]);
    commit_as(d, "Erik Ek", "2026-03-02", "ny plan");
    sip_ok(d, &["need", "add", &id, "Boende"]);
    commit_as(d, "Lisa Lind", "2026-03-03", "behov");
    let out = sip_ok(d, &["history", &id]);
    assert_eq!(
        out,
        "2026-03-02 Erik Ek: planen skapad\n2026-03-03 Lisa Lind: nytt behov B1 (Boende)\n"
    );
}

#[test]
fn setup_git_says_what_gitattributes_really_does() {
    let root = tempfile::tempdir().expect("tempdir");
    let d = root.path();
    git_ok(d, &["init", "-q"]);
    std::fs::write(
        d.join(".gitattributes"),
        "# plans used to merge=sip\n*.yaml merge=union\n",
    )
    .expect("attributes");
    let out = sip_ok(d, &["init", "--agreement", "samsip-sodra-lappland"]);
    assert!(
        !out.contains("slår ihop planer efter innehåll") && out.contains("skickar inte planerna"),
        "{out}"
    );
    let out = sip_ok(d, &["setup-git"]);
    assert!(
        !out.contains("slår nu ihop planer efter innehåll")
            && out.contains("skickar inte planerna"),
        "{out}"
    );
    // At the repository's root with the attributes `sip init` writes: said as it is.
    std::fs::write(
        d.join(".gitattributes"),
        "*.yaml merge=sip\n*.yml merge=sip\n",
    )
    .expect("attributes");
    let out = sip_ok(d, &["setup-git"]);
    assert!(
        out.contains("slår nu ihop planer efter innehåll") && !out.contains("skickar inte"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn setup_git_does_not_read_a_gitattributes_link_to_an_endless_file() {
    let root = tempfile::tempdir().expect("tempdir");
    let d = root.path();
    git_ok(d, &["init", "-q"]);
    sip_ok(d, &["init", "--agreement", "samsip-sodra-lappland"]);
    std::fs::remove_file(d.join(".gitattributes")).expect("rm");
    std::os::unix::fs::symlink("/dev/zero", d.join(".gitattributes")).expect("link");
    let out = sip_at(d, TODAY)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(["setup-git"])
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("skickar inte planerna"));
}

/// A plan with `n` needs from THEIRS and one from OURS, merged by `sip merge` itself.
#[test]
fn four_thousand_incoming_items_merge_correctly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let base = "id: sip-2026-abcdefgh\nstatus: pågående\n# Behoven enligt mötet.\nbehov:\n  - id: B1\n    beskrivning: Ett\n  - id: B2\n    beskrivning: Två\nmål:\n  - id: M1\n    beskrivning: Arbete # kommentar\n";
    let ours = base.replace(
        "    beskrivning: Två\n",
        "    beskrivning: Två\n  - id: B3\n    beskrivning: Vårt\n",
    );
    // 4,000 under SIP_STRESS=1, 400 in the normal tier.
    let n = crate::common::sized(400, 4_000);
    let mut added = String::new();
    for i in 3..n + 3 {
        added.push_str(&format!(
            "  - id: B{i}\n    beskrivning: deras {i} # notering\n"
        ));
    }
    let theirs = base
        .replace(
            "    beskrivning: Två\n",
            &format!("    beskrivning: Två\n{added}"),
        )
        .replace(
            "# Behoven enligt mötet.",
            "# Behoven enligt mötet 2026-03-01.",
        );
    for (name, text) in [("b.yaml", base), ("o.yaml", &ours), ("t.yaml", &theirs)] {
        std::fs::write(d.join(name), text).expect("write");
    }
    let out = sip_at(d, TODAY)
        .args(["merge", "--", "b.yaml", "o.yaml", "t.yaml", "plan.yaml"])
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let text = std::fs::read_to_string(d.join("o.yaml")).expect("merged");
    assert!(text.contains("# Behoven enligt mötet 2026-03-01.\n"));
    assert!(text.contains("  - id: B3\n    beskrivning: Vårt\n"));
    assert_eq!(text.matches("# notering").count(), n);
    // THEIRS' B3 became B{n + 3}, and so on: every id once.
    let json = crate::common::yaml_to_json(&text);
    let ids: std::collections::HashSet<&str> = json["behov"]
        .as_array()
        .expect("needs")
        .iter()
        .map(|n| n["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids.len(), n + 3);
    assert!(text.contains(&format!(
        "  - id: B{}\n    beskrivning: deras 3 # notering\n",
        n + 3
    )));
}

#[test]
fn merge_messages_cannot_start_a_workflow_command_or_an_escape() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let base = "id: sip-2026-abcdefgh\nbehov:\n  - id: \"B2\\e]0;PWNED\\a\"\n    beskrivning: Ett\n\"x\\n::error file=README.md,line=1::INJECTED\\n\": 1\n";
    let ours = base.replace("beskrivning: Ett", "beskrivning: Ett ours");
    let theirs = base
        .replace("beskrivning: Ett", "beskrivning: Ett theirs")
        .replace(
            "\"x\\n::error file=README.md,line=1::INJECTED\\n\": 1\n",
            "",
        );
    for (name, text) in [("b.yaml", base), ("o.yaml", &ours), ("t.yaml", &theirs)] {
        std::fs::write(d.join(name), text).expect("write");
    }
    let out = sip_at(d, TODAY)
        .args([
            "merge",
            "--",
            "b.yaml",
            "o.yaml",
            "t.yaml",
            "::warning::x\n::error::plan.yaml",
        ])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("konflikt i"), "{err}");
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err}");
    for line in err.lines() {
        assert!(!line.trim_start().starts_with("::"), "{err}");
    }
    assert_eq!(out.status.code(), Some(1));
    assert!(
        std::fs::read_to_string(d.join("o.yaml"))
            .expect("o")
            .contains("<<<<<<<")
    );
}
