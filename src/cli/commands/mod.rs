//! One thin function per command.

pub mod agenda;
pub mod agreements;
pub mod check;
pub mod close;
pub mod completions;
pub mod consent;
pub mod crypt;
pub mod documents;
pub mod edit;
pub mod find;
pub mod fmt;
pub mod followup;
pub mod followups;
pub mod gallra;
pub mod git;
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
pub mod people;
pub mod protocol;
pub mod report;
pub mod responsible;
pub mod rules;
pub mod schema;
pub mod set;
pub mod show;
pub mod stats;
pub mod status;

use crate::i18n::{Lang, Msg};

/// A message whose variables differ by language (a label the model gives per language):
/// `by_lang(|l| t!(l, "id", orsak = reason.label(l)))`.
pub(crate) fn by_lang(f: impl Fn(Lang) -> String) -> Msg {
    Msg {
        sv: f(Lang::Sv),
        en: f(Lang::En),
    }
}

/// A message as the (Swedish, English) pair that `Editing::finish` reports.
pub(crate) fn done(m: Msg) -> (String, String) {
    (m.sv, m.en)
}

/// A (Swedish, English) pair from the editing helpers as a message, to pass as a variable.
pub(crate) fn from_pair((sv, en): (String, String)) -> Msg {
    Msg { sv, en }
}

/// A message as the (Swedish, English) words that the editing helpers take ("målet", "goal").
pub(crate) fn words(m: &Msg) -> (&str, &str) {
    (&m.sv, &m.en)
}
