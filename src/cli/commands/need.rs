//! `sip need`: not built yet.

use crate::cli::args::NeedCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: NeedCommand) -> Result<ExitStatus> {
    Err(super::not_built("need"))
}
