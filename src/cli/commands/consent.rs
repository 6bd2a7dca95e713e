//! `sip consent PLAN --date D --form F --parties P,P …` / `sip consent PLAN --withdrawn D`:
//! record or withdraw the individual's consent; on a plan with consent, change only what is
//! given (`--add-party`, `--remove-party`, `--given-by A,B`, `--scope`, …).

use crate::cli::args::ConsentArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Val, input, path};
use crate::error::Result;
use crate::i18n::Msg;
use crate::model::agreement::Agreement;
use crate::model::enums::{ConsentForm, ConsentGiver};
use crate::model::plan::{Consent, parse_date, same_name};
use chrono::NaiveDate;

/// `samtycke.övriga` after `--add-other` and `--remove-other` (names compared as people write
/// them: case and spacing ignored).
fn others_after(old: &[String], add: &[String], remove: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = old.to_vec();
    for n in add {
        let n = input::text("--add-other", n)?;
        if !out.iter().any(|o| same_name(o, &n)) {
            out.push(n);
        }
    }
    for n in remove {
        let Some(i) = out.iter().position(|o| same_name(o, n)) else {
            return Err(if out.is_empty() {
                err!("samtycke-ovrig-saknas-inga", namn = n)
            } else {
                err!("samtycke-ovrig-saknas", namn = n, ovriga = out.join(", "))
            });
        };
        out.remove(i);
    }
    Ok(out)
}

fn set(e: &mut editing::Editing, key: &str, value: Val) -> Result<()> {
    e.apply(Op::Set {
        path: path(&["samtycke", key]),
        value,
    })
}

/// `--given-by`: individen, a role, or one of the individual's representatives (by name).
fn givers(e: &editing::Editing, given: &[String]) -> Result<Vec<String>> {
    let representatives: Vec<String> = e
        .plan
        .individual
        .representatives
        .iter()
        .filter_map(|r| r.name_str().map(str::to_string))
        .collect();
    let mut out = Vec::new();
    for g in given.iter().map(|g| g.trim()).filter(|g| !g.is_empty()) {
        if ConsentGiver::ALL.contains(&g) {
            out.push(g.to_string());
        } else if let Some(r) = representatives.iter().find(|r| same_name(r, g)) {
            out.push(r.clone());
        } else {
            let names = if representatives.is_empty() {
                msg!("samtycke-inga-foretradare")
            } else {
                msg!("samtycke-foretradarna", namn = representatives.join(", "))
            };
            return Err(err!(
                "samtycke-okand-givare",
                givare = g,
                roller = ConsentGiver::ALL[1..].join(", "),
                foretradare = names
            ));
        }
    }
    Ok(out)
}

/// `givet_av`: one giver as a plain value, several as a list.
fn given_val(g: Vec<String>) -> Val {
    if g.len() == 1 {
        Val::text(g[0].clone())
    } else {
        Val::flow(g)
    }
}

fn parties_of(list: &[String], flag: &str, agreement: Option<&Agreement>) -> Result<Vec<String>> {
    list.iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| input::party(flag, p, agreement))
        .collect()
}

/// The consent's own dates, checked: not in the future, valid until a day after it was given,
/// and after a withdrawal only a new consent (given after it).
struct Dates {
    /// `--date` as given (checked).
    date: Option<String>,
    /// The withdrawal a new consent replaces.
    renewed: Option<NaiveDate>,
    /// `giltigt_till` as it was.
    old_until: Option<NaiveDate>,
    /// The day the consent was given (new or as it was).
    given: Option<NaiveDate>,
}

fn dates(ctx: &Ctx, e: &editing::Editing, a: &ConsentArgs) -> Result<Dates> {
    let pid = e.id();
    let date = a
        .date
        .as_deref()
        .map(|d| input::date("--date", d))
        .transpose()?;
    if let Some(d) = date.as_deref().and_then(parse_date) {
        if d > ctx.today {
            return Err(err!(
                "samtycke-givet-efter-i-dag",
                datum = d.to_string(),
                i_dag = ctx.today.to_string()
            ));
        }
    }
    // A consent dated after the withdrawal is a new consent; anything else waits for closing.
    let renewed = match (e.withdrawn(), date.as_deref().and_then(parse_date)) {
        (Some(w), Some(d)) if d > w => Some(w),
        (Some(w), Some(d)) => {
            return Err(err!(
                "samtycke-nytt-fore-aterkallelsen",
                aterkallat = w.to_string(),
                datum = d.to_string(),
                plan_id = pid
            ));
        }
        _ => {
            e.refuse_withdrawn()?;
            None
        }
    };
    let old_until = e
        .plan
        .consent
        .as_ref()
        .and_then(|c| c.valid_until.as_ref())
        .map(|v| v.value);
    let given = date
        .as_deref()
        .and_then(parse_date)
        .or_else(|| e.plan.consent.as_ref()?.date.as_ref().map(|d| d.value));
    let until = a
        .valid_until
        .as_deref()
        .map(|v| input::date("--valid-until", v))
        .transpose()?
        .as_deref()
        .and_then(parse_date)
        .or(if renewed.is_some() { None } else { old_until });
    if let (Some(g), Some(u)) = (given, until) {
        if u < g {
            return Err(err!(
                "samtycke-giltigt-fore-givet",
                till = u.to_string(),
                givet = g.to_string()
            ));
        }
    }
    Ok(Dates {
        date,
        renewed,
        old_until,
        given,
    })
}

