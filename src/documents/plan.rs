//! `sip show`: the plan document that the individual and every party receive, built as a
//! [`Doc`].
//!
//! The four statutory elements come first, in plain Swedish (SoL 2 kap. 7 §, HSL 16 kap. 4 §):
//! the interventions needed; who (kommun or region) answers for which; measures taken by others
//! (`åtgärder_av_andra` and the interventions of parties that are neither kommun nor region,
//! SPEC §4); overall responsibility. Then goals, questions, meetings, follow-up, consent and the
//! closing. What is missing prints as "ej angivet" or "att besluta"; nothing is checked here.

use super::doc::{Block, Doc, Field, Item};
use super::{Source, date, datetime};
use crate::model::enums::Status;
use crate::model::plan::{Consent, Intervention};

/// Build the plan document.
pub fn build(src: &Source) -> Doc {
    let plan = src.plan;
    let mut doc = Doc::new(
        "plan",
        src.lang,
        src.t(
            "Samordnad individuell plan (SIP)",
            "Coordinated individual plan (SIP)",
        ),
    );
    doc.subtitle = plan.name().map(str::to_string);
    doc.header = header(src);
    element_1(src, &mut doc);
    element_2(src, &mut doc);
    element_3(src, &mut doc);
    element_4(src, &mut doc);
    goals(src, &mut doc);
    doc.section(
        src.t("Frågeställningar", "Questions"),
        super::agenda::questions(src),
    );
    meetings(src, &mut doc);
    doc.section(
        src.t("Uppföljning", "Follow-up"),
        vec![Block::fields(vec![Field::new(
            src.t("Nästa uppföljning", "Next follow-up"),
            plan.next_follow_up().map_or_else(|| src.missing(), date),
        )])],
    );
    consent(src, &mut doc);
    closing(src, &mut doc);
    doc.footer = Some(src.footer());
    doc.page_head = Some(src.page_head());
    doc
}

fn header(src: &Source) -> Vec<Field> {
    let plan = src.plan;
    let ind = &plan.individual;
    let mut f = vec![Field::new(
        src.t("Individ", "Individual"),
        src.or_missing(plan.name()),
    )];
    if let Some(p) = &ind.personnummer {
        f.push(Field::new(
            src.t("Personnummer", "Personal identity number"),
            p.value.clone(),
        ));
    } else if let Some(d) = &ind.birth_date {
        f.push(Field::new(
            src.t("Födelsedatum", "Date of birth"),
            date(d.value),
        ));
    }
    if let Some(r) = &ind.representative {
        let name = src.or_missing(r.name.as_ref().map(|s| s.value.as_str()));
        let value = match &r.role {
            Some(role) => format!("{name} ({})", role.value.label(src.lang)),
            None => name,
        };
        f.push(Field::new(
            src.t("Företrädare", "Legal representative"),
            value,
        ));
    }
    if !plan.relatives.is_empty() {
        let list: Vec<String> = plan
            .relatives
            .iter()
            .map(|r| {
                let name = src.or_missing(r.name.as_ref().map(|s| s.value.as_str()));
                match &r.relation {
                    Some(rel) => format!("{name} ({})", rel.value),
                    None => name,
                }
            })
            .collect();
        f.push(Field::new(
            src.t("Närstående", "Relatives"),
            list.join(", "),
        ));
    }
    f.push(Field::new("Plan", plan.id_or_placeholder()));
    f.push(Field::new(
        src.t("Status", "Status"),
        plan.status()
            .map_or_else(|| src.missing(), |s| s.label(src.lang)),
    ));
    f.push(Field::new(
        src.t("Överenskommelse", "Agreement"),
        src.agreement.map_or_else(
            || src.or_missing(plan.agreement.as_ref().map(|a| a.value.as_str())),
            |a| a.name.clone(),
        ),
    ));
    f.push(Field::new(
        src.t("Samtalsledare", "Meeting leader"),
        src.or_missing(plan.meeting_leader.as_ref().map(|s| s.value.as_str())),
    ));
    let init = &plan.initiation;
    let started = init
        .date
        .as_ref()
        .map_or_else(|| src.missing(), |d| date(d.value));
    let by = init.party.as_ref().map(|p| src.party(&p.value));
    f.push(Field::new(
        src.t("Initierad", "Initiated"),
        match by {
            Some(by) => format!("{started} ({} {by})", src.t("av", "by")),
            None => started,
        },
    ));
    if let Some(d) = &init.discharge_ready {
        f.push(Field::new(
            src.t("Utskrivningsklar", "Ready for discharge"),
            date(d.value),
        ));
    }
    if let Some(focus) = &plan.focus {
        f.push(Field::new(
            src.t("Inriktning", "Focus"),
            focus.value.label(src.lang),
        ));
    }
    f.push(Field::new(
        src.t("Syfte", "Purpose"),
        src.or_missing(plan.purpose.as_ref().map(|s| s.value.as_str())),
    ));
    f
}

