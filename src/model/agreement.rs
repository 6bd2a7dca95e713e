//! Local agreements: the TOML format, its validation with line:column errors, and the
//! five built-in agreements embedded from the repository's `agreements/` folder.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;
use serde_spanned::Spanned as TSpanned;

use super::enums::{Focus, Occupation, PartyType, SeverityName};
use crate::findings::{Code, Overrides};
use crate::i18n::Msg;
use crate::source::{SourceFile, Span};

/// The built-in agreements: (file name, text).
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "ostra-ostergotland.toml",
        include_str!("../../agreements/ostra-ostergotland.toml"),
    ),
    (
        "samsip-sodra-lappland.toml",
        include_str!("../../agreements/samsip-sodra-lappland.toml"),
    ),
    (
        "hoglandet-vetlanda.toml",
        include_str!("../../agreements/hoglandet-vetlanda.toml"),
    ),
    (
        "insjoriket.toml",
        include_str!("../../agreements/insjoriket.toml"),
    ),
    (
        "orebro-lan.toml",
        include_str!("../../agreements/orebro-lan.toml"),
    ),
];

#[derive(Debug, Clone)]
pub struct Agreement {
    pub id: String,
    pub name: String,
    pub source: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    pub parties: Vec<Party>,
    pub target_group: TargetGroup,
    pub invitation: InvitationRules,
    /// Agenda items; `None` means the default agenda of the Samverk Vetlanda flow.
    pub agenda_initial: Option<Vec<String>>,
    pub agenda_follow_up: Option<Vec<String>>,
    pub overrides: Overrides,
    /// Where it came from: "inbyggd" or the file's path.
    pub origin: String,
}

#[derive(Debug, Clone)]
pub struct Party {
    pub id: String,
    pub name: String,
    /// v3 `kortnamn`: the short name letters use ("Region Örebro län"), when the agreement's
    /// `namn` describes a group ("Kommunerna i Örebro län (inkl. …)").
    pub short_name: Option<String>,
    pub kind: PartyType,
    pub can_convene: bool,
    pub has_interventions: bool,
    pub can_hold_overall: bool,
}

impl Party {
    /// Kommun or region: a huvudman under the law.
    pub fn is_principal(&self) -> bool {
        matches!(self.kind, PartyType::Municipality | PartyType::Region)
    }
}

#[derive(Debug, Clone, Default)]
pub struct TargetGroup {
    /// Inclusive, age on the initiation date.
    pub age: Option<(u32, u32)>,
    pub occupations: Option<Vec<Occupation>>,
    pub focus: Option<Vec<Focus>>,
    pub priority: Vec<String>,
}

impl TargetGroup {
    pub fn is_restricted(&self) -> bool {
        self.age.is_some() || self.occupations.is_some() || self.focus.is_some()
    }
}

#[derive(Debug, Clone, Default)]
pub struct InvitationRules {
    pub min_notice_days: Option<u32>,
    pub requires_purpose: bool,
    pub requires_questions: bool,
    /// Empty: any system.
    pub approved_digital: Vec<String>,
    /// `längsta_tid_till_kallelse_dagar` (v2): the first kallelse goes out within this many days
    /// of `initiering.datum`; `None`: no limit.
    pub max_days_to_invitation: Option<u32>,
}

impl Agreement {
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }
    pub fn party_ids(&self) -> Vec<&str> {
        self.parties.iter().map(|p| p.id.as_str()).collect()
    }
    /// A party's display name, or the id itself when unknown.
    pub fn party_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.party(id).map_or(id, |p| p.name.as_str())
    }
    pub fn is_valid_on(&self, day: NaiveDate) -> bool {
        self.valid_from.is_none_or(|f| day >= f) && self.valid_to.is_none_or(|t| day <= t)
    }
}

/// How a meeting's kallelse falls short of the agreement's notice period (the test of A009,
/// shared with the documents that warn about it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeShortfall {
    /// Sent `days` days before the meeting, fewer than `min`.
    SentLate {
        sent: NaiveDate,
        days: i64,
        min: u32,
    },
    /// Not recorded, the meeting not held and `ahead` days away (0..=min).
    NotSent { ahead: i64, min: u32 },
}

