//! HTML rendering of a [`Doc`]: one self-contained file (inline CSS, no scripts, no external
//! resources) that reads well on screen and prints on A4. All text passes through [`escape`],
//! the one escaping function.

use super::super::doc::{Block, Doc, Field};

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
pub fn render(doc: &Doc) -> String {
    let lang = doc.lang.pick("sv", "en");
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!(
        "<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let title = match &doc.subtitle {
        Some(s) => format!("{} – {}", doc.title, s),
        None => doc.title.clone(),
    };
    out.push_str(&format!("<title>{}</title>\n", escape(&title)));
    out.push_str(&format!("<style>{CSS}"));
    // Every printed page carries the name, personnummer and plan id, and "Sida X av Y".
    if let Some(h) = &doc.page_head {
        out.push_str(&format!(
            "@page {{ @top-left {{ content: {}; font-size: 8pt; color: #555; }} \
             @bottom-right {{ content: {} counter(page) {} counter(pages); font-size: 8pt; color: #555; }} }}\n",
            css_string(h),
            css_string(&format!("{} ", doc.lang.pick("Sida", "Page"))),
            css_string(&format!(" {} ", doc.lang.pick("av", "of"))),
        ));
    }
    out.push_str("</style>\n</head>\n<body>\n<header>\n");
    out.push_str(&format!("<h1>{}</h1>\n", inline(&doc.title)));
    if let Some(s) = &doc.subtitle {
        out.push_str(&format!("<p class=\"subtitle\">{}</p>\n", inline(s)));
    }
    fields(&mut out, &doc.header);
    out.push_str("</header>\n<main>\n");
    for s in &doc.sections {
        out.push_str(&format!("<section>\n<h2>{}</h2>\n", inline(&s.heading)));
        blocks(&mut out, &s.blocks, doc.lang);
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n");
    if let Some(f) = &doc.footer {
        out.push_str(&format!("<footer>{}</footer>\n", inline(f)));
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn fields(out: &mut String, fields: &[Field]) {
    if fields.is_empty() {
        return;
    }
    out.push_str("<dl class=\"fields\">\n");
    for f in fields {
        out.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            inline(&f.label),
            inline(&f.value)
        ));
    }
    out.push_str("</dl>\n");
}

fn blocks(out: &mut String, blocks: &[Block], lang: crate::i18n::Lang) {
    for b in blocks {
        match b {
            Block::Heading { text } => out.push_str(&format!("<h3>{}</h3>\n", inline(text))),
            Block::Signatures { signers } => {
                out.push_str("<div class=\"signatures\">\n");
                for s in signers {
                    out.push_str(&format!(
                        "<div class=\"signature\"><span class=\"line\"></span><span class=\"date\">{}:</span><span class=\"signer\">{}</span></div>\n",
                        lang.pick("Datum", "Date"),
                        inline(s)
                    ));
                }
                out.push_str("</div>\n");
            }
            Block::Paragraph { text } => out.push_str(&format!("<p>{}</p>\n", inline(text))),
            Block::Fields { fields: f } => fields(out, f),
            Block::Note { text } => out.push_str(&format!(
                "<p class=\"note\"><strong>{}:</strong> {}</p>\n",
                lang.pick("Obs", "Note"),
                inline(text)
            )),
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                out.push_str(&format!("<{tag}>\n"));
                for item in items {
                    out.push_str(&format!(
                        "<li><span class=\"item\">{}</span>",
                        inline(&item.text)
                    ));
                    if !item.blocks.is_empty() {
                        out.push('\n');
                        self::blocks(out, &item.blocks, lang);
                    }
                    out.push_str("</li>\n");
                }
                out.push_str(&format!("</{tag}>\n"));
            }
            Block::Table { columns, rows } => {
                out.push_str("<table>\n<thead><tr>");
                for c in columns {
                    out.push_str(&format!("<th scope=\"col\">{}</th>", inline(c)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for r in rows {
                    out.push_str("<tr>");
                    for c in r {
                        out.push_str(&format!("<td>{}</td>", inline(c)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_and_is_self_contained() {
        let s = render(&super::super::tests::sample());
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
