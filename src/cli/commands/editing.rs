//! What every editing command shares: find and read the plan, apply verified edits, write once
//! atomically, and print what was done and what still keeps the plan from being complete.
//! Commands only turn their flags into `edit::Op`s.

use std::path::Path;

use crate::check::{CheckOptions, check_plan};
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Document, Op, Seg, write};
use crate::error::{Error, Result};
use crate::findings::{Code, Finding, Severity, apply_overrides};
use crate::i18n::Lang;
use crate::model::agreement::Agreement;
use crate::model::enums::Status;
use crate::model::load::load_plan;
use crate::model::plan::Plan;
use crate::source::{SourceFile, Span, Spanned};
use crate::workspace::{PlanFile, Workspace};

/// A plan opened for editing.
pub struct Editing {
    pub ws: Workspace,
    pub file: PlanFile,
    /// Held from reading to writing: edits of one plan run one at a time.
    lock: write::PlanLock,
    original: Vec<u8>,
    pub doc: Document,
    /// The plan as read (before any edit of this command).
    pub plan: Plan,
}

/// Open a plan (id or path) for editing. A closed plan is refused: only `sip status PLAN
/// pågående` (which opens with [`open_any_status`]) may touch it.
pub fn open(ctx: &Ctx, plan: &str) -> Result<Editing> {
    let e = open_any_status(ctx, plan)?;
    if e.plan.status() == Some(Status::Closed) {
        let id = e.id();
        return Err(Error::msg(
            format!(
                "{id} är avslutad och ändras inte längre; en avslutad plan är ett dokument över det som var. Öppna den igen med `sip status {id} pågående` om arbetet fortsätter"
            ),
            format!(
                "{id} is closed and no longer changes; a closed plan records what was. Re-open it with `sip status {id} pågående` if the work goes on"
            ),
        ));
    }
    Ok(e)
}

