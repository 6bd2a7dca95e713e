//! `sip followups`: what is due or overdue across the plan folder, or one plan's checklist
//! (`sip followups PLAN`). Thin: flags → `lists::followups` / `lists::checklist` → a renderer.
//! Exits 0 whatever is overdue: it lists, it does not judge; 1 when a plan of the
//! folder could not be read, after listing all the others.

use std::path::Path;

use crate::check::load_file;
use crate::cli::args::{FollowupsArgs, ListFormat};
use crate::cli::{Ctx, ExitStatus, write_output};
use crate::error::Result;
use crate::lists::render::{self, RenderOpts};
use crate::lists::{checklist, followups};

pub fn run(ctx: &Ctx, args: FollowupsArgs) -> Result<ExitStatus> {
    if args.format == ListFormat::Xlsx {
        super::list::refuse_xlsx_on_terminal("followups", "uppfoljning", args.output.as_deref())?;
    }
    let out = args.output.as_deref();
    let opts = super::list::render_opts(ctx);
    let anonymize = anonymized(&args);
    let filter = followups::Filter {
        within: Some(i64::from(args.within)),
        party: args.party.clone(),
        leader: args.leader.clone(),
        agreement: args.agreement.clone(),
        anonymize,
    };
    if let Some(plan) = &args.plan {
        one_plan(ctx, plan, &args, &filter, &opts)?;
        return Ok(ExitStatus::Success);
    }
    let folders = super::list::folder_files(ctx)?;
    let mapped = followups::collect(&folders, ctx.today, ctx.lang, &filter);
    let (items, unreadable) = (&mapped.values, &mapped.unreadable);
    match args.format {
        ListFormat::Table => write_output(out, |w| render::followups::table(w, items, &opts))?,
        ListFormat::Json => write_output(out, |w| {
            render::followups::write_json(w, items, unreadable, &opts)
        })?,
        ListFormat::Csv => write_output(out, |w| render::followups::csv(w, items))?,
        ListFormat::Ics => write_output(out, |w| render::ics::render(w, items, &opts))?,
        ListFormat::Xlsx => {
            super::list::write_xlsx(out, &render::xlsx::followups(items, ctx.lang))?
        }
    }
    // It lists, it does not judge: exit 0 whatever is overdue, 1 only when a plan is missing.
    Ok(super::list::warn_unreadable(ctx, unreadable))
}

/// Whether names are anonymized: with `--anonymize`, and for `--format ics` unless `--names`
/// (a calendar is synced to phones and cloud calendars, far from the plan folder).
fn anonymized(args: &FollowupsArgs) -> bool {
    args.anonymize || (args.format == ListFormat::Ics && !args.names)
}

/// One plan: the checklist (table, json), or all its items (csv, ics; `--party` applies, the
/// window does not: a single plan's calendar holds every date).
fn one_plan(
    ctx: &Ctx,
    plan: &str,
    args: &FollowupsArgs,
    filter: &followups::Filter,
    opts: &RenderOpts,
) -> Result<()> {
    let out = args.output.as_deref();
    let near = Some(Path::new(plan)).filter(|p| p.is_file());
    let ws = ctx.workspace(near)?;
    let file = ws.find_plan(plan)?;
    let (_, plan) = load_file(&file, ctx.lang)?;
    let agreement = plan.agreement.as_ref().and_then(|a| ws.agreement(&a.value));
    let list = checklist::build(
        &plan,
        agreement,
        &file,
        ctx.today,
        ctx.lang,
        filter.anonymize,
    );
    let items = || {
        let f = followups::Filter {
            within: None,
            ..filter.clone()
        };
        list.items
            .iter()
            .filter(|i| f.keeps_item(i))
            .cloned()
            .collect::<Vec<_>>()
    };
    match args.format {
        ListFormat::Table => write_output(out, |w| render::checklist::text(w, &list, opts)),
        ListFormat::Json => write_output(out, |w| render::checklist::json(w, &list)),
        ListFormat::Csv => write_output(out, |w| render::followups::csv(w, &items())),
        ListFormat::Ics => write_output(out, |w| render::ics::render(w, &items(), opts)),
        ListFormat::Xlsx => {
            super::list::write_xlsx(out, &render::xlsx::followups(&items(), ctx.lang))
        }
    }
}
