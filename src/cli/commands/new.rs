//! `sip new`: not built yet.

use crate::cli::args::NewArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: NewArgs) -> Result<ExitStatus> {
    Err(super::not_built("new"))
}
