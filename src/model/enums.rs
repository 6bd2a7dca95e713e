//! The plan format's closed value sets, each declared once: Rust variant, Swedish
//! spelling in files, and an English word for `--lang en`. The schema table, the parser, the
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
    ($(#[$m:meta])* pub enum $name:ident { $($variant:ident = $sv:literal / $en:literal),+ $(,)? }) => {
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
            /// An English word for the value.
            pub fn en(self) -> &'static str {
                match self { $($name::$variant => $en),+ }
            }
            /// The value in the given language, with `_` as a space.
            pub fn label(self, lang: crate::i18n::Lang) -> String {
                match lang {
                    crate::i18n::Lang::Sv => self.as_str().replace('_', " "),
                    crate::i18n::Lang::En => self.en().to_string(),
                }
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
    pub enum Status { Draft = "utkast" / "draft", Active = "pågående" / "active", Closed = "avslutad" / "closed" }
}

str_enum! {
    /// `individ.kön`
    pub enum Gender { Woman = "kvinna" / "woman", Man = "man" / "man", Other = "annat" / "other", Unknown = "uppgift_saknas" / "not stated" }
}

str_enum! {
    /// `individ.sysselsättning`
    pub enum Occupation {
        Employed = "anställd" / "employed",
        NotEmployed = "utan_anställning" / "without employment",
        Student = "studerande" / "student",
        SelfEmployed = "egenföretagare" / "self-employed",
        Other = "annan" / "other",
    }
}

str_enum! {
    /// `individ.företrädare[].roll`
    pub enum RepresentativeRole { Guardian = "vårdnadshavare" / "guardian", Administrator = "förvaltare" / "administrator", Trustee = "god_man" / "trustee" }
}

str_enum! {
    /// `samtycke.form`
    pub enum ConsentForm { Written = "skriftligt" / "written", Oral = "muntligt" / "oral" }
}

str_enum! {
    /// `samtycke.givet_av`
    pub enum ConsentGiver {
        Individual = "individen" / "the individual",
        Guardian = "vårdnadshavare" / "guardian",
        Administrator = "förvaltare" / "administrator",
        Trustee = "god_man" / "trustee",
    }
}

str_enum! {
    /// `initiering.tvångsvård` (v3): öppen psykiatrisk tvångsvård (LPT) or rättspsykiatrisk vård (LRV)
    pub enum CompulsoryCare {
        Lpt = "lpt" / "compulsory psychiatric care (LPT)",
        Lrv = "lrv" / "forensic psychiatric care (LRV)",
    }
}

str_enum! {
    /// `inriktning`
    pub enum Focus {
        WorkRehab = "arbetslivsinriktad_rehabilitering" / "work-oriented rehabilitation",
        MedicalRehab = "medicinsk_rehabilitering" / "medical rehabilitation",
        SocialRehab = "social_rehabilitering" / "social rehabilitation",
        Care = "vård_och_omsorg" / "health and social care",
        School = "skola" / "school",
        Other = "annan" / "other",
    }
}

str_enum! {
    /// `insatser[].status`
    pub enum InterventionStatus { Planned = "planerad" / "planned", Ongoing = "pågår" / "ongoing", Done = "genomförd" / "completed", Cancelled = "avbruten" / "cancelled" }
}

str_enum! {
    /// `möten[].typ`
    pub enum MeetingKind { Initial = "upprättande" / "drawing up the plan", FollowUp = "uppföljning" / "follow-up" }
}

str_enum! {
    /// `möten[].deltagare[].roll`
    pub enum ParticipantRole {
        Individual = "individen" / "the individual",
        Relative = "närstående" / "relative",
        Representative = "företrädare" / "legal representative",
        Guardian = "vårdnadshavare" / "guardian",
        MeetingLeader = "samtalsledare" / "meeting leader",
        Party = "part" / "party",
    }
}

str_enum! {
    /// `mål[].utfall.bedömning` (v3)
    pub enum GoalAssessment {
        Achieved = "uppnått" / "achieved",
        PartlyAchieved = "delvis_uppnått" / "partly achieved",
        NotAchieved = "ej_uppnått" / "not achieved",
    }
}

str_enum! {
    /// `avslut.orsak`
    pub enum ClosingReason {
        GoalsMet = "mål_uppfyllda" / "goals met",
        NoNeed = "behov_saknas" / "coordination no longer needed",
        ConsentWithdrawn = "samtycke_återkallat" / "consent withdrawn",
        Other = "annan" / "other",
    }
}

str_enum! {
    /// An agreement party's `typ`
    pub enum PartyType {
        Municipality = "kommun" / "municipality",
        Region = "region" / "region",
        EmploymentService = "arbetsförmedlingen" / "employment service",
        SocialInsurance = "försäkringskassan" / "social insurance agency",
        School = "skola" / "school",
        Private = "privat" / "private provider",
        CoordinationAssociation = "samordningsförbund" / "coordination association",
    }
}

str_enum! {
    /// A severity as written in `[regler]` and printed in reports.
    pub enum SeverityName { Error = "fel" / "error", Warning = "varning" / "warning", Info = "info" / "info", Off = "av" / "off" }
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
}
