//! `sip stats`: counts over the plan folder without any personal data, for the
//! samordningsförbund's board and SUS. Computes,
//! never prints; disclosure control is applied by the renderers (`render::stats`).
//!
//! Each plan is reduced to a few facts ([`PlanFacts`]: no name, no personnummer, no date of
//! birth), then folded into [`Stats`]. Decisions the format leaves open:
//! - `--from`/`--to` keep plans whose `initiering.datum` lies within (inclusive); a plan without
//!   that date is kept only when neither is given.
//! - Every breakdown (plans by status, agreement, initiating party and overall-responsible party;
//!   interventions by party and status; closing reasons; follow-up on time) is split by gender
//!   (`kvinna`, `man`, `annat`, `uppgift_saknas` when not given) and by age band on the initiation
//!   date ([`super::AgeBand`]). A value that is not given is counted under `uppgift_saknas`; a
//!   value that is not known (an agreement id not in the folder, a party id not in the plan's
//!   agreement) under `okänt`, never printed: statistics show only known values.
//! - Median days from initiation to the first held meeting (the earliest meeting marked
//!   `genomfört`), over the plans that have both dates.
//! - Follow-up on time: among active (`pågående`) plans, `i_tid` when `uppföljning.nästa` is
//!   today or later, `försenad` when before today, `saknas` when not given.
//! - Closing reasons: among closed plans, by `avslut.orsak`.
//! - Goal outcomes (v3): every evaluated goal (`mål[].utfall`) by its `bedömning`, split by the
//!   plan's gender and age band.

use chrono::NaiveDate;

use super::AgeBand;
use crate::check::{CheckOptions, Unreadable, map_plans};
use crate::model::enums::{ClosingReason, Gender, GoalAssessment, InterventionStatus, Status};
use crate::model::plan::Plan;
use crate::workspace::{PlanFile, PlanFolder, Workspace};

/// The key for a value that is not given.
pub const MISSING: &str = "uppgift_saknas";

/// The key for a value that is given but not known: an agreement id not in the folder, a party
/// id not in the plan's agreement. The value itself is never shown: a name or personnummer typed
/// into `initiering.part` must not land in a board report.
pub const UNKNOWN: &str = "okänt";

/// What one plan contributes: no personal data.
#[derive(Clone, Debug)]
pub struct PlanFacts {
    pub initiated: Option<NaiveDate>,
    pub status: Option<Status>,
    pub agreement: Option<String>,
    pub initiating_party: Option<String>,
    pub overall_party: Option<String>,
    pub gender: Gender,
    pub age: AgeBand,
    /// (huvudman, status) of each intervention.
    pub interventions: Vec<(Option<String>, Option<InterventionStatus>)>,
    pub days_to_first_meeting: Option<i64>,
    pub follow_up: Option<FollowUpState>,
    pub closing_reason: Option<Option<ClosingReason>>,
    /// v3: the assessment of each evaluated goal.
    pub goal_outcomes: Vec<GoalAssessment>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FollowUpState {
    OnTime,
    Late,
    Missing,
}

impl FollowUpState {
    pub const ALL: [FollowUpState; 3] = [
        FollowUpState::OnTime,
        FollowUpState::Late,
        FollowUpState::Missing,
    ];
    pub fn key(self) -> &'static str {
        match self {
            FollowUpState::OnTime => "i_tid",
            FollowUpState::Late => "försenad",
            FollowUpState::Missing => "saknas",
        }
    }
}

