//! HTML rendering of a [`Doc`]: one self-contained file (inline CSS, no scripts, no external
//! resources) that reads well on screen and prints on A4. All text passes through [`escape`],
//! the one escaping function.

use std::io::{self, Write};

use super::super::doc::{Block, Doc, Field};
use crate::i18n::Lang;

const CSS: &str = r#"
@page { size: A4; margin: 18mm 17mm 20mm 17mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
  font-size: 11pt; line-height: 1.45; color: #111; background: #fff; margin: 0 auto;
  max-width: 48em; padding: 2em 1.5em; }
h1 { font-size: 19pt; margin: 0 0 0.15em; line-height: 1.2; }
.subtitle { font-size: 13pt; color: #333; margin: 0 0 0.9em; }
h2 { font-size: 13.5pt; margin: 1.4em 0 0.45em; padding-bottom: 0.15em;
  border-bottom: 1.5px solid #2b4c7e; color: #1c365c; }
h3 { font-size: 11.5pt; margin: 1em 0 0.35em; color: #1c365c; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p { margin: 0.35em 0; }
ul, ol { margin: 0.3em 0 0.5em; padding-left: 1.6em; }
li { margin: 0.15em 0; }
li > ul, li > ol, li > table, li > dl, li > p { margin-top: 0.2em; }
li, tr, .fields div, .note { break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.7em; font-size: 10pt; }
thead { display: table-header-group; }
th, td { border: 1px solid #b9c2cf; padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
th { background: #e8edf4; font-weight: 600; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.3em 0 0.5em; }
dl.fields dt { font-weight: 600; color: #333; }
dl.fields dd { margin: 0; }
header dl.fields { border: 1px solid #b9c2cf; background: #f6f8fb; padding: 0.6em 0.8em; border-radius: 3px; }
.note { border-left: 4px solid #6b8cc7; background: #f1f5fb; padding: 0.4em 0.7em; margin: 0.5em 0; }
.date { white-space: nowrap; }
li:has(> dl.fields) > .item, section > ol > li:has(> ul) > .item { font-weight: 600; }
li li .item { font-weight: normal; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 2.2em 2em; margin: 1.6em 0 0.5em; }
.signature { break-inside: avoid; display: grid; grid-template-columns: 1fr 6em; }
.signature .line { border-bottom: 1px solid #111; height: 1.6em; }
.signature .date { border-bottom: 1px solid #111; padding-left: 0.4em; font-size: 9pt; color: #444; align-self: end; }
.signature .signer { grid-column: 1 / span 2; font-size: 9.5pt; padding-top: 0.2em; }
section { break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 2em; padding-top: 0.4em; border-top: 1px solid #b9c2cf; font-size: 9pt; color: #444; }
@media print {
  body { max-width: none; padding: 0; }
  .note, th, header dl.fields { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Text as a quoted CSS string inside `<style>`: quotes and backslashes escaped, and `<` so that
/// no `</style>` can end the style sheet.
pub fn css_string(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push('"');
    // Control characters as pictures first, as in element content.
    for c in crate::privacy::visible_line(text).chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '<' => s.push_str("\\3c "),
            '\n' | '\r' => s.push_str("\\a "),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

/// Escape text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 8);
    // Control characters as pictures (`␛`): invisible in a browser, harmful in a terminal.
    for c in crate::privacy::visible(text).chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&#39;"),
            _ => s.push(c),
        }
    }
    s
}

/// Escape `text` and keep each ISO date (`2026-03-10`) on one line, so a narrow table cell
/// never breaks a date at its hyphens.
fn inline(text: &str) -> String {
    let b = text.as_bytes();
    let is_date = |i: usize| {
        b.len() >= i + 10
            && b[i..i + 10].iter().enumerate().all(|(k, c)| match k {
                4 | 7 => *c == b'-',
                _ => c.is_ascii_digit(),
            })
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 10).is_none_or(|c| !c.is_ascii_digit())
    };
    let mut out = String::with_capacity(text.len() + 16);
    let mut plain = 0;
    let mut i = 0;
    while i < b.len() {
        if is_date(i) {
            out.push_str(&escape(&text[plain..i]));
            out.push_str(&format!("<span class=\"date\">{}</span>", &text[i..i + 10]));
            i += 10;
            plain = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&escape(&text[plain..]));
    out
}

/// Render `doc` as a whole HTML file.
pub fn render(out: &mut dyn Write, doc: &Doc) -> io::Result<()> {
    let lang = match doc.lang {
        Lang::Sv => "sv",
        Lang::En => "en",
    };
    out.write_all("<!DOCTYPE html>\n".as_bytes())?;
    writeln!(
        out,
        "<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">"
    )?;
    out.write_all(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n".as_bytes(),
    )?;
    let title = match &doc.subtitle {
        Some(s) => format!("{} – {}", doc.title, s),
        None => doc.title.clone(),
    };
    writeln!(out, "<title>{}</title>", escape(&title))?;
    write!(out, "<style>{CSS}")?;
    // Every printed page carries the name, personnummer and plan id, and "Sida X av Y".
    if let Some(h) = &doc.page_head {
        // The page number message with markers where CSS puts its counters.
        let text = t!(
            doc.lang,
            "dokument-sidnummer",
            sida = "\u{1}",
            sidor = "\u{2}"
        );
        let (before, rest) = text.split_once('\u{1}').unwrap_or((&text, ""));
        let (between, _) = rest.split_once('\u{2}').unwrap_or((rest, ""));
        writeln!(
            out,
            "@page {{ @top-left {{ content: {}; font-size: 8pt; color: #555; }} \
             @bottom-right {{ content: {} counter(page) {} counter(pages); font-size: 8pt; color: #555; }} }}",
            css_string(h),
            css_string(before),
            css_string(between),
        )?;
    }
    out.write_all("</style>\n</head>\n<body>\n<header>\n".as_bytes())?;
    writeln!(out, "<h1>{}</h1>", inline(&doc.title))?;
    if let Some(s) = &doc.subtitle {
        writeln!(out, "<p class=\"subtitle\">{}</p>", inline(s))?;
    }
    fields(out, &doc.header)?;
    out.write_all("</header>\n<main>\n".as_bytes())?;
    for s in &doc.sections {
        writeln!(out, "<section>\n<h2>{}</h2>", inline(&s.heading))?;
        blocks(out, &s.blocks, doc.lang)?;
        out.write_all("</section>\n".as_bytes())?;
    }
    out.write_all("</main>\n".as_bytes())?;
    if let Some(f) = &doc.footer {
        writeln!(out, "<footer>{}</footer>", inline(f))?;
    }
    out.write_all("</body>\n</html>\n".as_bytes())
}

fn fields(out: &mut dyn Write, fields: &[Field]) -> io::Result<()> {
    if fields.is_empty() {
        return Ok(());
    }
    out.write_all("<dl class=\"fields\">\n".as_bytes())?;
    for f in fields {
        writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            inline(&f.label),
            inline(&f.value)
        )?;
    }
    out.write_all("</dl>\n".as_bytes())
}

fn blocks(out: &mut dyn Write, blocks: &[Block], lang: crate::i18n::Lang) -> io::Result<()> {
    for b in blocks {
        match b {
            Block::Heading { text } => writeln!(out, "<h3>{}</h3>", inline(text))?,
            Block::Signatures { signers } => {
                out.write_all("<div class=\"signatures\">\n".as_bytes())?;
                for s in signers {
                    writeln!(
                        out,
                        "<div class=\"signature\"><span class=\"line\"></span><span class=\"date\">{}:</span><span class=\"signer\">{}</span></div>",
                        t!(lang, "dokument-datum"),
                        inline(s)
                    )?;
                }
                out.write_all("</div>\n".as_bytes())?;
            }
            Block::Paragraph { text } => writeln!(out, "<p>{}</p>", inline(text))?,
            Block::Fields { fields: f } => fields(out, f)?,
            Block::Note { text } => writeln!(
                out,
                "<p class=\"note\"><strong>{}:</strong> {}</p>",
                t!(lang, "dokument-obs"),
                inline(text)
            )?,
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                writeln!(out, "<{tag}>")?;
                for item in items {
                    write!(
                        out,
                        "<li><span class=\"item\">{}</span>",
                        inline(&item.text)
                    )?;
                    if !item.blocks.is_empty() {
                        out.write_all(b"\n")?;
                        self::blocks(out, &item.blocks, lang)?;
                    }
                    out.write_all("</li>\n".as_bytes())?;
                }
                writeln!(out, "</{tag}>")?;
            }
            Block::Table { columns, rows } => {
                out.write_all("<table>\n<thead><tr>".as_bytes())?;
                for c in columns {
                    write!(out, "<th scope=\"col\">{}</th>", inline(c))?;
                }
                out.write_all("</tr></thead>\n<tbody>\n".as_bytes())?;
                for r in rows {
                    out.write_all("<tr>".as_bytes())?;
                    for c in r {
                        write!(out, "<td>{}</td>", inline(c))?;
                    }
                    out.write_all("</tr>\n".as_bytes())?;
                }
                out.write_all("</tbody>\n</table>\n".as_bytes())?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_and_is_self_contained() {
        let s = super::super::tests::written(|w| render(w, &super::super::tests::sample()));
        assert!(
            s.contains("<h1>Plan för &lt;Åsa&gt; &amp; &quot;Bo&quot;</h1>"),
            "{s}"
        );
        assert!(
            s.contains("<p>Text med | lodstreck och &lt;taggar&gt;.</p>"),
            "{s}"
        );
        assert!(s.contains("@page { size: A4;"));
        assert!(s.contains("<span class=\"signer\">Åsa Öberg &lt;individen&gt;</span>"));
        assert_eq!(css_string("a\"b\\</style>"), "\"a\\\"b\\\\\\3c /style>\"");
        assert!(s.contains("<html lang=\"sv\">"));
        assert!(!s.contains("<script"));
        assert!(!s.contains("http://") && !s.contains("https://"));
        assert_eq!(escape("a<b>&'\""), "a&lt;b&gt;&amp;&#39;&quot;");
        assert_eq!(
            inline("från 2026-05-25 – 2027-03-31 <x> 12026-05-251"),
            "från <span class=\"date\">2026-05-25</span> – <span class=\"date\">2027-03-31</span> &lt;x&gt; 12026-05-251"
        );
    }
}
