//! `sip edit`: not built yet.

use crate::cli::args::PlanArg;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: PlanArg) -> Result<ExitStatus> {
    Err(super::not_built("edit"))
}
