//! The follow-up list as iCalendar (RFC 5545) through the `icalendar` crate, which escapes text
//! and folds lines at 75 octets.
//!
//! A meeting is a timed, busy event in Swedish time (`DTSTART;TZID=Europe/Stockholm:…T…`,
//! `DTEND` `längd_minuter` (default 90) later, `LOCATION` from `plats` or `digitalt`); the calendar carries the
//! `VTIMEZONE` it refers to, also when it has no events. Every other item is a deadline: an
//! all-day event (`DTEND` the next day, as RFC 5545 §3.6.1 wants for a one-day event), free
//! time. A `UID` is stable across runs — `<plan>-<kind>[-<source id>]@sip`, in lower-case ASCII
//! (`sip-2026-aaa11abc-mote-mo2@sip`) — so importing the file again updates the events instead
//! of adding copies. `DTSTAMP` is `--today` at midnight UTC, so a later run is the newer version
//! and the output is reproducible.

use std::collections::HashMap;

use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};

use super::RenderOpts;
use crate::lists::followups::{Item, ItemKind};

/// Lower-case ASCII: å/ä → a, ö → o, é → e; anything else outside `[a-z0-9-]` → `-`.
fn ascii_slug(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ó' | 'ò' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            c if c.is_ascii_alphanumeric() || c == '-' => c,
            _ => '-',
        })
        .collect()
}

fn kind_slug(k: ItemKind) -> &'static str {
    match k {
        ItemKind::FollowUp => "uppfoljning",
        ItemKind::Invitation => "kallelse",
        ItemKind::Meeting => "mote",
        ItemKind::InterventionEnd => "insats-slut",
        ItemKind::GoalDeadline => "mal-senast",
        ItemKind::ConsentExpires => "samtycke-upphor",
        ItemKind::TurnsEighteen => "fyller-18",
        ItemKind::NoFollowUp => "saknar-uppfoljning",
        ItemKind::Gallring => "gallring",
        ItemKind::Close => "avsluta",
    }
}

/// Plan text for an iCalendar property: the one place text is made safe before the crate
/// escapes `\\`, `;`, `,` and newlines. A CR (alone or in CRLF) would end the content line
/// early, so CRLF becomes a newline and any other control character is shown as a picture (`␍`).
pub fn text(s: &str) -> String {
    crate::privacy::visible(&s.replace("\r\n", "\n")).into_owned()
}

/// The stable UID of an item (without the de-duplicating suffix).
pub fn uid(i: &Item) -> String {
    let mut s = format!("{}-{}", ascii_slug(&i.plan), kind_slug(i.kind));
    if let Some(src) = &i.source {
        s.push('-');
        s.push_str(&ascii_slug(src));
    }
    s.push_str("@sip");
    s
}

/// The time zone of every meeting.
pub const TZID: &str = "Europe/Stockholm";

/// How long a meeting is taken to be without `längd_minuter`: a SIP meeting is booked for about
/// an hour and a half.
const MEETING_MINUTES: i64 = 90;

/// Europe/Stockholm since 1996: CET, and CEST from the last Sunday of March to the last Sunday
/// of October (EU summer time). Constant text: nothing in it comes from a plan.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r
TZID:Europe/Stockholm\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
TZNAME:CEST\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
TZNAME:CET\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
END:VTIMEZONE\r
";

/// The calendar's text with the `VTIMEZONE` put before its first event (or its end).
fn with_timezone(cal: String) -> String {
    let at = cal
        .find("BEGIN:VEVENT\r\n")
        .or_else(|| cal.rfind("END:VCALENDAR"))
        .unwrap_or(cal.len());
    let mut out = String::with_capacity(cal.len() + VTIMEZONE.len());
    out.push_str(&cal[..at]);
    out.push_str(VTIMEZONE);
    out.push_str(&cal[at..]);
    out
}

/// The calendar (built whole: the time zone goes before the first event).
pub fn render(out: &mut dyn std::io::Write, items: &[Item], o: &RenderOpts) -> std::io::Result<()> {
    super::write_text(out, &calendar(items, o))
}

fn calendar(items: &[Item], o: &RenderOpts) -> String {
    let lang = o.lang;
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", "-//sip//uppföljning//SV"));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.append_property(("METHOD", "PUBLISH"));
    cal.name(&t!(lang, "lista-kalender-namn"));
    let stamp = o
        .today
        .and_hms_opt(0, 0, 0)
        .expect("midnight exists")
        .and_utc();
    // Two items with the same UID (ids written twice in a plan) get -2, -3, … in list order.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for i in items {
        let base = uid(i);
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 {
            base
        } else {
            let (head, tail) = base.split_at(base.len() - "@sip".len());
            format!("{head}-{n}{tail}")
        };
        let mut desc = vec![t!(lang, "lista-kalender-plan", plan = i.plan)];
        if i.party.is_some() || i.person.is_some() {
            let who = super::party_person(i.party.as_deref(), i.person.as_deref());
            desc.push(t!(lang, "lista-kalender-ansvarig", ansvarig = who));
        }
        if let Some(l) = &i.meeting_leader {
            desc.push(t!(lang, "lista-kalender-samtalsledare", samtalsledare = l));
        }
        let mut event = Event::new();
        event
            .uid(&id)
            .timestamp(stamp)
            .summary(&text(&format!(
                "{} – {}",
                super::followups::what(i, lang),
                i.individual
            )))
            .description(&text(&desc.join("\n")))
            .add_property("CATEGORIES", i.kind.as_str());
        match i.time {
            Some(time) => {
                let start = i.date.and_time(time);
                let minutes = i.minutes.map_or(MEETING_MINUTES, i64::from);
                let end = start + chrono::Duration::minutes(minutes);
                let local = |date_time| CalendarDateTime::WithTimezone {
                    date_time,
                    tzid: TZID.to_string(),
                };
                event
                    .starts(local(start))
                    .ends(local(end))
                    .add_property("TRANSP", "OPAQUE");
                if let Some(place) = &i.location {
                    event.location(&text(place));
                }
            }
            None => {
                event
                    .starts(i.date)
                    .ends(i.date.succ_opt().unwrap_or(i.date))
                    .add_property("TRANSP", "TRANSPARENT");
            }
        }
        cal.push(event.done());
    }
    with_timezone(cal.done().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_a_content_line() {
        assert_eq!(text("a\r\nb\rc\u{1b}[2J"), "a\nb␍c␛[2J");
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(ascii_slug("MÖ2"), "mo2");
        assert_eq!(ascii_slug("sip-2026-abc"), "sip-2026-abc");
        assert_eq!(ascii_slug("a b"), "a-b");
    }
}
