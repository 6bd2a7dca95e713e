//! `sip show PLAN`: print the plan document in the order of the national SIP templates.

use super::documents::Output;
use crate::cli::args::ShowArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::documents::plan;
use crate::error::Result;

pub fn run(ctx: &Ctx, args: ShowArgs) -> Result<ExitStatus> {
    let out = Output::new(args.format, args.output.as_ref());
    super::documents::run(ctx, &args.plan, out, |src| Ok(plan::build(src)))
}
