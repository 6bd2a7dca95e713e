//! Checking what a person typed on the command line before anything is written: dates, enum
//! values, parties of the plan's agreement, personnummer, and the next free item id. Every
//! message names the flag and says what is allowed.

use chrono::NaiveDate;

use crate::error::Result;
use crate::i18n::Msg;
use crate::model::agreement::Agreement;
use crate::model::personnummer::Personnummer;
use crate::model::plan::{parse_date, parse_datetime};

/// A date `ÅÅÅÅ-MM-DD`.
pub fn date(flag: &str, s: &str) -> Result<String> {
    let t = s.trim();
    if parse_date(t).is_some() {
        return Ok(t.to_string());
    }
    if let Some(orsak) = impossible_date(t) {
        return Err(err!(
            "redigering-datum-finns-inte",
            flagga = flag,
            varde = s,
            orsak = orsak
        ));
    }
    Err(err!("redigering-ogiltigt-datum", flagga = flag, varde = s))
}

/// Why a date written as `ÅÅÅÅ-MM-DD` does not exist ("februari 2026 har 28 dagar"), when it
/// has that shape.
fn impossible_date(t: &str) -> Option<Msg> {
    let b = t.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = t.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) {
        return Some(msg!(
            "redigering-manad-finns-inte",
            manad = format!("{m:02}")
        ));
    }
    let year = i32::try_from(y).ok()?;
    let first = NaiveDate::from_ymd_opt(year, m, 1)?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, m + 1, 1)?
    };
    let days = (next - first).num_days();
    if d == 0 || i64::from(d) > days {
        return Some(msg!(
            "redigering-dagar-i-manad",
            manad = msg!("ord-manad", nummer = m),
            ar = y.to_string(),
            dagar = days
        ));
    }
    None
}

/// A time `ÅÅÅÅ-MM-DDTTT:MM` (also written with a space, `2026-03-10 13:00`), stored with `T`.
pub fn datetime(flag: &str, s: &str) -> Result<String> {
    let t = s.trim();
    let normal = match t.split_once(' ') {
        Some((d, h)) if !t.contains('T') => format!("{}T{}", d, h.trim()),
        _ => t.to_string(),
    };
    if parse_datetime(&normal).is_some() {
        return Ok(normal);
    }
    if let Some(orsak) = normal.get(..10).and_then(impossible_date) {
        return Err(err!(
            "redigering-datum-finns-inte",
            flagga = flag,
            varde = s,
            orsak = orsak
        ));
    }
    Err(err!("redigering-ogiltig-tid", flagga = flag, varde = s))
}

/// One of a closed set of values.
pub fn choice(flag: &str, s: &str, all: &[&str]) -> Result<String> {
    let t = s.trim();
    if all.contains(&t) {
        return Ok(t.to_string());
    }
    let giltiga = all.join(", ");
    Err(
        match crate::model::load::did_you_mean(t, all.iter().copied()) {
            Some(forslag) => err!(
                "redigering-ogiltigt-val-forslag",
                flagga = flag,
                varde = s,
                giltiga = giltiga,
                forslag = forslag
            ),
            None => err!(
                "redigering-ogiltigt-val",
                flagga = flag,
                varde = s,
                giltiga = giltiga
            ),
        },
    )
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
    Err(err!(
        "redigering-okand-part",
        flagga = flag,
        varde = s,
        overenskommelse = a.id,
        parter = party_list(a)
    ))
}

/// A personnummer or samordningsnummer (Luhn and date checked), as it is stored:
/// `ÅÅÅÅMMDD-NNNN` whichever way it was typed.
pub fn personnummer(flag: &str, s: &str, today: NaiveDate) -> Result<String> {
    let t = s.trim();
    Personnummer::parse(t, today)
        .map(|p| p.canonical())
        .map_err(|e| {
            let mut orsak = Msg::same(e.message_en());
            orsak.sv = e.message_sv();
            err!(
                "redigering-ogiltigt-personnummer",
                flagga = flag,
                varde = s,
                orsak = orsak
            )
        })
}

/// A text that must not be empty.
pub fn text(flag: &str, s: &str) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(err!("redigering-tom-text", flagga = flag));
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
        let e = date("--by", "30/9")
            .unwrap_err()
            .text(crate::i18n::Lang::Sv);
        assert!(e.contains("--by") && e.contains("ÅÅÅÅ-MM-DD"), "{e}");
    }

    #[test]
    fn choices_list_the_values_and_suggest_one() {
        use crate::i18n::Lang;
        let e = choice("--status", "pågånde", &["utkast", "pågående"]).unwrap_err();
        assert_eq!(
            e.text(Lang::Sv),
            "--status: `pågånde` är inget giltigt värde; välj ett av: utkast, pågående. Menade du `pågående`?"
        );
        let e = choice("--status", "x", &["utkast"]).unwrap_err();
        assert_eq!(
            e.text(Lang::En),
            "--status: `x` is not a valid value; choose one of: utkast."
        );
    }

    #[test]
    fn impossible_dates_say_why() {
        let why = |s: &str| impossible_date(s).map(|m| m.sv);
        assert_eq!(
            why("2026-02-29").as_deref(),
            Some("februari 2026 har 28 dagar")
        );
        assert_eq!(
            why("2028-02-30").as_deref(),
            Some("februari 2028 har 29 dagar")
        );
        assert_eq!(
            why("2026-04-31").as_deref(),
            Some("april 2026 har 30 dagar")
        );
        assert_eq!(
            why("2026-01-00").as_deref(),
            Some("januari 2026 har 31 dagar")
        );
        assert_eq!(
            why("2026-13-01").as_deref(),
            Some("månad 13 finns inte (månaderna är 01–12)")
        );
        assert_eq!(why("2026-3-1"), None);
        assert_eq!(
            datetime("--at", "2026-03-10 13:00").ok().as_deref(),
            Some("2026-03-10T13:00")
        );
    }
}
