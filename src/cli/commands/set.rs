//! `sip set`: not built yet.

use crate::cli::args::SetArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: SetArgs) -> Result<ExitStatus> {
    Err(super::not_built("set"))
}
