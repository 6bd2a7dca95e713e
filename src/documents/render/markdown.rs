//! Markdown rendering of a [`Doc`]: CommonMark with GitHub-flavoured tables, so a document can
//! be pasted into a wiki or a journal system. Text from the plan is escaped in one function.

use std::io::{self, Write};

use super::super::doc::{Block, Doc, Field};

/// Render `doc` as Markdown.
pub fn render(out: &mut dyn Write, doc: &Doc) -> io::Result<()> {
    writeln!(out, "# {}\n", escape_heading(&doc.title))?;
    if let Some(s) = &doc.subtitle {
        writeln!(out, "*{}*\n", escape(s))?;
    }
    fields(out, &doc.header, "")?;
    for s in &doc.sections {
        writeln!(out, "\n## {}", escape_heading(&s.heading))?;
        blocks(out, &s.blocks, "", doc.lang)?;
    }
    if let Some(f) = &doc.footer {
        writeln!(out, "\n---\n\n*{}*", escape(f))?;
    }
    Ok(())
}

/// Escape Markdown's inline syntax in plain text (one line): the one place plan text becomes
/// Markdown. Besides the inline marks, what would start a block at the line's start (a heading,
/// a list item `-`/`+`/`1.`, a fence ` ``` `/`~~~`, a quote) is escaped, so a purpose starting
/// with `~~~` cannot swallow the rest of the document; control characters are made visible.
pub fn escape(text: &str) -> String {
    escape_as(text, true)
}

/// As [`escape`], for a heading's text, where a leading `1.` is no list.
fn escape_heading(text: &str) -> String {
    escape_as(text, false)
}

fn escape_as(text: &str, block_start: bool) -> String {
    let text = crate::privacy::visible_line(text.trim_start());
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let mut s = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '~' => {
                s.push('\\');
                s.push(c);
            }
            '#' | '+' | '-' | '=' if i == 0 => {
                s.push('\\');
                s.push(c);
            }
            // `1.` or `1)` at the start would begin an ordered list.
            '.' | ')' if block_start && i == digits && digits > 0 => {
                s.push('\\');
                s.push(c);
            }
            _ => s.push(c),
        }
    }
    s
}

fn fields(out: &mut dyn Write, fields: &[Field], pad: &str) -> io::Result<()> {
    for f in fields {
        writeln!(out, "{pad}- **{}:** {}", escape(&f.label), escape(&f.value))?;
    }
    Ok(())
}

fn blocks(
    out: &mut dyn Write,
    blocks: &[Block],
    pad: &str,
    lang: crate::i18n::Lang,
) -> io::Result<()> {
    for b in blocks {
        out.write_all(b"\n")?;
        match b {
            Block::Heading { text } => {
                if pad.is_empty() {
                    writeln!(out, "### {}", escape_heading(text))?;
                } else {
                    writeln!(out, "{pad}**{}**", escape(text))?;
                }
            }
            Block::Paragraph { text } => writeln!(out, "{pad}{}", escape(text))?,
            Block::Fields { fields: f } => fields(out, f, pad)?,
            Block::Signatures { signers } => {
                let (sign, date) = (
                    t!(lang, "dokument-underskrift"),
                    t!(lang, "dokument-datum-2"),
                );
                for s in signers {
                    writeln!(
                        out,
                        "{pad}- {}: {sign} ………………………………………… {date} ……………………",
                        escape(s)
                    )?;
                }
            }
            Block::Note { text } => writeln!(
                out,
                "{pad}> **{}:** {}",
                t!(lang, "dokument-obs"),
                escape(text)
            )?,
            Block::List { ordered, items } => {
                for (i, item) in items.iter().enumerate() {
                    let mark = if *ordered {
                        format!("{}.", i + 1)
                    } else {
                        "-".to_string()
                    };
                    writeln!(out, "{pad}{mark} {}", escape(&item.text))?;
                    let inner = format!("{pad}{}", " ".repeat(mark.len() + 1));
                    nested(out, &item.blocks, &inner, lang)?;
                }
            }
            Block::Table { columns, rows } => {
                let row = |cells: &[String]| {
                    let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
                    format!("{pad}| {} |\n", cells.join(" | "))
                };
                out.write_all(row(columns).as_bytes())?;
                writeln!(
                    out,
                    "{pad}|{}",
                    columns.iter().map(|_| " --- |").collect::<String>()
                )?;
                for r in rows {
                    out.write_all(row(r).as_bytes())?;
                }
            }
        }
    }
    Ok(())
}

/// Blocks under a list item: a list follows its item directly (a tight list); anything else is
/// set off by a blank line so it stays inside the item.
fn nested(out: &mut dyn Write, b: &[Block], pad: &str, lang: crate::i18n::Lang) -> io::Result<()> {
    for block in b {
        if let Block::List { .. } = block {
            let mut s = Vec::new();
            blocks(&mut s, std::slice::from_ref(block), pad, lang)?;
            out.write_all(s.strip_prefix(b"\n").unwrap_or(&s))?;
        } else {
            blocks(out, std::slice::from_ref(block), pad, lang)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_structures() {
        let s = super::super::tests::written(|w| render(w, &super::super::tests::sample()));
        assert!(s.starts_with("# Plan för \\<Åsa\\> & \"Bo\"\n"), "{s}");
        assert!(s.contains("*Under\\*titel\\_*"), "{s}");
        assert!(s.contains("- **Individ:** Åsa Öberg\n"), "{s}");
        assert!(s.contains("## 1. Insatser som behövs\n"), "{s}");
        assert!(s.contains("1. Första\n   - a\n   - b\n"), "{s}");
        assert!(s.contains("| I1 Stöd \\| hjälp | pågår |"), "{s}");
        assert!(
            s.contains("- Åsa Öberg \\<individen\\>: underskrift …"),
            "{s}"
        );
        assert!(!s.contains("Varning"), "{s}");
        assert_eq!(escape("-x # y"), "\\-x # y");
        assert_eq!(escape("~~~ kod"), "\\~\\~\\~ kod");
        assert_eq!(escape("```"), "\\`\\`\\`");
        assert_eq!(escape("12. punkt"), "12\\. punkt");
        assert_eq!(escape("3) punkt"), "3\\) punkt");
        assert_eq!(escape("rad\u{1b}[2J\nny"), "rad␛\\[2J␤ny");
    }
}
