//! A three-way merge of a plan by its structure (`sip merge`, git's merge driver).
//!
//! Each version's text is cut into parts along its structure: a mapping entry or a list item is
//! one part, and a part is its lines of comments above (`lead`), its own lines (`body`) and, for
//! the last part of a file, the lines after it (`tail`). Every byte of a text belongs to exactly
//! one part, comments and blank lines included. Parts are matched across BASE, OURS and THEIRS by
//! key, and list items with an `id` by id; then, for each piece, what two versions share and the
//! third changed is taken from the third, text and all. So every comment either side wrote is
//! kept at its place, and OURS keeps its layout wherever THEIRS changed nothing. Where both
//! changed the same part, the merge goes down into it (a mapping's keys, a list's items); only
//! the same piece changed on both sides to different texts is a conflict, marked around that
//! piece alone (a value, or the comment above it). An item that both sides added under the same
//! id keeps both, THEIRS' one renumbered to the next free id (and THEIRS' references to it
//! follow); values both sides added to a one-line list (`behov: [B1]`) are all kept. A removal
//! on one side is taken when the other side left that part as it was.
//! Whatever this cannot do with certainty (a reordered list, a part one side removed and the
//! other changed, a file that does not read as YAML) is [`Outcome::Fallback`]: the caller lets
//! git merge the lines instead. Each version is read once and each part compared once per level:
//! the time is linear in the size of the texts. This module runs nothing and prints nothing.

use std::collections::{HashMap, HashSet};

use crate::edit::Seg;
use crate::edit::layout::{LineIndex, content_end, is_flow, line_start, next_line_start};
use crate::edit::tree::Tree;
use crate::i18n::Msg;
use crate::yaml::{Kind, Node};

/// The label of OURS' side of a conflict.
pub const OURS_LABEL: &str = "din version";
/// The label of THEIRS' side of a conflict.
pub const THEIRS_LABEL: &str = "den andras version";

/// One place that both sides changed differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The key's path, as `mål[M1].senast`.
    pub path: String,
    /// The 1-based line of the conflict's `<<<<<<<` in the result.
    pub line: usize,
}

/// What a merge came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Merged; the text for OURS. `renumbered` lists THEIRS' items given a new id (old, new).
    Clean {
        text: String,
        renumbered: Vec<(String, String)>,
    },
    /// Merged except for these places, which carry conflict markers in the text.
    Conflict {
        text: String,
        conflicts: Vec<Conflict>,
        renumbered: Vec<(String, String)>,
    },
    /// Not merged by structure, and why: git's line merge should do it.
    Fallback(Msg),
}

type Why = Msg;

/// Merge THEIRS into OURS, both descended from BASE.
pub fn merge(base: &str, ours: &str, theirs: &str) -> Outcome {
    // One side changed nothing at all (not a byte): the other side's text is the result.
    if ours == theirs || theirs == base {
        return Outcome::Clean {
            text: ours.to_string(),
            renumbered: Vec::new(),
        };
    }
    if ours == base {
        return Outcome::Clean {
            text: theirs.to_string(),
            renumbered: Vec::new(),
        };
    }
    match try_merge(base, ours, theirs) {
        Ok(o) => o,
        Err(w) => Outcome::Fallback(w),
    }
}

/// `which` names the version for `locales/*/git.ftl` (`din`, `andras`, `gemensam`).
fn parse_map<'t>(text: &'t str, which: &str) -> Result<Node<'t>, Why> {
    if !crate::model::load::conflict_markers(text).is_empty() {
        return Err(msg!("git-har-konfliktmarkeringar", version = which));
    }
    match crate::yaml::parse(text) {
        Ok(Some(root)) if root.as_map().is_some() && !is_flow(text, &root) => Ok(root),
        _ => Err(msg!("git-olasbar-version", version = which)),
    }
}

