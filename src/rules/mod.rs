//! The rules' checks: one per code, in `RULES`, and `run` to check one plan. What a rule is
//! called, says and cites is its row in the rule table (`codes`), declared once there.
//!
//! Families: `file` (S, the file format), `law` (L, SoL (2025:400) 10 kap. 8–9 §§, HSL 16 kap. 4 §,
//! OSL), `agreement` (A, the local agreement), `process` (P, the SIP flow of Samverk Vetlanda /
//! Region Jönköpings län, lag (2017:612) and guidance). Rules never print; they push findings.

use chrono::NaiveDate;

use crate::findings::{Code, Finding};
use crate::model::agreement::Agreement;
use crate::model::plan::Plan;

pub mod agreement;
pub mod file;
pub mod law;
pub mod process;

/// What a rule sees of one plan.
pub struct PlanCtx<'a> {
    pub plan: &'a Plan,
    /// `None` when the plan's agreement is unknown (S005): A rules and party checks are skipped.
    pub agreement: Option<&'a Agreement>,
    pub today: NaiveDate,
    /// The file's path relative to the plan folder, with `/` separators.
    pub rel_path: &'a str,
    /// The file name without `.yaml`/`.yml`.
    pub file_stem: &'a str,
    /// Whether the plan names an agreement at all (S005 is for a named but unknown one).
    pub agreement_known: bool,
    /// The plan's text, for notes that name a line (a note never gives a byte offset).
    pub text: &'a str,
    /// The plan is encrypted and no key opens it: its personal values are unknown, and the rules
    /// that read one are not run.
    pub sealed: bool,
}

/// A value with its own text in each language (a role's label), for `msg!`: `InLang(|l| …)`.
pub(crate) struct InLang<F: Fn(crate::i18n::Lang) -> String>(pub F);

impl<F: Fn(crate::i18n::Lang) -> String> crate::i18n::Arg for InLang<F> {
    fn value(&self, lang: crate::i18n::Lang) -> fluent_bundle::FluentValue<'static> {
        (self.0)(lang).into()
    }
}

