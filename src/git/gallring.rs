//! Gallring: which closed plans are due to be destroyed, and removing them from the plan folder
//! and from every version git keeps of them.
//!
//! Social-services records are gallrade five years after the last entry (SoL (2025:400) 16 kap.
//! 1 §), a region's patient records are kept at least ten years (patientdatalagen (2008:355)
//! 3 kap. 17 §), and the archive authority may decide to keep some (those born on certain days).
//! `sip.toml`'s `[gallring]` says which; this module decides, per closed plan, whether it is due
//! ([`assess`]): its last entry is the later of `avslut.datum` and the last commit touching the
//! file, and it is due that many years later.
//!
//! The rewrite itself is git-filter-repo's (never a history rewriter of our own): one run with
//! `--invert-paths --path` for every name each plan ever had, then the reflogs are expired and
//! unreachable objects pruned, and the result is checked (`git log --all` knows no such path).
//!
//! Every git call here runs as `git -C <top> -c safe.bareRepository=explicit …` with the
//! caller's `GIT_DIR`/`GIT_WORK_TREE`/`GIT_INDEX_FILE` removed, so that only the plan folder's
//! own repository is read or rewritten. Nothing here prints; personal data never reaches a
//! message (plan ids and dates only).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{Months, NaiveDate};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::model::config::Retention;
use crate::model::enums::Status;
use crate::model::personnummer::Personnummer;
use crate::model::plan::{Plan, is_valid_plan_id, parse_date};

/// The file in the plan folder that records each gallring.
pub const LOG_FILE: &str = "gallringslogg.csv";

/// `git -C top -c safe.bareRepository=explicit ARGS`, in the plan folder's repository only.
fn git(top: &Path, args: &[&str]) -> Result<Output> {
    Command::new("git")
        .arg("-C")
        .arg(top)
        .args(["-c", "safe.bareRepository=explicit"])
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .map_err(|e| {
            // The system's words about the failure: in Swedish for the common ones.
            let mut fel = Msg::same(e.to_string());
            fel.sv = crate::error::io_sv(&e);
            err!("gallring-git-saknas", fel = fel)
        })
}

/// A git call that must succeed: its stdout, else an error naming the step and git's words.
fn git_ok(top: &Path, args: &[&str], step: &str) -> Result<Vec<u8>> {
    let out = git(top, args)?;
    if out.status.success() {
        return Ok(out.stdout);
    }
    let said = String::from_utf8_lossy(&out.stderr).trim().to_string();
    Err(err!("gallring-git-misslyckades", steg = step, fel = said))
}

/// The top of the git work tree holding `dir` (canonical), or `None` outside git.
pub fn repo_top(dir: &Path) -> Option<PathBuf> {
    let out = git(dir, &["rev-parse", "--show-toplevel"]).ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?;
    let s = s.trim_end_matches(['\n', '\r']);
    if s.is_empty() {
        return None;
    }
    std::fs::canonicalize(s).ok()
}

/// A file's path inside the repository at `top`, with `/`, as git names it.
pub fn path_in_repo(top: &Path, file: &Path) -> Option<String> {
    let abs = std::fs::canonicalize(file).ok()?;
    let rel = abs.strip_prefix(top).ok()?;
    Some(rel.to_string_lossy().replace('\\', "/"))
}

/// What git knows of the plan folder's files: the day of the last commit touching each path
/// (on any branch), and which files have changes not yet committed.
#[derive(Debug, Default)]
pub struct LastEntries {
    pub top: PathBuf,
    last: HashMap<String, NaiveDate>,
    uncommitted: HashSet<String>,
}

impl LastEntries {
    /// Read with one `git log` and one `git status`; `None` outside git.
    pub fn read(dir: &Path) -> Result<Option<LastEntries>> {
        let Some(top) = repo_top(dir) else {
            return Ok(None);
        };
        let mut last: HashMap<String, NaiveDate> = HashMap::new();
        // The later of author and committer day: a rebase or an amended commit never makes an
        // entry look older than it is.
        let log = git(
            &top,
            &[
                "log",
                "--all",
                "--no-renames",
                "--format=%x01%as %cs",
                "--name-only",
                "-z",
            ],
        )?;
        // A repository without commits has no log: then nothing is recorded yet.
        if log.status.success() {
            let text = String::from_utf8_lossy(&log.stdout);
            let mut day: Option<NaiveDate> = None;
            for token in text.split('\0') {
                if let Some(head) = token.strip_prefix('\u{1}') {
                    day = head.split(' ').filter_map(parse_date).max();
                    continue;
                }
                let name = token.trim_start_matches('\n');
                if let (Some(d), false) = (day, name.is_empty()) {
                    let e = last.entry(name.to_string()).or_insert(d);
                    *e = (*e).max(d);
                }
            }
        }
        let status = git_ok(
            &top,
            &["status", "--porcelain", "-z", "--untracked-files=all"],
            "status",
        )?;
        let mut uncommitted = HashSet::new();
        let text = String::from_utf8_lossy(&status);
        let mut tokens = text.split('\0');
        while let Some(t) = tokens.next() {
            if t.len() < 4 {
                continue;
            }
            uncommitted.insert(t[3..].to_string());
            // A rename or copy names its source next; that name changed too.
            if t.starts_with('R') || t.starts_with('C') {
                if let Some(from) = tokens.next() {
                    uncommitted.insert(from.to_string());
                }
            }
        }
        Ok(Some(LastEntries {
            top,
            last,
            uncommitted,
        }))
    }

