//! `sip merge BASE OURS THEIRS [PATH]` (git's merge driver), `sip setup-git` and
//! `sip history PLAN [--since DATE|MÖ1] [--format text|json]`.

use std::path::Path;

use crate::check::load_file;
use crate::cli::args::{HistoryArgs, HistoryFormat, MergeArgs};
use crate::cli::{Ctx, ExitStatus, print};
use crate::edit::write;
use crate::error::{Error, Result};
use crate::git::merge::Outcome;

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

/// Merge THEIRS into OURS by the plan's structure; git's line merge when in doubt. Exit 0 when
/// merged, 1 when a conflict is left in OURS (as git expects of a driver).
pub fn merge(ctx: &Ctx, a: MergeArgs) -> Result<ExitStatus> {
    let shown = a
        .path
        .clone()
        .unwrap_or_else(|| a.ours.display().to_string());
    let base = read(&a.base)?;
    let ours = read(&a.ours)?;
    let theirs = read(&a.theirs)?;
    let outcome = match (
        std::str::from_utf8(&base),
        std::str::from_utf8(&ours),
        std::str::from_utf8(&theirs),
    ) {
        (Ok(b), Ok(o), Ok(t)) => crate::git::merge::merge(b, o, t),
        _ => Outcome::Fallback(crate::i18n::Msg::new(
            "en version är inte UTF-8",
            "a version is not UTF-8",
        )),
    };
    let say = |sv: String, en: String| {
        if !ctx.quiet {
            eprintln!("{}", ctx.lang.pick(&sv, &en));
        }
    };
    let renumbered_note = |r: &[(String, String)]| {
        for (old, new) in r {
            say(
                format!(
                    "sip merge: {shown}: båda lade till {old}; den andras {old} heter nu {new}"
                ),
                format!("sip merge: {shown}: both added {old}; the other's {old} is now {new}"),
            );
        }
    };
    match outcome {
        Outcome::Clean { text, renumbered } => {
            if text.as_bytes() != ours.as_slice() {
                write_ours(&a.ours, &ours, &text)?;
            }
            renumbered_note(&renumbered);
            Ok(ExitStatus::Success)
        }
        Outcome::Conflict {
            text,
            conflicts,
            renumbered,
        } => {
            write_ours(&a.ours, &ours, &text)?;
            renumbered_note(&renumbered);
            for c in &conflicts {
                say(
                    format!(
                        "sip merge: {shown}:{}: konflikt i `{}`: båda har ändrat värdet; välj det som ska gälla och ta bort raderna <<<<<<<, ======= och >>>>>>>",
                        c.line, c.path
                    ),
                    format!(
                        "sip merge: {shown}:{}: conflict in `{}`: both changed the value; keep the one that holds and delete the lines <<<<<<<, ======= and >>>>>>>",
                        c.line, c.path
                    ),
                );
            }
            Ok(ExitStatus::Failure)
        }
        Outcome::Fallback(why) => {
            say(
                format!(
                    "sip merge: {shown}: slås ihop rad för rad av git ({})",
                    why.get(crate::i18n::Lang::Sv)
                ),
                format!(
                    "sip merge: {shown}: merged line by line by git ({})",
                    why.get(crate::i18n::Lang::En)
                ),
            );
            if crate::git::merge_file(&a.base, &a.ours, &a.theirs)? {
                Ok(ExitStatus::Success)
            } else {
                Ok(ExitStatus::Failure)
            }
        }
    }
}

/// Register the merge driver in this clone's git config.
pub fn setup(ctx: &Ctx) -> Result<ExitStatus> {
    let here = ctx.dir.clone().unwrap_or_else(|| ".".into());
    let Some(top) = crate::git::toplevel(&here) else {
        return Err(Error::msg(
            "här finns inget git-förråd; kör sip setup-git i en klon av planmappen",
            "there is no git repository here; run sip setup-git in a clone of the plan folder",
        ));
    };
    crate::git::register_driver(&top)?;
    if !ctx.quiet {
        let mut out = ctx
            .lang
            .pick(
                "git slår nu ihop planer efter innehåll i den här klonen (merge.sip.driver = sip merge %O %A %B %P).\n",
                "git now merges plans by their content in this clone (merge.sip.driver = sip merge %O %A %B %P).\n",
            )
            .to_string();
        let root = crate::workspace::find_root(&here).unwrap_or(top);
        if !crate::git::attributes_present(&root) {
            out.push_str(ctx.lang.pick(
                "Men .gitattributes i planmappen skickar inte planerna till sip ännu: lägg till raderna `*.yaml merge=sip` och `*.yml merge=sip` och checka in filen.\n",
                "But .gitattributes in the plan folder does not send plans to sip yet: add the lines `*.yaml merge=sip` and `*.yml merge=sip` and commit the file.\n",
            ));
        }
        print(&out)?;
    }
    Ok(ExitStatus::Success)
}

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
                .ok_or_else(|| {
                    Error::msg(
                        format!("--since: `{s}` är varken ett datum (ÅÅÅÅ-MM-DD) eller ett möte i planen med en tid"),
                        format!("--since: `{s}` is neither a date (YYYY-MM-DD) nor a meeting of the plan with a time"),
                    )
                })?,
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
