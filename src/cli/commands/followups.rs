//! `sip followups`: what is due or overdue across the plan folder, or one plan's checklist
//! (`sip followups PLAN`). Thin: flags → `lists::followups` / `lists::checklist` → a renderer.
//! Exits 0 whatever is overdue: it lists, it does not judge (SPEC §6); 1 when a plan of the
//! folder could not be read (SPEC §5), after listing all the others.

use std::path::Path;

use crate::check::load_file;
use crate::cli::args::{FollowupsArgs, ListFormat};
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;
use crate::lists::render::{self, RenderOpts};
use crate::lists::{checklist, followups};

pub fn run(ctx: &Ctx, args: FollowupsArgs) -> Result<ExitStatus> {
    if args.format == ListFormat::Xlsx {
        super::list::refuse_xlsx_on_terminal("followups", "uppfoljning")?;
    }
    let opts = super::list::render_opts(ctx);
    let anonymize = anonymized(&args);
    let filter = followups::Filter {
        within: Some(i64::from(args.within)),
        party: args.party.clone(),
        leader: args.leader.clone(),
        agreement: args.agreement.clone(),
        anonymize,
    };
    let (text, unreadable) = match &args.plan {
        Some(plan) => match one_plan(ctx, plan, &args, &filter, &opts)? {
            Out::Text(t) => (t, Vec::new()),
            Out::Sheets(s) => return super::list::write_xlsx(&s),
        },
        None => {
            let (ws, files) = super::list::folder_files(ctx)?;
            let mapped = followups::collect(&ws, &files, ctx.today, ctx.lang, &filter);
            let items = &mapped.values;
            let text = match args.format {
                ListFormat::Table => render::followups::table(items, &opts),
                ListFormat::Json => {
                    let mut out = std::io::stdout().lock();
                    render::followups::write_json(&mut out, items, &mapped.unreadable, &opts)
                        .map_err(crate::cli::stdout_error)?;
                    return Ok(super::list::warn_unreadable(ctx, &mapped.unreadable));
                }
                ListFormat::Csv => render::followups::csv(items),
                ListFormat::Ics => render::ics::render(items, &opts),
                ListFormat::Xlsx => {
                    super::list::write_xlsx(&render::xlsx::followups(items, ctx.lang))?;
                    return Ok(super::list::warn_unreadable(ctx, &mapped.unreadable));
                }
            };
            (text, mapped.unreadable)
        }
    };
    crate::cli::print(&text)?;
    // It lists, it does not judge: exit 0 whatever is overdue, 1 only when a plan is missing.
    Ok(super::list::warn_unreadable(ctx, &unreadable))
}

/// Whether names are anonymized: with `--anonymize`, and for `--format ics` unless `--names`
/// (a calendar is synced to phones and cloud calendars, far from the plan folder).
fn anonymized(args: &FollowupsArgs) -> bool {
    args.anonymize || (args.format == ListFormat::Ics && !args.names)
}

/// What one plan's list is printed as: text, or a workbook.
enum Out {
    Text(String),
    Sheets(Vec<render::xlsx::Sheet>),
}

/// One plan: the checklist (table, json), or all its items (csv, ics; `--party` applies, the
/// window does not: a single plan's calendar holds every date).
fn one_plan(
    ctx: &Ctx,
    plan: &str,
    args: &FollowupsArgs,
    filter: &followups::Filter,
    opts: &RenderOpts,
) -> Result<Out> {
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
    Ok(match args.format {
        ListFormat::Table => Out::Text(render::checklist::text(&list, opts)),
        ListFormat::Json => Out::Text(render::checklist::json(&list)),
        ListFormat::Csv => Out::Text(render::followups::csv(&items())),
        ListFormat::Ics => Out::Text(render::ics::render(&items(), opts)),
        ListFormat::Xlsx => Out::Sheets(render::xlsx::followups(&items(), ctx.lang)),
    })
}
