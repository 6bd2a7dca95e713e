//! `sip new`: create a plan in status `utkast` from flags, asking on a terminal for what is
//! missing. The id is `sip-ÅR-` plus 8 random characters (no central counter, so plans made on
//! separate git branches do not collide); the file is `<id>.yaml` in the plan folder, never a
//! name or a personnummer.

use super::set::field_ops;
use crate::cli::args::NewArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::splice::render_document;
use crate::edit::{Val, input, write};
use crate::error::Result;
use crate::model::enums::{Gender, Occupation, Status};
use crate::workspace::PlanFile;

/// The JSON Schema file that `sip schema` may have written into the plan folder.
pub const SCHEMA_FILE: &str = "sip-plan.schema.json";

/// `sip-ÅR-` + 8 characters from [a-z0-9].
fn random_id(year: i32) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let tail: String = (0..8)
        .map(|_| char::from(ALPHABET[fastrand::usize(..ALPHABET.len())]))
        .collect();
    format!("sip-{year}-{tail}")
}

pub fn run(ctx: &Ctx, mut a: NewArgs) -> Result<ExitStatus> {
    ctx.require_plan_folder(None)?;
    let ws = ctx.workspace(None)?;
    let today = ctx.today.format("%Y-%m-%d").to_string();

    let agreements: Vec<(String, String)> = ws
        .agreements
        .iter()
        .map(|x| (x.id.clone(), format!("{} – {}", x.id, x.name)))
        .collect();
    let agreement_id = a.agreement.clone().or_else(|| ws.config.agreement.clone());
    let agreement_id = prompt::pick(
        "--agreement",
        agreement_id,
        &t!(ctx.lang, "fraga-overenskommelse"),
        &agreements,
        false,
    )?
    .unwrap_or_default();
    let Some(agreement) = ws.agreement(agreement_id.trim()) else {
        return Err(err!(
            "ny-okand-overenskommelse",
            overenskommelse = agreement_id,
            finns = ws.agreement_ids().join(", ")
        ));
    };

    let name = prompt::required(
        "--name",
        a.name.take(),
        &t!(ctx.lang, "fraga-individens-namn"),
    )?;
    let name = input::text("--name", &name)?;
    let mut pnr = a.personnummer.take();
    if pnr.is_none() && a.birth_date.is_none() {
        pnr = prompt::optional_checked(None, &t!(ctx.lang, "fraga-personnummer"), |p| {
            input::personnummer("--personnummer", p, ctx.today)
        })?;
    }
    let pnr = pnr
        .map(|p| input::personnummer("--personnummer", &p, ctx.today))
        .transpose()?;
    let mut birth = a.birth_date.take();
    if pnr.is_none() && birth.is_none() {
        birth = prompt::optional_checked(None, &t!(ctx.lang, "fraga-fodelsedatum"), |d| {
            input::date("--birth-date", d)
        })?;
    }
    let birth = birth.map(|d| input::date("--birth-date", &d)).transpose()?;
    a.fields.gender =
        prompt::pick_optional_value::<Gender>(a.fields.gender, &t!(ctx.lang, "fraga-kon"))?;
    a.fields.occupation = prompt::pick_optional_value::<Occupation>(
        a.fields.occupation,
        &t!(ctx.lang, "fraga-sysselsattning"),
    )?;
    let conveners: Vec<(String, String)> = agreement
        .parties
        .iter()
        .filter(|p| p.can_convene)
        .map(|p| (p.id.clone(), format!("{} ({})", p.id, p.name)))
        .collect();
    let party = prompt::pick(
        "--initiated-by",
        a.initiated_by.take(),
        &t!(ctx.lang, "fraga-part-som-kallar"),
        &conveners,
        false,
    )?
    .unwrap_or_default();
    let party = input::party("--initiated-by", &party, Some(agreement))?;
    let date = match &a.date {
        Some(d) => input::date("--date", d)?,
        None => today.clone(),
    };
    if a.fields.leader.is_none() {
        a.fields.leader = ws.config.meeting_leader.clone();
    }
    a.fields.leader =
        prompt::optional(a.fields.leader.take(), &t!(ctx.lang, "fraga-samtalsledare"))?;
    a.fields.purpose = prompt::optional(a.fields.purpose.take(), &t!(ctx.lang, "fraga-syfte"))?;

    // The skeleton, then the plan's own fields through the same checked edits as `sip set`.
    let mut individual = vec![("namn".to_string(), Val::text(name))];
    if let Some(p) = pnr {
        individual.push(("personnummer".into(), Val::quoted(p)));
    }
    if let Some(b) = birth {
        individual.push(("födelsedatum".into(), Val::verbatim(b)));
    }
    let year = date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
    let (id, path) = loop {
        let id = random_id(year);
        let p = ws.root.join(format!("{id}.yaml"));
        if !p.exists() && !ws.root.join(format!("{id}.yml")).exists() {
            break (id, p);
        }
    };
    let entries = vec![
        ("id".to_string(), Val::verbatim(&id)),
        ("överenskommelse".into(), Val::verbatim(&agreement.id)),
        ("status".into(), Val::verbatim(Status::Draft.as_str())),
        ("individ".into(), Val::Map(individual)),
        (
            "initiering".into(),
            Val::map(vec![
                ("datum", Val::verbatim(&date)),
                ("part", Val::verbatim(&party)),
            ]),
        ),
    ];
    let mut text = render_document(&entries)?;
    if ws.root.join(SCHEMA_FILE).is_file() {
        let schema = schema_from(&path, &ws.root);
        text = format!("# yaml-language-server: $schema={schema}\n{text}");
    }
    let mut doc = crate::edit::Document::new(text);
    for op in field_ops(&a.fields)? {
        doc.apply(&op)?;
    }
    // In a folder whose plans are encrypted (`[kryptering] mottagare`), the new plan is written
    // encrypted from its first byte: no clear copy ever reaches the disk.
    let recipients = ws.config.recipients();
    if recipients.is_empty() {
        write::create(&path, doc.text.as_bytes())?;
    } else {
        let sealed = crate::crypt::seal_new(&doc.text, &recipients, &path.display().to_string())?;
        write::create(&path, sealed.as_bytes())?;
    }
    let display = {
        let shown = super::check::relative_root(&path);
        let s = shown.to_string_lossy().replace('\\', "/");
        s.strip_prefix("./").map(str::to_string).unwrap_or(s)
    };
    if ctx.quiet {
        crate::cli::print(&format!("{id}\n"))?;
        return Ok(ExitStatus::Success);
    }
    let file = PlanFile::new(path.clone(), display.clone(), format!("{id}.yaml"));
    let mut out = t!(ctx.lang, "ny-skapad", plan_id = id, mapp = display);
    out.push('\n');
    out.push_str(&editing::remaining(ctx, &ws, &file, &doc.text));
    crate::cli::print(&out)?;
    Ok(ExitStatus::Success)
}

/// The schema file of the plan folder `root` as the modeline of a plan at `plan` names it:
/// yaml-language-server resolves a relative `$schema=` against the plan file's own folder, so
/// the path goes up one `../` for each folder between the plan and `root`. Relative, never
/// absolute: the plans are shared through git, and another clone has another absolute path.
pub fn schema_from(plan: &std::path::Path, root: &std::path::Path) -> String {
    let depth = plan
        .parent()
        .and_then(|dir| dir.strip_prefix(root).ok())
        .map_or(0, |rel| rel.components().count());
    format!("{}{SCHEMA_FILE}", "../".repeat(depth))
}

#[cfg(test)]
mod schema_line_tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_modeline_goes_up_to_the_plan_folder() {
        let root = Path::new("plans");
        assert_eq!(
            schema_from(Path::new("plans/sip-2026-a.yaml"), root),
            "sip-plan.schema.json"
        );
        assert_eq!(
            schema_from(Path::new("plans/arkiv/2025/sip-2026-a.yaml"), root),
            "../../sip-plan.schema.json"
        );
    }
}
