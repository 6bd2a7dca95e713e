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
use super::guard::Document;
use super::{MeetingRef, Source, long_datetime, role};
use crate::error::Result;
use crate::i18n::Lang;
use crate::model::enums::{MeetingKind, ParticipantRole, RepresentativeRole};
use crate::model::plan::{Meeting, same_name};

/// Moved to [`super::people`]; the old path keeps working.
pub(crate) use super::people::attendees;

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
    let lang = src.lang;
    let m = src.meeting(wanted)?;
    let meeting = m.meeting.ok_or_else(|| err!("brev-inget-mote"))?;
    super::guard::consent_on_meeting_day(src, Some(meeting), Document::Invitation)?;
    let who = for_a_young_child(src, meeting, recipient(src, meeting, to)?);
    allowed(src, meeting, &who)?;
    let mut doc = Doc::new("invitation", lang, title(src, &m, &who));
    doc.warnings = super::people::warnings(src, &m);
    doc.header = when_and_where(src, meeting);
    match &who {
        Recipient::Individual | Recipient::Representative { .. } => {
            own_letter(src, &m, &who, &mut doc)
        }
        Recipient::Party { id, people } => party_letter(src, &m, id, people, &mut doc),
        Recipient::Person { name } => person_letter(src, &m, name, &mut doc),
    }
    doc.section(
        t!(lang, "brev-rubrik-vilka-kommer"),
        vec![Block::bullets(attendees(src, meeting))],
    );
    doc.section(t!(lang, "brev-rubrik-kontakt"), contact(src, meeting));
    // A letter's footer is the day it was printed: no agreement title.
    doc.footer = Some(t!(
        lang,
        "brev-utskriven",
        datum = super::long_date(src.today, lang)
    ));
    if src
        .plan
        .individual
        .protected
        .as_ref()
        .is_some_and(|p| p.value)
    {
        doc.subtitle = Some(t!(lang, "brev-skyddade-uppgifter"));
    }
    doc.page_head = Some(src.page_head());
    Ok(doc)
}

/// The value of `$mote` in `brev.ftl`: the first meeting or a follow-up.
fn meeting_key(m: &MeetingRef) -> &'static str {
    match m.kind {
        MeetingKind::Initial => "upprattande",
        MeetingKind::FollowUp => "uppfoljning",
    }
}

/// The value of `$roll` in `brev.ftl`: what a representative is, when the plan says.
fn role_key(role: Option<RepresentativeRole>) -> &'static str {
    match role {
        Some(RepresentativeRole::Guardian) => "vardnadshavare",
        Some(RepresentativeRole::Administrator) => "forvaltare",
        Some(RepresentativeRole::Trustee) => "god-man",
        None => "foretradare",
    }
}

/// A name as the owner of something, in the letter's language: "Annas", "Lars"; "Anna's".
fn possessive(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Sv => genitive(name),
        Lang::En => format!("{name}'s"),
    }
}

