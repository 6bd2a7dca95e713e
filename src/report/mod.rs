//! Printing `sip check` results: one `Format`, one dispatch, a file per format. Renderers never
//! check anything; they print the sorted findings they are given.

use crate::check::CheckResult;
use crate::i18n::Lang;

pub mod human;
pub mod json;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc/ruff-style text with source snippets
    Human,
    /// SPEC §6 JSON
    Json,
}

pub struct ReportConfig {
    pub lang: Lang,
    pub today: chrono::NaiveDate,
    pub quiet: bool,
    /// Colour on (decided once from --color, NO_COLOR and the terminal).
    pub color: bool,
}

/// Render the result in a format.
pub fn render(format: Format, result: &CheckResult, cfg: &ReportConfig) -> String {
    match format {
        Format::Human => human::HumanRenderer::new(cfg).render(result),
        Format::Json => json::JsonRenderer::new(cfg).render(result),
    }
}
