//! Atomic writes: a temporary file in the same folder, written, flushed to disk and renamed over
//! the plan, keeping the file's permissions. A crash or kill at any moment leaves either the old
//! file or the new one, never a torn one. A write is refused when the file's bytes changed since
//! they were read (someone else saved, or `git pull` ran meanwhile).

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Replace `path`, whose content was `expected` when read, by `new`.
pub fn replace(path: &Path, expected: &[u8], new: &[u8]) -> Result<()> {
    let current = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if current != expected {
        return Err(Error::msg(
            format!(
                "{} ändrades på disken medan sip arbetade (någon annan sparade, eller git uppdaterade filen); inget skrevs. Kör kommandot igen",
                path.display()
            ),
            format!(
                "{} changed on disk while sip was working (someone else saved, or git updated it); nothing was written. Run the command again",
                path.display()
            ),
        ));
    }
    let perms = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .permissions();
    let tmp = write_temp(path, new)?;
    tmp.as_file()
        .set_permissions(perms)
        .map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
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
            Error::io(path, e.error)
        }
    })?;
    sync_dir(path);
    Ok(())
}

fn write_temp(path: &Path, content: &[u8]) -> Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    tmp.write_all(content).map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    Ok(tmp)
}

/// Make the rename itself durable (best effort: not every platform can sync a folder).
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(f) = std::fs::File::open(dir) {
            let _ = f.sync_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        replace(&p, b"gammal\n", b"ny\n").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "ny\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn refuses_when_the_file_changed_since_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "läst\n").unwrap();
        let read = std::fs::read(&p).unwrap();
        // Someone else saves between our read and our write.
        std::fs::write(&p, "deras ändring\n").unwrap();
        let err = replace(&p, &read, "vår ändring\n".as_bytes()).unwrap_err();
        assert!(
            err.text(crate::i18n::Lang::Sv)
                .contains("ändrades på disken")
        );
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "deras ändring\n");
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
