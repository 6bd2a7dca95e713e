//! `sip check`: validate plans and print the findings.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use crate::check::{CheckOptions, Folder, check_folders_unmerged};
use crate::cli::args::CheckArgs;
use crate::cli::{Ctx, ExitStatus, write_output};
use crate::error::{Error, Result};
use crate::findings::Code;
use crate::findings::Totals;
use crate::report::{ReportConfig, renderer};
use crate::workspace::quick_id;

pub fn run(ctx: &Ctx, args: CheckArgs) -> Result<ExitStatus> {
    let mut select = Vec::new();
    for s in &args.select {
        let code = Code::parse(s).ok_or_else(|| err!("kontroll-okand-kod", kod = s))?;
        select.push(code);
    }
    let opts = CheckOptions {
        today: ctx.today,
        select: (!select.is_empty()).then_some(select),
        draft_as_active: false,
    };
    let cfg = ReportConfig {
        lang: ctx.lang,
        today: ctx.today,
        quiet: ctx.quiet,
        color: ctx.color,
        strict: args.strict,
    };
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if stdin && args.paths.len() > 1 {
        return Err(err!("kontroll-stdin-blandad"));
    }
    if !stdin && args.stdin_filename.is_some() {
        return Err(err!("kontroll-stdin-filnamn"));
    }
    if stdin {
        return check_stdin(ctx, &args, &opts, &cfg);
    }
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
                    return Err(err!("kontroll-finns-inte", sokvag = p));
                }
                let ws = ctx.workspace(None)?;
                let found = ws
                    .find_plan(&id)
                    .map_err(|_| err!("kontroll-finns-inte-alls", id = id))?;
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
    for (root, paths) in groups {
        // A folder below with its own sip.toml is checked as the plan folder it is.
        for f in crate::workspace::plan_folders(ctx.workspace_at(root)?, paths)? {
            let root = f.ws.root.clone();
            let others = if covers_folder(&root, &f.paths) {
                Vec::new()
            } else {
                other_ids(&f.ws, &root, &f.files)?
            };
            folders.push(Folder {
                ws: f.ws,
                files: f.files,
                others,
            });
        }
    }
    let mut render = renderer(args.format, &cfg);
    let mut totals = Totals::default();
    // Plans git lists as unmerged are S001 too (one git call, only inside a repository).
    let unmerged = crate::git::unmerged_in(folders.iter().map(|f| f.ws.root.as_path()));
    let mut untested = crate::report::UntestedCount::default();
    write_output(args.output.as_deref(), |out| {
        totals = check_folders_unmerged(&folders, &opts, &unmerged, |file| {
            untested.add(file);
            render.file(out, file)
        })?;
        render.finish(out, &totals)
    })?;
    say_untested(ctx, &untested);
    step_summary(render.as_ref())?;
    Ok(exit(&args, &totals))
}

/// The one stderr line naming the rules not tested on encrypted plans no key opens (the exit
/// code goes by what was tested).
fn say_untested(ctx: &Ctx, untested: &crate::report::UntestedCount) {
    if let Some(line) = untested.line() {
        eprintln!("{}", line.get(ctx.lang));
    }
}

/// 1 when something is at error level (or a warning, with `--strict`).
fn exit(args: &CheckArgs, totals: &Totals) -> ExitStatus {
    let failed = totals.errors > 0 || (args.strict && totals.warnings > 0);
    if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    }
}

/// Append the format's Markdown summary (`--format github`) to `$GITHUB_STEP_SUMMARY`, the file
/// GitHub Actions shows on the run's page, when the variable is set.
fn step_summary(render: &dyn crate::report::Render) -> Result<()> {
    let Some(md) = render.step_summary() else {
        return Ok(());
    };
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    let path = PathBuf::from(path);
    let fail = |e| Error::io_op(crate::error::IoOp::Write, &path, e);
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .map_err(fail)?;
    std::io::Write::write_all(&mut f, md.as_bytes()).map_err(fail)
}

/// `sip check - [--stdin-filename PATH]`: one plan read from stdin (capped as every read is),
/// checked as the file PATH of the plan folder around PATH (its agreement, its file-name rules).
fn check_stdin(
    ctx: &Ctx,
    args: &CheckArgs,
    opts: &crate::check::CheckOptions,
    cfg: &ReportConfig,
) -> Result<ExitStatus> {
    use std::io::Read;
    let path = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| PathBuf::from("-"));
    let root = ctx.root_for(Some(&path));
    let ws = ctx.workspace_at(root.clone())?;
    let display = path.to_string_lossy().replace('\\', "/");
    // The path inside the plan folder: from the folder's absolute path and the path's own
    // folder (the file itself need not exist).
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let rel = std::fs::canonicalize(&parent)
        .ok()
        .zip(std::fs::canonicalize(&root).ok())
        .and_then(|(dir, top)| {
            let inside = dir.strip_prefix(&top).ok()?.join(&name);
            Some(inside.to_string_lossy().replace('\\', "/"))
        })
        .unwrap_or(name);
    let mut file = crate::workspace::PlanFile::new(path.clone(), display, rel);
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(crate::check::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(Path::new("-"), e))?;
    if bytes.len() as u64 > crate::check::MAX_FILE_BYTES {
        file.problem = Some(crate::source::ReadError::TooLarge { size: None }.reason_msg());
        bytes.clear();
    }
    let report = crate::check::report_bytes(&ws, &file, bytes, opts);
    let mut totals = Totals::default();
    totals.add(&report);
    let mut untested = crate::report::UntestedCount::default();
    untested.add(&report);
    say_untested(ctx, &untested);
    let mut render = renderer(args.format, cfg);
    write_output(args.output.as_deref(), |out| {
        render.file(out, &report)?;
        render.finish(out, &totals)
    })?;
    step_summary(render.as_ref())?;
    Ok(exit(args, &totals))
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
