//! A three-way merge of a plan by its structure (`sip merge`, git's merge driver).
//!
//! THEIRS' changes since BASE are turned into edits ([`Op`]) and applied to OURS with the
//! lossless edit engine, each one verified like every edit: OURS keeps its comments, key order
//! and layout wherever THEIRS did not change anything. Mapping keys merge one by one; list items
//! with an `id` are matched by id; an item that both sides added under the same id keeps both,
//! THEIRS' one renumbered to the next free id (and THEIRS' references to it follow). The same
//! value changed to two different values is a conflict limited to that key. Whatever this cannot
//! do with certainty (a removal, a reordering, a file that does not read as YAML) is
//! [`Outcome::Fallback`]: the caller lets git merge the lines instead. This module runs nothing
//! and prints nothing.

use std::collections::{HashMap, HashSet};

use crate::edit::layout::{column, content_end, is_flow, line_start, next_line_start};
use crate::edit::tree::Tree;
use crate::edit::{Document, Op, ScalarKind, Seg, TextEdit, Val, apply_edits};
use crate::i18n::Msg;
use crate::yaml::{Kind, Node};

/// The label of OURS' side of a conflict.
pub const OURS_LABEL: &str = "din version";
/// The label of THEIRS' side of a conflict.
pub const THEIRS_LABEL: &str = "den andras version";

/// One key that both sides changed to different values.
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
    /// Merged except for these keys, which carry conflict markers in the text.
    Conflict {
        text: String,
        conflicts: Vec<Conflict>,
        renumbered: Vec<(String, String)>,
    },
    /// Not merged by structure, and why: git's line merge should do it.
    Fallback(Msg),
}

type Why = Msg;

fn why(sv: impl Into<String>, en: impl Into<String>) -> Why {
    Msg::new(sv, en)
}

/// Merge THEIRS into OURS, both descended from BASE.
pub fn merge(base: &str, ours: &str, theirs: &str) -> Outcome {
    match try_merge(base, ours, theirs) {
        Ok(o) => o,
        Err(w) => Outcome::Fallback(w),
    }
}

fn parse_map<'t>(text: &'t str, which_sv: &str, which_en: &str) -> Result<Node<'t>, Why> {
    if !crate::model::load::conflict_markers(text).is_empty() {
        return Err(why(
            format!("{which_sv} har redan konfliktmarkeringar"),
            format!("{which_en} already has conflict markers"),
        ));
    }
    match crate::yaml::parse(text) {
        Ok(Some(root)) if root.as_map().is_some() => Ok(root),
        _ => Err(why(
            format!("{which_sv} är ingen läsbar plan"),
            format!("{which_en} is not a readable plan"),
        )),
    }
}

fn try_merge(base: &str, ours: &str, theirs: &str) -> Result<Outcome, Why> {
    let o_root = parse_map(ours, "din version", "your version")?;
    let t_root = parse_map(theirs, "den andras version", "the other version")?;
    let b_root = parse_map(base, "den gemensamma versionen", "the common version")?;
    let b = Tree::from_node(&b_root);
    let o = Tree::from_node(&o_root);
    let t = Tree::from_node(&t_root);
    if t == o || t == b {
        return Ok(Outcome::Clean {
            text: ours.to_string(),
            renumbered: Vec::new(),
        });
    }
    if o == b {
        return Ok(Outcome::Clean {
            text: theirs.to_string(),
            renumbered: Vec::new(),
        });
    }
    let rename = renumbering(&b, &o, &t);
    let mut m = Merger {
        theirs,
        rename: rename.iter().cloned().collect(),
        ops: Vec::new(),
        conflicts: Vec::new(),
    };
    m.map(&mut Vec::new(), Some(&b), &t_root, &o)?;
    let mut doc = Document::new(ours.to_string());
    for op in &m.ops {
        doc.apply(op).map_err(|e| {
            why(
                format!(
                    "en ändring gick inte att föra över säkert: {}",
                    e.text(crate::i18n::Lang::Sv)
                ),
                format!(
                    "a change could not be carried over safely: {}",
                    e.text(crate::i18n::Lang::En)
                ),
            )
        })?;
    }
    // Re-parse the merged text: what the edits verified one by one must hold as a whole.
    let merged_root = crate::yaml::parse(&doc.text)
        .ok()
        .flatten()
        .ok_or_else(|| why("resultatet gick inte att läsa", "the result did not parse"))?;
    if m.conflicts.is_empty() {
        return Ok(Outcome::Clean {
            text: doc.text,
            renumbered: rename,
        });
    }
    let (text, conflicts) = mark_conflicts(&doc.text, &merged_root, &m.conflicts)?;
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
        let mut taken: HashSet<String> = bitems
            .iter()
            .chain(&oitems)
            .chain(&titems)
            .map(|(id, _)| id.to_string())
            .collect();
        for (id, item) in &titems {
            if bitems.iter().any(|(b, _)| b == id) {
                continue;
            }
            let Some((_, ours)) = oitems.iter().find(|(o, _)| o == id) else {
                continue;
            };
            if ours == item {
                continue;
            }
            let (prefix, _) = split_id(id);
            let next = taken
                .iter()
                .filter_map(|t| match split_id(t) {
                    (p, Some(n)) if p == prefix => Some(n),
                    _ => None,
                })
                .max()
                .unwrap_or(0)
                + 1;
            let new = format!("{prefix}{next}");
            taken.insert(new.clone());
            out.push((id.to_string(), new));
        }
    }
    out
}

