//! Plans in git: the merge driver (`merge`), the plan's history (`history`), gallring of closed
//! plans from the folder and the history (`gallring`), and the few calls of the `git` command
//! they need.
//!
//! `git` itself is run (not a library): the merge driver is started by git, so git is there; its
//! line merge (`git merge-file`) is the fallback; and `git log`/`git show` read every repository
//! layout, worktree, packed or shallow clone exactly as the user's git does.

pub mod gallring;
pub mod history;
pub mod merge;

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::{Error, Result};

/// The driver line that `sip setup-git` and `sip init` register.
pub const DRIVER: &str = "sip merge %O %A %B %P";
/// The lines `sip init` writes to `.gitattributes`.
pub const ATTRIBUTES: &str = "# Planer slås ihop efter innehåll av sip (sip setup-git registrerar det i en ny klon)\n*.yaml merge=sip\n*.yml merge=sip\n";

fn git_missing(e: &std::io::Error) -> Error {
    Error::msg(
        format!(
            "kommandot git kunde inte köras ({}); installera git",
            crate::error::io_sv(e)
        ),
        format!("the git command could not be run ({e}); install git"),
    )
}

/// Run git in `dir`; its stdout on success, else `None` (with stderr dropped).
pub fn run(dir: &Path, args: &[&str]) -> Result<Option<Vec<u8>>> {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .map_err(|e| git_missing(&e))?;
    Ok(out.status.success().then_some(out.stdout))
}

/// The top folder of the git work tree holding `dir`, if any.
pub fn toplevel(dir: &Path) -> Option<PathBuf> {
    let out = run(dir, &["rev-parse", "--show-toplevel"]).ok()??;
    let s = String::from_utf8(out).ok()?;
    let s = s.trim_end_matches(['\n', '\r']);
    (!s.is_empty()).then(|| PathBuf::from(s))
}

/// Register the merge driver in the config of the repository holding `dir`.
pub fn register_driver(dir: &Path) -> Result<()> {
    for (key, value) in [
        ("merge.sip.name", "sip: planer slås ihop efter innehåll"),
        ("merge.sip.driver", DRIVER),
    ] {
        if run(dir, &["config", "--local", key, value])?.is_none() {
            return Err(Error::msg(
                format!("git config {key} misslyckades; inget registrerades"),
                format!("git config {key} failed; nothing was registered"),
            ));
        }
    }
    Ok(())
}

/// Whether `.gitattributes` in `dir` already sends plans to the driver.
pub fn attributes_present(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join(".gitattributes"))
        .is_ok_and(|t| t.lines().any(|l| l.contains("merge=sip")))
}

/// git's own line merge of three files into `ours`: `Ok(true)` when clean.
pub fn merge_file(base: &Path, ours: &Path, theirs: &Path) -> Result<bool> {
    let out = Command::new("git")
        .args(["merge-file", "-L"])
        .arg(merge::OURS_LABEL)
        .arg("-L")
        .arg("gemensam version")
        .arg("-L")
        .arg(merge::THEIRS_LABEL)
        .arg(ours)
        .arg(base)
        .arg(theirs)
        .output()
        .map_err(|e| git_missing(&e))?;
    match out.status.code() {
        Some(0) => Ok(true),
        Some(n) if (1..=127).contains(&n) => Ok(false),
        _ => Err(Error::msg(
            format!(
                "git merge-file misslyckades: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ),
            format!(
                "git merge-file failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ),
        )),
    }
}
