//! `sip merge BASE OURS THEIRS [PATH]` (git's merge driver), `sip setup-git`,
//! `sip decrypt --textconv FILE` (git's textconv) and
//! `sip history PLAN [--since DATE|MÖ1] [--format text|json]`.

mod encrypted;

use std::path::Path;

use crate::check::load_file;
use crate::cli::args::{HistoryArgs, HistoryFormat, MergeArgs};
use crate::cli::{Ctx, ExitStatus, print};
use crate::edit::write;
use crate::error::{Error, Result};
use crate::git::merge::Outcome;
use crate::i18n::Msg;

fn read(path: &Path) -> Result<Vec<u8>> {
    crate::source::read_capped(path).map_err(|e| Error::read(path, e))
}

/// Replace git's OURS file (a file git made for the merge) under a lock, as every write.
fn write_ours(ours_path: &Path, ours: &[u8], text: &str) -> Result<()> {
    let dir = match ours_path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let lock = write::lock(ours_path, dir)?;
    write::replace(&lock, ours, text.as_bytes())
}

/// A value from the plans or the file system, for a message on one line: line breaks shown.
fn one_line(s: &str) -> String {
    s.replace('\n', "\u{240a}").replace('\r', "\u{240d}")
}

/// Merge THEIRS into OURS by the plan's structure; git's line merge when in doubt, and on any
/// error (a side over 1 MB, a file that cannot be read or written): conflict markers are always
/// written when the merge is not clean. Exit 0 when merged, 1 when a conflict is left in OURS
/// (as git expects of a driver).
pub fn merge(ctx: &Ctx, a: MergeArgs) -> Result<ExitStatus> {
    let shown = one_line(&a.path.as_deref().unwrap_or(&a.ours).to_string_lossy());
    // Every message goes through the stderr filter: plan keys, ids and the path are the
    // plans' text, and may hold anything.
    let say = |m: Msg| {
        if !ctx.quiet {
            eprintln!("{}", crate::privacy::for_stderr(m.get(ctx.lang)));
        }
    };
    // An encrypted plan (on any side) is merged in memory and sealed again, or left as it is
    // with a conflict: never by git's line merge, which would write clear text.
    if let Ok(sides) = [&a.base, &a.ours, &a.theirs]
        .into_iter()
        .map(|p| read(p))
        .collect::<Result<Vec<_>>>()
        && sides
            .iter()
            .any(|b| std::str::from_utf8(b).is_ok_and(crate::crypt::is_encrypted))
    {
        return Ok(encrypted::merge(&a, &shown, &say, &sides));
    }
    let why = match by_structure(&a, &shown, &say) {
        Ok(Some(status)) => return Ok(status),
        Ok(None) => None,
        Err(e) => Some(e),
    };
    if let Some(e) = why {
        let mut orsak = Msg::same(one_line(&e.text(crate::i18n::Lang::En)));
        orsak.sv = one_line(&e.text(crate::i18n::Lang::Sv));
        say(msg!("git-rad-for-rad", fil = shown, orsak = orsak));
    }
    if crate::git::merge_file(&a.base, &a.ours, &a.theirs)? {
        Ok(ExitStatus::Success)
    } else {
        Ok(ExitStatus::Failure)
    }
}

/// The merge by structure: `Ok(None)` when git's line merge should do it (the reason said).
fn by_structure(a: &MergeArgs, shown: &str, say: &dyn Fn(Msg)) -> Result<Option<ExitStatus>> {
    let base = read(&a.base)?;
    let ours = read(&a.ours)?;
    let theirs = read(&a.theirs)?;
    let outcome = match (
        std::str::from_utf8(&base),
        std::str::from_utf8(&ours),
        std::str::from_utf8(&theirs),
    ) {
        (Ok(b), Ok(o), Ok(t)) => crate::git::merge::merge(b, o, t),
        _ => Outcome::Fallback(msg!("git-inte-utf8")),
    };
    let renumbered_note = |r: &[(String, String)]| {
        for (old, new) in r {
            let (old, new) = (one_line(old), one_line(new));
            say(msg!("git-omnumrerad", fil = shown, fore = old, efter = new));
        }
    };
    match outcome {
        Outcome::Clean { text, renumbered } => {
            if text.as_bytes() != ours.as_slice() {
                write_ours(&a.ours, &ours, &text)?;
            }
            renumbered_note(&renumbered);
            Ok(Some(ExitStatus::Success))
        }
        Outcome::Conflict {
            text,
            conflicts,
            renumbered,
        } => {
            write_ours(&a.ours, &ours, &text)?;
            renumbered_note(&renumbered);
            for c in &conflicts {
                let path = one_line(&c.path);
                say(msg!(
                    "git-konflikt",
                    fil = shown,
                    rad = c.line.to_string(),
                    plats = path
                ));
            }
            Ok(Some(ExitStatus::Failure))
        }
        Outcome::Fallback(why) => Err(Error::Message(why)),
    }
}

