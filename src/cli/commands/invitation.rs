//! `sip invitation PLAN [--meeting MÖ1] [--to individen|NAME|PARTY]`: print the kallelse to a
//! meeting (default: the next one not held): the overview to all, or the letter to one recipient.

use super::documents::Output;
use crate::cli::args::InvitationArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::documents::{invitation, letter};
use crate::error::Result;

pub fn run(ctx: &Ctx, args: InvitationArgs) -> Result<ExitStatus> {
    let a = args.doc;
    let out = Output::new(a.format, a.output.as_ref());
    super::documents::run(ctx, &a.plan, out, |src| match &args.to {
        None => invitation::build(src, a.meeting.as_deref()),
        Some(to) => letter::build(src, a.meeting.as_deref(), to),
    })
}
