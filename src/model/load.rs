//! YAML text → typed [`Plan`], with every format fault as a finding at its own position.
//!
//! Two passes over the [`crate::yaml`] tree: `validate` walks it against the schema table
//! (S001 for duplicate keys and syntax, S002 for unknown keys, S003 for types, enums, dates and
//! missing required keys), then `build` reads the typed model with lenient accessors that skip
//! whatever validation already reported. No rule logic lives here.

use chrono::{NaiveDate, NaiveDateTime};

use super::enums::*;
use super::plan::*;
use super::schema::{self, Field, MapSchema, Ty};
use crate::findings::{Code, Finding};
use crate::source::{SourceFile, Span, Spanned};
use crate::yaml::{self, Kind, Node};

/// The outcome of loading one file.
pub struct Loaded {
    pub plan: Option<Plan>,
    pub findings: Vec<Finding>,
}

/// Load a plan from a source file whose text is already known to be UTF-8.
pub fn load_plan(src: &SourceFile) -> Loaded {
    let root = match yaml::parse(&src.text) {
        Ok(Some(root)) => root,
        Ok(None) => {
            let f = Finding::new(Code::S001, Span::default())
                .arg2(
                    "problem",
                    "filen är tom (inga nycklar)",
                    "the file is empty (no keys)",
                )
                .help("sip new --name NAMN");
            return Loaded {
                plan: None,
                findings: vec![f],
            };
        }
        Err(e) => {
            let f = Finding::new(Code::S001, Span::new(e.offset, e.offset)).arg2(
                "problem",
                yaml_problem_sv(&e.message),
                e.message.clone(),
            );
            return Loaded {
                plan: None,
                findings: vec![f],
            };
        }
    };
    if root.as_map().is_none() {
        let f = Finding::new(Code::S001, root.span)
            .arg2(
                "problem",
                format!("filen är {}, inte en tabell med nycklar", root.kind_sv()),
                "the document is not a mapping of keys",
            )
            .label("en plan börjar med `id:`", "a plan starts with `id:`");
        return Loaded {
            plan: None,
            findings: vec![f],
        };
    }
    let mut v = Validator {
        src,
        findings: Vec::new(),
    };
    let root_span = first_key_span(&root);
    v.map(&root, &schema::PLAN, root_span, &KeyPath::Root);
    let plan = build(&root, root_span);
    check_givers(&plan, &mut v.findings);
    Loaded {
        plan: Some(plan),
        findings: v.findings,
    }
}

/// Common saphyr scanner messages in Swedish; the English original is kept for `--lang en`.
fn yaml_problem_sv(msg: &str) -> String {
    let known: &[(&str, &str)] = &[
        (
            "mapping values are not allowed in this context",
            "ett kolon på fel ställe (värden kan inte vara nycklar här)",
        ),
        (
            "did not find expected key",
            "indraget stämmer inte: en nyckel väntades",
        ),
        (
            "did not find expected",
            "indraget eller en avslutande klammer stämmer inte",
        ),
        (
            "found unexpected end of stream",
            "filen tar slut mitt i ett värde (saknas ett citattecken?)",
        ),
        (
            "while scanning a quoted scalar",
            "ett citattecken stängs aldrig",
        ),
        (
            "could not find expected ':'",
            "ett kolon efter nyckeln saknas",
        ),
        ("invalid indentation", "fel indrag"),
        ("tabs disallowed", "tabbtecken får inte användas för indrag"),
        ("found a tab", "tabbtecken får inte användas för indrag"),
        ("recursion limit exceeded", "nästlat för djupt"),
        (
            "found unprintable character",
            "filen innehåller ett tecken som inte får stå i YAML (t.ex. NUL)",
        ),
    ];
    for (en, sv) in known {
        if msg.contains(en) {
            return format!("YAML-fel: {sv} ({msg})");
        }
    }
    format!("YAML-fel: {msg}")
}

fn first_key_span(root: &Node<'_>) -> Span {
    match root.as_map().and_then(|m| m.first()) {
        Some((k, _)) => k.span,
        None => Span::new(root.span.start, root.span.start),
    }
}

struct Validator<'s> {
    src: &'s SourceFile,
    findings: Vec<Finding>,
}

