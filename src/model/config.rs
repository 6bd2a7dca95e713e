//! `sip.toml`: the plan folder's defaults and severity overrides.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_spanned::Spanned as TSpanned;

use super::agreement::{TomlError, parse_overrides, toml_error};
use crate::findings::Overrides;
use crate::source::SourceFile;

#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Default agreement for `sip new`.
    pub agreement: Option<String>,
    /// Default meeting leader for `sip new`.
    pub meeting_leader: Option<String>,
    pub overrides: Overrides,
    /// The samtalsledare's contact, printed in letters (`[kontakt]`).
    pub contact: Contact,
    /// `[gallring]`: when closed plans are due for gallring; `None` when the folder sets none
    /// (then nothing is ever due: the period is the organisation's to state, 5 or 10 years).
    pub retention: Option<Retention>,
    /// `[kryptering]`: the recipients every plan's data key is wrapped to; `None` when the
    /// folder's plans are not encrypted.
    pub encryption: Option<Encryption>,
    /// v3 `[parter.ID] namn`: the folder's own name for a party ("Kumla kommun"), used in letters.
    pub party_names: BTreeMap<String, String>,
}

impl Config {
    /// The recipients plans are encrypted to (`[kryptering] mottagare`); none without the table.
    pub fn recipients(&self) -> Vec<String> {
        self.encryption
            .as_ref()
            .map(|e| e.recipients.clone())
            .unwrap_or_default()
    }
}

/// `[kryptering]`: `mottagare = ["age1…", "ssh-ed25519 …"]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Encryption {
    #[serde(default, rename = "mottagare")]
    pub recipients: Vec<String>,
}

/// `[gallring]`: a closed plan is due this many years after its last entry, unless an
/// exception keeps it (the archive authority's decision).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Retention {
    /// `år_efter_sista_anteckning` (1–100).
    pub years: u32,
    /// `utförd_av`: who performs gallring, as a role or function (never a person's name), for
    /// `gallringslogg.csv`; `sip gallra --by` overrides it.
    pub performed_by: Option<String>,
    /// `[gallring.undantag] planer`: plans kept whatever their dates.
    pub keep_plans: Vec<String>,
    /// `[gallring.undantag] födda_dag`: days of the month (1–31); a plan whose individual was
    /// born on one of them is kept.
    pub keep_birth_days: Vec<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RetentionFile {
    #[serde(rename = "år_efter_sista_anteckning")]
    years: TSpanned<i64>,
    #[serde(rename = "utförd_av")]
    performed_by: Option<String>,
    #[serde(default)]
    undantag: ExceptionsFile,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ExceptionsFile {
    #[serde(default)]
    planer: Vec<String>,
    #[serde(default, rename = "födda_dag")]
    birth_days: Vec<TSpanned<i64>>,
}

fn retention(file: RetentionFile, errors: &mut Vec<TomlError>) -> Retention {
    let span = |s: &std::ops::Range<usize>| Some(crate::source::Span::new(s.start, s.end));
    let years = *file.years.get_ref();
    if !(1..=100).contains(&years) {
        errors.push(TomlError {
            span: span(&file.years.span()),
            message: msg!("installningar-gallring-ar", ar = years.to_string()),
        });
    }
    let mut days = Vec::new();
    for d in &file.undantag.birth_days {
        let v = *d.get_ref();
        if (1..=31).contains(&v) {
            days.push(v as u32);
        } else {
            errors.push(TomlError {
                span: span(&d.span()),
                message: msg!("installningar-fodda-dag", dag = v.to_string()),
            });
        }
    }
    Retention {
        years: years.clamp(1, 100) as u32,
        performed_by: file.performed_by,
        keep_plans: file.undantag.planer,
        keep_birth_days: days,
    }
}

/// `[kontakt]`: how the recipients of a letter reach the samtalsledare.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub telefon: Option<String>,
    #[serde(rename = "e-post")]
    pub epost: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(rename = "överenskommelse")]
    agreement: Option<String>,
    samtalsledare: Option<String>,
    #[serde(default)]
    regler: BTreeMap<TSpanned<String>, TSpanned<String>>,
    #[serde(default)]
    kontakt: Contact,
    gallring: Option<RetentionFile>,
    kryptering: Option<Encryption>,
    #[serde(default)]
    parter: BTreeMap<String, PartyNameFile>,
}

