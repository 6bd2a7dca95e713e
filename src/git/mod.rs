//! Plans in git: the merge driver (`merge`), the plan's history (`history`), gallring of closed
//! plans from the folder and the history (`gallring`), and the few calls of the `git` command
//! they need.
//!
//! `git` itself is run (not a library): the merge driver is started by git, so git is there; its
//! line merge (`git merge-file`) is the fallback; and `git log`/`git cat-file` read every
//! repository layout, worktree, packed or shallow clone exactly as the user's git does.
//!
//! Every git command is built by [`command`], so that none can forget: the repository is fixed
//! explicitly (`--git-dir`, `--work-tree`: the `.git` above the plan folder, never a repository
//! git would discover from a plan's own subfolder, where a committed bare-repository layout could
//! bring its own config), bare repositories are never taken implicitly, and nothing configured
//! runs a program (no signature verification, no fsmonitor, no textconv or external diff, no
//! pager).

pub mod gallring;
pub mod history;
pub mod merge;
pub mod prior;

use std::collections::HashSet;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::{Error, Result};

/// The arguments of the merge driver line after the program: `--` first, so that a plan whose
/// file name starts with `-` is never read as an option.
pub const DRIVER_ARGS: &str = "merge -- %O %A %B %P";
/// The lines `sip init` writes to `.gitattributes`.
pub const ATTRIBUTES: &str = "# Planer slås ihop efter innehåll av sip (sip setup-git registrerar det i en ny klon)\n*.yaml merge=sip\n*.yml merge=sip\n";
/// The arguments of the textconv line after the program (git appends the file).
pub const TEXTCONV_ARGS: &str = "decrypt --textconv";
/// The lines `sip init --encrypt` adds to `.gitattributes`: `git diff` and `git log -p` show
/// encrypted plans decrypted to whoever has a key (the textconv `sip setup-git` registers).
pub const ATTRIBUTES_DIFF: &str = "# Krypterade planer visas i klartext i git diff för den som har en nyckel (sip setup-git)\n*.yaml diff=sip\n*.yml diff=sip\n";

fn git_missing(e: &std::io::Error) -> Error {
    // The system's words about the failure: in Swedish for the common ones.
    let mut fel = crate::i18n::Msg::same(e.to_string());
    fel.sv = crate::error::io_sv(e);
    err!("git-saknas", fel = fel)
}

/// A git repository fixed explicitly: its git folder (a `.git` folder or a `.git` file of a
/// worktree) and its work tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repo {
    pub git_dir: PathBuf,
    pub top: PathBuf,
}

impl Repo {
    /// The repository of the folder `dir` (the plan folder, where `sip.toml` is): the nearest
    /// `.git` at or above it. Found by looking, without running git.
    pub fn find(dir: &Path) -> Option<Repo> {
        let abs = std::fs::canonicalize(dir).ok()?;
        abs.ancestors().find_map(|d| {
            let git = d.join(".git");
            git.symlink_metadata().ok().map(|_| Repo {
                git_dir: git,
                top: d.to_path_buf(),
            })
        })
    }

    /// The repository of a plan file: found from its plan folder (the folder holding
    /// `sip.toml`), else from the file's own folder.
    pub fn of_file(file: &Path) -> Option<Repo> {
        let dir = match file.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let root = crate::workspace::find_root(dir).unwrap_or_else(|| dir.to_path_buf());
        Repo::find(&root)
    }

    /// Run git on this repository: its stdout on success, else `None` (stderr dropped).
    pub fn run(&self, args: &[&OsStr]) -> Result<Option<Vec<u8>>> {
        let out = command(Some(self), &self.top)
            .args(args)
            .output()
            .map_err(|e| git_missing(&e))?;
        Ok(out.status.success().then_some(out.stdout))
    }