/// Open a plan for editing whatever its status (still refusing a file with structural errors).
pub fn open_any_status(ctx: &Ctx, plan: &str) -> Result<Editing> {
    let near = Path::new(plan);
    let ws = ctx.workspace(near.is_file().then_some(near))?;
    let file = ws.find_plan(plan)?;
    let lock = write::lock(&file.path, &ws.root)?;
    let original =
        crate::source::read_capped(lock.target()).map_err(|e| Error::read(&file.path, e))?;
    let text = String::from_utf8(original.clone()).map_err(|_| {
        Error::msg(
            format!("{} är inte UTF-8; spara den som UTF-8 först", file.display),
            format!("{} is not UTF-8; save it as UTF-8 first", file.display),
        )
    })?;
    let src = SourceFile::new(file.path.clone(), file.display.clone(), text.clone());
    let loaded = load_plan(&src);
    let structural: Vec<&Finding> = loaded
        .findings
        .iter()
        .filter(|f| matches!(f.code, Code::S001 | Code::S002))
        .collect();
    if !structural.is_empty() {
        let at = |f: &Finding, lang: Lang| {
            format!(
                "rad {}: {}",
                src.line_col(f.span.start).line,
                f.message(lang)
            )
        };
        let list = |lang: Lang| {
            structural
                .iter()
                .map(|f| at(f, lang))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let d = &file_id(&file);
        let why = if structural.iter().any(|f| f.code == Code::S002) {
            (
                "en ändring nu kunde hamna bredvid det felstavade i stället för i det",
                "a change now could land beside the misspelled part instead of in it",
            )
        } else {
            (
                "det som inte går att läsa går inte att ändra säkert",
                "what cannot be read cannot be changed safely",
            )
        };
        return Err(Error::msg(
            format!(
                "{d} ändras inte medan filen har fel i sin struktur ({}): {}. Rätta filen först: `sip check {d}` visar var, `sip edit {d}` öppnar den",
                list(Lang::Sv),
                why.0
            ),
            format!(
                "{d} is not changed while the file has structural errors ({}): {}. Fix the file first: `sip check {d}` shows where, `sip edit {d}` opens it",
                list(Lang::En),
                why.1
            ),
        ));
    }
    let plan = loaded.plan.ok_or_else(|| {
        Error::msg(
            format!("{} är ingen läsbar plan; kör `sip check {}` för att se felet och rätta det med `sip edit`", file.display, file.display),
            format!("{} is not a readable plan; run `sip check {}` to see the fault and fix it with `sip edit`", file.display, file.display),
        )
    })?;
    Ok(Editing {
        ws,
        file,
        lock,
        original,
        doc: Document::new(text),
        plan,
    })
}

/// A plan file's id as its name says (`sip-2026-x.yaml` → `sip-2026-x`).
pub fn file_id(file: &PlanFile) -> String {
    file.rel
        .rsplit('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(".yaml")
        .trim_end_matches(".yml")
        .to_string()
}

/// `[list, id, key]`.
pub fn item_path(list: &str, id: &str, key: &str) -> Vec<Seg> {
    vec![
        Seg::Key(list.into()),
        Seg::Id(id.into()),
        Seg::Key(key.into()),
    ]
}

impl Editing {
    /// The plan's agreement, when known.
    pub fn agreement(&self) -> Option<&Agreement> {
        self.plan
            .agreement
            .as_ref()
            .and_then(|a| self.ws.agreement(&a.value))
    }

    /// The plan's id (or its file name).
    pub fn id(&self) -> String {
        self.plan
            .id_str()
            .map(str::to_string)
            .unwrap_or_else(|| self.file.display.clone())
    }

    pub fn apply(&mut self, op: Op) -> Result<()> {
        self.doc.apply(&op).map_err(|e| {
            Error::msg(
                format!("{}: {}", self.file.display, e.text(Lang::Sv)),
                format!("{}: {}", self.file.display, e.text(Lang::En)),
            )
        })
    }

    /// Write (unless nothing changed) and report. `done` says what was done, in sv and en.
    pub fn finish(
        self,
        ctx: &Ctx,
        done: (String, String),
        assigned: Option<&str>,
    ) -> Result<ExitStatus> {
        if self.doc.text.as_bytes() == self.original.as_slice() {
            if !ctx.quiet {
                crate::cli::print(&format!(
                    "{}\n",
                    ctx.lang.pick(
                        &format!("Ingen ändring: {} innehöll redan detta.", self.file.display),
                        &format!("No change: {} already said this.", self.file.display),
                    )
                ))?;
            } else if let Some(id) = assigned {
                crate::cli::print(&format!("{id}\n"))?;
            }
            return Ok(ExitStatus::Success);
        }
        write::replace(&self.lock, &self.original, self.doc.text.as_bytes())?;
        if ctx.quiet {
            if let Some(id) = assigned {
                crate::cli::print(&format!("{id}\n"))?;
            }
            return Ok(ExitStatus::Success);
        }
        let mut out = format!("{}\n", ctx.lang.pick(&done.0, &done.1));
        out.push_str(&remaining(ctx, &self.ws, &self.file, &self.doc.text));
        crate::cli::print(&out)?;
        Ok(ExitStatus::Success)
    }
}

/// The findings of a plan text, with the folder's and agreement's overrides; with `as_active`,
/// a draft is checked as if it were `pågående` (what keeps it from becoming an active plan).
pub fn findings_for(
    ws: &Workspace,
    file: &PlanFile,
    text: &str,
    today: chrono::NaiveDate,
    as_active: bool,
) -> (Vec<Finding>, bool) {
    let src = SourceFile::new(file.path.clone(), file.display.clone(), text.to_string());
    let loaded = load_plan(&src);
    let mut findings = loaded.findings;
    let Some(mut plan) = loaded.plan else {
        return (findings, false);
    };
    let draft = as_active && plan.is_draft();
    if draft {
        let span = plan.status.as_ref().map_or(Span::default(), |s| s.span);
        plan.status = Some(Spanned::new(Status::Active, span));
    }
    let opts = CheckOptions {
        today,
        select: None,
    };
    check_plan(ws, file, &plan, text, &opts, &mut findings);
    let mut layers = Vec::new();
    if let Some(a) = plan.agreement.as_ref().and_then(|a| ws.agreement(&a.value)) {
        layers.push(&a.overrides);
    }
    layers.push(&ws.config.overrides);
    apply_overrides(&mut findings, &layers);
    (findings, draft)
}

/// One or two lines: what still keeps the plan from being complete.
pub fn remaining(ctx: &Ctx, ws: &Workspace, file: &PlanFile, text: &str) -> String {
    let (findings, draft) = findings_for(ws, file, text, ctx.today, true);
    let id = file_id(file);
    let group = |sev: Severity| {
        let mut codes: Vec<&str> = findings
            .iter()
            .filter(|f| f.severity == sev)
            .map(|f| f.code.as_str())
            .collect();
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        (n, codes.join(", "))
    };
    let (errors, error_codes) = group(Severity::Error);
    let (warnings, warning_codes) = group(Severity::Warning);
    if errors == 0 && warnings == 0 {
        return format!(
            "{}\n",
            if draft {
                ctx.lang.pick(
                    &format!("Inget hindrar att planen blir pågående: `sip status {id} pågående`."),
                    &format!("Nothing keeps the plan from becoming active: `sip status {id} pågående`."),
                )
                .to_string()
            } else {
                ctx.lang
                    .pick(
                        "Planen är komplett: inga fel, inga varningar.",
                        "The plan is complete: no errors, no warnings.",
                    )
                    .to_string()
            }
        );
    }
    let mut parts_sv = Vec::new();
    let mut parts_en = Vec::new();
    if errors > 0 {
        parts_sv.push(format!("{errors} fel ({error_codes})"));
        parts_en.push(format!(
            "{} ({error_codes})",
            crate::i18n::plural(errors, "error", "errors")
        ));
    }
    if warnings > 0 {
        parts_sv.push(format!(
            "{} ({warning_codes})",
            crate::i18n::plural(warnings, "varning", "varningar")
        ));
        parts_en.push(format!(
            "{} ({warning_codes})",
            crate::i18n::plural(warnings, "warning", "warnings")
        ));
    }
    let (head_sv, head_en) = if draft {
        (
            "Kvar innan planen kan bli pågående",
            "Left before the plan can become active",
        )
    } else {
        ("Kvar", "Left")
    };
    let tail_sv = if draft {
        format!(
            "`sip check {id}` visar detaljerna (för ett utkast visas bara det som redan gäller)."
        )
    } else {
        format!("`sip check {id}` visar detaljerna.")
    };
    let tail_en = if draft {
        format!("`sip check {id}` shows the details (for a draft only what already applies).")
    } else {
        format!("`sip check {id}` shows the details.")
    };
    match ctx.lang {
        Lang::Sv => format!("{head_sv}: {}.\n{tail_sv}\n", parts_sv.join(", ")),
        Lang::En => format!("{head_en}: {}.\n{tail_en}\n", parts_en.join(", ")),
    }
}
