//! Safe writes of plan files.
//!
//! An edit of a plan runs under that plan's lock, from reading the file to renaming the new one
//! over it: an advisory lock (`flock`, through the standard library's `File::try_lock`) on the
//! plan file itself, opened for reading. No lock file is made: nothing beside the plan can be
//! swapped for a link to another file, nothing is left behind by a killed edit, and whoever may
//! read the plan may lock it, whoever made it. The system releases the lock when the process
//! ends, however it ends. Concurrent edits of one plan (two colleagues, a script, a hook)
//! therefore run one after the other and each sees the others' changes; a command that cannot
//! get the lock within [`LOCK_WAIT`] refuses (exit 2) and says which process holds it. The lock
//! belongs to the file that was at the path when it was taken: the holder renames a new file
//! over it as it finishes, so a waiter that then gets the lock of the old file takes the new
//! one's.
//!
//! Programs that do not take the lock (an editor, `git checkout`, `git pull`) are caught by
//! comparing: the file must still hold the bytes that were read, looked at once before the new
//! text is written and again after it is written and synced, immediately before the rename.
//!
//! The new text goes to a temporary file in the same folder, is flushed to disk and renamed over
//! the plan, with the plan's permissions and (where the process may set it) its owner: a crash at
//! any moment leaves the old file or the new one, never a torn one. Temporary files left by a
//! killed edit are removed by the next edit of that plan. A plan that is a symbolic link is
//! written through the link (its target is updated, the link stays) when the target lies inside
//! the plan folder; otherwise the edit is refused. A read-only plan is refused, not rewritten,
//! and so is a new text over the size every read allows ([`crate::source::MAX_FILE_BYTES`]).
//!
//! New files ([`create`]) get read and write for the owner and the group as the umask allows,
//! nothing for others (umask 002 → 0660, 022 → 0640, 077 → 0600).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, IoOp, Result};

/// How long an edit waits for another edit of the same plan before it gives up.
pub const LOCK_WAIT: Duration = Duration::from_secs(10);

/// The mode new files are created with, before the umask: never anything for others.
#[cfg(unix)]
const NEW_FILE_MODE: u32 = 0o660;

/// A plan locked for editing. The lock is held until this is dropped (or the process ends).
#[derive(Debug)]
pub struct PlanLock {
    /// The file to write: the plan itself, or the target of the link it is.
    target: PathBuf,
    /// The plan file as it was when locked, kept open: closing it releases the lock.
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
    let started = Instant::now();
    let file = loop {
        let file = acquire(&target, path, started)?;
        // The holder before us renamed a new file over the one we locked as it finished: a
        // lock on a file no longer at the path guards nothing, so take the new one's.
        if same_file(&file, &target) {
            break file;
        }
        if started.elapsed() >= LOCK_WAIT {
            return Err(busy(path, ""));
        }
    };
    let (dir, name) = dir_and_name(&target);
    remove_stale_temps(dir, &name);
    Ok(PlanLock {
        target,
        _file: file,
    })
}

/// Open the plan for its lock: for reading (enough for `flock`, and what anyone who may edit the
/// plan may do), never through a link, never waiting on a pipe.
fn open_for_lock(target: &Path, write: bool) -> Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(write);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC);
    }
    let file = options.open(target).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return link_swapped(target);
        }
        Error::io(target, e)
    })?;
    let meta = file.metadata().map_err(|e| Error::io(target, e))?;
    if !meta.is_file() {
        return Err(Error::read(target, crate::source::ReadError::NotRegular));
    }
    Ok(file)
}

/// The plan became a symbolic link after it was looked at.
fn link_swapped(target: &Path) -> Error {
    err!("redigering-lank-bytt", fil = target)
}

/// Open the plan and wait for its lock, until [`LOCK_WAIT`] after `started`.
fn acquire(target: &Path, plan: &Path, started: Instant) -> Result<std::fs::File> {
    let mut file = open_for_lock(target, false)?;
    let mut reopened = false;
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
                return Err(busy(plan, &holder(&file)));
            }
            // NFS emulates flock with byte-range locks, which want a file open for writing.
            Err(std::fs::TryLockError::Error(_)) if !reopened => {
                reopened = true;
                file = open_for_lock(target, true)?;
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(Error::io_op(IoOp::Lock, target, e));
            }
        }
    }
}

