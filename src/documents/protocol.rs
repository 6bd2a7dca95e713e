//! `sip protocol PLAN [MÖ1]`: the minutes (minnesanteckningar) of one meeting,
//! built as a [`Doc`]: when and where, who took part, what was decided (the plan's four points as
//! they stand after the meeting), what changed since the previous meeting (the meeting's notes,
//! as git history is not read here), and the next follow-up. Default: the last meeting held.

use super::doc::{Block, Doc, Field, Item};
use super::{Source, date, long_date, long_datetime};
use crate::error::{Error, Result};
use crate::model::plan::Meeting;

/// Build the minutes of the meeting `wanted` (default: the last one held).
pub fn build(src: &Source, wanted: Option<&str>) -> Result<Doc> {
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
    let (heading, blocks) = changes(src, m);
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
    Ok(doc)
}

/// The previous meeting and this meeting's notes, under a heading that fits: what happened since
/// the previous meeting, or the notes of the first one.
fn changes(src: &Source, m: &Meeting) -> (String, Vec<Block>) {
    let this = m.time.as_ref().map(|t| t.value);
    let previous = src
        .plan
        .meetings
        .iter()
        .filter(|x| !std::ptr::eq(*x, m))
        .filter_map(|x| x.time.as_ref().map(|t| t.value))
        .filter(|t| this.is_none_or(|tt| *t < tt))
        .max();
    let mut out = vec![Block::para(match previous {
        Some(t) => src
            .pick(
                format!("Förra mötet hölls {}.", long_date(t.date(), src.lang)),
                format!(
                    "The previous meeting was held on {}.",
                    long_date(t.date(), src.lang)
                ),
            )
            .to_string(),
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
    // What git recorded between the two meetings: the plan's changes in words.
    if let Some(since) = previous {
        let until = this.map_or(src.today, |t| t.date());
        if let Some(changes) = src.changes_since(since.date()) {
            let changes: Vec<String> = changes
                .into_iter()
                .filter(|c| {
                    c.get(..10)
                        .and_then(crate::model::plan::parse_date)
                        .is_none_or(|d| d <= until)
                })
                .collect();
            out.push(Block::para(src.t(
                "Ändringar i planen sedan förra mötet:",
                "Changes to the plan since the last meeting:",
            )));
            out.push(if changes.is_empty() {
                Block::para(src.t(
                    "Planen ändrades inte mellan mötena.",
                    "The plan did not change between the meetings.",
                ))
            } else {
                Block::list(false, changes.into_iter().map(Item::new).collect())
            });
        }
    }
    (heading.to_string(), out)
}

/// The plan's four points as they stand: interventions per huvudman, measures by others,
/// overall responsibility; and the goals.
fn decided(src: &Source) -> Vec<Block> {
    let mut out = Vec::new();
    let groups: Vec<Item> = src
        .interventions_by_party()
        .into_iter()
        .map(|(party, list)| {
            let who = party.map_or_else(|| src.to_decide(), |p| src.party(p));
            Item::with(
                who,
                vec![Block::bullets(list.iter().map(|i| {
                    let text = src.or_missing(i.description.as_ref().map(|s| s.value.as_str()));
                    match src.period(i) {
                        Some(p) => format!("{text} ({p})"),
                        None => text,
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
    out.push(Block::heading(
        src.t("Åtgärder av andra", "Measures by others"),
    ));
    out.push(match &src.plan.measures {
        None => Block::para(src.missing()),
        Some(x) if x.items.is_empty() => Block::para(src.t("Inga.", "None.")),
        Some(x) => Block::bullets(x.items.iter().map(|a| {
            format!(
                "{} ({})",
                src.or_missing(a.description.as_ref().map(|s| s.value.as_str())),
                src.or_missing(a.by.as_ref().map(|s| s.value.as_str()))
            )
        })),
    });
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
