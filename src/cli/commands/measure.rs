//! `sip measure add PLAN TEXT --by WHO` / `sip measure none PLAN`: measures by others than
//! kommun and region (element 3), or the record that there are none; `set|remove N` by their
//! number in the list (1, 2, … as `sip show` prints them).

use crate::cli::args::MeasureCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Seg, Val, input, path};
use crate::error::{Error, Result};

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
                let refs =
                    super::intervention::refs("--need", &needs, &existing, ("behov", "needs"))?;
                sets.push(("behov", Val::flow(refs)));
            }
            if sets.is_empty() {
                return Err(Error::msg(
                    "ange vad som ska ändras: --text, --by eller --need",
                    "say what to change: --text, --by or --need",
                ));
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
                (
                    format!("Ändrade åtgärd {number} i {pid}."),
                    format!("Changed measure {number} in {pid}."),
                ),
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
            let (after_sv, after_en) = if number < total {
                (
                    "; åtgärderna efter den får var sitt nummer lägre",
                    "; the measures after it move up one number",
                )
            } else {
                ("", "")
            };
            e.finish(
                ctx,
                (
                    format!("Tog bort åtgärd {number} ur {pid}{after_sv}."),
                    format!("Removed measure {number} from {pid}{after_en}."),
                ),
                None,
            )
        }
        MeasureCommand::Add {
            plan,
            text,
            by,
            needs,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let text = input::text("TEXT", &text)?;
            let by = prompt::required("--by", by, "Vem vidtar åtgärden")?;
            let by = input::text("--by", &by)?;
            let mut fields = vec![("beskrivning", Val::text(text)), ("av", Val::text(&by))];
            if !needs.is_empty() {
                let existing: Vec<&str> = e
                    .plan
                    .needs
                    .iter()
                    .filter_map(|n| n.id.as_deref().map(String::as_str))
                    .collect();
                let refs =
                    super::intervention::refs("--need", &needs, &existing, ("behov", "needs"))?;
                fields.push(("behov", Val::flow(refs)));
            }
            e.apply(Op::Append {
                path: path(&["åtgärder_av_andra"]),
                item: Val::map(fields),
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                (
                    format!("Lade till en åtgärd av {by} i {pid}."),
                    format!("Added a measure by {by} to {pid}."),
                ),
                None,
            )
        }
        MeasureCommand::None { plan } => {
            let mut e = editing::open(ctx, &plan)?;
            if let Some(m) = &e.plan.measures
                && !m.items.is_empty()
            {
                return Err(Error::msg(
                    format!(
                        "{} har redan {} åtgärder av andra; ta bort dem med `sip edit` om det inte finns några",
                        e.file.display,
                        m.items.len()
                    ),
                    format!(
                        "{} already has {} measures by others; remove them with `sip edit` if there are none",
                        e.file.display,
                        m.items.len()
                    ),
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
            e.finish(
                ctx,
                (
                    format!("{pid}: inga åtgärder av andra (prövat)."),
                    format!("{pid}: no measures by others (considered)."),
                ),
                None,
            )
        }
    }
}

/// The position of measure `number` (1-based, as `sip show` prints them).
fn numbered(e: &editing::Editing, number: usize) -> Result<usize> {
    let n = e.plan.measures.as_ref().map_or(0, |m| m.items.len());
    if number == 0 || number > n {
        return Err(Error::msg(
            format!(
                "åtgärd {number} finns inte i {} ({}); `sip show {}` visar dem numrerade",
                e.id(),
                match n {
                    0 => "den har inga åtgärder av andra".to_string(),
                    1 => "den har 1 åtgärd av andra".to_string(),
                    n => format!("den har {n} åtgärder av andra"),
                },
                e.id()
            ),
            format!(
                "measure {number} is not in {} (it has {n}); `sip show {}` numbers them",
                e.id(),
                e.id()
            ),
        ));
    }
    Ok(number - 1)
}
