//! Printing a [`Doc`]: one `Format`, one dispatch, a file per format. Renderers print any `Doc`
//! and know nothing of plans; they never decide what a document holds.

use serde::Serialize;

use super::doc::Doc;

pub mod html;
pub mod markdown;
pub mod pdf;
pub mod text;

/// The output formats of the documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text for the terminal, wrapped to its width (80 columns when not a terminal).
    Text,
    /// CommonMark with GitHub tables.
    Markdown,
    /// One self-contained HTML file with print CSS (A4).
    Html,
    /// The document's structure as JSON.
    Json,
}

/// Render a document to `out`; `width` is used by the text format only.
pub fn render(
    out: &mut dyn std::io::Write,
    doc: &Doc,
    format: Format,
    width: usize,
) -> std::io::Result<()> {
    match format {
        Format::Text => text::render(out, doc, width),
        Format::Markdown => markdown::render(out, doc),
        Format::Html => html::render(out, doc),
        Format::Json => json(out, doc),
    }
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    version: u32,
    #[serde(flatten)]
    doc: &'a Doc,
}

fn json(out: &mut dyn std::io::Write, doc: &Doc) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &JsonDoc { version: 1, doc })?;
    out.write_all(b"\n")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::doc::{Block, Doc, Field, Item};
    use crate::i18n::Lang;

    /// One document using every kind of block, with characters each format must escape.
    pub fn sample() -> Doc {
        let mut d = Doc::new("plan", Lang::Sv, "Plan för <Åsa> & \"Bo\"");
        d.subtitle = Some("Under*titel_".into());
        d.field("Individ", "Åsa Öberg");
        d.field("Syfte", "Ett långt syfte som ska radbrytas ordentligt när texten inte längre ryms på en rad i terminalen.");
        d.section(
            "1. Insatser som behövs",
            vec![
                Block::heading("Behov"),
                Block::para("Text med | lodstreck och <taggar>."),
                Block::list(
                    true,
                    vec![Item::with(
                        "Första",
                        vec![
                            Block::bullets(["a", "b"]),
                            Block::fields(vec![Field::new("Nyckel", "värde")]),
                        ],
                    )],
                ),
                Block::table(
                    ["Insats", "Status"],
                    vec![vec!["I1 Stöd | hjälp".into(), "pågår".into()]],
                ),
                Block::note("En anteckning."),
                Block::Signatures {
                    signers: vec!["Åsa Öberg <individen>".into()],
                },
            ],
        );
        d.footer = Some("Utskriven 2026-05-01".into());
        d
    }

    /// What a renderer writes, as text.
    pub fn written(render: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> String {
        let mut out = Vec::new();
        render(&mut out).expect("writing to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn json_has_version_and_blocks() {
        let s = written(|w| super::json(w, &sample()));
        let v: serde_json::Value = serde_json::from_str(&s).expect("valid JSON");
        assert_eq!(v["version"], 1);
        assert_eq!(v["kind"], "plan");
        assert_eq!(v["lang"], "sv");
        assert_eq!(v["sections"][0]["blocks"][3]["type"], "table");
    }
}
