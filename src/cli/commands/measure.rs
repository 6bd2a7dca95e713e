//! `sip measure add PLAN TEXT --by WHO` / `sip measure none PLAN`: measures by others than
//! kommun and region (element 3), or the record that there are none.

use super::{editing, prompt};
use crate::cli::args::MeasureCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, input, path};
use crate::error::{Error, Result};

pub fn run(ctx: &Ctx, args: MeasureCommand) -> Result<ExitStatus> {
    match args {
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
