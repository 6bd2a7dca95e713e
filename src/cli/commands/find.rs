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
    let (ws, _) = super::list::folder_files(ctx)?;
    let q = fold(args.text.trim());
    let qd = digits(&q);
    let numeric = qd.len() >= 4 && q.chars().all(|c| c.is_ascii_digit() || "-+ ".contains(c));
    let mut rows = Vec::new();
    for e in ws.catalogue()? {
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
                ctx.lang.pick(
                    &format!("Ingen plan matchar `{}`.", args.text.trim()),
                    &format!("No plan matches `{}`.", args.text.trim()),
                )
            ))?;
        }
        return Ok(ExitStatus::Failure);
    }
    let w = rows.iter().map(|e| e.id.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for e in &rows {
        if ctx.quiet {
            out.push_str(&format!("{}\n", e.id));
        } else {
            let pad = " ".repeat(w - e.id.chars().count());
            out.push_str(&format!(
                "{}{pad}  {}  {}\n",
                e.id,
                e.name.as_deref().unwrap_or("–"),
                e.file.rel
            ));
        }
    }
    crate::cli::print(&out)?;
    Ok(ExitStatus::Success)
}
