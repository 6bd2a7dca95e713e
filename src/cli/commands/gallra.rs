//! `sip gallra [--archive MAPP] [--apply [--by TEXT]] [--utan-git]`: which closed plans are due
//! for gallring under `[gallring]` in `sip.toml`, and why (a dry run by default); their archive
//! copies as PDF/A-2b; and, with `--apply`, their removal from the folder and from every version
//! in git (`git::gallring`), recorded in `gallringslogg.csv`.
//!
//! Order, so that nothing is lost half-way: every refusal first (exit 2, nothing written), then
//! every archive copy (a failed one stops here, nothing removed), then the rewrite, then the log.
//! Output names plans by id and dates only, never a name or personnummer.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::check::{CheckOptions, map_plans};
use crate::cli::args::GallraArgs;
use crate::cli::{Ctx, ExitStatus, print};
use crate::documents::Source;
use crate::documents::doc::{Block, Doc};
use crate::error::{Error, IoOp, Result};
use crate::git::gallring::{self, Assessment, Kept, LastEntries, LogRow, Verdict};
use crate::i18n::Lang;
use crate::model::config::{Contact, Retention};
use crate::model::plan::Plan;
use crate::workspace::Workspace;

pub fn run(ctx: &Ctx, args: GallraArgs) -> Result<ExitStatus> {
    // The plan folder's own plans: a nested plan folder has its own sip.toml and its own
    // `[gallring]`, and is gallrad from there.
    let Some(crate::workspace::PlanFolder { ws, files, .. }) =
        super::list::folder_files(ctx)?.into_iter().next()
    else {
        return Ok(ExitStatus::Success);
    };
    let Some(retention) = ws.config.retention.clone() else {
        return Err(err!("gallra-ingen-gallring"));
    };
    let entries = LastEntries::read(&ws.root)?;
    let opts = CheckOptions {
        select: Some(Vec::new()),
        ..CheckOptions::on(ctx.today)
    };
    let mapped = map_plans(&ws, &files, &opts, |file, plan, _| {
        gallring::assess(plan, &file.path, &retention, entries.as_ref(), ctx.today)
            .map(|a| (a, plan.clone()))
    });
    let mut assessed: Vec<(Assessment, Plan)> = mapped.values.into_iter().flatten().collect();
    assessed.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let due: Vec<&(Assessment, Plan)> = assessed
        .iter()
        .filter(|(a, _)| a.verdict == Verdict::Due)
        .collect();

    // Refusals, before anything is written.
    let by = if args.apply {
        Some(performer(&args, &retention)?)
    } else {
        None
    };
    if args.apply {
        match (&entries, args.no_git) {
            (Some(e), false) => {
                if let Some(why) = gallring::refusal(&e.top)? {
                    return Err(Error::Message(why));
                }
            }
            (Some(_), true) => return Err(err!("gallra-utan-git-i-git")),
            (None, false) => return Err(err!("gallra-inte-i-git")),
            (None, true) => {}
        }
    }
    if let (Some(dir), Some(e)) = (&args.archive, &entries) {
        if inside(dir, &e.top) {
            return Err(err!("gallra-arkiv-i-forradet", mapp = dir));
        }
    }

    print(&report(&assessed, &retention, ctx, args.apply))?;
    let _ = super::list::warn_unreadable(ctx, &mapped.unreadable);

    if let Some(dir) = &args.archive {
        archive(ctx, &ws, dir, &due)?;
    }
    let Some(by) = by.filter(|_| !due.is_empty()) else {
        return Ok(ExitStatus::Success);
    };
    apply(ctx, &ws, entries.as_ref(), &due, &by)
}

/// Who performs gallring for the log: `--by`, else `utförd_av` in `sip.toml`; required.
fn performer(args: &GallraArgs, r: &Retention) -> Result<String> {
    match args
        .by
        .as_deref()
        .or(r.performed_by.as_deref())
        .map(str::trim)
    {
        Some(by) if !by.is_empty() => Ok(by.to_string()),
        _ => Err(err!("gallra-vem")),
    }
}

/// Whether `dir` (which may not exist yet) lies inside `top`.
fn inside(dir: &Path, top: &Path) -> bool {
    let Ok(abs) = std::path::absolute(dir) else {
        return false;
    };
    let mut rest = Vec::new();
    let mut at = abs.as_path();
    loop {
        if let Ok(real) = std::fs::canonicalize(at) {
            let full: PathBuf = rest.iter().rev().fold(real, |p, c| p.join(c));
            return full.starts_with(top);
        }
        match (at.parent(), at.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                at = parent;
            }
            _ => return false,
        }
    }
}

