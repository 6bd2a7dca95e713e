//! Encrypted plans in real git: `git log -p` through sip's textconv shows a key holder the clear
//! values and everyone else only ciphertext; `git pull` merges two clones' changes to an
//! encrypted plan into a file that is still encrypted (sip and the independent sops reader
//! both read it), and refuses, with the file left encrypted, when a key is missing or both
//! changed the same value. No personal string in any object or file git wrote.

use std::path::{Path, PathBuf};

use crate::common::{TODAY, path_with_sip, repo, sip};

const PLAN: &str = "tests/fixtures/commands/barnets-sip.yaml";
const FILE: &str = "barnets-sip.yaml";

/// Personal strings of the fixture plan and of the values the tests write (specific enough that
/// the plan format's own help texts, committed in the schema file, hold none).
const PERSONAL: &[&str] = &[
    "Elin",
    "Berg",
    "20100315",
    "morfar",
    "farfar",
    "070-123",
    "070-999",
    "borta från skolan",
    "en kompis",
    "mormor",
];

/// Whether the independent sops reader can run (`age`, Python's cryptography and PyYAML); a
/// missing tool fails the test when `SIP_REQUIRE_TOOLS` is set.
fn tools() -> bool {
    let age = std::process::Command::new("age")
        .arg("--version")
        .output()
        .is_ok();
    let py = std::process::Command::new("python3")
        .args(["-c", "import cryptography, yaml"])
        .status()
        .is_ok_and(|s| s.success());
    if !(age && py) {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "the sops reader needs `age` (Debian: age) and Python's cryptography and PyYAML"
        );
        println!("note: no age or Python cryptography/PyYAML; the sops reader check is skipped");
    }
    age && py
}

struct Folder {
    _dir: tempfile::TempDir,
    root: PathBuf,
    key: PathBuf,
}

impl Folder {
    fn home(&self) -> PathBuf {
        self.root.join("home")
    }
}

/// A command with no key anywhere but, when `key` is given, `SIP_AGE_KEY_FILE`.
fn env(cmd: &mut std::process::Command, home: &Path, key: Option<&Path>) {
    cmd.env("HOME", home)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("PATH", path_with_sip())
        .env("SIP_TODAY", TODAY)
        .env_remove("SIP_LANG")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("SOPS_AGE_KEY_FILE")
        .env_remove("SOPS_AGE_KEY");
    match key {
        Some(k) => cmd.env("SIP_AGE_KEY_FILE", k),
        None => cmd.env_remove("SIP_AGE_KEY_FILE"),
    };
}

fn git(f: &Folder, dir: &Path, key: Option<&Path>, args: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new("git");
    cmd.current_dir(dir).args([
        "-c",
        "user.name=Test",
        "-c",
        "user.email=test@example.org",
        "-c",
        "init.defaultBranch=main",
        "-c",
        "pull.rebase=false",
    ]);
    env(&mut cmd, &f.home(), key);
    cmd.args(args).output().expect("git runs")
}

