//! Checking what a person typed on the command line before anything is written: dates, enum
//! values, parties of the plan's agreement, personnummer, and the next free item id. Every
//! message names the flag and says what is allowed.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::agreement::Agreement;
use crate::model::personnummer::Personnummer;
use crate::model::plan::{parse_date, parse_datetime};

/// A date `ÅÅÅÅ-MM-DD`.
pub fn date(flag: &str, s: &str) -> Result<String> {
    let t = s.trim();
    parse_date(t).map(|_| t.to_string()).ok_or_else(|| {
        Error::msg(
            format!("{flag}: `{s}` är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-10"),
            format!("{flag}: `{s}` is not a valid date; write YYYY-MM-DD, e.g. 2026-03-10"),
        )
    })
}

/// A time `ÅÅÅÅ-MM-DDTTT:MM`.
pub fn datetime(flag: &str, s: &str) -> Result<String> {
    let t = s.trim();
    parse_datetime(t).map(|_| t.to_string()).ok_or_else(|| {
        Error::msg(
            format!(
                "{flag}: `{s}` är ingen giltig tid; skriv ÅÅÅÅ-MM-DDTTT:MM, t.ex. 2026-03-10T13:00"
            ),
            format!(
                "{flag}: `{s}` is not a valid time; write YYYY-MM-DDTHH:MM, e.g. 2026-03-10T13:00"
            ),
        )
    })
}

/// One of a closed set of values.
pub fn choice(flag: &str, s: &str, all: &[&str]) -> Result<String> {
    let t = s.trim();
    if all.contains(&t) {
        return Ok(t.to_string());
    }
    let hint = crate::model::load::did_you_mean(t, all.iter().copied())
        .map(|d| {
            (
                format!(" Menade du `{d}`?"),
                format!(" Did you mean `{d}`?"),
            )
        })
        .unwrap_or_default();
    Err(Error::msg(
        format!(
            "{flag}: `{s}` är inget giltigt värde; välj ett av: {}.{}",
            all.join(", "),
            hint.0
        ),
        format!(
            "{flag}: `{s}` is not a valid value; choose one of: {}.{}",
            all.join(", "),
            hint.1
        ),
    ))
}

/// The parties of an agreement as `id (namn)`, for messages.
pub fn party_list(a: &Agreement) -> String {
    a.parties
        .iter()
        .map(|p| format!("{} ({})", p.id, p.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A party id of the plan's agreement (any id when the agreement is unknown: S005 says so).
pub fn party(flag: &str, s: &str, agreement: Option<&Agreement>) -> Result<String> {
    let t = s.trim();
    let Some(a) = agreement else {
        return Ok(t.to_string());
    };
    if a.party(t).is_some() {
        return Ok(t.to_string());
    }
    Err(Error::msg(
        format!(
            "{flag}: okänd part `{s}` i överenskommelsen {}; giltiga parter: {}",
            a.id,
            party_list(a)
        ),
        format!(
            "{flag}: unknown party `{s}` in the agreement {}; valid parties: {}",
            a.id,
            party_list(a)
        ),
    ))
}

/// A personnummer or samordningsnummer (Luhn and date checked), as it is stored:
/// `ÅÅÅÅMMDD-NNNN` whichever way it was typed.
pub fn personnummer(flag: &str, s: &str, today: NaiveDate) -> Result<String> {
    let t = s.trim();
    Personnummer::parse(t, today)
        .map(|p| p.canonical())
        .map_err(|e| {
            Error::msg(
                format!(
                    "{flag}: `{s}` är inget giltigt personnummer: {}",
                    e.message_sv()
                ),
                format!(
                    "{flag}: `{s}` is not a valid personnummer: {}",
                    e.message_en()
                ),
            )
        })
}

/// A text that must not be empty.
pub fn text(flag: &str, s: &str) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(Error::msg(
            format!("{flag}: får inte vara tomt"),
            format!("{flag}: must not be empty"),
        ));
    }
    Ok(t.to_string())
}

/// The next free id with a prefix: the highest number in use plus one (B3 after B1, B2), so an
/// id that was removed is never given out again in the same file.
pub fn next_id<'a>(prefix: &str, existing: impl IntoIterator<Item = &'a str>) -> String {
    let max = existing
        .into_iter()
        .filter_map(|id| id.strip_prefix(prefix))
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|n| n.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_id_never_reuses() {
        assert_eq!(next_id("B", ["B1", "B2"]), "B3");
        assert_eq!(next_id("B", ["B1", "B7", "B3"]), "B8");
        assert_eq!(next_id("M", ["MÖ1"]), "M1");
        assert_eq!(next_id("MÖ", []), "MÖ1");
    }

    #[test]
    fn dates_name_the_flag_and_format() {
        let e = date("--by", "2026-13-01")
            .unwrap_err()
            .text(crate::i18n::Lang::Sv);
        assert!(e.contains("--by") && e.contains("ÅÅÅÅ-MM-DD"), "{e}");
    }
}
