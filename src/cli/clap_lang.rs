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
    localize(cmd, lang, &[], true, false)
}

/// The command tree for the shells' completion scripts: as [`command`], with the Swedish
/// aliases kept as clap's visible aliases, so that the scripts complete them like their commands.
pub fn completion_command(lang: Lang) -> Command {
    crate::i18n::set_help_lang(lang);
    let mut cmd = Cli::command();
    cmd.build();
    localize(cmd, lang, &[], true, true)
}

/// The Fluent id of a command's help (`locales/*/hjalp.ftl`): `hjalp-sip` for sip itself,
/// `hjalp-meeting-add` for `sip meeting add`; its attribute `.utforlig` is the longer text of
/// `--help`.
pub fn command_id(path: &[String]) -> String {
    if path.is_empty() {
        "hjalp-sip".to_string()
    } else {
        format!("hjalp-{}", path.join("-"))
    }
}

/// The Fluent id of an argument's help: the command's id, `--` and the argument's id
/// (`hjalp-check--format`, `hjalp-check--paths`); a global flag's is `sip`'s (`hjalp-sip--lang`).
pub fn arg_id(path: &[String], a: &Arg) -> String {
    let cmd = if a.is_global_set() {
        command_id(&[])
    } else {
        command_id(path)
    };
    format!("{cmd}--{}", a.get_id().as_str().replace('_', "-"))
}

/// The placeholder clap writes for an argument's value: its `value_name`, else its id in
/// capitals (`PATHS`); `None` for a flag without a value.
fn value_name(a: &Arg) -> Option<String> {
    if !a.get_num_args().is_some_and(|n| n.takes_values()) {
        return None;
    }
    match a.get_value_names() {
        Some([one]) => Some(one.to_string()),
        Some(_) => None,
        None => Some(a.get_id().as_str().to_uppercase()),
    }
}

/// The Fluent id of a value's placeholder: `hjalp-namn-` and the name clap has, in small
/// ASCII letters (`PATHS` → `hjalp-namn-paths`, `SÖKVÄG` → `hjalp-namn-sokvag`).
pub fn value_name_id(name: &str) -> String {
    let key: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            '|' | '_' => '-',
            c => c,
        })
        .collect();
    format!("hjalp-namn-{key}")
}

/// A help text, when the language has it.
fn text(lang: Lang, id: &str) -> Option<String> {
    crate::i18n::has(lang, id).then(|| crate::i18n::tr(lang, id, &[]))
}

fn localize(
    mut cmd: Command,
    lang: Lang,
    path: &[String],
    root: bool,
    keep_aliases: bool,
) -> Command {
    let id = command_id(path);
    if let Some(about) = text(lang, &id) {
        cmd = cmd.about(about);
    }
    if let Some(long) = text(lang, &format!("{id}.utforlig")) {
        cmd = cmd.long_about(long);
    }
    if !root && !keep_aliases {
        cmd = aliases_in_about(cmd, lang);
    }
    let headings = (
        t!(lang, "hjalp-rubrik-argument"),
        t!(lang, "hjalp-rubrik-flaggor"),
    );
    // clap gives `--help` a longer line when there is a longer help: it decided that when the
    // tree was built, before the longer texts came from the resources.
    let long_help = cmd.get_long_about().is_some()
        || cmd.get_arguments().any(|a| {
            a.get_long_help().is_some()
                || crate::i18n::has(lang, &format!("{}.utforlig", arg_id(path, a)))
        });
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for arg in ids {
        cmd = cmd.mut_arg(&arg, |a| localize_arg(a, lang, path, &headings, long_help));
    }
    cmd = cmd
        .help_template(template(lang))
        .subcommand_help_heading(t!(lang, "hjalp-rubrik-kommandon"))
        .subcommand_value_name(t!(lang, "hjalp-platshallare-kommando"));
    if root {
        cmd = cmd.after_help(t!(lang, "hjalp-mer-om-ett-kommando"));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| {
            if name == "help" {
                // clap's `help` command lists the commands again: they keep their own ids.
                let sub = localize(sub, lang, path, false, keep_aliases);
                sub.about(t!(lang, "hjalp-kommandot-help"))
                    .long_about(None::<&'static str>)
            } else {
                let mut p = path.to_vec();
                p.push(name.clone());
                localize(sub, lang, &p, false, keep_aliases)
            }
        });
    }
    cmd
}

