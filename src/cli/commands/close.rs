//! `sip close PLAN --reason R [--date D] [--comment TEXT]`: close the plan.

use crate::cli::args::CloseArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Val, input, path};
use crate::error::Result;
use crate::model::enums::{ClosingReason, Status};

pub fn run(ctx: &Ctx, args: CloseArgs) -> Result<ExitStatus> {
    // A closed plan may be closed again: that corrects its closing (a wrong reason or date),
    // it does not re-open it.
    let mut e = editing::open_any_status(ctx, &args.plan)?;
    let correcting = e.plan.status() == Some(Status::Closed);
    let reason = prompt::pick_value::<ClosingReason>(
        "--reason",
        args.reason,
        &t!(ctx.lang, "fraga-avslutsorsak"),
    )?;
    let pid = e.id();
    if let Some(w) = e.withdrawn() {
        if reason != ClosingReason::ConsentWithdrawn {
            return Err(err!(
                "avsluta-samtycke-aterkallat",
                plan_id = pid,
                datum = w.to_string()
            ));
        }
    }
    let date = match args.date {
        Some(d) => input::date("--date", &d)?,
        None if correcting => e
            .plan
            .closing
            .as_ref()
            .and_then(|c| c.date.as_ref())
            .map_or_else(|| ctx.today.to_string(), |d| d.value.to_string()),
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
    let done = crate::i18n::Msg::from_fn(|l| {
        let orsak = reason.label(l);
        if correcting {
            t!(
                l,
                "avsluta-andrat",
                plan_id = pid,
                datum = date,
                orsak = orsak
            )
        } else {
            t!(
                l,
                "avsluta-klart",
                plan_id = pid,
                datum = date,
                orsak = orsak
            )
        }
    });
    e.finish(ctx, done, None)
}
