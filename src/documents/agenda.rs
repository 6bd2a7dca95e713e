//! `sip agenda`: the agenda (dagordning) of one meeting, built as a [`Doc`].
//!
//! The agenda items are the agreement's own `[dagordning]` items, printed as written, or by
//! default the structure of the Samverk Vetlanda flow (the eight points of the meeting that draws up the plan, the
//! follow-up points of step 6), in Swedish and English. The plan's content is placed under the
//! item where the meeting deals with it, found by the item's words; content whose item the
//! agreement lacks is printed after the agenda, never dropped. Nothing here checks the plan.

use std::sync::OnceLock;

use chrono::NaiveDate;

use super::doc::{Block, Doc, Item};
use super::{MeetingRef, Source, date, datetime};
use crate::error::Result;
use crate::i18n::Lang;
use crate::model::enums::MeetingKind;
use crate::model::plan::Meeting;

/// Where the plan's content goes on the agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// Known needs (needs inventory).
    Needs,
    /// Goals, interventions by party, measures by others, overall responsibility.
    DrawUp,
    /// The proposed next follow-up.
    NextFollowUp,
    /// Consent status and validity (framing the follow-up meeting).
    Consent,
    /// The previous meeting's notes.
    Previous,
    /// Interventions' status, goals and deadlines, new needs.
    Progress,
    /// Revising the plan: measures by others, overall responsibility.
    Revise,
}

/// The Samverk Vetlanda flow, step 5, "Genomförandet av mötet", points 1–8 (the Swedish text
/// verbatim in `locales/sv/dagordning.ftl`).
const INITIAL: &[&str] = &[
    "dagordning-upprattande-punkt-1",
    "dagordning-upprattande-punkt-2",
    "dagordning-upprattande-punkt-3",
    "dagordning-upprattande-punkt-4",
    "dagordning-upprattande-punkt-5",
    "dagordning-upprattande-punkt-6",
    "dagordning-upprattande-punkt-7",
    "dagordning-upprattande-punkt-8",
];

/// The Samverk Vetlanda flow, "Steg 6 – följ upp", points 3–7 (the Swedish text verbatim in
/// `locales/sv/dagordning.ftl`).
const FOLLOW_UP: &[&str] = &[
    "dagordning-uppfoljning-punkt-3",
    "dagordning-uppfoljning-punkt-4",
    "dagordning-uppfoljning-punkt-5",
    "dagordning-uppfoljning-punkt-6",
    "dagordning-uppfoljning-punkt-7",
];

/// The default items of a kind of meeting, in Swedish and English: read from the resources
/// once and kept for the rest of the run.
pub fn default_items(kind: MeetingKind) -> &'static [(&'static str, &'static str)] {
    static TEXTS: [OnceLock<Vec<(&'static str, &'static str)>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    let cell = match kind {
        MeetingKind::Initial => &TEXTS[0],
        MeetingKind::FollowUp => &TEXTS[1],
    };
    cell.get_or_init(|| {
        default_item_ids(kind)
            .iter()
            .map(|id| {
                let sv: &'static str = t!(Lang::Sv, id).leak();
                let en: &'static str = t!(Lang::En, id).leak();
                (sv, en)
            })
            .collect()
    })
}

/// The message ids of the default items of a kind of meeting.
pub fn default_item_ids(kind: MeetingKind) -> &'static [&'static str] {
    match kind {
        MeetingKind::Initial => INITIAL,
        MeetingKind::FollowUp => FOLLOW_UP,
    }
}

/// Which slot an item's words point to, in order of precedence for the kind of meeting.
fn slot_of(kind: MeetingKind, text: &str) -> Option<Slot> {
    let t = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    match kind {
        MeetingKind::Initial => {
            if has(&["uppföljning", "follow-up", "follow up"]) {
                Some(Slot::NextFollowUp)
            } else if has(&["behov", "need"]) {
                Some(Slot::Needs)
            } else if has(&["upprätta", "plan"]) {
                Some(Slot::DrawUp)
            } else {
                None
            }
        }
        MeetingKind::FollowUp => {
            if has(&["samtycke", "consent", "sammanhangsmarkering"]) {
                Some(Slot::Consent)
            } else if has(&["protokoll", "anteckning", "föregående", "record", "minutes"]) {
                Some(Slot::Previous)
            } else if has(&["skett", "kvar", "nya behov", "insats", "happened"]) {
                Some(Slot::Progress)
            } else if has(&["revider", "revise"]) {
                Some(Slot::Revise)
            } else if has(&["uppföljning", "ny tid", "follow-up", "follow up"]) {
                Some(Slot::NextFollowUp)
            } else {
                None
            }
        }
    }
}

