//! `sip init`: not built yet.

use crate::cli::args::InitArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: InitArgs) -> Result<ExitStatus> {
    Err(super::not_built("init"))
}
