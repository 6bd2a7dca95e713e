//! Asking for missing input — only when stdin is a terminal. Without a terminal nothing is ever
//! asked: a missing value is an error (exit 2) that names the flag to give.

use std::io::IsTerminal;

use crate::error::{Error, Result};
use crate::model::enums::ValueSet;

/// Whether `sip` may ask: stdin and stderr (where dialoguer draws) are terminals.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The error for a value that is missing when nothing may be asked.
pub fn missing(flag: &str) -> Error {
    Error::msg(
        format!(
            "{flag} saknas: ange den på kommandoraden (sip frågar bara när den körs på en terminal)"
        ),
        format!(
            "{flag} is missing: give it on the command line (sip only asks when run at a terminal)"
        ),
    )
}

/// dialoguer's plain theme, with its one English word ("error:") in Swedish.
struct Theme;

impl dialoguer::theme::Theme for Theme {
    fn format_error(&self, f: &mut dyn std::fmt::Write, err: &str) -> std::fmt::Result {
        write!(f, "fel: {err}")
    }
}

fn prompt_error(e: dialoguer::Error) -> Error {
    Error::msg(
        format!("kunde inte läsa svaret: {e}"),
        format!("could not read the answer: {e}"),
    )
}

/// A value that must be given: the flag's, or asked for on a terminal.
pub fn required(flag: &str, value: Option<String>, question: &str) -> Result<String> {
    if let Some(v) = value {
        return Ok(v);
    }
    if !interactive() {
        return Err(missing(flag));
    }
    dialoguer::Input::<String>::with_theme(&Theme)
        .with_prompt(question)
        .interact_text()
        .map_err(prompt_error)
}

/// A value that may be left out: the flag's, or asked for on a terminal (empty answer: none).
pub fn optional(value: Option<String>, question: &str) -> Result<Option<String>> {
    if value.is_some() || !interactive() {
        return Ok(value);
    }
    let answer = dialoguer::Input::<String>::with_theme(&Theme)
        .with_prompt(format!("{question} (tomt: hoppa över)"))
        .allow_empty(true)
        .interact_text()
        .map_err(prompt_error)?;
    let answer = answer.trim().to_string();
    Ok((!answer.is_empty()).then_some(answer))
}

/// Like [`optional`], but an answer is checked with `check` (the same check the flag gets) and
/// asked again, with the reason, until it passes or is left empty.
pub fn optional_checked(
    value: Option<String>,
    question: &str,
    check: impl Fn(&str) -> Result<String>,
) -> Result<Option<String>> {
    if value.is_some() || !interactive() {
        return Ok(value);
    }
    let answer = dialoguer::Input::<String>::with_theme(&Theme)
        .with_prompt(format!("{question} (tomt: hoppa över)"))
        .allow_empty(true)
        .validate_with(|s: &String| -> std::result::Result<(), String> {
            if s.trim().is_empty() {
                return Ok(());
            }
            check(s.trim())
                .map(|_| ())
                .map_err(|e| e.text(crate::i18n::Lang::Sv))
        })
        .interact_text()
        .map_err(prompt_error)?;
    let answer = answer.trim().to_string();
    Ok((!answer.is_empty()).then_some(answer))
}

/// Pick one of `choices` (value, shown text); `skip` adds a "none" choice, first and chosen by
/// Enter, so that nothing is recorded that nobody chose.
pub fn pick(
    flag: &str,
    value: Option<String>,
    question: &str,
    choices: &[(String, String)],
    skip: bool,
) -> Result<Option<String>> {
    if value.is_some() {
        return Ok(value);
    }
    if !interactive() {
        return if skip { Ok(None) } else { Err(missing(flag)) };
    }
    let mut items: Vec<&str> = Vec::new();
    if skip {
        items.push("(hoppa över)");
    }
    items.extend(choices.iter().map(|(_, shown)| shown.as_str()));
    let i = dialoguer::Select::with_theme(&Theme)
        .with_prompt(question)
        .items(&items)
        .default(0)
        .interact()
        .map_err(prompt_error)?;
    let i = if skip {
        match i.checked_sub(1) {
            Some(i) => i,
            None => return Ok(None),
        }
    } else {
        i
    };
    Ok(choices.get(i).map(|(v, _)| v.clone()))
}

