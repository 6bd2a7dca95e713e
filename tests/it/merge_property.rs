//! `sip merge` on generated plans: a plan from the benchmark's generator, two random sets of
//! disjoint edits made with the edit engine (both sides may add needs, interventions and
//! meetings, each side its own, often under the same new id; each value is set by at most one
//! side), and comments each side writes above keys of its own, merged by structure. Every merge
//! must be clean, keep both sides' changes and every comment either side wrote, give every item
//! a distinct id and pass `sip check` with no error wherever each side alone did.

use chrono::NaiveDate;
use proptest::prelude::*;
use sip::edit::tree::Tree;
use sip::edit::{Document, Op, Seg, Val, path};
use sip::findings::Severity;
use sip::git::merge::{Outcome, merge};

use crate::generator;

const TODAY: (i32, u32, u32) = (2026, 3, 25);

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).unwrap_or_default()
}

/// One edit a samtalsledare makes; the `u8` picks a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edit {
    AddNeed(u8),
    AddIntervention(u8),
    AddMeeting(u8),
    GoalDate(u8),
    NextFollowUp(u8),
    Purpose(u8),
    InterventionStatus(u8),
}

impl Edit {
    /// Edits that set one value: at most one side makes each.
    fn slot(self) -> Option<u8> {
        match self {
            Edit::GoalDate(_) => Some(0),
            Edit::NextFollowUp(_) => Some(1),
            Edit::Purpose(_) => Some(2),
            Edit::InterventionStatus(_) => Some(3),
            _ => None,
        }
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<u8>().prop_map(Edit::AddNeed),
        any::<u8>().prop_map(Edit::AddIntervention),
        any::<u8>().prop_map(Edit::AddMeeting),
        any::<u8>().prop_map(Edit::GoalDate),
        any::<u8>().prop_map(Edit::NextFollowUp),
        any::<u8>().prop_map(Edit::Purpose),
        any::<u8>().prop_map(Edit::InterventionStatus),
    ]
}

fn ids(tree: &Tree, list: &str) -> Vec<String> {
    let Tree::Map(e) = tree else {
        return Vec::new();
    };
    let Some((_, Tree::Seq(items))) = e.iter().find(|(k, _)| k == list) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|i| match i {
            Tree::Map(f) => f.iter().find_map(|(k, v)| match v {
                Tree::Scalar(s) if k == "id" => Some(s.clone()),
                _ => None,
            }),
            _ => None,
        })
        .collect()
}

