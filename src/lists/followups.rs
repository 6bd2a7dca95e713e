//! `sip followups`: everything dated in the plan folder that a samtalsledare must act on, as
//! plain [`Item`]s. Computes, never prints.
//!
//! One item per source field, never merged; sorted by date, then plan, then kind. Which plans
//! and which fields (decisions the format leaves open):
//! - Plans that are not `avslutad` (drafts included); an `avslutad` plan only for `gallring`.
//! - `uppföljning`: `uppföljning.nästa`. Party and person: the overall responsibility.
//! - `saknar_uppföljning`: an active (`pågående`) plan without `uppföljning.nästa`, dated today.
//!   Party and person: the overall responsibility.
//! - `kallelse`: a meeting not held, dated today or later, whose `kallelse_skickad` is not
//!   recorded. Its date is the last day to send it: the meeting's date minus the agreement's
//!   `minsta_framförhållning_dagar` (0 when the agreement sets none: then it is due by the
//!   meeting day). When that day has passed the item is overdue (a late kallelse). Party: the
//!   convening party (`initiering.part`), which sends kallelser.
//! - `möte`: a meeting not held dated today or later (a past one is P006's business). Party:
//!   the convening party.
//! - `insats_slut`: an intervention's `slut` while its status is `planerad` or `pågår` (or not
//!   given); a finished or cancelled intervention has nothing left to end. Party: `huvudman`;
//!   person: `kontaktperson`.
//! - `mål_senast`: a goal's `senast`. Party and person: the overall responsibility (goals have
//!   no party of their own; the one holding the plan together follows them up).
//! - `samtycke_upphör`: consent `giltigt_till`, unless the consent is withdrawn (L006's business).
//!   Party and person: the overall responsibility.
//! - `kallelse` after discharge (v2): with `initiering.utskrivningsklar` and no `kallelse_skickad`
//!   in any meeting, the last of lag 2017:612's three days. Party: the agreement's region party
//!   (the convening party when it is the only region, else the first of type region); person:
//!   `initiering.fast_vårdkontakt`, who sends it. Source `utskrivning`.
//! - `kallelse` within the agreement's `längsta_tid_till_kallelse_dagar` (v2): with no
//!   `kallelse_skickad` in any meeting, `initiering.datum` plus that many days. Party: the
//!   convening party. Source `första`.
//! - `avsluta` (v3): a plan whose consent is withdrawn (`samtycke.återkallat`) and that is not
//!   closed, dated the withdrawal: it is to be closed. Nothing else is listed for such a plan:
//!   without consent no meeting, kallelse or follow-up goes ahead. Party and person: the overall
//!   responsibility.
//! - `mål_senast` is not listed for a goal with `utfall` (v3): it has been evaluated.
//! - `fyller_18` (v2): the 18th birthday of an individual whose consent was given only by others
//!   (no `individen` in `givet_av`) before that day: the adult's own consent is needed (L011).
//!   Party and person: the overall responsibility.
//! - `gallring` (v3): an `avslutad` plan's day of gallring under `[gallring]` in `sip.toml` (its
//!   last entry, the later of `avslut.datum` and the last commit touching the file, plus the
//!   years), unless an exception keeps it (`git::gallring`). Party: the overall responsibility.
//!   Only with `[gallring]`; `sip gallra` does it.
//!
//! The window: an item is listed when its date is at most `within` days ahead (overdue items are
//! always listed). `--party` keeps items whose party is that id; `--leader` and `--agreement`
//! keep plans whose `samtalsledare` (case-insensitive) or `överenskommelse` match.

use chrono::{Duration, NaiveDate};

use crate::check::{CheckOptions, Mapped, map_plans};
use crate::git::gallring::{self, LastEntries, Verdict};
use crate::i18n::Lang;
use crate::model::agreement::Agreement;
use crate::model::enums::{InterventionStatus, PartyType, Status};
use crate::model::personnummer::birthday;
use crate::model::plan::Plan;
use crate::privacy::{Anonymizer, initials};
use crate::workspace::{PlanFile, PlanFolder, Workspace};

