//! Swedish personal identity numbers (personnummer) and coordination numbers
//! (samordningsnummer).
//!
//! This module parses the spellings people actually use for these numbers
//! (`YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `YYMMDD-NNNN`, `YYMMDD+NNNN` and
//! `YYMMDDNNNN`), validates the date part and the Luhn check digit, produces a
//! canonical 12-digit form, lists every spelling of a number that might occur
//! in a file name, and computes ages for target-group checks (including the
//! 29 February rule).
//!
//! Parsing never panics: the input is checked to be plain ASCII digits (plus
//! one separator in the expected position) before any digit is interpreted,
//! and all date arithmetic is checked.
//!
//! User-facing error messages are available in Swedish (`message_sv`, also used
//! by `Display`) and English (`message_en`), from `locales/*/planfil.ftl`.

use std::fmt;

use chrono::{Datelike, NaiveDate};

/// A parsed Swedish personal identity number (personnummer) or coordination number (samordningsnummer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Personnummer {
    pub birth_date: NaiveDate,
    /// true for a samordningsnummer (day of birth + 60)
    pub coordination: bool,
    /// the three-digit birth number (födelsenummer) and the check digit, e.g. "482" and 4
    pub serial: String,
    pub check_digit: u8,
}

/// Why a string could not be parsed as a [`Personnummer`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PnrError {
    /// not one of the accepted shapes
    Format,
    /// the date part is not a real date (also for samordningsnummer after subtracting 60)
    Date,
    /// Luhn check digit does not match; carries the expected digit
    CheckDigit { expected: u8 },
}

impl PnrError {
    /// The error message in a language (`locales/*/planfil.ftl`).
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match self {
            PnrError::Format => t!(lang, "planfil-personnummer-form"),
            PnrError::Date => t!(lang, "planfil-personnummer-datum"),
            // Never the expected digit: with it, the message would hold the whole number.
            PnrError::CheckDigit { .. } => t!(lang, "planfil-personnummer-kontrollsiffra"),
        }
    }

    /// The error message in Swedish (for users).
    pub fn message_sv(&self) -> String {
        self.message(crate::i18n::Lang::Sv)
    }

    /// The error message in English.
    pub fn message_en(&self) -> String {
        self.message(crate::i18n::Lang::En)
    }
}

impl fmt::Display for PnrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_sv())
    }
}

impl std::error::Error for PnrError {}

/// How the century of the birth year is given in the input.
enum Century {
    /// 12-digit form: the first two digits.
    Explicit(u8),
    /// 10-digit form with `-` or no separator: the person is 0–99 years old.
    Recent,
    /// 10-digit form with `+`: the person is 100 years or older.
    Centenarian,
}

/// Converts a slice of ASCII bytes to digit values, or `None` if any byte is
/// not an ASCII digit.
fn ascii_digits(bytes: &[u8]) -> Option<Vec<u8>> {
    bytes
        .iter()
        .map(|&b| {
            if b.is_ascii_digit() {
                Some(b - b'0')
            } else {
                None
            }
        })
        .collect()
}

/// Splits the (trimmed) input into its century marker and the ten digits
/// `YYMMDDNNNC`.
fn split_shape(s: &str) -> Result<(Century, [u8; 10]), PnrError> {
    let bytes = s.as_bytes();
    let (century, digits) = match bytes.len() {
        // YYYYMMDD-NNNN
        13 => {
            let (date, rest) = bytes.split_at(8);
            match rest.split_first() {
                Some((b'-', tail)) => {
                    let mut d = ascii_digits(date).ok_or(PnrError::Format)?;
                    d.extend(ascii_digits(tail).ok_or(PnrError::Format)?);
                    (None, d)
                }
                _ => return Err(PnrError::Format),
            }
        }
        // YYYYMMDDNNNN
        12 => (None, ascii_digits(bytes).ok_or(PnrError::Format)?),
        // YYMMDD-NNNN / YYMMDD+NNNN
        11 => {
            let (date, rest) = bytes.split_at(6);
            let (century, tail) = match rest.split_first() {
                Some((b'-', tail)) => (Century::Recent, tail),
                Some((b'+', tail)) => (Century::Centenarian, tail),
                _ => return Err(PnrError::Format),
            };
            let mut d = ascii_digits(date).ok_or(PnrError::Format)?;
            d.extend(ascii_digits(tail).ok_or(PnrError::Format)?);
            (Some(century), d)
        }
        // YYMMDDNNNN
        10 => (
            Some(Century::Recent),
            ascii_digits(bytes).ok_or(PnrError::Format)?,
        ),
        _ => return Err(PnrError::Format),
    };

    match century {
        Some(century) => {
            let ten: [u8; 10] = digits.try_into().map_err(|_| PnrError::Format)?;
            Ok((century, ten))
        }
        None => match digits.as_slice() {
            [c1, c2, rest @ ..] => {
                let ten: [u8; 10] = rest.try_into().map_err(|_| PnrError::Format)?;
                Ok((Century::Explicit(c1 * 10 + c2), ten))
            }
            _ => Err(PnrError::Format),
        },
    }
}

