//! `sip`: samordnad individuell plan (SIP) as YAML files in a git folder.
//!
//! The flow runs one way: files (`source`, `yaml`, `workspace`) → model (`model`) → rules
//! (`rules`) → findings (`check`: the one pipeline that checks a plan) → output (`report` for
//! findings, `lists` for overviews, `documents` for what is handed out). `cli` is the edge and the
//! only place that prints or exits. [`LAYERS`] says which module may use which; a test holds the
//! code to it.

#[macro_use]
pub mod i18n;
pub mod board;
pub mod check;
pub mod cli;
pub mod codes;
pub mod crypt;
pub mod documents;
pub mod edit;
pub mod error;
pub mod findings;
pub mod git;
pub mod lists;
pub mod model;
pub mod privacy;
pub mod report;
pub mod rules;
pub mod source;
pub mod workspace;
pub mod yaml;

/// The modules from the bottom up: a module uses only modules of lower layers (and its own).
/// `codes` (the rule table) is below `findings`, `model` and `rules`; `findings` knows no model;
/// nothing but `cli` knows `cli`.
pub const LAYERS: &[&[&str]] = &[
    &["i18n", "privacy"],
    &["codes", "source"],
    &["findings", "yaml", "error"],
    &["model"],
    &["rules", "workspace", "edit"],
    &["crypt"],
    &["check", "git"],
    &["report", "documents", "lists"],
    &["board"],
    &["cli"],
];

#[cfg(test)]
mod layers {
    use super::LAYERS;

    fn layer(module: &str) -> Option<usize> {
        LAYERS.iter().position(|l| l.contains(&module))
    }

    /// The `crate::x` paths a source file names.
    fn uses(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (i, _) in text.match_indices("crate::") {
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            let name: String = text[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
        out
    }

    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    #[test]
    fn uses_finds_crate_paths_only() {
        assert_eq!(
            uses("use crate::cli::x; $crate::rules::Rule; my_crate::a; (crate::model::y)"),
            ["cli", "model"]
        );
        assert_eq!(layer("codes"), Some(1));
        assert!(layer("findings") < layer("model") && layer("model") < layer("rules"));
    }

    #[test]
    fn no_module_uses_a_module_above_it() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut all = Vec::new();
        files(&src, &mut all);
        let mut bad = Vec::new();
        let mut seen = 0;
        for path in all {
            let rel = path.strip_prefix(&src).unwrap_or(&path);
            let top = rel
                .components()
                .next()
                .map(|c| {
                    c.as_os_str()
                        .to_string_lossy()
                        .trim_end_matches(".rs")
                        .to_string()
                })
                .unwrap_or_default();
            let Some(own) = layer(&top) else {
                continue;
            };
            seen += 1;
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for used in uses(&text) {
                // The message macros are exported at the crate root but belong to `i18n`.
                let used = match used.as_str() {
                    "t" | "msg" | "err" => "i18n".to_string(),
                    _ => used,
                };
                match layer(&used) {
                    Some(l) if l > own || (l == own && used != top) => {
                        bad.push(format!("{} uses crate::{used}", rel.display()));
                    }
                    Some(_) => {}
                    None if used.is_empty() => {}
                    None => bad.push(format!("{}: crate::{used} is in no layer", rel.display())),
                }
            }
        }
        assert!(seen > 50, "only {seen} files read");
        bad.sort();
        bad.dedup();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    /// Comments and help cite what a reader can look up (the plan format, the README, a document by
    /// title), never the contract document's sections or working files by number.
    #[test]
    fn no_source_cites_a_working_document() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut all = Vec::new();
        files(&src, &mut all);
        let spec = ["SPEC", " §"].concat();
        let seed = ["seed", " 00"].concat();
        let seed2 = ["seed", "-00"].concat();
        let mut bad = Vec::new();
        for path in &all {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            for (n, line) in text.lines().enumerate() {
                let lower = line.to_lowercase();
                if line.contains(&spec) || lower.contains(&seed) || lower.contains(&seed2) {
                    let rel = path.strip_prefix(&src).unwrap_or(path);
                    bad.push(format!("src/{}:{}: {}", rel.display(), n + 1, line.trim()));
                }
            }
        }
        assert!(all.len() > 50);
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}
