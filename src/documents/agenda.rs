//! `sip agenda`: the agenda (dagordning) of one meeting, built as a [`Doc`].
//!
//! The agenda items are the agreement's own `[dagordning]` items, printed as written, or by
//! default the structure of the Samverk Vetlanda flow (the eight points of the meeting that draws up the plan, the
//! follow-up points of step 6), in Swedish and English. The plan's content is placed under the
//! item where the meeting deals with it, found by the item's words; content whose item the
//! agreement lacks is printed after the agenda, never dropped. Nothing here checks the plan.

use chrono::NaiveDate;

use super::doc::{Block, Doc, Item};
use super::{MeetingRef, Source, date, datetime};
use crate::error::Result;
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

/// The Samverk Vetlanda flow, step 5, "Genomförandet av mötet", points 1–8 (Swedish verbatim).
const INITIAL: &[(&str, &str)] = &[
    (
        "Mötesledaren önskar välkommen, beskriver upplägg och struktur",
        "The meeting leader welcomes everyone and describes the set-up and structure",
    ),
    (
        "Presentationsrunda – individen börjar",
        "Round of introductions – the individual starts",
    ),
    (
        "Behovsinventering – brainstorming, utifrån syfte och behov",
        "Needs inventory – brainstorming, from the purpose and the needs",
    ),
    (
        "Paus, om behov finns. Även gärna fika.",
        "Break, if needed. Coffee is welcome too.",
    ),
    ("Upprättande av plan", "Drawing up the plan"),
    ("Sammanfatta", "Summary"),
    ("Ny tid för uppföljning", "New time for follow-up"),
    ("Dokumentation", "Documentation"),
];

/// The Samverk Vetlanda flow, "Steg 6 – följ upp", points 3–7 (Swedish verbatim).
const FOLLOW_UP: &[(&str, &str)] = &[
    (
        "Mötesledare gör sammanhangsmarkering – tid, paus, samtycke, struktur",
        "The meeting leader frames the meeting – time, break, consent, structure",
    ),
    (
        "Genomgång av föregående protokoll",
        "Review of the previous record",
    ),
    (
        "Vad har skett? Vad finns kvar? Nya behov?",
        "What has happened? What remains? New needs?",
    ),
    (
        "Revidera befintlig plan eller upprätta ny",
        "Revise the current plan or draw up a new one",
    ),
    (
        "Ny tid bokas för uppföljning",
        "A new time is booked for follow-up",
    ),
];

/// The default items of a kind of meeting, in Swedish and English.
pub fn default_items(kind: MeetingKind) -> &'static [(&'static str, &'static str)] {
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
    let defaults = default_items(kind);
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
                    .find(|(sv, _)| sv == s)
                    .map_or_else(|| s.clone(), |(sv, en)| src.t(sv, en).to_string())
            })
            .collect(),
        None => defaults
            .iter()
            .map(|(sv, en)| src.t(sv, en).to_string())
            .collect(),
    }
}

