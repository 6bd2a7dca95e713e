//! `sip invitation`: the kallelse to one meeting, built as a [`Doc`].
//!
//! What it holds follows the SIP guidance (SamSIP, the Samverk Vetlanda flow): the meeting's purpose and questions, the
//! time, the place or the approved digital system, who is invited and why and what each should
//! prepare, and the samtalsledare to contact. A notice period the agreement
//! sets and the invitation does not meet is shown as a visible warning (the same test as rule
//! A009), as are other faults the reader must see before sending it. Nothing is checked beyond
//! what is printed.

use super::doc::{Block, Doc, Field, Item};
use super::guard::Document;
use super::{MeetingRef, Source, long_datetime, role};
use crate::error::Result;
use crate::model::enums::{MeetingKind, ParticipantRole};
use crate::model::plan::{Meeting, Participant, same_name};

/// Moved to [`super::people`]; the old path keeps working.
pub use super::people::warnings;

/// Build the invitation to the meeting `wanted` (default: the next one not held).
pub fn build(src: &Source, wanted: Option<&str>) -> Result<Doc> {
    let m = src.meeting(wanted)?;
    super::guard::consent_on_meeting_day(src, m.meeting, Document::Invitation)?;
    let plan = src.plan;
    let lang = src.lang;
    let name = src.or_missing(plan.name());
    let mut doc = Doc::new(
        "invitation",
        lang,
        match m.kind {
            MeetingKind::Initial => t!(lang, "kallelse-titel-upprattande"),
            MeetingKind::FollowUp => t!(lang, "kallelse-titel-uppfoljning"),
        },
    );
    doc.subtitle = Some(name.clone());
    doc.header = header(src, &m);

    doc.warnings = warnings(src, &m);
    let intro = match m.kind {
        MeetingKind::Initial => t!(lang, "kallelse-inledning-upprattande", namn = name),
        MeetingKind::FollowUp => t!(lang, "kallelse-inledning-uppfoljning", namn = name),
    };
    let mut welcome = vec![Block::para(intro)];
    welcome.extend(src.discharge_block());
    doc.section(t!(lang, "kallelse-rubrik-valkommen"), welcome);
    if let Some(own) = src.own_words() {
        doc.section(src.own_words_title(), own);
    }
    // A meeting's own purpose and questions (v2) come before the plan's.
    // What the plan does not give is left out (the samtalsledare is warned on stderr when the
    // agreement requires it).
    if let Some(purpose) = super::parts::meeting_purpose(src, m.meeting) {
        doc.section(
            t!(lang, "kallelse-rubrik-syfte"),
            vec![Block::para(purpose)],
        );
    }
    let has_questions =
        m.meeting.is_some_and(|x| !x.questions.is_empty()) || !src.plan.questions.is_empty();
    if has_questions {
        doc.section(
            t!(lang, "kallelse-rubrik-fragor"),
            super::parts::meeting_questions(src, m.meeting),
        );
    }
    let invited = invited(src, &m);
    if !invited.is_empty() {
        doc.section(t!(lang, "kallelse-rubrik-inbjudna"), invited);
    }
    doc.section(
        t!(lang, "kallelse-rubrik-forberedelser"),
        vec![Block::para(t!(lang, "kallelse-forberedelser"))],
    );
    doc.section(t!(lang, "kallelse-rubrik-kontakt"), contact(src, m.meeting));
    if let Some(meeting) = m.meeting {
        doc.section(t!(lang, "kallelse-rubrik-skicka"), sending(src, meeting));
    }
    // As a letter's: the day it was printed, written out; no agreement title.
    doc.footer = Some(t!(
        lang,
        "kallelse-utskriven",
        datum = super::long_date(src.today, lang)
    ));
    doc.page_head = Some(src.page_head());
    src.mark_protected(&mut doc);
    Ok(doc)
}

