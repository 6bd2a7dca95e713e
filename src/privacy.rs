//! Keeping personal data where it belongs (OSL 25 and 26 kap., GDPR art. 9).
//!
//! One place for what every output needs to know about personal data:
//! - [`PERSONAL_KEYS`]: the plan keys whose values are personal data (names, personnummer,
//!   contact details) or free text that may hold it. The human `check` masks their values in the
//!   source lines it shows; S003 never echoes a value of a mistyped field.
//! - [`Anonymizer`]: the one anonymization, used by `followups --anonymize`, by the checklist and
//!   by `--format ics` (which anonymizes unless `--names`). It turns names into initials and
//!   personnummer into a placeholder, case- and accent-insensitively; the plan says which names
//!   are personal (`Plan::personal_names`).
//!
//! Text in, text out: this module knows no plan, so that the loader can use it too.
//! - [`visible`]: control characters made visible (`␛`), for every human-readable text output.
//! - [`for_stderr`]: a message for stderr that cannot start a GitHub Actions workflow command.
//! - [`shown_id`]: whether a value from a plan may be echoed in a finding message.
//!
//! Output formats escape in their own one place (CSV in `lists::render::write_csv`, Markdown in
//! `documents::render::markdown`, iCalendar in `lists::render::ics`), using these helpers.

use std::borrow::Cow;

/// Plan keys whose values are personal data or free text that may hold it.
///
/// Identity and contact: `namn`, `personnummer`, `födelsedatum`, `kontakt`, `relation`,
/// `föreslagen_av`, `fast_vårdkontakt`, `dokumenterat_av`, `kontaktperson`, `person`, `av`.
/// Free text: `beskrivning`, `mått`, `syfte`, `frågeställningar`, `bakgrund`, `individens_mål`,
/// `egna_åtgärder`, `omfattning`, `plats`, `digitalt`, `anteckningar`, `kommentar`.
pub const PERSONAL_KEYS: &[&str] = &[
    "namn",
    "personnummer",
    "födelsedatum",
    "kontakt",
    "relation",
    "föreslagen_av",
    "fast_vårdkontakt",
    "dokumenterat_av",
    "kontaktperson",
    "person",
    "av",
    "beskrivning",
    "mått",
    "syfte",
    "frågeställningar",
    "bakgrund",
    "individens_mål",
    "egna_åtgärder",
    "omfattning",
    "plats",
    "digitalt",
    "anteckningar",
    "kommentar",
    // v3: the plan's life.
    "enhet",
    "tolk",
    "övriga",
];

/// Whether the last segment of a key path (`individ.namn`, `närstående[2].namn`) is personal.
pub fn is_personal_key(path: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    PERSONAL_KEYS.contains(&last)
}

/// A YAML source line as a report may show it, a `*` for each masked character (so columns stay
/// where they were): the value of a personal key (`  namn: Anna` → `  namn: ****`), and any
/// value or key that does not look like an id, a date, a number or a yes/no — a name typed into
/// `initiering.part` or written as a key is masked as well.
pub fn mask_line(line: &str) -> Cow<'_, str> {
    let body = line.trim_start();
    let indent = line.len() - body.len();
    let body_start = match body.strip_prefix("- ") {
        Some(rest) => indent + 2 + (rest.len() - rest.trim_start().len()),
        None => indent,
    };
    let item = line.get(body_start..).unwrap_or("");
    if item.is_empty() || item.starts_with('#') && body_start == indent {
        return Cow::Borrowed(line);
    }
    // The key ends at the first `:` followed by a space or the line's end.
    let colon = item
        .char_indices()
        .find(|&(i, c)| c == ':' && item[i + 1..].chars().next().is_none_or(char::is_whitespace))
        .map(|(i, _)| i);
    let mask_from = match colon {
        Some(c) => {
            let key = item[..c].trim().trim_matches(['"', '\'']);
            let value = item[c + 1..].trim();
            if !is_key_shaped(key) {
                body_start
            } else if is_personal_key(key) || !is_safe_value(value) {
                body_start + c + 1
            } else {
                return Cow::Borrowed(line);
            }
        }
        None if is_safe_value(item.trim()) => return Cow::Borrowed(line),
        None => body_start,
    };
    Cow::Owned(mask_from_byte(line, mask_from))
}

