//! YAML-aware insertion: turn one [`Op`] into the smallest [`TextEdit`]s on the original text.
//!
//! New keys go to their place in the schema order, indented like their siblings; new
//! list items go after the last item, dashed and spaced like the items before them; values are
//! quoted only when YAML needs it. Everything else in the file is left byte for byte. This
//! module only plans edits: `edit::Document` applies and verifies them.

use super::layout::{
    Indent, ScalarStyle, column, content_end, dash_before, detect_indent, double_quoted, is_flow,
    line_start, next_line_start, scalar_style, yaml_scalar, yaml_scalar_flow,
};
use super::tree::{child_schema, insert_index};
use super::{Op, ScalarKind, Seg, TextEdit, Val};
use crate::error::Result;
use crate::model::schema::{self, MapSchema};
use crate::yaml::{Kind, Node};

struct Planner<'t> {
    text: &'t str,
    indent: Indent,
    nl: &'static str,
    edits: Vec<TextEdit>,
}

/// Plan the text edits for `op` on `text` (whose parsed tree is `root`).
pub fn plan(text: &str, root: &Node, op: &Op) -> Result<Vec<TextEdit>> {
    let crlf = text
        .find('\n')
        .is_some_and(|i| i > 0 && text.as_bytes()[i - 1] == b'\r');
    let mut p = Planner {
        text,
        indent: detect_indent(text, root),
        nl: if crlf { "\r\n" } else { "\n" },
        edits: Vec::new(),
    };
    let (path, value, append) = match op {
        Op::Set { path, value } => (path, value, false),
        Op::Append { path, item } => (path, item, true),
        Op::Remove { path } => {
            p.remove(root, path)?;
            return Ok(p.edits);
        }
    };
    p.walk(root, path, Some(&schema::PLAN), value, append)?;
    Ok(p.edits)
}

impl<'t> Planner<'t> {
    fn insert(&mut self, at: usize, text: String) {
        self.edits.push(TextEdit {
            start: at,
            end: at,
            text,
        });
    }

    fn replace(&mut self, start: usize, end: usize, text: String) {
        self.edits.push(TextEdit { start, end, text });
    }

    /// `\n` as the file writes it.
    fn lines(&self, s: String) -> String {
        if self.nl == "\n" {
            s
        } else {
            s.replace('\n', self.nl)
        }
    }

    /// Insert whole lines at the start of the line after `pos`.
    fn insert_after_line(&mut self, pos: usize, body: String) {
        let at = next_line_start(self.text, pos);
        let body = if at == self.text.len() && !self.text.is_empty() && !self.text.ends_with('\n') {
            format!("\n{body}")
        } else {
            body
        };
        let body = self.lines(body);
        self.insert(at, body);
    }

    fn walk(
        &mut self,
        node: &Node,
        path: &[Seg],
        schema: Option<&'static MapSchema>,
        value: &Val,
        append: bool,
    ) -> Result<()> {
        let Some((seg, rest)) = path.split_first() else {
            return Err(err!("redigering-tom-sokvag"));
        };
        match seg {
            Seg::Key(key) => {
                let Kind::Map(entries) = &node.kind else {
                    return Err(err!("redigering-inte-tabell", nyckel = key));
                };
                if is_flow(self.text, node) {
                    return Err(err!("redigering-tabell-pa-en-rad", nyckel = key));
                }
                match entries
                    .iter()
                    .find(|(k, _)| k.key_text() == Some(key.as_str()))
                {
                    None => self.insert_entry(node, entries, schema, key, rest, value, append),
                    Some((k, v)) if rest.is_empty() => {
                        if append {
                            self.append_item(k, v, key, value)
                        } else {
                            self.replace_value(k, v, key, value)
                        }
                    }
                    Some((k, v)) if v.is_null() => self.fill_null(k, v, rest, value, append),
                    Some((_, v)) => self.walk(v, rest, child_schema(schema, key), value, append),
                }
            }
            Seg::Id(id) => {
                let Kind::Seq(items) = &node.kind else {
                    return Err(err!("redigering-ingen-lista-for-id", id = id));
                };
                let item = items.iter().find(|it| {
                    it.as_map().is_some_and(|m| {
                        m.iter().any(|(k, v)| {
                            k.key_text() == Some("id")
                                && v.as_scalar().is_some_and(|s| s.text == id.as_str())
                        })
                    })
                });
                match item {
                    Some(item) => self.walk(item, rest, schema, value, append),
                    None => Err(err!("redigering-id-saknas", id = id)),
                }
            }
            Seg::Index(i) => match node.as_seq().and_then(|items| items.get(*i)) {
                Some(item) => self.walk(item, rest, schema, value, append),
                None => Err(err!("redigering-punkt-saknas", nummer = i + 1)),
            },
        }
    }