/// Each item's slot: the first item whose words point to a slot gets it.
fn assign(kind: MeetingKind, texts: &[String]) -> Vec<Option<Slot>> {
    let mut placed = Vec::new();
    texts
        .iter()
        .map(|t| {
            let s = slot_of(kind, t).filter(|s| !placed.contains(s));
            placed.extend(s);
            s
        })
        .collect()
}

/// The agenda items to print: the agreement's as written (with the English text when an item
/// is one of the defaults word for word), else the defaults.
fn items(src: &Source, kind: MeetingKind) -> Vec<String> {
    let defaults = default_item_ids(kind);
    let own = src.agreement.and_then(|a| match kind {
        MeetingKind::Initial => a.agenda_initial.as_ref(),
        MeetingKind::FollowUp => a.agenda_follow_up.as_ref(),
    });
    match own {
        Some(list) => list
            .iter()
            .map(|s| {
                defaults
                    .iter()
                    .find(|id| t!(Lang::Sv, id) == *s)
                    .map_or_else(|| s.clone(), |id| t!(src.lang, id))
            })
            .collect(),
        None => defaults.iter().map(|id| t!(src.lang, id)).collect(),
    }
}

/// Build the agenda of the meeting `wanted` (default: the next one not held).
pub fn build(src: &Source, wanted: Option<&str>) -> Result<Doc> {
    let m = src.meeting(wanted)?;
    super::guard::consent_on_meeting_day(
        src,
        m.meeting,
        (
            &t!(Lang::Sv, "dokument-namn-dagordning"),
            &t!(Lang::En, "dokument-namn-dagordning"),
        ),
    )?;
    let mut doc = Doc::new("agenda", src.lang, t!(src.lang, "dagordning-dagordning"));
    doc.subtitle = Some(t!(
        src.lang,
        "dagordning-undertitel",
        mote = src.kind_title(m.kind)
    ));
    doc.header = src.meeting_fields(&m);
    if m.meeting.is_some_and(Meeting::is_held) {
        doc.warn(t!(src.lang, "dagordning-motet-ar-redan-genomfort"));
    }
    consent_warnings(src, &m, &mut doc);
    let groups = src.participant_groups(m.meeting);
    doc.section(
        t!(src.lang, "dagordning-deltagare"),
        if groups.is_empty() {
            vec![Block::para(src.missing())]
        } else {
            vec![Block::list(false, groups)]
        },
    );
    doc.section(
        t!(src.lang, "dagordning-syfte"),
        vec![Block::para(src.or_missing(meeting_purpose(src, m.meeting)))],
    );
    doc.section(
        t!(src.lang, "dagordning-fragestallningar"),
        meeting_questions(src, m.meeting),
    );

    let texts = items(src, m.kind);
    let assigned = assign(m.kind, &texts);
    let placed: Vec<Slot> = assigned.iter().flatten().copied().collect();
    let list = texts
        .into_iter()
        .zip(assigned)
        .map(|(text, slot)| Item::with(text, slot.map(|s| content(src, &m, s)).unwrap_or_default()))
        .collect();
    doc.section(
        t!(src.lang, "dagordning-motets-punkter"),
        vec![Block::list(true, list)],
    );
    let rest: Vec<Item> = slots(m.kind)
        .iter()
        .filter(|s| !placed.contains(s))
        .map(|s| Item::with(slot_title(src, *s), content(src, &m, *s)))
        .collect();
    if !rest.is_empty() {
        doc.section(
            t!(src.lang, "dagordning-underlag-till-motet"),
            vec![Block::list(false, rest)],
        );
    }
    doc.footer = Some(src.footer());
    doc.page_head = Some(src.page_head());
    src.mark_protected(&mut doc);
    Ok(doc)
}

fn slots(kind: MeetingKind) -> &'static [Slot] {
    match kind {
        MeetingKind::Initial => &[Slot::Needs, Slot::DrawUp, Slot::NextFollowUp],
        MeetingKind::FollowUp => &[
            Slot::Consent,
            Slot::Previous,
            Slot::Progress,
            Slot::Revise,
            Slot::NextFollowUp,
        ],
    }
}