fn try_merge(base: &str, ours: &str, theirs: &str) -> Result<Outcome, Why> {
    let o_root = parse_map(ours, "din")?;
    let t_first = parse_map(theirs, "andras")?;
    let b_root = parse_map(base, "gemensam")?;
    let rename = renumbering(
        &Tree::from_node(&b_root),
        &Tree::from_node(&o_root),
        &Tree::from_node(&t_first),
    );
    // THEIRS with its renumbered items (and its references to them) under their new ids.
    let renamed;
    let (theirs, t_root) = if rename.is_empty() {
        (theirs, t_first)
    } else {
        let map: HashMap<&str, &str> = rename
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        renamed = rename_in(theirs, &t_first, &map)?;
        let root = parse_map(&renamed, "andras")?;
        (renamed.as_str(), root)
    };
    let nl = if ours.contains("\r\n") { "\r\n" } else { "\n" };
    let mut m = Merger {
        nl,
        out: String::with_capacity(ours.len() + theirs.len() / 2),
        conflicts: Vec::new(),
    };
    let whole = |text, node| Reg {
        text,
        node,
        start: 0,
        end: text.len(),
    };
    let done = m.children(
        &mut Vec::new(),
        Some(whole(base, &b_root)),
        whole(ours, &o_root),
        whole(theirs, &t_root),
        false,
    )?;
    if !done {
        return Err(msg!("git-delar-ej-parade"));
    }
    let text = m.out;
    // The result must read as a plan: with each conflict resolved as OURS, when there are some.
    let mut resolved = String::with_capacity(text.len());
    let mut at = 0;
    for c in &m.conflicts {
        resolved.push_str(&text[at..c.start]);
        resolved.push_str(&c.ours);
        at = c.end;
    }
    resolved.push_str(&text[at..]);
    match crate::yaml::parse(&resolved) {
        Ok(Some(root)) if root.as_map().is_some() => {}
        _ => {
            return Err(msg!("git-resultat-olasbart"));
        }
    }
    if m.conflicts.is_empty() {
        return Ok(Outcome::Clean {
            text,
            renumbered: rename,
        });
    }
    let lines = LineIndex::new(&text);
    let conflicts = m
        .conflicts
        .iter()
        .map(|c| Conflict {
            path: c.path.clone(),
            line: lines.line_of(c.start),
        })
        .collect();
    Ok(Outcome::Conflict {
        text,
        conflicts,
        renumbered: rename,
    })
}

/// The id of a list item: the scalar under its `id` key.
fn tree_id(t: &Tree) -> Option<&str> {
    match t {
        Tree::Map(e) => e.iter().find_map(|(k, v)| match v {
            Tree::Scalar(s) if k == "id" => Some(s.as_str()),
            _ => None,
        }),
        _ => None,
    }
}

fn id_items(t: Option<&Tree>) -> Option<Vec<(&str, &Tree)>> {
    match t {
        Some(Tree::Seq(items)) => items.iter().map(|i| tree_id(i).map(|id| (id, i))).collect(),
        _ => None,
    }
}

fn get<'a>(t: &'a Tree, key: &str) -> Option<&'a Tree> {
    match t {
        Tree::Map(e) => e.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

fn split_id(id: &str) -> (&str, Option<u64>) {
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (prefix, num) = id.split_at(id.len() - digits);
    (prefix, num.parse().ok())
}

/// THEIRS' new items whose id OURS also gave to a different new item, each with the next free
/// id of its list (counted over all three versions).
fn renumbering(b: &Tree, o: &Tree, t: &Tree) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Tree::Map(entries) = t else {
        return out;
    };
    for (key, tv) in entries {
        let Some(titems) = id_items(Some(tv)) else {
            continue;
        };
        let bitems = id_items(get(b, key)).unwrap_or_default();
        let oitems = id_items(get(o, key)).unwrap_or_default();
        let in_base: HashSet<&str> = bitems.iter().map(|(id, _)| *id).collect();
        let in_ours: HashMap<&str, &Tree> = oitems.iter().copied().collect();
        // The highest number of each prefix, over all three versions.
        let mut highest: HashMap<&str, u64> = HashMap::new();
        for (id, _) in bitems.iter().chain(&oitems).chain(&titems) {
            if let (p, Some(n)) = split_id(id) {
                let h = highest.entry(p).or_insert(0);
                *h = (*h).max(n);
            }
        }
        for (id, item) in &titems {
            if in_base.contains(id) {
                continue;
            }
            match in_ours.get(id) {
                Some(ours) if ours != item => {}
                _ => continue,
            }
            let (prefix, _) = split_id(id);
            let next = highest.entry(prefix).or_insert(0);
            *next = next.saturating_add(1);
            out.push((id.to_string(), format!("{prefix}{next}")));
        }
    }
    out
}