impl PlanFacts {
    /// The facts of a plan; agreement and party ids are kept only when `ws` knows them.
    pub fn of(plan: &Plan, today: NaiveDate, ws: &Workspace) -> PlanFacts {
        let agreement = plan.agreement.as_ref().and_then(|a| ws.agreement(&a.value));
        let known_agreement = |id: &str| {
            if agreement.is_some() {
                id.to_string()
            } else {
                UNKNOWN.to_string()
            }
        };
        let known_party = |id: &str| match agreement.and_then(|a| a.party(id)) {
            Some(_) => id.to_string(),
            None => UNKNOWN.to_string(),
        };
        let initiated = plan.initiation.date.as_ref().map(|d| d.value);
        let first_held = plan
            .meetings
            .iter()
            .filter(|m| m.is_held())
            .filter_map(|m| m.date())
            .min();
        let status = plan.status();
        PlanFacts {
            initiated,
            status,
            agreement: plan.agreement.as_ref().map(|a| known_agreement(&a.value)),
            initiating_party: plan
                .initiation
                .party
                .as_ref()
                .map(|p| known_party(&p.value)),
            overall_party: plan.overall_party().map(known_party),
            gender: plan
                .individual
                .gender
                .as_ref()
                .map_or(Gender::Unknown, |g| g.value),
            age: AgeBand::of_plan(plan, today),
            interventions: plan
                .interventions
                .iter()
                .map(|i| {
                    (
                        i.principal_str().map(known_party),
                        i.status.as_ref().map(|s| s.value),
                    )
                })
                .collect(),
            days_to_first_meeting: initiated.zip(first_held).map(|(i, m)| (m - i).num_days()),
            follow_up: (status == Some(Status::Active)).then(|| match plan.next_follow_up() {
                Some(d) if d >= today => FollowUpState::OnTime,
                Some(_) => FollowUpState::Late,
                None => FollowUpState::Missing,
            }),
            closing_reason: (status == Some(Status::Closed)).then(|| {
                plan.closing
                    .as_ref()
                    .and_then(|c| c.reason.as_ref())
                    .map(|r| r.value)
            }),
            goal_outcomes: plan.goals.iter().filter_map(|g| g.assessment()).collect(),
        }
    }
}

/// A count split by gender and by age band.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Split {
    pub total: u64,
    /// In the order of `Gender::VARIANTS`.
    pub gender: [u64; 4],
    /// In the order of `AgeBand::ALL`.
    pub age: [u64; 9],
}

impl Split {
    fn add(&mut self, gender: Gender, age: AgeBand) {
        self.total += 1;
        let g = Gender::VARIANTS
            .iter()
            .position(|v| *v == gender)
            .expect("every gender is in VARIANTS");
        let a = AgeBand::ALL
            .iter()
            .position(|v| *v == age)
            .expect("every band is in ALL");
        self.gender[g] += 1;
        self.age[a] += 1;
    }
}

/// Counts by category (the category's key as written in files, or [`MISSING`]), in the order
/// they are shown: enum order for closed sets, sorted otherwise.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Breakdown {
    pub rows: Vec<(String, Split)>,
}

