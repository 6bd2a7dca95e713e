//! A — regler ur den lokala överenskommelsen: giltighet, målgrupp, vem som får kalla och ha
//! insatser, kallelsens framförhållning och innehåll, digitala möten.
//!
//! Alla regler här hoppas över när planens överenskommelse är okänd (S005). Under varje fynd
//! nämns den överenskommelse planen följer vid namn (`rules::run`).

use chrono::NaiveDate;

use crate::findings::{Code, Finding};
use crate::model::agreement::NoticeShortfall;
use crate::model::enums::Status;
use crate::model::personnummer::{Personnummer, age_on};
use crate::rules::{PlanCtx, declare_rule, plan_party_refs};
use crate::source::Span;

/// The individual's birth date and where it is written: from a valid personnummer, else
/// `födelsedatum`.
pub fn birth_date(ctx: &PlanCtx<'_>) -> Option<(NaiveDate, Span)> {
    let ind = &ctx.plan.individual;
    if let Some(p) = &ind.personnummer {
        if let Ok(pnr) = Personnummer::parse(&p.value, ctx.today) {
            return Some((pnr.birth_date, p.span));
        }
    }
    ind.birth_date.as_ref().map(|d| (d.value, d.span))
}

/// The help under A002–A004: the plan may move to an agreement whose target group it is in.
fn other_agreement(ctx: &PlanCtx<'_>) -> String {
    format!(
        "sip set {} --agreement ÖVERENSKOMMELSE",
        ctx.plan.id_or_placeholder()
    )
}

declare_rule! {
    A001 OutsideValidity
    fn check(ctx, out) {
        let (Some(a), Some(date)) = (ctx.agreement, &ctx.plan.initiation.date) else { return };
        if !a.is_valid_on(date.value) {
            let period = format!(
                "{}–{}",
                a.valid_from.map(|d| d.to_string()).unwrap_or_default(),
                a.valid_to.map(|d| d.to_string()).unwrap_or_default()
            );
            out.push(Finding::new(Code::A001, date.span).arg("date", date.value).arg("period", period));
        }
    }
}

declare_rule! {
    A002 AgeOutsideTargetGroup reads_personal
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let (Some((min, max)), Some(date)) = (a.target_group.age, &ctx.plan.initiation.date) else { return };
        let Some((birth, span)) = birth_date(ctx) else { return };
        let Some(age) = age_on(birth, date.value) else { return };
        if age < min || age > max {
            out.push(
                Finding::new(Code::A002, span)
                    .arg("age", age)
                    .arg("min", min)
                    .arg("max", max)
                    .help(other_agreement(ctx)),
            );
        }
    }
}

declare_rule! {
    A003 OccupationOutsideTargetGroup
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let (Some(allowed), Some(v)) = (&a.target_group.occupations, &ctx.plan.individual.occupation) else { return };
        if !allowed.contains(&v.value) {
            let list: Vec<&str> = allowed.iter().map(|o| o.as_str()).collect();
            out.push(
                Finding::new(Code::A003, v.span)
                    .arg("value", v.value)
                    .arg("allowed", list.join(", "))
                    .help(other_agreement(ctx)),
            );
        }
    }
}

declare_rule! {
    A004 FocusOutsideTargetGroup
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let (Some(allowed), Some(v)) = (&a.target_group.focus, &ctx.plan.focus) else { return };
        if !allowed.contains(&v.value) {
            let list: Vec<&str> = allowed.iter().map(|o| o.as_str()).collect();
            out.push(
                Finding::new(Code::A004, v.span)
                    .arg("value", v.value)
                    .arg("allowed", list.join(", "))
                    .help(other_agreement(ctx)),
            );
        }
    }
}

