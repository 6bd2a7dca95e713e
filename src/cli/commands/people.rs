//! The people around the plan and the individual's own part, by command: `sip representative`
//! (företrädare), `sip relative` (närstående), `sip own` (egna åtgärder) and `sip copy`
//! (kopia_till). People are named by name (case and spacing ignored); own actions by their
//! number in the list.

use crate::cli::args::{CopyCommand, OwnCommand, RelativeCommand, RepresentativeCommand};
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Seg, Val, input, path};
use crate::error::{Error, Result};
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

/// The position of `name` among `names`, or an error listing who is there.
fn named(names: &[String], name: &str, what: (&str, &str)) -> Result<usize> {
    names
        .iter()
        .position(|n| same_name(n, name))
        .ok_or_else(|| {
            let there = if names.is_empty() {
                ("där finns ingen".to_string(), "there is nobody".to_string())
            } else {
                (
                    format!("där finns {}", names.join(", ")),
                    format!("there are {}", names.join(", ")),
                )
            };
            Error::msg(
                format!("`{name}` finns inte bland {} ({})", what.0, there.0),
                format!("`{name}` is not among the {} ({})", what.1, there.1),
            )
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
            let role = prompt::pick_value::<RepresentativeRole>("--role", role, "Roll")?;
            if let Some(n) = e
                .plan
                .individual
                .representatives
                .iter()
                .filter_map(|r| r.name_str())
                .find(|n| same_name(n, &name))
            {
                return Err(Error::msg(
                    format!("{n} är redan företrädare i {}", e.id()),
                    format!("{n} is already a representative in {}", e.id()),
                ));
            }
            if single_mapping(&e, KEYS) {
                return Err(Error::msg(
                    format!(
                        "företrädaren i {} är skriven som en enda tabell (planformat 1); kör `sip fmt {}` först, så skrivs den som en lista",
                        e.id(),
                        e.id()
                    ),
                    format!(
                        "the representative in {} is written as a single mapping (plan format 1); run `sip fmt {}` first to write it as a list",
                        e.id(),
                        e.id()
                    ),
                ));
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
                (
                    format!("Lade till {name} ({role_text}) som företrädare i {pid}."),
                    format!("Added {name} ({role_text}) as a representative in {pid}."),
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
            let i = named(&names, &name, ("företrädarna", "representatives"))?;
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
                (
                    format!("Tog bort {who} som företrädare i {pid}."),
                    format!("Removed {who} as a representative in {pid}."),
                ),
                None,
            )
        }
    }
}

pub fn yes_no(flag: &str, s: &str) -> Result<bool> {
    match s.trim().to_lowercase().as_str() {
        "ja" | "j" | "yes" | "y" | "true" => Ok(true),
        "nej" | "n" | "no" | "false" => Ok(false),
        _ => Err(Error::msg(
            format!("{flag}: `{s}` är varken ja eller nej"),
            format!("{flag}: `{s}` is neither yes nor no"),
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
                return Err(Error::msg(
                    format!(
                        "{n} är redan närstående i {}; ändra med `sip relative set`",
                        e.id()
                    ),
                    format!(
                        "{n} is already a relative in {}; change with `sip relative set`",
                        e.id()
                    ),
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
            let (note_sv, note_en) = if no_participation {
                (
                    " Individen vill inte att hen deltar; bjud inte in hen till mötena.",
                    " The individual does not want them to take part; do not invite them to the meetings.",
                )
            } else {
                ("", "")
            };
            e.finish(
                ctx,
                (
                    format!("Lade till {name} som närstående i {pid}.{note_sv}"),
                    format!("Added {name} as a relative in {pid}.{note_en}"),
                ),
                None,
            )
        }
        RelativeCommand::Set {
            plan,
            name,
            participation,
            relation,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let all = names(&e);
            let i = named(&all, &name, ("de närstående", "relatives"))?;
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
                return Err(Error::msg(
                    "ange vad som ska ändras: --participation ja|nej eller --relation",
                    "say what to change: --participation yes|no or --relation",
                ));
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
                (
                    format!("Ändrade närstående {who} i {pid}."),
                    format!("Changed relative {who} in {pid}."),
                ),
                None,
            )
        }
        RelativeCommand::Remove { plan, name } => {
            let mut e = editing::open(ctx, &plan)?;
            let all = names(&e);
            let i = named(&all, &name, ("de närstående", "relatives"))?;
            e.apply(Op::Remove { path: at(KEYS, i) })?;
            let pid = e.id();
            let who = &all[i];
            e.finish(
                ctx,
                (
                    format!("Tog bort {who} som närstående i {pid}."),
                    format!("Removed {who} as a relative in {pid}."),
                ),
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
                (
                    format!("Lade till egen åtgärd {n} i {pid}."),
                    format!("Added own action {n} to {pid}."),
                ),
                None,
            )
        }
        OwnCommand::Remove { plan, number } => {
            let mut e = editing::open(ctx, &plan)?;
            let n = e.plan.own_actions.len();
            if number == 0 || number > n {
                return Err(Error::msg(
                    format!(
                        "egen åtgärd {number} finns inte i {} (den har {n}); `sip show {}` visar dem numrerade",
                        e.id(),
                        e.id()
                    ),
                    format!(
                        "own action {number} is not in {} (it has {n}); `sip show {}` numbers them",
                        e.id(),
                        e.id()
                    ),
                ));
            }
            e.apply(Op::Remove {
                path: at(KEYS, number - 1),
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                (
                    format!("Tog bort egen åtgärd {number} ur {pid}."),
                    format!("Removed own action {number} from {pid}."),
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
                (
                    format!("{name} får en kopia av {pid}."),
                    format!("{name} receives a copy of {pid}."),
                ),
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
            let i = named(&all, &name, ("mottagarna av kopior", "copy recipients"))?;
            e.apply(Op::Remove { path: at(KEYS, i) })?;
            let pid = e.id();
            let who = &all[i];
            e.finish(
                ctx,
                (
                    format!("{who} får inte längre någon kopia av {pid}."),
                    format!("{who} no longer receives a copy of {pid}."),
                ),
                None,
            )
        }
    }
}