/// The Luhn (mod 10) check digit over the given digits, with weights
/// 2, 1, 2, 1, … starting from the first digit.
fn luhn_check_digit(digits: &[u8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let weighted = if i % 2 == 0 {
                u32::from(d) * 2
            } else {
                u32::from(d)
            };
            weighted / 10 + weighted % 10
        })
        .sum();
    // `sum % 10` is 0..=9, so the result is 0..=9 and fits in u8.
    ((10 - sum % 10) % 10) as u8
}

impl Personnummer {
    /// Parse. `reference` is the date used to pick the century of a 10-digit number (today).
    pub fn parse(s: &str, reference: NaiveDate) -> Result<Personnummer, PnrError> {
        let (century, d) = split_shape(s.trim())?;

        let yy = i32::from(d[0] * 10 + d[1]);
        let month = u32::from(d[2] * 10 + d[3]);
        let raw_day = u32::from(d[4] * 10 + d[5]);
        let (day, coordination) = if (61..=91).contains(&raw_day) {
            (raw_day - 60, true)
        } else {
            (raw_day, false)
        };

        let year = match century {
            Century::Explicit(cc) => i32::from(cc) * 100 + yy,
            Century::Recent | Century::Centenarian => {
                let ref_year = reference.year();
                let base = ref_year
                    .div_euclid(100)
                    .checked_mul(100)
                    .and_then(|b| b.checked_add(yy))
                    .ok_or(PnrError::Date)?;
                // The latest century that does not put the birth date after
                // the reference date (compared as (year, month, day) so that
                // invalid dates are still ordered; they are rejected below).
                let after_reference =
                    (base, month, day) > (ref_year, reference.month(), reference.day());
                let recent = if after_reference {
                    base.checked_sub(100).ok_or(PnrError::Date)?
                } else {
                    base
                };
                match century {
                    Century::Centenarian => recent.checked_sub(100).ok_or(PnrError::Date)?,
                    _ => recent,
                }
            }
        };
        if !(0..=9999).contains(&year) {
            return Err(PnrError::Date);
        }

        let birth_date = NaiveDate::from_ymd_opt(year, month, day).ok_or(PnrError::Date)?;

        let expected = luhn_check_digit(&d[..9]);
        let check_digit = d[9];
        if expected != check_digit {
            return Err(PnrError::CheckDigit { expected });
        }

        let serial: String = d[6..9].iter().map(|&x| char::from(b'0' + x)).collect();

        Ok(Personnummer {
            birth_date,
            coordination,
            serial,
            check_digit,
        })
    }

    /// The day part as written in the number (day of birth + 60 for a samordningsnummer).
    fn written_day(&self) -> u32 {
        if self.coordination {
            self.birth_date.day() + 60
        } else {
            self.birth_date.day()
        }
    }

    /// `YYYYMMDD` (with the written day).
    fn date_digits(&self) -> String {
        format!(
            "{:04}{:02}{:02}",
            self.birth_date.year(),
            self.birth_date.month(),
            self.written_day()
        )
    }

    /// `YYMMDD` (with the written day).
    fn short_date_digits(&self) -> String {
        format!(
            "{:02}{:02}{:02}",
            self.birth_date.year().rem_euclid(100),
            self.birth_date.month(),
            self.written_day()
        )
    }

    /// Canonical 12-digit form with hyphen: "19870523-4824"
    pub fn canonical(&self) -> String {
        format!("{}-{}{}", self.date_digits(), self.serial, self.check_digit)
    }