/// Build the agenda of the meeting `wanted` (default: the next one not held).
pub fn build(src: &Source, wanted: Option<&str>) -> Result<Doc> {
    let m = src.meeting(wanted)?;
    super::guard::consent_on_meeting_day(src, m.meeting, ("dagordningen", "the agenda"))?;
    let mut doc = Doc::new("agenda", src.lang, src.t("Dagordning", "Agenda"));
    doc.subtitle = Some(format!(
        "{} – {}",
        src.t(
            "Samordnad individuell plan (SIP)",
            "Coordinated individual plan (SIP)"
        ),
        src.kind_title(m.kind)
    ));
    doc.header = src.meeting_fields(&m);
    if m.meeting.is_some_and(Meeting::is_held) {
        doc.warn(src.t(
            "mötet är redan genomfört.",
            "this meeting has already been held.",
        ));
    }
    consent_warnings(src, &m, &mut doc);
    let groups = src.participant_groups(m.meeting);
    doc.section(
        src.t("Deltagare", "Participants"),
        if groups.is_empty() {
            vec![Block::para(src.missing())]
        } else {
            vec![Block::list(false, groups)]
        },
    );
    doc.section(
        src.t("Syfte", "Purpose"),
        vec![Block::para(src.or_missing(meeting_purpose(src, m.meeting)))],
    );
    doc.section(
        src.t("Frågeställningar", "Questions"),
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
        src.t("Mötets punkter", "Agenda items"),
        vec![Block::list(true, list)],
    );
    let rest: Vec<Item> = slots(m.kind)
        .iter()
        .filter(|s| !placed.contains(s))
        .map(|s| Item::with(slot_title(src, *s), content(src, &m, *s)))
        .collect();
    if !rest.is_empty() {
        doc.section(
            src.t("Underlag till mötet", "Material for the meeting"),
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
        Slot::Needs => src.t("Behov", "Needs"),
        Slot::DrawUp => src.t("Planen", "The plan"),
        Slot::NextFollowUp => src.t("Nästa uppföljning", "Next follow-up"),
        Slot::Consent => src.t("Samtycke", "Consent"),
        Slot::Previous => src.t("Föregående möte", "Previous meeting"),
        Slot::Progress => src.t("Insatser och mål", "Interventions and goals"),
        Slot::Revise => src.t("Revidering av planen", "Revising the plan"),
    }
    .to_string()
}

/// A meeting's own purpose (v2), else the plan's.
pub(super) fn meeting_purpose<'a>(src: &Source<'a>, m: Option<&'a Meeting>) -> Option<&'a str> {
    m.and_then(|x| x.purpose.as_ref())
        .or(src.plan.purpose.as_ref())
        .map(|p| p.value.as_str())
}

/// A meeting's own questions (v2), else the plan's.
pub(super) fn meeting_questions(src: &Source, m: Option<&Meeting>) -> Vec<Block> {
    match m.map(|x| &x.questions).filter(|q| !q.is_empty()) {
        Some(q) => vec![Block::list(
            true,
            q.iter().map(|s| Item::new(s.value.clone())).collect(),
        )],
        None => questions(src),
    }
}

pub(super) fn questions(src: &Source) -> Vec<Block> {
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

/// The plan's content for a slot.
fn content(src: &Source, m: &MeetingRef, slot: Slot) -> Vec<Block> {
    let plan = src.plan;
    match slot {
        Slot::Needs => {
            if plan.needs.is_empty() {
                vec![Block::para(src.t(
                    "Inga behov är registrerade ännu: de tas fram på mötet.",
                    "No needs are recorded yet: they are found at the meeting.",
                ))]
            } else {
                vec![Block::list(
                    false,
                    vec![Item::with(
                        src.t("Kända behov", "Known needs"),
                        vec![needs_list(src)],
                    )],
                )]
            }
        }
        Slot::DrawUp => vec![Block::list(
            false,
            vec![
                Item::with(src.t("Mål", "Goals"), vec![goals_list(src, None)]),
                Item::with(
                    src.t(
                        "Insatser att komma överens om, per ansvarig part",
                        "Interventions to agree on, by responsible party",
                    ),
                    vec![interventions_by_party(src, false)],
                ),
                Item::with(
                    src.t("Åtgärder av andra", "Measures by others"),
                    vec![measures_list(src)],
                ),
                Item::new(format!(
                    "{}: {}",
                    src.t("Övergripande ansvar", "Overall responsibility"),
                    src.overall_line()
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
                Some(d) => format!(
                    "{}: {}",
                    src.t("Förslag till nästa uppföljning", "Proposed next follow-up"),
                    date(d)
                ),
                None => format!(
                    "{}: {}",
                    src.t("Nästa uppföljning", "Next follow-up"),
                    src.to_decide()
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
                    let mut parts = vec![format!(
                        "{}: {}",
                        src.t("ansvarig", "responsible"),
                        i.principal_str()
                            .map_or_else(|| src.missing(), |p| src.party(p))
                    )];
                    parts.push(format!(
                        "{}: {}",
                        src.t("kontakt", "contact"),
                        src.or_missing(i.contact.as_ref().map(|c| c.value.as_str()))
                    ));
                    if let Some(p) = src.period(i) {
                        parts.push(p);
                    }
                    Item::new(format!("{head} – {st} ({})", parts.join("; ")))
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
                Block::para(src.t(
                    "Alla kända behov har en insats. Har nya behov kommit till?",
                    "Every known need has an intervention. Have new needs arisen?",
                ))
            } else {
                Block::list(
                    false,
                    vec![Item::with(
                        src.t(
                            "Behov utan insats – och har nya behov kommit till?",
                            "Needs without an intervention – and have new needs arisen?",
                        ),
                        vec![Block::bullets(new_needs)],
                    )],
                )
            };
            vec![Block::list(
                false,
                vec![
                    Item::with(
                        src.t("Insatsernas status", "Status of the interventions"),
                        vec![if status.is_empty() {
                            Block::para(src.missing())
                        } else {
                            Block::list(false, status)
                        }],
                    ),
                    Item::with(src.t("Mål", "Goals"), vec![goals_list(src, Some(on))]),
                    Item::with(src.t("Nya behov", "New needs"), vec![needs_block]),
                ],
            )]
        }
        Slot::Revise => vec![Block::list(
            false,
            vec![
                Item::with(
                    src.t("Åtgärder av andra", "Measures by others"),
                    vec![measures_list(src)],
                ),
                Item::new(format!(
                    "{}: {}",
                    src.t("Övergripande ansvar", "Overall responsibility"),
                    src.overall_line()
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
        let measure = format!(
            "{}: {}",
            src.t("mått", "measure"),
            src.or_missing(g.measure.as_ref().map(|s| s.value.as_str()))
        );
        let by = match (&g.by, on) {
            (Some(b), Some(on)) if b.value < on => format!(
                "{} {} – {}",
                src.t("senast", "by"),
                date(b.value),
                src.t("datumet har passerat", "the date has passed")
            ),
            (Some(b), Some(_)) => format!(
                "{} {} – {}",
                src.t("senast", "by"),
                date(b.value),
                src.t(
                    "datumet har ännu inte passerat",
                    "the date has not yet passed"
                )
            ),
            (Some(b), None) => format!("{} {}", src.t("senast", "by"), date(b.value)),
            (None, _) => format!("{} {}", src.t("senast", "by"), src.missing()),
        };
        format!("{head} ({measure}; {by})")
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
                || {
                    format!(
                        "{}: {}",
                        src.t("Ansvarig part", "Responsible party"),
                        src.to_decide()
                    )
                },
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
        Some(m) if m.items.is_empty() => Block::para(src.t(
            "Inga (bedömt: inga åtgärder av andra).",
            "None (considered: no measures by others).",
        )),
        Some(m) => Block::bullets(m.items.iter().map(|x| {
            format!(
                "{} ({}: {})",
                src.or_missing(x.description.as_ref().map(|s| s.value.as_str())),
                src.t("av", "by"),
                src.or_missing(x.by.as_ref().map(|s| s.value.as_str()))
            )
        })),
    }
}

/// Consent: its terms, and when it was withdrawn; a plain statement, as the meeting reads it.
fn consent_blocks(src: &Source) -> Vec<Block> {
    let Some(c) = &src.plan.consent else {
        return vec![Block::para(format!(
            "{}: {}",
            src.t("Samtycke", "Consent"),
            src.missing()
        ))];
    };
    let mut out = vec![Block::bullets([super::plan::consent_line(src, c)])];
    if let Some(w) = &c.withdrawn {
        out.push(Block::para(format!(
            "{} {}.",
            src.t("Samtycket återkallades", "Consent was withdrawn on"),
            date(w.value)
        )));
    }
    out
}

/// Consent that does not hold on the meeting's day: for the samtalsledare (stderr).
fn consent_warnings(src: &Source, m: &MeetingRef, doc: &mut Doc) {
    let on = m.meeting.and_then(Meeting::date).unwrap_or(src.today);
    let Some(c) = &src.plan.consent else {
        doc.warn(src.t(
            "samtycke är inte registrerat: inga uppgifter om individen får lämnas mellan parterna förrän det finns.",
            "no consent is recorded: no information about the individual may pass between the parties until there is.",
        ));
        return;
    };
    if let Some(w) = &c.withdrawn {
        doc.warn(format!(
            "{} {}.",
            src.t("samtycket återkallades", "consent was withdrawn on"),
            date(w.value)
        ));
    } else if let Some(v) = c.valid_until.as_ref().filter(|v| v.value < on) {
        doc.warn(format!(
            "{} {}: {}",
            src.t("samtycket gällde till", "consent was valid until"),
            date(v.value),
            src.t(
                "förnya det innan planen följs upp.",
                "renew it before the plan is followed up."
            )
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
        return vec![Block::para(src.t(
            "Inget tidigare möte finns i planen.",
            "The plan has no earlier meeting.",
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
        || {
            src.t(
                "Inga anteckningar är registrerade.",
                "No notes are recorded.",
            )
            .to_string()
        },
        |n| n.value.trim().to_string(),
    );
    let mut under = vec![Block::para(notes)];
    // What git recorded since that meeting: the first thing a follow-up goes through.
    if let Some(changes) = src.changes_block(t.date()) {
        under.push(Block::para(src.t(
            "Ändringar i planen sedan dess:",
            "Changes to the plan since then:",
        )));
        under.push(changes);
    }
    vec![Block::list(false, vec![Item::with(head, under)])]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assigned(kind: MeetingKind, pick: impl Fn(&(&str, &str)) -> String) -> Vec<Option<Slot>> {
        let texts: Vec<String> = default_items(kind).iter().map(pick).collect();
        assign(kind, &texts)
    }

    #[test]
    fn default_items_find_their_slots_in_both_languages() {
        use Slot::*;
        for pick in [
            |x: &(&str, &str)| x.0.to_string(),
            |x: &(&str, &str)| x.1.to_string(),
        ] {
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