    /// A path inside the work tree as git names it (`/` between the names), or `None` when it
    /// is outside. Names are kept as they are (not UTF-8 included).
    pub fn rel_path(&self, path: &Path) -> Option<OsString> {
        let abs = std::fs::canonicalize(path).ok()?;
        let top = std::fs::canonicalize(&self.top).ok()?;
        let rel = abs.strip_prefix(&top).ok()?;
        let mut out = OsString::new();
        for (i, c) in rel.components().enumerate() {
            if i > 0 {
                out.push("/");
            }
            out.push(c.as_os_str());
        }
        Some(out)
    }
}

/// The one place a git command is built. With a repository: `--git-dir` and `--work-tree` fix
/// it, run from its top. Without one (`git merge-file`, which needs none): git looks no further
/// than `dir`. Always: bare repositories only when named, and no configured program runs.
pub fn command(repo: Option<&Repo>, dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir);
    // Paths are names, never patterns (`*`, `:(…)`).
    cmd.args(["--no-pager", "--literal-pathspecs"]);
    if let Some(repo) = repo {
        let mut g = OsString::from("--git-dir=");
        g.push(&repo.git_dir);
        let mut w = OsString::from("--work-tree=");
        w.push(&repo.top);
        cmd.arg(g).arg(w);
    } else {
        cmd.env("GIT_CEILING_DIRECTORIES", dir);
    }
    for c in [
        "safe.bareRepository=explicit",
        "core.fsmonitor=false",
        "log.showSignature=false",
        "diff.external=",
        "core.pager=cat",
        "core.hooksPath=/dev/null",
    ] {
        cmd.arg("-c").arg(c);
    }
    // Git's own settings from the environment that would point it elsewhere or run a program.
    for var in [
        "GIT_EXTERNAL_DIFF",
        "GIT_PAGER",
        "GIT_SSH_COMMAND",
        "GIT_CONFIG_PARAMETERS",
        "GIT_CONFIG_COUNT",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

/// The top folder of the git work tree holding `dir`, if any.
pub fn toplevel(dir: &Path) -> Option<PathBuf> {
    Repo::find(dir).map(|r| r.top)
}

/// The command line that runs this `sip`: `sip` when `sip` on `PATH` is this program, else its
/// absolute path (quoted for the shell git runs the driver with). The second value is true when
/// the absolute path was needed.
pub fn sip_program() -> (String, bool) {
    let Ok(exe) = std::env::current_exe().and_then(std::fs::canonicalize) else {
        return ("sip".into(), false);
    };
    let names: &[&str] = if cfg!(windows) {
        &["sip.exe", "sip"]
    } else {
        &["sip"]
    };
    let on_path = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .filter(|d| d.is_absolute())
            .flat_map(|d| names.iter().map(move |n| d.join(n)))
            .find(|c| c.is_file())
    });
    if on_path
        .and_then(|p| std::fs::canonicalize(p).ok())
        .is_some_and(|p| p == exe)
    {
        return ("sip".into(), false);
    }
    let s = exe.to_string_lossy().replace('\\', "/");
    (format!("'{}'", s.replace('\'', "'\\''")), true)
}

/// Register the merge driver and the textconv of encrypted plans in the config of `repo`; the
/// driver line registered. The textconv's output is never cached (`diff.sip.cachetextconv`
/// false, whatever a global config says): git would keep the decrypted text in its notes, inside
/// `.git`.
pub fn register_driver(repo: &Repo) -> Result<(String, bool)> {
    let (program, absolute) = sip_program();
    let driver = format!("{program} {DRIVER_ARGS}");
    let textconv = format!("{program} {TEXTCONV_ARGS}");
    for (key, value) in [
        ("merge.sip.name", "sip: planer slås ihop efter innehåll"),
        ("merge.sip.driver", driver.as_str()),
        ("diff.sip.textconv", textconv.as_str()),
        ("diff.sip.cachetextconv", "false"),
    ] {
        if repo
            .run(&[
                OsStr::new("config"),
                OsStr::new("--local"),
                OsStr::new(key),
                OsStr::new(value),
            ])?
            .is_none()
        {
            return Err(err!("git-config-misslyckades", nyckel = key));
        }
    }
    Ok((driver, absolute))
}

