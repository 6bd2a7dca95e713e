//! P — regler om processen: uppföljning, SMARTA mål, avslut, kallelse efter utskrivning
//! (Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 1–7, byggt på
//! Region Jönköpings läns Tillämpning av samordnad individuell plan; lag (2017:612); vägledning).
//! Flödet är vägledning för alla planer, inte en överenskommelse som planen följer.

use crate::findings::{Code, Finding};
use crate::i18n::Msg;
use crate::model::enums::{InterventionStatus, PartyType, Status};
use crate::model::personnummer::birthday;
use crate::rules::agreement::birth_date;
use crate::rules::declare_rule;

declare_rule! {
    P001 NoFollowUpDate
    fn check(ctx, out) {
        let plan = ctx.plan;
        if plan.is_active() && plan.next_follow_up().is_none() {
            out.push(
                Finding::new(Code::P001, plan.follow_up.as_ref().map_or(plan.root, |f| f.key))
                    .help(format!("sip followup {} --next DATUM", plan.id_or_placeholder())),
            );
        }
    }
}

declare_rule! {
    P002 FollowUpOverdue
    fn check(ctx, out) {
        let plan = ctx.plan;
        if plan.status() == Some(Status::Closed) {
            return;
        }
        let Some(next) = plan.follow_up.as_ref().and_then(|f| f.next.as_ref()) else { return };
        if next.value < ctx.today {
            out.push(
                Finding::new(Code::P002, next.span)
                    .arg("date", next.value)
                    .arg("days", (ctx.today - next.value).num_days())
                    .help(format!("sip followup {} --next DATUM", plan.id_or_placeholder())),
            );
        }
    }
}

declare_rule! {
    P003 GoalNotSmart
    fn check(ctx, out) {
        for g in &ctx.plan.goals {
            let what = match (g.measure.is_some(), g.by.is_some()) {
                (true, true) => continue,
                (false, true) => msg!("fynd-P003-matt"),
                (true, false) => msg!("fynd-P003-datum"),
                (false, false) => msg!("fynd-P003-matt-och-datum"),
            };
            let id = g.id.as_ref().map_or("?", |s| s.value.as_str());
            out.push(Finding::new(Code::P003, g.span).arg("id", crate::privacy::elide(id)).arg_msg("what", what));
        }
    }
}

declare_rule! {
    P004 ClosedWithoutClosing
    fn check(ctx, out) {
        let plan = ctx.plan;
        if plan.status() != Some(Status::Closed) {
            return;
        }
        let date = plan.closing.as_ref().is_some_and(|c| c.date.is_some());
        let reason = plan.closing.as_ref().is_some_and(|c| c.reason.is_some());
        let what = match (date, reason) {
            (true, true) => return,
            (false, true) => msg!("fynd-P004-datum"),
            (true, false) => msg!("fynd-P004-orsak"),
            (false, false) => msg!("fynd-P004-datum-och-orsak"),
        };
        out.push(
            Finding::new(Code::P004, plan.closing.as_ref().map_or(plan.root, |c| c.key))
                .arg_msg("what", what)
                .help(format!("sip close {} --reason mål_uppfyllda --date DATUM", plan.id_or_placeholder())),
        );
    }
}

declare_rule! {
    P005 NeedNotAddressed
    fn check(ctx, out) {
        let plan = ctx.plan;
        for n in &plan.needs {
            let Some(id) = &n.id else { continue };
            let refers = |needs: &[crate::source::Spanned<String>]| needs.iter().any(|b| b.value == id.value);
            let addressed = plan.interventions.iter().any(|i| refers(&i.needs))
                || plan.measures.as_ref().is_some_and(|m| m.items.iter().any(|a| refers(&a.needs)));
            if !addressed {
                out.push(
                    Finding::new(Code::P005, n.span)
                        .arg("id", crate::privacy::elide(&id.value))
                        .help(format!("sip intervention add {} TEXT --party PART --need {}", plan.id_or_placeholder(), id.value)),
                );
            }
        }
    }
}

declare_rule! {
    P006 MeetingNotMarkedHeld
    fn check(ctx, out) {
        for m in &ctx.plan.meetings {
            let Some(t) = &m.time else { continue };
            if t.value.date() < ctx.today && !m.is_held() {
                out.push(
                    Finding::new(Code::P006, t.span)
                        .arg("id", crate::privacy::elide(m.id_str()))
                        .arg("date", t.value.date())
                        .help(format!("sip meeting held {} {}", ctx.plan.id_or_placeholder(), m.id_str())),
                );
            }
        }
    }
}

