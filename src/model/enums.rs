//! The plan format's closed value sets, each declared once: Rust variant, Swedish
//! spelling in files, and the id of its name in running text (`locales/*/planfil.ftl`, Swedish
//! and English). The schema table, the parser, the
//! JSON Schema, the command line's value flags and the documents all read these.

/// What every value set declared here has: its values as written in files, and the way from a
/// written value to the variant and back. The command line parses its value flags through it
/// (`cli::enum_arg`), so that help, completions and parsing list the same values.
pub trait ValueSet: Copy + Send + Sync + 'static {
    /// Every value as written in files, in declaration order.
    const ALL: &'static [&'static str];
    fn parse(s: &str) -> Option<Self>;
    fn as_str(self) -> &'static str;
}

/// Declares an enum whose values are written in Swedish in files.
macro_rules! str_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($variant:ident = $sv:literal / $id:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value as written in files, in declaration order.
            pub const ALL: &'static [&'static str] = &[$($sv),+];
            pub const VARIANTS: &'static [$name] = &[$($name::$variant),+];

            pub fn parse(s: &str) -> Option<Self> {
                match s {
                    $($sv => Some($name::$variant),)+
                    _ => None,
                }
            }
            /// The value as written in files.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $sv),+ }
            }
            /// The ids of the values' names in `locales/*/planfil.ftl`, in declaration order.
            pub const LABEL_IDS: &'static [&'static str] = &[$($id),+];
            /// The value in the given language, as running text says it ("uppgift saknas").
            pub fn label(self, lang: crate::i18n::Lang) -> String {
                match self { $($name::$variant => $crate::t!(lang, $id)),+ }
            }
        }

        impl ValueSet for $name {
            const ALL: &'static [&'static str] = $name::ALL;
            fn parse(s: &str) -> Option<Self> {
                $name::parse(s)
            }
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

str_enum! {
    /// `status`
    pub enum Status { Draft = "utkast" / "planfil-status-utkast", Active = "pågående" / "planfil-status-pagaende", Closed = "avslutad" / "planfil-status-avslutad" }
}

str_enum! {
    /// `individ.kön`
    pub enum Gender { Woman = "kvinna" / "planfil-kon-kvinna", Man = "man" / "planfil-kon-man", Other = "annat" / "planfil-kon-annat", Unknown = "uppgift_saknas" / "planfil-kon-uppgift-saknas" }
}

str_enum! {
    /// `individ.sysselsättning`
    pub enum Occupation {
        Employed = "anställd" / "planfil-sysselsattning-anstalld",
        NotEmployed = "utan_anställning" / "planfil-sysselsattning-utan-anstallning",
        Student = "studerande" / "planfil-sysselsattning-studerande",
        SelfEmployed = "egenföretagare" / "planfil-sysselsattning-egenforetagare",
        Other = "annan" / "planfil-sysselsattning-annan",
    }
}

str_enum! {
    /// `individ.företrädare[].roll`
    pub enum RepresentativeRole { Guardian = "vårdnadshavare" / "planfil-foretradare-roll-vardnadshavare", Administrator = "förvaltare" / "planfil-foretradare-roll-forvaltare", Trustee = "god_man" / "planfil-foretradare-roll-god-man" }
}

str_enum! {
    /// `samtycke.form`
    pub enum ConsentForm { Written = "skriftligt" / "planfil-samtyckesform-skriftligt", Oral = "muntligt" / "planfil-samtyckesform-muntligt" }
}

str_enum! {
    /// `samtycke.givet_av`
    pub enum ConsentGiver {
        Individual = "individen" / "planfil-givet-av-individen",
        Guardian = "vårdnadshavare" / "planfil-givet-av-vardnadshavare",
        Administrator = "förvaltare" / "planfil-givet-av-forvaltare",
        Trustee = "god_man" / "planfil-givet-av-god-man",
    }
}

str_enum! {
    /// `initiering.tvångsvård` (v3): öppen psykiatrisk tvångsvård (LPT) or rättspsykiatrisk vård (LRV)
    pub enum CompulsoryCare {
        Lpt = "lpt" / "planfil-tvangsvard-lpt",
        Lrv = "lrv" / "planfil-tvangsvard-lrv",
    }
}

str_enum! {
    /// `inriktning`
    pub enum Focus {
        WorkRehab = "arbetslivsinriktad_rehabilitering" / "planfil-inriktning-arbetslivsinriktad-rehabilitering",
        MedicalRehab = "medicinsk_rehabilitering" / "planfil-inriktning-medicinsk-rehabilitering",
        SocialRehab = "social_rehabilitering" / "planfil-inriktning-social-rehabilitering",
        Care = "vård_och_omsorg" / "planfil-inriktning-vard-och-omsorg",
        School = "skola" / "planfil-inriktning-skola",
        Other = "annan" / "planfil-inriktning-annan",
    }
}