fn slot_title(src: &Source, s: Slot) -> String {
    match s {
        Slot::Needs => t!(src.lang, "dagordning-behov"),
        Slot::DrawUp => t!(src.lang, "dagordning-planen"),
        Slot::NextFollowUp => t!(src.lang, "dagordning-nasta-uppfoljning"),
        Slot::Consent => t!(src.lang, "dagordning-samtycke"),
        Slot::Previous => t!(src.lang, "dagordning-foregaende-mote"),
        Slot::Progress => t!(src.lang, "dagordning-insatser-och-mal"),
        Slot::Revise => t!(src.lang, "dagordning-revidering-av-planen"),
    }
    .to_string()
}

pub use super::parts::{meeting_purpose, meeting_questions};

/// The plan's content for a slot.
fn content(src: &Source, m: &MeetingRef, slot: Slot) -> Vec<Block> {
    let plan = src.plan;
    match slot {
        Slot::Needs => {
            if plan.needs.is_empty() {
                vec![Block::para(t!(
                    src.lang,
                    "dagordning-inga-behov-ar-registrerade-annu"
                ))]
            } else {
                vec![Block::list(
                    false,
                    vec![Item::with(
                        t!(src.lang, "dagordning-kanda-behov"),
                        vec![needs_list(src)],
                    )],
                )]
            }
        }
        Slot::DrawUp => vec![Block::list(
            false,
            vec![
                Item::with(t!(src.lang, "dagordning-mal"), vec![goals_list(src, None)]),
                Item::with(
                    t!(src.lang, "dagordning-insatser-att-komma-overens-om"),
                    vec![interventions_by_party(src, false)],
                ),
                Item::with(
                    t!(src.lang, "dagordning-atgarder-av-andra"),
                    vec![measures_list(src)],
                ),
                Item::new(t!(
                    src.lang,
                    "dagordning-overgripande-ansvar",
                    ansvar = src.overall_line()
                )),
            ],
        )],
        Slot::NextFollowUp => {
            // A follow-up date on or before this meeting is this meeting (or one before it).
            let this = m.meeting.and_then(Meeting::date);
            let next = plan
                .next_follow_up()
                .filter(|d| this.is_none_or(|t| *d > t));
            let line = match next {
                Some(d) => t!(
                    src.lang,
                    "dagordning-forslag-till-nasta-uppfoljning",
                    datum = date(d)
                ),
                None => t!(
                    src.lang,
                    "dagordning-nasta-uppfoljning-att-besluta",
                    att_besluta = src.to_decide()
                ),
            };
            vec![Block::bullets([line])]
        }
        Slot::Consent => consent_blocks(src),
        Slot::Previous => previous_blocks(src, m.meeting),
        Slot::Progress => {
            let on = m.meeting.and_then(Meeting::date).unwrap_or(src.today);
            let status: Vec<Item> = plan
                .interventions
                .iter()
                .map(|i| {
                    let st = i
                        .status
                        .as_ref()
                        .map_or_else(|| src.missing(), |s| s.value.label(src.lang));
                    let head = src.item_head(
                        i.id.as_ref().map(|s| s.value.as_str()),
                        i.description.as_ref().map(|s| s.value.as_str()),
                    );
                    let ansvarig = i
                        .principal_str()
                        .map_or_else(|| src.missing(), |p| src.party(p));
                    let kontakt = src.or_missing(i.contact.as_ref().map(|c| c.value.as_str()));
                    Item::new(match src.period(i) {
                        Some(period) => t!(
                            src.lang,
                            "dagordning-insats-status-period",
                            insats = head,
                            status = st,
                            ansvarig = ansvarig,
                            kontakt = kontakt,
                            period = period
                        ),
                        None => t!(
                            src.lang,
                            "dagordning-insats-status",
                            insats = head,
                            status = st,
                            ansvarig = ansvarig,
                            kontakt = kontakt
                        ),
                    })
                })
                .collect();
            let new_needs: Vec<String> = plan
                .needs
                .iter()
                .filter(|n| {
                    let id = n.id.as_ref().map(|s| s.value.as_str());
                    !plan
                        .interventions
                        .iter()
                        .any(|i| i.needs.iter().any(|b| Some(b.value.as_str()) == id))
                })
                .map(|n| {
                    src.item_head(
                        n.id.as_ref().map(|s| s.value.as_str()),
                        n.description.as_ref().map(|s| s.value.as_str()),
                    )
                })
                .collect();
            let needs_block = if new_needs.is_empty() {
                Block::para(t!(src.lang, "dagordning-alla-kanda-behov-har-en"))
            } else {
                Block::list(
                    false,
                    vec![Item::with(
                        t!(src.lang, "dagordning-behov-utan-insats-och-har"),
                        vec![Block::bullets(new_needs)],
                    )],
                )
            };
            vec![Block::list(
                false,
                vec![
                    Item::with(
                        t!(src.lang, "dagordning-insatsernas-status"),
                        vec![if status.is_empty() {
                            Block::para(src.missing())
                        } else {
                            Block::list(false, status)
                        }],
                    ),
                    Item::with(
                        t!(src.lang, "dagordning-mal"),
                        vec![goals_list(src, Some(on))],
                    ),
                    Item::with(t!(src.lang, "dagordning-nya-behov"), vec![needs_block]),
                ],
            )]
        }
        Slot::Revise => vec![Block::list(
            false,
            vec![
                Item::with(
                    t!(src.lang, "dagordning-atgarder-av-andra"),
                    vec![measures_list(src)],
                ),
                Item::new(t!(
                    src.lang,
                    "dagordning-overgripande-ansvar",
                    ansvar = src.overall_line()
                )),
            ],
        )],
    }
}