#[track_caller]
fn git_ok(f: &Folder, dir: &Path, args: &[&str]) -> String {
    let out = git(f, dir, Some(&f.key), args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[track_caller]
fn sip_ok(f: &Folder, dir: &Path, args: &[&str]) -> String {
    let mut cmd = sip(dir);
    cmd.env("SIP_AGE_KEY_FILE", &f.key)
        .env("HOME", f.home())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("PATH", path_with_sip())
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("SOPS_AGE_KEY_FILE")
        .env_remove("SOPS_AGE_KEY")
        .args(args);
    let out = cmd.output().expect("sip runs");
    assert!(
        out.status.success(),
        "sip {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// A repository `a` holding the fixture plan encrypted (made by `sip init --encrypt`, so the
/// attributes and the driver are there), committed.
fn encrypted_repo() -> Folder {
    repo_with_plan(true)
}

/// As [`encrypted_repo`], with the plan committed encrypted or in clear text.
fn repo_with_plan(encrypted: bool) -> Folder {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().to_path_buf();
    std::fs::create_dir(root.join("home")).expect("home");
    let f = Folder {
        key: root.join("nyckel.txt"),
        root,
        _dir: dir,
    };
    let recipient = sip_ok(&f, &f.root, &["keys", "new", "-o", "nyckel.txt"]);
    let recipient = recipient.trim();
    let a = f.root.join("a");
    std::fs::create_dir(&a).expect("mkdir");
    git_ok(&f, &a, &["init", "-q"]);
    sip_ok(
        &f,
        &a,
        &[
            "init",
            "--agreement",
            "orebro-lan",
            "--encrypt",
            "--recipient",
            recipient,
        ],
    );
    let attributes = std::fs::read_to_string(a.join(".gitattributes")).expect("attributes");
    assert!(
        attributes.contains("*.yaml merge=sip\n") && attributes.contains("*.yaml diff=sip\n"),
        "{attributes}"
    );
    std::fs::copy(repo().join(PLAN), a.join(FILE)).expect("copy");
    if encrypted {
        sip_ok(&f, &a, &["encrypt", "--all"]);
    }
    git_ok(&f, &a, &["add", "-A"]);
    git_ok(&f, &a, &["commit", "-q", "-m", "plan"]);
    f
}

/// Change the plan in `dir` through its clear text (decrypt to a private file, edit, encrypt
/// back with `--from`), as a key holder does without the editing commands.
fn change(f: &Folder, dir: &Path, from: &str, to: &str) {
    let clear = f.root.join(format!("klartext-{}.yaml", std::process::id()));
    let _ = std::fs::remove_file(&clear);
    sip_ok(
        f,
        dir,
        &["decrypt", FILE, "-o", clear.to_str().expect("UTF-8")],
    );
    let text = std::fs::read_to_string(&clear).expect("clear");
    assert!(text.contains(from), "{text}");
    std::fs::write(&clear, text.replacen(from, to, 1)).expect("write");
    sip_ok(
        f,
        dir,
        &["encrypt", FILE, "--from", clear.to_str().expect("UTF-8")],
    );
    std::fs::remove_file(&clear).expect("remove");
}

#[track_caller]
fn no_personal(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for p in PERSONAL {
        assert!(!text.contains(p), "`{p}` is readable in {what}");
    }
}

/// Every object of the repository as git stores it, decompressed, and every other file under
/// `.git` as written: no personal string anywhere.
#[track_caller]
fn git_holds_no_clear_text(f: &Folder, dir: &Path) {
    let objects = git_ok(
        f,
        dir,
        &["cat-file", "--batch-all-objects", "--batch", "--unordered"],
    );
    assert!(objects.contains("ENC[AES256_GCM"), "the objects were read");
    no_personal("git's objects", objects.as_bytes());
    let mut stack = vec![dir.join(".git")];
    let mut files = 0;
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files += 1;
                no_personal(&p.display().to_string(), &std::fs::read(&p).expect("read"));
            }
        }
    }
    assert!(files > 10);
}

#[test]
fn git_log_shows_the_clear_change_to_a_key_holder_and_only_ciphertext_without_a_key() {
    let f = encrypted_repo();
    let a = f.root.join("a");
    // The textconv is registered, and its output never cached in git's notes.
    assert_eq!(
        git_ok(&f, &a, &["config", "diff.sip.textconv"]).trim_end(),
        format!(
            "{} decrypt --textconv",
            git_ok(&f, &a, &["config", "merge.sip.driver"])
                .trim_end()
                .trim_end_matches(" merge -- %O %A %B %P")
        )
    );
    assert_eq!(
        git_ok(&f, &a, &["config", "diff.sip.cachetextconv"]).trim_end(),
        "false"
    );
    change(&f, &a, "relation: morfar", "relation: farfar");
    git_ok(&f, &a, &["commit", "-q", "-am", "relation"]);
    change(&f, &a, "kontakt: 070-123 45 67", "kontakt: 070-999 00 00");
    git_ok(&f, &a, &["commit", "-q", "-am", "kontakt"]);

    let with_key = git_ok(&f, &a, &["log", "-p", "--", FILE]);
    for line in [
        "-    relation: morfar\n",
        "+    relation: farfar\n",
        "-      kontakt: 070-123 45 67\n",
        "+      kontakt: 070-999 00 00\n",
    ] {
        assert!(with_key.contains(line), "{line:?} not in:\n{with_key}");
    }
    assert!(!with_key.contains("ENC["), "{with_key}");

    let out = git(&f, &a, None, &["log", "-p", "--", FILE]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let without = String::from_utf8_lossy(&out.stdout);
    assert!(
        without.contains("+    relation: ENC[AES256_GCM,data:"),
        "{without}"
    );
    no_personal("git log -p without a key", &out.stdout);
    // git diff in the work tree as well.
    std::fs::write(
        a.join(FILE),
        std::fs::read_to_string(a.join(FILE))
            .expect("read")
            .replacen("status: pågående", "status: avslutad", 1),
    )
    .expect("write");
    let diff = git(&f, &a, None, &["diff"]);
    assert!(diff.status.success());
    assert!(String::from_utf8_lossy(&diff.stdout).contains("+status: avslutad"));
    // Nothing cached: no notes, and no clear text anywhere in .git.
    assert!(!a.join(".git/refs/notes").exists());
    git_holds_no_clear_text(&f, &a);
}

/// Two clones of the encrypted repository: `a` and its clone `b` (set up with `sip setup-git`).
fn two_clones() -> (Folder, PathBuf, PathBuf) {
    two_clones_of(encrypted_repo())
}

fn two_clones_of(f: Folder) -> (Folder, PathBuf, PathBuf) {
    let a = f.root.join("a");
    let b = f.root.join("b");
    git_ok(&f, &f.root, &["clone", "-q", "a", "b"]);
    let said = sip_ok(&f, &b, &["setup-git"]);
    assert!(
        said.contains("i klartext för den som har en nyckel"),
        "{said}"
    );
    (f, a, b)
}

#[test]
fn a_pull_merges_two_changes_to_an_encrypted_plan_into_an_encrypted_file() {
    let (f, a, b) = two_clones();
    change(&f, &a, "relation: morfar", "relation: farfar");
    git_ok(&f, &a, &["commit", "-q", "-am", "relation"]);
    change(&f, &b, "kontakt: 070-123 45 67", "kontakt: 070-999 00 00");
    git_ok(&f, &b, &["commit", "-q", "-am", "kontakt"]);
    let ours = std::fs::read_to_string(b.join(FILE)).expect("read");

    git_ok(&f, &b, &["pull", "-q", "--no-edit", "origin", "main"]);
    let merged = std::fs::read(b.join(FILE)).expect("read");
    no_personal("the merged file", &merged);
    let merged = String::from_utf8(merged).expect("UTF-8");
    assert!(merged.contains("\nsops:\n"), "{merged}");
    // Every value equal to ours keeps its ciphertext: besides the date and the MAC, only the
    // other side's change differs from ours.
    assert_eq!(ours.lines().count(), merged.lines().count());
    let differing: Vec<&str> = ours
        .lines()
        .zip(merged.lines())
        .filter(|(o, m)| o != m)
        .map(|(o, _)| o.trim_start().split(':').next().unwrap_or(""))
        .filter(|k| *k != "lastmodified")
        .collect();
    assert_eq!(differing, ["relation", "mac"], "{merged}");

    let clear = sip_ok(&f, &b, &["decrypt", FILE]);
    assert!(clear.contains("    relation: farfar\n"), "{clear}");
    assert!(clear.contains("      kontakt: 070-999 00 00\n"), "{clear}");
    // The rest is the plan as it was.
    assert_eq!(
        clear,
        std::fs::read_to_string(repo().join(PLAN))
            .expect("fixture")
            .replacen("relation: morfar", "relation: farfar", 1)
            .replacen("kontakt: 070-123 45 67", "kontakt: 070-999 00 00", 1)
    );
    if tools() {
        let out = std::process::Command::new("python3")
            .arg(repo().join("tests/fixtures/crypt/sops_tool.py"))
            .args(["decrypt"])
            .arg(b.join(FILE))
            .arg(&f.key)
            .output()
            .expect("python3");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let got: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(got["mac_ok"], true, "{got}");
        let all = got["values"].to_string();
        assert!(
            all.contains("\"farfar\"") && all.contains("070-999 00 00"),
            "{got}"
        );
    }
    git_holds_no_clear_text(&f, &b);
}

#[test]
fn without_a_key_or_on_a_conflict_the_merge_leaves_the_plan_encrypted() {
    let (f, a, b) = two_clones();
    change(&f, &a, "relation: morfar", "relation: farfar");
    git_ok(&f, &a, &["commit", "-q", "-am", "relation a"]);
    change(&f, &b, "relation: morfar", "relation: mormor");
    git_ok(&f, &b, &["commit", "-q", "-am", "relation b"]);
    let ours = std::fs::read(b.join(FILE)).expect("read");

    // Without a key: no merge, a conflict, the file is ours as committed.
    let out = git(&f, &b, None, &["pull", "-q", "--no-edit", "origin", "main"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nyckel saknas: en krypterad plan slås bara ihop med en nyckel"),
        "{err}"
    );
    assert!(err.contains("inget skrevs i klartext"), "{err}");
    no_personal("git's messages", &out.stderr);
    assert_eq!(std::fs::read(b.join(FILE)).expect("read"), ours);
    git_ok(&f, &b, &["merge", "--abort"]);

    // With a key, both changed the same value: no conflict markers (they would be clear text).
    let out = git(
        &f,
        &b,
        Some(&f.key),
        &["pull", "-q", "--no-edit", "origin", "main"],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("båda har ändrat samma värde i den krypterade planen (`närstående`)"),
        "{err}"
    );
    assert!(
        err.contains("Konfliktmarkeringar skulle visa värdena i klartext"),
        "{err}"
    );
    assert!(
        err.contains(&format!("git diff --theirs -- {FILE}")),
        "{err}"
    );
    no_personal("git's messages", &out.stderr);
    let kept = std::fs::read(b.join(FILE)).expect("read");
    assert_eq!(kept, ours);
    assert!(!String::from_utf8_lossy(&kept).contains("<<<<<<<"));
    // The other's change, decrypted for the key holder by the textconv.
    let theirs = git_ok(&f, &b, &["diff", "--theirs", "--", FILE]);
    assert!(theirs.contains("relation: farfar"), "{theirs}");
    git_holds_no_clear_text(&f, &b);
}

#[test]
fn a_plan_encrypted_on_one_side_and_changed_in_clear_on_the_other_merges_encrypted() {
    let (f, a, b) = two_clones_of(repo_with_plan(false));
    sip_ok(&f, &a, &["encrypt", "--all"]);
    git_ok(&f, &a, &["commit", "-q", "-am", "encrypted"]);
    let theirs = std::fs::read_to_string(a.join(FILE)).expect("read");
    let file = b.join(FILE);
    let clear = std::fs::read_to_string(&file).expect("read");
    std::fs::write(
        &file,
        clear.replacen("relation: morfar", "relation: farfar", 1),
    )
    .expect("write");
    git_ok(&f, &b, &["commit", "-q", "-am", "relation"]);

    git_ok(&f, &b, &["pull", "-q", "--no-edit", "origin", "main"]);
    let merged = std::fs::read_to_string(&file).expect("read");
    no_personal("the merged file", merged.as_bytes());
    // Sealed with the encrypting side's data key: its ciphertexts kept, the changed value new.
    let differing: Vec<&str> = theirs
        .lines()
        .zip(merged.lines())
        .filter(|(t, m)| t != m)
        .map(|(t, _)| t.trim_start().split(':').next().unwrap_or(""))
        .filter(|k| *k != "lastmodified")
        .collect();
    assert_eq!(differing, ["relation", "mac"], "{merged}");
    let out = sip_ok(&f, &b, &["decrypt", FILE]);
    assert_eq!(
        out,
        clear.replacen("relation: morfar", "relation: farfar", 1)
    );
}

/// `sip decrypt --textconv` as git runs it: never an error, the file as it is unless a key
/// opens it.
#[test]
fn the_textconv_passes_what_it_cannot_open_through_unchanged() {
    let f = encrypted_repo();
    let a = f.root.join("a");
    let file = a.join(FILE);
    let encrypted = std::fs::read(&file).expect("read");
    let textconv = |key: Option<&Path>, path: &Path| {
        let mut cmd = std::process::Command::new(crate::common::bin());
        cmd.current_dir(&f.root)
            .args(["decrypt", "--textconv"])
            .arg(path);
        env(&mut cmd, &f.home(), key);
        cmd.output().expect("sip runs")
    };
    // With the key: the clear plan.
    let out = textconv(Some(&f.key), &file);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        std::fs::read_to_string(repo().join(PLAN)).expect("fixture")
    );
    // Without a key: the bytes as they are, and nothing said.
    let out = textconv(None, &file);
    assert!(out.status.success());
    assert_eq!(out.stdout, encrypted);
    assert!(out.stderr.is_empty());
    // A clear plan, outside any plan folder: as it is.
    let out = textconv(Some(&f.key), &repo().join(PLAN));
    assert!(out.status.success());
    assert_eq!(
        out.stdout,
        std::fs::read(repo().join(PLAN)).expect("fixture")
    );
    // Two encrypted values swapped: the MAC fails; the bytes as they are and one line saying so,
    // with no value of the plan in it.
    let text = String::from_utf8(encrypted).expect("UTF-8");
    let names: Vec<&str> = text
        .lines()
        // The two guardians (the same key path, so each still decrypts).
        .filter(|l| l.starts_with("    - namn: ENC["))
        .take(2)
        .collect();
    assert_eq!(names.len(), 2, "{text}");
    let (x, y) = (
        names[0].split_once("ENC[").expect("ENC").1,
        names[1].split_once("ENC[").expect("ENC").1,
    );
    let swapped = text
        .replacen(x, "@@", 1)
        .replacen(y, x, 1)
        .replacen("@@", y, 1);
    let damaged = f.root.join("skadad.yaml");
    std::fs::write(&damaged, &swapped).expect("write");
    let out = textconv(Some(&f.key), &damaged);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), swapped);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("MAC:en stämmer inte") && err.contains("visas krypterad"),
        "{err}"
    );
    no_personal("the textconv's message", &out.stderr);
}