/// Ids joined: "B1, B2", or nothing.
fn refs(list: &[crate::source::Spanned<String>]) -> Option<String> {
    (!list.is_empty()).then(|| {
        list.iter()
            .map(|s| s.value.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    })
}

fn element_1(src: &Source, doc: &mut Doc) {
    let plan = src.plan;
    let mut blocks = Vec::new();
    if !plan.needs.is_empty() {
        blocks.push(Block::heading(src.t("Behov", "Needs")));
        blocks.push(Block::bullets(plan.needs.iter().map(|n| {
            src.item_head(
                n.id.as_ref().map(|s| s.value.as_str()),
                n.description.as_ref().map(|s| s.value.as_str()),
            )
        })));
        blocks.push(Block::heading(src.t("Insatser", "Interventions")));
    }
    if plan.interventions.is_empty() {
        blocks.push(Block::para(src.missing()));
    } else {
        blocks.push(Block::bullets(plan.interventions.iter().map(|i| {
            let head = src.item_head(
                i.id.as_ref().map(|s| s.value.as_str()),
                i.description.as_ref().map(|s| s.value.as_str()),
            );
            let mut why = Vec::new();
            if let Some(b) = refs(&i.needs) {
                why.push(format!("{} {b}", src.t("behov", "needs")));
            }
            if let Some(m) = refs(&i.goals) {
                why.push(format!("{} {m}", src.t("mål", "goals")));
            }
            if why.is_empty() {
                head
            } else {
                format!("{head} ({})", why.join("; "))
            }
        })));
    }
    doc.section(
        src.t("1. Insatser som behövs", "1. Interventions needed"),
        blocks,
    );
}

fn intervention_row(src: &Source, i: &Intervention) -> Vec<String> {
    let dash = || "–".to_string();
    vec![
        src.item_head(
            i.id.as_ref().map(|s| s.value.as_str()),
            i.description.as_ref().map(|s| s.value.as_str()),
        ),
        i.provider.as_ref().map_or_else(dash, |s| s.value.clone()),
        i.contact.as_ref().map_or_else(dash, |s| s.value.clone()),
        src.period(i).unwrap_or_else(dash),
        i.status
            .as_ref()
            .map_or_else(dash, |s| s.value.label(src.lang)),
    ]
}

fn intervention_columns(src: &Source) -> Vec<&'static str> {
    vec![
        src.t("Insats", "Intervention"),
        src.t("Utförare", "Provider"),
        src.t("Kontaktperson", "Contact"),
        src.t("Period", "Period"),
        src.t("Status", "Status"),
    ]
}

fn element_2(src: &Source, doc: &mut Doc) {
    let mut blocks = Vec::new();
    for (party, list) in src.interventions_by_party() {
        if party.is_some_and(|p| !src.is_principal(p)) {
            continue;
        }
        let title = party.map_or_else(
            || format!("{}: {}", src.t("Huvudman", "Principal"), src.missing()),
            |p| src.party(p),
        );
        blocks.push(Block::heading(title));
        blocks.push(Block::table(
            intervention_columns(src),
            list.iter().map(|i| intervention_row(src, i)).collect(),
        ));
    }
    if blocks.is_empty() {
        blocks.push(Block::para(src.missing()));
    }
    doc.section(
        src.t(
            "2. Vem ansvarar för vad (kommunen och regionen)",
            "2. Who is responsible for what (municipality and region)",
        ),
        blocks,
    );
}