    /// The day of the last commit touching `file`, and whether it has uncommitted changes.
    fn of(&self, file: &Path) -> (Option<NaiveDate>, bool) {
        match path_in_repo(&self.top, file) {
            Some(rel) => (
                self.last.get(&rel).copied(),
                self.uncommitted.contains(&rel),
            ),
            None => (None, false),
        }
    }
}

/// Why a closed plan that is otherwise due is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// `[gallring.undantag] planer` names it.
    Listed,
    /// The individual was born on a day in `födda_dag`.
    BirthDay,
    /// `födda_dag` is set and the plan gives no birth date to compare: kept until it is known.
    BirthUnknown,
}

/// What gallring makes of one closed plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Due since `due`.
    Due,
    /// Due on `due`, not yet.
    NotYet,
    /// Due, but an exception keeps it.
    Kept(Kept),
    /// Changed and not committed: the last entry is today.
    Uncommitted,
    /// Neither `avslut.datum` nor a commit gives a last entry.
    NoDate,
}

/// A closed plan, assessed.
#[derive(Clone, Debug)]
pub struct Assessment {
    pub id: String,
    pub file: PathBuf,
    pub closed: Option<NaiveDate>,
    pub last_commit: Option<NaiveDate>,
    /// The later of the two.
    pub last: Option<NaiveDate>,
    /// `last` plus the years.
    pub due: Option<NaiveDate>,
    pub verdict: Verdict,
}

/// Assess one plan (`None` unless it is `avslutad` with a valid id: a plan still open is never
/// due). `entries` is `None` outside git: then `avslut.datum` alone is the last entry.
pub fn assess(
    plan: &Plan,
    file: &Path,
    retention: &Retention,
    entries: Option<&LastEntries>,
    today: NaiveDate,
) -> Option<Assessment> {
    if plan.status() != Some(Status::Closed) {
        return None;
    }
    let id = plan.id_str().filter(|i| is_valid_plan_id(i))?.to_string();
    let closed = plan
        .closing
        .as_ref()
        .and_then(|c| c.date.as_ref())
        .map(|d| d.value);
    let (last_commit, uncommitted) = entries.map_or((None, false), |e| e.of(file));
    let last = closed.max(last_commit);
    let due = last.and_then(|l| l.checked_add_months(Months::new(retention.years * 12)));
    let verdict = match due {
        _ if uncommitted => Verdict::Uncommitted,
        None => Verdict::NoDate,
        Some(d) if d > today => Verdict::NotYet,
        Some(_) => match kept(plan, &id, retention, today) {
            Some(k) => Verdict::Kept(k),
            None => Verdict::Due,
        },
    };
    Some(Assessment {
        id,
        file: file.to_path_buf(),
        closed,
        last_commit,
        last,
        due,
        verdict,
    })
}

/// Whether an exception of the archive authority keeps the plan.
fn kept(plan: &Plan, id: &str, r: &Retention, today: NaiveDate) -> Option<Kept> {
    if r.keep_plans.iter().any(|p| p.trim() == id) {
        return Some(Kept::Listed);
    }
    if r.keep_birth_days.is_empty() {
        return None;
    }
    let ind = &plan.individual;
    let born = ind
        .personnummer
        .as_ref()
        .and_then(|p| Personnummer::parse(&p.value, today).ok())
        .map(|p| p.birth_date)
        .or_else(|| ind.birth_date.as_ref().map(|d| d.value));
    match born {
        None => Some(Kept::BirthUnknown),
        Some(b) if r.keep_birth_days.contains(&chrono::Datelike::day(&b)) => Some(Kept::BirthDay),
        Some(_) => None,
    }
}

