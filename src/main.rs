//! The `sip` binary: parse arguments, run the command, map the outcome to an exit code
//! (0 clean, 1 findings at error level, 2 could not run, 130 interrupted). Errors go to stderr.

use std::io::IsTerminal;
use std::process::ExitCode;

use sip::cli::{ExitStatus, clap_lang, run};

// Parsing a folder of plans is allocation-heavy (a tree node per YAML value, on two threads):
// mimalloc cuts the instructions spent in the allocator by more than half against glibc's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Help, usage and argument errors in the language asked for (Swedish by default).
    let cli = match clap_lang::parse(std::env::args_os().collect()) {
        Ok(cli) => cli,
        Err((text, code)) => {
            if code == 0 {
                print!("{text}");
            } else if std::io::stderr().is_terminal() {
                eprint!("{text}");
            } else {
                // An argument echoed in the error must not start a CI workflow command.
                eprint!("{}", sip::privacy::for_stderr(&text));
            }
            return ExitCode::from(u8::try_from(code).unwrap_or(2));
        }
    };
    let lang = cli.global.lang;
    match run(cli) {
        Ok(ExitStatus::Success) => ExitCode::SUCCESS,
        Ok(ExitStatus::Failure) => ExitCode::from(1),
        Ok(ExitStatus::Error) => ExitCode::from(2),
        // The reader closed the pipe (`sip list | head`): it has what it wanted.
        Err(sip::error::Error::BrokenPipe) => ExitCode::SUCCESS,
        // Ctrl-C: the message says what was kept; 128 + SIGINT, as a shell reports it.
        Err(e @ sip::error::Error::Interrupted(_)) => {
            eprintln!("{}", sip::privacy::for_stderr(&e.text(lang)));
            ExitCode::from(130)
        }
        Err(e) => {
            // Paths, keys and values in a message come from files others wrote: shown, not run.
            let line = sip::t!(lang, "fel-rad", fel = e.text(lang));
            eprintln!("{}", sip::privacy::for_stderr(&line));
            ExitCode::from(2)
        }
    }
}
