//! `sip responsible PLAN --party P [--person NAME]`: who holds the overall responsibility.

use crate::cli::args::ResponsibleArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Val, input, path};
use crate::error::Result;

pub fn run(ctx: &Ctx, args: ResponsibleArgs) -> Result<ExitStatus> {
    let mut e = editing::open(ctx, &args.plan)?;
    let allowed: Vec<(String, String)> = e
        .agreement()
        .map(|a| {
            a.parties
                .iter()
                .filter(|p| p.can_hold_overall)
                .map(|p| (p.id.clone(), format!("{} ({})", p.id, p.name)))
                .collect()
        })
        .unwrap_or_default();
    let party = prompt::pick(
        "--party",
        args.party,
        &t!(ctx.lang, "fraga-overgripande-ansvar"),
        &allowed,
        false,
    )?
    .unwrap_or_default();
    let party = input::party("--party", &party, e.agreement())?;
    if let Some(a) = e.agreement()
        && a.party(&party).is_some_and(|p| !p.can_hold_overall)
    {
        let ok: Vec<&str> = allowed.iter().map(|(id, _)| id.as_str()).collect();
        return Err(err!(
            "ansvar-far-inte",
            part = party,
            overenskommelse = a.id,
            tillatna = ok.join(", ")
        ));
    }
    e.apply(Op::Set {
        path: path(&["övergripande_ansvar", "part"]),
        value: Val::verbatim(&party),
    })?;
    if let Some(p) = args.person {
        e.apply(Op::Set {
            path: path(&["övergripande_ansvar", "person"]),
            value: Val::text(input::text("--person", &p)?),
        })?;
    }
    let pid = e.id();
    e.finish(ctx, msg!("ansvar-klart", plan_id = pid, part = party), None)
}