/// Where a value sits (`insatser[].huvudman`), kept as a chain of borrowed segments and written
/// out only when a finding needs it: a clean file never formats a path.
#[derive(Clone, Copy)]
enum KeyPath<'p> {
    Root,
    /// `parent.key` (just `key` under an empty parent).
    Key(&'p KeyPath<'p>, &'p str),
    /// `parent[I2]`: an item of a list, named by its `id` when it has one, else by its 1-based
    /// position. Worked out only when a finding needs the path.
    Item(&'p KeyPath<'p>, usize, &'p Node<'p>),
}

impl KeyPath<'_> {
    fn write(&self, out: &mut String) {
        match self {
            KeyPath::Root => {}
            KeyPath::Key(parent, key) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            KeyPath::Item(parent, index, node) => {
                parent.write(out);
                let id = node.as_map().and_then(|m| {
                    m.iter()
                        .find(|(k, _)| k.key_text() == Some("id"))
                        .and_then(|(_, v)| v.as_scalar())
                        .map(|s| s.text.to_string())
                });
                match id {
                    Some(id) if !id.is_empty() && id.len() <= 16 => {
                        out.push_str(&format!("[{id}]"))
                    }
                    _ => out.push_str(&format!("[{}]", index + 1)),
                }
            }
        }
    }
}

impl std::fmt::Display for KeyPath<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.write(&mut s);
        f.write_str(&s)
    }
}

