//! `sip meeting add|invited|held`: SIP meetings (MÖ1, MÖ2, …), the invitation sent, the meeting
//! held.

use crate::cli::args::{MeetingCommand, ParticipantCommand};
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::{Op, Seg, Val, input, path};
use crate::error::Result;
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
            return Err(err!(
                "mote-deltagare-okand-roll",
                varde = t,
                deltagare = s,
                roller = ParticipantRole::ALL.join(", "),
                parter = parties
            ));
        }
    }
    if let Some(u) = unit {
        entries.push(("enhet", Val::text(input::text("--participant", u)?)));
    }
    Ok(Val::map(entries))
}

/// The index of the participant `name` in `meeting` and the name as the plan writes it, or an
/// error that lists the participants.
fn participant_at(e: &editing::Editing, meeting: &str, name: &str) -> Result<(usize, String)> {
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
    match names.iter().position(|n| same_name(n, name)) {
        Some(at) => Ok((at, names[at].clone())),
        None => Err(err!(
            "mote-deltar-inte",
            namn = name,
            mote_id = meeting,
            deltagare = names.join(", "),
            plan_id = e.id()
        )),
    }
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
        Some(t) => e.not_before_initiation(flag, t.date(), &msg!("mote-dag-ordet")),
        None => Ok(()),
    }
}

fn existing(e: &editing::Editing, id: &str) -> Result<()> {
    if e.plan.meeting(id).is_some() {
        return Ok(());
    }
    let ids: Vec<&str> = e.plan.meetings.iter().map(|m| m.id_str()).collect();
    Err(err!(
        "mote-finns-inte",
        mote_id = id,
        fil = e.file.display,
        finns = ids.join(", ")
    ))
}

/// The plan opened for an edit of one of its meetings, which must exist.
fn open_meeting(ctx: &Ctx, plan: &str, meeting: &str) -> Result<editing::Editing> {
    let e = editing::open(ctx, plan)?;
    existing(&e, meeting)?;
    Ok(e)
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
        MeetingCommand::Remove { plan, meeting } => remove(ctx, &plan, &meeting),
        MeetingCommand::Participant(ParticipantCommand::Add {
            plan,
            meeting,
            participant: who,
        }) => participant_add(ctx, &plan, &meeting, &who),
        MeetingCommand::Participant(ParticipantCommand::Remove {
            plan,
            meeting,
            name,
        }) => participant_remove(ctx, &plan, &meeting, &name),
        MeetingCommand::Add {
            plan,
            kind,
            at,
            place,
            digital,
            participants,
        } => add(ctx, &plan, kind, at, place, digital, &participants),
        MeetingCommand::Invited {
            plan,
            meeting,
            date,
        } => invited(ctx, &plan, &meeting, date),
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
        } => held(ctx, &plan, &meeting, notes, &absent),
    }
}

/// `sip meeting remove`: a meeting not held yet.
fn remove(ctx: &Ctx, plan: &str, meeting: &str) -> Result<ExitStatus> {
    let mut e = open_meeting(ctx, plan, meeting)?;
    if e.plan.meeting(meeting).is_some_and(|m| m.is_held()) {
        return Err(err!(
            "mote-hallet-tas-inte-bort",
            mote_id = meeting,
            plan = plan
        ));
    }
    e.apply(Op::Remove {
        path: vec![Seg::Key("möten".into()), Seg::Id(meeting.to_string())],
    })?;
    let done = msg!("mote-borttaget", mote_id = meeting, plan_id = e.id());
    e.finish(ctx, done, None)
}

/// The path of a meeting's list of participants.
fn participants_path(meeting: &str) -> Vec<Seg> {
    vec![
        Seg::Key("möten".into()),
        Seg::Id(meeting.to_string()),
        Seg::Key("deltagare".into()),
    ]
}

/// `sip meeting participant add`.
fn participant_add(ctx: &Ctx, plan: &str, meeting: &str, who: &str) -> Result<ExitStatus> {
    let mut e = open_meeting(ctx, plan, meeting)?;
    let item = participant(who, e.agreement())?;
    e.apply(Op::Append {
        path: participants_path(meeting),
        item,
    })?;
    let done = msg!(
        "mote-deltagare-tillagd",
        deltagare = who,
        mote_id = meeting,
        plan_id = e.id()
    );
    e.finish(ctx, done, None)
}

/// `sip meeting participant remove`.
fn participant_remove(ctx: &Ctx, plan: &str, meeting: &str, name: &str) -> Result<ExitStatus> {
    let mut e = open_meeting(ctx, plan, meeting)?;
    let (at, who) = participant_at(&e, meeting, name)?;
    let mut path = participants_path(meeting);
    path.push(Seg::Index(at));
    e.apply(Op::Remove { path })?;
    let done = msg!(
        "mote-deltagare-borttagen",
        deltagare = who,
        mote_id = meeting,
        plan_id = e.id()
    );
    e.finish(ctx, done, None)
}

