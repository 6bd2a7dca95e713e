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
        return Err(Error::msg(
            "sip.toml säger inte när planer gallras. Lägg till\n\n[gallring]\n\"år_efter_sista_anteckning\" = 5\n\ni sip.toml (socialtjänstens akter: 5 år, SoL 16 kap. 1 §; regionens patientjournal: minst 10 år, patientdatalagen 3 kap. 17 §) och kör sip gallra igen",
            "sip.toml does not say when plans are gallrade. Add\n\n[gallring]\n\"år_efter_sista_anteckning\" = 5\n\nto sip.toml (social services' records: 5 years; the region's patient records: at least 10 years) and run sip gallra again",
        ));
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
                    return Err(Error::msg(why.sv, why.en));
                }
            }
            (Some(_), true) => {
                return Err(Error::msg(
                    "planmappen ligger i git: --utan-git skulle lämna varje version av planerna kvar i historiken. Kör sip gallra --apply utan --utan-git",
                    "the plan folder is in git: --no-git would leave every version of the plans in the history. Run sip gallra --apply without --no-git",
                ));
            }
            (None, false) => {
                return Err(Error::msg(
                    "planmappen ligger inte i git, så det finns ingen historik att skriva om. Bekräfta att bara filerna ska tas bort med sip gallra --apply --utan-git",
                    "the plan folder is not in git, so there is no history to rewrite. Confirm that only the files are to be removed with sip gallra --apply --no-git",
                ));
            }
            (None, true) => {}
        }
    }
    if let (Some(dir), Some(e)) = (&args.archive, &entries) {
        if inside(dir, &e.top) {
            return Err(Error::msg(
                format!(
                    "arkivmappen {} ligger i planmappens git-förråd, och då hamnar planerna där igen. Ange en mapp utanför förrådet",
                    dir.display()
                ),
                format!(
                    "the archive folder {} is inside the plan folder's git repository, where the plans would end up again. Give a folder outside the repository",
                    dir.display()
                ),
            ));
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
        _ => Err(Error::msg(
            "ange vem som gallrar, som en roll eller funktion och inte ett namn, till exempel sip gallra --apply --by \"registrator, socialförvaltningen\" (eller \"utförd_av\" under [gallring] i sip.toml)",
            "say who performs the gallring, as a role or function and not a name, e.g. sip gallra --apply --by \"registrar, social services\" (or \"utförd_av\" under [gallring] in sip.toml)",
        )),
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
    let n_plans = |n: usize| match lang {
        Lang::Sv => format!("{n} {}", if n == 1 { "plan" } else { "planer" }),
        Lang::En => format!("{n} {}", if n == 1 { "plan" } else { "plans" }),
    };
    let d = |x: Option<chrono::NaiveDate>| x.map_or_else(|| "–".to_string(), |d| d.to_string());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        match lang {
            Lang::Sv => format!(
                "Gallring {} år efter sista anteckningen (det senare av avslutsdatum och senaste commit), i dag {}.",
                r.years, ctx.today
            ),
            Lang::En => format!(
                "Gallring {} years after the last entry (the later of the closing date and the last commit), today {}.",
                r.years, ctx.today
            ),
        }
    );
    let group = |v: &dyn Fn(&Verdict) -> bool| -> Vec<&Assessment> {
        list.iter()
            .map(|(a, _)| a)
            .filter(|a| v(&a.verdict))
            .collect()
    };
    let due = group(&|v| *v == Verdict::Due);
    let _ = writeln!(
        out,
        "\n{} ({}):",
        lang.pick("Ska gallras", "Due for gallring"),
        n_plans(due.len())
    );
    if due.is_empty() {
        let _ = writeln!(out, "  {}", lang.pick("ingen", "none"));
    }
    for a in &due {
        let _ = writeln!(
            out,
            "  {}  {}",
            a.id,
            match lang {
                Lang::Sv => format!(
                    "avslutad {}, senaste commit {}: sista anteckning {}, gallringsbar sedan {}",
                    d(a.closed),
                    d(a.last_commit),
                    d(a.last),
                    d(a.due)
                ),
                Lang::En => format!(
                    "closed {}, last commit {}: last entry {}, due since {}",
                    d(a.closed),
                    d(a.last_commit),
                    d(a.last),
                    d(a.due)
                ),
            }
        );
    }
    let kept = group(&|v| matches!(v, Verdict::Kept(_)));
    if !kept.is_empty() {
        let _ = writeln!(
            out,
            "\n{} ({}):",
            lang.pick(
                "Sparas genom arkivmyndighetens undantag",
                "Kept by the archive authority's exceptions"
            ),
            n_plans(kept.len())
        );
        for a in &kept {
            let why = match a.verdict {
                Verdict::Kept(Kept::Listed) => lang.pick(
                    "planen står bland undantagen (planer)",
                    "the plan is listed among the exceptions (planer)",
                ),
                Verdict::Kept(Kept::BirthDay) => lang.pick(
                    "individen är född en dag som sparas (födda_dag)",
                    "the individual was born on a day that is kept (födda_dag)",
                ),
                _ => lang.pick(
                    "födelsedagen går inte att läsa i planen, och födda_dag gäller: sparas tills den är känd",
                    "the day of birth cannot be read from the plan and födda_dag applies: kept until it is known",
                ),
            };
            let _ = writeln!(out, "  {}  {why}", a.id);
        }
    }
    let open = group(&|v| matches!(v, Verdict::NoDate | Verdict::Uncommitted));
    if !open.is_empty() {
        let _ = writeln!(
            out,
            "\n{} ({}):",
            lang.pick("Kan inte avgöras", "Cannot be decided"),
            n_plans(open.len())
        );
        for a in &open {
            let why = if a.verdict == Verdict::Uncommitted {
                lang.pick(
                    "ändrad men inte incheckad: sista anteckningen är i dag",
                    "changed but not committed: the last entry is today",
                )
            } else {
                lang.pick(
                    "inget avslutsdatum och ingen commit: ange datumet med sip close",
                    "no closing date and no commit: record it with sip close",
                )
            };
            let _ = writeln!(out, "  {}  {why}", a.id);
        }
    }
    let later = group(&|v| *v == Verdict::NotYet);
    if let Some(first) = later.iter().filter_map(|a| a.due).min() {
        let _ = writeln!(
            out,
            "\n{}",
            match lang {
                Lang::Sv => format!(
                    "{} till gallras senare (den första {first}).",
                    n_plans(later.len())
                ),
                Lang::En => format!(
                    "{} more are due later (the first on {first}).",
                    n_plans(later.len())
                ),
            }
        );
    }
    if !apply && !due.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            lang.pick(
                "Det här var en provkörning: ingenting har tagits bort. sip gallra --archive MAPP --apply skriver arkivexemplaren och gallrar.",
                "This was a dry run: nothing was removed. sip gallra --archive DIR --apply writes the archive copies and gallrar."
            )
        );
    }
    out
}

