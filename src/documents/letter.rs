//! `sip invitation --to individen|NAME|PARTY`: the letter to one recipient, built
//! as a [`Doc`].
//!
//! To the individual, or a legal representative, in plain Swedish ("Välkommen till ett möte om din
//! plan"); a *kallelse* to kommun and region, whose duty it is to draw up the plan (SoL 10 kap.
//! 8 §, HSL 16 kap. 4 §); an *inbjudan* to other parties and persons. Each letter says why *its*
//! recipient is invited and what *they* should prepare, with dates written out
//! and needs, goals and interventions by their text, never their codes. Who is meant is found
//! among the meeting's participants, the representatives, the relatives and the agreement's
//! parties; anything else is refused (exit 2) with the names that would do.

use super::doc::{Block, Doc, Field};
use super::{MeetingRef, Source, long_datetime, role};
use crate::error::{Error, Result};
use crate::model::enums::{MeetingKind, ParticipantRole, RepresentativeRole};
use crate::model::plan::{Meeting, same_name};

/// Who a letter goes to.
#[derive(Debug, Clone, PartialEq)]
enum Recipient {
    /// The individual.
    Individual,
    /// A legal representative (a guardian, förvaltare or god man), by name.
    Representative {
        name: String,
        role: Option<RepresentativeRole>,
    },
    /// A party of the agreement, with the people who come for it.
    Party { id: String, people: Vec<String> },
    /// A relative or anyone else, by name.
    Person { name: String },
}

/// Build the letter to `to` for the meeting `wanted` (default: the next one not held).
pub fn build(src: &Source, wanted: Option<&str>, to: &str) -> Result<Doc> {
    let m = src.meeting(wanted)?;
    let meeting = m
        .meeting
        .ok_or_else(|| Error::msg("inget möte", "no meeting"))?;
    super::guard::consent_on_meeting_day(src, Some(meeting), ("kallelsen", "the invitation"))?;
    let who = for_a_young_child(src, meeting, recipient(src, meeting, to)?);
    allowed(src, meeting, &who)?;
    let mut doc = Doc::new("invitation", src.lang, title(src, &m, &who));
    doc.warnings = super::invitation::warnings(src, &m);
    doc.header = when_and_where(src, meeting);
    match &who {
        Recipient::Individual | Recipient::Representative { .. } => {
            own_letter(src, &m, &who, &mut doc)
        }
        Recipient::Party { id, people } => party_letter(src, &m, id, people, &mut doc),
        Recipient::Person { name } => person_letter(src, &m, name, &mut doc),
    }
    doc.section(
        src.t("Vilka som kommer", "Who will come"),
        vec![Block::bullets(attendees(src, meeting))],
    );
    doc.section(src.t("Kontakt", "Contact"), contact(src, meeting));
    // A letter's footer is the day it was printed: no agreement title.
    doc.footer = Some(format!(
        "{} {}",
        src.t("Utskriven", "Printed"),
        super::long_date(src.today, src.lang)
    ));
    if src
        .plan
        .individual
        .protected
        .as_ref()
        .is_some_and(|p| p.value)
    {
        doc.subtitle = Some(
            src.t(
                "Skyddade personuppgifter – hanteras enligt rutin",
                "Protected personal data – handle according to routine",
            )
            .to_string(),
        );
    }
    doc.page_head = Some(src.page_head());
    Ok(doc)
}

fn title(src: &Source, m: &MeetingRef, who: &Recipient) -> String {
    let follow = m.kind == MeetingKind::FollowUp;
    match who {
        Recipient::Individual => if follow {
            src.t(
                "Välkommen till ett uppföljningsmöte om din plan",
                "Welcome to a follow-up meeting about your plan",
            )
        } else {
            src.t(
                "Välkommen till ett möte om din plan",
                "Welcome to a meeting about your plan",
            )
        }
        .to_string(),
        Recipient::Representative { .. } => {
            let name = src.or_missing(src.plan.name());
            src.pick(
                format!("Välkommen till ett möte om {} plan", genitive(&name)),
                format!("Welcome to a meeting about {name}'s plan"),
            )
        }
        Recipient::Party { id, .. } if src.is_principal(id) => if follow {
            src.t(
                "Kallelse till uppföljning av samordnad individuell plan (SIP)",
                "Notice of a follow-up of a coordinated individual plan (SIP)",
            )
        } else {
            src.t(
                "Kallelse till samordnad individuell planering (SIP)",
                "Notice of coordinated individual planning (SIP)",
            )
        }
        .to_string(),
        _ => if follow {
            src.t(
                "Inbjudan till uppföljning av samordnad individuell plan (SIP)",
                "Invitation to a follow-up of a coordinated individual plan (SIP)",
            )
        } else {
            src.t(
                "Inbjudan till samordnad individuell planering (SIP)",
                "Invitation to coordinated individual planning (SIP)",
            )
        }
        .to_string(),
    }
}

