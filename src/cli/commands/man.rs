//! `sip man`: not built yet.

use crate::cli::{Ctx, ExitStatus};
use crate::error::Result;

pub fn run(_ctx: &Ctx) -> Result<ExitStatus> {
    Err(super::not_built("man"))
}
