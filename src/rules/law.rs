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
                    .label_msg(msg!("fynd-L001-etikett"))
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
                    .label_msg(msg!("fynd-L002-etikett"))
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
                    .label_msg(msg!("fynd-L003-etikett"))
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
                        .label_msg(msg!("fynd-L004-etikett"))
                        .help(help()),
                );
            }
            Some(party) => {
                let Some(agreement) = ctx.agreement else { return };
                if let Some(p) = agreement.party(&party.value) {
                    if !p.can_hold_overall {
                        out.push(
                            Finding::new(Code::L004, party.span)
                                .arg_msg("detail", msg!("fynd-L004-inte-huvudman", part = p.name))
                                .label_msg(msg!("fynd-L004-inte-huvudman-etikett"))
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
                    .label_msg(msg!("fynd-L005-etikett"))
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
                    .arg_msg("detail", msg!("fynd-L005-kallelse-skickad"))
                    .label_msg(msg!("fynd-L005-kallelse-skickad-etikett"))
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
        let mut report = |party: &crate::source::Spanned<String>, role: &dyn Fn() -> crate::i18n::Msg| {
            if agreement.party(&party.value).is_none() || consent.covers(&party.value) {
                return;
            }
            let mut f = Finding::new(Code::L007, party.span)
                .arg("party", crate::privacy::elide(&party.value))
                .arg_msg("role", role())
                .label_msg(msg!("fynd-L007-etikett"));
            if let Some(list) = note() {
                f = f.note_msg(msg!("fynd-L007-not", parter = list));
            }
            out.push(f);
        };
        for i in &ctx.plan.interventions {
            if let Some(p) = &i.principal {
                let id = i.id.as_ref().map_or("?", |s| s.value.as_str());
                report(p, &|| msg!("fynd-L007-ansvarar-for-insats", id = id));
            }
        }
        for m in &ctx.plan.meetings {
            for p in m.participants.iter().filter_map(|p| p.party.as_ref()) {
                report(p, &|| msg!("fynd-L007-deltar-i-mote", id = m.id_str()));
            }
        }
        // v2: a copy of the plan goes only to a party the consent covers.
        for p in ctx.plan.copies.iter().filter_map(|c| c.party.as_ref()) {
            report(p, &|| msg!("fynd-L007-far-kopia"));
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
                        .label_msg(msg!("fynd-L008-etikett")),
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
                .arg_msg("problem", msg!("fynd-L009-ingen-vardnadshavare"))
                .label_msg(msg!("fynd-L009-ingen-vardnadshavare-etikett"))
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
        // Names stay out of the message (it goes to CI logs); the label names them.
        let problem = msg!(
            "fynd-L009-inte-namngivna",
            saknas = missing.len(),
            vardnadshavare = guardians.len(),
        );
        let mut f = Finding::new(Code::L009, at)
            .arg("age", age)
            .arg_msg("problem", problem)
            // No names: the human report may be a CI log (the plan names them).
            .label_msg(msg!("fynd-L009-inte-namngivna-etikett"))
            .note_msg(msg!("fynd-L009-inte-namngivna-not"))
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
                            .label_msg(msg!("fynd-L010-etikett"))
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
        out.push(
            // The birthday and the names stay out of the message (it goes to CI logs).
            Finding::new(Code::L011, consent.given_by_key.unwrap_or(consent.key))
                // Neither the givers' names nor the birthday: the report may be a CI log.
                .label_msg(msg!("fynd-L011-etikett"))
                .help(format!(
                    "sip consent {} --date DATUM --form skriftligt --given-by individen --parties PARTER",
                    plan.id_or_placeholder()
                )),
        );
    }
}
