//! L — regler ur lagen: planens fyra punkter (10 kap. 8 § socialtjänstlagen (2025:400),
//! 16 kap. 4 § hälso- och sjukvårdslagen (2017:30)), den enskildes deltagande (10 kap. 9 §),
//! samtycke och sekretess (OSL). Källorna citerar lagen i kraft; den tidigare 2 kap. 7 § SoL
//! (2001:453) nämns som "tidigare" för den som känner igen det gamla numret.

use crate::findings::{Code, Finding};
use crate::model::enums::{MeetingKind, ParticipantRole, Status};
use crate::model::personnummer::birthday;
use crate::model::plan::{Giver, same_name};
use crate::rules::agreement::birth_date;
use crate::rules::{PlanCtx, declare_rule};

fn not_draft(ctx: &PlanCtx<'_>) -> bool {
    ctx.plan.status().is_some_and(|s| s != Status::Draft)
}

declare_rule! {
    L001 NoInterventions
    fn check(ctx, out) {
        if not_draft(ctx) && ctx.plan.interventions.is_empty() {
            out.push(
                Finding::new(Code::L001, ctx.plan.interventions_key.unwrap_or(ctx.plan.root))
                    .label("inga insatser", "no interventions")
                    .help(format!("sip intervention add {} TEXT --party PART", ctx.plan.id_or_placeholder())),
            );
        }
    }
}

declare_rule! {
    L002 InterventionWithoutPrincipal
    fn check(ctx, out) {
        for i in ctx.plan.interventions.iter().filter(|i| i.principal.is_none()) {
            let id = i.id.as_ref().map_or("?", |s| s.value.as_str());
            out.push(
                Finding::new(Code::L002, i.span)
                    .arg("id", crate::privacy::elide(id))
                    .label("`huvudman` saknas", "`huvudman` is missing")
                    .help(format!("sip intervention set {} {} --party PART", ctx.plan.id_or_placeholder(), crate::privacy::elide(id))),
            );
        }
    }
}

declare_rule! {
    L003 MeasuresNotAddressed
    fn check(ctx, out) {
        if not_draft(ctx) && ctx.plan.measures.is_none() {
            out.push(
                Finding::new(Code::L003, ctx.plan.root)
                    .label("`åtgärder_av_andra` saknas", "`åtgärder_av_andra` is missing")
                    .help(format!("sip measure none {}", ctx.plan.id_or_placeholder())),
            );
        }
    }
}

declare_rule! {
    L004 MissingOverallResponsibility
    fn check(ctx, out) {
        let plan = ctx.plan;
        let help = || format!("sip responsible {} --party kommun", plan.id_or_placeholder());
        match plan.overall.as_ref().and_then(|o| o.party.as_ref()) {
            None if not_draft(ctx) => {
                let span = plan.overall.as_ref().map_or(plan.root, |o| o.key);
                out.push(
                    Finding::new(Code::L004, span)
                        .arg("detail", "")
                        .label("övergripande_ansvar saknas", "övergripande_ansvar is missing")
                        .help(help()),
                );
            }
            Some(party) => {
                let Some(agreement) = ctx.agreement else { return };
                if let Some(p) = agreement.party(&party.value) {
                    if !p.can_hold_overall {
                        out.push(
                            Finding::new(Code::L004, party.span)
                                .arg2(
                                    "detail",
                                    format!(": {} är inte en huvudman som kan ha det", p.name),
                                    format!(": {} is not a principal that can hold it", p.name),
                                )
                                .label("får inte ha det övergripande ansvaret", "may not hold overall responsibility")
                                .help(help()),
                        );
                    }
                }
            }
            None => {}
        }
    }
}

declare_rule! {
    L005 MissingConsent
    fn check(ctx, out) {
        let plan = ctx.plan;
        if plan.consent.is_some() {
            return;
        }
        let help = || format!(
            "sip consent {} --date DATUM --form skriftligt --parties kommun,region",
            plan.id_or_placeholder()
        );
        let status = plan.status().map_or("", Status::as_str);
        if not_draft(ctx) {
            out.push(
                Finding::new(Code::L005, plan.root)
                    .arg("status", status)
                    .arg("detail", "")
                    .label("`samtycke` saknas", "`samtycke` is missing")
                    .help(help()),
            );
            return;
        }
        // v3: a draft whose kallelse has gone out has already told another party about the
        // individual; the finding points at the first kallelse recorded.
        if !plan.is_draft() {
            return;
        }
        let first = plan
            .meetings
            .iter()
            .filter_map(|m| m.invitation_sent.as_ref())
            .min_by_key(|s| s.value);
        if let Some(sent) = first {
            out.push(
                Finding::new(Code::L005, sent.span)
                    .arg("status", status)
                    .arg2(
                        "detail",
                        ", fast en kallelse är registrerad som skickad",
                        ", though an invitation is recorded as sent",
                    )
                    .label("kallelsen gick ut utan samtycke", "the invitation went out without consent")
                    .help(help()),
            );
        }
    }
}

