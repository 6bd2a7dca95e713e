//! `sip intervention add PLAN TEXT --party P …` / `sip intervention set PLAN I1 …`:
//! interventions (I1, I2, …) and who is responsible for each (elements 1 and 2).

use crate::cli::args::{InterventionCommand, InterventionFields};
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Val, input, path};
use crate::error::Result;
use crate::i18n::Lang;
use crate::model::enums::InterventionStatus;

/// Check that each referenced id exists in the plan.
pub fn refs(flag: &str, given: &[String], existing: &[&str], list: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for g in given {
        let g = g.trim();
        if g.is_empty() {
            continue;
        }
        if !existing.contains(&g) {
            return Err(if existing.is_empty() {
                err!(
                    "insats-ref-saknas-inga",
                    flagga = flag,
                    varde = g,
                    lista = list
                )
            } else {
                err!(
                    "insats-ref-saknas",
                    flagga = flag,
                    varde = g,
                    lista = list,
                    finns = existing.join(", ")
                )
            });
        }
        out.push(g.to_string());
    }
    Ok(out)
}

/// The optional fields in the schema order, checked.
fn fields(e: &editing::Editing, f: &InterventionFields) -> Result<Vec<(&'static str, Val)>> {
    let needs: Vec<&str> = e
        .plan
        .needs
        .iter()
        .filter_map(|n| n.id.as_deref().map(String::as_str))
        .collect();
    let goals: Vec<&str> = e
        .plan
        .goals
        .iter()
        .filter_map(|g| g.id.as_deref().map(String::as_str))
        .collect();
    let mut out = Vec::new();
    if !f.needs.is_empty() {
        out.push((
            "behov",
            Val::flow(refs("--need", &f.needs, &needs, "behov")?),
        ));
    }
    if !f.goals.is_empty() {
        out.push(("mål", Val::flow(refs("--goal", &f.goals, &goals, "mål")?)));
    }
    if let Some(p) = &f.provider {
        out.push(("utförare", Val::text(input::text("--provider", p)?)));
    }
    if let Some(c) = &f.contact {
        out.push(("kontaktperson", Val::text(input::text("--contact", c)?)));
    }
    if let Some(d) = &f.start {
        out.push(("start", Val::verbatim(input::date("--start", d)?)));
    }
    if let Some(d) = &f.end {
        out.push(("slut", Val::verbatim(input::date("--end", d)?)));
    }
    Ok(out)
}

/// Refuse an end before the start (given now or already in the plan).
fn end_after_start(e: &editing::Editing, id: Option<&str>, f: &InterventionFields) -> Result<()> {
    let old = id.and_then(|id| {
        e.plan
            .interventions
            .iter()
            .find(|i| i.id.as_deref().is_some_and(|x| x.as_str() == id))
    });
    let start = match &f.start {
        Some(s) => crate::model::plan::parse_date(s.trim()),
        None => old.and_then(|i| i.start.as_ref().map(|s| s.value)),
    };
    let end = match &f.end {
        Some(s) => crate::model::plan::parse_date(s.trim()),
        None => old.and_then(|i| i.end.as_ref().map(|s| s.value)),
    };
    if let (Some(start), Some(end)) = (start, end) {
        if end < start {
            let flag = if f.end.is_some() { "--end" } else { "--start" };
            return Err(err!(
                "insats-slut-fore-start",
                flagga = flag,
                slut = end.to_string(),
                start = start.to_string()
            ));
        }
    }
    Ok(())
}

fn party(e: &editing::Editing, given: Option<String>, lang: Lang) -> Result<String> {
    let choices: Vec<(String, String)> = e
        .agreement()
        .map(|a| {
            a.parties
                .iter()
                .filter(|p| p.has_interventions)
                .map(|p| (p.id.clone(), format!("{} ({})", p.id, p.name)))
                .collect()
        })
        .unwrap_or_default();
    let p = prompt::pick(
        "--party",
        given,
        &t!(lang, "fraga-ansvarig-huvudman"),
        &choices,
        false,
    )?
    .unwrap_or_default();
    input::party("--party", &p, e.agreement())
}

pub fn run(ctx: &Ctx, args: InterventionCommand) -> Result<ExitStatus> {
    match args {
        InterventionCommand::Remove { plan, id } => {
            let mut e = editing::open(ctx, &plan)?;
            e.existing("insatser", &id, &msg!("insats-ordet"))?;
            e.apply(Op::Remove {
                path: vec![
                    crate::edit::Seg::Key("insatser".into()),
                    crate::edit::Seg::Id(id.clone()),
                ],
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                msg!("insats-borttagen", insats_id = id, plan_id = pid),
                None,
            )
        }
        InterventionCommand::Add {
            plan,
            text,
            fields: f,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let text = input::text("TEXT", &text)?;
            let party = party(&e, f.party.clone(), ctx.lang)?;
            let id = input::next_id(
                "I",
                e.plan
                    .interventions
                    .iter()
                    .filter_map(|i| i.id.as_deref().map(String::as_str)),
            );
            let mut item = vec![
                ("id", Val::verbatim(&id)),
                ("beskrivning", Val::text(text)),
                ("huvudman", Val::verbatim(&party)),
            ];
            item.extend(fields(&e, &f)?);
            end_after_start(&e, None, &f)?;
            item.push((
                "status",
                Val::verbatim(InterventionStatus::Planned.as_str()),
            ));
            e.apply(Op::Append {
                path: path(&["insatser"]),
                item: Val::map(item),
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                msg!(
                    "insats-tillagd",
                    insats_id = id,
                    part = party,
                    plan_id = pid
                ),
                Some(&id),
            )
        }
        InterventionCommand::Set {
            plan,
            id,
            status,
            text,
            fields: f,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let ids: Vec<&str> = e
                .plan
                .interventions
                .iter()
                .filter_map(|i| i.id.as_deref().map(String::as_str))
                .collect();
            if !ids.contains(&id.as_str()) {
                return Err(err!(
                    "insats-finns-inte",
                    insats_id = id,
                    fil = e.file.display,
                    finns = ids.join(", ")
                ));
            }
            let mut sets: Vec<(&str, Val)> = Vec::new();
            if let Some(t) = &text {
                sets.push(("beskrivning", Val::text(input::text("--text", t)?)));
            }
            if f.party.is_some() {
                sets.push((
                    "huvudman",
                    Val::verbatim(party(&e, f.party.clone(), ctx.lang)?),
                ));
            }
            sets.extend(fields(&e, &f)?);
            end_after_start(&e, Some(&id), &f)?;
            if let Some(s) = status {
                sets.push(("status", Val::verbatim(s.as_str())));
            }
            if sets.is_empty() {
                return Err(err!("insats-inget-att-andra"));
            }
            for (key, value) in sets {
                e.apply(Op::Set {
                    path: editing::item_path("insatser", &id, key),
                    value,
                })?;
            }
            let pid = e.id();
            e.finish(
                ctx,
                msg!("insats-andrad", insats_id = id, plan_id = pid),
                None,
            )
        }
    }
}
