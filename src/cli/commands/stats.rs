//! `sip stats`: counts without personal data, small cells suppressed unless `--no-suppress`.
//! Thin: flags → `lists::stats` → a renderer.

use chrono::NaiveDate;

use crate::cli::args::{StatsArgs, TableFormat};
use crate::cli::{Ctx, ExitStatus, write_output};
use crate::error::Result;
use crate::lists::render;
use crate::lists::stats::collect;
use crate::model::plan::parse_date;

pub(crate) fn date_flag(flag: &str, v: Option<&str>) -> Result<Option<NaiveDate>> {
    v.map(|s| {
        parse_date(s.trim()).ok_or_else(|| err!("statistik-inget-datum", flagga = flag, varde = s))
    })
    .transpose()
}

pub fn run(ctx: &Ctx, args: StatsArgs) -> Result<ExitStatus> {
    let from = date_flag("--from", args.from.as_deref())?;
    let to = date_flag("--to", args.to.as_deref())?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(err!(
                "statistik-fran-efter-till",
                fran = f.to_string(),
                till = t.to_string()
            ));
        }
    }
    if args.format == TableFormat::Xlsx {
        super::list::refuse_xlsx_on_terminal("stats", "statistik", args.output.as_deref())?;
    }
    let out = args.output.as_deref();
    let folders = super::list::folder_files(ctx)?;
    let (st, unreadable) = collect(&folders, ctx.today, from, to);
    let sup = !args.no_suppress;
    let opts = super::list::render_opts(ctx);
    match args.format {
        TableFormat::Table => write_output(out, |w| render::stats::table(w, &st, &opts, sup))?,
        TableFormat::Json => write_output(out, |w| {
            render::stats::json(w, &st, sup, &unreadable, ctx.lang)
        })?,
        TableFormat::Csv => write_output(out, |w| render::stats::csv(w, &st, sup))?,
        TableFormat::Xlsx => super::list::write_xlsx(out, &render::xlsx::stats(&st, &opts, sup))?,
    }
    Ok(super::list::warn_unreadable(ctx, &unreadable))
}
