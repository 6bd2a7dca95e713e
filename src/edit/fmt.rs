//! Canonical form (`sip fmt`): keys in the schema order (unknown keys last in their mapping, in
//! the order written), two-space indentation, lists of mappings as blocks, short id lists as
//! `[a, b]`, values quoted only when YAML needs it (personnummer always), LF line ends, a final
//! newline, no byte-order mark. Comments move with the key or item below them (a comment at the
//! end of a line stays with that line's value); blank lines between entries are kept, runs of
//! them become one.
//!
//! The only code that rewrites whole files. It refuses a file it cannot write back without loss
//! (anchors, aliases, tags, complex keys, comments inside one-line lists), and it verifies its
//! own result: same content (as a tree, after reordering), same comments, and a second run
//! changes nothing.

use std::collections::HashMap;

use super::layout::{
    LineIndex, ScalarStyle, comments, content_end, dash_before, double_quoted, is_flow, line_of,
    next_line_start, resolves_to_non_string, scalar_extents, scalar_style, syntax_needs_quotes,
};
use super::tree::{Tree, child_schema};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::model::schema::{self, MapSchema, Ty};
use crate::yaml::{Kind, Node};

const INDENT: usize = 2;

fn refuse(line: usize, orsak: Msg) -> Error {
    err!("redigering-fmt-rad", rad = line, orsak = orsak)
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Trivia {
    Blank,
    Comment(String),
}

struct Formatter<'t> {
    text: &'t str,
    /// Comment and blank lines above an anchor (a key, or a list item's dash).
    leading: HashMap<usize, Vec<Trivia>>,
    /// The comment at the end of the line an anchor's value ends on (with the gap before it).
    trailing: HashMap<usize, String>,
    footer: Vec<Trivia>,
    out: Vec<String>,
}

/// The canonical form of a plan's text.
pub fn format(text: &str) -> Result<String> {
    let out = format_once(text)?;
    if format_once(&out)? != out {
        return Err(err!("redigering-fmt-instabil"));
    }
    Ok(out)
}

fn format_once(text: &str) -> Result<String> {
    let root = match crate::yaml::parse(text) {
        Ok(Some(r)) if r.as_map().is_some() => r,
        Ok(_) => {
            return Err(err!("redigering-fmt-ingen-tabell"));
        }
        Err(e) => {
            let line = line_of(text, e.offset);
            let mut orsak = msg!("redigering-fmt-yaml-fel", fel = e.message);
            orsak.sv = crate::model::load::yaml_problem_sv(&e.message);
            return Err(refuse(line, orsak));
        }
    };
    check_supported(text, &root)?;
    let mut f = Formatter {
        text,
        leading: HashMap::new(),
        trailing: HashMap::new(),
        footer: Vec::new(),
        out: Vec::new(),
    };
    f.attach_trivia(&root)?;
    f.map(&root, Some(&schema::PLAN), 0, None)?;
    let footer = std::mem::take(&mut f.footer);
    f.trivia(&footer, 0, false);
    while f.out.last().is_some_and(|l| l.is_empty()) {
        f.out.pop();
    }
    let mut out = f.out.join("\n");
    out.push('\n');
    verify(text, &root, &out)?;
    Ok(out)
}

/// Refuse what cannot be written back from the tree: anchors, tags, aliases, complex keys.
fn check_supported(text: &str, node: &Node) -> Result<()> {
    let line = || line_of(text, node.span.start);
    if matches!(node.kind, Kind::Alias) {
        return Err(refuse(line(), msg!("redigering-fmt-alias")));
    }
    if matches!(text.as_bytes().get(node.span.start), Some(b'&' | b'!')) {
        return Err(refuse(line(), msg!("redigering-fmt-ankare")));
    }
    match &node.kind {
        Kind::Seq(items) => items.iter().try_for_each(|n| check_supported(text, n)),
        Kind::Map(entries) => entries.iter().try_for_each(|(k, v)| {
            if k.as_scalar().is_none() {
                return Err(refuse(
                    line_of(text, k.span.start),
                    msg!("redigering-fmt-sammansatt-nyckel"),
                ));
            }
            check_supported(text, k)?;
            check_supported(text, v)
        }),
        _ => Ok(()),
    }
}

