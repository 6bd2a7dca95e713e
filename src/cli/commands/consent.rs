//! `sip consent PLAN --date D --form F --parties P,P …` / `sip consent PLAN --withdrawn D`:
//! record or withdraw the individual's consent; on a plan with consent, change only what is
//! given (`--add-party`, `--remove-party`, `--given-by A,B`, `--scope`, …).

use crate::cli::args::ConsentArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Val, input, path};
use crate::error::{Error, Result};
use crate::model::enums::{ConsentForm, ConsentGiver};
use crate::model::plan::{parse_date, same_name};

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
            return Err(Error::msg(
                format!(
                    "--remove-other: `{n}` omfattas inte av samtycket (övriga: {})",
                    if out.is_empty() {
                        "inga".to_string()
                    } else {
                        out.join(", ")
                    }
                ),
                format!(
                    "--remove-other: `{n}` is not covered by the consent (others: {})",
                    if out.is_empty() {
                        "none".to_string()
                    } else {
                        out.join(", ")
                    }
                ),
            ));
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

pub fn run(ctx: &Ctx, a: ConsentArgs) -> Result<ExitStatus> {
    let mut e = editing::open_despite_withdrawal(ctx, &a.plan)?;
    let pid = e.id();
    // The consent's own dates: not in the future, and valid until a day after it was given.
    let date = a
        .date
        .as_deref()
        .map(|d| input::date("--date", d))
        .transpose()?;
    if let Some(d) = date.as_deref().and_then(parse_date) {
        if d > ctx.today {
            return Err(Error::msg(
                format!(
                    "--date: samtycket kan inte ha getts {d}, efter i dag ({}); registrera det när det har getts",
                    ctx.today
                ),
                format!(
                    "--date: the consent cannot have been given on {d}, after today ({}); record it once it has been given",
                    ctx.today
                ),
            ));
        }
    }
    // A consent dated after the withdrawal is a new consent; anything else waits for closing.
    let renewed = match (e.withdrawn(), date.as_deref().and_then(parse_date)) {
        (Some(w), Some(d)) if d > w => Some(w),
        (Some(w), Some(d)) => {
            return Err(Error::msg(
                format!(
                    "--date: samtycket återkallades {w}; ett nytt samtycke måste ha getts efter det, inte {d}. Avsluta annars planen med `sip close {pid} --reason samtycke_återkallat`"
                ),
                format!(
                    "--date: the consent was withdrawn on {w}; a new consent must have been given after that, not on {d}. Otherwise close the plan with `sip close {pid} --reason samtycke_återkallat`"
                ),
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
            return Err(Error::msg(
                format!(
                    "--valid-until: samtycket kan inte gälla till {u}, före dagen då det gavs ({g}); ange sista dagen det gäller"
                ),
                format!(
                    "--valid-until: the consent cannot be valid until {u}, before the day it was given ({g}); give the last day it is valid"
                ),
            ));
        }
    }
    if let Some(w) = a.withdrawn {
        let w = input::date("--withdrawn", &w)?;
        if let Some(day) = parse_date(&w) {
            if day > ctx.today {
                return Err(Error::msg(
                    format!(
                        "--withdrawn: samtycket kan inte ha återkallats {day}, efter i dag ({}); registrera det när det har återkallats",
                        ctx.today
                    ),
                    format!(
                        "--withdrawn: the consent cannot have been withdrawn on {day}, after today ({}); record it once it has been withdrawn",
                        ctx.today
                    ),
                ));
            }
            if let Some(g) = given.filter(|g| day < *g) {
                return Err(Error::msg(
                    format!(
                        "--withdrawn: samtycket kan inte ha återkallats {day}, före dagen då det gavs ({g})"
                    ),
                    format!(
                        "--withdrawn: the consent cannot have been withdrawn on {day}, before the day it was given ({g})"
                    ),
                ));
            }
        }
        if e.plan.consent.is_none() {
            return Err(Error::msg(
                format!("{} har inget samtycke att återkalla", e.file.display),
                format!("{} has no consent to withdraw", e.file.display),
            ));
        }
        set(&mut e, "återkallat", Val::verbatim(&w))?;
        return e.finish(
            ctx,
            (
                format!("Samtycket i {pid} återkallades {w}. Avsluta planen med `sip close {pid} --reason samtycke_återkallat`."),
                format!("The consent in {pid} was withdrawn on {w}. Close the plan with `sip close {pid} --reason samtycke_återkallat`."),
            ),
            None,
        );
    }
    let representatives: Vec<String> = e
        .plan
        .individual
        .representatives
        .iter()
        .filter_map(|r| r.name_str().map(str::to_string))
        .collect();
    let givers = |given: &[String]| -> Result<Vec<String>> {
        let mut out = Vec::new();
        for g in given.iter().map(|g| g.trim()).filter(|g| !g.is_empty()) {
            if ConsentGiver::ALL.contains(&g) {
                out.push(g.to_string());
            } else if let Some(r) = representatives.iter().find(|r| same_name(r, g)) {
                out.push(r.clone());
            } else {
                let names = if representatives.is_empty() {
                    (
                        "planen har inga företrädare".to_string(),
                        "the plan has no representatives".to_string(),
                    )
                } else {
                    (
                        format!("företrädarna är {}", representatives.join(", ")),
                        format!("the representatives are {}", representatives.join(", ")),
                    )
                };
                return Err(Error::msg(
                    format!(
                        "--given-by: `{g}` är varken individen, en roll ({}) eller en av individens företrädare ({}); lägg till en företrädare med `sip representative add`",
                        ConsentGiver::ALL[1..].join(", "),
                        names.0
                    ),
                    format!(
                        "--given-by: `{g}` is neither individen, a role ({}) nor one of the individual's representatives ({}); add one with `sip representative add`",
                        ConsentGiver::ALL[1..].join(", "),
                        names.1
                    ),
                ));
            }
        }
        Ok(out)
    };
    let given_val = |g: Vec<String>| {
        if g.len() == 1 {
            Val::text(g[0].clone())
        } else {
            Val::flow(g)
        }
    };
    let parties_of = |list: &[String], flag: &str, agreement| -> Result<Vec<String>> {
        list.iter()
            .filter(|p| !p.trim().is_empty())
            .map(|p| input::party(flag, p, agreement))
            .collect()
    };

    if let Some(old) = e.plan.consent.clone() {
        // Change what is given, keep the rest.
        let mut changed_sv = Vec::new();
        let mut changed_en = Vec::new();
        let mut renewal = (String::new(), String::new());
        if let Some(w) = renewed {
            e.apply(Op::Remove {
                path: path(&["samtycke", "återkallat"]),
            })?;
            let dropped = match old_until {
                Some(u) if a.valid_until.is_none() => {
                    e.apply(Op::Remove {
                        path: path(&["samtycke", "giltigt_till"]),
                    })?;
                    (
                        format!(" och den gamla giltighetstiden (till {u})"),
                        format!(" and the old validity (until {u})"),
                    )
                }
                _ => Default::default(),
            };
            renewal = (
                format!(
                    "Nytt samtycke i {pid}, givet {}: återkallelsen {w}{} togs bort",
                    date.as_deref().unwrap_or(""),
                    dropped.0
                ),
                format!(
                    "New consent in {pid}, given on {}: the withdrawal of {w}{} was removed",
                    date.as_deref().unwrap_or(""),
                    dropped.1
                ),
            );
        }
        if let Some(d) = &date {
            set(&mut e, "datum", Val::verbatim(d))?;
            changed_sv.push("datum");
            changed_en.push("date");
        }
        if let Some(f) = a.form {
            set(&mut e, "form", Val::verbatim(f.as_str()))?;
            changed_sv.push("form");
            changed_en.push("form");
        }
        if !a.given_by.is_empty() {
            let g = givers(&a.given_by)?;
            set(&mut e, "givet_av", given_val(g))?;
            changed_sv.push("vem som gav det");
            changed_en.push("who gave it");
        }
        if let Some(sc) = &a.scope {
            set(&mut e, "omfattning", Val::text(input::text("--scope", sc)?))?;
            changed_sv.push("omfattning");
            changed_en.push("scope");
        }
        if let Some(d) = &a.documented_by {
            set(
                &mut e,
                "dokumenterat_av",
                Val::text(input::text("--documented-by", d)?),
            )?;
            changed_sv.push("vem som dokumenterade");
            changed_en.push("who documented it");
        }
        if let Some(v) = &a.valid_until {
            set(
                &mut e,
                "giltigt_till",
                Val::verbatim(input::date("--valid-until", v)?),
            )?;
            changed_sv.push("giltighet");
            changed_en.push("validity");
        }
        let agreement = e.agreement().cloned();
        let mut parties: Vec<String> = if a.parties.is_empty() {
            old.parties.iter().map(|p| p.value.clone()).collect()
        } else {
            parties_of(&a.parties, "--parties", agreement.as_ref())?
        };
        for p in parties_of(&a.add_party, "--add-party", agreement.as_ref())? {
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
                return Err(Error::msg(
                    format!(
                        "--remove-party: `{p}` omfattas inte av samtycket (parter: {})",
                        parties.join(", ")
                    ),
                    format!(
                        "--remove-party: `{p}` is not covered by the consent (parties: {})",
                        parties.join(", ")
                    ),
                ));
            };
            parties.remove(i);
        }
        if parties.is_empty() {
            return Err(Error::msg(
                "samtycket måste omfatta minst en part; återkalla det i stället med --withdrawn",
                "the consent must cover at least one party; withdraw it instead with --withdrawn",
            ));
        }
        let old_parties: Vec<String> = old.parties.iter().map(|p| p.value.clone()).collect();
        if parties != old_parties {
            set(&mut e, "parter", Val::flow(parties.clone()))?;
            changed_sv.push("parter");
            changed_en.push("parties");
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
            changed_sv.push("övriga");
            changed_en.push("others");
        }
        if changed_sv.is_empty()
            && a.parties.is_empty()
            && a.add_party.is_empty()
            && a.remove_party.is_empty()
            && a.add_other.is_empty()
            && a.remove_other.is_empty()
        {
            return Err(Error::msg(
                "ange vad som ska ändras i samtycket: --date, --form, --given-by, --scope, --parties, --add-party, --remove-party, --add-other, --remove-other, --documented-by, --valid-until eller --withdrawn",
                "say what to change in the consent: --date, --form, --given-by, --scope, --parties, --add-party, --remove-party, --add-other, --remove-other, --documented-by, --valid-until or --withdrawn",
            ));
        }
        let (with_sv, with_en) = if others.is_empty() {
            (String::new(), String::new())
        } else {
            (
                format!("; övriga: {}", others.join(", ")),
                format!("; others: {}", others.join(", ")),
            )
        };
        let done = if renewed.is_some() {
            (
                format!("{} (parter: {}{with_sv}).", renewal.0, parties.join(", ")),
                format!("{} (parties: {}{with_en}).", renewal.1, parties.join(", ")),
            )
        } else {
            (
                format!(
                    "Samtycket i {pid} ändrat (parter: {}{with_sv}).",
                    parties.join(", ")
                ),
                format!(
                    "Consent in {pid} changed (parties: {}{with_en}).",
                    parties.join(", ")
                ),
            )
        };
        return e.finish(ctx, done, None);
    }

    let date = prompt::required("--date", date, "Dag då samtycket gavs (ÅÅÅÅ-MM-DD)")?;
    let date = input::date("--date", &date)?;
    if let Some(d) = parse_date(&date).filter(|d| *d > ctx.today) {
        return Err(Error::msg(
            format!(
                "--date: samtycket kan inte ha getts {d}, efter i dag ({})",
                ctx.today
            ),
            format!(
                "--date: the consent cannot have been given on {d}, after today ({})",
                ctx.today
            ),
        ));
    }
    let others = others_after(&[], &a.add_other, &a.remove_other)?;
    let form = prompt::pick_value::<ConsentForm>("--form", a.form, "Form")?;
    let given_by = if a.given_by.is_empty() {
        let choices: Vec<(String, String)> = ConsentGiver::ALL
            .iter()
            .map(|g| (g.to_string(), g.replace('_', " ")))
            .collect();
        prompt::pick("--given-by", None, "Givet av", &choices, true)?
            .map(|g| vec![g])
            .unwrap_or_default()
    } else {
        a.given_by.clone()
    };
    let given_by = givers(&given_by)?;
    let documented_by = a
        .documented_by
        .or_else(|| e.plan.meeting_leader.as_ref().map(|s| s.value.clone()));
    let mut parties = a.parties;
    parties.extend(a.add_party.iter().cloned());
    if parties.iter().all(|p| p.trim().is_empty()) {
        let list = prompt::required("--parties", None, "Parter som omfattas (kommaseparerade)")?;
        parties = list.split(',').map(str::to_string).collect();
    }
    let agreement = e.agreement().cloned();
    let mut parties = parties_of(&parties, "--parties", agreement.as_ref())?;
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
            return Err(Error::msg(
                format!(
                    "--valid-until: samtycket kan inte gälla till {v}, före dagen då det gavs ({date})"
                ),
                format!(
                    "--valid-until: the consent cannot be valid until {v}, before the day it was given ({date})"
                ),
            ));
        }
        set(&mut e, "giltigt_till", Val::verbatim(v))?;
    }
    if !others.is_empty() {
        set(&mut e, "övriga", Val::block(others))?;
    }
    e.finish(
        ctx,
        (
            format!(
                "Samtycke registrerat i {pid} ({date}, {form}; parter: {}).",
                parties.join(", ")
            ),
            format!(
                "Consent recorded in {pid} ({date}, {form}; parties: {}).",
                parties.join(", ")
            ),
        ),
        None,
    )
}