/// `sip meeting add`: a new meeting, not held yet.
fn add(
    ctx: &Ctx,
    plan: &str,
    kind: Option<MeetingKind>,
    at: Option<String>,
    place: Option<String>,
    digital: Option<String>,
    participants: &[String],
) -> Result<ExitStatus> {
    let mut e = editing::open(ctx, plan)?;
    let kind = prompt::pick_value::<MeetingKind>("--kind", kind, &t!(ctx.lang, "fraga-motestyp"))?;
    let at = prompt::required("--at", at, &t!(ctx.lang, "fraga-motestid"))?;
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
    let done = msg!(
        "mote-tillagt",
        mote_id = id,
        typ = kind.to_string(),
        tid = at,
        plan_id = e.id()
    );
    e.finish(ctx, done, Some(&id))
}

/// `sip meeting invited`: the day the invitation was sent.
fn invited(ctx: &Ctx, plan: &str, meeting: &str, date: Option<String>) -> Result<ExitStatus> {
    let mut e = open_meeting(ctx, plan, meeting)?;
    let date = prompt::required("--date", date, &t!(ctx.lang, "fraga-kallelse-datum"))?;
    let date = input::date("--date", &date)?;
    if let Some(d) = crate::model::plan::parse_date(&date) {
        e.not_before_initiation("--date", d, &msg!("mote-kallelse-dag-ordet"))?;
    }
    if let Some(t) = e.plan.meeting(meeting).and_then(|m| m.time.as_ref()) {
        if date.as_str() > t.value.date().to_string().as_str() {
            return Err(err!(
                "mote-kallelse-efter-motet",
                datum = date,
                mote_id = meeting,
                tid = t.value.format("%Y-%m-%d %H:%M").to_string(),
                plan = plan
            ));
        }
    }
    e.apply(Op::Set {
        path: editing::item_path("möten", meeting, "kallelse_skickad"),
        value: Val::verbatim(&date),
    })?;
    let done = msg!(
        "mote-kallelse-skickad",
        mote_id = meeting,
        plan_id = e.id(),
        datum = date
    );
    e.finish(ctx, done, None)
}

/// `sip meeting held`: the meeting was held, with who had förhinder.
fn held(
    ctx: &Ctx,
    plan: &str,
    meeting: &str,
    notes: Option<String>,
    absent: &[String],
) -> Result<ExitStatus> {
    let mut e = open_meeting(ctx, plan, meeting)?;
    if let Some(t) = e.plan.meeting(meeting).and_then(|m| m.time.as_ref()) {
        if t.value.date() > ctx.today {
            return Err(err!(
                "mote-inplanerat-senare",
                mote_id = meeting,
                tid = t.value.format("%Y-%m-%d %H:%M").to_string(),
                i_dag = ctx.today.to_string(),
                plan = plan
            ));
        }
    }
    let mut away: Vec<(usize, String)> = Vec::new();
    for name in absent {
        let found = participant_at(&e, meeting, name)?;
        if !away.iter().any(|(at, _)| *at == found.0) {
            away.push(found);
        }
    }
    e.apply(Op::Set {
        path: editing::item_path("möten", meeting, "genomfört"),
        value: Val::verbatim("true"),
    })?;
    for (at, _) in &away {
        e.apply(Op::Set {
            path: attendance_path(meeting, *at),
            value: Val::verbatim("false"),
        })?;
    }
    if let Some(n) = notes {
        e.apply(Op::Set {
            path: editing::item_path("möten", meeting, "anteckningar"),
            value: Val::text(input::text("--notes", &n)?),
        })?;
    }
    let pid = e.id();
    let names: Vec<String> = away.into_iter().map(|(_, n)| n).collect();
    let done = if names.is_empty() {
        msg!("mote-hallet", mote_id = meeting, plan_id = pid)
    } else {
        crate::i18n::Msg::from_fn(|l| {
            t!(
                l,
                "mote-hallet-med-forhinder",
                mote_id = meeting,
                plan_id = pid,
                forhinder = editing::and_list(&names, l)
            )
        })
    };
    e.finish(ctx, done, None)
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
                return Err(err!(
                    "mote-flyttat-fore-kallelsen",
                    dag = when.to_string(),
                    skickad = sent.value.to_string(),
                    plan = plan,
                    mote_id = meeting
                ));
            }
        }
        if let Some(when) = when.filter(|w| m.is_held() && *w > ctx.today) {
            return Err(err!(
                "mote-hallet-flyttat-efter-i-dag",
                mote_id = meeting,
                dag = when.to_string(),
                i_dag = ctx.today.to_string()
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
        return Err(err!("mote-inget-att-andra"));
    }
    for (key, value) in sets {
        e.apply(Op::Set {
            path: editing::item_path("möten", &meeting, key),
            value,
        })?;
    }
    let pid = e.id();
    let done = match &at {
        Some(at) => msg!(
            "mote-flyttat",
            mote_id = meeting,
            plan_id = pid,
            tid = at.trim()
        ),
        None => msg!("mote-andrat", mote_id = meeting, plan_id = pid),
    };
    e.finish(ctx, done, None)
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
        return Err(err!(
            "mote-inte-hallet-forhinder",
            mote_id = meeting,
            plan_id = pid,
            namn = name
        ));
    }
    let (at, _) = participant_at(&e, &meeting, &name)?;
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
        msg!(
            "mote-forhinder",
            namn = who,
            mote_id = meeting,
            plan_id = pid
        )
    } else {
        msg!(
            "mote-narvarande",
            namn = who,
            mote_id = meeting,
            plan_id = pid
        )
    };
    e.finish(ctx, done, None)
}
