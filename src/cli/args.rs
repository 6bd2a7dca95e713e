//! The command line: global flags and one struct per command. English command names
//! with Swedish aliases where a samtalsledare would reach for them.
//!
//! The help texts are not written here: each command's and argument's text is in
//! `locales/sv/hjalp.ftl` and `locales/en/hjalp.ftl` under an id made from its command and
//! argument (`hjalp-check` for `sip check`, `hjalp-check--format` for its `--format`), set by
//! `clap_lang` in both languages. A unit test there names the ids a new command or flag lacks.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use super::enum_arg::EnumArg;
use crate::i18n::Lang;
use crate::model::enums::{
    ClosingReason, ConsentForm, Focus, Gender, InterventionStatus, MeetingKind, Occupation,
    RepresentativeRole, Status,
};

#[derive(Parser, Debug)]
#[command(name = "sip", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct Global {
    #[arg(short = 'C', long = "dir", global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    #[arg(long, global = true, env = "SIP_TODAY", value_name = "DATUM")]
    pub today: Option<String>,
    #[arg(
        long,
        global = true,
        env = "SIP_LANG",
        value_enum,
        default_value = "sv"
    )]
    pub lang: Lang,
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: ColorWhen,
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
    Init(InitArgs),
    #[command(visible_alias = "ny")]
    New(NewArgs),
    #[command(visible_alias = "ändra")]
    Set(Box<SetArgs>),
    #[command(visible_alias = "redigera")]
    Edit(PlanArg),
    #[command(visible_alias = "samtycke")]
    Consent(ConsentArgs),
    #[command(visible_alias = "behov", subcommand)]
    Need(NeedCommand),
    #[command(visible_alias = "mål", subcommand)]
    Goal(GoalCommand),
    #[command(visible_alias = "insats", subcommand)]
    Intervention(InterventionCommand),
    #[command(visible_alias = "åtgärd", subcommand)]
    Measure(MeasureCommand),
    #[command(visible_alias = "ansvar")]
    Responsible(ResponsibleArgs),
    #[command(visible_alias = "möte", subcommand)]
    Meeting(MeetingCommand),
    Followup(FollowupArgs),
    Status(StatusArgs),
    #[command(visible_alias = "avsluta")]
    Close(CloseArgs),
    #[command(visible_alias = "kontrollera")]
    Check(CheckArgs),
    #[command(visible_alias = "dagordning")]
    Agenda(DocumentArgs),
    #[command(visible_alias = "kallelse")]
    Invitation(InvitationArgs),
    #[command(visible_alias = "protokoll")]
    Protocol(ProtocolArgs),
    #[command(visible_alias = "visa")]
    Show(ShowArgs),
    #[command(visible_alias = "uppföljning")]
    Followups(FollowupsArgs),
    #[command(visible_alias = "lista")]
    List(ListArgs),
    #[command(visible_alias = "statistik")]
    Stats(StatsArgs),
    #[command(visible_alias = "rapport")]
    Report(ReportArgs),
    Fmt(FmtArgs),
    Schema(SchemaArgs),
    Completions(CompletionsArgs),
    Man,
    #[command(visible_alias = "regler")]
    Rules(RulesArgs),
    #[command(visible_alias = "överenskommelser", subcommand)]
    Agreements(AgreementsCommand),
    Merge(MergeArgs),
    SetupGit,
    #[command(visible_alias = "historik")]
    History(HistoryArgs),
    #[command(visible_alias = "gallring")]
    Gallra(GallraArgs),
    #[command(visible_alias = "företrädare", subcommand)]
    Representative(RepresentativeCommand),
    #[command(visible_alias = "närstående", subcommand)]
    Relative(RelativeCommand),
    #[command(visible_alias = "egen", subcommand)]
    Own(OwnCommand),
    #[command(visible_alias = "kopia", subcommand)]
    Copy(CopyCommand),
    #[command(visible_alias = "sök")]
    Find(FindArgs),
    #[command(name = "__complete", hide = true)]
    Complete(CompleteArgs),
    #[command(visible_alias = "nycklar", subcommand)]
    Keys(KeysCommand),
    #[command(visible_alias = "kryptera")]
    Encrypt(EncryptArgs),
    #[command(visible_alias = "dekryptera")]
    Decrypt(DecryptArgs),
}

