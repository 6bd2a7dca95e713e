//! Edits that cannot be turned against anyone and never lose the person's text: a link or an
//! old lock file beside a plan (placed there, or committed and pulled with real `git`) changes
//! nothing; new files follow the umask and give others nothing; `sip edit` keeps its working
//! copy in a private folder beside the plan that no command and no `git status` sees, removes
//! it on every way out, and keeps the person's text beside the plan when it cannot be saved —
//! Ctrl-C (also at a question on a terminal, which gets its cursor back), a text over 1 MB, a
//! kept-aside name already taken.

use crate::common;

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::{TODAY, std_sip_at};

const ID: &str = "sip-2026-sakerhet";

/// A plan folder with one draft plan under orebro-lan.
fn folder() -> (tempfile::TempDir, PathBuf) {
    let dir = common::plan_folder("\"överenskommelse\" = \"orebro-lan\"\n");
    let plan = dir.path().join(format!("{ID}.yaml"));
    std::fs::write(
        &plan,
        format!(
            "id: {ID}\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: Anna Andersson\n\
             initiering:\n  datum: 2026-02-02\n  part: kommun\n"
        ),
    )
    .expect("plan");
    (dir, plan)
}

/// An executable shell script at `path`.
fn script(path: &Path, body: &str) -> PathBuf {
    std::fs::write(path, format!("#!/bin/sh\n{body}")).expect("script");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path.to_path_buf()
}

/// Run `sip` with a watchdog against hangs.
fn run(mut cmd: Command) -> Output {
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn sip");
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if rx.recv_timeout(Duration::from_secs(300)).is_err() {
            // SAFETY: kills the child this test started, by its id.
            unsafe {
                libc::kill(id as i32, libc::SIGKILL);
            }
        }
    });
    let out = child.wait_with_output().expect("wait");
    let _ = tx.send(());
    let _ = watchdog.join();
    out
}

fn sip(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = std_sip_at(dir, TODAY);
    cmd.args(args);
    run(cmd)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The names in `dir` that start with `prefix`.
fn names_with(dir: &Path, prefix: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix))
        .collect();
    names.sort();
    names
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).expect("meta").permissions().mode() & 0o777
}