/// What an item is about, in the documented order (the sort order within a plan and day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemKind {
    FollowUp,
    Invitation,
    Meeting,
    InterventionEnd,
    GoalDeadline,
    ConsentExpires,
    TurnsEighteen,
    NoFollowUp,
    Gallring,
    /// v3: a plan whose consent is withdrawn, to be closed.
    Close,
}

impl ItemKind {
    /// The `kind` value in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::FollowUp => "uppföljning",
            ItemKind::Invitation => "kallelse",
            ItemKind::Meeting => "möte",
            ItemKind::InterventionEnd => "insats_slut",
            ItemKind::GoalDeadline => "mål_senast",
            ItemKind::ConsentExpires => "samtycke_upphör",
            ItemKind::TurnsEighteen => "fyller_18",
            ItemKind::NoFollowUp => "saknar_uppföljning",
            ItemKind::Gallring => "gallring",
            ItemKind::Close => "avsluta",
        }
    }
}

/// One dated thing to act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub date: NaiveDate,
    /// Days from today; negative when overdue.
    pub days: i64,
    pub plan: String,
    /// The individual's name, or initials when anonymized.
    pub individual: String,
    pub kind: ItemKind,
    pub text: String,
    pub party: Option<String>,
    pub person: Option<String>,
    pub meeting_leader: Option<String>,
    /// The id of the list entry the date comes from (`MÖ2`, `I1`, `M1`), for a stable UID.
    pub source: Option<String>,
    /// A meeting's time of day (local time); `None` for the other kinds, which are whole days.
    pub time: Option<chrono::NaiveTime>,
    /// A meeting's place: `plats`, else `digitalt`.
    pub location: Option<String>,
    /// v3: a meeting's length in minutes (`längd_minuter`, else 90); `None` for other kinds.
    pub minutes: Option<u32>,
}

impl Item {
    pub fn is_overdue(&self) -> bool {
        self.days < 0
    }
}

/// What to keep.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Days ahead; `None` keeps every date.
    pub within: Option<i64>,
    pub party: Option<String>,
    pub leader: Option<String>,
    pub agreement: Option<String>,
    pub anonymize: bool,
}

impl Filter {
    /// Whether the plan-level filters (`--leader`, `--agreement`) keep this plan.
    pub fn keeps_plan(&self, plan: &Plan) -> bool {
        let leader_ok = self.leader.as_deref().is_none_or(|want| {
            plan.meeting_leader
                .as_ref()
                .is_some_and(|l| l.value.trim().to_lowercase() == want.trim().to_lowercase())
        });
        let agreement_ok = self
            .agreement
            .as_deref()
            .is_none_or(|want| plan.agreement.as_ref().is_some_and(|a| a.value == want));
        leader_ok && agreement_ok
    }

    /// Whether the item-level filters (window, `--party`) keep this item.
    pub fn keeps_item(&self, item: &Item) -> bool {
        self.within.is_none_or(|w| item.days <= w)
            && self
                .party
                .as_deref()
                .is_none_or(|p| item.party.as_deref() == Some(p))
    }
}

