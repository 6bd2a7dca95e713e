//! `sip goal add|set|remove`: goals (M1, M2, …); ids are never reused or renumbered.

use crate::cli::args::GoalCommand;
use crate::cli::editing::{self, Referenced};
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Seg, Val, input, path};
use crate::error::Result;
use crate::i18n::Msg;
use crate::model::enums::GoalAssessment;
use crate::model::plan::parse_date;

pub fn run(ctx: &Ctx, args: GoalCommand) -> Result<ExitStatus> {
    let (plan, text, measure, by) = match args {
        GoalCommand::Add {
            plan,
            text,
            measure,
            by,
        } => (plan, text, measure, by),
        GoalCommand::Set {
            plan,
            id,
            text,
            measure,
            by,
            outcome,
            outcome_date,
            comment,
        } => {
            let outcome = Outcome {
                assessment: outcome,
                date: outcome_date,
                comment,
            };
            return set(ctx, plan, id, text, measure, by, outcome);
        }
        GoalCommand::Remove { plan, id, force } => {
            let mut e = editing::open(ctx, &plan)?;
            let places =
                e.remove_referenced("mål", Referenced::Goal, &id, force, &msg!("mal-ordet"))?;
            let done = msg!(
                "mal-borttaget",
                mal_id = id,
                plan_id = e.id(),
                ocksa = editing::also_removed(&places)
            );
            return e.finish(ctx, done, None);
        }
    };
    let mut e = editing::open(ctx, &plan)?;
    let text = input::text("TEXT", &text)?;
    let by = by.map(|d| input::date("--by", &d)).transpose()?;
    if let Some(d) = by.as_deref().and_then(parse_date) {
        e.not_before_initiation("--by", d, &msg!("mal-senast-ordet"))?;
    }
    let id = input::next_id(
        "M",
        e.plan
            .goals
            .iter()
            .filter_map(|g| g.id.as_deref().map(String::as_str)),
    );
    let mut item = vec![("id", Val::verbatim(&id)), ("beskrivning", Val::text(text))];
    if let Some(m) = measure {
        item.push(("mått", Val::text(input::text("--measure", &m)?)));
    }
    if let Some(d) = by {
        item.push(("senast", Val::verbatim(d)));
    }
    e.apply(Op::Append {
        path: path(&["mål"]),
        item: Val::map(item),
    })?;
    let pid = e.id();
    e.finish(
        ctx,
        msg!("mal-tillagt", mal_id = id, plan_id = pid),
        Some(&id),
    )
}

/// `--outcome`, `--outcome-date`, `--comment` of `sip goal set`.
struct Outcome {
    assessment: Option<String>,
    date: Option<String>,
    comment: Option<String>,
}