/// The dry run's list: due, kept by an exception, undecidable, and how many come later.
fn report(list: &[(Assessment, Plan)], r: &Retention, ctx: &Ctx, apply: bool) -> String {
    let lang = ctx.lang;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        t!(
            lang,
            "gallra-regel",
            ar = r.years,
            idag = ctx.today.to_string()
        )
    );
    let group = |v: &dyn Fn(&Verdict) -> bool| -> Vec<&Assessment> {
        list.iter()
            .map(|(a, _)| a)
            .filter(|a| v(&a.verdict))
            .collect()
    };
    let due = group(&|v| *v == Verdict::Due);
    section(
        &mut out,
        lang,
        &t!(lang, "gallra-rubrik-ska", antal = due.len()),
        &due,
    );
    if due.is_empty() {
        let _ = writeln!(out, "  {}", t!(lang, "gallra-ingen"));
    }
    let kept = group(&|v| matches!(v, Verdict::Kept(_)));
    if !kept.is_empty() {
        let heading = t!(lang, "gallra-rubrik-sparas", antal = kept.len());
        section(&mut out, lang, &heading, &kept);
    }
    let open = group(&|v| matches!(v, Verdict::NoDate | Verdict::Uncommitted));
    if !open.is_empty() {
        let heading = t!(lang, "gallra-rubrik-oavgjord", antal = open.len());
        section(&mut out, lang, &heading, &open);
    }
    let later = group(&|v| *v == Verdict::NotYet);
    if let Some(first) = later.iter().filter_map(|a| a.due).min() {
        let _ = writeln!(
            out,
            "\n{}",
            t!(
                lang,
                "gallra-senare",
                antal = later.len(),
                forsta = first.to_string()
            )
        );
    }
    if !apply && !due.is_empty() {
        let _ = writeln!(out, "\n{}", t!(lang, "gallra-provkorning"));
    }
    out
}

/// One group of the dry run's list: its heading (with how many plans), then one line per plan,
/// its id and why.
fn section(out: &mut String, lang: Lang, heading: &str, plans: &[&Assessment]) {
    let _ = writeln!(out, "\n{heading}");
    for a in plans {
        let _ = writeln!(out, "  {}  {}", a.id, reason(lang, a));
    }
}

/// Why a plan is in its group of the dry run's list.
fn reason(lang: Lang, a: &Assessment) -> String {
    let d = |x: Option<chrono::NaiveDate>| x.map_or_else(|| "–".to_string(), |d| d.to_string());
    match a.verdict {
        Verdict::Due | Verdict::NotYet => t!(
            lang,
            "gallra-rad-ska",
            avslutad = d(a.closed),
            commit = d(a.last_commit),
            sista = d(a.last),
            sedan = d(a.due)
        ),
        Verdict::Kept(Kept::Listed) => t!(lang, "gallra-sparas-listad"),
        Verdict::Kept(Kept::BirthDay) => t!(lang, "gallra-sparas-fodd"),
        Verdict::Kept(Kept::BirthUnknown) => t!(lang, "gallra-sparas-okand"),
        Verdict::Uncommitted => t!(lang, "gallra-oavgjord-ej-incheckad"),
        Verdict::NoDate => t!(lang, "gallra-oavgjord-inget-datum"),
    }
}

/// Write `dir/<plan id>.pdf` (PDF/A-2b) for each due plan; any failure stops before removal.
fn archive(ctx: &Ctx, ws: &Workspace, dir: &Path, due: &[&(Assessment, Plan)]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io_op(IoOp::Create, dir, e))?;
    for (a, plan) in due {
        let doc = archive_doc(ctx, ws, a, plan)?;
        let (bytes, replaced) = crate::documents::render::pdf::render_archival(
            &doc,
            plan.id_or_placeholder(),
            ctx.today,
        )
        .map_err(|e| {
            err!(
                "gallra-arkiv-misslyckades",
                plan_id = a.id,
                fel = e.to_string()
            )
        })?;
        if replaced > 0 {
            eprintln!(
                "{}",
                t!(
                    ctx.lang,
                    "gallra-arkiv-ersatta-tecken",
                    antal = replaced,
                    plan_id = a.id
                )
            );
        }
        let path = dir.join(format!("{}.pdf", a.id));
        let tmp = dir.join(format!(".{}.pdf.tmp", a.id));
        std::fs::write(&tmp, &bytes)
            .and_then(|()| std::fs::rename(&tmp, &path))
            .map_err(|e| Error::io_op(IoOp::Write, &path, e))?;
        if !ctx.quiet {
            print(&format!(
                "{}\n",
                t!(ctx.lang, "gallra-arkivexemplar", fil = path)
            ))?;
        }
    }
    Ok(())
}

