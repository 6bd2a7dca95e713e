//! `sip check`'s flow: read each plan file (in parallel), load it, run the rules, apply the
//! `[regler]` overrides, find plan ids used twice across files, and sort. Printing is
//! `report`'s business.

use std::collections::HashMap;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::findings::{Code, Finding, Severity, apply_overrides};
use crate::model::load::load_plan;
use crate::model::plan::Plan;
use crate::rules::{self, PlanCtx};
use crate::source::{SourceFile, Span};
use crate::workspace::{PlanFile, Workspace};

pub use crate::source::MAX_FILE_BYTES;

#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub today: NaiveDate,
    /// Only these rules (all when `None`).
    pub select: Option<Vec<Code>>,
}

/// One checked file.
#[derive(Debug)]
pub struct FileReport {
    /// The source; its text is kept only when there are findings to show.
    pub source: SourceFile,
    pub plan_id: Option<String>,
    /// The plan folder the file was found in, as shown (`plans`, `.`): `display` less `rel`.
    pub folder: String,
    /// Whether the file held a readable plan.
    pub is_plan: bool,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Default)]
pub struct CheckResult {
    pub files: Vec<FileReport>,
}

impl CheckResult {
    pub fn plans(&self) -> usize {
        self.files.iter().filter(|f| f.is_plan).count()
    }
    pub fn count(&self, sev: Severity) -> usize {
        self.files
            .iter()
            .flat_map(|f| &f.findings)
            .filter(|f| f.severity == sev)
            .count()
    }
}

/// Read a file as a plan source, or say why it cannot be read: an S001 finding with whatever
/// text could be shown (the lossy text of a non-UTF-8 file, else nothing).
pub fn read_source(file: &PlanFile) -> Result<SourceFile, Box<(Finding, SourceFile)>> {
    let empty = || SourceFile::new(file.path.clone(), file.display.clone(), String::new());
    let unreadable = |sv: String, en: String| {
        Box::new((
            Finding::new(Code::S001, Span::default()).arg2("problem", sv, en),
            empty(),
        ))
    };
    if let Some(problem) = &file.problem {
        return Err(unreadable(problem.sv.clone(), problem.en.clone()));
    }
    let bytes = crate::source::read_capped(&file.path).map_err(|e| {
        let (sv, en) = e.reason();
        unreadable(sv, en)
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(
            file.path.clone(),
            file.display.clone(),
            text,
        )),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            // The valid prefix is unchanged by the lossy conversion, so the offset still holds.
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let f = Finding::new(Code::S001, Span::new(valid, valid)).arg2(
                "problem",
                "filen är inte UTF-8 (spara den som UTF-8)",
                "the file is not UTF-8 (save it as UTF-8)",
            );
            Err(Box::new((
                f,
                SourceFile::new(file.path.clone(), file.display.clone(), text),
            )))
        }
    }
}

/// Load one plan for a command that needs it whole (documents, edits). A file that cannot be
/// read as a plan (S001) is an error: the command cannot do its job.
pub fn load_file(
    file: &PlanFile,
    lang: crate::i18n::Lang,
) -> crate::error::Result<(SourceFile, Plan)> {
    let source = read_source(file).map_err(|b| {
        let f = &b.0;
        crate::error::Error::msg(
            format!("{}: {}", file.display, f.message(crate::i18n::Lang::Sv)),
            format!("{}: {}", file.display, f.message(crate::i18n::Lang::En)),
        )
    })?;
    let loaded = load_plan(&source);
    match loaded.plan {
        Some(plan) => Ok((source, plan)),
        None => {
            let f = loaded.findings.first();
            let at = f.map(|f| source.line_col(f.span.start));
            let (sv, en) = match (f, at) {
                (Some(f), Some(lc)) => (
                    format!(
                        "{}:{}:{}: {}",
                        file.display,
                        lc.line,
                        lc.column,
                        f.message(crate::i18n::Lang::Sv)
                    ),
                    format!(
                        "{}:{}:{}: {}",
                        file.display,
                        lc.line,
                        lc.column,
                        f.message(crate::i18n::Lang::En)
                    ),
                ),
                _ => (
                    format!("{}: ingen plan", file.display),
                    format!("{}: not a plan", file.display),
                ),
            };
            let _ = lang;
            Err(crate::error::Error::msg(sv, en))
        }
    }
}