/// Who, when and where, for the reader: the time written out, no plan id or meeting code, and
/// nothing the plan does not give (no "ej angivet").
fn header(src: &Source, m: &MeetingRef) -> Vec<Field> {
    let lang = src.lang;
    let mut f = Vec::new();
    if let Some(name) = src.plan.name() {
        f.push(Field::new(t!(lang, "kallelse-falt-individ"), name));
    }
    if let Some(line) = src.representatives_line() {
        f.push(Field::new(t!(lang, "kallelse-falt-foretradare"), line));
    }
    let Some(meeting) = m.meeting else {
        return f;
    };
    if let Some(t) = &meeting.time {
        f.push(Field::new(
            t!(lang, "kallelse-falt-tid"),
            long_datetime(t.value, lang),
        ));
    }
    let minutes = meeting.length_minutes();
    f.push(Field::new(
        t!(lang, "kallelse-falt-langd"),
        t!(lang, "kallelse-langd", minuter = minutes),
    ));
    let protected = src.plan.is_protected();
    match (&meeting.place, protected) {
        (Some(_), true) => f.push(Field::new(
            t!(lang, "kallelse-falt-plats"),
            src.hidden_place(),
        )),
        (Some(p), false) => f.push(Field::new(t!(lang, "kallelse-falt-plats"), p.value.clone())),
        (None, _) => {}
    }
    if let Some(d) = &meeting.digital {
        let approved = src
            .agreement
            .is_some_and(|a| a.invitation.approved_digital.contains(&d.value));
        let value = if approved {
            t!(lang, "kallelse-digitalt-godkant", system = d.value)
        } else {
            d.value.clone()
        };
        f.push(Field::new(t!(lang, "kallelse-falt-digitalt"), value));
    }
    if let Some(l) = src.leader(Some(meeting)) {
        f.push(Field::new(t!(lang, "kallelse-falt-samtalsledare"), l));
    }
    f
}

fn invited(src: &Source, m: &MeetingRef) -> Vec<Block> {
    let Some(meeting) = m.meeting else {
        return Vec::new();
    };
    if meeting.participants.is_empty() {
        return Vec::new();
    }
    let mut people: Vec<&Participant> = meeting.participants.iter().collect();
    people.sort_by_key(|p| rank(src, p));
    let items = people
        .into_iter()
        .map(|p| {
            // v3: the participant's unit after the name, as the letters write it.
            let name = p.name.as_ref().map(|n| match &p.unit {
                Some(u) => format!("{} ({})", n.value, u.value),
                None => n.value.clone(),
            });
            let (what, why, prepare) = reasons(src, m.kind, p);
            let head = match (name, what) {
                (Some(n), Some(w)) => format!("{n} – {w}"),
                (Some(n), None) => n,
                (None, Some(w)) => w,
                (None, None) => t!(src.lang, "kallelse-namn-saknas"),
            };
            let mut fields = Vec::new();
            if let Some(why) = why {
                fields.push(Field::new(t!(src.lang, "kallelse-falt-varfor"), why));
            }
            fields.push(Field::new(t!(src.lang, "kallelse-falt-forbered"), prepare));
            Item::with(head, vec![Block::fields(fields)])
        })
        .collect();
    vec![Block::list(false, items)]
}

/// The individual's side first, then the samtalsledare, then the parties in the agreement's order.
fn rank(src: &Source, p: &Participant) -> (u8, usize) {
    match role(p) {
        Some(ParticipantRole::Individual) => (0, 0),
        Some(ParticipantRole::Representative | ParticipantRole::Guardian) => (1, 0),
        Some(ParticipantRole::Relative) => (2, 0),
        Some(ParticipantRole::MeetingLeader) => (3, 0),
        _ => (
            4,
            p.party
                .as_ref()
                .and_then(|party| {
                    src.agreement
                        .and_then(|a| a.parties.iter().position(|x| x.id == party.value))
                })
                .unwrap_or(usize::MAX),
        ),
    }
}