/// The edits that evaluate a goal (or remove its evaluation), checked; with what was done.
fn outcome_ops(
    ctx: &Ctx,
    e: &editing::Editing,
    id: &str,
    o: Outcome,
) -> Result<(Vec<Op>, Option<Said>)> {
    let goal = e
        .plan
        .goals
        .iter()
        .find(|g| g.id.as_ref().is_some_and(|i| i.value == id));
    let had = goal.and_then(|g| g.outcome.as_ref()).is_some();
    let pid = e.id();
    let at = |key: &str| {
        let mut p = editing::item_path("mål", id, "utfall");
        p.push(Seg::Key(key.into()));
        p
    };
    let Some(assessment) = o.assessment else {
        if o.date.is_some() {
            return Err(err!("mal-datum-utan-utvardering"));
        }
        return match o.comment {
            None => Ok((Vec::new(), None)),
            Some(_) if !had => Err(err!("mal-kommentar-utan-utvardering", mal_id = id)),
            Some(c) => Ok((
                vec![Op::Set {
                    path: at("kommentar"),
                    value: Val::text(input::text("--comment", &c)?),
                }],
                Some(msg!("mal-kommentar-andrad", mal_id = id, plan_id = pid)),
            )),
        };
    };
    let mut all: Vec<&str> = GoalAssessment::ALL.to_vec();
    all.push(NONE);
    let value = input::choice("--outcome", &assessment, &all)?;
    if value == NONE {
        if o.date.is_some() || o.comment.is_some() {
            return Err(err!("mal-ingen-utvardering-med-mer"));
        }
        if !had {
            // Nothing to remove: the file stays as it is ("Ingen ändring").
            return Ok((
                Vec::new(),
                Some(msg!("mal-inte-utvarderat", mal_id = id, plan_id = pid)),
            ));
        }
        return Ok((
            vec![Op::Remove {
                path: editing::item_path("mål", id, "utfall"),
            }],
            Some(msg!(
                "mal-utvardering-borttagen",
                mal_id = id,
                plan_id = pid
            )),
        ));
    }
    let date = match o.date {
        Some(d) => input::date("--outcome-date", &d)?,
        None => ctx.today.to_string(),
    };
    if let Some(d) = parse_date(&date) {
        if d > ctx.today {
            return Err(err!(
                "mal-utvarderat-efter-i-dag",
                datum = d.to_string(),
                i_dag = ctx.today.to_string()
            ));
        }
        e.not_before_initiation("--outcome-date", d, &msg!("mal-utvarderingen-ordet"))?;
    }
    let mut ops = Vec::new();
    if had {
        // A new evaluation replaces the old one whole (its comment too).
        ops.push(Op::Remove {
            path: editing::item_path("mål", id, "utfall"),
        });
    }
    ops.push(Op::Set {
        path: at("bedömning"),
        value: Val::verbatim(&value),
    });
    ops.push(Op::Set {
        path: at("datum"),
        value: Val::verbatim(&date),
    });
    if let Some(c) = o.comment {
        ops.push(Op::Set {
            path: at("kommentar"),
            value: Val::text(input::text("--comment", &c)?),
        });
    }
    let a = GoalAssessment::parse(&value).unwrap_or(GoalAssessment::Achieved);
    Ok((
        ops,
        Some(crate::i18n::Msg::from_fn(|l| {
            t!(
                l,
                "mal-bedomt",
                mal_id = id,
                plan_id = pid,
                datum = date,
                bedomning = a.label(l)
            )
        })),
    ))
}

/// What was done, in Swedish and English.
type Said = Msg;

/// `--outcome ingen`: no evaluation.
const NONE: &str = "ingen";

fn set(
    ctx: &Ctx,
    plan: String,
    id: String,
    text: Option<String>,
    measure: Option<String>,
    by: Option<String>,
    outcome: Outcome,
) -> Result<ExitStatus> {
    let mut e = editing::open(ctx, &plan)?;
    e.existing("mål", &id, &msg!("mal-ordet"))?;
    let (outcome_ops, evaluated) = outcome_ops(ctx, &e, &id, outcome)?;
    let mut sets = Vec::new();
    if let Some(t) = text {
        sets.push(("beskrivning", Val::text(input::text("--text", &t)?)));
    }
    if let Some(m) = measure {
        sets.push(("mått", Val::text(input::text("--measure", &m)?)));
    }
    if let Some(d) = by {
        let d = input::date("--by", &d)?;
        if let Some(day) = parse_date(&d) {
            e.not_before_initiation("--by", day, &msg!("mal-senast-ordet"))?;
        }
        sets.push(("senast", Val::verbatim(d)));
    }
    if sets.is_empty() && outcome_ops.is_empty() && evaluated.is_none() {
        return Err(err!("mal-inget-att-andra"));
    }
    let changed_other = !sets.is_empty();
    for (key, value) in sets {
        e.apply(Op::Set {
            path: editing::item_path("mål", &id, key),
            value,
        })?;
    }
    for op in outcome_ops {
        e.apply(op)?;
    }
    let pid = e.id();
    let done = match evaluated {
        Some(said) if changed_other => msg!(
            "mal-andrat-och-bedomt",
            mal_id = id,
            plan_id = pid,
            bedomning = said
        ),
        Some(said) => said,
        None => msg!("mal-andrat", mal_id = id, plan_id = pid),
    };
    e.finish(ctx, done, None)
}
