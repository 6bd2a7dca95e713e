//! The plan and agreement models.
//!
//! Glossary (Swedish in files, English in code): samtalsledare = `meeting_leader`, huvudman =
//! `principal`, part = `party`, insats = `intervention`, åtgärd av annan = `measure`, övergripande
//! ansvar = `overall` responsibility, kallelse = `invitation`, behov = `need`, mål = `goal`,
//! uppföljning = `follow_up`, målgrupp = `target_group`, samtycke = `consent`, möte = `meeting`.

pub mod agreement;
pub mod config;
pub mod enums;
pub mod json_schema;
pub mod load;
pub mod personnummer;
pub mod plan;
pub mod schema;
#[cfg(test)]
mod serde_shape;