/// (who they are, why they are invited, what they should prepare); the first two are `None` for a
/// participant the plan says nothing more about.
fn reasons(
    src: &Source,
    kind: MeetingKind,
    p: &Participant,
) -> (Option<String>, Option<String>, String) {
    let plan = src.plan;
    let name = src.or_missing(plan.name());
    let initial = kind == MeetingKind::Initial;
    let lang = src.lang;
    if let Some(party) = &p.party {
        let id = party.value.as_str();
        let party_name = src.party_short(id);
        let theirs: Vec<String> = plan
            .interventions
            .iter()
            .filter(|i| i.principal_str() == Some(id))
            .map(|i| {
                src.item_head(
                    i.id.as_ref().map(|s| s.value.as_str()),
                    i.description.as_ref().map(|s| s.value.as_str()),
                )
            })
            .collect();
        let person = p.name.as_ref().map(|s| s.value.as_str());
        let contact_for: Vec<&str> = plan
            .interventions
            .iter()
            .filter(|i| person.is_some() && i.contact.as_ref().map(|c| c.value.as_str()) == person)
            .filter_map(|i| i.id.as_ref().map(|s| s.value.as_str()))
            .collect();
        let no_interventions = src
            .agreement
            .and_then(|a| a.party(id))
            .is_some_and(|x| !x.has_interventions);
        let mut why = if let [one] = theirs.as_slice() {
            t!(
                lang,
                "kallelse-varfor-part-en-insats",
                part = party_name,
                insats = one
            )
        } else if !theirs.is_empty() {
            t!(
                lang,
                "kallelse-varfor-part-insatser",
                part = party_name,
                insatser = theirs.join("; ")
            )
        } else if no_interventions {
            t!(
                lang,
                "kallelse-varfor-part-utan-insatser",
                part = party_name
            )
        } else {
            t!(lang, "kallelse-varfor-part", part = party_name)
        };
        if !contact_for.is_empty() {
            why.push(' ');
            why.push_str(&t!(
                lang,
                "kallelse-kontaktperson",
                insatser = contact_for.join(", ")
            ));
        }
        let prepare = match (initial, theirs.is_empty()) {
            (true, _) => t!(
                lang,
                "kallelse-forbered-part-upprattande",
                part = party_name
            ),
            (false, false) => t!(lang, "kallelse-forbered-part-insatser"),
            (false, true) => t!(
                lang,
                "kallelse-forbered-part-uppfoljning",
                part = party_name
            ),
        };
        return (Some(party_name), Some(why), prepare);
    }
    let r = role(p);
    // A representative by what they are (vårdnadshavare, god man, förvaltare) when the plan says.
    let rep_role = || {
        let person = p.name.as_ref().map(|s| s.value.as_str());
        plan.individual
            .representatives
            .iter()
            .find(|r| matches!((r.name_str(), person), (Some(a), Some(b)) if same_name(a, b)))
            .and_then(|r| r.role.as_ref())
            .map(|r| r.value.label(lang))
    };
    let what = match r {
        Some(ParticipantRole::Representative | ParticipantRole::Guardian) => {
            rep_role().or_else(|| r.map(|r| src.role_label(r)))
        }
        _ => r.map(|r| src.role_label(r)),
    };
    let (why, prepare) = match r {
        Some(ParticipantRole::Individual) if initial => (
            t!(lang, "kallelse-varfor-individen-upprattande", namn = name),
            t!(lang, "kallelse-forbered-individen-upprattande"),
        ),
        Some(ParticipantRole::Individual) => (
            t!(lang, "kallelse-varfor-individen-uppfoljning", namn = name),
            t!(lang, "kallelse-forbered-individen-uppfoljning"),
        ),
        Some(ParticipantRole::Representative | ParticipantRole::Guardian) => (
            t!(lang, "kallelse-varfor-foretradare", namn = name),
            t!(lang, "kallelse-forbered-foretradare", namn = name),
        ),
        Some(ParticipantRole::Relative) => {
            let person = p.name.as_ref().map(|s| s.value.as_str());
            let relation = plan
                .relatives
                .iter()
                .find(|r| r.name.as_ref().map(|s| s.value.as_str()) == person)
                .and_then(|r| r.relation.as_ref())
                .map(|r| format!(" ({})", r.value))
                .unwrap_or_default();
            (
                t!(
                    lang,
                    "kallelse-varfor-narstaende",
                    namn = name,
                    relation = relation
                ),
                t!(lang, "kallelse-forbered-narstaende"),
            )
        }
        Some(ParticipantRole::MeetingLeader) => (
            t!(lang, "kallelse-varfor-samtalsledare"),
            t!(lang, "kallelse-forbered-samtalsledare", namn = name),
        ),
        _ => (String::new(), t!(lang, "kallelse-forbered-ovrig")),
    };
    (what, Some(why).filter(|w| !w.is_empty()), prepare)
}