/// The keys of one mapping seen so far, with where each was first written. A plan's mappings
/// hold a handful of keys; a hostile one with 100,000 gets a hash map instead of a quadratic scan.
enum SeenKeys<'k> {
    Few(Vec<(&'k str, Span)>),
    Many(std::collections::HashMap<&'k str, Span>),
}

impl<'k> SeenKeys<'k> {
    fn with_capacity(n: usize) -> Self {
        if n <= 32 {
            SeenKeys::Few(Vec::with_capacity(n))
        } else {
            SeenKeys::Many(std::collections::HashMap::with_capacity(n))
        }
    }
    fn first(&self, key: &str) -> Option<Span> {
        match self {
            SeenKeys::Few(v) => v.iter().find(|(s, _)| *s == key).map(|(_, sp)| *sp),
            SeenKeys::Many(m) => m.get(key).copied(),
        }
    }
    fn insert(&mut self, key: &'k str, span: Span) {
        match self {
            SeenKeys::Few(v) => v.push((key, span)),
            SeenKeys::Many(m) => {
                m.insert(key, span);
            }
        }
    }
}

impl Validator<'_> {
    fn push(&mut self, f: Finding) {
        self.findings.push(f);
    }

    fn type_error(&mut self, node: &Node<'_>, path: &KeyPath<'_>, want_sv: &str, want_en: &str) {
        let f = Finding::new(Code::S003, node.span).arg("key", path).arg2(
            "problem",
            format!("ska vara {want_sv}, inte {}", node.kind_sv()),
            format!("must be {want_en}"),
        );
        self.push(f);
    }

    /// Validate a mapping against `schema`. `parent` is where a missing required key points.
    fn map(&mut self, node: &Node<'_>, schema: &MapSchema, parent: Span, path: &KeyPath<'_>) {
        let Some(entries) = node.as_map() else {
            self.type_error(node, path, "en tabell med nycklar", "a mapping of keys");
            return;
        };
        let mut seen = SeenKeys::with_capacity(entries.len());
        for (k, value) in entries {
            let Some(key) = k.key_text() else {
                self.push(Finding::new(Code::S003, k.span).arg("key", path).arg2(
                    "problem",
                    "en nyckel måste vara text",
                    "a key must be text",
                ));
                continue;
            };
            if let Some(first) = seen.first(key) {
                let line = self.src.line_col(first.start).line;
                self.push(
                    Finding::new(Code::S001, k.span)
                        .arg2(
                            "problem",
                            format!("nyckeln `{key}` står två gånger (först på rad {line})"),
                            format!("the key `{key}` appears twice (first on line {line})"),
                        )
                        .label("dubblett", "duplicate"),
                );
                continue;
            }
            seen.insert(key, k.span);
            match schema.field(key) {
                Some(field) => self.value(value, field, k.span, &KeyPath::Key(path, key)),
                None => self.unknown_key(k, key, schema, path),
            }
        }
        for field in schema.fields.iter().filter(|f| f.required) {
            if seen.first(field.key).is_none() {
                self.push(
                    Finding::new(Code::S003, parent)
                        .arg("key", KeyPath::Key(path, field.key))
                        .arg2("problem", "saknas", "is missing")
                        .label(
                            format!("`{}` saknas här", field.key),
                            format!("`{}` is missing here", field.key),
                        ),
                );
            }
        }
    }

    fn unknown_key(&mut self, k: &Node<'_>, key: &str, schema: &MapSchema, path: &KeyPath<'_>) {
        let mut f = Finding::new(Code::S002, k.span).arg("key", key);
        match did_you_mean(key, schema.keys()) {
            Some(s) => {
                f = f
                    .arg2(
                        "suggestion",
                        format!("; menade du `{s}`?"),
                        format!("; did you mean `{s}`?"),
                    )
                    .label(format!("menade du `{s}`?"), format!("did you mean `{s}`?"));
            }
            None => {
                let keys: Vec<&str> = schema.keys().collect();
                let path = path.to_string();
                let place = if path.is_empty() {
                    "planen".to_string()
                } else {
                    format!("`{path}`")
                };
                f = f.arg("suggestion", "").note(
                    format!("kända nycklar i {place}: {}", keys.join(", ")),
                    format!("known keys: {}", keys.join(", ")),
                );
            }
        }
        self.push(f);
    }

    fn value(&mut self, node: &Node<'_>, field: &Field, key_span: Span, path: &KeyPath<'_>) {
        if node.is_null() {
            if field.required {
                self.push(Finding::new(Code::S003, key_span).arg("key", path).arg2(
                    "problem",
                    "saknar värde",
                    "has no value",
                ));
            }
            return;
        }
        self.typed(node, &field.ty, path, key_span);
    }

    /// `key` is the span of the key holding this value: where a missing child key points.
    fn typed(&mut self, node: &Node<'_>, ty: &Ty, path: &KeyPath<'_>, key: Span) {
        if matches!(node.kind, Kind::Alias) {
            self.push(Finding::new(Code::S003, node.span).arg("key", path).arg2(
                "problem",
                "alias (`*namn`) stöds inte i planfiler; skriv ut värdet",
                "aliases (`*name`) are not supported in plan files; write the value",
            ));
            return;
        }
        match ty {
            Ty::OneOrList(inner) if node.as_seq().is_none() => self.typed(node, inner, path, key),
            Ty::List(inner) | Ty::OneOrList(inner) => {
                if node.is_null() {
                    return;
                }
                let Some(items) = node.as_seq() else {
                    self.type_error(node, path, "en lista", "a list");
                    return;
                };
                for (i, item) in items.iter().enumerate() {
                    if let Ty::Map(schema) = inner {
                        self.map(
                            item,
                            schema,
                            first_key_span(item),
                            &KeyPath::Item(path, i, item),
                        );
                    } else {
                        self.typed(item, inner, path, first_key_span(item));
                    }
                }
            }
            Ty::Map(schema) => self.map(node, schema, key, path),
            _ => self.scalar(node, ty, path),
        }
    }

    fn scalar(&mut self, node: &Node<'_>, ty: &Ty, path: &KeyPath<'_>) {
        let Some(s) = node.as_scalar() else {
            self.type_error(node, path, "ett enkelt värde", "a single value");
            return;
        };
        let text = s.text.as_ref();
        let problem: Option<(String, String)> = match ty {
            Ty::PlanId if !is_valid_plan_id(text) => Some((
                format!("`{text}` är inget giltigt id (små bokstäver a–z, siffror och -, 3–64 tecken)"),
                format!("`{text}` is not a valid id (lower-case a–z, digits and -, 3–64 characters)"),
            )),
            Ty::Personnummer if s.plain && text.bytes().all(|b| b.is_ascii_digit()) => Some((
                "skriv personnumret inom citattecken (\"ÅÅÅÅMMDD-NNNN\"); utan dem läses det som ett tal".into(),
                "write the personnummer in quotes (\"YYYYMMDD-NNNN\"); without them it is read as a number".into(),
            )),
            Ty::Date if parse_date(text).is_none() => Some((
                format!("`{text}` är inget giltigt datum; skriv ÅÅÅÅ-MM-DD"),
                format!("`{text}` is not a valid date; write YYYY-MM-DD"),
            )),
            Ty::DateTime if parse_datetime(text).is_none() => Some((
                format!("`{text}` är ingen giltig tid; skriv ÅÅÅÅ-MM-DDTTT:MM, t.ex. 2026-03-10T13:00"),
                format!("`{text}` is not a valid time; write YYYY-MM-DDTHH:MM, e.g. 2026-03-10T13:00"),
            )),
            Ty::Bool if !(s.plain && matches!(text, "true" | "false")) => Some((
                format!("`{text}` ska vara true eller false"),
                format!("`{text}` must be true or false"),
            )),
            Ty::Enum(values) if !values.contains(&text) => {
                let hint = did_you_mean(text, values.iter().copied())
                    .map(|s| (format!("; menade du `{s}`?"), format!("; did you mean `{s}`?")))
                    .unwrap_or_default();
                Some((
                    format!("`{text}` är inget tillåtet värde ({}){}", values.join(", "), hint.0),
                    format!("`{text}` is not an allowed value ({}){}", values.join(", "), hint.1),
                ))
            }
            _ => None,
        };
        if let Some((sv, en)) = problem {
            self.push(
                Finding::new(Code::S003, node.span)
                    .arg("key", path)
                    .arg2("problem", sv, en),
            );
        }
    }
}

/// S003 for a `samtycke.givet_av` item that is neither `individen`, a role, nor the name of a
/// person in `individ.företrädare` (a name that matches no one cannot say who consented).
fn check_givers(plan: &Plan, findings: &mut Vec<Finding>) {
    let Some(consent) = &plan.consent else {
        return;
    };
    let names: Vec<&str> = plan
        .individual
        .representatives
        .iter()
        .filter_map(Representative::name_str)
        .collect();
    for g in &consent.given_by {
        let Giver::Name(name) = &g.value else {
            continue;
        };
        if names.iter().any(|n| same_name(n, name)) {
            continue;
        }
        let candidates = ConsentGiver::ALL
            .iter()
            .copied()
            .chain(names.iter().copied());
        let (hint_sv, hint_en) = did_you_mean(name, candidates)
            .map(|s| {
                (
                    format!("; menade du `{s}`?"),
                    format!("; did you mean `{s}`?"),
                )
            })
            .unwrap_or_default();
        let who = if names.is_empty() {
            (
                "ingen företrädare är angiven".to_string(),
                "no representative is listed".to_string(),
            )
        } else {
            (
                format!("företrädarna är {}", names.join(", ")),
                format!("the representatives are {}", names.join(", ")),
            )
        };
        findings.push(
            Finding::new(Code::S003, g.span)
                .arg("key", "samtycke.givet_av")
                .arg2(
                    "problem",
                    format!(
                        "`{name}` är varken individen, en roll ({}) eller namnet på en person under individ.företrädare ({}){hint_sv}",
                        ConsentGiver::ALL[1..].join(", "),
                        who.0
                    ),
                    format!(
                        "`{name}` is neither individen, a role ({}) nor the name of a person under individ.företrädare ({}){hint_en}",
                        ConsentGiver::ALL[1..].join(", "),
                        who.1
                    ),
                ),
        );
    }
}

/// The nearest candidate by edit distance, when it is close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let limit = (lower.chars().count() / 3).max(1);
    candidates
        .map(|c| (strsim::levenshtein(&lower, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Lenient read access to a mapping node: values of the wrong shape read as absent.
#[derive(Clone, Copy)]
struct View<'n, 'a> {
    entries: &'n [(Node<'a>, Node<'a>)],
}

impl<'n, 'a> View<'n, 'a> {
    fn of(node: &'n Node<'a>) -> Option<Self> {
        node.as_map().map(|entries| View { entries })
    }
    fn get(&self, key: &str) -> Option<(&'n Node<'a>, &'n Node<'a>)> {
        self.entries
            .iter()
            .find(|(k, _)| k.key_text() == Some(key))
            .map(|(k, v)| (k, v))
    }
    fn scalar(&self, key: &str) -> Option<(&'n str, Span)> {
        let (_, v) = self.get(key)?;
        let s = v.as_scalar()?;
        (!s.is_null()).then(|| (s.text.as_ref(), v.span))
    }
    fn text(&self, key: &str) -> S<String> {
        self.scalar(key)
            .map(|(t, sp)| Spanned::new(t.to_string(), sp))
    }
    fn date(&self, key: &str) -> S<NaiveDate> {
        let (t, sp) = self.scalar(key)?;
        parse_date(t).map(|d| Spanned::new(d, sp))
    }
    fn datetime(&self, key: &str) -> S<NaiveDateTime> {
        let (t, sp) = self.scalar(key)?;
        parse_datetime(t).map(|d| Spanned::new(d, sp))
    }
    fn boolean(&self, key: &str) -> S<bool> {
        let (_, v) = self.get(key)?;
        let s = v.as_scalar()?;
        match (s.plain, s.text.as_ref()) {
            (true, "true") => Some(Spanned::new(true, v.span)),
            (true, "false") => Some(Spanned::new(false, v.span)),
            _ => None,
        }
    }
    fn choice<E>(&self, key: &str, parse: fn(&str) -> Option<E>) -> S<E> {
        let (t, sp) = self.scalar(key)?;
        parse(t).map(|e| Spanned::new(e, sp))
    }
    fn texts(&self, key: &str) -> Vec<Spanned<String>> {
        self.get(key)
            .and_then(|(_, v)| v.as_seq())
            .map(|items| {
                items
                    .iter()
                    .filter_map(|n| {
                        let s = n.as_scalar()?;
                        (!s.is_null()).then(|| Spanned::new(s.text.to_string(), n.span))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
    /// A value or a list of values (`givet_av`): each non-empty scalar.
    fn one_or_texts(&self, key: &str) -> Vec<Spanned<String>> {
        match self.get(key) {
            Some((_, v)) if v.as_seq().is_some() => self.texts(key),
            _ => self.text(key).into_iter().collect(),
        }
    }
    /// A mapping or a list of mappings (`företrädare`): v1's single mapping is a list of one.
    fn one_or_items(&self, key: &str) -> Vec<(Span, View<'n, 'a>)> {
        match self.get(key) {
            Some((_, v)) if v.as_map().is_some() => View::of(v)
                .map(|view| vec![(first_key_span(v), view)])
                .unwrap_or_default(),
            _ => self.items(key),
        }
    }
    fn key_span(&self, key: &str) -> Option<Span> {
        self.get(key).map(|(k, _)| k.span)
    }
    fn map(&self, key: &str) -> Option<(Span, View<'n, 'a>)> {
        let (k, v) = self.get(key)?;
        View::of(v).map(|view| (k.span, view))
    }
    /// The mapping items of a list, each with the span of its first key.
    fn items(&self, key: &str) -> Vec<(Span, View<'n, 'a>)> {
        self.get(key)
            .and_then(|(_, v)| v.as_seq())
            .map(|items| {
                items
                    .iter()
                    .filter_map(|n| View::of(n).map(|view| (first_key_span(n), view)))
                    .collect()
            })
            .unwrap_or_default()
    }
}

fn build(root: &Node<'_>, root_span: Span) -> Plan {
    let Some(r) = View::of(root) else {
        return Plan::default();
    };
    let individual = match r.map("individ") {
        Some((key, m)) => Individual {
            key,
            name: m.text("namn"),
            personnummer: m.text("personnummer"),
            birth_date: m.date("födelsedatum"),
            gender: m.choice("kön", Gender::parse),
            occupation: m.choice("sysselsättning", Occupation::parse),
            benefits: m.texts("ersättning"),
            representatives: m
                .one_or_items("företrädare")
                .into_iter()
                .map(|(span, f)| Representative {
                    span,
                    name: f.text("namn"),
                    role: f.choice("roll", RepresentativeRole::parse),
                    contact: f.text("kontakt"),
                })
                .collect(),
        },
        None => Individual {
            key: r.key_span("individ").unwrap_or(root_span),
            ..Individual::default()
        },
    };
    let initiation = match r.map("initiering") {
        Some((key, m)) => Initiation {
            key,
            date: m.date("datum"),
            party: m.text("part"),
            discharge_ready: m.date("utskrivningsklar"),
            proposed_by: m.text("föreslagen_av"),
            care_contact: m.text("fast_vårdkontakt"),
        },
        None => Initiation {
            key: r.key_span("initiering").unwrap_or(root_span),
            ..Initiation::default()
        },
    };
    Plan {
        root: root_span,
        id: r.text("id"),
        agreement: r.text("överenskommelse"),
        status: r.choice("status", Status::parse),
        meeting_leader: r.text("samtalsledare"),
        individual,
        relatives: r
            .items("närstående")
            .into_iter()
            .map(|(_, m)| Relative {
                name: m.text("namn"),
                relation: m.text("relation"),
                may_take_part: m.boolean("får_delta"),
            })
            .collect(),
        initiation,
        consent: r.map("samtycke").map(|(key, m)| Consent {
            key,
            date: m.date("datum"),
            form: m.choice("form", ConsentForm::parse),
            given_by: m
                .one_or_texts("givet_av")
                .into_iter()
                .map(|t| Spanned::new(Giver::parse(&t.value), t.span))
                .collect(),
            given_by_key: m.key_span("givet_av"),
            scope: m.text("omfattning"),
            documented_by: m.text("dokumenterat_av"),
            parties_key: m.key_span("parter"),
            parties: m.texts("parter"),
            valid_until: m.date("giltigt_till"),
            withdrawn: m.date("återkallat"),
        }),
        background: r.text("bakgrund"),
        own_goal: r.text("individens_mål"),
        purpose: r.text("syfte"),
        focus: r.choice("inriktning", Focus::parse),
        questions: r.texts("frågeställningar"),
        needs: r
            .items("behov")
            .into_iter()
            .map(|(span, m)| Need {
                span,
                id: m.text("id"),
                description: m.text("beskrivning"),
            })
            .collect(),
        goals: r
            .items("mål")
            .into_iter()
            .map(|(span, m)| Goal {
                span,
                id: m.text("id"),
                description: m.text("beskrivning"),
                measure: m.text("mått"),
                by: m.date("senast"),
            })
            .collect(),
        interventions_key: r.key_span("insatser"),
        interventions: r
            .items("insatser")
            .into_iter()
            .map(|(span, m)| Intervention {
                span,
                id: m.text("id"),
                description: m.text("beskrivning"),
                principal: m.text("huvudman"),
                needs: m.texts("behov"),
                goals: m.texts("mål"),
                provider: m.text("utförare"),
                contact: m.text("kontaktperson"),
                start: m.date("start"),
                end: m.date("slut"),
                status: m.choice("status", InterventionStatus::parse),
            })
            .collect(),
        own_actions: r
            .items("egna_åtgärder")
            .into_iter()
            .filter_map(|(_, m)| m.text("beskrivning"))
            .collect(),
        measures: r
            .get("åtgärder_av_andra")
            // `[]` is "none, considered"; an empty value is not an answer (L003).
            .filter(|(_, v)| v.as_seq().is_some())
            .map(|(k, _)| Measures {
                key: k.span,
                items: r
                    .items("åtgärder_av_andra")
                    .into_iter()
                    .map(|(span, m)| Measure {
                        span,
                        description: m.text("beskrivning"),
                        by: m.text("av"),
                        needs: m.texts("behov"),
                    })
                    .collect(),
            }),
        overall: r.map("övergripande_ansvar").map(|(key, m)| Overall {
            key,
            party: m.text("part"),
            person: m.text("person"),
        }),
        copies: r
            .items("kopia_till")
            .into_iter()
            .map(|(span, m)| CopyRecipient {
                span,
                name: m.text("namn"),
                party: m.text("part"),
            })
            .collect(),
        meetings: r
            .items("möten")
            .into_iter()
            .map(|(span, m)| Meeting {
                span,
                id: m.text("id"),
                kind: m.choice("typ", MeetingKind::parse),
                time: m.datetime("tid"),
                place: m.text("plats"),
                digital: m.text("digitalt"),
                purpose: m.text("syfte"),
                questions: m.texts("frågeställningar"),
                invitation_sent: m.date("kallelse_skickad"),
                participants: m
                    .items("deltagare")
                    .into_iter()
                    .map(|(span, p)| Participant {
                        span,
                        name: p.text("namn"),
                        role: p.choice("roll", ParticipantRole::parse),
                        party: p.text("part"),
                    })
                    .collect(),
                held: m.boolean("genomfört"),
                notes: m.text("anteckningar"),
            })
            .collect(),
        follow_up: r.map("uppföljning").map(|(key, m)| FollowUp {
            key,
            next: m.date("nästa"),
        }),
        closing: r.map("avslut").map(|(key, m)| Closing {
            key,
            date: m.date("datum"),
            reason: m.choice("orsak", ClosingReason::parse),
            comment: m.text("kommentar"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Loaded {
        load_plan(&SourceFile::new(
            "t.yaml".into(),
            "t.yaml".into(),
            text.into(),
        ))
    }

    fn codes(l: &Loaded) -> Vec<&'static str> {
        l.findings.iter().map(|f| f.code.as_str()).collect()
    }

    const MIN: &str = "id: sip-2026-abc\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: A B\ninitiering:\n  datum: 2026-02-02\n  part: kommun\n";

    #[test]
    fn minimal_plan_is_clean() {
        let l = load(MIN);
        assert!(l.findings.is_empty(), "{:?}", codes(&l));
        let p = l.plan.unwrap();
        assert_eq!(p.id_str(), Some("sip-2026-abc"));
        assert_eq!(p.status(), Some(Status::Draft));
        assert!(p.measures.is_none());
    }

    #[test]
    fn unknown_key_suggests() {
        let l = load(&format!("{MIN}insattser: []\n"));
        assert_eq!(codes(&l), ["S002"]);
        assert!(
            l.findings[0]
                .message(crate::i18n::Lang::Sv)
                .contains("menade du `insatser`")
        );
    }

    #[test]
    fn bad_enum_date_and_missing_key() {
        let text = MIN
            .replace("status: utkast", "status: pågåend")
            .replace("datum: 2026-02-02", "datum: 2026-02-30")
            .replace("  namn: A B\n", "  kön: kvinna\n");
        let l = load(&text);
        assert_eq!(codes(&l), ["S003", "S003", "S003"]);
        let msg = l.findings[0].message(crate::i18n::Lang::Sv);
        assert!(msg.contains("menade du `pågående`"), "{msg}");
    }

    #[test]
    fn duplicate_key_is_s001_at_second() {
        let l = load(&format!("{MIN}status: utkast\n"));
        assert_eq!(codes(&l), ["S001"]);
        assert_eq!(l.findings[0].span.start, MIN.len());
    }

    #[test]
    fn unquoted_personnummer_hints_quotes() {
        let l = load(&MIN.replace(
            "  namn: A B\n",
            "  namn: A B\n  personnummer: 198705234824\n",
        ));
        assert_eq!(codes(&l), ["S003"]);
        assert!(
            l.findings[0]
                .message(crate::i18n::Lang::Sv)
                .contains("citattecken")
        );
    }

    #[test]
    fn empty_and_list_documents_are_s001() {
        assert_eq!(codes(&load("")), ["S001"]);
        assert_eq!(codes(&load("- a\n- b\n")), ["S001"]);
        assert_eq!(codes(&load("a: [\n")), ["S001"]);
    }

    #[test]
    fn a_single_representative_mapping_reads_as_a_list_of_one() {
        let v1 = MIN.replace(
            "  namn: A B\n",
            "  namn: A B\n  företrädare:\n    namn: Sara Berg\n    roll: vårdnadshavare\n",
        );
        let l = load(&format!("{v1}samtycke:\n  givet_av: vårdnadshavare\n"));
        assert!(l.findings.is_empty(), "{:?}", codes(&l));
        let p = l.plan.unwrap();
        assert_eq!(p.individual.representatives.len(), 1);
        assert_eq!(p.individual.guardians().count(), 1);
        let c = p.consent.unwrap();
        assert_eq!(c.given_by.len(), 1);
        assert_eq!(c.given_by[0].value, Giver::Role(ConsentGiver::Guardian));
    }

    #[test]
    fn givers_are_roles_or_representatives_by_name() {
        let two = MIN.replace(
            "  namn: A B\n",
            "  namn: A B\n  företrädare:\n    - namn: Sara Berg\n      roll: vårdnadshavare\n    - namn: Johan Berg\n      roll: vårdnadshavare\n",
        );
        let l = load(&format!(
            "{two}samtycke:\n  givet_av: [sara berg, Johan Berg]\n"
        ));
        assert!(l.findings.is_empty(), "{:?}", codes(&l));
        let l = load(&format!(
            "{two}samtycke:\n  givet_av: [Sara Berg, Johan Bergh]\n"
        ));
        assert_eq!(codes(&l), ["S003"]);
        let msg = l.findings[0].message(crate::i18n::Lang::Sv);
        assert!(msg.contains("menade du `Johan Berg`"), "{msg}");
        let l = load(&format!("{two}samtycke:\n  givet_av: {{a: b}}\n"));
        assert_eq!(codes(&l), ["S003"]);
    }

    #[test]
    fn empty_measures_list_is_addressed() {
        let l = load(&format!("{MIN}åtgärder_av_andra: []\n"));
        assert!(l.plan.unwrap().measures.is_some());
    }
}
