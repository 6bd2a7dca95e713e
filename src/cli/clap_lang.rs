//! clap's help, usage and argument errors in the user's language: Swedish by default, English
//! with `--lang en`. Not a fork: the command clap derives from `args.rs` is walked once after
//! it is built, and given Swedish headings (through `help_heading` and the help template), a
//! Swedish line for the `--help`/`--version` flags and the `help` command, and the default,
//! possible values, environment variable and aliases written into each description in Swedish
//! instead of clap's English brackets. Errors are written here from clap's error kind and
//! context (the offending argument, the valid values, the suggestion: "Menade du …?").

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::args::Cli;
use super::help_en;
use crate::i18n::Lang;

/// The language asked for on the command line (`--lang en`, `--lang=en`) or in `SIP_LANG`,
/// read before clap parses, so that clap's own messages can follow it.
pub fn lang_of(args: &[OsString]) -> Lang {
    let mut want: Option<String> = std::env::var("SIP_LANG").ok();
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            want = it.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            want = Some(v.to_string());
        }
    }
    match want.as_deref().map(str::trim) {
        Some("en") => Lang::En,
        _ => Lang::Sv,
    }
}

/// Parse the command line, with help and errors in the language it asks for. `Err` holds the
/// text to print and the exit code (0 for `--help` and `--version`, 2 for a usage error).
pub fn parse(args: Vec<OsString>) -> Result<Cli, (String, i32)> {
    let lang = lang_of(&args);
    let cmd = command(lang);
    let matches = cmd
        .try_get_matches_from(args)
        .map_err(|e| render_error(&e, lang))?;
    Cli::from_arg_matches(&matches).map_err(|e| render_error(&e, lang))
}

/// The whole command tree, built, with its texts in `lang`.
pub fn command(lang: Lang) -> Command {
    crate::i18n::set_help_lang(lang);
    let mut cmd = Cli::command();
    cmd.build();
    localize(cmd, lang, true, false)
}

/// The command tree for the shells' completion scripts: as [`command`], with the Swedish
/// aliases kept as clap's visible aliases, so that the scripts complete them like their commands.
pub fn completion_command(lang: Lang) -> Command {
    crate::i18n::set_help_lang(lang);
    let mut cmd = Cli::command();
    cmd.build();
    localize(cmd, lang, true, true)
}

fn localize(mut cmd: Command, lang: Lang, root: bool, keep_aliases: bool) -> Command {
    let (args_heading, options_heading) = match lang {
        Lang::Sv => ("Argument", "Flaggor"),
        Lang::En => ("Arguments", "Options"),
    };
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| {
            localize_arg(a, lang, args_heading, options_heading)
        });
    }
    if lang == Lang::En {
        cmd = english_about(cmd);
    }
    cmd = cmd
        .help_template(template(lang))
        .subcommand_help_heading(lang.pick("Kommandon", "Commands"))
        .subcommand_value_name(lang.pick("KOMMANDO", "COMMAND"));
    if root {
        cmd = cmd.after_help(lang.pick(
            "Skriv `sip KOMMANDO --help` för hjälp om ett kommando.",
            "Type `sip COMMAND --help` for help on a command.",
        ));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| {
            let sub = if name == "help" {
                sub.about(lang.pick(
                    "Visa den här hjälpen eller hjälpen för ett kommando",
                    "Print this message or the help of the given subcommand(s)",
                ))
            } else if keep_aliases {
                sub
            } else {
                aliases_in_about(sub, lang)
            };
            localize(sub, lang, false, keep_aliases)
        });
    }
    cmd
}

/// A command's description in English (from `help_en`, keyed by its Swedish text).
fn english_about(mut cmd: Command) -> Command {
    if let Some(en) = cmd
        .get_about()
        .and_then(|a| help_en::english(&a.to_string()))
    {
        cmd = cmd.about(en);
    }
    if let Some(en) = cmd
        .get_long_about()
        .and_then(|a| help_en::english(&a.to_string()))
    {
        cmd = cmd.long_about(en);
    }
    cmd
}

