//! Editing plans without losing a byte: the engine behind every `sip` command that writes.
//!
//! An edit is an [`Op`] (set a value at a path, or append an item to a list). `splice` turns
//! it into the smallest [`TextEdit`]s on the original text; [`Document::apply`] applies them,
//! then re-parses and verifies that the file now says exactly what it said before plus the
//! intended change (compared as trees, see `tree`), and that every comment is still there.
//! Anything else is refused with a message and the file is left untouched. `write` puts the
//! result on disk atomically; `fmt` is the one place that rewrites whole files. This module
//! prints nothing and knows no command.

pub mod fmt;
pub mod input;
pub mod layout;
pub mod splice;
pub mod tree;
pub mod write;

use crate::error::Result;
use tree::Tree;

/// One step of a path into a plan: a mapping key, or the list item whose `id` is given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Id(String),
    /// The list item at this position (0-based), for lists without ids.
    Index(usize),
}

/// A path from keys and ids: `path(&["möten"]).id("MÖ1").key("genomfört")`.
pub fn path(keys: &[&str]) -> Vec<Seg> {
    keys.iter().map(|k| Seg::Key((*k).to_string())).collect()
}

/// How a scalar is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScalarKind {
    /// Free text: plain when YAML allows, else double-quoted.
    Text,
    /// Written as is: dates, times, booleans, enum values and ids, already validated.
    Verbatim,
    /// Always double-quoted (personnummer).
    Quoted,
}

/// A value to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Val {
    Scalar { text: String, kind: ScalarKind },
    List { items: Vec<Val>, flow: bool },
    Map(Vec<(String, Val)>),
}

impl Val {
    pub fn text(s: impl Into<String>) -> Val {
        Val::Scalar {
            text: s.into(),
            kind: ScalarKind::Text,
        }
    }
    pub fn verbatim(s: impl Into<String>) -> Val {
        Val::Scalar {
            text: s.into(),
            kind: ScalarKind::Verbatim,
        }
    }
    pub fn quoted(s: impl Into<String>) -> Val {
        Val::Scalar {
            text: s.into(),
            kind: ScalarKind::Quoted,
        }
    }
    /// `[a, b]` of short words (ids, parties).
    pub fn flow(items: impl IntoIterator<Item = impl Into<String>>) -> Val {
        Val::List {
            items: items.into_iter().map(|s| Val::text(s)).collect(),
            flow: true,
        }
    }
    /// A block list of texts (`frågeställningar`).
    pub fn block(items: impl IntoIterator<Item = impl Into<String>>) -> Val {
        Val::List {
            items: items.into_iter().map(|s| Val::text(s)).collect(),
            flow: false,
        }
    }
    pub fn map(entries: Vec<(&str, Val)>) -> Val {
        Val::Map(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }
}

/// One change to a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// Set the value at a path, creating missing mappings on the way.
    Set { path: Vec<Seg>, value: Val },
    /// Append an item to the list at a path, creating the list when missing.
    Append { path: Vec<Seg>, item: Val },
    /// Remove a key (with its value) or a list item. A mapping or list left empty goes with it.
    Remove { path: Vec<Seg> },
}

/// Replace `start..end` of the text by `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextEdit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Apply non-overlapping edits; everything outside their ranges is copied byte for byte.
pub fn apply_edits(text: &str, mut edits: Vec<TextEdit>) -> Result<String> {
    edits.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for e in &edits {
        if e.start < at || e.end < e.start || e.end > text.len() {
            return Err(err!("redigering-overlappar"));
        }
        out.push_str(&text[at..e.start]);
        out.push_str(&e.text);
        at = e.end;
    }
    out.push_str(&text[at..]);
    Ok(out)
}

/// A plan's text being edited.
#[derive(Clone, Debug)]
pub struct Document {
    pub text: String,
}

impl Document {
    pub fn new(text: String) -> Self {
        Document { text }
    }