/// The tree with every mapping in canonical key order.
fn canonical(tree: &Tree, schema: Option<&'static MapSchema>) -> Tree {
    match tree {
        Tree::Map(entries) => {
            let mut e: Vec<(String, Tree)> = entries
                .iter()
                .map(|(k, v)| {
                    let v = canonical(v, child_schema(schema, k));
                    // v1's single `företrädare` mapping is written as a list of one.
                    let v = match (field_ty(schema, k), v) {
                        (Some(Ty::OneOrList(Ty::Map(_))), m @ Tree::Map(_)) => Tree::Seq(vec![m]),
                        (_, v) => v,
                    };
                    (k.clone(), v)
                })
                .collect();
            e.sort_by_key(|(k, _)| rank(schema, k));
            Tree::Map(e)
        }
        Tree::Seq(items) => Tree::Seq(items.iter().map(|t| canonical(t, schema)).collect()),
        t => t.clone(),
    }
}

fn field_ty(schema: Option<&'static MapSchema>, key: &str) -> Option<&'static Ty> {
    schema.and_then(|s| s.field(key)).map(|f| &f.ty)
}

fn rank(schema: Option<&MapSchema>, key: &str) -> usize {
    schema
        .and_then(|s| s.fields.iter().position(|f| f.key == key))
        .unwrap_or(usize::MAX)
}

fn verify(old: &str, old_root: &Node, new: &str) -> Result<()> {
    let fail = |orsak: Msg| err!("redigering-fmt-forlust", orsak = orsak);
    let Ok(Some(new_root)) = crate::yaml::parse(new) else {
        return Err(fail(msg!("redigering-orsak-olasbar")));
    };
    let plan = Some(&schema::PLAN);
    if canonical(&Tree::from_node(old_root), plan) != Tree::from_node(&new_root) {
        return Err(fail(msg!("redigering-fmt-innehall-andras")));
    }
    let texts = |t: &str, r: &Node| {
        let mut v: Vec<String> = comments(t, Some(r))
            .iter()
            .map(|c| t[c.start..c.end].to_string())
            .collect();
        v.sort();
        v
    };
    if texts(old, old_root) != texts(new, &new_root) {
        return Err(fail(msg!("redigering-orsak-kommentar")));
    }
    Ok(())
}

impl<'t> Formatter<'t> {
    /// Every anchor (key or dash) with the line it starts, and the line each value ends on.
    fn anchors(
        &self,
        node: &Node,
        lines: &LineIndex,
        anchors: &mut Vec<usize>,
        ends: &mut HashMap<usize, usize>,
    ) {
        let text = self.text;
        let end_line = |n: &Node| lines.line_of(content_end(text, n));
        match &node.kind {
            Kind::Map(entries) => {
                for (k, v) in entries {
                    anchors.push(k.span.start);
                    let block = match &v.kind {
                        Kind::Map(_) | Kind::Seq(_) => !is_flow(text, v) && !v_is_empty_block(v),
                        Kind::Scalar(_) => scalar_style(text, v) == ScalarStyle::Block,
                        Kind::Alias => false,
                    };
                    let line = if block || v.is_null() {
                        lines.line_of(k.span.start)
                    } else {
                        end_line(v)
                    };
                    ends.insert(line, k.span.start);
                    if !is_flow(text, v) {
                        self.anchors(v, lines, anchors, ends);
                    }
                }
            }
            Kind::Seq(items) if !is_flow(text, node) => {
                for it in items {
                    let a = dash_before(text, it.span.start).unwrap_or(it.span.start);
                    anchors.push(a);
                    if !matches!(it.kind, Kind::Map(_)) || is_flow(text, it) {
                        ends.insert(end_line(it), a);
                    }
                    if !is_flow(text, it) {
                        self.anchors(it, lines, anchors, ends);
                    }
                }
            }
            _ => {}
        }
    }

    fn attach_trivia(&mut self, root: &Node) -> Result<()> {
        let text = self.text;
        let lines_index = LineIndex::new(text);
        let mut anchors = Vec::new();
        let mut ends = HashMap::new();
        self.anchors(root, &lines_index, &mut anchors, &mut ends);
        anchors.sort_unstable();
        // Both by binary search: one lookup per line of the file must not scan the whole file.
        let next_anchor = |pos: usize| {
            let i = anchors.partition_point(|a| *a <= pos);
            anchors.get(i).copied()
        };
        let mut extents = Vec::new();
        scalar_extents(text, root, &mut extents);
        extents.sort_unstable();
        // Block scalars do not overlap, so the last one starting before `pos` is the only
        // one that may hold it.
        let inside = |pos: usize| {
            let i = extents.partition_point(|(s, _)| *s < pos);
            i > 0 && pos < extents[i - 1].1
        };
        // Blank lines and full-line comments, in text order.
        let mut lines: Vec<(usize, Trivia)> = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let end = next_line_start(text, pos);
            if text[pos..end]
                .trim()
                .trim_start_matches('\u{feff}')
                .is_empty()
                && !inside(pos)
            {
                lines.push((pos, Trivia::Blank));
            }
            pos = end;
        }
        for c in comments(text, Some(root)) {
            let body = text[c.start..c.end].to_string();
            if c.full_line {
                lines.push((c.start, Trivia::Comment(body)));
            } else {
                let line = lines_index.line_of(c.start);
                let Some(owner) = ends.get(&line) else {
                    return Err(refuse(line, msg!("redigering-fmt-kommentar-i-varde")));
                };
                let before = &text[..c.start];
                let gap = &before[before.trim_end_matches([' ', '\t']).len()..];
                self.trailing.insert(*owner, format!("{gap}{body}"));
            }
        }
        lines.sort_by_key(|(p, _)| *p);
        for (pos, t) in lines {
            match next_anchor(pos) {
                Some(a) => self.leading.entry(a).or_default().push(t),
                None => self.footer.push(t),
            }
        }
        for v in self.leading.values_mut() {
            v.dedup_by(|a, b| *a == Trivia::Blank && *b == Trivia::Blank);
        }
        Ok(())
    }

    fn trivia(&mut self, items: &[Trivia], indent: usize, first: bool) {
        let pad = " ".repeat(indent);
        let mut started = !first;
        let mut last_blank = false;
        for t in items {
            match t {
                Trivia::Blank => {
                    if started && !last_blank {
                        self.out.push(String::new());
                        last_blank = true;
                    }
                }
                Trivia::Comment(c) => {
                    self.out.push(format!("{pad}{c}"));
                    started = true;
                    last_blank = false;
                }
            }
        }
    }

    fn leading_of(&self, anchor: usize) -> Vec<Trivia> {
        self.leading.get(&anchor).cloned().unwrap_or_default()
    }

    /// Emit a mapping's entries. `prefix` replaces the indentation of its first line (`- `).
    fn map(
        &mut self,
        node: &Node,
        schema: Option<&'static MapSchema>,
        indent: usize,
        prefix: Option<String>,
    ) -> Result<()> {
        let Kind::Map(entries) = &node.kind else {
            return Ok(());
        };
        let mut order: Vec<&(Node, Node)> = entries.iter().collect();
        order.sort_by_key(|(k, _)| rank(schema, k.key_text().unwrap_or("")));
        let mut prefix = prefix;
        for (i, (k, v)) in order.into_iter().enumerate() {
            let key = k.key_text().unwrap_or("");
            let lead = self.leading_of(k.span.start);
            let start = match prefix.take() {
                Some(p) => {
                    if lead.iter().any(|t| matches!(t, Trivia::Comment(_))) {
                        return Err(refuse(
                            line_of(self.text, k.span.start),
                            msg!("redigering-fmt-kommentar-efter-streck"),
                        ));
                    }
                    p
                }
                None => {
                    self.trivia(&lead, indent, i == 0);
                    " ".repeat(indent)
                }
            };
            let ty = schema.and_then(|s| s.field(key)).map(|f| &f.ty);
            let head = format!("{start}{}:", render_key(key));
            self.value(head, k.span.start, v, ty, child_schema(schema, key), indent)?;
        }
        Ok(())
    }

    /// The lines of a block scalar, each indented by `indent` (blank lines stay empty).
    fn push_block(&mut self, lines: Vec<String>, indent: usize) {
        let pad = " ".repeat(indent);
        for l in lines {
            self.out.push(if l.is_empty() {
                String::new()
            } else {
                format!("{pad}{l}")
            });
        }
    }

    fn trailing_of(&self, anchor: usize) -> String {
        self.trailing.get(&anchor).cloned().unwrap_or_default()
    }

    /// Emit `head` (`key:` or `- `) followed by a value.
    fn value(
        &mut self,
        head: String,
        anchor: usize,
        v: &Node,
        ty: Option<&Ty>,
        schema: Option<&'static MapSchema>,
        indent: usize,
    ) -> Result<()> {
        let tail = self.trailing_of(anchor);
        let sep = if head.ends_with(':') { " " } else { "" };
        match &v.kind {
            Kind::Scalar(_) if v.is_null() => {
                let s = v
                    .as_scalar()
                    .map(|s| s.text.to_string())
                    .unwrap_or_default();
                let s = if s.is_empty() {
                    String::new()
                } else {
                    format!("{sep}{s}")
                };
                self.out.push(format!("{head}{s}{tail}"));
            }
            Kind::Scalar(_) => match render_scalar(self.text, v, ty, false) {
                Rendered::Line(s) => self.out.push(format!("{head}{sep}{s}{tail}")),
                Rendered::Block(indicator, lines) => {
                    self.out.push(format!("{head}{sep}{indicator}{tail}"));
                    self.push_block(lines, indent + INDENT);
                }
            },
            Kind::Seq(items) if items.is_empty() => self.out.push(format!("{head}{sep}[]{tail}")),
            Kind::Map(entries) if entries.is_empty() => {
                self.out.push(format!("{head}{sep}{{}}{tail}"))
            }
            Kind::Map(_)
                if matches!(ty, Some(Ty::OneOrList(Ty::Map(_)))) && !is_flow(self.text, v) =>
            {
                // v1's single mapping (`företrädare`) becomes a list of one: comments above
                // its first key move above the dash.
                self.out.push(format!("{head}{tail}"));
                let dash_col = indent + INDENT;
                let first = v.as_map().and_then(|e| {
                    e.iter()
                        .min_by_key(|(k, _)| rank(schema, k.key_text().unwrap_or("")))
                        .map(|(k, _)| k.span.start)
                });
                if let Some(a) = first {
                    let lead = self.leading.remove(&a).unwrap_or_default();
                    self.trivia(&lead, dash_col, true);
                }
                let dash = format!("{}- ", " ".repeat(dash_col));
                self.map(v, schema, dash_col + 2, Some(dash))?;
            }
            Kind::Seq(items) => {
                let item_ty = match ty {
                    Some(Ty::List(inner) | Ty::OneOrList(inner)) => Some(*inner),
                    _ => None,
                };
                let flow = match ty {
                    Some(Ty::List(Ty::Text) | Ty::OneOrList(Ty::Text)) => {
                        !head.trim_start().starts_with("frågeställningar:")
                    }
                    Some(_) => false,
                    None => is_flow(self.text, v),
                } && items.iter().all(|i| matches!(i.kind, Kind::Scalar(_)));
                if flow {
                    let inner = flow_items(self.text, items, item_ty);
                    self.out
                        .push(format!("{head}{sep}[{}]{tail}", inner.join(", ")));
                } else {
                    self.out.push(format!("{head}{tail}"));
                    let dash_col = indent + INDENT;
                    for (i, it) in items.iter().enumerate() {
                        let a = if is_flow(self.text, v) {
                            it.span.start
                        } else {
                            dash_before(self.text, it.span.start).unwrap_or(it.span.start)
                        };
                        let lead = self.leading_of(a);
                        self.trivia(&lead, dash_col, i == 0);
                        let dash = format!("{}- ", " ".repeat(dash_col));
                        match &it.kind {
                            Kind::Map(e) if !e.is_empty() => {
                                self.map(it, schema, dash_col + 2, Some(dash))?
                            }
                            _ => {
                                let head = dash.trim_end().to_string();
                                let head = if matches!(it.kind, Kind::Scalar(_)) && !it.is_null() {
                                    format!("{head} ")
                                } else {
                                    head
                                };
                                self.item(head, a, it, item_ty, dash_col)?;
                            }
                        }
                    }
                }
            }
            Kind::Map(_) => {
                self.out.push(format!("{head}{tail}"));
                self.map(v, schema, indent + INDENT, None)?;
            }
            Kind::Alias => {
                return Err(refuse(
                    line_of(self.text, v.span.start),
                    msg!("redigering-fmt-alias-kort"),
                ));
            }
        }
        Ok(())
    }

    /// A list item that is not a mapping (`- text`, `- [a, b]`, `- {}`).
    fn item(
        &mut self,
        head: String,
        anchor: usize,
        it: &Node,
        ty: Option<&Ty>,
        indent: usize,
    ) -> Result<()> {
        match &it.kind {
            Kind::Scalar(_) if !it.is_null() => {
                let tail = self.trailing_of(anchor);
                match render_scalar(self.text, it, ty, false) {
                    Rendered::Line(s) => self.out.push(format!("{head}{s}{tail}")),
                    Rendered::Block(ind, lines) => {
                        self.out.push(format!("{head}{ind}{tail}"));
                        self.push_block(lines, indent + INDENT);
                    }
                }
                Ok(())
            }
            Kind::Seq(inner) if inner.iter().all(|i| matches!(i.kind, Kind::Scalar(_))) => {
                let tail = self.trailing_of(anchor);
                let parts = flow_items(self.text, inner, None);
                self.out
                    .push(format!("{} [{}]{tail}", head.trim_end(), parts.join(", ")));
                Ok(())
            }
            _ => self.value(
                head.trim_end().trim_end_matches('-').to_string() + "-",
                anchor,
                it,
                ty,
                None,
                indent,
            ),
        }
    }
}

