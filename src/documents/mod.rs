//! Printed documents: the agenda (`dagordning`), the invitation (`kallelse`) and the
//! plan document, each built from a loaded plan and its agreement as a neutral [`doc::Doc`] and
//! printed by one of the renderers in [`render`].
//!
//! Place in the flow: model → documents → stdout. Builders read the plan and never check it (that
//! is `rules/`); what is missing prints as "ej angivet" or "att besluta" so a half-made plan still
//! gives a readable paper. Renderers never look at a plan.

use chrono::{NaiveDate, NaiveDateTime};

use crate::error::Result;
use crate::i18n::Lang;
use crate::model::agreement::{Agreement, NoticeShortfall};
use crate::model::config::Contact;
use crate::model::enums::{MeetingKind, ParticipantRole};
use crate::model::plan::{Intervention, Meeting, Participant, Plan};

pub mod agenda;
pub mod doc;
pub mod guard;
pub mod invitation;
pub mod letter;
pub mod parts;
pub mod people;
pub mod plan;
pub mod protocol;
pub mod render;

use doc::{Block, Field, Item};

/// What a document builder reads.
pub struct Source<'a> {
    pub plan: &'a Plan,
    /// `None` when the plan names an agreement that is not known (S005).
    pub agreement: Option<&'a Agreement>,
    pub lang: Lang,
    pub today: NaiveDate,
    /// The samtalsledare's phone and e-mail from `sip.toml` (`[kontakt]`).
    pub contact: &'a Contact,
    /// The plan's changes from git, oldest first, when the plan folder is in git (read at the
    /// edge: documents never run git themselves).
    pub history: Option<&'a [crate::git::history::Entry]>,
}

impl Source<'_> {
    /// The changes git recorded after `since` (a previous meeting's day) up to today, as
    /// "2026-05-10 Erik Ek: insats I3 avbruten; nytt behov B3", oldest first; `None` without git.
    pub fn changes_since(&self, since: NaiveDate) -> Option<Vec<String>> {
        let history = self.history?;
        Some(
            history
                .iter()
                .filter(|e| e.date > since && e.date <= self.today && !e.changes.is_empty())
                .map(|e| {
                    let what: Vec<&str> = e.changes.iter().map(|c| c.get(self.lang)).collect();
                    format!("{} {}: {}", e.date, e.author, what.join("; "))
                })
                .collect(),
        )
    }

    /// A block listing [`Source::changes_since`], or nothing without git.
    pub fn changes_block(&self, since: NaiveDate) -> Option<Block> {
        let changes = self.changes_since(since)?;
        Some(if changes.is_empty() {
            Block::para(t!(self.lang, "dokument-planen-har-inte-andrats-sedan"))
        } else {
            Block::list(false, changes.into_iter().map(Item::new).collect())
        })
    }
}

/// The meeting a document is for.
pub struct MeetingRef<'a> {
    /// `None` when the plan has no meeting yet: the document is for the one to come.
    pub meeting: Option<&'a Meeting>,
    pub kind: MeetingKind,
}