/// Whether the open `file` is the one now at `path`.
fn same_file(file: &std::fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::symlink_metadata(path)) {
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
    Err(err!("redigering-lank-utanfor", fil = path, mal = target))
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

/// Who holds the lock of the open plan `file`: "1234, användare erik", or nothing. Linux lists
/// every lock in `/proc/locks` (process, device and inode); elsewhere nothing is said.
fn holder(file: &std::fs::File) -> String {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let Ok(meta) = file.metadata() else {
            return String::new();
        };
        let dev = meta.dev();
        let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
        let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
        let wanted = format!("{major:02x}:{minor:02x}:{}", meta.ino());
        let Ok(locks) = crate::source::read_regular(Path::new("/proc/locks")) else {
            return String::new();
        };
        let locks = String::from_utf8_lossy(&locks);
        // "1: FLOCK  ADVISORY  WRITE 1234 08:02:131075 0 EOF"; a waiter's line has "->".
        let pid = locks.lines().find_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            (words.get(1) == Some(&"FLOCK") && words.get(5) == Some(&wanted.as_str()))
                .then(|| words.get(4).copied())
                .flatten()
                .filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        });
        let Some(pid) = pid else {
            return String::new();
        };
        match std::fs::metadata(format!("/proc/{pid}")).map(|m| user_name(m.uid())) {
            Ok(Some(user)) => format!("{pid}, {user}"),
            _ => pid.to_string(),
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = file;
        String::new()
    }
}

/// The login name of a user id, from `/etc/passwd` (letters, digits and `.-_` only).
#[cfg(target_os = "linux")]
fn user_name(uid: u32) -> Option<String> {
    let passwd = crate::source::read_capped(Path::new("/etc/passwd")).ok()?;
    let passwd = String::from_utf8_lossy(&passwd);
    let uid = uid.to_string();
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let (name, _, id) = (fields.next()?, fields.next()?, fields.next()?);
        (id == uid).then(|| {
            name.chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .take(32)
                .collect()
        })
    })
}

fn busy(path: &Path, holder: &str) -> Error {
    let secs = LOCK_WAIT.as_secs();
    if holder.is_empty() {
        return err!("redigering-upptagen", fil = path, sekunder = secs);
    }
    // `holder` is "pid" or "pid, user": the word for the user in each language.
    let mut process = msg!("redigering-upptagen-anvandare");
    for text in [&mut process.sv, &mut process.en] {
        *text = holder.replace(", ", &format!(", {text} "));
    }
    err!(
        "redigering-upptagen-av",
        fil = path,
        process = process,
        sekunder = secs
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
    replace_with(lock, expected, new, || {})
}

/// [`replace`], running `before_last_look` after the new text is written and synced and before
/// the last comparison (the tests put a concurrent `git checkout` there).
fn replace_with(
    lock: &PlanLock,
    expected: &[u8],
    new: &[u8],
    before_last_look: impl FnOnce(),
) -> Result<()> {
    let path = lock.target();
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.permissions().readonly() {
        return Err(err!("redigering-skrivskyddad", fil = path));
    }
    if new.len() as u64 > crate::source::MAX_FILE_BYTES {
        let mb = format!("{:.1}", new.len() as f64 / (1024.0 * 1024.0));
        let max = crate::source::MAX_FILE_BYTES / (1024 * 1024);
        // One decimal, with the decimal comma in Swedish.
        let mut mb = crate::i18n::Msg::same(mb);
        mb.sv = mb.sv.replace('.', ",");
        return Err(err!("redigering-for-stor", fil = path, mb = mb, max = max));
    }
    let unchanged = || -> Result<()> {
        let current = crate::source::read_capped(path).map_err(|e| Error::read(path, e))?;
        if current != expected {
            return Err(Error::ChangedOnDisk(path.to_path_buf()));
        }
        Ok(())
    };
    unchanged()?;
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
    before_last_look();
    // Writing and syncing took time in which a program that takes no lock (`git checkout`, an
    // editor) may have written the plan: look once more, immediately before the rename. (The
    // temporary file goes when `tmp` is dropped.)
    unchanged()?;
    tmp.persist(path)
        .map_err(|e| Error::io_op(IoOp::Rename, path, e.error))?;
    sync_dir(path);
    Ok(())
}

/// Create `path` with `content`; refused when it already exists. The file gets read and write
/// for the owner and the group as the umask allows, nothing for others.
pub fn create(path: &Path, content: &[u8]) -> Result<()> {
    let tmp = write_temp_with(path, content, true)?;
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            err!("redigering-finns-redan", fil = path)
        } else {
            Error::io_op(IoOp::Rename, path, e.error)
        }
    })?;
    sync_dir(path);
    Ok(())
}

fn write_temp(path: &Path, content: &[u8]) -> Result<tempfile::NamedTempFile> {
    write_temp_with(path, content, false)
}