/// Every item of one plan (no window, no filter), in file order by kind. Closed plans have none.
pub fn plan_items(
    plan: &Plan,
    agreement: Option<&Agreement>,
    file: &PlanFile,
    today: NaiveDate,
    lang: Lang,
    anonymize: bool,
) -> Vec<Item> {
    if plan.status() == Some(Status::Closed) {
        return Vec::new();
    }
    let name = plan.name().unwrap_or("");
    let anon = anonymize.then(|| Anonymizer::of_names(plan.personal_names()));
    // An encrypted value no key opened is not shown (it would be its ciphertext).
    let scrub = |t: String| match &anon {
        _ if crate::crypt::read::is_sealed_value(&t) => "–".to_string(),
        Some(a) => a.scrub(&t),
        None => t,
    };
    let individual = if anonymize {
        initials(name)
    } else {
        name.to_string()
    };
    let plan_id = scrub(
        plan.id_str()
            .map(str::to_string)
            .unwrap_or_else(|| file_stem(file)),
    );
    let leader = plan.meeting_leader.as_ref().map(|l| scrub(l.value.clone()));
    let overall_party = plan.overall_party().map(|p| scrub(p.to_string()));
    let overall_person = plan
        .overall
        .as_ref()
        .and_then(|o| o.person.as_ref())
        .map(|p| scrub(p.value.clone()));
    let convener = plan
        .initiation
        .party
        .as_ref()
        .map(|p| scrub(p.value.clone()));
    let mut out = Vec::new();
    // The time, place and length of each meeting item, in the order they are pushed.
    let mut timed: Vec<(chrono::NaiveTime, Option<String>, u32)> = Vec::new();
    let mut push = |date: NaiveDate,
                    kind: ItemKind,
                    text: String,
                    party: Option<String>,
                    person: Option<String>,
                    source: Option<String>| {
        out.push(Item {
            date,
            days: (date - today).num_days(),
            plan: plan_id.clone(),
            individual: individual.clone(),
            kind,
            text: scrub(text),
            party: party.map(&scrub),
            person: person.map(&scrub),
            meeting_leader: leader.clone(),
            source: source.map(&scrub),
            time: None,
            location: None,
            minutes: None,
        });
    };

    // Withdrawn consent: the one thing left is to close the plan.
    if let Some(w) = plan.consent.as_ref().and_then(|c| c.withdrawn.as_ref()) {
        push(
            w.value,
            ItemKind::Close,
            t!(lang, "lista-punkt-avsluta"),
            overall_party.clone(),
            overall_person.clone(),
            None,
        );
        return out;
    }

    match plan.next_follow_up() {
        Some(next) => push(
            next,
            ItemKind::FollowUp,
            t!(lang, "lista-punkt-uppfoljning"),
            overall_party.clone(),
            overall_person.clone(),
            None,
        ),
        None if plan.is_active() => push(
            today,
            ItemKind::NoFollowUp,
            t!(lang, "lista-punkt-inget-datum"),
            overall_party.clone(),
            overall_person.clone(),
            None,
        ),
        None => {}
    }

    // v3: under LPT/LRV a samordnad vårdplan replaces the SIP at discharge (2017:612 4 kap. 1 §).
    let no_invitation_yet = plan.meetings.iter().all(|m| m.invitation_sent.is_none())
        && plan.initiation.compulsory_care.is_none();
    if let (Some(ready), true) = (&plan.initiation.discharge_ready, no_invitation_yet) {
        let last = ready.value + Duration::days(3);
        let region = agreement.and_then(|a| {
            let regions = || a.parties.iter().filter(|p| p.kind == PartyType::Region);
            regions()
                .find(|p| convener.as_deref() == Some(p.id.as_str()))
                .or_else(|| regions().next())
                .map(|p| p.id.clone())
        });
        push(
            last,
            ItemKind::Invitation,
            t!(
                lang,
                "lista-punkt-kalla-efter-utskrivning",
                datum = ready.value.to_string()
            ),
            region,
            plan.initiation
                .care_contact
                .as_ref()
                .map(|c| c.value.clone()),
            Some("utskrivning".into()),
        );
    }
    let longest = agreement.and_then(|a| a.invitation.max_days_to_invitation);
    if let (Some(days), Some(start), true) =
        (longest, plan.initiation.date.as_ref(), no_invitation_yet)
    {
        push(
            start.value + Duration::days(i64::from(days)),
            ItemKind::Invitation,
            t!(
                lang,
                "lista-punkt-forsta-kallelse",
                dagar = days,
                datum = start.value.to_string()
            ),
            convener.clone(),
            None,
            Some("första".into()),
        );
    }

    // After discharge the law's three days come before the agreement's notice period (as A009).
    let notice = agreement
        .and_then(|a| a.invitation.min_notice_days)
        .filter(|_| plan.initiation.discharge_ready.is_none())
        .unwrap_or(0);
    for m in &plan.meetings {
        let (Some(time), false) = (m.time.as_ref(), m.is_held()) else {
            continue;
        };
        let date = time.value.date();
        if date < today {
            continue;
        }
        let id = m.id_str().to_string();
        if m.invitation_sent.is_none() {
            let last = date - Duration::days(i64::from(notice));
            push(
                last,
                ItemKind::Invitation,
                t!(
                    lang,
                    "lista-punkt-skicka-kallelse",
                    mote = id,
                    datum = date.to_string()
                ),
                convener.clone(),
                None,
                Some(id.clone()),
            );
        }
        let clock = time.value.format("%H:%M").to_string();
        let what = match &m.kind {
            Some(k) => t!(
                lang,
                "lista-punkt-mote-med-slag",
                mote = id,
                slag = k.value.label(lang),
                tid = clock
            ),
            None => t!(lang, "lista-punkt-mote", mote = id, tid = clock),
        };
        push(
            date,
            ItemKind::Meeting,
            what,
            convener.clone(),
            None,
            Some(id),
        );
        // Protected personal data: the place is never printed (a calendar is synced widely);
        // a digital meeting's link says nothing of where anyone is.
        let place = if plan.is_protected() {
            m.digital
                .as_ref()
                .map(|s| s.value.trim().to_string())
                .filter(|s| !s.is_empty())
        } else {
            meeting_place(m)
        };
        timed.push((time.value.time(), place, m.length_minutes()));
    }

    for i in &plan.interventions {
        let Some(end) = i.end.as_ref() else { continue };
        let open = i.status.as_ref().is_none_or(|s| {
            matches!(
                s.value,
                InterventionStatus::Planned | InterventionStatus::Ongoing
            )
        });
        if !open {
            continue;
        }
        let id = i.id.as_ref().map_or("?", |s| s.value.as_str());
        let what = i.description.as_ref().map_or("", |s| s.value.as_str());
        push(
            end.value,
            ItemKind::InterventionEnd,
            t!(
                lang,
                "lista-punkt-insats-slutar",
                insats = id,
                beskrivning = what
            ),
            i.principal_str().map(str::to_string),
            i.contact.as_ref().map(|c| c.value.clone()),
            Some(id.to_string()),
        );
    }

    for g in plan.goals.iter().filter(|g| g.outcome.is_none()) {
        let Some(by) = g.by.as_ref() else { continue };
        let id = g.id.as_ref().map_or("?", |s| s.value.as_str());
        let what = g.description.as_ref().map_or("", |s| s.value.as_str());
        push(
            by.value,
            ItemKind::GoalDeadline,
            t!(lang, "lista-punkt-mal-senast", mal = id, beskrivning = what),
            overall_party.clone(),
            overall_person.clone(),
            Some(id.to_string()),
        );
    }

    if let Some(c) = &plan.consent {
        if let (Some(until), None) = (&c.valid_until, &c.withdrawn) {
            push(
                until.value,
                ItemKind::ConsentExpires,
                t!(lang, "lista-punkt-samtycke-upphor"),
                overall_party.clone(),
                overall_person.clone(),
                None,
            );
        }
        let by_others = !c.given_by.is_empty() && !c.given_by_individual();
        let adult = super::birth_date(plan, today).and_then(|b| birthday(b, 18));
        if let (true, Some(adult), Some(on)) = (by_others, adult, c.date.as_ref()) {
            if on.value < adult {
                push(
                    adult,
                    ItemKind::TurnsEighteen,
                    t!(lang, "lista-punkt-fyller-18"),
                    overall_party.clone(),
                    overall_person.clone(),
                    None,
                );
            }
        }
    }
    let meetings = out.iter_mut().filter(|i| i.kind == ItemKind::Meeting);
    for (item, (time, place, minutes)) in meetings.zip(timed) {
        item.time = Some(time);
        item.location = place.map(scrub);
        item.minutes = Some(minutes);
    }
    out
}

