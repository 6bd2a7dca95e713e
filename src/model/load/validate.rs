//! The first pass: the YAML tree against the schema table. S001 for duplicate keys, S002 for
//! unknown keys, S003 for types, enums, dates and missing required keys.

use super::{FindingText, did_you_mean, first_key_span, kind, minutes};
use crate::findings::{Code, Finding};
use crate::model::plan::{is_valid_plan_id, parse_date, parse_datetime};
use crate::model::schema::{self, Field, MAX_FIELDS, MapSchema, Ty};
use crate::source::{SourceFile, Span};
use crate::yaml::{Kind, Node};

/// Every format fault of the tree `root` (whose first key is at `root_span`).
pub(super) fn validate(src: &SourceFile, root: &Node<'_>, root_span: Span) -> Vec<Finding> {
    let mut v = Validator {
        src,
        findings: Vec::new(),
    };
    v.map(root, &schema::PLAN, root_span, &KeyPath::Root);
    v.findings
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
                // Only an id of the usual shape (`B1`, `MÖ2`): anything else could be a name.
                match id {
                    Some(id) if is_item_id(&id) => out.push_str(&format!("[{id}]")),
                    _ => out.push_str(&format!("[{}]", index + 1)),
                }
            }
        }
    }
}

/// An item id as the plan format writes them: one to three capital letters and a number.
fn is_item_id(id: &str) -> bool {
    let letters = id.chars().take_while(|c| c.is_uppercase()).count();
    let digits = id.chars().skip(letters).collect::<String>();
    (1..=3).contains(&letters)
        && (1..=4).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

impl std::fmt::Display for KeyPath<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::new();
        self.write(&mut s);
        f.write_str(&s)
    }
}