/// N1: a `.<plan>.lock` link to another file (here outside the folder, as an attacker would
/// place it) is neither written, truncated, created nor removed by any edit.
#[test]
fn a_lock_link_beside_the_plan_redirects_no_edit() {
    let (dir, plan) = folder();
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let victim = elsewhere.path().join("viktigt.txt");
    std::fs::write(&victim, "VIKTIGT\n").expect("victim");
    let link = dir.path().join(format!(".{ID}.yaml.lock"));
    std::os::unix::fs::symlink(&victim, &link).expect("link");
    let out = sip(dir.path(), &["need", "add", ID, "Ett behov"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::write(
        &plan,
        std::fs::read_to_string(&plan).expect("read") + "syfte:    \"x\"\n",
    )
    .expect("unformatted");
    let out = sip(dir.path(), &["fmt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&victim).expect("victim"),
        "VIKTIGT\n"
    );
    assert!(std::fs::symlink_metadata(&link).is_ok(), "the link stays");
    assert!(
        std::fs::read_to_string(&plan)
            .expect("plan")
            .contains("Ett behov")
    );
    // A link to nothing creates nothing.
    let nowhere = elsewhere.path().join("skapad.txt");
    std::fs::remove_file(&link).expect("rm");
    std::os::unix::fs::symlink(&nowhere, &link).expect("link");
    let out = sip(dir.path(), &["-q", "need", "add", ID, "Ett till"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!nowhere.exists(), "the link's target was created");
}

fn git(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new("git")
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
        .env("PATH", common::path_with_sip())
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// N1 through git: Alice commits a `.<plan>.lock` link to a file of Bob's; Bob pulls it and
/// edits the plan. Bob's file is untouched, and the link is not removed from his working tree.
#[test]
fn a_committed_lock_link_pulled_with_git_overwrites_nothing() {
    let root = tempfile::tempdir().expect("temp dir");
    let origin = root.path().join("origin.git");
    git(
        root.path(),
        &["init", "-q", "--bare", &origin.to_string_lossy()],
    );
    let (a, b) = (root.path().join("a"), root.path().join("b"));
    git(
        root.path(),
        &["clone", "-q", &origin.to_string_lossy(), "a"],
    );
    let (src, _) = folder();
    for name in ["sip.toml", &format!("{ID}.yaml")] {
        std::fs::copy(src.path().join(name), a.join(name)).expect("copy");
    }
    git(&a, &["add", "."]);
    git(&a, &["commit", "-qm", "plan"]);
    git(&a, &["push", "-q", "origin", "HEAD:main"]);
    git(
        root.path(),
        &["clone", "-q", &origin.to_string_lossy(), "b"],
    );
    let precious = root.path().join("bobs-fil.txt");
    std::fs::write(&precious, "Bobs anteckningar\n").expect("precious");
    std::os::unix::fs::symlink(&precious, a.join(format!(".{ID}.yaml.lock"))).expect("link");
    git(&a, &["add", "-f", &format!(".{ID}.yaml.lock")]);
    git(&a, &["commit", "-qm", "harmless"]);
    git(&a, &["push", "-q", "origin", "HEAD:main"]);
    git(&b, &["pull", "-q", "origin", "main"]);
    assert!(
        std::fs::symlink_metadata(b.join(format!(".{ID}.yaml.lock")))
            .expect("pulled link")
            .file_type()
            .is_symlink()
    );
    let out = sip(&b, &["need", "add", ID, "Bobs behov"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&precious).expect("precious"),
        "Bobs anteckningar\n"
    );
    let status = git(&b, &["status", "--short"]);
    assert_eq!(
        String::from_utf8_lossy(&status.stdout),
        format!(" M {ID}.yaml\n"),
        "only the plan changed; the link is still there"
    );
}

/// N21: a lock file an older version left behind (another user's, which this user may not
/// open for writing) neither blocks an edit nor is touched by it. Run as root, the edit runs as
/// the user nobody on a folder shared with it.
#[test]
fn an_old_lock_file_of_another_user_blocks_nothing() {
    let (dir, plan) = folder();
    let old = dir.path().join(format!(".{ID}.yaml.lock"));
    std::fs::write(&old, "4242 erik\n").expect("lock file");
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let mut cmd = std_sip_at(dir.path(), TODAY);
    cmd.args(["need", "add", ID, "Ett behov"]);
    if root {
        // A shared folder: the plan is the group's and others', the lock file root's (0644).
        for (p, m) in [
            (dir.path(), 0o777),
            (plan.as_path(), 0o666),
            (old.as_path(), 0o644),
        ] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).expect("chmod");
        }
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(65534) != 0
                    || libc::setuid(65534) != 0
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    } else {
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    }
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("kan inte skapa"));
    assert!(
        std::fs::read_to_string(&plan)
            .expect("plan")
            .contains("Ett behov")
    );
    assert_eq!(std::fs::read_to_string(&old).expect("old"), "4242 erik\n");
}

/// `sip` under a umask.
fn sip_with_umask(dir: &Path, umask: u32, args: &[&str]) -> Output {
    let mut cmd = std_sip_at(dir, TODAY);
    cmd.args(args);
    // SAFETY: umask is async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            libc::umask(umask as libc::mode_t);
            Ok(())
        });
    }
    run(cmd)
}

