//! Findings: what a rule reports, where, and how severe; severity overrides and sort order.
//!
//! A finding is plain data: its rule code, a byte span in its file and the values for the rule's
//! message variables. The message (`fynd-<KOD>` in `locales/*/fynd.ftl`), name and source are
//! looked up when it is printed, in the language chosen there. `[regler]` overrides are applied by the pipeline
//! (`check::check_source`), once, after all rules have run.

use std::collections::BTreeMap;

use crate::i18n::{Lang, Msg};
use crate::source::Span;

pub use crate::codes::{Code, Severity};

/// One reported fault.
#[derive(Clone, Debug)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub span: Span,
    /// Values for the variables of the rule's message (`fynd-<KOD>` in `locales/*/fynd.ftl`).
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
    /// The line holds the name of one of the plan's people where an id belongs (`part: anna`):
    /// the human format shows its value masked, whatever its shape.
    pub names_someone: bool,
}

impl Finding {
    pub fn new(code: Code, span: Span) -> Self {
        Finding {
            code,
            severity: crate::codes::meta(code).severity,
            span,
            args: Vec::new(),
            label: None,
            help: None,
            notes: Vec::new(),
            source: None,
            names_someone: false,
        }
    }
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, Msg::same(value.to_string())));
        self
    }
    /// A variable whose text differs by language: `msg!("fynd-…", …)`.
    pub fn arg_msg(mut self, name: &'static str, value: Msg) -> Self {
        self.args.push((name, value));
        self
    }
    /// A variable from a value that has its own text in each language (a fault's description).
    pub fn arg_lang(self, name: &'static str, text: impl Fn(Lang) -> String) -> Self {
        let mut value = Msg::same(text(Lang::Sv));
        value.en = text(Lang::En);
        self.arg_msg(name, value)
    }
    /// Text under the caret: `msg!("fynd-…-etikett", …)`.
    pub fn label_msg(mut self, text: Msg) -> Self {
        self.label = Some(text);
        self
    }
    pub fn help(mut self, command: impl Into<String>) -> Self {
        self.help = Some(command.into());
        self
    }
    /// A further note: `msg!("fynd-…-not", …)`.
    pub fn note_msg(mut self, text: Msg) -> Self {
        self.notes.push(text);
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
            .unwrap_or(crate::codes::meta(self.code).source)
    }
    /// The message in a language, its variables filled from the finding's values.
    pub fn message(&self, lang: Lang) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue<'static>)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, v.get(lang).to_string().into()))
            .collect();
        crate::i18n::tr(lang, &crate::codes::meta(self.code).message_id(), &args)
    }
}

/// One checked file, as the renderers read it.
#[derive(Debug)]
pub struct FileReport {
    /// The source; its text is kept only while there are findings to show.
    pub source: crate::source::SourceFile,
    pub plan_id: Option<String>,
    /// The plan folder the file was found in, as shown (`plans`, `.`): `display` less `rel`.
    pub folder: String,
    /// Whether the file held a readable plan.
    pub is_plan: bool,
    /// Sorted by line, code and column, severities as `[regler]` sets them.
    pub findings: Vec<Finding>,
    /// The rules not tested on this plan (bits by code): it is encrypted and no key opens it,
    /// and they read a personal value.
    pub untested: u64,
}

impl FileReport {
    /// How many findings at a severity.
    pub fn count(&self, sev: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == sev).count()
    }
}

/// What a whole check counted, for the summary line, the JSON summary and the exit code.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub files: usize,
    pub plans: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Totals {
    /// Count one more file.
    pub fn add(&mut self, file: &FileReport) {
        self.files += 1;
        self.plans += usize::from(file.is_plan);
        self.errors += file.count(Severity::Error);
        self.warnings += file.count(Severity::Warning);
        self.infos += file.count(Severity::Info);
    }
    pub fn count(&self, sev: Severity) -> usize {
        match sev {
            Severity::Error => self.errors,
            Severity::Warning => self.warnings,
            Severity::Info => self.infos,
        }
    }
}

/// A whole check held in memory: for `sip edit`'s one file and the renderers' tests. `sip check`
/// streams its files instead (`check::check_folders`).
#[derive(Debug, Default)]
pub struct CheckResult {
    pub files: Vec<FileReport>,
}

impl CheckResult {
    pub fn totals(&self) -> Totals {
        let mut t = Totals::default();
        for f in &self.files {
            t.add(f);
        }
        t
    }
}

/// A file of the folder that could not be read as a plan, and why (the lists' `unreadable`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// As shown (relative to the cwd, as `sip check` shows it).
    pub file: String,
    pub reason: Msg,
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
