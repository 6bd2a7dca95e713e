//! `sip close PLAN --reason R [--date D] [--comment TEXT]`: close the plan.

use crate::cli::args::CloseArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Val, input, path};
use crate::error::Result;
use crate::model::enums::{ClosingReason, Status};

pub fn run(ctx: &Ctx, args: CloseArgs) -> Result<ExitStatus> {
    let mut e = editing::open(ctx, &args.plan)?;
    let reason = prompt::pick_value::<ClosingReason>("--reason", args.reason, "Orsak")?;
    let date = match args.date {
        Some(d) => input::date("--date", &d)?,
        None => ctx.today.format("%Y-%m-%d").to_string(),
    };
    e.apply(Op::Set {
        path: path(&["avslut", "datum"]),
        value: Val::verbatim(&date),
    })?;
    e.apply(Op::Set {
        path: path(&["avslut", "orsak"]),
        value: Val::verbatim(reason.as_str()),
    })?;
    if let Some(c) = args.comment {
        e.apply(Op::Set {
            path: path(&["avslut", "kommentar"]),
            value: Val::text(input::text("--comment", &c)?),
        })?;
    }
    e.apply(Op::Set {
        path: path(&["status"]),
        value: Val::verbatim(Status::Closed.as_str()),
    })?;
    let pid = e.id();
    e.finish(
        ctx,
        (
            format!("{pid} avslutades {date} ({reason})."),
            format!("{pid} was closed on {date} ({reason})."),
        ),
        None,
    )
}
