//! `sip edit PLAN`: open the plan in `$VISUAL`/`$EDITOR` (else `vi`), check it when the editor
//! closes, and on a terminal show what is wrong and offer to open it again while it has errors
//! (`[J/n]`; `[Y/n]` with `--lang en`). The text is saved
//! exactly as the person wrote it, atomically, and only if nobody changed the file meanwhile.

use std::path::Path;
use std::process::Command;

use crate::check::{CheckResult, FileReport};
use crate::cli::args::PlanArg;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::write;
use crate::error::{Error, Result};
use crate::findings::Severity;
use crate::report::{Format, ReportConfig, render};
use crate::source::SourceFile;

fn editor() -> Vec<String> {
    let var = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".into());
    var.split_whitespace().map(str::to_string).collect()
}

pub fn run(ctx: &Ctx, a: PlanArg) -> Result<ExitStatus> {
    let near = Path::new(&a.plan);
    ctx.require_plan_folder(near.is_file().then_some(near))?;
    let ws = ctx.workspace(near.is_file().then_some(near))?;
    let file = ws.find_plan(&a.plan)?;
    // No lock while the editor is open (that may take an hour): the lock is taken to save, and
    // the file must then still hold what was read, or the person's text is kept aside.
    let original = write::resolve_readable(&file.path, &ws.root)
        .and_then(|p| crate::source::read_capped(&p).map_err(|e| Error::read(&file.path, e)))?;
    let dir = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let name = file
        .path
        .file_name()
        .map_or_else(|| "plan.yaml".into(), |n| n.to_owned());
    let tmp = dir.path().join(name);
    std::fs::write(&tmp, &original).map_err(|e| Error::io(&tmp, e))?;
    let cmd = editor();
    let (text, report) = loop {
        let status = Command::new(&cmd[0])
            .args(&cmd[1..])
            .arg(&tmp)
            .status()
            .map_err(|e| {
                Error::msg(
                    format!(
                        "kunde inte starta redigeraren `{}`: {e} (sätt $EDITOR)",
                        cmd.join(" ")
                    ),
                    format!(
                        "could not start the editor `{}`: {e} (set $EDITOR)",
                        cmd.join(" ")
                    ),
                )
            })?;
        if !status.success() {
            return Err(Error::msg(
                format!(
                    "redigeraren `{}` avslutades med fel; inget sparades",
                    cmd.join(" ")
                ),
                format!(
                    "the editor `{}` exited with an error; nothing was saved",
                    cmd.join(" ")
                ),
            ));
        }
        let edited = std::fs::read(&tmp).map_err(|e| Error::io(&tmp, e))?;
        let text = String::from_utf8_lossy(&edited).into_owned();
        let errors = if edited == original {
            Vec::new()
        } else {
            let (mut f, _) = editing::findings_for(&ws, &file, &text, ctx.today, false);
            f.sort_by_key(|f| (f.span.start, f.code));
            f
        };
        let report = FileReport {
            source: SourceFile::new(file.path.clone(), file.display.clone(), text.clone()),
            plan_id: None,
            folder: String::new(),
            is_plan: true,
            findings: Vec::new(),
        };
        let n = errors
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        let mut report = report;
        report.findings = errors;
        if edited != original && n > 0 && prompt::interactive() {
            // What is wrong first, then the question.
            let cfg = ReportConfig {
                lang: ctx.lang,
                today: ctx.today,
                quiet: false,
                color: ctx.color,
                strict: false,
            };
            let shown = render(
                Format::Human,
                &CheckResult {
                    files: vec![FileReport {
                        source: report.source.clone(),
                        plan_id: report.plan_id.clone(),
                        folder: report.folder.clone(),
                        is_plan: report.is_plan,
                        findings: report.findings.clone(),
                    }],
                },
                &cfg,
            );
            eprint!("{shown}");
            let errors_sv = if n == 1 {
                "1 fel".to_string()
            } else {
                format!("{n} fel")
            };
            let errors_en = crate::i18n::plural(n, "error", "errors");
            let again = prompt::yes_no(
                ctx.lang.pick(
                    &format!("{} har {errors_sv}. Öppna igen?", file.display),
                    &format!("{} has {errors_en}. Open it again?", file.display),
                ),
                true,
                ctx.lang,
            )?;
            if again {
                continue;
            }
        }
        break (edited, report);
    };
    if text == original {
        if !ctx.quiet {
            crate::cli::print(ctx.lang.pick("Ingen ändring.\n", "No change.\n"))?;
        }
        return Ok(ExitStatus::Success);
    }
    let lock = write::lock(&file.path, &ws.root)?;
    match write::replace(&lock, &original, &text) {
        Ok(()) => {}
        Err(Error::ChangedOnDisk(_)) => {
            return Err(keep_aside(&file.path, lock.target(), &text, ctx)?);
        }
        Err(e) => return Err(e),
    }
    let errors = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let cfg = ReportConfig {
        lang: ctx.lang,
        today: ctx.today,
        quiet: ctx.quiet,
        color: ctx.color,
        strict: false,
    };
    let mut out = ctx
        .lang
        .pick(
            &format!("Sparade {}.\n", file.display),
            &format!("Saved {}.\n", file.display),
        )
        .to_string();
    if !report.findings.is_empty() {
        out.push_str(&render(
            Format::Human,
            &CheckResult {
                files: vec![report],
            },
            &cfg,
        ));
    } else {
        let text = String::from_utf8_lossy(&text).into_owned();
        out.push_str(&editing::remaining(ctx, &ws, &file, &text));
    }
    crate::cli::print(&out)?;
    Ok(if errors > 0 {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// The plan changed on disk while the person was editing it: keep their text beside the plan
/// (hidden, not a `.yaml`, so no folder command takes it for a plan) and say how to bring it in.
fn keep_aside(shown: &Path, target: &Path, text: &[u8], ctx: &Ctx) -> Result<Error> {
    let (dir, name) = (
        target.parent().unwrap_or(Path::new(".")),
        target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    );
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let kept = dir.join(format!(".{name}.redigerad-{stamp}"));
    write::create(&kept, text)?;
    let _ = ctx;
    let (p, k) = (shown.display(), kept.display());
    Ok(Error::msg(
        format!(
            "{p} ändrades på disken medan den var öppen i redigeraren (någon annan sparade, eller git uppdaterade filen), så din version skrevs inte över den. Din version finns kvar i {k}. Se skillnaderna med `git diff --no-index {p} {k}`, för in dina ändringar med `sip edit {p}` och ta sedan bort {k}"
        ),
        format!(
            "{p} changed on disk while it was open in the editor (someone else saved, or git updated it), so your version did not overwrite it. Your version is kept in {k}. See the differences with `git diff --no-index {p} {k}`, bring your changes in with `sip edit {p}`, then remove {k}"
        ),
    ))
}
