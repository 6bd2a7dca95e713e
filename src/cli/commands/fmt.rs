//! `sip fmt`: not built yet.

use crate::cli::args::FmtArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: FmtArgs) -> Result<ExitStatus> {
    Err(super::not_built("fmt"))
}
