//! Safe writes of plan files.
//!
//! An edit of a plan runs under that plan's lock, from reading the file to renaming the new one
//! over it: an advisory lock (`flock`, through the standard library's `File::try_lock`) on a lock
//! file beside the plan, `.<name>.lock`. The system releases it when the process ends, however it
//! ends, so a killed edit never leaves a plan locked. Concurrent edits of one plan (two
//! colleagues, a script, a hook) therefore run one after the other and each sees the others'
//! changes; a command that cannot get the lock within [`LOCK_WAIT`] refuses (exit 2) and says
//! who holds it. Programs that do not take the lock (an editor, `git pull`) are caught by the
//! comparison before writing: the file must still hold the bytes that were read.
//!
//! The new text goes to a temporary file in the same folder, is flushed to disk and renamed over
//! the plan, with the plan's permissions and (where the process may set it) its owner: a crash at
//! any moment leaves the old file or the new one, never a torn one. Temporary files left by a
//! killed edit are removed by the next edit of that plan. A plan that is a symbolic link is
//! written through the link (its target is updated, the link stays) when the target lies inside
//! the plan folder; otherwise the edit is refused. A read-only plan is refused, not rewritten.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, IoOp, Result};

/// How long an edit waits for another edit of the same plan before it gives up.
pub const LOCK_WAIT: Duration = Duration::from_secs(10);

/// A plan locked for editing. The lock is held until this is dropped (or the process ends).
#[derive(Debug)]
pub struct PlanLock {
    /// The file to write: the plan itself, or the target of the link it is.
    target: PathBuf,
    lock_path: PathBuf,
    /// The lock file, kept open: closing it releases the lock.
    _file: std::fs::File,
}

impl PlanLock {
    /// The file that is read and replaced (the link's target when the plan is a link).
    pub fn target(&self) -> &Path {
        &self.target
    }
}

/// Lock the plan at `path` (in the plan folder `root`) for editing: resolve a link to its
/// target inside the folder, wait for other edits of it, and clear what a killed edit left.
pub fn lock(path: &Path, root: &Path) -> Result<PlanLock> {
    let target = resolve(path, root)?;
    let (dir, name) = dir_and_name(&target);
    let lock_path = dir.join(format!(".{name}.lock"));
    let started = Instant::now();
    let mut file = loop {
        let file = acquire(&lock_path, path, started)?;
        // The holder before us removes the lock file as it finishes; a lock taken on a file
        // that is no longer at the path guards nothing, so take it again on the new one.
        if same_file(&file, &lock_path) {
            break file;
        }
        if started.elapsed() >= LOCK_WAIT {
            return Err(busy(path, ""));
        }
    };
    // Say who holds it, for whoever waits in vain (a process number and a user, nothing more).
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default();
    let _ = file
        .set_len(0)
        .and_then(|()| writeln!(file, "{} {}", std::process::id(), user.trim()));
    remove_stale_temps(dir, &name);
    Ok(PlanLock {
        target,
        lock_path,
        _file: file,
    })
}

/// Open (or create) the lock file and wait for its lock, until [`LOCK_WAIT`] after `started`.
fn acquire(lock_path: &Path, plan: &Path, started: Instant) -> Result<std::fs::File> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(lock_path)
        .map_err(|e| Error::io_op(IoOp::Create, lock_path, e))?;
    let mut pause = Duration::from_millis(2);
    loop {
        // The standard library's lock: flock on Unix, LockFileEx on Windows.
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(busy(plan, &holder(lock_path)));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(Error::io_op(IoOp::Lock, lock_path, e));
            }
        }
    }
}

