//! `sip completions`: not built yet.

use crate::cli::args::CompletionsArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: CompletionsArgs) -> Result<ExitStatus> {
    Err(super::not_built("completions"))
}
