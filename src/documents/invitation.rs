//! `sip invitation`: the kallelse to one meeting, built as a [`Doc`].
//!
//! What it holds follows the SIP guidance (SamSIP, the Samverk Vetlanda flow): the meeting's purpose and questions, the
//! time, the place or the approved digital system, who is invited and why and what each should
//! prepare, and the samtalsledare to contact. A notice period the agreement
//! sets and the invitation does not meet is shown as a visible warning (the same test as rule
//! A009), as are other faults the reader must see before sending it. Nothing is checked beyond
//! what is printed.

use super::doc::{Block, Doc, Field, Item};
use super::{MeetingRef, Source, date, role};
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
    doc.section(
        src.t("Syfte med mötet", "Purpose of the meeting"),
        vec![Block::para(
            src.or_missing(super::agenda::meeting_purpose(src, m.meeting)),
        )],
    );
    doc.section(
        src.t(
            "Frågeställningar som mötet ska fokusera på",
            "Questions the meeting will focus on",
        ),
        super::agenda::meeting_questions(src, m.meeting),
    );
    doc.section(src.t("Inbjudna", "Invited"), invited(src, &m));
    doc.section(
        src.t("Förberedelser", "Preparation"),
        vec![Block::para(src.t(
            "Både individen, samtalsledaren och de inbjudna behöver förbereda sig: läsa på, komma i tid och vara möjlighetsinriktade.",
            "The individual, the meeting leader and everyone invited need to prepare: read up, arrive on time and look for possibilities.",
        ))],
    );
    doc.section(src.t("Kontakt", "Contact"), contact(src, m.meeting));
    doc.footer = Some(src.footer());
    doc.page_head = Some(src.page_head());
    Ok(doc)
}

fn header(src: &Source, m: &MeetingRef) -> Vec<Field> {
    let mut f = src.meeting_fields(m);
    if let Some(line) = src.representatives_line() {
        // After the individual's name: both guardians, by name.
        let at = f.len().min(1);
        f.insert(
            at,
            Field::new(src.t("Företrädare", "Legal representatives"), line),
        );
    }
    if let (Some(meeting), Some(a)) = (m.meeting, src.agreement) {
        if let Some(d) = &meeting.digital {
            if a.invitation.approved_digital.contains(&d.value) {
                for field in &mut f {
                    if field.value == d.value {
                        field.value = format!(
                            "{} ({})",
                            d.value,
                            src.t(
                                "godkänt för sekretessärenden enligt överenskommelsen",
                                "approved for confidential matters by the agreement"
                            )
                        );
                    }
                }
            }
        }
    }
    f.push(Field::new(
        src.t("Kallelsen skickad", "Invitation sent"),
        m.meeting
            .and_then(|x| x.invitation_sent.as_ref())
            .map_or_else(
                || src.t("inte registrerat", "not recorded").to_string(),
                |d| date(d.value),
            ),
    ));
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
        return vec![Block::para(src.missing())];
    };
    if meeting.participants.is_empty() {
        return vec![Block::para(src.missing())];
    }
    let mut people: Vec<&Participant> = meeting.participants.iter().collect();
    // The individual's side first, then the samtalsledare, then the parties in the agreement's order.
    let rank = |p: &Participant| match role(p) {
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
    };
    people.sort_by_key(|p| rank(p));
    let items = people
        .into_iter()
        .map(|p| {
            let name = src.or_missing(p.name.as_ref().map(|s| s.value.as_str()));
            let (what, why, prepare) = reasons(src, m.kind, p);
            Item::with(
                format!("{name} – {what}"),
                vec![Block::fields(vec![
                    Field::new(src.t("Varför inbjuden", "Why invited"), why),
                    Field::new(src.t("Förbered", "Prepare"), prepare),
                ])],
            )
        })
        .collect();
    vec![Block::list(false, items)]
}

/// (who they are, why they are invited, what they should prepare).
fn reasons(src: &Source, kind: MeetingKind, p: &Participant) -> (String, String, String) {
    let plan = src.plan;
    let name = src.or_missing(plan.name());
    let initial = kind == MeetingKind::Initial;
    let pick = |sv: String, en: String| src.lang.pick(&sv, &en).to_string();
    if let Some(party) = &p.party {
        let id = party.value.as_str();
        let party_name = src.party(id);
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
        let mut why = if !theirs.is_empty() {
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
        return (party_name, why, prepare);
    }
    let r = role(p);
    let what = r.map_or_else(|| src.missing(), |r| src.role_label(r));
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
        Some(ParticipantRole::Representative | ParticipantRole::Guardian) => {
            let person = p.name.as_ref().map(|s| s.value.as_str());
            let rep_role = plan
                .individual
                .representatives
                .iter()
                .find(|r| matches!((r.name_str(), person), (Some(a), Some(b)) if same_name(a, b)))
                .and_then(|r| r.role.as_ref())
                .map(|r| format!(" ({})", r.value.label(src.lang)))
                .unwrap_or_default();
            (
                pick(
                    format!("Företrädare för {name}{rep_role}."),
                    format!("Legal representative of {name}{rep_role}."),
                ),
                pick(
                    format!("Stäm av med {name} före mötet vad som är viktigast."),
                    format!("Agree with {name} before the meeting on what matters most."),
                ),
            )
        }
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
            src.missing(),
            src.t(
                "Läs syftet och frågeställningarna.",
                "Read the purpose and the questions.",
            )
            .to_string(),
        ),
    };
    (what, why, prepare)
}

fn contact(src: &Source, meeting: Option<&Meeting>) -> Vec<Block> {
    let Some(leader) = src.leader(meeting) else {
        return vec![Block::para(format!(
            "{}: {}",
            src.t("Samtalsledare", "Meeting leader"),
            src.missing()
        ))];
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
        Some(p) => format!("{leader}, {}", src.party(&p)),
        None => leader,
    };
    vec![Block::para(src.lang.pick(
        &format!("Samtalsledare: {who}. Hör av dig till samtalsledaren om du inte kan komma, om du vill att någon mer ska bjudas in eller om du har frågor."),
        &format!("Meeting leader: {who}. Contact the meeting leader if you cannot come, want someone else invited or have questions."),
    ).to_string())]
}
