//! The command line (SPEC §4): global flags and one struct per command. English command names
//! with Swedish aliases where a samtalsledare would reach for them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

#[derive(Parser, Debug)]
#[command(
    name = "sip",
    version,
    about = "Samordnad individuell plan (SIP): kontrollera, redigera och skriv ut planer i en git-mapp",
    long_about = "sip håller varje samordnad individuell plan som en YAML-fil i en git-mapp, kontrollerar \
planerna mot lagens fyra punkter och den lokala överenskommelsens regler, och skriver ut kallelser, \
dagordningar och plandokument.",
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct Global {
    /// Planmappen (annars närmaste mapp uppåt med sip.toml)
    #[arg(short = 'C', long = "dir", global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Dagens datum för alla datumregler (ÅÅÅÅ-MM-DD)
    #[arg(long, global = true, env = "SIP_TODAY", value_name = "DATUM")]
    pub today: Option<String>,
    /// Språk för meddelanden och rubriker
    #[arg(long, global = true, env = "SIP_LANG", value_enum, default_value = "sv")]
    pub lang: Lang,
    /// Färg: auto (på en terminal, utan NO_COLOR), always eller never
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: ColorWhen,
    /// Skriv bara det nödvändiga
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Kontrollera planer mot lagen och överenskommelsen
    #[command(visible_alias = "kontrollera")]
    Check(CheckArgs),
    /// Visa reglerna, eller en regels dokumentation
    #[command(visible_alias = "regler")]
    Rules(RulesArgs),
    /// Visa och kontrollera överenskommelser
    #[command(visible_alias = "överenskommelser", subcommand)]
    Agreements(AgreementsCommand),
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Filer eller mappar (standard: hela planmappen)
    pub paths: Vec<PathBuf>,
    /// Utdataformat
    #[arg(long, value_enum, default_value = "human")]
    pub format: crate::report::Format,
    /// Varningar räknas som fel (slutkod 1)
    #[arg(long)]
    pub strict: bool,
    /// Kör bara dessa regler (kommaseparerade koder, t.ex. L004,P002)
    #[arg(long, value_delimiter = ',', value_name = "KODER")]
    pub select: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    /// En regels kod (L004) eller namn
    pub code: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: RulesFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum AgreementsCommand {
    /// Lista överenskommelserna (inbyggda och planmappens egna)
    #[command(visible_alias = "lista")]
    List,
    /// Visa en överenskommelse
    #[command(visible_alias = "visa")]
    Show {
        /// Överenskommelsens id
        id: String,
    },
    /// Kontrollera en överenskommelsefil
    #[command(visible_alias = "kontrollera")]
    Check {
        /// TOML-filen
        file: PathBuf,
    },
}
