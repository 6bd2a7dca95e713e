//! A small YAML tree with byte spans, built from saphyr's event parser.
//!
//! saphyr's own `MarkedYaml` resolves aliases by copying and counts positions in characters; here
//! we keep byte spans (so text can be sliced and edited), keep keys in written order (so duplicate
//! keys can be reported where they stand), never expand aliases (so an alias bomb costs nothing)
//! and cap nesting depth (so a hostile file cannot exhaust the stack). Scalars keep their text and
//! whether they were written plain: types are decided by the schema, not by YAML 1.2 resolution.
//! This module knows nothing of plans.

use std::borrow::Cow;

use saphyr_parser::{Event, Parser, ScalarStyle};

use crate::i18n::Lang;
use crate::source::Span;

/// Nesting deeper than this is refused: no plan needs more than six levels.
pub const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone)]
pub struct Node<'a> {
    pub span: Span,
    pub kind: Kind<'a>,
}

#[derive(Debug, Clone)]
pub enum Kind<'a> {
    Scalar(Scalar<'a>),
    Seq(Vec<Node<'a>>),
    Map(Vec<(Node<'a>, Node<'a>)>),
    /// `*name`: not expanded.
    Alias,
}

#[derive(Debug, Clone)]
pub struct Scalar<'a> {
    pub text: Cow<'a, str>,
    /// Written without quotes and not as a block scalar.
    pub plain: bool,
}

impl<'a> Node<'a> {
    pub fn as_scalar(&self) -> Option<&Scalar<'a>> {
        match &self.kind {
            Kind::Scalar(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_map(&self) -> Option<&[(Node<'a>, Node<'a>)]> {
        match &self.kind {
            Kind::Map(m) => Some(m),
            _ => None,
        }
    }
    pub fn as_seq(&self) -> Option<&[Node<'a>]> {
        match &self.kind {
            Kind::Seq(s) => Some(s),
            _ => None,
        }
    }
    /// A plain `~`, `null`, `Null`, `NULL` or an empty plain scalar.
    pub fn is_null(&self) -> bool {
        matches!(&self.kind, Kind::Scalar(s) if s.is_null())
    }
    /// The key text when this node is a scalar key.
    pub fn key_text(&self) -> Option<&str> {
        self.as_scalar().map(|s| s.text.as_ref())
    }
    /// The node's kind as the messages' selects name it (`tomt`, `enkelt`, `lista`, `tabell`,
    /// `alias`).
    pub fn kind_key(&self) -> &'static str {
        match &self.kind {
            Kind::Scalar(s) if s.is_null() => "tomt",
            Kind::Scalar(_) => "enkelt",
            Kind::Seq(_) => "lista",
            Kind::Map(_) => "tabell",
            Kind::Alias => "alias",
        }
    }
    /// The node's kind in running text ("en lista", "ett enkelt värde").
    pub fn kind_text(&self, lang: Lang) -> String {
        t!(lang, "planfil-sort", sort = self.kind_key())
    }
    /// The node's kind in Swedish running text, for messages ("en lista").
    pub fn kind_sv(&self) -> String {
        self.kind_text(Lang::Sv)
    }
}

impl Scalar<'_> {
    pub fn is_null(&self) -> bool {
        self.plain && matches!(self.text.as_ref(), "" | "~" | "null" | "Null" | "NULL")
    }
}

/// A YAML error with its byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub offset: usize,
    pub message: String,
}

/// Maps saphyr's character indexes to byte offsets. One pass over the text (up to 16 ASCII bytes
/// at a time) lists its wide characters; positions arrive nearly in order, so a cursor in that list
/// moves a step or two per lookup.
struct CharMap {
    base: usize,
    len: usize,
    /// For each character wider than one byte, in order: its character index and the extra
    /// bytes of all wide characters up to and including it.
    wide: Vec<(usize, usize)>,
    /// The cursor: the number of wide characters before the last index looked up.
    next: usize,
}

impl CharMap {
    fn new(text: &str, base: usize) -> Self {
        let bytes = text.as_bytes();
        let mut wide = Vec::new();
        let (mut i, mut chars, mut extra) = (0, 0, 0);
        while i < bytes.len() {
            if let Some(chunk) = bytes
                .get(i..i + 16)
                .and_then(|c| <[u8; 16]>::try_from(c).ok())
            {
                // Skip to the first wide character of the next 16 bytes (all of them when none):
                // the lowest byte with its high bit set.
                let high = u128::from_le_bytes(chunk) & 0x8080_8080_8080_8080_8080_8080_8080_8080;
                let ascii = (high.trailing_zeros() / 8) as usize;
                if ascii > 0 {
                    i += ascii;
                    chars += ascii;
                    continue;
                }
            }
            let w = utf8_width(bytes[i]);
            if w > 1 {
                extra += w - 1;
                wide.push((chars, extra));
            }
            i += w;
            chars += 1;
        }
        CharMap {
            base,
            len: bytes.len(),
            wide,
            next: 0,
        }
    }
    /// The byte offset of a character index (the end of the text when past it).
    fn byte(&mut self, char_index: usize) -> usize {
        if self.wide.is_empty() {
            return self.base + char_index;
        }
        while self.next < self.wide.len() && self.wide[self.next].0 < char_index {
            self.next += 1;
        }
        while self.next > 0 && self.wide[self.next - 1].0 >= char_index {
            self.next -= 1;
        }
        let extra = match self.next {
            0 => 0,
            n => self.wide[n - 1].1,
        };
        self.base + (char_index + extra).min(self.len)
    }
}