/// A meeting's place for a calendar: `plats`, else `digitalt` (its link or tool).
fn meeting_place(m: &crate::model::plan::Meeting) -> Option<String> {
    [&m.place, &m.digital]
        .into_iter()
        .flatten()
        .map(|s| s.value.trim())
        .find(|s| !s.is_empty())
        .map(str::to_string)
}

fn file_stem(file: &PlanFile) -> String {
    let name = file.rel.rsplit('/').next().unwrap_or("");
    name.trim_end_matches(".yaml")
        .trim_end_matches(".yml")
        .to_string()
}

/// A closed plan's day of gallring (none when an exception keeps it or no date gives it).
fn gallring_item(
    plan: &Plan,
    file: &PlanFile,
    retention: &crate::model::config::Retention,
    entries: Option<&LastEntries>,
    today: NaiveDate,
    lang: Lang,
    anonymize: bool,
) -> Option<Item> {
    let a = gallring::assess(plan, &file.path, retention, entries, today)?;
    if !matches!(a.verdict, Verdict::Due | Verdict::NotYet) {
        return None;
    }
    let (due, last) = (a.due?, a.last?);
    let name = plan.name().unwrap_or("");
    Some(Item {
        date: due,
        days: (due - today).num_days(),
        plan: a.id,
        individual: if anonymize {
            initials(name)
        } else {
            name.to_string()
        },
        kind: ItemKind::Gallring,
        text: t!(
            lang,
            "lista-punkt-gallras",
            sista = last.to_string(),
            ar = retention.years
        ),
        party: plan.overall_party().map(str::to_string),
        person: None,
        meeting_leader: plan.meeting_leader.as_ref().map(|l| l.value.clone()),
        source: None,
        time: None,
        location: None,
        minutes: None,
    })
}