    /// All spellings of this number someone might put in a file name: 12 digits with and without '-', 10 digits with and without '-'/'+'.
    ///
    /// The order is: `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `YYMMDD-NNNN`,
    /// `YYMMDD+NNNN`, `YYMMDDNNNN`. Both 10-digit separators are included
    /// because which one is correct depends on the date the number is written.
    pub fn spellings(&self) -> Vec<String> {
        let long = self.date_digits();
        let short = self.short_date_digits();
        let tail = format!("{}{}", self.serial, self.check_digit);
        vec![
            format!("{long}-{tail}"),
            format!("{long}{tail}"),
            format!("{short}-{tail}"),
            format!("{short}+{tail}"),
            format!("{short}{tail}"),
        ]
    }
}

impl fmt::Display for Personnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical())
    }
}

/// Age in whole years on `on` for someone born on `birth`. Returns None if `on` < `birth`.
/// A person born on 29 February becomes a year older on 1 March in years that are not leap years
/// (and on 29 February in leap years). The birthday itself counts: on the 16th birthday the age is 16.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    if on < birth {
        return None;
    }
    let mut years = on.year().checked_sub(birth.year())?;
    // Comparing (month, day) makes 29 February fall between 28 February and
    // 1 March, which gives exactly the rule above in non-leap years.
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years = years.checked_sub(1)?;
    }
    u32::try_from(years).ok()
}

/// The day someone born on `birth` turns `years` old (by [`age_on`]'s rule: a 29 February
/// birthday falls on 1 March in years that are not leap years).
pub fn birthday(birth: NaiveDate, years: u32) -> Option<NaiveDate> {
    let year = birth.year().checked_add(i32::try_from(years).ok()?)?;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}

