//! The one way a plan is checked. [`check_source`] runs the pipeline on one file's text: load,
//! rules, the `[regler]` overrides (the only place severities are set), the selection, and the
//! sort. Every caller goes through it: `sip check` (via [`check_folders`], which streams the
//! files in their sorted order and adds the plan ids used twice across files), the edit commands'
//! "what is left", `list`, `followups` and `stats` (via [`map_plans`]), and the fuzz tests (via
//! [`check_text`]). Printing is `report`'s business.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use chrono::NaiveDate;
use rayon::prelude::*;

pub use crate::findings::{CheckResult, FileReport, Totals, Unreadable};
use crate::findings::{Code, Finding, apply_overrides};
use crate::model::enums::Status;
use crate::model::load::load_plan;
use crate::model::plan::Plan;
use crate::rules::{self, PlanCtx};
use crate::source::{SourceFile, Span, Spanned};
use crate::workspace::{PlanFile, Workspace};

pub use crate::source::MAX_FILE_BYTES;

#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub today: NaiveDate,
    /// Only these rules (all when `None`).
    pub select: Option<Vec<Code>>,
    /// Check a draft as if it were `pågående` (what keeps it from becoming an active plan): the
    /// edit commands' "what is left".
    pub draft_as_active: bool,
}

impl CheckOptions {
    /// Every rule, on `today`.
    pub fn on(today: NaiveDate) -> Self {
        CheckOptions {
            today,
            select: None,
            draft_as_active: false,
        }
    }
}

/// One file through the pipeline.
#[derive(Debug)]
pub struct Checked {
    pub source: SourceFile,
    /// `None` when the file is not a readable plan.
    pub plan: Option<Plan>,
    /// After overrides and selection, sorted.
    pub findings: Vec<Finding>,
    /// Why the file is not a readable plan (the first finding of reading or loading, before any
    /// override could turn it off).
    pub problem: Option<Finding>,
    /// Whether a draft was checked as `pågående` (see [`CheckOptions::draft_as_active`]).
    pub draft: bool,
    /// Whether the file could not be read at all (its text is empty, or lossy when not UTF-8).
    pub unread: bool,
    /// The rules not tested (bits by code): the plan is encrypted, no key opens it, and they
    /// read a personal value (rules turned off or not selected are not counted).
    pub untested: u64,
}

/// Read a file as a plan source, or say why it cannot be read: an S001 finding with whatever
/// text could be shown (the lossy text of a non-UTF-8 file, else nothing).
pub fn read_source(file: &PlanFile) -> Result<SourceFile, Box<(Finding, SourceFile)>> {
    let empty = || SourceFile::new(file.path.clone(), file.display.clone(), String::new());
    let unreadable = |m: crate::i18n::Msg| {
        Box::new((
            Finding::new(Code::S001, Span::default()).arg_msg("problem", m),
            empty(),
        ))
    };
    if let Some(problem) = &file.problem {
        return Err(unreadable(problem.clone()));
    }
    let read = if file.regular {
        crate::source::read_regular
    } else {
        crate::source::read_capped
    };
    let bytes = read(&file.path).map_err(|e| unreadable(e.reason_msg()))?;
    source_of(file, bytes)
}

/// A file's bytes as its source text, or S001 with the lossy text when they are not UTF-8.
fn source_of(file: &PlanFile, bytes: Vec<u8>) -> Result<SourceFile, Box<(Finding, SourceFile)>> {
    match String::from_utf8(bytes) {
        // An encrypted plan: decrypted in memory when a key opens it, else sealed.
        Ok(text) => match crate::crypt::read::prepare(&text, &file.display) {
            Ok(None) => Ok(SourceFile::new(
                file.path.clone(),
                file.display.clone(),
                text,
            )),
            Ok(Some(p)) => Ok(SourceFile::prepared(
                file.path.clone(),
                file.display.clone(),
                p.text,
                p.access,
            )),
            Err(e) => {
                let m = crate::i18n::Msg::from_fn(|l| e.text(l));
                Err(Box::new((
                    Finding::new(Code::S001, Span::default()).arg_msg("problem", m),
                    SourceFile::new(file.path.clone(), file.display.clone(), text),
                )))
            }
        },
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            // The valid prefix is unchanged by the lossy conversion, so the offset still holds.
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let m = msg!("kontroll-s001-inte-utf8");
            let f = Finding::new(Code::S001, Span::new(valid, valid)).arg_msg("problem", m);
            Err(Box::new((
                f,
                SourceFile::new(file.path.clone(), file.display.clone(), text),
            )))
        }
    }
}

