//! `sip stats`: not built yet.

use crate::cli::args::StatsArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: StatsArgs) -> Result<ExitStatus> {
    Err(super::not_built("stats"))
}