declare_rule! {
    P007 ConsentExpired
    fn check(ctx, out) {
        if !ctx.plan.is_active() {
            return;
        }
        let Some(until) = ctx.plan.consent.as_ref().and_then(|c| c.valid_until.as_ref()) else { return };
        if until.value < ctx.today {
            out.push(
                Finding::new(Code::P007, until.span)
                    .arg("date", until.value)
                    .help(format!(
                        "sip consent {} --date DATUM --form skriftligt --parties PARTER --valid-until DATUM",
                        ctx.plan.id_or_placeholder()
                    )),
            );
        }
    }
}

declare_rule! {
    P008 LateDischargeInvitation
    fn check(ctx, out) {
        let Some(ready) = &ctx.plan.initiation.discharge_ready else { return };
        // v3: under LPT/LRV the samordnad vårdplan replaces the SIP (2017:612 4 kap. 1 §).
        if ctx.plan.initiation.compulsory_care.is_some() {
            return;
        }
        let first = ctx.plan.meetings.iter().filter_map(|m| m.invitation_sent.as_ref().map(|s| s.value)).min();
        let finding = match first {
            Some(sent) if (sent - ready.value).num_days() > 3 => Some(msg!(
                "fynd-P008-skickad-sent",
                datum = sent.to_string(),
                dagar = (sent - ready.value).num_days(),
            )),
            None if (ctx.today - ready.value).num_days() > 3 => Some(msg!("fynd-P008-ingen-kallelse")),
            _ => None,
        };
        if let Some(problem) = finding {
            out.push(Finding::new(Code::P008, ready.span).arg("date", ready.value).arg_msg("problem", problem));
        }
    }
}

declare_rule! {
    P009 InterventionPastEnd
    fn check(ctx, out) {
        for i in &ctx.plan.interventions {
            let (Some(end), Some(status)) = (&i.end, &i.status) else { continue };
            let open = matches!(status.value, InterventionStatus::Planned | InterventionStatus::Ongoing);
            if open && end.value < ctx.today {
                let id = i.id.as_ref().map_or("?", |s| s.value.as_str());
                out.push(
                    Finding::new(Code::P009, end.span)
                        .arg("id", crate::privacy::elide(id))
                        .arg("date", end.value)
                        .arg("status", status.value)
                        .help(format!("sip intervention set {} {} --status genomförd", ctx.plan.id_or_placeholder(), crate::privacy::elide(id))),
                );
            }
        }
    }
}

declare_rule! {
    P010 OwnGoalMissing
    fn check(ctx, out) {
        let plan = ctx.plan;
        if plan.status.is_none() || plan.is_draft() {
            return;
        }
        if plan.own_goal.as_ref().is_some_and(|g| !g.value.trim().is_empty()) {
            return;
        }
        let at = plan.own_goal.as_ref().map_or(plan.root, |g| g.span);
        out.push(
            Finding::new(Code::P010, at)
                .label_msg(msg!("fynd-P010-etikett"))
                .note_msg(msg!("fynd-P010-not"))
                .help(format!(
                    "sip set {} --own-goal \"…\"",
                    plan.id_or_placeholder()
                )),
        );
    }
}

declare_rule! {
    P011 DischargeConvenedByNonRegion
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let plan = ctx.plan;
        if plan.initiation.discharge_ready.is_none() || plan.initiation.compulsory_care.is_some() {
            return;
        }
        let Some(part) = &plan.initiation.party else { return };
        let Some(party) = a.party(&part.value) else { return };
        if party.kind == PartyType::Region {
            return;
        }
        out.push(
            Finding::new(Code::P011, part.span)
                .arg("party", &party.name)
                .label_msg(msg!("fynd-P011-etikett"))
                .note_msg(msg!("fynd-P011-not", plan_id = plan.id_or_placeholder()))
                .help(format!("sip set {} --initiated-by region", plan.id_or_placeholder())),
        );
    }
}

declare_rule! {
    P012 ChildsViewsMissing reads_personal
    fn check(ctx, out) {
        let plan = ctx.plan;
        if !(plan.is_draft() || plan.is_active()) {
            return;
        }
        let Some(start) = &plan.initiation.date else { return };
        let Some((birth, _)) = birth_date(ctx) else { return };
        let Some(adult) = birthday(birth, 18) else { return };
        if start.value >= adult || start.value < birth {
            return;
        }
        let written = |v: &crate::model::plan::S<String>| v.as_ref().is_some_and(|t| !t.value.trim().is_empty());
        if written(&plan.childs_views) || written(&plan.own_goal) {
            return;
        }
        let at = plan
            .childs_views
            .as_ref()
            .or(plan.own_goal.as_ref())
            .map_or(plan.root, |v| v.span);
        out.push(
            Finding::new(Code::P012, at)
                .label_msg(msg!("fynd-P012-etikett"))
                .note_msg(msg!("fynd-P012-not"))
                .help(format!("sip set {} --childs-views TEXT", plan.id_or_placeholder())),
        );
    }
}

