//! `sip show`: the plan document that the individual and every party receive, built as a
//! [`Doc`] in the order of the national SIP templates (SKR / Uppdrag Psykisk Hälsa and the
//! regions' forms): who the plan is for and who leads it; *Bakgrund*; *Det här är viktigt för
//! mig*; needs and goals; the four statutory points (SoL 10 kap. 8 §, HSL 16 kap. 4 §): the
//! interventions per huvudman with their time plan, measures by others with the individual's own,
//! and overall responsibility; follow-up; consent; who took part; *Kopia till*; *Underskrifter*.
//! What is missing prints as "ej angivet" or "att besluta"; nothing is checked here.

use super::doc::{Block, Doc, Field, Item};
use super::{Source, date, long_date};
use crate::model::enums::{ClosingReason, Status};
use crate::model::plan::{Consent, Giver, Intervention, Meeting};

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
    let text = |v: &Option<crate::source::Spanned<String>>| {
        vec![Block::para(
            src.or_missing(v.as_ref().map(|s| s.value.trim())),
        )]
    };
    doc.section(src.t("Bakgrund", "Background"), text(&plan.background));
    doc.section(
        src.t("Det här är viktigt för mig", "This is what matters to me"),
        what_matters(src, plan),
    );
    needs(src, &mut doc);
    goals(src, &mut doc);
    element_1_2(src, &mut doc);
    element_3(src, &mut doc);
    element_4(src, &mut doc);
    doc.section(
        src.t("Uppföljning", "Follow-up"),
        vec![Block::fields(vec![Field::new(
            src.t("Nästa uppföljning", "Next follow-up"),
            plan.next_follow_up()
                .map_or_else(|| src.missing(), |d| long_date(d, src.lang)),
        )])],
    );
    consent(src, &mut doc);
    participants(src, &mut doc);
    copies(src, &mut doc);
    closing(src, &mut doc);
    signatures(src, &mut doc);
    doc.footer = Some(src.footer());
    doc.page_head = Some(src.page_head());
    src.mark_protected(&mut doc);
    doc
}

/// The individual's own goal and, for a child, the child's own views (v3 `barnets_synpunkter`):
/// both under "Det här är viktigt för mig"; "ej angivet" only when neither is written.
fn what_matters(src: &Source, plan: &crate::model::plan::Plan) -> Vec<Block> {
    let written = |v: &Option<crate::source::Spanned<String>>| {
        v.as_ref()
            .map(|s| s.value.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let goal = written(&plan.own_goal);
    let views = written(&plan.childs_views);
    let mut blocks = Vec::new();
    if goal.is_some() || views.is_none() {
        blocks.push(Block::para(src.or_missing(goal.as_deref())));
    }
    if let Some(v) = views {
        blocks.push(Block::fields(vec![Field::new(
            src.t("Barnets synpunkter", "The child's views"),
            v,
        )]));
    }
    blocks
}

/// The held meetings by time: the first drew up the plan, the last revised it.
fn held<'a>(src: &Source<'a>) -> Vec<&'a Meeting> {
    let mut v: Vec<&Meeting> = src.plan.meetings.iter().filter(|m| m.is_held()).collect();
    v.sort_by_key(|m| m.time.as_ref().map(|t| t.value));
    v
}

