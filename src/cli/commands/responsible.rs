//! `sip responsible`: not built yet.

use crate::cli::args::ResponsibleArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: ResponsibleArgs) -> Result<ExitStatus> {
    Err(super::not_built("responsible"))
}
