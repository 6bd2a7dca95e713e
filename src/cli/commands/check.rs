//! `sip check`: validate plans and print the findings.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use crate::check::{CheckOptions, Folder, check_folders};
use crate::cli::args::CheckArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::{Error, Result};
use crate::findings::Code;
use crate::report::{ReportConfig, renderer};
use crate::workspace::quick_id;

pub fn run(ctx: &Ctx, args: CheckArgs) -> Result<ExitStatus> {
    let mut select = Vec::new();
    for s in &args.select {
        let code = Code::parse(s).ok_or_else(|| {
            Error::msg(
                format!("--select: okänd regelkod `{s}` (se `sip rules`)"),
                format!("--select: unknown rule code `{s}` (see `sip rules`)"),
            )
        })?;
        select.push(code);
    }
    let opts = CheckOptions {
        today: ctx.today,
        select: (!select.is_empty()).then_some(select),
        draft_as_active: false,
    };
    // Group the paths by plan folder (each path's nearest sip.toml), keeping the given order.
    let mut groups: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    if args.paths.is_empty() {
        ctx.require_plan_folder(None)?;
        let root = ctx.root_for(None);
        let shown = if ctx.dir.is_some() {
            root.clone()
        } else {
            relative_root(&root)
        };
        groups.entry(root).or_default().push(shown);
    } else {
        for p in &args.paths {
            let p = if p.symlink_metadata().is_ok() {
                p.clone()
            } else {
                // Not a path: a plan id, as the edit commands' hints write it.
                let id = p.to_string_lossy();
                if !crate::model::plan::is_valid_plan_id(&id) {
                    return Err(Error::msg(
                        format!("{} finns inte", p.display()),
                        format!("{} does not exist", p.display()),
                    ));
                }
                let ws = ctx.workspace(None)?;
                let found = ws.find_plan(&id).map_err(|_| {
                        Error::msg(
                            format!("{id} finns inte: varken en fil, en mapp eller ett plan-id i planmappen"),
                            format!("{id} does not exist: neither a file, a folder nor a plan id in the plan folder"),
                        )
                    })?;
                relative_root(
                    &std::fs::canonicalize(&found.path).map_err(|e| Error::io(&found.path, e))?,
                )
            };
            groups.entry(ctx.root_for(Some(&p))).or_default().push(p);
        }
    }
    // Every plan folder's files first (a walk is cheap), then one check of them all, printed
    // file by file in the order of their paths.
    let mut folders = Vec::new();
    let mut queue: Vec<(PathBuf, Vec<PathBuf>)> = groups.into_iter().collect();
    while let Some((root, paths)) = queue.pop() {
        let ws = ctx.workspace_at(root.clone())?;
        let (files, nested) = ws.plan_files_and_nested(&paths)?;
        let others = if covers_folder(&root, &paths) {
            Vec::new()
        } else {
            other_ids(&ws, &root, &files)?
        };
        folders.push(Folder { ws, files, others });
        // A folder below with its own sip.toml is checked as the plan folder it is.
        for dir in nested {
            queue.push((dir.clone(), vec![dir]));
        }
    }
    let cfg = ReportConfig {
        lang: ctx.lang,
        today: ctx.today,
        quiet: ctx.quiet,
        color: ctx.color,
        strict: args.strict,
    };
    let mut render = renderer(args.format, &cfg);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let totals = check_folders(&folders, &opts, |file| render.file(&mut out, file))
        .and_then(|totals| render.finish(&mut out, &totals).map(|()| totals))
        .and_then(|totals| std::io::Write::flush(&mut out).map(|()| totals))
        .map_err(crate::cli::stdout_error)?;
    let failed = totals.errors > 0 || (args.strict && totals.warnings > 0);
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// Whether the paths given include the plan folder itself (then every plan in it was checked).
fn covers_folder(root: &Path, paths: &[PathBuf]) -> bool {
    let Ok(root) = std::fs::canonicalize(root) else {
        return false;
    };
    paths
        .iter()
        .any(|p| std::fs::canonicalize(p).is_ok_and(|p| p == root))
}

/// The ids of the plan files of the folder that were not checked, with their paths as shown:
/// read from each file's `id:` line, so a pre-commit run on one file stays cheap.
fn other_ids(
    ws: &crate::workspace::Workspace,
    root: &Path,
    checked: &[crate::workspace::PlanFile],
) -> Result<Vec<(String, String)>> {
    let checked: HashSet<PathBuf> = checked
        .iter()
        .filter_map(|f| std::fs::canonicalize(&f.path).ok())
        .collect();
    let abs = std::fs::canonicalize(root).map_err(|e| Error::io(root, e))?;
    let all = ws.plan_files(&[relative_root(&abs)])?;
    Ok(all
        .iter()
        .filter(|f| std::fs::canonicalize(&f.path).is_ok_and(|p| !checked.contains(&p)))
        .filter_map(|f| quick_id(&f.path).map(|id| (id, f.display.clone())))
        .collect())
}

/// A path as the user would write it: relative to the cwd (with `..` when the cwd is below it),
/// or absolute when they share nothing but the root.
pub fn relative_root(root: &std::path::Path) -> PathBuf {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|c| std::fs::canonicalize(c).ok());
    let Some(cwd) = cwd else {
        return root.to_path_buf();
    };
    let (mut a, mut b) = (root.components().peekable(), cwd.components().peekable());
    let mut common = 0;
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        if x != y {
            break;
        }
        a.next();
        b.next();
        common += 1;
    }
    if common <= 1 {
        return root.to_path_buf();
    }
    let mut rel = PathBuf::new();
    for _ in b {
        rel.push("..");
    }
    for c in a {
        rel.push(c);
    }
    if rel.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        rel
    }
}