/// Find the recipient: `individen`, a party id, or a name among the people of the plan.
fn recipient(src: &Source, m: &Meeting, to: &str) -> Result<Recipient> {
    let want = to.trim().to_lowercase();
    if ["individen", "individ", "the individual", "individual"].contains(&want.as_str()) {
        return Ok(Recipient::Individual);
    }
    let plan = src.plan;
    let same = |s: &str| s.trim().to_lowercase() == want;
    let party_ids: Vec<String> = src.agreement.map_or_else(
        || {
            m.participants
                .iter()
                .filter_map(|p| p.party.as_ref().map(|s| s.value.clone()))
                .collect()
        },
        |a| a.parties.iter().map(|p| p.id.clone()).collect(),
    );
    if let Some(id) = party_ids
        .iter()
        .find(|id| same(id) || same(&src.party_short(id)))
    {
        let people = m
            .participants
            .iter()
            .filter(|p| p.party.as_ref().is_some_and(|s| &s.value == id))
            .filter_map(|p| p.name.as_ref().map(|n| n.value.clone()))
            .collect();
        return Ok(Recipient::Party {
            id: id.clone(),
            people,
        });
    }
    if plan.name().is_some_and(same) {
        return Ok(Recipient::Individual);
    }
    if let Some(r) = plan
        .individual
        .representatives
        .iter()
        .find(|r| r.name.as_ref().is_some_and(|n| same(&n.value)))
    {
        return Ok(Recipient::Representative {
            name: r.name.as_ref().map(|n| n.value.clone()).unwrap_or_default(),
            role: r.role.as_ref().map(|r| r.value),
        });
    }
    if let Some(p) = m
        .participants
        .iter()
        .find(|p| p.name.as_ref().is_some_and(|n| same(&n.value)))
    {
        let name = p.name.as_ref().map(|n| n.value.clone()).unwrap_or_default();
        return Ok(match (&p.party, role(p)) {
            (Some(party), _) => Recipient::Party {
                id: party.value.clone(),
                people: vec![name],
            },
            (None, Some(ParticipantRole::Individual)) => Recipient::Individual,
            (None, Some(ParticipantRole::Representative | ParticipantRole::Guardian)) => {
                Recipient::Representative { name, role: None }
            }
            _ => Recipient::Person { name },
        });
    }
    if let Some(r) = plan
        .relatives
        .iter()
        .find(|r| r.name.as_ref().is_some_and(|n| same(&n.value)))
    {
        return Ok(Recipient::Person {
            name: r.name.as_ref().map(|n| n.value.clone()).unwrap_or_default(),
        });
    }
    let mut known = vec!["individen".to_string()];
    known.extend(party_ids);
    known.extend(
        m.participants
            .iter()
            .filter_map(|p| p.name.as_ref().map(|n| n.value.clone())),
    );
    known.dedup();
    Err(Error::msg(
        format!(
            "okänd mottagare `{to}`: skriv individen, en parts id eller namnet på en deltagare ({})",
            known.join(", ")
        ),
        format!(
            "unknown recipient `{to}`: write individen, a party id or the name of a participant ({})",
            known.join(", ")
        ),
    ))
}

