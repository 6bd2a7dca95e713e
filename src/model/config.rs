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
    /// `[kryptering]`: the recipients every plan's data key is wrapped to; `None` when the
    /// folder's plans are not encrypted.
    pub encryption: Option<Encryption>,
}

/// `[kryptering]`: `mottagare = ["age1…", "ssh-ed25519 …"]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Encryption {
    #[serde(default, rename = "mottagare")]
    pub recipients: Vec<String>,
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
    kryptering: Option<Encryption>,
}

pub fn parse_config(src: &SourceFile) -> Result<Config, Vec<TomlError>> {
    let file: ConfigFile =
        toml::from_str(&src.text).map_err(|e| vec![toml_error(&e, &src.text)])?;
    let mut errors = Vec::new();
    let overrides = parse_overrides(&file.regler, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Config {
        agreement: file.agreement,
        meeting_leader: file.samtalsledare,
        overrides,
        contact: file.kontakt,
        encryption: file.kryptering,
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
