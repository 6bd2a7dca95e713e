//! `sip check`: validate plans and print the findings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::check::{CheckOptions, CheckResult, check};
use crate::cli::args::CheckArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::{Error, Result};
use crate::findings::{Code, Severity};
use crate::report::{ReportConfig, render};

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
    };
    // Group the paths by plan folder (each path's nearest sip.toml), keeping the given order.
    let mut groups: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    if args.paths.is_empty() {
        let root = ctx.root_for(None);
        let shown = if ctx.dir.is_some() {
            root.clone()
        } else {
            relative_root(&root)
        };
        groups.entry(root).or_default().push(shown);
    } else {
        for p in &args.paths {
            if !p.exists() {
                return Err(Error::msg(
                    format!("{} finns inte", p.display()),
                    format!("{} does not exist", p.display()),
                ));
            }
            groups
                .entry(ctx.root_for(Some(p)))
                .or_default()
                .push(p.clone());
        }
    }
    let mut result = CheckResult::default();
    for (root, paths) in groups {
        let ws = ctx.workspace_at(root)?;
        let files = ws.plan_files(&paths)?;
        result.files.extend(check(&ws, &files, &opts).files);
    }
    result
        .files
        .sort_by(|a, b| a.source.display.cmp(&b.source.display));
    let cfg = ReportConfig {
        lang: ctx.lang,
        today: ctx.today,
        quiet: ctx.quiet,
        color: ctx.color,
        strict: args.strict,
    };
    crate::cli::print(&render(args.format, &result, &cfg));
    let failed =
        result.count(Severity::Error) > 0 || (args.strict && result.count(Severity::Warning) > 0);
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// The plan folder as the user would write it, relative to the cwd when inside it.
pub fn relative_root(root: &std::path::Path) -> PathBuf {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|c| std::fs::canonicalize(c).ok());
    match cwd.and_then(|c| root.strip_prefix(&c).ok().map(PathBuf::from)) {
        Some(rel) if rel.as_os_str().is_empty() => PathBuf::from("."),
        Some(rel) => rel,
        None => root.to_path_buf(),
    }
}