fn v_is_empty_block(v: &Node) -> bool {
    match &v.kind {
        Kind::Seq(i) => i.is_empty(),
        Kind::Map(e) => e.is_empty(),
        _ => false,
    }
}

fn render_key(key: &str) -> String {
    if syntax_needs_quotes(key, false) || resolves_to_non_string(key) {
        double_quoted(key)
    } else {
        key.to_string()
    }
}

enum Rendered {
    Line(String),
    /// A literal block: the indicator and the lines (without indentation).
    Block(&'static str, Vec<String>),
}

/// A scalar in canonical style, reading back as the same text.
fn render_scalar(text: &str, node: &Node, ty: Option<&Ty>, flow: bool) -> Rendered {
    let Some(s) = node.as_scalar() else {
        return Rendered::Line(String::new());
    };
    let value = s.text.as_ref();
    if matches!(ty, Some(Ty::Personnummer)) {
        return Rendered::Line(double_quoted(value));
    }
    let texty = matches!(ty, Some(Ty::Text | Ty::PlanId));
    if value.contains('\n') {
        if !flow && let Some(b) = literal_block(value) {
            return b;
        }
        return Rendered::Line(double_quoted(value));
    }
    let was_plain = scalar_style(text, node) == ScalarStyle::Plain;
    let quote = syntax_needs_quotes(value, flow)
        || (resolves_to_non_string(value) && (texty || !was_plain));
    Rendered::Line(if quote {
        double_quoted(value)
    } else {
        value.to_string()
    })
}

/// `|` / `|-` when the text can be written as a literal block without an indentation indicator.
fn literal_block(value: &str) -> Option<Rendered> {
    let (body, indicator) = match value.strip_suffix('\n') {
        Some(b) if b.ends_with('\n') => return None,
        Some(b) => (b, "|"),
        None => (value, "|-"),
    };
    if body.starts_with([' ', '\t'])
        || body.is_empty()
        || body
            .chars()
            .any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{feff}')
    {
        return None;
    }
    Some(Rendered::Block(
        indicator,
        body.split('\n').map(str::to_string).collect(),
    ))
}

/// The scalars of a one-line `[…]` list as written there: each rendered inline, a value that
/// would need a block scalar double-quoted instead.
fn flow_items(text: &str, items: &[Node<'_>], ty: Option<&Ty>) -> Vec<String> {
    items
        .iter()
        .map(|i| match render_scalar(text, i, ty, true) {
            Rendered::Line(s) => s,
            Rendered::Block(..) => double_quoted(
                &i.as_scalar()
                    .map(|s| s.text.to_string())
                    .unwrap_or_default(),
            ),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_keys_and_keeps_comments_with_their_key() {
        let text = "\u{feff}status: utkast\r\n# planens id\r\nid: sip-2026-abc  # fast\r\n\r\n\r\nindivid:\r\n  personnummer: 19870523-4824\r\n  namn: 'Anna'\r\nokänd: [1, 2]\r\növerenskommelse: \"x\"\r\n# slut\r\n";
        let out = format(text).unwrap();
        assert_eq!(
            out,
            "# planens id\nid: sip-2026-abc  # fast\növerenskommelse: x\nstatus: utkast\n\nindivid:\n  namn: Anna\n  personnummer: \"19870523-4824\"\nokänd: [1, 2]\n# slut\n"
        );
        assert_eq!(format(&out).unwrap(), out);
    }

    #[test]
    fn lists_and_blocks() {
        let text = "id: abc\nindivid:\n  namn: A\n  ersättning:\n    - sjukpenning\n    - a, b\nfrågeställningar: [Varför?]\nmöten:\n- tid: 2026-03-10T13:00\n  id: MÖ1  # första\n  anteckningar: |\n    rad ett\n\n    rad två\n  genomfört: true\n";
        let out = format(text).unwrap();
        assert_eq!(
            out,
            "id: abc\nindivid:\n  namn: A\n  ersättning: [sjukpenning, \"a, b\"]\nfrågeställningar:\n  - Varför?\nmöten:\n  - id: MÖ1  # första\n    tid: 2026-03-10T13:00\n    genomfört: true\n    anteckningar: |\n      rad ett\n\n      rad två\n"
        );
    }

    #[test]
    fn refuses_anchors() {
        assert!(format("id: &a abc\nx: *a\n").is_err());
    }
}
