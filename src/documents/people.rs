//! Who comes to a meeting and what to warn about before it: the attendee lines the letters, the
//! plan document and the minutes print, and the warnings the samtalsledare sees on stderr before
//! sending a kallelse. Used by the documents above it (`letter`, `invitation`, `plan`,
//! `protocol`); it uses none of them.

use super::{MeetingRef, Source, role};
use crate::model::enums::ParticipantRole;
use crate::model::plan::{Meeting, same_name};

/// The people coming, with their party or role, the individual's side first.
pub(crate) fn attendees(src: &Source, m: &Meeting) -> Vec<String> {
    let mut v: Vec<(usize, String)> = m
        .participants
        .iter()
        .map(|p| {
            let name = src.or_missing(p.name.as_ref().map(|s| s.value.as_str()));
            // v3: the participant's unit after the name.
            let name = match &p.unit {
                Some(u) => format!("{name} ({})", u.value),
                None => name,
            };
            match (&p.party, role(p)) {
                (Some(party), _) => (3, format!("{name}, {}", src.party_short(&party.value))),
                (None, Some(ParticipantRole::Individual)) => (0, name),
                (None, Some(ParticipantRole::MeetingLeader)) => (
                    2,
                    format!("{name}, {}", t!(src.lang, "kallelse-roll-samtalsledare")),
                ),
                (None, Some(r @ (ParticipantRole::Representative | ParticipantRole::Guardian))) => {
                    // By what they are (vårdnadshavare, god man, förvaltare) when the plan says.
                    let person = p.name.as_ref().map(|s| s.value.as_str());
                    let what = src
                        .plan
                        .individual
                        .representatives
                        .iter()
                        .find(|x| {
                            matches!((x.name_str(), person), (Some(a), Some(b)) if same_name(a, b))
                        })
                        .and_then(|x| x.role.as_ref())
                        .map_or_else(|| src.role_label(r), |x| x.value.label(src.lang));
                    (1, format!("{name}, {what}"))
                }
                (None, Some(r)) => (1, format!("{name}, {}", src.role_label(r))),
                (None, None) => (4, name),
            }
        })
        .collect();
    v.sort_by_key(|(r, _)| *r);
    if v.is_empty() {
        return vec![src.missing()];
    }
    v.into_iter().map(|(_, s)| s).collect()
}

/// What the samtalsledare should know before sending the kallelse: for stderr, never the letter.
pub fn warnings(src: &Source, m: &MeetingRef) -> Vec<String> {
    let plan = src.plan;
    let lang = src.lang;
    let mut out = Vec::new();
    if let Some(x) = m.meeting {
        if x.is_held() {
            out.push(t!(lang, "kallelse-varning-redan-genomfort"));
        }
        if let Some(w) = src.notice_warning(x) {
            out.push(w);
        }
        if let (Some(d), Some(a)) = (&x.digital, src.agreement) {
            let ok = &a.invitation.approved_digital;
            if !ok.is_empty() && !ok.contains(&d.value) {
                out.push(t!(
                    lang,
                    "kallelse-varning-digitalt-ej-godkant",
                    system = d.value,
                    godkanda = ok.join(", ")
                ));
            }
        }
        uncovered(src, x, &mut out);
    }
    if let Some(a) = src.agreement {
        let own_purpose = m.meeting.is_some_and(|x| x.purpose.is_some());
        let own_questions = m.meeting.is_some_and(|x| !x.questions.is_empty());
        if a.invitation.requires_purpose && plan.purpose.is_none() && !own_purpose {
            out.push(t!(lang, "kallelse-varning-syfte-saknas"));
        }
        if a.invitation.requires_questions && plan.questions.is_empty() && !own_questions {
            out.push(t!(lang, "kallelse-varning-fragor-saknas"));
        }
    }
    out
}

/// Parties invited whom the consent does not cover (information may not pass to them).
fn uncovered(src: &Source, m: &Meeting, out: &mut Vec<String>) {
    let Some(c) = &src.plan.consent else {
        out.push(t!(src.lang, "kallelse-varning-inget-samtycke"));
        return;
    };
    let missing: Vec<String> = src
        .order_parties(
            m.participants
                .iter()
                .filter_map(|p| p.party.as_ref().map(|s| s.value.as_str())),
        )
        .into_iter()
        .filter(|p| !c.covers(p))
        .map(|p| src.party(p))
        .collect();
    if !missing.is_empty() {
        out.push(t!(
            src.lang,
            "kallelse-varning-parter-utan-samtycke",
            parter = missing.join(", ")
        ));
    }
}