/// Whether the open `file` is the one now at `path`.
fn same_file(file: &std::fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

impl Drop for PlanLock {
    /// Remove the lock file while still holding its lock (then closing it releases the lock),
    /// so that a plan folder holds no lock files between edits. Whoever waits on the removed
    /// file sees that it is gone and locks the next one.
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

/// The file to read for the plan at `path` (the link's target when it lies in `root`), without
/// taking the lock: for `sip edit`, which reads first and locks only to save.
pub fn resolve_readable(path: &Path, root: &Path) -> Result<PathBuf> {
    resolve(path, root)
}

/// The plan's own file: `path`, or the target of the link `path` is when it lies in `root`.
fn resolve(path: &Path, root: &Path) -> Result<PathBuf> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.file_type().is_symlink() {
        return Ok(path.to_path_buf());
    }
    let target = std::fs::canonicalize(path).map_err(|e| Error::io(path, e))?;
    let root = std::fs::canonicalize(root).map_err(|e| Error::io(root, e))?;
    if target.starts_with(&root) && target.is_file() {
        return Ok(target);
    }
    Err(Error::msg(
        format!(
            "{} är en symbolisk länk till {}, utanför planmappen; sip ändrar inte filer utanför planmappen. Flytta planen in i planmappen, eller ändra den där den ligger",
            path.display(),
            target.display()
        ),
        format!(
            "{} is a symbolic link to {}, outside the plan folder; sip does not change files outside the plan folder. Move the plan into the plan folder, or change it where it is",
            path.display(),
            target.display()
        ),
    ))
}

fn dir_and_name(path: &Path) -> (&Path, String) {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (dir, name)
}

/// What the lock file says of its holder: "process 123 (erik)", or nothing.
fn holder(lock_path: &Path) -> String {
    let Ok(bytes) = crate::source::read_capped(lock_path) else {
        return String::new();
    };
    let text = String::from_utf8_lossy(&bytes);
    let mut words = text.split_whitespace();
    match (words.next(), words.next()) {
        (Some(pid), Some(user)) if pid.bytes().all(|b| b.is_ascii_digit()) => {
            // Only letters, digits and a few marks: the file is not ours to trust.
            let user: String = user
                .chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .take(32)
                .collect();
            format!("{pid} ({user})")
        }
        (Some(pid), None) if pid.bytes().all(|b| b.is_ascii_digit()) => pid.to_string(),
        _ => String::new(),
    }
}

fn busy(path: &Path, holder: &str) -> Error {
    let secs = LOCK_WAIT.as_secs();
    let (who_sv, who_en) = if holder.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!(" (process {holder})"),
            format!(" (process {holder})"),
        )
    };
    Error::msg(
        format!(
            "{} ändras just nu av ett annat sip-kommando{who_sv} och blev inte ledig på {secs} sekunder; inget skrevs. Vänta en stund och kör kommandot igen",
            path.display()
        ),
        format!(
            "{} is being changed by another sip command{who_en} and was not free within {secs} seconds; nothing was written. Wait a moment and run the command again",
            path.display()
        ),
    )
}

/// Remove `.<name>.*.tmp` left by an edit that was killed between writing and renaming: they
/// hold a copy of the plan (personal data) and must not stay. Called under the plan's lock, so
/// no edit of this plan is writing one now.
fn remove_stale_temps(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(n) = file_name.to_str() else {
            continue;
        };
        if n.starts_with(&prefix)
            && n.ends_with(".tmp")
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Replace the locked plan, whose content was `expected` when read under the lock, by `new`.
pub fn replace(lock: &PlanLock, expected: &[u8], new: &[u8]) -> Result<()> {
    let path = lock.target();
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.permissions().readonly() {
        return Err(Error::msg(
            format!(
                "{} är skrivskyddad; inget skrevs. Ge skrivbehörighet (till exempel `chmod u+w {}`) om planen ska kunna ändras",
                path.display(),
                path.display()
            ),
            format!(
                "{} is read-only; nothing was written. Give write permission (e.g. `chmod u+w {}`) if the plan may be changed",
                path.display(),
                path.display()
            ),
        ));
    }
    let current = crate::source::read_capped(path).map_err(|e| Error::read(path, e))?;
    if current != expected {
        return Err(Error::ChangedOnDisk(path.to_path_buf()));
    }
    let tmp = write_temp(path, new)?;
    tmp.as_file()
        .set_permissions(meta.permissions())
        .map_err(|e| Error::io_op(IoOp::Write, tmp.path(), e))?;
    #[cfg(unix)]
    {
        // Keep the owner and group (possible for root, or for the group alone when the user
        // is in it); where it is not possible, the file is the editor's, as with any editor.
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(meta.uid()), Some(meta.gid()));
        let _ = std::os::unix::fs::fchown(tmp.as_file(), None, Some(meta.gid()));
    }
    tmp.persist(path)
        .map_err(|e| Error::io_op(IoOp::Rename, path, e.error))?;
    sync_dir(path);
    Ok(())
}