/// v3: whom a letter may go to. A party only when the consent covers it; a person only when they
/// are a participant of the meeting (and a relative only when the individual has not said no, a
/// participant without a party only when the consent names them in `samtycke.övriga`).
fn allowed(src: &Source, m: &Meeting, who: &Recipient) -> Result<()> {
    let plan = src.plan;
    let id = plan.id_or_placeholder();
    let mid = m.id_str();
    let Some(c) = &plan.consent else {
        return Ok(());
    };
    match who {
        Recipient::Individual => Ok(()),
        Recipient::Party { id: party, .. } => {
            if c.covers(party) {
                return Ok(());
            }
            let name = src.party_short(party);
            Err(Error::msg(
                format!(
                    "kallelsen skickas inte till {name}: samtycket omfattar inte den parten. Fråga individen och lägg till parten i samtycket: `sip consent {id} --add-party {party}`"
                ),
                format!(
                    "the invitation is not sent to {name}: the consent does not cover that party. Ask the individual and add the party to the consent: `sip consent {id} --add-party {party}`"
                ),
            ))
        }
        Recipient::Representative { name, .. } | Recipient::Person { name } => {
            let relative = plan
                .relatives
                .iter()
                .find(|r| r.name.as_ref().is_some_and(|n| same_name(&n.value, name)));
            if relative.is_some_and(crate::model::plan::Relative::objected) {
                return Err(Error::msg(
                    format!(
                        "brevet skrivs inte: individen vill inte att {name} deltar (får_delta: nej). Om individen ändrar sig: `sip relative set {id} \"{name}\" --participation ja`"
                    ),
                    format!(
                        "the letter is not written: the individual does not want {name} to take part (får_delta: no). If the individual changes their mind: `sip relative set {id} \"{name}\" --participation ja`"
                    ),
                ));
            }
            let Some(p) = m
                .participants
                .iter()
                .find(|p| p.name.as_ref().is_some_and(|n| same_name(&n.value, name)))
            else {
                let role = match who {
                    Recipient::Representative {
                        role: Some(RepresentativeRole::Guardian),
                        ..
                    } => "vårdnadshavare",
                    Recipient::Representative { .. } => "företrädare",
                    _ if relative.is_some() => "närstående",
                    _ => "ROLL",
                };
                return Err(Error::msg(
                    format!(
                        "brevet skrivs inte: {name} är inte inbjuden till mötet {mid}. Lägg först till hen som deltagare: `sip meeting participant add {id} {mid} \"{name}:{role}\"`"
                    ),
                    format!(
                        "the letter is not written: {name} is not invited to the meeting {mid}. First add them as a participant: `sip meeting participant add {id} {mid} \"{name}:{role}\"`"
                    ),
                ));
            };
            let family = matches!(
                role(p),
                Some(
                    ParticipantRole::Individual
                        | ParticipantRole::Representative
                        | ParticipantRole::Guardian
                        | ParticipantRole::Relative
                        | ParticipantRole::MeetingLeader
                )
            );
            if p.party.is_none()
                && !family
                && !matches!(who, Recipient::Representative { .. })
                && relative.is_none()
                && !c.others.iter().any(|o| same_name(&o.value, name))
            {
                return Err(Error::msg(
                    format!(
                        "brevet skrivs inte: samtycket omfattar inte {name}, som deltar utan part. Fråga individen och lägg till hen i samtycket: `sip consent {id} --add-other \"{name}\"`"
                    ),
                    format!(
                        "the letter is not written: the consent does not cover {name}, who takes part without a party. Ask the individual and add them to the consent: `sip consent {id} --add-other \"{name}\"`"
                    ),
                ));
            }
            Ok(())
        }
    }
}

/// The individual's age on the meeting's day, when the plan gives a birth date.
pub(crate) fn age_at_meeting(src: &Source, m: &Meeting) -> Option<u32> {
    let day = m.time.as_ref().map_or(src.today, |t| t.value.date());
    let ind = &src.plan.individual;
    let birth = ind
        .personnummer
        .as_ref()
        .and_then(|p| crate::model::personnummer::Personnummer::parse(&p.value, src.today).ok())
        .map(|p| p.birth_date)
        .or_else(|| ind.birth_date.as_ref().map(|d| d.value))?;
    crate::model::personnummer::age_on(birth, day)
}

/// A child under 12 gets no letter of their own: `--to individen` is written to a vårdnadshavare
/// (the first one invited to the meeting, else the first one recorded).
fn for_a_young_child(src: &Source, m: &Meeting, who: Recipient) -> Recipient {
    if who != Recipient::Individual || age_at_meeting(src, m).is_none_or(|a| a >= 12) {
        return who;
    }
    let guardians: Vec<&str> = src
        .plan
        .individual
        .guardians()
        .filter_map(|g| g.name_str())
        .collect();
    let invited = guardians.iter().find(|g| {
        m.participants
            .iter()
            .any(|p| p.name.as_ref().is_some_and(|n| same_name(&n.value, g)))
    });
    match invited.or(guardians.first()) {
        Some(name) => Recipient::Representative {
            name: (*name).to_string(),
            role: Some(RepresentativeRole::Guardian),
        },
        None => who,
    }
}