str_enum! {
    /// `insatser[].status`
    pub enum InterventionStatus { Planned = "planerad" / "planfil-insats-status-planerad", Ongoing = "pågår" / "planfil-insats-status-pagar", Done = "genomförd" / "planfil-insats-status-genomford", Cancelled = "avbruten" / "planfil-insats-status-avbruten" }
}

str_enum! {
    /// `möten[].typ`
    pub enum MeetingKind { Initial = "upprättande" / "planfil-motestyp-upprattande", FollowUp = "uppföljning" / "planfil-motestyp-uppfoljning" }
}

str_enum! {
    /// `möten[].deltagare[].roll`
    pub enum ParticipantRole {
        Individual = "individen" / "planfil-deltagarroll-individen",
        Relative = "närstående" / "planfil-deltagarroll-narstaende",
        Representative = "företrädare" / "planfil-deltagarroll-foretradare",
        Guardian = "vårdnadshavare" / "planfil-deltagarroll-vardnadshavare",
        MeetingLeader = "samtalsledare" / "planfil-deltagarroll-samtalsledare",
        Party = "part" / "planfil-deltagarroll-part",
    }
}

str_enum! {
    /// `mål[].utfall.bedömning` (v3)
    pub enum GoalAssessment {
        Achieved = "uppnått" / "planfil-bedomning-uppnatt",
        PartlyAchieved = "delvis_uppnått" / "planfil-bedomning-delvis-uppnatt",
        NotAchieved = "ej_uppnått" / "planfil-bedomning-ej-uppnatt",
    }
}

str_enum! {
    /// `avslut.orsak`
    pub enum ClosingReason {
        GoalsMet = "mål_uppfyllda" / "planfil-avslutsorsak-mal-uppfyllda",
        NoNeed = "behov_saknas" / "planfil-avslutsorsak-behov-saknas",
        ConsentWithdrawn = "samtycke_återkallat" / "planfil-avslutsorsak-samtycke-aterkallat",
        Other = "annan" / "planfil-avslutsorsak-annan",
    }
}

str_enum! {
    /// An agreement party's `typ`
    pub enum PartyType {
        Municipality = "kommun" / "planfil-partstyp-kommun",
        Region = "region" / "planfil-partstyp-region",
        EmploymentService = "arbetsförmedlingen" / "planfil-partstyp-arbetsformedlingen",
        SocialInsurance = "försäkringskassan" / "planfil-partstyp-forsakringskassan",
        School = "skola" / "planfil-partstyp-skola",
        Private = "privat" / "planfil-partstyp-privat",
        CoordinationAssociation = "samordningsförbund" / "planfil-partstyp-samordningsforbund",
    }
}

str_enum! {
    /// A severity as written in `[regler]` and printed in reports.
    pub enum SeverityName { Error = "fel" / "planfil-allvarlighet-fel", Warning = "varning" / "planfil-allvarlighet-varning", Info = "info" / "planfil-allvarlighet-info", Off = "av" / "planfil-allvarlighet-av" }
}

impl SeverityName {
    /// The severity a `[regler]` value sets, or `None` for "av" (the rule is off).
    pub fn severity(self) -> Option<crate::findings::Severity> {
        use crate::findings::Severity;
        match self {
            SeverityName::Error => Some(Severity::Error),
            SeverityName::Warning => Some(Severity::Warning),
            SeverityName::Info => Some(Severity::Info),
            SeverityName::Off => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s).map(Status::as_str), Some(*s));
        }
        assert_eq!(Focus::parse("vård_och_omsorg"), Some(Focus::Care));
        assert_eq!(Status::parse("pågåend"), None);
    }

    /// The names are looked up by ids the macro holds: each exists in both languages.
    #[test]
    fn every_value_has_a_name_in_both_languages() {
        let all = [
            Status::LABEL_IDS,
            Gender::LABEL_IDS,
            Occupation::LABEL_IDS,
            RepresentativeRole::LABEL_IDS,
            ConsentForm::LABEL_IDS,
            ConsentGiver::LABEL_IDS,
            CompulsoryCare::LABEL_IDS,
            Focus::LABEL_IDS,
            InterventionStatus::LABEL_IDS,
            MeetingKind::LABEL_IDS,
            ParticipantRole::LABEL_IDS,
            GoalAssessment::LABEL_IDS,
            ClosingReason::LABEL_IDS,
            PartyType::LABEL_IDS,
            SeverityName::LABEL_IDS,
        ];
        for id in all.iter().flat_map(|ids| ids.iter()) {
            for lang in [crate::i18n::Lang::Sv, crate::i18n::Lang::En] {
                assert!(crate::i18n::has(lang, id), "{id} missing in {lang:?}");
            }
        }
        assert_eq!(
            ClosingReason::GoalsMet.label(crate::i18n::Lang::Sv),
            "mål uppfyllda"
        );
        assert_eq!(
            ClosingReason::GoalsMet.label(crate::i18n::Lang::En),
            "goals met"
        );
    }
}