/// Whether git sends the plans of the plan folder `root` to the driver: what
/// `git check-attr merge` says of a plan there (git reads `.gitattributes` itself, every level
/// and `.git/info/attributes` included).
pub fn plans_routed(repo: &Repo, root: &Path) -> bool {
    plans_have(repo, root, "merge")
}

/// Whether `git diff` shows the plans of the plan folder `root` through sip's textconv:
/// what `git check-attr diff` says of a plan there.
pub fn diff_routed(repo: &Repo, root: &Path) -> bool {
    plans_have(repo, root, "diff")
}

/// Whether git gives a plan of the plan folder `root` the attribute `attr=sip`.
fn plans_have(repo: &Repo, root: &Path, attr: &str) -> bool {
    let Some(mut rel) = repo.rel_path(root) else {
        return false;
    };
    if !rel.is_empty() {
        rel.push("/");
    }
    rel.push("sip-2026-00000000.yaml");
    let Ok(Some(out)) = repo.run(&[
        OsStr::new("check-attr"),
        OsStr::new("-z"),
        OsStr::new(attr),
        OsStr::new("--"),
        &rel,
    ]) else {
        return false;
    };
    // `-z`: path NUL attribute NUL value NUL.
    out.split(|b| *b == 0).nth(2) == Some(b"sip".as_slice())
}

/// The files git lists as unmerged (conflict stages in the index), as absolute paths under the
/// work tree's top. One git call.
pub fn unmerged(repo: &Repo) -> HashSet<PathBuf> {
    let Ok(Some(out)) = repo.run(&[
        OsStr::new("ls-files"),
        OsStr::new("-u"),
        OsStr::new("-z"),
        OsStr::new("--full-name"),
    ]) else {
        return HashSet::new();
    };
    let top = std::fs::canonicalize(&repo.top).unwrap_or_else(|_| repo.top.clone());
    out.split(|b| *b == 0)
        .filter_map(|rec| {
            // `<mode> <object> <stage>\t<path>`
            let tab = rec.iter().position(|b| *b == b'\t')?;
            let path = bytes_path(&rec[tab + 1..])?;
            Some(top.join(path))
        })
        .collect()
}

/// The files git lists as unmerged in the repositories of these plan folders: one git call per
/// repository, none when no folder is in git.
pub fn unmerged_in<'p>(roots: impl IntoIterator<Item = &'p Path>) -> HashSet<PathBuf> {
    let mut repos: Vec<Repo> = Vec::new();
    for root in roots {
        if let Some(repo) = Repo::find(root)
            && !repos.contains(&repo)
        {
            repos.push(repo);
        }
    }
    repos.iter().flat_map(unmerged).collect()
}

/// A path as git prints it (bytes; UTF-8 on Windows).
pub fn bytes_path(b: &[u8]) -> Option<PathBuf> {
    if b.is_empty() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        Some(PathBuf::from(OsStr::from_bytes(b)))
    }
    #[cfg(not(unix))]
    {
        std::str::from_utf8(b).ok().map(PathBuf::from)
    }
}

/// git's own line merge of three files into `ours`: `Ok(true)` when clean.
pub fn merge_file(base: &Path, ours: &Path, theirs: &Path) -> Result<bool> {
    let dir = match ours.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let out = command(None, dir)
        .args(["merge-file", "-L"])
        .arg(merge::OURS_LABEL)
        .arg("-L")
        .arg("gemensam version")
        .arg("-L")
        .arg(merge::THEIRS_LABEL)
        .arg("--")
        .arg(abs_or(ours))
        .arg(abs_or(base))
        .arg(abs_or(theirs))
        .output()
        .map_err(|e| git_missing(&e))?;
    match out.status.code() {
        Some(0) => Ok(true),
        Some(n) if (1..=127).contains(&n) => Ok(false),
        _ => Err(err!(
            "git-merge-file-misslyckades",
            fel = String::from_utf8_lossy(&out.stderr).trim().to_string()
        )),
    }
}

/// A path git can open whatever its working folder: absolute when it can be made so.
fn abs_or(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}
