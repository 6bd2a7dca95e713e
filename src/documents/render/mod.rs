//! Printing a [`Doc`]: one `Format`, one dispatch, a file per format. Renderers print any `Doc`
//! and know nothing of plans; they never decide what a document holds.

use chrono::NaiveDate;
use serde::Serialize;

use super::doc::Doc;

pub mod html;
pub mod markdown;
pub mod pdf;
pub mod text;

/// The output formats of the documents: the values of `--format` of `sip agenda`, `sip invite`,
/// `sip protocol`, `sip show` and the letters.
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
    /// An archival, accessible A4 PDF with embedded fonts.
    Pdf,
}

/// The values of `--format`; `pdf` is described in the help's language (shown by `--help` and
/// the shells' completions).
impl clap::ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            Format::Text,
            Format::Markdown,
            Format::Html,
            Format::Json,
            Format::Pdf,
        ]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        use clap::builder::PossibleValue;
        Some(match self {
            Format::Text => PossibleValue::new("text"),
            Format::Markdown => PossibleValue::new("markdown"),
            Format::Html => PossibleValue::new("html"),
            Format::Json => PossibleValue::new("json"),
            Format::Pdf => PossibleValue::new("pdf").help(t!(
                crate::i18n::help_lang(),
                "hjalp-varde-dokumentformat-pdf"
            )),
        })
    }
}

/// What a format needs besides the document.
pub struct Options<'a> {
    /// Text: the width to wrap to.
    pub width: usize,
    /// PDF: what the metadata title names after the kind of document (the plan id, or a
    /// report's period).
    pub plan: &'a str,
    /// PDF: the creation date.
    pub today: NaiveDate,
}

/// Why a document could not be rendered.
#[derive(Debug)]
pub enum Failure {
    /// The PDF could not be made (the PDF library's reason).
    Pdf(String),
    /// A text format could not be written.
    Io(std::io::Error),
}

/// Render a document in a format: the one place that chooses a renderer by format. The whole
/// document is made in memory before anything is written, so a failure leaves no half-written
/// file (a PDF is laid out at once anyway).
pub fn render(doc: &Doc, format: Format, opts: &Options) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::new();
    let w: &mut dyn std::io::Write = &mut out;
    match format {
        Format::Text => text::render(w, doc, opts.width),
        Format::Markdown => markdown::render(w, doc),
        Format::Html => html::render(w, doc),
        Format::Json => json(w, doc),
        Format::Pdf => return pdf::render(doc, opts.plan, opts.today).map_err(Failure::Pdf),
    }
    .map_err(Failure::Io)?;
    Ok(out)
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