fn header(src: &Source) -> Vec<Field> {
    let plan = src.plan;
    let ind = &plan.individual;
    let mut f = vec![Field::new(
        src.t("Namn", "Name"),
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
    } else {
        f.push(Field::new(
            src.t("Personnummer", "Personal identity number"),
            src.missing(),
        ));
    }
    if let Some(line) = src.representatives_line() {
        let label = if ind.representatives.len() == 1 {
            src.t("Företrädare", "Legal representative")
        } else {
            src.t("Företrädare", "Legal representatives")
        };
        f.push(Field::new(label, line));
    }
    if !plan.relatives.is_empty() {
        let list: Vec<String> = plan
            .relatives
            .iter()
            .map(|r| {
                let name = src.or_missing(r.name.as_ref().map(|s| s.value.as_str()));
                let name = match &r.relation {
                    Some(rel) => format!("{name} ({})", rel.value),
                    None => name,
                };
                if r.objected() {
                    format!(
                        "{name} – {}",
                        src.t(
                            "individen vill inte att hen deltar",
                            "the individual does not want them to take part"
                        )
                    )
                } else {
                    name
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
        src.t("Överenskommelse", "Agreement"),
        src.agreement.map_or_else(
            || src.or_missing(plan.agreement.as_ref().map(|a| a.value.as_str())),
            |a| a.name.clone(),
        ),
    ));
    let leader = src.leader(None);
    let mut reach = Vec::new();
    if let Some(t) = &src.contact.telefon {
        reach.push(format!("{} {t}", src.t("tel.", "tel.")));
    }
    if let Some(e) = &src.contact.epost {
        reach.push(e.clone());
    }
    f.push(Field::new(
        src.t("Samtalsledare", "Meeting leader"),
        match (leader, reach.is_empty()) {
            (Some(l), false) => format!("{l}, {}", reach.join(", ")),
            (Some(l), true) => l,
            (None, _) => src.missing(),
        },
    ));
    let held = held(src);
    let day = |m: Option<&&Meeting>| m.and_then(|m| m.date()).map_or_else(|| src.missing(), date);
    let with: Vec<String> = held
        .first()
        .map(|m| {
            m.participants
                .iter()
                .filter(|p| !p.absent())
                .filter_map(|p| p.name.as_ref().map(|n| n.value.clone()))
                .collect()
        })
        .unwrap_or_default();
    f.push(Field::new(
        src.t("Upprättad", "Drawn up"),
        if with.is_empty() {
            day(held.first())
        } else {
            src.pick(
                format!(
                    "{} {} {}",
                    day(held.first()),
                    "tillsammans med",
                    with.join(", ")
                ),
                format!(
                    "{} {} {}",
                    day(held.first()),
                    "together with",
                    with.join(", ")
                ),
            )
        },
    ));
    f.push(Field::new(
        src.t("Senast reviderad", "Last revised"),
        if held.len() > 1 {
            day(held.last())
        } else {
            src.missing()
        },
    ));
    f.push(Field::new(
        src.t("Status", "Status"),
        plan.status()
            .map_or_else(|| src.missing(), |s| s.label(src.lang)),
    ));
    if let Some(p) = &plan.initiation.proposed_by {
        f.push(Field::new(
            src.t("Föreslagen av", "Proposed by"),
            p.value.clone(),
        ));
    }
    if let Some(d) = &plan.initiation.discharge_ready {
        f.push(Field::new(
            src.t("Utskrivningsklar", "Ready for discharge"),
            date(d.value),
        ));
    }
    if let Some(c) = &plan.initiation.care_contact {
        f.push(Field::new(
            src.t("Fast vårdkontakt", "Fast vårdkontakt (care contact)"),
            c.value.clone(),
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

fn needs(src: &Source, doc: &mut Doc) {
    let plan = src.plan;
    let block = if plan.needs.is_empty() {
        Block::para(src.missing())
    } else {
        Block::bullets(plan.needs.iter().map(|n| {
            src.item_head(
                n.id.as_ref().map(|s| s.value.as_str()),
                n.description.as_ref().map(|s| s.value.as_str()),
            )
        }))
    };
    doc.section(src.t("Behov", "Needs"), vec![block]);
}

/// What an intervention meets: "behov B1; mål M1".
fn meets(src: &Source, i: &Intervention) -> Option<String> {
    let mut why = Vec::new();
    if let Some(b) = refs(&i.needs) {
        why.push(format!("{} {b}", src.t("behov", "needs")));
    }
    if let Some(m) = refs(&i.goals) {
        why.push(format!("{} {m}", src.t("mål", "goals")));
    }
    (!why.is_empty()).then(|| why.join("; "))
}

fn intervention_row(src: &Source, i: &Intervention) -> Vec<String> {
    let dash = || "–".to_string();
    let head = src.item_head(
        i.id.as_ref().map(|s| s.value.as_str()),
        i.description.as_ref().map(|s| s.value.as_str()),
    );
    vec![
        match meets(src, i) {
            Some(m) => format!("{head} ({m})"),
            None => head,
        },
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
        src.t("Tidsplan", "Time plan"),
        src.t("Status", "Status"),
    ]
}

fn element_1_2(src: &Source, doc: &mut Doc) {
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
            "Insatser och vem som ansvarar för dem (kommunen och regionen)",
            "Interventions and who is responsible for them (municipality and region)",
        ),
        blocks,
    );
}

fn element_3(src: &Source, doc: &mut Doc) {
    doc.section(
        src.t(
            "Åtgärder av andra än kommunen och regionen",
            "Measures by others than the municipality and the region",
        ),
        element_3_blocks(src),
    );
}

/// Element 3 of the plan (measures by others, and what the individual does), as `sip show` and
/// the minutes print it.
pub fn element_3_blocks(src: &Source) -> Vec<Block> {
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
    blocks.push(Block::heading(
        src.t("Det här gör jag själv", "What I will do myself"),
    ));
    blocks.push(if plan.own_actions.is_empty() {
        Block::para(src.missing())
    } else {
        Block::bullets(plan.own_actions.iter().map(|a| a.value.trim().to_string()))
    });
    blocks
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
            "Övergripande ansvar för planen",
            "Overall responsibility for the plan",
        ),
        vec![Block::fields(fields)],
    );
}

fn goals(src: &Source, doc: &mut Doc) {
    let goals = &src.plan.goals;
    let block = if goals.is_empty() {
        Block::para(src.missing())
    } else {
        let row = |g: &crate::model::plan::Goal| {
            vec![
                src.item_head(
                    g.id.as_ref().map(|s| s.value.as_str()),
                    g.description.as_ref().map(|s| s.value.as_str()),
                ),
                src.or_missing(g.measure.as_ref().map(|s| s.value.as_str())),
                g.by.as_ref()
                    .map_or_else(|| src.missing(), |d| date(d.value)),
            ]
        };
        // v3: an outcome column once a goal has been evaluated.
        if goals.iter().any(|g| g.outcome.is_some()) {
            Block::table(
                [
                    src.t("Mål", "Goal"),
                    src.t("Mått", "Measure"),
                    src.t("Senast", "By"),
                    src.t("Utfall", "Outcome"),
                ],
                goals
                    .iter()
                    .map(|g| {
                        let mut r = row(g);
                        r.push(
                            src.goal_outcome(g)
                                .unwrap_or_else(|| src.t("ej utvärderat", "not evaluated").into()),
                        );
                        r
                    })
                    .collect(),
            )
        } else {
            Block::table(
                [
                    src.t("Mål", "Goal"),
                    src.t("Mått", "Measure"),
                    src.t("Senast", "By"),
                ],
                goals.iter().map(row).collect(),
            )
        }
    };
    doc.section(src.t("Mål", "Goals"), vec![block]);
}

/// Who took part in the meeting that last decided on the plan (else the one to come).
fn participants(src: &Source, doc: &mut Doc) {
    let held = held(src);
    let Some(m) = held.last() else {
        doc.section(
            src.t("Deltagare vid mötet", "Participants at the meeting"),
            vec![Block::para(src.missing())],
        );
        return;
    };
    // v3: only those who came (a participant recorded absent took no part).
    let came = Meeting {
        participants: m
            .participants
            .iter()
            .filter(|p| !p.absent())
            .cloned()
            .collect(),
        ..(*m).clone()
    };
    let people: Vec<String> = super::letter::attendees(src, &came);
    let when = m
        .date()
        .map_or_else(|| src.missing(), |d| long_date(d, src.lang));
    doc.section(
        src.t("Deltagare vid mötet", "Participants at the meeting"),
        vec![
            Block::para(src.pick(format!("Mötet {when}:"), format!("The meeting on {when}:"))),
            Block::bullets(people),
        ],
    );
}

/// Who receives a copy (`kopia_till`), with their party.
fn copies(src: &Source, doc: &mut Doc) {
    let list: Vec<String> = src
        .plan
        .copies
        .iter()
        .map(|c| {
            let name = src.or_missing(c.name.as_ref().map(|s| s.value.as_str()));
            match &c.party {
                Some(p) => format!("{name}, {}", src.party(&p.value)),
                None => name,
            }
        })
        .collect();
    doc.section(
        src.t("Kopia till", "Copy to"),
        vec![if list.is_empty() {
            Block::para(src.missing())
        } else {
            Block::bullets(list)
        }],
    );
}

/// Lines to sign: the individual (and a representative), then each party with interventions.
fn signatures(src: &Source, doc: &mut Doc) {
    let plan = src.plan;
    let mut signers = vec![src.pick(
        format!("{} (individen)", src.or_missing(plan.name())),
        format!("{} (the individual)", src.or_missing(plan.name())),
    )];
    for r in &plan.individual.representatives {
        let name = src.or_missing(r.name_str());
        signers.push(match &r.role {
            Some(role) => format!("{name} ({})", role.value.label(src.lang)),
            None => format!("{name} ({})", src.t("företrädare", "legal representative")),
        });
    }
    for (party, _) in src.interventions_by_party() {
        if let Some(p) = party {
            signers.push(src.pick(
                format!("För {}", src.party(p)),
                format!("For {}", src.party(p)),
            ));
        }
    }
    doc.section(
        src.t("Underskrifter", "Signatures"),
        vec![Block::Signatures { signers }],
    );
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
    if !c.given_by.is_empty() {
        parts.push(format!(
            "{} {}",
            src.t("givet av", "given by"),
            givers(src, c)
        ));
    }
    parts.push(format!(
        "{} {}",
        src.t("omfattar", "covers"),
        parties(src, c)
    ));
    // No end date: nothing to say ("giltigt till ej angivet" reads as a fault).
    if let Some(v) = &c.valid_until {
        parts.push(format!(
            "{} {}",
            src.t("giltigt till", "valid until"),
            date(v.value)
        ));
    }
    parts.join("; ")
}

/// Who gave the consent, as a list: role words in the document's language, names as written.
fn givers(src: &Source, c: &Consent) -> String {
    let items: Vec<String> = c
        .given_by
        .iter()
        .map(|g| match &g.value {
            Giver::Role(r) => r.label(src.lang),
            Giver::Name(n) => n.clone(),
        })
        .collect();
    src.and_list(&items)
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
            if c.given_by.is_empty() {
                src.missing()
            } else {
                givers(src, c)
            },
        ),
        Field::new(
            src.t("Dokumenterat av", "Documented by"),
            src.or_missing(c.documented_by.as_ref().map(|s| s.value.as_str())),
        ),
        Field::new(src.t("Gäller parterna", "Parties covered"), parties(src, c)),
        Field::new(
            src.t("Omfattning", "Scope"),
            src.or_missing(c.scope.as_ref().map(|s| s.value.as_str())),
        ),
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
                .map_or_else(|| src.missing(), |r| reason(src, r.value)),
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

/// Why the plan ended, as a sentence reads it ("målen är uppfyllda", not `mål_uppfyllda`).
fn reason(src: &Source, r: ClosingReason) -> String {
    match r {
        ClosingReason::GoalsMet => src.t("målen är uppfyllda", "the goals are met"),
        ClosingReason::NoNeed => src.t(
            "samordning behövs inte längre",
            "coordination is no longer needed",
        ),
        ClosingReason::ConsentWithdrawn => {
            src.t("samtycket har återkallats", "consent has been withdrawn")
        }
        ClosingReason::Other => src.t("annan orsak", "another reason"),
    }
    .to_string()
}