/// Write `dir/<plan id>.pdf` (PDF/A-2b) for each due plan; any failure stops before removal.
fn archive(ctx: &Ctx, ws: &Workspace, dir: &Path, due: &[&(Assessment, Plan)]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io_op(IoOp::Create, dir, e))?;
    for (a, plan) in due {
        let doc = archive_doc(ctx, ws, a, plan)?;
        let (bytes, replaced) = crate::documents::render::pdf::render_archival(&doc, plan.id_or_placeholder(), ctx.today).map_err(|e| {
            Error::msg(
                format!(
                    "arkivexemplaret av {} kunde inte skapas som PDF/A ({e}); ingenting har gallrats",
                    a.id
                ),
                format!(
                    "the archive copy of {} could not be made as PDF/A ({e}); nothing was gallrat",
                    a.id
                ),
            )
        })?;
        if replaced > 0 {
            eprintln!(
                "{}",
                match ctx.lang {
                    Lang::Sv => format!(
                        "varning: {replaced} tecken i arkivexemplaret av {} finns inte i typsnittet och är {} med � (PDF/A tillåter inga tecken utan glyf)",
                        a.id,
                        if replaced == 1 { "ersatt" } else { "ersatta" }
                    ),
                    Lang::En => format!(
                        "warning: {replaced} {} in the archive copy of {} not in the font and replaced by � (PDF/A allows no character without a glyph)",
                        if replaced == 1 {
                            "character is"
                        } else {
                            "characters are"
                        },
                        a.id
                    ),
                }
            );
        }
        let path = dir.join(format!("{}.pdf", a.id));
        let tmp = dir.join(format!(".{}.pdf.tmp", a.id));
        std::fs::write(&tmp, &bytes)
            .and_then(|()| std::fs::rename(&tmp, &path))
            .map_err(|e| Error::io_op(IoOp::Write, &path, e))?;
        if !ctx.quiet {
            print(&match ctx.lang {
                Lang::Sv => format!("Arkivexemplar: {}\n", path.display()),
                Lang::En => format!("Archive copy: {}\n", path.display()),
            })?;
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
                lang.pick("Datum", "Date"),
                lang.pick("Av", "By"),
                lang.pick("Ändringar", "Changes"),
            ],
            h.iter()
                .map(|e| {
                    let changes: Vec<&str> = e.changes.iter().map(|c| c.get(lang)).collect();
                    vec![e.date.to_string(), e.author.clone(), changes.join("; ")]
                })
                .collect(),
        )],
        _ => vec![Block::para(lang.pick(
            "Planmappen ligger inte i git: ingen historik finns.",
            "The plan folder is not in git: there is no history.",
        ))],
    };
    doc.section(
        lang.pick("Planens historik", "The plan's history"),
        history_blocks,
    );
    let last = a.last.map(|d| d.to_string()).unwrap_or_default();
    doc.section(
        lang.pick("Om arkivexemplaret", "About this archive copy"),
        vec![Block::para(match lang {
            Lang::Sv => format!(
                "Arkivexemplar (PDF/A-2b) skrivet av sip {} den {} när planen {} gallrades ur planmappen: sista anteckning {last}, gallring efter [gallring] i sip.toml.",
                env!("CARGO_PKG_VERSION"),
                ctx.today,
                a.id
            ),
            Lang::En => format!(
                "Archive copy (PDF/A-2b) written by sip {} on {} when the plan {} was gallrad from the plan folder: last entry {last}, gallring under [gallring] in sip.toml.",
                env!("CARGO_PKG_VERSION"),
                ctx.today,
                a.id
            ),
        })],
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
        for (a, _) in due {
            std::fs::remove_file(&a.file)
                .map_err(|err| Error::io_op(IoOp::Remove, &a.file, err))?;
        }
        gallring::append_log(&log, &rows)?;
        print(&match lang {
            Lang::Sv => format!(
                "Gallrat: {}. Antecknat i {}.\n",
                ids.join(", "),
                gallring::LOG_FILE
            ),
            Lang::En => format!(
                "Gallrat: {}. Recorded in {}.\n",
                ids.join(", "),
                gallring::LOG_FILE
            ),
        })?;
        return Ok(ExitStatus::Success);
    };
    let mut paths = Vec::new();
    for (a, _) in due {
        let rel = gallring::path_in_repo(&e.top, &a.file).ok_or_else(|| {
            Error::msg(
                format!("planen {} ligger inte i git-förrådet", a.id),
                format!("the plan {} is not in the git repository", a.id),
            )
        })?;
        for name in gallring::every_name(&e.top, &rel)? {
            if !paths.contains(&name) {
                paths.push(name);
            }
        }
    }
    let done = gallring::rewrite(&e.top, &paths)?;
    // The rewrite checks out the new history; a plan file still there was never committed.
    for (a, _) in due {
        if a.file.exists() {
            std::fs::remove_file(&a.file)
                .map_err(|err| Error::io_op(IoOp::Remove, &a.file, err))?;
        }
    }
    gallring::append_log(&log, &rows)?;
    let log_rel = gallring::path_in_repo(&e.top, &log).unwrap_or_else(|| gallring::LOG_FILE.into());
    let message = format!("Gallring {}: {} (sip gallra)", ctx.today, ids.join(", "));
    gallring::commit_log(&e.top, &log_rel, &message)?;
    print(&team_steps(lang, &ids, done))?;
    Ok(ExitStatus::Success)
}