/// An argument's description, its values' descriptions and its value name in English.
fn english_arg(mut a: Arg) -> Arg {
    if let Some(en) = a.get_help().and_then(|h| help_en::english(&h.to_string())) {
        a = a.help(en);
    }
    if let Some(en) = a
        .get_long_help()
        .and_then(|h| help_en::english(&h.to_string()))
    {
        a = a.long_help(en);
    }
    if let Some([one]) = a.get_value_names() {
        let name = one.to_string();
        if let Some((_, en)) = help_en::VALUE_NAMES_EN.iter().find(|(sv, _)| *sv == name) {
            a = a.value_name(*en);
        } else if let Some((en, _)) = VALUE_NAMES.iter().find(|(_, sv)| *sv == name) {
            a = a.value_name(*en);
        }
    }
    a
}

/// `[aliases: ny]` is clap's English: the aliases go into the description instead, and stay
/// accepted (hidden from clap's own list).
fn aliases_in_about(cmd: Command, lang: Lang) -> Command {
    let aliases: Vec<String> = cmd.get_visible_aliases().map(str::to_string).collect();
    if aliases.is_empty() || lang == Lang::En {
        return cmd;
    }
    let about = cmd.get_about().map(|s| s.to_string()).unwrap_or_default();
    let mut cmd = cmd
        .visible_alias(None)
        .about(format!("{about} (även: {})", aliases.join(", ")));
    for a in aliases {
        cmd = cmd.alias(a);
    }
    cmd
}

fn template(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => {
            "{before-help}{about-with-newline}\nAnvändning: {usage}\n\n{all-args}{after-help}"
        }
        Lang::En => {
            "{before-help}{about-with-newline}\n{usage-heading} {usage}\n\n{all-args}{after-help}"
        }
    }
}

/// Swedish placeholders for the value names clap derives from the field names (`<PATHS>`).
const VALUE_NAMES: &[(&str, &str)] = &[
    ("ADD_PARTY", "PART"),
    ("AGREEMENT", "ÖVERENSKOMMELSE"),
    ("AT", "TID"),
    ("BACKGROUND", "BAKGRUND"),
    ("BASE", "BAS"),
    ("BENEFITS", "FÖRMÅNER"),
    ("BIRTH_DATE", "FÖDELSEDATUM"),
    ("BY", "VEM"),
    ("CARE_CONTACT", "VÅRDKONTAKT"),
    ("CODE", "KOD"),
    ("COLOR", "FÄRG"),
    ("COMMENT", "KOMMENTAR"),
    ("CONTACT", "KONTAKT"),
    ("DATE", "DATUM"),
    ("DIGITAL", "SYSTEM"),
    ("DIR", "MAPP"),
    ("DISCHARGE_READY", "DATUM"),
    ("DOCUMENTED_BY", "VEM"),
    ("END", "SLUT"),
    ("FILE", "FIL"),
    ("FOCUS", "INRIKTNING"),
    ("FORM", "FORM"),
    ("FROM", "FRÅN"),
    ("GENDER", "KÖN"),
    ("GIVEN_BY", "VEM"),
    ("GOALS", "MÅL"),
    ("INITIATED_BY", "PART"),
    ("KIND", "TYP"),
    ("LANG", "SPRÅK"),
    ("LEADER", "NAMN"),
    ("MEASURE", "MÅTT"),
    ("MEETING", "MÖTE"),
    ("NAME", "NAMN"),
    ("NEEDS", "BEHOV"),
    ("NEXT", "DATUM"),
    ("NOTES", "ANTECKNINGAR"),
    ("NUMBER", "NUMMER"),
    ("OCCUPATION", "SYSSELSÄTTNING"),
    ("OURS", "VÅR"),
    ("OWN_GOAL", "EGET_MÅL"),
    ("PARTICIPANT", "DELTAGARE"),
    ("PARTICIPANTS", "DELTAGARE"),
    ("PARTICIPATION", "JA|NEJ"),
    ("PARTIES", "PARTER"),
    ("PARTY", "PART"),
    ("PATHS", "SÖKVÄG"),
    ("PERSON", "PERSON"),
    ("PLACE", "PLATS"),
    ("PROPOSED_BY", "VEM"),
    ("PROVIDER", "UTFÖRARE"),
    ("PURPOSE", "SYFTE"),
    ("QUESTIONS", "FRÅGA"),
    ("REASON", "ORSAK"),
    ("RECIPIENT", "MOTTAGARE"),
    ("REMOVE_PARTY", "PART"),
    ("ROLE", "ROLL"),
    ("SCOPE", "OMFATTNING"),
    ("SHELL", "SKAL"),
    ("START", "START"),
    ("THEIRS", "DERAS"),
    ("TO", "MOTTAGARE"),
    ("VALID_UNTIL", "DATUM"),
    ("WITHDRAWN", "DATUM"),
    ("WITHIN", "DAGAR"),
];

