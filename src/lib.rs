//! `sip`: samordnad individuell plan (SIP) as YAML files in a git folder.
//!
//! The flow runs one way: files (`source`, `yaml`, `workspace`) → model (`model`) → rules
//! (`rules`) → findings (`findings`, `check`) → output (`report`; printed documents in
//! `documents`). `cli` is the edge.

pub mod check;
pub mod cli;
pub mod codes;
pub mod documents;
pub mod edit;
pub mod error;
pub mod findings;
pub mod git;
pub mod i18n;
pub mod lists;
pub mod model;
pub mod privacy;
pub mod report;
pub mod rules;
pub mod source;
pub mod workspace;
pub mod yaml;
