//! The Fluent resources (`locales/sv/*.ftl`, `locales/en/*.ftl`, gathered by `build.rs`), parsed
//! once on first use, and the lookup behind the `t!`, `msg!` and `err!` macros.
//!
//! A message that is missing prints its id (never a panic); the test below checks that every
//! id used in `src/` exists in both languages with the variables the call gives.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Lang, Msg};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The resource files of a language: (file name, text).
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Sv => generated::SV,
        Lang::En => generated::EN,
    }
}

struct Bundles {
    sv: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let tag = match lang {
        Lang::Sv => "sv",
        Lang::En => "en",
    };
    let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around values: the text goes to terminals, files and PDFs.
    bundle.set_use_isolating(false);
    for (_, text) in sources(lang) {
        let res = match FluentResource::try_new((*text).to_string()) {
            Ok(r) => r,
            // A resource with a syntax error keeps its good entries (a test fails on the error).
            Err((r, _)) => r,
        };
        bundle.add_resource_overriding(res);
    }
    bundle
}

fn bundles() -> &'static Bundles {
    static B: OnceLock<Bundles> = OnceLock::new();
    B.get_or_init(|| Bundles {
        sv: build(Lang::Sv),
        en: build(Lang::En),
    })
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    let b = bundles();
    match lang {
        Lang::Sv => &b.sv,
        Lang::En => &b.en,
    }
}

/// Whether a message (or `message.attribute`) exists in this language.
pub fn has(lang: Lang, id: &str) -> bool {
    let (msg, attr) = split(id);
    bundle(lang).get_message(msg).is_some_and(|m| match attr {
        Some(a) => m.get_attribute(a).is_some(),
        None => m.value().is_some(),
    })
}

fn split(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

/// The text of message `id` (or `id.attribute`) in `lang` with `args`; the id itself when the
/// message is missing.
pub fn tr(lang: Lang, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let bundle = bundle(lang);
    let (msg, attr) = split(id);
    let pattern = bundle.get_message(msg).and_then(|m| match attr {
        Some(a) => m.get_attribute(a).map(|a| a.value()),
        None => m.value(),
    });
    let Some(pattern) = pattern else {
        return id.to_string();
    };
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned()
}

/// A value given to a message: text, a number (plurals choose by it), a path, or a [`Msg`]
/// (its text in the message's language).
pub trait Arg {
    fn value(&self, lang: Lang) -> FluentValue<'static>;
}

impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self, lang: Lang) -> FluentValue<'static> {
        (**self).value(lang)
    }
}
impl Arg for str {
    fn value(&self, _: Lang) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.to_string()))
    }
}
impl Arg for String {
    fn value(&self, _: Lang) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.clone()))
    }
}
impl Arg for Cow<'_, str> {
    fn value(&self, _: Lang) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.to_string()))
    }
}
impl Arg for char {
    fn value(&self, _: Lang) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.to_string()))
    }
}
impl Arg for Path {
    fn value(&self, _: Lang) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.display().to_string()))
    }
}
impl Arg for PathBuf {
    fn value(&self, lang: Lang) -> FluentValue<'static> {
        self.as_path().value(lang)
    }
}
impl Arg for Msg {
    fn value(&self, lang: Lang) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.get(lang).to_string()))
    }
}
/// A system error: its reason in Swedish words where one is known, else the system's text.
impl Arg for std::io::Error {
    fn value(&self, lang: Lang) -> FluentValue<'static> {
        let text = match lang {
            Lang::Sv => super::io_sv(self),
            Lang::En => self.to_string(),
        };
        FluentValue::String(Cow::Owned(text))
    }
}
macro_rules! num_arg {
    ($($t:ty)*) => {$(
        impl Arg for $t {
            fn value(&self, _: Lang) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
num_arg!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize f64);

/// The text of a message in one language: `t!(lang, "id", namn = värde, …)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr $(, $k:ident = $v:expr)* $(,)?) => {{
        let lang: $crate::i18n::Lang = $lang;
        $crate::i18n::tr(
            lang,
            $id,
            &[$((stringify!($k), $crate::i18n::Arg::value(&$v, lang))),*],
        )
    }};
}