impl Breakdown {
    /// A breakdown whose rows start with `fixed` (shown even when zero).
    fn with(fixed: &[&str]) -> Breakdown {
        Breakdown {
            rows: fixed
                .iter()
                .map(|k| ((*k).to_string(), Split::default()))
                .collect(),
        }
    }
    fn add(&mut self, key: Option<&str>, gender: Gender, age: AgeBand) {
        let key = key.unwrap_or(MISSING);
        match self.rows.iter_mut().find(|(k, _)| k == key) {
            Some((_, s)) => s.add(gender, age),
            None => {
                let mut s = Split::default();
                s.add(gender, age);
                self.rows.push((key.to_string(), s));
            }
        }
    }
    /// Sort the rows after the first `fixed` ones by key, `uppgift_saknas` last.
    fn sort_from(&mut self, fixed: usize) {
        self.rows[fixed..].sort_by(|a, b| (a.0 == MISSING, &a.0).cmp(&(b.0 == MISSING, &b.0)));
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stats {
    pub today: NaiveDate,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub plans: Split,
    pub by_status: Breakdown,
    pub by_agreement: Breakdown,
    pub by_initiating_party: Breakdown,
    pub by_overall_party: Breakdown,
    pub interventions: Split,
    pub interventions_by_party: Breakdown,
    pub interventions_by_status: Breakdown,
    pub follow_up: Breakdown,
    pub closing_reasons: Breakdown,
    /// v3: evaluated goals by outcome.
    pub goal_outcomes: Breakdown,
    /// Plans with both an initiation date and a held meeting.
    pub first_meeting_plans: u64,
    pub median_days_to_first_meeting: Option<f64>,
}

/// Fold the facts of the plans kept by `from`/`to`.
pub fn fold(
    facts: impl IntoIterator<Item = PlanFacts>,
    today: NaiveDate,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Stats {
    let mut st = Stats {
        today,
        from,
        to,
        plans: Split::default(),
        by_status: Breakdown::with(Status::ALL),
        by_agreement: Breakdown::default(),
        by_initiating_party: Breakdown::default(),
        by_overall_party: Breakdown::default(),
        interventions: Split::default(),
        interventions_by_party: Breakdown::default(),
        interventions_by_status: Breakdown::with(InterventionStatus::ALL),
        follow_up: Breakdown::with(&FollowUpState::ALL.map(FollowUpState::key)),
        closing_reasons: Breakdown::with(ClosingReason::ALL),
        goal_outcomes: Breakdown::with(GoalAssessment::ALL),
        first_meeting_plans: 0,
        median_days_to_first_meeting: None,
    };
    let mut days = Vec::new();
    for f in facts {
        let kept = match (from, to) {
            (None, None) => true,
            _ => f
                .initiated
                .is_some_and(|d| from.is_none_or(|x| d >= x) && to.is_none_or(|x| d <= x)),
        };
        if !kept {
            continue;
        }
        let (g, a) = (f.gender, f.age);
        st.plans.add(g, a);
        st.by_status.add(f.status.map(Status::as_str), g, a);
        st.by_agreement.add(f.agreement.as_deref(), g, a);
        st.by_initiating_party
            .add(f.initiating_party.as_deref(), g, a);
        st.by_overall_party.add(f.overall_party.as_deref(), g, a);
        for (party, status) in &f.interventions {
            st.interventions.add(g, a);
            st.interventions_by_party.add(party.as_deref(), g, a);
            st.interventions_by_status
                .add(status.map(InterventionStatus::as_str), g, a);
        }
        if let Some(s) = f.follow_up {
            st.follow_up.add(Some(s.key()), g, a);
        }
        if let Some(r) = f.closing_reason {
            st.closing_reasons.add(r.map(ClosingReason::as_str), g, a);
        }
        for o in &f.goal_outcomes {
            st.goal_outcomes.add(Some(o.as_str()), g, a);
        }
        if let Some(d) = f.days_to_first_meeting {
            days.push(d);
        }
    }
    st.by_status.sort_from(Status::ALL.len());
    st.by_agreement.sort_from(0);
    st.by_initiating_party.sort_from(0);
    st.by_overall_party.sort_from(0);
    st.interventions_by_party.sort_from(0);
    st.interventions_by_status
        .sort_from(InterventionStatus::ALL.len());
    st.closing_reasons.sort_from(ClosingReason::ALL.len());
    st.first_meeting_plans = days.len() as u64;
    st.median_days_to_first_meeting = median(&mut days);
    st
}

/// The median (the mean of the two middle values for an even count).
pub fn median(values: &mut [i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2] as f64
    } else {
        (values[n / 2 - 1] + values[n / 2]) as f64 / 2.0
    })
}

/// Every readable plan of the folders through `f` (the index of its folder in `folders`, its
/// file, the plan), with no rule run: what the counts of `sip stats` and of the board report
/// read. The files that are not plans come second, sorted by path.
pub fn read_plans<T, F>(folders: &[PlanFolder], today: NaiveDate, f: F) -> (Vec<T>, Vec<Unreadable>)
where
    T: Send,
    F: Fn(usize, &PlanFile, &Plan) -> T + Sync,
{
    // No rule is needed: only the plans (and which files are not plans).
    let opts = CheckOptions {
        select: Some(Vec::new()),
        ..CheckOptions::on(today)
    };
    let mut values = Vec::new();
    let mut unreadable = Vec::new();
    for (n, folder) in folders.iter().enumerate() {
        let m = map_plans(&folder.ws, &folder.files, &opts, |file, plan, _| {
            f(n, file, plan)
        });
        values.extend(m.values);
        unreadable.extend(m.unreadable);
    }
    unreadable.sort_by(|a, b| a.file.cmp(&b.file));
    (values, unreadable)
}

/// The figures of every plan in the folders (each plan read with its own folder's agreements).
pub fn collect(
    folders: &[PlanFolder],
    today: NaiveDate,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> (Stats, Vec<Unreadable>) {
    let (facts, unreadable) = read_plans(folders, today, |n, _, plan| {
        PlanFacts::of(plan, today, &folders[n].ws)
    });
    (fold(facts, today, from, to), unreadable)
}

/// The share of active plans whose follow-up is on time, when there are active plans.
pub fn share_on_time(st: &Stats) -> Option<f64> {
    let on_time = st.follow_up.rows.first().map_or(0, |(_, s)| s.total);
    let active: u64 = st.follow_up.rows.iter().map(|(_, s)| s.total).sum();
    (active > 0).then(|| on_time as f64 / active as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_odd_even_empty() {
        assert_eq!(median(&mut [5, 1, 3]), Some(3.0));
        assert_eq!(median(&mut [4, 1, 3, 2]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }
}
