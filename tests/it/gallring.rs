//! `sip gallra` with real `git` and git-filter-repo: a plan closed in 2019 (its commits dated
//! then) and an active plan in a repository with a remote. The dry run lists only the closed
//! plan; `--apply --archive` writes a PDF/A-2b copy (its XMP identification, its text read back
//! with poppler), removes the file and every version of it (no commit touches it, no object
//! holds its name or personnummer), keeps the other plan's history, and commits a log without
//! personal data. Exceptions by plan id and by day of birth keep a plan that is otherwise due;
//! every refusal exits 2 and changes nothing. `sip followups` shows the day of gallring.
//!
//! Needs git-filter-repo (and poppler, pikepdf for reading the archive copy back): CI installs
//! them; without them these tests say so and skip, unless `SIP_REQUIRE_TOOLS` is set.

use std::path::{Path, PathBuf};
use std::process::Command as Std;

use crate::common::{repo, sip_at};

const TODAY: &str = "2026-05-01";
const CLOSED: &str = "sip-2019-t4j8fp3y";
const ACTIVE: &str = "sip-2026-q7m2xk4p";
/// The closed plan's individual, guardian and personnummer: none may survive gallring.
const PERSONAL: &[&str] = &["Mats Karlsson", "Birgitta Holm", "19680723-0534", "680723"];
const TOML: &str = "\"överenskommelse\" = \"samsip-sodra-lappland\"\n[gallring]\n\"år_efter_sista_anteckning\" = 5\n";

fn git_at(dir: &Path, args: &[&str], date: Option<&str>) -> std::process::Output {
    let mut cmd = Std::new("git");
    cmd.current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(["-c", "init.defaultBranch=main"])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1");
    if let Some(d) = date {
        cmd.env("GIT_AUTHOR_DATE", d).env("GIT_COMMITTER_DATE", d);
    }
    cmd.output().expect("git runs")
}

