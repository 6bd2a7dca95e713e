//! `sip status PLAN STATUS`: change the plan's status (closing goes through `sip close`).

use crate::cli::args::StatusArgs;
use crate::cli::editing;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, path};
use crate::error::{Error, Result};
use crate::model::enums::Status;

pub fn run(ctx: &Ctx, args: StatusArgs) -> Result<ExitStatus> {
    let status = args.status;
    if status == Status::Closed {
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
    let mut e = editing::open_any_status(ctx, &args.plan)?;
    if e.plan.status() == Some(Status::Closed) && status != Status::Active {
        let id = e.id();
        return Err(Error::msg(
            format!("{id} är avslutad; den kan bara öppnas igen, med `sip status {id} pågående`"),
            format!("{id} is closed; it can only be re-opened, with `sip status {id} pågående`"),
        ));
    }
    if status == Status::Active {
        if let Some(w) = e.plan.consent.as_ref().and_then(|c| c.withdrawn.as_ref()) {
            let id = e.id();
            let w = w.value;
            return Err(Error::msg(
                format!(
                    "{id} kan inte bli pågående: samtycket återkallades {w}, och utan samtycke får kommunen och regionen inte samordna insatserna. Upprätta en ny plan med `sip new` om individen samtycker på nytt"
                ),
                format!(
                    "{id} cannot become active: the consent was withdrawn on {w}, and without consent kommun and region may not coordinate the interventions. Make a new plan with `sip new` if the individual consents again"
                ),
            ));
        }
    }
    let reopened = e.plan.status() == Some(Status::Closed) && e.plan.closing.is_some();
    e.apply(Op::Set {
        path: path(&["status"]),
        value: Val::verbatim(status.as_str()),
    })?;
    if reopened {
        // A plan in progress has no closing: the old one is in git's history (`sip history`).
        e.apply(Op::Remove {
            path: path(&["avslut"]),
        })?;
    }
    let pid = e.id();
    let (again_sv, again_en) = if reopened {
        (
            " Avslutet togs bort; det finns kvar i historiken (`sip history`).",
            " The closing was removed; it remains in the history (`sip history`).",
        )
    } else {
        ("", "")
    };
    e.finish(
        ctx,
        (
            format!("{pid} har nu status {status}.{again_sv}"),
            format!("{pid} now has status {status}.{again_en}"),
        ),
        None,
    )
}
