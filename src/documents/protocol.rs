//! `sip protocol PLAN [MÖ1]`: the minutes (minnesanteckningar) of one meeting,
//! built as a [`Doc`]: when and where, who took part, what was decided (the plan's four points as
//! they stand after the meeting), what changed since the previous meeting (the meeting's notes,
//! as git history is not read here), and the next follow-up. Default: the last meeting held.

use super::doc::{Block, Doc, Field, Item};
use super::{Source, date, long_date, long_datetime};
use crate::error::{Error, Result};
use crate::git::prior::Prior;
use crate::model::enums::InterventionStatus;
use crate::model::plan::{Meeting, Plan};

/// Build the minutes of the meeting `wanted` (default: the last one held), without the plan's
/// earlier versions (the changes since the previous meeting are then said to be unknown).
pub fn build(src: &Source, wanted: Option<&str>) -> Result<Doc> {
    build_with(src, wanted, &|_| Prior::NoGit)
}

/// Build the minutes; `prior` gives the plan as it was when a meeting was held (read from git at
/// the edge).
pub fn build_with(
    src: &Source,
    wanted: Option<&str>,
    prior: &dyn Fn(&Meeting) -> Prior,
) -> Result<Doc> {
    let plan = src.plan;
    let m: &Meeting = match wanted {
        Some(_) => src
            .meeting(wanted)?
            .meeting
            .ok_or_else(|| Error::msg("inget möte", "no meeting"))?,
        None => plan
            .meetings
            .iter()
            .filter(|m| m.is_held())
            .max_by_key(|m| m.time.as_ref().map(|t| t.value))
            .ok_or_else(|| {
                Error::msg(
                    format!(
                        "planen {id} har inget genomfört möte: markera mötet som hållet med `sip meeting held {id} MÖ1`, eller ange mötet",
                        id = plan.id_or_placeholder()
                    ),
                    format!(
                        "the plan {id} has no meeting held: mark it held with `sip meeting held {id} MÖ1`, or name the meeting",
                        id = plan.id_or_placeholder()
                    ),
                )
            })?,
    };
    super::guard::consent_on_meeting_day(src, Some(m), ("minnesanteckningarna", "the minutes"))?;
    let name = src.or_missing(plan.name());
    let mut doc = Doc::new(
        "protocol",
        src.lang,
        src.t(
            "Minnesanteckningar från SIP-möte",
            "Minutes of a SIP meeting",
        ),
    );
    doc.subtitle = Some(name);
    doc.header = vec![
        Field::new(
            src.t("Tid", "Time"),
            m.time
                .as_ref()
                .map_or_else(|| src.missing(), |t| long_datetime(t.value, src.lang)),
        ),
        Field::new(
            src.t("Plats", "Place"),
            match (&m.place, &m.digital) {
                // v3: protected personal data: no place in the minutes.
                (Some(_), _) if plan.is_protected() => src.hidden_place(),
                (Some(p), Some(d)) => format!(
                    "{}; {} {}",
                    p.value,
                    src.t("digitalt via", "online via"),
                    d.value
                ),
                (Some(p), None) => p.value.clone(),
                (None, Some(d)) => format!("{} {}", src.t("digitalt via", "online via"), d.value),
                (None, None) => src.missing(),
            },
        ),
        Field::new(
            src.t("Möte", "Meeting"),
            src.kind_title(super::kind_of(m, plan)),
        ),
        Field::new(
            src.t("Samtalsledare", "Meeting leader"),
            src.or_missing(src.leader(Some(m)).as_deref()),
        ),
    ];
    if !m.is_held() {
        doc.warn(src.t(
            "mötet är inte markerat som genomfört.",
            "the meeting is not marked as held.",
        ));
    }
    // v3: those recorded absent (`närvarande: false`) under "Förhinder", not "Närvarande".
    let (absent, present): (Vec<_>, Vec<_>) =
        m.participants.iter().cloned().partition(|p| p.absent());
    let with = |participants| Meeting {
        participants,
        ..m.clone()
    };
    let people = super::letter::attendees(src, &with(present));
    doc.section(src.t("Närvarande", "Present"), vec![Block::bullets(people)]);
    if !absent.is_empty() {
        let away = super::letter::attendees(src, &with(absent));
        doc.section(src.t("Förhinder", "Absent"), vec![Block::bullets(away)]);
    }
    let (heading, blocks) = changes(src, m, prior);
    doc.section(heading, blocks);
    doc.section(
        src.t("Det här beslutades", "What was decided"),
        decided(src),
    );
    doc.section(
        src.t("Nästa uppföljning", "Next follow-up"),
        vec![Block::para(next(src, m))],
    );
    doc.footer = Some(src.footer());
    doc.page_head = Some(src.page_head());
    src.mark_protected(&mut doc);
    Ok(doc)
}

