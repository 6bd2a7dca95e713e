//! `sip followups PLAN`: one plan's checklist for its next follow-up meeting, as plain data.
//! Computes, never prints (`render::checklist` prints it).
//!
//! What it holds, and the decisions the format leaves open:
//! - the next meeting: the earliest meeting not held dated today or later (else none), with
//!   whether its kallelse is sent;
//! - every intervention with its responsible party (id and name), provider, contact, status and
//!   dates, marked overdue when past `slut` while still planerad or pågår;
//! - every goal with its measure and deadline;
//! - the measures by others (`åtgärder_av_andra`): what the others promised;
//! - open needs: needs that no intervention addresses, counting only interventions that are
//!   planerad, pågår or genomförd (a cancelled one leaves its need open);
//! - the previous meeting: the latest held meeting, with its notes;
//! - every follow-up item of the plan (no window) and, among them, what is overdue and (v2) the
//!   deadlines still ahead: the kallelse after discharge, the agreement's longest time to the
//!   first kallelse, the 18th birthday.

use chrono::{NaiveDate, NaiveDateTime};

use super::followups::{Item, plan_items, sort};
use crate::i18n::Lang;
use crate::model::agreement::Agreement;
use crate::model::enums::{InterventionStatus, MeetingKind, Status};
use crate::model::plan::{Meeting, Plan};
use crate::privacy::{Anonymizer, initials};
use crate::workspace::PlanFile;

#[derive(Clone, Debug)]
pub struct Checklist {
    pub today: NaiveDate,
    pub plan: String,
    pub individual: String,
    pub agreement: Option<String>,
    pub status: Option<Status>,
    pub meeting_leader: Option<String>,
    pub overall_party: Option<String>,
    pub overall_person: Option<String>,
    pub next_follow_up: Option<NaiveDate>,
    pub next_meeting: Option<MeetingInfo>,
    pub previous_meeting: Option<MeetingInfo>,
    pub interventions: Vec<InterventionRow>,
    pub goals: Vec<GoalRow>,
    pub measures: Vec<MeasureRow>,
    pub open_needs: Vec<NeedRow>,
    /// Every item of the plan, sorted; the overdue ones have `days < 0`.
    pub items: Vec<Item>,
}

impl Checklist {
    pub fn overdue(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| i.is_overdue())
    }
    /// The statutory and agreed deadlines still ahead (v2): the kallelse after discharge, the
    /// agreement's longest time to the first kallelse, the 18th birthday.
    pub fn coming_deadlines(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| {
            !i.is_overdue()
                && (i.kind == super::followups::ItemKind::TurnsEighteen
                    || (i.kind == super::followups::ItemKind::Invitation
                        && matches!(i.source.as_deref(), Some("utskrivning" | "första"))))
        })
    }
}

#[derive(Clone, Debug)]
pub struct MeetingInfo {
    pub id: String,
    pub kind: Option<MeetingKind>,
    pub time: NaiveDateTime,
    pub place: Option<String>,
    pub digital: Option<String>,
    pub invitation_sent: Option<NaiveDate>,
    pub notes: Option<String>,
}

#[derive(Clone, Debug)]
pub struct InterventionRow {
    pub id: String,
    pub description: String,
    pub party: Option<String>,
    /// The party's name in the agreement (the id when unknown).
    pub party_name: Option<String>,
    pub provider: Option<String>,
    pub contact: Option<String>,
    pub status: Option<InterventionStatus>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// Past `slut` while still planerad or pågår.
    pub overdue: bool,
}

#[derive(Clone, Debug)]
pub struct GoalRow {
    pub id: String,
    pub description: String,
    pub measure: Option<String>,
    pub by: Option<NaiveDate>,
}

#[derive(Clone, Debug)]
pub struct MeasureRow {
    pub description: String,
    pub by: Option<String>,
}

#[derive(Clone, Debug)]
pub struct NeedRow {
    pub id: String,
    pub description: String,
}

fn s(v: &Option<crate::source::Spanned<String>>) -> Option<String> {
    v.as_ref().map(|x| x.value.clone())
}

fn meeting_info(m: &Meeting) -> Option<MeetingInfo> {
    Some(MeetingInfo {
        id: m.id_str().to_string(),
        kind: m.kind.as_ref().map(|k| k.value),
        time: m.time.as_ref()?.value,
        place: s(&m.place),
        digital: s(&m.digital),
        invitation_sent: m.invitation_sent.as_ref().map(|d| d.value),
        notes: s(&m.notes),
    })
}

/// With protected personal data the meeting's place is not printed (a digital meeting's link
/// says nothing of where anyone is).
fn hide_place(m: MeetingInfo, protected: bool) -> MeetingInfo {
    if !protected {
        return m;
    }
    MeetingInfo { place: None, ..m }
}

