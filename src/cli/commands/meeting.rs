//! `sip meeting add|invited|held`: SIP meetings (MÖ1, MÖ2, …), the invitation sent, the meeting
//! held.

use super::{editing, prompt};
use crate::cli::args::MeetingCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, input, path};
use crate::error::{Error, Result};
use crate::model::agreement::Agreement;
use crate::model::enums::{MeetingKind, ParticipantRole};

/// `"NAMN"`, `"NAMN:PART"` or `"NAMN:ROLL"`.
fn participant(s: &str, agreement: Option<&Agreement>) -> Result<Val> {
    let (name, tail) = match s.rsplit_once(':') {
        Some((n, t)) => (n.trim(), Some(t.trim())),
        None => (s.trim(), None),
    };
    let name = input::text("--participant", name)?;
    let mut entries = vec![("namn", Val::text(name))];
    if let Some(t) = tail {
        if ParticipantRole::parse(t).is_some() {
            entries.push(("roll", Val::verbatim(t)));
        } else if agreement.is_none_or(|a| a.party(t).is_some()) {
            entries.push(("part", Val::verbatim(t)));
        } else {
            let parties = agreement.map(input::party_list).unwrap_or_default();
            return Err(Error::msg(
                format!(
                    "--participant: `{t}` i \"{s}\" är varken en roll ({}) eller en part i överenskommelsen ({parties})",
                    ParticipantRole::ALL.join(", ")
                ),
                format!(
                    "--participant: `{t}` in \"{s}\" is neither a role ({}) nor a party of the agreement ({parties})",
                    ParticipantRole::ALL.join(", ")
                ),
            ));
        }
    }
    Ok(Val::map(entries))
}

fn existing(e: &editing::Editing, id: &str) -> Result<()> {
    if e.plan.meeting(id).is_some() {
        return Ok(());
    }
    let ids: Vec<&str> = e.plan.meetings.iter().map(|m| m.id_str()).collect();
    Err(Error::msg(
        format!(
            "mötet `{id}` finns inte i {} (finns: {})",
            e.file.display,
            ids.join(", ")
        ),
        format!(
            "meeting `{id}` is not in {} (there are: {})",
            e.file.display,
            ids.join(", ")
        ),
    ))
}

pub fn run(ctx: &Ctx, args: MeetingCommand) -> Result<ExitStatus> {
    match args {
        MeetingCommand::Add {
            plan,
            kind,
            at,
            place,
            digital,
            participants,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let kinds: Vec<(String, String)> = MeetingKind::ALL
                .iter()
                .map(|k| (k.to_string(), k.to_string()))
                .collect();
            let kind =
                prompt::pick("--kind", kind, "Typ av möte", &kinds, false)?.unwrap_or_default();
            let kind = input::choice("--kind", &kind, MeetingKind::ALL)?;
            let at = prompt::required("--at", at, "Tid (ÅÅÅÅ-MM-DDTTT:MM)")?;
            let at = input::datetime("--at", &at)?;
            let id = input::next_id(
                "MÖ",
                e.plan
                    .meetings
                    .iter()
                    .filter_map(|m| m.id.as_deref().map(String::as_str)),
            );
            let mut item = vec![
                ("id", Val::verbatim(&id)),
                ("typ", Val::verbatim(&kind)),
                ("tid", Val::verbatim(&at)),
            ];
            if let Some(p) = place {
                item.push(("plats", Val::text(input::text("--place", &p)?)));
            }
            if let Some(d) = digital {
                item.push(("digitalt", Val::text(input::text("--digital", &d)?)));
            }
            if !participants.is_empty() {
                let list = participants
                    .iter()
                    .map(|p| participant(p, e.agreement()))
                    .collect::<Result<Vec<_>>>()?;
                item.push((
                    "deltagare",
                    Val::List {
                        items: list,
                        flow: false,
                    },
                ));
            }
            item.push(("genomfört", Val::verbatim("false")));
            e.apply(Op::Append {
                path: path(&["möten"]),
                item: Val::map(item),
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                (
                    format!("Lade till möte {id} ({kind}, {at}) i {pid}."),
                    format!("Added meeting {id} ({kind}, {at}) to {pid}."),
                ),
                Some(&id),
            )
        }
        MeetingCommand::Invited {
            plan,
            meeting,
            date,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            existing(&e, &meeting)?;
            let date = prompt::required("--date", date, "Dag då kallelsen skickades (ÅÅÅÅ-MM-DD)")?;
            let date = input::date("--date", &date)?;
            if let Some(t) = e.plan.meeting(&meeting).and_then(|m| m.time.as_ref()) {
                if date.as_str() > t.value.date().to_string().as_str() {
                    let at = t.value.format("%Y-%m-%d %H:%M");
                    return Err(Error::msg(
                        format!(
                            "--date: kallelsen kan inte ha skickats {date}, efter mötet {meeting} ({at}); ange dagen då den skickades, eller flytta mötet med `sip meeting set {plan} {meeting} --at …`"
                        ),
                        format!(
                            "--date: the invitation cannot have been sent on {date}, after meeting {meeting} ({at}); give the day it was sent, or move the meeting with `sip meeting set {plan} {meeting} --at …`"
                        ),
                    ));
                }
            }
            e.apply(Op::Set {
                path: editing::item_path("möten", &meeting, "kallelse_skickad"),
                value: Val::verbatim(&date),
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                (
                    format!("Kallelsen till {meeting} i {pid} skickades {date}."),
                    format!("The invitation to {meeting} in {pid} was sent on {date}."),
                ),
                None,
            )
        }
        MeetingCommand::Held {
            plan,
            meeting,
            notes,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            existing(&e, &meeting)?;
            if let Some(t) = e.plan.meeting(&meeting).and_then(|m| m.time.as_ref()) {
                if t.value.date() > ctx.today {
                    let at = t.value.format("%Y-%m-%d %H:%M");
                    let today = ctx.today;
                    return Err(Error::msg(
                        format!(
                            "mötet {meeting} är inplanerat till {at} och kan inte vara hållet i dag ({today}); har det flyttats, ange den nya tiden med `sip meeting set {plan} {meeting} --at …` först"
                        ),
                        format!(
                            "meeting {meeting} is planned for {at} and cannot have been held today ({today}); if it was moved, give the new time with `sip meeting set {plan} {meeting} --at …` first"
                        ),
                    ));
                }
            }
            e.apply(Op::Set {
                path: editing::item_path("möten", &meeting, "genomfört"),
                value: Val::verbatim("true"),
            })?;
            if let Some(n) = notes {
                e.apply(Op::Set {
                    path: editing::item_path("möten", &meeting, "anteckningar"),
                    value: Val::text(input::text("--notes", &n)?),
                })?;
            }
            let pid = e.id();
            e.finish(
                ctx,
                (
                    format!("Mötet {meeting} i {pid} är hållet."),
                    format!("Meeting {meeting} in {pid} was held."),
                ),
                None,
            )
        }
    }
}