/// The text with each scalar value that `map` renames written with its new id, in the style it
/// was written (plain, `"…"` or `'…'`).
fn rename_in(text: &str, root: &Node, map: &HashMap<&str, &str>) -> Result<String, Why> {
    fn walk(
        text: &str,
        node: &Node,
        map: &HashMap<&str, &str>,
        out: &mut Vec<(usize, usize, String)>,
    ) -> Result<(), Why> {
        match &node.kind {
            Kind::Scalar(s) => {
                if let Some(new) = map.get(s.text.as_ref()) {
                    let end = content_end(text, node);
                    let written = &text[node.span.start..end];
                    let old = s.text.as_ref();
                    let repl = if written == old {
                        (*new).to_string()
                    } else if written == format!("\"{old}\"") {
                        format!("\"{new}\"")
                    } else if written == format!("'{old}'") {
                        format!("'{new}'")
                    } else {
                        return Err(msg!("git-namnbyte-misslyckades", fore = old, efter = *new));
                    };
                    out.push((node.span.start, end, repl));
                }
            }
            Kind::Seq(items) => {
                for i in items {
                    walk(text, i, map, out)?;
                }
            }
            Kind::Map(entries) => {
                for (_, v) in entries {
                    walk(text, v, map, out)?;
                }
            }
            Kind::Alias => {}
        }
        Ok(())
    }
    let mut edits = Vec::new();
    walk(text, root, map, &mut edits)?;
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for (start, end, repl) in edits {
        if start < at {
            return Err(msg!("git-namnbyten-overlappar"));
        }
        out.push_str(&text[at..start]);
        out.push_str(&repl);
        at = end;
    }
    out.push_str(&text[at..]);
    Ok(out)
}

/// A path for messages: keys and ids as written, line breaks shown (a message is one line).
fn path_text(path: &[Seg]) -> String {
    let mut s = String::new();
    let shown = |t: &str| t.replace('\n', "\u{240a}").replace('\r', "\u{240d}");
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(&shown(k));
            }
            Seg::Id(id) => {
                s.push('[');
                s.push_str(&shown(id));
                s.push(']');
            }
            Seg::Index(i) => s.push_str(&format!("[{}]", i + 1)),
        }
    }
    s
}

/// A block mapping or list in one version's text, and the bytes its parts share out.
#[derive(Clone, Copy)]
struct Reg<'n, 'a> {
    text: &'a str,
    node: &'n Node<'a>,
    start: usize,
    end: usize,
}

/// A mapping entry or list item with the lines it owns: `start..lead` the comments and blank
/// lines above it, `lead..body` its own lines, `body..end` what follows it (the last part only).
#[derive(Clone, Copy)]
struct Part<'n, 'a> {
    text: &'a str,
    key: Option<&'n Node<'a>>,
    value: &'n Node<'a>,
    start: usize,
    lead: usize,
    body: usize,
    end: usize,
}

impl<'n, 'a> Part<'n, 'a> {
    fn whole(&self) -> &'a str {
        &self.text[self.start..self.end]
    }
    fn lead_text(&self) -> &'a str {
        &self.text[self.start..self.lead]
    }
    fn body_text(&self) -> &'a str {
        &self.text[self.lead..self.body]
    }
    fn tail_text(&self) -> &'a str {
        &self.text[self.body..self.end]
    }
    fn key_text(&self) -> Option<&'n str> {
        self.key.and_then(|k| k.key_text())
    }
    /// The `id` of a list item that is a mapping.
    fn id(&self) -> Option<&'n str> {
        self.value.as_map()?.iter().find_map(|(k, v)| {
            (k.key_text() == Some("id"))
                .then(|| v.as_scalar().map(|s| s.text.as_ref()))
                .flatten()
        })
    }
    /// Its value as a block mapping or list: the region its own parts share out (after the
    /// key's line for an entry; the item's own lines for a list item).
    fn inner(&self) -> Option<Reg<'n, 'a>> {
        if !matches!(self.value.kind, Kind::Map(_) | Kind::Seq(_)) || is_flow(self.text, self.value)
        {
            return None;
        }
        let start = match self.key {
            Some(k) => next_line_start(self.text, k.span.end),
            None => self.lead,
        };
        (start <= self.body).then_some(Reg {
            text: self.text,
            node: self.value,
            start,
            end: self.body,
        })
    }
}

