//! The command-line edge: parse arguments, build the context, call one thin function per
//! command. Commands return an [`ExitStatus`]; `main` maps it to 0/1/2.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::workspace::{Workspace, find_root};

pub mod args;
pub mod clap_lang;
pub mod commands;
pub mod editing;
pub mod enum_arg;
pub mod prompt;

pub use args::Cli;

/// How a command ended: 0 nothing at error level, 1 findings at error level, 2 could not run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    Success,
    Failure,
    Error,
}

/// What every command gets.
pub struct Ctx {
    pub lang: Lang,
    pub today: NaiveDate,
    pub quiet: bool,
    pub color: bool,
    pub dir: Option<PathBuf>,
}

impl Ctx {
    pub fn new(g: &args::Global) -> Result<Ctx> {
        let today = match &g.today {
            Some(s) => crate::model::plan::parse_date(s.trim())
                .ok_or_else(|| err!("kommandorad-today-inget-datum", varde = s))?,
            None => chrono::Local::now().date_naive(),
        };
        let color = match g.color {
            args::ColorWhen::Always => true,
            args::ColorWhen::Never => false,
            args::ColorWhen::Auto => auto_color(
                |k| std::env::var_os(k).filter(|v| !v.is_empty()),
                std::io::stdout().is_terminal(),
            ),
        };
        Ok(Ctx {
            lang: g.lang,
            today,
            quiet: g.quiet,
            color,
            dir: g.dir.clone(),
        })
    }

    /// The plan folder: `-C DIR`, else the nearest ancestor of `near` (or the cwd) with
    /// `sip.toml`, else `near` itself (or the cwd).
    pub fn root_for(&self, near: Option<&Path>) -> PathBuf {
        if let Some(d) = &self.dir {
            return d.clone();
        }
        let start = near.map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        find_root(&start).unwrap_or_else(|| {
            // A file, a dangling link or a pipe given as a path: its folder is the plan folder.
            if !start.is_dir() {
                start.parent().map_or_else(
                    || PathBuf::from("."),
                    |p| {
                        if p.as_os_str().is_empty() {
                            PathBuf::from(".")
                        } else {
                            p.to_path_buf()
                        }
                    },
                )
            } else {
                start
            }
        })
    }

    /// Whether a plan folder is given (`-C`) or found: `sip.toml` at or above `near` (or the cwd).
    pub fn has_plan_folder(&self, near: Option<&Path>) -> bool {
        if self.dir.is_some() {
            return true;
        }
        let start = match near {
            Some(p) if p.parent().is_some_and(|d| d.as_os_str().is_empty()) => PathBuf::from("."),
            Some(p) => p.to_path_buf(),
            None => PathBuf::from("."),
        };
        find_root(&start).is_some()
    }

    /// Refuse to write or list outside a plan folder: a plan with personal data must not be
    /// created in a downloads folder, and a CI job pointed at the wrong folder must not pass.
    pub fn require_plan_folder(&self, near: Option<&Path>) -> Result<()> {
        if self.has_plan_folder(near) {
            return Ok(());
        }
        Err(err!("kommandorad-ingen-planmapp"))
    }

    /// Open the plan folder for `near`.
    pub fn workspace(&self, near: Option<&Path>) -> Result<Workspace> {
        self.workspace_at(self.root_for(near))
    }

    /// Open the plan folder `root`.
    pub fn workspace_at(&self, root: PathBuf) -> Result<Workspace> {
        if !root.is_dir() {
            return Err(err!("kommandorad-planmappen-finns-inte", mapp = root));
        }
        Workspace::open(root)
    }
}

/// `--color auto`: `NO_COLOR` (set and not empty) turns colour off; else `FORCE_COLOR` or
/// `CLICOLOR_FORCE` (set, not empty and not `0`) turn it on, also into a pipe or a CI log; else
/// colour on a terminal whose `TERM` is not `dumb`.
fn auto_color(var: impl Fn(&str) -> Option<std::ffi::OsString>, terminal: bool) -> bool {
    if var("NO_COLOR").is_some() {
        return false;
    }
    if ["FORCE_COLOR", "CLICOLOR_FORCE"]
        .iter()
        .any(|k| var(k).is_some_and(|v| v != "0"))
    {
        return true;
    }
    terminal && var("TERM").is_none_or(|t| t != "dumb")
}

/// Print to stdout. A closed pipe (`sip rules | head`) is [`Error::BrokenPipe`], which `main`
/// ends quietly with 0; any other failure (a full disk behind `> report.json`) is an error: a
/// report that was not written must not look like one that was.
pub fn print(text: &str) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(stdout_error)
}

/// Write to stdout with `write` (a renderer), buffered, then flush. As with [`print`], a closed
/// pipe is [`Error::BrokenPipe`] (ended quietly with 0) and any other failed write an error.
pub fn write_stdout(
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    write(&mut out)
        .and_then(|()| out.flush())
        .map_err(stdout_error)
}

