//! Findings: what a rule reports, where, and how severe; severity overrides and sort order.
//!
//! A finding carries its rule code, a byte span in its file and the values for the rule's message
//! placeholders. The message itself comes from the rule's declaration when it is printed.
//! `[regler]` overrides are applied here, once, after all rules have run.

use std::collections::BTreeMap;

use crate::i18n::{Lang, Msg};
use crate::source::Span;

macro_rules! codes {
    ($($code:ident),+ $(,)?) => {
        /// Every rule code, sorted.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $($code),+ }
        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$code),+];
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$code => stringify!($code)),+ }
            }
            pub fn parse(s: &str) -> Option<Code> {
                match s.trim().to_ascii_uppercase().as_str() {
                    $(stringify!($code) => Some(Code::$code),)+
                    _ => None,
                }
            }
        }
    };
}

codes! {
    S001, S002, S003, S004, S005, S006, S007, S008, S009,
    L001, L002, L003, L004, L005, L006, L007, L008, L009, L010, L011,
    A001, A002, A003, A004, A005, A006, A007, A008, A009, A010, A011, A012, A013,
    P001, P002, P003, P004, P005, P006, P007, P008, P009, P010, P011,
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    /// The Swedish word, as in `[regler]`, the JSON output and the human header.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "fel",
            Severity::Warning => "varning",
            Severity::Info => "info",
        }
    }
    pub fn word(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (s, Lang::Sv) => s.as_str(),
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::En) => "warning",
            (Severity::Info, Lang::En) => "info",
        }
    }
}

/// One reported fault.
#[derive(Clone, Debug)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub span: Span,
    /// Values for the message placeholders.
    pub args: Vec<(&'static str, Msg)>,
    /// Text under the caret.
    pub label: Option<Msg>,
    /// A command that fixes it.
    pub help: Option<String>,
    /// Further notes (the other file of a duplicate, the allowed values…).
    pub notes: Vec<Msg>,
    /// The source printed under this finding when it differs from the rule's: an A rule names
    /// the agreement the plan is under.
    pub source: Option<String>,
}

impl Finding {
    pub fn new(code: Code, span: Span) -> Self {
        Finding {
            code,
            severity: crate::rules::meta(code).severity,
            span,
            args: Vec::new(),
            label: None,
            help: None,
            notes: Vec::new(),
            source: None,
        }
    }
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, Msg::same(value.to_string())));
        self
    }
    /// A placeholder value that differs by language.
    pub fn arg2(
        mut self,
        name: &'static str,
        sv: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        self.args.push((name, Msg::new(sv, en)));
        self
    }
    pub fn label(mut self, sv: impl Into<String>, en: impl Into<String>) -> Self {
        self.label = Some(Msg::new(sv, en));
        self
    }
    pub fn help(mut self, command: impl Into<String>) -> Self {
        self.help = Some(command.into());
        self
    }
    pub fn note(mut self, sv: impl Into<String>, en: impl Into<String>) -> Self {
        self.notes.push(Msg::new(sv, en));
        self
    }
    /// Cite this source under the finding instead of the rule's own.
    pub fn cite(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }
    /// The source printed under the finding.
    pub fn source(&self) -> &str {
        self.source
            .as_deref()
            .unwrap_or(crate::rules::meta(self.code).source)
    }
    /// The message in a language, placeholders filled.
    pub fn message(&self, lang: Lang) -> String {
        let meta = crate::rules::meta(self.code);
        crate::i18n::fill(lang.pick(meta.sv, meta.en), |name| {
            self.args
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.get(lang))
        })
    }
}

/// Severity overrides from `[regler]`: `None` turns a rule off.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub map: BTreeMap<Code, Option<Severity>>,
}

impl Overrides {
    /// Set `code` to a severity, or off (`None`).
    pub fn set(&mut self, code: Code, severity: Option<Severity>) {
        self.map.insert(code, severity);
    }

    /// The severity of `code` under these overrides layered over `base` (the later wins).
    pub fn layered(layers: &[&Overrides], code: Code) -> Option<Option<Severity>> {
        layers.iter().rev().find_map(|o| o.map.get(&code).copied())
    }
}

/// Apply overrides (later layers win; the plan folder's `sip.toml` comes last) and drop findings
/// of rules turned off.
pub fn apply_overrides(findings: &mut Vec<Finding>, layers: &[&Overrides]) {
    findings.retain_mut(|f| match Overrides::layered(layers, f.code) {
        None => true,
        Some(None) => false,
        Some(Some(sev)) => {
            f.severity = sev;
            true
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_and_print() {
        for c in Code::ALL {
            assert_eq!(Code::parse(c.as_str()), Some(*c));
        }
        assert_eq!(Code::parse("l004"), Some(Code::L004));
        assert_eq!(Code::parse("X001"), None);
    }

    #[test]
    fn folder_wins_over_agreement() {
        let mut agreement = Overrides::default();
        agreement.set(Code::P002, Some(Severity::Error));
        let mut folder = Overrides::default();
        folder.set(Code::P002, None);
        let mut v = vec![Finding::new(Code::P002, Span::default())];
        apply_overrides(&mut v, &[&agreement, &folder]);
        assert!(v.is_empty());
        let mut v = vec![Finding::new(Code::P002, Span::default())];
        apply_overrides(&mut v, &[&agreement]);
        assert_eq!(v[0].severity, Severity::Error);
    }
}