/// The parts of a block mapping or list, or `None` when it is not laid out one part per line
/// (a flow collection, two entries on one line).
fn parts<'n, 'a>(r: Reg<'n, 'a>) -> Option<Vec<Part<'n, 'a>>> {
    let text = r.text;
    if is_flow(text, r.node) {
        return None;
    }
    let items: Vec<(Option<&'n Node<'a>>, &'n Node<'a>)> = match &r.node.kind {
        Kind::Map(e) => e.iter().map(|(k, v)| (Some(k), v)).collect(),
        Kind::Seq(i) => i.iter().map(|v| (None, v)).collect(),
        _ => return None,
    };
    if items.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(items.len());
    let mut start = r.start;
    let n = items.len();
    for (i, (k, v)) in items.into_iter().enumerate() {
        let anchor = k.map_or(v.span.start, |k| k.span.start);
        let key_end = k.map_or(v.span.start, |k| k.span.end);
        let value_end = if v.span.start == v.span.end {
            key_end
        } else {
            content_end(text, v)
        };
        let lead = line_start(text, anchor);
        let body = next_line_start(text, value_end.max(key_end)).min(r.end);
        if anchor < start || lead < start || body <= lead {
            return None;
        }
        let end = if i + 1 == n { r.end } else { body };
        out.push(Part {
            text,
            key: k,
            value: v,
            start,
            lead,
            body,
            end,
        });
        start = end;
    }
    Some(out)
}

/// Of three texts, the one to keep: OURS when THEIRS changed nothing (or made the same change),
/// THEIRS when only THEIRS changed it; `None` when both changed it differently.
fn pick<'x>(b: Option<&'x str>, o: &'x str, t: &'x str) -> Option<&'x str> {
    if o == t || b == Some(t) {
        Some(o)
    } else if b == Some(o) {
        Some(t)
    } else {
        None
    }
}

struct PendingConflict {
    path: String,
    /// Where its `<<<<<<<` starts and its `>>>>>>>` line ends in the result.
    start: usize,
    end: usize,
    /// OURS' text of it, to read the result as OURS would resolve it.
    ours: String,
}

struct Merger {
    nl: &'static str,
    out: String,
    conflicts: Vec<PendingConflict>,
}

