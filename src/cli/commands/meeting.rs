//! `sip meeting`: not built yet.

use crate::cli::args::MeetingCommand;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: MeetingCommand) -> Result<ExitStatus> {
    Err(super::not_built("meeting"))
}