/// The archive copy: the plan document, then the minutes of every meeting held, then the
/// plan's history from git, then what the copy is.
fn archive_doc(ctx: &Ctx, ws: &Workspace, a: &Assessment, plan: &Plan) -> Result<Doc> {
    use crate::documents::{plan as plan_doc, protocol};
    let lang = ctx.lang;
    let agreement = plan.agreement.as_ref().and_then(|x| ws.agreement(&x.value));
    let history = crate::git::history::history(&a.file).ok();
    let contact = Contact::default();
    let src = Source {
        plan,
        agreement,
        lang,
        today: ctx.today,
        contact: &contact,
        history: history.as_deref(),
    };
    let mut doc = plan_doc::build(&src);
    for m in plan
        .meetings
        .iter()
        .filter(|m| m.is_held() && m.id.is_some())
    {
        let p = protocol::build(&src, Some(m.id_str()))?;
        let mut blocks = vec![Block::fields(p.header)];
        for s in p.sections {
            blocks.push(Block::heading(s.heading));
            blocks.extend(s.blocks);
        }
        doc.section(format!("{}, {}", p.title, m.id_str()), blocks);
    }
    let history_blocks = match &history {
        Some(h) if !h.is_empty() => vec![Block::table(
            [
                t!(lang, "gallra-historik-datum"),
                t!(lang, "gallra-historik-av"),
                t!(lang, "gallra-historik-andringar"),
            ],
            h.iter()
                .map(|e| {
                    let changes: Vec<&str> = e.changes.iter().map(|c| c.get(lang)).collect();
                    vec![e.date.to_string(), e.author.clone(), changes.join("; ")]
                })
                .collect(),
        )],
        _ => vec![Block::para(t!(lang, "gallra-historik-ingen-git"))],
    };
    doc.section(t!(lang, "gallra-historik-rubrik"), history_blocks);
    let last = a.last.map(|d| d.to_string()).unwrap_or_default();
    doc.section(
        t!(lang, "gallra-om-arkivexemplaret-rubrik"),
        vec![Block::para(t!(
            lang,
            "gallra-om-arkivexemplaret",
            version = env!("CARGO_PKG_VERSION"),
            idag = ctx.today.to_string(),
            plan_id = a.id,
            sista = last
        ))],
    );
    doc.warnings.clear();
    Ok(doc)
}

/// Remove the due plans (from the history too, in git), append the log, commit it, and say
/// what the team must do.
fn apply(
    ctx: &Ctx,
    ws: &Workspace,
    entries: Option<&LastEntries>,
    due: &[&(Assessment, Plan)],
    by: &str,
) -> Result<ExitStatus> {
    let lang = ctx.lang;
    let ids: Vec<&str> = due.iter().map(|(a, _)| a.id.as_str()).collect();
    let rows: Vec<LogRow> = due
        .iter()
        .map(|(a, _)| LogRow {
            plan: &a.id,
            closed: a.closed,
            gallrad: ctx.today,
            by,
        })
        .collect();
    let log = ws.root.join(gallring::LOG_FILE);
    let Some(e) = entries else {
        remove_files(due, false)?;
        gallring::append_log(&log, &rows)?;
        print(&format!(
            "{}\n",
            t!(
                lang,
                "gallra-klart-utan-git",
                planer = ids.join(", "),
                logg = gallring::LOG_FILE
            )
        ))?;
        return Ok(ExitStatus::Success);
    };
    let mut paths = Vec::new();
    for (a, _) in due {
        let rel = gallring::path_in_repo(&e.top, &a.file)
            .ok_or_else(|| err!("gallra-plan-utanfor-forradet", plan_id = a.id))?;
        for name in gallring::every_name(&e.top, &rel)? {
            if !paths.contains(&name) {
                paths.push(name);
            }
        }
    }
    let done = gallring::rewrite(&e.top, &paths)?;
    // The rewrite checks out the new history; a plan file still there was never committed.
    remove_files(due, true)?;
    gallring::append_log(&log, &rows)?;
    let log_rel = gallring::path_in_repo(&e.top, &log).unwrap_or_else(|| gallring::LOG_FILE.into());
    // The log's commit message is part of the team's shared history: always in Swedish.
    let message = t!(
        Lang::Sv,
        "gallra-incheckning",
        idag = ctx.today.to_string(),
        planer = ids.join(", ")
    );
    gallring::commit_log(&e.top, &log_rel, &message)?;
    print(&team_steps(lang, &ids, done))?;
    Ok(ExitStatus::Success)
}

/// Remove the due plans' files. `missing_ok` after the rewrite, which has removed every
/// committed one already.
fn remove_files(due: &[&(Assessment, Plan)], missing_ok: bool) -> Result<()> {
    for (a, _) in due {
        if missing_ok && !a.file.exists() {
            continue;
        }
        std::fs::remove_file(&a.file).map_err(|err| Error::io_op(IoOp::Remove, &a.file, err))?;
    }
    Ok(())
}

/// What the team must do after the rewrite.
fn team_steps(lang: Lang, ids: &[&str], done: gallring::Rewritten) -> String {
    let first = if done.origin_removed {
        t!(lang, "gallra-steg-origin")
    } else {
        t!(lang, "gallra-steg-fjarr")
    };
    format!(
        "\n{}\n\n{}\n{first}\n{}\n{}\n",
        t!(
            lang,
            "gallra-klart-git",
            planer = ids.join(", "),
            logg = gallring::LOG_FILE
        ),
        t!(lang, "gallra-teamet"),
        t!(lang, "gallra-steg-kloner"),
        t!(lang, "gallra-steg-vard"),
    )
}