impl Merger {
    /// Append a piece of text; pieces start on a line of their own.
    fn push(&mut self, s: &str) {
        if !s.is_empty() && !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push_str(self.nl);
        }
        self.out.push_str(s);
    }

    fn conflict(&mut self, path: &[Seg], o: &str, t: &str) {
        let nl = self.nl;
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push_str(nl);
        }
        let start = self.out.len();
        for (marker, side) in [(format!("<<<<<<< {OURS_LABEL}"), o), ("=======".into(), t)] {
            self.out.push_str(&marker);
            self.out.push_str(nl);
            self.out.push_str(side);
            if !side.is_empty() && !side.ends_with('\n') {
                self.out.push_str(nl);
            }
        }
        self.out.push_str(&format!(">>>>>>> {THEIRS_LABEL}{nl}"));
        self.conflicts.push(PendingConflict {
            path: path_text(path),
            start,
            end: self.out.len(),
            ours: o.to_string(),
        });
    }

    /// One piece of a part (its comments above, its lines, what follows it).
    fn piece(&mut self, path: &[Seg], b: Option<&str>, o: &str, t: &str) {
        match pick(b, o, t) {
            Some(x) => self.push(x),
            None => self.conflict(path, o, t),
        }
    }

    /// Merge one part that OURS and THEIRS both have (BASE's, if BASE has it).
    fn part(
        &mut self,
        path: &mut Vec<Seg>,
        b: Option<&Part>,
        o: &Part,
        t: &Part,
    ) -> Result<(), Why> {
        if let Some(x) = pick(b.map(Part::whole), o.whole(), t.whole()) {
            self.push(x);
            return Ok(());
        }
        self.piece(path, b.map(Part::lead_text), o.lead_text(), t.lead_text());
        let (bb, ob, tb) = (b.map(Part::body_text), o.body_text(), t.body_text());
        if let Some(x) = pick(bb, ob, tb) {
            self.push(x);
        } else if !self.inside(path, b, o, t)? {
            match flow_union(b, o, t) {
                Some(x) => self.push(&x),
                None => self.conflict(path, ob, tb),
            }
        }
        self.piece(path, b.map(Part::tail_text), o.tail_text(), t.tail_text());
        Ok(())
    }

    /// Merge the insides of a part both sides changed: the key's line, then the entries or
    /// items of its value. `false` (nothing written) when they cannot be merged piece by piece.
    fn inside(
        &mut self,
        path: &mut Vec<Seg>,
        b: Option<&Part>,
        o: &Part,
        t: &Part,
    ) -> Result<bool, Why> {
        let (Some(oi), Some(ti)) = (o.inner(), t.inner()) else {
            return Ok(false);
        };
        let bi = match b {
            Some(b) => match b.inner() {
                Some(r) => Some(r),
                // Empty in BASE (`behov: []`, `behov:`): everything in it is new on both sides.
                None if is_empty(b.value) => None,
                None => return Ok(false),
            },
            None => None,
        };
        let same_kind = |x: &Node, y: &Node| {
            matches!(
                (&x.kind, &y.kind),
                (Kind::Map(_), Kind::Map(_)) | (Kind::Seq(_), Kind::Seq(_))
            )
        };
        if !same_kind(oi.node, ti.node) || bi.is_some_and(|b| !same_kind(b.node, oi.node)) {
            return Ok(false);
        }
        let (mark, marks) = (self.out.len(), self.conflicts.len());
        let header = |p: &Part<'_, '_>, r: &Reg| p.text[p.lead..r.start].to_string();
        if o.key.is_some() {
            let (oh, th) = (header(o, &oi), header(t, &ti));
            let bh = b.zip(bi).map(|(b, r)| header(b, &r));
            // An empty value in BASE has no header of its own: both sides wrote theirs.
            match pick(bh.as_deref(), &oh, &th) {
                Some(h) => self.push(h),
                None => return Ok(false),
            }
        }
        let done = self.children(path, bi, oi, ti, o.key.is_none())?;
        if !done {
            self.out.truncate(mark);
            self.conflicts.truncate(marks);
        }
        Ok(done)
    }

    /// Merge the entries of a block mapping or the items of a block list.
    fn children(
        &mut self,
        path: &mut Vec<Seg>,
        b: Option<Reg>,
        o: Reg,
        t: Reg,
        item: bool,
    ) -> Result<bool, Why> {
        let (Some(op), Some(tp)) = (parts(o), parts(t)) else {
            return Ok(false);
        };
        let bp = match b {
            Some(b) => match parts(b) {
                Some(p) => Some(p),
                None => return Ok(false),
            },
            None => None,
        };
        let bp = bp.unwrap_or_default();
        match o.node.kind {
            Kind::Map(_) => self.map(path, &bp, &op, &tp, item),
            _ => self.list(path, &bp, &op, &tp),
        }
    }

    fn map(
        &mut self,
        path: &mut Vec<Seg>,
        bp: &[Part],
        op: &[Part],
        tp: &[Part],
        item: bool,
    ) -> Result<bool, Why> {
        let index = |parts: &[Part<'_, '_>]| -> Option<HashMap<String, usize>> {
            let mut m = HashMap::with_capacity(parts.len());
            for (i, p) in parts.iter().enumerate() {
                if m.insert(p.key_text()?.to_string(), i).is_some() {
                    return None;
                }
            }
            Some(m)
        };
        let (Some(bk), Some(ok), Some(tk)) = (index(bp), index(op), index(tp)) else {
            return Ok(false);
        };
        // A list item's first key holds the item's `- `: it stays first and stays put.
        if item {
            fn first<'n>(p: &[Part<'n, '_>]) -> Option<&'n str> {
                p.first().and_then(Part::key_text)
            }
            if first(op) != first(tp) || (!bp.is_empty() && first(bp) != first(op)) {
                return Ok(false);
            }
        }
        // THEIRS' new keys, each after the key of OURS that comes before it in THEIRS.
        let mut after: HashMap<Option<&str>, Vec<&Part>> = HashMap::new();
        let mut prev: Option<&str> = None;
        for p in tp {
            let k = p.key_text().unwrap_or_default();
            if ok.contains_key(k) {
                prev = Some(k);
            } else if let Some(&bi) = bk.get(k) {
                if bp[bi].whole() != p.whole() {
                    let at = key_path(path, k);
                    return Err(msg!("git-du-tog-bort", plats = path_text(&at)));
                }
            } else {
                after.entry(prev).or_default().push(p);
            }
        }
        if item && after.contains_key(&None) {
            return Ok(false);
        }
        for p in after.get(&None).into_iter().flatten() {
            self.push(p.whole());
        }
        for p in op {
            let k = p.key_text().unwrap_or_default();
            match (tk.get(k), bk.get(k)) {
                (Some(&ti), bi) => {
                    path.push(Seg::Key(k.to_string()));
                    let r = self.part(path, bi.map(|&i| &bp[i]), p, &tp[ti]);
                    path.pop();
                    r?;
                }
                (None, Some(&bi)) => {
                    // THEIRS removed it: taken when OURS left it as it was.
                    if bp[bi].whole() != p.whole() {
                        let at = key_path(path, k);
                        return Err(msg!("git-andra-tog-bort", plats = path_text(&at)));
                    }
                }
                (None, None) => self.push(p.whole()),
            }
            for q in after.get(&Some(k)).into_iter().flatten() {
                self.push(q.whole());
            }
        }
        Ok(true)
    }

    fn list(
        &mut self,
        path: &mut Vec<Seg>,
        bp: &[Part],
        op: &[Part],
        tp: &[Part],
    ) -> Result<bool, Why> {
        let index = |parts: &[Part<'_, '_>]| -> Option<HashMap<String, usize>> {
            let mut m = HashMap::with_capacity(parts.len());
            for (i, p) in parts.iter().enumerate() {
                if m.insert(p.id()?.to_string(), i).is_some() {
                    return None;
                }
            }
            Some(m)
        };
        let (Some(bi), Some(oi), Some(ti)) = (index(bp), index(op), index(tp)) else {
            return Ok(self.plain_list(bp, op, tp));
        };
        // Removals are taken; a reordering of the items both kept is not guessed at.
        let kept_t: Vec<&str> = tp
            .iter()
            .filter_map(Part::id)
            .filter(|id| bi.contains_key(*id))
            .collect();
        let kept_b: Vec<&str> = bp
            .iter()
            .filter_map(Part::id)
            .filter(|id| ti.contains_key(*id))
            .collect();
        if kept_t != kept_b {
            return Err(msg!("git-andra-ordning", plats = path_text(path)));
        }
        for p in op {
            let id = p.id().unwrap_or_default();
            match (ti.get(id), bi.get(id)) {
                (Some(&t), b) => {
                    path.push(Seg::Id(id.to_string()));
                    let r = self.part(path, b.map(|&i| &bp[i]), p, &tp[t]);
                    path.pop();
                    r?;
                }
                (None, Some(&b)) => {
                    if bp[b].whole() != p.whole() {
                        return Err(msg!(
                            "git-andra-tog-bort-punkt",
                            punkt = path_text(&[Seg::Id(id.to_string())]),
                            plats = path_text(path)
                        ));
                    }
                }
                (None, None) => self.push(p.whole()),
            }
        }
        // THEIRS' new items after OURS' items.
        for p in tp {
            let id = p.id().unwrap_or_default();
            if oi.contains_key(id) {
                continue;
            }
            match bi.get(id) {
                Some(&b) if bp[b].whole() != p.whole() => {
                    return Err(msg!(
                        "git-du-tog-bort-punkt",
                        punkt = path_text(&[Seg::Id(id.to_string())])
                    ));
                }
                Some(_) => {}
                None => self.push(p.whole()),
            }
        }
        Ok(true)
    }

    /// A list without ids: merged only when both sides only added items at its end (both kept,
    /// an item both added once).
    fn plain_list(&mut self, bp: &[Part], op: &[Part], tp: &[Part]) -> bool {
        if bp.is_empty() || op.len() < bp.len() || tp.len() < bp.len() {
            return false;
        }
        let same = |x: &[Part], y: &[Part]| {
            x.iter()
                .zip(y)
                .all(|(a, b)| a.body_text() == b.body_text() && a.lead_text() == b.lead_text())
        };
        if !same(bp, op) || !same(bp, tp) {
            return false;
        }
        let ours_new: HashSet<&str> = op[bp.len()..].iter().map(Part::body_text).collect();
        for p in op {
            self.push(p.whole());
        }
        for p in &tp[bp.len()..] {
            if !ours_new.contains(p.body_text()) {
                self.push(p.whole());
            }
        }
        true
    }
}