/// The samtalsledare to contact, with their party and the phone and e-mail from `sip.toml`
/// (`[kontakt]`); without a named samtalsledare the reader is asked to contact "samtalsledaren".
fn contact(src: &Source, meeting: Option<&Meeting>) -> Vec<Block> {
    let lang = src.lang;
    let mut reach = Vec::new();
    if let Some(t) = &src.contact.telefon {
        reach.push(Field::new(t!(lang, "kallelse-falt-telefon"), t.clone()));
    }
    if let Some(e) = &src.contact.epost {
        reach.push(Field::new(t!(lang, "kallelse-falt-epost"), e.clone()));
    }
    let Some(leader) = src.leader(meeting) else {
        let mut out = vec![Block::para(t!(lang, "kallelse-kontakt-samtalsledaren"))];
        if !reach.is_empty() {
            out.push(Block::fields(reach));
        }
        return out;
    };
    // The samtalsledare's party: their own participant entry, else the overall responsibility
    // when they hold it.
    let party = meeting
        .and_then(|m| {
            m.participants
                .iter()
                .find(|p| p.name.as_ref().is_some_and(|n| n.value == leader) && p.party.is_some())
        })
        .and_then(|p| p.party.as_ref().map(|s| s.value.clone()))
        .or_else(|| {
            let o = src.plan.overall.as_ref()?;
            (o.person.as_ref()?.value == leader)
                .then(|| o.party.as_ref().map(|p| p.value.clone()))
                .flatten()
        });
    let who = match party {
        Some(p) => format!("{leader}, {}", src.party_short(&p)),
        None => leader,
    };
    let mut out = vec![Block::para(t!(
        lang,
        "kallelse-kontakt",
        samtalsledare = who
    ))];
    if !reach.is_empty() {
        out.push(Block::fields(reach));
    }
    out
}

/// For the samtalsledare: each invited person or party gets a letter of their own; the exact
/// command for each, only for recipients a letter can be written to (the same test as
/// `sip invitation PLAN --to`).
fn sending(src: &Source, m: &Meeting) -> Vec<Block> {
    let plan = src.plan;
    let id = plan.id_or_placeholder();
    // `--meeting` only when this is not the meeting a letter goes to by default.
    let default = src.meeting(None).ok().and_then(|d| d.meeting);
    let meeting_arg = if default.is_some_and(|d| std::ptr::eq(d, m)) {
        String::new()
    } else {
        format!(" --meeting {}", quote(m.id_str()))
    };
    let command = |to: &str| format!("sip invitation {id}{meeting_arg} --to {}", quote(to));
    let writes = |to: &str| super::letter::build(src, Some(m.id_str()), to).is_ok();
    let young = super::letter::age_at_meeting(src, m).is_some_and(|a| a < 12);
    let mut items: Vec<Item> = Vec::new();
    let mut parties_done: Vec<&str> = Vec::new();
    let mut people: Vec<&Participant> = m.participants.iter().collect();
    people.sort_by_key(|p| rank(src, p));
    for p in people {
        let name = p.name.as_ref().map(|n| n.value.as_str());
        let (label, to) = match (&p.party, role(p), name) {
            (Some(party), _, _) => {
                let party = party.value.as_str();
                if parties_done.contains(&party) {
                    continue;
                }
                parties_done.push(party);
                let names: Vec<String> = m
                    .participants
                    .iter()
                    .filter(|q| q.party.as_ref().is_some_and(|x| x.value == party))
                    .filter_map(|q| q.name.as_ref().map(|n| n.value.clone()))
                    .collect();
                let label = if names.is_empty() {
                    src.party_short(party)
                } else {
                    format!("{} ({})", src.party_short(party), names.join(", "))
                };
                (label, party.to_string())
            }
            (None, Some(ParticipantRole::MeetingLeader), _) => continue,
            (None, Some(ParticipantRole::Individual), Some(n)) => {
                if young {
                    // A child under 12 gets no letter of their own; the guardians get theirs.
                    continue;
                }
                (n.to_string(), "individen".to_string())
            }
            (None, _, Some(n)) => (n.to_string(), n.to_string()),
            (None, _, None) => continue,
        };
        if writes(&to) {
            items.push(Item::with(label, vec![Block::para(command(&to))]));
        }
    }
    let lang = src.lang;
    let mut out = vec![Block::para(t!(lang, "kallelse-skicka-brev"))];
    if items.is_empty() {
        out.push(Block::para(t!(lang, "kallelse-skicka-inga-brev")));
    } else {
        out.push(Block::list(false, items));
    }
    if young {
        out.push(Block::para(t!(lang, "kallelse-skicka-ungt-barn")));
    }
    out.push(Block::para(t!(lang, "kallelse-skicka-pdf")));
    if m.invitation_sent.is_none() {
        out.push(Block::para(t!(
            lang,
            "kallelse-skicka-registrera",
            plan_id = id,
            mote_id = quote(m.id_str())
        )));
    }
    out
}

/// A value as a shell reads it: in double quotes when it holds anything but plain characters.
fn quote(v: &str) -> String {
    if !v.is_empty()
        && v.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        v.to_string()
    } else {
        format!("\"{}\"", v.replace(['"', '\\', '$', '`'], ""))
    }
}