/// Sort by date, then plan, then kind (stable: same-kind items keep file order).
pub fn sort(items: &mut [Item]) {
    items.sort_by(|a, b| (a.date, &a.plan, a.kind).cmp(&(b.date, &b.plan, b.kind)));
}

/// The folder-wide list: every kept item of every plan in `files`, sorted.
pub fn collect(
    folders: &[PlanFolder],
    today: NaiveDate,
    lang: Lang,
    filter: &Filter,
) -> Mapped<Item> {
    // No rule is needed here: an empty selection skips them.
    // No rule is needed: only the plans (and which files are not plans).
    let opts = CheckOptions {
        select: Some(Vec::new()),
        ..CheckOptions::on(today)
    };
    let mut items: Vec<Item> = Vec::new();
    let mut unreadable = Vec::new();
    for f in folders {
        let m = collect_folder(&f.ws, &f.files, today, lang, filter, &opts);
        items.extend(m.values.into_iter().flatten());
        unreadable.extend(m.unreadable);
    }
    sort(&mut items);
    unreadable.sort_by(|a: &crate::check::Unreadable, b| a.file.cmp(&b.file));
    Mapped {
        values: items,
        unreadable,
    }
}

/// The items of each plan in `files` of one plan folder, plan by plan.
fn collect_folder(
    ws: &Workspace,
    files: &[PlanFile],
    today: NaiveDate,
    lang: Lang,
    filter: &Filter,
    opts: &CheckOptions,
) -> Mapped<Vec<Item>> {
    // Gallring needs git's last commit per file: read once per folder, and only when `[gallring]`
    // is set.
    let retention = ws.config.retention.as_ref();
    let entries = retention.and_then(|_| LastEntries::read(&ws.root).ok().flatten());
    map_plans(ws, files, opts, |file, plan, _| {
        if !filter.keeps_plan(plan) {
            return Vec::new();
        }
        let agreement = plan.agreement.as_ref().and_then(|a| ws.agreement(&a.value));
        let mut items = plan_items(plan, agreement, file, today, lang, filter.anonymize);
        if let Some(r) = retention {
            items.extend(gallring_item(
                plan,
                file,
                r,
                entries.as_ref(),
                today,
                lang,
                filter.anonymize,
            ));
        }
        items.retain(|i| filter.keeps_item(i));
        // Most items fall outside the window: keep no spare capacity per plan (100,000 plans).
        items.shrink_to_fit();
        items
    })
}
