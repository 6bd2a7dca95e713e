//! One plan's follow-up checklist (`sip followups PLAN`) as text with tables, or as JSON whose
//! keys are the plan file's own (`insatser`, `mål`, …) plus `items` as in the folder-wide list.

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::followups::ItemRow;
use super::{RenderOpts, or_dash, party_person, table_text};
use crate::i18n::Lang;
use crate::lists::checklist::{Checklist, MeetingInfo};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    today: String,
    plan: &'a str,
    individ: &'a str,
    #[serde(rename = "överenskommelse")]
    agreement: Option<&'a str>,
    status: Option<&'static str>,
    samtalsledare: Option<&'a str>,
    #[serde(rename = "övergripande_ansvar")]
    overall: Overall<'a>,
    #[serde(rename = "nästa_uppföljning")]
    next_follow_up: Option<String>,
    #[serde(rename = "nästa_möte")]
    next_meeting: Option<JsonMeeting<'a>>,
    #[serde(rename = "förra_mötet")]
    previous_meeting: Option<JsonMeeting<'a>>,
    insatser: Vec<JsonIntervention<'a>>,
    #[serde(rename = "mål")]
    goals: Vec<JsonGoal<'a>>,
    #[serde(rename = "åtgärder_av_andra")]
    measures: Vec<JsonMeasure<'a>>,
    #[serde(rename = "öppna_behov")]
    open_needs: Vec<JsonNeed<'a>>,
    items: Vec<ItemRow<'a>>,
}

#[derive(Serialize)]
struct Overall<'a> {
    part: Option<&'a str>,
    person: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonMeeting<'a> {
    id: &'a str,
    typ: Option<&'static str>,
    tid: String,
    plats: Option<&'a str>,
    digitalt: Option<&'a str>,
    kallelse_skickad: Option<String>,
    anteckningar: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonIntervention<'a> {
    id: &'a str,
    beskrivning: &'a str,
    huvudman: Option<&'a str>,
    huvudman_namn: Option<&'a str>,
    #[serde(rename = "utförare")]
    provider: Option<&'a str>,
    kontaktperson: Option<&'a str>,
    status: Option<&'static str>,
    start: Option<String>,
    slut: Option<String>,
    #[serde(rename = "försenad")]
    overdue: bool,
}

#[derive(Serialize)]
struct JsonGoal<'a> {
    id: &'a str,
    beskrivning: &'a str,
    #[serde(rename = "mått")]
    measure: Option<&'a str>,
    senast: Option<String>,
}

#[derive(Serialize)]
struct JsonMeasure<'a> {
    beskrivning: &'a str,
    av: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonNeed<'a> {
    id: &'a str,
    beskrivning: &'a str,
}

fn json_meeting(m: &MeetingInfo) -> JsonMeeting<'_> {
    JsonMeeting {
        id: &m.id,
        typ: m.kind.map(|k| k.as_str()),
        tid: m.time.format("%Y-%m-%dT%H:%M").to_string(),
        plats: m.place.as_deref(),
        digitalt: m.digital.as_deref(),
        kallelse_skickad: m.invitation_sent.map(|d| d.to_string()),
        anteckningar: m.notes.as_deref(),
    }
}

pub fn json(out: &mut dyn std::io::Write, c: &Checklist) -> std::io::Result<()> {
    super::write_json(
        out,
        &Output {
            version: 1,
            today: c.today.to_string(),
            plan: &c.plan,
            individ: &c.individual,
            agreement: c.agreement.as_deref(),
            status: c.status.map(|s| s.as_str()),
            samtalsledare: c.meeting_leader.as_deref(),
            overall: Overall {
                part: c.overall_party.as_deref(),
                person: c.overall_person.as_deref(),
            },
            next_follow_up: c.next_follow_up.map(|d| d.to_string()),
            next_meeting: c.next_meeting.as_ref().map(json_meeting),
            previous_meeting: c.previous_meeting.as_ref().map(json_meeting),
            insatser: c
                .interventions
                .iter()
                .map(|i| JsonIntervention {
                    id: &i.id,
                    beskrivning: &i.description,
                    huvudman: i.party.as_deref(),
                    huvudman_namn: i.party_name.as_deref(),
                    provider: i.provider.as_deref(),
                    kontaktperson: i.contact.as_deref(),
                    status: i.status.map(|s| s.as_str()),
                    start: i.start.map(|d| d.to_string()),
                    slut: i.end.map(|d| d.to_string()),
                    overdue: i.overdue,
                })
                .collect(),
            goals: c
                .goals
                .iter()
                .map(|g| JsonGoal {
                    id: &g.id,
                    beskrivning: &g.description,
                    measure: g.measure.as_deref(),
                    senast: g.by.map(|d| d.to_string()),
                })
                .collect(),
            measures: c
                .measures
                .iter()
                .map(|m| JsonMeasure {
                    beskrivning: &m.description,
                    av: m.by.as_deref(),
                })
                .collect(),
            open_needs: c
                .open_needs
                .iter()
                .map(|n| JsonNeed {
                    id: &n.id,
                    beskrivning: &n.description,
                })
                .collect(),
            items: c.items.iter().map(ItemRow::of).collect(),
        },
    )
}

