//! Pieces of plan content that several documents print: the consent on one line, element 3 of
//! the plan (measures by others and what the individual does), and a meeting's purpose and
//! questions. They live here so that the documents that print them do not depend on each other.

use super::Source;
use super::date;
use super::doc::{Block, Item};
use crate::model::plan::{Consent, Giver, Meeting};

/// A meeting's own purpose (v2), else the plan's.
pub fn meeting_purpose<'a>(src: &Source<'a>, m: Option<&'a Meeting>) -> Option<&'a str> {
    m.and_then(|x| x.purpose.as_ref())
        .or(src.plan.purpose.as_ref())
        .map(|p| p.value.as_str())
}

/// A meeting's own questions (v2), else the plan's.
pub fn meeting_questions(src: &Source, m: Option<&Meeting>) -> Vec<Block> {
    match m.map(|x| &x.questions).filter(|q| !q.is_empty()) {
        Some(q) => vec![Block::list(
            true,
            q.iter().map(|s| Item::new(s.value.clone())).collect(),
        )],
        None => questions(src),
    }
}

fn questions(src: &Source) -> Vec<Block> {
    let q = &src.plan.questions;
    if q.is_empty() {
        vec![Block::para(src.missing())]
    } else {
        vec![Block::list(
            true,
            q.iter().map(|s| Item::new(s.value.clone())).collect(),
        )]
    }
}

/// Element 3 of the plan (measures by others, and what the individual does), as `sip show` and
/// the minutes print it.
pub fn element_3_blocks(src: &Source) -> Vec<Block> {
    let plan = src.plan;
    let mut items: Vec<Item> = Vec::new();
    if let Some(m) = &plan.measures {
        for x in &m.items {
            items.push(Item::new(t!(
                src.lang,
                "dokument-atgard-av",
                atgard = src.or_missing(x.description.as_ref().map(|s| s.value.as_str())),
                av = src.or_missing(x.by.as_ref().map(|s| s.value.as_str()))
            )));
        }
    }
    for i in &plan.interventions {
        if i.principal_str().is_some_and(|p| !src.is_principal(p)) {
            items.push(Item::new(src.intervention_line(i, true)));
        }
    }
    let mut blocks = Vec::new();
    if !items.is_empty() {
        blocks.push(Block::list(false, items));
    }
    match &plan.measures {
        None => blocks.push(Block::para(if blocks.is_empty() {
            src.missing()
        } else {
            t!(
                src.lang,
                "dokument-ovriga-atgarder-av-andra",
                varde = src.missing()
            )
        })),
        Some(_) if blocks.is_empty() => blocks.push(Block::para(t!(
            src.lang,
            "dokument-inga-bedomt-inga-atgarder-av"
        ))),
        Some(_) => {}
    }
    blocks.push(Block::heading(t!(
        src.lang,
        "dokument-det-har-gor-jag-sjalv"
    )));
    blocks.push(if plan.own_actions.is_empty() {
        Block::para(src.missing())
    } else {
        Block::bullets(plan.own_actions.iter().map(|a| a.value.trim().to_string()))
    });
    blocks
}

/// Consent on one line: form, date, given by, documented by, parties, validity.
pub fn consent_line(src: &Source, c: &Consent) -> String {
    let mut parts = Vec::new();
    let form = c
        .form
        .as_ref()
        .map_or_else(|| src.missing(), |f| f.value.label(src.lang));
    let day = c
        .date
        .as_ref()
        .map_or_else(|| src.missing(), |d| date(d.value));
    parts.push(t!(
        src.lang,
        "dokument-samtycke-form",
        form = form,
        datum = day
    ));
    if !c.given_by.is_empty() {
        parts.push(t!(
            src.lang,
            "dokument-samtycke-givet-av",
            givare = givers(src, c)
        ));
    }
    parts.push(t!(
        src.lang,
        "dokument-samtycke-omfattar",
        parter = parties(src, c)
    ));
    // No end date: nothing to say ("giltigt till ej angivet" reads as a fault).
    if let Some(v) = &c.valid_until {
        parts.push(t!(
            src.lang,
            "dokument-samtycke-giltigt-till",
            datum = date(v.value)
        ));
    }
    parts.join("; ")
}

/// Who gave the consent, as a list: role words in the document's language, names as written.
pub(super) fn givers(src: &Source, c: &Consent) -> String {
    let items: Vec<String> = c
        .given_by
        .iter()
        .map(|g| match &g.value {
            Giver::Role(r) => r.label(src.lang),
            Giver::Name(n) => n.clone(),
        })
        .collect();
    src.and_list(&items)
}

pub(super) fn parties(src: &Source, c: &Consent) -> String {
    if c.parties.is_empty() {
        return src.missing();
    }
    src.order_parties(c.parties.iter().map(|p| p.value.as_str()))
        .into_iter()
        .map(|p| src.party(p))
        .collect::<Vec<_>>()
        .join(", ")
}