/// Time and place, written out. With protected personal data (v3) the place is not printed.
fn when_and_where(src: &Source, m: &Meeting) -> Vec<Field> {
    let time = Field::new(
        src.t("Tid", "Time"),
        m.time
            .as_ref()
            .map_or_else(|| src.missing(), |t| long_datetime(t.value, src.lang)),
    );
    if src
        .plan
        .individual
        .protected
        .as_ref()
        .is_some_and(|p| p.value)
    {
        return vec![
            time,
            Field::new(
                src.t("Plats", "Place"),
                src.t(
                    "samtalsledaren berättar var mötet hålls",
                    "the meeting leader will tell you where the meeting is held",
                ),
            ),
        ];
    }
    let mut f = vec![Field::new(
        src.t("Tid", "Time"),
        m.time
            .as_ref()
            .map_or_else(|| src.missing(), |t| long_datetime(t.value, src.lang)),
    )];
    match (&m.place, &m.digital) {
        (Some(p), Some(d)) => {
            f.push(Field::new(src.t("Plats", "Place"), p.value.clone()));
            f.push(Field::new(src.t("Digitalt", "Online"), d.value.clone()));
        }
        (Some(p), None) => f.push(Field::new(src.t("Plats", "Place"), p.value.clone())),
        (None, Some(d)) => f.push(Field::new(
            src.t("Plats", "Place"),
            src.pick(
                format!("digitalt möte via {}", d.value),
                format!("online via {}", d.value),
            )
            .to_string(),
        )),
        (None, None) => f.push(Field::new(src.t("Plats", "Place"), src.missing())),
    }
    f
}

/// "Annas", "Lars" (a name ending in s, x or z takes no s).
pub fn genitive(name: &str) -> String {
    if name.ends_with(['s', 'x', 'z', 'S', 'X', 'Z']) {
        name.to_string()
    } else {
        format!("{name}s")
    }
}

fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

fn texts<'a>(items: impl Iterator<Item = Option<&'a str>>) -> Vec<String> {
    items.flatten().map(str::to_string).collect()
}

fn goals(src: &Source) -> Vec<String> {
    texts(
        src.plan
            .goals
            .iter()
            .map(|g| g.description.as_ref().map(|s| s.value.as_str())),
    )
}

/// The meeting's own purpose (v2), else the plan's.
fn purpose_block(src: &Source, m: Option<&Meeting>) -> Option<Block> {
    m.and_then(|x| x.purpose.as_ref())
        .or(src.plan.purpose.as_ref())
        .map(|p| Block::para(p.value.trim().to_string()))
}