#[derive(Args, Debug)]
pub struct CompleteArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
    pub index: usize,
    #[arg(last = true, allow_hyphen_values = true)]
    pub words: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum KeysCommand {
    #[command(visible_alias = "ny")]
    New(KeysNewArgs),
    #[command(visible_alias = "lista")]
    List,
    #[command(visible_alias = "lägg-till")]
    Add(RecipientArg),
    #[command(visible_alias = "ta-bort")]
    Remove(RecipientArg),
}

#[derive(Args, Debug)]
pub struct KeysNewArgs {
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct RecipientArg {
    pub recipient: String,
}

#[derive(Args, Debug)]
pub struct EncryptArgs {
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub plans: Vec<String>,
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_name = "FIL", conflicts_with = "all")]
    pub from: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct DecryptArgs {
    pub plan: String,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
    #[arg(long, conflicts_with = "output")]
    pub textconv: bool,
}

#[derive(Subcommand, Debug)]
pub enum RepresentativeCommand {
    #[command(visible_alias = "ny")]
    Add {
        plan: String,
        name: String,
        #[arg(long, value_parser = EnumArg::<RepresentativeRole>::new())]
        role: Option<RepresentativeRole>,
        #[arg(long)]
        contact: Option<String>,
    },
    #[command(visible_alias = "ta-bort")]
    Remove { plan: String, name: String },
}

#[derive(Subcommand, Debug)]
pub enum RelativeCommand {
    #[command(visible_alias = "ny")]
    Add {
        plan: String,
        name: String,
        #[arg(long)]
        relation: Option<String>,
        #[arg(long)]
        no_participation: bool,
    },
    #[command(visible_alias = "ändra")]
    Set {
        plan: String,
        name: String,
        #[arg(long)]
        participation: Option<String>,
        #[arg(long)]
        relation: Option<String>,
    },
    #[command(visible_alias = "ta-bort")]
    Remove { plan: String, name: String },
}

#[derive(Subcommand, Debug)]
pub enum OwnCommand {
    #[command(visible_alias = "ny")]
    Add { plan: String, text: String },
    #[command(visible_alias = "ta-bort")]
    Remove { plan: String, number: usize },
}

#[derive(Subcommand, Debug)]
pub enum CopyCommand {
    #[command(visible_alias = "ny")]
    Add { plan: String, recipient: String },
    #[command(visible_alias = "ta-bort")]
    Remove { plan: String, name: String },
}

#[derive(Args, Debug)]
pub struct FindArgs {
    pub text: String,
}

