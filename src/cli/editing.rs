//! What every editing command shares: find and read the plan, apply verified edits, write once
//! atomically, and print what was done and what still keeps the plan from being complete.
//! Commands only turn their flags into `edit::Op`s.

use std::path::Path;

use crate::check::{CheckOptions, check_source};
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Document, Op, Seg, write};
use crate::error::{Error, Result};
use crate::findings::{Code, Finding, Severity};
use crate::i18n::{Lang, Msg};
use crate::model::agreement::Agreement;
use crate::model::enums::Status;
use crate::model::load::load_plan;
use crate::model::plan::Plan;
use crate::source::{SourceFile, Spanned};
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
    /// An encrypted plan: opened with a key; `doc` holds its clear text, and the edited text is
    /// encrypted again on writing (unchanged values keep their ciphertext).
    sealed: Option<crate::crypt::sops::Opened>,
}

/// Open a plan (id or path) for editing. A closed plan is refused: only `sip status PLAN
/// pågående` (which opens with [`open_any_status`]) may touch it.
pub fn open(ctx: &Ctx, plan: &str) -> Result<Editing> {
    let e = open_despite_withdrawal(ctx, plan)?;
    e.refuse_withdrawn()?;
    Ok(e)
}

/// Open a plan that is not closed, also when its consent is withdrawn: for the one edit that
/// a withdrawn consent leaves open besides closing, a new consent given after the withdrawal.
pub fn open_despite_withdrawal(ctx: &Ctx, plan: &str) -> Result<Editing> {
    let e = open_any_status(ctx, plan)?;
    if e.plan.status() == Some(Status::Closed) {
        let id = e.id();
        return Err(err!("redigering-plan-avslutad", plan_id = id));
    }
    Ok(e)
}