fn needs_list(src: &Source) -> Block {
    Block::bullets(src.plan.needs.iter().map(|n| {
        src.item_head(
            n.id.as_ref().map(|s| s.value.as_str()),
            n.description.as_ref().map(|s| s.value.as_str()),
        )
    }))
}

/// Goals with measure and deadline; with `on`, whether the deadline has passed on that day.
fn goals_list(src: &Source, on: Option<NaiveDate>) -> Block {
    let goals = &src.plan.goals;
    if goals.is_empty() {
        return Block::para(src.missing());
    }
    Block::bullets(goals.iter().map(|g| {
        let head = src.item_head(
            g.id.as_ref().map(|s| s.value.as_str()),
            g.description.as_ref().map(|s| s.value.as_str()),
        );
        let matt = src.or_missing(g.measure.as_ref().map(|s| s.value.as_str()));
        let id = match (&g.by, on) {
            (Some(b), Some(on)) if b.value < on => "dagordning-mal-datumet-har-passerat",
            (Some(_), Some(_)) => "dagordning-mal-datumet-har-inte-passerat",
            _ => "dagordning-mal-senast",
        };
        let datum =
            g.by.as_ref()
                .map_or_else(|| src.missing(), |b| date(b.value));
        t!(src.lang, id, mal = head, matt = matt, datum = datum)
    }))
}

/// The interventions under their responsible party's name.
pub(super) fn interventions_by_party(src: &Source, principals_only: bool) -> Block {
    let groups: Vec<Item> = src
        .interventions_by_party()
        .into_iter()
        .filter(|(p, _)| !principals_only || p.is_none_or(|p| src.is_principal(p)))
        .map(|(party, list)| {
            let title = party.map_or_else(
                || t!(src.lang, "dagordning-ansvarig-part", part = src.to_decide()),
                |p| src.party(p),
            );
            Item::with(
                title,
                vec![Block::bullets(
                    list.iter().map(|i| src.intervention_line(i, false)),
                )],
            )
        })
        .collect();
    if groups.is_empty() {
        Block::para(src.to_decide())
    } else {
        Block::list(false, groups)
    }
}

fn measures_list(src: &Source) -> Block {
    match &src.plan.measures {
        None => Block::para(src.to_decide()),
        Some(m) if m.items.is_empty() => {
            Block::para(t!(src.lang, "dagordning-inga-bedomt-inga-atgarder-av"))
        }
        Some(m) => Block::bullets(m.items.iter().map(|x| {
            t!(
                src.lang,
                "dagordning-atgard-av",
                atgard = src.or_missing(x.description.as_ref().map(|s| s.value.as_str())),
                av = src.or_missing(x.by.as_ref().map(|s| s.value.as_str()))
            )
        })),
    }
}

/// Consent: its terms, and when it was withdrawn; a plain statement, as the meeting reads it.
fn consent_blocks(src: &Source) -> Vec<Block> {
    let Some(c) = &src.plan.consent else {
        return vec![Block::para(t!(
            src.lang,
            "dagordning-samtycke-saknas",
            varde = src.missing()
        ))];
    };
    let mut out = vec![Block::bullets([super::parts::consent_line(src, c)])];
    if let Some(w) = &c.withdrawn {
        out.push(Block::para(t!(
            src.lang,
            "dagordning-samtycket-aterkallades",
            datum = date(w.value)
        )));
    }
    out
}

