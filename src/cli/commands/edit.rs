//! `sip edit PLAN`: open the plan in `$VISUAL`/`$EDITOR` (else `vi`), check it when the editor
//! closes, and on a terminal show what is wrong and offer to open it again while it has errors
//! (`[J/n]`; `[Y/n]` with `--lang en`). The text is saved exactly as the person wrote it,
//! atomically, and only if nobody changed the file meanwhile.
//!
//! The editor works on a copy in a private folder beside the plan (`.sip-redigering-…`, mode
//! 0700, the copy 0600): on the plan's own file system, never in a shared temporary folder,
//! ignored by git (a `.gitignore` inside it) and by the folder walk (it is hidden). The folder
//! is removed on every way out. Whenever the person's text cannot be saved — the plan changed
//! meanwhile, Ctrl-C, the text is over 1 MB, the plan is locked or read-only, the editor failed —
//! the text is kept beside the plan as `.<file>.redigerad-<time>` (another name when that one is
//! taken), and when even that is not possible (a full disk) the copy stays where it is; the
//! message says where.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::check::{CheckResult, FileReport};
use crate::cli::args::PlanArg;
use crate::cli::{Ctx, ExitStatus};
use crate::cli::{editing, prompt};
use crate::edit::write;
use crate::error::{Error, Result};
use crate::findings::Severity;
use crate::i18n::Msg;
use crate::report::{Format, ReportConfig, render};
use crate::source::{ReadError, SourceFile};
use crate::workspace::{PlanFile, Workspace};

fn editor() -> Vec<String> {
    let var = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".into());
    // Quoted as a shell would (`"/opt/My Editor/ed" --wait`); an unbalanced quote falls back to
    // splitting on whitespace.
    shell_words::split(&var)
        .unwrap_or_else(|_| var.split_whitespace().map(str::to_string).collect())
}

/// The editor's copy of the plan, in a private folder beside it, removed when dropped unless
/// [`WorkCopy::leave`] keeps it (or sip panics).
struct WorkCopy {
    dir: Option<tempfile::TempDir>,
    file: PathBuf,
}

impl Drop for WorkCopy {
    /// A bug that panics must not take the person's text with it: the folder then stays.
    fn drop(&mut self) {
        if std::thread::panicking() {
            if let Some(dir) = self.dir.take() {
                let _ = dir.keep();
            }
        }
    }
}

impl WorkCopy {
    /// A private folder in `beside`'s folder holding a copy of `text` under `beside`'s name.
    fn new(beside: &Path, text: &[u8]) -> Result<WorkCopy> {
        let folder = match beside.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = beside
            .file_name()
            .map_or_else(|| "plan.yaml".into(), |n| n.to_owned());
        let mut builder = tempfile::Builder::new();
        builder
            .prefix(crate::workspace::EDIT_DIR_PREFIX)
            .rand_bytes(8);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o700));
        }
        let dir = builder
            .tempdir_in(folder)
            .map_err(|e| Error::io_op(crate::error::IoOp::Create, folder, e))?;
        let failed = |p: &Path, e| Error::io_op(crate::error::IoOp::Write, p, e);
        private(dir.path(), 0o700).map_err(|e| failed(dir.path(), e))?;
        // Whatever git is told by the folder's own .gitignore, this folder is never committed.
        let ignore = dir.path().join(".gitignore");
        write_private(&ignore, b"*\n").map_err(|e| failed(&ignore, e))?;
        let file = dir.path().join(name);
        write_private(&file, text).map_err(|e| failed(&file, e))?;
        Ok(WorkCopy {
            dir: Some(dir),
            file,
        })
    }

    /// Keep the folder (the person's text could not be put anywhere else); its copy's path.
    fn leave(mut self) -> PathBuf {
        if let Some(dir) = self.dir.take() {
            let _ = dir.keep();
        }
        self.file.clone()
    }
}

/// Set `path`'s mode exactly (the umask may have taken bits off; others never get any).
fn private(path: &Path, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
        Ok(())
    }
}

/// Create `path` (never over another file) for the owner alone and write `text` to it.
fn write_private(path: &Path, text: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    private(path, 0o600)?;
    file.write_all(text)?;
    file.sync_all()
}

