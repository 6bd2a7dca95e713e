//! `sip intervention`: not built yet.

use crate::cli::args::InterventionCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: InterventionCommand) -> Result<ExitStatus> {
    Err(super::not_built("intervention"))
}
