//! `sip list`: one row per plan (id, individual, agreement, status, overall responsibility,
//! next follow-up, errors and warnings from `check`). Thin: flags → `lists::list` → a renderer.
//! Also holds the small helpers the list commands share (the folder's plan files, render
//! options).

use std::io::IsTerminal;

use crate::cli::args::{ListArgs, ListFormat};
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
    let filter = Filter {
        status,
        agreement: args.agreement.clone(),
    };
    let (ws, files) = folder_files(ctx)?;
    let rows = collect(&ws, &files, ctx.today, &filter);
    let opts = render_opts(ctx);
    let text = match args.format {
        ListFormat::Table => render::list::table(&rows, &opts),
        ListFormat::Json => {
            render::list::print_json(&rows);
            return Ok(ExitStatus::Success);
        }
        ListFormat::Csv => render::list::csv(&rows),
        ListFormat::Ics => {
            return Err(Error::msg(
                "`sip list` skriver inte ics (välj table, json eller csv)",
                "`sip list` does not write ics (choose table, json or csv)",
            ));
        }
    };
    crate::cli::print(&text);
    Ok(ExitStatus::Success)
}