    /// Remove the key or list item at `path` (already climbed by [`removal_path`]) with its
    /// lines; a blank line that separated items goes with the item.
    fn remove(&mut self, root: &Node, path: &[Seg]) -> Result<()> {
        let not_found = || err!("redigering-borttaget-saknas");
        let (last, parent_path) = path.split_last().ok_or_else(not_found)?;
        let parent = find(root, parent_path).ok_or_else(not_found)?;
        if is_flow(self.text, parent) {
            return Err(err!("redigering-plats-pa-en-rad"));
        }
        let (start, end) = match (last, &parent.kind) {
            (Seg::Key(k), Kind::Map(entries)) => {
                let (kn, vn) = entries
                    .iter()
                    .find(|(kn, _)| kn.key_text() == Some(k.as_str()))
                    .ok_or_else(not_found)?;
                let ls = line_start(self.text, kn.span.start);
                if !self.text[ls..kn.span.start].chars().all(|c| c == ' ') {
                    return Err(err!("redigering-oppnar-punkt", nyckel = k));
                }
                let end = next_line_start(self.text, content_end(self.text, vn).max(kn.span.end));
                (ls, end)
            }
            (Seg::Id(_) | Seg::Index(_), Kind::Seq(items)) => {
                let i = index_of(items, last).ok_or_else(not_found)?;
                let item = &items[i];
                let dash = dash_before(self.text, item.span.start).unwrap_or(item.span.start);
                let mut start = line_start(self.text, dash);
                let mut end = next_line_start(self.text, content_end(self.text, item));
                let blank = |a: usize, b: usize| self.text[a..b].trim().is_empty();
                if i > 0 {
                    while start > 0 {
                        let prev = line_start(self.text, start - 1);
                        if prev < start && blank(prev, start) {
                            start = prev;
                        } else {
                            break;
                        }
                    }
                } else if items.len() > 1 {
                    while end < self.text.len() {
                        let next = next_line_start(self.text, end);
                        if next > end && blank(end, next) {
                            end = next;
                        } else {
                            break;
                        }
                    }
                }
                (start, end)
            }
            _ => return Err(not_found()),
        };
        self.replace(start, end, String::new());
        Ok(())
    }

    /// The position after the `:` that follows a key.
    fn colon_end(&self, key: &Node) -> usize {
        let from = content_end(self.text, key);
        self.text[from..].find(':').map_or(from, |i| from + i + 1)
    }

    #[allow(clippy::too_many_arguments)]
    fn insert_entry(
        &mut self,
        map: &Node,
        entries: &[(Node, Node)],
        schema: Option<&'static MapSchema>,
        key: &str,
        rest: &[Seg],
        value: &Val,
        append: bool,
    ) -> Result<()> {
        let Some((first_key, _)) = entries.first() else {
            return Err(err!("redigering-tom-tabell"));
        };
        let _ = map;
        let indent = column(self.text, first_key.span.start);
        let body = self.render_entry(key, rest, value, append, indent)?;
        let keys: Vec<&str> = entries.iter().filter_map(|(k, _)| k.key_text()).collect();
        let at = insert_index(&keys, schema, key);
        if at > 0 {
            let (k, v) = &entries[at - 1];
            let end = content_end(self.text, v).max(k.span.end);
            self.insert_after_line(end, body);
            return Ok(());
        }
        let ks = first_key.span.start;
        let ls = line_start(self.text, ks);
        let own_line = self.text[ls..ks]
            .chars()
            .all(|c| c == ' ' || c == '\u{feff}');
        if own_line {
            // Before the comment lines that sit directly above the first key: they belong to it.
            let mut at = ls;
            while at > 0 {
                let prev = line_start(self.text, at - 1);
                if self.text[prev..at].trim_start().starts_with('#') {
                    at = prev;
                } else {
                    break;
                }
            }
            if at == 0 && self.text.starts_with('\u{feff}') {
                at = 3;
            }
            let body = self.lines(body);
            self.insert(at, body);
        } else {
            // `- first: …`: the new key takes the dash line, the old one moves below it.
            let body = body.trim_start_matches(' ').to_string() + &" ".repeat(indent);
            let body = self.lines(body);
            self.insert(ks, body);
        }
        Ok(())
    }

