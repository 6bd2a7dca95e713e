//! `sip list`: one row per plan (id, individual, agreement, status, overall responsibility,
//! next follow-up, errors and warnings from `check`). Thin: flags → `lists::list` → a renderer.
//! Also holds the small helpers the list commands share (the folder's plan files, render
//! options).

use std::io::IsTerminal;

use crate::cli::args::{ListArgs, TableFormat};
use crate::cli::{Ctx, ExitStatus};
use crate::error::{Error, Result};
use crate::lists::list::{Filter, collect};
use crate::lists::render::{self, RenderOpts};
use crate::model::enums::Status;
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
pub fn write_xlsx(sheets: &[render::xlsx::Sheet]) -> Result<ExitStatus> {
    use std::io::Write;
    let bytes = render::xlsx::workbook(sheets).map_err(|e| {
        Error::msg(
            format!("Excel-filen kunde inte skrivas: {e}"),
            format!("the Excel file could not be written: {e}"),
        )
    })?;
    let mut out = std::io::stdout().lock();
    match out.write_all(&bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(ExitStatus::Success),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitStatus::Success),
        Err(e) => Err(Error::msg(
            format!("kunde inte skriva till standard ut: {e}"),
            format!("could not write to standard output: {e}"),
        )),
    }
}

pub fn run(ctx: &Ctx, args: ListArgs) -> Result<ExitStatus> {
    let status = match &args.status {
        None => None,
        Some(s) => Some(Status::parse(s.trim()).ok_or_else(|| {
            Error::msg(
                format!(
                    "--status: okänd status `{s}` (välj {})",
                    Status::ALL.join(", ")
                ),
                format!(
                    "--status: unknown status `{s}` (choose {})",
                    Status::ALL.join(", ")
                ),
            )
        })?),
    };
    if args.format == TableFormat::Xlsx {
        refuse_xlsx_on_terminal("list", "planer")?;
    }
    let filter = Filter {
        status,
        agreement: args.agreement.clone(),
    };
    let (ws, files) = folder_files(ctx)?;
    let rows = collect(&ws, &files, ctx.today, &filter);
    let opts = render_opts(ctx);
    let text = match args.format {
        TableFormat::Table => render::list::table(&rows, &opts),
        TableFormat::Json => {
            render::list::print_json(&rows);
            return Ok(ExitStatus::Success);
        }
        TableFormat::Csv => render::list::csv(&rows),
        TableFormat::Xlsx => return write_xlsx(&render::xlsx::list(&rows, ctx.lang)),
    };
    crate::cli::print(&text);
    Ok(ExitStatus::Success)
}
