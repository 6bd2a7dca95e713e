//! `sip goal add PLAN TEXT [--measure M] [--by D]`: add a goal (M1, M2, …).

use super::editing;
use crate::cli::args::GoalCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, input, path};
use crate::error::Result;

pub fn run(ctx: &Ctx, args: GoalCommand) -> Result<ExitStatus> {
    let GoalCommand::Add {
        plan,
        text,
        measure,
        by,
    } = args;
    let mut e = editing::open(ctx, &plan)?;
    let text = input::text("TEXT", &text)?;
    let by = by.map(|d| input::date("--by", &d)).transpose()?;
    let id = input::next_id(
        "M",
        e.plan
            .goals
            .iter()
            .filter_map(|g| g.id.as_deref().map(String::as_str)),
    );
    let mut item = vec![("id", Val::verbatim(&id)), ("beskrivning", Val::text(text))];
    if let Some(m) = measure {
        item.push(("mått", Val::text(input::text("--measure", &m)?)));
    }
    if let Some(d) = by {
        item.push(("senast", Val::verbatim(d)));
    }
    e.apply(Op::Append {
        path: path(&["mål"]),
        item: Val::map(item),
    })?;
    let pid = e.id();
    e.finish(
        ctx,
        (
            format!("Lade till mål {id} i {pid}."),
            format!("Added goal {id} to {pid}."),
        ),
        Some(&id),
    )
}
