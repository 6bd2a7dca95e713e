//! `sip list`: not built yet.

use crate::cli::args::ListArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: ListArgs) -> Result<ExitStatus> {
    Err(super::not_built("list"))
}