/// Consent that does not hold on the meeting's day: for the samtalsledare (stderr).
fn consent_warnings(src: &Source, m: &MeetingRef, doc: &mut Doc) {
    let on = m.meeting.and_then(Meeting::date).unwrap_or(src.today);
    let Some(c) = &src.plan.consent else {
        doc.warn(t!(src.lang, "dagordning-samtycke-ar-inte-registrerat-inga"));
        return;
    };
    if let Some(w) = &c.withdrawn {
        doc.warn(t!(
            src.lang,
            "dagordning-varning-samtycket-aterkallades",
            datum = date(w.value)
        ));
    } else if let Some(v) = c.valid_until.as_ref().filter(|v| v.value < on) {
        doc.warn(t!(
            src.lang,
            "dagordning-varning-samtycket-gallde-till",
            datum = date(v.value)
        ));
    }
}

/// The meeting before this one (by time) and its notes.
fn previous_blocks(src: &Source, this: Option<&Meeting>) -> Vec<Block> {
    let this_time = this.and_then(|m| m.time.as_ref().map(|t| t.value));
    let previous = src
        .plan
        .meetings
        .iter()
        .filter(|x| this.is_none_or(|t| !std::ptr::eq(*x, t)))
        .filter_map(|x| x.time.as_ref().map(|t| (t.value, x)))
        .filter(|(t, _)| this_time.is_none_or(|tt| *t < tt))
        .max_by_key(|(t, _)| *t);
    let Some((t, p)) = previous else {
        return vec![Block::para(t!(
            src.lang,
            "dagordning-inget-tidigare-mote-finns-i"
        ))];
    };
    let head = format!(
        "{} {} ({})",
        p.id_str(),
        datetime(t),
        p.kind
            .as_ref()
            .map_or_else(|| src.missing(), |k| k.value.label(src.lang))
    );
    let notes = p.notes.as_ref().map_or_else(
        || t!(src.lang, "dagordning-inga-anteckningar-ar-registrerade"),
        |n| n.value.trim().to_string(),
    );
    let mut under = vec![Block::para(notes)];
    // What git recorded since that meeting: the first thing a follow-up goes through.
    if let Some(changes) = src.changes_block(t.date()) {
        under.push(Block::para(t!(
            src.lang,
            "dagordning-andringar-i-planen-sedan-dess"
        )));
        under.push(changes);
    }
    vec![Block::list(false, vec![Item::with(head, under)])]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assigned(kind: MeetingKind, lang: Lang) -> Vec<Option<Slot>> {
        let texts: Vec<String> = default_item_ids(kind)
            .iter()
            .map(|id| t!(lang, id))
            .collect();
        assign(kind, &texts)
    }

    #[test]
    fn default_items_exist_in_both_languages() {
        for kind in [MeetingKind::Initial, MeetingKind::FollowUp] {
            for id in default_item_ids(kind) {
                for lang in [Lang::Sv, Lang::En] {
                    assert!(crate::i18n::has(lang, id), "{id} missing in {lang:?}");
                }
            }
        }
        assert_eq!(
            default_items(MeetingKind::Initial)[0],
            (
                "Mötesledaren önskar välkommen, beskriver upplägg och struktur",
                "The meeting leader welcomes everyone and describes the set-up and structure"
            )
        );
        // The goal lines' ids are chosen at run time.
        for id in [
            "dagordning-mal-datumet-har-passerat",
            "dagordning-mal-datumet-har-inte-passerat",
            "dagordning-mal-senast",
        ] {
            for lang in [Lang::Sv, Lang::En] {
                assert!(crate::i18n::has(lang, id), "{id} missing in {lang:?}");
            }
        }
    }

    #[test]
    fn default_items_find_their_slots_in_both_languages() {
        use Slot::*;
        for pick in [Lang::Sv, Lang::En] {
            assert_eq!(
                assigned(MeetingKind::Initial, pick),
                vec![
                    None,
                    None,
                    Some(Needs),
                    None,
                    Some(DrawUp),
                    None,
                    Some(NextFollowUp),
                    None
                ]
            );
            assert_eq!(
                assigned(MeetingKind::FollowUp, pick),
                vec![
                    Some(Consent),
                    Some(Previous),
                    Some(Progress),
                    Some(Revise),
                    Some(NextFollowUp)
                ]
            );
        }
    }
}