fn path_text(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Id(id) => {
                s.push('[');
                s.push_str(id);
                s.push(']');
            }
            Seg::Index(i) => s.push_str(&format!("[{}]", i + 1)),
        }
    }
    s
}

struct PendingConflict {
    path: Vec<Seg>,
    theirs: Val,
}

struct Merger<'t> {
    theirs: &'t str,
    rename: HashMap<String, String>,
    ops: Vec<Op>,
    conflicts: Vec<PendingConflict>,
}

impl Merger<'_> {
    fn renamed(&self, t: Tree) -> Tree {
        if self.rename.is_empty() {
            return t;
        }
        match t {
            Tree::Scalar(s) => Tree::Scalar(self.rename.get(&s).cloned().unwrap_or(s)),
            Tree::Seq(items) => Tree::Seq(items.into_iter().map(|i| self.renamed(i)).collect()),
            Tree::Map(e) => Tree::Map(e.into_iter().map(|(k, v)| (k, self.renamed(v))).collect()),
            Tree::Alias => Tree::Alias,
        }
    }

    fn tree(&self, node: &Node) -> Tree {
        self.renamed(Tree::from_node(node))
    }

    fn scalar(&self, s: &str) -> String {
        self.rename.get(s).cloned().unwrap_or_else(|| s.to_string())
    }

    /// THEIRS' value as an edit writes it: scalars in the style THEIRS wrote them.
    fn val(&self, node: &Node) -> Result<Val, Why> {
        Ok(match &node.kind {
            Kind::Scalar(s) => {
                let text = self.scalar(&s.text);
                let written = &self.theirs[node.span.start..node.span.end.min(self.theirs.len())];
                let kind = if s.plain && written == s.text.as_ref() && !written.contains('\n') {
                    ScalarKind::Verbatim
                } else if !s.plain && written.starts_with('"') {
                    ScalarKind::Quoted
                } else {
                    ScalarKind::Text
                };
                Val::Scalar { text, kind }
            }
            Kind::Seq(items) => Val::List {
                items: items
                    .iter()
                    .map(|i| self.val(i))
                    .collect::<Result<_, _>>()?,
                flow: is_flow(self.theirs, node),
            },
            Kind::Map(entries) => Val::Map(
                entries
                    .iter()
                    .map(|(k, v)| Ok((k.key_text().unwrap_or("?").to_string(), self.val(v)?)))
                    .collect::<Result<_, Why>>()?,
            ),
            Kind::Alias => {
                return Err(why(
                    "den andras version använder YAML-alias",
                    "the other version uses YAML aliases",
                ));
            }
        })
    }

    fn conflict(&mut self, path: &[Seg], node: &Node) -> Result<(), Why> {
        let theirs = self.val(node)?;
        self.conflicts.push(PendingConflict {
            path: path.to_vec(),
            theirs,
        });
        Ok(())
    }

    /// Merge THEIRS' mapping `t` (BASE's `b`, OURS' `o`) at `path`.
    fn map(
        &mut self,
        path: &mut Vec<Seg>,
        b: Option<&Tree>,
        t: &Node,
        o: &Tree,
    ) -> Result<(), Why> {
        let Some(entries) = t.as_map() else {
            return Err(why("oväntad struktur", "unexpected structure"));
        };
        if let Some(Tree::Map(be)) = b {
            for (k, bv) in be {
                if entries
                    .iter()
                    .any(|(tk, _)| tk.key_text() == Some(k.as_str()))
                {
                    continue;
                }
                if get(o, k).is_some() {
                    let _ = bv;
                    return Err(why(
                        format!("den andra tog bort `{}`", path_text(&key_path(path, k))),
                        format!("the other removed `{}`", path_text(&key_path(path, k))),
                    ));
                }
            }
        }
        for (tk, tv) in entries {
            let Some(k) = tk.key_text() else {
                return Err(why("en nyckel som inte är text", "a key that is not text"));
            };
            let tt = self.tree(tv);
            let bv = b.and_then(|b| get(b, k));
            let ov = get(o, k);
            if bv == Some(&tt) || ov == Some(&tt) {
                continue;
            }
            path.push(Seg::Key(k.to_string()));
            let r = self.value(path, bv, tv, &tt, ov);
            path.pop();
            r?;
        }
        Ok(())
    }

    fn value(
        &mut self,
        path: &mut Vec<Seg>,
        bv: Option<&Tree>,
        tv: &Node,
        tt: &Tree,
        ov: Option<&Tree>,
    ) -> Result<(), Why> {
        let Some(ov) = ov else {
            if bv.is_some() {
                return Err(why(
                    format!("du tog bort `{}` som den andra ändrade", path_text(path)),
                    format!("you removed `{}`, which the other changed", path_text(path)),
                ));
            }
            self.ops.push(Op::Set {
                path: path.clone(),
                value: self.val(tv)?,
            });
            return Ok(());
        };
        let ours_untouched = bv == Some(ov);
        match (&tv.kind, ov) {
            (Kind::Map(_), Tree::Map(_)) if matches!(bv, None | Some(Tree::Map(_))) => {
                self.map(path, bv, tv, ov)
            }
            (Kind::Seq(items), Tree::Seq(_))
                if id_items(Some(tt)).is_some_and(|i| !i.is_empty())
                    && id_items(Some(ov)).is_some()
                    && (bv.is_none() || id_items(bv).is_some()) =>
            {
                self.id_list(path, bv, items, ov)
            }
            _ if ours_untouched => {
                self.ops.push(Op::Set {
                    path: path.clone(),
                    value: self.val(tv)?,
                });
                Ok(())
            }
            (Kind::Seq(items), Tree::Seq(oitems)) => {
                // Both changed a list without ids: both only added at the end → keep both.
                let bitems: &[Tree] = match bv {
                    Some(Tree::Seq(b)) => b,
                    None => &[],
                    _ => return self.conflict(path, tv),
                };
                let Tree::Seq(titems) = tt else {
                    return self.conflict(path, tv);
                };
                if !titems.starts_with(bitems) || !oitems.starts_with(bitems) {
                    return self.conflict(path, tv);
                }
                let ours_new = &oitems[bitems.len()..];
                for (node, tree) in items[bitems.len()..].iter().zip(&titems[bitems.len()..]) {
                    if !ours_new.contains(tree) {
                        self.ops.push(Op::Append {
                            path: path.clone(),
                            item: self.val(node)?,
                        });
                    }
                }
                Ok(())
            }
            _ => self.conflict(path, tv),
        }
    }

    /// Merge a list whose items have ids: matched by id, new items appended.
    fn id_list(
        &mut self,
        path: &mut Vec<Seg>,
        bv: Option<&Tree>,
        items: &[Node],
        ov: &Tree,
    ) -> Result<(), Why> {
        let bitems = id_items(bv).unwrap_or_default();
        let oitems = id_items(Some(ov)).unwrap_or_default();
        let titems: Vec<(String, Tree)> = items
            .iter()
            .map(|n| {
                let t = self.tree(n);
                (tree_id(&t).unwrap_or_default().to_string(), t)
            })
            .collect();
        // Removals and reorderings of existing items are not guessed at.
        let kept: Vec<&str> = titems
            .iter()
            .map(|(id, _)| id.as_str())
            .filter(|id| bitems.iter().any(|(b, _)| b == id))
            .collect();
        let base_order: Vec<&str> = bitems.iter().map(|(id, _)| *id).collect();
        if kept != base_order {
            let gone: Vec<&str> = base_order
                .iter()
                .filter(|id| !kept.contains(id))
                .copied()
                .collect();
            if gone.is_empty() {
                return Err(why(
                    format!("den andra ändrade ordningen i `{}`", path_text(path)),
                    format!("the other reordered `{}`", path_text(path)),
                ));
            }
            if gone.iter().any(|g| oitems.iter().any(|(o, _)| o == g)) {
                return Err(why(
                    format!(
                        "den andra tog bort {} ur `{}`",
                        gone.join(", "),
                        path_text(path)
                    ),
                    format!(
                        "the other removed {} from `{}`",
                        gone.join(", "),
                        path_text(path)
                    ),
                ));
            }
        }
        for (node, (id, tt)) in items.iter().zip(&titems) {
            let base_item = bitems.iter().find(|(b, _)| b == id).map(|(_, t)| *t);
            let ours_item = oitems.iter().find(|(o, _)| o == id).map(|(_, t)| *t);
            if base_item == Some(tt) || ours_item == Some(tt) {
                continue;
            }
            match (base_item, ours_item) {
                (Some(_), None) => {
                    return Err(why(
                        format!("du tog bort {id} som den andra ändrade"),
                        format!("you removed {id}, which the other changed"),
                    ));
                }
                (None, None) => self.ops.push(Op::Append {
                    path: path.clone(),
                    item: self.val(node)?,
                }),
                (b, Some(o)) => {
                    path.push(Seg::Id(id.clone()));
                    let r = self.map(path, b, node, o);
                    path.pop();
                    r?;
                }
            }
        }
        Ok(())
    }
}

