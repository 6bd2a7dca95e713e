//! `sip report`: the board report. Thin: flags → `board` → disclosure control → a
//! format. The default period is the calendar year so far.

use std::io::IsTerminal;

use crate::board::{self, render, suppress};
use crate::cli::args::{ReportArgs, ReportFormat};
use crate::cli::{Ctx, ExitStatus, write_output};
use crate::error::Result;

pub fn run(ctx: &Ctx, args: ReportArgs) -> Result<ExitStatus> {
    let from = super::stats::date_flag("--from", args.from.as_deref())?;
    let to = super::stats::date_flag("--to", args.to.as_deref())?;
    let (dfrom, dto) = board::default_period(ctx.today);
    let to = to.unwrap_or(dto);
    let from = from.unwrap_or(if to < dfrom { to } else { dfrom });
    if from > to {
        return Err(err!(
            "rapport-fel-period",
            fran = from.to_string(),
            till = to.to_string()
        ));
    }
    let out = args.output.as_deref();
    if matches!(args.format, ReportFormat::Xlsx | ReportFormat::Pdf)
        && out.is_none()
        && std::io::stdout().is_terminal()
    {
        let ext = if args.format == ReportFormat::Pdf {
            "pdf"
        } else {
            "xlsx"
        };
        return Err(err!("rapport-fel-fil-saknas", format = ext));
    }
    let folders = super::list::folder_files(ctx)?;
    let (facts, unreadable) = board::collect(&folders, ctx.today, args.agreement.as_deref());
    let shown = suppress::apply(&board::fold(&facts, from, to));
    let prev = board::previous_period(from, to)
        .filter(|(_, pto)| board::has_previous(&facts, *pto))
        .map(|(pf, pt)| suppress::apply(&board::fold(&facts, pf, pt)));
    let lang = ctx.lang;
    let names = board::agreement_names(&folders);
    match args.format {
        ReportFormat::Json => write_output(out, |w| render::json(w, &shown, lang))?,
        ReportFormat::Markdown => write_output(out, |w| {
            let d = render::doc(&shown, prev.as_ref(), lang, render::Charts::None, &names);
            crate::documents::render::markdown::render(w, &d)
        })?,
        ReportFormat::Html => write_output(out, |w| {
            render::html(w, &shown, prev.as_ref(), lang, &names)
        })?,
        ReportFormat::Pdf => {
            let d = render::doc(
                &shown,
                prev.as_ref(),
                lang,
                render::Charts::TextBars,
                &names,
            );
            let bytes =
                crate::documents::render::pdf::render(&d, &format!("{from}–{to}"), ctx.today)
                    .map_err(|e| err!("rapport-fel-pdf", orsak = e.to_string()))?;
            write_output(out, |w| w.write_all(&bytes))?
        }
        ReportFormat::Xlsx => super::list::write_xlsx(out, &render::sheets(&shown, lang, &names))?,
    }
    Ok(super::list::warn_unreadable(ctx, &unreadable))
}