/// How an edit ended without saving the person's text.
enum Stop {
    /// The plan changed on disk while it was open.
    Changed,
    /// Ctrl-C, SIGTERM or SIGHUP.
    Interrupted,
    /// The text is over the cap every read keeps to (the reason, sv and en).
    TooLarge(Msg),
    /// Anything else: the lock, a read-only plan, the editor.
    Failed(Error),
}

impl From<Error> for Stop {
    fn from(e: Error) -> Stop {
        match e {
            Error::Interrupted(_) => Stop::Interrupted,
            Error::ChangedOnDisk(_) => Stop::Changed,
            e => Stop::Failed(e),
        }
    }
}

/// What was saved: the text and its findings.
struct Saved {
    report: FileReport,
    text: Vec<u8>,
}

pub fn run(ctx: &Ctx, a: PlanArg) -> Result<ExitStatus> {
    let near = Path::new(&a.plan);
    ctx.require_plan_folder(near.is_file().then_some(near))?;
    let ws = ctx.workspace(near.is_file().then_some(near))?;
    let file = ws.find_plan(&a.plan)?;
    // No lock while the editor is open (that may take an hour): the lock is taken to save, and
    // the file must then still hold what was read, or the person's text is kept aside.
    let target = write::resolve_readable(&file.path, &ws.root)?;
    let original = crate::source::read_capped(&target).map_err(|e| Error::read(&file.path, e))?;
    // An encrypted plan is edited in its clear text (refused without a key), which lives only in
    // the private folder's copy; what is saved, or kept aside, is encrypted again.
    let opened = match std::str::from_utf8(&original) {
        Ok(text) => {
            crate::crypt::read::open_for_edit(text, &file.display, &editing::file_id(&file))?
        }
        Err(_) => None,
    };
    let sealed = opened.is_some();
    let shown = zeroize::Zeroizing::new(match &opened {
        Some(o) => o.opened.clear.as_bytes().to_vec(),
        None => original.clone(),
    });
    prompt::catch_interrupts();
    prompt::save_terminal();
    let work = WorkCopy::new(&target, &shown)?;
    let plan = Plan {
        file: &file,
        original: &original,
        shown: &shown,
    };
    match session(ctx, &ws, &plan, opened.map(|o| o.opened), &work.file) {
        Ok(None) => {
            drop(work);
            if !ctx.quiet {
                crate::cli::print(&format!("{}\n", t!(ctx.lang, "redigera-ingen-andring")))?;
            }
            Ok(ExitStatus::Success)
        }
        Ok(Some(saved)) => {
            drop(work);
            report_saved(ctx, &ws, &file, saved)
        }
        Err(stop) => {
            let sealed = sealed.then(|| recipients(&ws));
            Err(stopped(stop, &plan, &target, sealed.as_deref(), work))
        }
    }
}

/// The plan being edited: its file, its bytes as read, and the text the editor was given (the
/// same bytes, or an encrypted plan's clear text).
struct Plan<'a> {
    file: &'a PlanFile,
    original: &'a [u8],
    shown: &'a [u8],
}

/// The folder's recipients (`[kryptering] mottagare`).
fn recipients(ws: &Workspace) -> Vec<String> {
    ws.config.recipients()
}