fn next_id(tree: &Tree, list: &str, prefix: &str) -> String {
    let n = ids(tree, list)
        .iter()
        .filter_map(|i| i.strip_prefix(prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", n + 1)
}

fn tree(text: &str) -> Tree {
    match sip::yaml::parse(text) {
        Ok(Some(n)) => Tree::from_node(&n),
        _ => Tree::Alias,
    }
}

/// The op for an edit on this plan, or `None` when the plan has no place for it.
fn op(base: &Tree, e: Edit, side: &str) -> Option<Op> {
    let date = |n: u8| {
        (today() + chrono::Duration::days(30 + i64::from(n)))
            .format("%Y-%m-%d")
            .to_string()
    };
    let first = |list: &str| ids(base, list).into_iter().next();
    Some(match e {
        Edit::AddNeed(n) => Op::Append {
            path: path(&["behov"]),
            item: Val::map(vec![
                ("id", Val::verbatim(next_id(base, "behov", "B"))),
                (
                    "beskrivning",
                    Val::text(format!("Stöd nummer {n} enligt {side}: boende")),
                ),
            ]),
        },
        Edit::AddIntervention(n) => Op::Append {
            path: path(&["insatser"]),
            item: Val::map(vec![
                ("id", Val::verbatim(next_id(base, "insatser", "I"))),
                (
                    "beskrivning",
                    Val::text(format!("Samtalsstöd {n} enligt {side}")),
                ),
                ("huvudman", Val::verbatim("kommun")),
                ("behov", Val::flow([first("behov")?])),
                ("status", Val::verbatim("planerad")),
            ]),
        },
        Edit::AddMeeting(n) => Op::Append {
            path: path(&["möten"]),
            item: Val::map(vec![
                ("id", Val::verbatim(next_id(base, "möten", "MÖ"))),
                ("typ", Val::verbatim("uppföljning")),
                (
                    "tid",
                    Val::verbatim(format!(
                        "{}T{}",
                        date(n),
                        if side == "oss" { "10:00" } else { "14:00" }
                    )),
                ),
            ]),
        },
        Edit::GoalDate(n) => Op::Set {
            path: vec![
                Seg::Key("mål".into()),
                Seg::Id(first("mål")?),
                Seg::Key("senast".into()),
            ],
            value: Val::verbatim(date(n.saturating_add(100))),
        },
        Edit::NextFollowUp(n) => Op::Set {
            path: path(&["uppföljning", "nästa"]),
            value: Val::verbatim(date(n)),
        },
        Edit::Purpose(n) => Op::Set {
            path: path(&["syfte"]),
            value: Val::text(format!("Samordna stödet, version {n}: arbete och boende")),
        },
        Edit::InterventionStatus(n) => Op::Set {
            path: vec![
                Seg::Key("insatser".into()),
                Seg::Id(first("insatser")?),
                Seg::Key("status".into()),
            ],
            value: Val::verbatim(if n % 2 == 0 { "pågår" } else { "genomförd" }),
        },
    })
}

/// The text after the edits, or `None` when one cannot be made on this plan; then a comment
/// line above each top-level key whose position is in `comments` (a side's own positions).
fn edited(base: &str, edits: &[Edit], side: &str, comments: &[usize]) -> Option<String> {
    let mut doc = Document::new(base.to_string());
    for e in edits {
        let op = op(&tree(&doc.text), *e, side)?;
        doc.apply(&op).ok()?;
    }
    let mut out = String::with_capacity(doc.text.len() + 64);
    let mut key = 0;
    for line in doc.text.split_inclusive('\n') {
        if line.starts_with(|c: char| c.is_alphabetic()) {
            if comments.contains(&key) {
                out.push_str(&format!("# {side} skrev om nyckel {key}\n"));
            }
            key += 1;
        }
        out.push_str(line);
    }
    Some(out)
}

fn errors(text: &str) -> Vec<String> {
    sip::check::check_text(text, today())
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}: {}", f.code.as_str(), f.message(sip::i18n::Lang::Sv)))
        .collect()
}

fn count(tree: &Tree, list: &str) -> usize {
    ids(tree, list).len()
}

proptest! {
    // 1000 cases under SIP_STRESS=1, 60 in the normal tier.
    #![proptest_config(ProptestConfig {
        cases: if crate::common::stress() { 1000 } else { 60 },
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn disjoint_edits_of_generated_plans_merge_cleanly(
        seed in any::<u64>(),
        ours in prop::collection::vec(edit(), 1..4),
        theirs in prop::collection::vec(edit(), 1..4),
        ours_comments in prop::collection::vec(0usize..8, 0..3),
        theirs_comments in prop::collection::vec(0usize..8, 0..3),
    ) {
        // Disjoint: each side comments above keys of its own (ours even, theirs odd positions).
        let ours_comments: Vec<usize> = ours_comments.iter().map(|k| 2 * k).collect();
        let theirs_comments: Vec<usize> = theirs_comments.iter().map(|k| 2 * k + 1).collect();
        let (_, base) = generator::clean_plan(seed, today());
        // Disjoint: a value set by ours is not set by theirs.
        let theirs: Vec<Edit> = theirs
            .into_iter()
            .filter(|t| t.slot().is_none() || ours.iter().all(|o| o.slot() != t.slot()))
            .collect();
        let o = edited(&base, &ours, "oss", &ours_comments);
        let t = edited(&base, &theirs, "dem", &theirs_comments);
        prop_assume!(o.is_some() && t.is_some());
        let (o, t) = (o.unwrap_or_default(), t.unwrap_or_default());

        let merged = match merge(&base, &o, &t) {
            Outcome::Clean { text, .. } => text,
            other => return Err(TestCaseError::fail(format!("not clean: {other:?}\n--- base\n{base}\n--- ours\n{o}\n--- theirs\n{t}"))),
        };
        let errs = errors(&merged);
        if !errs.is_empty() {
            // Only a fault when the plan and each side alone were clean (checked only then: the
            // generator's fault-free plans are clean, and checking is the slow part).
            prop_assume!(errors(&base).is_empty() && errors(&o).is_empty() && errors(&t).is_empty());
        }
        prop_assert!(errs.is_empty(), "{errs:?}\n{merged}");

        // Both sides' additions are there, each under its own id.
        let (bt, ot, tt, mt) = (tree(&base), tree(&o), tree(&t), tree(&merged));
        for list in ["behov", "insatser", "möten", "mål"] {
            let added = count(&ot, list) + count(&tt, list) - 2 * count(&bt, list);
            prop_assert_eq!(count(&mt, list), count(&bt, list) + added, "{}\n{}", list, merged);
            let mut unique = ids(&mt, list);
            unique.sort();
            unique.dedup();
            prop_assert_eq!(unique.len(), count(&mt, list), "{}", merged);
        }
        // Every comment either side wrote is in the result, once.
        for side in [&o, &t] {
            for line in side.lines().filter(|l| l.starts_with("# ") && l.contains(" skrev om ")) {
                prop_assert_eq!(merged.matches(&format!("{line}\n")).count(), 1, "{}\n{}", line, merged);
            }
        }
        // Every value one side set is in the result.
        for (side, edits, name) in [(&ot, &ours, "oss"), (&tt, &theirs, "dem")] {
            for e in edits.iter().filter(|e| e.slot().is_some()) {
                if let Some(Op::Set { path, .. }) = op(&bt, *e, name) {
                    prop_assert_eq!(at(&mt, &path), at(side, &path), "{:?}\n{}", e, merged);
                }
            }
        }
    }
}

fn at<'a>(t: &'a Tree, path: &[Seg]) -> Option<&'a Tree> {
    let mut node = t;
    for seg in path {
        node = match (seg, node) {
            (Seg::Key(k), Tree::Map(e)) => e.iter().find(|(key, _)| key == k).map(|(_, v)| v)?,
            (Seg::Id(id), Tree::Seq(items)) => items.iter().find(|i| {
                matches!(i, Tree::Map(f) if f.iter().any(|(k, v)| k == "id" && *v == Tree::Scalar(id.clone())))
            })?,
            _ => return None,
        };
    }
    Some(node)
}
