//! `sip list`: one row per plan (id, individual, agreement, status, overall responsibility,
//! next follow-up, errors and warnings from `check`). Thin: flags → `lists::list` → a renderer.
//! Also holds the small helpers the list commands share (the folder's plan files, render
//! options).

use std::io::IsTerminal;
use std::path::Path;

use crate::cli::args::{ListArgs, TableFormat};
use crate::cli::{Ctx, ExitStatus, write_output};
use crate::error::Result;
use crate::lists::list::{Filter, collect};
use crate::lists::render::{self, RenderOpts};
use crate::workspace::PlanFolder;

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

/// The plan folder and every plan file in it, shown relative to the cwd as `sip check` does,
/// and the plan folders nested in it with theirs (`workspace::plan_folders`, as `check` takes
/// them).
pub fn folder_files(ctx: &Ctx) -> Result<Vec<PlanFolder>> {
    ctx.require_plan_folder(None)?;
    let root = ctx.root_for(None);
    let shown = if ctx.dir.is_some() {
        root.clone()
    } else {
        super::check::relative_root(&root)
    };
    crate::workspace::plan_folders(ctx.workspace_at(root)?, vec![shown])
}

/// Refuse `--format xlsx` on a terminal (a workbook is bytes, not text), before any work; with
/// `-o FILE` it goes to the file.
pub fn refuse_xlsx_on_terminal(command: &str, file: &str, out: Option<&Path>) -> Result<()> {
    if out.is_none() && std::io::stdout().is_terminal() {
        return Err(err!(
            "lista-xlsx-till-terminal",
            kommando = command,
            fil = file
        ));
    }
    Ok(())
}

/// Write a workbook to `-o FILE` or stdout (never to a terminal: see
/// [`refuse_xlsx_on_terminal`]).
pub fn write_xlsx(out: Option<&Path>, sheets: &[render::xlsx::Sheet]) -> Result<()> {
    let bytes = render::xlsx::workbook(sheets)
        .map_err(|e| err!("lista-excel-kunde-inte-skrivas", fel = e.to_string()))?;
    write_output(out, |w| w.write_all(&bytes))
}

pub fn run(ctx: &Ctx, args: ListArgs) -> Result<ExitStatus> {
    let status = args.status;
    if args.format == TableFormat::Xlsx {
        refuse_xlsx_on_terminal("list", "planer", args.output.as_deref())?;
    }
    let out = args.output.as_deref();
    let filter = Filter {
        status,
        agreement: args.agreement.clone(),
    };
    let folders = folder_files(ctx)?;
    let mapped = collect(&folders, ctx.today, &filter);
    let (rows, unreadable) = (&mapped.values, &mapped.unreadable);
    let opts = render_opts(ctx);
    match args.format {
        TableFormat::Table => {
            write_output(out, |w| render::list::table(w, rows, unreadable, &opts))?
        }
        TableFormat::Json => write_output(out, |w| {
            render::list::write_json(w, rows, unreadable, ctx.lang)
        })?,
        TableFormat::Csv => write_output(out, |w| render::list::csv(w, rows))?,
        TableFormat::Xlsx => write_xlsx(out, &render::xlsx::list(rows, ctx.lang))?,
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
        err.push_str(&t!(
            ctx.lang,
            "lista-kan-inte-lasa",
            fil = u.file,
            orsak = u.reason
        ));
        err.push('\n');
    }
    eprint!("{err}");
    ExitStatus::Failure
}