/// A meeting's free text (place, digital link, notes) and id through the anonymization.
fn scrub_meeting(m: MeetingInfo, opt: &impl Fn(Option<String>) -> Option<String>) -> MeetingInfo {
    MeetingInfo {
        id: opt(Some(m.id.clone())).unwrap_or(m.id),
        place: opt(m.place),
        digital: opt(m.digital),
        notes: opt(m.notes),
        ..m
    }
}

/// Build the checklist of one loaded plan.
pub fn build(
    plan: &Plan,
    agreement: Option<&Agreement>,
    file: &PlanFile,
    today: NaiveDate,
    lang: Lang,
    anonymize: bool,
) -> Checklist {
    let name = plan.name().unwrap_or("");
    let anon = anonymize.then(|| Anonymizer::of_names(plan.personal_names()));
    let text = |t: &str| match &anon {
        Some(a) => a.scrub(t),
        None => t.to_string(),
    };
    let opt = |t: Option<String>| t.map(|t| text(&t));
    let next_meeting = plan
        .meetings
        .iter()
        .filter(|m| !m.is_held() && m.date().is_some_and(|d| d >= today))
        .min_by_key(|m| m.time.as_ref().map(|t| t.value))
        .and_then(meeting_info)
        .map(|m| hide_place(m, plan.is_protected()))
        .map(|m| scrub_meeting(m, &opt));
    let previous_meeting = plan
        .meetings
        .iter()
        .filter(|m| m.is_held())
        .max_by_key(|m| m.time.as_ref().map(|t| t.value))
        .and_then(meeting_info)
        .map(|m| hide_place(m, plan.is_protected()))
        .map(|m| scrub_meeting(m, &opt));
    let interventions = plan
        .interventions
        .iter()
        .map(|i| {
            let status = i.status.as_ref().map(|s| s.value);
            let end = i.end.as_ref().map(|d| d.value);
            let open = status.is_none_or(|s| {
                matches!(s, InterventionStatus::Planned | InterventionStatus::Ongoing)
            });
            let party = i.principal_str().map(str::to_string);
            InterventionRow {
                id: opt(s(&i.id)).unwrap_or_else(|| "?".into()),
                description: text(&s(&i.description).unwrap_or_default()),
                party_name: opt(party
                    .as_deref()
                    .map(|p| agreement.map_or(p, |a| a.party_name(p)).to_string())),
                party: opt(party),
                provider: opt(s(&i.provider)),
                contact: opt(s(&i.contact)),
                status,
                start: i.start.as_ref().map(|d| d.value),
                end,
                overdue: open && end.is_some_and(|e| e < today),
            }
        })
        .collect();
    let goals = plan
        .goals
        .iter()
        .map(|g| GoalRow {
            id: opt(s(&g.id)).unwrap_or_else(|| "?".into()),
            description: text(&s(&g.description).unwrap_or_default()),
            measure: s(&g.measure).map(|m| text(&m)),
            by: g.by.as_ref().map(|d| d.value),
        })
        .collect();
    let measures = plan
        .measures
        .iter()
        .flat_map(|m| &m.items)
        .map(|m| MeasureRow {
            description: text(&s(&m.description).unwrap_or_default()),
            by: s(&m.by).map(|b| text(&b)),
        })
        .collect();
    let open_needs = plan
        .needs
        .iter()
        .filter_map(|n| {
            let id = s(&n.id)?;
            let addressed = plan.interventions.iter().any(|i| {
                i.needs.iter().any(|b| b.value == id)
                    && i.status
                        .as_ref()
                        .is_none_or(|s| s.value != InterventionStatus::Cancelled)
            });
            (!addressed).then(|| NeedRow {
                description: text(&s(&n.description).unwrap_or_default()),
                id: text(&id),
            })
        })
        .collect();
    let mut items = plan_items(plan, agreement, file, today, lang, anonymize);
    sort(&mut items);
    Checklist {
        today,
        plan: text(
            &plan
                .id_str()
                .map_or_else(|| file.display.clone(), str::to_string),
        ),
        individual: if anonymize {
            initials(name)
        } else {
            name.to_string()
        },
        agreement: opt(s(&plan.agreement)),
        status: plan.status(),
        meeting_leader: opt(s(&plan.meeting_leader)),
        overall_party: opt(plan.overall_party().map(str::to_string)),
        overall_person: opt(plan.overall.as_ref().and_then(|o| s(&o.person))),
        next_follow_up: plan.next_follow_up(),
        next_meeting,
        previous_meeting,
        interventions,
        goals,
        measures,
        open_needs,
        items,
    }
}
