//! YAML text helpers for span-based edits: where a node's text really ends, where the comments
//! are, how the file indents, and how to write a scalar so that YAML reads back the same text.
//!
//! It reads the [`crate::yaml`] tree and the original text; it never changes a file and knows
//! nothing of plans (the schema order comes from the caller).

use crate::yaml::{Kind, Node};

/// Where a line starts (the byte after the previous `\n`).
pub fn line_start(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].rfind('\n').map_or(0, |i| i + 1)
}

/// The start of the line after the one holding `pos` (or the end of the text).
pub fn next_line_start(text: &str, pos: usize) -> usize {
    text[pos.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| pos + i + 1)
}

pub use crate::source::line_of;

/// Line numbers of many offsets in one text, each found by binary search in an index built once
/// (a formatter asks for one per key: counting from the start each time is quadratic).
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// The 1-based line number of a byte offset, as [`line_of`].
    pub fn line_of(&self, pos: usize) -> usize {
        self.starts.partition_point(|s| *s <= pos)
    }
}

/// The column (in bytes) of `pos` on its line. Indentation is ASCII, so bytes are columns there.
pub fn column(text: &str, pos: usize) -> usize {
    let ls = line_start(text, pos);
    // A byte-order mark before the first key is not indentation.
    let bom = if ls == 0 && text.starts_with('\u{feff}') {
        3
    } else {
        0
    };
    pos.saturating_sub(ls + bom)
}

fn is_flow_start(text: &str, node: &Node) -> bool {
    matches!(text.as_bytes().get(node.span.start), Some(b'[' | b'{'))
}

/// Whether a collection node is written in flow style (`[a, b]`, `{k: v}`).
pub fn is_flow(text: &str, node: &Node) -> bool {
    matches!(node.kind, Kind::Seq(_) | Kind::Map(_)) && is_flow_start(text, node)
}

/// How a scalar was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScalarStyle {
    Plain,
    Quoted,
    Block,
}

pub fn scalar_style(text: &str, node: &Node) -> ScalarStyle {
    match &node.kind {
        Kind::Scalar(s) if s.plain => ScalarStyle::Plain,
        Kind::Scalar(_) => match text.as_bytes().get(node.span.start) {
            Some(b'\'' | b'"') => ScalarStyle::Quoted,
            _ => ScalarStyle::Block,
        },
        _ => ScalarStyle::Plain,
    }
}

/// The end of a quoted scalar starting at `start` (after its closing quote).
fn quoted_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let quote = b[start];
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' if quote == b'"' => i += 2,
            c if c == quote => {
                if quote == b'\'' && b.get(i + 1) == Some(&b'\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            }
            _ => i += 1,
        }
    }
    b.len()
}

/// The end of a flow collection starting at `start` (after its closing bracket).
fn flow_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            b'\'' | b'"' => {
                i = quoted_end(text, i);
                continue;
            }
            b'#' if i > 0 && b[i - 1].is_ascii_whitespace() => {
                i = next_line_start(text, i);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// Where a node's own text ends: after the closing quote or bracket, after the last content
/// character of a block scalar, after the last item of a block collection. (The parser's span
/// end may run on over trailing comments and blank lines.)
pub fn content_end(text: &str, node: &Node) -> usize {
    match &node.kind {
        Kind::Scalar(_) => match scalar_style(text, node) {
            ScalarStyle::Plain => node.span.end,
            ScalarStyle::Quoted => quoted_end(text, node.span.start),
            ScalarStyle::Block => {
                let body = &text[node.span.start..node.span.end];
                node.span.start + body.trim_end_matches([' ', '\t', '\r', '\n']).len()
            }
        },
        Kind::Alias => node.span.end,
        Kind::Seq(items) => {
            if is_flow_start(text, node) {
                flow_end(text, node.span.start)
            } else {
                items.last().map_or(node.span.end, |n| content_end(text, n))
            }
        }
        Kind::Map(entries) => {
            if is_flow_start(text, node) {
                flow_end(text, node.span.start)
            } else {
                entries.last().map_or(node.span.end, |(_, v)| {
                    content_end(text, v).max(v.span.start)
                })
            }
        }
    }
}

/// Byte ranges of every scalar's text (keys included), inside which a `#` is not a comment.
pub fn scalar_extents(text: &str, node: &Node, out: &mut Vec<(usize, usize)>) {
    match &node.kind {
        Kind::Scalar(_) | Kind::Alias => out.push((node.span.start, content_end(text, node))),
        Kind::Seq(items) => items.iter().for_each(|n| scalar_extents(text, n, out)),
        Kind::Map(entries) => entries.iter().for_each(|(k, v)| {
            scalar_extents(text, k, out);
            scalar_extents(text, v, out);
        }),
    }
}

/// A comment in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    /// From `#` to the end of the line (without the line end).
    pub start: usize,
    pub end: usize,
    /// Nothing but whitespace before it on its line.
    pub full_line: bool,
}