/// Create `path` with `content`; refused when it already exists.
pub fn create(path: &Path, content: &[u8]) -> Result<()> {
    let tmp = write_temp(path, content)?;
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::msg(
                format!("{} finns redan; inget skrevs", path.display()),
                format!("{} already exists; nothing was written", path.display()),
            )
        } else {
            Error::io_op(IoOp::Rename, path, e.error)
        }
    })?;
    sync_dir(path);
    Ok(())
}

fn write_temp(path: &Path, content: &[u8]) -> Result<tempfile::NamedTempFile> {
    let (dir, name) = dir_and_name(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io_op(IoOp::Create, dir.join(format!(".{name}.….tmp")), e))?;
    tmp.write_all(content)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io_op(IoOp::Write, tmp.path(), e))?;
    Ok(tmp)
}

/// Make the rename itself durable (best effort: not every platform can sync a folder).
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    {
        let (dir, _) = dir_and_name(path);
        if let Ok(f) = std::fs::File::open(dir) {
            let _ = f.sync_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locked(p: &Path) -> PlanLock {
        lock(p, p.parent().unwrap()).unwrap()
    }

    #[test]
    fn replaces_and_keeps_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "gammal\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        let l = locked(&p);
        replace(&l, b"gammal\n", b"ny\n").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "ny\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        drop(l);
        assert_eq!(
            left,
            [".a.yaml.lock", "a.yaml"],
            "no temporary file is left"
        );
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "the lock file goes with the lock");
    }

    #[test]
    fn refuses_when_the_file_changed_since_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "läst\n").unwrap();
        let l = locked(&p);
        let read = std::fs::read(&p).unwrap();
        // An editor saves between our read and our write (it takes no lock).
        std::fs::write(&p, "deras ändring\n").unwrap();
        let err = replace(&l, &read, "vår ändring\n".as_bytes()).unwrap_err();
        assert!(
            err.text(crate::i18n::Lang::Sv)
                .contains("ändrades på disken")
        );
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "deras ändring\n");
    }

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "x\n").unwrap();
        let first = locked(&p);
        let p2 = p.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        let t = std::thread::spawn(move || {
            let second = lock(&p2, p2.parent().unwrap());
            tx.send(()).unwrap();
            second.is_ok()
        });
        // The second is still waiting while the first holds the lock.
        assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
        drop(first);
        assert!(rx.recv_timeout(LOCK_WAIT).is_ok());
        assert!(t.join().unwrap());
    }

    #[test]
    fn stale_temp_files_are_removed_by_the_next_edit() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "x\n").unwrap();
        let stale = dir.path().join(".a.yaml.Xy12Zq.tmp");
        std::fs::write(&stale, "namn: Anna\n").unwrap();
        let other = dir.path().join(".b.yaml.Xy12Zq.tmp");
        std::fs::write(&other, "").unwrap();
        let _l = locked(&p);
        assert!(!stale.exists());
        assert!(other.exists(), "another plan's file is not touched");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_inside_the_folder_is_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.yaml");
        std::fs::write(&real, "gammal\n").unwrap();
        let link = dir.path().join("link.yaml");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let l = lock(&link, dir.path()).unwrap();
        replace(&l, b"gammal\n", b"ny\n").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "ny\n");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_refused() {
        let outside = tempfile::tempdir().unwrap();
        let real = outside.path().join("real.yaml");
        std::fs::write(&real, "x\n").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link.yaml");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let err = lock(&link, dir.path()).unwrap_err();
        assert!(
            err.text(crate::i18n::Lang::Sv)
                .contains("utanför planmappen")
        );
    }

    #[test]
    fn create_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        create(&p, b"ett\n").unwrap();
        assert!(create(&p, "två\n".as_bytes()).is_err());
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "ett\n");
    }
}
