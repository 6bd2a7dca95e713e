//! The integration tests: one test binary (linked once) that runs the real `sip` binary. Each
//! module was its own test file; run one with its name as a filter, e.g.
//! `cargo test --test it readme::` or `cargo test --test it documents::`.
//!
//! All tests run as threads of this one process: none may change process-wide state (the current
//! directory, environment variables); each spawned `sip` gets its directory and environment on
//! its own `Command` (see `common`).

mod common;
/// The benchmark's plan generator, shared with `examples/gen_plans/`.
#[path = "../../examples/gen_plans/generator.rs"]
mod generator;

mod board;
mod ci_formats;
mod cli;
mod commands;
mod completions;
mod crash;
mod crypt;
mod crypt_git;
mod documents;
mod edit;
mod edit_safety;
mod fuzz;
mod gallring;
mod gen_plans;
mod git;
mod help_lang;
mod hostile;
mod html_checks;
mod html_print;
mod integrity;
mod law;
mod life;
mod lists;
mod merge_property;
mod pdf;
mod pre_commit;
mod privacy;
mod readme;
mod rules;
mod schema;
mod truthful_documents;
mod xlsx;