    fn fill_null(
        &mut self,
        key: &Node,
        null: &Node,
        rest: &[Seg],
        value: &Val,
        append: bool,
    ) -> Result<()> {
        let Some(Seg::Key(child)) = rest.first() else {
            return Err(err!(
                "redigering-tom-nyckel",
                nyckel = key.key_text().unwrap_or("?")
            ));
        };
        let indent = column(self.text, key.span.start) + self.indent.unit;
        let body = self.render_entry(child, &rest[1..], value, append, indent)?;
        self.clear_null(key, null);
        let end = content_end(self.text, null).max(key.span.end);
        self.insert_after_line(end, body);
        Ok(())
    }

    /// Remove a written null (`~`, `null`) after a key that is about to get a block value.
    fn clear_null(&mut self, key: &Node, null: &Node) {
        if null.span.end > null.span.start {
            let from = self.colon_end(key);
            self.replace(from, content_end(self.text, null), String::new());
        }
    }

    fn append_item(&mut self, key: &Node, list: &Node, name: &str, item: &Val) -> Result<()> {
        let key_col = column(self.text, key.span.start);
        match &list.kind {
            _ if list.is_null() => {
                let body = self.render_item(item, key_col + self.indent.seq_indent)?;
                self.clear_null(key, list);
                let end = content_end(self.text, list).max(key.span.end);
                self.insert_after_line(end, body);
                Ok(())
            }
            Kind::Seq(items) if is_flow(self.text, list) && items.is_empty() => {
                let body = self.render_item(item, key_col + self.indent.seq_indent)?;
                let from = self.colon_end(key);
                let end = content_end(self.text, list);
                self.replace(from, end, String::new());
                self.insert_after_line(end, body);
                Ok(())
            }
            Kind::Seq(items) if !is_flow(self.text, list) => {
                let Some(last) = items.last() else {
                    return Err(err!("redigering-tom-lista"));
                };
                let dash = dash_before(self.text, items[0].span.start)
                    .map_or(key_col + self.indent.seq_indent, |d| column(self.text, d));
                let mut body = self.render_item(item, dash)?;
                if items.len() >= 2 {
                    let prev_end = content_end(self.text, &items[items.len() - 2]);
                    let last_start =
                        dash_before(self.text, last.span.start).unwrap_or(last.span.start);
                    let gap = &self.text[prev_end.min(last_start)..last_start];
                    // The lines wholly between the two items (not the rest of the one before,
                    // not the indentation before the last one's dash): a blank one among them
                    // is the list's style, kept for the new item.
                    let parts: Vec<&str> = gap.split('\n').collect();
                    let between = parts.get(1..parts.len().saturating_sub(1)).unwrap_or(&[]);
                    if between.iter().any(|l| l.trim().is_empty()) {
                        body = format!("\n{body}");
                    }
                }
                self.insert_after_line(content_end(self.text, last), body);
                Ok(())
            }
            Kind::Seq(_) => Err(err!("redigering-lista-pa-en-rad", nyckel = name)),
            _ => Err(err!("redigering-ingen-lista", nyckel = name)),
        }
    }

