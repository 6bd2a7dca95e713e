//! `sip rules [CODE]`: every rule, or one rule's documentation, from the rule table (`codes`).

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use crate::cli::args::{RulesArgs, RulesFormat};
use crate::cli::{Ctx, ExitStatus, write_output};
use crate::codes::{RuleMeta, TABLE, find};
use crate::error::{Error, Result};
use crate::i18n::Lang;

#[derive(Serialize)]
struct JsonRule {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message_sv: &'static str,
    message_en: &'static str,
    source: &'static str,
    doc: String,
}

fn json_rule(m: &RuleMeta) -> JsonRule {
    JsonRule {
        code: m.code.as_str(),
        name: m.name,
        severity: m.severity.as_str(),
        message_sv: m.sv,
        message_en: m.en,
        source: m.source,
        doc: m.doc_text(),
    }
}

/// The Markdown rules table for the README (generated, never hand-kept).
pub fn markdown_table(lang: Lang) -> String {
    let mut s = match lang {
        Lang::Sv => {
            String::from("| Kod | Namn | Nivå | Meddelande | Källa |\n|---|---|---|---|---|\n")
        }
        Lang::En => {
            String::from("| Code | Name | Severity | Message | Source |\n|---|---|---|---|---|\n")
        }
    };
    for m in TABLE {
        s.push_str(&format!(
            "| {} | `{}` | {} | {} | {} |\n",
            m.code,
            m.name,
            m.severity.word(lang),
            lang.pick(m.sv, m.en).replace('|', "\\|"),
            m.source.replace('|', "\\|")
        ));
    }
    s
}

fn doc_page(m: &RuleMeta, lang: Lang) -> String {
    format!(
        "# {} {} ({})\n\n{}: {}\n\n{}\n",
        m.code,
        m.name,
        m.severity.word(lang),
        lang.pick("Meddelande", "Message"),
        lang.pick(m.sv, m.en),
        m.doc_text()
    )
}

pub fn run(ctx: &Ctx, args: RulesArgs) -> Result<ExitStatus> {
    if let Some(code) = &args.code {
        let m = find(code).ok_or_else(|| {
            Error::msg(
                format!("okänd regel `{code}`; `sip rules` listar alla"),
                format!("unknown rule `{code}`; `sip rules` lists them all"),
            )
        })?;
        let out = match args.format {
            RulesFormat::Json => {
                serde_json::to_string_pretty(&json_rule(m)).unwrap_or_default() + "\n"
            }
            _ => doc_page(m, ctx.lang),
        };
        write_output(args.output.as_deref(), |w| w.write_all(out.as_bytes()))?;
        return Ok(ExitStatus::Success);
    }
    let out = match args.format {
        RulesFormat::Json => {
            let all: Vec<JsonRule> = TABLE.iter().map(json_rule).collect();
            serde_json::to_string_pretty(&all).unwrap_or_default() + "\n"
        }
        RulesFormat::Markdown => markdown_table(ctx.lang),
        RulesFormat::Text => {
            let mut t = Table::new();
            t.load_preset(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic);
            t.set_header(match ctx.lang {
                Lang::Sv => vec!["Kod", "Namn", "Nivå", "Meddelande"],
                Lang::En => vec!["Code", "Name", "Severity", "Message"],
            });
            for m in TABLE {
                t.add_row(vec![
                    m.code.as_str(),
                    m.name,
                    m.severity.word(ctx.lang),
                    ctx.lang.pick(m.sv, m.en),
                ]);
            }
            format!("{t}\n")
        }
    };
    write_output(args.output.as_deref(), |w| w.write_all(out.as_bytes()))?;
    Ok(ExitStatus::Success)
}
