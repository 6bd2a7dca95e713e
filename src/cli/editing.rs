//! What every editing command shares: find and read the plan, apply verified edits, write once
//! atomically, and print what was done and what still keeps the plan from being complete.
//! Commands only turn their flags into `edit::Op`s.

use std::path::Path;

use crate::check::{CheckOptions, check_source};
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{Document, Op, Seg, write};
use crate::error::{Error, Result};
use crate::findings::{Code, Finding, Severity};
use crate::i18n::Lang;
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
    ctx.require_plan_folder(near.is_file().then_some(near))?;
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
        Err(Error::msg(
            format!(
                "samtycket i {id} återkallades {w}, och utan samtycke ändras planen inte längre. Avsluta den med `sip close {id} --reason samtycke_återkallat`, eller registrera ett nytt samtycke som gavs efter {w} med `sip consent {id} --date DATUM --form FORM --parties PARTER`"
            ),
            format!(
                "the consent in {id} was withdrawn on {w}, and without consent the plan no longer changes. Close it with `sip close {id} --reason samtycke_återkallat`, or record a new consent given after {w} with `sip consent {id} --date DATE --form FORM --parties PARTIES`"
            ),
        ))
    }

    /// Refuse a date before the plan's initiation (`what` names it, sv and en).
    pub fn not_before_initiation(
        &self,
        flag: &str,
        date: chrono::NaiveDate,
        what: (&str, &str),
    ) -> Result<()> {
        let Some(init) = self.plan.initiation.date.as_ref().map(|d| d.value) else {
            return Ok(());
        };
        if date >= init {
            return Ok(());
        }
        let id = self.id();
        Err(Error::msg(
            format!(
                "{flag}: {} kan inte vara {date}, före planens initiering ({init}); ange rätt datum, eller ändra initieringsdagen med `sip set {id} --initiated DATUM` om den är fel",
                what.0
            ),
            format!(
                "{flag}: {} cannot be {date}, before the plan was initiated ({init}); give the right date, or change the initiation date with `sip set {id} --initiated DATE` if that is wrong",
                what.1
            ),
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
            Error::msg(
                format!("{}: {}", self.file.display, e.text(Lang::Sv)),
                format!("{}: {}", self.file.display, e.text(Lang::En)),
            )
        })
    }

    /// Write (unless nothing changed) and report. `done` says what was done, in sv and en.
    pub fn finish(
        mut self,
        ctx: &Ctx,
        done: (String, String),
        assigned: Option<&str>,
    ) -> Result<ExitStatus> {
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
        write::replace(&self.lock, &self.original, new.as_bytes())?;
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
    if no_meeting {
        parts_sv.push("ett hållet upprättandemöte".to_string());
        parts_en.push("a held meeting that draws up the plan".to_string());
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
    let and = lang.pick(" och ", " and ");
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
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
    pub fn existing(&self, list: &str, id: &str, what: (&str, &str)) -> Result<()> {
        let ids = self.ids(list);
        if ids.iter().any(|i| i == id) {
            return Ok(());
        }
        let there = if ids.is_empty() {
            (
                format!("planen har inga {}", what.1),
                format!("the plan has no {}", what.1),
            )
        } else {
            (
                format!("finns: {}", ids.join(", ")),
                format!("there are: {}", ids.join(", ")),
            )
        };
        Err(Error::msg(
            format!("{} `{id}` finns inte i {} ({})", what.0, self.id(), there.0),
            format!("{} `{id}` is not in {} ({})", what.0, self.id(), there.1),
        ))
    }

    /// The places that refer to `id`, as ("insats I1", "intervention I1") pairs, and the edits
    /// that would remove those references.
    pub fn references(&self, kind: &Referenced, id: &str) -> (Vec<(String, String)>, Vec<Op>) {
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
                places.push((format!("insats {iid}"), format!("intervention {iid}")));
                drop(refs, item_path("insatser", iid, key));
            }
        }
        if let (Referenced::Need, Some(m)) = (kind, &self.plan.measures) {
            for (n, item) in m.items.iter().enumerate() {
                if item.needs.iter().any(|r| r.value == id) {
                    places.push((format!("åtgärd {}", n + 1), format!("measure {}", n + 1)));
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
        what: (&str, &str),
    ) -> Result<Vec<(String, String)>> {
        self.existing(list, id, what)?;
        let (places, ops) = self.references(&kind, id);
        if !places.is_empty() && !force {
            let sv: Vec<String> = places.iter().map(|p| p.0.clone()).collect();
            let en: Vec<String> = places.iter().map(|p| p.1.clone()).collect();
            return Err(Error::msg(
                format!(
                    "{} {id} används av {}; ändra {} först, eller ta bort med --force, som också tar bort hänvisningarna",
                    what.0,
                    and_list(&sv, Lang::Sv),
                    if places.len() == 1 { "den" } else { "dem" }
                ),
                format!(
                    "{} {id} is used by {}; change those first, or remove with --force, which removes the references too",
                    what.0,
                    and_list(&en, Lang::En)
                ),
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

/// "; hänvisningarna togs också bort från insats I1 och åtgärd 1" (or nothing).
pub fn also_removed(places: &[(String, String)]) -> (String, String) {
    if places.is_empty() {
        return (String::new(), String::new());
    }
    let sv: Vec<String> = places.iter().map(|p| p.0.clone()).collect();
    let en: Vec<String> = places.iter().map(|p| p.1.clone()).collect();
    (
        format!(
            " Hänvisningarna till det togs också bort från {}.",
            and_list(&sv, Lang::Sv)
        ),
        format!(
            " The references to it were removed too, from {}.",
            and_list(&en, Lang::En)
        ),
    )
}
