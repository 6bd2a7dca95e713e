//! The plan as it was when a meeting was held (for the minutes' "what changed since the previous
//! meeting"): the first commit, on the first-parent line, in which that meeting is recorded as
//! held (`genomfört: true`); else the last commit on or before the meeting's day.

use std::ffi::{OsStr, OsString};
use std::path::Path;

use chrono::NaiveDate;

use crate::error::Result;
use crate::model::plan::Plan;

/// What git knows of the plan at a meeting.
pub enum Prior {
    /// The plan folder is not in git (or git cannot be run).
    NoGit,
    /// In git, but no committed version of the plan is from that meeting or before it.
    NotFound,
    /// The plan as committed then.
    Plan(Box<Plan>),
}

/// The plan in `file` as it was when the meeting `meeting` (held on `day`) was recorded as held.
pub fn plan_at_meeting(file: &Path, meeting: &str, day: NaiveDate) -> Prior {
    read(file, meeting, day).unwrap_or(Prior::NoGit)
}

fn read(file: &Path, meeting: &str, day: NaiveDate) -> Result<Prior> {
    let Some(repo) = super::Repo::of_file(file) else {
        return Ok(Prior::NoGit);
    };
    let Some(rel) = repo.rel_path(file) else {
        return Ok(Prior::NoGit);
    };
    let Some(log) = repo.run(&[
        OsStr::new("log"),
        OsStr::new("--no-show-signature"),
        OsStr::new("--first-parent"),
        OsStr::new("--date=short"),
        OsStr::new("--format=%H%x1f%ad"),
        OsStr::new("--"),
        &rel,
    ])?
    else {
        return Ok(Prior::NoGit);
    };
    let log = String::from_utf8_lossy(&log);
    let mut commits: Vec<(String, NaiveDate)> = log
        .lines()
        .filter_map(|l| {
            let (h, d) = l.split_once('\x1f')?;
            Some((h.to_string(), crate::model::plan::parse_date(d.trim())?))
        })
        .collect();
    commits.reverse();
    let mut on_or_before: Option<Plan> = None;
    for (hash, date) in commits {
        let mut spec = OsString::from(format!("{hash}:"));
        spec.push(&rel);
        let Some(plan) = repo
            .run(&[OsStr::new("cat-file"), OsStr::new("blob"), &spec])?
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|text| {
                let src = crate::crypt::read::source(file.to_path_buf(), String::new(), text)?;
                crate::model::load::load_plan(&src).plan
            })
        else {
            continue;
        };
        let held = plan.meetings.iter().any(|m| {
            m.id.as_ref()
                .is_some_and(|i| i.value.to_lowercase() == meeting.to_lowercase())
                && m.is_held()
        });
        if held {
            return Ok(Prior::Plan(Box::new(plan)));
        }
        if date <= day {
            on_or_before = Some(plan);
        }
    }
    Ok(on_or_before.map_or(Prior::NotFound, |p| Prior::Plan(Box::new(p))))
}
