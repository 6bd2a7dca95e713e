//! `sip status`: not built yet.

use crate::cli::args::StatusArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: StatusArgs) -> Result<ExitStatus> {
    Err(super::not_built("status"))
}