/// N22: every file `sip init` and `sip new` create is the owner's to read and write, the
/// group's as the umask allows, never the others'.
#[test]
fn new_files_follow_the_umask_and_give_others_nothing() {
    for (umask, expected) in [(0o002, 0o660), (0o022, 0o640), (0o077, 0o600)] {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = sip_with_umask(
            dir.path(),
            umask,
            &["init", "--agreement", "samsip-sodra-lappland"],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let out = sip_with_umask(
            dir.path(),
            umask,
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
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let id = String::from_utf8_lossy(&out.stdout).trim().to_string();
        // The .gitignore keeps `sip edit`'s working copies out of git.
        let ignore = std::fs::read_to_string(dir.path().join(".gitignore")).expect("ignore");
        assert!(
            ignore.lines().any(|l| l == ".sip-redigering-*/"),
            "{ignore}"
        );
        for name in [
            "sip.toml",
            ".gitignore",
            ".gitattributes",
            "sip-plan.schema.json",
            &format!("{id}.yaml"),
        ] {
            assert_eq!(
                format!("{:o}", mode(&dir.path().join(name))),
                format!("{expected:o}"),
                "{name} under umask {umask:03o}"
            );
        }
        // An edit keeps the plan's mode.
        let out = sip_with_umask(dir.path(), umask, &["-q", "need", "add", &id, "x"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(
            format!("{:o}", mode(&dir.path().join(format!("{id}.yaml")))),
            format!("{expected:o}")
        );
    }
}

/// N8: the editor's copy lies in a private folder (0700, the copy 0600) in the plan's folder;
/// while it is open, no folder command sees it and `git status` does not list it (in a folder
/// whose .gitignore is older than this version); it is gone afterwards.
#[test]
fn the_editors_copy_is_private_unseen_and_removed() {
    let (dir, plan) = folder();
    git(dir.path(), &["init", "-q"]);
    std::fs::write(dir.path().join(".gitignore"), "*.pdf\n").expect("old .gitignore");
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "plan"]);
    let seen = dir.path().join("sett.txt");
    let editor = script(
        &dir.path().join("redigerare.sh"),
        &format!(
            "d=$(dirname \"$1\")\n\
             stat -c '%a' \"$d\" \"$1\" > '{seen}'\n\
             basename \"$d\" >> '{seen}'\n\
             (cd \"$d/..\" && pwd -P) >> '{seen}'\n\
             printf 'syfte: Ändrat\\n' >> \"$1\"\n\
             cd '{dir}'\n\
             echo \"--- check\" >> '{seen}'; '{sip}' check >> '{seen}' 2>&1\n\
             echo \"--- list\" >> '{seen}'; '{sip}' list --format json >> '{seen}' 2>&1\n\
             echo \"--- fmt\" >> '{seen}'; '{sip}' fmt --check >> '{seen}' 2>&1\n\
             echo \"--- git\" >> '{seen}'; git status --porcelain --untracked-files=all >> '{seen}' 2>&1\n",
            seen = seen.display(),
            dir = dir.path().display(),
            sip = common::bin().display(),
        ),
    );
    let mut cmd = std_sip_at(dir.path(), TODAY);
    cmd.env("EDITOR", &editor)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(["edit", ID]);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let seen = std::fs::read_to_string(&seen).expect("what the editor saw");
    let lines: Vec<&str> = seen.lines().collect();
    assert_eq!(&lines[..2], ["700", "600"], "{seen}");
    assert!(lines[2].starts_with(".sip-redigering-"), "{seen}");
    assert_eq!(
        Path::new(lines[3]),
        std::fs::canonicalize(dir.path()).expect("canonical"),
        "{seen}"
    );
    let rest = lines[4..].join("\n");
    assert!(!rest.contains(".sip-redigering"), "{seen}");
    assert!(!rest.contains("S004"), "{seen}");
    assert!(rest.contains("1 plan kontrollerad"), "{seen}");
    assert!(rest.contains("1 fil kontrollerad"), "{seen}");
    assert!(
        rest.contains("--- git\n?? redigerare.sh\n?? sett.txt"),
        "{seen}"
    );
    assert!(
        std::fs::read_to_string(&plan)
            .expect("plan")
            .contains("syfte: Ändrat")
    );
    assert!(names_with(dir.path(), ".sip-redigering").is_empty());
}

/// N16: Ctrl-C while the editor runs (it ignores it, as vi does, and saves afterwards) reaches
/// sip too. The plan is not changed, the person's text is kept beside it, the message says
/// where, and sip exits 130.
#[test]
fn ctrl_c_while_the_editor_runs_keeps_the_text() {
    let (dir, plan) = folder();
    let before = std::fs::read(&plan).expect("plan");
    let editor = script(
        &dir.path().join("redigerare.sh"),
        // The whole process group gets it, as from a terminal; the editor goes on.
        "trap '' INT\nkill -INT 0\nprintf '# SKRIVET EFTER CTRL-C\\n' >> \"$1\"\n",
    );
    let mut cmd = std_sip_at(dir.path(), TODAY);
    cmd.env("EDITOR", &editor)
        .args(["edit", ID])
        .process_group(0);
    let out = run(cmd);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(
        err.contains("Avbrutet") && err.contains("Din version finns kvar i"),
        "{err}"
    );
    assert_eq!(std::fs::read(&plan).expect("plan"), before);
    let kept = names_with(dir.path(), &format!(".{ID}.yaml.redigerad-"));
    assert_eq!(kept.len(), 1, "{kept:?}");
    let kept_path = dir.path().join(&kept[0]);
    assert!(
        std::fs::read_to_string(&kept_path)
            .expect("kept")
            .contains("SKRIVET EFTER CTRL-C")
    );
    assert_eq!(mode(&kept_path), 0o600);
    assert!(names_with(dir.path(), ".sip-redigering").is_empty());
    // SIGTERM likewise; an unchanged copy is simply removed.
    let editor = script(&dir.path().join("tyst.sh"), "kill -TERM $PPID\n");
    let mut cmd = std_sip_at(dir.path(), TODAY);
    cmd.env("EDITOR", &editor).args(["edit", ID]);
    let out = run(cmd);
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    assert!(stderr(&out).contains("ändrades inte"), "{}", stderr(&out));
    assert_eq!(
        names_with(dir.path(), &format!(".{ID}.yaml.redigerad-")).len(),
        1
    );
    assert!(names_with(dir.path(), ".sip-redigering").is_empty());
}

/// N16: the kept-aside name of this second (and of the next half minute) is taken: another name is used,
/// and the text is there.
#[test]
fn a_taken_kept_aside_name_loses_nothing() {
    let (dir, plan) = folder();
    let editor = script(
        &dir.path().join("redigerare.sh"),
        &format!(
            "now=$(date +%s); for s in $(seq -10 30); do echo upptagen > \"{dir}/.{ID}.yaml.redigerad-$(date -d \"@$((now + s))\" +%Y%m%d-%H%M%S)\"; done\n\
             printf '# MIN ÄNDRING\\n' >> \"$1\"\nprintf '# kollegans\\n' >> '{plan}'\n",
            dir = dir.path().display(),
            plan = plan.display()
        ),
    );
    let mut cmd = std_sip_at(dir.path(), TODAY);
    cmd.env("EDITOR", &editor).args(["edit", ID]);
    let out = run(cmd);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("Din version finns kvar i"), "{err}");
    let holding: Vec<String> = names_with(dir.path(), &format!(".{ID}.yaml.redigerad-"))
        .into_iter()
        .filter(|n| {
            std::fs::read_to_string(dir.path().join(n)).is_ok_and(|t| t.contains("# MIN ÄNDRING"))
        })
        .collect();
    assert_eq!(holding.len(), 1, "{err}");
    assert!(holding[0].ends_with("-2"), "{holding:?}");
    assert!(err.contains(&holding[0]), "{err}");
    assert!(names_with(dir.path(), ".sip-redigering").is_empty());
}

/// N17: a text over 1 MB is not saved (every other command would refuse the plan); the text is
/// kept and the message says why.
#[test]
fn edit_refuses_a_plan_over_the_cap_and_keeps_the_text() {
    let (dir, plan) = folder();
    let before = std::fs::read(&plan).expect("plan");
    let editor = script(
        &dir.path().join("redigerare.sh"),
        "i=0\nwhile [ $i -lt 12 ]; do head -c 100000 /dev/zero | tr '\\0' 'z' | sed 's/^/# /' >> \"$1\"; echo >> \"$1\"; i=$((i+1)); done\n",
    );
    let mut cmd = std_sip_at(dir.path(), TODAY);
    cmd.env("EDITOR", &editor).args(["edit", ID]);
    let out = run(cmd);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("för stor") && err.contains("högst 1 MB"),
        "{err}"
    );
    assert!(err.contains("Din version finns kvar i"), "{err}");
    assert_eq!(std::fs::read(&plan).expect("plan"), before);
    let kept = names_with(dir.path(), &format!(".{ID}.yaml.redigerad-"));
    assert_eq!(kept.len(), 1);
    let size = std::fs::metadata(dir.path().join(&kept[0]))
        .expect("kept")
        .len();
    assert!(size > 1_200_000, "the whole text is kept: {size}");
    let out = sip(dir.path(), &["-q", "need", "add", ID, "Går fortfarande"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// A failing editor after saving something: the saved text is kept, not dropped.
#[test]
fn a_failing_editor_does_not_drop_what_it_saved() {
    let (dir, _plan) = folder();
    let editor = script(
        &dir.path().join("redigerare.sh"),
        "printf '# sparat\\n' >> \"$1\"\nexit 3\n",
    );
    let mut cmd = std_sip_at(dir.path(), TODAY);
    cmd.env("EDITOR", &editor).args(["edit", ID]);
    let out = run(cmd);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("avslutades med fel, så planen ändrades inte")
            && err.contains("Din version finns kvar i"),
        "{err}"
    );
    assert_eq!(
        names_with(dir.path(), &format!(".{ID}.yaml.redigerad-")).len(),
        1
    );
    assert!(names_with(dir.path(), ".sip-redigering").is_empty());
}

/// Run `cmd` on a new terminal (a pseudo-terminal); when the output shows `when` (and, with
/// `raw`, once the program has put the terminal in raw mode to read single keys), type `keys`.
/// Returns everything written to the terminal and the exit code.
fn on_terminal(mut cmd: Command, when: &str, raw: bool, keys: &[u8]) -> (String, Option<i32>) {
    use std::os::fd::FromRawFd;
    let (mut master, mut slave) = (0, 0);
    // SAFETY: openpty fills two descriptors; the null pointers ask for default settings.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: the descriptors were just opened and are owned here.
    let (master, slave) = unsafe {
        (
            std::fs::File::from_raw_fd(master),
            std::fs::File::from_raw_fd(slave),
        )
    };
    cmd.stdin(slave.try_clone().expect("dup"))
        .stdout(slave.try_clone().expect("dup"))
        .stderr(slave.try_clone().expect("dup"))
        .env("TERM", "xterm");
    // SAFETY: setsid and ioctl are async-signal-safe; the terminal becomes the controlling
    // terminal of the new session, so that Ctrl-C typed on it reaches sip.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("spawn on a terminal");
    // Only sip may hold the terminal now: the terminal ends when it closes it.
    drop(cmd);
    drop(slave);
    let id = child.id();
    let mut writer = master.try_clone().expect("dup");
    let mut reader = master;
    let when = when.to_string();
    let keys = keys.to_vec();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if rx.recv_timeout(Duration::from_secs(300)).is_err() {
            // SAFETY: kills the child this test started, by its id.
            unsafe {
                libc::kill(id as i32, libc::SIGKILL);
            }
        }
    });
    let mut seen = Vec::new();
    let mut typed = false;
    let mut buf = [0u8; 4096];
    // The terminal ends (EIO) when the last program on it has closed it.
    while let Ok(n) = reader.read(&mut buf) {
        if n == 0 {
            break;
        }
        seen.extend_from_slice(&buf[..n]);
        if !typed && String::from_utf8_lossy(&seen).contains(&when) {
            if raw {
                wait_for_raw_mode(&writer, &mut child);
            }
            writer.write_all(&keys).expect("type");
            typed = true;
        }
    }
    let status = child.wait().expect("wait");
    let _ = tx.send(());
    let _ = watchdog.join();
    assert!(
        typed,
        "never saw {when:?}: {}",
        String::from_utf8_lossy(&seen)
    );
    (String::from_utf8_lossy(&seen).into_owned(), status.code())
}

