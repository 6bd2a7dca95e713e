//! Plain-text rendering of a [`Doc`] for the terminal: wrapped to a width with hanging indents
//! (textwrap), tables drawn by comfy-table. No colour, so the output pipes and prints as it is.

use comfy_table::{ContentArrangement, Table, presets};

use unicode_width::UnicodeWidthStr;

use super::super::doc::{Block, Doc, Field};

/// Render `doc` wrapped to `width` columns. Control characters in plan text are made visible
/// (`␛`) over the whole document, here and only here: the text renderer adds no escapes itself.
/// The text is laid out whole (its tables are), then written.
pub fn render(out: &mut dyn std::io::Write, doc: &Doc, width: usize) -> std::io::Result<()> {
    out.write_all(crate::privacy::visible(&render_plain(doc, width)).as_bytes())
}

fn render_plain(doc: &Doc, width: usize) -> String {
    let width = width.max(40);
    let mut out = String::new();
    out.push_str(&doc.title);
    out.push('\n');
    out.push_str(&"=".repeat(doc.title.width().min(width)));
    out.push('\n');
    if let Some(s) = &doc.subtitle {
        out.push_str(&wrap(s, width, "", ""));
    }
    out.push('\n');
    fields(&mut out, &doc.header, width, 0);
    for s in &doc.sections {
        out.push('\n');
        out.push_str(&s.heading);
        out.push('\n');
        out.push_str(&"-".repeat(s.heading.width().min(width)));
        out.push('\n');
        blocks(&mut out, &s.blocks, width, 0, 0, doc.lang);
    }
    if let Some(f) = &doc.footer {
        out.push('\n');
        out.push_str(&wrap(f, width, "", ""));
    }
    out
}

/// Wrap `text` with the first line's and the following lines' prefixes; ends with a newline.
fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let opts = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(true)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut s = String::new();
    for (i, para) in text.lines().enumerate() {
        let (f, r) = if i == 0 { (first, rest) } else { (rest, rest) };
        let opts = opts.clone().initial_indent(f).subsequent_indent(r);
        for line in textwrap::wrap(para, &opts) {
            s.push_str(line.trim_end());
            s.push('\n');
        }
    }
    if s.is_empty() {
        s.push_str(first.trim_end());
        s.push('\n');
    }
    s
}

fn fields(out: &mut String, fields: &[Field], width: usize, indent: usize) {
    let pad = " ".repeat(indent);
    let label_w = fields
        .iter()
        .map(|f| f.label.width() + 1)
        .max()
        .unwrap_or(0)
        .min(26);
    for f in fields {
        let label = format!("{}:", f.label);
        let first = format!("{pad}{label:<label_w$} ");
        let rest = " ".repeat(indent + label_w + 1);
        out.push_str(&wrap(&f.value, width, &first, &rest));
    }
}

/// Print blocks at `indent`; `depth` counts the lists they stand in (0: directly in a section).
fn blocks(
    out: &mut String,
    blocks: &[Block],
    width: usize,
    indent: usize,
    depth: usize,
    lang: crate::i18n::Lang,
) {
    let pad = " ".repeat(indent);
    for (n, b) in blocks.iter().enumerate() {
        // In a section, blocks are set apart by a blank line, except what follows a sub-heading
        // and a list that follows its lead-in paragraph; inside a list item everything hugs.
        let prev = n.checked_sub(1).map(|i| &blocks[i]);
        let spaced = depth == 0
            && match prev {
                None | Some(Block::Heading { .. }) => false,
                Some(Block::Paragraph { .. }) => !matches!(b, Block::List { .. }),
                Some(_) => true,
            };
        if spaced {
            out.push('\n');
        }
        match b {
            Block::Heading { text } => {
                let text = if text.ends_with([':', '.', '?']) {
                    text.clone()
                } else {
                    format!("{text}:")
                };
                out.push_str(&wrap(&text, width, &pad, &pad));
            }
            Block::Paragraph { text } => out.push_str(&wrap(text, width, &pad, &pad)),
            Block::Fields { fields: f } => fields(out, f, width, indent),
            Block::Note { text } => {
                let label = format!("{pad}{}: ", t!(lang, "dokument-obs"));
                let rest = " ".repeat(label.width());
                out.push_str(&wrap(text, width, &label, &rest));
            }
            Block::List { ordered, items } => {
                let bullet = if depth % 2 == 0 { "•" } else { "–" };
                let marks: Vec<String> = (1..=items.len())
                    .map(|i| {
                        if *ordered {
                            format!("{i}.")
                        } else {
                            bullet.to_string()
                        }
                    })
                    .collect();
                let mark_w = marks.iter().map(|m| m.width()).max().unwrap_or(1);
                for (item, mark) in items.iter().zip(marks) {
                    let first = format!("{pad}{mark:>mark_w$} ");
                    let inner = indent + mark_w + 1;
                    out.push_str(&wrap(&item.text, width, &first, &" ".repeat(inner)));
                    self::blocks(out, &item.blocks, width, inner, depth + 1, lang);
                }
            }
            Block::Table { columns, rows } => table(out, columns, rows, width, indent),
            Block::Signatures { signers } => {
                let date = t!(lang, "dokument-datum");
                // A line to sign on, as long as fits beside the date (at most 36 columns).
                let line = width.saturating_sub(indent + 20).clamp(8, 36);
                for (i, s) in signers.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    out.push_str(&format!(
                        "\n{pad}{}   {date}: __________\n",
                        "_".repeat(line)
                    ));
                    out.push_str(&wrap(s, width, &pad, &pad));
                }
            }
        }
    }
}

/// A table as comfy-table draws it when it fits the width; otherwise each row as a record (the
/// first cell as a bullet, the others as labelled lines), which stays readable on 80 columns.
fn table(out: &mut String, columns: &[String], rows: &[Vec<String>], width: usize, indent: usize) {
    let avail = width.saturating_sub(indent);
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(columns);
    for r in rows {
        t.add_row(r);
    }
    let drawn = t.to_string();
    let pad = " ".repeat(indent);
    if drawn.lines().all(|l| l.width() <= avail) {
        for line in drawn.lines() {
            out.push_str(&pad);
            out.push_str(line.trim_end());
            out.push('\n');
        }
        return;
    }
    let label_w = columns
        .iter()
        .skip(1)
        .map(|c| c.width() + 1)
        .max()
        .unwrap_or(0)
        .min(20);
    for r in rows {
        let mut cells = r.iter();
        let first = cells.next().map_or("", String::as_str);
        out.push_str(&wrap(
            first,
            width,
            &format!("{pad}• "),
            &format!("{pad}  "),
        ));
        for (c, v) in columns.iter().skip(1).zip(cells) {
            let label = format!("{c}:");
            let head = format!("{pad}  {label:<label_w$} ");
            let rest = " ".repeat(indent + 2 + label_w + 1);
            out.push_str(&wrap(v, width, &head, &rest));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_to_the_width_with_hanging_indent() {
        let s = super::super::tests::written(|w| render(w, &super::super::tests::sample(), 50));
        for line in s.lines() {
            assert!(line.width() <= 50, "too wide: {line:?}");
        }
        assert!(s.contains("Syfte:   Ett långt syfte"), "{s}");
        assert!(
            s.contains("___   Datum: __________\nÅsa Öberg <individen>"),
            "{s}"
        );
        assert!(s.contains("Behov:\nText med"), "{s}");
        assert!(
            s.contains("\n1. Första\n   – a\n   – b\n   Nyckel: värde\n"),
            "{s}"
        );
        assert!(s.contains("I1 Stöd | hjälp"), "{s}");
    }
}
