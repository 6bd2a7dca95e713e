//! `sip set PLAN [--purpose …] [--focus …] [--question …]… …`: the plan's own fields.

use super::editing;
use crate::cli::args::{PlanFields, SetArgs};
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, input, path};
use crate::error::{Error, Result};
use crate::model::enums::{Focus, Gender, Occupation};

/// The edits that `PlanFields` ask for, checked (shared with `sip new`'s validation).
pub fn field_ops(f: &PlanFields) -> Result<Vec<Op>> {
    let mut ops = Vec::new();
    let mut set = |keys: &[&str], value: Val| {
        ops.push(Op::Set {
            path: path(keys),
            value,
        })
    };
    if let Some(l) = &f.leader {
        set(&["samtalsledare"], Val::text(input::text("--leader", l)?));
    }
    if let Some(g) = &f.gender {
        set(
            &["individ", "kön"],
            Val::verbatim(input::choice("--gender", g, Gender::ALL)?),
        );
    }
    if let Some(o) = &f.occupation {
        set(
            &["individ", "sysselsättning"],
            Val::verbatim(input::choice("--occupation", o, Occupation::ALL)?),
        );
    }
    if !f.benefits.is_empty() {
        let b = f
            .benefits
            .iter()
            .map(|b| input::text("--benefit", b))
            .collect::<Result<Vec<_>>>()?;
        set(&["individ", "ersättning"], Val::flow(b));
    }
    if let Some(p) = &f.purpose {
        set(&["syfte"], Val::text(input::text("--purpose", p)?));
    }
    if let Some(x) = &f.focus {
        set(
            &["inriktning"],
            Val::verbatim(input::choice("--focus", x, Focus::ALL)?),
        );
    }
    if !f.questions.is_empty() {
        let q = f
            .questions
            .iter()
            .map(|q| input::text("--question", q))
            .collect::<Result<Vec<_>>>()?;
        set(&["frågeställningar"], Val::block(q));
    }
    Ok(ops)
}

pub fn run(ctx: &Ctx, args: SetArgs) -> Result<ExitStatus> {
    let ops = field_ops(&args.fields)?;
    if ops.is_empty() {
        return Err(Error::msg(
            "ange vad som ska ändras: --purpose, --focus, --question, --leader, --occupation, --gender eller --benefit",
            "say what to change: --purpose, --focus, --question, --leader, --occupation, --gender or --benefit",
        ));
    }
    let mut e = editing::open(ctx, &args.plan)?;
    for op in ops {
        e.apply(op)?;
    }
    let pid = e.id();
    e.finish(
        ctx,
        (format!("Ändrade {pid}."), format!("Changed {pid}.")),
        None,
    )
}