#[test]
fn a_recipient_removed_on_one_side_stays_removed_after_the_merge() {
    let f = encrypted_repo();
    let a = f.root.join("a");
    let key2 = f.root.join("nyckel-2.txt");
    let r2 = sip_ok(&f, &f.root, &["keys", "new", "-o", "nyckel-2.txt"]);
    let r2 = r2.trim();
    sip_ok(&f, &a, &["keys", "add", r2]);
    git_ok(&f, &a, &["commit", "-q", "-am", "second key"]);
    let (f, a, b) = two_clones_of(f);
    sip_ok(&f, &a, &["keys", "remove", r2]);
    git_ok(&f, &a, &["commit", "-q", "-am", "second key removed"]);
    change(&f, &b, "relation: morfar", "relation: farfar");
    git_ok(&f, &b, &["commit", "-q", "-am", "relation"]);

    let out = git(
        &f,
        &b,
        Some(&f.key),
        &["pull", "-q", "--no-edit", "origin", "main"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("versionerna har olika datanycklar"), "{err}");
    let merged = std::fs::read_to_string(b.join(FILE)).expect("read");
    no_personal("the merged file", merged.as_bytes());
    assert!(!merged.contains(r2), "{merged}");
    let clear = sip_ok(&f, &b, &["decrypt", FILE]);
    assert!(clear.contains("relation: farfar"), "{clear}");
    // The removed key opens neither the other side's file nor the merge.
    let mut cmd = sip(&b);
    cmd.env("SIP_AGE_KEY_FILE", &key2)
        .env("HOME", f.home())
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("SOPS_AGE_KEY_FILE")
        .env_remove("SOPS_AGE_KEY")
        .args(["decrypt", FILE]);
    let out = cmd.output().expect("sip runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nyckel saknas"));
}