/// To the individual or their representative: plain words, "du". A representative's letter is
/// about the individual ("det stöd Wilma behöver"), by first name.
fn own_letter(src: &Source, m: &MeetingRef, who: &Recipient, doc: &mut Doc) {
    let name = src.or_missing(src.plan.name());
    let first = first_name(&name).to_string();
    let follow = m.kind == MeetingKind::FollowUp;
    let rep = matches!(who, Recipient::Representative { .. });
    let (greeting, about) = match who {
        Recipient::Representative { name: rep, role } => {
            let as_role = role.map(|r| match r {
                RepresentativeRole::Guardian => src.t("vårdnadshavare", "guardian"),
                RepresentativeRole::Administrator => src.t("förvaltare", "administrator"),
                RepresentativeRole::Trustee => src.t("god man", "trustee"),
            });
            let about = match as_role {
                Some(r) => src.pick(
                    format!("Du får det här brevet som {r} för {first}."),
                    format!("You receive this letter as {first}'s {r}."),
                ),
                None => src.pick(
                    format!("Du får det här brevet som företrädare för {first}."),
                    format!("You receive this letter as {first}'s legal representative."),
                ),
            };
            (first_name(rep).to_string(), Some(about))
        }
        _ => (first.clone(), None),
    };
    if let Recipient::Representative { name: rep, .. } = who {
        // Their name only: the letter does not print their own address or number back to them.
        doc.header
            .insert(0, Field::new(src.t("Till", "To"), rep.clone()));
    }
    let mut intro = vec![Block::para(
        src.pick(format!("Hej {greeting}!"), format!("Dear {greeting},")),
    )];
    if let Some(a) = about {
        intro.push(Block::para(a));
    }
    intro.push(Block::para(match (rep, follow) {
        (false, true) => src.t(
            "Vi vill gärna träffas igen för att se hur det har gått med planen: vad som har blivit bättre, vad som återstår och om något nytt har kommit till. Alla som ger stöd kommer till samma möte. Då behöver du inte berätta samma sak för var och en.",
            "We would like to meet again to see how the plan has gone: what has got better, what remains and whether anything new has come up. Everyone who gives support comes to the same meeting, so you do not have to tell the same story to each of them.",
        ).to_string(),
        (false, false) => src.t(
            "På mötet gör vi tillsammans en plan för det stöd du behöver. Alla som ger stöd kommer till samma möte. Då behöver du inte berätta samma sak för var och en. Det är du som vet bäst vad som är viktigt för dig.",
            "At the meeting we make a plan together for the support you need. Everyone who gives support comes to the same meeting, so you do not have to tell the same story to each of them. You know best what matters to you.",
        ).to_string(),
        (true, true) => src.pick(
            format!("Vi vill gärna träffas igen för att se hur det har gått med {} plan: vad som har blivit bättre, vad som återstår och om {first} behöver något nytt. Alla som ger stöd kommer till samma möte.", genitive(&first)),
            format!("We would like to meet again to see how {first}'s plan has gone: what has got better, what remains and whether {first} needs anything new. Everyone who gives support comes to the same meeting."),
        ),
        (true, false) => src.pick(
            format!("På mötet gör vi tillsammans en plan för det stöd {first} behöver. Alla som ger stöd kommer till samma möte. Det du vet om {} situation är viktigt för planen.", genitive(&first)),
            format!("At the meeting we make a plan together for the support {first} needs. Everyone who gives support comes to the same meeting. What you know about {first}'s situation matters for the plan."),
        ),
    }));
    if let Some(b) = src.discharge_block() {
        intro.push(b);
    }
    doc.section(src.t("Välkommen", "Welcome"), intro);
    if let Some(p) = purpose_block(src, m.meeting) {
        doc.section(
            src.t("Vad mötet handlar om", "What the meeting is about"),
            vec![p],
        );
    }
    let g = goals(src);
    let prepare: Vec<String> = match (rep, follow) {
        (false, true) => {
            let mut v = vec![
                src.t(
                    "Vad har blivit bättre sedan förra mötet, och vad har varit svårt?",
                    "What has got better since the last meeting, and what has been hard?",
                )
                .to_string(),
            ];
            if !g.is_empty() {
                v.push(src.pick(
                    format!("Hur går det med målen: {}?", g.join("; ")),
                    format!("How are the goals going: {}?", g.join("; ")),
                ));
            }
            v.push(
                src.t(
                    "Behöver du något nytt stöd?",
                    "Do you need any new support?",
                )
                .to_string(),
            );
            v
        }
        (false, false) => vec![
            src.t(
                "Vad är viktigast för dig just nu?",
                "What matters most to you right now?",
            )
            .to_string(),
            src.t(
                "Vad fungerar bra, och vad vill du ha hjälp med?",
                "What works well, and what would you like help with?",
            )
            .to_string(),
        ],
        (true, true) => {
            let mut v = vec![src.pick(
                format!("Vad har blivit bättre för {first} sedan förra mötet, och vad har varit svårt?"),
                format!("What has got better for {first} since the last meeting, and what has been hard?"),
            )];
            if !g.is_empty() {
                v.push(src.pick(
                    format!("Hur tycker du att det går med målen: {}?", g.join("; ")),
                    format!("How do you think the goals are going: {}?", g.join("; ")),
                ));
            }
            v.push(src.pick(
                format!("Behöver {first} något nytt stöd?"),
                format!("Does {first} need any new support?"),
            ));
            v
        }
        (true, false) => vec![
            src.pick(
                format!("Vad tror du är viktigast för {first}?"),
                format!("What do you think matters most for {first}?"),
            ),
            src.pick(
                format!("Vad fungerar bra för {first}, och vad behöver {first} hjälp med?"),
                format!("What works well for {first}, and what does {first} need help with?"),
            ),
        ],
    };
    doc.section(
        src.t(
            "Fundera gärna på det här före mötet",
            "Things to think about before the meeting",
        ),
        vec![Block::bullets(prepare)],
    );
    doc.section(
        src.t("Bra att veta", "Good to know"),
        vec![Block::bullets(good_to_know(src, m.meeting))],
    );
    if let Some(c) = consent_blocks(src, m.meeting, rep, &first) {
        let theirs = src
            .plan
            .consent
            .as_ref()
            .is_some_and(crate::model::plan::Consent::given_by_individual);
        let title = if rep || !theirs {
            src.t("Samtycket", "The consent")
        } else {
            src.t("Ditt samtycke", "Your consent")
        };
        doc.section(title, c);
    }
}

/// The meeting's length, the interpreter, the support person.
fn good_to_know(src: &Source, m: Option<&Meeting>) -> Vec<String> {
    let minutes = m.map_or(90, Meeting::length_minutes);
    let mut v = vec![src.pick(
        format!("Mötet tar ungefär {minutes} minuter."),
        format!("The meeting takes about {minutes} minutes."),
    )];
    v.push(match &src.plan.individual.interpreter {
        Some(l) => src.pick(
            format!("Vi har bokat en tolk på {}.", l.value),
            format!("We have booked an interpreter for {}.", l.value),
        ),
        None => src
            .t(
                "Säg till om du behöver tolk eller något annat för att kunna vara med.",
                "Tell us if you need an interpreter or anything else to take part.",
            )
            .to_string(),
    });
    v.push(
        src.t(
            "Du får gärna ta med en stödperson, någon du litar på.",
            "You are welcome to bring a support person, someone you trust.",
        )
        .to_string(),
    );
    v
}

