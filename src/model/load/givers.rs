//! The check after the model is built: each `samtycke.givet_av` names someone who can consent.

use super::{FindingText, did_you_mean};
use crate::findings::{Code, Finding};
use crate::model::enums::ConsentGiver;
use crate::model::plan::{Giver, Plan, Representative, same_name};

/// S003 for a `samtycke.givet_av` item that is neither `individen`, a role, nor the name of a
/// person in `individ.företrädare` (a name that matches no one cannot say who consented).
pub(super) fn check_givers(plan: &Plan, findings: &mut Vec<Finding>) {
    let Some(consent) = &plan.consent else {
        return;
    };
    let names: Vec<&str> = plan
        .individual
        .representatives
        .iter()
        .filter_map(Representative::name_str)
        .collect();
    for g in &consent.given_by {
        let Giver::Name(name) = &g.value else {
            continue;
        };
        if names.iter().any(|n| same_name(n, name)) {
            continue;
        }
        // `givet_av` is personal: neither the value, nor the representatives' names, nor a
        // suggestion among them reaches the message (CI logs). Only a role is suggested.
        let roles = ConsentGiver::ALL.iter().copied();
        let hint = did_you_mean(name, roles)
            .map(|s| msg!("planfil-menade-du-tillagg", forslag = s))
            .unwrap_or_default();
        let roles = ConsentGiver::ALL[1..].join(", ");
        let problem = if names.is_empty() {
            msg!(
                "planfil-givare-utan-foretradare",
                roller = roles,
                forslag = hint
            )
        } else {
            msg!("planfil-givare", roller = roles, forslag = hint)
        };
        findings.push(
            Finding::new(Code::S003, g.span)
                .arg("key", "samtycke.givet_av")
                .problem(problem),
        );
    }
}