/// A one-line list of values (`behov: [B1, B2]`) to which both sides only added values: OURS'
/// lines with THEIRS' new values written in before the `]`.
fn flow_union(b: Option<&Part>, o: &Part, t: &Part) -> Option<String> {
    let b = b?;
    let scalars = |p: &Part<'_, '_>| -> Option<Vec<String>> {
        if !is_flow(p.text, p.value) {
            return None;
        }
        p.value
            .as_seq()?
            .iter()
            .map(|i| i.as_scalar().map(|s| s.text.to_string()))
            .collect()
    };
    let (bi, oi, ti) = (scalars(b)?, scalars(o)?, scalars(t)?);
    if !oi.starts_with(&bi) || !ti.starts_with(&bi) {
        return None;
    }
    let close = content_end(o.text, o.value).checked_sub(1)?;
    if o.text.as_bytes().get(close) != Some(&b']') || close < o.lead || close >= o.body {
        return None;
    }
    let mut added = String::new();
    let mut any = !oi.is_empty();
    for (item, value) in t.value.as_seq()?.iter().zip(&ti).skip(bi.len()) {
        if oi.contains(value) {
            continue;
        }
        if any {
            added.push_str(", ");
        }
        added.push_str(&t.text[item.span.start..content_end(t.text, item)]);
        any = true;
    }
    Some(format!(
        "{}{added}{}",
        &o.text[o.lead..close],
        &o.text[close..o.body]
    ))
}

