//! `sip show`: not built yet.

use crate::cli::args::ShowArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: ShowArgs) -> Result<ExitStatus> {
    Err(super::not_built("show"))
}