    fn replace_value(&mut self, key: &Node, old: &Node, name: &str, value: &Val) -> Result<()> {
        let not_scalar = || {
            // What is there, as the message's select names it.
            err!(
                "redigering-inte-enkelt",
                nyckel = name,
                slag = old.kind_key()
            )
        };
        match value {
            Val::Scalar { .. } if matches!(old.kind, Kind::Seq(_)) => {
                // A list becomes one value (`givet_av: [a, b]` → `givet_av: a`).
                let from = self.colon_end(key);
                let end = content_end(self.text, old);
                self.replace(from, end, format!(" {}", render_scalar(value, false)));
                Ok(())
            }
            Val::Scalar { .. } => {
                if !matches!(old.kind, Kind::Scalar(_)) {
                    return Err(not_scalar());
                }
                let rendered = render_scalar(value, false);
                self.replace_scalar(key, old, rendered);
                Ok(())
            }
            Val::List { items, flow } => match &old.kind {
                _ if old.is_null() => {
                    if *flow || items.is_empty() {
                        self.replace_scalar(key, old, render_flow(items));
                    } else {
                        let dash = column(self.text, key.span.start) + self.indent.seq_indent;
                        let body = self.render_items(items, dash)?;
                        self.clear_null(key, old);
                        self.insert_after_line(content_end(self.text, old).max(key.span.end), body);
                    }
                    Ok(())
                }
                Kind::Seq(_) if is_flow(self.text, old) => {
                    let end = content_end(self.text, old);
                    self.replace(old.span.start, end, render_flow(items));
                    Ok(())
                }
                Kind::Scalar(_) if *flow => {
                    self.replace_scalar(key, old, render_flow(items));
                    Ok(())
                }
                Kind::Seq(old_items) => {
                    let end = content_end(self.text, old);
                    if items.is_empty() {
                        let from = self.colon_end(key);
                        self.replace(from, end, " []".into());
                        return Ok(());
                    }
                    let first =
                        dash_before(self.text, old_items[0].span.start).unwrap_or(old.span.start);
                    let dash = column(self.text, first);
                    let body = self.render_items(items, dash)?;
                    let body = self.lines(body.trim_end_matches('\n').to_string());
                    self.replace(line_start(self.text, first), end, body);
                    Ok(())
                }
                _ => Err(not_scalar()),
            },
            Val::Map(_) => Err(err!("redigering-inte-helt", nyckel = name)),
        }
    }

    /// Replace a scalar value (or a null) by a one-line value.
    fn replace_scalar(&mut self, key: &Node, old: &Node, rendered: String) {
        let end = content_end(self.text, old);
        if old.span.start == old.span.end {
            // `key:` with nothing after it: the span sits right after the colon.
            self.replace(old.span.start, end, format!(" {rendered}"));
            return;
        }
        let start = if scalar_style(self.text, old) == ScalarStyle::Block {
            let from = content_end(self.text, key);
            self.text[from..old.span.start]
                .find(['|', '>'])
                .map_or(old.span.start, |i| from + i)
        } else {
            old.span.start
        };
        self.replace(start, end, rendered);
    }

    fn render_entry(
        &self,
        key: &str,
        rest: &[Seg],
        value: &Val,
        append: bool,
        indent: usize,
    ) -> Result<String> {
        let pad = " ".repeat(indent);
        match rest.split_first() {
            Some((Seg::Key(k), more)) => Ok(format!(
                "{pad}{}:\n{}",
                yaml_scalar(key),
                self.render_entry(k, more, value, append, indent + self.indent.unit)?
            )),
            Some((Seg::Index(_), _)) => Err(err!("redigering-nyckel-saknas", nyckel = key)),
            Some((Seg::Id(id), _)) => {
                Err(err!("redigering-nyckel-saknas-id", nyckel = key, id = id))
            }
            None if append => Ok(format!(
                "{pad}{}:\n{}",
                yaml_scalar(key),
                self.render_item(value, indent + self.indent.seq_indent)?
            )),
            None => self.render_kv(key, value, indent),
        }
    }

    /// `key: value` (and the lines below it for block values), each line ending in `\n`.
    pub fn render_kv(&self, key: &str, value: &Val, indent: usize) -> Result<String> {
        let pad = " ".repeat(indent);
        let key = yaml_scalar(key);
        Ok(match value {
            Val::Scalar { .. } => format!("{pad}{key}: {}\n", render_scalar(value, false)),
            Val::List { items, flow } if *flow || items.is_empty() => {
                format!("{pad}{key}: {}\n", render_flow(items))
            }
            Val::List { items, .. } => format!(
                "{pad}{key}:\n{}",
                self.render_items(items, indent + self.indent.seq_indent)?
            ),
            Val::Map(entries) if entries.is_empty() => format!("{pad}{key}: {{}}\n"),
            Val::Map(entries) => {
                let mut s = format!("{pad}{key}:\n");
                for (k, v) in entries {
                    s.push_str(&self.render_kv(k, v, indent + self.indent.unit)?);
                }
                s
            }
        })
    }

    fn render_items(&self, items: &[Val], dash: usize) -> Result<String> {
        let mut s = String::new();
        for it in items {
            s.push_str(&self.render_item(it, dash)?);
        }
        Ok(s)
    }