/// `--withdrawn DATE`: record the withdrawal (the plan is then closed with `sip close`).
fn withdraw(
    ctx: &Ctx,
    mut e: editing::Editing,
    w: &str,
    given: Option<NaiveDate>,
) -> Result<ExitStatus> {
    let w = input::date("--withdrawn", w)?;
    if let Some(day) = parse_date(&w) {
        if day > ctx.today {
            return Err(err!(
                "samtycke-aterkallat-efter-i-dag",
                datum = day.to_string(),
                i_dag = ctx.today.to_string()
            ));
        }
        if let Some(g) = given.filter(|g| day < *g) {
            return Err(err!(
                "samtycke-aterkallat-fore-givet",
                datum = day.to_string(),
                givet = g.to_string()
            ));
        }
    }
    if e.plan.consent.is_none() {
        return Err(err!("samtycke-inget-att-aterkalla", fil = e.file.display));
    }
    set(&mut e, "återkallat", Val::verbatim(&w))?;
    let done = msg!("samtycke-aterkallat", plan_id = e.id(), datum = w);
    e.finish(ctx, done, None)
}

pub fn run(ctx: &Ctx, a: ConsentArgs) -> Result<ExitStatus> {
    let e = editing::open_despite_withdrawal(ctx, &a.plan)?;
    let d = dates(ctx, &e, &a)?;
    if let Some(w) = &a.withdrawn {
        return withdraw(ctx, e, w, d.given);
    }
    match e.plan.consent.clone() {
        Some(old) => change(ctx, e, a, &old, d),
        None => record(ctx, e, a, d.date),
    }
}

/// A new consent after a withdrawal: the withdrawal goes, and the old validity unless a new
/// one is given. Says what was removed.
fn renew(e: &mut editing::Editing, a: &ConsentArgs, w: NaiveDate, d: &Dates) -> Result<Msg> {
    e.apply(Op::Remove {
        path: path(&["samtycke", "återkallat"]),
    })?;
    let dropped = match d.old_until {
        Some(u) if a.valid_until.is_none() => {
            e.apply(Op::Remove {
                path: path(&["samtycke", "giltigt_till"]),
            })?;
            msg!("samtycke-gammal-giltighet", datum = u.to_string())
        }
        _ => Msg::default(),
    };
    Ok(msg!(
        "samtycke-fornyat",
        plan_id = e.id(),
        datum = d.date.as_deref().unwrap_or(""),
        aterkallat = w.to_string(),
        gammal_giltighet = dropped
    ))
}

/// Set the consent's single values that are given; whether any was.
fn set_given_fields(e: &mut editing::Editing, a: &ConsentArgs, date: Option<&str>) -> Result<bool> {
    let mut changed = false;
    if let Some(d) = date {
        set(e, "datum", Val::verbatim(d))?;
        changed = true;
    }
    if let Some(f) = a.form {
        set(e, "form", Val::verbatim(f.as_str()))?;
        changed = true;
    }
    if !a.given_by.is_empty() {
        let g = givers(e, &a.given_by)?;
        set(e, "givet_av", given_val(g))?;
        changed = true;
    }
    if let Some(sc) = &a.scope {
        set(e, "omfattning", Val::text(input::text("--scope", sc)?))?;
        changed = true;
    }
    if let Some(d) = &a.documented_by {
        let d = input::text("--documented-by", d)?;
        set(e, "dokumenterat_av", Val::text(d))?;
        changed = true;
    }
    if let Some(v) = &a.valid_until {
        let v = input::date("--valid-until", v)?;
        set(e, "giltigt_till", Val::verbatim(v))?;
        changed = true;
    }
    Ok(changed)
}

/// The parties after `--parties`, `--add-party` and `--remove-party`; at least one.
fn parties_after(e: &editing::Editing, a: &ConsentArgs, old: &[String]) -> Result<Vec<String>> {
    let agreement = e.agreement();
    let mut parties: Vec<String> = if a.parties.is_empty() {
        old.to_vec()
    } else {
        parties_of(&a.parties, "--parties", agreement)?
    };
    for p in parties_of(&a.add_party, "--add-party", agreement)? {
        if !parties.contains(&p) {
            parties.push(p);
        }
    }
    for p in a
        .remove_party
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
    {
        let Some(i) = parties.iter().position(|x| x == p) else {
            return Err(err!(
                "samtycke-part-saknas",
                part = p,
                parter = parties.join(", ")
            ));
        };
        parties.remove(i);
    }
    if parties.is_empty() {
        return Err(err!("samtycke-minst-en-part"));
    }
    Ok(parties)
}