/// Load one plan for a command that needs it whole (documents, edits). A file that cannot be
/// read as a plan (S001) is an error: the command cannot do its job; so is an encrypted plan no
/// key opens ("nyckel saknas", with what to do).
pub fn load_file(
    file: &PlanFile,
    lang: crate::i18n::Lang,
) -> crate::error::Result<(SourceFile, Plan)> {
    let source = read_source(file).map_err(|b| {
        let f = &b.0;
        err!(
            "kontroll-fil-fel",
            fil = file.display,
            fel = crate::i18n::Msg::from_fn(|l| f.message(l))
        )
    })?;
    if source.access == crate::crypt::read::Access::Sealed {
        let ids = crate::crypt::read::identities()?;
        let id = crate::workspace::quick_id(&file.path).unwrap_or_else(|| file.display.clone());
        return Err(crate::crypt::read::no_key(&id, ids));
    }
    let loaded = load_plan(&source);
    match loaded.plan {
        Some(plan) => Ok((source, plan)),
        None => {
            let f = loaded.findings.first();
            let at = f.map(|f| source.line_col(f.span.start));
            let _ = lang;
            Err(match (f, at) {
                (Some(f), Some(lc)) => err!(
                    "kontroll-fil-rad-fel",
                    fil = file.display,
                    rad = lc.line,
                    kolumn = lc.column,
                    fel = crate::i18n::Msg::from_fn(|l| f.message(l))
                ),
                _ => err!("kontroll-fil-ingen-plan", fil = file.display),
            })
        }
    }
}

/// What a folder-wide list got: a value per readable plan, and every file it could not read.
#[derive(Debug)]
pub struct Mapped<T> {
    pub values: Vec<T>,
    pub unreadable: Vec<Unreadable>,
}

/// Load and check every file in parallel and map each readable plan through `f` (with its
/// findings after overrides). A file that is not a readable plan is named in `unreadable`,
/// never dropped in silence. Nothing but what `f` returns is kept, so memory stays flat on
/// large folders.
pub fn map_plans<T, F>(ws: &Workspace, files: &[PlanFile], opts: &CheckOptions, f: F) -> Mapped<T>
where
    T: Send,
    F: Fn(&PlanFile, &Plan, &[Finding]) -> T + Sync,
{
    let results: Vec<Result<T, Unreadable>> = files
        .par_iter()
        .map(|file| {
            let checked = check_file(ws, file, opts);
            match &checked.plan {
                Some(plan) => Ok(f(file, plan, &checked.findings)),
                None => Err(unreadable(file, &checked)),
            }
        })
        .collect();
    let mut mapped = Mapped {
        values: Vec::with_capacity(results.len()),
        unreadable: Vec::new(),
    };
    for r in results {
        match r {
            Ok(v) => mapped.values.push(v),
            Err(u) => mapped.unreadable.push(u),
        }
    }
    mapped
}

/// Why a file is not a readable plan, as the lists name it: S001's `problem`, else the finding's
/// message, with the line when there is one.
fn unreadable(file: &PlanFile, checked: &Checked) -> Unreadable {
    let Some(finding) = &checked.problem else {
        return Unreadable {
            file: file.display.clone(),
            reason: msg!("kontroll-ingen-plan"),
        };
    };
    let mut reason = match finding.args.iter().find(|(k, _)| *k == "problem") {
        Some((_, m)) if finding.code == Code::S001 => m.clone(),
        _ => crate::i18n::Msg::from_fn(|l| finding.message(l)),
    };
    if !checked.unread {
        let lc = checked.source.line_col(finding.span.start);
        reason = msg!("kontroll-rad-orsak", rad = lc.line, orsak = reason);
    }
    Unreadable {
        file: file.display.clone(),
        reason,
    }
}

