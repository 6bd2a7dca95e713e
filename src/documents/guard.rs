//! The consent guard (v3): a kallelse, an agenda or the minutes are about a person who is a
//! client of the parties, so none is printed unless the person's consent was recorded, not
//! withdrawn and not expired on the meeting's date; and no letter goes to a recipient the consent
//! does not cover. A refusal is an error (exit 2) that names the command that fixes it. The
//! minutes of a meeting held under valid consent stay printable after a later withdrawal.
//!
//! The refusals' words are in `locales/*/kallelse.ftl` (`kallelse-hinder-…`).

use chrono::NaiveDate;

use super::{Source, date};
use crate::error::Result;
use crate::model::plan::Meeting;

/// The document a refusal is about; its name in the refusal is a select on `$dokument` in the
/// Fluent message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    /// The kallelse (the overview or a letter).
    Invitation,
    /// The agenda.
    Agenda,
    /// The minutes.
    Minutes,
}

impl Document {
    /// The value of `$dokument` in `kallelse.ftl`.
    fn key(self) -> &'static str {
        match self {
            Document::Invitation => "kallelse",
            Document::Agenda => "dagordning",
            Document::Minutes => "minnesanteckningar",
        }
    }
}

/// The older form of naming the document, by its Swedish and English words
/// (`("dagordningen", "the agenda")`), read by its Swedish word.
impl<S: AsRef<str>, E> From<(S, E)> for Document {
    fn from((sv, _): (S, E)) -> Self {
        match sv.as_ref() {
            "dagordningen" => Document::Agenda,
            "minnesanteckningarna" => Document::Minutes,
            _ => Document::Invitation,
        }
    }
}

/// The day a meeting is judged on: its own date, else today.
fn day_of(src: &Source, m: Option<&Meeting>) -> NaiveDate {
    m.and_then(|x| x.time.as_ref())
        .map_or(src.today, |t| t.value.date())
}

/// Refuse (exit 2) unless consent was valid on the meeting's date. `what` names the document
/// ([`Document`]).
pub fn consent_on_meeting_day(
    src: &Source,
    m: Option<&Meeting>,
    what: impl Into<Document>,
) -> Result<()> {
    let dokument = what.into().key();
    let plan = src.plan;
    let plan_id = plan.id_or_placeholder();
    let day = day_of(src, m);
    let Some(c) = &plan.consent else {
        return Err(err!(
            "kallelse-hinder-inget-samtycke",
            dokument = dokument,
            plan_id = plan_id
        ));
    };
    if let Some(w) = c.withdrawn.as_ref().filter(|w| w.value <= day) {
        return Err(err!(
            "kallelse-hinder-samtycke-aterkallat",
            dokument = dokument,
            plan_id = plan_id,
            aterkallat = date(w.value),
            motesdag = date(day)
        ));
    }
    if let Some(u) = c.valid_until.as_ref().filter(|u| u.value < day) {
        return Err(err!(
            "kallelse-hinder-samtycke-utgatt",
            dokument = dokument,
            plan_id = plan_id,
            giltigt_till = date(u.value),
            motesdag = date(day)
        ));
    }
    if let Some(d) = c.date.as_ref().filter(|d| d.value > day) {
        return Err(err!(
            "kallelse-hinder-samtycke-efter-motet",
            dokument = dokument,
            plan_id = plan_id,
            givet = date(d.value),
            motesdag = date(day)
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each `$dokument` the code gives names its own document (a select falls back silently).
    #[test]
    fn each_document_is_named_in_its_refusal() {
        for (doc, sv, en) in [
            (Document::Invitation, "Kallelsen", "The invitation is"),
            (Document::Agenda, "Dagordningen", "The agenda is"),
            (Document::Minutes, "Minnesanteckningarna", "The minutes are"),
        ] {
            let m = msg!(
                "kallelse-hinder-inget-samtycke",
                dokument = doc.key(),
                plan_id = "sip-2026-x"
            );
            assert!(
                m.sv.starts_with(&format!("{sv} skrivs inte ut:")),
                "{}",
                m.sv
            );
            assert!(m.en.starts_with(&format!("{en} not printed:")), "{}", m.en);
        }
    }

    #[test]
    fn the_older_pair_names_the_same_document() {
        assert_eq!(
            Document::from(("kallelsen", "the invitation")),
            Document::Invitation
        );
        assert_eq!(
            Document::from(("dagordningen", "the agenda")),
            Document::Agenda
        );
        assert_eq!(
            Document::from(("minnesanteckningarna", "the minutes")),
            Document::Minutes
        );
    }
}
