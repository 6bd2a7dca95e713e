//! `sip protocol PLAN [MÖ1]`: print the minutes (minnesanteckningar) of a meeting (default: the
//! last one held).

use super::documents::Output;
use crate::cli::args::ProtocolArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::documents::protocol;
use crate::error::Result;

pub fn run(ctx: &Ctx, args: ProtocolArgs) -> Result<ExitStatus> {
    let out = Output::new(args.format, args.output.as_ref());
    super::documents::run_at(ctx, &args.plan, out, |src, file| {
        // The plan as it was when the previous meeting was held, from git.
        let prior = |m: &crate::model::plan::Meeting| {
            let day = m.time.as_ref().map_or(ctx.today, |t| t.value.date());
            crate::git::prior::plan_at_meeting(file, m.id_str(), day)
        };
        protocol::build_with(src, args.meeting.as_deref(), &prior)
    })
}
