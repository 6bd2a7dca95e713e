//! `sip invitation`: the kallelse to one meeting, built as a [`Doc`].
//!
//! What it holds follows the SIP guidance (SamSIP, the Samverk Vetlanda flow): the meeting's purpose and questions, the
//! time, the place or the approved digital system, who is invited and why and what each should
//! prepare, and the samtalsledare to contact. A notice period the agreement
//! sets and the invitation does not meet is shown as a visible warning (the same test as rule
//! A009), as are other faults the reader must see before sending it. Nothing is checked beyond
//! what is printed.

use super::doc::{Block, Doc, Field, Item};
use super::{MeetingRef, Source, long_datetime, role};
use crate::error::Result;
use crate::model::enums::{MeetingKind, ParticipantRole};
use crate::model::plan::{Meeting, Participant, same_name};

/// Build the invitation to the meeting `wanted` (default: the next one not held).
pub fn build(src: &Source, wanted: Option<&str>) -> Result<Doc> {
    let m = src.meeting(wanted)?;
    super::guard::consent_on_meeting_day(src, m.meeting, ("kallelsen", "the invitation"))?;
    let plan = src.plan;
    let name = src.or_missing(plan.name());
    let mut doc = Doc::new(
        "invitation",
        src.lang,
        match m.kind {
            MeetingKind::Initial => src.t(
                "Kallelse till samordnad individuell planering (SIP)",
                "Invitation to coordinated individual planning (SIP)",
            ),
            MeetingKind::FollowUp => src.t(
                "Kallelse till uppföljning av samordnad individuell plan (SIP)",
                "Invitation to the follow-up of a coordinated individual plan (SIP)",
            ),
        },
    );
    doc.subtitle = Some(name.clone());
    doc.header = header(src, &m);

    doc.warnings = warnings(src, &m);
    let intro = match m.kind {
        MeetingKind::Initial => src.lang.pick(
            &format!(
                "Du bjuds in till ett möte där en samordnad individuell plan (SIP) ska upprättas tillsammans med {name}. I planen står vilka insatser som behövs, vem som ansvarar för vad och vem som har det övergripande ansvaret."
            ),
            &format!(
                "You are invited to a meeting where a coordinated individual plan (SIP) is drawn up together with {name}. The plan states which interventions are needed, who is responsible for what and who has overall responsibility."
            ),
        ).to_string(),
        MeetingKind::FollowUp => src.lang.pick(
            &format!(
                "Du bjuds in till ett möte där den samordnade individuella planen (SIP) för {name} följs upp: vad har skett, vad finns kvar och finns det nya behov?"
            ),
            &format!(
                "You are invited to a meeting that follows up the coordinated individual plan (SIP) for {name}: what has happened, what remains, and are there new needs?"
            ),
        ).to_string(),
    };
    let mut welcome = vec![Block::para(intro)];
    welcome.extend(src.discharge_block());
    doc.section(src.t("Välkommen", "Welcome"), welcome);
    if let Some(own) = src.own_words() {
        doc.section(src.own_words_title(), own);
    }
    // A meeting's own purpose and questions (v2) come before the plan's.
    // What the plan does not give is left out (the samtalsledare is warned on stderr when the
    // agreement requires it).
    if let Some(purpose) = super::agenda::meeting_purpose(src, m.meeting) {
        doc.section(
            src.t("Syfte med mötet", "Purpose of the meeting"),
            vec![Block::para(purpose)],
        );
    }
    let has_questions =
        m.meeting.is_some_and(|x| !x.questions.is_empty()) || !src.plan.questions.is_empty();
    if has_questions {
        doc.section(
            src.t(
                "Frågeställningar som mötet ska fokusera på",
                "Questions the meeting will focus on",
            ),
            super::agenda::meeting_questions(src, m.meeting),
        );
    }
    let invited = invited(src, &m);
    if !invited.is_empty() {
        doc.section(src.t("Inbjudna", "Invited"), invited);
    }
    doc.section(
        src.t("Förberedelser", "Preparation"),
        vec![Block::para(src.t(
            "Individen, samtalsledaren och de inbjudna behöver alla förbereda sig: läsa på, komma i tid och vara möjlighetsinriktade.",
            "The individual, the meeting leader and everyone invited need to prepare: read up, arrive on time and look for possibilities.",
        ))],
    );
    doc.section(src.t("Kontakt", "Contact"), contact(src, m.meeting));
    if let Some(meeting) = m.meeting {
        doc.section(
            src.t(
                "Till samtalsledaren: så skickar du kallelsen",
                "For the meeting leader: how to send the invitation",
            ),
            sending(src, meeting),
        );
    }
    // As a letter's: the day it was printed, written out; no agreement title.
    doc.footer = Some(format!(
        "{} {}",
        src.t("Utskriven", "Printed"),
        super::long_date(src.today, src.lang)
    ));
    doc.page_head = Some(src.page_head());
    src.mark_protected(&mut doc);
    Ok(doc)
}

