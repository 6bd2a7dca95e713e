//! `sip protocol PLAN [MÖ1]`: the minutes (minnesanteckningar) of one meeting,
//! built as a [`Doc`]: when and where, who took part, what was decided (the plan's four points as
//! they stand after the meeting), what changed since the previous meeting (the meeting's notes,
//! as git history is not read here), and the next follow-up. Default: the last meeting held.

use super::doc::{Block, Doc, Field, Item};
use super::{Source, date, long_date, long_datetime};
use crate::error::Result;
use crate::git::prior::Prior;
use crate::i18n::Lang;
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
            .ok_or_else(|| err!("protokoll-inget-mote"))?,
        None => plan
            .meetings
            .iter()
            .filter(|m| m.is_held())
            .max_by_key(|m| m.time.as_ref().map(|t| t.value))
            .ok_or_else(|| {
                err!(
                    "protokoll-inget-genomfort-mote",
                    plan_id = plan.id_or_placeholder()
                )
            })?,
    };
    super::guard::consent_on_meeting_day(
        src,
        Some(m),
        (
            &t!(Lang::Sv, "dokument-namn-minnesanteckningar"),
            &t!(Lang::En, "dokument-namn-minnesanteckningar"),
        ),
    )?;
    let name = src.or_missing(plan.name());
    let mut doc = Doc::new(
        "protocol",
        src.lang,
        t!(src.lang, "protokoll-minnesanteckningar-fran-sip-mote"),
    );
    doc.subtitle = Some(name);
    doc.header = vec![
        Field::new(
            t!(src.lang, "protokoll-tid"),
            m.time
                .as_ref()
                .map_or_else(|| src.missing(), |t| long_datetime(t.value, src.lang)),
        ),
        Field::new(
            t!(src.lang, "protokoll-plats"),
            match (&m.place, &m.digital) {
                // v3: protected personal data: no place in the minutes.
                (Some(_), _) if plan.is_protected() => src.hidden_place(),
                (Some(p), Some(d)) => t!(
                    src.lang,
                    "protokoll-plats-och-digitalt",
                    plats = p.value.as_str(),
                    system = d.value.as_str()
                ),
                (Some(p), None) => p.value.clone(),
                (None, Some(d)) => t!(
                    src.lang,
                    "protokoll-digitalt-via",
                    system = d.value.as_str()
                ),
                (None, None) => src.missing(),
            },
        ),
        Field::new(
            t!(src.lang, "protokoll-mote"),
            src.kind_title(super::kind_of(m, plan)),
        ),
        Field::new(
            t!(src.lang, "protokoll-samtalsledare"),
            src.or_missing(src.leader(Some(m)).as_deref()),
        ),
    ];
    if !m.is_held() {
        doc.warn(t!(src.lang, "protokoll-motet-ar-inte-markerat-som"));
    }
    // v3: those recorded absent (`närvarande: false`) under "Förhinder", not "Närvarande".
    let (absent, present): (Vec<_>, Vec<_>) =
        m.participants.iter().cloned().partition(|p| p.absent());
    let with = |participants| Meeting {
        participants,
        ..m.clone()
    };
    let people = super::letter::attendees(src, &with(present));
    doc.section(
        t!(src.lang, "protokoll-narvarande"),
        vec![Block::bullets(people)],
    );
    if !absent.is_empty() {
        let away = super::letter::attendees(src, &with(absent));
        doc.section(
            t!(src.lang, "protokoll-forhinder"),
            vec![Block::bullets(away)],
        );
    }
    let (heading, blocks) = changes(src, m, prior);
    doc.section(heading, blocks);
    doc.section(t!(src.lang, "protokoll-det-har-beslutades"), decided(src));
    doc.section(
        t!(src.lang, "protokoll-nasta-uppfoljning"),
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
        Some(t) => t!(
            src.lang,
            "protokoll-forra-motet-holls",
            datum = long_date(t.date(), src.lang)
        ),
        None => t!(src.lang, "protokoll-planens-forsta-mote"),
    })];
    let heading = if previous.is_some() {
        t!(src.lang, "protokoll-det-har-har-hant-sedan")
    } else {
        t!(src.lang, "protokoll-anteckningar-fran-motet")
    };
    out.push(Block::para(m.notes.as_ref().map_or_else(
        || t!(src.lang, "protokoll-inga-anteckningar-fran-motet-ar"),
        |n| n.value.trim().to_string(),
    )));
    // v3: the plan as it was at the previous meeting against the plan as it is now (uncommitted
    // changes included), in sentences.
    if let Some(prev) = previous {
        out.push(Block::heading(t!(
            src.lang,
            "protokoll-andringar-i-planen-sedan-forra"
        )));
        out.push(match prior(prev) {
            Prior::NoGit => {
                Block::para(t!(src.lang, "protokoll-andringarna-sedan-forra-motet-kan"))
            }
            Prior::NotFound => Block::para(t!(
                src.lang,
                "protokoll-andringarna-sedan-forra-motet-kan-2"
            )),
            Prior::Plan(old) => {
                let said = compare(src, &old, src.plan);
                if said.is_empty() {
                    Block::para(t!(src.lang, "protokoll-planens-behov-mal-och-insatser"))
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
            out.push(t!(
                src.lang,
                "protokoll-nytt-behov",
                behov = text(&n.description)
            ));
        }
    }
    for o in &old.needs {
        if !new.needs.iter().any(|n| key(&n.id) == key(&o.id)) {
            out.push(t!(
                src.lang,
                "protokoll-behov-borttaget",
                behov = text(&o.description)
            ));
        }
    }
    for g in &new.goals {
        match old.goals.iter().find(|o| key(&o.id) == key(&g.id)) {
            None => out.push(t!(
                src.lang,
                "protokoll-nytt-mal",
                mal = text(&g.description)
            )),
            Some(o) => {
                if o.outcome.is_none() {
                    if let Some(res) = src.goal_outcome(g) {
                        out.push(t!(
                            src.lang,
                            "protokoll-mal-utvarderat",
                            mal = text(&g.description),
                            utfall = res
                        ));
                    }
                }
            }
        }
    }
    for o in &old.goals {
        if !new.goals.iter().any(|g| key(&g.id) == key(&o.id)) {
            out.push(t!(
                src.lang,
                "protokoll-mal-borttaget",
                mal = text(&o.description)
            ));
        }
    }
    for i in &new.interventions {
        let what = text(&i.description);
        let status = i.status.as_ref().map(|s| s.value);
        match old.interventions.iter().find(|o| key(&o.id) == key(&i.id)) {
            None => {
                out.push(match i.principal_str() {
                    Some(p) => t!(
                        src.lang,
                        "protokoll-ny-insats-part",
                        insats = what,
                        part = src.party(p)
                    ),
                    None => t!(src.lang, "protokoll-ny-insats", insats = what),
                });
            }
            Some(o) if o.status.as_ref().map(|s| s.value) != status => match status {
                Some(InterventionStatus::Cancelled) => {
                    out.push(t!(src.lang, "protokoll-insats-avbruten", insats = what));
                }
                Some(InterventionStatus::Done) => {
                    out.push(t!(src.lang, "protokoll-insats-genomford", insats = what));
                }
                Some(InterventionStatus::Ongoing) => {
                    out.push(t!(src.lang, "protokoll-insats-borjat", insats = what));
                }
                _ => {}
            },
            Some(_) => {}
        }
    }
    for o in &old.interventions {
        if !new.interventions.iter().any(|i| key(&i.id) == key(&o.id)) {
            out.push(t!(
                src.lang,
                "protokoll-insats-borttagen",
                insats = text(&o.description)
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
            out.push(t!(
                src.lang,
                "protokoll-ansvar-overgatt",
                part = src.party(&b)
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
    out.push(Block::heading(t!(
        src.lang,
        "protokoll-insatser-och-vem-som-ansvarar"
    )));
    out.push(if groups.is_empty() {
        Block::para(src.missing())
    } else {
        Block::list(false, groups)
    });
    out.push(Block::heading(t!(
        src.lang,
        "protokoll-atgarder-av-andra-an-kommunen"
    )));
    out.extend(super::parts::element_3_blocks(src));
    out.push(Block::heading(t!(
        src.lang,
        "protokoll-overgripande-ansvar"
    )));
    out.push(Block::para(src.overall_line()));
    out.push(Block::heading(t!(src.lang, "protokoll-mal")));
    out.push(if src.plan.goals.is_empty() {
        Block::para(src.missing())
    } else {
        Block::bullets(src.plan.goals.iter().map(|g| {
            let text = src.or_missing(g.description.as_ref().map(|s| s.value.as_str()));
            let text = match &g.by {
                Some(d) => t!(
                    src.lang,
                    "protokoll-mal-senast",
                    mal = text,
                    datum = date(d.value)
                ),
                None => text,
            };
            match src.goal_outcome(g) {
                Some(o) => t!(src.lang, "protokoll-mal-utfall", mal = text, utfall = o),
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