/// A message in both languages, as a [`Msg`]: `msg!("id", namn = värde, …)`.
#[macro_export]
macro_rules! msg {
    ($id:expr $(, $k:ident = $v:expr)* $(,)?) => {{
        #[allow(unused_parens)]
        let ($($k,)*) = ($(&$v,)*);
        $crate::i18n::Msg::new(
            $crate::t!($crate::i18n::Lang::Sv, $id $(, $k = $k)*),
            $crate::t!($crate::i18n::Lang::En, $id $(, $k = $k)*),
        )
    }};
}

/// An error that stops a command, from a message: `err!("id", namn = värde, …)`.
#[macro_export]
macro_rules! err {
    ($($a:tt)*) => {
        $crate::error::Error::Message($crate::msg!($($a)*))
    };
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Every message and attribute of a language with the variables it uses.
    fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for (file, text) in sources(lang) {
            let res = match fluent_syntax::parser::parse(*text) {
                Ok(r) => r,
                Err((_, errs)) => panic!("{file} ({lang:?}) has syntax errors: {errs:?}"),
            };
            for entry in &res.body {
                if let ast::Entry::Junk { content } = entry {
                    panic!("{file} ({lang:?}): unreadable entry {content:?}");
                }
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let id = m.id.name.to_string();
                if let Some(v) = &m.value {
                    let mut vars = BTreeSet::new();
                    pattern_vars(v, &mut vars);
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "{id} twice in {lang:?}"
                    );
                }
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    pattern_vars(&a.value, &mut vars);
                    out.insert(format!("{id}.{}", a.id.name), vars);
                }
            }
        }
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr_vars(expression, vars);
            }
        }
    }

    fn expr_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline_vars(i, vars),
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expr_vars(expression, vars),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, vars);
                }
                for a in &arguments.named {
                    inline_vars(&a.value, vars);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_message_exists_in_both_languages_with_the_same_variables() {
        let sv = catalogue(Lang::Sv);
        let en = catalogue(Lang::En);
        assert!(!sv.is_empty());
        let sv_ids: BTreeSet<_> = sv.keys().collect();
        let en_ids: BTreeSet<_> = en.keys().collect();
        let only_sv: Vec<_> = sv_ids.difference(&en_ids).collect();
        let only_en: Vec<_> = en_ids.difference(&sv_ids).collect();
        assert!(only_sv.is_empty(), "only in Swedish: {only_sv:?}");
        assert!(only_en.is_empty(), "only in English: {only_en:?}");
        let differ: Vec<_> = sv
            .iter()
            .filter(|(id, vars)| en.get(*id) != Some(vars))
            .map(|(id, vars)| format!("{id}: sv {vars:?}, en {:?}", en.get(id)))
            .collect();
        assert!(differ.is_empty(), "variables differ: {differ:#?}");
    }

    /// Every `t!`/`msg!`/`err!` call with a literal id in `src/` names a message that exists,
    /// and gives exactly the variables the message uses.
    #[test]
    fn every_call_in_the_source_names_a_message_with_its_variables() {
        let sv = catalogue(Lang::Sv);
        let call = regex::Regex::new(r#"\b(t|msg|err)!\s*\("#).unwrap_or_else(|e| panic!("{e}"));
        let id = regex::Regex::new(r#"^\s*(?:[^,"]+,\s*)?"([a-z0-9][a-z0-9.-]*)""#)
            .unwrap_or_else(|e| panic!("{e}"));
        let key = regex::Regex::new(r#"(?:^|,)\s*([a-z_][a-z0-9_]*)\s*=[^=>]"#)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut problems = Vec::new();
        let mut calls = 0;
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for entry in walkdir::WalkDir::new(&src) {
            let Ok(entry) = entry else { continue };
            if entry.path().extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let file = entry.path().strip_prefix(&src).unwrap_or(entry.path());
            for m in call.find_iter(&text) {
                let line_start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
                if text[line_start..m.start()].trim_start().starts_with("//") {
                    continue; // an example in a comment
                }
                let body = balanced(&text[m.end()..]);
                let Some(c) = id.captures(body) else {
                    continue; // an id computed at run time, or the macro's own definition
                };
                calls += 1;
                let name = &c[1];
                let Some(want) = sv.get(name) else {
                    problems.push(format!("{}: no message {name}", file.display()));
                    continue;
                };
                let given: BTreeSet<String> = top_level(&body[c.get(0).map_or(0, |g| g.end())..])
                    .iter()
                    .filter_map(|part| key.captures(part).map(|k| k[1].to_string()))
                    .collect();
                if &given != want {
                    problems.push(format!(
                        "{}: {name} gets {given:?}, uses {want:?}",
                        file.display()
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(calls > 0);
    }

    /// The characters of Rust code, each with whether it belongs to a string literal.
    fn code_chars(s: &str) -> impl Iterator<Item = (usize, char, bool)> + '_ {
        let mut in_str = false;
        let mut escape = false;
        s.char_indices().map(move |(i, c)| {
            let inside = in_str || c == '"';
            if in_str {
                match (escape, c) {
                    (true, _) => escape = false,
                    (false, '\\') => escape = true,
                    (false, '"') => in_str = false,
                    _ => {}
                }
            } else if c == '"' {
                in_str = true;
            }
            (i, c, inside)
        })
    }

    /// The text up to the parenthesis that closes the call (strings skipped).
    fn balanced(s: &str) -> &str {
        let mut depth = 0usize;
        for (i, c, in_str) in code_chars(s) {
            match c {
                _ if in_str => {}
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => return &s[..i],
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            }
        }
        s
    }

    /// The call's arguments after the id, split at top-level commas (each starts with ",").
    fn top_level(s: &str) -> Vec<&str> {
        let mut parts = Vec::new();
        let mut depth = 0usize;
        let mut start = 0;
        for (i, c, in_str) in code_chars(s) {
            match c {
                _ if in_str => {}
                '(' | '[' | '{' | '<' => depth += 1,
                ')' | ']' | '}' | '>' => depth = depth.saturating_sub(1),
                ',' if depth == 0 => {
                    parts.push(&s[start..i]);
                    start = i;
                }
                _ => {}
            }
        }
        parts.push(&s[start..]);
        parts
    }

    /// The words live in `locales/`: at most ten Swedish–English pairs written inline in Rust
    /// (`.pick(`, `Error::msg(`, `Msg::new(`) outside this module's own definitions.
    #[test]
    fn at_most_ten_inline_pairs_are_left_in_the_source() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let own = src.join("i18n");
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(&src) {
            let Ok(entry) = entry else { continue };
            let p = entry.path();
            if p.extension().is_none_or(|x| x != "rs") || p.starts_with(&own) {
                continue;
            }
            let text = std::fs::read_to_string(p).unwrap_or_default();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for pat in [".pick(", "Error::msg(", "Msg::new("] {
                    if code.contains(pat) {
                        found.push(format!("{}:{}: {pat}", p.display(), n + 1));
                    }
                }
            }
        }
        assert!(
            found.len() <= 10,
            "{} inline pairs: {found:#?}",
            found.len()
        );
    }

    #[test]
    fn plurals_and_values() {
        assert_eq!(
            crate::t!(Lang::Sv, "antal-planer", antal = 1usize),
            "1 plan"
        );
        assert_eq!(
            crate::t!(Lang::Sv, "antal-planer", antal = 3usize),
            "3 planer"
        );
        assert_eq!(
            crate::t!(Lang::En, "antal-planer", antal = 3usize),
            "3 plans"
        );
        let m = crate::msg!("antal-planer", antal = 2usize);
        assert_eq!((m.sv.as_str(), m.en.as_str()), ("2 planer", "2 plans"));
        assert_eq!(tr(Lang::Sv, "finns-inte", &[]), "finns-inte");
    }
}
