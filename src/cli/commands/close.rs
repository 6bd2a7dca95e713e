//! `sip close`: not built yet.

use crate::cli::args::CloseArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: CloseArgs) -> Result<ExitStatus> {
    Err(super::not_built("close"))
}
