//! One thin function per command.

pub mod agenda;
pub mod agreements;
pub mod check;
pub mod close;
pub mod completions;
pub mod consent;
pub mod documents;
pub mod edit;
pub mod editing;
pub mod fmt;
pub mod followup;
pub mod followups;
pub mod goal;
pub mod init;
pub mod intervention;
pub mod invitation;
pub mod list;
pub mod man;
pub mod measure;
pub mod meeting;
pub mod need;
pub mod new;
pub mod prompt;
pub mod responsible;
pub mod rules;
pub mod schema;
pub mod set;
pub mod show;
pub mod stats;
pub mod status;

/// The error of a command that is not built yet.
pub fn not_built(name: &str) -> crate::error::Error {
    crate::error::Error::msg(
        format!("`sip {name}` finns inte ännu i den här versionen"),
        format!("`sip {name}` is not available in this version yet"),
    )
}