/// A plan with consent: change what is given, keep the rest.
fn change(
    ctx: &Ctx,
    mut e: editing::Editing,
    a: ConsentArgs,
    old: &Consent,
    d: Dates,
) -> Result<ExitStatus> {
    let renewal = match d.renewed {
        Some(w) => Some(renew(&mut e, &a, w, &d)?),
        None => None,
    };
    let mut changed = set_given_fields(&mut e, &a, d.date.as_deref())?;
    let old_parties: Vec<String> = old.parties.iter().map(|p| p.value.clone()).collect();
    let parties = parties_after(&e, &a, &old_parties)?;
    if parties != old_parties {
        set(&mut e, "parter", Val::flow(parties.clone()))?;
        changed = true;
    }
    let old_others: Vec<String> = old.others.iter().map(|o| o.value.clone()).collect();
    let others = others_after(&old_others, &a.add_other, &a.remove_other)?;
    if others != old_others {
        if others.is_empty() {
            e.apply(Op::Remove {
                path: path(&["samtycke", "övriga"]),
            })?;
        } else {
            set(&mut e, "övriga", Val::block(others.clone()))?;
        }
        changed = true;
    }
    if !changed
        && a.parties.is_empty()
        && a.add_party.is_empty()
        && a.remove_party.is_empty()
        && a.add_other.is_empty()
        && a.remove_other.is_empty()
    {
        return Err(err!("samtycke-inget-att-andra"));
    }
    let with = if others.is_empty() {
        Msg::default()
    } else {
        msg!("samtycke-med-ovriga", ovriga = others.join(", "))
    };
    let parties = parties.join(", ");
    let done = match renewal {
        Some(r) => msg!(
            "samtycke-fornyat-klart",
            fornyat = r,
            parter = parties,
            ovriga = with
        ),
        None => msg!(
            "samtycke-andrat",
            plan_id = e.id(),
            parter = parties,
            ovriga = with
        ),
    };
    e.finish(ctx, done, None)
}

/// A plan without consent: record one (asking on a terminal for what must be there).
fn record(
    ctx: &Ctx,
    mut e: editing::Editing,
    a: ConsentArgs,
    date: Option<String>,
) -> Result<ExitStatus> {
    let date = prompt::required("--date", date, &t!(ctx.lang, "fraga-samtycke-datum"))?;
    let date = input::date("--date", &date)?;
    if let Some(d) = parse_date(&date).filter(|d| *d > ctx.today) {
        return Err(err!(
            "samtycke-givet-efter-i-dag-kort",
            datum = d.to_string(),
            i_dag = ctx.today.to_string()
        ));
    }
    let others = others_after(&[], &a.add_other, &a.remove_other)?;
    let form =
        prompt::pick_value::<ConsentForm>("--form", a.form, &t!(ctx.lang, "fraga-samtycke-form"))?;
    let given_by = if a.given_by.is_empty() {
        let choices: Vec<(String, String)> = ConsentGiver::ALL
            .iter()
            .map(|g| (g.to_string(), g.replace('_', " ")))
            .collect();
        prompt::pick(
            "--given-by",
            None,
            &t!(ctx.lang, "fraga-samtycke-givet-av"),
            &choices,
            true,
        )?
        .map(|g| vec![g])
        .unwrap_or_default()
    } else {
        a.given_by.clone()
    };
    let given_by = givers(&e, &given_by)?;
    let documented_by = a
        .documented_by
        .or_else(|| e.plan.meeting_leader.as_ref().map(|s| s.value.clone()));
    let mut parties = a.parties;
    parties.extend(a.add_party.iter().cloned());
    if parties.iter().all(|p| p.trim().is_empty()) {
        let list = prompt::required("--parties", None, &t!(ctx.lang, "fraga-samtycke-parter"))?;
        parties = list.split(',').map(str::to_string).collect();
    }
    let mut parties = parties_of(&parties, "--parties", e.agreement())?;
    parties.dedup();
    let valid_until = a
        .valid_until
        .map(|d| input::date("--valid-until", &d))
        .transpose()?;
    let scope = a.scope.map(|s| input::text("--scope", &s)).transpose()?;

    set(&mut e, "datum", Val::verbatim(&date))?;
    set(&mut e, "form", Val::verbatim(form.as_str()))?;
    if !given_by.is_empty() {
        set(&mut e, "givet_av", given_val(given_by))?;
    }
    if let Some(s) = scope {
        set(&mut e, "omfattning", Val::text(s))?;
    }
    if let Some(d) = documented_by {
        set(&mut e, "dokumenterat_av", Val::text(d))?;
    }
    set(&mut e, "parter", Val::flow(parties.clone()))?;
    if let Some(v) = valid_until {
        if parse_date(&v).is_some_and(|u| parse_date(&date).is_some_and(|g| u < g)) {
            return Err(err!(
                "samtycke-giltigt-fore-givet-kort",
                till = v,
                givet = date
            ));
        }
        set(&mut e, "giltigt_till", Val::verbatim(v))?;
    }
    if !others.is_empty() {
        set(&mut e, "övriga", Val::block(others))?;
    }
    let done = msg!(
        "samtycke-registrerat",
        plan_id = e.id(),
        datum = date,
        form = form.to_string(),
        parter = parties.join(", ")
    );
    e.finish(ctx, done, None)
}