impl Agreement {
    /// Whether `meeting`'s kallelse falls short of `minsta_framförhållning_dagar` on `today`.
    pub fn notice_shortfall(
        &self,
        meeting: &crate::model::plan::Meeting,
        today: NaiveDate,
    ) -> Option<NoticeShortfall> {
        let min = self.invitation.min_notice_days?;
        let day = meeting.date()?;
        match &meeting.invitation_sent {
            Some(sent) => {
                let days = (day - sent.value).num_days();
                (days < i64::from(min)).then_some(NoticeShortfall::SentLate {
                    sent: sent.value,
                    days,
                    min,
                })
            }
            None => {
                let ahead = (day - today).num_days();
                (!meeting.is_held() && (0..=i64::from(min)).contains(&ahead))
                    .then_some(NoticeShortfall::NotSent { ahead, min })
            }
        }
    }
}

/// A fault in an agreement or `sip.toml` file.
#[derive(Debug, Clone)]
pub struct TomlError {
    pub span: Option<Span>,
    pub message: Msg,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgreementFile {
    id: TSpanned<String>,
    namn: String,
    #[serde(rename = "källa")]
    source: Option<String>,
    #[serde(rename = "giltig_från")]
    valid_from: Option<TSpanned<toml::value::Datetime>>,
    giltig_till: Option<TSpanned<toml::value::Datetime>>,
    #[serde(default)]
    parter: Vec<PartyFile>,
    #[serde(rename = "målgrupp")]
    target_group: Option<TargetGroupFile>,
    kallelse: Option<InvitationFile>,
    dagordning: Option<AgendaFile>,
    #[serde(default)]
    regler: BTreeMap<TSpanned<String>, TSpanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartyFile {
    id: TSpanned<String>,
    namn: String,
    kortnamn: Option<String>,
    typ: TSpanned<String>,
    kan_kalla: Option<bool>,
    har_insatser: Option<bool>,
    #[serde(rename = "kan_ha_övergripande_ansvar")]
    can_hold_overall: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetGroupFile {
    #[serde(rename = "ålder")]
    age: Option<TSpanned<Vec<u32>>>,
    #[serde(rename = "sysselsättning")]
    occupations: Option<Vec<TSpanned<String>>>,
    inriktning: Option<Vec<TSpanned<String>>>,
    #[serde(default)]
    prioriterade: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InvitationFile {
    #[serde(rename = "minsta_framförhållning_dagar")]
    min_notice_days: Option<u32>,
    #[serde(rename = "kräver_syfte", default)]
    requires_purpose: bool,
    #[serde(rename = "kräver_frågeställningar", default)]
    requires_questions: bool,
    #[serde(rename = "godkända_digitala_system", default)]
    approved_digital: Vec<String>,
    #[serde(rename = "längsta_tid_till_kallelse_dagar")]
    max_days_to_invitation: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgendaFile {
    #[serde(rename = "upprättande")]
    initial: Option<Vec<String>>,
    #[serde(rename = "uppföljning")]
    follow_up: Option<Vec<String>>,
}

fn span_of<T>(s: &TSpanned<T>) -> Span {
    let r = s.span();
    Span::new(r.start, r.end)
}

/// Turn a `toml` parse error into a located message, with a hint for bare Swedish keys.
pub fn toml_error(err: &toml::de::Error, text: &str) -> TomlError {
    let span = err.span().map(|r| Span::new(r.start, r.end));
    let raw = err.message().trim().to_string();
    let at = span
        .and_then(|s| text.get(s.start..s.end.max(s.start)))
        .unwrap_or("");
    let line_text = span
        .map(|s| {
            let start = text[..s.start.min(text.len())]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            &text[start..end]
        })
        .unwrap_or("");
    let swedish_bare_key = line_text.split('=').next().is_some_and(|k| {
        !k.trim_start().starts_with(['"', '\'', '#', '['])
            && k.chars().any(|c| "åäöÅÄÖéÉ".contains(c))
    });
    let message = if swedish_bare_key {
        msg!("toml-fel-svensk-nyckel", fel = raw)
    } else if raw.contains("unknown field") {
        msg!("toml-okand-nyckel", fel = raw)
    } else {
        msg!("toml-fel", fel = raw)
    };
    let _ = at;
    TomlError { span, message }
}

fn date_of(dt: &TSpanned<toml::value::Datetime>, errors: &mut Vec<TomlError>) -> Option<NaiveDate> {
    let d = dt.get_ref().date.as_ref();
    let parsed = d.and_then(|d| {
        NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
    });
    if parsed.is_none() || dt.get_ref().time.is_some() {
        errors.push(TomlError {
            span: Some(span_of(dt)),
            message: msg!("toml-datum"),
        });
    }
    parsed
}

/// Parse `[regler]`-style overrides, reporting unknown codes and severities.
pub fn parse_overrides(
    map: &BTreeMap<TSpanned<String>, TSpanned<String>>,
    errors: &mut Vec<TomlError>,
) -> Overrides {
    let mut o = Overrides::default();
    for (code, sev) in map {
        let Some(c) = Code::parse(code.get_ref()) else {
            errors.push(TomlError {
                span: Some(span_of(code)),
                message: msg!("toml-okand-regelkod", kod = code.get_ref()),
            });
            continue;
        };
        match SeverityName::parse(sev.get_ref()) {
            Some(s) => o.set(c, s.severity()),
            None => errors.push(TomlError {
                span: Some(span_of(sev)),
                message: msg!("toml-okand-niva", niva = sev.get_ref()),
            }),
        }
    }
    o
}

fn enum_list<E: Copy>(
    items: &[TSpanned<String>],
    parse: fn(&str) -> Option<E>,
    all: &[&str],
    key: &str,
    errors: &mut Vec<TomlError>,
) -> Vec<E> {
    items
        .iter()
        .filter_map(|s| {
            let v = parse(s.get_ref());
            if v.is_none() {
                errors.push(TomlError {
                    span: Some(span_of(s)),
                    message: msg!(
                        "overenskommelse-otillatet-varde",
                        varde = s.get_ref(),
                        nyckel = key,
                        tillatna = all.join(", ")
                    ),
                });
            }
            v
        })
        .collect()
}

/// Parse and validate an agreement file.
pub fn parse_agreement(src: &SourceFile, origin: &str) -> Result<Agreement, Vec<TomlError>> {
    let file: AgreementFile =
        toml::from_str(&src.text).map_err(|e| vec![toml_error(&e, &src.text)])?;
    let mut errors = Vec::new();
    if !crate::model::plan::is_valid_plan_id(file.id.get_ref()) {
        errors.push(TomlError {
            span: Some(span_of(&file.id)),
            message: msg!("overenskommelse-fel-id"),
        });
    }
    let mut parties: Vec<Party> = Vec::new();
    for p in &file.parter {
        let Some(kind) = PartyType::parse(p.typ.get_ref()) else {
            errors.push(TomlError {
                span: Some(span_of(&p.typ)),
                message: msg!(
                    "overenskommelse-okand-parttyp",
                    typ = p.typ.get_ref(),
                    tillatna = PartyType::ALL.join(", ")
                ),
            });
            continue;
        };
        if parties.iter().any(|q| q.id == *p.id.get_ref()) {
            errors.push(TomlError {
                span: Some(span_of(&p.id)),
                message: msg!("overenskommelse-part-tva-ganger", id = p.id.get_ref()),
            });
            continue;
        }
        let principal = matches!(kind, PartyType::Municipality | PartyType::Region);
        parties.push(Party {
            id: p.id.get_ref().clone(),
            name: p.namn.clone(),
            short_name: p.kortnamn.clone().filter(|k| !k.trim().is_empty()),
            kind,
            can_convene: p.kan_kalla.unwrap_or(principal),
            has_interventions: p.har_insatser.unwrap_or(true),
            can_hold_overall: p.can_hold_overall.unwrap_or(principal),
        });
    }
    if file.parter.is_empty() {
        errors.push(TomlError {
            span: Some(span_of(&file.id)),
            message: msg!("overenskommelse-inga-parter"),
        });
    }
    let valid_from = file
        .valid_from
        .as_ref()
        .and_then(|d| date_of(d, &mut errors));
    let valid_to = file
        .giltig_till
        .as_ref()
        .and_then(|d| date_of(d, &mut errors));
    if let (Some(f), Some(t)) = (valid_from, valid_to) {
        if f > t {
            errors.push(TomlError {
                span: file.giltig_till.as_ref().map(span_of),
                message: msg!("overenskommelse-giltig-ordning"),
            });
        }
    }
    let mut target_group = TargetGroup::default();
    if let Some(tg) = &file.target_group {
        if let Some(age) = &tg.age {
            match age.get_ref().as_slice() {
                [min, max] if min <= max => target_group.age = Some((*min, *max)),
                _ => errors.push(TomlError {
                    span: Some(span_of(age)),
                    message: msg!("overenskommelse-fel-alder"),
                }),
            }
        }
        target_group.occupations = tg.occupations.as_ref().map(|v| {
            enum_list(
                v,
                Occupation::parse,
                Occupation::ALL,
                "sysselsättning",
                &mut errors,
            )
        });
        target_group.focus = tg
            .inriktning
            .as_ref()
            .map(|v| enum_list(v, Focus::parse, Focus::ALL, "inriktning", &mut errors));
        target_group.priority = tg.prioriterade.clone();
    }
    let invitation = file
        .kallelse
        .as_ref()
        .map(|k| InvitationRules {
            min_notice_days: k.min_notice_days,
            requires_purpose: k.requires_purpose,
            requires_questions: k.requires_questions,
            approved_digital: k.approved_digital.clone(),
            max_days_to_invitation: k.max_days_to_invitation,
        })
        .unwrap_or_default();
    let overrides = parse_overrides(&file.regler, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Agreement {
        id: file.id.into_inner(),
        name: file.namn,
        source: file.source,
        valid_from,
        valid_to,
        parties,
        target_group,
        invitation,
        agenda_initial: file.dagordning.as_ref().and_then(|d| d.initial.clone()),
        agenda_follow_up: file.dagordning.as_ref().and_then(|d| d.follow_up.clone()),
        overrides,
        origin: origin.to_string(),
    })
}

/// The built-in agreements, parsed. A broken built-in file is a bug caught by the tests.
pub fn builtin() -> Vec<Agreement> {
    BUILTIN
        .iter()
        .filter_map(|(name, text)| {
            let src = SourceFile::new(name.into(), (*name).to_string(), (*text).to_string());
            parse_agreement(&src, "inbyggd").ok()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_agreements_parse_with_contract_ids() {
        for (name, text) in BUILTIN {
            let src = SourceFile::new(name.into(), (*name).to_string(), (*text).to_string());
            if let Err(e) = parse_agreement(&src, "inbyggd") {
                panic!("{name}: {e:?}");
            }
        }
        let all = builtin();
        let ids: Vec<(&str, Vec<&str>)> =
            all.iter().map(|a| (a.id.as_str(), a.party_ids())).collect();
        assert_eq!(
            ids,
            vec![
                (
                    "ostra-ostergotland",
                    vec![
                        "af",
                        "fk",
                        "finspang",
                        "norrkoping",
                        "soderkoping",
                        "valdemarsvik",
                        "region"
                    ]
                ),
                (
                    "samsip-sodra-lappland",
                    vec!["kommun", "region", "af", "fk"]
                ),
                ("hoglandet-vetlanda", vec!["kommun", "region", "af", "fk"]),
                ("insjoriket", vec!["kommun", "region", "af", "fk"]),
                ("orebro-lan", vec!["kommun", "region"]),
            ]
        );
        let hv = &all[2];
        assert!(!hv.party("af").unwrap().can_convene);
        assert!(!hv.party("fk").unwrap().can_convene);
        assert!(!hv.party("fk").unwrap().has_interventions);
        assert_eq!(hv.invitation.min_notice_days, Some(21));
        let ss = &all[1];
        assert_eq!(ss.target_group.age, Some((16, 65)));
        assert!(ss.invitation.requires_purpose && ss.invitation.requires_questions);
    }

    /// The agreement's JSON Schema (`sip schema agreement`) and the structs that read an
    /// agreement file describe the same format: every field the reader takes is a property of
    /// the schema with the same type, every property is a field, a field the reader cannot do
    /// without is required, and no mapping allows more keys than the reader does.
    #[test]
    fn the_json_schema_describes_what_the_reader_takes() {
        use crate::model::serde_shape::{Shape, shape_of};
        use serde_json::Value;

        /// Required in the schema though the reader defaults it: checked after reading.
        const REQUIRED_AFTER_READING: &[&str] = &[".parter"];

        fn check(schema: &Value, shape: &Shape, path: &str, faults: &mut Vec<String>) {
            let ty = schema["type"].as_str().unwrap_or("");
            let want = |t: &str, faults: &mut Vec<String>| {
                if ty != t {
                    faults.push(format!(
                        "{path}: the reader takes {t}, the schema says {ty:?}"
                    ));
                }
            };
            match shape {
                Shape::Optional(inner) => check(schema, inner, path, faults),
                Shape::Bool => want("boolean", faults),
                Shape::Int => want("integer", faults),
                Shape::Str => want("string", faults),
                Shape::Date => {
                    want("string", faults);
                    if schema["format"] != "date" {
                        faults.push(format!("{path}: a date without \"format\": \"date\""));
                    }
                }
                Shape::List(item) => {
                    want("array", faults);
                    check(&schema["items"], item, &format!("{path}[]"), faults);
                }
                Shape::Map(_, value) => {
                    want("object", faults);
                    check(
                        &schema["additionalProperties"],
                        value,
                        &format!("{path}.*"),
                        faults,
                    );
                }
                Shape::Struct(fields) => {
                    want("object", faults);
                    if schema["additionalProperties"] != false {
                        faults.push(format!("{path}: the reader refuses unknown keys"));
                    }
                    let props = schema["properties"]
                        .as_object()
                        .cloned()
                        .unwrap_or_default();
                    let required: Vec<&str> = schema["required"]
                        .as_array()
                        .map(|r| r.iter().filter_map(Value::as_str).collect())
                        .unwrap_or_default();
                    for f in fields {
                        let p = format!("{path}.{}", f.key);
                        match props.get(f.key) {
                            Some(s) => check(s, &f.shape, &p, faults),
                            None => faults.push(format!("{p}: read but not in the schema")),
                        }
                        let in_schema = required.contains(&f.key);
                        if f.required && !in_schema {
                            faults
                                .push(format!("{p}: the reader requires it, the schema does not"));
                        }
                        if in_schema && !f.required && !REQUIRED_AFTER_READING.contains(&p.as_str())
                        {
                            faults.push(format!("{p}: required in the schema, optional when read"));
                        }
                    }
                    for k in props.keys() {
                        if !fields.iter().any(|f| f.key == k) {
                            faults.push(format!("{path}.{k}: in the schema but not read"));
                        }
                    }
                }
                Shape::Unknown => faults.push(format!("{path}: a value the trace cannot see")),
            }
        }

        let schema: Value =
            serde_json::from_str(&crate::model::json_schema::agreement_schema_json())
                .expect("the schema is JSON");
        let shape = shape_of::<AgreementFile>();
        let mut faults = Vec::new();
        check(&schema, &shape, "", &mut faults);
        assert!(faults.is_empty(), "{}", faults.join("\n"));
        // The trace saw the whole file format.
        let Shape::Struct(fields) = &shape else {
            panic!("{shape:?}")
        };
        assert_eq!(fields.len(), 10);
    }

    #[test]
    fn bare_swedish_key_gets_a_hint() {
        let text = "id = \"x-y\"\nnamn = \"X\"\nkälla = \"egen\"\n";
        let src = SourceFile::new("a.toml".into(), "a.toml".into(), text.into());
        let err = parse_agreement(&src, "a.toml").unwrap_err();
        assert!(
            err[0].message.sv.contains("citattecken"),
            "{:?}",
            err[0].message
        );
        assert!(err[0].span.is_some());
    }

    #[test]
    fn unknown_type_and_code_are_located() {
        let text = "id = \"x-y\"\nnamn = \"X\"\n[[parter]]\nid = \"k\"\nnamn = \"K\"\ntyp = \"kommunen\"\n[regler]\nX001 = \"fel\"\n";
        let src = SourceFile::new("a.toml".into(), "a.toml".into(), text.into());
        let err = parse_agreement(&src, "a.toml").unwrap_err();
        assert_eq!(err.len(), 2);
        assert_eq!(src.line_col(err[0].span.unwrap().start).line, 6);
        assert_eq!(src.line_col(err[1].span.unwrap().start).line, 8);
    }

    #[test]
    fn a_party_may_have_a_short_name() {
        let text = "id = \"x-y\"\nnamn = \"X\"\n[[parter]]\nid = \"kommun\"\nnamn = \"Kommunerna i länet (inkl. skola)\"\nkortnamn = \"Kumla kommun\"\ntyp = \"kommun\"\n";
        let src = SourceFile::new("a.toml".into(), "a.toml".into(), text.into());
        let a = parse_agreement(&src, "a.toml").expect("parses");
        let p = a.party("kommun").expect("the party");
        assert_eq!(p.short_name.as_deref(), Some("Kumla kommun"));
        assert_eq!(p.name, "Kommunerna i länet (inkl. skola)");
    }
}
