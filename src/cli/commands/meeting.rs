//! `sip meeting add|invited|held`: SIP meetings (MÖ1, MÖ2, …), the invitation sent, the meeting
//! held.

use crate::cli::args::{MeetingCommand, ParticipantCommand};
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Seg, Val, input, path};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::agreement::Agreement;
use crate::model::enums::{MeetingKind, ParticipantRole};
use crate::model::plan::same_name;

/// `"NAMN"`, `"NAMN:PART"` or `"NAMN:ROLL"`, each with an optional unit after it
/// (`"NAMN:PART:ENHET"`, `"NAMN::ENHET"` for a unit without party or role).
fn participant(s: &str, agreement: Option<&Agreement>) -> Result<Val> {
    let mut parts = s.splitn(3, ':');
    let name = parts.next().unwrap_or("").trim();
    let tail = parts.next().map(str::trim).filter(|t| !t.is_empty());
    let unit = parts.next().map(str::trim).filter(|u| !u.is_empty());
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
    if let Some(u) = unit {
        entries.push(("enhet", Val::text(input::text("--participant", u)?)));
    }
    Ok(Val::map(entries))
}

/// The index of the participant `name` in `meeting`, or an error that lists the participants.
fn participant_at(e: &editing::Editing, meeting: &str, name: &str) -> Result<usize> {
    let names: Vec<String> = e
        .plan
        .meeting(meeting)
        .map(|m| {
            m.participants
                .iter()
                .map(|p| p.name.as_ref().map(|n| n.value.clone()).unwrap_or_default())
                .collect()
        })
        .unwrap_or_default();
    names.iter().position(|n| same_name(n, name)).ok_or_else(|| {
        Error::msg(
            format!(
                "`{name}` deltar inte i {meeting} (deltagare: {}); lägg till en deltagare med `sip meeting participant add {} {meeting} \"NAMN:PART\"`",
                names.join(", "),
                e.id()
            ),
            format!(
                "`{name}` does not take part in {meeting} (participants: {}); add one with `sip meeting participant add {} {meeting} \"NAME:PARTY\"`",
                names.join(", "),
                e.id()
            ),
        )
    })
}

/// The path of a participant's `närvarande`.
fn attendance_path(meeting: &str, at: usize) -> Vec<Seg> {
    vec![
        Seg::Key("möten".into()),
        Seg::Id(meeting.into()),
        Seg::Key("deltagare".into()),
        Seg::Index(at),
        Seg::Key("närvarande".into()),
    ]
}