/// A file of the folder that could not be read as a plan, and why (SPEC §5, §6 `unreadable`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// As shown (relative to the cwd, as `sip check` shows it).
    pub file: String,
    pub reason: crate::i18n::Msg,
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
            // S001 says what is wrong in its `problem`; another finding says it whole.
            let not_a_plan = |finding: &Finding| Unreadable {
                file: file.display.clone(),
                reason: match finding.args.iter().find(|(k, _)| *k == "problem") {
                    Some((_, m)) if finding.code == Code::S001 => m.clone(),
                    _ => crate::i18n::Msg::new(
                        finding.message(crate::i18n::Lang::Sv),
                        finding.message(crate::i18n::Lang::En),
                    ),
                },
            };
            let source = read_source(file).map_err(|b| not_a_plan(&b.0))?;
            let loaded = load_plan(&source);
            let Some(plan) = loaded.plan else {
                return Err(match loaded.findings.first() {
                    Some(first) => {
                        let mut u = not_a_plan(first);
                        let lc = source.line_col(first.span.start);
                        u.reason.sv = format!("rad {}: {}", lc.line, u.reason.sv);
                        u.reason.en = format!("line {}: {}", lc.line, u.reason.en);
                        u
                    }
                    None => Unreadable {
                        file: file.display.clone(),
                        reason: crate::i18n::Msg::new("ingen plan", "not a plan"),
                    },
                });
            };
            let mut findings = loaded.findings;
            check_plan(ws, file, &plan, &source.text, opts, &mut findings);
            finish(
                ws,
                plan.agreement.as_ref().map(|a| a.value.as_str()),
                opts,
                &mut findings,
            );
            Ok(f(file, &plan, &findings))
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

/// Check one plan that is already loaded: rules, overrides, selection.
pub fn check_plan(
    ws: &Workspace,
    file: &PlanFile,
    plan: &Plan,
    text: &str,
    opts: &CheckOptions,
    findings: &mut Vec<Finding>,
) {
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
    };
    rules::run(&ctx, opts.select.as_deref(), findings);
}

fn finish(
    ws: &Workspace,
    agreement: Option<&str>,
    opts: &CheckOptions,
    findings: &mut Vec<Finding>,
) {
    let agreement_overrides = agreement
        .and_then(|id| ws.agreement(id))
        .map(|a| &a.overrides);
    let mut layers = Vec::with_capacity(2);
    if let Some(o) = agreement_overrides {
        layers.push(o);
    }
    layers.push(&ws.config.overrides);
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

fn check_file(
    ws: &Workspace,
    file: &PlanFile,
    opts: &CheckOptions,
) -> (FileReport, Option<(String, Span)>, Option<String>) {
    let source = match read_source(file) {
        Ok(s) => s,
        Err(b) => {
            let (f, source) = *b;
            let mut findings = vec![f];
            finish(ws, None, opts, &mut findings);
            let report = FileReport {
                source,
                plan_id: None,
                folder: folder_of(file),
                is_plan: false,
                findings,
            };
            return (report, None, None);
        }
    };
    let loaded = load_plan(&source);
    let mut findings = loaded.findings;
    let (plan_id, id_span, agreement) = match &loaded.plan {
        Some(plan) => {
            check_plan(ws, file, plan, &source.text, opts, &mut findings);
            (
                plan.id.as_ref().map(|s| s.value.clone()),
                plan.id.as_ref().map(|s| s.span),
                plan.agreement.as_ref().map(|a| a.value.clone()),
            )
        }
        None => (None, None, None),
    };
    finish(ws, agreement.as_deref(), opts, &mut findings);
    let dup_key = plan_id.clone().zip(id_span);
    sort_findings(&source, &mut findings);
    let mut source = source;
    if findings.is_empty() {
        source.drop_text();
    }
    let report = FileReport {
        source,
        plan_id,
        folder: folder_of(file),
        is_plan: loaded.plan.is_some(),
        findings,
    };
    (report, dup_key, agreement)
}

/// SPEC §6 order within a file: line, then code (then column).
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
    let opts = CheckOptions {
        today,
        select: None,
    };
    let source = SourceFile::new(file.path.clone(), file.display.clone(), text.to_string());
    let loaded = load_plan(&source);
    let mut findings = loaded.findings;
    if let Some(plan) = &loaded.plan {
        check_plan(&ws, &file, plan, &source.text, &opts, &mut findings);
    }
    let agreement = loaded.plan.as_ref().and_then(|p| p.agreement.as_ref());
    finish(
        &ws,
        agreement.map(|a| a.value.as_str()),
        &opts,
        &mut findings,
    );
    sort_findings(&source, &mut findings);
    findings
}