    /// Apply one change, verified; on any doubt the text is left as it was and an error says why.
    pub fn apply(&mut self, op: &Op) -> Result<()> {
        let root = match crate::yaml::parse(&self.text) {
            Ok(Some(root)) if root.as_map().is_some() => root,
            _ => {
                return Err(err!("redigering-olasbar-plan"));
            }
        };
        let effective;
        let op = match op {
            Op::Remove { path } => {
                effective = Op::Remove {
                    path: splice::removal_path(&root, path),
                };
                &effective
            }
            _ => op,
        };
        let edits = splice::plan(&self.text, &root, op)?;
        let old_comments = layout::comments(&self.text, Some(&root));
        let mut lost = Vec::new();
        for e in &edits {
            for c in &old_comments {
                if c.start >= e.start && c.start < e.end {
                    lost.push(msg!(
                        "redigering-kommentar-rad",
                        rad = layout::line_of(&self.text, c.start),
                        kommentar = &self.text[c.start..c.end]
                    ));
                }
            }
        }
        if !lost.is_empty() {
            let mut kommentarer = crate::i18n::Msg::same(String::new());
            for (i, m) in lost.iter().enumerate() {
                if i > 0 {
                    kommentarer.sv.push_str("; ");
                    kommentarer.en.push_str("; ");
                }
                kommentarer.sv.push_str(&m.sv);
                kommentarer.en.push_str(&m.en);
            }
            return Err(err!(
                "redigering-kommentarer-bort",
                kommentarer = kommentarer
            ));
        }
        let new_text = apply_edits(&self.text, edits)?;
        verify(&self.text, &root, &new_text, op)?;
        self.text = new_text;
        Ok(())
    }
}