fn element_3(src: &Source, doc: &mut Doc) {
    let plan = src.plan;
    let mut items: Vec<Item> = Vec::new();
    if let Some(m) = &plan.measures {
        for x in &m.items {
            items.push(Item::new(format!(
                "{} ({}: {})",
                src.or_missing(x.description.as_ref().map(|s| s.value.as_str())),
                src.t("av", "by"),
                src.or_missing(x.by.as_ref().map(|s| s.value.as_str()))
            )));
        }
    }
    for i in &plan.interventions {
        if i.principal_str().is_some_and(|p| !src.is_principal(p)) {
            items.push(Item::new(src.intervention_line(i, true)));
        }
    }
    let mut blocks = Vec::new();
    if !items.is_empty() {
        blocks.push(Block::list(false, items));
    }
    match &plan.measures {
        None => blocks.push(Block::para(if blocks.is_empty() {
            src.missing()
        } else {
            format!(
                "{}: {}",
                src.t("Övriga åtgärder av andra", "Other measures by others"),
                src.missing()
            )
        })),
        Some(_) if blocks.is_empty() => blocks.push(Block::para(src.t(
            "Inga (bedömt: inga åtgärder av andra).",
            "None (considered: no measures by others).",
        ))),
        Some(_) => {}
    }
    doc.section(
        src.t(
            "3. Åtgärder av andra än kommunen och regionen",
            "3. Measures by others than the municipality and the region",
        ),
        blocks,
    );
}

fn element_4(src: &Source, doc: &mut Doc) {
    let o = src.plan.overall.as_ref();
    let party = o
        .and_then(|o| o.party.as_ref())
        .map_or_else(|| src.to_decide(), |p| src.party(&p.value));
    let mut fields = vec![Field::new(src.t("Huvudman", "Principal"), party)];
    if let Some(p) = o.and_then(|o| o.person.as_ref()) {
        fields.push(Field::new(
            src.t("Ansvarig person", "Person responsible"),
            p.value.clone(),
        ));
    }
    doc.section(
        src.t(
            "4. Övergripande ansvar för planen",
            "4. Overall responsibility for the plan",
        ),
        vec![Block::fields(fields)],
    );
}

fn goals(src: &Source, doc: &mut Doc) {
    let goals = &src.plan.goals;
    let block = if goals.is_empty() {
        Block::para(src.missing())
    } else {
        Block::table(
            [
                src.t("Mål", "Goal"),
                src.t("Mått", "Measure"),
                src.t("Senast", "By"),
            ],
            goals
                .iter()
                .map(|g| {
                    vec![
                        src.item_head(
                            g.id.as_ref().map(|s| s.value.as_str()),
                            g.description.as_ref().map(|s| s.value.as_str()),
                        ),
                        src.or_missing(g.measure.as_ref().map(|s| s.value.as_str())),
                        g.by.as_ref()
                            .map_or_else(|| src.missing(), |d| date(d.value)),
                    ]
                })
                .collect(),
        )
    };
    doc.section(src.t("Mål", "Goals"), vec![block]);
}

fn meetings(src: &Source, doc: &mut Doc) {
    let plan = src.plan;
    if plan.meetings.is_empty() {
        doc.section(src.t("Möten", "Meetings"), vec![Block::para(src.missing())]);
        return;
    }
    let items = plan
        .meetings
        .iter()
        .map(|m| {
            let kind = m
                .kind
                .as_ref()
                .map_or_else(|| src.missing(), |k| k.value.label(src.lang));
            let time = m
                .time
                .as_ref()
                .map_or_else(|| src.missing(), |t| datetime(t.value));
            let held = if m.is_held() {
                src.t("genomfört", "held")
            } else {
                src.t("inte genomfört", "not held")
            };
            let mut fields = Vec::new();
            if let Some(p) = &m.place {
                fields.push(Field::new(src.t("Plats", "Place"), p.value.clone()));
            }
            if let Some(d) = &m.digital {
                fields.push(Field::new(src.t("Digitalt", "Digital"), d.value.clone()));
            }
            fields.push(Field::new(
                src.t("Kallelse skickad", "Invitation sent"),
                m.invitation_sent
                    .as_ref()
                    .map_or_else(|| src.missing(), |d| date(d.value)),
            ));
            let people: Vec<String> = m
                .participants
                .iter()
                .map(|p| {
                    let name = src.or_missing(p.name.as_ref().map(|s| s.value.as_str()));
                    match (&p.party, &p.role) {
                        (Some(party), _) => format!("{name} ({})", src.party(&party.value)),
                        (None, Some(r)) => format!("{name} ({})", src.role_label(r.value)),
                        (None, None) => name,
                    }
                })
                .collect();
            fields.push(Field::new(
                src.t("Deltagare", "Participants"),
                if people.is_empty() {
                    src.missing()
                } else {
                    people.join(", ")
                },
            ));
            if let Some(n) = &m.notes {
                fields.push(Field::new(
                    src.t("Anteckningar", "Notes"),
                    n.value.trim().to_string(),
                ));
            }
            Item::with(
                format!("{} – {kind} – {time} – {held}", m.id_str()),
                vec![Block::fields(fields)],
            )
        })
        .collect();
    doc.section(src.t("Möten", "Meetings"), vec![Block::list(false, items)]);
}