fn is_empty(n: &Node) -> bool {
    n.is_null()
        || n.as_seq().is_some_and(<[_]>::is_empty)
        || n.as_map().is_some_and(<[_]>::is_empty)
}

fn key_path(path: &[Seg], k: &str) -> Vec<Seg> {
    let mut p = path.to_vec();
    p.push(Seg::Key(k.to_string()));
    p
}
#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "id: sip-2026-abc\nstatus: pågående   # aktiv\nmål:\n  - id: M1\n    beskrivning: Arbete\n    senast: 2026-09-30\ninsatser:\n  - id: I1\n    beskrivning: Samtal\n    huvudman: region\n    behov: [B1]\n    status: planerad\n";

    fn clean(o: Outcome) -> String {
        match o {
            Outcome::Clean { text, .. } => text,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn changes_to_different_keys_merge() {
        let ours = BASE.replace("senast: 2026-09-30", "senast: 2026-12-31");
        let theirs = BASE.replace("status: planerad", "status: pågående");
        let out = clean(merge(BASE, &ours, &theirs));
        assert_eq!(
            out,
            BASE.replace("senast: 2026-09-30", "senast: 2026-12-31")
                .replace("status: planerad", "status: pågående")
        );
    }

    #[test]
    fn an_item_added_on_both_sides_keeps_both_with_distinct_ids() {
        let ours = format!("{BASE}  - id: I2\n    beskrivning: Vår\n    huvudman: kommun\n");
        let theirs = format!(
            "{BASE}  - id: I2\n    beskrivning: Deras\n    huvudman: af\n  - id: I3\n    beskrivning: Följer I2\n    huvudman: af\n    föregås_av: I2\n"
        );
        match merge(BASE, &ours, &theirs) {
            Outcome::Clean { text, renumbered } => {
                assert_eq!(renumbered, [("I2".to_string(), "I4".to_string())]);
                assert!(
                    text.contains("  - id: I2\n    beskrivning: Vår\n"),
                    "{text}"
                );
                assert!(
                    text.contains("  - id: I4\n    beskrivning: Deras\n"),
                    "{text}"
                );
                assert!(text.contains("    föregås_av: I4\n"), "{text}");
                assert!(text.contains("# aktiv"), "{text}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_same_value_changed_twice_is_a_conflict_around_that_key_only() {
        let ours = BASE
            .replace("senast: 2026-09-30", "senast: 2026-10-31")
            .replace("beskrivning: Samtal", "beskrivning: Samtalsstöd");
        let theirs = BASE
            .replace("senast: 2026-09-30", "senast: 2026-12-31")
            .replace("status: planerad", "status: pågående");
        match merge(BASE, &ours, &theirs) {
            Outcome::Conflict {
                text, conflicts, ..
            } => {
                assert_eq!(
                    conflicts,
                    [Conflict {
                        path: "mål[M1].senast".into(),
                        line: 6
                    }]
                );
                assert!(text.contains(
                    "<<<<<<< din version\n    senast: 2026-10-31\n=======\n    senast: 2026-12-31\n>>>>>>> den andras version\n"
                ), "{text}");
                assert!(
                    text.contains("beskrivning: Samtalsstöd") && text.contains("status: pågående")
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_removal_is_taken_when_the_other_side_left_it_as_it_was() {
        let ours = BASE.replace("senast: 2026-09-30", "senast: 2026-12-31");
        let theirs = BASE.replace("    behov: [B1]\n", "");
        assert_eq!(
            clean(merge(BASE, &ours, &theirs)),
            ours.replace("    behov: [B1]\n", "")
        );
        // Removed on one side, changed on the other: git's line merge decides.
        let ours = BASE.replace("behov: [B1]", "behov: [B1, B2]");
        assert!(matches!(merge(BASE, &ours, &theirs), Outcome::Fallback(_)));
        assert!(matches!(
            merge(BASE, &ours, "<<<<<<< a\n"),
            Outcome::Fallback(_)
        ));
    }

    #[test]
    fn comments_of_both_sides_are_kept_at_their_place() {
        // THEIRS adds a comment, OURS an item.
        let theirs = BASE.replace("mål:\n", "# Ring Karin före mötet.\nmål:\n");
        let ours = format!("{BASE}  - id: I2\n    beskrivning: Vår\n    huvudman: kommun\n");
        let out = clean(merge(BASE, &ours, &theirs));
        assert_eq!(
            out,
            format!("{theirs}  - id: I2\n    beskrivning: Vår\n    huvudman: kommun\n")
        );
        // OURS changes only a comment, THEIRS a value: both kept.
        let ours = BASE.replace("# aktiv", "# aktiv sedan mars");
        let theirs = BASE.replace("status: planerad", "status: pågående");
        assert_eq!(
            clean(merge(BASE, &ours, &theirs)),
            ours.replace("status: planerad", "status: pågående")
        );
        // A comment inside an item, from THEIRS, while OURS changes another key of that item.
        let theirs = BASE.replace(
            "    huvudman: region\n",
            "    # Regionen bekräftade 2026-03-01.\n    huvudman: region\n",
        );
        let ours = BASE.replace("beskrivning: Samtal", "beskrivning: Samtalsstöd");
        assert_eq!(
            clean(merge(BASE, &ours, &theirs)),
            theirs.replace("beskrivning: Samtal", "beskrivning: Samtalsstöd")
        );
    }

    #[test]
    fn values_both_sides_added_to_a_one_line_list_are_all_kept() {
        let ours = BASE.replace("behov: [B1]", "behov: [B1, B2]  # vårt");
        let theirs = BASE.replace("behov: [B1]", "behov: [B1, B3, B2]");
        assert_eq!(
            clean(merge(BASE, &ours, &theirs)),
            BASE.replace("behov: [B1]", "behov: [B1, B2, B3]  # vårt")
        );
        // A value removed on one side is not guessed at.
        let theirs = BASE.replace("behov: [B1]", "behov: [B3]");
        assert!(matches!(
            merge(BASE, &ours, &theirs),
            Outcome::Conflict { .. }
        ));
    }

    #[test]
    fn the_same_comment_changed_twice_is_a_conflict() {
        let ours = BASE.replace("# aktiv", "# aktiv enligt oss");
        let theirs = BASE
            .replace("# aktiv", "# aktiv enligt dem")
            .replace("status: planerad", "status: pågående");
        match merge(BASE, &ours, &theirs) {
            Outcome::Conflict {
                text, conflicts, ..
            } => {
                assert_eq!(conflicts.len(), 1, "{conflicts:?}");
                assert_eq!(conflicts[0].path, "status");
                assert!(text.contains("# aktiv enligt oss") && text.contains("# aktiv enligt dem"));
                assert!(text.contains("    status: pågående\n"), "{text}");
            }
            other => panic!("{other:?}"),
        }
    }
}
