//! The people around the plan and the individual's own part, by command: `sip representative`
//! (företrädare), `sip relative` (närstående), `sip own` (egna åtgärder) and `sip copy`
//! (kopia_till). People are named by name (case and spacing ignored); own actions by their
//! number in the list.

use crate::cli::args::{CopyCommand, OwnCommand, RelativeCommand, RepresentativeCommand};
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Seg, Val, input, path};
use crate::error::Result;
use crate::model::enums::RepresentativeRole;
use crate::model::plan::same_name;

fn at(keys: &[&str], i: usize) -> Vec<Seg> {
    let mut p = path(keys);
    p.push(Seg::Index(i));
    p
}

/// Whether the value at `keys` is written as one mapping (v1's single `företrädare`).
fn single_mapping(e: &editing::Editing, keys: &[&str]) -> bool {
    let Ok(Some(root)) = crate::yaml::parse(&e.doc.text) else {
        return false;
    };
    crate::edit::splice::find(&root, &path(keys)).is_some_and(|n| n.as_map().is_some())
}

/// The position of `name` among `names`, or an error listing who is there. `list` says which
/// list, for the message: `foretradare`, `narstaende` or `kopia`.
fn named(names: &[String], name: &str, list: &str) -> Result<usize> {
    names
        .iter()
        .position(|n| same_name(n, name))
        .ok_or_else(|| {
            if names.is_empty() {
                err!("personer-finns-inte-tom", namn = name, vilka = list)
            } else {
                err!(
                    "personer-finns-inte",
                    namn = name,
                    vilka = list,
                    finns = names.join(", ")
                )
            }
        })
}

pub fn representative(ctx: &Ctx, args: RepresentativeCommand) -> Result<ExitStatus> {
    const KEYS: &[&str] = &["individ", "företrädare"];
    match args {
        RepresentativeCommand::Add {
            plan,
            name,
            role,
            contact,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let name = input::text("NAMN", &name)?;
            let role = prompt::pick_value::<RepresentativeRole>(
                "--role",
                role,
                &t!(ctx.lang, "personer-fraga-roll"),
            )?;
            if let Some(n) = e
                .plan
                .individual
                .representatives
                .iter()
                .filter_map(|r| r.name_str())
                .find(|n| same_name(n, &name))
            {
                return Err(err!(
                    "personer-redan-foretradare",
                    namn = n,
                    plan_id = e.id()
                ));
            }
            if single_mapping(&e, KEYS) {
                return Err(err!("personer-foretradare-tabell", plan_id = e.id()));
            }
            let mut item = vec![
                ("namn", Val::text(&name)),
                ("roll", Val::verbatim(role.as_str())),
            ];
            if let Some(c) = contact {
                item.push(("kontakt", Val::text(input::text("--contact", &c)?)));
            }
            e.apply(Op::Append {
                path: path(KEYS),
                item: Val::map(item),
            })?;
            let pid = e.id();
            let role_text = role.as_str().replace('_', " ");
            e.finish(
                ctx,
                msg!(
                    "personer-foretradare-tillagd",
                    namn = name,
                    roll = role_text,
                    plan_id = pid
                ),
                None,
            )
        }
        RepresentativeCommand::Remove { plan, name } => {
            let mut e = editing::open(ctx, &plan)?;
            let names: Vec<String> = e
                .plan
                .individual
                .representatives
                .iter()
                .map(|r| r.name_str().unwrap_or("").to_string())
                .collect();
            let i = named(&names, &name, "foretradare")?;
            let p = if single_mapping(&e, KEYS) {
                path(KEYS)
            } else {
                at(KEYS, i)
            };
            e.apply(Op::Remove { path: p })?;
            let pid = e.id();
            let who = &names[i];
            e.finish(
                ctx,
                msg!("personer-foretradare-borttagen", namn = who, plan_id = pid),
                None,
            )
        }
    }
}

pub fn yes_no(flag: &str, s: &str) -> Result<bool> {
    match s.trim().to_lowercase().as_str() {
        "ja" | "j" | "yes" | "y" | "true" => Ok(true),
        "nej" | "n" | "no" | "false" => Ok(false),
        _ => Err(err!(
            "personer-varken-ja-eller-nej",
            flagga = flag,
            varde = s
        )),
    }
}