declare_rule! {
    A005 PartyMayNotConvene
    fn check(ctx, out) {
        let (Some(a), Some(p)) = (ctx.agreement, &ctx.plan.initiation.party) else { return };
        if let Some(party) = a.party(&p.value) {
            if !party.can_convene {
                let may: Vec<&str> = a.parties.iter().filter(|p| p.can_convene).map(|p| p.id.as_str()).collect();
                out.push(
                    Finding::new(Code::A005, p.span)
                        .arg("name", &party.name)
                        .note_msg(msg!("fynd-A005-not", parter = may.join(", "))),
                );
            }
        }
    }
}

declare_rule! {
    A006 UnknownParty
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        for r in plan_party_refs(ctx.plan) {
            if a.party(r.value).is_none() {
                let ids = a.party_ids();
                let mut f = Finding::new(Code::A006, r.span).arg("party", crate::privacy::elide(r.value)).arg("agreement", &a.id);
                f = match crate::model::load::did_you_mean(r.value, ids.iter().copied()) {
                    Some(s) => f.label_msg(msg!("fynd-A006-menade-du", forslag = s)),
                    None => f,
                };
                out.push(f.note_msg(msg!("fynd-A006-not", parter = ids.join(", "))));
            }
        }
    }
}

declare_rule! {
    A007 PartyWithoutInterventions
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        for i in &ctx.plan.interventions {
            let Some(p) = &i.principal else { continue };
            if let Some(party) = a.party(&p.value).filter(|party| !party.has_interventions) {
                let id = i.id.as_ref().map_or("?", |s| s.value.as_str());
                out.push(
                    Finding::new(Code::A007, p.span)
                        .arg("name", &party.name)
                        .arg("id", crate::privacy::elide(id))
                        .help(format!("sip measure add {} TEXT --by \"{}\"", ctx.plan.id_or_placeholder(), party.name)),
                );
            }
        }
    }
}

declare_rule! {
    A008 TargetGroupUncheckable reads_personal
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let tg = &a.target_group;
        let plan = ctx.plan;
        let id = plan.id_or_placeholder();
        if tg.age.is_some() && birth_date(ctx).is_none() {
            out.push(
                Finding::new(Code::A008, plan.individual.key)
                    .arg_msg("what", msg!("fynd-A008-fodelsedatum")),
            );
        }
        if tg.occupations.is_some() && plan.individual.occupation.is_none() {
            out.push(
                Finding::new(Code::A008, plan.individual.key)
                    .arg_msg("what", msg!("fynd-A008-sysselsattning"))
                    .help(format!("sip set {id} --occupation utan_anställning")),
            );
        }
        if tg.focus.is_some() && plan.focus.is_none() {
            out.push(
                Finding::new(Code::A008, plan.root)
                    .arg_msg("what", msg!("fynd-A008-inriktning"))
                    .help(format!("sip set {id} --focus arbetslivsinriktad_rehabilitering")),
            );
        }
    }
}

declare_rule! {
    A009 LateInvitation
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        // After discharge the law's three days (P008) come before a local notice period.
        if ctx.plan.initiation.discharge_ready.is_some() {
            return;
        }
        let pid = ctx.plan.id_or_placeholder();
        for m in &ctx.plan.meetings {
            match a.notice_shortfall(m, ctx.today) {
                Some(NoticeShortfall::SentLate { days, min, .. }) => {
                    let Some(sent) = &m.invitation_sent else { continue };
                    out.push(
                        Finding::new(Code::A009, sent.span)
                            .arg("id", crate::privacy::elide(m.id_str()))
                            .arg("min", min)
                            .arg_msg("problem", msg!("fynd-A009-skickad-sent", dagar = days)),
                    );
                }
                Some(NoticeShortfall::NotSent { ahead, min }) => out.push(
                    Finding::new(Code::A009, m.span)
                        .arg("id", crate::privacy::elide(m.id_str()))
                        .arg("min", min)
                        .arg_msg("problem", msg!("fynd-A009-inte-skickad", dagar = ahead))
                        .help(format!("sip meeting invited {pid} {} --date DATUM", m.id_str())),
                ),
                None => {}
            }
        }
    }
}

