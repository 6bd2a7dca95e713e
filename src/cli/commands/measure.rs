//! `sip measure add PLAN TEXT --by WHO` / `sip measure none PLAN`: measures by others than
//! kommun and region (element 3), or the record that there are none; `set|remove N` by their
//! number in the list (1, 2, … as `sip show` prints them).

use crate::cli::args::MeasureCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Seg, Val, input, path};
use crate::error::Result;

pub fn run(ctx: &Ctx, args: MeasureCommand) -> Result<ExitStatus> {
    match args {
        MeasureCommand::Set {
            plan,
            number,
            text,
            by,
            needs,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let at = numbered(&e, number)?;
            let mut sets = Vec::new();
            if let Some(t) = text {
                sets.push(("beskrivning", Val::text(input::text("--text", &t)?)));
            }
            if let Some(b) = by {
                sets.push(("av", Val::text(input::text("--by", &b)?)));
            }
            if !needs.is_empty() {
                let existing = e.ids("behov");
                let existing: Vec<&str> = existing.iter().map(String::as_str).collect();
                let refs = super::intervention::refs("--need", &needs, &existing, "behov")?;
                sets.push(("behov", Val::flow(refs)));
            }
            if sets.is_empty() {
                return Err(err!("atgard-inget-att-andra"));
            }
            for (key, value) in sets {
                e.apply(Op::Set {
                    path: vec![
                        Seg::Key("åtgärder_av_andra".into()),
                        Seg::Index(at),
                        Seg::Key(key.into()),
                    ],
                    value,
                })?;
            }
            let pid = e.id();
            e.finish(
                ctx,
                msg!("atgard-andrad", nummer = number, plan_id = pid),
                None,
            )
        }
        MeasureCommand::Remove { plan, number } => {
            let mut e = editing::open(ctx, &plan)?;
            let at = numbered(&e, number)?;
            let last = e.plan.measures.as_ref().is_some_and(|m| m.items.len() == 1);
            if last {
                // The list stays, empty: element 3 was considered, and nobody else acts now.
                e.apply(Op::Set {
                    path: path(&["åtgärder_av_andra"]),
                    value: Val::List {
                        items: Vec::new(),
                        flow: true,
                    },
                })?;
            } else {
                e.apply(Op::Remove {
                    path: vec![Seg::Key("åtgärder_av_andra".into()), Seg::Index(at)],
                })?;
            }
            let pid = e.id();
            let total = e.plan.measures.as_ref().map_or(0, |m| m.items.len());
            let done = if number < total {
                msg!(
                    "atgard-borttagen-fore-andra",
                    nummer = number,
                    plan_id = pid
                )
            } else {
                msg!("atgard-borttagen", nummer = number, plan_id = pid)
            };
            e.finish(ctx, done, None)
        }
        MeasureCommand::Add {
            plan,
            text,
            by,
            needs,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let text = input::text("TEXT", &text)?;
            let by = prompt::required("--by", by, &t!(ctx.lang, "fraga-vem-vidtar-atgarden"))?;
            let by = input::text("--by", &by)?;
            let mut fields = vec![("beskrivning", Val::text(text)), ("av", Val::text(&by))];
            if !needs.is_empty() {
                let existing: Vec<&str> = e
                    .plan
                    .needs
                    .iter()
                    .filter_map(|n| n.id.as_deref().map(String::as_str))
                    .collect();
                let refs = super::intervention::refs("--need", &needs, &existing, "behov")?;
                fields.push(("behov", Val::flow(refs)));
            }
            e.apply(Op::Append {
                path: path(&["åtgärder_av_andra"]),
                item: Val::map(fields),
            })?;
            let pid = e.id();
            e.finish(ctx, msg!("atgard-tillagd", av = by, plan_id = pid), None)
        }
        MeasureCommand::None { plan } => {
            let mut e = editing::open(ctx, &plan)?;
            if let Some(m) = &e.plan.measures
                && !m.items.is_empty()
            {
                return Err(err!(
                    "atgard-finns-redan",
                    fil = e.file.display,
                    antal = m.items.len()
                ));
            }
            if e.plan.measures.is_none() {
                e.apply(Op::Set {
                    path: path(&["åtgärder_av_andra"]),
                    value: Val::List {
                        items: Vec::new(),
                        flow: true,
                    },
                })?;
            }
            let pid = e.id();
            e.finish(ctx, msg!("atgard-inga", plan_id = pid), None)
        }
    }
}

/// The position of measure `number` (1-based, as `sip show` prints them).
fn numbered(e: &editing::Editing, number: usize) -> Result<usize> {
    let n = e.plan.measures.as_ref().map_or(0, |m| m.items.len());
    if number == 0 || number > n {
        return Err(err!(
            "atgard-finns-inte",
            nummer = number,
            plan_id = e.id(),
            antal = n
        ));
    }
    Ok(number - 1)
}
