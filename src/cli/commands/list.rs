//! `sip list`: one row per plan (id, individual, agreement, status, overall responsibility,
//! next follow-up, errors and warnings from `check`). Thin: flags → `lists::list` → a renderer.
//! Also holds the small helpers the list commands share (the folder's plan files, render
//! options).

use std::io::IsTerminal;

use crate::cli::args::{ListArgs, TableFormat};
use crate::cli::{Ctx, ExitStatus, write_stdout};
use crate::error::{Error, Result};
use crate::lists::list::{Filter, collect};
use crate::lists::render::{self, RenderOpts};
use crate::workspace::{PlanFile, Workspace};

/// Table width: the terminal's when stdout is one, else 80 columns (deterministic in tests).
pub fn render_opts(ctx: &Ctx) -> RenderOpts {
    RenderOpts {
        lang: ctx.lang,
        today: ctx.today,
        color: ctx.color,
        width: if std::io::stdout().is_terminal() {
            None
        } else {
            Some(80)
        },
    }
}

/// The plan folder and every plan file in it, shown relative to the cwd as `sip check` does.
pub fn folder_files(ctx: &Ctx) -> Result<(Workspace, Vec<PlanFile>)> {
    ctx.require_plan_folder(None)?;
    let root = ctx.root_for(None);
    let shown = if ctx.dir.is_some() {
        root.clone()
    } else {
        super::check::relative_root(&root)
    };
    let ws = ctx.workspace_at(root)?;
    let files = ws.plan_files(&[shown])?;
    Ok((ws, files))
}

/// Refuse `--format xlsx` on a terminal (a workbook is bytes, not text), before any work.
pub fn refuse_xlsx_on_terminal(command: &str, file: &str) -> Result<()> {
    if std::io::stdout().is_terminal() {
        return Err(Error::msg(
            format!(
                "--format xlsx skriver en Excel-fil, inte text: styr om utdata till en fil, till exempel `sip {command} --format xlsx > {file}.xlsx`"
            ),
            format!(
                "--format xlsx writes an Excel file, not text: redirect the output to a file, e.g. `sip {command} --format xlsx > {file}.xlsx`"
            ),
        ));
    }
    Ok(())
}

/// Write a workbook to stdout (never to a terminal: see [`refuse_xlsx_on_terminal`]).
pub fn write_xlsx(sheets: &[render::xlsx::Sheet]) -> Result<()> {
    let bytes = render::xlsx::workbook(sheets).map_err(|e| {
        Error::msg(
            format!("Excel-filen kunde inte skrivas: {e}"),
            format!("the Excel file could not be written: {e}"),
        )
    })?;
    write_stdout(|w| w.write_all(&bytes))
}

pub fn run(ctx: &Ctx, args: ListArgs) -> Result<ExitStatus> {
    let status = args.status;
    if args.format == TableFormat::Xlsx {
        refuse_xlsx_on_terminal("list", "planer")?;
    }
    let filter = Filter {
        status,
        agreement: args.agreement.clone(),
    };
    let (ws, files) = folder_files(ctx)?;
    let mapped = collect(&ws, &files, ctx.today, &filter);
    let (rows, unreadable) = (&mapped.values, &mapped.unreadable);
    let opts = render_opts(ctx);
    match args.format {
        TableFormat::Table => write_stdout(|w| render::list::table(w, rows, unreadable, &opts))?,
        TableFormat::Json => {
            write_stdout(|w| render::list::write_json(w, rows, unreadable, ctx.lang))?
        }
        TableFormat::Csv => write_stdout(|w| render::list::csv(w, rows))?,
        TableFormat::Xlsx => write_xlsx(&render::xlsx::list(rows, ctx.lang))?,
    }
    Ok(warn_unreadable(ctx, unreadable))
}

/// Name on stderr each plan a folder-wide list could not read, and fail (exit 1): a plan that
/// cannot be read must never drop out of an overview in silence.
pub fn warn_unreadable(ctx: &Ctx, unreadable: &[crate::check::Unreadable]) -> ExitStatus {
    if unreadable.is_empty() {
        return ExitStatus::Success;
    }
    let mut err = String::new();
    for u in unreadable {
        err.push_str(ctx.lang.pick(
            &format!(
                "fel: kan inte läsa {}: {}; planen saknas i listan (`sip check {}` visar var)\n",
                u.file, u.reason.sv, u.file
            ),
            &format!(
                "error: cannot read {}: {}; the plan is missing from the list (`sip check {}` shows where)\n",
                u.file, u.reason.en, u.file
            ),
        ));
    }
    eprint!("{err}");
    ExitStatus::Failure
}
