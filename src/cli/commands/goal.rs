//! `sip goal add|set|remove`: goals (M1, M2, …); ids are never reused or renumbered.

use crate::cli::args::GoalCommand;
use crate::cli::editing::{self, Referenced};
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, input, path};
use crate::error::{Error, Result};

pub fn run(ctx: &Ctx, args: GoalCommand) -> Result<ExitStatus> {
    let (plan, text, measure, by) = match args {
        GoalCommand::Add {
            plan,
            text,
            measure,
            by,
        } => (plan, text, measure, by),
        GoalCommand::Set {
            plan,
            id,
            text,
            measure,
            by,
        } => return set(ctx, plan, id, text, measure, by),
        GoalCommand::Remove { plan, id, force } => {
            let mut e = editing::open(ctx, &plan)?;
            let places =
                e.remove_referenced("mål", Referenced::Goal, &id, force, ("målet", "goal"))?;
            let (also_sv, also_en) = editing::also_removed(&places);
            let pid = e.id();
            return e.finish(
                ctx,
                (
                    format!("Tog bort mål {id} ur {pid}.{also_sv}"),
                    format!("Removed goal {id} from {pid}.{also_en}"),
                ),
                None,
            );
        }
    };
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

fn set(
    ctx: &Ctx,
    plan: String,
    id: String,
    text: Option<String>,
    measure: Option<String>,
    by: Option<String>,
) -> Result<ExitStatus> {
    let mut e = editing::open(ctx, &plan)?;
    e.existing("mål", &id, ("målet", "goal"))?;
    let mut sets = Vec::new();
    if let Some(t) = text {
        sets.push(("beskrivning", Val::text(input::text("--text", &t)?)));
    }
    if let Some(m) = measure {
        sets.push(("mått", Val::text(input::text("--measure", &m)?)));
    }
    if let Some(d) = by {
        sets.push(("senast", Val::verbatim(input::date("--by", &d)?)));
    }
    if sets.is_empty() {
        return Err(Error::msg(
            "ange vad som ska ändras: --text, --measure eller --by",
            "say what to change: --text, --measure or --by",
        ));
    }
    for (key, value) in sets {
        e.apply(Op::Set {
            path: editing::item_path("mål", &id, key),
            value,
        })?;
    }
    let pid = e.id();
    e.finish(
        ctx,
        (
            format!("Ändrade mål {id} i {pid}."),
            format!("Changed goal {id} in {pid}."),
        ),
        None,
    )
}