/// The keys outside the schema table seen so far in one mapping, with where each was first
/// written. There are seldom any; a hostile mapping with 100,000 gets a hash map instead of a
/// quadratic scan.
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

    /// S003 for a value of the wrong kind; `want` is a kind of [`super::kind`]'s
    /// (`"lista"`, `"tabell"`, `"enkelt"`).
    fn type_error(&mut self, node: &Node<'_>, path: &KeyPath<'_>, want: &str) {
        let want = msg!("planfil-sort", sort = want);
        let f = Finding::new(Code::S003, node.span)
            .arg("key", path)
            .problem(msg!("planfil-fel-sort", onskat = want, sort = kind(node)));
        self.push(f);
    }

    /// Validate a mapping against `schema`. `parent` is where a missing required key points.
    fn map(&mut self, node: &Node<'_>, schema: &MapSchema, parent: Span, path: &KeyPath<'_>) {
        let Some(entries) = node.as_map() else {
            self.type_error(node, path, "tabell");
            return;
        };
        // Keys of the table are marked by their place in it (a plan's keys almost all are);
        // others are remembered by name, in a map only when there are many.
        let mut known: u64 = 0;
        // For each key of the table seen: the entry where it was first written.
        let mut first_at = [0usize; MAX_FIELDS];
        let mut others: Option<SeenKeys<'_>> = None;
        for (n, (k, value)) in entries.iter().enumerate() {
            let Some(key) = k.key_text() else {
                self.push(
                    Finding::new(Code::S003, k.span)
                        .arg("key", path)
                        .problem(msg!("planfil-nyckel-inte-text")),
                );
                continue;
            };
            let index = schema.index(key);
            let first = match index {
                Some(i) if known & (1 << i) != 0 => Some(
                    entries
                        .get(first_at[i])
                        .map_or(k.span, |(first, _)| first.span),
                ),
                Some(i) => {
                    known |= 1 << i;
                    first_at[i] = n;
                    None
                }
                None => {
                    let seen = others.get_or_insert_with(|| SeenKeys::with_capacity(entries.len()));
                    let first = seen.first(key);
                    if first.is_none() {
                        seen.insert(key, k.span);
                    }
                    first
                }
            };
            if let Some(first) = first {
                let line = self.src.line_col(first.start).line;
                self.push(
                    Finding::new(Code::S001, k.span)
                        .problem(msg!("planfil-dubblett", nyckel = key, rad = line))
                        .label_msg(msg!("planfil-dubblett.etikett")),
                );
                continue;
            }
            match index {
                Some(i) => {
                    let field = &schema.fields[i];
                    self.value(value, field, k.span, &KeyPath::Key(path, key));
                }
                None => self.unknown_key(k, key, schema, path),
            }
        }
        for (i, field) in schema.fields.iter().enumerate() {
            if field.required && known & (1 << i) == 0 {
                self.push(
                    Finding::new(Code::S003, parent)
                        .arg("key", KeyPath::Key(path, field.key))
                        .problem(msg!("planfil-saknas"))
                        .label_msg(msg!("planfil-saknas-har", nyckel = field.key)),
                );
            }
        }
    }

    fn unknown_key(&mut self, k: &Node<'_>, key: &str, schema: &MapSchema, path: &KeyPath<'_>) {
        // A key is echoed only when it has the shape of a key: a name or a number written as a key
        // stays out of the message (and so out of CI logs).
        let shown = if key.chars().any(char::is_uppercase) {
            "…"
        } else {
            crate::privacy::elide(key)
        };
        let mut f = Finding::new(Code::S002, k.span).arg("key", shown);
        match did_you_mean(key, schema.keys()) {
            Some(s) => {
                f = f
                    .arg_msg("suggestion", msg!("planfil-menade-du-tillagg", forslag = s))
                    .label_msg(msg!("planfil-menade-du", forslag = s));
            }
            None => {
                let keys = schema.keys().collect::<Vec<&str>>().join(", ");
                let path = path.to_string();
                let note = if path.is_empty() {
                    msg!("planfil-kanda-nycklar-planen", nycklar = keys)
                } else {
                    msg!("planfil-kanda-nycklar-under", stalle = path, nycklar = keys)
                };
                f = f.arg("suggestion", "").note_msg(note);
            }
        }
        self.push(f);
    }

    fn value(&mut self, node: &Node<'_>, field: &Field, key_span: Span, path: &KeyPath<'_>) {
        if node.is_null() {
            if field.required {
                self.push(
                    Finding::new(Code::S003, key_span)
                        .arg("key", path)
                        .problem(msg!("planfil-saknar-varde")),
                );
            }
            return;
        }
        self.typed(node, &field.ty, path, key_span);
    }

    /// `key` is the span of the key holding this value: where a missing child key points.
    fn typed(&mut self, node: &Node<'_>, ty: &Ty, path: &KeyPath<'_>, key: Span) {
        if matches!(node.kind, Kind::Alias) {
            self.push(
                Finding::new(Code::S003, node.span)
                    .arg("key", path)
                    .problem(msg!("planfil-alias")),
            );
            return;
        }
        match ty {
            Ty::OneOrList(inner) if node.as_seq().is_none() => self.typed(node, inner, path, key),
            Ty::List(inner) | Ty::OneOrList(inner) => {
                if node.is_null() {
                    return;
                }
                let Some(items) = node.as_seq() else {
                    self.type_error(node, path, "lista");
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
            self.type_error(node, path, "enkelt");
            return;
        };
        let text = s.text.as_ref();
        // An encrypted value of a plan no key opens: present, its value unknown.
        if self.src.access == crate::source::Access::Sealed && crate::source::is_sealed_value(text)
        {
            return;
        }
        // The value is echoed only when it looks like what was asked for (digits of a date, an id),
        // and never for a personal key (a birth date is personal data): a name or personnummer in
        // the wrong field must not reach a CI log through this message.
        // Asked only for a value that is wrong: writing the key path out costs more than checking
        // a good value.
        let date_like = || {
            text.len() <= 20
                && text
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b"-:T./ ".contains(&b))
                && !text
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|run| run.len() >= 6)
                && !schema::is_personal_key(&path.to_string())
        };
        let problem = match ty {
            Ty::PlanId if s.plain && reads_as_number(text) => {
                Some(msg!("planfil-id-tal", varde = text))
            }
            Ty::PlanId
                if !is_valid_plan_id(text)
                    && crate::privacy::shown_id(text)
                    && !text.chars().any(char::is_uppercase) =>
            {
                Some(msg!("planfil-id-ogiltigt-visat", varde = text))
            }
            Ty::PlanId if !is_valid_plan_id(text) => Some(msg!("planfil-id-ogiltigt")),
            Ty::Personnummer if s.plain && text.bytes().all(|b| b.is_ascii_digit()) => {
                Some(msg!("planfil-personnummer-citattecken"))
            }
            Ty::Date if parse_date(text).is_none() && date_like() => {
                Some(msg!("planfil-datum-ogiltigt-visat", varde = text))
            }
            Ty::Date if parse_date(text).is_none() => Some(msg!("planfil-datum-ogiltigt")),
            Ty::DateTime if parse_datetime(text).is_none() && date_like() => {
                Some(msg!("planfil-tid-ogiltig-visad", varde = text))
            }
            Ty::DateTime if parse_datetime(text).is_none() => Some(msg!("planfil-tid-ogiltig")),
            Ty::Bool
                if !(s.plain && matches!(text, "true" | "false")) && BOOL_LIKE.contains(&text) =>
            {
                Some(msg!("planfil-sant-falskt-visat", varde = text))
            }
            Ty::Bool if !(s.plain && matches!(text, "true" | "false")) => {
                Some(msg!("planfil-sant-falskt"))
            }
            Ty::Minutes if !(s.plain && minutes(text).is_some()) => Some(
                if text.len() <= 6 && text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
                    msg!("planfil-minuter-visat", varde = text)
                } else {
                    msg!("planfil-minuter")
                },
            ),
            Ty::Enum(values) if !values.contains(&text) => {
                // Echoed only as a typo of an allowed value, together with the suggestion.
                let hint = did_you_mean(text, values.iter().copied());
                let varden = values.join(", ");
                Some(match hint {
                    Some(h) if schema::echo(&path.to_string(), text) != "…" => msg!(
                        "planfil-varde-otillatet-forslag",
                        varde = text,
                        varden = varden,
                        forslag = h
                    ),
                    _ => msg!("planfil-varde-otillatet", varden = varden),
                })
            }
            _ => None,
        };
        if let Some(problem) = problem {
            self.push(
                Finding::new(Code::S003, node.span)
                    .arg("key", path)
                    .problem(problem),
            );
        }
    }
}

/// Words people write for yes and no: echoed in S003, as no other value of a boolean is.
const BOOL_LIKE: &[&str] = &[
    "ja", "nej", "Ja", "Nej", "JA", "NEJ", "yes", "no", "Yes", "No", "sant", "falskt", "j", "n",
    "y", "1", "0", "on", "off", "True", "False", "TRUE", "FALSE", "true", "false",
];

/// Whether a plain scalar is a number in YAML 1.2's core schema (as editors read it):
/// `123`, `-4`, `1.5`, `1e5`, `.5`.
fn reads_as_number(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    body.starts_with(|c: char| c.is_ascii_digit() || c == '.') && body.parse::<f64>().is_ok()
}