/// Who, when and where, for the reader: the time written out, no plan id or meeting code, and
/// nothing the plan does not give (no "ej angivet").
fn header(src: &Source, m: &MeetingRef) -> Vec<Field> {
    let mut f = Vec::new();
    if let Some(name) = src.plan.name() {
        f.push(Field::new(src.t("Individ", "Individual"), name));
    }
    if let Some(line) = src.representatives_line() {
        f.push(Field::new(
            src.t("Företrädare", "Legal representatives"),
            line,
        ));
    }
    let Some(meeting) = m.meeting else {
        return f;
    };
    if let Some(t) = &meeting.time {
        f.push(Field::new(
            src.t("Tid", "Time"),
            long_datetime(t.value, src.lang),
        ));
    }
    let minutes = meeting.length_minutes();
    f.push(Field::new(
        src.t("Längd", "Length"),
        src.pick(
            format!("ungefär {minutes} minuter"),
            format!("about {minutes} minutes"),
        ),
    ));
    let protected = src.plan.is_protected();
    match (&meeting.place, protected) {
        (Some(_), true) => f.push(Field::new(src.t("Plats", "Place"), src.hidden_place())),
        (Some(p), false) => f.push(Field::new(src.t("Plats", "Place"), p.value.clone())),
        (None, _) => {}
    }
    if let Some(d) = &meeting.digital {
        let approved = src
            .agreement
            .is_some_and(|a| a.invitation.approved_digital.contains(&d.value));
        let value = if approved {
            src.pick(
                format!(
                    "{} (godkänt för sekretessärenden enligt överenskommelsen)",
                    d.value
                ),
                format!(
                    "{} (approved for confidential matters by the agreement)",
                    d.value
                ),
            )
        } else {
            d.value.clone()
        };
        f.push(Field::new(src.t("Digitalt möte", "Digital meeting"), value));
    }
    if let Some(l) = src.leader(Some(meeting)) {
        f.push(Field::new(src.t("Samtalsledare", "Meeting leader"), l));
    }
    f
}

/// What the samtalsledare should know before sending the kallelse: for stderr, never the letter.
pub fn warnings(src: &Source, m: &MeetingRef) -> Vec<String> {
    let plan = src.plan;
    let mut out = Vec::new();
    if let Some(x) = m.meeting {
        {
            if x.is_held() {
                out.push(
                    src.t(
                        "mötet är redan genomfört.",
                        "this meeting has already been held.",
                    )
                    .to_string(),
                );
            }
            if let Some(w) = src.notice_warning(x) {
                out.push(w);
            }
            if let (Some(d), Some(a)) = (&x.digital, src.agreement) {
                let ok = &a.invitation.approved_digital;
                if !ok.is_empty() && !ok.contains(&d.value) {
                    out.push(src.lang.pick(
                        &format!(
                            "Det digitala systemet {} finns inte bland överenskommelsens godkända system för sekretessärenden ({}).",
                            d.value,
                            ok.join(", ")
                        ),
                        &format!(
                            "The digital system {} is not among the agreement's systems approved for confidential matters ({}).",
                            d.value,
                            ok.join(", ")
                        ),
                    ).to_string());
                }
            }
            uncovered(src, x, &mut out);
        }
    }
    if let Some(a) = src.agreement {
        let own_purpose = m.meeting.is_some_and(|x| x.purpose.is_some());
        let own_questions = m.meeting.is_some_and(|x| !x.questions.is_empty());
        if a.invitation.requires_purpose && plan.purpose.is_none() && !own_purpose {
            out.push(src.t(
                "överenskommelsen kräver att kallelsen anger mötets syfte, men planen saknar syfte (sip set PLAN --purpose TEXT).",
                "the agreement requires the invitation to state the meeting's purpose, but the plan has none (sip set PLAN --purpose TEXT).",
            ).to_string());
        }
        if a.invitation.requires_questions && plan.questions.is_empty() && !own_questions {
            out.push(src.t(
                "överenskommelsen kräver att kallelsen anger frågeställningar, men planen saknar dem (sip set PLAN --question TEXT).",
                "the agreement requires the invitation to state the questions, but the plan has none (sip set PLAN --question TEXT).",
            ).to_string());
        }
    }
    out
}

