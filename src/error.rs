//! The errors that stop a command (exit 2). Findings are not errors: they are the result of
//! `check`. Every variant names the path or plan it concerns, in Swedish and English; the texts
//! are in `locales/*/fel.ftl` (and the other areas' files for `Message`).

use std::path::{Path, PathBuf};

use crate::i18n::{Lang, Msg};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", self.text(Lang::Sv))]
    Message(Msg),
    #[error("{}", self.text(Lang::Sv))]
    Io {
        op: IoOp,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file of the plan folder that could not be read (see `source::read_capped`).
    #[error("{}", self.text(Lang::Sv))]
    Read { path: PathBuf, reason: Msg },
    /// The plan's bytes changed on disk between reading and writing (an editor or git, which
    /// take no lock); nothing was written.
    #[error("{}", self.text(Lang::Sv))]
    ChangedOnDisk(PathBuf),
    /// Standard output was closed by its reader (`sip list | head`): not a failure, and `main`
    /// prints nothing for it.
    #[error("{}", self.text(Lang::Sv))]
    BrokenPipe,
    /// Ctrl-C (or SIGTERM, SIGHUP) at a question or while the editor ran: what was done and
    /// kept (exit 130).
    #[error("{}", self.text(Lang::Sv))]
    Interrupted(Msg),
    /// A broken `sip.toml` or agreement file, with located messages already rendered.
    #[error("{}", self.text(Lang::Sv))]
    Config { rendered: crate::i18n::Msg },
}

/// What an I/O operation was doing, so that a message says what failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoOp {
    Read,
    Write,
    Rename,
    Create,
    Remove,
    Lock,
}

impl IoOp {
    /// "kan inte läsa {path}: {reason}" and the like (`locales/*/fel.ftl`).
    fn text(self, lang: Lang, path: &Path, reason: &str) -> String {
        match self {
            IoOp::Read => t!(lang, "fel-io-lasa", sokvag = path, orsak = reason),
            IoOp::Write => t!(lang, "fel-io-skriva", sokvag = path, orsak = reason),
            IoOp::Rename => t!(lang, "fel-io-byta-namn", sokvag = path, orsak = reason),
            IoOp::Create => t!(lang, "fel-io-skapa", sokvag = path, orsak = reason),
            IoOp::Remove => t!(lang, "fel-io-ta-bort", sokvag = path, orsak = reason),
            IoOp::Lock => t!(lang, "fel-io-lasa-las", sokvag = path, orsak = reason),
        }
    }
}

impl Error {
    /// A failed read.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::io_op(IoOp::Read, path, source)
    }
    /// A failed I/O operation of another kind.
    pub fn io_op(op: IoOp, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        if source.kind() == std::io::ErrorKind::BrokenPipe && op == IoOp::Write {
            return Error::BrokenPipe;
        }
        Error::Io {
            op,
            path: path.into(),
            source,
        }
    }
    /// A file of the plan folder that could not be read.
    pub fn read(path: impl Into<PathBuf>, e: crate::source::ReadError) -> Self {
        match e {
            crate::source::ReadError::Io(source) => Error::io(path, source),
            other => Error::Read {
                path: path.into(),
                reason: other.reason_msg(),
            },
        }
    }
    /// The message in a language: the same text as `Display` gives in Swedish.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Error::Message(m) | Error::Interrupted(m) => m.get(lang).to_string(),
            Error::Io { op, path, source } => {
                op.text(lang, path, crate::i18n::io_msg(source).get(lang))
            }
            Error::Read { path, reason } => IoOp::Read.text(lang, path, reason.get(lang)),
            Error::ChangedOnDisk(path) => t!(lang, "fel-andrad-pa-disken", sokvag = path),
            Error::BrokenPipe => t!(lang, "fel-utdata-stangd"),
            Error::Config { rendered } => rendered.get(lang).to_string(),
        }
    }
}
pub use crate::i18n::io_sv;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    /// `Display` is the Swedish `text`: one wording, from `locales/*/fel.ftl`.
    #[test]
    fn display_is_the_swedish_text() {
        let not_found = || std::io::Error::from(std::io::ErrorKind::NotFound);
        let errors = [
            Error::io_op(IoOp::Write, "planer/a.yaml", not_found()),
            Error::read(
                "planer/a.yaml",
                crate::source::ReadError::TooLarge {
                    size: Some(3 * 1024 * 1024 / 2),
                },
            ),
            Error::ChangedOnDisk("planer/a.yaml".into()),
            err!("kontroll-finns-inte", sokvag = "planer/b.yaml"),
        ];
        for e in &errors {
            assert_eq!(e.to_string(), e.text(Lang::Sv));
        }
        assert_eq!(
            errors[0].text(Lang::Sv),
            "kan inte skriva planer/a.yaml: finns inte"
        );
        assert!(
            errors[0]
                .text(Lang::En)
                .starts_with("cannot write planer/a.yaml: "),
            "{}",
            errors[0].text(Lang::En)
        );
        assert_eq!(
            errors[1].text(Lang::Sv),
            "kan inte läsa planer/a.yaml: filen är för stor (1,5 MB, högst 1 MB; en plan är några kB)"
        );
        assert_eq!(
            errors[1].text(Lang::En),
            "cannot read planer/a.yaml: the file is too large (1.5 MB, at most 1 MB; a plan is a few kB)"
        );
        assert!(
            errors[2]
                .text(Lang::Sv)
                .ends_with("inget skrevs. Kör kommandot igen")
        );
        assert_eq!(errors[3].text(Lang::En), "planer/b.yaml does not exist");
    }
}