#[derive(Args, Debug)]
pub struct MergeArgs {
    pub base: PathBuf,
    pub ours: PathBuf,
    pub theirs: PathBuf,
    pub path: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    pub plan: String,
    #[arg(long, value_name = "DATUM|MÖTE")]
    pub since: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: HistoryFormat,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct GallraArgs {
    #[arg(long)]
    pub apply: bool,
    #[arg(long, value_name = "MAPP")]
    pub archive: Option<PathBuf>,
    #[arg(long, value_name = "TEXT")]
    pub by: Option<String>,
    #[arg(long = "utan-git", visible_alias = "no-git")]
    pub no_git: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum HistoryFormat {
    Text,
    Json,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "human")]
    pub format: crate::report::Format,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
    #[arg(long, value_name = "SÖKVÄG")]
    pub stdin_filename: Option<PathBuf>,
    #[arg(long)]
    pub strict: bool,
    #[arg(long, value_delimiter = ',', value_name = "KODER")]
    pub select: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    pub code: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: RulesFormat,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum AgreementsCommand {
    #[command(visible_alias = "lista")]
    List,
    #[command(visible_alias = "visa")]
    Show { id: String },
    #[command(visible_alias = "kontrollera")]
    Check { file: PathBuf },
}

/// A plan: its id or a path to its file.
#[derive(Args, Debug)]
pub struct PlanArg {
    pub plan: String,
}

#[derive(Args, Debug)]
pub struct InitArgs {
    pub dir: Option<PathBuf>,
    #[arg(long)]
    pub agreement: Option<String>,
    #[arg(long)]
    pub leader: Option<String>,
    #[arg(long, requires = "recipients")]
    pub encrypt: bool,
    #[arg(long = "recipient", value_name = "MOTTAGARE", requires = "encrypt")]
    pub recipients: Vec<String>,
}

/// The plan's own fields, shared by `new` and `set`.
#[derive(Args, Debug, Default, Clone)]
pub struct PlanFields {
    #[arg(long)]
    pub purpose: Option<String>,
    #[arg(long, value_parser = EnumArg::<Focus>::new())]
    pub focus: Option<Focus>,
    #[arg(long = "question")]
    pub questions: Vec<String>,
    #[arg(long)]
    pub leader: Option<String>,
    #[arg(long, value_parser = EnumArg::<Occupation>::new())]
    pub occupation: Option<Occupation>,
    #[arg(long, value_parser = EnumArg::<Gender>::new())]
    pub gender: Option<Gender>,
    #[arg(long = "benefit")]
    pub benefits: Vec<String>,
}

#[derive(Args, Debug)]
pub struct NewArgs {
    #[arg(long)]
    pub agreement: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long, conflicts_with = "birth_date")]
    pub personnummer: Option<String>,
    #[arg(long)]
    pub birth_date: Option<String>,
    #[arg(long)]
    pub initiated_by: Option<String>,
    #[arg(long)]
    pub date: Option<String>,
    #[command(flatten)]
    pub fields: PlanFields,
}

#[derive(Args, Debug)]
pub struct SetArgs {
    pub plan: String,
    #[command(flatten)]
    pub fields: PlanFields,
    #[command(flatten)]
    pub more: SetFields,
}