/// Parties invited whom the consent does not cover (information may not pass to them).
fn uncovered(src: &Source, m: &Meeting, out: &mut Vec<String>) {
    let Some(c) = &src.plan.consent else {
        out.push(src.t(
            "samtycke är inte registrerat: inga uppgifter om individen får lämnas mellan parterna förrän det finns.",
            "no consent is recorded: no information about the individual may pass between the parties until there is.",
        ).to_string());
        return;
    };
    let missing: Vec<String> = src
        .order_parties(
            m.participants
                .iter()
                .filter_map(|p| p.party.as_ref().map(|s| s.value.as_str())),
        )
        .into_iter()
        .filter(|p| !c.covers(p))
        .map(|p| src.party(p))
        .collect();
    if !missing.is_empty() {
        out.push(format!(
            "{}: {}",
            src.t(
                "samtycket omfattar inte alla inbjudna parter",
                "the consent does not cover every invited party"
            ),
            missing.join(", ")
        ));
    }
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
                (None, None) => src.t("(namn saknas)", "(no name)").to_string(),
            };
            let mut fields = Vec::new();
            if let Some(why) = why {
                fields.push(Field::new(src.t("Varför inbjuden", "Why invited"), why));
            }
            fields.push(Field::new(src.t("Förbered", "Prepare"), prepare));
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
    let pick = |sv: String, en: String| src.lang.pick(&sv, &en).to_string();
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
            pick(
                format!("{party_name} ansvarar för insatsen {one}."),
                format!("{party_name} is responsible for the intervention {one}."),
            )
        } else if !theirs.is_empty() {
            pick(
                format!(
                    "{party_name} ansvarar för insatserna: {}.",
                    theirs.join("; ")
                ),
                format!(
                    "{party_name} is responsible for the interventions: {}.",
                    theirs.join("; ")
                ),
            )
        } else if no_interventions {
            pick(
                format!(
                    "Företräder {party_name}, som deltar med information men inte har egna insatser i planen."
                ),
                format!(
                    "Represents {party_name}, which takes part with information but has no interventions of its own in the plan."
                ),
            )
        } else {
            pick(
                format!("Företräder {party_name}: vilka insatser kan {party_name} bidra med?"),
                format!(
                    "Represents {party_name}: which interventions can {party_name} contribute?"
                ),
            )
        };
        if !contact_for.is_empty() {
            why.push(' ');
            why.push_str(&pick(
                format!("Kontaktperson för {}.", contact_for.join(", ")),
                format!("Contact person for {}.", contact_for.join(", ")),
            ));
        }
        let prepare = match (initial, theirs.is_empty()) {
            (true, _) => pick(
                format!("Ta reda på vilka insatser {party_name} kan erbjuda utifrån syftet och frågeställningarna, och vad som krävs för att besluta om dem."),
                format!("Find out which interventions {party_name} can offer given the purpose and the questions, and what a decision on them requires."),
            ),
            (false, false) => src.t(
                "Redogör för hur insatserna har gått: vad som är gjort, vad som återstår och om något behöver ändras.",
                "Report how the interventions have gone: what is done, what remains and whether anything needs to change.",
            ).to_string(),
            (false, true) => pick(
                format!("Ta med vad som har hänt hos {party_name} sedan förra mötet."),
                format!("Bring what has happened at {party_name} since the last meeting."),
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
            .map(|r| r.value.label(src.lang))
    };
    let what = match r {
        Some(ParticipantRole::Representative | ParticipantRole::Guardian) => {
            rep_role().or_else(|| r.map(|r| src.role_label(r)))
        }
        _ => r.map(|r| src.role_label(r)),
    };
    let (why, prepare) = match r {
        Some(ParticipantRole::Individual) => (
            if initial {
                pick(
                    format!(
                        "Planen gäller {name} och upprättas tillsammans med individen, utifrån individens behov och önskemål."
                    ),
                    format!(
                        "The plan concerns {name} and is drawn up together with the individual, from the individual's needs and wishes."
                    ),
                )
            } else {
                pick(
                    format!(
                        "Planen gäller {name} och följs upp tillsammans med individen, utifrån individens behov och önskemål."
                    ),
                    format!(
                        "The plan concerns {name} and is followed up together with the individual, from the individual's needs and wishes."
                    ),
                )
            },
            if initial {
                src.t(
                    "Fundera på vad som är viktigast just nu, vad som fungerar och vad du vill ha hjälp med. Du får gärna ta med någon du litar på.",
                    "Think about what matters most right now, what works and what you want help with. You are welcome to bring someone you trust.",
                ).to_string()
            } else {
                src.t(
                    "Fundera på vad som har blivit bättre, vad som återstår och om något nytt behov har kommit till.",
                    "Think about what has got better, what remains and whether any new need has arisen.",
                ).to_string()
            },
        ),
        Some(ParticipantRole::Representative | ParticipantRole::Guardian) => (
            pick(
                format!("Företrädare för {name}."),
                format!("Legal representative of {name}."),
            ),
            pick(
                format!("Stäm av med {name} före mötet vad som är viktigast."),
                format!("Agree with {name} before the meeting on what matters most."),
            ),
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
                pick(
                    format!("Närstående till {name}{relation}."),
                    format!("Relative of {name}{relation}."),
                ),
                src.t(
                    "Fundera på hur du ser på situationen och vad du kan bidra med.",
                    "Think about how you see the situation and what you can contribute.",
                )
                .to_string(),
            )
        }
        Some(ParticipantRole::MeetingLeader) => (
            src.t(
                "Leder mötet och ser till att planen dokumenteras.",
                "Leads the meeting and sees that the plan is documented.",
            )
            .to_string(),
            pick(
                format!("Förbered dagordningen och stäm av med {name} före mötet (förmöte)."),
                format!("Prepare the agenda and meet {name} before the meeting (pre-meeting)."),
            ),
        ),
        _ => (
            String::new(),
            src.t(
                "Läs syftet och frågeställningarna.",
                "Read the purpose and the questions.",
            )
            .to_string(),
        ),
    };
    (what, Some(why).filter(|w| !w.is_empty()), prepare)
}