/// Check one plan file: read it (bounded), then [`check_source`]. A file that cannot be read is
/// a file with one S001 finding.
pub fn check_file(ws: &Workspace, file: &PlanFile, opts: &CheckOptions) -> Checked {
    match read_source(file) {
        Ok(source) => check_source(ws, file, source, opts),
        Err(b) => unread(ws, *b, opts),
    }
}

/// A file that could not be read: its one S001 finding, resolved as any other.
fn unread(
    ws: &Workspace,
    (finding, source): (Finding, SourceFile),
    opts: &CheckOptions,
) -> Checked {
    let mut findings = vec![finding.clone()];
    resolve(ws, None, opts, &mut findings);
    Checked {
        source,
        plan: None,
        findings,
        problem: Some(finding),
        draft: false,
        unread: true,
        untested: 0,
    }
}

/// The pipeline on one plan's text: load, rules, overrides, selection, sort.
pub fn check_source(
    ws: &Workspace,
    file: &PlanFile,
    source: SourceFile,
    opts: &CheckOptions,
) -> Checked {
    let loaded = load_plan(&source);
    let mut findings = loaded.findings;
    let mut draft = false;
    let problem = match &loaded.plan {
        Some(_) => None,
        None => findings.first().cloned(),
    };
    let mut plan = loaded.plan;
    let mut untested = 0;
    if let Some(plan) = &mut plan {
        draft = opts.draft_as_active && plan.is_draft();
        let status = plan.status.clone();
        if draft {
            let span = plan.status.as_ref().map_or(Span::default(), |s| s.span);
            plan.status = Some(Spanned::new(Status::Active, span));
        }
        untested = run_rules(
            ws,
            file,
            plan,
            &source.text,
            source.access == crate::crypt::read::Access::Sealed,
            opts,
            &mut findings,
        );
        plan.status = status;
        hide_names(plan, &mut findings);
    }
    let agreement = plan.as_ref().and_then(|p| p.agreement.as_ref());
    resolve(ws, agreement.map(|a| a.value.as_str()), opts, &mut findings);
    if untested != 0 {
        untested = still_on(ws, agreement.map(|a| a.value.as_str()), untested);
    }
    sort_findings(&source, &mut findings);
    Checked {
        source,
        plan,
        findings,
        problem,
        draft,
        unread: false,
        untested,
    }
}

/// A value echoed in a message (an argument without spaces: an id, a party) that holds the name
/// of one of the plan's people (`part: anna.andersson`, an id `KARIN1`) becomes `…`: an id-shaped
/// value is no proof that it is not a name. Only plans with findings pay for the names.
fn hide_names(plan: &Plan, findings: &mut [Finding]) {
    if findings.is_empty() {
        return;
    }
    let names = crate::privacy::Anonymizer::of_names(plan.personal_names());
    // The plan's own id is random letters and digits, not a name (`sip-2026-bo3kq1x8`).
    let own_id = plan.id.as_ref().map_or("", |i| i.value.as_str());
    let named = |t: &str| t != own_id && names.mentions(t);
    // S009 is about a name in the file's path, which every format prints as the location
    // anyway: its message and its `git mv` say which file.
    for f in findings.iter_mut().filter(|f| f.code != Code::S009) {
        for (_, value) in &mut f.args {
            let hidden = [&value.sv, &value.en]
                .iter()
                .any(|t| !t.contains(char::is_whitespace) && named(t));
            if hidden {
                *value = crate::i18n::Msg::same("…".to_string());
                f.names_someone = true;
            }
        }
        if let Some(help) = &mut f.help {
            if help.split(' ').any(named) {
                let words: Vec<&str> = help
                    .split(' ')
                    .map(|w| if named(w) { "…" } else { w })
                    .collect();
                *help = words.join(" ");
            }
        }
    }
}

