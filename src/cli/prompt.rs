//! Asking for missing input — only when stdin is a terminal. Without a terminal nothing is ever
//! asked: a missing value is an error (exit 2) that names the flag to give.
//!
//! Ctrl-C at a question (or while `sip edit`'s editor runs) does not end sip on the spot: it
//! sets a flag ([`catch_interrupts`], [`interrupted`]), the question returns
//! [`Error::Interrupted`], the terminal is given back as it was (the cursor shown again) and the
//! command ends with exit 130 after it has put away what it must keep.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::{Error, Result};
use crate::i18n::{Lang, help_lang};
use crate::model::enums::ValueSet;

/// Whether `sip` may ask: stdin and stderr (where dialoguer draws) are terminals.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The error for a value that is missing when nothing may be asked.
pub fn missing(flag: &str) -> Error {
    err!("fraga-saknas", flagga = flag)
}

/// dialoguer's plain theme, with its one English word ("error:") in Swedish.
struct Theme;

impl dialoguer::theme::Theme for Theme {
    fn format_error(&self, f: &mut dyn std::fmt::Write, err: &str) -> std::fmt::Result {
        f.write_str(&t!(help_lang(), "fraga-fel", fel = err))
    }
}

fn prompt_error(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = &e;
    if io.kind() == std::io::ErrorKind::Interrupted || interrupted() {
        // dialoguer hid the cursor to draw its list and leaves it hidden on Ctrl-C.
        restore_terminal();
        say("\n");
        return cancelled();
    }
    err!("fraga-kunde-inte-lasa", fel = e.to_string())
}

/// Set by Ctrl-C (SIGINT), SIGTERM and SIGHUP once [`catch_interrupts`] has run.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

#[cfg(unix)]
extern "C" fn on_interrupt(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// From now on Ctrl-C, SIGTERM and SIGHUP set a flag instead of ending sip at once, so that a
/// command can give the terminal back and keep what it must keep. A signal that was ignored
/// when sip started (a job in the background) stays ignored. A program sip starts (the editor)
/// gets the usual handling: a caught signal is reset when a program is started.
pub fn catch_interrupts() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        #[cfg(unix)]
        for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
            // SAFETY: the handler only stores to an atomic, which is async-signal-safe; the
            // structs are zeroed C structs filled before use. No SA_RESTART: a read waiting for
            // an answer returns, so the question can end.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_interrupt as *const () as libc::sighandler_t;
                libc::sigemptyset(&mut action.sa_mask);
                let mut old: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(signal, &action, &mut old) == 0
                    && old.sa_sigaction == libc::SIG_IGN
                {
                    libc::sigaction(signal, &old, std::ptr::null_mut());
                }
            }
        }
    });
}

/// Write to the terminal (stderr) where questions are asked; a terminal that is gone (SIGHUP) is
/// no reason to stop, since what must be kept is not kept yet.
pub fn say(text: &str) {
    use std::io::Write;
    let mut err = std::io::stderr();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// Before a question: catch Ctrl-C from now on, and stop if it already came.
fn ready() -> Result<()> {
    catch_interrupts();
    if interrupted() {
        restore_terminal();
        return Err(cancelled());
    }
    Ok(())
}

/// Whether Ctrl-C (or SIGTERM, SIGHUP) came since [`catch_interrupts`].
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// The error of a question left with Ctrl-C (exit 130).
pub fn cancelled() -> Error {
    Error::Interrupted(msg!("fraga-avbrutet"))
}

#[cfg(unix)]
static TERMINAL: std::sync::Mutex<Option<libc::termios>> = std::sync::Mutex::new(None);

/// Remember the terminal's settings (of stdin, when it is a terminal) for [`restore_terminal`]:
/// an editor killed by a signal may leave it in raw mode.
pub fn save_terminal() {
    #[cfg(unix)]
    if std::io::stdin().is_terminal() {
        // SAFETY: tcgetattr fills the zeroed struct; fd 0 is open (it is a terminal).
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut t) == 0 {
                if let Ok(mut saved) = TERMINAL.lock() {
                    *saved = Some(t);
                }
            }
        }
    }
}

/// Give the terminal back as it was: the settings [`save_terminal`] remembered, and the cursor
/// shown (on stderr, where the questions are drawn, when it is a terminal).
pub fn restore_terminal() {
    #[cfg(unix)]
    if let Ok(saved) = TERMINAL.lock() {
        if let Some(t) = saved.as_ref() {
            // SAFETY: restores settings read from the same terminal.
            unsafe {
                libc::tcsetattr(0, libc::TCSANOW, t);
            }
        }
    }
    if std::io::stderr().is_terminal() {
        use std::io::Write;
        let mut err = std::io::stderr();
        let _ = err.write_all(b"\x1b[?25h");
        let _ = err.flush();
    }
}