/// Edit until the text is saved (`Some`), unchanged (`None`), or the edit stops.
fn session(
    ctx: &Ctx,
    ws: &Workspace,
    plan: &Plan<'_>,
    opened: Option<crate::crypt::sops::Opened>,
    work: &Path,
) -> std::result::Result<Option<Saved>, Stop> {
    let (file, original) = (plan.file, plan.shown);
    let cmd = editor();
    let (text, report) = loop {
        let status = Command::new(&cmd[0])
            .args(&cmd[1..])
            .arg(work)
            .status()
            .map_err(|e| {
                Stop::Failed(err!(
                    "redigera-kunde-inte-starta",
                    redigerare = cmd.join(" "),
                    fel = e
                ))
            })?;
        // Ctrl-C reached sip and the editor alike; an editor that ignores it (vi) has been
        // waited for, and whatever it saved is kept, not saved into the plan.
        if prompt::interrupted() {
            return Err(Stop::Interrupted);
        }
        if !status.success() {
            return Err(Stop::Failed(err!(
                "redigera-avslutades-med-fel",
                redigerare = cmd.join(" ")
            )));
        }
        let edited = match crate::source::read_capped(work) {
            Ok(b) => b,
            Err(e @ ReadError::TooLarge { .. }) => {
                let why = e.reason_msg();
                if prompt::interactive() {
                    prompt::say(&format!("{}: {}\n", file.display, why.get(ctx.lang)));
                    if prompt::yes_no(&t!(ctx.lang, "redigera-oppna-igen"), true, ctx.lang)? {
                        continue;
                    }
                }
                return Err(Stop::TooLarge(why));
            }
            Err(e) => return Err(Stop::Failed(Error::read(work, e))),
        };
        let text = String::from_utf8_lossy(&edited).into_owned();
        let mut errors = if edited == original {
            Vec::new()
        } else {
            let (f, _) = editing::findings_for(ws, file, &text, ctx.today, false);
            f
        };
        errors.sort_by_key(|f| (f.span.start, f.code));
        let report = FileReport {
            source: SourceFile::new(file.path.clone(), file.display.clone(), text),
            plan_id: None,
            folder: String::new(),
            is_plan: true,
            findings: errors,
            untested: 0,
        };
        let n = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        if edited != original && n > 0 && prompt::interactive() {
            // What is wrong first, then the question.
            let cfg = ReportConfig {
                lang: ctx.lang,
                today: ctx.today,
                quiet: false,
                color: ctx.color,
                strict: false,
            };
            let shown = render(
                Format::Human,
                &CheckResult {
                    files: vec![FileReport {
                        source: report.source.clone(),
                        plan_id: report.plan_id.clone(),
                        folder: report.folder.clone(),
                        is_plan: report.is_plan,
                        findings: report.findings.clone(),
                        untested: 0,
                    }],
                },
                &cfg,
            );
            prompt::say(&shown);
            let again = prompt::yes_no(
                &t!(
                    ctx.lang,
                    "redigera-fel-oppna-igen",
                    fil = file.display,
                    antal = n
                ),
                true,
                ctx.lang,
            )?;
            if again {
                continue;
            }
        }
        break (edited, report);
    };
    if text == original {
        return Ok(None);
    }
    if prompt::interrupted() {
        return Err(Stop::Interrupted);
    }
    let lock = write::lock(&file.path, &ws.root)?;
    // Ctrl-C while waiting for another edit of the plan: nothing is saved.
    if prompt::interrupted() {
        return Err(Stop::Interrupted);
    }
    match opened {
        Some(o) => {
            let clear = String::from_utf8_lossy(&text);
            let sealed = crate::crypt::read::reseal(o, &clear, &recipients(ws), &file.display)?;
            write::replace(&lock, plan.original, sealed.as_bytes())?;
        }
        None => write::replace(&lock, plan.original, &text)?,
    }
    Ok(Some(Saved { report, text }))
}

