//! `sip goal`: not built yet.

use crate::cli::args::GoalCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: GoalCommand) -> Result<ExitStatus> {
    Err(super::not_built("goal"))
}