fn key_path(path: &[Seg], k: &str) -> Vec<Seg> {
    let mut p = path.to_vec();
    p.push(Seg::Key(k.to_string()));
    p
}

/// The key node and value node at a path.
fn find<'a, 'n>(root: &'a Node<'n>, path: &[Seg]) -> Option<(&'a Node<'n>, &'a Node<'n>)> {
    let mut node = root;
    let mut found = None;
    for seg in path {
        match seg {
            Seg::Key(k) => {
                let (kn, vn) = node
                    .as_map()?
                    .iter()
                    .find(|(kn, _)| kn.key_text() == Some(k))?;
                found = Some((kn, vn));
                node = vn;
            }
            Seg::Id(id) => {
                node = node.as_seq()?.iter().find(|it| {
                    it.as_map().is_some_and(|m| {
                        m.iter().any(|(k, v)| {
                            k.key_text() == Some("id")
                                && v.as_scalar().is_some_and(|s| s.text == id.as_str())
                        })
                    })
                })?;
            }
            Seg::Index(i) => node = node.as_seq()?.get(*i)?,
        }
    }
    found
}

/// Put conflict markers around each conflicting key: OURS' lines, then THEIRS' value written
/// the same way.
fn mark_conflicts(
    text: &str,
    root: &Node,
    pending: &[PendingConflict],
) -> Result<(String, Vec<Conflict>), Why> {
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut edits = Vec::new();
    for c in pending {
        let Some((k, v)) = find(root, &c.path) else {
            return Err(why(
                "platsen för en konflikt hittades inte",
                "the place of a conflict was not found",
            ));
        };
        let start = line_start(text, k.span.start);
        if !text[start..k.span.start].chars().all(|c| c == ' ') {
            return Err(why(
                format!("konflikten i `{}` delar rad med annat", path_text(&c.path)),
                format!("the conflict in `{}` shares its line", path_text(&c.path)),
            ));
        }
        let end = next_line_start(text, content_end(text, v).max(k.span.end));
        let key = k.key_text().unwrap_or("?");
        let theirs = crate::edit::splice::render_kv_like(
            text,
            root,
            key,
            &c.theirs,
            column(text, k.span.start),
        )
        .map_err(|_| {
            why(
                "konflikten gick inte att skriva",
                "the conflict could not be written",
            )
        })?;
        let mut ours_lines = text[start..end].to_string();
        if !ours_lines.ends_with('\n') {
            ours_lines.push_str(nl);
        }
        edits.push((
            c.path.clone(),
            TextEdit {
                start,
                end,
                text: format!(
                    "<<<<<<< {OURS_LABEL}{nl}{ours_lines}======={nl}{theirs}>>>>>>> {THEIRS_LABEL}{nl}"
                ),
            },
        ));
    }
    edits.sort_by_key(|(_, e)| e.start);
    // The line of each `<<<<<<<` in the result: the lines before it, plus those added above it.
    let mut conflicts = Vec::new();
    let mut added = 0;
    for (path, e) in &edits {
        let line = crate::edit::layout::line_of(text, e.start) + added;
        conflicts.push(Conflict {
            path: path_text(path),
            line,
        });
        added += e.text.matches('\n').count() - text[e.start..e.end].matches('\n').count();
    }
    let out = apply_edits(text, edits.into_iter().map(|(_, e)| e).collect())
        .map_err(|_| why("konflikterna överlappar", "the conflicts overlap"))?;
    Ok((out, conflicts))
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
    fn a_removal_falls_back_to_the_line_merge() {
        let ours = BASE.replace("senast: 2026-09-30", "senast: 2026-12-31");
        let theirs = BASE.replace("    behov: [B1]\n", "");
        assert!(matches!(merge(BASE, &ours, &theirs), Outcome::Fallback(_)));
        assert!(matches!(
            merge(BASE, &ours, "<<<<<<< a\n"),
            Outcome::Fallback(_)
        ));
    }
}
