//! `sip report`: the board report. The SIP work of a period, by agreement and by
//! gender, as nine indicators with their definitions, numerators and denominators, and no
//! personal data: each plan is reduced to [`Facts`] (dates, enums, the agreement id, the gender;
//! no name, personnummer, free text or plan id), folded into [`Report`], then disclosure control
//! ([`suppress`]) decides which cells may be shown. `render.rs` prints the result; it never reads
//! a plan.
//!
//! Definitions (the period is `from`–`to`, both days included):
//! - `startade`: plans whose `initiering.datum` lies in the period / every plan of the report.
//! - `aktiva`: plans `pågående` on `to` (status `pågående`, or `avslutad` with `avslut.datum`
//!   after `to`; initiated on or before `to`) / every plan.
//! - `avslutade`: plans whose `avslut.datum` lies in the period / every plan; `by_reason` splits
//!   the numerator by `avslut.orsak`.
//! - `uppföljda_i_tid`: active plans whose `uppföljning.nästa` is not before `to` / active plans.
//! - `eget_mål`: active plans with `individens_mål` / active plans.
//! - `individen_närvarande`: held meetings dated in the period with a participant of role
//!   `individen` not recorded absent / held meetings dated in the period.
//! - `kallelse_inom_3_dagar`: discharge plans (`initiering.utskrivningsklar` in the period) whose
//!   first kallelse (`kallelse_skickad`, earliest over the meetings) is at most three days after
//!   `utskrivningsklar` / such discharge plans.
//! - `dagar_till_upprättande`: the median days from `initiering.datum` to the held `upprättande`
//!   meeting, over the plans whose `upprättande` meeting was held in the period; numerator: the
//!   plans measured (with both dates), denominator: the plans with that meeting held in the period.
//! - `mål_utfall`: goals with `utfall.bedömning` `uppnått` / goals whose `utfall.datum` lies in the
//!   period; `by_outcome` splits the denominator by `bedömning`.
//!
//! Every share is split by agreement (the plan's agreement id when the folder knows it, else
//! `okänt`; `uppgift_saknas` when not given; the human formats name it by its `namn`, see
//! [`agreement_names`]) and by the individual's gender. A meeting and a goal
//! count under their plan's agreement and gender. One more line, not an indicator: the plans due
//! for gallring today under `[gallring]` in `sip.toml`.

use chrono::{Datelike, NaiveDate};

use crate::check::Unreadable;
use crate::git::gallring::{self, LastEntries, Verdict};
use crate::lists::stats::{MISSING, UNKNOWN, median, read_plans};
use crate::model::enums::{
    ClosingReason, Gender, GoalAssessment, MeetingKind, ParticipantRole, Status,
};
use crate::model::plan::Plan;
use crate::workspace::{PlanFolder, Workspace};

pub mod render;
pub mod suppress;

/// What one plan contributes: no personal data, no plan id.
#[derive(Clone, Debug)]
pub struct Facts {
    pub agreement: String,
    pub gender: Gender,
    pub initiated: Option<NaiveDate>,
    pub status: Option<Status>,
    pub closed: Option<NaiveDate>,
    pub reason: Option<ClosingReason>,
    pub next_follow_up: Option<NaiveDate>,
    pub own_goal: bool,
    /// (date, the individual took part and was not absent) of each held meeting.
    pub held: Vec<(NaiveDate, bool)>,
    pub discharge_ready: Option<NaiveDate>,
    pub first_invitation: Option<NaiveDate>,
    /// The date of the held `upprättande` meeting (the earliest, if several).
    pub drawn_up: Option<NaiveDate>,
    /// (utfall.datum, bedömning) of each evaluated goal.
    pub outcomes: Vec<(Option<NaiveDate>, GoalAssessment)>,
    pub gallring_due: bool,
}