pub trait Rule: Sync {
    /// The rule's code: its name, messages and documentation are in the table (`codes`).
    fn code(&self) -> Code;
    fn check(&self, ctx: &PlanCtx<'_>, out: &mut Vec<Finding>);
    /// Whether the check reads a personal value (a name, the personnummer, a free text, any
    /// value under a key the plan format classifies as personal): such a rule cannot be tested
    /// on an encrypted plan without its key. Declared with `reads_personal` in its
    /// [`declare_rule!`].
    fn reads_personal(&self) -> bool {
        false
    }
}

/// Declare a rule's check: its code, struct name and body. Everything else about the rule is in
/// its row of the table (`codes`).
macro_rules! declare_rule {
    (
        $code:ident $ty:ident reads_personal
        fn check($ctx:ident, $out:ident) $body:block
    ) => {
        $crate::rules::declare_rule!(@ $code $ty true, "; it reads a personal value"; fn check($ctx, $out) $body);
    };
    (
        $code:ident $ty:ident
        fn check($ctx:ident, $out:ident) $body:block
    ) => {
        $crate::rules::declare_rule!(@ $code $ty false, ""; fn check($ctx, $out) $body);
    };
    (
        @ $code:ident $ty:ident $personal:literal, $note:literal;
        fn check($ctx:ident, $out:ident) $body:block
    ) => {
        #[doc = concat!("The check of ", stringify!($code), " (see its row in `codes`)", $note, ".")]
        pub struct $ty;
        impl $crate::rules::Rule for $ty {
            fn code(&self) -> $crate::findings::Code {
                $crate::findings::Code::$code
            }
            #[allow(unused_variables)]
            fn check(&self, $ctx: &$crate::rules::PlanCtx<'_>, $out: &mut Vec<$crate::findings::Finding>) $body
            fn reads_personal(&self) -> bool {
                $personal
            }
        }
    };
}
pub(crate) use declare_rule;

/// Every rule, sorted by code.
pub static RULES: &[&dyn Rule] = &[
    &file::InvalidFile,
    &file::UnknownKey,
    &file::InvalidValue,
    &file::DuplicateId,
    &file::UnknownAgreement,
    &file::UnknownReference,
    &file::FileNameMismatch,
    &file::InvalidPersonnummer,
    &file::PersonalDataInPath,
    &law::NoInterventions,
    &law::InterventionWithoutPrincipal,
    &law::MeasuresNotAddressed,
    &law::MissingOverallResponsibility,
    &law::MissingConsent,
    &law::ConsentWithdrawn,
    &law::PartyNotCoveredByConsent,
    &law::IndividualAbsent,
    &law::GuardiansNotAllNamed,
    &law::ObjectedRelativeTakesPart,
    &law::AdultWithoutOwnConsent,
    &agreement::OutsideValidity,
    &agreement::AgeOutsideTargetGroup,
    &agreement::OccupationOutsideTargetGroup,
    &agreement::FocusOutsideTargetGroup,
    &agreement::PartyMayNotConvene,
    &agreement::UnknownParty,
    &agreement::PartyWithoutInterventions,
    &agreement::TargetGroupUncheckable,
    &agreement::LateInvitation,
    &agreement::InvitationContentMissing,
    &agreement::UnapprovedDigitalSystem,
    &agreement::AgreementExpired,
    &agreement::FirstInvitationTooLate,
    &process::NoFollowUpDate,
    &process::FollowUpOverdue,
    &process::GoalNotSmart,
    &process::ClosedWithoutClosing,
    &process::NeedNotAddressed,
    &process::MeetingNotMarkedHeld,
    &process::ConsentExpired,
    &process::LateDischargeInvitation,
    &process::InterventionPastEnd,
    &process::OwnGoalMissing,
    &process::DischargeConvenedByNonRegion,
    &process::ChildsViewsMissing,
    &process::ImpossibleDate,
    &process::ConsentWithoutLimits,
];

/// Whether a rule reads a personal value (see [`Rule::reads_personal`]).
pub fn reads_personal(code: Code) -> bool {
    RULES
        .iter()
        .find(|r| r.code() == code)
        .is_some_and(|r| r.reads_personal())
}

/// A set of codes as bits (`1 << code as usize`): the rules not tested on a sealed plan.
pub type CodeSet = u64;

/// Run every rule in `selected` (all when `None`) on one plan. A finding of an A rule cites the
/// agreement the plan is under by its name (`namn`), not just "the agreement". Returns the rules
/// left untested: on a sealed plan, those that read a personal value.
pub fn run(ctx: &PlanCtx<'_>, selected: Option<&[Code]>, out: &mut Vec<Finding>) -> CodeSet {
    let edits = allowed_edits(ctx.plan);
    let mut untested: CodeSet = 0;
    for rule in RULES {
        let code = rule.code();
        if ctx.sealed && rule.reads_personal() && selected.is_none_or(|s| s.contains(&code)) {
            untested |= 1 << code as usize;
            continue;
        }
        if selected.is_none_or(|s| s.contains(&code)) {
            let first = out.len();
            rule.check(ctx, out);
            // A help line is a command `sip` accepts in the plan's situation, or none.
            for f in &mut out[first..] {
                if f.help.as_deref().is_some_and(|h| !edits(h)) {
                    f.help = None;
                }
            }
            if let (true, Some(a)) = (code.as_str().starts_with('A'), ctx.agreement) {
                for f in out[first..].iter_mut().filter(|f| f.source.is_none()) {
                    f.source = Some(format!("{} ({})", crate::codes::meta(code).source, a.name));
                }
            }
        }
    }
    untested
}

/// Which help commands the plan's situation lets through: every one, except that an avslutad
/// plan is not edited (only re-opened, or its closing corrected), and a plan whose consent is
/// withdrawn is only closed or given a new consent. Commands outside the plan (`git mv`, `sip
/// agreements list`) always pass.
fn allowed_edits(plan: &Plan) -> impl Fn(&str) -> bool {
    use crate::model::enums::Status;
    let closed = plan.status() == Some(Status::Closed);
    let withdrawn = plan.consent.as_ref().is_some_and(|c| c.withdrawn.is_some());
    move |help: &str| {
        let outside = help.starts_with("git ") || help.starts_with("sip agreements ");
        if outside || !(closed || withdrawn) {
            return true;
        }
        help.starts_with("sip close ") || (withdrawn && !closed && help.starts_with("sip consent "))
    }
}

/// Party checks need the agreement: the parties a plan names, with where each is written.
pub fn plan_party_refs(plan: &Plan) -> Vec<crate::source::Spanned<&str>> {
    use crate::source::Spanned;
    let mut refs: Vec<Spanned<&str>> = Vec::new();
    let singles = std::iter::once(&plan.initiation.party)
        .chain(plan.interventions.iter().map(|i| &i.principal))
        .chain(plan.overall.iter().map(|o| &o.party))
        .chain(plan.copies.iter().map(|c| &c.party))
        .chain(
            plan.meetings
                .iter()
                .flat_map(|m| m.participants.iter().map(|p| &p.party)),
        );
    for s in singles.flatten() {
        refs.push(Spanned::new(s.value.as_str(), s.span));
    }
    if let Some(c) = &plan.consent {
        for p in &c.parties {
            refs.push(Spanned::new(p.value.as_str(), p.span));
        }
    }
    refs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::meta;

    #[test]
    fn a_code_set_holds_every_code() {
        assert!(Code::ALL.len() <= CodeSet::BITS as usize);
    }

    #[test]
    fn registry_is_sorted_and_complete() {
        let codes: Vec<Code> = RULES.iter().map(|r| r.code()).collect();
        assert_eq!(codes, Code::ALL);
    }

    #[test]
    fn names_are_unique_kebab_case() {
        let mut names: Vec<&str> = crate::codes::TABLE.iter().map(|m| m.name).collect();
        for n in &names {
            assert!(
                n.chars()
                    .all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
                    && !n.starts_with('-')
                    && !n.ends_with('-'),
                "{n} is not kebab-case"
            );
        }
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "duplicate rule names");
    }

    /// What a user cannot look up: a working file's name (`….txt`), "seed", or "SPEC".
    fn unlookupable(text: &str) -> Option<String> {
        let lower = text.to_lowercase();
        if lower.contains("seed") {
            return Some("\"seed\"".into());
        }
        if text.contains("SPEC") {
            return Some("\"SPEC\"".into());
        }
        lower.match_indices(".txt").next().map(|(i, _)| {
            let start = lower[..i]
                .rfind(|c: char| c.is_whitespace() || c == '"' || c == '`' || c == '/')
                .map_or(0, |j| j + 1);
            format!("the file name `{}`", &text[start..i + 4])
        })
    }

    #[test]
    fn sources_docs_and_agreements_cite_what_a_user_can_look_up() {
        let mut bad = Vec::new();
        for m in crate::codes::TABLE {
            for (what, text) in [
                ("source", m.source.to_string()),
                ("doc", m.doc_text()),
                ("sv", m.template(crate::i18n::Lang::Sv)),
                ("en", m.template(crate::i18n::Lang::En)),
            ] {
                if let Some(word) = unlookupable(&text) {
                    bad.push(format!("{} {what} names {word}", m.code));
                }
            }
        }
        for (file, text) in crate::model::agreement::BUILTIN {
            if let Some(word) = unlookupable(text) {
                bad.push(format!("agreement {file} names {word}"));
            }
        }
        for a in crate::model::agreement::builtin() {
            let source = a.source.as_deref().unwrap_or("");
            if source.is_empty() {
                bad.push(format!("agreement {} has no källa", a.id));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn the_check_finds_what_it_forbids() {
        assert!(unlookupable(&["Seed", " 002 steg 7"].concat()).is_some());
        assert!(unlookupable(&["SPEC", " §2"].concat()).is_some());
        // Built from parts, like the two above, so that no such name stands in the source.
        let name = ["001_", "30054c285c19771d", ".txt"].concat();
        assert_eq!(
            unlookupable(&format!("Källa: {name}")).as_deref(),
            Some(format!("the file name `{name}`").as_str())
        );
        assert!(unlookupable("10 kap. 8 § socialtjänstlagen (2025:400)").is_none());
    }

    #[test]
    fn law_rules_cite_the_law_in_force() {
        let duty = "10 kap. 8 § socialtjänstlagen (2025:400)";
        for code in [Code::L001, Code::L002, Code::L003, Code::L004, Code::L005] {
            assert!(
                meta(code).source.contains(duty),
                "{code}: {}",
                meta(code).source
            );
        }
        assert!(
            meta(Code::L008)
                .source
                .contains("10 kap. 9 § socialtjänstlagen (2025:400)")
        );
        assert!(meta(Code::P008).source.contains("4 kap. 3 §"));
        for m in crate::codes::TABLE {
            assert!(!m.source.contains("2 kap. 7 §"), "{}: {}", m.code, m.source);
        }
    }

    #[test]
    fn docs_cite_a_source_and_messages_share_placeholders() {
        for m in crate::codes::TABLE {
            let doc = m.doc_text();
            for heading in ["## Vad regeln kontrollerar", "## Varför", "## Källa"] {
                assert!(doc.contains(heading), "{} lacks {heading}", m.code);
            }
            assert!(!m.source.is_empty(), "{} has no source", m.code);
            let mut sv = m.variables(crate::i18n::Lang::Sv);
            let mut en = m.variables(crate::i18n::Lang::En);
            sv.sort_unstable();
            en.sort_unstable();
            assert_eq!(sv, en, "{}: sv and en placeholders differ", m.code);
        }
    }

    #[test]
    fn every_variable_of_a_message_is_given_by_its_family() {
        // The code that builds each family's findings, without whitespace: a value is given by
        // `.arg("name"`, `.arg_msg("name"`, `.arg_lang("name"`, `.arg2("name"` (or the loader's
        // `.problem(`).
        let squeeze = |parts: &[&str]| -> String {
            parts
                .concat()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect()
        };
        let s = squeeze(&[
            include_str!("file.rs"),
            include_str!("../check.rs"),
            include_str!("../model/load/mod.rs"),
            include_str!("../model/load/validate.rs"),
            include_str!("../model/load/givers.rs"),
            include_str!("../model/load/conflicts.rs"),
        ]);
        let l = squeeze(&[include_str!("law.rs")]);
        let a = squeeze(&[include_str!("agreement.rs")]);
        let p = squeeze(&[include_str!("process.rs")]);
        for m in crate::codes::TABLE {
            let code = m.code.as_str();
            let text = match code.as_bytes().first() {
                Some(b'S') => &s,
                Some(b'L') => &l,
                Some(b'A') => &a,
                _ => &p,
            };
            for v in m.variables(crate::i18n::Lang::Sv) {
                let given = ["arg", "arg_msg", "arg_lang", "arg2"]
                    .iter()
                    .any(|b| text.contains(&format!(".{b}(\"{v}\"")))
                    || (v == "problem" && text.contains(".problem("));
                assert!(given, "{code}: no rule gives `{v}`");
            }
        }
    }
}