/// The rules on a loaded plan; returns those left untested (see [`rules::run`]).
fn run_rules(
    ws: &Workspace,
    file: &PlanFile,
    plan: &Plan,
    text: &str,
    sealed: bool,
    opts: &CheckOptions,
    findings: &mut Vec<Finding>,
) -> rules::CodeSet {
    let agreement = plan.agreement.as_ref().and_then(|a| ws.agreement(&a.value));
    let stem = file
        .rel
        .rsplit('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(".yaml")
        .trim_end_matches(".yml");
    let ctx = PlanCtx {
        plan,
        agreement,
        today: opts.today,
        rel_path: &file.rel,
        file_stem: stem,
        agreement_known: plan.agreement.is_some(),
        text,
        sealed,
    };
    rules::run(&ctx, opts.select.as_deref(), findings)
}

/// The `[regler]` tables that apply to a plan: its agreement's, then the folder's (which wins).
fn override_layers<'w>(
    ws: &'w Workspace,
    agreement: Option<&str>,
) -> Vec<&'w crate::findings::Overrides> {
    let mut layers = Vec::with_capacity(2);
    if let Some(a) = agreement.and_then(|id| ws.agreement(id)) {
        layers.push(&a.overrides);
    }
    layers.push(&ws.config.overrides);
    layers
}

/// The codes of `set` that `[regler]` (the agreement's, then the folder's) leaves on: a rule
/// turned off is not one that could not be tested.
fn still_on(ws: &Workspace, agreement: Option<&str>, set: rules::CodeSet) -> rules::CodeSet {
    let layers = override_layers(ws, agreement);
    let mut out = 0;
    for &code in Code::ALL {
        let bit = 1 << code as usize;
        if set & bit != 0
            && !matches!(
                crate::findings::Overrides::layered(&layers, code),
                Some(None)
            )
        {
            out |= bit;
        }
    }
    out
}

/// Severities as the agreement's and the folder's `[regler]` set them (the folder wins), rules
/// turned off dropped, and the `--select`ion: the one place a finding's severity is decided.
fn resolve(
    ws: &Workspace,
    agreement: Option<&str>,
    opts: &CheckOptions,
    findings: &mut Vec<Finding>,
) {
    let layers = override_layers(ws, agreement);
    apply_overrides(findings, &layers);
    if let Some(sel) = &opts.select {
        findings.retain(|f| sel.contains(&f.code));
    }
}

/// The plan folder of a file as the user would write it: its display path less the part inside
/// the folder (`plans/a/x.yaml` with rel `a/x.yaml` → `plans`), else the file's own folder.
fn folder_of(file: &PlanFile) -> String {
    let folder = match file.display.strip_suffix(file.rel.as_str()) {
        Some(rest) if !file.rel.is_empty() && (rest.is_empty() || rest.ends_with('/')) => {
            rest.trim_end_matches('/').to_string()
        }
        _ => file
            .display
            .rsplit_once('/')
            .map_or(String::new(), |(dir, _)| dir.to_string()),
    };
    if folder.is_empty() {
        ".".to_string()
    } else {
        folder
    }
}

/// The order within a file: line, then code (then column).
pub fn sort_findings(source: &SourceFile, findings: &mut [Finding]) {
    findings.sort_by_cached_key(|f| {
        let lc = source.line_col(f.span.start);
        (lc.line, f.code, lc.column)
    });
}

/// Check one plan's text in memory, as `sip check` would check a file `plan.yaml` in a folder
/// with no `sip.toml` (built-in agreements, no overrides): for fuzzing and tests. Findings are
/// sorted by position, as in a report.
pub fn check_text(text: &str, today: NaiveDate) -> Vec<Finding> {
    // Read the built-in agreements once: property tests check thousands of texts.
    static BUILTIN: std::sync::OnceLock<Vec<crate::model::agreement::Agreement>> =
        std::sync::OnceLock::new();
    let ws = Workspace {
        root: std::path::PathBuf::from("."),
        config: crate::model::config::Config::default(),
        agreements: BUILTIN
            .get_or_init(crate::model::agreement::builtin)
            .clone(),
    };
    let file = PlanFile::new("plan.yaml".into(), "plan.yaml".into(), "plan.yaml".into());
    let source = SourceFile::new(file.path.clone(), file.display.clone(), text.to_string());
    check_source(&ws, &file, source, &CheckOptions::on(today)).findings
}

/// One plan folder to check: its workspace, the files to check in it (sorted, as the walk gives
/// them), and the ids of its plan files that are not checked (`sip check FILE…`, as pre-commit
/// calls it), with their paths as shown, read from their `id:` lines only.
pub struct Folder {
    pub ws: Workspace,
    pub files: Vec<PlanFile>,
    pub others: Vec<(String, String)>,
}