fn localize_arg(a: Arg, lang: Lang, args_heading: &str, options_heading: &str) -> Arg {
    let id = a.get_id().as_str().to_string();
    let a = match (lang, a.get_value_names()) {
        (Lang::Sv, Some([one])) => {
            let name = one.to_string();
            match VALUE_NAMES.iter().find(|(en, _)| *en == name) {
                Some((_, sv)) => a.value_name(*sv),
                None => a,
            }
        }
        (Lang::Sv, None) if a.get_num_args().is_some_and(|n| n.takes_values()) => {
            let name = id.to_uppercase();
            match VALUE_NAMES.iter().find(|(en, _)| *en == name) {
                Some((_, sv)) => a.value_name(*sv),
                None => a,
            }
        }
        _ => a,
    };
    let mut a = if a.get_help_heading().is_none() {
        let heading = if a.is_positional() {
            args_heading
        } else {
            options_heading
        };
        a.help_heading(heading.to_string())
    } else {
        a
    };
    if lang == Lang::En {
        return english_arg(a);
    }
    match a.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
            return if a.get_long_help().is_some() {
                a.help("Visa hjälpen (mer med --help)")
                    .long_help("Visa hjälpen (en sammanfattning med -h)")
            } else {
                a.help("Visa hjälpen")
            };
        }
        ArgAction::Version => return a.help("Visa versionen"),
        _ => {}
    }
    let mut extra: Vec<String> = Vec::new();
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let takes_value = a.get_num_args().is_some_and(|n| n.takes_values());
    if !values.is_empty() && takes_value && !a.is_hide_possible_values_set() {
        extra.push(format!("möjliga värden: {}", values.join(", ")));
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && takes_value && !a.is_hide_default_value_set() {
        extra.push(format!("standard: {}", defaults.join(", ")));
    }
    if let Some(env) = a.get_env() {
        if !a.is_hide_env_set() {
            extra.push(format!("miljövariabel: {}", env.to_string_lossy()));
        }
    }
    let aliases: Vec<String> = a
        .get_visible_aliases()
        .unwrap_or_default()
        .into_iter()
        .map(|s| format!("--{s}"))
        .collect();
    if !aliases.is_empty() {
        extra.push(format!("även: {}", aliases.join(", ")));
        let names: Vec<String> = a
            .get_visible_aliases()
            .unwrap_or_default()
            .into_iter()
            .map(str::to_string)
            .collect();
        a = a.visible_alias(None);
        for n in names {
            a = a.alias(n);
        }
    }
    a = a
        .hide_possible_values(true)
        .hide_default_value(true)
        .hide_env(true);
    if extra.is_empty() {
        return a;
    }
    let tail = format!("[{}]", extra.join("; "));
    let help = a.get_help().map(StyledStr::to_string).unwrap_or_default();
    let long = a.get_long_help().map(StyledStr::to_string);
    let join = |h: &str| {
        if h.is_empty() {
            tail.clone()
        } else {
            format!("{h} {tail}")
        }
    };
    let a = a.help(join(&help));
    match long {
        Some(l) => a.long_help(format!("{l}\n\n{tail}")),
        None => a,
    }
}

