//! `sip status PLAN STATUS`: change the plan's status (closing goes through `sip close`).

use crate::cli::args::StatusArgs;
use crate::cli::editing;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Op, Val, path};
use crate::error::{Error, Result};
use crate::findings::{Code, Severity};
use crate::i18n::Lang;
use crate::model::enums::{MeetingKind, Status};

pub fn run(ctx: &Ctx, args: StatusArgs) -> Result<ExitStatus> {
    let status = args.status;
    if status == Status::Closed {
        return Err(Error::msg(
            format!(
                "en plan avslutas med `sip close {} --reason ORSAK` (den skriver också avslutsdatum och orsak)",
                args.plan
            ),
            format!(
                "a plan is closed with `sip close {} --reason REASON` (it also records the date and reason)",
                args.plan
            ),
        ));
    }
    let mut e = editing::open_any_status(ctx, &args.plan)?;
    if e.plan.status() == Some(Status::Closed) && status != Status::Active {
        let id = e.id();
        return Err(Error::msg(
            format!("{id} är avslutad; den kan bara öppnas igen, med `sip status {id} pågående`"),
            format!("{id} is closed; it can only be re-opened, with `sip status {id} pågående`"),
        ));
    }
    // Withdrawn consent and not closed yet: close it, or record a new consent (both name their
    // command); no other change of status.
    if e.plan.status() != Some(Status::Closed) {
        e.refuse_withdrawn()?;
    }
    if status == Status::Active {
        if let Some(w) = e.plan.consent.as_ref().and_then(|c| c.withdrawn.as_ref()) {
            let id = e.id();
            let w = w.value;
            return Err(Error::msg(
                format!(
                    "{id} kan inte bli pågående: samtycket återkallades {w}, och utan samtycke får kommunen och regionen inte samordna insatserna. Upprätta en ny plan med `sip new` om individen samtycker på nytt"
                ),
                format!(
                    "{id} cannot become active: the consent was withdrawn on {w}, and without consent kommun and region may not coordinate the interventions. Make a new plan with `sip new` if the individual consents again"
                ),
            ));
        }
    }
    if status == Status::Active {
        gate(ctx, &e)?;
    }
    let reopened = e.plan.status() == Some(Status::Closed) && e.plan.closing.is_some();
    e.apply(Op::Set {
        path: path(&["status"]),
        value: Val::verbatim(status.as_str()),
    })?;
    if reopened {
        // A plan in progress has no closing: the old one is in git's history (`sip history`).
        e.apply(Op::Remove {
            path: path(&["avslut"]),
        })?;
    }
    let pid = e.id();
    let (again_sv, again_en) = if reopened {
        (
            " Avslutet togs bort; det finns kvar i historiken (`sip history`).",
            " The closing was removed; it remains in the history (`sip history`).",
        )
    } else {
        ("", "")
    };
    e.finish(
        ctx,
        (
            format!("{pid} har nu status {status}.{again_sv}"),
            format!("{pid} now has status {status}.{again_en}"),
        ),
        None,
    )
}

/// What a plan needs before it is `pågående`: a consent that is recorded, valid and not
/// withdrawn, a held upprättande meeting, and no error under the law (the L rules). Each
/// thing missing is named with the command that gives it.
fn gate(ctx: &Ctx, e: &editing::Editing) -> Result<()> {
    let id = e.id();
    let mut sv: Vec<String> = Vec::new();
    let mut en: Vec<String> = Vec::new();
    match &e.plan.consent {
        None => {
            sv.push(format!(
                "inget samtycke är registrerat: `sip consent {id} --date DATUM --form skriftligt --given-by individen --parties PARTER`"
            ));
            en.push(format!(
                "no consent is recorded: `sip consent {id} --date DATE --form skriftligt --given-by individen --parties PARTIES`"
            ));
        }
        Some(c) => {
            if let Some(until) = c.valid_until.as_ref().map(|v| v.value) {
                if until < ctx.today {
                    sv.push(format!(
                        "samtycket gällde till {until}: registrera det nya med `sip consent {id} --date DATUM --valid-until DATUM`"
                    ));
                    en.push(format!(
                        "the consent was valid until {until}: record the new one with `sip consent {id} --date DATE --valid-until DATE`"
                    ));
                }
            }
            if c.date.is_none() {
                sv.push(format!(
                    "samtycket saknar datum: `sip consent {id} --date DATUM`"
                ));
                en.push(format!(
                    "the consent has no date: `sip consent {id} --date DATE`"
                ));
            }
        }
    }
    let initial: Vec<&crate::model::plan::Meeting> = e
        .plan
        .meetings
        .iter()
        .filter(|m| m.kind.as_ref().map(|k| k.value) == Some(MeetingKind::Initial))
        .collect();
    if !initial.iter().any(|m| m.is_held()) {
        match initial.first() {
            Some(m) => {
                let mid = m.id_str();
                sv.push(format!(
                    "upprättandemötet {mid} är inte hållet: `sip meeting held {id} {mid}` när det har hållits"
                ));
                en.push(format!(
                    "the meeting {mid} that draws up the plan has not been held: `sip meeting held {id} {mid}` once it has"
                ));
            }
            None => {
                sv.push(format!(
                    "planen har inget upprättandemöte: `sip meeting add {id} --kind upprättande --at \"ÅÅÅÅ-MM-DD TT:MM\"`, sedan `sip meeting held {id} MÖ1`"
                ));
                en.push(format!(
                    "the plan has no meeting that draws it up: `sip meeting add {id} --kind upprättande --at \"YYYY-MM-DD HH:MM\"`, then `sip meeting held {id} MÖ1`"
                ));
            }
        }
    }
    let (findings, _) = editing::findings_for(&e.ws, &e.file, &e.doc.text, ctx.today, true);
    for f in findings
        .iter()
        // Consent (L005, L006) is named above, with its command.
        .filter(|f| f.severity == Severity::Error && f.code.as_str().starts_with('L'))
        .filter(|f| !matches!(f.code, Code::L005 | Code::L006))
    {
        let code = f.code.as_str();
        let help = f
            .help
            .as_ref()
            .map(|h| format!(": `{h}`"))
            .unwrap_or_default();
        sv.push(format!("{code} {}{help}", f.message(Lang::Sv)));
        en.push(format!("{code} {}{help}", f.message(Lang::En)));
    }
    sv.dedup();
    en.dedup();
    if sv.is_empty() {
        return Ok(());
    }
    let list = |items: &[String]| {
        items
            .iter()
            .map(|i| format!("\n  – {i}"))
            .collect::<String>()
    };
    Err(Error::msg(
        format!(
            "{id} kan inte bli pågående ännu; det här saknas:{}",
            list(&sv)
        ),
        format!(
            "{id} cannot become active yet; this is missing:{}",
            list(&en)
        ),
    ))
}