/// `[parter.ID]`: the folder's own name for a party.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartyNameFile {
    namn: String,
}

pub fn parse_config(src: &SourceFile) -> Result<Config, Vec<TomlError>> {
    let file: ConfigFile =
        toml::from_str(&src.text).map_err(|e| vec![toml_error(&e, &src.text)])?;
    let mut errors = Vec::new();
    let overrides = parse_overrides(&file.regler, &mut errors);
    let retention = file.gallring.map(|g| retention(g, &mut errors));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Config {
        agreement: file.agreement,
        meeting_leader: file.samtalsledare,
        overrides,
        contact: file.kontakt,
        retention,
        encryption: file.kryptering,
        party_names: file
            .parter
            .into_iter()
            .filter(|(_, p)| !p.namn.trim().is_empty())
            .map(|(id, p)| (id, p.namn.trim().to_string()))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::Code;

    #[test]
    fn reads_quoted_keys_and_rules() {
        let text = "\"överenskommelse\" = \"orebro-lan\"\nsamtalsledare = \"Erik Ek\"\n[regler]\nP002 = \"fel\"\nP003 = \"av\"\n";
        let c = parse_config(&SourceFile::new(
            "sip.toml".into(),
            "sip.toml".into(),
            text.into(),
        ))
        .unwrap();
        assert_eq!(c.agreement.as_deref(), Some("orebro-lan"));
        assert_eq!(c.overrides.map.get(&Code::P003), Some(&None));
    }

    #[test]
    fn reads_the_contact() {
        let text = "[kontakt]\ntelefon = \"0950-123 45\"\n\"e-post\" = \"erik.ek@example.se\"\n";
        let c = parse_config(&SourceFile::new(
            "sip.toml".into(),
            "sip.toml".into(),
            text.into(),
        ))
        .unwrap();
        assert_eq!(c.contact.telefon.as_deref(), Some("0950-123 45"));
        assert_eq!(c.contact.epost.as_deref(), Some("erik.ek@example.se"));
    }

    #[test]
    fn reads_gallring_and_its_exceptions() {
        let text = "[gallring]\n\"år_efter_sista_anteckning\" = 5\n\"utförd_av\" = \"registrator\"\n[gallring.undantag]\nplaner = [\"sip-2019-abcdefgh\"]\n\"födda_dag\" = [5, 15, 25]\n";
        let c = parse_config(&SourceFile::new(
            "sip.toml".into(),
            "sip.toml".into(),
            text.into(),
        ))
        .unwrap();
        let r = c.retention.unwrap();
        assert_eq!(r.years, 5);
        assert_eq!(r.performed_by.as_deref(), Some("registrator"));
        assert_eq!(r.keep_plans, ["sip-2019-abcdefgh"]);
        assert_eq!(r.keep_birth_days, [5, 15, 25]);
    }

    #[test]
    fn gallring_out_of_range_is_an_error_at_its_value() {
        let text = "[gallring]\n\"år_efter_sista_anteckning\" = 0\n[gallring.undantag]\n\"födda_dag\" = [32]\n";
        let e = parse_config(&SourceFile::new(
            "sip.toml".into(),
            "sip.toml".into(),
            text.into(),
        ))
        .unwrap_err();
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(e[0].message.sv.contains("mellan 1 och 100"));
        assert_eq!(e[0].span.map(|s| &text[s.start..s.end]), Some("0"));
        assert!(e[1].message.sv.contains("1–31"));
    }

    #[test]
    fn reads_the_recipients() {
        let text = "[kryptering]\nmottagare = [\"age1abc\", \"ssh-ed25519 AAAA x\"]\n";
        let c = parse_config(&SourceFile::new(
            "sip.toml".into(),
            "sip.toml".into(),
            text.into(),
        ))
        .unwrap();
        assert_eq!(
            c.encryption.unwrap().recipients,
            vec!["age1abc".to_string(), "ssh-ed25519 AAAA x".to_string()]
        );
    }

    #[test]
    fn bare_swedish_key_is_explained() {
        let text = "överenskommelse = \"orebro-lan\"\n";
        let e = parse_config(&SourceFile::new(
            "sip.toml".into(),
            "sip.toml".into(),
            text.into(),
        ))
        .unwrap_err();
        assert!(
            e[0].message.sv.contains("citattecken"),
            "{:?}",
            e[0].message
        );
    }
}
