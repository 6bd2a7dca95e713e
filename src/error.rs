//! The errors that stop a command (exit 2). Findings are not errors: they are the result of
//! `check`. Every variant names the path or plan it concerns, in Swedish and English.

use std::path::PathBuf;

use crate::i18n::{Lang, Msg};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", .0.sv)]
    Message(Msg),
    #[error("kan inte läsa {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A broken `sip.toml` or agreement file, with located messages already rendered.
    #[error("{}", .rendered)]
    Config { rendered: String },
}

impl Error {
    pub fn msg(sv: impl Into<String>, en: impl Into<String>) -> Self {
        Error::Message(Msg::new(sv, en))
    }
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Error::Message(m) => m.get(lang).to_string(),
            Error::Io { path, source } => match lang {
                Lang::Sv => format!("kan inte läsa {}: {}", path.display(), io_sv(source)),
                Lang::En => format!("cannot read {}: {source}", path.display()),
            },
            Error::Config { rendered } => rendered.clone(),
        }
    }
}

/// Common I/O errors in Swedish.
pub fn io_sv(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "finns inte".into(),
        PermissionDenied => "behörighet saknas".into(),
        IsADirectory => "är en mapp".into(),
        _ => e.to_string(),
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
