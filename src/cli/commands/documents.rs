//! What `sip agenda`, `sip invitation`, `sip protocol` and `sip show` share: find and load the
//! plan, pick its agreement, render the built document and write it (stdout or `-o FILE`). The
//! document's warnings for the samtalsledare go to stderr, never into the document; a PDF is
//! never written to a terminal.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::check::load_file;
use crate::cli::{Ctx, ExitStatus};
use crate::documents::Source;
use crate::documents::doc::Doc;
use crate::documents::render::{self, Format};
use crate::error::{Error, Result};
use crate::model::config::Contact;
use crate::model::plan::{Plan, same_name};
use crate::workspace::Workspace;

/// Where and how a document goes.
pub struct Output<'a> {
    pub format: Format,
    pub file: Option<&'a Path>,
}

impl<'a> Output<'a> {
    pub fn new(format: Format, file: Option<&'a PathBuf>) -> Output<'a> {
        Output {
            format,
            file: file.map(PathBuf::as_path),
        }
    }
}

/// Find `plan` (an id, or a path: then the plan folder is the one around that path), load it
/// and hand it with its agreement to `build`; write what it builds.
pub fn run(
    ctx: &Ctx,
    plan: &str,
    out: Output,
    build: impl FnOnce(&Source) -> Result<Doc>,
) -> Result<ExitStatus> {
    run_at(ctx, plan, out, |src, _| build(src))
}

/// As [`run`], handing `build` the plan file's path too (for what only git knows).
pub fn run_at(
    ctx: &Ctx,
    plan: &str,
    out: Output,
    build: impl FnOnce(&Source, &Path) -> Result<Doc>,
) -> Result<ExitStatus> {
    // Refuse a PDF for the terminal before any work is done.
    if out.format == Format::Pdf && out.file.is_none() && std::io::stdout().is_terminal() {
        return Err(err!("dokument-pdf-inte-till-terminalen"));
    }
    let as_path = Path::new(plan);
    let ws: Workspace = ctx.workspace(as_path.is_file().then_some(as_path))?;
    let file = ws.find_plan(plan)?;
    let (_source, loaded): (_, Plan) = load_file(&file, ctx.lang)?;
    // v3: the folder's own names for the parties (`[parter.ID] namn`) come first in letters.
    let named = loaded
        .agreement
        .as_ref()
        .and_then(|a| ws.agreement(&a.value))
        .map(|a| {
            let mut a = a.clone();
            for p in &mut a.parties {
                if let Some(n) = ws.config.party_names.get(&p.id) {
                    p.short_name = Some(n.clone());
                }
            }
            a
        });
    let agreement = named.as_ref();
    // `[kontakt]` is the folder's samtalsledare's (`samtalsledare` in sip.toml): printed only for
    // a plan led by that person, never under another samtalsledare's name.
    let cfg = &ws.config;
    let same_leader = match (&cfg.meeting_leader, &loaded.meeting_leader) {
        (Some(folder), Some(plan)) => same_name(folder, &plan.value),
        _ => true,
    };
    let contact = if same_leader {
        cfg.contact.clone()
    } else {
        Contact::default()
    };
    // The plan's changes from git, for the agenda's and the minutes' look back (none outside
    // git, or when git cannot be run: the documents then rely on the meeting notes).
    let history = crate::git::history::history(&file.path).ok();
    let src = Source {
        plan: &loaded,
        agreement,
        lang: ctx.lang,
        today: ctx.today,
        contact: &contact,
        history: history.as_deref(),
    };
    let doc = build(&src, &file.path)?;
    for w in &doc.warnings {
        eprintln!("{}", t!(ctx.lang, "dokument-varning", text = w.as_str()));
    }
    // Text is wrapped to the terminal's width when it goes to one, else to 80 columns.
    let width = if out.format == Format::Text && out.file.is_none() {
        terminal_width()
    } else {
        80
    };
    let opts = render::Options {
        width,
        plan: loaded.id_or_placeholder(),
        today: ctx.today,
    };
    let bytes = render::render(&doc, out.format, &opts).map_err(|e| match e {
        render::Failure::Pdf(e) => err!("dokument-pdf-kunde-inte-skapas", fel = e),
        render::Failure::Io(e) => err!("dokument-kunde-inte-skapas", fel = e),
    })?;
    write(out.file, |w| w.write_all(&bytes))?;
    Ok(ExitStatus::Success)
}

/// Write with `render` to the file, or to stdout (a closed pipe ends quietly, as `print` does).
fn write(
    file: Option<&Path>,
    render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let Some(path) = file else {
        return crate::cli::write_stdout(render);
    };
    let fail = |e| Error::io_op(crate::error::IoOp::Write, path, e);
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).map_err(fail)?);
    render(&mut w).and_then(|()| w.flush()).map_err(fail)
}

/// The width for text output: the terminal's, else 80 columns (so pipes and tests are stable).
pub fn terminal_width() -> usize {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return 80;
    }
    terminal_size::terminal_size()
        .map(|(w, _)| usize::from(w.0))
        .filter(|w| *w >= 40)
        .map_or(80, |w| w.min(120))
}