/// What `sip setup-git` and `sip init` say after registering the driver: the driver line, a
/// note when it names this program by its absolute path, and whether `.gitattributes` sends the
/// plans to it (as git reads the attributes).
pub fn driver_said(lang: crate::i18n::Lang, driver: &str, absolute: bool, routed: bool) -> String {
    let driver = one_line(driver);
    let mut out = if routed {
        t!(lang, "git-drivrutin-aktiv", drivrutin = driver)
    } else {
        t!(lang, "git-drivrutin-registrerad", drivrutin = driver)
    };
    out.push('\n');
    if absolute {
        out.push_str(&t!(lang, "git-drivrutin-hela-sokvagen"));
        out.push('\n');
    }
    if !routed {
        out.push_str(&t!(lang, "git-attribut-merge-saknas"));
        out.push('\n');
    }
    out
}

/// Register the merge driver in this clone's git config.
pub fn setup(ctx: &Ctx) -> Result<ExitStatus> {
    let here = ctx.dir.clone().unwrap_or_else(|| ".".into());
    let root = crate::workspace::find_root(&here).unwrap_or_else(|| here.clone());
    let Some(repo) = crate::git::Repo::find(&root) else {
        return Err(err!("git-inget-forrad"));
    };
    let (driver, absolute) = crate::git::register_driver(&repo)?;
    if !ctx.quiet {
        let routed = crate::git::plans_routed(&repo, &root);
        print(&driver_said(ctx.lang, &driver, absolute, routed))?;
        let encrypted = ctx
            .workspace(None)
            .is_ok_and(|ws| ws.config.encryption.is_some());
        if encrypted {
            print(&encrypted::textconv_said(
                ctx.lang,
                crate::git::diff_routed(&repo, &root),
            ))?;
        }
    }
    Ok(ExitStatus::Success)
}

pub use encrypted::textconv;

/// The plan's changes from git.
pub fn history(ctx: &Ctx, a: HistoryArgs) -> Result<ExitStatus> {
    let as_path = Path::new(&a.plan);
    let ws = ctx.workspace(as_path.is_file().then_some(as_path))?;
    let file = ws.find_plan(&a.plan)?;
    let (_source, plan) = load_file(&file, ctx.lang)?;
    let since = match a.since.as_deref().map(str::trim) {
        None => None,
        Some(s) => Some(match crate::model::plan::parse_date(s) {
            Some(d) => d,
            None => plan
                .meeting(s)
                .and_then(|m| m.time.as_ref())
                .map(|t| t.value.date())
                .ok_or_else(|| err!("git-since-ogiltig", varde = s))?,
        }),
    };
    let entries: Vec<_> = crate::git::history::history(&file.path)?
        .into_iter()
        .filter(|e| since.is_none_or(|d| e.date >= d))
        .collect();
    let id = plan
        .id
        .as_ref()
        .map(|s| s.value.clone())
        .unwrap_or_default();
    let mut out = Vec::new();
    let written = match a.format {
        HistoryFormat::Text => {
            crate::git::history::render_text(&mut out, &entries, since, ctx.lang)
        }
        HistoryFormat::Json => {
            crate::git::history::render_json(&mut out, &id, &entries, since, ctx.lang)
        }
    };
    written.map_err(|e| Error::io("-", e))?;
    crate::cli::write_output(a.output.as_deref(), |w| w.write_all(&out))?;
    Ok(ExitStatus::Success)
}