pub fn relative(ctx: &Ctx, args: RelativeCommand) -> Result<ExitStatus> {
    const KEYS: &[&str] = &["närstående"];
    let names = |e: &editing::Editing| -> Vec<String> {
        e.plan
            .relatives
            .iter()
            .map(|r| r.name.as_ref().map(|n| n.value.clone()).unwrap_or_default())
            .collect()
    };
    match args {
        RelativeCommand::Add {
            plan,
            name,
            relation,
            no_participation,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let name = input::text("NAMN", &name)?;
            if let Some(n) = names(&e).iter().find(|n| same_name(n, &name)) {
                return Err(err!(
                    "personer-redan-narstaende",
                    namn = n,
                    plan_id = e.id()
                ));
            }
            let mut item = vec![("namn", Val::text(&name))];
            if let Some(r) = relation {
                item.push(("relation", Val::text(input::text("--relation", &r)?)));
            }
            if no_participation {
                item.push(("får_delta", Val::verbatim("false")));
            }
            e.apply(Op::Append {
                path: path(KEYS),
                item: Val::map(item),
            })?;
            let pid = e.id();
            let added = if no_participation {
                msg!(
                    "personer-narstaende-tillagd-deltar-inte",
                    namn = name,
                    plan_id = pid
                )
            } else {
                msg!("personer-narstaende-tillagd", namn = name, plan_id = pid)
            };
            e.finish(ctx, added, None)
        }
        RelativeCommand::Set {
            plan,
            name,
            participation,
            relation,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let all = names(&e);
            let i = named(&all, &name, "narstaende")?;
            let mut sets = Vec::new();
            if let Some(r) = relation {
                sets.push(("relation", Val::text(input::text("--relation", &r)?)));
            }
            if let Some(p) = participation {
                let yes = yes_no("--participation", &p)?;
                sets.push((
                    "får_delta",
                    Val::verbatim(if yes { "true" } else { "false" }),
                ));
            }
            if sets.is_empty() {
                return Err(err!("personer-vad-andras"));
            }
            for (key, value) in sets {
                let mut p = at(KEYS, i);
                p.push(Seg::Key(key.into()));
                e.apply(Op::Set { path: p, value })?;
            }
            let pid = e.id();
            let who = &all[i];
            e.finish(
                ctx,
                msg!("personer-narstaende-andrad", namn = who, plan_id = pid),
                None,
            )
        }
        RelativeCommand::Remove { plan, name } => {
            let mut e = editing::open(ctx, &plan)?;
            let all = names(&e);
            let i = named(&all, &name, "narstaende")?;
            e.apply(Op::Remove { path: at(KEYS, i) })?;
            let pid = e.id();
            let who = &all[i];
            e.finish(
                ctx,
                msg!("personer-narstaende-borttagen", namn = who, plan_id = pid),
                None,
            )
        }
    }
}

pub fn own(ctx: &Ctx, args: OwnCommand) -> Result<ExitStatus> {
    const KEYS: &[&str] = &["egna_åtgärder"];
    match args {
        OwnCommand::Add { plan, text } => {
            let mut e = editing::open(ctx, &plan)?;
            let text = input::text("TEXT", &text)?;
            e.apply(Op::Append {
                path: path(KEYS),
                item: Val::map(vec![("beskrivning", Val::text(text))]),
            })?;
            let n = e.plan.own_actions.len() + 1;
            let pid = e.id();
            e.finish(
                ctx,
                msg!("personer-egen-atgard-tillagd", nummer = n, plan_id = pid),
                None,
            )
        }
        OwnCommand::Remove { plan, number } => {
            let mut e = editing::open(ctx, &plan)?;
            let n = e.plan.own_actions.len();
            if number == 0 || number > n {
                return Err(err!(
                    "personer-egen-atgard-finns-inte",
                    nummer = number,
                    plan_id = e.id(),
                    antal = n
                ));
            }
            e.apply(Op::Remove {
                path: at(KEYS, number - 1),
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                msg!(
                    "personer-egen-atgard-borttagen",
                    nummer = number,
                    plan_id = pid
                ),
                None,
            )
        }
    }
}

pub fn copy(ctx: &Ctx, args: CopyCommand) -> Result<ExitStatus> {
    const KEYS: &[&str] = &["kopia_till"];
    match args {
        CopyCommand::Add { plan, recipient } => {
            let mut e = editing::open(ctx, &plan)?;
            let (name, party) = match recipient.rsplit_once(':') {
                Some((n, p)) => (n.trim().to_string(), Some(p.trim().to_string())),
                None => (recipient.trim().to_string(), None),
            };
            let name = input::text("NAMN", &name)?;
            let mut item = vec![("namn", Val::text(&name))];
            if let Some(p) = party {
                let p = input::party("NAMN:PART", &p, e.agreement())?;
                item.push(("part", Val::verbatim(p)));
            }
            e.apply(Op::Append {
                path: path(KEYS),
                item: Val::map(item),
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                msg!("personer-kopia-tillagd", namn = name, plan_id = pid),
                None,
            )
        }
        CopyCommand::Remove { plan, name } => {
            let mut e = editing::open(ctx, &plan)?;
            let all: Vec<String> = e
                .plan
                .copies
                .iter()
                .map(|c| c.name.as_ref().map(|n| n.value.clone()).unwrap_or_default())
                .collect();
            let i = named(&all, &name, "kopia")?;
            e.apply(Op::Remove { path: at(KEYS, i) })?;
            let pid = e.id();
            let who = &all[i];
            e.finish(
                ctx,
                msg!("personer-kopia-borttagen", namn = who, plan_id = pid),
                None,
            )
        }
    }
}