/// Write with `write` to `-o FILE` when given, else to stdout as [`write_stdout`] does. A failed
/// write names the file.
pub fn write_output(
    file: Option<&std::path::Path>,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    use std::io::Write;
    let Some(path) = file else {
        return write_stdout(write);
    };
    let fail = |e| Error::io_op(crate::error::IoOp::Write, path, e);
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).map_err(fail)?);
    write(&mut w).and_then(|()| w.flush()).map_err(fail)
}

/// A failed write to stdout as an error of the command.
pub fn stdout_error(e: std::io::Error) -> Error {
    Error::io_op(
        crate::error::IoOp::Write,
        PathBuf::from(t!(Lang::Sv, "kommandorad-standardutmatningen")),
        e,
    )
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> Result<ExitStatus> {
    let ctx = Ctx::new(&cli.global)?;
    use args::Command::*;
    match cli.command {
        Init(a) => commands::init::run(&ctx, a),
        New(a) => commands::new::run(&ctx, a),
        Set(a) => commands::set::run(&ctx, *a),
        Edit(a) => commands::edit::run(&ctx, a),
        Consent(a) => commands::consent::run(&ctx, a),
        Need(a) => commands::need::run(&ctx, a),
        Goal(a) => commands::goal::run(&ctx, a),
        Intervention(a) => commands::intervention::run(&ctx, a),
        Measure(a) => commands::measure::run(&ctx, a),
        Responsible(a) => commands::responsible::run(&ctx, a),
        Meeting(a) => commands::meeting::run(&ctx, a),
        Followup(a) => commands::followup::run(&ctx, a),
        Status(a) => commands::status::run(&ctx, a),
        Close(a) => commands::close::run(&ctx, a),
        Check(a) => commands::check::run(&ctx, a),
        Agenda(a) => commands::agenda::run(&ctx, a),
        Invitation(a) => commands::invitation::run(&ctx, a),
        Show(a) => commands::show::run(&ctx, a),
        Protocol(a) => commands::protocol::run(&ctx, a),
        Followups(a) => commands::followups::run(&ctx, a),
        List(a) => commands::list::run(&ctx, a),
        Stats(a) => commands::stats::run(&ctx, a),
        Report(a) => commands::report::run(&ctx, a),
        Fmt(a) => commands::fmt::run(&ctx, a),
        Schema(a) => commands::schema::run(&ctx, a),
        Completions(a) => commands::completions::run(&ctx, a),
        Man => commands::man::run(&ctx),
        Rules(a) => commands::rules::run(&ctx, a),
        Agreements(a) => commands::agreements::run(&ctx, a),
        Merge(a) => commands::git::merge(&ctx, a),
        SetupGit => commands::git::setup(&ctx),
        History(a) => commands::git::history(&ctx, a),
        Gallra(a) => commands::gallra::run(&ctx, a),
        Representative(a) => commands::people::representative(&ctx, a),
        Relative(a) => commands::people::relative(&ctx, a),
        Own(a) => commands::people::own(&ctx, a),
        Copy(a) => commands::people::copy(&ctx, a),
        Find(a) => commands::find::run(&ctx, a),
        Complete(a) => commands::completions::complete(&ctx, a),
        Keys(a) => commands::crypt::keys(&ctx, a),
        Encrypt(a) => commands::crypt::encrypt(&ctx, a),
        Decrypt(a) => commands::crypt::decrypt(&ctx, a),
    }
}

#[cfg(test)]
mod color_tests {
    use super::auto_color;
    use std::ffi::OsString;

    fn with(vars: &[(&str, &str)], terminal: bool) -> bool {
        auto_color(
            |k| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| OsString::from(*v))
                    .filter(|v| !v.is_empty())
            },
            terminal,
        )
    }

    #[test]
    fn colour_follows_no_color_term_and_force_color() {
        assert!(with(&[], true));
        assert!(!with(&[], false));
        assert!(!with(&[("TERM", "dumb")], true));
        assert!(with(&[("TERM", "xterm-256color")], true));
        assert!(!with(&[("NO_COLOR", "1")], true));
        // An empty NO_COLOR is no NO_COLOR (no-color.org).
        assert!(with(&[("NO_COLOR", "")], true));
        assert!(with(&[("FORCE_COLOR", "1")], false));
        assert!(with(&[("CLICOLOR_FORCE", "1")], false));
        assert!(with(&[("FORCE_COLOR", "1"), ("TERM", "dumb")], false));
        assert!(!with(&[("FORCE_COLOR", "0")], false));
        assert!(!with(&[("FORCE_COLOR", "1"), ("NO_COLOR", "1")], false));
    }
}
