//! The typed plan model that rules, documents and lists read.
//!
//! Every value a rule may point at is `Spanned`; a section also keeps the span of its key so a
//! finding about something missing inside it can point at the parent. Values that failed
//! validation are simply absent here (the loader already reported them).

use chrono::{NaiveDate, NaiveDateTime};

use super::enums::*;
use crate::source::{Span, Spanned};

pub type S<T> = Option<Spanned<T>>;

#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// The first key of the document: where findings about a missing top-level key point.
    pub root: Span,
    pub id: S<String>,
    pub agreement: S<String>,
    pub status: S<Status>,
    pub meeting_leader: S<String>,
    pub individual: Individual,
    pub relatives: Vec<Relative>,
    pub initiation: Initiation,
    pub consent: Option<Consent>,
    /// `bakgrund` (v2): the situation now, as agreed at the meeting.
    pub background: S<String>,
    /// `individens_mål` (v2): what matters most to the individual, in their own words.
    pub own_goal: S<String>,
    /// `barnets_synpunkter` (v3): for a child, how the child's own views were obtained and what
    /// they are (personal free text).
    pub childs_views: S<String>,
    pub purpose: S<String>,
    pub focus: S<Focus>,
    pub questions: Vec<Spanned<String>>,
    pub needs: Vec<Need>,
    pub goals: Vec<Goal>,
    /// The `insatser` key, when written.
    pub interventions_key: Option<Span>,
    pub interventions: Vec<Intervention>,
    /// `egna_åtgärder` (v2): what the individual will do themself.
    pub own_actions: Vec<Spanned<String>>,
    /// `None` when `åtgärder_av_andra` is absent (element 3 not addressed); `[]` is `Some`.
    pub measures: Option<Measures>,
    pub overall: Option<Overall>,
    /// `kopia_till` (v2): who receives a copy of the plan.
    pub copies: Vec<CopyRecipient>,
    pub meetings: Vec<Meeting>,
    pub follow_up: Option<FollowUp>,
    pub closing: Option<Closing>,
}

impl Plan {
    /// v3: the individual has protected personal data (`individ.skyddade_personuppgifter`):
    /// no list, calendar, letter or report prints the meeting place or contact details.
    pub fn is_protected(&self) -> bool {
        self.individual.protected.as_ref().is_some_and(|p| p.value)
    }

    /// The names that are personal data: the individual, relatives, representatives, copy
    /// recipients, and meeting participants who come as one of them (not as a party's).
    pub fn personal_names(&self) -> Vec<&str> {
        use crate::model::enums::ParticipantRole as R;
        fn text(s: &Option<crate::source::Spanned<String>>) -> Option<&str> {
            s.as_ref().map(|v| v.value.as_str())
        }
        let mut names: Vec<&str> = Vec::new();
        names.extend(self.name());
        names.extend(self.relatives.iter().filter_map(|r| text(&r.name)));
        names.extend(
            self.individual
                .representatives
                .iter()
                .filter_map(|r| r.name_str()),
        );
        names.extend(self.copies.iter().filter_map(|c| text(&c.name)));
        for m in &self.meetings {
            for p in &m.participants {
                let role = p.role.as_ref().map(|r| r.value);
                let personal = match role {
                    Some(R::Individual | R::Relative | R::Representative | R::Guardian) => true,
                    Some(R::MeetingLeader | R::Party) => false,
                    None => p.party.is_none(),
                };
                if personal {
                    names.extend(text(&p.name));
                }
            }
        }
        names
    }

