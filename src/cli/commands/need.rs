//! `sip need add PLAN TEXT`: add a need (B1, B2, …).

use super::editing;
use crate::cli::args::NeedCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, input, path};
use crate::error::Result;

pub fn run(ctx: &Ctx, args: NeedCommand) -> Result<ExitStatus> {
    let NeedCommand::Add { plan, text } = args;
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
        (
            format!("Lade till behov {id} i {pid}."),
            format!("Added need {id} to {pid}."),
        ),
        Some(&id),
    )
}