/// The previous meeting and this meeting's notes, under a heading that fits: what happened since
/// the previous meeting, or the notes of the first one.
fn changes(src: &Source, m: &Meeting, prior: &dyn Fn(&Meeting) -> Prior) -> (String, Vec<Block>) {
    let this = m.time.as_ref().map(|t| t.value);
    let previous = src
        .plan
        .meetings
        .iter()
        .filter(|x| !std::ptr::eq(*x, m))
        .filter(|x| {
            x.time
                .as_ref()
                .is_some_and(|t| this.is_none_or(|tt| t.value < tt))
        })
        .max_by_key(|x| x.time.as_ref().map(|t| t.value));
    let previous_time = previous.and_then(|x| x.time.as_ref()).map(|t| t.value);
    let mut out = vec![Block::para(match previous_time {
        Some(t) => src.pick(
            format!("Förra mötet hölls {}.", long_date(t.date(), src.lang)),
            format!(
                "The previous meeting was held on {}.",
                long_date(t.date(), src.lang)
            ),
        ),
        None => src
            .t(
                "Det här var planens första möte.",
                "This was the plan's first meeting.",
            )
            .to_string(),
    })];
    let heading = if previous.is_some() {
        src.t(
            "Det här har hänt sedan förra mötet",
            "What has happened since the last meeting",
        )
    } else {
        src.t("Anteckningar från mötet", "Notes from the meeting")
    };
    out.push(Block::para(m.notes.as_ref().map_or_else(
        || {
            src.t(
                "Inga anteckningar från mötet är registrerade.",
                "No notes from the meeting are recorded.",
            )
            .to_string()
        },
        |n| n.value.trim().to_string(),
    )));
    // v3: the plan as it was at the previous meeting against the plan as it is now (uncommitted
    // changes included), in sentences.
    if let Some(prev) = previous {
        out.push(Block::heading(src.t(
            "Ändringar i planen sedan förra mötet",
            "Changes to the plan since the last meeting",
        )));
        out.push(match prior(prev) {
            Prior::NoGit => Block::para(src.t(
                "Ändringarna sedan förra mötet kan inte visas, eftersom planmappen inte är i git. Gå igenom planen punkt för punkt på mötet.",
                "The changes since the last meeting cannot be shown, as the plan folder is not in git. Go through the plan point by point at the meeting.",
            )),
            Prior::NotFound => Block::para(src.t(
                "Ändringarna sedan förra mötet kan inte visas, eftersom ingen sparad version av planen är från förra mötet.",
                "The changes since the last meeting cannot be shown, as no saved version of the plan is from the last meeting.",
            )),
            Prior::Plan(old) => {
                let said = compare(src, &old, src.plan);
                if said.is_empty() {
                    Block::para(src.t(
                        "Planens behov, mål och insatser är desamma som efter förra mötet.",
                        "The plan's needs, goals and interventions are the same as after the last meeting.",
                    ))
                } else {
                    Block::bullets(said)
                }
            }
        });
    }
    (heading.to_string(), out)
}

/// What changed from `old` to `new`, in sentences a family can read.
pub fn compare(src: &Source, old: &Plan, new: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    let text = |s: &crate::model::plan::S<String>| {
        s.as_ref()
            .map_or_else(|| src.missing(), |v| v.value.trim().to_string())
    };
    let key = |s: &crate::model::plan::S<String>| s.as_ref().map(|v| v.value.to_lowercase());
    for n in &new.needs {
        if !old.needs.iter().any(|o| key(&o.id) == key(&n.id)) {
            out.push(src.pick(
                format!("Ett nytt behov har kommit till: {}.", text(&n.description)),
                format!("A new need has been added: {}.", text(&n.description)),
            ));
        }
    }
    for o in &old.needs {
        if !new.needs.iter().any(|n| key(&n.id) == key(&o.id)) {
            out.push(src.pick(
                format!(
                    "Behovet ”{}” finns inte längre med i planen.",
                    text(&o.description)
                ),
                format!(
                    "The need “{}” is no longer in the plan.",
                    text(&o.description)
                ),
            ));
        }
    }
    for g in &new.goals {
        match old.goals.iter().find(|o| key(&o.id) == key(&g.id)) {
            None => out.push(src.pick(
                format!("Ett nytt mål har satts: {}.", text(&g.description)),
                format!("A new goal has been set: {}.", text(&g.description)),
            )),
            Some(o) => {
                if o.outcome.is_none() {
                    if let Some(res) = src.goal_outcome(g) {
                        out.push(src.pick(
                            format!("Målet ”{}” har utvärderats: {res}.", text(&g.description)),
                            format!(
                                "The goal “{}” has been evaluated: {res}.",
                                text(&g.description)
                            ),
                        ));
                    }
                }
            }
        }
    }
    for o in &old.goals {
        if !new.goals.iter().any(|g| key(&g.id) == key(&o.id)) {
            out.push(src.pick(
                format!("Målet ”{}” har tagits bort.", text(&o.description)),
                format!("The goal “{}” has been removed.", text(&o.description)),
            ));
        }
    }
    for i in &new.interventions {
        let what = text(&i.description);
        let status = i.status.as_ref().map(|s| s.value);
        match old.interventions.iter().find(|o| key(&o.id) == key(&i.id)) {
            None => {
                let who = i
                    .principal_str()
                    .map_or_else(String::new, |p| format!(" ({})", src.party(p)));
                out.push(src.pick(
                    format!("En ny insats har beslutats: {what}{who}."),
                    format!("A new intervention has been decided: {what}{who}."),
                ));
            }
            Some(o) if o.status.as_ref().map(|s| s.value) != status => match status {
                Some(InterventionStatus::Cancelled) => out.push(src.pick(
                    format!("Insatsen ”{what}” har avbrutits."),
                    format!("The intervention “{what}” has been stopped."),
                )),
                Some(InterventionStatus::Done) => out.push(src.pick(
                    format!("Insatsen ”{what}” är genomförd."),
                    format!("The intervention “{what}” is completed."),
                )),
                Some(InterventionStatus::Ongoing) => out.push(src.pick(
                    format!("Insatsen ”{what}” har börjat."),
                    format!("The intervention “{what}” has started."),
                )),
                _ => {}
            },
            Some(_) => {}
        }
    }
    for o in &old.interventions {
        if !new.interventions.iter().any(|i| key(&i.id) == key(&o.id)) {
            out.push(src.pick(
                format!(
                    "Insatsen ”{}” har tagits bort ur planen.",
                    text(&o.description)
                ),
                format!(
                    "The intervention “{}” has been removed from the plan.",
                    text(&o.description)
                ),
            ));
        }
    }
    let overall = |p: &Plan| {
        p.overall
            .as_ref()
            .and_then(|o| o.party.as_ref())
            .map(|x| x.value.clone())
    };
    if let (Some(a), Some(b)) = (overall(old), overall(new)) {
        if a != b {
            out.push(src.pick(
                format!(
                    "Det övergripande ansvaret har gått över till {}.",
                    src.party(&b)
                ),
                format!("Overall responsibility has passed to {}.", src.party(&b)),
            ));
        }
    }
    out
}