/// The values of a value set as choices: the value, shown with `_` as a space.
fn value_choices<E: ValueSet>() -> Vec<(String, String)> {
    E::ALL
        .iter()
        .map(|v| (v.to_string(), v.replace('_', " ")))
        .collect()
}

/// A value of a value set that must be given: the flag's, or picked on a terminal.
pub fn pick_value<E: ValueSet>(flag: &str, value: Option<E>, question: &str) -> Result<E> {
    if let Some(v) = value {
        return Ok(v);
    }
    pick(flag, None, question, &value_choices::<E>(), false)?
        .as_deref()
        .and_then(E::parse)
        .ok_or_else(|| missing(flag))
}

/// A value of a value set that may be left out: the flag's, or picked on a terminal (with a
/// first choice that skips it).
pub fn pick_optional_value<E: ValueSet>(value: Option<E>, question: &str) -> Result<Option<E>> {
    if value.is_some() {
        return Ok(value);
    }
    Ok(pick("", None, question, &value_choices::<E>(), true)?
        .as_deref()
        .and_then(E::parse))
}

/// Yes or no on a terminal; `default` without one.
pub fn confirm(question: &str, default: bool) -> Result<bool> {
    if !interactive() {
        return Ok(default);
    }
    dialoguer::Confirm::with_theme(&Theme)
        .with_prompt(question)
        .default(default)
        .interact()
        .map_err(prompt_error)
}

/// An answer to a yes/no question, in Swedish or English: `j`, `ja`, `y`, `yes` / `n`, `nej`,
/// `no` (case ignored); an empty answer takes the default; anything else is no answer.
pub fn parse_yes_no(answer: &str, default: bool) -> Option<bool> {
    match answer.trim().to_lowercase().as_str() {
        "" => Some(default),
        "j" | "ja" | "y" | "yes" => Some(true),
        "n" | "nej" | "no" => Some(false),
        _ => None,
    }
}

/// Ask yes or no on a terminal, with `[J/n]` in Swedish and `[Y/n]` in English; `default`
/// without a terminal. An answer that is neither asks again.
pub fn yes_no(question: &str, default: bool, lang: crate::i18n::Lang) -> Result<bool> {
    use std::io::{BufRead, Write};
    if !interactive() {
        return Ok(default);
    }
    let hint = match (lang, default) {
        (crate::i18n::Lang::Sv, true) => "[J/n]",
        (crate::i18n::Lang::Sv, false) => "[j/N]",
        (crate::i18n::Lang::En, true) => "[Y/n]",
        (crate::i18n::Lang::En, false) => "[y/N]",
    };
    let stdin = std::io::stdin();
    loop {
        eprint!("{question} {hint} ");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        let read = stdin.lock().read_line(&mut line).map_err(|e| {
            Error::msg(
                format!("kunde inte läsa svaret: {e}"),
                format!("could not read the answer: {e}"),
            )
        })?;
        if read == 0 {
            return Ok(default);
        }
        if let Some(yes) = parse_yes_no(&line, default) {
            return Ok(yes);
        }
        eprintln!(
            "{}",
            lang.pick("Svara j (ja) eller n (nej).", "Answer y (yes) or n (no).")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::parse_yes_no;

    #[test]
    fn yes_and_no_in_both_languages() {
        for yes in ["j", "Ja", "JA", "y", "yes", " Yes\n"] {
            assert_eq!(parse_yes_no(yes, false), Some(true), "{yes}");
        }
        for no in ["n", "nej", "Nej", "no", "NO"] {
            assert_eq!(parse_yes_no(no, true), Some(false), "{no}");
        }
        assert_eq!(parse_yes_no("\n", true), Some(true));
        assert_eq!(parse_yes_no("", false), Some(false));
        assert_eq!(parse_yes_no("kanske", true), None);
    }
}
