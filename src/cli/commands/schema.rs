//! `sip schema`: not built yet.

use crate::cli::args::SchemaArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx, _args: SchemaArgs) -> Result<ExitStatus> {
    Err(super::not_built("schema"))
}
