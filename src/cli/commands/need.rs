//! `sip need add|set|remove`: needs (B1, B2, …); ids are never reused or renumbered.

use crate::cli::args::NeedCommand;
use crate::cli::editing::{self, Referenced};
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, input, path};
use crate::error::Result;

pub fn run(ctx: &Ctx, args: NeedCommand) -> Result<ExitStatus> {
    match args {
        NeedCommand::Add { plan, text } => {
            let mut e = editing::open(ctx, &plan)?;
            let text = input::text("TEXT", &text)?;
            let id = input::next_id(
                "B",
                e.plan
                    .needs
                    .iter()
                    .filter_map(|n| n.id.as_deref().map(String::as_str)),
            );
            e.apply(Op::Append {
                path: path(&["behov"]),
                item: Val::map(vec![
                    ("id", Val::verbatim(&id)),
                    ("beskrivning", Val::text(text)),
                ]),
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                msg!("behov-tillagt", behov_id = id, plan_id = pid),
                Some(&id),
            )
        }
        NeedCommand::Set { plan, id, text } => {
            let mut e = editing::open(ctx, &plan)?;
            e.existing("behov", &id, &msg!("behov-ordet"))?;
            let text = input::text("TEXT", &text)?;
            e.apply(Op::Set {
                path: editing::item_path("behov", &id, "beskrivning"),
                value: Val::text(text),
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                msg!("behov-andrat", behov_id = id, plan_id = pid),
                None,
            )
        }
        NeedCommand::Remove { plan, id, force } => {
            let mut e = editing::open(ctx, &plan)?;
            let what = msg!("behov-ordet");
            let places = e.remove_referenced("behov", Referenced::Need, &id, force, &what)?;
            let done = msg!(
                "behov-borttaget",
                behov_id = id,
                plan_id = e.id(),
                ocksa = editing::also_removed(&places)
            );
            e.finish(ctx, done, None)
        }
    }
}