/// Why `--apply` may not rewrite this repository now, if it may not: changes not committed
/// (they would be lost or mixed into the rewrite), or commits not pushed while there is a
/// remote (the force-push after the rewrite would publish them unreviewed, and the team's
/// clones could not tell them from the rewritten history).
pub fn refusal(top: &Path) -> Result<Option<Msg>> {
    let status = git_ok(
        top,
        &["status", "--porcelain", "--untracked-files=all"],
        "status",
    )?;
    if !status.is_empty() {
        return Ok(Some(msg!("gallring-ej-incheckat")));
    }
    let remotes = git_ok(top, &["remote"], "remote")?;
    if !remotes.iter().all(u8::is_ascii_whitespace) {
        let ahead = git_ok(
            top,
            &["rev-list", "--count", "--branches", "--not", "--remotes"],
            "rev-list",
        )?;
        let n = String::from_utf8_lossy(&ahead)
            .trim()
            .parse::<u64>()
            .unwrap_or(1);
        if n > 0 {
            return Ok(Some(msg!("gallring-ej-skickat", antal = n)));
        }
    }
    // The log is committed after the rewrite: a commit that cannot be made must stop us before.
    if !git(top, &["var", "GIT_COMMITTER_IDENT"])?.status.success() {
        return Ok(Some(msg!("gallring-ingen-identitet")));
    }
    let version = git(top, &["filter-repo", "--version"])?;
    if !version.status.success() {
        return Ok(Some(msg!("gallring-filter-repo-saknas")));
    }
    Ok(None)
}

/// Every name the file at `rel` has had on any branch (renames followed), `rel` first.
pub fn every_name(top: &Path, rel: &str) -> Result<Vec<String>> {
    let out = git_ok(
        top,
        &[
            "log",
            "--all",
            "--follow",
            "--name-only",
            "--format=",
            "-z",
            "--",
            rel,
        ],
        "log",
    )?;
    let mut names = vec![rel.to_string()];
    for n in String::from_utf8_lossy(&out).split('\0') {
        let n = n.trim_start_matches('\n');
        if !n.is_empty() && !names.iter().any(|x| x == n) {
            names.push(n.to_string());
        }
    }
    Ok(names)
}

/// What the rewrite did to the clone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rewritten {
    /// `--force` was needed: the clone was not a fresh one (the usual case).
    pub forced: bool,
    /// The clone had a remote `origin`, which git-filter-repo removed.
    pub origin_removed: bool,
}

/// Remove `paths` from every commit on every branch and tag with git-filter-repo (one run),
/// then expire the reflogs and prune what nothing reaches, and check that no commit touches
/// any of the paths.
pub fn rewrite(top: &Path, paths: &[String]) -> Result<Rewritten> {
    let had_origin = git(top, &["config", "--get", "remote.origin.url"])?
        .status
        .success();
    let mut args: Vec<&str> = vec!["filter-repo", "--quiet", "--invert-paths"];
    for p in paths {
        args.push("--path");
        args.push(p);
    }
    let first = git(top, &args)?;
    let mut forced = false;
    if !first.status.success() {
        // git-filter-repo refuses a clone that is not fresh, to protect work that exists only
        // there. `refusal` has checked the same (nothing uncommitted, nothing unpushed), so the
        // run is repeated with --force; any other failure stops here, with nothing changed.
        let said = String::from_utf8_lossy(&first.stderr);
        if !said.contains("fresh clone") {
            return Err(filter_failed(&said));
        }
        args.push("--force");
        let second = git(top, &args)?;
        if !second.status.success() {
            return Err(filter_failed(&String::from_utf8_lossy(&second.stderr)));
        }
        forced = true;
    }
    git_ok(
        top,
        &[
            "reflog",
            "expire",
            "--expire=now",
            "--expire-unreachable=now",
            "--all",
        ],
        "reflog expire",
    )?;
    git_ok(top, &["gc", "--quiet", "--prune=now"], "gc")?;
    let mut check: Vec<&str> = vec!["log", "--all", "--format=%H", "--"];
    check.extend(paths.iter().map(String::as_str));
    if !git_ok(top, &check, "log")?.is_empty() {
        return Err(err!("gallring-kvar-i-historiken"));
    }
    let origin_left = git(top, &["config", "--get", "remote.origin.url"])?
        .status
        .success();
    Ok(Rewritten {
        forced,
        origin_removed: had_origin && !origin_left,
    })
}

fn filter_failed(said: &str) -> Error {
    let said = said.trim();
    err!("gallring-filter-repo-misslyckades", fel = said)
}