/// The length of a UTF-8 sequence from its first byte.
fn utf8_width(first: u8) -> usize {
    match first {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

enum Frame<'a> {
    Seq(usize, Vec<Node<'a>>),
    Map(usize, Vec<(Node<'a>, Node<'a>)>, Option<Node<'a>>),
}

/// Parse one YAML document. `Ok(None)` for a file with no document (empty, or only comments).
pub fn parse(text: &str) -> Result<Option<Node<'_>>, YamlError> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];
    let mut map = CharMap::new(body, bom);
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut root: Option<Node<'_>> = None;
    let mut documents = 0usize;

    for item in Parser::new_from_str(body) {
        let (event, span) = item.map_err(|e| YamlError {
            offset: map.byte(e.marker().index()),
            message: e.info().to_string(),
        })?;
        let start = map.byte(span.start.index());
        let end = map.byte(span.end.index());
        let node = match event {
            Event::StreamStart | Event::StreamEnd | Event::Nothing | Event::DocumentEnd => continue,
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(YamlError {
                        offset: start,
                        message: "filen innehåller flera YAML-dokument; en plan per fil".into(),
                    });
                }
                continue;
            }
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(YamlError {
                        offset: start,
                        message: format!("nästlat djupare än {MAX_DEPTH} nivåer"),
                    });
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq(start, Vec::with_capacity(4))
                } else {
                    Frame::Map(start, Vec::with_capacity(8), None)
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Frame::Seq(s, items)) => Node {
                    span: Span::new(s, end.max(s)),
                    kind: Kind::Seq(items),
                },
                Some(Frame::Map(s, entries, _)) => Node {
                    span: Span::new(s, end.max(s)),
                    kind: Kind::Map(entries),
                },
                None => continue,
            },
            Event::Scalar(text, style, _, _) => Node {
                span: Span::new(start, end.max(start)),
                kind: Kind::Scalar(Scalar {
                    text,
                    plain: matches!(style, ScalarStyle::Plain),
                }),
            },
            Event::Alias(_) => Node {
                span: Span::new(start, end.max(start)),
                kind: Kind::Alias,
            },
        };
        match stack.last_mut() {
            None => root = Some(node),
            Some(Frame::Seq(_, items)) => items.push(node),
            Some(Frame::Map(_, entries, pending)) => match pending.take() {
                None => *pending = Some(node),
                Some(key) => entries.push((key, node)),
            },
        }
    }
    Ok(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_bytes_after_non_ascii() {
        let text = "överenskommelse: x\nstatus: pågående\n";
        let root = parse(text).unwrap().unwrap();
        let map = root.as_map().unwrap();
        let (k, v) = &map[1];
        assert_eq!(&text[k.span.start..k.span.end], "status");
        assert_eq!(&text[v.span.start..v.span.end], "pågående");
    }

    #[test]
    fn char_map_jumps_both_ways_over_wide_runs() {
        let text = format!(
            "{}{}{}: {}\n",
            "plain ascii text ".repeat(5),
            "åäö€\u{1f600}".repeat(9),
            "x".repeat(40),
            "ÅÄÖ ".repeat(7)
        );
        let mut all: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        all.push(text.len());
        let mut map = CharMap::new(&text, 0);
        // Every index, then a scramble that jumps forward and back by varying steps.
        let n = all.len();
        let order = (0..n).chain((0..3 * n).map(|i| (i * 7919 + 13) % (n + 5)));
        for ci in order {
            let want = all.get(ci).copied().unwrap_or(text.len());
            assert_eq!(map.byte(ci), want, "char {ci}");
        }
    }

    #[test]
    fn char_map_matches_an_index_of_every_char() {
        let text = "a: å\nöö: \u{1f600}x\nz";
        let mut all: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        all.push(text.len());
        let mut map = CharMap::new(text, 3);
        for ci in [0, 3, 4, 9, 2, 14, 30, 7, 1, 12, 0, 13] {
            let want = all.get(ci).copied().unwrap_or(text.len()) + 3;
            assert_eq!(map.byte(ci), want, "char {ci}");
        }
    }

    #[test]
    fn bom_offsets_are_shifted() {
        let text = "\u{feff}id: a\n";
        let root = parse(text).unwrap().unwrap();
        let (k, _) = &root.as_map().unwrap()[0];
        assert_eq!(k.span.start, 3);
    }

    #[test]
    fn two_documents_are_refused() {
        let err = parse("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(err.message.contains("flera"));
        assert_eq!(err.offset, 5);
    }

    #[test]
    fn aliases_are_not_expanded() {
        let root = parse("a: &x [1, 2]\nb: *x\n").unwrap().unwrap();
        assert!(matches!(root.as_map().unwrap()[1].1.kind, Kind::Alias));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let text = "[".repeat(10_000);
        assert!(parse(&text).is_err());
    }

    #[test]
    fn empty_text_has_no_document() {
        assert!(parse("").unwrap().is_none());
        assert!(parse("# bara en kommentar\n").unwrap().is_none());
    }

    #[test]
    fn quoted_scalars_are_not_plain() {
        let root = parse("a: \"1\"\nb: 1\n").unwrap().unwrap();
        let m = root.as_map().unwrap();
        assert!(!m[0].1.as_scalar().unwrap().plain);
        assert!(m[1].1.as_scalar().unwrap().plain);
    }
}