/// A meeting's date before the plan's initiation is refused.
fn not_before_initiation(e: &editing::Editing, flag: &str, at: &str) -> Result<()> {
    match crate::model::plan::parse_datetime(at) {
        Some(t) => e.not_before_initiation(flag, t.date(), ("mötets dag", "the meeting's day")),
        None => Ok(()),
    }
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
        MeetingCommand::Set {
            plan,
            meeting,
            at,
            place,
            digital,
            purpose,
            questions,
        } => set(ctx, plan, meeting, at, place, digital, purpose, questions),
        MeetingCommand::Remove { plan, meeting } => {
            let mut e = editing::open(ctx, &plan)?;
            existing(&e, &meeting)?;
            if e.plan.meeting(&meeting).is_some_and(|m| m.is_held()) {
                return Err(Error::msg(
                    format!(
                        "mötet {meeting} är hållet och tas inte bort: det är en del av planens historia. Har det blivit fel, rätta det med `sip edit {plan}`"
                    ),
                    format!(
                        "meeting {meeting} was held and is not removed: it is part of the plan's history. If it is wrong, fix it with `sip edit {plan}`"
                    ),
                ));
            }
            e.apply(Op::Remove {
                path: vec![Seg::Key("möten".into()), Seg::Id(meeting.clone())],
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                (
                    format!("Tog bort möte {meeting} ur {pid}."),
                    format!("Removed meeting {meeting} from {pid}."),
                ),
                None,
            )
        }
        MeetingCommand::Participant(ParticipantCommand::Add {
            plan,
            meeting,
            participant: who,
        }) => {
            let mut e = editing::open(ctx, &plan)?;
            existing(&e, &meeting)?;
            let item = participant(&who, e.agreement())?;
            e.apply(Op::Append {
                path: vec![
                    Seg::Key("möten".into()),
                    Seg::Id(meeting.clone()),
                    Seg::Key("deltagare".into()),
                ],
                item,
            })?;
            let pid = e.id();
            e.finish(
                ctx,
                (
                    format!("Lade till {who} bland deltagarna i {meeting} i {pid}."),
                    format!("Added {who} to the participants of {meeting} in {pid}."),
                ),
                None,
            )
        }
        MeetingCommand::Participant(ParticipantCommand::Remove {
            plan,
            meeting,
            name,
        }) => {
            let mut e = editing::open(ctx, &plan)?;
            existing(&e, &meeting)?;
            let names: Vec<String> = e
                .plan
                .meeting(&meeting)
                .map(|m| {
                    m.participants
                        .iter()
                        .map(|p| p.name.as_ref().map(|n| n.value.clone()).unwrap_or_default())
                        .collect()
                })
                .unwrap_or_default();
            let Some(at) = names.iter().position(|n| same_name(n, &name)) else {
                return Err(Error::msg(
                    format!(
                        "`{name}` deltar inte i {meeting} (deltagare: {})",
                        names.join(", ")
                    ),
                    format!(
                        "`{name}` does not take part in {meeting} (participants: {})",
                        names.join(", ")
                    ),
                ));
            };
            e.apply(Op::Remove {
                path: vec![
                    Seg::Key("möten".into()),
                    Seg::Id(meeting.clone()),
                    Seg::Key("deltagare".into()),
                    Seg::Index(at),
                ],
            })?;
            let pid = e.id();
            let who = &names[at];
            e.finish(
                ctx,
                (
                    format!("Tog bort {who} ur deltagarna i {meeting} i {pid}."),
                    format!("Removed {who} from the participants of {meeting} in {pid}."),
                ),
                None,
            )
        }
        MeetingCommand::Add {
            plan,
            kind,
            at,
            place,
            digital,
            participants,
        } => {
            let mut e = editing::open(ctx, &plan)?;
            let kind = prompt::pick_value::<MeetingKind>("--kind", kind, "Typ av möte")?;
            let at = prompt::required("--at", at, "Tid (ÅÅÅÅ-MM-DDTTT:MM)")?;
            let at = input::datetime("--at", &at)?;
            not_before_initiation(&e, "--at", &at)?;
            let id = input::next_id(
                "MÖ",
                e.plan
                    .meetings
                    .iter()
                    .filter_map(|m| m.id.as_deref().map(String::as_str)),
            );
            let mut item = vec![
                ("id", Val::verbatim(&id)),
                ("typ", Val::verbatim(kind.as_str())),
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
            if let Some(d) = crate::model::plan::parse_date(&date) {
                e.not_before_initiation("--date", d, ("kallelsens dag", "the invitation's day"))?;
            }
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
        MeetingCommand::Attendance {
            plan,
            meeting,
            name,
            absent,
            present: _,
        } => attendance(ctx, plan, meeting, name, absent),
        MeetingCommand::Held {
            plan,
            meeting,
            notes,
            absent,
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
            let mut away = Vec::new();
            for name in &absent {
                let at = participant_at(&e, &meeting, name)?;
                if !away.contains(&at) {
                    away.push(at);
                }
            }
            e.apply(Op::Set {
                path: editing::item_path("möten", &meeting, "genomfört"),
                value: Val::verbatim("true"),
            })?;
            for at in &away {
                e.apply(Op::Set {
                    path: attendance_path(&meeting, *at),
                    value: Val::verbatim("false"),
                })?;
            }
            if let Some(n) = notes {
                e.apply(Op::Set {
                    path: editing::item_path("möten", &meeting, "anteckningar"),
                    value: Val::text(input::text("--notes", &n)?),
                })?;
            }
            let pid = e.id();
            let names: Vec<String> = e
                .plan
                .meeting(&meeting)
                .map(|m| {
                    away.iter()
                        .filter_map(|i| m.participants.get(*i))
                        .filter_map(|p| p.name.as_ref().map(|n| n.value.clone()))
                        .collect()
                })
                .unwrap_or_default();
            let (away_sv, away_en) = if names.is_empty() {
                (String::new(), String::new())
            } else {
                (
                    format!(" Förhinder: {}.", editing::and_list(&names, Lang::Sv)),
                    format!(" Absent: {}.", editing::and_list(&names, Lang::En)),
                )
            };
            e.finish(
                ctx,
                (
                    format!("Mötet {meeting} i {pid} är hållet.{away_sv}"),
                    format!("Meeting {meeting} in {pid} was held.{away_en}"),
                ),
                None,
            )
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn set(
    ctx: &Ctx,
    plan: String,
    meeting: String,
    at: Option<String>,
    place: Option<String>,
    digital: Option<String>,
    purpose: Option<String>,
    questions: Vec<String>,
) -> Result<ExitStatus> {
    let mut e = editing::open(ctx, &plan)?;
    existing(&e, &meeting)?;
    let m = e.plan.meeting(&meeting).cloned().unwrap_or_default();
    let mut sets: Vec<(&str, Val)> = Vec::new();
    if let Some(at) = &at {
        let at = input::datetime("--at", at)?;
        not_before_initiation(&e, "--at", &at)?;
        let when = crate::model::plan::parse_datetime(&at).map(|t| t.date());
        if let (Some(when), Some(sent)) = (when, m.invitation_sent.as_ref()) {
            if when < sent.value {
                return Err(Error::msg(
                    format!(
                        "--at: mötet kan inte flyttas till {when}, före dagen då kallelsen skickades ({}); skicka en ny kallelse och registrera den med `sip meeting invited {plan} {meeting} --date …` när mötet har flyttats",
                        sent.value
                    ),
                    format!(
                        "--at: the meeting cannot move to {when}, before the day its invitation was sent ({}); send a new one and record it with `sip meeting invited {plan} {meeting} --date …` once the meeting has moved",
                        sent.value
                    ),
                ));
            }
        }
        if let Some(when) = when.filter(|w| m.is_held() && *w > ctx.today) {
            return Err(Error::msg(
                format!(
                    "--at: mötet {meeting} är hållet och kan inte flyttas till {when}, efter i dag ({})",
                    ctx.today
                ),
                format!(
                    "--at: meeting {meeting} was held and cannot move to {when}, after today ({})",
                    ctx.today
                ),
            ));
        }
        sets.push(("tid", Val::verbatim(at)));
    }
    if let Some(p) = &place {
        sets.push(("plats", Val::text(input::text("--place", p)?)));
    }
    if let Some(d) = &digital {
        sets.push(("digitalt", Val::text(input::text("--digital", d)?)));
    }
    if let Some(p) = &purpose {
        sets.push(("syfte", Val::text(input::text("--purpose", p)?)));
    }
    if !questions.is_empty() {
        let q = questions
            .iter()
            .map(|q| input::text("--question", q))
            .collect::<Result<Vec<_>>>()?;
        sets.push(("frågeställningar", Val::block(q)));
    }
    if sets.is_empty() {
        return Err(Error::msg(
            "ange vad som ska ändras: --at, --place, --digital, --purpose eller --question",
            "say what to change: --at, --place, --digital, --purpose or --question",
        ));
    }
    for (key, value) in sets {
        e.apply(Op::Set {
            path: editing::item_path("möten", &meeting, key),
            value,
        })?;
    }
    let pid = e.id();
    let (done_sv, done_en) = match &at {
        Some(at) => (
            format!("Flyttade möte {meeting} i {pid} till {}.", at.trim()),
            format!("Moved meeting {meeting} in {pid} to {}.", at.trim()),
        ),
        None => (
            format!("Ändrade möte {meeting} i {pid}."),
            format!("Changed meeting {meeting} in {pid}."),
        ),
    };
    e.finish(ctx, (done_sv, done_en), None)
}

/// `sip meeting attendance PLAN MÖ1 NAME --absent|--present`: correct who came to a held
/// meeting (`närvarande: false` for one who did not; no key for one who did).
fn attendance(
    ctx: &Ctx,
    plan: String,
    meeting: String,
    name: String,
    absent: bool,
) -> Result<ExitStatus> {
    let mut e = editing::open(ctx, &plan)?;
    existing(&e, &meeting)?;
    let pid = e.id();
    if absent && !e.plan.meeting(&meeting).is_some_and(|m| m.is_held()) {
        return Err(Error::msg(
            format!(
                "mötet {meeting} är inte hållet, så ingen kan ha haft förhinder än; registrera mötet som hållet med `sip meeting held {pid} {meeting} --absent \"{name}\"`"
            ),
            format!(
                "meeting {meeting} has not been held, so no one can have been absent yet; record it as held with `sip meeting held {pid} {meeting} --absent \"{name}\"`"
            ),
        ));
    }
    let at = participant_at(&e, &meeting, &name)?;
    let p = e
        .plan
        .meeting(&meeting)
        .and_then(|m| m.participants.get(at))
        .cloned()
        .unwrap_or_default();
    let who = p.name.as_ref().map_or(name.clone(), |n| n.value.clone());
    if absent {
        e.apply(Op::Set {
            path: attendance_path(&meeting, at),
            value: Val::verbatim("false"),
        })?;
    } else if p.present.is_some() {
        e.apply(Op::Remove {
            path: attendance_path(&meeting, at),
        })?;
    }
    let done = if absent {
        (
            format!("{who} hade förhinder vid {meeting} i {pid}."),
            format!("{who} was absent from {meeting} in {pid}."),
        )
    } else {
        (
            format!("{who} var närvarande vid {meeting} i {pid}."),
            format!("{who} was present at {meeting} in {pid}."),
        )
    };
    e.finish(ctx, done, None)
}