/// What the consent covers and how to withdraw it, for the individual and representatives.
fn consent_blocks(src: &Source, m: Option<&Meeting>, rep: bool, first: &str) -> Option<Vec<Block>> {
    let c = src.plan.consent.as_ref()?;
    let parties: Vec<String> = src
        .order_parties(c.parties.iter().map(|p| p.value.as_str()))
        .into_iter()
        .map(|p| src.party_short(p))
        .collect();
    let mut lines = vec![if !rep && !c.given_by_individual() {
        // Given by the guardians, not by the young person themself.
        src.pick(
            format!(
                "Det finns ett samtycke till att {} får lämna uppgifter om dig till varandra, så att de kan planera stödet tillsammans.",
                src.and_list(&parties)
            ),
            format!(
                "There is consent for {} to share information about you with each other, so that they can plan the support together.",
                src.and_list(&parties)
            ),
        )
    } else if rep {
        src.pick(
            format!(
                "Det finns ett samtycke till att {} får lämna uppgifter om {first} till varandra, så att de kan planera stödet tillsammans.",
                src.and_list(&parties)
            ),
            format!(
                "There is consent for {} to share information about {first} with each other, so that they can plan the support together.",
                src.and_list(&parties)
            ),
        )
    } else {
        src.pick(
            format!(
                "Du har samtyckt till att {} får lämna uppgifter om dig till varandra, så att de kan planera stödet tillsammans.",
                src.and_list(&parties)
            ),
            format!(
                "You have consented to {} sharing information about you with each other, so that they can plan the support together.",
                src.and_list(&parties)
            ),
        )
    }];
    if let Some(scope) = &c.scope {
        lines.push(src.pick(
            format!(
                "Samtycket omfattar {}.",
                scope.value.trim().trim_end_matches('.')
            ),
            format!(
                "The consent covers: {}.",
                scope.value.trim().trim_end_matches('.')
            ),
        ));
    }
    if let Some(u) = &c.valid_until {
        lines.push(src.pick(
            format!(
                "Samtycket gäller till och med {}.",
                super::long_date(u.value, src.lang)
            ),
            format!(
                "The consent is valid until {}.",
                super::long_date(u.value, src.lang)
            ),
        ));
    }
    let leader = src.leader(m);
    lines.push(match leader {
        Some(l) => src.pick(
            format!("Samtycket kan tas tillbaka när som helst. Säg det i så fall till {l}."),
            format!("The consent can be withdrawn at any time. If so, tell {l}."),
        ),
        None => src
            .t(
                "Samtycket kan tas tillbaka när som helst. Säg det i så fall till samtalsledaren.",
                "The consent can be withdrawn at any time. If so, tell the meeting leader.",
            )
            .to_string(),
    });
    Some(lines.into_iter().map(Block::para).collect())
}

