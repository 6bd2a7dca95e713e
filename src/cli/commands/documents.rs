//! What `sip agenda`, `sip invitation` and `sip show` share: find and load the plan, pick its
//! agreement, render the built document and print it.

use crate::check::load_file;
use crate::cli::args::DocFormat;
use crate::cli::{Ctx, ExitStatus, print};
use crate::documents::Source;
use crate::documents::doc::Doc;
use crate::documents::render::{self, Format};
use crate::error::Result;
use crate::model::plan::Plan;
use crate::workspace::Workspace;

/// Find `plan` (an id, or a path: then the plan folder is the one around that path), load it
/// and hand it with its agreement to `build`; print what it builds.
pub fn run(
    ctx: &Ctx,
    plan: &str,
    format: DocFormat,
    build: impl FnOnce(&Source) -> Result<Doc>,
) -> Result<ExitStatus> {
    let as_path = std::path::Path::new(plan);
    let ws: Workspace = ctx.workspace(as_path.is_file().then_some(as_path))?;
    let file = ws.find_plan(plan)?;
    let (_source, loaded): (_, Plan) = load_file(&file, ctx.lang)?;
    let agreement = loaded
        .agreement
        .as_ref()
        .and_then(|a| ws.agreement(&a.value));
    let src = Source {
        plan: &loaded,
        agreement,
        lang: ctx.lang,
        today: ctx.today,
    };
    let doc = build(&src)?;
    let format = match format {
        DocFormat::Text => Format::Text,
        DocFormat::Markdown => Format::Markdown,
        DocFormat::Html => Format::Html,
        DocFormat::Json => Format::Json,
    };
    print(&render::render(&doc, format, render::terminal_width()))?;
    Ok(ExitStatus::Success)
}
