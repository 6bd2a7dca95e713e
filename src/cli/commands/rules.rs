//! `sip rules [CODE]`: every rule, or one rule's documentation, from the rule table (`codes`).

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use crate::cli::args::{RulesArgs, RulesFormat};
use crate::cli::{Ctx, ExitStatus, write_output};
use crate::codes::{RuleMeta, TABLE, find};
use crate::error::Result;
use crate::i18n::Lang;

#[derive(Serialize)]
struct JsonRule {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message_sv: String,
    message_en: String,
    source: &'static str,
    doc: String,
}

fn json_rule(m: &RuleMeta) -> JsonRule {
    JsonRule {
        code: m.code.as_str(),
        name: m.name,
        severity: m.severity.as_str(),
        message_sv: m.template(Lang::Sv),
        message_en: m.template(Lang::En),
        source: m.source,
        doc: m.doc_text(),
    }
}

/// The rule's message in a language, its variables shown as `{name}`.
fn message(m: &RuleMeta, lang: Lang) -> String {
    m.template(lang)
}

/// The column headings of the table of rules.
fn headings(lang: Lang) -> [String; 4] {
    [
        t!(lang, "regler-kod"),
        t!(lang, "regler-namn"),
        t!(lang, "regler-niva"),
        t!(lang, "regler-meddelande"),
    ]
}

/// The Markdown rules table for the README (generated, never hand-kept).
pub fn markdown_table(lang: Lang) -> String {
    let [code, name, severity, msg] = headings(lang);
    let source = t!(lang, "regler-kalla");
    let mut s =
        format!("| {code} | {name} | {severity} | {msg} | {source} |\n|---|---|---|---|---|\n");
    for m in TABLE {
        s.push_str(&format!(
            "| {} | `{}` | {} | {} | {} |\n",
            m.code,
            m.name,
            m.severity.word(lang),
            message(m, lang).replace('|', "\\|"),
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
        t!(lang, "regler-meddelande"),
        message(m, lang),
        m.doc_text()
    )
}

pub fn run(ctx: &Ctx, args: RulesArgs) -> Result<ExitStatus> {
    if let Some(code) = &args.code {
        let m = find(code).ok_or_else(|| err!("regler-okand", kod = code))?;
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
            t.set_header(headings(ctx.lang));
            for m in TABLE {
                t.add_row(vec![
                    m.code.as_str().to_string(),
                    m.name.to_string(),
                    m.severity.word(ctx.lang).to_string(),
                    message(m, ctx.lang),
                ]);
            }
            format!("{t}\n")
        }
    };
    write_output(args.output.as_deref(), |w| w.write_all(out.as_bytes()))?;
    Ok(ExitStatus::Success)
}
