//! Lists and figures over the plan folder: `sip followups` (what is due, folder-wide, or one
//! plan's checklist), `sip list` (a row per plan) and `sip stats` (counts without personal data).
//!
//! Place in the flow: after `check` (folder-wide work goes through [`crate::check::map_plans`],
//! which keeps only the small rows each module returns, so memory stays flat on 100,000 plans).
//! `followups.rs`, `checklist.rs`, `list.rs` and `stats.rs` compute plain data and never print;
//! `render/` turns that data into table, JSON, CSV and iCalendar text and never reads a plan.
//! The `cli` commands are thin: parse flags, call one of these, print.
//!
//! Decisions the formats leave open, kept here so the code and the README say the same:
//! - `followups` covers every plan that is not `avslutad` (drafts included: their first meeting
//!   and its kallelse are exactly what must not be forgotten). See `followups.rs` for each kind.
//! - Ages are whole years on the initiation date (`initiering.datum`), from a valid personnummer,
//!   else `födelsedatum`, in the bands of [`AgeBand`].
//! - `--anonymize` (and `--format ics` unless `--names`) goes through the one
//!   [`crate::privacy::Anonymizer`]: the individual as initials (`Anna-Karin Berg` → `A.-K. B.`),
//!   and in every text (goals, places, notes, who does what) the names of the individual, their
//!   relatives and representatives as initials and any personnummer as `ÅÅMMDD-XXXX`.

use chrono::NaiveDate;

use crate::model::personnummer::{Personnummer, age_on};
use crate::model::plan::Plan;

pub mod checklist;
pub mod followups;
pub mod list;
pub mod render;
pub mod stats;

/// The individual's birth date: from a valid personnummer, else `födelsedatum`.
pub fn birth_date(plan: &Plan, today: NaiveDate) -> Option<NaiveDate> {
    let ind = &plan.individual;
    if let Some(p) = &ind.personnummer {
        if let Ok(pnr) = Personnummer::parse(&p.value, today) {
            return Some(pnr.birth_date);
        }
    }
    ind.birth_date.as_ref().map(|d| d.value)
}

/// Age bands for statistics (whole years on the initiation date).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgeBand {
    To15,
    To19,
    To29,
    To39,
    To49,
    To59,
    To65,
    From66,
    Unknown,
}

impl AgeBand {
    pub const ALL: [AgeBand; 9] = [
        AgeBand::To15,
        AgeBand::To19,
        AgeBand::To29,
        AgeBand::To39,
        AgeBand::To49,
        AgeBand::To59,
        AgeBand::To65,
        AgeBand::From66,
        AgeBand::Unknown,
    ];

    pub fn of_age(age: Option<u32>) -> AgeBand {
        match age {
            None => AgeBand::Unknown,
            Some(0..=15) => AgeBand::To15,
            Some(16..=19) => AgeBand::To19,
            Some(20..=29) => AgeBand::To29,
            Some(30..=39) => AgeBand::To39,
            Some(40..=49) => AgeBand::To49,
            Some(50..=59) => AgeBand::To59,
            Some(60..=65) => AgeBand::To65,
            Some(_) => AgeBand::From66,
        }
    }

    /// The band of the individual's age on the initiation date.
    pub fn of_plan(plan: &Plan, today: NaiveDate) -> AgeBand {
        let on = plan.initiation.date.as_ref().map(|d| d.value);
        let age = birth_date(plan, today)
            .zip(on)
            .and_then(|(b, on)| age_on(b, on));
        AgeBand::of_age(age)
    }

    /// The key in JSON and CSV (`0-15`, …, `66+`, `uppgift_saknas`).
    pub fn key(self) -> &'static str {
        match self {
            AgeBand::To15 => "0-15",
            AgeBand::To19 => "16-19",
            AgeBand::To29 => "20-29",
            AgeBand::To39 => "30-39",
            AgeBand::To49 => "40-49",
            AgeBand::To59 => "50-59",
            AgeBand::To65 => "60-65",
            AgeBand::From66 => "66+",
            AgeBand::Unknown => "uppgift_saknas",
        }
    }

    /// The column heading in tables.
    pub fn label(self, lang: crate::i18n::Lang) -> String {
        let band = match self {
            AgeBand::To15 => "0–15",
            AgeBand::To19 => "16–19",
            AgeBand::To29 => "20–29",
            AgeBand::To39 => "30–39",
            AgeBand::To49 => "40–49",
            AgeBand::To59 => "50–59",
            AgeBand::To65 => "60–65",
            AgeBand::From66 => "66+",
            AgeBand::Unknown => return t!(lang, "lista-alder-okand"),
        };
        band.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_bands() {
        assert_eq!(AgeBand::of_age(Some(15)), AgeBand::To15);
        assert_eq!(AgeBand::of_age(Some(16)), AgeBand::To19);
        assert_eq!(AgeBand::of_age(Some(65)), AgeBand::To65);
        assert_eq!(AgeBand::of_age(Some(66)), AgeBand::From66);
        assert_eq!(AgeBand::of_age(None), AgeBand::Unknown);
    }
}