impl Facts {
    pub fn of(plan: &Plan, ws: &Workspace, gallring_due: bool) -> Facts {
        let agreement = match &plan.agreement {
            None => MISSING.to_string(),
            Some(a) if ws.agreement(&a.value).is_some() => a.value.clone(),
            Some(_) => UNKNOWN.to_string(),
        };
        let held = plan
            .meetings
            .iter()
            .filter(|m| m.is_held())
            .filter_map(|m| {
                let present = m.participants.iter().any(|p| {
                    p.role
                        .as_ref()
                        .is_some_and(|r| r.value == ParticipantRole::Individual)
                        && !p.absent()
                });
                m.date().map(|d| (d, present))
            })
            .collect();
        let drawn_up = plan
            .meetings
            .iter()
            .filter(|m| m.is_held())
            .filter(|m| {
                m.kind
                    .as_ref()
                    .is_some_and(|k| k.value == MeetingKind::Initial)
            })
            .filter_map(|m| m.date())
            .min();
        Facts {
            agreement,
            gender: plan
                .individual
                .gender
                .as_ref()
                .map_or(Gender::Unknown, |g| g.value),
            initiated: plan.initiation.date.as_ref().map(|d| d.value),
            status: plan.status(),
            closed: plan
                .closing
                .as_ref()
                .and_then(|c| c.date.as_ref())
                .map(|d| d.value),
            reason: plan
                .closing
                .as_ref()
                .and_then(|c| c.reason.as_ref())
                .map(|r| r.value),
            next_follow_up: plan.next_follow_up(),
            own_goal: plan
                .own_goal
                .as_ref()
                .is_some_and(|g| !g.value.trim().is_empty()),
            held,
            discharge_ready: plan.initiation.discharge_ready.as_ref().map(|d| d.value),
            first_invitation: plan
                .meetings
                .iter()
                .filter_map(|m| m.invitation_sent.as_ref().map(|d| d.value))
                .min(),
            drawn_up,
            outcomes: plan
                .goals
                .iter()
                .filter_map(|g| {
                    let o = g.outcome.as_ref()?;
                    let a = o.assessment.as_ref()?.value;
                    Some((o.date.as_ref().map(|d| d.value), a))
                })
                .collect(),
            gallring_due,
        }
    }
}

/// A numerator and a denominator (and the days measured, for the median).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    pub num: u64,
    pub den: u64,
    pub days: Vec<i64>,
}

/// One indicator: the whole, by agreement, by gender, and its split (reason or outcome).
#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    pub id: &'static str,
    pub median: bool,
    pub total: Cell,
    pub by_agreement: Vec<(String, Cell)>,
    pub by_gender: Vec<(String, Cell)>,
    /// `by_reason` (avslutade) or `by_outcome` (mål_utfall): key and count.
    pub split: Option<(&'static str, Vec<(String, u64)>)>,
}

impl Indicator {
    fn new(id: &'static str) -> Indicator {
        Indicator {
            id,
            median: id == "dagar_till_upprättande",
            total: Cell::default(),
            by_agreement: Vec::new(),
            by_gender: Gender::VARIANTS
                .iter()
                .map(|g| (g.as_str().to_string(), Cell::default()))
                .collect(),
            split: match id {
                "avslutade" => Some((
                    "by_reason",
                    ClosingReason::ALL
                        .iter()
                        .map(|k| (k.to_string(), 0))
                        .collect(),
                )),
                "mål_utfall" => Some((
                    "by_outcome",
                    GoalAssessment::ALL
                        .iter()
                        .map(|k| (k.to_string(), 0))
                        .collect(),
                )),
                _ => None,
            },
        }
    }

    /// Count one unit: `den` always, `num` when `hit`, `days` when given; in the total, the
    /// plan's agreement row and its gender row.
    fn add(&mut self, agreement: &str, gender: Gender, hit: bool, days: Option<i64>) {
        let count = |c: &mut Cell| {
            c.den += 1;
            if hit {
                c.num += 1;
            }
            if let Some(d) = days {
                c.days.push(d);
            }
        };
        count(&mut self.total);
        match self.by_agreement.iter_mut().find(|(k, _)| k == agreement) {
            Some((_, c)) => count(c),
            None => {
                let mut c = Cell::default();
                count(&mut c);
                self.by_agreement.push((agreement.to_string(), c));
            }
        }
        if let Some((_, c)) = self
            .by_gender
            .iter_mut()
            .find(|(k, _)| k == gender.as_str())
        {
            count(c);
        }
    }

    fn split_add(&mut self, key: &str) {
        if let Some((_, rows)) = &mut self.split {
            match rows.iter_mut().find(|(k, _)| k == key) {
                Some((_, n)) => *n += 1,
                None => rows.push((key.to_string(), 1)),
            }
        }
    }

    /// The median days (for `dagar_till_upprättande`), or the share.
    pub fn value(cell: &Cell, median_kind: bool) -> Option<f64> {
        if median_kind {
            let mut d = cell.days.clone();
            median(&mut d)
        } else {
            (cell.den > 0).then(|| cell.num as f64 / cell.den as f64)
        }
    }
}

/// The ids of the nine indicators, in the order they are shown.
pub const IDS: [&str; 9] = [
    "startade",
    "aktiva",
    "avslutade",
    "uppföljda_i_tid",
    "eget_mål",
    "individen_närvarande",
    "kallelse_inom_3_dagar",
    "dagar_till_upprättande",
    "mål_utfall",
];

/// The report of one period.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub plans: u64,
    pub indicators: Vec<Indicator>,
    pub gallring_due: u64,
}

fn within(d: Option<NaiveDate>, from: NaiveDate, to: NaiveDate) -> bool {
    d.is_some_and(|d| d >= from && d <= to)
}