/// clap writes `[OPTIONS]` into every usage line; in Swedish it is `[FLAGGOR]`.
fn usage_words(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => text.replace("[OPTIONS]", "[FLAGGOR]"),
        Lang::En => text.to_string(),
    }
}

fn strings(v: Option<&ContextValue>) -> Vec<String> {
    match v {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(s)) => s.clone(),
        _ => Vec::new(),
    }
}

fn string(v: Option<&ContextValue>) -> Option<String> {
    strings(v).into_iter().next()
}

/// The text of a clap error in `lang`, with its exit code.
pub fn render_error(e: &clap::Error, lang: Lang) -> (String, i32) {
    let code = if e.use_stderr() { 2 } else { 0 };
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return (usage_words(&e.render().to_string(), lang), code);
        }
        ErrorKind::DisplayVersion => return (e.render().to_string(), code),
        _ => {}
    }
    if let Some(text) = super::enum_arg::message(e, lang) {
        return (text, code);
    }
    if lang == Lang::En {
        return (e.render().to_string(), code);
    }
    let arg = string(e.get(ContextKind::InvalidArg));
    let value = string(e.get(ContextKind::InvalidValue));
    let mut out = String::from("fel: ");
    let q = |s: &str| format!("`{s}`");
    let body = match e.kind() {
        ErrorKind::InvalidValue => match (&arg, &value) {
            (Some(a), Some(v)) if v.is_empty() => {
                Some(format!("{} behöver ett värde men fick inget", q(a)))
            }
            (Some(a), Some(v)) => {
                let mut s = format!("ogiltigt värde {} för {}", q(v), q(a));
                let valid = strings(e.get(ContextKind::ValidValue));
                if !valid.is_empty() {
                    let _ = write!(s, "\n  [möjliga värden: {}]", valid.join(", "));
                }
                Some(s)
            }
            _ => None,
        },
        ErrorKind::ValueValidation => match (&arg, &value) {
            (Some(a), Some(v)) => Some(format!("ogiltigt värde {} för {}", q(v), q(a))),
            _ => None,
        },
        ErrorKind::UnknownArgument => arg.map(|a| format!("okänt argument {}", q(&a))),
        ErrorKind::InvalidSubcommand => string(e.get(ContextKind::InvalidSubcommand))
            .map(|s| format!("okänt kommando {}", q(&s))),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(e.get(ContextKind::InvalidArg));
            (!missing.is_empty()).then(|| {
                let mut s = String::from(if missing.len() == 1 {
                    "det här argumentet saknas:"
                } else {
                    "de här argumenten saknas:"
                });
                for m in missing {
                    let _ = write!(s, "\n  {m}");
                }
                s
            })
        }
        ErrorKind::MissingSubcommand => string(e.get(ContextKind::InvalidSubcommand)).map(|s| {
            let mut t = format!("{} behöver ett kommando", q(&s));
            let valid = strings(e.get(ContextKind::ValidSubcommand));
            if !valid.is_empty() {
                let _ = write!(t, "\n  [kommandon: {}]", valid.join(", "));
            }
            t
        }),
        ErrorKind::ArgumentConflict => arg.map(|a| {
            let prior = strings(e.get(ContextKind::PriorArg));
            if prior.first() == Some(&a) {
                format!("{} får bara anges en gång", q(&a))
            } else if prior.is_empty() {
                format!("{} kan inte användas med de andra argumenten", q(&a))
            } else {
                let p: Vec<String> = prior.iter().map(|p| q(p)).collect();
                format!("{} kan inte användas med {}", q(&a), p.join(", "))
            }
        }),
        ErrorKind::TooManyValues => match (&arg, &value) {
            (Some(a), Some(v)) => Some(format!(
                "oväntat värde {} för {}: inga fler värden väntades",
                q(v),
                q(a)
            )),
            _ => None,
        },
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            arg.map(|a| format!("fel antal värden för {}", q(&a)))
        }
        ErrorKind::NoEquals => arg.map(|a| format!("{} skrivs med likhetstecken (`{a}=…`)", q(&a))),
        ErrorKind::InvalidUtf8 => Some("ett argument är inte giltig UTF-8".to_string()),
        _ => None,
    };
    match body {
        Some(b) => out.push_str(&b),
        None => {
            // No context to write from: clap's own text, with its English prefix replaced.
            let text = e.render().to_string();
            let text = text.strip_prefix("error: ").unwrap_or(&text);
            out.push_str(text.trim_end());
            out.push('\n');
            return (out, code);
        }
    }
    let suggestions = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .flat_map(|k| strings(e.get(k)))
    .collect::<Vec<_>>();
    if !suggestions.is_empty() {
        let s: Vec<String> = suggestions.iter().map(|s| q(s)).collect();
        let _ = write!(out, "\n\n  tips: Menade du {}?", s.join(" eller "));
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        let _ = write!(out, "\n\nAnvändning: {}", usage_words(usage, lang));
    }
    out.push_str("\n\nSkriv `--help` för mer information.\n");
    (out, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        assert_eq!(lang_of(&os(&["sip", "--lang", "en", "check"])), Lang::En);
        assert_eq!(lang_of(&os(&["sip", "check", "--lang=en"])), Lang::En);
        assert_eq!(
            lang_of(&os(&["sip", "--", "--lang", "en"])),
            lang_of(&os(&["sip"]))
        );
    }

    /// Every argument of every command says what it is for.
    fn undescribed(cmd: &Command, path: &str, out: &mut Vec<String>) {
        for a in cmd.get_arguments() {
            let help = a.get_help().map(StyledStr::to_string).unwrap_or_default();
            let help = help.split('[').next().unwrap_or("").trim().to_string();
            if help.is_empty() && !a.is_hide_set() {
                out.push(format!("{path} {}", a.get_id()));
            }
        }
        for sub in cmd.get_subcommands() {
            undescribed(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_argument_has_a_description() {
        let mut out = Vec::new();
        undescribed(&command(Lang::Sv), "sip", &mut out);
        assert!(out.is_empty(), "without a description:\n{}", out.join("\n"));
    }

    /// Every description written in `args.rs` has its English in `help_en` (clap's own texts,
    /// `Print help` and the like, are English already).
    fn untranslated(cmd: &Command, path: &str, out: &mut Vec<String>) {
        let mut texts: Vec<String> = [cmd.get_about(), cmd.get_long_about()]
            .into_iter()
            .flatten()
            .map(StyledStr::to_string)
            .collect();
        for a in cmd.get_arguments() {
            if matches!(
                a.get_action(),
                ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version
            ) {
                continue;
            }
            texts.extend(
                [a.get_help(), a.get_long_help()]
                    .into_iter()
                    .flatten()
                    .map(StyledStr::to_string),
            );
        }
        for t in texts {
            if !t.starts_with("Print ") && help_en::english(&t).is_none() {
                out.push(format!("{path}: {t}"));
            }
        }
        for sub in cmd.get_subcommands() {
            untranslated(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_description_has_its_english() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut out = Vec::new();
        untranslated(&cmd, "sip", &mut out);
        assert!(
            out.is_empty(),
            "add these to src/cli/help_en.rs:\n{}",
            out.join("\n")
        );
    }

    #[test]
    fn the_command_tree_is_valid_in_both_languages() {
        for lang in [Lang::Sv, Lang::En] {
            command(lang).debug_assert();
        }
    }
}
