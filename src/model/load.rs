//! YAML text → typed [`Plan`], with every format fault as a finding at its own position.
//!
//! Two passes over the [`crate::yaml`] tree: `validate` walks it against the schema table
//! (S001 for duplicate keys and syntax, S002 for unknown keys, S003 for types, enums, dates and
//! missing required keys), then `build` reads the typed model with lenient accessors that skip
//! whatever validation already reported. No rule logic lives here.

use chrono::{NaiveDate, NaiveDateTime};

use super::enums::*;
use super::plan::*;
use super::schema::{self, Field, MAX_FIELDS, MapSchema, Ty};
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
    let markers = conflict_markers(&src.text);
    if !markers.is_empty() {
        return Loaded {
            plan: None,
            findings: vec![conflict_finding(&src.text, &markers)],
        };
    }
    let root = match yaml::parse(&src.text) {
        Ok(Some(root)) => root,
        Ok(None) => {
            let f = Finding::new(Code::S001, Span::default())
                .arg2(
                    "problem",
                    "filen är tom (inga nycklar)",
                    "the file is empty (no keys)",
                )
                .help("sip new --name NAMN --initiated-by PART");
            return Loaded {
                plan: None,
                findings: vec![f],
            };
        }
        Err(e) => {
            let f = Finding::new(Code::S001, Span::new(e.offset, e.offset)).arg2(
                "problem",
                yaml_problem_sv(&e.message),
                format!("YAML error: {}", e.message),
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
    // Who gave the consent is compared with the representatives' names: not on a plan whose
    // personal values no key opens (S003 is then among the rules not tested).
    if src.access != crate::source::Access::Sealed {
        check_givers(&plan, &mut v.findings);
    }
    Loaded {
        plan: Some(plan),
        findings: v.findings,
    }
}

/// The lines of git's conflict markers left in a text: `(byte offset of the line, marker)`.
/// A `<<<<<<<`, `=======` or `>>>>>>>` at the start of a line (alone or followed by a space and
/// a label) is what `git merge` leaves where two versions of the same lines meet.
pub fn conflict_markers(text: &str) -> Vec<(usize, &'static str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Plans seldom hold `<`, `=` or `>` at all: look only where one starts a line.
    for at in memchr::memchr3_iter(b'<', b'=', b'>', bytes) {
        if at > 0 && bytes[at - 1] != b'\n' {
            continue;
        }
        let line = &text[at..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let l = line.trim_end_matches('\r');
        for marker in ["<<<<<<<", "=======", ">>>>>>>"] {
            if let Some(rest) = l.strip_prefix(marker)
                && (rest.is_empty() || (rest.starts_with(' ') && marker != "======="))
            {
                out.push((at, marker));
            }
        }
    }
    out
}

/// S001 for a file that still holds an unresolved git conflict, at its first `<<<<<<<` line.
fn conflict_finding(text: &str, markers: &[(usize, &'static str)]) -> Finding {
    let first = markers
        .iter()
        .find(|(_, m)| *m == "<<<<<<<")
        .or(markers.first())
        .map_or(0, |(at, _)| *at);
    let end = text[first..]
        .find(['\r', '\n'])
        .map_or(text.len(), |i| first + i);
    let count = markers
        .iter()
        .filter(|(_, m)| *m == "<<<<<<<")
        .count()
        .max(1);
    let (sv, en) = if count == 1 {
        (
            "den innehåller en olöst git-konflikt".to_string(),
            "it holds an unresolved git conflict".to_string(),
        )
    } else {
        (
            format!("den innehåller {count} olösta git-konflikter"),
            format!("it holds {count} unresolved git conflicts"),
        )
    };
    Finding::new(Code::S001, Span::new(first, end))
        .arg2("problem", sv, en)
        .label(
            "här börjar konflikten: raderna fram till `=======` är din version, raderna efter den fram till `>>>>>>>` är den andras",
            "the conflict starts here: the lines up to `=======` are your version, the lines after it up to `>>>>>>>` are the other one",
        )
        .note(
            "lös den så här: behåll den version som ska gälla (eller båda, om båda ska finnas kvar), ta bort raderna med `<<<<<<<`, `=======` och `>>>>>>>`, spara och kör `sip check` igen",
            "resolve it like this: keep the version that should hold (or both, if both should stay), delete the lines with `<<<<<<<`, `=======` and `>>>>>>>`, save and run `sip check` again",
        )
        .note(
            "`sip setup-git` låter git slå ihop planer efter innehåll i stället för rad för rad, så att de flesta konflikter aldrig uppstår",
            "`sip setup-git` lets git merge plans by their content instead of line by line, so that most conflicts never arise",
        )
}

/// saphyr's scanner and parser messages in Swedish; the English original is kept for `--lang en`.
/// Every message the parser can give has its Swedish form here, and anything unforeseen still
/// reads as Swedish.
pub fn yaml_problem_sv(msg: &str) -> String {
    let known: &[(&str, &str)] = &[
        (
            "mapping values are not allowed in this context",
            "ett kolon på fel ställe (ett värde kan inte vara en nyckel här; står det ett kolon i en text som borde ha citattecken?)",
        ),
        (
            "mapping keys are not allowed in this context",
            "en nyckel på fel ställe",
        ),
        (
            "block sequence entries are not allowed in this context",
            "ett listtecken `-` på fel ställe (stämmer indraget?)",
        ),
        (
            "simple key expect",
            "ett kolon efter nyckeln saknas (eller raden är indragen fel)",
        ),
        ("simple key expected", "en nyckel väntades"),
        (
            "could not find expected ':'",
            "ett kolon efter nyckeln saknas",
        ),
        (
            "while parsing a block mapping, did not find expected key",
            "indraget stämmer inte: en nyckel väntades",
        ),
        (
            "while parsing a block collection, did not find expected '-' indicator",
            "indraget stämmer inte: ett listtecken `-` väntades",
        ),
        (
            "while parsing a flow mapping",
            "en tabell inom `{ }` saknar `,` eller `}`",
        ),
        (
            "while parsing a flow sequence",
            "en lista inom `[ ]` saknar `,` eller `]`",
        ),
        (
            "while parsing a node, did not find expected node content",
            "ett värde väntades här",
        ),
        (
            "did not find expected key",
            "indraget stämmer inte: en nyckel väntades",
        ),
        ("misplaced bracket", "en klammer på fel ställe"),
        (
            "while scanning a quoted scalar, found unexpected end of stream",
            "ett citattecken stängs aldrig",
        ),
        (
            "while scanning a quoted scalar, found unexpected document indicator",
            "ett citattecken stängs aldrig",
        ),
        (
            "invalid indentation in quoted scalar",
            "fel indrag i en text inom citattecken",
        ),
        (
            "invalid trailing content after double-quoted scalar",
            "text efter det avslutande citattecknet",
        ),
        (
            "while parsing a quoted scalar",
            "en ogiltig `\\`-kod inom citattecken (skriv `\\\\` för ett bakstreck)",
        ),
        (
            "found unexpected end of stream",
            "filen tar slut mitt i ett värde (saknas ett citattecken?)",
        ),
        ("unexpected eof", "filen tar slut mitt i ett värde"),
        ("unexpected end of plain scalar", "en text tar slut oväntat"),
        (
            "plain scalar cannot start with '-' followed by ,[]{}",
            "en text som börjar med `-` följt av ett skiljetecken måste stå inom citattecken",
        ),
        (
            "comment intercepting the multiline text",
            "en kommentar mitt i en text över flera rader",
        ),
        (
            "illegal placement of ':' indicator",
            "ett kolon på fel ställe",
        ),
        (
            "wrongly indented line in block scalar",
            "fel indrag i en text över flera rader",
        ),
        (
            "a block scalar content cannot start with a tab",
            "en text över flera rader får inte börja med ett tabbtecken",
        ),
        (
            "while scanning a block scalar",
            "fel efter `|` eller `>` (bara en kommentar får stå efter dem på raden)",
        ),
        ("invalid indentation", "fel indrag"),
        (
            "tab",
            "tabbtecken får inte användas för indrag (använd mellanslag)",
        ),
        ("recursion limit exceeded", "nästlat för djupt"),
        (
            "found unprintable character",
            "filen innehåller ett tecken som inte får stå i YAML (t.ex. NUL)",
        ),
        (
            "a byte order mark must not appear inside a document",
            "ett BOM-tecken mitt i filen",
        ),
        (
            "while parsing node, found unknown anchor",
            "ett alias (`*`) till ett ankare som inte finns",
        ),
        (
            "anchor",
            "ett YAML-ankare eller alias (`&`, `*`) som inte stämmer",
        ),
        (
            "tag",
            "en YAML-tagg (`!`) som inte kan läsas; planer behöver inga taggar",
        ),
        (
            "directive",
            "en YAML-direktivrad (`%`) som inte kan läsas; planer behöver inga direktiv",
        ),
        (
            "document",
            "dokumentgränsen (`---` eller `...`) står fel; en plan är ett enda dokument",
        ),
        ("expected whitespace", "ett mellanslag saknas"),
        ("unexpected character", "ett tecken som inte får stå här"),
        (
            "did not find expected",
            "indraget eller en avslutande klammer stämmer inte",
        ),
    ];
    for (en, sv) in known {
        if msg.contains(en) {
            return format!("YAML-fel: {sv}");
        }
    }
    // Our own messages (several documents, nesting) are Swedish already.
    if msg.contains(['å', 'ä', 'ö']) {
        return format!("YAML-fel: {msg}");
    }
    "YAML-fel: texten följer inte YAML:s regler här".to_string()
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
        // Keys of the table are marked by their place in it (a plan's keys almost all are);
        // others are remembered by name, in a map only when there are many.
        let mut known: u64 = 0;
        // For each key of the table seen: the entry where it was first written.
        let mut first_at = [0usize; MAX_FIELDS];
        let mut others: Option<SeenKeys<'_>> = None;
        for (n, (k, value)) in entries.iter().enumerate() {
            let Some(key) = k.key_text() else {
                self.push(Finding::new(Code::S003, k.span).arg("key", path).arg2(
                    "problem",
                    "en nyckel måste vara text",
                    "a key must be text",
                ));
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
                        .arg2(
                            "problem",
                            format!("nyckeln `{key}` står två gånger (först på rad {line})"),
                            format!("the key `{key}` appears twice (first on line {line})"),
                        )
                        .label("dubblett", "duplicate"),
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
                && !super::schema::is_personal_key(&path.to_string())
        };
        let problem: Option<(String, String)> = match ty {
            Ty::PlanId if s.plain && reads_as_number(text) => Some((
                format!("`{text}` läses som ett tal, inte som ett id; ett plan-id är text som sip-2026-k3f9qx7m"),
                format!("`{text}` reads as a number, not an id; a plan id is text such as sip-2026-k3f9qx7m"),
            )),
            Ty::PlanId if !is_valid_plan_id(text) && crate::privacy::shown_id(text) && !text.chars().any(char::is_uppercase) => Some((
                format!("`{text}` är inget giltigt id (små bokstäver a–z, siffror och -, 3–64 tecken)"),
                format!("`{text}` is not a valid id (lower-case a–z, digits and -, 3–64 characters)"),
            )),
            Ty::PlanId if !is_valid_plan_id(text) => Some((
                "är inget giltigt id (små bokstäver a–z, siffror och -, 3–64 tecken)".into(),
                "is not a valid id (lower-case a–z, digits and -, 3–64 characters)".into(),
            )),
            Ty::Personnummer if s.plain && text.bytes().all(|b| b.is_ascii_digit()) => Some((
                "skriv personnumret inom citattecken (\"ÅÅÅÅMMDD-NNNN\"); utan dem läses det som ett tal".into(),
                "write the personnummer in quotes (\"YYYYMMDD-NNNN\"); without them it is read as a number".into(),
            )),
            Ty::Date if parse_date(text).is_none() && date_like() => Some((
                format!("`{text}` är inget giltigt datum; skriv ÅÅÅÅ-MM-DD"),
                format!("`{text}` is not a valid date; write YYYY-MM-DD"),
            )),
            Ty::Date if parse_date(text).is_none() => Some((
                "är inget giltigt datum; skriv ÅÅÅÅ-MM-DD".into(),
                "is not a valid date; write YYYY-MM-DD".into(),
            )),
            Ty::DateTime if parse_datetime(text).is_none() && date_like() => Some((
                format!("`{text}` är ingen giltig tid; skriv ÅÅÅÅ-MM-DDTTT:MM, t.ex. 2026-03-10T13:00"),
                format!("`{text}` is not a valid time; write YYYY-MM-DDTHH:MM, e.g. 2026-03-10T13:00"),
            )),
            Ty::DateTime if parse_datetime(text).is_none() => Some((
                "är ingen giltig tid; skriv ÅÅÅÅ-MM-DDTTT:MM, t.ex. 2026-03-10T13:00".into(),
                "is not a valid time; write YYYY-MM-DDTHH:MM, e.g. 2026-03-10T13:00".into(),
            )),
            Ty::Bool if !(s.plain && matches!(text, "true" | "false")) && BOOL_LIKE.contains(&text) => Some((
                format!("`{text}` ska vara true eller false"),
                format!("`{text}` must be true or false"),
            )),
            Ty::Bool if !(s.plain && matches!(text, "true" | "false")) => Some((
                "ska vara true eller false".into(),
                "must be true or false".into(),
            )),
            Ty::Minutes if !(s.plain && minutes(text).is_some()) => Some(if text.len() <= 6 && text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
                (
                    format!("`{text}` ska vara ett antal minuter, ett heltal 1–1440 (t.ex. 90)"),
                    format!("`{text}` must be a number of minutes, a whole number 1–1440 (e.g. 90)"),
                )
            } else {
                (
                    "ska vara ett antal minuter, ett heltal 1–1440 (t.ex. 90)".into(),
                    "must be a number of minutes, a whole number 1–1440 (e.g. 90)".into(),
                )
            }),
            Ty::Enum(values) if !values.contains(&text) => {
                // Echoed only as a typo of an allowed value, together with the suggestion.
                let hint = did_you_mean(text, values.iter().copied());
                Some(match hint {
                    Some(h) if super::schema::echo(&path.to_string(), text) != "…" => (
                        format!("`{text}` är inget tillåtet värde ({}); menade du `{h}`?", values.join(", ")),
                        format!("`{text}` is not an allowed value ({}); did you mean `{h}`?", values.join(", ")),
                    ),
                    _ => (
                        format!("är inget tillåtet värde ({})", values.join(", ")),
                        format!("is not an allowed value ({})", values.join(", ")),
                    ),
                })
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

/// A meeting's length in minutes (`längd_minuter`): a whole number 1–1440.
pub fn minutes(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u32>().ok().filter(|m| (1..=1440).contains(m))
}

/// Words people write for yes and no: echoed in S003, as no other value of a boolean is.
const BOOL_LIKE: &[&str] = &[
    "ja", "nej", "Ja", "Nej", "JA", "NEJ", "yes", "no", "Yes", "No", "sant", "falskt", "j", "n",
    "y", "1", "0", "on", "off", "True", "False", "TRUE", "FALSE", "true", "false",
];

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
        // `givet_av` is personal: neither the value, nor the representatives' names, nor a
        // suggestion among them reaches the message (CI logs). Only a role is suggested.
        let roles = ConsentGiver::ALL.iter().copied();
        let (hint_sv, hint_en) = did_you_mean(name, roles)
            .map(|s| {
                (
                    format!("; menade du `{s}`?"),
                    format!("; did you mean `{s}`?"),
                )
            })
            .unwrap_or_default();
        let roles = ConsentGiver::ALL[1..].join(", ");
        let (sv, en) = if names.is_empty() {
            (
                format!(
                    "värdet är varken individen eller en roll ({roles}), och ingen företrädare är angiven under individ.företrädare; se raden{hint_sv}"
                ),
                format!(
                    "the value is neither individen nor a role ({roles}), and no representative is listed under individ.företrädare; see the line{hint_en}"
                ),
            )
        } else {
            (
                format!(
                    "värdet är varken individen, en roll ({roles}) eller namnet på någon under individ.företrädare; se raden{hint_sv}"
                ),
                format!(
                    "the value is neither individen, a role ({roles}) nor the name of someone under individ.företrädare; see the line{hint_en}"
                ),
            )
        };
        findings.push(
            Finding::new(Code::S003, g.span)
                .arg("key", "samtycke.givet_av")
                .arg2("problem", sv, en),
        );
    }
}

/// Whether a plain scalar is a number in YAML 1.2's core schema (as editors read it):
/// `123`, `-4`, `1.5`, `1e5`, `.5`.
fn reads_as_number(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    body.starts_with(|c: char| c.is_ascii_digit() || c == '.') && body.parse::<f64>().is_ok()
}

/// The nearest candidate by edit distance, when it is close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    // No key or value is this long: a megabyte value is no typo, and not worth the distance.
    if word.len() > 256 {
        return None;
    }
    let len = word.chars().count();
    let limit = (len / 3).max(1);
    // The distance is at least the difference in length: a far longer word (a megabyte pasted
    // into an enum value) is compared with nothing.
    let mut candidates = candidates
        .filter(|c| c.chars().count().abs_diff(len) <= limit)
        .peekable();
    candidates.peek()?;
    let lower = word.to_lowercase();
    candidates
        .map(|c| (strsim::levenshtein(&lower, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Lenient read access to a mapping node: values of the wrong shape read as absent. A view
/// knows the mapping of the schema table it reads, and only looks up that mapping's keys (a
/// debug build stops at any other: a key the model reads is always one the format declares).
#[derive(Clone, Copy)]
struct View<'n, 'a> {
    entries: &'n [(Node<'a>, Node<'a>)],
    schema: &'static MapSchema,
}

/// The mapping a lookup outside the table gets (none does: a debug build stops first).
static NO_KEYS: MapSchema = MapSchema {
    path: "?",
    fields: &[],
};

impl<'n, 'a> View<'n, 'a> {
    fn of(node: &'n Node<'a>, schema: &'static MapSchema) -> Option<Self> {
        node.as_map().map(|entries| View { entries, schema })
    }
    /// The schema of the mapping (or of the mappings of the list) under `key`.
    fn nested(&self, key: &str) -> &'static MapSchema {
        let mut ty = self.schema.field(key).map(|f| &f.ty);
        while let Some(Ty::List(inner) | Ty::OneOrList(inner)) = ty {
            ty = Some(*inner);
        }
        match ty {
            Some(Ty::Map(m)) => m,
            _ => {
                debug_assert!(
                    false,
                    "`{key}` under `{}` holds no mapping in the schema table",
                    self.schema.path
                );
                &NO_KEYS
            }
        }
    }
    fn get(&self, key: &str) -> Option<(&'n Node<'a>, &'n Node<'a>)> {
        debug_assert!(
            self.schema.field(key).is_some(),
            "the model reads `{key}` under `{}`, which the schema table does not declare",
            self.schema.path
        );
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
    fn minutes(&self, key: &str) -> S<u32> {
        let (_, v) = self.get(key)?;
        let s = v.as_scalar()?;
        if !s.plain {
            return None;
        }
        minutes(s.text.as_ref()).map(|m| Spanned::new(m, v.span))
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
            Some((_, v)) if v.as_map().is_some() => View::of(v, self.nested(key))
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
        View::of(v, self.nested(key)).map(|view| (k.span, view))
    }
    /// The mapping items of a list, each with the span of its first key.
    fn items(&self, key: &str) -> Vec<(Span, View<'n, 'a>)> {
        let schema = self.nested(key);
        self.get(key)
            .and_then(|(_, v)| v.as_seq())
            .map(|items| {
                items
                    .iter()
                    .filter_map(|n| View::of(n, schema).map(|view| (first_key_span(n), view)))
                    .collect()
            })
            .unwrap_or_default()
    }
}

fn build(root: &Node<'_>, root_span: Span) -> Plan {
    let Some(r) = View::of(root, &schema::PLAN) else {
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
            interpreter: m.text("tolk"),
            protected: m.boolean("skyddade_personuppgifter"),
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
            compulsory_care: m.choice("tvångsvård", CompulsoryCare::parse),
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
            others: m.texts("övriga"),
        }),
        background: r.text("bakgrund"),
        own_goal: r.text("individens_mål"),
        childs_views: r.text("barnets_synpunkter"),
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
                outcome: m.map("utfall").map(|(key, o)| GoalOutcome {
                    key,
                    assessment: o.choice("bedömning", GoalAssessment::parse),
                    date: o.date("datum"),
                    comment: o.text("kommentar"),
                }),
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
                        unit: p.text("enhet"),
                        present: p.boolean("närvarande"),
                    })
                    .collect(),
                held: m.boolean("genomfört"),
                notes: m.text("anteckningar"),
                minutes: m.minutes("längd_minuter"),
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
    fn duplicate_keys_name_the_line_of_the_first() {
        // A key of the table (after keys outside it) and a key outside the table, each twice.
        let text =
            format!("{MIN}okänd: 1\nannan: 2\nokänd: 3\noverenskommelse: x\nid: sip-2026-abd\n");
        let l = load(&text);
        let dups: Vec<(usize, String)> = l
            .findings
            .iter()
            .filter(|f| f.code == Code::S001)
            .map(|f| (f.span.start, f.message(crate::i18n::Lang::Sv)))
            .collect();
        assert_eq!(dups.len(), 2, "{:?}", codes(&l));
        assert!(
            dups[0]
                .1
                .contains("`okänd` står två gånger (först på rad 9)"),
            "{}",
            dups[0].1
        );
        assert!(
            dups[1].1.contains("`id` står två gånger (först på rad 1)"),
            "{}",
            dups[1].1
        );
        assert_eq!(&text[dups[1].0..dups[1].0 + 3], "id:");
        // Each key outside the table is an S002 once, where it first stands.
        assert_eq!(codes(&l).iter().filter(|c| **c == "S002").count(), 3);
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
        // `givet_av` is personal: no name in the message, neither typed nor suggested.
        let msg = l.findings[0].message(crate::i18n::Lang::Sv);
        assert!(!msg.contains("Johan") && !msg.contains("Berg"), "{msg}");
        assert!(msg.contains("se raden"), "{msg}");
        let l = load(&format!("{two}samtycke:\n  givet_av: godman\n"));
        let msg = l.findings[0].message(crate::i18n::Lang::Sv);
        assert!(msg.contains("menade du `god_man`"), "{msg}");
        let l = load(&format!("{two}samtycke:\n  givet_av: {{a: b}}\n"));
        assert_eq!(codes(&l), ["S003"]);
    }

    #[test]
    fn v2_keys_get_did_you_mean_and_types() {
        let l = load(&format!("{MIN}individens_mal: Jag vill arbeta.\n"));
        assert_eq!(codes(&l), ["S002"]);
        let msg = l.findings[0].message(crate::i18n::Lang::Sv);
        assert!(msg.contains("menade du `individens_mål`"), "{msg}");
        let l = load(&format!(
            "{MIN}närstående:\n  - namn: Per\n    får_delta: nej\n    far_delta: true\n"
        ));
        assert_eq!(codes(&l), ["S003", "S002"]);
        let l = load(&MIN.replace("  namn: A B\n", "  namn: A B\n  företrädare: Sara Berg\n"));
        assert_eq!(codes(&l), ["S003"]);
        let l = load(&format!("{MIN}egna_åtgärder:\n  - av: Anna\n"));
        assert_eq!(codes(&l), ["S002", "S003"]);
    }

    #[test]
    fn empty_measures_list_is_addressed() {
        let l = load(&format!("{MIN}åtgärder_av_andra: []\n"));
        assert!(l.plan.unwrap().measures.is_some());
    }

    #[test]
    fn a_left_conflict_is_s001_at_its_first_marker_line() {
        let text = format!(
            "{MIN}mål:\n  - id: M1\n<<<<<<< HEAD\n    senast: 2026-09-30\n=======\n    senast: 2026-12-31\n>>>>>>> deras\n"
        );
        let l = load(&text);
        assert_eq!(codes(&l), ["S001"]);
        let f = &l.findings[0];
        assert_eq!(&text[f.span.start..f.span.end], "<<<<<<< HEAD");
        let msg = f.message(crate::i18n::Lang::Sv);
        assert!(msg.contains("olöst git-konflikt"), "{msg}");
        assert!(
            f.notes
                .iter()
                .any(|n| n.get(crate::i18n::Lang::Sv).contains("sip setup-git")),
            "the note names the driver"
        );
        // A text that merely holds equals signs inside a value is no marker.
        assert!(conflict_markers("syfte: a ======= b\n").is_empty());
    }

    #[test]
    fn conflict_markers_only_at_line_starts() {
        let text = "<<<<<<< HEAD\r\na: 1 <<<<<<<\n=======\r\n======= x\n>>>>>>> b\n<<<<<<<";
        assert_eq!(
            conflict_markers(text),
            [
                (0, "<<<<<<<"),
                (27, "======="),
                (46, ">>>>>>>"),
                (56, "<<<<<<<")
            ]
        );
        assert!(conflict_markers("a: <b>\nc: =d\n>e\n").is_empty());
        assert!(conflict_markers("").is_empty());
    }

    /// A plan with every key of the schema table, written from the table: each value valid
    /// for its type, and the value at `alter` (a key path such as `möten[].deltagare[].roll`)
    /// replaced by another valid one.
    fn every_key_plan(alter: Option<&str>) -> String {
        fn value(ty: &Ty, path: &str, alter: Option<&str>, indent: usize, out: &mut String) {
            let other = alter == Some(path);
            let scalar = |a: &str, b: &str| format!(" {}\n", if other { b } else { a });
            match ty {
                Ty::PlanId => out.push_str(&scalar("sip-2026-abc", "sip-2026-abd")),
                // `givet_av` names a role or a representative; text elsewhere is free.
                Ty::Text if path.ends_with("givet_av") => {
                    out.push_str(&scalar("individen", "Sara Berg"))
                }
                Ty::Text => out.push_str(&scalar("a", "b")),
                Ty::Personnummer => out.push_str(&scalar("\"19870523-4824\"", "\"19121212-1212\"")),
                Ty::Date => out.push_str(&scalar("2026-02-02", "2026-02-03")),
                Ty::DateTime => out.push_str(&scalar("2026-03-10T13:00", "2026-03-10T14:00")),
                Ty::Bool => out.push_str(&scalar("true", "false")),
                Ty::Minutes => out.push_str(&scalar("90", "60")),
                Ty::Enum(values) => out.push_str(&scalar(values[0], values[1])),
                Ty::List(inner) | Ty::OneOrList(inner) => {
                    out.push('\n');
                    out.push_str(&" ".repeat(indent));
                    out.push('-');
                    match inner {
                        Ty::Map(m) => {
                            out.push('\n');
                            map(m, &format!("{path}[]"), alter, indent + 2, out);
                        }
                        _ => value(inner, path, alter, indent + 2, out),
                    }
                }
                Ty::Map(m) => {
                    out.push('\n');
                    map(m, path, alter, indent + 2, out);
                }
            }
        }
        fn map(m: &MapSchema, path: &str, alter: Option<&str>, indent: usize, out: &mut String) {
            for f in m.fields {
                let p = if path.is_empty() {
                    f.key.to_string()
                } else {
                    format!("{path}.{}", f.key)
                };
                out.push_str(&" ".repeat(indent));
                out.push_str(f.key);
                out.push(':');
                value(&f.ty, &p, alter, indent, out);
            }
        }
        let mut out = String::new();
        map(&schema::PLAN, "", alter, 0, &mut out);
        out
    }

    /// Every key path of the table that holds a value of its own (not a mapping).
    fn value_paths() -> Vec<String> {
        fn walk(m: &MapSchema, path: &str, out: &mut Vec<String>) {
            for f in m.fields {
                let p = if path.is_empty() {
                    f.key.to_string()
                } else {
                    format!("{path}.{}", f.key)
                };
                let mut ty = &f.ty;
                let mut item = p.clone();
                while let Ty::List(inner) | Ty::OneOrList(inner) = ty {
                    if matches!(inner, Ty::Map(_)) {
                        item.push_str("[]");
                    }
                    ty = inner;
                }
                match ty {
                    Ty::Map(inner) => walk(inner, &item, out),
                    _ => out.push(p),
                }
            }
        }
        let mut out = Vec::new();
        walk(&schema::PLAN, "", &mut out);
        out
    }

    /// The typed model without its positions: what the values of a file become.
    fn model(text: &str) -> String {
        let plan = load(text).plan.expect("a plan");
        let spans = regex::Regex::new(r"Span \{ start: \d+, end: \d+ \}").expect("regex");
        spans.replace_all(&format!("{plan:?}"), "Span").into_owned()
    }

    /// The schema table and the loader agree: a plan with every key of the table loads with no
    /// finding (no key is unknown to the loader's validation), and every key's value reaches
    /// the typed model (another value there gives another model). The other direction — every
    /// key the model reads is in the table — holds by construction: each lookup goes through
    /// the table's mapping and a debug build stops at a key it does not declare, and this plan
    /// makes every lookup happen.
    #[test]
    fn every_key_of_the_schema_table_is_read_into_the_model() {
        let full = every_key_plan(None);
        let l = load(&full);
        assert!(
            l.findings.is_empty(),
            "{:?}\n{full}",
            l.findings
                .iter()
                .map(|f| f.message(crate::i18n::Lang::Sv))
                .collect::<Vec<_>>()
        );
        let base = model(&full);
        let paths = value_paths();
        assert!(paths.len() > 60, "{}", paths.len());
        let unread: Vec<&String> = paths
            .iter()
            .filter(|p| model(&every_key_plan(Some(p))) == base)
            .collect();
        assert!(unread.is_empty(), "not read into the model: {unread:?}");
    }

    // The stop is a `debug_assert!`: a release build (`cargo test --release`) reads nothing
    // there instead, which the next test holds.
    #[cfg(debug_assertions)]
    #[test]
    #[should_panic(expected = "does not declare")]
    fn a_lookup_outside_the_table_stops_a_debug_build() {
        let root = yaml::parse(MIN).ok().flatten().expect("a mapping");
        if let Some(v) = View::of(&root, &schema::PLAN) {
            let _ = v.text("statsu");
        }
    }

    #[cfg(not(debug_assertions))]
    #[test]
    fn a_lookup_outside_the_table_reads_nothing_in_a_release_build() {
        let root = yaml::parse(MIN).ok().flatten().expect("a mapping");
        let v = View::of(&root, &schema::PLAN).expect("a view of the plan");
        assert!(v.text("statsu").is_none());
    }

    #[test]
    fn parser_errors_read_as_swedish() {
        for bad in [
            "a: b\nc\nd: e\n",
            "a: \"oavslutad\n",
            "a: [1, 2\n",
            "a:\n\t- b\n",
            "a: b: c\n",
            "- a\nb: c\n",
            "a: !<bogus x\n",
        ] {
            let l = load(bad);
            let f = &l.findings[0];
            let sv = f.message(crate::i18n::Lang::Sv);
            assert!(sv.contains("YAML-fel: "), "{bad:?}: {sv}");
            for english in ["expect", "found", "while", "mapping", "scalar", "did not"] {
                assert!(!sv.contains(english), "{bad:?}: English in {sv}");
            }
        }
    }
}