/// Fold the facts over the period `from`–`to`.
pub fn fold(facts: &[Facts], from: NaiveDate, to: NaiveDate) -> Report {
    let mut ind: Vec<Indicator> = IDS.iter().map(|id| Indicator::new(id)).collect();
    let mut gallring_due = 0;
    for f in facts {
        let (a, g) = (f.agreement.as_str(), f.gender);
        if f.gallring_due {
            gallring_due += 1;
        }
        ind[0].add(a, g, within(f.initiated, from, to), None);
        let active = f.initiated.is_none_or(|i| i <= to)
            && match f.status {
                Some(Status::Active) => true,
                Some(Status::Closed) => f.closed.is_some_and(|c| c > to) && f.initiated.is_some(),
                _ => false,
            };
        ind[1].add(a, g, active, None);
        let closed = f.status == Some(Status::Closed) && within(f.closed, from, to);
        ind[2].add(a, g, closed, None);
        if closed {
            ind[2].split_add(f.reason.map_or(MISSING, ClosingReason::as_str));
        }
        if active {
            ind[3].add(a, g, f.next_follow_up.is_some_and(|n| n >= to), None);
            ind[4].add(a, g, f.own_goal, None);
        }
        for (d, present) in &f.held {
            if within(Some(*d), from, to) {
                ind[5].add(a, g, *present, None);
            }
        }
        if let Some(ready) = f.discharge_ready.filter(|d| *d >= from && *d <= to) {
            let in_time = f
                .first_invitation
                .is_some_and(|k| (k - ready).num_days() <= 3);
            ind[6].add(a, g, in_time, None);
        }
        if let Some(up) = f.drawn_up.filter(|d| *d >= from && *d <= to) {
            let days = f.initiated.map(|i| (up - i).num_days());
            ind[7].add(a, g, days.is_some(), days);
        }
        for (d, o) in &f.outcomes {
            if within(*d, from, to) {
                ind[8].add(a, g, *o == GoalAssessment::Achieved, None);
                ind[8].split_add(o.as_str());
            }
        }
    }
    for i in &mut ind {
        i.by_agreement
            .sort_by(|x, y| (special(&x.0), &x.0).cmp(&(special(&y.0), &y.0)));
    }
    Report {
        from,
        to,
        plans: facts.len() as u64,
        indicators: ind,
        gallring_due,
    }
}

fn special(k: &str) -> u8 {
    match k {
        UNKNOWN => 1,
        MISSING => 2,
        _ => 0,
    }
}

/// The default period: the calendar year so far.
pub fn default_period(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let jan1 = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    (jan1, today)
}

/// The period of the same length that ends the day before `from`.
pub fn previous_period(from: NaiveDate, to: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let len = (to - from).num_days();
    let pto = from.pred_opt()?;
    let pfrom = pto.checked_sub_signed(chrono::Duration::days(len))?;
    Some((pfrom, pto))
}

/// The previous period exists when some plan was initiated on or before its last day.
pub fn has_previous(facts: &[Facts], pto: NaiveDate) -> bool {
    facts.iter().any(|f| f.initiated.is_some_and(|i| i <= pto))
}

/// The display name of each agreement id (its `namn` in the agreement file or `sip.toml`), for
/// the labels of the human formats; JSON keeps the ids. The first folder that knows an id names
/// it.
pub type Names = std::collections::BTreeMap<String, String>;

/// The agreement names of every folder of the report.
pub fn agreement_names(folders: &[PlanFolder]) -> Names {
    let mut names = Names::new();
    for f in folders {
        for a in &f.ws.agreements {
            if !a.name.trim().is_empty() {
                names
                    .entry(a.id.clone())
                    .or_insert_with(|| a.name.trim().to_string());
            }
        }
    }
    names
}

/// Every plan's facts (`agreement`: only plans of that agreement id).
pub fn collect(
    folders: &[PlanFolder],
    today: NaiveDate,
    agreement: Option<&str>,
) -> (Vec<Facts>, Vec<Unreadable>) {
    // Each folder's git history is read once, for the gallring of all its plans.
    let entries: Vec<Option<LastEntries>> = folders
        .iter()
        .map(|f| {
            f.ws.config
                .retention
                .as_ref()
                .and_then(|_| LastEntries::read(&f.ws.root).ok().flatten())
        })
        .collect();
    let (facts, unreadable) = read_plans(folders, today, |n, file, plan| {
        if let Some(id) = agreement {
            if plan.agreement.as_ref().map(|a| a.value.as_str()) != Some(id) {
                return None;
            }
        }
        let ws = &folders[n].ws;
        let due = ws.config.retention.as_ref().is_some_and(|r| {
            gallring::assess(plan, &file.path, r, entries[n].as_ref(), today)
                .is_some_and(|a| matches!(a.verdict, Verdict::Due))
        });
        Some(Facts::of(plan, ws, due))
    });
    (facts.into_iter().flatten().collect(), unreadable)
}
