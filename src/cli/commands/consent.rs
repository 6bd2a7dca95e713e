//! `sip consent`: not built yet.

use crate::cli::args::ConsentArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: ConsentArgs) -> Result<ExitStatus> {
    Err(super::not_built("consent"))
}
