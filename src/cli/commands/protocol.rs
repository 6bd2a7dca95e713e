//! `sip protocol PLAN [MÖ1]`: print the minutes (minnesanteckningar) of a meeting (default: the
//! last one held).

use super::documents::Output;
use crate::cli::args::ProtocolArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::documents::protocol;
use crate::error::Result;

pub fn run(ctx: &Ctx, args: ProtocolArgs) -> Result<ExitStatus> {
    let out = Output::new(args.format, args.output.as_ref());
    super::documents::run(ctx, &args.plan, out, |src| {
        protocol::build(src, args.meeting.as_deref())
    })
}
