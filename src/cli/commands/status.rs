//! `sip status PLAN STATUS`: change the plan's status (closing goes through `sip close`).

use super::editing;
use crate::cli::args::StatusArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, input, path};
use crate::error::{Error, Result};
use crate::model::enums::Status;

pub fn run(ctx: &Ctx, args: StatusArgs) -> Result<ExitStatus> {
    let status = input::choice("STATUS", &args.status, Status::ALL)?;
    if status == Status::Closed.as_str() {
        return Err(Error::msg(
            format!(
                "en plan avslutas med `sip close {} --reason ORSAK` (den skriver också avslutsdatum och orsak)",
                args.plan
            ),
            format!(
                "a plan is closed with `sip close {} --reason REASON` (it also records the date and reason)",
                args.plan
            ),
        ));
    }
    let mut e = editing::open(ctx, &args.plan)?;
    e.apply(Op::Set {
        path: path(&["status"]),
        value: Val::verbatim(&status),
    })?;
    let pid = e.id();
    e.finish(
        ctx,
        (
            format!("{pid} har nu status {status}."),
            format!("{pid} now has status {status}."),
        ),
        None,
    )
}
