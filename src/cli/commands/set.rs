//! `sip set PLAN [--purpose …] [--focus …] [--question …]… …`: the plan's own fields; v2 also
//! the individual's name and personnummer, the agreement, the individual's own goal, the
//! background, who proposed the SIP, the discharge and the fasta vårdkontakt; v3 the child's own
//! views and tvångsvård (`--childs-views`, `--compulsory-care`); and `--clear KEY`
//! for any optional key of the plan format outside the lists.

use crate::cli::args::{PlanFields, SetArgs, SetFields};
use crate::cli::editing;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Seg, Val, input, path};
use crate::error::Result;
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
            return Err(
                match crate::model::load::did_you_mean(part, keys.iter().copied()) {
                    Some(d) => err!("andra-ingen-nyckel-menade", nyckel = key, forslag = d),
                    None => err!("andra-ingen-nyckel", nyckel = key),
                },
            );
        };
        let last = i + 1 == parts.len();
        match (&f.ty, last) {
            (Ty::Map(m), false) => map = m,
            (_, false) => {
                return Err(err!("andra-inga-nycklar-under", nyckel = part));
            }
            (_, true) => found = Some(f),
        }
    }
    let Some(f) = found else {
        return Err(err!("andra-ange-nyckel"));
    };
    if f.required {
        return Err(err!("andra-kravs", nyckel = key));
    }
    if matches!(f.ty, Ty::List(Ty::Map(_))) && parts.len() == 1 {
        return Err(err!("andra-lista", nyckel = key));
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
            return Err(err!(
                "ny-okand-overenskommelse",
                overenskommelse = a,
                finns = e.ws.agreement_ids().join(", ")
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
        return Err(err!(
            "andra-initierad-efter-i-dag",
            datum = day.to_string(),
            i_dag = ctx.today.to_string()
        ));
    }
    let p = &e.plan;
    let mut dated: Vec<(chrono::NaiveDate, crate::i18n::Msg)> = Vec::new();
    for m in &p.meetings {
        let id = m.id_str();
        if let Some(d) = m.date() {
            dated.push((d, msg!("andra-motet", mote_id = id)));
        }
        if let Some(k) = &m.invitation_sent {
            dated.push((k.value, msg!("andra-kallelsen", mote_id = id)));
        }
    }
    for g in &p.goals {
        if let (Some(id), Some(by)) = (&g.id, &g.by) {
            dated.push((by.value, msg!("andra-malet", mal_id = id.value)));
        }
    }
    if let Some((d, what)) = dated.into_iter().filter(|x| x.0 < day).min_by_key(|x| x.0) {
        return Err(err!(
            "andra-initierad-efter",
            datum = day.to_string(),
            efter = what,
            dag = d.to_string()
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
        return Err(err!("andra-inget-att-andra"));
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
    e.finish(ctx, msg!("andra-klart", plan_id = pid), None)
}