/// A synced temporary file beside `path` holding `content`: private (0600) until its mode is
/// set, or with `new_file`, created with the mode of a new file under the umask.
fn write_temp_with(path: &Path, content: &[u8], new_file: bool) -> Result<tempfile::NamedTempFile> {
    let (dir, name) = dir_and_name(path);
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    if new_file {
        use std::os::unix::fs::PermissionsExt;
        // The kernel takes the umask off: 0660 & !umask.
        builder.permissions(std::fs::Permissions::from_mode(NEW_FILE_MODE));
    }
    #[cfg(not(unix))]
    let _ = new_file;
    let mut tmp = builder
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

    #[test]
    fn busy_says_who_holds_the_plan_in_each_language() {
        use crate::i18n::Lang;
        let secs = LOCK_WAIT.as_secs();
        let e = busy(Path::new("p.yaml"), "123, eva");
        assert_eq!(
            e.text(Lang::Sv),
            format!(
                "p.yaml ändras just nu av ett annat sip-kommando (process 123, användare eva) och blev inte ledig på {secs} sekunder; inget skrevs. Vänta en stund och kör kommandot igen"
            )
        );
        assert!(e.text(Lang::En).contains("(process 123, user eva)"));
        let e = busy(Path::new("p.yaml"), "");
        assert!(
            e.text(Lang::Sv)
                .contains("sip-kommando och blev inte ledig")
        );
    }

    fn locked(p: &Path) -> PlanLock {
        lock(p, p.parent().unwrap()).unwrap()
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut left: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        left
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
        assert_eq!(names(dir.path()), ["a.yaml"], "no temporary or lock file");
        drop(l);
        assert_eq!(names(dir.path()), ["a.yaml"]);
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

    /// A `git checkout` (which takes no lock) writes the plan after the new text was written and
    /// synced, just before the rename: it is seen, and its file stays.
    #[test]
    fn a_checkout_between_the_sync_and_the_rename_is_caught() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "syfte: A\n").unwrap();
        let l = locked(&p);
        let read = std::fs::read(&p).unwrap();
        let err = replace_with(&l, &read, b"syfte: A\nbehov: []\n", || {
            // As git does: the old file removed, a new one written in its place.
            std::fs::remove_file(&p).unwrap();
            std::fs::write(&p, "syfte: B\n").unwrap();
        })
        .unwrap_err();
        assert!(matches!(err, Error::ChangedOnDisk(_)), "{err:?}");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "syfte: B\n");
        assert_eq!(names(dir.path()), ["a.yaml"], "the temporary file is gone");
        // The same checkout writing what was read changes nothing that could be lost.
        let l2 = {
            drop(l);
            locked(&p)
        };
        replace_with(&l2, b"syfte: B\n", b"syfte: C\n", || {
            std::fs::write(&p, "syfte: B\n").unwrap();
        })
        .unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "syfte: C\n");
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
            let second = lock(&p2, p2.parent().unwrap()).unwrap();
            tx.send(()).unwrap();
            // The second holds the file the first wrote, not the one it replaced.
            replace(&second, b"ny\n", b"tredje\n").is_ok()
        });
        // The second is still waiting while the first holds the lock.
        assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
        replace(&first, b"x\n", b"ny\n").unwrap();
        drop(first);
        assert!(rx.recv_timeout(LOCK_WAIT).is_ok());
        assert!(t.join().unwrap());
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "tredje\n");
    }

    /// A `.<plan>.lock` link (placed by someone, or committed and pulled) is never opened,
    /// written or removed: the lock is the plan's own.
    #[cfg(unix)]
    #[test]
    fn a_lock_link_beside_the_plan_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "x\n").unwrap();
        let victim = dir.path().join("viktigt.txt");
        std::fs::write(&victim, "VIKTIGT\n").unwrap();
        let link = dir.path().join(".a.yaml.lock");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        let l = locked(&p);
        replace(&l, b"x\n", b"y\n").unwrap();
        drop(l);
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "VIKTIGT\n");
        assert!(std::fs::symlink_metadata(&link).is_ok(), "the link stays");
        // A link to nothing creates nothing.
        let nowhere = dir.path().join("skapad.txt");
        std::fs::remove_file(&link).unwrap();
        std::os::unix::fs::symlink(&nowhere, &link).unwrap();
        let l = locked(&p);
        replace(&l, b"y\n", b"z\n").unwrap();
        drop(l);
        assert!(!nowhere.exists());
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "z\n");
    }

    /// A lock file left by an older version (another user's, not writable) does not stop an edit
    /// and is not touched.
    #[cfg(unix)]
    #[test]
    fn a_leftover_lock_file_is_ignored() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "x\n").unwrap();
        let old = dir.path().join(".a.yaml.lock");
        std::fs::write(&old, "4242 erik\n").unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o444)).unwrap();
        let l = locked(&p);
        replace(&l, b"x\n", b"y\n").unwrap();
        drop(l);
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "4242 erik\n");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "y\n");
    }

    #[test]
    fn a_new_text_over_the_cap_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "x\n").unwrap();
        let l = locked(&p);
        let big = vec![b'#'; crate::source::MAX_FILE_BYTES as usize + 1];
        let err = replace(&l, b"x\n", &big).unwrap_err();
        assert!(
            err.text(crate::i18n::Lang::Sv)
                .contains("en plan får vara högst 1 MB"),
            "{}",
            err.text(crate::i18n::Lang::Sv)
        );
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "x\n");
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
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode();
            assert_eq!(mode & 0o007, 0, "nothing for others: {mode:o}");
            assert_eq!(mode & 0o600, 0o600);
        }
    }
}
