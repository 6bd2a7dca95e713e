//! `sip followups`: not built yet.

use crate::cli::args::FollowupsArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: FollowupsArgs) -> Result<ExitStatus> {
    Err(super::not_built("followups"))
}