/// Files checked at once: enough to keep both cores busy, few enough that the texts of the faulty
/// ones cost little before they are printed and dropped.
const CHUNK: usize = 512;

/// Check the files of every folder and hand each [`FileReport`] to `each`, in the order of their
/// paths as shown, as soon as it is ready: the text of a faulty file is dropped once `each` has
/// printed it, so memory does not grow with the folder. A plan id used in two files is an S004 at
/// the later one ("först i" the first), or at a checked file whose id a file left unchecked also
/// has ("också i"). Returns what was counted; stops at the first error of `each` (a write error).
pub fn check_folders<E>(
    folders: &[Folder],
    opts: &CheckOptions,
    each: impl FnMut(&FileReport) -> Result<(), E>,
) -> Result<Totals, E> {
    check_folders_unmerged(folders, opts, &HashSet::new(), each)
}

/// [`check_folders`], with an S001 for each plan git lists as unmerged (`unmerged`: absolute,
/// canonical paths; a merge left undone, a conflict or a merge driver that could not run).
pub fn check_folders_unmerged<E>(
    folders: &[Folder],
    opts: &CheckOptions,
    unmerged: &HashSet<PathBuf>,
    mut each: impl FnMut(&FileReport) -> Result<(), E>,
) -> Result<Totals, E> {
    let mut order: Vec<(usize, usize)> = folders
        .iter()
        .enumerate()
        .flat_map(|(g, f)| (0..f.files.len()).map(move |i| (g, i)))
        .collect();
    order.sort_by(|a, b| {
        folders[a.0].files[a.1]
            .display
            .cmp(&folders[b.0].files[b.1].display)
    });
    // Per folder: the first file of each id (its index in the folder), and the unchecked files'
    // ids.
    let mut seen: Vec<HashMap<String, usize>> = vec![HashMap::new(); folders.len()];
    let others: Vec<HashMap<&str, &str>> = folders
        .iter()
        .map(|f| {
            let mut m = HashMap::with_capacity(f.others.len());
            for (id, display) in &f.others {
                m.entry(id.as_str()).or_insert(display.as_str());
            }
            m
        })
        .collect();
    let mut totals = Totals::default();
    // The pool checks the next chunk while this thread prints the last one: a thread hands the
    // chunks over one at a time (at most one waits), so printing costs no wall time and no more
    // than three chunks' texts are held at once.
    std::thread::scope(|scope| {
        let (ready, checked) = std::sync::mpsc::sync_channel::<Vec<Report>>(1);
        let order = &order;
        scope.spawn(move || {
            for chunk in order.chunks(CHUNK) {
                let reports = chunk
                    .par_iter()
                    .map(|&(g, i)| report(&folders[g].ws, &folders[g].files[i], opts))
                    .collect();
                // The printer stopped (a write error): nothing more is wanted.
                if ready.send(reports).is_err() {
                    break;
                }
            }
        });
        for (reports, chunk) in checked.iter().zip(order.chunks(CHUNK)) {
            for (mut r, &(g, i)) in reports.into_iter().zip(chunk) {
                if let (Some(id), Some(span)) = (r.report.plan_id.clone(), r.id_span) {
                    let dup = match seen[g].get(&id) {
                        Some(&first) => Some((folders[g].files[first].display.as_str(), true)),
                        None => others[g].get(id.as_str()).map(|o| (*o, false)),
                    };
                    if let Some((other, first)) = dup {
                        duplicate(&folders[g].ws, opts, &mut r, &id, span, other, first);
                    }
                    seen[g].entry(id).or_insert(i);
                }
                if !unmerged.is_empty() {
                    unmerged_finding(&folders[g], i, opts, unmerged, &mut r);
                }
                totals.add(&r.report);
                each(&r.report)?;
            }
        }
        Ok(totals)
    })
}

