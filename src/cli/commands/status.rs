//! `sip status PLAN STATUS`: change the plan's status (closing goes through `sip close`).

use crate::cli::args::StatusArgs;
use crate::cli::editing;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, path};
use crate::error::{Error, Result};
use crate::findings::{Code, Severity};
use crate::i18n::{Lang, Msg};
use crate::model::enums::{MeetingKind, Status};

pub fn run(ctx: &Ctx, args: StatusArgs) -> Result<ExitStatus> {
    let status = args.status;
    if status == Status::Closed {
        return Err(err!("status-avslutas-med-close", plan = args.plan));
    }
    let mut e = editing::open_any_status(ctx, &args.plan)?;
    if e.plan.status() == Some(Status::Closed) && status != Status::Active {
        let id = e.id();
        return Err(err!("status-avslutad", plan_id = id));
    }
    // Withdrawn consent and not closed yet: close it, or record a new consent (both name their
    // command); no other change of status.
    if e.plan.status() != Some(Status::Closed) {
        e.refuse_withdrawn()?;
    }
    if status == Status::Active {
        if let Some(w) = e.plan.consent.as_ref().and_then(|c| c.withdrawn.as_ref()) {
            let id = e.id();
            return Err(err!(
                "status-samtycke-aterkallat",
                plan_id = id,
                datum = w.value.to_string()
            ));
        }
    }
    if status == Status::Active {
        gate(ctx, &e)?;
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
    let status = status.to_string();
    let done = if reopened {
        msg!("status-ny-oppnad", plan_id = pid, status = status)
    } else {
        msg!("status-ny", plan_id = pid, status = status)
    };
    e.finish(ctx, done, None)
}

/// What a plan needs before it is `pågående`: a consent that is recorded, valid and not
/// withdrawn, a held upprättande meeting, and no error under the law (the L rules). Each
/// thing missing is named with the command that gives it.
fn gate(ctx: &Ctx, e: &editing::Editing) -> Result<()> {
    let id = e.id();
    let mut missing: Vec<Msg> = Vec::new();
    match &e.plan.consent {
        None => missing.push(msg!("status-inget-samtycke", plan_id = id)),
        Some(c) => {
            if let Some(until) = c.valid_until.as_ref().map(|v| v.value) {
                if until < ctx.today {
                    missing.push(msg!(
                        "status-samtycke-gammalt",
                        plan_id = id,
                        datum = until.to_string()
                    ));
                }
            }
            if c.date.is_none() {
                missing.push(msg!("status-samtycke-utan-datum", plan_id = id));
            }
        }
    }
    let initial: Vec<&crate::model::plan::Meeting> = e
        .plan
        .meetings
        .iter()
        .filter(|m| m.kind.as_ref().map(|k| k.value) == Some(MeetingKind::Initial))
        .collect();
    if !initial.iter().any(|m| m.is_held()) {
        match initial.first() {
            Some(m) => {
                missing.push(msg!(
                    "status-moete-inte-hallet",
                    plan_id = id,
                    mote_id = m.id_str()
                ));
            }
            None => missing.push(msg!("status-inget-upprattandemote", plan_id = id)),
        }
    }
    let (findings, _) = editing::findings_for(&e.ws, &e.file, &e.doc.text, ctx.today, true);
    for f in findings
        .iter()
        // Consent (L005, L006) is named above, with its command.
        .filter(|f| f.severity == Severity::Error && f.code.as_str().starts_with('L'))
        .filter(|f| !matches!(f.code, Code::L005 | Code::L006))
    {
        let code = f.code.as_str();
        let help = f
            .help
            .as_ref()
            .map(|h| format!(": `{h}`"))
            .unwrap_or_default();
        missing.push(crate::i18n::Msg::from_fn(|l| {
            format!("{code} {}{help}", f.message(l))
        }));
    }
    missing.dedup();
    if missing.is_empty() {
        return Ok(());
    }
    let list = |l: Lang| {
        missing
            .iter()
            .map(|i| format!("\n  – {}", i.get(l)))
            .collect::<String>()
    };
    Err(Error::Message(crate::i18n::Msg::from_fn(|l| {
        t!(l, "status-saknas", plan_id = id, lista = list(l))
    })))
}