/// `line` with every non-space character from byte `from` on replaced by `*`.
fn mask_from_byte(line: &str, from: usize) -> String {
    let mut out = String::with_capacity(line.len());
    out.push_str(line.get(..from).unwrap_or(""));
    for c in line.get(from..).unwrap_or("").chars() {
        out.push(if c.is_whitespace() { c } else { '*' });
    }
    out
}

/// A key of the plan format's shape: lower case letters (å, ä, ö too), digits and `_`.
fn is_key_shaped(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// A value that cannot be personal data: empty, an id ([`shown_id`], without capitals unless it
/// is an item id such as `MÖ1`), a date or time, `true`/`false`, a block indicator, or a flow
/// list of such.
fn is_safe_value(value: &str) -> bool {
    let v = value.trim().trim_matches(['"', '\'']);
    if let Some(inner) = v.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        return inner.split(',').all(|x| is_safe_value(x.trim()));
    }
    let digit_run = v
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    let date_like = v.len() <= 20
        && v.bytes()
            .all(|b| b.is_ascii_digit() || b"-:T. ".contains(&b))
        && digit_run < 6;
    let item_id = {
        let letters = v.chars().take_while(|c| c.is_uppercase()).count();
        (1..=3).contains(&letters)
            && v.chars().skip(letters).count() > 0
            && v.chars().skip(letters).all(|c| c.is_ascii_digit())
    };
    v.is_empty()
        || matches!(
            v,
            "|" | ">" | "|-" | ">-" | "|+" | ">+" | "true" | "false" | "~" | "null" | "{}" | "[]"
        )
        || date_like
        || item_id
        || (shown_id(v) && !v.chars().any(char::is_uppercase))
}

/// Line `line_start..line_end` of a YAML `text` as a report may show it: the value of a personal
/// key masked ([`mask_line`]), and so every line under one (the items of `frågeställningar:`, the
/// lines of a `beskrivning: |` block). Columns stay valid; byte offsets do not (`ö` is one `*`).
pub fn mask_source_line(text: &str, line_start: usize, line_end: usize) -> Cow<'_, str> {
    let line = text.get(line_start..line_end).unwrap_or("");
    let indent_of = |l: &str| l.len() - l.trim_start().len();
    let own = indent_of(line);
    let is_item = line.trim_start().starts_with('-');
    // The parent: the nearest line above with less indent (or the same, for `key:\n- item`).
    // A top-level key has none. The walk is bounded (a hostile file may hold 100,000 keys); past
    // the bound the line is masked, as if its parent were personal.
    const WALK: usize = 500;
    let before = text.get(..line_start).unwrap_or("");
    let mut parent = None;
    let mut walked_out = false;
    if own > 0 || is_item {
        let mut lines = before.lines().rev();
        for _ in 0..WALK {
            let Some(l) = lines.next() else { break };
            let t = l.trim_start();
            if !t.is_empty()
                && !t.starts_with('#')
                && (indent_of(l) < own || (is_item && indent_of(l) == own && !t.starts_with('-')))
            {
                parent = Some(l);
                break;
            }
        }
        walked_out = parent.is_none() && before.lines().rev().nth(WALK).is_some();
    }
    // A parent opens a block (`key:` or `key: |`); `- namn: Bo` holds its value inline, and the
    // lines under it are its siblings in the same item, not its value.
    let under_personal = walked_out
        || parent.is_some_and(|p| {
            let t = p.trim_start().trim_start_matches("- ");
            t.split_once(':').is_some_and(|(k, v)| {
                let v = v.trim();
                (v.is_empty() || v.starts_with(['|', '>']))
                    && is_personal_key(k.trim().trim_matches(['"', '\'']))
            })
        });
    if under_personal && !line.trim().is_empty() {
        let mut out = String::with_capacity(line.len());
        out.push_str(&line[..own]);
        let rest = &line[own..];
        let rest = match rest.strip_prefix("- ") {
            Some(r) => {
                out.push_str("- ");
                r
            }
            None => rest,
        };
        for c in rest.chars() {
            if c.is_whitespace() {
                out.push(c);
            } else {
                out.push('*');
            }
        }
        return Cow::Owned(out);
    }
    mask_line(line)
}