/// One plan given as bytes (`sip check - --stdin-filename PATH`: an editor's unsaved buffer) as
/// if it were the file `file` of the plan folder `ws`: the same pipeline as a file read from disk,
/// without the cross-file duplicate check (the file on disk is this very plan). The caller caps
/// the bytes as every read is capped.
pub fn report_bytes(
    ws: &Workspace,
    file: &PlanFile,
    bytes: Vec<u8>,
    opts: &CheckOptions,
) -> FileReport {
    let read = match &file.problem {
        Some(p) => Err(Box::new((
            Finding::new(Code::S001, Span::default()).arg_msg("problem", p.clone()),
            SourceFile::new(file.path.clone(), file.display.clone(), String::new()),
        ))),
        None => source_of(file, bytes),
    };
    let checked = match read {
        Ok(source) => check_source(ws, file, source, opts),
        Err(b) => unread(ws, *b, opts),
    };
    FileReport {
        plan_id: checked
            .plan
            .as_ref()
            .and_then(|p| p.id.as_ref().map(|s| s.value.clone())),
        folder: folder_of(file),
        is_plan: checked.plan.is_some(),
        source: checked.source,
        findings: checked.findings,
        untested: checked.untested,
    }
}

/// A file's report with what the cross-file duplicate check needs.
struct Report {
    report: FileReport,
    id_span: Option<Span>,
    agreement: Option<String>,
}

fn report(ws: &Workspace, file: &PlanFile, opts: &CheckOptions) -> Report {
    let checked = check_file(ws, file, opts);
    let plan_id = checked
        .plan
        .as_ref()
        .and_then(|p| p.id.as_ref().map(|s| s.value.clone()));
    let id_span = checked
        .plan
        .as_ref()
        .and_then(|p| p.id.as_ref().map(|s| s.span));
    let agreement = checked
        .plan
        .as_ref()
        .and_then(|p| p.agreement.as_ref().map(|a| a.value.clone()));
    let mut source = checked.source;
    if checked.findings.is_empty() {
        source.drop_text();
    }
    Report {
        report: FileReport {
            source,
            plan_id,
            folder: folder_of(file),
            is_plan: checked.plan.is_some(),
            findings: checked.findings,
            untested: checked.untested,
        },
        id_span,
        agreement,
    }
}

/// Add S004 for a plan id already used in another file (`first`: the earlier checked file;
/// else a file not checked).
fn duplicate(
    ws: &Workspace,
    opts: &CheckOptions,
    r: &mut Report,
    id: &str,
    span: Span,
    other: &str,
    first: bool,
) {
    let note = if first {
        msg!("kontroll-s004-byt-id-forst", fil = other)
    } else {
        msg!("kontroll-s004-byt-id-ocksa", fil = other)
    };
    let place = msg!("kontroll-s004-i-fil", fil = other);
    let label = msg!("kontroll-s004-samma-id");
    let f = vec![
        Finding::new(Code::S004, span)
            .arg("id", id)
            .arg_msg("where", place)
            .label_msg(label)
            .note_msg(note),
    ];
    add_findings(ws, opts, r, f);
}

/// S001 for a plan git lists as unmerged, unless the file already says so (conflict markers).
fn unmerged_finding(
    folder: &Folder,
    i: usize,
    opts: &CheckOptions,
    unmerged: &HashSet<PathBuf>,
    r: &mut Report,
) {
    let file = &folder.files[i];
    let listed = std::fs::canonicalize(&file.path).is_ok_and(|p| unmerged.contains(&p));
    if !listed || r.report.findings.iter().any(|f| f.code == Code::S001) {
        return;
    }
    let problem = msg!("kontroll-s001-olost");
    let note = msg!("kontroll-s001-olost-not", fil = file.display);
    let f = vec![
        Finding::new(Code::S001, Span::default())
            .arg_msg("problem", problem)
            .note_msg(note),
    ];
    add_findings(&folder.ws, opts, r, f);
}