#[track_caller]
fn git(dir: &Path, args: &[&str]) -> String {
    let out = git_at(dir, args, None);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[track_caller]
fn commit_on(dir: &Path, date: &str, message: &str) {
    for args in [&["add", "-A"][..], &["commit", "-q", "-m", message]] {
        let out = git_at(dir, args, Some(date));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Whether a tool is there; without it the test skips, unless CI said the tools are installed.
fn have(tool: &str, args: &[&str]) -> bool {
    let ok = Std::new(tool)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "{tool} is not installed"
        );
        eprintln!("note: {tool} is not installed; this gallring test skipped");
    }
    ok
}

fn filter_repo() -> bool {
    have("git", &["filter-repo", "--version"])
}

/// The demo's closed plan, moved to 2019, with the personnummer `pnr`.
fn closed_plan(pnr: &str) -> String {
    let text = std::fs::read_to_string(repo().join("examples/demo/sip-2026-t4j8fp3y.yaml"))
        .expect("demo plan");
    text.replace("2026-", "2019-")
        .replace("sip-2019-t4j8fp3y", CLOSED)
        .replace("19680723-0534", pnr)
}

/// A repository `work` (plans in `work/planer`, pushed to the bare `origin`): the closed plan
/// written (as `utkast.yaml`) and closed and renamed in 2019, the active plan committed on `TODAY`. Returns (temp, work, plans).
fn shared(toml: &str, pnr: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let origin = tmp.path().join("origin.git");
    let work = tmp.path().join("work");
    let plans = work.join("planer");
    std::fs::create_dir_all(&plans).expect("mkdir");
    git(tmp.path(), &["init", "-q", "--bare", "origin.git"]);
    git(&work, &["init", "-q"]);
    git(&work, &["config", "user.name", "Registrator"]);
    git(&work, &["config", "user.email", "registrator@example.org"]);
    std::fs::write(work.join("LÄSMIG.txt"), "Planmappen\n").expect("write");
    std::fs::write(plans.join("sip.toml"), toml).expect("write");
    // As `sip init` writes it: exports (CSV too) stay out of git, the log is added all the same.
    std::fs::write(plans.join(".gitignore"), "*.pdf\n*.csv\n").expect("write");
    let closed = closed_plan(pnr);
    // First as an active plan, then closed: two versions in the history.
    let open = closed
        .replace("status: avslutad", "status: pågående")
        .split("avslut:\n")
        .next()
        .expect("text")
        .to_string();
    // First under another name (renamed since): that name is gallrad too.
    std::fs::write(plans.join("utkast.yaml"), open).expect("write");
    commit_on(&work, "2019-03-10T12:00:00+01:00", "Ny plan");
    std::fs::remove_file(plans.join("utkast.yaml")).expect("remove");
    std::fs::write(plans.join(format!("{CLOSED}.yaml")), closed).expect("write");
    commit_on(&work, "2019-10-21T12:00:00+02:00", "Planen avslutad");
    std::fs::copy(
        repo().join("examples/demo/sip-2026-q7m2xk4p.yaml"),
        plans.join(format!("{ACTIVE}.yaml")),
    )
    .expect("copy");
    commit_on(&work, "2026-04-20T12:00:00+02:00", "Ny plan");
    let o = origin.to_str().expect("UTF-8");
    git(&work, &["remote", "add", "origin", o]);
    git(&work, &["push", "-q", "origin", "main"]);
    git(&work, &["fetch", "-q", "origin"]);
    (tmp, work, plans)
}

fn gallra(plans: &Path, args: &[&str]) -> (i32, String, String) {
    let out = sip_at(plans, TODAY)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .arg("gallra")
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[track_caller]
fn no_personal_data(text: &str) {
    for p in PERSONAL {
        assert!(!text.contains(p), "{p:?} in:\n{text}");
    }
}

#[test]
fn the_dry_run_lists_only_the_closed_plan_and_changes_nothing() {
    if !filter_repo() {
        return;
    }
    let (_tmp, work, plans) = shared(TOML, "19680723-0534");
    let head = git(&work, &["rev-parse", "HEAD"]);
    let (code, out, err) = gallra(&plans, &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains(&format!(
            "  {CLOSED}  avslutad 2019-10-20, senaste commit 2019-10-21: sista anteckning 2019-10-21, gallringsbar sedan 2024-10-21"
        )),
        "{out}"
    );
    assert!(!out.contains(ACTIVE), "{out}");
    assert!(out.contains("provkörning"), "{out}");
    no_personal_data(&out);
    no_personal_data(&err);
    assert!(plans.join(format!("{CLOSED}.yaml")).is_file());
    assert_eq!(git(&work, &["rev-parse", "HEAD"]), head);

    // One day earlier the plan is not due yet: the last commit (2019-10-21) is later than the
    // closing date (2019-10-20), and the later one counts.
    let out = sip_at(&plans, "2024-10-20")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .arg("gallra")
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Ska gallras (0 planer):"), "{text}");
    assert!(
        text.contains("1 plan till gallras senare (den första 2024-10-21)."),
        "{text}"
    );

    // `sip followups` shows the day of gallring, for the closed plan only.
    let out = sip_at(&plans, TODAY)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .args(["followups", "--format", "json"])
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let gallring: Vec<&serde_json::Value> = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|i| i["kind"] == "gallring")
        .collect();
    assert_eq!(gallring.len(), 1, "{v}");
    assert_eq!(gallring[0]["plan"], CLOSED);
    assert_eq!(gallring[0]["date"], "2024-10-21");
}

#[test]
fn apply_archives_as_pdf_a_removes_every_version_and_logs_without_personal_data() {
    if !filter_repo() {
        return;
    }
    let (tmp, work, plans) = shared(TOML, "19680723-0534");
    let archive = tmp.path().join("arkiv");
    let (code, out, err) = gallra(
        &plans,
        &[
            "--apply",
            "--archive",
            archive.to_str().expect("UTF-8"),
            "--by",
            "registrator, socialförvaltningen",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    no_personal_data(&out);
    no_personal_data(&err);
    assert!(out.contains("git push --force --all origin"), "{out}");
    assert!(out.contains("git remote add origin"), "{out}");
    assert!(out.contains("klonas på nytt"), "{out}");
    assert!(out.contains("säkerhetskopior"), "{out}");

    // The archive copy: PDF/A-2b by its XMP metadata, and the plan in its text.
    let pdf = archive.join(format!("{CLOSED}.pdf"));
    let bytes = std::fs::read(&pdf).expect("the archive copy");
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.contains("<pdfaid:part>2</pdfaid:part>"),
        "no PDF/A part"
    );
    assert!(
        raw.contains("pdfaid:conformance>B<"),
        "no PDF/A conformance"
    );
    if have("python3", &["-c", "import pikepdf"]) {
        let script = "import pikepdf,sys\np=pikepdf.open(sys.argv[1])\nm=p.open_metadata()\nprint(m.get('pdfaid:part'), m.get('pdfaid:conformance'), p.Root.OutputIntents[0].S)";
        let o = Std::new("python3")
            .args(["-c", script])
            .arg(&pdf)
            .output()
            .expect("python3");
        assert_eq!(
            String::from_utf8_lossy(&o.stdout).trim(),
            "2 B /GTS_PDFA1",
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    if have("pdftotext", &["-v"]) {
        let o = Std::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&o.stdout);
        for want in [
            "Samordnad individuell plan (SIP)",
            "Mats Karlsson",
            CLOSED,
            "Minnesanteckningar från SIP-möte, MÖ3",
            "Planens historik",
            "Om arkivexemplaret",
        ] {
            assert!(text.contains(want), "{want:?} not in the archive copy");
        }
    }

    // The file and every version of it are gone; no object holds its name or personnummer.
    let rel = format!("planer/{CLOSED}.yaml");
    assert!(!plans.join(format!("{CLOSED}.yaml")).exists());
    assert_eq!(git(&work, &["log", "--all", "--format=%H", "--", &rel]), "");
    assert_eq!(
        git(
            &work,
            &["log", "--all", "--format=%H", "--", "planer/utkast.yaml"]
        ),
        ""
    );
    let objects = git_at(&work, &["cat-file", "--batch-all-objects", "--batch"], None);
    let objects = String::from_utf8_lossy(&objects.stdout);
    no_personal_data(&objects);
    assert!(!objects.contains(&format!("{CLOSED}.yaml")));
    assert!(objects.contains("Planmappen"), "the other files are kept");

    // The other plan and its history are kept; the log is committed, with no personal data.
    let active = format!("planer/{ACTIVE}.yaml");
    assert!(plans.join(format!("{ACTIVE}.yaml")).is_file());
    assert_eq!(
        git(
            &work,
            &["log", "--format=%ad %s", "--date=short", "--", &active]
        ),
        "2026-04-20 Ny plan\n"
    );
    let log = git(&work, &["show", "HEAD:planer/gallringslogg.csv"]);
    assert_eq!(
        log,
        format!(
            "plan,avslutad,gallrad,utförd_av\n{CLOSED},2019-10-20,2026-05-01,\"registrator, socialförvaltningen\"\n"
        )
    );
    assert_eq!(git(&work, &["status", "--porcelain"]), "");
    assert_eq!(
        git(&work, &["log", "-1", "--format=%s"]),
        format!("Gallring 2026-05-01: {CLOSED} (sip gallra)\n")
    );
    // git-filter-repo removed origin, so nobody pulls the old history back by mistake.
    assert_eq!(git(&work, &["remote"]), "");
    // The plan folder still checks: nothing else was touched.
    let (code, out, _) = gallra(&plans, &[]);
    assert_eq!(code, 0);
    assert!(out.contains("Ska gallras (0 planer):"), "{out}");
}

#[test]
fn exceptions_by_plan_and_by_day_of_birth_keep_a_due_plan() {
    if !filter_repo() {
        return;
    }
    // Born 1968-07-15: kept by `födda_dag`.
    let toml = format!("{TOML}[gallring.undantag]\n\"födda_dag\" = [5, 15, 25]\n");
    let (_tmp, work, plans) = shared(&toml, "19680715-0005");
    let head = git(&work, &["rev-parse", "HEAD"]);
    let (code, out, err) = gallra(&plans, &["--apply", "--by", "registrator"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Ska gallras (0 planer):"), "{out}");
    assert!(
        out.contains(&format!(
            "  {CLOSED}  individen är född en dag som sparas (födda_dag)"
        )),
        "{out}"
    );
    assert!(!out.contains("15"), "the day of birth is not shown: {out}");
    assert!(plans.join(format!("{CLOSED}.yaml")).is_file());
    assert_eq!(git(&work, &["rev-parse", "HEAD"]), head);
    assert!(!plans.join("gallringslogg.csv").exists());

    // Listed by id.
    let toml = format!("{TOML}[gallring.undantag]\nplaner = [\"{CLOSED}\"]\n");
    let (_tmp, _work, plans) = shared(&toml, "19680723-0534");
    let (code, out, _) = gallra(&plans, &[]);
    assert_eq!(code, 0);
    assert!(
        out.contains(&format!(
            "  {CLOSED}  planen står bland undantagen (planer)"
        )),
        "{out}"
    );
}

#[test]
fn refusals_exit_2_and_change_nothing() {
    if !filter_repo() {
        return;
    }
    let (tmp, work, plans) = shared(TOML, "19680723-0534");
    let head = git(&work, &["rev-parse", "HEAD"]);
    let unchanged = |why: &str| {
        assert!(plans.join(format!("{CLOSED}.yaml")).is_file(), "{why}");
        assert_eq!(git(&work, &["rev-parse", "HEAD"]), head, "{why}");
        assert_eq!(git(&work, &["remote"]), "origin\n", "{why}");
        assert!(!plans.join("gallringslogg.csv").exists(), "{why}");
    };
    let by = ["--apply", "--by", "registrator"];

    // No one named to perform it.
    let (code, _, err) = gallra(&plans, &["--apply"]);
    assert_eq!(code, 2);
    assert!(err.contains("--by"), "{err}");
    unchanged("--by");

    // A change not committed.
    let active = plans.join(format!("{ACTIVE}.yaml"));
    let text = std::fs::read_to_string(&active).expect("read");
    std::fs::write(&active, format!("{text}# ändrad\n")).expect("write");
    let (code, _, err) = gallra(&plans, &by);
    assert_eq!(code, 2);
    assert!(err.contains("ändringar som inte är incheckade"), "{err}");
    unchanged("dirty");
    std::fs::write(&active, &text).expect("write");

    // A commit not pushed.
    std::fs::write(work.join("LÄSMIG.txt"), "Planmappen, ny rad\n").expect("write");
    commit_on(&work, "2026-04-30T12:00:00+02:00", "Ny rad");
    let (code, _, err) = gallra(&plans, &by);
    assert_eq!(code, 2);
    assert!(
        err.contains("1 commit i den här klonen är inte skickade"),
        "{err}"
    );
    assert!(err.contains("git push"), "{err}");
    let head2 = git(&work, &["rev-parse", "HEAD"]);
    git(&work, &["reset", "-q", "--hard", "HEAD~1"]);
    assert_ne!(head2, head);

    // No git identity to commit the log with (checked before the rewrite, not after).
    for key in ["user.name", "user.email"] {
        git(&work, &["config", "--unset", key]);
    }
    git(&work, &["config", "user.useConfigOnly", "true"]);
    let (code, _, err) = gallra(&plans, &by);
    assert_eq!(code, 2);
    assert!(err.contains("git vet inte vem som checkar in"), "{err}");
    git(&work, &["config", "user.name", "Registrator"]);
    git(&work, &["config", "user.email", "registrator@example.org"]);
    unchanged("identity");

    // No git-filter-repo: PATH holds git alone.
    let only_git = tmp.path().join("bara-git");
    std::fs::create_dir(&only_git).expect("mkdir");
    let git_bin = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join("git"))
        .find(|p| p.is_file())
        .expect("git on PATH");
    std::os::unix::fs::symlink(&git_bin, only_git.join("git")).expect("symlink");
    let out = sip_at(&plans, TODAY)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("PATH", &only_git)
        .arg("gallra")
        .args(by)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pip install git-filter-repo"), "{err}");
    unchanged("no git-filter-repo");

    // The archive inside the repository.
    let (code, _, err) = gallra(
        &plans,
        &["--apply", "--by", "registrator", "--archive", "arkiv"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("ligger i planmappens git-förråd"), "{err}");
    assert!(!plans.join("arkiv").exists());
    unchanged("archive");

    // --utan-git in git.
    let (code, _, err) = gallra(&plans, &["--apply", "--by", "registrator", "--utan-git"]);
    assert_eq!(code, 2);
    assert!(err.contains("--utan-git"), "{err}");
    unchanged("--utan-git");

    // No [gallring] in sip.toml.
    let bare = tmp.path().join("utan");
    std::fs::create_dir(&bare).expect("mkdir");
    std::fs::write(bare.join("sip.toml"), "").expect("write");
    let (code, _, err) = gallra(&bare, &[]);
    assert_eq!(code, 2);
    assert!(err.contains("[gallring]"), "{err}");

    // Outside git: only with --utan-git, and then only the files go.
    std::fs::write(bare.join("sip.toml"), TOML).expect("write");
    std::fs::write(
        bare.join(format!("{CLOSED}.yaml")),
        closed_plan("19680723-0534"),
    )
    .expect("write");
    let (code, _, err) = gallra(&bare, &by);
    assert_eq!(code, 2);
    assert!(err.contains("--utan-git"), "{err}");
    assert!(bare.join(format!("{CLOSED}.yaml")).is_file());
    let (code, out, err) = gallra(&bare, &["--apply", "--by", "registrator", "--utan-git"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!bare.join(format!("{CLOSED}.yaml")).exists());
    assert_eq!(
        std::fs::read_to_string(bare.join("gallringslogg.csv")).expect("log"),
        format!("plan,avslutad,gallrad,utförd_av\n{CLOSED},2019-10-20,2026-05-01,registrator\n")
    );
}

/// PDF/A allows no character drawn without a glyph: one that the built-in fonts lack is replaced
/// (and counted on stderr, without the text), so the archive copy is still made. Outside git the
/// last entry is the closing date.
#[test]
fn a_character_the_fonts_lack_is_replaced_in_the_archive_copy() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let plans = tmp.path().join("planer");
    std::fs::create_dir(&plans).expect("mkdir");
    std::fs::write(plans.join("sip.toml"), TOML).expect("write");
    let plan = closed_plan("19680723-0534").replace("Alla mål är nådda.", "Alla mål är nådda 漢.");
    std::fs::write(plans.join(format!("{CLOSED}.yaml")), plan).expect("write");
    let archive = tmp.path().join("arkiv");
    let (code, out, err) = gallra(&plans, &["--archive", archive.to_str().expect("UTF-8")]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains(&format!("  {CLOSED}  avslutad 2019-10-20, senaste commit –: sista anteckning 2019-10-20, gallringsbar sedan 2024-10-20")),
        "{out}"
    );
    assert!(
        err.contains(&format!("varning: 1 tecken i arkivexemplaret av {CLOSED} finns inte i typsnittet och är ersatt med �")),
        "{err}"
    );
    assert!(!err.contains('漢'), "{err}");
    no_personal_data(&err);
    let bytes = std::fs::read(archive.join(format!("{CLOSED}.pdf"))).expect("the archive copy");
    assert!(String::from_utf8_lossy(&bytes).contains("<pdfaid:part>2</pdfaid:part>"));
    // The dry run removed nothing.
    assert!(plans.join(format!("{CLOSED}.yaml")).is_file());
}