declare_rule! {
    A010 InvitationContentMissing
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let plan = ctx.plan;
        if plan.meetings.is_empty() {
            return;
        }
        let id = plan.id_or_placeholder();
        let blank = |t: &str| t.trim().is_empty();
        let plan_purpose = plan.purpose.as_ref().is_some_and(|p| !blank(&p.value));
        let purpose_missing = !plan_purpose
            && plan
                .meetings
                .iter()
                .any(|m| m.purpose.as_ref().is_none_or(|p| blank(&p.value)));
        let plan_questions = plan.questions.iter().any(|q| !blank(&q.value));
        let questions_missing = !plan_questions
            && plan
                .meetings
                .iter()
                .any(|m| m.questions.iter().all(|q| blank(&q.value)));
        if a.invitation.requires_purpose && purpose_missing {
            out.push(
                Finding::new(Code::A010, plan.root)
                    .arg_msg("what", msg!("fynd-A010-syfte"))
                    .help(format!("sip set {id} --purpose TEXT")),
            );
        }
        if a.invitation.requires_questions && questions_missing {
            out.push(
                Finding::new(Code::A010, plan.root)
                    .arg_msg("what", msg!("fynd-A010-fragestallningar"))
                    .help(format!("sip set {id} --question TEXT")),
            );
        }
    }
}

declare_rule! {
    A011 UnapprovedDigitalSystem reads_personal
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let allowed = &a.invitation.approved_digital;
        if allowed.is_empty() {
            return;
        }
        for m in &ctx.plan.meetings {
            let Some(d) = &m.digital else { continue };
            if !allowed.iter().any(|s| s.eq_ignore_ascii_case(d.value.trim())) {
                out.push(
                    Finding::new(Code::A011, d.span)
                        .arg("id", crate::privacy::elide(m.id_str()))
                        .arg("allowed", allowed.join(", ")),
                );
            }
        }
    }
}

declare_rule! {
    A012 AgreementExpired
    fn check(ctx, out) {
        let (Some(a), Some(status)) = (ctx.agreement, &ctx.plan.status) else { return };
        if status.value != Status::Active {
            return;
        }
        if let Some(end) = a.valid_to.filter(|end| ctx.today > *end) {
            out.push(Finding::new(Code::A012, status.span).arg("agreement", &a.id).arg("date", end));
        }
    }
}

declare_rule! {
    A013 FirstInvitationTooLate
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let Some(days) = a.invitation.max_days_to_invitation else { return };
        let plan = ctx.plan;
        let Some(start) = &plan.initiation.date else { return };
        let Some(last) = start.value.checked_add_days(chrono::Days::new(u64::from(days))) else { return };
        let first = plan
            .meetings
            .iter()
            .filter_map(|m| m.invitation_sent.as_ref())
            .min_by_key(|s| s.value);
        let pid = plan.id_or_placeholder();
        let within = msg!("fynd-A013-dagar", antal = days);
        match first {
            Some(sent) if sent.value > last => {
                let late = (sent.value - last).num_days();
                out.push(
                    Finding::new(Code::A013, sent.span)
                        .arg_msg("days", within)
                        .arg("date", last)
                        .arg_msg(
                            "problem",
                            msg!("fynd-A013-for-sent", datum = sent.value.to_string(), dagar = late),
                        ),
                );
            }
            None if ctx.today > last => {
                let mut f = Finding::new(Code::A013, start.span)
                    .arg_msg("days", within)
                    .arg("date", last)
                    .arg_msg("problem", msg!("fynd-A013-ingen-kallelse"));
                if let Some(m) = plan.meetings.iter().find(|m| !m.is_held()) {
                    f = f.help(format!("sip meeting invited {pid} {} --date DATUM", m.id_str()));
                }
                out.push(f);
            }
            _ => {}
        }
    }
}