    pub fn status(&self) -> Option<Status> {
        self.status.as_ref().map(|s| s.value)
    }
    pub fn is_draft(&self) -> bool {
        self.status() == Some(Status::Draft)
    }
    pub fn is_active(&self) -> bool {
        self.status() == Some(Status::Active)
    }
    pub fn id_str(&self) -> Option<&str> {
        self.id.as_ref().map(|s| s.value.as_str())
    }
    /// The id for messages and help commands: the plan id, or `PLAN`.
    pub fn id_or_placeholder(&self) -> &str {
        self.id_str().unwrap_or("PLAN")
    }
    /// The individual's name; `None` also when it is encrypted and no key opened it (lists then
    /// show the plan id alone).
    pub fn name(&self) -> Option<&str> {
        self.individual
            .name
            .as_ref()
            .map(|s| s.value.as_str())
            .filter(|n| !crate::source::is_sealed_value(n))
    }
    pub fn next_follow_up(&self) -> Option<NaiveDate> {
        self.follow_up.as_ref()?.next.as_ref().map(|s| s.value)
    }
    pub fn overall_party(&self) -> Option<&str> {
        self.overall
            .as_ref()?
            .party
            .as_ref()
            .map(|s| s.value.as_str())
    }
    /// The relative written under `närstående` with this name (case-insensitive, spaces trimmed).
    pub fn relative_named(&self, name: &str) -> Option<&Relative> {
        self.relatives
            .iter()
            .find(|r| r.name.as_ref().is_some_and(|n| same_name(&n.value, name)))
    }
    pub fn meeting(&self, id: &str) -> Option<&Meeting> {
        self.meetings
            .iter()
            .find(|m| m.id.as_ref().is_some_and(|i| i.value == id))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Individual {
    /// The `individ` key (or the root when absent).
    pub key: Span,
    pub name: S<String>,
    pub personnummer: S<String>,
    pub birth_date: S<NaiveDate>,
    pub gender: S<Gender>,
    pub occupation: S<Occupation>,
    pub benefits: Vec<Spanned<String>>,
    /// `företrädare` (v2: a list; v1's single mapping is read as a list of one).
    pub representatives: Vec<Representative>,
    /// v3: the language an interpreter is needed for.
    pub interpreter: S<String>,
    /// v3: protected personal data.
    pub protected: S<bool>,
}

impl Individual {
    /// The representatives with the role vårdnadshavare.
    pub fn guardians(&self) -> impl Iterator<Item = &Representative> {
        self.representatives
            .iter()
            .filter(|r| r.role.as_ref().map(|x| x.value) == Some(RepresentativeRole::Guardian))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Representative {
    /// The item (its first key).
    pub span: Span,
    pub name: S<String>,
    pub role: S<RepresentativeRole>,
    pub contact: S<String>,
}

impl Representative {
    pub fn name_str(&self) -> Option<&str> {
        self.name.as_ref().map(|s| s.value.as_str())
    }
}

#[derive(Debug, Clone, Default)]
pub struct Relative {
    pub name: S<String>,
    pub relation: S<String>,
    /// `får_delta` (v2): false when the individual objects to their taking part.
    pub may_take_part: S<bool>,
}

impl Relative {
    /// Whether the individual has objected to this relative taking part (`får_delta: false`).
    pub fn objected(&self) -> bool {
        self.may_take_part.as_ref().is_some_and(|b| !b.value)
    }
}

#[derive(Debug, Clone, Default)]
pub struct CopyRecipient {
    pub span: Span,
    pub name: S<String>,
    pub party: S<String>,
}

/// Two names are the same person's when they agree ignoring case and surrounding or repeated
/// spaces.
pub fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

#[derive(Debug, Clone, Default)]
pub struct Initiation {
    pub key: Span,
    pub date: S<NaiveDate>,
    pub party: S<String>,
    pub discharge_ready: S<NaiveDate>,
    /// `föreslagen_av` (v2).
    pub proposed_by: S<String>,
    /// `fast_vårdkontakt` (v2): the patient's fasta vårdkontakt (lag 2017:612).
    pub care_contact: S<String>,
    /// `tvångsvård` (v3): öppen psykiatrisk tvångsvård or rättspsykiatrisk vård, whose
    /// samordnad vårdplan replaces the SIP at discharge (lag 2017:612 4 kap. 1 §).
    pub compulsory_care: S<CompulsoryCare>,
}

#[derive(Debug, Clone, Default)]
pub struct Consent {
    pub key: Span,
    pub date: S<NaiveDate>,
    pub form: S<ConsentForm>,
    /// `givet_av` (v2: one value or a list), each item a role or a name.
    pub given_by: Vec<Spanned<Giver>>,
    /// The `givet_av` key, when written.
    pub given_by_key: Option<Span>,
    /// `omfattning` (v2): what information the consent covers.
    pub scope: S<String>,
    pub documented_by: S<String>,
    /// The `parter` key, when written.
    pub parties_key: Option<Span>,
    pub parties: Vec<Spanned<String>>,
    pub valid_until: S<NaiveDate>,
    pub withdrawn: S<NaiveDate>,
    /// v3: participants without a party whom the consent covers, by name.
    pub others: Vec<Spanned<String>>,
}

impl Consent {
    pub fn covers(&self, party: &str) -> bool {
        self.parties.iter().any(|p| p.value == party)
    }
    /// Whether the individual gave the consent themself (alone or with others).
    pub fn given_by_individual(&self) -> bool {
        self.given_by
            .iter()
            .any(|g| g.value == Giver::Role(ConsentGiver::Individual))
    }
}

/// One item of `samtycke.givet_av`: a role word, or the name of a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Giver {
    Role(ConsentGiver),
    Name(String),
}

impl Giver {
    pub fn parse(s: &str) -> Self {
        match ConsentGiver::parse(s) {
            Some(r) => Giver::Role(r),
            None => Giver::Name(s.to_string()),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Need {
    /// The item (its first key).
    pub span: Span,
    pub id: S<String>,
    pub description: S<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Goal {
    pub span: Span,
    pub id: S<String>,
    pub description: S<String>,
    pub measure: S<String>,
    pub by: S<NaiveDate>,
    /// v3: the goal's evaluation.
    pub outcome: Option<GoalOutcome>,
}

impl Goal {
    /// The goal's assessment, when it has been evaluated.
    pub fn assessment(&self) -> Option<GoalAssessment> {
        self.outcome.as_ref()?.assessment.as_ref().map(|a| a.value)
    }
}

/// v3: `mål[].utfall`.
#[derive(Debug, Clone, Default)]
pub struct GoalOutcome {
    pub key: Span,
    pub assessment: S<GoalAssessment>,
    pub date: S<NaiveDate>,
    pub comment: S<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Intervention {
    pub span: Span,
    pub id: S<String>,
    pub description: S<String>,
    pub principal: S<String>,
    pub needs: Vec<Spanned<String>>,
    pub goals: Vec<Spanned<String>>,
    pub provider: S<String>,
    pub contact: S<String>,
    pub start: S<NaiveDate>,
    pub end: S<NaiveDate>,
    pub status: S<InterventionStatus>,
}

impl Intervention {
    pub fn principal_str(&self) -> Option<&str> {
        self.principal.as_ref().map(|s| s.value.as_str())
    }
}

#[derive(Debug, Clone, Default)]
pub struct Measures {
    pub key: Span,
    pub items: Vec<Measure>,
}

#[derive(Debug, Clone, Default)]
pub struct Measure {
    pub span: Span,
    pub description: S<String>,
    pub by: S<String>,
    /// Needs the measure meets (an extension of the plan format, so P005 can count measures).
    pub needs: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Default)]
pub struct Overall {
    pub key: Span,
    pub party: S<String>,
    pub person: S<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Meeting {
    pub span: Span,
    pub id: S<String>,
    pub kind: S<MeetingKind>,
    pub time: S<NaiveDateTime>,
    pub place: S<String>,
    pub digital: S<String>,
    /// `syfte` (v2): this meeting's own purpose.
    pub purpose: S<String>,
    /// `frågeställningar` (v2): this meeting's own questions.
    pub questions: Vec<Spanned<String>>,
    pub invitation_sent: S<NaiveDate>,
    pub participants: Vec<Participant>,
    pub held: S<bool>,
    pub notes: S<String>,
    /// v3: the meeting's length in minutes (90 when not given).
    pub minutes: S<u32>,
}

impl Meeting {
    pub fn is_held(&self) -> bool {
        self.held.as_ref().is_some_and(|h| h.value)
    }
    pub fn date(&self) -> Option<NaiveDate> {
        self.time.as_ref().map(|t| t.value.date())
    }
    pub fn id_str(&self) -> &str {
        self.id.as_ref().map_or("?", |s| s.value.as_str())
    }
    /// The meeting's length in minutes (v3: `längd_minuter`, else 90).
    pub fn length_minutes(&self) -> u32 {
        self.minutes.as_ref().map_or(90, |m| m.value)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Participant {
    pub span: Span,
    pub name: S<String>,
    pub role: S<ParticipantRole>,
    pub party: S<String>,
    /// v3: the participant's unit or organisation.
    pub unit: S<String>,
    /// v3: `false` when the participant did not come (a held meeting only).
    pub present: S<bool>,
}

impl Participant {
    /// Recorded as absent (`närvarande: false`).
    pub fn absent(&self) -> bool {
        self.present.as_ref().is_some_and(|p| !p.value)
    }
}

#[derive(Debug, Clone, Default)]
pub struct FollowUp {
    pub key: Span,
    pub next: S<NaiveDate>,
}

#[derive(Debug, Clone, Default)]
pub struct Closing {
    pub key: Span,
    pub date: S<NaiveDate>,
    pub reason: S<ClosingReason>,
    pub comment: S<String>,
}

/// `ÅÅÅÅ-MM-DD`, strictly (four-digit year, two-digit month and day).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    // The common case, all digits, without chrono's format interpreter (a hot path on large
    // folders); anything else goes through chrono so its rules stay the only ones.
    if let (Some(y), Some(m), Some(d)) = (digits(&b[..4]), digits(&b[5..7]), digits(&b[8..])) {
        return NaiveDate::from_ymd_opt(y as i32, m, d);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// `ÅÅÅÅ-MM-DDTTT:MM`, local time, no seconds or zone.
pub fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if b.len() != 16 || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    let date = parse_date(s.get(..10)?)?;
    let time = match (digits(&b[11..13]), digits(&b[14..])) {
        (Some(h), Some(m)) => chrono::NaiveTime::from_hms_opt(h, m, 0)?,
        _ => chrono::NaiveTime::parse_from_str(s.get(11..)?, "%H:%M").ok()?,
    };
    Some(date.and_time(time))
}

/// The value of a run of ASCII digits (at most four), or `None` if any byte is not a digit.
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// The plan id pattern `^[a-z0-9][a-z0-9-]{2,63}$`.
pub fn is_valid_plan_id(s: &str) -> bool {
    let b = s.as_bytes();
    (3..=64).contains(&b.len())
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert!(parse_date("2026-03-10").is_some());
        assert!(parse_date("2026-02-30").is_none());
        assert!(parse_date("2026-3-10").is_none());
        assert!(parse_date("20260310").is_none());
        assert!(parse_datetime("2026-03-10T13:00").is_some());
        assert!(parse_datetime("2026-03-10 13:00").is_none());
        assert!(parse_datetime("2026-03-10T25:00").is_none());
    }

    #[test]
    fn fast_date_path_agrees_with_chrono() {
        for y in ["0000", "1999", "2024", "2100", "+202", " 202", "20a6"] {
            for m in ["00", "01", "02", "12", "13", "+1", " 1"] {
                for d in ["00", "01", "28", "29", "30", "31", "32", "+1"] {
                    let s = format!("{y}-{m}-{d}");
                    let slow = NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok();
                    assert_eq!(parse_date(&s), slow, "{s}");
                    for t in ["00:00", "23:59", "24:00", "12:60", "+1:00", "1a:00"] {
                        let dt = format!("{s}T{t}");
                        let slow = slow.and_then(|d| {
                            chrono::NaiveTime::parse_from_str(t, "%H:%M")
                                .ok()
                                .map(|t| d.and_time(t))
                        });
                        assert_eq!(parse_datetime(&dt), slow, "{dt}");
                    }
                }
            }
        }
    }

    #[test]
    fn plan_ids() {
        assert!(is_valid_plan_id("sip-2026-k3f9qx7m"));
        assert!(!is_valid_plan_id("Sip-2026"));
        assert!(!is_valid_plan_id("-abc"));
        assert!(!is_valid_plan_id("ab"));
        assert!(!is_valid_plan_id(&"a".repeat(65)));
    }
}