declare_rule! {
    L006 ConsentWithdrawn
    fn check(ctx, out) {
        let Some(withdrawn) = ctx.plan.consent.as_ref().and_then(|c| c.withdrawn.as_ref()) else { return };
        if ctx.plan.status() != Some(Status::Closed) {
            out.push(
                Finding::new(Code::L006, withdrawn.span)
                    .arg("date", withdrawn.value)
                    .help(format!(
                        "sip close {} --reason samtycke_återkallat --date {}",
                        ctx.plan.id_or_placeholder(),
                        withdrawn.value
                    )),
            );
        }
    }
}

declare_rule! {
    L007 PartyNotCoveredByConsent
    fn check(ctx, out) {
        let (Some(consent), Some(agreement)) = (&ctx.plan.consent, ctx.agreement) else { return };
        let note = || consent.parties_key.map(|_| {
            let list: Vec<&str> = consent.parties.iter().map(|p| p.value.as_str()).collect();
            list.join(", ")
        });
        // The role's words are written only for a finding.
        let mut report = |party: &crate::source::Spanned<String>, role: &dyn Fn() -> (String, String)| {
            if agreement.party(&party.value).is_none() || consent.covers(&party.value) {
                return;
            }
            let (sv, en) = role();
            let mut f = Finding::new(Code::L007, party.span)
                .arg("party", crate::privacy::elide(&party.value))
                .arg2("role", sv, en)
                .label("saknas i samtycke.parter", "missing from samtycke.parter");
            if let Some(list) = note() {
                f = f.note(format!("samtycket omfattar: {list}"), format!("the consent covers: {list}"));
            }
            out.push(f);
        };
        for i in &ctx.plan.interventions {
            if let Some(p) = &i.principal {
                let id = i.id.as_ref().map_or("?", |s| s.value.as_str());
                report(p, &|| (format!("ansvarar för insats {id}"), format!("is responsible for intervention {id}")));
            }
        }
        for m in &ctx.plan.meetings {
            for p in m.participants.iter().filter_map(|p| p.party.as_ref()) {
                report(p, &|| (format!("deltar i möte {}", m.id_str()), format!("takes part in meeting {}", m.id_str())));
            }
        }
        // v2: a copy of the plan goes only to a party the consent covers.
        for p in ctx.plan.copies.iter().filter_map(|c| c.party.as_ref()) {
            report(p, &|| ("får en kopia av planen".into(), "receives a copy of the plan".into()));
        }
    }
}

declare_rule! {
    L008 IndividualAbsent
    fn check(ctx, out) {
        for m in &ctx.plan.meetings {
            let initial = m.kind.as_ref().is_some_and(|k| k.value == MeetingKind::Initial);
            let present = m.participants.iter().any(|p| {
                matches!(
                    p.role.as_ref().map(|r| r.value),
                    Some(
                        ParticipantRole::Individual
                            | ParticipantRole::Representative
                            | ParticipantRole::Guardian
                    )
                )
            });
            if initial && m.is_held() && !present {
                out.push(
                    Finding::new(Code::L008, m.span)
                        .arg("id", crate::privacy::elide(m.id_str()))
                        .label("ingen deltagare med roll individen", "no participant with role individen"),
                );
            }
        }
    }
}