/// Consent on one line: form, date, given by, documented by, parties, validity.
pub fn consent_line(src: &Source, c: &Consent) -> String {
    let mut parts = Vec::new();
    let form = c
        .form
        .as_ref()
        .map_or_else(|| src.missing(), |f| f.value.label(src.lang));
    let day = c
        .date
        .as_ref()
        .map_or_else(|| src.missing(), |d| date(d.value));
    parts.push(format!("{} {form}, {day}", src.t("Samtycke", "Consent")));
    if let Some(g) = &c.given_by {
        parts.push(format!(
            "{} {}",
            src.t("givet av", "given by"),
            g.value.label(src.lang)
        ));
    }
    parts.push(format!(
        "{} {}",
        src.t("omfattar", "covers"),
        parties(src, c)
    ));
    parts.push(match &c.valid_until {
        Some(v) => format!("{} {}", src.t("giltigt till", "valid until"), date(v.value)),
        None => format!("{} {}", src.t("giltigt till", "valid until"), src.missing()),
    });
    parts.join("; ")
}

fn parties(src: &Source, c: &Consent) -> String {
    if c.parties.is_empty() {
        return src.missing();
    }
    src.order_parties(c.parties.iter().map(|p| p.value.as_str()))
        .into_iter()
        .map(|p| src.party(p))
        .collect::<Vec<_>>()
        .join(", ")
}

fn consent(src: &Source, doc: &mut Doc) {
    let Some(c) = &src.plan.consent else {
        doc.section(
            src.t("Samtycke", "Consent"),
            vec![Block::para(src.missing())],
        );
        return;
    };
    let d = |v: &Option<crate::source::Spanned<chrono::NaiveDate>>| {
        v.as_ref().map_or_else(|| src.missing(), |d| date(d.value))
    };
    let mut fields = vec![
        Field::new(src.t("Datum", "Date"), d(&c.date)),
        Field::new(
            src.t("Form", "Form"),
            c.form
                .as_ref()
                .map_or_else(|| src.missing(), |f| f.value.label(src.lang)),
        ),
        Field::new(
            src.t("Givet av", "Given by"),
            c.given_by
                .as_ref()
                .map_or_else(|| src.missing(), |g| g.value.label(src.lang)),
        ),
        Field::new(
            src.t("Dokumenterat av", "Documented by"),
            src.or_missing(c.documented_by.as_ref().map(|s| s.value.as_str())),
        ),
        Field::new(src.t("Gäller parterna", "Parties covered"), parties(src, c)),
        Field::new(src.t("Giltigt till", "Valid until"), d(&c.valid_until)),
    ];
    if let Some(w) = &c.withdrawn {
        fields.push(Field::new(src.t("Återkallat", "Withdrawn"), date(w.value)));
    }
    doc.section(src.t("Samtycke", "Consent"), vec![Block::fields(fields)]);
}

fn closing(src: &Source, doc: &mut Doc) {
    let plan = src.plan;
    if plan.status() != Some(Status::Closed) && plan.closing.is_none() {
        return;
    }
    let c = plan.closing.as_ref();
    let mut fields = vec![
        Field::new(
            src.t("Datum", "Date"),
            c.and_then(|c| c.date.as_ref())
                .map_or_else(|| src.missing(), |d| date(d.value)),
        ),
        Field::new(
            src.t("Orsak", "Reason"),
            c.and_then(|c| c.reason.as_ref())
                .map_or_else(|| src.missing(), |r| r.value.label(src.lang)),
        ),
    ];
    if let Some(k) = c.and_then(|c| c.comment.as_ref()) {
        fields.push(Field::new(
            src.t("Kommentar", "Comment"),
            k.value.trim().to_string(),
        ));
    }
    doc.section(src.t("Avslut", "Closing"), vec![Block::fields(fields)]);
}