/// "Sparade …", and the findings or what is left.
fn report_saved(ctx: &Ctx, ws: &Workspace, file: &PlanFile, saved: Saved) -> Result<ExitStatus> {
    let Saved { report, text } = saved;
    let errors = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let cfg = ReportConfig {
        lang: ctx.lang,
        today: ctx.today,
        quiet: ctx.quiet,
        color: ctx.color,
        strict: false,
    };
    let mut out = t!(ctx.lang, "redigera-sparade", fil = file.display);
    out.push('\n');
    if !report.findings.is_empty() {
        out.push_str(&render(
            Format::Human,
            &CheckResult {
                files: vec![report],
            },
            &cfg,
        ));
    } else {
        let text = String::from_utf8_lossy(&text).into_owned();
        out.push_str(&editing::remaining(ctx, ws, file, &text));
    }
    crate::cli::print(&out)?;
    Ok(if errors > 0 {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// The edit stopped: keep the person's text (when it differs from the plan as read) beside the
/// plan, or leave the working copy where it is, and say why and where.
///
/// An encrypted plan's version is kept encrypted again with the plan's data key (readable with
/// `sip decrypt`); when it cannot be (it is no valid YAML any more), it is not kept at all: no
/// clear copy of an encrypted plan stays on disk.
fn stopped(
    stop: Stop,
    plan: &Plan<'_>,
    target: &Path,
    sealed: Option<&[String]>,
    work: WorkCopy,
) -> Error {
    let (file, original) = (plan.file, plan.shown);
    if matches!(stop, Stop::Interrupted) {
        prompt::restore_terminal();
    }
    let edited = match crate::source::read_capped(&work.file) {
        Ok(bytes) => bytes != original,
        // Too large, or unreadable: keep it rather than guess.
        Err(_) => true,
    };
    if let (true, Some(recipients)) = (edited, sealed) {
        if let Err(e) = seal_work_copy(plan, recipients, &work.file) {
            drop(work);
            let p = &file.display;
            let orsak = crate::i18n::Msg::from_fn(|l| e.text(l).trim_end_matches('.').to_string());
            let m = msg!("redigera-kunde-inte-krypteras", fil = p, orsak = orsak);
            return match stop {
                Stop::Interrupted => Error::Interrupted(m),
                _ => Error::Message(m),
            };
        }
    }
    let p = &file.display;
    let why = match &stop {
        Stop::Changed => msg!("redigera-andrad-pa-disken", fil = p),
        Stop::Interrupted => msg!("redigera-avbrutet", fil = p),
        Stop::TooLarge(why) => crate::i18n::Msg::from_fn(|l| {
            t!(l, "redigera-for-stor", fil = p, orsak = inner(why.get(l)))
        }),
        Stop::Failed(e) => {
            crate::i18n::Msg::from_fn(|l| format!("{}.", e.text(l).trim_end_matches('.')))
        }
    };
    if !edited {
        return match stop {
            Stop::Failed(e) => e,
            Stop::Interrupted => Error::Interrupted(why),
            _ => Error::Message(why),
        };
    }
    let interrupted = matches!(stop, Stop::Interrupted);
    let (dir, name) = (
        target.parent().unwrap_or(Path::new(".")),
        target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    );
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let said = match keep_aside(&work.file, dir, &name, &stamp) {
        Ok(kept) if sealed.is_some() => {
            let k = beside(p, &file.path, target, &kept);
            msg!("redigera-kvar-krypterad", varfor = why, fil = p, kopia = k)
        }
        Ok(kept) => {
            let k = beside(p, &file.path, target, &kept);
            msg!("redigera-kvar-bredvid", varfor = why, fil = p, kopia = k)
        }
        Err(e) => {
            let left = work.leave();
            let k = beside(p, &file.path, target, &left);
            msg!(
                "redigera-kvar-i-arbetskopian",
                varfor = why,
                fel = crate::i18n::io_msg(&e),
                fil = p,
                kopia = k
            )
        }
    };
    if interrupted {
        Error::Interrupted(said)
    } else {
        Error::Message(said)
    }
}

/// Overwrite the working copy of an encrypted plan with the person's version encrypted again
/// (the plan's data key, as a save would write it).
fn seal_work_copy(plan: &Plan<'_>, recipients: &[String], work: &Path) -> Result<()> {
    let bytes = crate::source::read_capped(work).map_err(|e| Error::read(work, e))?;
    let clear = zeroize::Zeroizing::new(
        String::from_utf8(bytes).map_err(|_| err!("kryptering-din-version-inte-utf8"))?,
    );
    let text =
        std::str::from_utf8(plan.original).map_err(|_| err!("kryptering-planen-inte-utf8"))?;
    let Some(e) = crate::crypt::read::open_for_edit(text, &plan.file.display, &plan.file.display)?
    else {
        return Err(err!("kryptering-planen-inte-krypterad"));
    };
    let sealed = crate::crypt::read::reseal(e.opened, &clear, recipients, &plan.file.display)?;
    std::fs::write(work, sealed.as_bytes())
        .map_err(|e| Error::io_op(crate::error::IoOp::Write, work, e))
}

/// "filen är för stor (3,0 MB, högst 1 MB; …)" → what is inside the brackets.
fn inner(reason: &str) -> &str {
    reason
        .split_once('(')
        .map_or(reason, |(_, rest)| rest.trim_end_matches(')'))
}

/// How to show `kept` (a path beside the plan or below its folder): as the plan is shown, with
/// the plan's name replaced, when the plan is not a link; else in full.
fn beside(shown: &str, plan: &Path, target: &Path, kept: &Path) -> String {
    let under = kept.strip_prefix(target.parent().unwrap_or(Path::new("")));
    match under {
        Ok(rest) if plan == target => {
            let rest = rest.to_string_lossy().replace('\\', "/");
            match shown.rsplit_once('/') {
                Some((folder, _)) => format!("{folder}/{rest}"),
                None => rest,
            }
        }
        _ => kept.display().to_string(),
    }
}

/// Move the working copy `work` to `.<name>.redigerad-<stamp>` in `dir` (`-2`, `-3`, … when
/// that name is taken): a new name for the same file, which needs no room on a full disk, else
/// a copy; never over another file. Its path, or why neither worked.
fn keep_aside(work: &Path, dir: &Path, name: &str, stamp: &str) -> std::io::Result<PathBuf> {
    use std::io::ErrorKind::AlreadyExists;
    // An editor may have saved a new file with its own mode: the kept copy is the person's.
    private(work, 0o600)?;
    let mut last = std::io::Error::new(AlreadyExists, "every name is taken");
    for n in 1..=1000 {
        let kept = if n == 1 {
            dir.join(format!(".{name}.redigerad-{stamp}"))
        } else {
            dir.join(format!(".{name}.redigerad-{stamp}-{n}"))
        };
        let moved = std::fs::hard_link(work, &kept).or_else(|e| {
            if e.kind() == AlreadyExists {
                return Err(e);
            }
            // No hard links here (some file systems): a copy, made only under a new name.
            let copied = std::fs::read(work).and_then(|text| write_private(&kept, &text));
            if copied.as_ref().is_err_and(|c| c.kind() != AlreadyExists) {
                let _ = std::fs::remove_file(&kept);
            }
            copied
        });
        match moved {
            Ok(()) => {
                let _ = std::fs::remove_file(work);
                return Ok(kept);
            }
            Err(e) if e.kind() == AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taken_name_gets_another() {
        let dir = tempfile::tempdir().unwrap();
        let work = dir.path().join("arbete.yaml");
        std::fs::write(&work, "min text\n").unwrap();
        let taken = dir.path().join(".p.yaml.redigerad-20260301-101010");
        std::fs::write(&taken, "någon annans\n").unwrap();
        let kept = keep_aside(&work, dir.path(), "p.yaml", "20260301-101010").unwrap();
        assert_eq!(
            kept.file_name().unwrap(),
            ".p.yaml.redigerad-20260301-101010-2"
        );
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), "min text\n");
        assert_eq!(std::fs::read_to_string(&taken).unwrap(), "någon annans\n");
        assert!(!work.exists());
    }

    /// Nowhere to put it (here: the folder is a file; on a full disk: no room): the working
    /// copy stays, and the error says so.
    #[test]
    fn when_nothing_can_be_kept_aside_the_working_copy_stays() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.yaml");
        std::fs::write(&plan, "gammal\n").unwrap();
        let work = WorkCopy::new(&plan, b"gammal\n").unwrap();
        std::fs::write(&work.file, "min text\n").unwrap();
        let file = PlanFile::new(plan.clone(), "p.yaml".into(), "p.yaml".into());
        let not_a_folder = dir.path().join("fil");
        std::fs::write(&not_a_folder, "").unwrap();
        let fake_target = not_a_folder.join("p.yaml");
        let path = work.file.clone();
        let plan = Plan {
            file: &file,
            original: b"gammal\n",
            shown: b"gammal\n",
        };
        let err = stopped(Stop::Changed, &plan, &fake_target, None, work);
        let text = err.text(crate::i18n::Lang::Sv);
        assert!(
            text.contains("ligger kvar där redigeraren hade den"),
            "{text}"
        );
        assert!(text.contains(&path.display().to_string()), "{text}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "min text\n");
    }

    #[cfg(unix)]
    #[test]
    fn the_working_copy_is_private_and_goes_with_the_edit() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.yaml");
        std::fs::write(&plan, "namn: Anna\n").unwrap();
        let work = WorkCopy::new(&plan, b"namn: Anna\n").unwrap();
        let folder = work.file.parent().unwrap().to_path_buf();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&work.file), 0o600);
        assert_eq!(folder.parent().unwrap(), dir.path());
        assert_eq!(
            std::fs::read_to_string(folder.join(".gitignore")).unwrap(),
            "*\n"
        );
        drop(work);
        assert!(!folder.exists());
    }
}