/// Word wrap to `width` columns (textwrap, first fit, at spaces only, long words whole), each
/// line indented by `indent`; runs of white space are one space and a blank line keeps its
/// indent. Every plan text outside the tables passes through here: control characters become
/// visible.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let options = textwrap::Options::new(width)
        .initial_indent(indent)
        .subsequent_indent(indent)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    let mut out = String::new();
    for para in crate::privacy::visible(text).lines() {
        let words = para.split_whitespace().collect::<Vec<_>>().join(" ");
        if words.is_empty() {
            out.push_str(indent);
            out.push('\n');
            continue;
        }
        for line in textwrap::wrap(&words, &options) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

fn days_word(days: i64, lang: Lang) -> String {
    match days {
        0 => t!(lang, "lista-dagar-i-dag"),
        1 => t!(lang, "lista-dagar-i-morgon"),
        d if d > 0 => t!(lang, "lista-dagar-om", antal = d),
        -1 => t!(lang, "lista-dagar-i-gar"),
        d => t!(lang, "lista-dagar-sedan", antal = d.saturating_neg()),
    }
}

fn meeting_line(m: &MeetingInfo, lang: Lang) -> String {
    let mut s = format!("{} {}", m.id, m.time.format("%Y-%m-%d %H:%M"));
    if let Some(k) = m.kind {
        s = format!(
            "{}, {}, {}",
            m.id,
            k.label(lang),
            m.time.format("%Y-%m-%d %H:%M")
        );
    }
    if let Some(p) = &m.place {
        s.push_str(", ");
        s.push_str(p);
    }
    if let Some(d) = &m.digital {
        s.push_str(", ");
        s.push_str(&t!(lang, "lista-mote-digitalt", digitalt = d));
    }
    s
}

/// The headings of the overdue and coming deadlines tables.
fn deadline_header(lang: Lang) -> Vec<String> {
    vec![
        t!(lang, "lista-kolumn-datum"),
        t!(lang, "lista-kolumn-dagar"),
        t!(lang, "lista-kolumn-vad"),
        t!(lang, "lista-kolumn-ansvarig"),
    ]
}

/// The checklist as text for a terminal.
pub fn text(out: &mut dyn std::io::Write, c: &Checklist, o: &RenderOpts) -> std::io::Result<()> {
    super::write_text(out, &text_of(c, o))
}

fn text_of(c: &Checklist, o: &RenderOpts) -> String {
    let lang = o.lang;
    let width = usize::from(o.width.unwrap_or(80));
    let mut out = String::new();
    let heading = |out: &mut String, h: &str| {
        out.push('\n');
        out.push_str(h);
        out.push('\n');
    };
    out.push_str(&wrap(
        &t!(
            lang,
            "lista-checklista-rubrik",
            plan = c.plan,
            individ = c.individual
        ),
        width,
        "",
    ));
    // "  Label:               value", the value wrapped under itself.
    let field = |out: &mut String, label: &str, value: String| {
        let pad = " ".repeat(24usize.saturating_sub(2 + label.width()));
        let wrapped = wrap(&value, width, &" ".repeat(24));
        out.push_str(&format!("  {label}{pad}{}", wrapped.trim_start()));
    };
    field(
        &mut out,
        &t!(lang, "lista-falt-overenskommelse"),
        or_dash(c.agreement.as_deref()),
    );
    field(
        &mut out,
        &t!(lang, "lista-falt-status"),
        c.status.map_or("–".into(), |s| s.label(lang)),
    );
    field(
        &mut out,
        &t!(lang, "lista-falt-samtalsledare"),
        or_dash(c.meeting_leader.as_deref()),
    );
    field(
        &mut out,
        &t!(lang, "lista-falt-overgripande-ansvar"),
        party_person(c.overall_party.as_deref(), c.overall_person.as_deref()),
    );
    field(
        &mut out,
        &t!(lang, "lista-falt-nasta-uppfoljning"),
        c.next_follow_up.map_or_else(
            || t!(lang, "lista-inget-datum"),
            |d| format!("{d} ({})", days_word((d - c.today).num_days(), lang)),
        ),
    );
    field(
        &mut out,
        &t!(lang, "lista-falt-nasta-mote"),
        c.next_meeting.as_ref().map_or_else(
            || t!(lang, "lista-inget-inplanerat"),
            |m| meeting_line(m, lang),
        ),
    );
    if let Some(m) = &c.next_meeting {
        field(
            &mut out,
            &t!(lang, "lista-falt-kallelse"),
            m.invitation_sent.map_or_else(
                || t!(lang, "lista-kallelse-inte-skickad"),
                |d| t!(lang, "lista-kallelse-skickad", datum = d.to_string()),
            ),
        );
    }

    let overdue: Vec<_> = c.overdue().collect();
    if overdue.is_empty() {
        heading(&mut out, &t!(lang, "lista-forsenat-inget"));
    } else {
        heading(&mut out, &t!(lang, "lista-forsenat", antal = overdue.len()));
        let mut t = o.table_with(&deadline_header(lang));
        for i in overdue {
            t.add_row(vec![
                o.cell(i.date, true),
                o.cell(super::followups::days(i), true),
                o.cell(&i.text, true),
                o.cell(party_person(i.party.as_deref(), i.person.as_deref()), true),
            ]);
        }
        out.push_str(&table_text(&t));
    }

    let coming: Vec<_> = c.coming_deadlines().collect();
    if !coming.is_empty() {
        heading(&mut out, &t!(lang, "lista-kommande-frister"));
        let mut t = o.table_with(&deadline_header(lang));
        for i in coming {
            t.add_row(vec![
                o.cell(i.date, false),
                o.cell(super::followups::days(i), false),
                o.cell(&i.text, false),
                o.cell(party_person(i.party.as_deref(), i.person.as_deref()), false),
            ]);
        }
        out.push_str(&table_text(&t));
    }

    if c.interventions.is_empty() {
        heading(&mut out, &t!(lang, "lista-insatser-inga"));
    } else {
        heading(&mut out, &t!(lang, "lista-insatser"));
        let header = [
            t!(lang, "lista-kolumn-id"),
            t!(lang, "lista-kolumn-insats"),
            t!(lang, "lista-kolumn-ansvarig"),
            t!(lang, "lista-kolumn-status"),
            t!(lang, "lista-kolumn-start"),
            t!(lang, "lista-kolumn-slut"),
        ];
        let mut t = o.table_with(&header);
        for i in &c.interventions {
            let mut what = i.description.clone();
            if let Some(p) = &i.provider {
                what.push('\n');
                what.push_str(&t!(lang, "lista-utforare", utforare = p));
            }
            let mut who = or_dash(i.party.as_deref());
            if let Some(k) = &i.contact {
                who.push_str(&format!("\n{k}"));
            }
            let end = match (i.end, i.overdue) {
                (Some(e), true) => format!("{e} !"),
                (Some(e), false) => e.to_string(),
                (None, _) => "–".into(),
            };
            t.add_row(vec![
                o.cell(&i.id, false),
                o.cell(what, false),
                o.cell(who, false),
                o.cell(i.status.map_or("–".into(), |s| s.label(lang)), i.overdue),
                o.cell(i.start.map_or("–".into(), |d| d.to_string()), false),
                o.cell(end, i.overdue),
            ]);
        }
        out.push_str(&table_text(&t));
    }

    if c.goals.is_empty() {
        heading(&mut out, &t!(lang, "lista-mal-inga"));
    } else {
        heading(&mut out, &t!(lang, "lista-mal"));
        let header = [
            t!(lang, "lista-kolumn-id"),
            t!(lang, "lista-kolumn-mal"),
            t!(lang, "lista-kolumn-matt"),
            t!(lang, "lista-kolumn-senast"),
        ];
        let mut t = o.table_with(&header);
        for g in &c.goals {
            let late = g.by.is_some_and(|d| d < c.today);
            t.add_row(vec![
                o.cell(&g.id, false),
                o.cell(&g.description, false),
                o.cell(or_dash(g.measure.as_deref()), false),
                o.cell(
                    g.by.map_or("–".into(), |d| {
                        if late {
                            format!("{d} !")
                        } else {
                            d.to_string()
                        }
                    }),
                    late,
                ),
            ]);
        }
        out.push_str(&table_text(&t));
    }

    if !c.measures.is_empty() {
        heading(&mut out, &t!(lang, "lista-atgarder-av-andra"));
        for m in &c.measures {
            let line = match &m.by {
                Some(by) => format!("{} ({by})", m.description),
                None => m.description.clone(),
            };
            let wrapped = wrap(&line, width, "    ");
            out.push_str("  • ");
            out.push_str(wrapped.trim_start());
        }
    }

    if c.open_needs.is_empty() {
        heading(&mut out, &t!(lang, "lista-oppna-behov-inga"));
    } else {
        heading(&mut out, &t!(lang, "lista-oppna-behov"));
        for n in &c.open_needs {
            let wrapped = wrap(&format!("{}  {}", n.id, n.description), width, "    ");
            out.push_str("  ");
            out.push_str(wrapped.trim_start());
        }
    }

    match &c.previous_meeting {
        None => heading(&mut out, &t!(lang, "lista-forra-motet-inget")),
        Some(m) => {
            let title = t!(lang, "lista-forra-motet", mote = meeting_line(m, lang));
            heading(&mut out, wrap(&title, width, "").trim_end());
            match &m.notes {
                Some(n) => out.push_str(&wrap(n, width, "  ")),
                None => out.push_str(&format!("  {}\n", t!(lang, "lista-inga-anteckningar"))),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_words_with_plurals() {
        let words = |lang| [0, 1, 2, -1, -2].map(|d| days_word(d, lang));
        assert_eq!(
            words(Lang::Sv),
            [
                "i dag",
                "i morgon",
                "om 2 dagar",
                "i går, försenad",
                "2 dagar sedan, försenad"
            ]
        );
        assert_eq!(
            words(Lang::En),
            [
                "today",
                "tomorrow",
                "in 2 days",
                "yesterday, overdue",
                "2 days ago, overdue"
            ]
        );
    }

    /// The greedy wrap this module had before it used textwrap: the output must not change.
    fn greedy(text: &str, width: usize, indent: &str) -> String {
        let mut out = String::new();
        for para in crate::privacy::visible(text).lines() {
            let mut line = String::new();
            for word in para.split_whitespace() {
                let w = line.width() + 1 + word.width();
                if !line.is_empty() && indent.width() + w > width {
                    out.push_str(indent);
                    out.push_str(&line);
                    out.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            out.push_str(indent);
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    #[test]
    fn wraps_as_before() {
        let texts = [
            "",
            "kort",
            "Stödsamtal varannan vecka med kurator på vårdcentralen, med fokus på sömn och oro inför återgång i arbete.",
            "ett  två   tre\u{a0}fyra\tfem",
            "arbetslivsinriktad-rehabilitering-med-bindestreck i en lång rad som ska brytas någonstans här",
            "ett ordsomärlängreänhelaradenochinteskabrytasmittiförattdetblirsvårtattläsa och sedan fler ord",
            "rad ett\n\nrad tre efter en tom rad\n   \nsista",
            "全角の文字は二つの桁を使うので幅の計算が違う 全角 全角 全角 全角 全角 全角 全角 全角 全角",
            "styrtecken \u{1b}[2J mitt i texten, och\r\nCRLF",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z å ä ö a b c d e f g h i j k l m n o",
        ];
        for text in texts {
            for width in [10, 24, 40, 80] {
                for indent in ["", "  ", "    ", &" ".repeat(24)] {
                    assert_eq!(
                        wrap(text, width, indent),
                        greedy(text, width, indent),
                        "{text:?} at {width} with {indent:?}"
                    );
                }
            }
        }
    }
}