/// Check that `new` says what `old` said with `op` applied, nothing more, nothing less, and that
/// it keeps every comment.
pub fn verify(old: &str, old_root: &crate::yaml::Node, new: &str, op: &Op) -> Result<()> {
    let refused = |orsak: crate::i18n::Msg| err!("redigering-inte-sakert", orsak = orsak);
    let new_root = match crate::yaml::parse(new) {
        Ok(Some(r)) => r,
        _ => {
            return Err(refused(msg!("redigering-orsak-olasbar")));
        }
    };
    let expected = Tree::from_node(old_root)
        .applied(op)
        .ok_or_else(|| refused(msg!("redigering-orsak-plats-saknas")))?;
    if Tree::from_node(&new_root) != expected {
        return Err(refused(msg!("redigering-orsak-inte-avsett")));
    }
    let texts = |t: &str, r: &crate::yaml::Node| -> Vec<String> {
        layout::comments(t, Some(r))
            .iter()
            .map(|c| t[c.start..c.end].to_string())
            .collect()
    };
    if texts(old, old_root) != texts(new, &new_root) {
        return Err(refused(msg!("redigering-orsak-kommentar")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_apply_back_to_front() {
        let t = "abcdef";
        let out = apply_edits(
            t,
            vec![
                TextEdit {
                    start: 4,
                    end: 5,
                    text: "E".into(),
                },
                TextEdit {
                    start: 1,
                    end: 1,
                    text: "+".into(),
                },
            ],
        )
        .unwrap();
        assert_eq!(out, "a+bcdEf");
    }

    fn run(text: &str, op: Op) -> String {
        let mut d = Document::new(text.to_string());
        d.apply(&op)
            .unwrap_or_else(|e| panic!("{}", e.text(crate::i18n::Lang::Sv)));
        d.text
    }

    fn ids(list: &str, id: &str, key: &str) -> Vec<Seg> {
        vec![
            Seg::Key(list.into()),
            Seg::Id(id.into()),
            Seg::Key(key.into()),
        ]
    }

    const PLAN: &str = "id: sip-2026-abcdefgh   # id\növerenskommelse: x\nstatus: utkast\nindivid:\n  namn: A\n\n# Syftet\nsyfte: S\n# möten\nmöten:\n  - id: MÖ1\n    typ: upprättande\n    tid: 2026-03-10T13:00\n\n  - id: MÖ2\n    typ: uppföljning\n    tid: 2026-04-10T13:00\nokänd: 1\n";

    #[test]
    fn sets_existing_and_inserts_new_keys_in_schema_order() {
        let out = run(
            PLAN,
            Op::Set {
                path: path(&["status"]),
                value: Val::verbatim("pågående"),
            },
        );
        assert_eq!(out, PLAN.replace("status: utkast", "status: pågående"));
        let out = run(
            PLAN,
            Op::Set {
                path: path(&["samtalsledare"]),
                value: Val::text("Erik Ek"),
            },
        );
        assert_eq!(
            out,
            PLAN.replace(
                "status: utkast\n",
                "status: utkast\nsamtalsledare: Erik Ek\n"
            )
        );
        let out = run(
            PLAN,
            Op::Set {
                path: path(&["övergripande_ansvar", "part"]),
                value: Val::text("kommun"),
            },
        );
        assert!(
            out.contains(
                "    tid: 2026-04-10T13:00\növergripande_ansvar:\n  part: kommun\nokänd: 1\n"
            ) || out.contains("syfte: S\növergripande_ansvar:\n  part: kommun\n# möten"),
            "{out}"
        );
        let out = run(
            PLAN,
            Op::Set {
                path: path(&["individ", "personnummer"]),
                value: Val::quoted("19870523-4824"),
            },
        );
        assert!(
            out.contains("  namn: A\n  personnummer: \"19870523-4824\"\n\n# Syftet"),
            "{out}"
        );
    }

    #[test]
    fn appends_items_like_their_siblings() {
        let item = Val::map(vec![
            ("id", Val::verbatim("MÖ3")),
            ("typ", Val::verbatim("uppföljning")),
            ("tid", Val::verbatim("2026-05-10T13:00")),
        ]);
        let out = run(
            PLAN,
            Op::Append {
                path: path(&["möten"]),
                item,
            },
        );
        assert!(out.ends_with("    tid: 2026-04-10T13:00\n\n  - id: MÖ3\n    typ: uppföljning\n    tid: 2026-05-10T13:00\nokänd: 1\n"), "{out}");
        let out = run(
            PLAN,
            Op::Set {
                path: ids("möten", "MÖ1", "genomfört"),
                value: Val::verbatim("true"),
            },
        );
        assert!(
            out.contains("    tid: 2026-03-10T13:00\n    genomfört: true\n\n  - id: MÖ2"),
            "{out}"
        );
        let out = run(
            PLAN,
            Op::Append {
                path: path(&["behov"]),
                item: Val::map(vec![
                    ("id", Val::verbatim("B1")),
                    ("beskrivning", Val::text("Stöd: mycket")),
                ]),
            },
        );
        assert!(
            out.contains(
                "syfte: S\nbehov:\n  - id: B1\n    beskrivning: \"Stöd: mycket\"\n# möten\n"
            ),
            "{out}"
        );
    }

    #[test]
    fn crlf_and_bom_survive() {
        let text = "\u{feff}id: a-b-c\r\nstatus: utkast\r\nindivid:\r\n  namn: A\r\n";
        let out = run(
            text,
            Op::Set {
                path: path(&["individ", "kön"]),
                value: Val::verbatim("kvinna"),
            },
        );
        assert_eq!(
            out,
            "\u{feff}id: a-b-c\r\nstatus: utkast\r\nindivid:\r\n  namn: A\r\n  kön: kvinna\r\n"
        );
    }

    #[test]
    fn replacing_a_list_with_comments_inside_is_refused() {
        let text = "id: abc\nfrågeställningar:\n  - a\n  # viktig\n  - b\n";
        let mut d = Document::new(text.into());
        let e = d
            .apply(&Op::Set {
                path: path(&["frågeställningar"]),
                value: Val::block(["c"]),
            })
            .unwrap_err();
        assert!(
            e.text(crate::i18n::Lang::Sv).contains("rad 4"),
            "{}",
            e.text(crate::i18n::Lang::Sv)
        );
        assert_eq!(d.text, text);
    }

    #[test]
    fn overlapping_edits_are_refused() {
        let e = |s, e| TextEdit {
            start: s,
            end: e,
            text: String::new(),
        };
        assert!(apply_edits("abcdef", vec![e(1, 4), e(2, 3)]).is_err());
    }
}
