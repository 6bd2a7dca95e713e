//! `sip followup`: not built yet.

use crate::cli::args::FollowupArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: FollowupArgs) -> Result<ExitStatus> {
    Err(super::not_built("followup"))
}
