//! Language of messages and printed headings: Swedish by default, English with `--lang en`.
//!
//! Text that a rule or document produces is carried as a [`Msg`] holding both languages, and
//! picked when printed. File keys and enum values never change with the language.

use std::fmt;

#[macro_use]
mod ftl;
pub use ftl::{Arg, has, sources, tr};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// Pick the text for this language.
    pub fn pick<'a>(self, sv: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }
}

/// The language of the command line's help, set once when the command tree is built
/// (`cli::clap_lang::command`): the value sets whose descriptions clap asks for while it prints
/// help or completions (`sip check --format`) read it.
static HELP_EN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_help_lang(lang: Lang) {
    HELP_EN.store(lang == Lang::En, std::sync::atomic::Ordering::Relaxed);
}

pub fn help_lang() -> Lang {
    if HELP_EN.load(std::sync::atomic::Ordering::Relaxed) {
        Lang::En
    } else {
        Lang::Sv
    }
}

/// A text in Swedish and English.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Msg {
    pub sv: String,
    pub en: String,
}

impl Msg {
    pub fn new(sv: impl Into<String>, en: impl Into<String>) -> Self {
        Msg {
            sv: sv.into(),
            en: en.into(),
        }
    }
    /// The same text in both languages (a value, a code, a command).
    pub fn same(s: impl Into<String>) -> Self {
        let s = s.into();
        Msg {
            sv: s.clone(),
            en: s,
        }
    }
    /// The text made in each language by `f` (a list joined from messages, say).
    pub fn from_fn(f: impl Fn(Lang) -> String) -> Self {
        Msg {
            sv: f(Lang::Sv),
            en: f(Lang::En),
        }
    }
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sv)
    }
}

/// Fill `{name}` placeholders by `lookup`; unknown placeholders are left as written.
pub fn fill<'a>(template: &str, lookup: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match lookup(name) {
                    Some(v) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names in a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}

/// "1 plan" / "2 planer" and the like: the word's form by the number's plural category
/// (`ord-antal` in `locales/*/ord.ftl`; Swedish and English choose alike).
pub fn plural(n: usize, one: &str, many: &str) -> String {
    t!(Lang::Sv, "ord-antal", antal = n, ett = one, flera = many)
}

/// The months' names, January first: in running text and in messages ("februari 2026"), from
/// `ord-manad` in `locales/sv/ord.ftl`.
pub static MONTHS_SV: std::sync::LazyLock<[String; 12]> =
    std::sync::LazyLock::new(|| months(Lang::Sv));
/// As [`MONTHS_SV`], in English.
pub static MONTHS_EN: std::sync::LazyLock<[String; 12]> =
    std::sync::LazyLock::new(|| months(Lang::En));

fn months(lang: Lang) -> [String; 12] {
    std::array::from_fn(|i| t!(lang, "ord-manad", nummer = i + 1))
}

/// Common I/O errors in Swedish (`fel-orsak-…` in `locales/sv/fel.ftl`); others as the system
/// words them.
pub fn io_sv(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    let sv = Lang::Sv;
    match e.kind() {
        NotFound => t!(sv, "fel-orsak-finns-inte"),
        PermissionDenied => t!(sv, "fel-orsak-behorighet"),
        IsADirectory => t!(sv, "fel-orsak-mapp"),
        AlreadyExists => t!(sv, "fel-orsak-finns-redan"),
        StorageFull => t!(sv, "fel-orsak-disken-full"),
        ReadOnlyFilesystem => t!(sv, "fel-orsak-skrivskyddat"),
        TimedOut => t!(sv, "fel-orsak-tiden-gick-ut"),
        _ => e.to_string(),
    }
}

/// An I/O error's reason in both languages: [`io_sv`] in Swedish, the system's words in English.
pub fn io_msg(e: &std::io::Error) -> Msg {
    Msg::from_fn(|lang| match lang {
        Lang::Sv => io_sv(e),
        Lang::En => e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_and_keeps_unknown() {
        let s = fill("Parten {part} saknas i {var}", |n| {
            (n == "part").then_some("af")
        });
        assert_eq!(s, "Parten af saknas i {var}");
        assert_eq!(placeholders("{a} och {b}"), vec!["a", "b"]);
    }

    #[test]
    fn helpers_read_their_words_from_the_resources() {
        assert_eq!(plural(1, "fil", "filer"), "1 fil");
        assert_eq!(plural(0, "fil", "filer"), "0 filer");
        assert_eq!(plural(12, "plan", "planer"), "12 planer");
        assert_eq!(MONTHS_SV[0], "januari");
        assert_eq!(MONTHS_SV[11], "december");
        assert_eq!(MONTHS_EN[1], "February");
        let e = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(io_sv(&e), "finns inte");
    }
}
