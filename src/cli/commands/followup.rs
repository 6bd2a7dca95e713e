//! `sip followup PLAN --next D`: set the date of the next follow-up.

use crate::cli::args::FollowupArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Val, input, path};
use crate::error::Result;

pub fn run(ctx: &Ctx, args: FollowupArgs) -> Result<ExitStatus> {
    let mut e = editing::open(ctx, &args.plan)?;
    let next = prompt::required(
        "--next",
        args.next,
        &t!(ctx.lang, "fraga-nasta-uppfoljning"),
    )?;
    let next = input::date("--next", &next)?;
    if next.as_str() < ctx.today.to_string().as_str() {
        let today = ctx.today;
        return Err(err!(
            "uppfoljning-fore-i-dag",
            datum = next,
            i_dag = today.to_string()
        ));
    }
    e.apply(Op::Set {
        path: path(&["uppföljning", "nästa"]),
        value: Val::verbatim(&next),
    })?;
    let pid = e.id();
    e.finish(
        ctx,
        msg!("uppfoljning-klar", plan_id = pid, datum = next),
        None,
    )
}