/// Open a plan for editing whatever its status (still refusing a file with structural errors).
pub fn open_any_status(ctx: &Ctx, plan: &str) -> Result<Editing> {
    let near = Path::new(plan);
    ctx.require_plan_folder(near.is_file().then_some(near))?;
    let ws = ctx.workspace(near.is_file().then_some(near))?;
    let file = ws.find_plan(plan)?;
    let lock = write::lock(&file.path, &ws.root)?;
    let original =
        crate::source::read_capped(lock.target()).map_err(|e| Error::read(&file.path, e))?;
    let text = String::from_utf8(original.clone())
        .map_err(|_| err!("redigering-plan-inte-utf8", fil = file.display))?;
    // An encrypted plan is edited in its clear text, in memory only (refused without a key).
    let (text, sealed) =
        match crate::crypt::read::open_for_edit(&text, &file.display, &file_id(&file))? {
            Some(e) => (e.opened.clear.to_string(), Some(e.opened)),
            None => (text, None),
        };
    let src = SourceFile::new(file.path.clone(), file.display.clone(), text.clone());
    let loaded = load_plan(&src);
    let structural: Vec<&Finding> = loaded
        .findings
        .iter()
        .filter(|f| matches!(f.code, Code::S001 | Code::S002))
        .collect();
    if !structural.is_empty() {
        let list = Msg::from_fn(|lang| {
            structural
                .iter()
                .map(|f| {
                    t!(
                        lang,
                        "redigering-plan-strukturfel-rad",
                        rad = src.line_col(f.span.start).line,
                        fel = f.message(lang)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        });
        let why = if structural.iter().any(|f| f.code == Code::S002) {
            msg!("redigering-plan-strukturfel-felstavat")
        } else {
            msg!("redigering-plan-strukturfel-olasbart")
        };
        return Err(err!(
            "redigering-plan-strukturfel",
            plan_id = file_id(&file),
            fel = list,
            orsak = why
        ));
    }
    let plan = loaded
        .plan
        .ok_or_else(|| err!("redigering-plan-olasbar", fil = file.display))?;
    Ok(Editing {
        ws,
        file,
        lock,
        original,
        doc: Document::new(text),
        plan,
        sealed,
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
    /// The withdrawal date of the plan's consent, when it is withdrawn.
    pub fn withdrawn(&self) -> Option<chrono::NaiveDate> {
        self.plan
            .consent
            .as_ref()
            .and_then(|c| c.withdrawn.as_ref())
            .map(|w| w.value)
    }

    /// After a withdrawal nothing more is written about the individual: the plan may only be
    /// closed for that reason, or get a new consent given after the withdrawal.
    pub fn refuse_withdrawn(&self) -> Result<()> {
        let Some(w) = self.withdrawn() else {
            return Ok(());
        };
        let id = self.id();
        Err(err!(
            "redigering-plan-aterkallad",
            plan_id = id,
            datum = w.to_string()
        ))
    }

    /// Refuse a date before the plan's initiation (`what` names it).
    pub fn not_before_initiation(
        &self,
        flag: &str,
        date: chrono::NaiveDate,
        what: &Msg,
    ) -> Result<()> {
        let Some(init) = self.plan.initiation.date.as_ref().map(|d| d.value) else {
            return Ok(());
        };
        if date >= init {
            return Ok(());
        }
        let id = self.id();
        Err(err!(
            "redigering-plan-fore-initiering",
            flagga = flag,
            vad = what,
            datum = date.to_string(),
            initiering = init.to_string(),
            plan_id = id
        ))
    }

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
            err!(
                "redigering-plan-andring-fel",
                fil = self.file.display,
                fel = Msg::from_fn(|l| e.text(l))
            )
        })
    }

    /// Write (unless nothing changed) and report. `done` says what was done.
    pub fn finish(mut self, ctx: &Ctx, done: Msg, assigned: Option<&str>) -> Result<ExitStatus> {
        // The bytes to write: the text itself, or for an encrypted plan the text encrypted again
        // as `sip encrypt --from` does it.
        let new = match self.sealed.take() {
            Some(opened) if opened.clear.as_str() == self.doc.text => {
                String::from_utf8_lossy(&self.original).into_owned()
            }
            Some(opened) => {
                let recipients = self
                    .ws
                    .config
                    .encryption
                    .as_ref()
                    .map(|e| e.recipients.clone())
                    .unwrap_or_default();
                crate::crypt::read::reseal(opened, &self.doc.text, &recipients, &self.file.display)?
            }
            None => self.doc.text.clone(),
        };
        if new.as_bytes() == self.original.as_slice() {
            if !ctx.quiet {
                let same = t!(
                    ctx.lang,
                    "redigering-plan-ingen-andring",
                    fil = self.file.display
                );
                crate::cli::print(&format!("{same}\n"))?;
            } else if let Some(id) = assigned {
                crate::cli::print(&format!("{id}\n"))?;
            }
            return Ok(ExitStatus::Success);
        }
        write::replace(&self.lock, &self.original, new.as_bytes())?;
        if ctx.quiet {
            if let Some(id) = assigned {
                crate::cli::print(&format!("{id}\n"))?;
            }
            return Ok(ExitStatus::Success);
        }
        let mut out = format!("{}\n", done.get(ctx.lang));
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
    let source = SourceFile::new(file.path.clone(), file.display.clone(), text.to_string());
    let opts = CheckOptions {
        draft_as_active: as_active,
        ..CheckOptions::on(today)
    };
    let checked = check_source(ws, file, source, &opts);
    (checked.findings, checked.draft)
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
    // `sip status PLAN pågående` also asks for a held upprättande meeting (no rule does).
    let no_meeting = draft && !initial_meeting_held(file, text);
    if errors == 0 && warnings == 0 && !no_meeting {
        let done = if draft {
            t!(ctx.lang, "redigering-plan-kan-bli-pagaende", plan_id = id)
        } else {
            t!(ctx.lang, "redigering-plan-komplett")
        };
        return format!("{done}\n");
    }
    let lang = ctx.lang;
    let mut parts = Vec::new();
    if errors > 0 {
        parts.push(t!(
            lang,
            "redigering-plan-kvar-fel",
            antal = errors,
            koder = error_codes
        ));
    }
    if warnings > 0 {
        parts.push(t!(
            lang,
            "redigering-plan-kvar-varningar",
            antal = warnings,
            koder = warning_codes
        ));
    }
    if no_meeting {
        parts.push(t!(lang, "redigering-plan-kvar-mote"));
    }
    let delar = parts.join(", ");
    let left = if draft {
        t!(
            lang,
            "redigering-plan-kvar-utkast",
            delar = delar,
            plan_id = id
        )
    } else {
        t!(lang, "redigering-plan-kvar", delar = delar, plan_id = id)
    };
    format!("{left}\n")
}

/// Whether the plan text has an upprättande meeting marked as held.
pub fn initial_meeting_held(file: &PlanFile, text: &str) -> bool {
    let source = SourceFile::new(file.path.clone(), file.display.clone(), text.to_string());
    load_plan(&source).plan.is_some_and(|p| {
        p.meetings.iter().any(|m| {
            m.is_held()
                && m.kind.as_ref().map(|k| k.value)
                    == Some(crate::model::enums::MeetingKind::Initial)
        })
    })
}

/// `a`, `a och b`, `a, b och c` (en: `and`).
pub fn and_list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => t!(
            lang,
            "redigering-plan-och",
            forsta = init.join(", "),
            sista = last
        ),
    }
}

/// What refers to a need or goal: `insatser[].behov|mål` and (for needs) `åtgärder_av_andra[].behov`.
pub enum Referenced {
    Need,
    Goal,
}

impl Editing {
    /// The ids of the items in a list with ids (`behov`, `mål`, `insatser`, `möten`).
    pub fn ids(&self, list: &str) -> Vec<String> {
        let p = &self.plan;
        let ids: Vec<Option<&String>> = match list {
            "behov" => p.needs.iter().map(|x| x.id.as_deref()).collect(),
            "mål" => p.goals.iter().map(|x| x.id.as_deref()).collect(),
            "insatser" => p.interventions.iter().map(|x| x.id.as_deref()).collect(),
            _ => p.meetings.iter().map(|x| x.id.as_deref()).collect(),
        };
        ids.into_iter().flatten().cloned().collect()
    }

    /// Refuse an id that is not in the list, naming those that are.
    pub fn existing(&self, list: &str, id: &str, what: &Msg) -> Result<()> {
        let ids = self.ids(list);
        if ids.iter().any(|i| i == id) {
            return Ok(());
        }
        if ids.is_empty() {
            // The list's name as the message selects it (ASCII).
            let lista = match list {
                "behov" => "behov",
                "insatser" => "insatser",
                "mål" => "mal",
                _ => "moten",
            };
            return Err(err!(
                "redigering-plan-id-saknas-tom",
                vad = what,
                id = id,
                plan_id = self.id(),
                lista = lista
            ));
        }
        Err(err!(
            "redigering-plan-id-saknas",
            vad = what,
            id = id,
            plan_id = self.id(),
            finns = ids.join(", ")
        ))
    }

    /// The places that refer to `id` ("insats I1"), and the edits that would remove those
    /// references.
    pub fn references(&self, kind: &Referenced, id: &str) -> (Vec<Msg>, Vec<Op>) {
        let key = match kind {
            Referenced::Need => "behov",
            Referenced::Goal => "mål",
        };
        let mut places = Vec::new();
        let mut ops = Vec::new();
        let mut drop = |refs: &[Spanned<String>], at: Vec<Seg>| {
            let rest: Vec<String> = refs
                .iter()
                .map(|r| r.value.clone())
                .filter(|r| r != id)
                .collect();
            if rest.is_empty() {
                ops.push(Op::Remove { path: at });
            } else {
                ops.push(Op::Set {
                    path: at,
                    value: crate::edit::Val::flow(rest),
                });
            }
        };
        for i in &self.plan.interventions {
            let refs = match kind {
                Referenced::Need => &i.needs,
                Referenced::Goal => &i.goals,
            };
            let Some(iid) = i.id.as_deref() else { continue };
            if refs.iter().any(|r| r.value == id) {
                places.push(msg!("redigering-plan-plats-insats", insats_id = iid));
                drop(refs, item_path("insatser", iid, key));
            }
        }
        if let (Referenced::Need, Some(m)) = (kind, &self.plan.measures) {
            for (n, item) in m.items.iter().enumerate() {
                if item.needs.iter().any(|r| r.value == id) {
                    places.push(msg!("redigering-plan-plats-atgard", nummer = n + 1));
                    drop(
                        &item.needs,
                        vec![
                            Seg::Key("åtgärder_av_andra".into()),
                            Seg::Index(n),
                            Seg::Key("behov".into()),
                        ],
                    );
                }
            }
        }
        (places, ops)
    }

    /// Remove `list[id]`; what refers to it only with `force` (which removes the references
    /// too). Returns the places whose references were removed.
    pub fn remove_referenced(
        &mut self,
        list: &str,
        kind: Referenced,
        id: &str,
        force: bool,
        what: &Msg,
    ) -> Result<Vec<Msg>> {
        self.existing(list, id, what)?;
        let (places, ops) = self.references(&kind, id);
        if !places.is_empty() && !force {
            return Err(err!(
                "redigering-plan-anvands",
                vad = what,
                id = id,
                platser = places_list(&places),
                antal = places.len()
            ));
        }
        for op in ops {
            self.apply(op)?;
        }
        self.apply(Op::Remove {
            path: vec![Seg::Key(list.into()), Seg::Id(id.into())],
        })?;
        Ok(places)
    }
}

/// The places as one list in each language: "insats I1 och åtgärd 1".
fn places_list(places: &[Msg]) -> Msg {
    Msg::from_fn(|lang| {
        let items: Vec<String> = places.iter().map(|p| p.get(lang).to_string()).collect();
        and_list(&items, lang)
    })
}

/// " Hänvisningarna till det togs också bort från insats I1 och åtgärd 1." (or nothing).
pub fn also_removed(places: &[Msg]) -> Msg {
    if places.is_empty() {
        return Msg::default();
    }
    msg!(
        "redigering-plan-hanvisningar-borttagna",
        platser = places_list(places)
    )
}