/// Wait (checking every few milliseconds; the watchdog ends a hang) until the terminal's line
/// editing is off, as a program reading single keys sets it: a Ctrl-C typed before would be a
/// signal that came before the program reads, and one typed after is a key it reads.
fn wait_for_raw_mode(terminal: &std::fs::File, child: &mut std::process::Child) {
    use std::os::fd::AsRawFd;
    while child.try_wait().is_ok_and(|done| done.is_none()) {
        // SAFETY: tcgetattr fills a zeroed termios from an open terminal descriptor.
        let canonical = unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            libc::tcgetattr(terminal.as_raw_fd(), &mut t);
            t.c_lflag & libc::ICANON != 0
        };
        if !canonical {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Ctrl-C in a list (dialoguer hides the cursor while it shows one): the cursor is shown
/// again, nothing is created, exit 130.
#[test]
fn ctrl_c_in_a_list_gives_the_cursor_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cmd = std_sip_at(dir.path(), TODAY);
    cmd.args(["init"]);
    let (seen, code) = on_terminal(cmd, "orebro-lan –", true, b"\x03");
    assert_eq!(code, Some(130), "{seen}");
    let hidden = seen.rfind("\x1b[?25l").expect("the list hid the cursor");
    assert!(
        seen[hidden..].contains("\x1b[?25h"),
        "cursor left hidden: {seen:?}"
    );
    assert!(seen.contains("Avbrutet"), "{seen}");
    assert!(!dir.path().join("sip.toml").exists());
}

/// Ctrl-C at "Öppna igen?": the person's text is kept beside the plan, and the message says so.
#[test]
fn ctrl_c_at_open_again_keeps_the_text() {
    let (dir, plan) = folder();
    let before = std::fs::read(&plan).expect("plan");
    let editor = script(
        &dir.path().join("redigerare.sh"),
        "printf 'okänd_nyckel: ja\\n' >> \"$1\"\n",
    );
    let mut cmd = std_sip_at(dir.path(), TODAY);
    cmd.env("EDITOR", &editor).args(["edit", ID]);
    let (seen, code) = on_terminal(cmd, "Öppna igen?", false, b"\x03");
    assert_eq!(code, Some(130), "{seen}");
    assert!(seen.contains("Din version finns kvar i"), "{seen}");
    assert!(
        seen.ends_with("\x1b[?25h") || seen.contains("\x1b[?25h"),
        "{seen:?}"
    );
    assert_eq!(std::fs::read(&plan).expect("plan"), before);
    let kept = names_with(dir.path(), &format!(".{ID}.yaml.redigerad-"));
    assert_eq!(kept.len(), 1, "{seen}");
    assert!(
        std::fs::read_to_string(dir.path().join(&kept[0]))
            .expect("kept")
            .contains("okänd_nyckel: ja")
    );
    assert!(names_with(dir.path(), ".sip-redigering").is_empty());
}