/// To a party: a kallelse (kommun, region) or an inbjudan, with its own reasons.
fn party_letter(src: &Source, m: &MeetingRef, id: &str, people: &[String], doc: &mut Doc) {
    let name = src.or_missing(src.plan.name());
    let party = src.party_short(id);
    let follow = m.kind == MeetingKind::FollowUp;
    let to = if people.is_empty() {
        party.clone()
    } else {
        format!("{party}: {}", people.join(", "))
    };
    doc.header.insert(0, Field::new(src.t("Till", "To"), to));
    doc.subtitle = Some(name.clone());
    let principal = src.is_principal(id);
    let mut intro = vec![Block::para(if principal {
        src.pick(
            format!("{party} kallas till ett möte om {} samordnade individuella plan (SIP). Kommunen och regionen ska tillsammans upprätta en sådan plan när en person behöver insatser från båda, om de bedömer att planen behövs och personen samtycker (SoL 10 kap. 8 §, HSL 16 kap. 4 §).", genitive(&name)),
            format!("{party} is called to a meeting about {name}'s coordinated individual plan (SIP). The municipality and the region must draw up such a plan together when a person needs interventions from both, if they assess that the plan is needed and the person consents (SoL 10:8, HSL 16:4)."),
        )
    } else {
        src.pick(
            format!("{party} bjuds in till ett möte om {} samordnade individuella plan (SIP).", genitive(&name)),
            format!("{party} is invited to a meeting about {name}'s coordinated individual plan (SIP)."),
        )
    }.to_string())];
    intro.extend(src.discharge_block());
    if let Some(p) = purpose_block(src, m.meeting) {
        intro.push(p);
    }
    // v3: the parties are told that consent exists, and how far it goes.
    if let Some(c) = &src.plan.consent {
        let parties: Vec<String> = src
            .order_parties(c.parties.iter().map(|p| p.value.as_str()))
            .into_iter()
            .map(|p| src.party_short(p))
            .collect();
        let until = c.valid_until.as_ref().map_or_else(String::new, |u| {
            src.pick(
                format!(", till och med {}", super::long_date(u.value, src.lang)),
                format!(", until {}", super::long_date(u.value, src.lang)),
            )
        });
        intro.push(Block::para(src.pick(
            format!(
                "Det finns ett samtycke till att uppgifter om {name} lämnas mellan {}{until}.",
                src.and_list(&parties)
            ),
            format!(
                "There is consent for information about {name} to pass between {}{until}.",
                src.and_list(&parties)
            ),
        )));
        let minutes = m.meeting.map_or(90, Meeting::length_minutes);
        intro.push(Block::para(src.pick(
            format!("Mötet tar ungefär {minutes} minuter."),
            format!("The meeting takes about {minutes} minutes."),
        )));
    }
    doc.section(src.t("Mötet", "The meeting"), intro);

    let theirs: Vec<String> = texts(
        src.plan
            .interventions
            .iter()
            .filter(|i| i.principal_str() == Some(id))
            .map(|i| i.description.as_ref().map(|s| s.value.as_str())),
    );
    let no_interventions = src
        .agreement
        .and_then(|a| a.party(id))
        .is_some_and(|x| !x.has_interventions);
    let why = if !theirs.is_empty() {
        vec![
            Block::para(
                src.pick(
                    format!("{party} ansvarar i planen för:"),
                    format!("In the plan, {party} is responsible for:"),
                )
                .to_string(),
            ),
            Block::bullets(theirs.clone()),
        ]
    } else if no_interventions {
        vec![Block::para(src.pick(
            format!("{party} deltar med information och kunskap om sitt område, men har inga egna insatser i planen."),
            format!("{party} takes part with information and knowledge of its field, but has no interventions of its own in the plan."),
        ).to_string())]
    } else {
        vec![Block::para(src.pick(
            format!("{name} kan behöva stöd som {party} ger. På mötet bedömer vi tillsammans vad {party} kan bidra med."),
            format!("{name} may need support that {party} provides. At the meeting we assess together what {party} can contribute."),
        ).to_string())]
    };
    doc.section(
        src.pick(
            format!("Varför {party} bjuds in"),
            format!("Why {party} is invited"),
        ),
        why,
    );
    // The meeting's own questions (v2), else the plan's.
    let own = m.meeting.map(|x| &x.questions).filter(|q| !q.is_empty());
    let qs = texts(
        own.unwrap_or(&src.plan.questions)
            .iter()
            .map(|q| Some(q.value.as_str())),
    );
    if !qs.is_empty() {
        doc.section(
            src.t("Frågor som mötet ska besvara", "Questions for the meeting"),
            vec![Block::bullets(qs)],
        );
    }
    let prepare = match (follow, theirs.is_empty()) {
        (false, _) => src.pick(
            format!("Ta reda på vilka insatser {party} kan erbjuda utifrån syftet och frågorna, och vad som krävs för att besluta om dem. Ha med den som kan fatta beslut, eller ett mandat att göra det."),
            format!("Find out which interventions {party} can offer given the purpose and the questions, and what a decision on them requires. Bring someone who can decide, or a mandate to do so."),
        ).to_string(),
        (true, false) => src.t(
            "Redogör för hur era insatser har gått: vad som är gjort, vad som återstår och om något behöver ändras.",
            "Report how your interventions have gone: what is done, what remains and whether anything needs to change.",
        ).to_string(),
        (true, true) => src.pick(
            format!("Ta med vad som har hänt hos {party} sedan förra mötet."),
            format!("Bring what has happened at {party} since the last meeting."),
        ).to_string(),
    };
    doc.section(src.t("Förbered", "Prepare"), vec![Block::para(prepare)]);
}

