//! `sip schema plan|agreement`: print the JSON Schema of a plan or agreement file, for editors
//! (yaml-language-server, taplo). The schemas are built in `model::json_schema`.

use crate::cli::args::{SchemaArgs, SchemaKind};
use crate::cli::{Ctx, ExitStatus, print};
use crate::error::Result;
use crate::model::json_schema::{agreement_schema_json, plan_schema_json};

pub fn run(_ctx: &Ctx, args: SchemaArgs) -> Result<ExitStatus> {
    print(&match args.kind {
        SchemaKind::Plan => plan_schema_json(),
        SchemaKind::Agreement => agreement_schema_json(),
    })?;
    Ok(ExitStatus::Success)
}
