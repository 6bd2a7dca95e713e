//! `sip fmt [PATH…] [--check]`: rewrite plans in canonical form (see `edit::fmt`), or with
//! `--check` only report the files that are not (exit 1).

use crate::cli::args::FmtArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::{fmt, write};
use crate::error::{Error, Result};

pub fn run(ctx: &Ctx, args: FmtArgs) -> Result<ExitStatus> {
    let ws = ctx.workspace(args.paths.first().map(|p| p.as_path()))?;
    let paths = if args.paths.is_empty() {
        vec![ws.root.clone()]
    } else {
        args.paths.clone()
    };
    // The plans of plan folders nested below too, as `sip check` takes them: `fmt --check` in CI
    // must not pass on files it never looked at.
    let mut files: Vec<(std::path::PathBuf, crate::workspace::PlanFile)> = Vec::new();
    for f in crate::workspace::plan_folders(ws, paths)? {
        files.extend(f.files.into_iter().map(|file| (f.ws.root.clone(), file)));
    }
    files.sort_by(|a, b| a.1.display.cmp(&b.1.display));
    let (mut changed, mut refused) = (0usize, 0usize);
    let mut out = String::new();
    for (root, file) in &files {
        // Rewriting takes the plan's lock first, as every edit does; checking only reads.
        let lock = if args.check {
            None
        } else {
            match write::lock(&file.path, root) {
                Ok(l) => Some(l),
                Err(e) => {
                    refused += 1;
                    eprintln!("{}", t!(ctx.lang, "fmt-fel", fel = e.text(ctx.lang)));
                    continue;
                }
            }
        };
        let read_from = lock.as_ref().map_or(file.path.as_path(), |l| l.target());
        let bytes = match file.problem.as_ref() {
            Some(p) => Err(err!("fmt-fil-problem", fil = file.display, problem = p)),
            None => crate::source::read_capped(read_from).map_err(|e| Error::read(&file.path, e)),
        };
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                refused += 1;
                eprintln!("{}", t!(ctx.lang, "fmt-fel", fel = e.text(ctx.lang)));
                continue;
            }
        };
        let result = String::from_utf8(bytes.clone())
            .map_err(|_| err!("fmt-inte-utf8"))
            .and_then(|text| fmt::format(&text));
        let formatted = match result {
            Ok(f) => f,
            Err(e) => {
                refused += 1;
                eprintln!(
                    "{}",
                    crate::privacy::for_stderr(&t!(
                        ctx.lang,
                        "fmt-fel-i-fil",
                        fil = file.display,
                        fel = e.text(ctx.lang)
                    ))
                );
                continue;
            }
        };
        if formatted.as_bytes() == bytes.as_slice() {
            continue;
        }
        changed += 1;
        if args.check {
            out.push_str(&t!(ctx.lang, "fmt-skulle-formateras", fil = file.display));
            out.push('\n');
        } else {
            if let Some(lock) = &lock {
                write::replace(lock, &bytes, formatted.as_bytes())?;
            }
            out.push_str(&t!(ctx.lang, "fmt-formaterade", fil = file.display));
            out.push('\n');
        }
    }
    if !ctx.quiet {
        let n = files.len();
        out.push_str(&if args.check {
            t!(ctx.lang, "fmt-kontrollerade", antal = n, andrade = changed)
        } else {
            t!(ctx.lang, "fmt-summa", antal = n, andrade = changed)
        });
        out.push('\n');
        crate::cli::print(&out)?;
    } else if args.check {
        crate::cli::print(&out)?;
    }
    Ok(if refused > 0 {
        ExitStatus::Error
    } else if args.check && changed > 0 {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}