fn title(src: &Source, m: &MeetingRef, who: &Recipient) -> String {
    let lang = src.lang;
    let mote = meeting_key(m);
    match who {
        Recipient::Individual => t!(lang, "brev-titel-individen", mote = mote),
        Recipient::Representative { .. } => {
            let name = src.or_missing(src.plan.name());
            t!(
                lang,
                "brev-titel-foretradare",
                namn_genitiv = possessive(lang, &name)
            )
        }
        Recipient::Party { id, .. } if src.is_principal(id) => {
            t!(lang, "brev-titel-huvudman", mote = mote)
        }
        _ => t!(lang, "brev-titel-inbjudan", mote = mote),
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
    Err(err!(
        "brev-okand-mottagare",
        mottagare = to,
        kanda = known.join(", ")
    ))
}

/// v3: whom a letter may go to. A party only when the consent covers it; a person only when they
/// are a participant of the meeting (and a relative only when the individual has not said no, a
/// participant without a party only when the consent names them in `samtycke.övriga`).
fn allowed(src: &Source, m: &Meeting, who: &Recipient) -> Result<()> {
    let plan = src.plan;
    let plan_id = plan.id_or_placeholder();
    let Some(c) = &plan.consent else {
        return Ok(());
    };
    match who {
        Recipient::Individual => Ok(()),
        Recipient::Party { id: party, .. } => {
            if c.covers(party) {
                return Ok(());
            }
            Err(err!(
                "kallelse-hinder-part",
                part_namn = src.party_short(party),
                plan_id = plan_id,
                part = party
            ))
        }
        Recipient::Representative { name, .. } | Recipient::Person { name } => {
            let relative = plan
                .relatives
                .iter()
                .find(|r| r.name.as_ref().is_some_and(|n| same_name(&n.value, name)));
            if relative.is_some_and(crate::model::plan::Relative::objected) {
                return Err(err!(
                    "kallelse-hinder-narstaende-nej",
                    namn = name,
                    plan_id = plan_id
                ));
            }
            let Some(p) = m
                .participants
                .iter()
                .find(|p| p.name.as_ref().is_some_and(|n| same_name(&n.value, name)))
            else {
                // The role as `sip meeting participant add` reads it (a key, not a word).
                let role = match who {
                    Recipient::Representative {
                        role: Some(RepresentativeRole::Guardian),
                        ..
                    } => "vårdnadshavare",
                    Recipient::Representative { .. } => "företrädare",
                    _ if relative.is_some() => "närstående",
                    _ => "ROLL",
                };
                return Err(err!(
                    "kallelse-hinder-inte-inbjuden",
                    namn = name,
                    mote_id = m.id_str(),
                    plan_id = plan_id,
                    roll = role
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
                return Err(err!(
                    "kallelse-hinder-ovrig",
                    namn = name,
                    plan_id = plan_id
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
    let lang = src.lang;
    let time = Field::new(
        t!(lang, "brev-falt-tid"),
        m.time
            .as_ref()
            .map_or_else(|| src.missing(), |t| long_datetime(t.value, lang)),
    );
    let place = |value: String| Field::new(t!(lang, "brev-falt-plats"), value);
    if src
        .plan
        .individual
        .protected
        .as_ref()
        .is_some_and(|p| p.value)
    {
        return vec![time, place(t!(lang, "brev-plats-skyddad"))];
    }
    let mut f = vec![time];
    match (&m.place, &m.digital) {
        (Some(p), Some(d)) => {
            f.push(place(p.value.clone()));
            f.push(Field::new(t!(lang, "brev-falt-digitalt"), d.value.clone()));
        }
        (Some(p), None) => f.push(place(p.value.clone())),
        (None, Some(d)) => f.push(place(t!(lang, "brev-plats-digitalt", system = d.value))),
        (None, None) => f.push(place(src.missing())),
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
    let lang = src.lang;
    let name = src.or_missing(src.plan.name());
    let first = first_name(&name).to_string();
    let first_gen = possessive(lang, &first);
    let follow = m.kind == MeetingKind::FollowUp;
    let rep = matches!(who, Recipient::Representative { .. });
    let (greeting, about) = match who {
        Recipient::Representative { name: rep, role } => {
            let about = t!(
                lang,
                "brev-som-foretradare",
                roll = role_key(*role),
                fornamn = first
            );
            (first_name(rep).to_string(), Some(about))
        }
        _ => (first.clone(), None),
    };
    if let Recipient::Representative { name: rep, .. } = who {
        // Their name only: the letter does not print their own address or number back to them.
        doc.header
            .insert(0, Field::new(t!(lang, "brev-falt-till"), rep.clone()));
    }
    let mut intro = vec![Block::para(t!(lang, "brev-halsning", fornamn = greeting))];
    if let Some(a) = about {
        intro.push(Block::para(a));
    }
    intro.push(Block::para(match (rep, follow) {
        (false, true) => t!(lang, "brev-individen-inledning-uppfoljning"),
        (false, false) => t!(lang, "brev-individen-inledning-upprattande"),
        (true, true) => t!(
            lang,
            "brev-foretradare-inledning-uppfoljning",
            fornamn = first,
            fornamn_genitiv = first_gen
        ),
        (true, false) => t!(
            lang,
            "brev-foretradare-inledning-upprattande",
            fornamn = first,
            fornamn_genitiv = first_gen
        ),
    }));
    if let Some(b) = src.discharge_block() {
        intro.push(b);
    }
    doc.section(t!(lang, "brev-rubrik-valkommen"), intro);
    if let Some(p) = purpose_block(src, m.meeting) {
        doc.section(t!(lang, "brev-rubrik-vad-motet-handlar-om"), vec![p]);
    }
    let g = goals(src);
    let prepare: Vec<String> = match (rep, follow) {
        (false, true) => {
            let mut v = vec![t!(lang, "brev-fundera-individen-battre")];
            if !g.is_empty() {
                v.push(t!(lang, "brev-fundera-individen-mal", mal = g.join("; ")));
            }
            v.push(t!(lang, "brev-fundera-individen-nytt-stod"));
            v
        }
        (false, false) => vec![
            t!(lang, "brev-fundera-individen-viktigast"),
            t!(lang, "brev-fundera-individen-fungerar"),
        ],
        (true, true) => {
            let mut v = vec![t!(lang, "brev-fundera-foretradare-battre", fornamn = first)];
            if !g.is_empty() {
                v.push(t!(lang, "brev-fundera-foretradare-mal", mal = g.join("; ")));
            }
            v.push(t!(
                lang,
                "brev-fundera-foretradare-nytt-stod",
                fornamn = first
            ));
            v
        }
        (true, false) => vec![
            t!(lang, "brev-fundera-foretradare-viktigast", fornamn = first),
            t!(lang, "brev-fundera-foretradare-fungerar", fornamn = first),
        ],
    };
    doc.section(
        t!(lang, "brev-rubrik-fundera"),
        vec![Block::bullets(prepare)],
    );
    doc.section(
        t!(lang, "brev-rubrik-bra-att-veta"),
        vec![Block::bullets(good_to_know(src, m.meeting))],
    );
    if let Some(c) = consent_blocks(src, m.meeting, rep, &first) {
        let theirs = src
            .plan
            .consent
            .as_ref()
            .is_some_and(crate::model::plan::Consent::given_by_individual);
        let title = if rep || !theirs {
            t!(lang, "brev-rubrik-samtycket")
        } else {
            t!(lang, "brev-rubrik-ditt-samtycke")
        };
        doc.section(title, c);
    }
}

/// The meeting's length, the interpreter, the support person.
fn good_to_know(src: &Source, m: Option<&Meeting>) -> Vec<String> {
    let lang = src.lang;
    let minutes = m.map_or(90, Meeting::length_minutes);
    vec![
        t!(lang, "brev-motet-tar", minuter = minutes),
        match &src.plan.individual.interpreter {
            Some(l) => t!(lang, "brev-tolk-bokad", sprak = l.value),
            None => t!(lang, "brev-tolk-fraga"),
        },
        t!(lang, "brev-stodperson"),
    ]
}

/// What the consent covers and how to withdraw it, for the individual and representatives.
fn consent_blocks(src: &Source, m: Option<&Meeting>, rep: bool, first: &str) -> Option<Vec<Block>> {
    let lang = src.lang;
    let c = src.plan.consent.as_ref()?;
    let parties: Vec<String> = src
        .order_parties(c.parties.iter().map(|p| p.value.as_str()))
        .into_iter()
        .map(|p| src.party_short(p))
        .collect();
    let parter = src.and_list(&parties);
    let mut lines = vec![if !rep && !c.given_by_individual() {
        // Given by the guardians, not by the young person themself.
        t!(lang, "brev-samtycke-givet-for-dig", parter = parter)
    } else if rep {
        t!(
            lang,
            "brev-samtycke-foretradare",
            parter = parter,
            fornamn = first
        )
    } else {
        t!(lang, "brev-samtycke-ditt", parter = parter)
    }];
    if let Some(scope) = &c.scope {
        lines.push(t!(
            lang,
            "brev-samtycke-omfattar",
            omfattning = scope.value.trim().trim_end_matches('.')
        ));
    }
    if let Some(u) = &c.valid_until {
        lines.push(t!(
            lang,
            "brev-samtycke-giltigt-till",
            datum = super::long_date(u.value, lang)
        ));
    }
    lines.push(match src.leader(m) {
        Some(l) => t!(lang, "brev-samtycke-aterkalla", samtalsledare = l),
        None => t!(lang, "brev-samtycke-aterkalla-samtalsledaren"),
    });
    Some(lines.into_iter().map(Block::para).collect())
}

/// To a party: a kallelse (kommun, region) or an inbjudan, with its own reasons.
fn party_letter(src: &Source, m: &MeetingRef, id: &str, people: &[String], doc: &mut Doc) {
    let lang = src.lang;
    let name = src.or_missing(src.plan.name());
    let party = src.party_short(id);
    let follow = m.kind == MeetingKind::FollowUp;
    let to = if people.is_empty() {
        party.clone()
    } else {
        format!("{party}: {}", people.join(", "))
    };
    doc.header
        .insert(0, Field::new(t!(lang, "brev-falt-till"), to));
    doc.subtitle = Some(name.clone());
    let name_gen = possessive(lang, &name);
    let mut intro = vec![Block::para(if src.is_principal(id) {
        t!(
            lang,
            "brev-part-kallas",
            part = party,
            namn_genitiv = name_gen
        )
    } else {
        t!(
            lang,
            "brev-part-bjuds-in",
            part = party,
            namn_genitiv = name_gen
        )
    })];
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
        let parter = src.and_list(&parties);
        intro.push(Block::para(match &c.valid_until {
            Some(u) => t!(
                lang,
                "brev-part-samtycke-till",
                namn = name,
                parter = parter,
                datum = super::long_date(u.value, lang)
            ),
            None => t!(lang, "brev-part-samtycke", namn = name, parter = parter),
        }));
        let minutes = m.meeting.map_or(90, Meeting::length_minutes);
        intro.push(Block::para(t!(lang, "brev-motet-tar", minuter = minutes)));
    }
    doc.section(t!(lang, "brev-rubrik-motet"), intro);

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
            Block::para(t!(lang, "brev-part-ansvarar-for", part = party)),
            Block::bullets(theirs.clone()),
        ]
    } else if no_interventions {
        vec![Block::para(t!(
            lang,
            "brev-part-utan-insatser",
            part = party
        ))]
    } else {
        vec![Block::para(t!(
            lang,
            "brev-part-kan-bidra",
            namn = name,
            part = party
        ))]
    };
    doc.section(t!(lang, "brev-rubrik-varfor-part", part = party), why);
    // The meeting's own questions (v2), else the plan's.
    let own = m.meeting.map(|x| &x.questions).filter(|q| !q.is_empty());
    let qs = texts(
        own.unwrap_or(&src.plan.questions)
            .iter()
            .map(|q| Some(q.value.as_str())),
    );
    if !qs.is_empty() {
        doc.section(t!(lang, "brev-rubrik-fragor"), vec![Block::bullets(qs)]);
    }
    let prepare = match (follow, theirs.is_empty()) {
        (false, _) => t!(lang, "brev-part-forbered-upprattande", part = party),
        (true, false) => t!(lang, "brev-part-forbered-insatser"),
        (true, true) => t!(lang, "brev-part-forbered-uppfoljning", part = party),
    };
    doc.section(t!(lang, "brev-rubrik-forbered"), vec![Block::para(prepare)]);
}

/// To a relative or anyone else: an inbjudan.
fn person_letter(src: &Source, m: &MeetingRef, person: &str, doc: &mut Doc) {
    let lang = src.lang;
    let name = src.or_missing(src.plan.name());
    let first = first_name(&name).to_string();
    // A child's guardians decide who is invited; an adult invites themself.
    let child = m
        .meeting
        .and_then(|x| age_at_meeting(src, x))
        .is_some_and(|a| a < 18);
    let wish = if child {
        t!(
            lang,
            "brev-narstaende-inledning-barn",
            fornamn = first,
            fornamn_genitiv = possessive(lang, &first)
        )
    } else {
        t!(lang, "brev-narstaende-inledning-vuxen", fornamn = first)
    };
    let mut intro = vec![
        Block::para(t!(lang, "brev-halsning", fornamn = first_name(person))),
        Block::para(wish),
    ];
    if let Some(p) = purpose_block(src, m.meeting) {
        intro.push(p);
    }
    doc.section(t!(lang, "brev-rubrik-valkommen"), intro);
    let prepare = if m.kind == MeetingKind::FollowUp {
        t!(lang, "brev-narstaende-forbered-uppfoljning")
    } else {
        t!(lang, "brev-narstaende-forbered-upprattande")
    };
    doc.section(t!(lang, "brev-rubrik-forbered"), vec![Block::para(prepare)]);
}

/// The samtalsledare with phone and e-mail from `sip.toml` `[kontakt]`. A letter never prints
/// an internal "not given": without a named samtalsledare it says "samtalsledaren".
fn contact(src: &Source, m: &Meeting) -> Vec<Block> {
    let lang = src.lang;
    let leader = src.leader(Some(m));
    let mut fields = Vec::new();
    if let Some(l) = &leader {
        fields.push(Field::new(t!(lang, "brev-falt-samtalsledare"), l.clone()));
    }
    if let Some(t) = &src.contact.telefon {
        fields.push(Field::new(t!(lang, "brev-falt-telefon"), t.clone()));
    }
    if let Some(e) = &src.contact.epost {
        fields.push(Field::new(t!(lang, "brev-falt-epost"), e.clone()));
    }
    let mut out = vec![Block::para(match &leader {
        Some(l) => t!(lang, "brev-kontakta", samtalsledare = l),
        None => t!(lang, "brev-kontakta-samtalsledaren"),
    })];
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

    #[test]
    fn possessive_in_each_language() {
        assert_eq!(possessive(Lang::Sv, "Lars"), "Lars");
        assert_eq!(possessive(Lang::Sv, "Wilma"), "Wilmas");
        assert_eq!(possessive(Lang::En, "Lars"), "Lars's");
    }

    /// Each `$roll` the code gives has its own sentence (a select falls back silently).
    #[test]
    fn every_representative_role_has_its_own_sentence() {
        for (role, sv, en) in [
            (
                Some(RepresentativeRole::Guardian),
                "vårdnadshavare",
                "guardian",
            ),
            (
                Some(RepresentativeRole::Administrator),
                "förvaltare",
                "administrator",
            ),
            (Some(RepresentativeRole::Trustee), "god man", "trustee"),
            (None, "företrädare", "legal representative"),
        ] {
            let m = msg!(
                "brev-som-foretradare",
                roll = role_key(role),
                fornamn = "Wilma"
            );
            assert_eq!(m.sv, format!("Du får det här brevet som {sv} för Wilma."));
            assert_eq!(m.en, format!("You receive this letter as Wilma's {en}."));
        }
    }

    /// Each `$mote` the code gives has its own title (a select falls back silently).
    #[test]
    fn the_titles_follow_the_kind_of_meeting() {
        let key = |kind| {
            meeting_key(&MeetingRef {
                meeting: None,
                kind,
            })
        };
        let follow = key(MeetingKind::FollowUp);
        let first = key(MeetingKind::Initial);
        for id in [
            "brev-titel-individen",
            "brev-titel-huvudman",
            "brev-titel-inbjudan",
        ] {
            for lang in [Lang::Sv, Lang::En] {
                let a = crate::i18n::tr(lang, id, &[("mote", follow.into())]);
                let b = crate::i18n::tr(lang, id, &[("mote", first.into())]);
                assert_ne!(a, b, "{id}");
            }
        }
        assert!(t!(Lang::Sv, "brev-titel-individen", mote = follow).contains("uppföljningsmöte"));
        assert!(t!(Lang::En, "brev-titel-huvudman", mote = follow).contains("follow-up"));
    }
}