/// The plan's four points as they stand: interventions per huvudman, measures by others,
/// overall responsibility; and the goals.
fn decided(src: &Source) -> Vec<Block> {
    let mut out = Vec::new();
    let groups: Vec<Item> = src
        .interventions_by_party()
        .into_iter()
        // Other parties' interventions are element 3, as in the plan.
        .filter(|(party, _)| !party.is_some_and(|p| !src.is_principal(p)))
        .map(|(party, list)| {
            let who = party.map_or_else(|| src.to_decide(), |p| src.party(p));
            Item::with(
                who,
                vec![Block::bullets(list.iter().map(|i| {
                    let text = src.or_missing(i.description.as_ref().map(|s| s.value.as_str()));
                    let text = match src.period(i) {
                        Some(p) => format!("{text} ({p})"),
                        None => text,
                    };
                    // v3: a stopped or completed intervention says so.
                    match i.status.as_ref().map(|s| s.value) {
                        Some(s @ (InterventionStatus::Cancelled | InterventionStatus::Done)) => {
                            format!("{text} – {}", s.label(src.lang))
                        }
                        _ => text,
                    }
                }))],
            )
        })
        .collect();
    out.push(Block::heading(src.t(
        "Insatser och vem som ansvarar",
        "Interventions and who is responsible",
    )));
    out.push(if groups.is_empty() {
        Block::para(src.missing())
    } else {
        Block::list(false, groups)
    });
    out.push(Block::heading(src.t(
        "Åtgärder av andra än kommunen och regionen",
        "Measures by others than the municipality and the region",
    )));
    out.extend(super::plan::element_3_blocks(src));
    out.push(Block::heading(
        src.t("Övergripande ansvar", "Overall responsibility"),
    ));
    out.push(Block::para(src.overall_line()));
    out.push(Block::heading(src.t("Mål", "Goals")));
    out.push(if src.plan.goals.is_empty() {
        Block::para(src.missing())
    } else {
        Block::bullets(src.plan.goals.iter().map(|g| {
            let text = src.or_missing(g.description.as_ref().map(|s| s.value.as_str()));
            let text = match &g.by {
                Some(d) => format!("{text} ({} {})", src.t("senast", "by"), date(d.value)),
                None => text,
            };
            match src.goal_outcome(g) {
                Some(o) => format!("{text} – {}: {o}", src.t("utfall", "outcome")),
                None => text,
            }
        }))
    });
    out
}

/// The next follow-up: the plan's date, else the next meeting after this one.
fn next(src: &Source, m: &Meeting) -> String {
    let this = m.time.as_ref().map(|t| t.value);
    let later = src
        .plan
        .meetings
        .iter()
        .filter_map(|x| x.time.as_ref().map(|t| t.value))
        .filter(|t| this.is_some_and(|tt| *t > tt))
        .min();
    match (later, src.plan.next_follow_up()) {
        (Some(t), _) => long_datetime(t, src.lang),
        (None, Some(d)) => long_date(d, src.lang),
        (None, None) => src.missing(),
    }
}