/// A value that must be given: the flag's, or asked for on a terminal.
pub fn required(flag: &str, value: Option<String>, question: &str) -> Result<String> {
    if let Some(v) = value {
        return Ok(v);
    }
    if !interactive() {
        return Err(missing(flag));
    }
    ready()?;
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
    ready()?;
    let answer = dialoguer::Input::<String>::with_theme(&Theme)
        .with_prompt(t!(help_lang(), "fraga-valfri", fraga = question))
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
    ready()?;
    let answer = dialoguer::Input::<String>::with_theme(&Theme)
        .with_prompt(t!(help_lang(), "fraga-valfri", fraga = question))
        .allow_empty(true)
        .validate_with(|s: &String| -> std::result::Result<(), String> {
            if s.trim().is_empty() {
                return Ok(());
            }
            check(s.trim()).map(|_| ()).map_err(|e| e.text(help_lang()))
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
    let mut items: Vec<String> = Vec::new();
    if skip {
        items.push(t!(help_lang(), "fraga-hoppa-over"));
    }
    items.extend(choices.iter().map(|(_, shown)| shown.clone()));
    ready()?;
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
    ready()?;
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
/// without a terminal. An answer that is neither asks again. Ctrl-C is [`cancelled`].
pub fn yes_no(question: &str, default: bool, lang: Lang) -> Result<bool> {
    if !interactive() {
        return Ok(default);
    }
    catch_interrupts();
    let hint = if default {
        t!(lang, "fraga-ja-nej-standard-ja")
    } else {
        t!(lang, "fraga-ja-nej-standard-nej")
    };
    loop {
        say(&format!("{question} {hint} "));
        let Some(line) = read_answer()? else {
            return Ok(default);
        };
        if let Some(yes) = parse_yes_no(&line, default) {
            return Ok(yes);
        }
        say(&format!("{}\n", t!(lang, "fraga-svara-ja-nej")));
    }
}

/// One line typed on the terminal (at most 1,000 bytes are kept), `None` at its end. Ctrl-C
/// ends the wait: the flag is looked at before every wait for a key, and a wait lasts at most a
/// tenth of a second, so a Ctrl-C that came just before it is not missed either.
fn read_answer() -> Result<Option<String>> {
    let failed = |e: std::io::Error| err!("fraga-kunde-inte-lasa", fel = e.to_string());
    let mut line = Vec::new();
    loop {
        if interrupted() {
            restore_terminal();
            say("\n");
            return Err(cancelled());
        }
        match read_key_byte() {
            Ok(None) => {}
            Ok(Some(None)) if line.is_empty() => return Ok(None),
            Ok(Some(None)) | Ok(Some(Some(b'\n'))) => break,
            Ok(Some(Some(byte))) => {
                if line.len() < 1000 {
                    line.push(byte);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(failed(e)),
        }
    }
    Ok(Some(String::from_utf8_lossy(&line).into_owned()))
}

/// One byte of stdin: `None` when none came within a tenth of a second, `Some(None)` at the end.
#[cfg(unix)]
fn read_key_byte() -> std::io::Result<Option<Option<u8>>> {
    let mut poll = libc::pollfd {
        fd: 0,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd; stdin (fd 0) is open for the life of the process.
    let ready = unsafe { libc::poll(&mut poll, 1, 100) };
    if ready < 0 {
        return Err(std::io::Error::last_os_error());
    }
    if ready == 0 {
        return Ok(None);
    }
    let mut byte = 0u8;
    // SAFETY: reads at most one byte into a valid byte; straight from the descriptor, so that
    // nothing typed waits in a buffer that poll cannot see.
    let n = unsafe { libc::read(0, (&raw mut byte).cast(), 1) };
    match n {
        n if n < 0 => Err(std::io::Error::last_os_error()),
        0 => Ok(Some(None)),
        _ => Ok(Some(Some(byte))),
    }
}

#[cfg(not(unix))]
fn read_key_byte() -> std::io::Result<Option<Option<u8>>> {
    use std::io::Read;
    let mut byte = [0u8; 1];
    match std::io::stdin().lock().read(&mut byte)? {
        0 => Ok(Some(None)),
        _ => Ok(Some(Some(byte[0]))),
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