/// What the team must do after the rewrite.
fn team_steps(lang: Lang, ids: &[&str], done: gallring::Rewritten) -> String {
    let mut out = String::new();
    let list = ids.join(", ");
    match lang {
        Lang::Sv => {
            let _ = writeln!(
                out,
                "\nGallrat: {list}. Filerna och varje version av dem är borta ur den här klonens historik; {} är incheckad.\n",
                gallring::LOG_FILE
            );
            let _ = writeln!(out, "Det här måste teamet göra nu:");
            if done.origin_removed {
                let _ = writeln!(
                    out,
                    "1. git-filter-repo tog bort fjärren origin, så att ingen av misstag hämtar tillbaka den gamla historiken. Lägg till den igen och skriv över fjärrförrådets historik:\n     git remote add origin <förrådets adress>\n     git push --force --all origin\n     git push --force --tags origin"
                );
            } else {
                let _ = writeln!(
                    out,
                    "1. Har planmappen ett fjärrförråd: skriv över dess historik med git push --force --all och git push --force --tags."
                );
            }
            let _ = writeln!(
                out,
                "2. Varje annan klon (kollegors datorer, CI-runners, kopior) ska tas bort och klonas på nytt. Kör aldrig git pull eller git push från en gammal klon: då kommer de gallrade planerna tillbaka.\n3. Fjärrförrådets värd kan behålla de gamla objekten tills den själv rensar, och omskrivningen når inte värdens säkerhetskopior, gafflar (forks) eller andra kopior: be värden om rensning och gallra säkerhetskopiorna enligt samma beslut."
            );
        }
        Lang::En => {
            let _ = writeln!(
                out,
                "\nGallrat: {list}. The files and every version of them are gone from this clone's history; {} is committed.\n",
                gallring::LOG_FILE
            );
            let _ = writeln!(out, "What the team must do now:");
            if done.origin_removed {
                let _ = writeln!(
                    out,
                    "1. git-filter-repo removed the remote origin, so that nobody fetches the old history back by mistake. Add it again and overwrite the remote's history:\n     git remote add origin <the repository's address>\n     git push --force --all origin\n     git push --force --tags origin"
                );
            } else {
                let _ = writeln!(
                    out,
                    "1. If the plan folder has a remote: overwrite its history with git push --force --all and git push --force --tags."
                );
            }
            let _ = writeln!(
                out,
                "2. Every other clone (colleagues' computers, CI runners, copies) must be deleted and cloned again. Never run git pull or git push from an old clone: that brings the gallrade plans back.\n3. The remote's host may keep the old objects until it prunes, and the rewrite does not reach the host's backups, forks or other copies: ask the host to prune, and gallra the backups under the same decision."
            );
        }
    }
    out
}
