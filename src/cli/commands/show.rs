//! `sip show PLAN`: print the plan document, the four statutory elements first.

use crate::cli::args::ShowArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::documents::plan;
use crate::error::Result;

pub fn run(ctx: &Ctx, args: ShowArgs) -> Result<ExitStatus> {
    super::documents::run(ctx, &args.plan, args.format, |src| Ok(plan::build(src)))
}