/// Every comment in the text, in order.
pub fn comments(text: &str, root: Option<&Node>) -> Vec<Comment> {
    let mut extents = Vec::new();
    if let Some(root) = root {
        scalar_extents(text, root, &mut extents);
    }
    extents.sort_unstable();
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut next_extent = 0;
    let mut i = 0;
    while i < b.len() {
        while next_extent < extents.len() && extents[next_extent].1 <= i {
            next_extent += 1;
        }
        if let Some(&(s, e)) = extents.get(next_extent)
            && s <= i
            && i < e
        {
            i = e;
            continue;
        }
        if b[i] == b'#' && (i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r' | 0xBF)) {
            let ls = line_start(text, i);
            let mut end = next_line_start(text, i);
            while end > i && matches!(b[end - 1], b'\n' | b'\r') {
                end -= 1;
            }
            let before = &text[ls..i];
            out.push(Comment {
                start: i,
                end,
                full_line: before
                    .chars()
                    .all(|c| c == ' ' || c == '\t' || c == '\u{feff}'),
            });
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

/// How a file indents: nested mappings by `unit`, list dashes by `seq_indent` under their key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Indent {
    pub unit: usize,
    pub seq_indent: usize,
}

/// The column of the `-` that introduces a block list item starting at `item_start`.
pub fn dash_before(text: &str, item_start: usize) -> Option<usize> {
    let before = &text[..item_start];
    let trimmed = before.trim_end_matches([' ', '\t']);
    trimmed.ends_with('-').then(|| trimmed.len() - 1)
}

/// Learn the file's indentation from its first nested mapping and first block list.
pub fn detect_indent(text: &str, root: &Node) -> Indent {
    let mut unit = None;
    let mut seq_indent = None;
    fn walk(
        text: &str,
        node: &Node,
        unit: &mut Option<usize>,
        seq: &mut Option<usize>,
        depth: usize,
    ) {
        if depth > 8 || (unit.is_some() && seq.is_some()) {
            return;
        }
        match &node.kind {
            Kind::Map(entries) if !is_flow(text, node) => {
                for (k, v) in entries {
                    let kcol = column(text, k.span.start);
                    match &v.kind {
                        Kind::Map(inner) if !is_flow(text, v) && unit.is_none() => {
                            if let Some((ik, _)) = inner.first()
                                && line_start(text, ik.span.start) != line_start(text, k.span.start)
                            {
                                let c = column(text, ik.span.start);
                                if c > kcol {
                                    *unit = Some(c - kcol);
                                }
                            }
                        }
                        Kind::Seq(items) if !is_flow(text, v) && seq.is_none() => {
                            if let Some(first) = items.first()
                                && let Some(d) = dash_before(text, first.span.start)
                            {
                                let c = column(text, d);
                                if c >= kcol
                                    && line_start(text, d) != line_start(text, k.span.start)
                                {
                                    *seq = Some(c - kcol);
                                }
                            }
                        }
                        _ => {}
                    }
                    walk(text, v, unit, seq, depth + 1);
                }
            }
            Kind::Seq(items) => items
                .iter()
                .for_each(|n| walk(text, n, unit, seq, depth + 1)),
            _ => {}
        }
    }
    walk(text, root, &mut unit, &mut seq_indent, 0);
    Indent {
        unit: unit.unwrap_or(2).clamp(1, 8),
        seq_indent: seq_indent.unwrap_or(2).min(8),
    }
}

/// Whether a plain scalar with this text would be read back as something other than the same
/// text (a number, a boolean, null, a comment, a mapping…), or is not allowed plain at all.
pub fn needs_quotes(s: &str, flow: bool) -> bool {
    syntax_needs_quotes(s, flow) || resolves_to_non_string(s)
}

/// Whether the text cannot be written plain at all (YAML syntax would read it differently).
pub fn syntax_needs_quotes(s: &str, flow: bool) -> bool {
    let Some(first) = s.chars().next() else {
        return true;
    };
    if s.starts_with([' ', '\t']) || s.ends_with([' ', '\t']) {
        return true;
    }
    if s.chars()
        .any(|c| c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}'))
    {
        return true;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return true;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return true;
    }
    flow && s.contains([',', '[', ']', '{', '}'])
}

/// Whether a plain scalar with this text is a number, boolean or null in YAML 1.1 or 1.2.
pub fn resolves_to_non_string(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "~" | "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) {
        return true;
    }
    looks_numeric(&lower)
}

fn looks_numeric(lower: &str) -> bool {
    let unsigned = lower.trim_start_matches(['+', '-']);
    if matches!(unsigned, ".inf" | ".nan")
        || unsigned.starts_with("0x")
        || unsigned.starts_with("0o")
        || unsigned.starts_with("0b")
    {
        return true;
    }
    // YAML 1.1 sexagesimal numbers (`13:00`) and underscores in numbers.
    if unsigned.contains(':') && unsigned.chars().all(|c| c.is_ascii_digit() || c == ':') {
        return true;
    }
    let no_underscore = unsigned.replace('_', "");
    !no_underscore.is_empty()
        && no_underscore.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && no_underscore.parse::<f64>().is_ok()
}

/// A text as a double-quoted YAML scalar.
pub fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A text as a YAML scalar in block context: plain when YAML reads it back as the same text,
/// else double-quoted.
pub fn yaml_scalar(s: &str) -> String {
    if needs_quotes(s, false) {
        double_quoted(s)
    } else {
        s.to_string()
    }
}

/// A text as a YAML scalar inside a flow list (`[a, b]`): also quoted when it holds `,[]{}`.
pub fn yaml_scalar_flow(s: &str) -> String {
    if needs_quotes(s, true) {
        double_quoted(s)
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::parse;

    fn reads_back(s: &str) -> String {
        let text = format!("k: {}\n", yaml_scalar(s));
        let root = parse(&text).unwrap().unwrap();
        let v = &root.as_map().unwrap()[0].1;
        let sc = v.as_scalar().unwrap();
        assert!(
            !(sc.plain && sc.is_null()) || s.is_empty(),
            "{s:?} read as null"
        );
        sc.text.to_string()
    }

    #[test]
    fn scalars_round_trip() {
        for s in [
            "Anna Andersson",
            "19870523-4824",
            "123",
            "1.5",
            "true",
            "no",
            "~",
            "null",
            "",
            " lead",
            "a: b",
            "a #b",
            "#x",
            "- x",
            "ends:",
            "två\nrader",
            "tab\there",
            "\"citat\"",
            "'apostrof'",
            "back\\slash",
            "13:00",
            "0x1f",
            ".inf",
            "Kommunhuset, rum 3",
            "å ä ö",
        ] {
            assert_eq!(reads_back(s), s, "{s:?} as {}", yaml_scalar(s));
        }
    }

    #[test]
    fn plain_when_safe() {
        assert_eq!(yaml_scalar("Erik Ek"), "Erik Ek");
        assert_eq!(yaml_scalar("2026-03-10"), "2026-03-10");
        assert_eq!(yaml_scalar("123"), "\"123\"");
        assert_eq!(yaml_scalar("yes"), "\"yes\"");
        assert_eq!(yaml_scalar_flow("a, b"), "\"a, b\"");
        assert_eq!(yaml_scalar("a, b"), "a, b");
    }

    #[test]
    fn content_end_skips_trailing_comments() {
        let text = "a: 'q' # c\nb: [x, y]  # d\nc: |\n  rad\n\nd:\n  - e\n  # f\n";
        let root = parse(text).unwrap().unwrap();
        let m = root.as_map().unwrap();
        assert_eq!(&text[m[0].1.span.start..content_end(text, &m[0].1)], "'q'");
        assert_eq!(
            &text[m[1].1.span.start..content_end(text, &m[1].1)],
            "[x, y]"
        );
        assert_eq!(&text[m[2].1.span.start..content_end(text, &m[2].1)], "rad");
        assert_eq!(&text[m[3].1.span.start..content_end(text, &m[3].1)], "- e");
    }

    #[test]
    fn finds_comments_not_hashes_in_text() {
        let text = "# topp\na: \"x # y\" # c\nb: x#y\n";
        let root = parse(text).unwrap().unwrap();
        let cs = comments(text, Some(&root));
        let got: Vec<_> = cs
            .iter()
            .map(|c| (&text[c.start..c.end], c.full_line))
            .collect();
        assert_eq!(got, vec![("# topp", true), ("# c", false)]);
    }

    #[test]
    fn detects_indent() {
        let text = "a:\n    b: 1\nc:\n- x\n";
        let root = parse(text).unwrap().unwrap();
        assert_eq!(
            detect_indent(text, &root),
            Indent {
                unit: 4,
                seq_indent: 0
            }
        );
    }
}