/// To a relative or anyone else: an inbjudan.
fn person_letter(src: &Source, m: &MeetingRef, person: &str, doc: &mut Doc) {
    let name = src.or_missing(src.plan.name());
    let first = first_name(&name).to_string();
    // A child's guardians decide who is invited; an adult invites themself.
    let child = m
        .meeting
        .and_then(|x| age_at_meeting(src, x))
        .is_some_and(|a| a < 18);
    let wish = if child {
        src.pick(
            format!(
                "Vi vill gärna att du är med på ett möte om {} plan.",
                genitive(&first)
            ),
            format!("We would like you to take part in a meeting about {first}'s plan."),
        )
    } else {
        src.pick(
            format!("{first} vill gärna att du är med på ett möte om sin plan."),
            format!("{first} would like you to take part in a meeting about their plan."),
        )
    };
    let mut intro = vec![
        Block::para(src.pick(format!("Hej {}!", first_name(person)), format!("Dear {},", first_name(person)))),
        Block::para(format!("{wish} {}", src.pick(
            format!("Planen är en samordnad individuell plan (SIP): den beskriver vilket stöd {first} får och vem som gör vad. Du kan berätta hur du ser på situationen och vad du själv kan bidra med."),
            format!("The plan is a coordinated individual plan (SIP): it describes the support {first} gets and who does what. You can tell us how you see the situation and what you can contribute yourself."),
        ))),
    ];
    if let Some(p) = purpose_block(src, m.meeting) {
        intro.push(p);
    }
    doc.section(src.t("Välkommen", "Welcome"), intro);
    let prepare = if m.kind == MeetingKind::FollowUp {
        src.t(
            "Fundera på vad som har hänt sedan förra mötet och vad som fortfarande behövs.",
            "Think about what has happened since the last meeting and what is still needed.",
        )
    } else {
        src.t(
            "Fundera på hur du ser på situationen och vad du kan bidra med.",
            "Think about how you see the situation and what you can contribute.",
        )
    };
    doc.section(src.t("Förbered", "Prepare"), vec![Block::para(prepare)]);
}

/// The people coming, with their party or role, the individual's side first.
pub(crate) fn attendees(src: &Source, m: &Meeting) -> Vec<String> {
    let mut v: Vec<(usize, String)> = m
        .participants
        .iter()
        .map(|p| {
            let name = src.or_missing(p.name.as_ref().map(|s| s.value.as_str()));
            // v3: the participant's unit after the name.
            let name = match &p.unit {
                Some(u) => format!("{name} ({})", u.value),
                None => name,
            };
            match (&p.party, role(p)) {
                (Some(party), _) => (3, format!("{name}, {}", src.party_short(&party.value))),
                (None, Some(ParticipantRole::Individual)) => (0, name),
                (None, Some(ParticipantRole::MeetingLeader)) => (
                    2,
                    format!("{name}, {}", src.t("samtalsledare", "meeting leader")),
                ),
                (None, Some(r @ (ParticipantRole::Representative | ParticipantRole::Guardian))) => {
                    // By what they are (vårdnadshavare, god man, förvaltare) when the plan says.
                    let person = p.name.as_ref().map(|s| s.value.as_str());
                    let what = src
                        .plan
                        .individual
                        .representatives
                        .iter()
                        .find(|x| {
                            matches!((x.name_str(), person), (Some(a), Some(b)) if same_name(a, b))
                        })
                        .and_then(|x| x.role.as_ref())
                        .map_or_else(|| src.role_label(r), |x| x.value.label(src.lang));
                    (1, format!("{name}, {what}"))
                }
                (None, Some(r)) => (1, format!("{name}, {}", src.role_label(r))),
                (None, None) => (4, name),
            }
        })
        .collect();
    v.sort_by_key(|(r, _)| *r);
    if v.is_empty() {
        return vec![src.missing()];
    }
    v.into_iter().map(|(_, s)| s).collect()
}

/// The samtalsledare with phone and e-mail from `sip.toml` `[kontakt]`. A letter never prints
/// an internal "not given": without a named samtalsledare it says "samtalsledaren".
fn contact(src: &Source, m: &Meeting) -> Vec<Block> {
    let leader = src.leader(Some(m));
    let mut fields = Vec::new();
    if let Some(l) = &leader {
        fields.push(Field::new(
            src.t("Samtalsledare", "Meeting leader"),
            l.clone(),
        ));
    }
    if let Some(t) = &src.contact.telefon {
        fields.push(Field::new(src.t("Telefon", "Phone"), t.clone()));
    }
    if let Some(e) = &src.contact.epost {
        fields.push(Field::new(src.t("E-post", "E-mail"), e.clone()));
    }
    let (sv, en) = match &leader {
        Some(l) => (l.clone(), l.clone()),
        None => (
            "samtalsledaren".to_string(),
            "the meeting leader".to_string(),
        ),
    };
    let mut out = vec![Block::para(
        src.pick(
            format!("Hör av dig till {sv} om du inte kan komma, om du vill att någon mer ska bjudas in eller om du har frågor."),
            format!("Contact {en} if you cannot come, want someone else invited or have questions."),
        )
        .to_string(),
    )];
    if !fields.is_empty() {
        out.push(Block::fields(fields));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genitive_of_names() {
        assert_eq!(genitive("Anna Andersson"), "Anna Anderssons");
        assert_eq!(genitive("Lars"), "Lars");
    }
}
