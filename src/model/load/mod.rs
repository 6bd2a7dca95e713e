//! YAML text → typed [`Plan`], with every format fault as a finding at its own position.
//!
//! Two passes over the [`crate::yaml`] tree: [`validate`] walks it against the schema table
//! (S001 for duplicate keys and syntax, S002 for unknown keys, S003 for types, enums, dates and
//! missing required keys), then [`build`](mod@build) reads the typed model with lenient accessors
//! that skip whatever validation already reported. No rule logic lives here.
//!
//! Before the passes: git's conflict markers ([`conflicts`]) and the parser's own messages
//! ([`yaml_messages`]); after them: the consent givers checked against the representatives
//! ([`givers`]). The texts are in `locales/*/planfil.ftl`.

mod build;
mod conflicts;
mod givers;
mod validate;
mod yaml_messages;

pub use conflicts::conflict_markers;
pub use yaml_messages::yaml_problem_sv;

use crate::findings::{Code, Finding};
use crate::i18n::{Lang, Msg};
use crate::source::{SourceFile, Span};
use crate::yaml::{self, Node};

use super::plan::Plan;

/// The outcome of loading one file.
pub struct Loaded {
    pub plan: Option<Plan>,
    pub findings: Vec<Finding>,
}

/// Load a plan from a source file whose text is already known to be UTF-8.
pub fn load_plan(src: &SourceFile) -> Loaded {
    let markers = conflict_markers(&src.text);
    if !markers.is_empty() {
        return Loaded {
            plan: None,
            findings: vec![conflicts::conflict_finding(&src.text, &markers)],
        };
    }
    let root = match yaml::parse(&src.text) {
        Ok(Some(root)) => root,
        Ok(None) => {
            let f = Finding::new(Code::S001, Span::default())
                .problem(msg!("planfil-tom"))
                .help("sip new --name NAMN --initiated-by PART");
            return Loaded {
                plan: None,
                findings: vec![f],
            };
        }
        Err(e) => {
            let f = Finding::new(Code::S001, Span::new(e.offset, e.offset)).arg_msg(
                "problem",
                crate::i18n::Msg::from_fn(|l| match l {
                    Lang::Sv => yaml_problem_sv(&e.message),
                    Lang::En => t!(Lang::En, "planfil-yaml-fel", problem = e.message),
                }),
            );
            return Loaded {
                plan: None,
                findings: vec![f],
            };
        }
    };
    if root.as_map().is_none() {
        let f = Finding::new(Code::S001, root.span)
            .problem(msg!("planfil-inte-tabell", sort = kind(&root)))
            .label_msg(msg!("planfil-inte-tabell.etikett"));
        return Loaded {
            plan: None,
            findings: vec![f],
        };
    }
    let root_span = first_key_span(&root);
    let mut findings = validate::validate(src, &root, root_span);
    let plan = build::build(&root, root_span);
    // Who gave the consent is compared with the representatives' names: not on a plan whose
    // personal values no key opens (S003 is then among the rules not tested).
    if src.access != crate::source::Access::Sealed {
        givers::check_givers(&plan, &mut findings);
    }
    Loaded {
        plan: Some(plan),
        findings,
    }
}

fn first_key_span(root: &Node<'_>) -> Span {
    match root.as_map().and_then(|m| m.first()) {
        Some((k, _)) => k.span,
        None => Span::new(root.span.start, root.span.start),
    }
}

/// A meeting's length in minutes (`längd_minuter`): a whole number 1–1440.
pub fn minutes(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u32>().ok().filter(|m| (1..=1440).contains(m))
}

/// The nearest candidate by edit distance, when it is close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    // No key or value is this long: a megabyte value is no typo, and not worth the distance.
    if word.len() > 256 {
        return None;
    }
    let len = word.chars().count();
    let limit = (len / 3).max(1);
    // The distance is at least the difference in length: a far longer word (a megabyte pasted
    // into an enum value) is compared with nothing.
    let mut candidates = candidates
        .filter(|c| c.chars().count().abs_diff(len) <= limit)
        .peekable();
    candidates.peek()?;
    let lower = word.to_lowercase();
    candidates
        .map(|c| (strsim::levenshtein(&lower, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// A node's kind in running text ("en lista", "ett enkelt värde"), in both languages.
fn kind(node: &Node<'_>) -> Msg {
    msg!("planfil-sort", sort = node.kind_key())
}

/// A finding's texts as Fluent messages in both languages.
trait FindingText {
    /// The `{problem}` of S001 and S003.
    fn problem(self, m: Msg) -> Self;
}

impl FindingText for Finding {
    fn problem(self, m: Msg) -> Self {
        self.arg_msg("problem", m)
    }
}

#[cfg(test)]
mod tests;