/// Commit the log file (`rel` inside the repository) alone, with `message`. Added with `-f`:
/// the `.gitignore` that `sip init` writes keeps `*.csv` exports out of git, but this file is
/// the record that gallring was done, and belongs in the history.
pub fn commit_log(top: &Path, rel: &str, message: &str) -> Result<()> {
    git_ok(top, &["add", "-f", "--", rel], "add")?;
    git_ok(top, &["commit", "-q", "-m", message, "--", rel], "commit")?;
    Ok(())
}

/// One row of `gallringslogg.csv`.
pub struct LogRow<'a> {
    pub plan: &'a str,
    pub closed: Option<NaiveDate>,
    pub gallrad: NaiveDate,
    pub by: &'a str,
}

/// Append rows to the log at `path` (with its header when the file is new): plan id, closing
/// date, date of gallring, who (a role, never a name).
pub fn append_log(path: &Path, rows: &[LogRow]) -> Result<()> {
    use std::io::Write;
    let new = !path.exists();
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let fail = |e: csv::Error| err!("gallring-logg-misslyckades", fel = e.to_string());
    if new {
        w.write_record(["plan", "avslutad", "gallrad", "utförd_av"])
            .map_err(fail)?;
    }
    for r in rows {
        let closed = r.closed.map(|d| d.to_string()).unwrap_or_default();
        w.write_record([r.plan, &closed, &r.gallrad.to_string(), r.by])
            .map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| fail(csv::Error::from(e.into_error())))?;
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| Error::io_op(crate::error::IoOp::Write, path, e))?;
    f.write_all(&bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| Error::io_op(crate::error::IoOp::Write, path, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Span, Spanned};

    fn day(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    fn closed(id: &str, on: &str, pnr: Option<&str>) -> Plan {
        let mut p = Plan {
            id: Some(Spanned::new(id.into(), Span::new(0, 0))),
            status: Some(Spanned::new(Status::Closed, Span::new(0, 0))),
            ..Plan::default()
        };
        p.closing = Some(crate::model::plan::Closing {
            date: Some(Spanned::new(day(on), Span::new(0, 0))),
            ..Default::default()
        });
        p.individual.personnummer = pnr.map(|s| Spanned::new(s.into(), Span::new(0, 0)));
        p
    }

    fn five() -> Retention {
        Retention {
            years: 5,
            ..Retention::default()
        }
    }

    #[test]
    fn due_five_years_after_closing_not_a_day_before() {
        let p = closed("sip-2019-aaaaaaaa", "2019-10-20", None);
        let f = Path::new("x.yaml");
        let a = assess(&p, f, &five(), None, day("2024-10-19")).unwrap();
        assert_eq!(a.verdict, Verdict::NotYet);
        assert_eq!(a.due, Some(day("2024-10-20")));
        let a = assess(&p, f, &five(), None, day("2024-10-20")).unwrap();
        assert_eq!(a.verdict, Verdict::Due);
    }

    #[test]
    fn an_open_plan_is_never_due() {
        let mut p = closed("sip-2019-aaaaaaaa", "2010-01-01", None);
        p.status = Some(Spanned::new(Status::Active, Span::new(0, 0)));
        assert!(assess(&p, Path::new("x"), &five(), None, day("2030-01-01")).is_none());
    }

    #[test]
    fn exceptions_keep_a_due_plan() {
        let p = closed("sip-2019-aaaaaaaa", "2019-01-01", Some("19680715-0005"));
        let mut r = five();
        r.keep_plans = vec!["sip-2019-aaaaaaaa".into()];
        let a = assess(&p, Path::new("x"), &r, None, day("2026-01-01")).unwrap();
        assert_eq!(a.verdict, Verdict::Kept(Kept::Listed));
        let mut r = five();
        r.keep_birth_days = vec![5, 15, 25];
        let a = assess(&p, Path::new("x"), &r, None, day("2026-01-01")).unwrap();
        assert_eq!(a.verdict, Verdict::Kept(Kept::BirthDay));
        let q = closed("sip-2019-aaaaaaaa", "2019-01-01", None);
        let a = assess(&q, Path::new("x"), &r, None, day("2026-01-01")).unwrap();
        assert_eq!(a.verdict, Verdict::Kept(Kept::BirthUnknown));
    }

    #[test]
    fn no_date_is_never_due() {
        let mut p = closed("sip-2019-aaaaaaaa", "2019-01-01", None);
        p.closing = None;
        let a = assess(&p, Path::new("x"), &five(), None, day("2030-01-01")).unwrap();
        assert_eq!(a.verdict, Verdict::NoDate);
    }
}
