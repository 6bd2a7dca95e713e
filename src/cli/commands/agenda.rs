//! `sip agenda PLAN [--meeting MÖ1]`: print the agenda of a meeting (default: the next one not
//! held).

use super::documents::Output;
use crate::cli::args::DocumentArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::documents::agenda;
use crate::error::Result;

pub fn run(ctx: &Ctx, args: DocumentArgs) -> Result<ExitStatus> {
    let out = Output::new(args.format, args.output.as_ref());
    super::documents::run(ctx, &args.plan, out, |src| {
        agenda::build(src, args.meeting.as_deref())
    })
}