    /// One list item with its dash at column `dash`.
    fn render_item(&self, item: &Val, dash: usize) -> Result<String> {
        let pad = " ".repeat(dash);
        Ok(match item {
            Val::Scalar { .. } => format!("{pad}- {}\n", render_scalar(item, false)),
            Val::List { items, .. } => format!("{pad}- {}\n", render_flow(items)),
            Val::Map(entries) if entries.is_empty() => format!("{pad}- {{}}\n"),
            Val::Map(entries) => {
                let mut s = String::new();
                for (i, (k, v)) in entries.iter().enumerate() {
                    let line = self.render_kv(k, v, dash + 2)?;
                    if i == 0 {
                        s.push_str(&format!("{pad}- {}", &line[dash + 2..]));
                    } else {
                        s.push_str(&line);
                    }
                }
                s
            }
        })
    }
}

/// The position of a list item given by id or position.
fn index_of(items: &[Node], seg: &Seg) -> Option<usize> {
    match seg {
        Seg::Index(i) => (*i < items.len()).then_some(*i),
        Seg::Id(id) => items.iter().position(|it| {
            it.as_map().is_some_and(|m| {
                m.iter().any(|(k, v)| {
                    k.key_text() == Some("id")
                        && v.as_scalar().is_some_and(|s| s.text == id.as_str())
                })
            })
        }),
        Seg::Key(_) => None,
    }
}

/// The node at a path.
pub fn find<'n, 'a>(root: &'n Node<'a>, path: &[Seg]) -> Option<&'n Node<'a>> {
    let mut node = root;
    for seg in path {
        node = match seg {
            Seg::Key(k) => {
                &node
                    .as_map()?
                    .iter()
                    .find(|(kn, _)| kn.key_text() == Some(k.as_str()))?
                    .1
            }
            _ => {
                let items = node.as_seq()?;
                &items[index_of(items, seg)?]
            }
        };
    }
    Some(node)
}

/// What a removal really removes: a key or item that is the only one of its mapping or list
/// takes the mapping or list with it (`initiering` never becomes an empty `{}`); the top level
/// is never removed.
pub fn removal_path(root: &Node, path: &[Seg]) -> Vec<Seg> {
    let mut path = path.to_vec();
    while path.len() > 1 {
        let parent = &path[..path.len() - 1];
        let alone = match find(root, parent).map(|n| &n.kind) {
            Some(Kind::Map(e)) => e.len() == 1,
            Some(Kind::Seq(i)) => i.len() == 1,
            _ => false,
        };
        if !alone {
            break;
        }
        path.pop();
    }
    path
}

/// A scalar value as written in the file.
pub fn render_scalar(v: &Val, flow: bool) -> String {
    match v {
        Val::Scalar { text, kind } => match kind {
            ScalarKind::Verbatim => text.clone(),
            ScalarKind::Quoted => double_quoted(text),
            ScalarKind::Text if flow => yaml_scalar_flow(text),
            ScalarKind::Text => yaml_scalar(text),
        },
        Val::List { items, .. } => render_flow(items),
        Val::Map(_) => "{}".into(),
    }
}

/// `[a, b]`.
pub fn render_flow(items: &[Val]) -> String {
    let inner: Vec<String> = items.iter().map(|v| render_scalar(v, true)).collect();
    format!("[{}]", inner.join(", "))
}

/// A whole new document from top-level entries (for `sip new`), indented two spaces.
pub fn render_document(entries: &[(String, Val)]) -> Result<String> {
    let p = Planner {
        text: "",
        indent: Indent {
            unit: 2,
            seq_indent: 2,
        },
        nl: "\n",
        edits: Vec::new(),
    };
    let mut out = String::new();
    for (k, v) in entries {
        out.push_str(&p.render_kv(k, v, 0)?);
    }
    Ok(out)
}

/// `key: value` (and the lines below it) as a file with this text would write it at column
/// `indent`: its own indentation and line ends. For text that is shown beside the file's own
/// lines (a merge conflict), never applied unverified.
pub fn render_kv_like(
    text: &str,
    root: &Node,
    key: &str,
    value: &Val,
    indent: usize,
) -> Result<String> {
    let crlf = text
        .find('\n')
        .is_some_and(|i| i > 0 && text.as_bytes()[i - 1] == b'\r');
    let p = Planner {
        text,
        indent: detect_indent(text, root),
        nl: if crlf { "\r\n" } else { "\n" },
        edits: Vec::new(),
    };
    let body = p.render_kv(key, value, indent)?;
    Ok(p.lines(body))
}