impl<'a> Source<'a> {
    /// One of two texts made for the two languages (for builders whose text is not yet in
    /// `locales/`; the documents here use `t!`).
    pub fn t<'s>(&self, sv: &'s str, en: &'s str) -> &'s str {
        match self.lang {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }
    /// One of two texts made for the two languages.
    pub fn pick(&self, sv: String, en: String) -> String {
        match self.lang {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }
    /// "ej angivet": a value the plan does not give.
    pub fn missing(&self) -> String {
        t!(self.lang, "dokument-ej-angivet")
    }
    /// "att besluta": something the meeting has to decide.
    pub fn to_decide(&self) -> String {
        t!(self.lang, "dokument-att-besluta")
    }
    /// v3: a goal's evaluation, "uppnått 2026-09-30: kommentar", when it has one.
    pub fn goal_outcome(&self, g: &crate::model::plan::Goal) -> Option<String> {
        let o = g.outcome.as_ref()?;
        let mut s = o
            .assessment
            .as_ref()
            .map_or_else(|| self.missing(), |a| a.value.label(self.lang));
        if let Some(d) = &o.date {
            s.push_str(&format!(" {}", date(d.value)));
        }
        if let Some(c) = &o.comment {
            s.push_str(&format!(": {}", c.value));
        }
        Some(s)
    }
    /// A text value, or "ej angivet".
    pub fn or_missing(&self, v: Option<&str>) -> String {
        v.map_or_else(|| self.missing(), str::to_string)
    }
    /// A party's name from the agreement (its id when unknown).
    pub fn party(&self, id: &str) -> String {
        self.agreement.map_or(id, |a| a.party_name(id)).to_string()
    }
    /// v3: a party as a letter names it: the folder's name for it, else the agreement's
    /// `kortnamn`, else its `namn`.
    pub fn party_short(&self, id: &str) -> String {
        self.agreement
            .and_then(|a| a.party(id))
            .and_then(|p| p.short_name.clone())
            .unwrap_or_else(|| self.party(id))
    }
    /// Kommun or region (a huvudman under the law). Without a known agreement, the ids
    /// `kommun` and `region` are taken at their word.
    pub fn is_principal(&self, id: &str) -> bool {
        match self.agreement.and_then(|a| a.party(id)) {
            Some(p) => p.is_principal(),
            None => id == "kommun" || id == "region",
        }
    }
    /// The plan's party ids in the agreement's order, then any others in the order met.
    pub fn order_parties<'b>(&self, ids: impl IntoIterator<Item = &'b str>) -> Vec<&'b str> {
        let mut ids: Vec<&str> = ids.into_iter().collect();
        let rank = |id: &str| {
            self.agreement
                .and_then(|a| a.parties.iter().position(|p| p.id == id))
                .unwrap_or(usize::MAX)
        };
        let mut seen = Vec::new();
        ids.retain(|id| {
            if seen.contains(id) {
                false
            } else {
                seen.push(*id);
                true
            }
        });
        ids.sort_by_key(|id| rank(id));
        ids
    }