/// S004 across the plan folder for files checked on their own (`sip check FILE…`, as pre-commit
/// calls it): a checked file whose id is also the id of a plan file that was not checked. `others`
/// holds those files' ids and display paths, read from their `id:` lines only.
pub fn duplicates_in_folder(
    ws: &Workspace,
    reports: &mut [FileReport],
    others: &[(String, String)],
    opts: &CheckOptions,
) {
    if others.is_empty() {
        return;
    }
    let mut first: HashMap<&str, &str> = HashMap::with_capacity(others.len());
    for (id, display) in others {
        first.entry(id.as_str()).or_insert(display.as_str());
    }
    for r in reports.iter_mut() {
        let Some(id) = r.plan_id.as_deref() else {
            continue;
        };
        let Some(other) = first.get(id).copied() else {
            continue;
        };
        // The id's span and the agreement from the loader; the text is read again when it was
        // dropped for a clean file.
        if r.source.text.is_empty() {
            if let Ok(text) = std::fs::read_to_string(&r.source.path) {
                r.source = SourceFile::new(r.source.path.clone(), r.source.display.clone(), text);
            }
        }
        let Some(plan) = load_plan(&r.source).plan else {
            continue;
        };
        let Some(span) = plan.id.as_ref().map(|s| s.span) else {
            continue;
        };
        if r.findings
            .iter()
            .any(|f| f.code == Code::S004 && f.span == span)
        {
            continue;
        }
        let agreement = plan.agreement.as_ref().map(|a| a.value.clone());
        let mut f = vec![
            Finding::new(Code::S004, span)
                .arg("id", id)
                .arg2("where", format!("i {other}"), format!("in {other}"))
                .label("samma id som en annan fil", "same id as another file")
                .note(
                    format!("byt id i en av filerna (och filens namn); också i {other}"),
                    format!("change the id in one of the files (and its name); also in {other}"),
                ),
        ];
        finish(ws, agreement.as_deref(), opts, &mut f);
        r.findings.extend(f);
        sort_findings(&r.source, &mut r.findings);
    }
}

/// Check every file.
pub fn check(ws: &Workspace, files: &[PlanFile], opts: &CheckOptions) -> CheckResult {
    // Two vectors straight from the workers (no third one of tuples to move out of): on 100,000
    // plans every byte per file counts toward the peak.
    type Key = (Option<(String, Span)>, Option<String>);
    let (mut reports, keys): (Vec<FileReport>, Vec<Key>) = files
        .par_iter()
        .map(|f| {
            let (report, dup, agreement) = check_file(ws, f, opts);
            (report, (dup, agreement))
        })
        .unzip();
    let mut ids: HashMap<String, usize> = HashMap::with_capacity(keys.len());
    let mut dups: Vec<(usize, String, Span, usize, Option<String>)> = Vec::new();
    for (idx, (dup, agreement)) in keys.into_iter().enumerate() {
        if let Some((id, span)) = dup {
            match ids.get(&id) {
                Some(first) => dups.push((idx, id, span, *first, agreement)),
                None => {
                    ids.insert(id, idx);
                }
            }
        }
    }
    for (idx, id, span, first, agreement) in dups {
        let first_display = reports[first].source.display.clone();
        let mut f = vec![
            Finding::new(Code::S004, span)
                .arg("id", &id)
                .arg2(
                    "where",
                    format!("i {first_display}"),
                    format!("in {first_display}"),
                )
                .label("samma id som en annan fil", "same id as another file")
                .note(
                    format!("byt id i en av filerna (och filens namn); först i {first_display}"),
                    format!(
                        "change the id in one of the files (and its name); first in {first_display}"
                    ),
                ),
        ];
        finish(ws, agreement.as_deref(), opts, &mut f);
        if !f.is_empty() && reports[idx].source.text.is_empty() {
            // The text was dropped for a clean file; read it again to show the line.
            let path = &reports[idx].source.path;
            if let Some(text) = crate::source::read_capped(path)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
            {
                let s = &reports[idx].source;
                reports[idx].source = SourceFile::new(s.path.clone(), s.display.clone(), text);
            }
        }
        reports[idx].findings.extend(f);
    }
    for r in &mut reports {
        sort_findings(&r.source, &mut r.findings);
    }
    CheckResult { files: reports }
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
}
