//! `sip set PLAN [--purpose …] [--focus …] [--question …]… …`: the plan's own fields; v2 also
//! the individual's name and personnummer, the agreement, the individual's own goal, the
//! background, who proposed the SIP, the discharge and the fasta vårdkontakt; v3 the child's own
//! views and tvångsvård (`--childs-views`, `--compulsory-care`); and `--clear KEY`
//! for any optional key of the plan format outside the lists.

use crate::cli::args::{PlanFields, SetArgs, SetFields};
use crate::cli::editing;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Seg, Val, input, path};
use crate::error::{Error, Result};
use crate::model::schema::{self, MapSchema, Ty};

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
    if let Some(g) = f.gender {
        set(&["individ", "kön"], Val::verbatim(g.as_str()));
    }
    if let Some(o) = f.occupation {
        set(&["individ", "sysselsättning"], Val::verbatim(o.as_str()));
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
    if let Some(x) = f.focus {
        set(&["inriktning"], Val::verbatim(x.as_str()));
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

/// The path of an optional key outside the lists (`initiering.utskrivningsklar`), or why not.
fn clearable(key: &str) -> Result<Vec<Seg>> {
    let parts: Vec<&str> = key.trim().split('.').collect();
    let mut map: &MapSchema = &schema::PLAN;
    let mut found = None;
    for (i, part) in parts.iter().enumerate() {
        let Some(f) = map.field(part) else {
            let keys: Vec<&str> = map.fields.iter().map(|f| f.key).collect();
            let hint = crate::model::load::did_you_mean(part, keys.iter().copied())
                .map(|d| {
                    (
                        format!("; menade du `{d}`?"),
                        format!("; did you mean `{d}`?"),
                    )
                })
                .unwrap_or_default();
            return Err(Error::msg(
                format!("--clear: `{key}` är ingen nyckel i planformatet{}", hint.0),
                format!("--clear: `{key}` is not a key of the plan format{}", hint.1),
            ));
        };
        let last = i + 1 == parts.len();
        match (&f.ty, last) {
            (Ty::Map(m), false) => map = m,
            (_, false) => {
                return Err(Error::msg(
                    format!("--clear: `{part}` har inga nycklar under sig"),
                    format!("--clear: `{part}` has no keys below it"),
                ));
            }
            (_, true) => found = Some(f),
        }
    }
    let Some(f) = found else {
        return Err(Error::msg("--clear: ange en nyckel", "--clear: give a key"));
    };
    if f.required {
        return Err(Error::msg(
            format!("--clear: `{key}` krävs i varje plan och kan inte tas bort, bara ändras"),
            format!(
                "--clear: `{key}` is required in every plan and cannot be removed, only changed"
            ),
        ));
    }
    if matches!(f.ty, Ty::List(Ty::Map(_))) && parts.len() == 1 {
        return Err(Error::msg(
            format!(
                "--clear: `{key}` är en lista; ta bort en punkt i taget med kommandots `remove` (t.ex. `sip need remove PLAN B1`)"
            ),
            format!(
                "--clear: `{key}` is a list; remove one item at a time with the command's `remove` (e.g. `sip need remove PLAN B1`)"
            ),
        ));
    }
    Ok(path(&parts))
}

/// The v2 edits of `SetFields`, checked (the agreement against the folder's).
fn more_ops(e: &crate::cli::editing::Editing, ctx: &Ctx, f: &SetFields) -> Result<Vec<Op>> {
    let mut ops = Vec::new();
    let mut set = |keys: &[&str], value: Val| {
        ops.push(Op::Set {
            path: path(keys),
            value,
        })
    };
    if let Some(n) = &f.name {
        set(&["individ", "namn"], Val::text(input::text("--name", n)?));
    }
    if let Some(p) = &f.personnummer {
        let p = input::personnummer("--personnummer", p, ctx.today)?;
        set(&["individ", "personnummer"], Val::quoted(p));
    }
    if let Some(d) = &f.birth_date {
        set(
            &["individ", "födelsedatum"],
            Val::verbatim(input::date("--birth-date", d)?),
        );
    }
    if let Some(a) = &f.agreement {
        let a = a.trim();
        if e.ws.agreement(a).is_none() {
            return Err(Error::msg(
                format!(
                    "--agreement: okänd överenskommelse `{a}`; finns: {}",
                    e.ws.agreement_ids().join(", ")
                ),
                format!(
                    "--agreement: unknown agreement `{a}`; there are: {}",
                    e.ws.agreement_ids().join(", ")
                ),
            ));
        }
        set(&["överenskommelse"], Val::verbatim(a));
    }
    if let Some(b) = &f.background {
        set(&["bakgrund"], Val::text(input::text("--background", b)?));
    }
    if let Some(g) = &f.own_goal {
        set(
            &["individens_mål"],
            Val::text(input::text("--own-goal", g)?),
        );
    }
    if let Some(p) = &f.proposed_by {
        set(
            &["initiering", "föreslagen_av"],
            Val::text(input::text("--proposed-by", p)?),
        );
    }
    if let Some(d) = &f.discharge_ready {
        set(
            &["initiering", "utskrivningsklar"],
            Val::verbatim(input::date("--discharge-ready", d)?),
        );
    }
    if let Some(c) = &f.care_contact {
        set(
            &["initiering", "fast_vårdkontakt"],
            Val::text(input::text("--care-contact", c)?),
        );
    }
    if let Some(v) = &f.childs_views {
        set(
            &["barnets_synpunkter"],
            Val::text(input::text("--childs-views", v)?),
        );
    }
    // `ingen` removes the key (`run` does it with the other removals).
    if let Some(c) = f.compulsory_care.as_deref().filter(|c| *c != "ingen") {
        set(&["initiering", "tvångsvård"], Val::verbatim(c));
    }
    if let Some(l) = &f.interpreter {
        set(
            &["individ", "tolk"],
            Val::text(input::text("--interpreter", l)?),
        );
    }
    if let Some(p) = &f.protected {
        if super::people::yes_no("--protected", p)? {
            set(
                &["individ", "skyddade_personuppgifter"],
                Val::verbatim("true"),
            );
        }
    }
    if let Some(p) = &f.initiated_by {
        let p = input::party("--initiated-by", p, e.agreement())?;
        set(&["initiering", "part"], Val::verbatim(p));
    }
    if let Some(d) = &f.initiated {
        let d = input::date("--initiated", d)?;
        if let Some(day) = crate::model::plan::parse_date(&d) {
            initiated_fits(e, ctx, day)?;
        }
        set(&["initiering", "datum"], Val::verbatim(d));
    }
    Ok(ops)
}

/// A new initiation date must not lie after today, nor after a meeting, a kallelse or a goal
/// deadline already in the plan: those cannot come before the SIP was initiated.
fn initiated_fits(e: &editing::Editing, ctx: &Ctx, day: chrono::NaiveDate) -> Result<()> {
    if day > ctx.today {
        return Err(Error::msg(
            format!(
                "--initiated: planen kan inte ha initierats {day}, efter i dag ({})",
                ctx.today
            ),
            format!(
                "--initiated: the plan cannot have been initiated on {day}, after today ({})",
                ctx.today
            ),
        ));
    }
    let p = &e.plan;
    let mut dated: Vec<(chrono::NaiveDate, String, String)> = Vec::new();
    for m in &p.meetings {
        let id = m.id_str();
        if let Some(d) = m.date() {
            dated.push((d, format!("mötet {id}"), format!("meeting {id}")));
        }
        if let Some(k) = &m.invitation_sent {
            dated.push((
                k.value,
                format!("kallelsen till {id}"),
                format!("the invitation to {id}"),
            ));
        }
    }
    for g in &p.goals {
        if let (Some(id), Some(by)) = (&g.id, &g.by) {
            dated.push((
                by.value,
                format!("målet {}", id.value),
                format!("goal {}", id.value),
            ));
        }
    }
    if let Some((d, sv, en)) = dated.into_iter().filter(|x| x.0 < day).min_by_key(|x| x.0) {
        return Err(Error::msg(
            format!(
                "--initiated: planen kan inte ha initierats {day}, efter {sv} ({d}); ange rätt dag"
            ),
            format!(
                "--initiated: the plan cannot have been initiated on {day}, after {en} ({d}); give the right day"
            ),
        ));
    }
    Ok(())
}

pub fn run(ctx: &Ctx, args: SetArgs) -> Result<ExitStatus> {
    let mut ops = field_ops(&args.fields)?;
    let mut clears = args
        .more
        .clear
        .iter()
        .map(|k| clearable(k))
        .collect::<Result<Vec<_>>>()?;
    if args.more.compulsory_care.as_deref() == Some("ingen") {
        clears.push(path(&["initiering", "tvångsvård"]));
    }
    let mut e = editing::open(ctx, &args.plan)?;
    ops.extend(more_ops(&e, ctx, &args.more)?);
    if ops.is_empty() && clears.is_empty() && args.more.protected.is_none() {
        return Err(Error::msg(
            "ange vad som ska ändras: --name, --personnummer, --birth-date, --agreement, --purpose, --focus, --question, --leader, --occupation, --gender, --benefit, --background, --own-goal, --proposed-by, --discharge-ready, --care-contact, --childs-views, --compulsory-care, --interpreter, --protected, --initiated-by, --initiated eller --clear NYCKEL",
            "say what to change: --name, --personnummer, --birth-date, --agreement, --purpose, --focus, --question, --leader, --occupation, --gender, --benefit, --background, --own-goal, --proposed-by, --discharge-ready, --care-contact, --childs-views, --compulsory-care, --interpreter, --protected, --initiated-by, --initiated or --clear KEY",
        ));
    }
    // A personnummer replaces the birth date, and the other way round: a plan holds one.
    let has = |keys: &[&str]| -> bool {
        crate::yaml::parse(&e.doc.text)
            .ok()
            .flatten()
            .is_some_and(|r| crate::edit::splice::find(&r, &path(keys)).is_some())
    };
    let mut replaced = Vec::new();
    if let Some(p) = &args.more.protected {
        if !super::people::yes_no("--protected", p)? {
            // Not protected: the key goes (its absence says no).
            replaced.push(path(&["individ", "skyddade_personuppgifter"]));
        }
    }
    if args.more.personnummer.is_some() && has(&["individ", "födelsedatum"]) {
        replaced.push(path(&["individ", "födelsedatum"]));
    }
    if args.more.birth_date.is_some() && has(&["individ", "personnummer"]) {
        replaced.push(path(&["individ", "personnummer"]));
    }
    for op in ops {
        e.apply(op)?;
    }
    for p in replaced.into_iter().chain(clears) {
        let there = crate::yaml::parse(&e.doc.text)
            .ok()
            .flatten()
            .is_some_and(|r| crate::edit::splice::find(&r, &p).is_some());
        if there {
            e.apply(Op::Remove { path: p })?;
        }
    }
    let pid = e.id();
    e.finish(
        ctx,
        (format!("Ändrade {pid}."), format!("Changed {pid}.")),
        None,
    )
}