/// Add findings to a report (severities as `[regler]` sets them), reading the text again when
/// it was dropped for a clean file.
fn add_findings(ws: &Workspace, opts: &CheckOptions, r: &mut Report, mut f: Vec<Finding>) {
    resolve(ws, r.agreement.as_deref(), opts, &mut f);
    if f.is_empty() {
        return;
    }
    let report = &mut r.report;
    if report.source.text.is_empty() {
        // The text was dropped for a clean file; read it again to show the line.
        if let Some(text) = crate::source::read_capped(&report.source.path)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
        {
            let s = &report.source;
            report.source = SourceFile::new(s.path.clone(), s.display.clone(), text);
        }
    }
    report.findings.extend(f);
    sort_findings(&report.source, &mut report.findings);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_text_runs_load_and_rules() {
        let today = NaiveDate::from_ymd_opt(2026, 5, 1).expect("date");
        let plan = "id: plan\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: A B\n\
                    initiering:\n  datum: 2026-02-02\n  part: kommun\n";
        assert!(check_text(plan, today).is_empty());
        let codes: Vec<Code> = check_text(&format!("{plan}insattser: []\n"), today)
            .iter()
            .map(|f| f.code)
            .collect();
        assert_eq!(codes, [Code::S002]);
        let codes: Vec<Code> = check_text(&plan.replace("orebro-lan", "okänd"), today)
            .iter()
            .map(|f| f.code)
            .collect();
        assert_eq!(codes, [Code::S005]);
    }

    /// `check_folders` hands the files over in the order of their paths, across folders; an id
    /// used twice is an S004 at the later file ("först i" the first), an id of a file left
    /// unchecked an S004 "också i" it; a failing writer stops the check.
    #[test]
    fn check_folders_streams_in_order_and_finds_ids_used_twice() {
        let dir = tempfile::tempdir().expect("temp dir");
        let plan = |id: &str| {
            format!(
                "id: {id}\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: A B\n\
                 initiering:\n  datum: 2026-02-02\n  part: kommun\n"
            )
        };
        let write = |rel: &str, id: &str| {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, plan(id)).expect("write");
        };
        write("b/sip-2026-aaaa1111.yaml", "sip-2026-aaaa1111");
        write("a.yaml", "sip-2026-aaaa1111");
        write("c.yaml", "sip-2026-cccc3333");
        let other = tempfile::tempdir().expect("temp dir");
        std::fs::write(other.path().join("d.yaml"), plan("sip-2026-dddd4444")).expect("write");
        let ws = Workspace::open(dir.path().to_path_buf()).expect("workspace");
        let files = ws.plan_files(&[dir.path().to_path_buf()]).expect("files");
        let ws2 = Workspace::open(other.path().to_path_buf()).expect("workspace");
        let files2 = ws2
            .plan_files(&[other.path().to_path_buf()])
            .expect("files");
        let folders = [
            Folder {
                ws,
                files,
                others: vec![("sip-2026-cccc3333".into(), "annan.yaml".into())],
            },
            Folder {
                ws: ws2,
                files: files2,
                others: Vec::new(),
            },
        ];
        let today = NaiveDate::from_ymd_opt(2026, 5, 1).expect("date");
        let opts = CheckOptions::on(today);
        let mut seen: Vec<(String, Vec<String>)> = Vec::new();
        let totals = check_folders(&folders, &opts, |f| {
            let notes = f
                .findings
                .iter()
                .filter(|x| x.code == Code::S004)
                .flat_map(|x| x.notes.iter().map(|n| n.sv.clone()))
                .collect();
            seen.push((f.source.display.clone(), notes));
            Ok::<(), ()>(())
        })
        .expect("no write error");
        assert_eq!(totals.files, 4);
        assert_eq!(totals.plans, 4);
        let mut displays: Vec<&str> = seen.iter().map(|(d, _)| d.as_str()).collect();
        let printed = displays.clone();
        displays.sort_unstable();
        assert_eq!(printed, displays, "in the order of their paths");
        let notes_of = |end: &str| {
            seen.iter()
                .find(|(d, _)| d.ends_with(end))
                .map(|(_, n)| n.clone())
                .expect("reported")
        };
        assert!(notes_of("/a.yaml").is_empty());
        let b = notes_of("/b/sip-2026-aaaa1111.yaml");
        assert_eq!(b.len(), 1);
        assert!(
            b[0].contains("först i ") && b[0].ends_with("/a.yaml"),
            "{b:?}"
        );
        assert_eq!(
            notes_of("/c.yaml"),
            ["byt id i en av filerna (och filens namn); också i annan.yaml"]
        );
        assert!(notes_of("/d.yaml").is_empty());
        let mut calls = 0;
        let stopped = check_folders(&folders, &opts, |_| {
            calls += 1;
            Err("full")
        });
        assert_eq!((stopped, calls), (Err("full"), 1));
    }
}
