//! The errors that stop a command (exit 2). Findings are not errors: they are the result of
//! `check`. Every variant names the path or plan it concerns, in Swedish and English.

use std::path::PathBuf;

use crate::i18n::{Lang, Msg};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", .0.sv)]
    Message(Msg),
    #[error("kan inte {} {path}: {source}", .op.verb_sv())]
    Io {
        op: IoOp,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file of the plan folder that could not be read (see `source::read_capped`).
    #[error("kan inte läsa {path}: {}", .reason.0)]
    Read {
        path: PathBuf,
        reason: (String, String),
    },
    /// The plan's bytes changed on disk between reading and writing (an editor or git, which
    /// take no lock); nothing was written.
    #[error("{} ändrades på disken medan sip arbetade", .0.display())]
    ChangedOnDisk(PathBuf),
    /// Standard output was closed by its reader (`sip list | head`): not a failure.
    #[error("standard output closed")]
    BrokenPipe,
    /// Ctrl-C (or SIGTERM, SIGHUP) at a question or while the editor ran: what was done and
    /// kept (exit 130).
    #[error("{}", .0.sv)]
    Interrupted(Msg),
    /// A broken `sip.toml` or agreement file, with located messages already rendered.
    #[error("{}", .rendered)]
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
    fn verb_sv(self) -> &'static str {
        match self {
            IoOp::Read => "läsa",
            IoOp::Write => "skriva",
            IoOp::Rename => "byta namn på den nya filen till",
            IoOp::Create => "skapa",
            IoOp::Remove => "ta bort",
            IoOp::Lock => "låsa",
        }
    }
    fn verb_en(self) -> &'static str {
        match self {
            IoOp::Read => "read",
            IoOp::Write => "write",
            IoOp::Rename => "rename the new file to",
            IoOp::Create => "create",
            IoOp::Remove => "remove",
            IoOp::Lock => "lock",
        }
    }
}

impl Error {
    pub fn msg(sv: impl Into<String>, en: impl Into<String>) -> Self {
        Error::Message(Msg::new(sv, en))
    }
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
                reason: other.reason(),
            },
        }
    }
    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Error::Message(m) => m.get(lang).to_string(),
            Error::Io { op, path, source } => match lang {
                Lang::Sv => format!(
                    "kan inte {} {}: {}",
                    op.verb_sv(),
                    path.display(),
                    io_sv(source)
                ),
                Lang::En => format!("cannot {} {}: {source}", op.verb_en(), path.display()),
            },
            Error::Read { path, reason } => match lang {
                Lang::Sv => format!("kan inte läsa {}: {}", path.display(), reason.0),
                Lang::En => format!("cannot read {}: {}", path.display(), reason.1),
            },
            Error::ChangedOnDisk(path) => match lang {
                Lang::Sv => format!(
                    "{} ändrades på disken medan sip arbetade (någon sparade i en redigerare, eller git uppdaterade filen); inget skrevs. Kör kommandot igen",
                    path.display()
                ),
                Lang::En => format!(
                    "{} changed on disk while sip was working (someone saved in an editor, or git updated it); nothing was written. Run the command again",
                    path.display()
                ),
            },
            Error::BrokenPipe => String::new(),
            Error::Interrupted(m) => m.get(lang).to_string(),
            Error::Config { rendered } => rendered.get(lang).to_string(),
        }
    }
}
pub use crate::i18n::io_sv;

pub type Result<T, E = Error> = std::result::Result<T, E>;
