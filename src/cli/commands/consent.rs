//! `sip consent PLAN --date D --form F --parties P,P …` / `sip consent PLAN --withdrawn D`:
//! record or withdraw the individual's consent.

use super::{editing, prompt};
use crate::cli::args::ConsentArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, input, path};
use crate::error::{Error, Result};
use crate::model::enums::{ConsentForm, ConsentGiver};

fn set(e: &mut editing::Editing, key: &str, value: Val) -> Result<()> {
    e.apply(Op::Set {
        path: path(&["samtycke", key]),
        value,
    })
}

pub fn run(ctx: &Ctx, a: ConsentArgs) -> Result<ExitStatus> {
    let mut e = editing::open(ctx, &a.plan)?;
    let pid = e.id();
    if let Some(w) = a.withdrawn {
        let w = input::date("--withdrawn", &w)?;
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
    let date = prompt::required("--date", a.date, "Dag då samtycket gavs (ÅÅÅÅ-MM-DD)")?;
    let date = input::date("--date", &date)?;
    let forms: Vec<(String, String)> = ConsentForm::ALL
        .iter()
        .map(|f| (f.to_string(), f.to_string()))
        .collect();
    let form = prompt::pick("--form", a.form, "Form", &forms, false)?.unwrap_or_default();
    let form = input::choice("--form", &form, ConsentForm::ALL)?;
    let givers: Vec<(String, String)> = ConsentGiver::ALL
        .iter()
        .map(|g| (g.to_string(), g.replace('_', " ")))
        .collect();
    let given_by = prompt::pick("--given-by", a.given_by, "Givet av", &givers, true)?
        .map(|g| input::choice("--given-by", &g, ConsentGiver::ALL))
        .transpose()?;
    let documented_by = a
        .documented_by
        .or_else(|| e.plan.meeting_leader.as_ref().map(|s| s.value.clone()));
    let mut parties = a.parties;
    if parties.iter().all(|p| p.trim().is_empty()) {
        let list = prompt::required("--parties", None, "Parter som omfattas (kommaseparerade)")?;
        parties = list.split(',').map(str::to_string).collect();
    }
    let parties = parties
        .iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| input::party("--parties", p, e.agreement()))
        .collect::<Result<Vec<_>>>()?;
    let valid_until = a
        .valid_until
        .map(|d| input::date("--valid-until", &d))
        .transpose()?;

    set(&mut e, "datum", Val::verbatim(&date))?;
    set(&mut e, "form", Val::verbatim(&form))?;
    if let Some(g) = given_by {
        set(&mut e, "givet_av", Val::verbatim(g))?;
    }
    if let Some(d) = documented_by {
        set(&mut e, "dokumenterat_av", Val::text(d))?;
    }
    set(&mut e, "parter", Val::flow(parties.clone()))?;
    if let Some(v) = valid_until {
        set(&mut e, "giltigt_till", Val::verbatim(v))?;
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
