//! A YAML document without positions or styles: what the file *says*. Edits are verified by
//! comparing the tree of the new text with the tree of the old text after the intended change,
//! so nothing else can move unnoticed; `sip fmt` is verified the same way.

use super::{Op, Seg, Val};
use crate::model::schema::{self, MapSchema, Ty};
use crate::yaml::{Kind, Node};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tree {
    Scalar(String),
    Seq(Vec<Tree>),
    Map(Vec<(String, Tree)>),
    Alias,
}

impl Tree {
    pub fn from_node(node: &Node) -> Tree {
        match &node.kind {
            Kind::Scalar(s) => Tree::Scalar(s.text.to_string()),
            Kind::Seq(items) => Tree::Seq(items.iter().map(Tree::from_node).collect()),
            Kind::Map(entries) => Tree::Map(
                entries
                    .iter()
                    .map(|(k, v)| (k.key_text().unwrap_or("?").to_string(), Tree::from_node(v)))
                    .collect(),
            ),
            Kind::Alias => Tree::Alias,
        }
    }

    pub fn from_val(val: &Val) -> Tree {
        match val {
            Val::Scalar { text, .. } => Tree::Scalar(text.clone()),
            Val::List { items, .. } => Tree::Seq(items.iter().map(Tree::from_val).collect()),
            Val::Map(entries) => Tree::Map(
                entries
                    .iter()
                    .map(|(k, v)| (k.clone(), Tree::from_val(v)))
                    .collect(),
            ),
        }
    }

    fn is_null(&self) -> bool {
        matches!(self, Tree::Scalar(s) if matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// The tree after an edit, as the text edit is meant to produce it.
    pub fn applied(&self, op: &Op) -> Option<Tree> {
        let mut t = self.clone();
        match op {
            Op::Set { path, value } => set(&mut t, path, Some(&schema::PLAN), value, false)?,
            Op::Append { path, item } => set(&mut t, path, Some(&schema::PLAN), item, true)?,
        }
        Some(t)
    }
}

/// The schema of the mapping a key leads to (directly or through a list of mappings).
pub fn child_schema(schema: Option<&'static MapSchema>, key: &str) -> Option<&'static MapSchema> {
    let field = schema?.field(key)?;
    match &field.ty {
        Ty::Map(m) => Some(m),
        Ty::List(Ty::Map(m)) | Ty::OneOrList(Ty::Map(m)) => Some(m),
        _ => None,
    }
}

/// Where a new key goes among a mapping's keys: after the last key that comes before it in
/// the schema order; unknown keys never decide; a key outside the schema goes last.
pub fn insert_index(keys: &[&str], schema: Option<&MapSchema>, new_key: &str) -> usize {
    let rank = |k: &str| schema.and_then(|s| s.fields.iter().position(|f| f.key == k));
    let Some(new_rank) = rank(new_key) else {
        return keys.len();
    };
    keys.iter()
        .rposition(|k| rank(k).is_some_and(|r| r < new_rank))
        .map_or(0, |i| i + 1)
}

fn nested(path: &[Seg], leaf: Tree, append: bool) -> Option<Tree> {
    match path.split_first() {
        None => Some(if append { Tree::Seq(vec![leaf]) } else { leaf }),
        Some((Seg::Key(k), rest)) => {
            Some(Tree::Map(vec![(k.clone(), nested(rest, leaf, append)?)]))
        }
        Some((Seg::Id(_), _)) => None,
    }
}

fn set(
    node: &mut Tree,
    path: &[Seg],
    schema: Option<&'static MapSchema>,
    value: &Val,
    append: bool,
) -> Option<()> {
    let (seg, rest) = path.split_first()?;
    let leaf = Tree::from_val(value);
    match seg {
        Seg::Key(k) => {
            if node.is_null() {
                *node = Tree::Map(Vec::new());
            }
            let Tree::Map(entries) = node else {
                return None;
            };
            match entries.iter().position(|(key, _)| key == k) {
                Some(i) => {
                    let child = &mut entries[i].1;
                    if rest.is_empty() {
                        if append {
                            if child.is_null() {
                                *child = Tree::Seq(Vec::new());
                            }
                            let Tree::Seq(items) = child else {
                                return None;
                            };
                            items.push(leaf);
                        } else {
                            *child = leaf;
                        }
                        Some(())
                    } else {
                        set(child, rest, child_schema(schema, k), value, append)
                    }
                }
                None => {
                    let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
                    let at = insert_index(&keys, schema, k);
                    let v = nested(rest, leaf, append)?;
                    entries.insert(at, (k.clone(), v));
                    Some(())
                }
            }
        }
        Seg::Id(id) => {
            let Tree::Seq(items) = node else {
                return None;
            };
            let item = items.iter_mut().find(|it| {
                matches!(it, Tree::Map(e) if e.iter().any(|(k, v)| k == "id" && *v == Tree::Scalar(id.clone())))
            })?;
            if rest.is_empty() {
                return None;
            }
            set(item, rest, schema, value, append)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_index_follows_schema() {
        let s = Some(&schema::PLAN);
        assert_eq!(
            insert_index(&["id", "status", "individ"], s, "överenskommelse"),
            1
        );
        assert_eq!(
            insert_index(&["id", "okänd", "status"], s, "samtalsledare"),
            3
        );
        assert_eq!(insert_index(&["id", "status"], s, "okänd"), 2);
        assert_eq!(insert_index(&["status"], s, "id"), 0);
    }
}
