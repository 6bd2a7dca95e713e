//! `sip init [DIR] [--agreement ID] [--leader NAME]`: create a plan folder — `sip.toml` with the
//! default agreement and meeting leader, the plan JSON Schema for editors
//! (`sip-plan.schema.json`), a `.gitignore` that keeps printed documents and exports (they hold
//! personal data) and the temporary and lock files an interrupted write could leave out of git,
//! and a `.gitattributes` that sends plans to `sip merge` (registered in the repository's config
//! when the folder is inside one).

use std::path::PathBuf;

use crate::cli::args::InitArgs;
use crate::cli::prompt;
use crate::cli::{Ctx, ExitStatus};
use crate::edit::write;
use crate::error::{Error, Result};
use crate::model::agreement;
use crate::workspace::CONFIG_FILE;

/// What stays out of git: printed documents and exports hold personal data copied out of the
/// plans (a kallelse, a calendar, a spreadsheet) and belong in the case file, not in the history;
/// temporary and lock files are leftovers of a write.
const GITIGNORE: &str = "\
# Utskrivna dokument och exporter: de innehåller personuppgifter och hör hemma i akten,
# inte i git-historiken (sip show/agenda/invitation --format html|pdf, followups --format ics|csv,
# stats --format csv|xlsx).
*.html
*.pdf
*.ics
*.csv
*.xlsx
# Tillfälliga filer och låsfiler från sip och redigerare
.*.tmp
*.tmp
*.lock
*~
.*.swp
.~lock.*#
# Den egna versionen som sip edit sparar när planen ändrades under redigeringen
.*.redigerad-*
# Redigerarens arbetskopia under sip edit (en privat mapp bredvid planen)
.sip-redigering-*/
";

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

pub fn run(ctx: &Ctx, a: InitArgs) -> Result<ExitStatus> {
    let dir = a
        .dir
        .clone()
        .or_else(|| ctx.dir.clone())
        .unwrap_or_else(|| PathBuf::from("."));
    let config = dir.join(CONFIG_FILE);
    if config.exists() {
        return Err(err!("init-finns-redan", fil = config));
    }
    let builtin = agreement::builtin();
    let choices: Vec<(String, String)> = builtin
        .iter()
        .map(|x| (x.id.clone(), format!("{} – {}", x.id, x.name)))
        .collect();
    let chosen = prompt::pick(
        "--agreement",
        a.agreement,
        &t!(ctx.lang, "fraga-overenskommelse"),
        &choices,
        false,
    )?
    .unwrap_or_default();
    let chosen = chosen.trim().to_string();
    // A folder may bring its own agreement in agreements/ later; a built-in one is checked now.
    if !builtin.iter().any(|x| x.id == chosen) && !dir.join("agreements").is_dir() {
        let ids: Vec<&str> = builtin.iter().map(|x| x.id.as_str()).collect();
        return Err(err!(
            "init-okand-overenskommelse",
            overenskommelse = chosen,
            inbyggda = ids.join(", ")
        ));
    }
    let encryption = if a.encrypt {
        Some(super::crypt::init_section(&a.recipients)?)
    } else {
        None
    };
    let leader = prompt::optional(a.leader, &t!(ctx.lang, "fraga-samtalsledare"))?;
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let mut text =
        String::from("# Planmapp för sip. Varje plan är en YAML-fil här (sip new skapar dem).\n");
    text.push_str(&format!("\"överenskommelse\" = {}\n", toml_string(&chosen)));
    if let Some(l) = &leader {
        text.push_str(&format!("samtalsledare = {}\n", toml_string(l.trim())));
    }
    text.push_str("\n# Ändrad allvarlighetsgrad per regel (\"fel\", \"varning\", \"info\" eller \"av\"):\n# [regler]\n# P002 = \"fel\"\n");
    if let Some(section) = &encryption {
        text.push_str(section);
    }
    write::create(&config, text.as_bytes())?;
    let gitignore = dir.join(".gitignore");
    if !gitignore.exists() {
        write::create(&gitignore, GITIGNORE.as_bytes())?;
    }
    // Plans merge by their content: the attributes travel with the folder, the driver is
    // registered in this clone's config (a fresh clone runs `sip setup-git` once).
    let attributes = dir.join(".gitattributes");
    if !attributes.exists() {
        let mut lines = crate::git::ATTRIBUTES.to_string();
        if a.encrypt {
            lines.push_str(crate::git::ATTRIBUTES_DIFF);
        }
        write::create(&attributes, lines.as_bytes())?;
    }
    let repo = crate::git::Repo::find(&dir);
    let registered = match &repo {
        Some(repo) => Some(crate::git::register_driver(repo)?),
        None => None,
    };
    // The JSON Schema for editors; `sip new` points new plans at it.
    let schema = dir.join(super::new::SCHEMA_FILE);
    if !schema.exists() {
        write::create(
            &schema,
            crate::model::json_schema::plan_schema_json().as_bytes(),
        )?;
    }
    if !ctx.quiet {
        crate::cli::print(&format!(
            "{}\n",
            t!(
                ctx.lang,
                "init-skapad",
                mapp = dir,
                overenskommelse = chosen
            )
        ))?;
        if let (Some(repo), Some((driver, absolute))) = (&repo, &registered) {
            let routed = crate::git::plans_routed(repo, &dir);
            crate::cli::print(&super::git::driver_said(
                ctx.lang, driver, *absolute, routed,
            ))?;
            if routed {
                crate::cli::print(&format!("{}\n", t!(ctx.lang, "init-ny-klon")))?;
            }
        }
    }
    Ok(ExitStatus::Success)
}
