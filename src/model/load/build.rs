//! The second pass: the typed [`Plan`] read from the tree with lenient accessors, which skip
//! whatever the first pass (`validate`) already reported.

use chrono::{NaiveDate, NaiveDateTime};

use super::{first_key_span, minutes};
use crate::model::enums::*;
use crate::model::plan::*;
use crate::model::schema::{self, MapSchema, Ty};
use crate::source::{Span, Spanned};
use crate::yaml::Node;

/// Lenient read access to a mapping node: values of the wrong shape read as absent. A view
/// knows the mapping of the schema table it reads, and only looks up that mapping's keys (a
/// debug build stops at any other: a key the model reads is always one the format declares).
#[derive(Clone, Copy)]
pub(super) struct View<'n, 'a> {
    entries: &'n [(Node<'a>, Node<'a>)],
    schema: &'static MapSchema,
}

/// The mapping a lookup outside the table gets (none does: a debug build stops first).
static NO_KEYS: MapSchema = MapSchema {
    path: "?",
    fields: &[],
};

impl<'n, 'a> View<'n, 'a> {
    pub(super) fn of(node: &'n Node<'a>, schema: &'static MapSchema) -> Option<Self> {
        node.as_map().map(|entries| View { entries, schema })
    }
    /// The schema of the mapping (or of the mappings of the list) under `key`.
    fn nested(&self, key: &str) -> &'static MapSchema {
        let mut ty = self.schema.field(key).map(|f| &f.ty);
        while let Some(Ty::List(inner) | Ty::OneOrList(inner)) = ty {
            ty = Some(*inner);
        }
        match ty {
            Some(Ty::Map(m)) => m,
            _ => {
                debug_assert!(
                    false,
                    "`{key}` under `{}` holds no mapping in the schema table",
                    self.schema.path
                );
                &NO_KEYS
            }
        }
    }
    fn get(&self, key: &str) -> Option<(&'n Node<'a>, &'n Node<'a>)> {
        debug_assert!(
            self.schema.field(key).is_some(),
            "the model reads `{key}` under `{}`, which the schema table does not declare",
            self.schema.path
        );
        self.entries
            .iter()
            .find(|(k, _)| k.key_text() == Some(key))
            .map(|(k, v)| (k, v))
    }
    fn scalar(&self, key: &str) -> Option<(&'n str, Span)> {
        let (_, v) = self.get(key)?;
        let s = v.as_scalar()?;
        (!s.is_null()).then(|| (s.text.as_ref(), v.span))
    }
    pub(super) fn text(&self, key: &str) -> S<String> {
        self.scalar(key)
            .map(|(t, sp)| Spanned::new(t.to_string(), sp))
    }
    fn date(&self, key: &str) -> S<NaiveDate> {
        let (t, sp) = self.scalar(key)?;
        parse_date(t).map(|d| Spanned::new(d, sp))
    }
    fn datetime(&self, key: &str) -> S<NaiveDateTime> {
        let (t, sp) = self.scalar(key)?;
        parse_datetime(t).map(|d| Spanned::new(d, sp))
    }
    fn boolean(&self, key: &str) -> S<bool> {
        let (_, v) = self.get(key)?;
        let s = v.as_scalar()?;
        match (s.plain, s.text.as_ref()) {
            (true, "true") => Some(Spanned::new(true, v.span)),
            (true, "false") => Some(Spanned::new(false, v.span)),
            _ => None,
        }
    }
    fn minutes(&self, key: &str) -> S<u32> {
        let (_, v) = self.get(key)?;
        let s = v.as_scalar()?;
        if !s.plain {
            return None;
        }
        minutes(s.text.as_ref()).map(|m| Spanned::new(m, v.span))
    }
    fn choice<E>(&self, key: &str, parse: fn(&str) -> Option<E>) -> S<E> {
        let (t, sp) = self.scalar(key)?;
        parse(t).map(|e| Spanned::new(e, sp))
    }
    fn texts(&self, key: &str) -> Vec<Spanned<String>> {
        self.get(key)
            .and_then(|(_, v)| v.as_seq())
            .map(|items| {
                items
                    .iter()
                    .filter_map(|n| {
                        let s = n.as_scalar()?;
                        (!s.is_null()).then(|| Spanned::new(s.text.to_string(), n.span))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
    /// A value or a list of values (`givet_av`): each non-empty scalar.
    fn one_or_texts(&self, key: &str) -> Vec<Spanned<String>> {
        match self.get(key) {
            Some((_, v)) if v.as_seq().is_some() => self.texts(key),
            _ => self.text(key).into_iter().collect(),
        }
    }
    /// A mapping or a list of mappings (`företrädare`): v1's single mapping is a list of one.
    fn one_or_items(&self, key: &str) -> Vec<(Span, View<'n, 'a>)> {
        match self.get(key) {
            Some((_, v)) if v.as_map().is_some() => View::of(v, self.nested(key))
                .map(|view| vec![(first_key_span(v), view)])
                .unwrap_or_default(),
            _ => self.items(key),
        }
    }
    fn key_span(&self, key: &str) -> Option<Span> {
        self.get(key).map(|(k, _)| k.span)
    }
    fn map(&self, key: &str) -> Option<(Span, View<'n, 'a>)> {
        let (k, v) = self.get(key)?;
        View::of(v, self.nested(key)).map(|view| (k.span, view))
    }
    /// The mapping items of a list, each with the span of its first key.
    fn items(&self, key: &str) -> Vec<(Span, View<'n, 'a>)> {
        let schema = self.nested(key);
        self.get(key)
            .and_then(|(_, v)| v.as_seq())
            .map(|items| {
                items
                    .iter()
                    .filter_map(|n| View::of(n, schema).map(|view| (first_key_span(n), view)))
                    .collect()
            })
            .unwrap_or_default()
    }
}

pub(super) fn build(root: &Node<'_>, root_span: Span) -> Plan {
    let Some(r) = View::of(root, &schema::PLAN) else {
        return Plan::default();
    };
    let individual = individual(&r, root_span);
    let initiation = initiation(&r, root_span);
    Plan {
        root: root_span,
        id: r.text("id"),
        agreement: r.text("överenskommelse"),
        status: r.choice("status", Status::parse),
        meeting_leader: r.text("samtalsledare"),
        individual,
        relatives: r
            .items("närstående")
            .into_iter()
            .map(|(_, m)| Relative {
                name: m.text("namn"),
                relation: m.text("relation"),
                may_take_part: m.boolean("får_delta"),
            })
            .collect(),
        initiation,
        consent: consent(&r),
        background: r.text("bakgrund"),
        own_goal: r.text("individens_mål"),
        childs_views: r.text("barnets_synpunkter"),
        purpose: r.text("syfte"),
        focus: r.choice("inriktning", Focus::parse),
        questions: r.texts("frågeställningar"),
        needs: r
            .items("behov")
            .into_iter()
            .map(|(span, m)| Need {
                span,
                id: m.text("id"),
                description: m.text("beskrivning"),
            })
            .collect(),
        goals: goals(&r),
        interventions_key: r.key_span("insatser"),
        interventions: interventions(&r),
        own_actions: r
            .items("egna_åtgärder")
            .into_iter()
            .filter_map(|(_, m)| m.text("beskrivning"))
            .collect(),
        measures: measures(&r),
        overall: r.map("övergripande_ansvar").map(|(key, m)| Overall {
            key,
            party: m.text("part"),
            person: m.text("person"),
        }),
        copies: r
            .items("kopia_till")
            .into_iter()
            .map(|(span, m)| CopyRecipient {
                span,
                name: m.text("namn"),
                party: m.text("part"),
            })
            .collect(),
        meetings: meetings(&r),
        follow_up: r.map("uppföljning").map(|(key, m)| FollowUp {
            key,
            next: m.date("nästa"),
        }),
        closing: r.map("avslut").map(|(key, m)| Closing {
            key,
            date: m.date("datum"),
            reason: m.choice("orsak", ClosingReason::parse),
            comment: m.text("kommentar"),
        }),
    }
}

/// `individ`, or an empty one at its key (or the plan's first key) when it is missing.
fn individual(r: &View<'_, '_>, root_span: Span) -> Individual {
    match r.map("individ") {
        Some((key, m)) => Individual {
            key,
            name: m.text("namn"),
            personnummer: m.text("personnummer"),
            birth_date: m.date("födelsedatum"),
            gender: m.choice("kön", Gender::parse),
            occupation: m.choice("sysselsättning", Occupation::parse),
            benefits: m.texts("ersättning"),
            representatives: m
                .one_or_items("företrädare")
                .into_iter()
                .map(|(span, f)| Representative {
                    span,
                    name: f.text("namn"),
                    role: f.choice("roll", RepresentativeRole::parse),
                    contact: f.text("kontakt"),
                })
                .collect(),
            interpreter: m.text("tolk"),
            protected: m.boolean("skyddade_personuppgifter"),
        },
        None => Individual {
            key: r.key_span("individ").unwrap_or(root_span),
            ..Individual::default()
        },
    }
}

/// `initiering`, or an empty one at its key (or the plan's first key) when it is missing.
fn initiation(r: &View<'_, '_>, root_span: Span) -> Initiation {
    match r.map("initiering") {
        Some((key, m)) => Initiation {
            key,
            date: m.date("datum"),
            party: m.text("part"),
            discharge_ready: m.date("utskrivningsklar"),
            proposed_by: m.text("föreslagen_av"),
            care_contact: m.text("fast_vårdkontakt"),
            compulsory_care: m.choice("tvångsvård", CompulsoryCare::parse),
        },
        None => Initiation {
            key: r.key_span("initiering").unwrap_or(root_span),
            ..Initiation::default()
        },
    }
}

/// `samtycke`.
fn consent(r: &View<'_, '_>) -> Option<Consent> {
    r.map("samtycke").map(|(key, m)| Consent {
        key,
        date: m.date("datum"),
        form: m.choice("form", ConsentForm::parse),
        given_by: m
            .one_or_texts("givet_av")
            .into_iter()
            .map(|t| Spanned::new(Giver::parse(&t.value), t.span))
            .collect(),
        given_by_key: m.key_span("givet_av"),
        scope: m.text("omfattning"),
        documented_by: m.text("dokumenterat_av"),
        parties_key: m.key_span("parter"),
        parties: m.texts("parter"),
        valid_until: m.date("giltigt_till"),
        withdrawn: m.date("återkallat"),
        others: m.texts("övriga"),
    })
}

/// `mål`.
fn goals(r: &View<'_, '_>) -> Vec<Goal> {
    r.items("mål")
        .into_iter()
        .map(|(span, m)| Goal {
            span,
            id: m.text("id"),
            description: m.text("beskrivning"),
            measure: m.text("mått"),
            by: m.date("senast"),
            outcome: m.map("utfall").map(|(key, o)| GoalOutcome {
                key,
                assessment: o.choice("bedömning", GoalAssessment::parse),
                date: o.date("datum"),
                comment: o.text("kommentar"),
            }),
        })
        .collect()
}

/// `insatser`.
fn interventions(r: &View<'_, '_>) -> Vec<Intervention> {
    r.items("insatser")
        .into_iter()
        .map(|(span, m)| Intervention {
            span,
            id: m.text("id"),
            description: m.text("beskrivning"),
            principal: m.text("huvudman"),
            needs: m.texts("behov"),
            goals: m.texts("mål"),
            provider: m.text("utförare"),
            contact: m.text("kontaktperson"),
            start: m.date("start"),
            end: m.date("slut"),
            status: m.choice("status", InterventionStatus::parse),
        })
        .collect()
}

/// `åtgärder_av_andra`: `[]` is "none, considered"; an empty value is not an answer (L003).
fn measures(r: &View<'_, '_>) -> Option<Measures> {
    r.get("åtgärder_av_andra")
        // `[]` is "none, considered"; an empty value is not an answer (L003).
        .filter(|(_, v)| v.as_seq().is_some())
        .map(|(k, _)| Measures {
            key: k.span,
            items: r
                .items("åtgärder_av_andra")
                .into_iter()
                .map(|(span, m)| Measure {
                    span,
                    description: m.text("beskrivning"),
                    by: m.text("av"),
                    needs: m.texts("behov"),
                })
                .collect(),
        })
}

/// `möten`.
fn meetings(r: &View<'_, '_>) -> Vec<Meeting> {
    r.items("möten")
        .into_iter()
        .map(|(span, m)| Meeting {
            span,
            id: m.text("id"),
            kind: m.choice("typ", MeetingKind::parse),
            time: m.datetime("tid"),
            place: m.text("plats"),
            digital: m.text("digitalt"),
            purpose: m.text("syfte"),
            questions: m.texts("frågeställningar"),
            invitation_sent: m.date("kallelse_skickad"),
            participants: m
                .items("deltagare")
                .into_iter()
                .map(|(span, p)| Participant {
                    span,
                    name: p.text("namn"),
                    role: p.choice("roll", ParticipantRole::parse),
                    party: p.text("part"),
                    unit: p.text("enhet"),
                    present: p.boolean("närvarande"),
                })
                .collect(),
            held: m.boolean("genomfört"),
            notes: m.text("anteckningar"),
            minutes: m.minutes("längd_minuter"),
        })
        .collect()
}