/// The plan's other own fields (v2), for `set`.
#[derive(Args, Debug, Default, Clone)]
pub struct SetFields {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long, conflicts_with = "birth_date")]
    pub personnummer: Option<String>,
    #[arg(long)]
    pub birth_date: Option<String>,
    #[arg(long)]
    pub agreement: Option<String>,
    #[arg(long)]
    pub background: Option<String>,
    #[arg(long)]
    pub own_goal: Option<String>,
    #[arg(long)]
    pub proposed_by: Option<String>,
    #[arg(long)]
    pub discharge_ready: Option<String>,
    #[arg(long)]
    pub care_contact: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub childs_views: Option<String>,
    #[arg(long, value_name = "TVÅNGSVÅRD", value_parser = ["lpt", "lrv", "ingen"])]
    pub compulsory_care: Option<String>,
    #[arg(long, value_name = "SPRÅK")]
    pub interpreter: Option<String>,
    #[arg(long, value_name = "JA|NEJ")]
    pub protected: Option<String>,
    #[arg(long, value_name = "PART")]
    pub initiated_by: Option<String>,
    #[arg(long, value_name = "DATUM")]
    pub initiated: Option<String>,
    #[arg(long = "clear", value_name = "NYCKEL")]
    pub clear: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ConsentArgs {
    pub plan: String,
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long, value_parser = EnumArg::<ConsentForm>::new())]
    pub form: Option<ConsentForm>,
    #[arg(long, value_delimiter = ',')]
    pub given_by: Vec<String>,
    #[arg(long)]
    pub documented_by: Option<String>,
    #[arg(long, value_delimiter = ',')]
    pub parties: Vec<String>,
    #[arg(long)]
    pub valid_until: Option<String>,
    #[arg(long, conflicts_with_all = ["date", "form", "given_by", "documented_by", "parties", "valid_until", "add_party", "remove_party", "scope", "add_other", "remove_other"])]
    pub withdrawn: Option<String>,
    #[arg(long = "add-party", value_delimiter = ',')]
    pub add_party: Vec<String>,
    #[arg(long = "remove-party", value_delimiter = ',')]
    pub remove_party: Vec<String>,
    #[arg(long)]
    pub scope: Option<String>,
    #[arg(long = "add-other", value_name = "NAMN")]
    pub add_other: Vec<String>,
    #[arg(long = "remove-other", value_name = "NAMN")]
    pub remove_other: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum NeedCommand {
    #[command(visible_alias = "ny")]
    Add { plan: String, text: String },
    #[command(visible_alias = "ändra")]
    Set {
        plan: String,
        id: String,
        text: String,
    },
    #[command(visible_alias = "ta-bort")]
    Remove {
        plan: String,
        id: String,
        #[arg(long)]
        force: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum GoalCommand {
    #[command(visible_alias = "ny")]
    Add {
        plan: String,
        text: String,
        #[arg(long)]
        measure: Option<String>,
        #[arg(long, value_name = "DATUM")]
        by: Option<String>,
    },
    #[command(visible_alias = "ändra")]
    Set {
        plan: String,
        id: String,
        #[arg(long)]
        text: Option<String>,
        #[arg(long)]
        measure: Option<String>,
        #[arg(long, value_name = "DATUM")]
        by: Option<String>,
        #[arg(long, value_name = "BEDÖMNING")]
        outcome: Option<String>,
        #[arg(long, value_name = "DATUM")]
        outcome_date: Option<String>,
        #[arg(long, value_name = "TEXT")]
        comment: Option<String>,
    },
    #[command(visible_alias = "ta-bort")]
    Remove {
        plan: String,
        id: String,
        #[arg(long)]
        force: bool,
    },
}

#[derive(Args, Debug, Default)]
pub struct InterventionFields {
    #[arg(long)]
    pub party: Option<String>,
    #[arg(long = "need", value_delimiter = ',')]
    pub needs: Vec<String>,
    #[arg(long = "goal", value_delimiter = ',')]
    pub goals: Vec<String>,
    #[arg(long)]
    pub provider: Option<String>,
    #[arg(long)]
    pub contact: Option<String>,
    #[arg(long)]
    pub start: Option<String>,
    #[arg(long)]
    pub end: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum InterventionCommand {
    #[command(visible_alias = "ny")]
    Add {
        plan: String,
        text: String,
        #[command(flatten)]
        fields: InterventionFields,
    },
    #[command(visible_alias = "ändra")]
    Set {
        plan: String,
        id: String,
        #[arg(long, value_parser = EnumArg::<InterventionStatus>::new())]
        status: Option<InterventionStatus>,
        #[arg(long)]
        text: Option<String>,
        #[command(flatten)]
        fields: InterventionFields,
    },
    #[command(visible_alias = "ta-bort")]
    Remove { plan: String, id: String },
}

#[derive(Subcommand, Debug)]
pub enum MeasureCommand {
    #[command(visible_alias = "ny")]
    Add {
        plan: String,
        text: String,
        #[arg(long)]
        by: Option<String>,
        #[arg(long = "need", value_delimiter = ',')]
        needs: Vec<String>,
    },
    #[command(visible_alias = "inga")]
    None { plan: String },
    #[command(visible_alias = "ändra")]
    Set {
        plan: String,
        number: usize,
        #[arg(long)]
        text: Option<String>,
        #[arg(long)]
        by: Option<String>,
        #[arg(long = "need", value_delimiter = ',')]
        needs: Vec<String>,
    },
    #[command(visible_alias = "ta-bort")]
    Remove { plan: String, number: usize },
}

#[derive(Args, Debug)]
pub struct ResponsibleArgs {
    pub plan: String,
    #[arg(long)]
    pub party: Option<String>,
    #[arg(long)]
    pub person: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum MeetingCommand {
    #[command(visible_alias = "ny")]
    Add {
        plan: String,
        #[arg(long, value_parser = EnumArg::<MeetingKind>::new())]
        kind: Option<MeetingKind>,
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        digital: Option<String>,
        #[arg(long = "participant")]
        participants: Vec<String>,
    },
    #[command(visible_alias = "kallad")]
    Invited {
        plan: String,
        meeting: String,
        #[arg(long)]
        date: Option<String>,
    },
    #[command(visible_alias = "hållet")]
    Held {
        plan: String,
        meeting: String,
        #[arg(long)]
        notes: Option<String>,
        #[arg(long = "absent", value_name = "NAMN")]
        absent: Vec<String>,
    },
    #[command(visible_alias = "närvaro")]
    Attendance {
        plan: String,
        meeting: String,
        name: String,
        #[arg(long, conflicts_with = "present", required_unless_present = "present")]
        absent: bool,
        #[arg(long)]
        present: bool,
    },
    #[command(visible_alias = "ändra")]
    Set {
        plan: String,
        meeting: String,
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        digital: Option<String>,
        #[arg(long)]
        purpose: Option<String>,
        #[arg(long = "question")]
        questions: Vec<String>,
    },
    #[command(visible_alias = "ta-bort")]
    Remove { plan: String, meeting: String },
    #[command(visible_alias = "deltagare", subcommand)]
    Participant(ParticipantCommand),
}

#[derive(Subcommand, Debug)]
pub enum ParticipantCommand {
    #[command(visible_alias = "ny")]
    Add {
        plan: String,
        meeting: String,
        participant: String,
    },
    #[command(visible_alias = "ta-bort")]
    Remove {
        plan: String,
        meeting: String,
        name: String,
    },
}

#[derive(Args, Debug)]
pub struct FollowupArgs {
    pub plan: String,
    #[arg(long)]
    pub next: Option<String>,
}

#[derive(Args, Debug)]
pub struct StatusArgs {
    pub plan: String,
    #[arg(value_parser = EnumArg::<Status>::new())]
    pub status: Status,
}

#[derive(Args, Debug)]
pub struct CloseArgs {
    pub plan: String,
    #[arg(long, value_parser = EnumArg::<ClosingReason>::new())]
    pub reason: Option<ClosingReason>,
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long)]
    pub comment: Option<String>,
}

/// The documents' output formats (one enum with the renderers' dispatch).
pub use crate::documents::render::Format as DocFormat;

#[derive(Args, Debug)]
pub struct DocumentArgs {
    pub plan: String,
    #[arg(long)]
    pub meeting: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: DocFormat,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct InvitationArgs {
    #[command(flatten)]
    pub doc: DocumentArgs,
    #[arg(long, value_name = "MOTTAGARE")]
    pub to: Option<String>,
}

#[derive(Args, Debug)]
pub struct ProtocolArgs {
    pub plan: String,
    pub meeting: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: DocFormat,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    pub plan: String,
    #[arg(long, value_enum, default_value = "text")]
    pub format: DocFormat,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
    Ics,
    Xlsx,
}

/// The formats of `sip list` and `sip stats` (no calendar: they have no dates to put in one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Table,
    Json,
    Csv,
    Xlsx,
}

#[derive(Args, Debug)]
pub struct FollowupsArgs {
    pub plan: Option<String>,
    #[arg(long, default_value_t = 14)]
    pub within: u32,
    #[arg(long)]
    pub party: Option<String>,
    #[arg(long)]
    pub leader: Option<String>,
    #[arg(long)]
    pub agreement: Option<String>,
    #[arg(long)]
    pub anonymize: bool,
    #[arg(long)]
    pub names: bool,
    #[arg(long, value_enum, default_value = "table")]
    pub format: ListFormat,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[arg(long, value_parser = EnumArg::<Status>::new())]
    pub status: Option<Status>,
    #[arg(long)]
    pub agreement: Option<String>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: TableFormat,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    #[arg(long)]
    pub from: Option<String>,
    #[arg(long)]
    pub to: Option<String>,
    #[arg(long)]
    pub no_suppress: bool,
    #[arg(long, value_enum, default_value = "table")]
    pub format: TableFormat,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    #[arg(long)]
    pub from: Option<String>,
    #[arg(long)]
    pub to: Option<String>,
    #[arg(long, value_name = "ID")]
    pub agreement: Option<String>,
    #[arg(long, value_enum, default_value = "html")]
    pub format: ReportFormat,
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Html,
    Pdf,
    Markdown,
    Json,
    Xlsx,
}

#[derive(Args, Debug)]
pub struct FmtArgs {
    pub paths: Vec<PathBuf>,
    #[arg(long)]
    pub check: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    Plan,
    Agreement,
}

#[derive(Args, Debug)]
pub struct SchemaArgs {
    #[arg(value_enum)]
    pub kind: SchemaKind,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