/// Age inclusive range check used for target groups: `age_in_range(birth, on, 16, 65)` is true from the
/// 16th birthday until the day before the 66th birthday.
pub fn age_in_range(birth: NaiveDate, on: NaiveDate, min: u32, max: u32) -> bool {
    age_on(birth, on).is_some_and(|age| (min..=max).contains(&age))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn reference() -> NaiveDate {
        date(2024, 6, 15)
    }

    #[test]
    fn eighteenth_birthday_agrees_with_age_on() {
        for birth in [date(2008, 2, 29), date(2008, 3, 1), date(2008, 12, 31)] {
            let b = birthday(birth, 18).expect("in range");
            assert_eq!(age_on(birth, b), Some(18));
            assert_eq!(age_on(birth, b.pred_opt().expect("in range")), Some(17));
        }
        assert_eq!(birthday(date(2008, 2, 29), 18), Some(date(2026, 3, 1)));
    }

    /// Independent Luhn implementation for building test numbers: doubles every
    /// other digit from the right of the full 10-digit number, i.e. digits at
    /// even positions of the 9-digit payload.
    fn check_for(nine: &str) -> u8 {
        assert_eq!(nine.len(), 9);
        let mut sum = 0u32;
        for (i, c) in nine.chars().enumerate() {
            let mut v = c.to_digit(10).expect("digit");
            if i % 2 == 0 {
                v *= 2;
                if v > 9 {
                    v -= 9;
                }
            }
            sum += v;
        }
        ((10 - sum % 10) % 10) as u8
    }

    /// Builds a valid 10-digit string `YYMMDDNNNC` from `YYMMDDNNN`.
    fn with_check(nine: &str) -> String {
        format!("{nine}{}", check_for(nine))
    }

    #[test]
    fn independent_luhn_agrees_on_known_numbers() {
        assert_eq!(check_for("870523482"), 4);
        assert_eq!(check_for("121212121"), 2);
        assert_eq!(check_for("900101001"), 7);
        assert_eq!(luhn_check_digit(&[8, 7, 0, 5, 2, 3, 4, 8, 2]), 4);
    }

    #[test]
    fn parses_twelve_digits_with_hyphen() {
        let p = Personnummer::parse("19870523-4824", reference()).unwrap();
        assert_eq!(p.birth_date, date(1987, 5, 23));
        assert!(!p.coordination);
        assert_eq!(p.serial, "482");
        assert_eq!(p.check_digit, 4);
        assert_eq!(p.canonical(), "19870523-4824");
        assert_eq!(p.to_string(), "19870523-4824");
    }

    #[test]
    fn parses_skatteverket_test_numbers() {
        let a = Personnummer::parse("19121212-1212", reference()).unwrap();
        assert_eq!(a.birth_date, date(1912, 12, 12));
        assert_eq!(a.canonical(), "19121212-1212");
        let b = Personnummer::parse("199001010017", reference()).unwrap();
        assert_eq!(b.birth_date, date(1990, 1, 1));
        assert_eq!(b.serial, "001");
        assert_eq!(b.check_digit, 7);
        assert_eq!(b.canonical(), "19900101-0017");
    }

    #[test]
    fn all_shapes_give_the_same_number() {
        let expected = Personnummer::parse("19870523-4824", reference()).unwrap();
        for s in [
            "198705234824",
            "870523-4824",
            "8705234824",
            "  870523-4824\t",
            "\n19870523-4824 ",
        ] {
            assert_eq!(
                Personnummer::parse(s, reference()),
                Ok(expected.clone()),
                "{s}"
            );
        }
    }

    #[test]
    fn ten_digit_century_is_the_latest_not_after_reference() {
        // Exactly on the reference date: 0 years old, this century.
        let today = with_check("240615123");
        let p = Personnummer::parse(&today, reference()).unwrap();
        assert_eq!(p.birth_date, date(2024, 6, 15));
        // One day after the reference date: previous century (99 years old).
        let tomorrow = with_check("240616123");
        let p = Personnummer::parse(&tomorrow, reference()).unwrap();
        assert_eq!(p.birth_date, date(1924, 6, 16));
        // Earlier two-digit year in this century.
        let p = Personnummer::parse("121212-1212", reference()).unwrap();
        assert_eq!(p.birth_date, date(2012, 12, 12));
        assert_eq!(p.canonical(), "20121212-1212");
        let p = Personnummer::parse("900101-0017", reference()).unwrap();
        assert_eq!(p.birth_date, date(1990, 1, 1));
    }

    #[test]
    fn plus_means_a_hundred_years_earlier() {
        let p = Personnummer::parse("121212+1212", reference()).unwrap();
        assert_eq!(p.birth_date, date(1912, 12, 12));
        assert_eq!(p.canonical(), "19121212-1212");
        let p = Personnummer::parse("900101+0017", reference()).unwrap();
        assert_eq!(p.birth_date, date(1890, 1, 1));
        let tomorrow = format!("240616+{}", &with_check("240616123")[6..]);
        let p = Personnummer::parse(&tomorrow, reference()).unwrap();
        assert_eq!(p.birth_date, date(1824, 6, 16));
    }

    #[test]
    fn coordination_number_valid() {
        // Born 1987-05-23, written day 83.
        let ten = with_check("870583482");
        let p = Personnummer::parse(&ten, reference()).unwrap();
        assert!(p.coordination);
        assert_eq!(p.birth_date, date(1987, 5, 23));
        assert_eq!(p.canonical(), format!("19870583-{}", &ten[6..]));
        let twelve = format!("19{ten}");
        assert_eq!(Personnummer::parse(&twelve, reference()), Ok(p));
    }

    #[test]
    fn coordination_number_invalid() {
        // 31 + 60 = 91 in February: no such date.
        let feb31 = format!("19{}", with_check("870291482"));
        assert_eq!(
            Personnummer::parse(&feb31, reference()),
            Err(PnrError::Date)
        );
        // Day 92 is beyond the coordination range.
        let d92 = format!("19{}", with_check("870592482"));
        assert_eq!(Personnummer::parse(&d92, reference()), Err(PnrError::Date));
        // Day 60 would be day 0.
        let d60 = format!("19{}", with_check("870560482"));
        assert_eq!(Personnummer::parse(&d60, reference()), Err(PnrError::Date));
        // Valid coordination date, wrong check digit.
        let good = with_check("870583482");
        let expected = good.as_bytes()[9] - b'0';
        let wrong = format!("{}{}", &good[..9], (expected + 1) % 10);
        assert_eq!(
            Personnummer::parse(&wrong, reference()),
            Err(PnrError::CheckDigit { expected })
        );
    }

    #[test]
    fn wrong_check_digit_reports_expected_digit() {
        assert_eq!(
            Personnummer::parse("19870523-4825", reference()),
            Err(PnrError::CheckDigit { expected: 4 })
        );
        assert_eq!(
            Personnummer::parse("121212-1213", reference()),
            Err(PnrError::CheckDigit { expected: 2 })
        );
        assert_eq!(
            Personnummer::parse("199001010010", reference()),
            Err(PnrError::CheckDigit { expected: 7 })
        );
    }

    #[test]
    fn invalid_dates() {
        let feb30 = format!("19{}", with_check("870230482"));
        assert_eq!(
            Personnummer::parse(&feb30, reference()),
            Err(PnrError::Date)
        );
        let month13 = format!("19{}", with_check("871301482"));
        assert_eq!(
            Personnummer::parse(&month13, reference()),
            Err(PnrError::Date)
        );
        let month0 = format!("19{}", with_check("870001482"));
        assert_eq!(
            Personnummer::parse(&month0, reference()),
            Err(PnrError::Date)
        );
        let day0 = format!("19{}", with_check("870500482"));
        assert_eq!(Personnummer::parse(&day0, reference()), Err(PnrError::Date));
        let apr31 = with_check("870431482");
        assert_eq!(
            Personnummer::parse(&apr31, reference()),
            Err(PnrError::Date)
        );
    }

    #[test]
    fn leap_day() {
        let leap = format!("20{}", with_check("000229123"));
        let p = Personnummer::parse(&leap, reference()).unwrap();
        assert_eq!(p.birth_date, date(2000, 2, 29));
        let leap10 = with_check("080229123");
        let p = Personnummer::parse(&leap10, reference()).unwrap();
        assert_eq!(p.birth_date, date(2008, 2, 29));

        let not_leap = format!("20{}", with_check("230229123"));
        assert_eq!(
            Personnummer::parse(&not_leap, reference()),
            Err(PnrError::Date)
        );
        let century_not_leap = format!("19{}", with_check("000229123"));
        assert_eq!(
            Personnummer::parse(&century_not_leap, reference()),
            Err(PnrError::Date)
        );
        // 10-digit 000229 with `+` lands on 1900, which is not a leap year.
        let plus = format!("000229+{}", &with_check("000229123")[6..]);
        assert_eq!(Personnummer::parse(&plus, reference()), Err(PnrError::Date));
    }

    #[test]
    fn format_errors() {
        for s in [
            "",
            "   ",
            "-",
            "+",
            "abcdefgh-ijkl",
            "1987O523-4824",
            "19870523-482X",
            "19870523 4824",
            "19870523+4824",
            "19870523_4824",
            "198705234-824",
            "19870523--4824",
            "19870523-48244",
            "1987052348244",
            "198705234",
            "19870523482",
            "870523-482",
            "870523 4824",
            "8705-234824",
            "-8705234824",
            "+870523482",
            "19870523-4824-",
            "١٩٨٧٠٥٢٣-٤٨٢٤",
            "١٩٨٧٠٥٢٣٤٨٢٤",
            "１９８７０５２３-４８２４",
            "870523−4824",
        ] {
            assert_eq!(
                Personnummer::parse(s, reference()),
                Err(PnrError::Format),
                "{s:?}"
            );
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let inputs = [
            "é9870523-4824",
            "1987052é4824",
            "ééééééééééé",
            "\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}",
            "99999999-9999",
            "00000000-0000",
            "999999+9999",
            "000000-0000",
            // A valid 10-digit shape whose date part is nonsense.
            "1987052348",
        ];
        for s in inputs {
            assert!(Personnummer::parse(s, reference()).is_err(), "{s:?}");
        }
        assert_eq!(
            Personnummer::parse("1987052348", reference()),
            Err(PnrError::Date)
        );
        // Extreme reference dates must not panic either.
        for r in [
            NaiveDate::MIN,
            NaiveDate::MAX,
            date(0, 1, 1),
            date(50, 1, 1),
        ] {
            let _ = Personnummer::parse("121212+1212", r);
            let _ = Personnummer::parse("121212-1212", r);
        }
        assert_eq!(
            Personnummer::parse("121212+1212", date(50, 1, 1)),
            Err(PnrError::Date)
        );
        assert_eq!(
            Personnummer::parse("121212-1212", NaiveDate::MAX),
            Err(PnrError::Date)
        );
    }

    #[test]
    fn year_zero_is_formatted_with_four_digits() {
        let p =
            Personnummer::parse(&format!("00{}", with_check("000101123")), reference()).unwrap();
        assert_eq!(p.birth_date, date(0, 1, 1));
        assert!(p.canonical().starts_with("00000101-123"));
    }

    #[test]
    fn spellings_list_all_forms() {
        let p = Personnummer::parse("19870523-4824", reference()).unwrap();
        assert_eq!(
            p.spellings(),
            vec![
                "19870523-4824",
                "198705234824",
                "870523-4824",
                "870523+4824",
                "8705234824",
            ]
        );
        let c = Personnummer::parse(&with_check("870583482"), reference()).unwrap();
        let sp = c.spellings();
        assert_eq!(sp.len(), 5);
        assert!(sp.iter().all(|s| s.contains("870583")), "{sp:?}");
        // Each spelling parses back to the same number (with a suitable reference).
        for s in p.spellings() {
            let r = if s.contains('+') {
                date(2090, 1, 1)
            } else {
                reference()
            };
            assert_eq!(Personnummer::parse(&s, r), Ok(p.clone()), "{s}");
        }
    }

    #[test]
    fn error_messages() {
        assert_eq!(
            PnrError::CheckDigit { expected: 4 }.message_sv(),
            "kontrollsiffran stämmer inte"
        );
        assert_eq!(
            PnrError::Date.message_sv(),
            "datumdelen är inget giltigt datum"
        );
        assert_eq!(
            PnrError::Format.message_sv(),
            "formen ska vara ÅÅÅÅMMDD-NNNN, ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN"
        );
        assert_eq!(
            PnrError::CheckDigit { expected: 7 }.message_en(),
            "the check digit does not match"
        );
        assert_eq!(
            PnrError::Date.message_en(),
            "the date part is not a valid date"
        );
        assert!(PnrError::Format.message_en().contains("YYYYMMDD-NNNN"));
        assert_eq!(PnrError::Date.to_string(), PnrError::Date.message_sv());
    }

    #[test]
    fn age_around_sixteenth_birthday() {
        let birth = date(2008, 5, 10);
        assert_eq!(age_on(birth, date(2024, 5, 9)), Some(15));
        assert_eq!(age_on(birth, date(2024, 5, 10)), Some(16));
        assert!(!age_in_range(birth, date(2024, 5, 9), 16, 65));
        assert!(age_in_range(birth, date(2024, 5, 10), 16, 65));
    }

    #[test]
    fn age_around_sixtysixth_birthday() {
        let birth = date(1958, 9, 1);
        assert_eq!(age_on(birth, date(2024, 8, 31)), Some(65));
        assert!(age_in_range(birth, date(2024, 8, 31), 16, 65));
        assert_eq!(age_on(birth, date(2024, 9, 1)), Some(66));
        assert!(!age_in_range(birth, date(2024, 9, 1), 16, 65));
    }

    #[test]
    fn age_for_leap_day_births() {
        let b2008 = date(2008, 2, 29);
        assert_eq!(age_on(b2008, date(2024, 2, 28)), Some(15));
        assert_eq!(age_on(b2008, date(2024, 2, 29)), Some(16));
        assert_eq!(age_on(b2008, date(2023, 2, 28)), Some(14));
        assert_eq!(age_on(b2008, date(2023, 3, 1)), Some(15));

        let b2000 = date(2000, 2, 29);
        assert_eq!(age_on(b2000, date(2017, 2, 28)), Some(16));
        assert_eq!(age_on(b2000, date(2017, 3, 1)), Some(17));
    }

    #[test]
    fn age_edge_cases() {
        let birth = date(2010, 1, 1);
        assert_eq!(age_on(birth, date(2009, 12, 31)), None);
        assert!(!age_in_range(birth, date(2009, 12, 31), 0, 200));
        assert_eq!(age_on(birth, birth), Some(0));
        assert!(age_in_range(birth, birth, 0, 0));
        assert_eq!(
            age_on(NaiveDate::MIN, NaiveDate::MAX).map(|a| a > 0),
            Some(true)
        );
    }

    #[test]
    fn round_trip_every_day_of_2023_and_2024() {
        let mut day = date(2023, 1, 1);
        let end = date(2024, 12, 31);
        let parse_ref = date(2025, 1, 1);
        let mut count = 0;
        while day <= end {
            let nine = format!(
                "{:02}{:02}{:02}123",
                day.year() % 100,
                day.month(),
                day.day()
            );
            let ten = with_check(&nine);
            let canonical = format!("{}{}-{}", day.year() / 100, &ten[..6], &ten[6..]);

            let p = Personnummer::parse(&ten, parse_ref).unwrap();
            assert_eq!(p.birth_date, day, "{ten}");
            assert_eq!(p.canonical(), canonical);
            assert_eq!(p.serial, "123");
            assert!(!p.coordination);

            let q = Personnummer::parse(&canonical, parse_ref).unwrap();
            assert_eq!(q, p);

            // The same day as a samordningsnummer.
            let coord_nine = format!(
                "{:02}{:02}{:02}123",
                day.year() % 100,
                day.month(),
                day.day() + 60
            );
            let c = Personnummer::parse(&with_check(&coord_nine), parse_ref).unwrap();
            assert_eq!(c.birth_date, day);
            assert!(c.coordination);

            count += 1;
            day = day.succ_opt().expect("next day");
        }
        assert_eq!(count, 365 + 366);
    }
}