/// Control characters made visible: C0 as the Control Pictures block (`␛` for ESC, `␍` for CR),
/// DEL as `␡`, C1 and the bidirectional overrides as `<U+009B>`. Newline and tab stay as they
/// are. Whether stdout is a terminal or not: `sip list | less -R` interprets escapes too.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_picture) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(&mut out, c);
    }
    Cow::Owned(out)
}

/// As [`visible`], and newline and tab shown too: for one-line cells and messages.
pub fn visible_line(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| needs_picture(c) || c == '\n' || c == '\t')
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push('\u{2424}'),
            '\t' => out.push('\u{2409}'),
            c => push_visible(&mut out, c),
        }
    }
    Cow::Owned(out)
}

fn needs_picture(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

fn push_visible(out: &mut String, c: char) {
    match c {
        '\n' | '\t' => out.push(c),
        '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
        '\u{7f}' => out.push('\u{2421}'),
        c if c.is_control() || is_bidi_control(c) => {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        }
        c => out.push(c),
    }
}

/// A message for stderr: control characters visible, and no line that a CI runner could take as
/// a workflow command (GitHub Actions reads `::command::` at a line's start, after spaces): such
/// a line's `::` is written `%3A%3A`, as GitHub escapes it in command data.
pub fn for_stderr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in visible(text).split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let body = line.trim_start();
        match body.strip_prefix("::") {
            Some(rest) => {
                out.push_str(&line[..line.len() - body.len()]);
                out.push_str("%3A%3A");
                out.push_str(rest);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Whether a value from a plan may be echoed in a finding message (and so in a CI log): only
/// when it has the shape of an id (`region`, `kommun-soc`, `MÖ2`, `B1`, `samsip-2024`) — no
/// spaces, no capitalised word (a name), no run of six digits or more (a personnummer).
pub fn shown_id(value: &str) -> bool {
    let n = value.chars().count();
    let digits_run = value
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    let name_like = value.chars().next().is_some_and(char::is_uppercase)
        && value.chars().skip(1).any(char::is_lowercase);
    (1..=40).contains(&n)
        && digits_run < 6
        && !name_like
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// A plan value for a finding message: the value when it has the shape of an id
/// ([`shown_id`]), else `…`. The file, line and column still say where it is.
pub fn elide(value: &str) -> &str {
    if shown_id(value) { value } else { "…" }
}

/// A letter folded for comparison: lower case, accents off (`Å` → `a`, `é` → `e`).
fn fold(c: char) -> char {
    let l = c.to_lowercase().next().unwrap_or(c);
    match l {
        'å' | 'ä' | 'á' | 'à' | 'â' | 'ã' | 'æ' => 'a',
        'ö' | 'ó' | 'ò' | 'ô' | 'õ' | 'ø' => 'o',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' | 'č' => 'c',
        'ñ' | 'ń' => 'n',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        c => c,
    }
}

/// The one anonymization: names of the individual, their relatives, representatives and the
/// participants who come as one of them become initials; personnummer in every form become
/// `ÅÅMMDD-XXXX`. Case- and accent-insensitive: `ANNA`, `anna` and `Änna` are all Anna.
#[derive(Clone, Debug, Default)]
pub struct Anonymizer {
    /// Folded name parts (two letters or more), longest first.
    parts: Vec<Vec<char>>,
}

/// The placeholder for a personnummer.
pub const PNR_PLACEHOLDER: &str = "ÅÅMMDD-XXXX";

impl Anonymizer {
    /// An anonymizer for these full names.
    pub fn of_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Anonymizer {
        let mut parts: Vec<Vec<char>> = names
            .into_iter()
            .flat_map(|n| n.split(|c: char| !c.is_alphabetic()))
            .filter(|p| p.chars().count() >= 2)
            .map(|p| p.chars().map(fold).collect())
            .collect();
        parts.sort_by_key(|p: &Vec<char>| std::cmp::Reverse(p.len()));
        parts.dedup();
        Anonymizer { parts }
    }

    /// `text` with every personnummer replaced and every name word (a whole word, or the word
    /// with a genitive `s`) replaced by its initial: "Saras mål" → "S.s mål" for Sara.
    pub fn scrub(&self, text: &str) -> String {
        let text = scrub_personnummer(text);
        if self.parts.is_empty() {
            return text.into_owned();
        }
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < chars.len() {
            let word_start = i == 0 || !chars[i - 1].is_alphanumeric();
            if word_start && chars[i].is_alphabetic() {
                if let Some(len) = self.match_at(&chars[i..]) {
                    out.extend(chars[i].to_uppercase());
                    out.push('.');
                    i += len;
                    continue;
                }
            }
            out.push(chars[i]);
            i += 1;
        }
        out
    }

    /// The length of the name part at the start of `rest`, when one ends there as a word (or
    /// with a genitive `s`).
    fn match_at(&self, rest: &[char]) -> Option<usize> {
        self.parts.iter().find_map(|p| {
            let hit = rest.len() >= p.len() && rest.iter().zip(p).all(|(a, b)| fold(*a) == *b);
            // A name ends at anything but a letter: `Sara1` (an id made of a name) is Sara too.
            let after = |k: usize| rest.get(k).is_none_or(|c| !c.is_alphabetic());
            (hit && (after(p.len())
                || (rest.get(p.len()).is_some_and(|c| fold(*c) == 's') && after(p.len() + 1))))
            .then_some(p.len())
        })
    }
}

/// Initials of a name: `Anna Andersson` → `A. A.`, `Anna-Karin Berg` → `A.-K. B.`.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .map(|word| {
            word.split('-')
                .filter_map(|part| part.chars().find(|c| c.is_alphanumeric()))
                .map(|c| format!("{}.", c.to_uppercase()))
                .collect::<Vec<_>>()
                .join("-")
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every personnummer or samordningsnummer in `text`, in any form (`19870523-4824`,
/// `198705234824`, `870523-4824`, `870523+4824`, `8705234824`, also with a space before the
/// last four), replaced by [`PNR_PLACEHOLDER`]. Ten or twelve digits in a row count too, valid
/// or not: a phone number goes with them, which is no loss in an anonymized list.
pub fn scrub_personnummer(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        let at_start = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        if at_start && b[i].is_ascii_digit() {
            let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let mut len = 0;
            if run == 6 || run == 8 {
                let sep = b.get(i + run).copied();
                if matches!(sep, Some(b'-' | b'+' | b' ')) {
                    let tail = b[i + run + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                    if tail == 4 {
                        len = run + 5;
                    }
                }
            } else if run == 10 || run == 12 {
                len = run;
            }
            let ends_word = b.get(i + len).is_none_or(|c| !c.is_ascii_alphanumeric());
            if len > 0 && ends_word {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                o.push_str(&text[copied..i]);
                o.push_str(PNR_PLACEHOLDER);
                i += len;
                copied = i;
                continue;
            }
            i += run;
            continue;
        }
        i += 1;
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_keys_cover_names_and_free_text() {
        assert!(is_personal_key("individ.namn"));
        assert!(is_personal_key("närstående[2].namn"));
        assert!(is_personal_key("möten[MÖ1].anteckningar"));
        assert!(!is_personal_key("initiering.datum"));
    }

    #[test]
    fn mask_keeps_columns() {
        let line = "    namn: Örjan Öst";
        let m = mask_line(line);
        assert_eq!(m.chars().count(), line.chars().count());
        assert_eq!(m, "    namn: ***** ***");
        assert_eq!(mask_line("  - namn: Bo"), "  - namn: **");
        assert_eq!(mask_line("  datum: 2026-01-01"), "  datum: 2026-01-01");
        assert_eq!(
            mask_line("  tid: 2026-01-01T10:00"),
            "  tid: 2026-01-01T10:00"
        );
        assert_eq!(mask_line("  part: kommun"), "  part: kommun");
        assert_eq!(mask_line("  - id: MÖ1"), "  - id: MÖ1");
        assert_eq!(
            mask_line("  parter: [kommun, af]"),
            "  parter: [kommun, af]"
        );
        assert_eq!(mask_line("  part: Vendela Ö"), "  part: ******* *");
        assert_eq!(
            mask_line("  parter: [kommun, Bo Ek]"),
            "  parter: ******** ** ***"
        );
        assert_eq!(mask_line("Vendela Ö: mor"), "******* ** ***");
        assert_eq!(mask_line("  - \"870523-4824\""), "  - *************");
    }

    #[test]
    fn lines_under_a_personal_key_are_masked() {
        let text = "frågeställningar:\n- Hur mår Bo?\nmål:\n  - id: M1\n    beskrivning: |\n      Bo ska\n    senast: 2026-01-01\ndeltagare:\n  - namn: Bo\n    part: af\n";
        let line = |n: usize| {
            let start: usize = text.split_inclusive('\n').take(n).map(str::len).sum();
            let len = text.split_inclusive('\n').nth(n).map_or(0, |l| l.len() - 1);
            mask_source_line(text, start, start + len).into_owned()
        };
        assert_eq!(line(1), "- *** *** ***");
        assert_eq!(line(9), "    part: af");
        assert_eq!(line(3), "  - id: M1");
        assert_eq!(line(5), "      ** ***");
        assert_eq!(line(6), "    senast: 2026-01-01");
    }

    #[test]
    fn control_characters_become_visible() {
        assert_eq!(visible("a\u{1b}]0;x\u{7}b"), "a␛]0;x␇b");
        assert_eq!(visible("rad\r\nny"), "rad␍\nny");
        assert_eq!(visible("\u{9b}31m"), "<U+009B>31m");
        assert_eq!(visible("\u{202e}abc"), "<U+202E>abc");
        assert_eq!(visible_line("a\nb\tc"), "a␤b␉c");
        assert!(matches!(visible("vanlig text"), Cow::Borrowed(_)));
    }

    #[test]
    fn stderr_lines_never_start_a_workflow_command() {
        let s = for_stderr("okänd nyckel `\n::error::hej`\n  ::add-mask::x");
        assert!(s.lines().all(|l| !l.trim_start().starts_with("::")), "{s}");
        assert_eq!(s, "okänd nyckel `\n%3A%3Aerror::hej`\n  %3A%3Aadd-mask::x");
    }

    #[test]
    fn ids_are_shown_names_and_numbers_not() {
        for id in [
            "region",
            "kommun-soc",
            "MÖ2",
            "B1",
            "samsip-2024",
            "uppgift_saknas",
        ] {
            assert!(shown_id(id), "{id}");
        }
        for v in [
            "Anna Andersson",
            "Anna",
            "19870523-4824",
            "8705234824",
            "a b",
            "",
        ] {
            assert!(!shown_id(v), "{v}");
        }
    }

    #[test]
    fn scrub_is_case_and_accent_insensitive() {
        let a = Anonymizer::of_names(["Sara Lindqvist", "Örjan Öst"]);
        assert_eq!(
            a.scrub("Sara arbetstränar; Saras mål; SARA; sara"),
            "S. arbetstränar; S.s mål; S.; S."
        );
        assert_eq!(a.scrub("Kassara Sarajevo"), "Kassara Sarajevo");
        assert_eq!(a.scrub("Ring lindqvist och orjan OST"), "Ring L. och O. O.");
    }

    #[test]
    fn scrub_removes_personnummer_in_every_form() {
        let a = Anonymizer::default();
        for p in [
            "19870523-4824",
            "198705234824",
            "870523-4824",
            "870523+4824",
            "8705234824",
            "870523 4824",
        ] {
            assert_eq!(a.scrub(&format!("pnr {p}.")), "pnr ÅÅMMDD-XXXX.", "{p}");
        }
        assert_eq!(a.scrub("2026-05-01 kl 13"), "2026-05-01 kl 13");
    }

    #[test]
    fn initials_of_names() {
        assert_eq!(initials("Anna Andersson"), "A. A.");
        assert_eq!(initials("Anna-Karin  Berg"), "A.-K. B.");
        assert_eq!(initials("örjan östlund"), "Ö. Ö.");
        assert_eq!(initials(""), "");
    }
}
