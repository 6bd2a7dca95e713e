//! `sip invitation PLAN [--meeting MÖ1]`: print the kallelse to a meeting (default: the next
//! one not held).

use crate::cli::args::DocumentArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::documents::invitation;
use crate::error::Result;

pub fn run(ctx: &Ctx, args: DocumentArgs) -> Result<ExitStatus> {
    super::documents::run(ctx, &args.plan, args.format, |src| {
        invitation::build(src, args.meeting.as_deref())
    })
}