/// The samtalsledare to contact, with their party and the phone and e-mail from `sip.toml`
/// (`[kontakt]`); without a named samtalsledare the reader is asked to contact "samtalsledaren".
fn contact(src: &Source, meeting: Option<&Meeting>) -> Vec<Block> {
    let mut reach = Vec::new();
    if let Some(t) = &src.contact.telefon {
        reach.push(Field::new(src.t("Telefon", "Phone"), t.clone()));
    }
    if let Some(e) = &src.contact.epost {
        reach.push(Field::new(src.t("E-post", "E-mail"), e.clone()));
    }
    let Some(leader) = src.leader(meeting) else {
        let mut out = vec![Block::para(src.t(
            "Hör av dig till samtalsledaren om du inte kan komma, om du vill att någon mer ska bjudas in eller om du har frågor.",
            "Contact the meeting leader if you cannot come, want someone else invited or have questions.",
        ))];
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
    let mut out = vec![Block::para(src.pick(
        format!("Samtalsledare är {who}. Hör av dig till samtalsledaren om du inte kan komma, om du vill att någon mer ska bjudas in eller om du har frågor."),
        format!("The meeting leader is {who}. Contact the meeting leader if you cannot come, want someone else invited or have questions."),
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
    let mut out = vec![Block::para(src.t(
        "Den här kallelsen visar hela mötet. Skicka dessutom var och en ett eget brev, skrivet för just den mottagaren:",
        "This invitation shows the whole meeting. Also send each one a letter of their own, written for that recipient:",
    ))];
    if items.is_empty() {
        out.push(Block::para(src.t(
            "Ingen av de inbjudna kan få ett eget brev ännu: lägg till deltagare till mötet och se till att samtycket omfattar dem.",
            "None of those invited can be sent a letter yet: add participants to the meeting and make sure the consent covers them.",
        )));
    } else {
        out.push(Block::list(false, items));
    }
    if young {
        out.push(Block::para(src.t(
            "Ett barn under 12 år får inget eget brev; vårdnadshavarna får sina.",
            "A child under 12 gets no letter of their own; the guardians get theirs.",
        )));
    }
    out.push(Block::para(src.t(
        "Lägg till --format pdf -o FIL för en PDF att skriva ut eller skicka.",
        "Add --format pdf -o FILE for a PDF to print or send.",
    )));
    if m.invitation_sent.is_none() {
        let mid = quote(m.id_str());
        out.push(Block::para(src.pick(
            format!("När kallelsen är skickad: sip meeting invited {id} {mid} --date ÅÅÅÅ-MM-DD"),
            format!(
                "When the invitation is sent: sip meeting invited {id} {mid} --date YYYY-MM-DD"
            ),
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