declare_rule! {
    L009 GuardiansNotAllNamed reads_personal
    fn check(ctx, out) {
        let plan = ctx.plan;
        let Some(consent) = &plan.consent else { return };
        let Some(on) = &consent.date else { return };
        let Some((birth, _)) = birth_date(ctx) else { return };
        let Some(adult) = birthday(birth, 18) else { return };
        if on.value >= adult || on.value < birth {
            return;
        }
        let at = consent.given_by_key.unwrap_or(consent.key);
        // v3: under 15 with no guardian named there is no valid consent at all (fel, as L005);
        // from 15 the child pleads their own cause under SoL (2025:400) 3 kap. 4 § (varning).
        let young = birthday(birth, 15).is_none_or(|fifteen| on.value < fifteen);
        let (age, severity_none) = if young {
            ("15", crate::findings::Severity::Error)
        } else {
            ("18", crate::findings::Severity::Warning)
        };
        let pid = plan.id_or_placeholder();
        let guardians: Vec<&str> = plan.individual.guardians().filter_map(|g| g.name_str()).collect();
        if guardians.is_empty() {
            let mut f = Finding::new(Code::L009, at)
                .arg("age", age)
                .arg2(
                    "problem",
                    "ingen vårdnadshavare är angiven under företrädare",
                    "no guardian is listed among the representatives",
                )
                .label("vem samtyckte?", "who consented?")
                .help(format!("sip representative add {pid} NAMN --role vårdnadshavare"));
            f.severity = severity_none;
            out.push(f);
            return;
        }
        let named = |g: &str| {
            consent
                .given_by
                .iter()
                .any(|x| matches!(&x.value, Giver::Name(n) if same_name(n, g)))
        };
        let missing: Vec<&str> = guardians.iter().copied().filter(|g| !named(g)).collect();
        if missing.is_empty() {
            return;
        }
        // Fel only when no guardian at all is named and the child was under 15.
        let severity = if missing.len() == guardians.len() {
            severity_none
        } else {
            crate::findings::Severity::Warning
        };
        let age = if severity == crate::findings::Severity::Error { "15" } else { "18" };
        let help = if guardians.len() == 1 {
            format!("sip consent {pid} --given-by NAMN")
        } else {
            format!("sip consent {pid} --given-by \"{}\"", vec!["NAMN"; guardians.len()].join(","))
        };
        let list = |and: &str| match missing.as_slice() {
            [one] => one.to_string(),
            [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
            [] => String::new(),
        };
        // Names stay out of the message (it goes to CI logs); the label names them.
        let (sv, en) = if guardians.len() == 1 {
            (
                "samtycket namnger inte vårdnadshavaren".to_string(),
                "the consent does not name the guardian".to_string(),
            )
        } else {
            (
                format!(
                    "samtycket namnger inte alla vårdnadshavare ({} av {} saknas)",
                    missing.len(),
                    guardians.len()
                ),
                format!(
                    "the consent does not name every guardian ({} of {} missing)",
                    missing.len(),
                    guardians.len()
                ),
            )
        };
        let mut f = Finding::new(Code::L009, at)
            .arg("age", age)
            .arg2("problem", sv, en)
            // No names: the human report may be a CI log (the plan names them).
            .label(
                "ange varje vårdnadshavare vid namn, som under individ.företrädare",
                "name each guardian, as under individ.företrädare",
            )
            .note(
                "har en vårdnadshavare ensam vårdnad anges bara den under företrädare",
                "where one guardian has sole custody, list only that one among the representatives",
            )
            .help(help);
        f.severity = severity;
        out.push(f);
    }
}

declare_rule! {
    L010 ObjectedRelativeTakesPart reads_personal
    fn check(ctx, out) {
        let plan = ctx.plan;
        if !plan.relatives.iter().any(|r| r.objected()) {
            return;
        }
        for m in plan.meetings.iter().filter(|m| !m.is_held()) {
            for p in &m.participants {
                let Some(name) = &p.name else { continue };
                if plan.relative_named(&name.value).is_some_and(|r| r.objected()) {
                    out.push(
                        Finding::new(Code::L010, name.span)
                            .arg("id", m.id_str())
                            .label(
                                "individen motsätter sig att hen deltar (får_delta: false)",
                                "the individual objects to their taking part (får_delta: false)",
                            )
                            .help(format!(
                                "sip meeting participant remove {} {} NAMN",
                                plan.id_or_placeholder(),
                                m.id_str()
                            )),
                    );
                }
            }
        }
    }
}

declare_rule! {
    L011 AdultWithoutOwnConsent reads_personal
    fn check(ctx, out) {
        let plan = ctx.plan;
        if !plan.is_active() {
            return;
        }
        let Some(consent) = &plan.consent else { return };
        let Some(on) = &consent.date else { return };
        if consent.given_by.is_empty() || consent.given_by_individual() {
            return;
        }
        let Some((birth, _)) = birth_date(ctx) else { return };
        let Some(adult) = birthday(birth, 18) else { return };
        if !(on.value < adult && adult <= ctx.today) {
            return;
        }
        let givers = |lang: crate::i18n::Lang| {
            let names: Vec<String> = consent
                .given_by
                .iter()
                .map(|g| match &g.value {
                    Giver::Role(r) => r.label(lang),
                    Giver::Name(n) => n.clone(),
                })
                .collect();
            match names.as_slice() {
                [init @ .., last] if !init.is_empty() => {
                    format!("{} {} {last}", init.join(", "), lang.pick("och", "and"))
                }
                _ => names.join(", "),
            }
        };
        out.push(
            // The birthday and the names stay out of the message (it goes to CI logs).
            Finding::new(Code::L011, consent.given_by_key.unwrap_or(consent.key))
                // Neither the givers' names nor the birthday: the report may be a CI log.
                .label(
                    "givet av andra; individen har fyllt 18 år sedan dess",
                    "given by others; the individual has turned 18 since",
                )
                .help(format!(
                    "sip consent {} --date DATUM --form skriftligt --given-by individen --parties PARTER",
                    plan.id_or_placeholder()
                )),
        );
    }
}