/// `[aliases: ny]` is clap's English: the aliases go into the description instead, and stay
/// accepted (hidden from clap's own list).
fn aliases_in_about(cmd: Command, lang: Lang) -> Command {
    let aliases: Vec<String> = cmd.get_visible_aliases().map(str::to_string).collect();
    if aliases.is_empty() || lang == Lang::En {
        return cmd;
    }
    let about = cmd.get_about().map(|s| s.to_string()).unwrap_or_default();
    let mut cmd = cmd.visible_alias(None).about(t!(
        lang,
        "hjalp-kommando-med-alias",
        om = about,
        alias = aliases.join(", ")
    ));
    for a in aliases {
        cmd = cmd.alias(a);
    }
    cmd
}

fn template(lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            t!(lang, "hjalp-anvandning")
        ),
        Lang::En => {
            "{before-help}{about-with-newline}\n{usage-heading} {usage}\n\n{all-args}{after-help}"
                .to_string()
        }
    }
}

fn localize_arg(
    a: Arg,
    lang: Lang,
    path: &[String],
    headings: &(String, String),
    long_help: bool,
) -> Arg {
    let a = match value_name(&a).and_then(|n| text(lang, &value_name_id(&n))) {
        Some(name) => a.value_name(name),
        None => a,
    };
    let mut a = if a.get_help_heading().is_none() {
        let heading = if a.is_positional() {
            &headings.0
        } else {
            &headings.1
        };
        a.help_heading(heading.clone())
    } else {
        a
    };
    match a.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
            return if long_help {
                a.help(t!(lang, "hjalp-flaggan-help-kort"))
                    .long_help(t!(lang, "hjalp-flaggan-help-lang"))
            } else {
                a.help(t!(lang, "hjalp-flaggan-help"))
            };
        }
        ArgAction::Version => return a.help(t!(lang, "hjalp-flaggan-version")),
        _ => {}
    }
    let id = arg_id(path, &a);
    if let Some(help) = text(lang, &id) {
        a = a.help(help);
    }
    if let Some(long) = text(lang, &format!("{id}.utforlig")) {
        a = a.long_help(long);
    }
    if lang == Lang::En {
        return a;
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
        extra.push(t!(lang, "hjalp-mojliga-varden", varden = values.join(", ")));
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && takes_value && !a.is_hide_default_value_set() {
        extra.push(t!(
            lang,
            "hjalp-standardvarde",
            varden = defaults.join(", ")
        ));
    }
    if let Some(env) = a.get_env() {
        if !a.is_hide_env_set() {
            extra.push(t!(
                lang,
                "hjalp-miljovariabel",
                namn = env.to_string_lossy()
            ));
        }
    }
    let aliases: Vec<String> = a
        .get_visible_aliases()
        .unwrap_or_default()
        .into_iter()
        .map(|s| format!("--{s}"))
        .collect();
    if !aliases.is_empty() {
        extra.push(t!(lang, "hjalp-flagga-alias", alias = aliases.join(", ")));
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
        Lang::Sv => text.replace(
            "[OPTIONS]",
            &format!("[{}]", t!(lang, "hjalp-platshallare-flaggor")),
        ),
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
    let body = match e.kind() {
        ErrorKind::InvalidValue => match (&arg, &value) {
            (Some(a), Some(v)) if v.is_empty() => {
                Some(t!(lang, "hjalp-fel-inget-varde", flagga = a))
            }
            (Some(a), Some(v)) => {
                let mut s = t!(lang, "hjalp-fel-ogiltigt-varde", varde = v, flagga = a);
                let valid = strings(e.get(ContextKind::ValidValue));
                if !valid.is_empty() {
                    let list = t!(lang, "hjalp-fel-mojliga-varden", varden = valid.join(", "));
                    let _ = write!(s, "\n  {list}");
                }
                Some(s)
            }
            _ => None,
        },
        ErrorKind::ValueValidation => match (&arg, &value) {
            (Some(a), Some(v)) => Some(t!(lang, "hjalp-fel-ogiltigt-varde", varde = v, flagga = a)),
            _ => None,
        },
        ErrorKind::UnknownArgument => {
            arg.map(|a| t!(lang, "hjalp-fel-okant-argument", argument = a))
        }
        ErrorKind::InvalidSubcommand => string(e.get(ContextKind::InvalidSubcommand))
            .map(|s| t!(lang, "hjalp-fel-okant-kommando", kommando = s)),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(e.get(ContextKind::InvalidArg));
            (!missing.is_empty()).then(|| {
                let mut s = t!(lang, "hjalp-fel-argument-saknas", antal = missing.len());
                for m in missing {
                    let _ = write!(s, "\n  {m}");
                }
                s
            })
        }
        ErrorKind::MissingSubcommand => string(e.get(ContextKind::InvalidSubcommand)).map(|s| {
            let mut t = t!(lang, "hjalp-fel-behover-kommando", kommando = s);
            let valid = strings(e.get(ContextKind::ValidSubcommand));
            if !valid.is_empty() {
                let list = t!(lang, "hjalp-fel-kommandon", kommandon = valid.join(", "));
                let _ = write!(t, "\n  {list}");
            }
            t
        }),
        ErrorKind::ArgumentConflict => arg.map(|a| {
            let prior = strings(e.get(ContextKind::PriorArg));
            if prior.first() == Some(&a) {
                t!(lang, "hjalp-fel-bara-en-gang", flagga = a)
            } else if prior.is_empty() {
                t!(lang, "hjalp-fel-inte-med-de-andra", flagga = a)
            } else {
                let p: Vec<String> = prior.iter().map(|p| format!("`{p}`")).collect();
                t!(lang, "hjalp-fel-inte-med", flagga = a, andra = p.join(", "))
            }
        }),
        ErrorKind::TooManyValues => match (&arg, &value) {
            (Some(a), Some(v)) => Some(t!(
                lang,
                "hjalp-fel-for-manga-varden",
                varde = v,
                flagga = a
            )),
            _ => None,
        },
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            arg.map(|a| t!(lang, "hjalp-fel-antal-varden", flagga = a))
        }
        ErrorKind::NoEquals => arg.map(|a| t!(lang, "hjalp-fel-likhetstecken", flagga = a)),
        ErrorKind::InvalidUtf8 => Some(t!(lang, "hjalp-fel-utf8")),
        _ => None,
    };
    let Some(body) = body else {
        // No context to write from: clap's own text, with its English prefix replaced.
        let text = e.render().to_string();
        let text = text.strip_prefix("error: ").unwrap_or(&text);
        let out = t!(lang, "hjalp-fel", fel = text.trim_end());
        return (format!("{out}\n"), code);
    };
    let mut out = t!(lang, "hjalp-fel", fel = body);
    let suggestions = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .flat_map(|k| strings(e.get(k)))
    .collect::<Vec<_>>();
    if !suggestions.is_empty() {
        let s: Vec<String> = suggestions.iter().map(|s| format!("`{s}`")).collect();
        let or = format!(" {} ", t!(lang, "hjalp-fel-eller"));
        let tip = t!(lang, "hjalp-fel-menade-du", forslag = s.join(&or));
        let _ = write!(out, "\n\n  {tip}");
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        let heading = t!(lang, "hjalp-anvandning");
        let _ = write!(out, "\n\n{heading} {}", usage_words(usage, lang));
    }
    let _ = write!(out, "\n\n{}\n", t!(lang, "hjalp-fel-mer-information"));
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

    /// What lacks its help in `lang`: every visible command and argument of the tree `sip`
    /// parses with, by the Fluent id it needs, and every value name without its id.
    fn missing(lang: Lang) -> Vec<String> {
        fn walk(cmd: &Command, path: &[String], lang: Lang, out: &mut Vec<String>) {
            let id = command_id(path);
            if !cmd.is_hide_set() && !crate::i18n::has(lang, &id) {
                out.push(id);
            }
            for a in cmd.get_arguments() {
                if a.is_hide_set()
                    || (a.is_global_set() && !path.is_empty())
                    || matches!(
                        a.get_action(),
                        ArgAction::Help
                            | ArgAction::HelpShort
                            | ArgAction::HelpLong
                            | ArgAction::Version
                    )
                {
                    continue;
                }
                let id = arg_id(path, a);
                if !crate::i18n::has(lang, &id) {
                    out.push(id);
                }
                if let Some(name) = value_name(a) {
                    let id = value_name_id(&name);
                    if !crate::i18n::has(lang, &id) && !out.contains(&id) {
                        out.push(id);
                    }
                }
                for v in a.get_possible_values() {
                    let help = v.get_help().map(StyledStr::to_string).unwrap_or_default();
                    if help.starts_with("hjalp-") {
                        out.push(help);
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                if sub.get_name() == "help" {
                    continue;
                }
                let mut p = path.to_vec();
                p.push(sub.get_name().to_string());
                walk(sub, &p, lang, out);
            }
        }
        crate::i18n::set_help_lang(lang);
        let mut cmd = Cli::command();
        cmd.build();
        let mut out = Vec::new();
        walk(&cmd, &[], lang, &mut out);
        out
    }

    /// Every command, flag, argument and value name has its help in `locales/*/hjalp.ftl`, in
    /// both languages (a new one: add the ids this names, in both files).
    #[test]
    fn every_command_and_argument_has_its_help_in_both_languages() {
        for lang in [Lang::Sv, Lang::En] {
            let out = missing(lang);
            assert!(
                out.is_empty(),
                "missing in hjalp.ftl ({:?}):\n{}",
                lang,
                out.join("\n")
            );
        }
    }

    /// The help in the tree `sip` prints: every visible argument says what it is for, and no
    /// text is an id left unresolved.
    #[test]
    fn every_argument_has_a_description() {
        fn walk(cmd: &Command, path: &str, out: &mut Vec<String>) {
            for a in cmd.get_arguments() {
                let help = a.get_help().map(StyledStr::to_string).unwrap_or_default();
                let help = help.split('[').next().unwrap_or("").trim().to_string();
                if (help.is_empty() && !a.is_hide_set()) || help.starts_with("hjalp-") {
                    out.push(format!("{path} {}", a.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), out);
            }
        }
        for lang in [Lang::Sv, Lang::En] {
            let mut out = Vec::new();
            walk(&command(lang), "sip", &mut out);
            assert!(out.is_empty(), "without a description:\n{}", out.join("\n"));
        }
    }

    /// Every id of `hjalp.ftl` that names a command or an argument names one that exists, so
    /// that a text does not stay behind when its flag goes.
    #[test]
    fn every_help_id_names_a_command_or_argument() {
        fn walk(cmd: &Command, path: &[String], ids: &mut Vec<String>) {
            ids.push(command_id(path));
            for a in cmd.get_arguments() {
                ids.push(arg_id(path, a));
            }
            for sub in cmd.get_subcommands() {
                let mut p = path.to_vec();
                p.push(sub.get_name().to_string());
                walk(sub, &p, ids);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut known = Vec::new();
        walk(&cmd, &[], &mut known);
        let (_, text) = crate::i18n::sources(Lang::Sv)
            .iter()
            .find(|(name, _)| name.ends_with("hjalp.ftl"))
            .expect("locales/sv/hjalp.ftl");
        let stale: Vec<&str> = text
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
            .filter(|id| id.starts_with("hjalp-") && !id.contains(' '))
            .filter(|id| {
                let is_command_or_arg =
                    !["hjalp-namn-", "hjalp-varde-", "hjalp-fel", "hjalp-rubrik-"]
                        .iter()
                        .any(|p| id.starts_with(p));
                is_command_or_arg
                    && (id.contains("--") || !FIXED.contains(id))
                    && !known.iter().any(|k| k == id)
            })
            .collect();
        assert!(
            stale.is_empty(),
            "no such command or argument:\n{}",
            stale.join("\n")
        );
    }

    /// The ids of `hjalp.ftl` that are not a command's: clap_lang's own words.
    const FIXED: &[&str] = &[
        "hjalp-platshallare-kommando",
        "hjalp-platshallare-flaggor",
        "hjalp-anvandning",
        "hjalp-mer-om-ett-kommando",
        "hjalp-kommandot-help",
        "hjalp-flaggan-help",
        "hjalp-flaggan-help-kort",
        "hjalp-flaggan-help-lang",
        "hjalp-flaggan-version",
        "hjalp-kommando-med-alias",
        "hjalp-mojliga-varden",
        "hjalp-standardvarde",
        "hjalp-miljovariabel",
        "hjalp-flagga-alias",
    ];

    #[test]
    fn the_command_tree_is_valid_in_both_languages() {
        for lang in [Lang::Sv, Lang::En] {
            command(lang).debug_assert();
        }
    }
}
