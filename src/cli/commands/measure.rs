//! `sip measure`: not built yet.

use crate::cli::args::MeasureCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: MeasureCommand) -> Result<ExitStatus> {
    Err(super::not_built("measure"))
}
