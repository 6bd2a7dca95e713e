//! `sip find TEXT` (alias `sök`): the plans whose id, individual's name or personnummer matches,
//! case and accents ignored (`ostlund` finds Östlund; `8705234824` finds 19870523-4824).

use crate::cli::args::FindArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;
use crate::workspace::fold;

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

pub fn run(ctx: &Ctx, args: FindArgs) -> Result<ExitStatus> {
    let folders = super::list::folder_files(ctx)?;
    let q = fold(args.text.trim());
    let qd = digits(&q);
    let numeric = qd.len() >= 4 && q.chars().all(|c| c.is_ascii_digit() || "-+ ".contains(c));
    let mut rows = Vec::new();
    let mut entries = Vec::new();
    for f in &folders {
        entries.extend(f.ws.catalogue()?);
    }
    for e in entries {
        let hit = !q.is_empty()
            && (fold(&e.id).contains(&q)
                || e.name.as_deref().is_some_and(|n| fold(n).contains(&q))
                || (numeric
                    && e.personnummer
                        .as_deref()
                        .is_some_and(|p| digits(p).contains(&qd))));
        if hit {
            rows.push(e);
        }
    }
    if rows.is_empty() {
        if !ctx.quiet {
            crate::cli::print(&format!(
                "{}\n",
                t!(
                    ctx.lang,
                    "hitta-ingen-plan",
                    text = crate::privacy::visible_line(args.text.trim())
                )
            ))?;
        }
        return Ok(ExitStatus::Failure);
    }
    // Names, ids and file names as every text output shows them: control characters and
    // bidirectional overrides made visible, never sent to the terminal raw.
    use crate::privacy::visible_line;
    let ids: Vec<String> = rows
        .iter()
        .map(|e| visible_line(&e.id).into_owned())
        .collect();
    let w = ids.iter().map(|id| id.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for (e, id) in rows.iter().zip(&ids) {
        if ctx.quiet {
            out.push_str(&format!("{id}\n"));
        } else {
            let pad = " ".repeat(w - id.chars().count());
            out.push_str(&format!(
                "{id}{pad}  {}  {}\n",
                visible_line(e.name.as_deref().unwrap_or("–")),
                visible_line(&e.file.rel)
            ));
        }
    }
    crate::cli::print(&out)?;
    Ok(ExitStatus::Success)
}
