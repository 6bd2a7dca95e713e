//! One thin function per command.

pub mod agreements;
pub mod check;
pub mod rules;
