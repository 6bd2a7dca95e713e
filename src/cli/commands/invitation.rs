//! `sip invitation`: not built yet.

use crate::cli::args::DocumentArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: DocumentArgs) -> Result<ExitStatus> {
    Err(super::not_built("invitation"))
}