declare_rule! {
    P013 ImpossibleDate
    fn check(ctx, out) {
        let plan = ctx.plan;
        let pid = plan.id_or_placeholder();
        // A closed plan is not edited (only re-opened): the finding stands, without a help line.
        let open = plan.status() != Some(Status::Closed);
        let mut push = |span, what: Msg, problem: Msg, help: Option<String>| {
            let mut f = Finding::new(Code::P013, span)
                .arg_msg("what", what)
                .arg_msg("problem", problem);
            if let Some(h) = help.filter(|_| open) {
                f = f.help(h);
            }
            out.push(f);
        };
        if let Some(c) = &plan.consent {
            if let Some(d) = c.date.as_ref().filter(|d| d.value > ctx.today) {
                push(
                    d.span,
                    msg!("fynd-P013-samtyckets-datum"),
                    msg!("fynd-P013-efter-i-dag", datum = d.value.to_string()),
                    Some(format!("sip consent {pid} --date DATUM")),
                );
            }
            if let (Some(d), Some(until)) = (&c.date, &c.valid_until) {
                if until.value < d.value {
                    push(
                        until.span,
                        msg!("fynd-P013-sista-giltighetsdag"),
                        msg!(
                            "fynd-P013-fore-samtycket",
                            datum = until.value.to_string(),
                            givet = d.value.to_string(),
                        ),
                        Some(format!("sip consent {pid} --valid-until DATUM")),
                    );
                }
            }
        }
        // A participant recorded absent from a meeting that is not held: only a held meeting
        // has attendance.
        for m in plan.meetings.iter().filter(|m| !m.is_held()) {
            let id = m.id_str();
            if let Some(p) = m.participants.iter().find(|p| p.absent()) {
                let span = p.present.as_ref().map_or(p.span, |v| v.span);
                push(
                    span,
                    msg!("fynd-P013-franvaron"),
                    msg!("fynd-P013-inte-hallet", id = id),
                    Some(format!("sip meeting held {pid} {id}")),
                );
            }
        }
        let Some(start) = plan.initiation.date.as_ref().map(|d| d.value) else { return };
        let before = |d: chrono::NaiveDate| {
            msg!("fynd-P013-fore-initieringen", datum = d.to_string(), initierad = start.to_string())
        };
        for m in &plan.meetings {
            let id = m.id_str();
            if let Some(t) = m.time.as_ref().filter(|t| t.value.date() < start) {
                push(
                    t.span,
                    msg!("fynd-P013-motets-tid"),
                    before(t.value.date()),
                    (!m.is_held()).then(|| format!("sip meeting set {pid} {id} --at TID")),
                );
            }
            if let Some(sent) = m.invitation_sent.as_ref().filter(|s| s.value < start) {
                push(
                    sent.span,
                    msg!("fynd-P013-kallelsens-datum"),
                    before(sent.value),
                    Some(format!("sip meeting invited {pid} {id} --date DATUM")),
                );
            }
        }
        for g in &plan.goals {
            if let Some(by) = g.by.as_ref().filter(|b| b.value < start) {
                let id = g.id.as_ref().map_or("?", |s| s.value.as_str());
                push(
                    by.span,
                    msg!("fynd-P013-malets-datum"),
                    before(by.value),
                    Some(format!("sip goal set {pid} {} --by DATUM", crate::privacy::elide(id))),
                );
            }
        }
    }
}

declare_rule! {
    P014 ConsentWithoutLimits
    fn check(ctx, out) {
        let plan = ctx.plan;
        if !plan.is_active() {
            return;
        }
        let Some(c) = &plan.consent else { return };
        if c.withdrawn.is_some() {
            return;
        }
        let scope = c.scope.as_ref().is_some_and(|s| !s.value.trim().is_empty());
        let pid = plan.id_or_placeholder();
        let (what, help) = match (c.valid_until.is_some(), scope) {
            (true, true) => return,
            (false, true) => (
                msg!("fynd-P014-giltigt-till"),
                format!("sip consent {pid} --valid-until DATUM"),
            ),
            (true, false) => (
                msg!("fynd-P014-omfattning"),
                format!("sip consent {pid} --scope TEXT"),
            ),
            (false, false) => (
                msg!("fynd-P014-giltigt-till-eller-omfattning"),
                format!("sip consent {pid} --valid-until DATUM --scope TEXT"),
            ),
        };
        out.push(Finding::new(Code::P014, c.key).arg_msg("what", what).help(help));
    }
}