    /// The meeting `wanted` (an id, case-insensitively), or by default the first meeting not
    /// held (by time), else the last one; an error (exit 2) when the plan has no meeting: a
    /// kallelse or an agenda needs a time and a place.
    pub fn meeting(&self, wanted: Option<&str>) -> Result<MeetingRef<'a>> {
        let plan = self.plan;
        if let Some(w) = wanted {
            let w = w.trim();
            let hit = plan.meetings.iter().find(|m| {
                m.id.as_ref()
                    .is_some_and(|i| i.value == w || i.value.to_lowercase() == w.to_lowercase())
            });
            return match hit {
                Some(m) => Ok(MeetingRef {
                    meeting: Some(m),
                    kind: kind_of(m, plan),
                }),
                None => {
                    let ids: Vec<&str> = plan.meetings.iter().map(Meeting::id_str).collect();
                    Err(if ids.is_empty() {
                        err!(
                            "dokument-okant-mote-inga-moten",
                            mote = w,
                            plan_id = plan.id_or_placeholder()
                        )
                    } else {
                        err!(
                            "dokument-okant-mote",
                            mote = w,
                            plan_id = plan.id_or_placeholder(),
                            moten = ids.join(", ")
                        )
                    })
                }
            };
        }
        let mut by_time: Vec<&Meeting> = plan.meetings.iter().collect();
        by_time.sort_by_key(|m| m.time.as_ref().map(|t| t.value));
        let chosen = by_time
            .iter()
            .find(|m| !m.is_held())
            .or_else(|| by_time.last())
            .copied();
        match chosen {
            Some(m) => Ok(MeetingRef {
                meeting: Some(m),
                kind: kind_of(m, plan),
            }),
            None => Err(err!(
                "dokument-inget-mote",
                plan_id = plan.id_or_placeholder()
            )),
        }
    }

    /// The samtalsledare: the plan's, else the meeting's participant in that role.
    pub fn leader(&self, meeting: Option<&Meeting>) -> Option<String> {
        if let Some(l) = &self.plan.meeting_leader {
            return Some(l.value.clone());
        }
        meeting?
            .participants
            .iter()
            .find(|p| role(p) == Some(ParticipantRole::MeetingLeader))
            .and_then(|p| p.name.as_ref().map(|n| n.value.clone()))
    }

    /// "MÖ1, upprättande" style title of the meeting kind.
    pub fn kind_title(&self, kind: MeetingKind) -> String {
        match kind {
            MeetingKind::Initial => t!(self.lang, "dokument-upprattande-av-planen"),
            MeetingKind::FollowUp => t!(self.lang, "dokument-uppfoljning-av-planen"),
        }
        .to_string()
    }

    /// The header fields every meeting document opens with.
    pub fn meeting_fields(&self, m: &MeetingRef) -> Vec<Field> {
        let plan = self.plan;
        let mut f = vec![
            Field::new(
                t!(self.lang, "dokument-individ"),
                self.or_missing(plan.name()),
            ),
            Field::new(t!(self.lang, "dokument-plan"), plan.id_or_placeholder()),
        ];
        let id = m.meeting.map_or_else(
            || t!(self.lang, "dokument-inte-inplanerat"),
            |x| x.id_str().to_string(),
        );
        f.push(Field::new(
            t!(self.lang, "dokument-mote"),
            t!(
                self.lang,
                "dokument-mote-och-slag",
                mote = id,
                slag = self.kind_title(m.kind)
            ),
        ));
        let time = m
            .meeting
            .and_then(|x| x.time.as_ref())
            .map(|t| datetime(t.value));
        f.push(Field::new(
            t!(self.lang, "dokument-tid"),
            time.unwrap_or_else(|| self.missing()),
        ));
        let place = m.meeting.and_then(|x| x.place.as_ref());
        let digital = m.meeting.and_then(|x| x.digital.as_ref());
        if self.plan.is_protected() {
            // v3: protected personal data: the place is never printed (a digital meeting's
            // system stays, as in the calendar and the checklist).
            if place.is_some() || digital.is_none() {
                f.push(Field::new(
                    t!(self.lang, "dokument-plats"),
                    self.hidden_place(),
                ));
            }
        } else if let Some(p) = place {
            f.push(Field::new(t!(self.lang, "dokument-plats"), p.value.clone()));
        }
        if let Some(d) = digital {
            f.push(Field::new(
                t!(self.lang, "dokument-digitalt-mote"),
                d.value.clone(),
            ));
        }
        if place.is_none() && digital.is_none() && !self.plan.is_protected() {
            f.push(Field::new(t!(self.lang, "dokument-plats"), self.missing()));
        }
        f.push(Field::new(
            t!(self.lang, "dokument-samtalsledare"),
            self.or_missing(self.leader(m.meeting).as_deref()),
        ));
        f
    }

    /// v3: the place of a meeting when the individual has protected personal data.
    pub fn hidden_place(&self) -> String {
        t!(
            self.lang,
            "dokument-samtalsledaren-berattar-var-motet-halls"
        )
    }

    /// v3: with protected personal data, the document carries "Skyddade personuppgifter –
    /// hanteras enligt rutin" under its title (after the individual's name, when shown there).
    pub fn mark_protected(&self, doc: &mut doc::Doc) {
        if !self.plan.is_protected() {
            return;
        }
        let mark = t!(
            self.lang,
            "dokument-skyddade-personuppgifter-hanteras-enligt-rutin"
        );
        doc.subtitle = Some(match doc.subtitle.take() {
            Some(s) => format!("{s} · {mark}"),
            None => mark.to_string(),
        });
    }

    /// The participants grouped: the individual and those close, the samtalsledare, then each
    /// party (by its name in the agreement), then anyone else.
    pub fn participant_groups(&self, meeting: Option<&Meeting>) -> Vec<Item> {
        let Some(m) = meeting else { return Vec::new() };
        let mut own = Vec::new();
        let mut leaders = Vec::new();
        let mut others = Vec::new();
        let mut by_party: Vec<(&str, Vec<String>)> = Vec::new();
        for p in &m.participants {
            let name = p
                .name
                .as_ref()
                .map_or_else(|| self.missing(), |n| n.value.clone());
            if let Some(party) = &p.party {
                let label = name;
                match by_party.iter_mut().find(|(id, _)| *id == party.value) {
                    Some((_, v)) => v.push(label),
                    None => by_party.push((party.value.as_str(), vec![label])),
                }
                continue;
            }
            match role(p) {
                Some(
                    r @ (ParticipantRole::Individual
                    | ParticipantRole::Relative
                    | ParticipantRole::Representative
                    | ParticipantRole::Guardian),
                ) => own.push(format!("{name} ({})", self.role_label(r))),
                Some(ParticipantRole::MeetingLeader) => leaders.push(name),
                _ => others.push(name),
            }
        }
        let mut items = Vec::new();
        let group =
            |title: String, names: Vec<String>| Item::with(title, vec![Block::bullets(names)]);
        if !own.is_empty() {
            items.push(group(
                t!(self.lang, "dokument-individen-och-narstaende"),
                own,
            ));
        }
        if !leaders.is_empty() {
            items.push(group(t!(self.lang, "dokument-samtalsledare"), leaders));
        }
        let order = self.order_parties(by_party.iter().map(|(id, _)| *id));
        for id in order {
            if let Some((_, names)) = by_party.iter().find(|(p, _)| *p == id) {
                items.push(group(self.party(id), names.clone()));
            }
        }
        if !others.is_empty() {
            items.push(group(t!(self.lang, "dokument-ovriga"), others));
        }
        items
    }

    /// The legal representatives on one line, each with their role ("Maria Holm
    /// (vårdnadshavare), Peter Holm (vårdnadshavare)"); `None` when none is listed.
    pub fn representatives_line(&self) -> Option<String> {
        let reps = &self.plan.individual.representatives;
        if reps.is_empty() {
            return None;
        }
        let list: Vec<String> = reps
            .iter()
            .map(|r| {
                let name = self.or_missing(r.name_str());
                match &r.role {
                    Some(role) => format!("{name} ({})", role.value.label(self.lang)),
                    None => name,
                }
            })
            .collect();
        Some(list.join(", "))
    }

    /// The individual's own words (v2): their goal as they said it, the situation now as agreed,
    /// and what they will do themself. `None` when the plan holds none of them.
    pub fn own_words(&self) -> Option<Vec<Block>> {
        let plan = self.plan;
        let text = |v: &crate::model::plan::S<String>| {
            v.as_ref()
                .map(|s| s.value.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let goal = text(&plan.own_goal);
        let background = text(&plan.background);
        let own: Vec<String> = plan
            .own_actions
            .iter()
            .map(|a| a.value.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect();
        if goal.is_none() && background.is_none() && own.is_empty() {
            return None;
        }
        let name = self.or_missing(plan.name());
        let mut blocks = Vec::new();
        // As the individual said it, in their own words.
        blocks.push(Block::para(goal.unwrap_or_else(|| self.missing())));
        if let Some(b) = background {
            blocks.push(Block::fields(vec![Field::new(
                t!(self.lang, "dokument-nulage"),
                b,
            )]));
        }
        if !own.is_empty() {
            blocks.push(Block::para(t!(
                self.lang,
                "dokument-det-har-gor-namn-sjalv",
                namn = name
            )));
            blocks.push(Block::bullets(own));
        }
        Some(blocks)
    }

    /// The heading of the own-words section.
    pub fn own_words_title(&self) -> String {
        t!(self.lang, "dokument-individens-mal-med-egna-ord")
    }

    /// "A, B och C" ("A, B and C"); an empty list reads as missing.
    pub fn and_list(&self, items: &[String]) -> String {
        match items {
            [] => self.missing(),
            [one] => one.clone(),
            [init @ .., last] => t!(
                self.lang,
                "dokument-och",
                forsta = init.join(", "),
                sista = last.as_str()
            ),
        }
    }

    pub fn role_label(&self, r: ParticipantRole) -> String {
        match (self.lang, r) {
            (Lang::Sv, ParticipantRole::Representative) => {
                t!(self.lang, "dokument-roll-foretradare")
            }
            _ => r.label(self.lang),
        }
    }

    /// One intervention on a line: "I1 Samtalsstöd (utförare: …; kontakt: …; 2026-03-01–…)".
    pub fn intervention_line(&self, i: &Intervention, with_party: bool) -> String {
        let mut extra = Vec::new();
        if with_party {
            extra.push(t!(
                self.lang,
                "dokument-insats-ansvarig",
                part = i
                    .principal_str()
                    .map_or_else(|| self.missing(), |p| self.party(p))
            ));
        }
        if let Some(p) = &i.provider {
            extra.push(t!(
                self.lang,
                "dokument-insats-utforare",
                utforare = p.value.as_str()
            ));
        }
        if let Some(c) = &i.contact {
            extra.push(t!(
                self.lang,
                "dokument-insats-kontakt",
                kontakt = c.value.as_str()
            ));
        }
        if let Some(p) = self.period(i) {
            extra.push(p);
        }
        let head = self.item_head(
            i.id.as_ref().map(|s| s.value.as_str()),
            i.description.as_ref().map(|s| s.value.as_str()),
        );
        if extra.is_empty() {
            head
        } else {
            format!("{head} ({})", extra.join("; "))
        }
    }

    /// "I1 text", with "ej angivet" for a missing description.
    pub fn item_head(&self, id: Option<&str>, text: Option<&str>) -> String {
        let text = self.or_missing(text);
        match id {
            Some(id) => format!("{id} {text}"),
            None => text,
        }
    }

    /// "2026-03-01 – 2026-08-31", "från 2026-03-01", "till …", or nothing.
    pub fn period(&self, i: &Intervention) -> Option<String> {
        let s = i.start.as_ref().map(|d| date(d.value));
        let e = i.end.as_ref().map(|d| date(d.value));
        match (s, e) {
            (Some(s), Some(e)) => Some(format!("{s} – {e}")),
            (Some(s), None) => Some(t!(self.lang, "dokument-fran", datum = s)),
            (None, Some(e)) => Some(t!(self.lang, "dokument-till", datum = e)),
            (None, None) => None,
        }
    }

    /// The interventions grouped by responsible party, in the agreement's order; those without a
    /// party last.
    pub fn interventions_by_party(&self) -> Vec<(Option<&'a str>, Vec<&'a Intervention>)> {
        let plan = self.plan;
        let ids = self.order_parties(plan.interventions.iter().filter_map(|i| i.principal_str()));
        let mut out: Vec<(Option<&str>, Vec<&Intervention>)> = ids
            .into_iter()
            .map(|id| {
                (
                    Some(id),
                    plan.interventions
                        .iter()
                        .filter(|i| i.principal_str() == Some(id))
                        .collect(),
                )
            })
            .collect();
        let none: Vec<&Intervention> = plan
            .interventions
            .iter()
            .filter(|i| i.principal.is_none())
            .collect();
        if !none.is_empty() {
            out.push((None, none));
        }
        out
    }

    /// Overall responsibility as a line, or "att besluta".
    pub fn overall_line(&self) -> String {
        let Some(o) = &self.plan.overall else {
            return self.to_decide();
        };
        match (&o.party, &o.person) {
            (Some(p), Some(n)) => format!("{} ({})", self.party(&p.value), n.value),
            (Some(p), None) => self.party(&p.value),
            (None, Some(n)) => format!("{} ({})", self.to_decide(), n.value),
            (None, None) => self.to_decide(),
        }
    }

    /// Why the notice period of the agreement is not met for this meeting, when it is not: the
    /// same test as rule A009 (the kallelse as sent, or today when it is not sent and the meeting
    /// is still to come).
    pub fn notice_warning(&self, m: &Meeting) -> Option<String> {
        // After discharge the law's three days (lag 2017:612) come before a local notice period,
        // as in rule A009.
        if self.plan.initiation.discharge_ready.is_some() {
            return None;
        }
        let text = match self.agreement?.notice_shortfall(m, self.today)? {
            NoticeShortfall::SentLate { sent, days, min } => t!(
                self.lang,
                "dokument-kallelsen-skickades-sent",
                datum = date(sent),
                dagar = days,
                minst = i64::from(min)
            ),
            NoticeShortfall::NotSent { ahead, min } => t!(
                self.lang,
                "dokument-kallelsen-inte-skickad",
                dagar = ahead,
                minst = i64::from(min)
            ),
        };
        Some(text)
    }

    /// v3: for a discharge (`initiering.utskrivningsklar`), what the kallelse is under the law:
    /// the notice that the patient is ready for discharge and the fasta vårdkontakt who convenes.
    pub fn discharge_block(&self) -> Option<Block> {
        let init = &self.plan.initiation;
        let ready = init.discharge_ready.as_ref()?.value;
        let day = long_date(ready, self.lang);
        let contact = match init.care_contact.as_ref() {
            Some(c) => t!(
                self.lang,
                "dokument-fast-vardkontakt-kallar",
                kontakt = c.value.as_str()
            ),
            None => t!(self.lang, "dokument-patientens-fasta-vardkontakt-i-den"),
        };
        Some(Block::para(t!(
            self.lang,
            "dokument-kallelse-vid-utskrivning",
            datum = day,
            vardkontakt = contact
        )))
    }

    /// The line on every printed page: name, personnummer (or date of birth) and plan id.
    pub fn page_head(&self) -> String {
        let plan = self.plan;
        let ind = &plan.individual;
        let mut parts = vec![self.or_missing(plan.name())];
        if let Some(p) = &ind.personnummer {
            parts.push(p.value.clone());
        } else if let Some(d) = &ind.birth_date {
            parts.push(t!(self.lang, "dokument-fodd", datum = date(d.value)));
        }
        parts.push(plan.id_or_placeholder().to_string());
        parts.join(" · ")
    }

    /// The footer: agreement and the day printed.
    pub fn footer(&self) -> String {
        let agreement = self.agreement.map_or_else(
            || {
                self.plan
                    .agreement
                    .as_ref()
                    .map_or_else(|| self.missing(), |a| a.value.clone())
            },
            |a| a.name.clone(),
        );
        t!(
            self.lang,
            "dokument-sidfot",
            overenskommelse = agreement,
            datum = date(self.today)
        )
    }
}

pub(crate) fn kind_of(m: &Meeting, plan: &Plan) -> MeetingKind {
    m.kind.as_ref().map_or_else(
        || {
            // A meeting without a valid kind: a follow-up when an earlier one exists.
            if plan.meetings.first().is_some_and(|f| std::ptr::eq(f, m)) {
                MeetingKind::Initial
            } else {
                MeetingKind::FollowUp
            }
        },
        |k| k.value,
    )
}

/// A participant's role, counting `part` as the role `part`.
pub fn role(p: &Participant) -> Option<ParticipantRole> {
    p.role
        .as_ref()
        .map(|r| r.value)
        .or_else(|| p.party.as_ref().map(|_| ParticipantRole::Party))
}

/// `2026-03-10`.
pub fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// `2026-03-10 13:00`.
pub fn datetime(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

/// A date as a letter writes it: "tisdag 1 december 2026" ("Tuesday 1 December 2026").
pub fn long_date(d: NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    t!(
        lang,
        "dokument-langt-datum",
        veckodag = t!(
            lang,
            "dokument-veckodag",
            nummer = d.weekday().number_from_monday()
        ),
        dag = d.day().to_string(),
        manad = t!(lang, "dokument-manad", nummer = d.month()),
        ar = d.year().to_string()
    )
}

/// A time as a letter writes it: "tisdag 1 december 2026 kl. 10.00" ("… at 10:00").
pub fn long_datetime(t: NaiveDateTime, lang: Lang) -> String {
    t!(
        lang,
        "dokument-langt-datum-och-tid",
        datum = long_date(t.date(), lang),
        timme = t.format("%H").to_string(),
        minut = t.format("%M").to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates_read_as_in_a_letter() {
        let t = parse_dt("2026-12-01T10:00");
        assert_eq!(
            long_datetime(t, Lang::Sv),
            "tisdag 1 december 2026 kl. 10.00"
        );
        assert_eq!(
            long_datetime(t, Lang::En),
            "Tuesday 1 December 2026 at 10:00"
        );
    }

    fn parse_dt(s: &str) -> NaiveDateTime {
        crate::model::plan::parse_datetime(s).expect("a valid time")
    }
}
