//! `sip show`: the plan document that the individual and every party receive, built as a
//! [`Doc`] in the order of the national SIP templates (SKR / Uppdrag Psykisk Hälsa and the
//! regions' forms): who the plan is for and who leads it; *Bakgrund*; *Det här är viktigt för
//! mig*; needs and goals; the four statutory points (SoL 10 kap. 8 §, HSL 16 kap. 4 §): the
//! interventions per huvudman with their time plan, measures by others with the individual's own,
//! and overall responsibility; follow-up; consent; who took part; *Kopia till*; *Underskrifter*.
//! What is missing prints as "ej angivet" or "att besluta"; nothing is checked here.

use super::doc::{Block, Doc, Field};
use super::{Source, date, long_date};
use crate::model::enums::{ClosingReason, Status};
use crate::model::plan::{Intervention, Meeting};

/// Build the plan document.
pub fn build(src: &Source) -> Doc {
    let plan = src.plan;
    let mut doc = Doc::new(
        "plan",
        src.lang,
        t!(src.lang, "plandokument-samordnad-individuell-plan-sip"),
    );
    doc.subtitle = plan.name().map(str::to_string);
    doc.header = header(src);
    let text = |v: &Option<crate::source::Spanned<String>>| {
        vec![Block::para(
            src.or_missing(v.as_ref().map(|s| s.value.trim())),
        )]
    };
    doc.section(
        t!(src.lang, "plandokument-bakgrund"),
        text(&plan.background),
    );
    doc.section(
        t!(src.lang, "plandokument-det-har-ar-viktigt-for"),
        what_matters(src, plan),
    );
    needs(src, &mut doc);
    goals(src, &mut doc);
    element_1_2(src, &mut doc);
    element_3(src, &mut doc);
    element_4(src, &mut doc);
    doc.section(
        t!(src.lang, "plandokument-uppfoljning"),
        vec![Block::fields(vec![Field::new(
            t!(src.lang, "plandokument-nasta-uppfoljning"),
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
            t!(src.lang, "plandokument-barnets-synpunkter"),
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
        t!(src.lang, "plandokument-namn"),
        src.or_missing(plan.name()),
    )];
    if let Some(p) = &ind.personnummer {
        f.push(Field::new(
            t!(src.lang, "plandokument-personnummer"),
            p.value.clone(),
        ));
    } else if let Some(d) = &ind.birth_date {
        f.push(Field::new(
            t!(src.lang, "plandokument-fodelsedatum"),
            date(d.value),
        ));
    } else {
        f.push(Field::new(
            t!(src.lang, "plandokument-personnummer"),
            src.missing(),
        ));
    }
    if let Some(line) = src.representatives_line() {
        let label = t!(
            src.lang,
            "plandokument-foretradare",
            antal = ind.representatives.len()
        );
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
                    t!(src.lang, "plandokument-narstaende-vill-inte", namn = name)
                } else {
                    name
                }
            })
            .collect();
        f.push(Field::new(
            t!(src.lang, "plandokument-narstaende"),
            list.join(", "),
        ));
    }
    f.push(Field::new(
        t!(src.lang, "dokument-plan"),
        plan.id_or_placeholder(),
    ));
    f.push(Field::new(
        t!(src.lang, "plandokument-overenskommelse"),
        src.agreement.map_or_else(
            || src.or_missing(plan.agreement.as_ref().map(|a| a.value.as_str())),
            |a| a.name.clone(),
        ),
    ));
    let leader = src.leader(None);
    let mut reach = Vec::new();
    if let Some(t) = &src.contact.telefon {
        reach.push(t!(src.lang, "plandokument-telefon", nummer = t.as_str()));
    }
    if let Some(e) = &src.contact.epost {
        reach.push(e.clone());
    }
    f.push(Field::new(
        t!(src.lang, "plandokument-samtalsledare"),
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
        t!(src.lang, "plandokument-upprattad"),
        if with.is_empty() {
            day(held.first())
        } else {
            t!(
                src.lang,
                "plandokument-upprattad-tillsammans-med",
                datum = day(held.first()),
                deltagare = with.join(", ")
            )
        },
    ));
    f.push(Field::new(
        t!(src.lang, "plandokument-senast-reviderad"),
        if held.len() > 1 {
            day(held.last())
        } else {
            src.missing()
        },
    ));
    f.push(Field::new(
        t!(src.lang, "plandokument-status"),
        plan.status()
            .map_or_else(|| src.missing(), |s| s.label(src.lang)),
    ));
    if let Some(p) = &plan.initiation.proposed_by {
        f.push(Field::new(
            t!(src.lang, "plandokument-foreslagen-av"),
            p.value.clone(),
        ));
    }
    if let Some(d) = &plan.initiation.discharge_ready {
        f.push(Field::new(
            t!(src.lang, "plandokument-utskrivningsklar"),
            date(d.value),
        ));
    }
    if let Some(c) = &plan.initiation.care_contact {
        f.push(Field::new(
            t!(src.lang, "plandokument-fast-vardkontakt"),
            c.value.clone(),
        ));
    }
    if let Some(focus) = &plan.focus {
        f.push(Field::new(
            t!(src.lang, "plandokument-inriktning"),
            focus.value.label(src.lang),
        ));
    }
    f.push(Field::new(
        t!(src.lang, "plandokument-syfte"),
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
    doc.section(t!(src.lang, "plandokument-behov"), vec![block]);
}

/// What an intervention meets: "behov B1; mål M1".
fn meets(src: &Source, i: &Intervention) -> Option<String> {
    let mut why = Vec::new();
    if let Some(b) = refs(&i.needs) {
        why.push(t!(src.lang, "plandokument-svarar-mot-behov", behov = b));
    }
    if let Some(m) = refs(&i.goals) {
        why.push(t!(src.lang, "plandokument-svarar-mot-mal", mal = m));
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

fn intervention_columns(src: &Source) -> Vec<String> {
    vec![
        t!(src.lang, "plandokument-insats"),
        t!(src.lang, "plandokument-utforare"),
        t!(src.lang, "plandokument-kontaktperson"),
        t!(src.lang, "plandokument-tidsplan"),
        t!(src.lang, "plandokument-status"),
    ]
}

fn element_1_2(src: &Source, doc: &mut Doc) {
    let mut blocks = Vec::new();
    for (party, list) in src.interventions_by_party() {
        if party.is_some_and(|p| !src.is_principal(p)) {
            continue;
        }
        let title = party.map_or_else(
            || {
                t!(
                    src.lang,
                    "plandokument-huvudman-saknas",
                    varde = src.missing()
                )
            },
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
        t!(src.lang, "plandokument-insatser-och-vem-som-ansvarar"),
        blocks,
    );
}

fn element_3(src: &Source, doc: &mut Doc) {
    doc.section(
        t!(src.lang, "plandokument-atgarder-av-andra-an-kommunen"),
        element_3_blocks(src),
    );
}

pub use super::parts::{consent_line, element_3_blocks};
use super::parts::{givers, parties};

fn element_4(src: &Source, doc: &mut Doc) {
    let o = src.plan.overall.as_ref();
    let party = o
        .and_then(|o| o.party.as_ref())
        .map_or_else(|| src.to_decide(), |p| src.party(&p.value));
    let mut fields = vec![Field::new(t!(src.lang, "plandokument-huvudman"), party)];
    if let Some(p) = o.and_then(|o| o.person.as_ref()) {
        fields.push(Field::new(
            t!(src.lang, "plandokument-ansvarig-person"),
            p.value.clone(),
        ));
    }
    doc.section(
        t!(src.lang, "plandokument-overgripande-ansvar-for-planen"),
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
                    t!(src.lang, "plandokument-mal-2"),
                    t!(src.lang, "plandokument-matt"),
                    t!(src.lang, "plandokument-senast"),
                    t!(src.lang, "plandokument-utfall"),
                ],
                goals
                    .iter()
                    .map(|g| {
                        let mut r = row(g);
                        r.push(
                            src.goal_outcome(g)
                                .unwrap_or_else(|| t!(src.lang, "plandokument-ej-utvarderat")),
                        );
                        r
                    })
                    .collect(),
            )
        } else {
            Block::table(
                [
                    t!(src.lang, "plandokument-mal-2"),
                    t!(src.lang, "plandokument-matt"),
                    t!(src.lang, "plandokument-senast"),
                ],
                goals.iter().map(row).collect(),
            )
        }
    };
    doc.section(t!(src.lang, "plandokument-mal-3"), vec![block]);
}

/// Who took part in the meeting that last decided on the plan (else the one to come).
fn participants(src: &Source, doc: &mut Doc) {
    let held = held(src);
    let Some(m) = held.last() else {
        doc.section(
            t!(src.lang, "plandokument-deltagare-vid-motet"),
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
        t!(src.lang, "plandokument-deltagare-vid-motet"),
        vec![
            Block::para(t!(src.lang, "plandokument-motet-den", datum = when)),
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
        t!(src.lang, "plandokument-kopia-till"),
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
    let mut signers = vec![t!(
        src.lang,
        "plandokument-underskrift-individen",
        namn = src.or_missing(plan.name())
    )];
    for r in &plan.individual.representatives {
        let name = src.or_missing(r.name_str());
        signers.push(match &r.role {
            Some(role) => format!("{name} ({})", role.value.label(src.lang)),
            None => t!(
                src.lang,
                "plandokument-underskrift-foretradare",
                namn = name
            ),
        });
    }
    for (party, _) in src.interventions_by_party() {
        if let Some(p) = party {
            signers.push(t!(
                src.lang,
                "plandokument-underskrift-for-part",
                part = src.party(p)
            ));
        }
    }
    doc.section(
        t!(src.lang, "plandokument-underskrifter"),
        vec![Block::Signatures { signers }],
    );
}

fn consent(src: &Source, doc: &mut Doc) {
    let Some(c) = &src.plan.consent else {
        doc.section(
            t!(src.lang, "plandokument-samtycke"),
            vec![Block::para(src.missing())],
        );
        return;
    };
    let d = |v: &Option<crate::source::Spanned<chrono::NaiveDate>>| {
        v.as_ref().map_or_else(|| src.missing(), |d| date(d.value))
    };
    let mut fields = vec![
        Field::new(t!(src.lang, "plandokument-datum"), d(&c.date)),
        Field::new(
            t!(src.lang, "plandokument-form"),
            c.form
                .as_ref()
                .map_or_else(|| src.missing(), |f| f.value.label(src.lang)),
        ),
        Field::new(
            t!(src.lang, "plandokument-givet-av"),
            if c.given_by.is_empty() {
                src.missing()
            } else {
                givers(src, c)
            },
        ),
        Field::new(
            t!(src.lang, "plandokument-dokumenterat-av"),
            src.or_missing(c.documented_by.as_ref().map(|s| s.value.as_str())),
        ),
        Field::new(
            t!(src.lang, "plandokument-galler-parterna"),
            parties(src, c),
        ),
        Field::new(
            t!(src.lang, "plandokument-omfattning"),
            src.or_missing(c.scope.as_ref().map(|s| s.value.as_str())),
        ),
        Field::new(t!(src.lang, "plandokument-giltigt-till"), d(&c.valid_until)),
    ];
    if let Some(w) = &c.withdrawn {
        fields.push(Field::new(
            t!(src.lang, "plandokument-aterkallat"),
            date(w.value),
        ));
    }
    doc.section(
        t!(src.lang, "plandokument-samtycke"),
        vec![Block::fields(fields)],
    );
}

fn closing(src: &Source, doc: &mut Doc) {
    let plan = src.plan;
    if plan.status() != Some(Status::Closed) && plan.closing.is_none() {
        return;
    }
    let c = plan.closing.as_ref();
    let mut fields = vec![
        Field::new(
            t!(src.lang, "plandokument-datum"),
            c.and_then(|c| c.date.as_ref())
                .map_or_else(|| src.missing(), |d| date(d.value)),
        ),
        Field::new(
            t!(src.lang, "plandokument-orsak"),
            c.and_then(|c| c.reason.as_ref())
                .map_or_else(|| src.missing(), |r| reason(src, r.value)),
        ),
    ];
    if let Some(k) = c.and_then(|c| c.comment.as_ref()) {
        fields.push(Field::new(
            t!(src.lang, "plandokument-kommentar"),
            k.value.trim().to_string(),
        ));
    }
    doc.section(
        t!(src.lang, "plandokument-avslut"),
        vec![Block::fields(fields)],
    );
}

/// Why the plan ended, as a sentence reads it ("målen är uppfyllda", not `mål_uppfyllda`).
fn reason(src: &Source, r: ClosingReason) -> String {
    match r {
        ClosingReason::GoalsMet => t!(src.lang, "plandokument-malen-ar-uppfyllda"),
        ClosingReason::NoNeed => t!(src.lang, "plandokument-samordning-behovs-inte-langre"),
        ClosingReason::ConsentWithdrawn => {
            t!(src.lang, "plandokument-samtycket-har-aterkallats")
        }
        ClosingReason::Other => t!(src.lang, "plandokument-annan-orsak"),
    }
    .to_string()
}
