//! The command line: global flags and one struct per command. English command names
//! with Swedish aliases where a samtalsledare would reach for them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use super::enum_arg::EnumArg;
use crate::i18n::Lang;
use crate::model::enums::{
    ClosingReason, ConsentForm, Focus, Gender, InterventionStatus, MeetingKind, Occupation,
    RepresentativeRole, Status,
};

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
    #[arg(
        long,
        global = true,
        env = "SIP_LANG",
        value_enum,
        default_value = "sv"
    )]
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
    /// Skapa en planmapp (sip.toml)
    Init(InitArgs),
    /// Skapa en plan (status utkast)
    #[command(visible_alias = "ny")]
    New(NewArgs),
    /// Ändra planens egna uppgifter (syfte, inriktning, frågeställningar …)
    #[command(visible_alias = "ändra")]
    Set(Box<SetArgs>),
    /// Öppna en plan i $EDITOR och kontrollera den när den sparas
    #[command(visible_alias = "redigera")]
    Edit(PlanArg),
    /// Registrera eller återkalla samtycke
    #[command(visible_alias = "samtycke")]
    Consent(ConsentArgs),
    /// Behov
    #[command(visible_alias = "behov", subcommand)]
    Need(NeedCommand),
    /// Mål
    #[command(visible_alias = "mål", subcommand)]
    Goal(GoalCommand),
    /// Insatser
    #[command(visible_alias = "insats", subcommand)]
    Intervention(InterventionCommand),
    /// Åtgärder av andra än kommun och region
    #[command(visible_alias = "åtgärd", subcommand)]
    Measure(MeasureCommand),
    /// Övergripande ansvar
    #[command(visible_alias = "ansvar")]
    Responsible(ResponsibleArgs),
    /// SIP-möten
    #[command(visible_alias = "möte", subcommand)]
    Meeting(MeetingCommand),
    /// Datum för nästa uppföljning
    Followup(FollowupArgs),
    /// Ändra planens status
    Status(StatusArgs),
    /// Avsluta planen
    #[command(visible_alias = "avsluta")]
    Close(CloseArgs),
    /// Kontrollera planer mot lagen och överenskommelsen
    #[command(visible_alias = "kontrollera")]
    Check(CheckArgs),
    /// Skriv ut dagordningen för ett möte
    #[command(visible_alias = "dagordning")]
    Agenda(DocumentArgs),
    /// Skriv ut kallelsen till ett möte, till alla eller till en mottagare
    #[command(visible_alias = "kallelse")]
    Invitation(InvitationArgs),
    /// Skriv ut minnesanteckningarna från ett möte
    #[command(visible_alias = "protokoll")]
    Protocol(ProtocolArgs),
    /// Skriv ut plandokumentet
    #[command(visible_alias = "visa")]
    Show(ShowArgs),
    /// Det som ska följas upp: hela mappen, eller en plans checklista
    #[command(visible_alias = "uppföljning")]
    Followups(FollowupsArgs),
    /// En rad per plan
    #[command(visible_alias = "lista")]
    List(ListArgs),
    /// Statistik utan personuppgifter
    #[command(visible_alias = "statistik")]
    Stats(StatsArgs),
    /// Rapport till styrelsen: SIP-arbetet under en period, utan personuppgifter
    #[command(visible_alias = "rapport")]
    Report(ReportArgs),
    /// Skriv om planer i kanonisk form
    Fmt(FmtArgs),
    /// JSON Schema för redigerare
    Schema(SchemaArgs),
    /// Skalkomplettering
    Completions(CompletionsArgs),
    /// Manualsidan
    Man,
    /// Visa reglerna, eller en regels dokumentation
    #[command(visible_alias = "regler")]
    Rules(RulesArgs),
    /// Visa och kontrollera överenskommelser
    #[command(visible_alias = "överenskommelser", subcommand)]
    Agreements(AgreementsCommand),
    /// gits sammanslagning av en plan efter innehåll (anropas av git, se setup-git)
    Merge(MergeArgs),
    /// Registrera sips sammanslagning av planer i den här klonens git-inställningar
    SetupGit,
    /// Planens ändringar ur git, per datum och person
    #[command(visible_alias = "historik")]
    History(HistoryArgs),
    /// Gallring: avslutade planer vars tid har gått ut enligt [gallring] i sip.toml (utan --apply
    /// bara en lista)
    #[command(visible_alias = "gallring")]
    Gallra(GallraArgs),
    /// Individens företrädare (vårdnadshavare, förvaltare, god man)
    #[command(visible_alias = "företrädare", subcommand)]
    Representative(RepresentativeCommand),
    /// Närstående, och om de får delta
    #[command(visible_alias = "närstående", subcommand)]
    Relative(RelativeCommand),
    /// Det individen själv ska göra (egna åtgärder)
    #[command(visible_alias = "egen", subcommand)]
    Own(OwnCommand),
    /// Vem som får en kopia av planen
    #[command(visible_alias = "kopia", subcommand)]
    Copy(CopyCommand),
    /// Hitta planer på id, namn eller personnummer
    #[command(visible_alias = "sök")]
    Find(FindArgs),
    /// Förslag till skalkompletteringen (anropas av skripten från `sip completions`)
    #[command(name = "__complete", hide = true)]
    Complete(CompleteArgs),
    /// Nycklar för krypterade planer (age)
    #[command(visible_alias = "nycklar", subcommand)]
    Keys(KeysCommand),
    /// Kryptera planernas personuppgifter (sops-format)
    #[command(visible_alias = "kryptera")]
    Encrypt(EncryptArgs),
    /// Skriv ut en krypterad plan i klartext
    #[command(visible_alias = "dekryptera")]
    Decrypt(DecryptArgs),
}

#[derive(Args, Debug)]
pub struct CompleteArgs {
    /// Skalet som frågar
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
    /// Numret på ordet som kompletteras (0 är sip)
    pub index: usize,
    /// Kommandoradens ord (efter --)
    #[arg(last = true, allow_hyphen_values = true)]
    pub words: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum KeysCommand {
    /// Skapa en egen nyckel (age) och skriv ut dess mottagare
    #[command(visible_alias = "ny")]
    New(KeysNewArgs),
    /// Visa planmappens mottagare
    #[command(visible_alias = "lista")]
    List,
    /// Lägg till en mottagare och öppna varje plan för den
    #[command(visible_alias = "lägg-till")]
    Add(RecipientArg),
    /// Ta bort en mottagare: nya datanycklar, varje värde krypteras om
    #[command(visible_alias = "ta-bort")]
    Remove(RecipientArg),
}

#[derive(Args, Debug)]
pub struct KeysNewArgs {
    /// Nyckelfilen (standard: ~/.config/sip/nyckel.txt)
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct RecipientArg {
    /// Mottagaren: en publik age-nyckel (age1…) eller ssh-ed25519-nyckel
    pub recipient: String,
}

#[derive(Args, Debug)]
pub struct EncryptArgs {
    /// Planer (id eller sökväg)
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub plans: Vec<String>,
    /// Alla planer i planmappen
    #[arg(long)]
    pub all: bool,
    /// Planens nya innehåll i klartext ur en fil (`-` för standard in); oförändrade värden
    /// behåller sin krypterade text
    #[arg(long, value_name = "FIL", conflicts_with = "all")]
    pub from: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct DecryptArgs {
    /// Planen (id eller sökväg)
    pub plan: String,
    /// Skriv klartexten till en fil (ny, bara läsbar för dig) i stället för standard ut
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
    /// För git diff (textconv, registreras av setup-git): PLAN är en fils sökväg; skriver den i
    /// klartext om en nyckel öppnar den, annars som den är, och misslyckas aldrig
    #[arg(long, conflicts_with = "output")]
    pub textconv: bool,
}

#[derive(Subcommand, Debug)]
pub enum RepresentativeCommand {
    /// Lägg till en företrädare
    #[command(visible_alias = "ny")]
    Add {
        /// Planens id eller sökväg
        plan: String,
        /// Företrädarens namn
        name: String,
        /// Företrädarens roll
        #[arg(long, value_parser = EnumArg::<RepresentativeRole>::new())]
        role: Option<RepresentativeRole>,
        /// Telefon eller e-post
        #[arg(long)]
        contact: Option<String>,
    },
    /// Ta bort en företrädare
    #[command(visible_alias = "ta-bort")]
    Remove {
        /// Planens id eller sökväg
        plan: String,
        /// Företrädarens namn
        name: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum RelativeCommand {
    /// Lägg till en närstående
    #[command(visible_alias = "ny")]
    Add {
        /// Planens id eller sökväg
        plan: String,
        /// Den närståendes namn
        name: String,
        /// Relation till individen, t.ex. mor
        #[arg(long)]
        relation: Option<String>,
        /// Individen vill inte att den närstående deltar
        #[arg(long)]
        no_participation: bool,
    },
    /// Ändra en närstående
    #[command(visible_alias = "ändra")]
    Set {
        /// Planens id eller sökväg
        plan: String,
        /// Den närståendes namn
        name: String,
        /// Får delta: ja | nej
        #[arg(long)]
        participation: Option<String>,
        /// Relation till individen
        #[arg(long)]
        relation: Option<String>,
    },
    /// Ta bort en närstående
    #[command(visible_alias = "ta-bort")]
    Remove {
        /// Planens id eller sökväg
        plan: String,
        /// Den närståendes namn
        name: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum OwnCommand {
    /// Lägg till något individen själv ska göra
    #[command(visible_alias = "ny")]
    Add {
        /// Planens id eller sökväg
        plan: String,
        /// Vad individen ska göra
        text: String,
    },
    /// Ta bort en egen åtgärd (nummer 1, 2, … som i `sip show`)
    #[command(visible_alias = "ta-bort")]
    Remove {
        /// Planens id eller sökväg
        plan: String,
        /// Åtgärdens nummer
        number: usize,
    },
}

#[derive(Subcommand, Debug)]
pub enum CopyCommand {
    /// Lägg till en mottagare av kopia: "NAMN" eller "NAMN:PART"
    #[command(visible_alias = "ny")]
    Add {
        /// Planens id eller sökväg
        plan: String,
        /// "NAMN" eller "NAMN:PART"
        recipient: String,
    },
    /// Ta bort en mottagare av kopia
    #[command(visible_alias = "ta-bort")]
    Remove {
        /// Planens id eller sökväg
        plan: String,
        /// Mottagarens namn
        name: String,
    },
}

#[derive(Args, Debug)]
pub struct FindArgs {
    /// Del av id, namn eller personnummer (stora och små bokstäver, accenter spelar ingen roll)
    pub text: String,
}

#[derive(Args, Debug)]
pub struct MergeArgs {
    /// Den gemensamma versionen (git: %O)
    pub base: PathBuf,
    /// Din version; resultatet skrivs hit (git: %A)
    pub ours: PathBuf,
    /// Den andras version (git: %B)
    pub theirs: PathBuf,
    /// Filens sökväg i förrådet, för meddelanden (git: %P)
    pub path: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// Planens id eller sökväg
    pub plan: String,
    /// Bara ändringar från och med ett datum (ÅÅÅÅ-MM-DD) eller ett mötes dag (MÖ1)
    #[arg(long, value_name = "DATUM|MÖTE")]
    pub since: Option<String>,
    /// Utdataformat
    #[arg(long, value_enum, default_value = "text")]
    pub format: HistoryFormat,
    /// Skriv till FIL i stället för stdout
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct GallraArgs {
    /// Gallra: ta bort planerna och varje version av dem ur git-historiken (med git-filter-repo)
    /// och anteckna det i gallringslogg.csv
    #[arg(long)]
    pub apply: bool,
    /// Skriv först ett arkivexemplar av varje plan som gallras: MAPP/<planens id>.pdf (PDF/A-2b,
    /// med plandokumentet, alla minnesanteckningar och historiken)
    #[arg(long, value_name = "MAPP")]
    pub archive: Option<PathBuf>,
    /// Vem som gallrar, som en roll eller funktion och aldrig ett namn (till gallringsloggen;
    /// annars utförd_av i sip.toml)
    #[arg(long, value_name = "TEXT")]
    pub by: Option<String>,
    /// Med --apply i en planmapp utan git: ta bort bara filerna (det finns ingen historik)
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
    /// Filer eller mappar (standard: hela planmappen); `-` läser en plan från stdin
    pub paths: Vec<PathBuf>,
    /// Utdataformat
    #[arg(long, value_enum, default_value = "human")]
    pub format: crate::report::Format,
    /// Skriv till FIL i stället för stdout
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
    /// Med sökvägen `-`: planens sökväg, för meddelanden, filnamnsregler och överenskommelsen
    #[arg(long, value_name = "SÖKVÄG")]
    pub stdin_filename: Option<PathBuf>,
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
    /// Utdataformat
    #[arg(long, value_enum, default_value = "text")]
    pub format: RulesFormat,
    /// Skriv till FIL i stället för stdout
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

/// A plan: its id or a path to its file.
#[derive(Args, Debug)]
pub struct PlanArg {
    /// Planens id eller sökväg
    pub plan: String,
}

#[derive(Args, Debug)]
pub struct InitArgs {
    /// Mappen (standard: den aktuella)
    pub dir: Option<PathBuf>,
    /// Standardöverenskommelse
    #[arg(long)]
    pub agreement: Option<String>,
    /// Standardsamtalsledare
    #[arg(long)]
    pub leader: Option<String>,
    /// Kryptera planernas personuppgifter (kräver --recipient)
    #[arg(long, requires = "recipients")]
    pub encrypt: bool,
    /// Mottagare av planernas datanycklar (age1… eller ssh-ed25519 …; kan upprepas)
    #[arg(long = "recipient", value_name = "MOTTAGARE", requires = "encrypt")]
    pub recipients: Vec<String>,
}

/// The plan's own fields, shared by `new` and `set`.
#[derive(Args, Debug, Default, Clone)]
pub struct PlanFields {
    /// Syfte
    #[arg(long)]
    pub purpose: Option<String>,
    /// Inriktning
    #[arg(long, value_parser = EnumArg::<Focus>::new())]
    pub focus: Option<Focus>,
    /// Frågeställning (kan upprepas; ersätter listan)
    #[arg(long = "question")]
    pub questions: Vec<String>,
    /// Samtalsledare
    #[arg(long)]
    pub leader: Option<String>,
    /// Sysselsättning
    #[arg(long, value_parser = EnumArg::<Occupation>::new())]
    pub occupation: Option<Occupation>,
    /// Kön
    #[arg(long, value_parser = EnumArg::<Gender>::new())]
    pub gender: Option<Gender>,
    /// Ersättning (kan upprepas; ersätter listan)
    #[arg(long = "benefit")]
    pub benefits: Vec<String>,
}

#[derive(Args, Debug)]
pub struct NewArgs {
    /// Överenskommelse (standard: sip.toml)
    #[arg(long)]
    pub agreement: Option<String>,
    /// Individens namn
    #[arg(long)]
    pub name: Option<String>,
    /// Personnummer eller samordningsnummer
    #[arg(long, conflicts_with = "birth_date")]
    pub personnummer: Option<String>,
    /// Födelsedatum (när personnummer saknas)
    #[arg(long)]
    pub birth_date: Option<String>,
    /// Parten som kallar
    #[arg(long)]
    pub initiated_by: Option<String>,
    /// Initieringsdatum (standard: i dag)
    #[arg(long)]
    pub date: Option<String>,
    #[command(flatten)]
    pub fields: PlanFields,
}

#[derive(Args, Debug)]
pub struct SetArgs {
    /// Planens id eller sökväg
    pub plan: String,
    #[command(flatten)]
    pub fields: PlanFields,
    #[command(flatten)]
    pub more: SetFields,
}

/// The plan's other own fields (v2), for `set`.
#[derive(Args, Debug, Default, Clone)]
pub struct SetFields {
    /// Individens namn
    #[arg(long)]
    pub name: Option<String>,
    /// Personnummer (ÅÅÅÅMMDD-NNNN)
    #[arg(long, conflicts_with = "birth_date")]
    pub personnummer: Option<String>,
    /// Födelsedatum (när personnummer saknas)
    #[arg(long)]
    pub birth_date: Option<String>,
    /// Överenskommelse
    #[arg(long)]
    pub agreement: Option<String>,
    /// Nuläge, så som det beskrevs vid mötet (bakgrund)
    #[arg(long)]
    pub background: Option<String>,
    /// Individens eget mål, med individens egna ord
    #[arg(long)]
    pub own_goal: Option<String>,
    /// Vem som föreslog SIP
    #[arg(long)]
    pub proposed_by: Option<String>,
    /// Dag då slutenvården meddelade att patienten är utskrivningsklar (de tre dagarna till kallelsen räknas därifrån)
    #[arg(long)]
    pub discharge_ready: Option<String>,
    /// Patientens fasta vårdkontakt
    #[arg(long)]
    pub care_contact: Option<String>,
    /// Barnets egna synpunkter: hur de har tagits fram och vad de är
    #[arg(long, value_name = "TEXT")]
    pub childs_views: Option<String>,
    /// Öppen psykiatrisk tvångsvård (lpt) eller öppen rättspsykiatrisk vård (lrv), eller ingen
    #[arg(long, value_name = "TVÅNGSVÅRD", value_parser = ["lpt", "lrv", "ingen"])]
    pub compulsory_care: Option<String>,
    /// Språket som individen behöver tolk för, t.ex. arabiska
    #[arg(long, value_name = "SPRÅK")]
    pub interpreter: Option<String>,
    /// Skyddade personuppgifter: ja | nej
    #[arg(long, value_name = "JA|NEJ")]
    pub protected: Option<String>,
    /// Parten som kallar (initiering.part)
    #[arg(long, value_name = "PART")]
    pub initiated_by: Option<String>,
    /// Dagen då SIP initierades (initiering.datum)
    #[arg(long, value_name = "DATUM")]
    pub initiated: Option<String>,
    /// Ta bort en valfri nyckel, t.ex. initiering.utskrivningsklar (kan upprepas)
    #[arg(long = "clear", value_name = "NYCKEL")]
    pub clear: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ConsentArgs {
    /// Planens id eller sökväg
    pub plan: String,
    /// Dag då samtycket gavs
    #[arg(long)]
    pub date: Option<String>,
    /// Hur samtycket gavs
    #[arg(long, value_parser = EnumArg::<ConsentForm>::new())]
    pub form: Option<ConsentForm>,
    /// Vem som gav samtycket: individen, en roll eller företrädarnas namn (kommaseparerade)
    #[arg(long, value_delimiter = ',')]
    pub given_by: Vec<String>,
    /// Vem som dokumenterade (standard: planens samtalsledare)
    #[arg(long)]
    pub documented_by: Option<String>,
    /// Parter som omfattas (kommaseparerade)
    #[arg(long, value_delimiter = ',')]
    pub parties: Vec<String>,
    /// Sista giltighetsdag
    #[arg(long)]
    pub valid_until: Option<String>,
    /// Dag då samtycket återkallades
    #[arg(long, conflicts_with_all = ["date", "form", "given_by", "documented_by", "parties", "valid_until", "add_party", "remove_party", "scope", "add_other", "remove_other"])]
    pub withdrawn: Option<String>,
    /// Lägg till en part i samtycket (kan upprepas)
    #[arg(long = "add-party", value_delimiter = ',')]
    pub add_party: Vec<String>,
    /// Ta bort en part ur samtycket (kan upprepas)
    #[arg(long = "remove-party", value_delimiter = ',')]
    pub remove_party: Vec<String>,
    /// Vilka uppgifter som får lämnas ut (omfattning)
    #[arg(long)]
    pub scope: Option<String>,
    /// Lägg till en deltagare utan part som samtycket omfattar, med namn (kan upprepas)
    #[arg(long = "add-other", value_name = "NAMN")]
    pub add_other: Vec<String>,
    /// Ta bort en deltagare utan part ur samtycket (kan upprepas)
    #[arg(long = "remove-other", value_name = "NAMN")]
    pub remove_other: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum NeedCommand {
    /// Lägg till ett behov
    #[command(visible_alias = "ny")]
    Add {
        /// Planens id eller sökväg
        plan: String,
        /// Behovet med individens egna ord
        text: String,
    },
    /// Ändra ett behov
    #[command(visible_alias = "ändra")]
    Set {
        /// Planens id eller sökväg
        plan: String,
        /// Behovets id (B1)
        id: String,
        /// Ny beskrivning
        text: String,
    },
    /// Ta bort ett behov
    #[command(visible_alias = "ta-bort")]
    Remove {
        /// Planens id eller sökväg
        plan: String,
        /// Behovets id (B1)
        id: String,
        /// Ta bort även hänvisningarna till behovet
        #[arg(long)]
        force: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum GoalCommand {
    /// Lägg till ett mål
    #[command(visible_alias = "ny")]
    Add {
        /// Planens id eller sökväg
        plan: String,
        /// Målet med individens egna ord
        text: String,
        /// Mått
        #[arg(long)]
        measure: Option<String>,
        /// Senast (datum)
        #[arg(long, value_name = "DATUM")]
        by: Option<String>,
    },
    /// Ändra ett mål
    #[command(visible_alias = "ändra")]
    Set {
        /// Planens id eller sökväg
        plan: String,
        /// Målets id (M1)
        id: String,
        /// Ny beskrivning
        #[arg(long)]
        text: Option<String>,
        /// Mått
        #[arg(long)]
        measure: Option<String>,
        /// Senast (datum)
        #[arg(long, value_name = "DATUM")]
        by: Option<String>,
        /// Utvärdering: uppnått, delvis_uppnått, ej_uppnått, eller ingen (tar bort utvärderingen)
        #[arg(long, value_name = "BEDÖMNING")]
        outcome: Option<String>,
        /// Dag då målet utvärderades (standard: i dag)
        #[arg(long, value_name = "DATUM")]
        outcome_date: Option<String>,
        /// Kommentar till utvärderingen
        #[arg(long, value_name = "TEXT")]
        comment: Option<String>,
    },
    /// Ta bort ett mål
    #[command(visible_alias = "ta-bort")]
    Remove {
        /// Planens id eller sökväg
        plan: String,
        /// Målets id (M1)
        id: String,
        /// Ta bort även hänvisningarna till målet
        #[arg(long)]
        force: bool,
    },
}

#[derive(Args, Debug, Default)]
pub struct InterventionFields {
    /// Ansvarig part (huvudman)
    #[arg(long)]
    pub party: Option<String>,
    /// Behov som insatsen möter (B1,B2)
    #[arg(long = "need", value_delimiter = ',')]
    pub needs: Vec<String>,
    /// Mål (M1,M2)
    #[arg(long = "goal", value_delimiter = ',')]
    pub goals: Vec<String>,
    /// Utförare
    #[arg(long)]
    pub provider: Option<String>,
    /// Kontaktperson
    #[arg(long)]
    pub contact: Option<String>,
    /// Startdag
    #[arg(long)]
    pub start: Option<String>,
    /// Slutdag
    #[arg(long)]
    pub end: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum InterventionCommand {
    /// Lägg till en insats
    #[command(visible_alias = "ny")]
    Add {
        /// Planens id eller sökväg
        plan: String,
        /// Vad insatsen är
        text: String,
        #[command(flatten)]
        fields: InterventionFields,
    },
    /// Ändra en insats
    #[command(visible_alias = "ändra")]
    Set {
        /// Planens id eller sökväg
        plan: String,
        /// Insatsens id (I1)
        id: String,
        /// Insatsens status
        #[arg(long, value_parser = EnumArg::<InterventionStatus>::new())]
        status: Option<InterventionStatus>,
        /// Ny beskrivning
        #[arg(long)]
        text: Option<String>,
        #[command(flatten)]
        fields: InterventionFields,
    },
    /// Ta bort en insats
    #[command(visible_alias = "ta-bort")]
    Remove {
        /// Planens id eller sökväg
        plan: String,
        /// Insatsens id (I1)
        id: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum MeasureCommand {
    /// Lägg till en åtgärd av någon annan
    #[command(visible_alias = "ny")]
    Add {
        /// Planens id eller sökväg
        plan: String,
        /// Vad åtgärden är
        text: String,
        /// Vem som vidtar åtgärden
        #[arg(long)]
        by: Option<String>,
        /// Behov som åtgärden möter (B1,B2)
        #[arg(long = "need", value_delimiter = ',')]
        needs: Vec<String>,
    },
    /// Registrera att inga åtgärder av andra finns (prövat)
    #[command(visible_alias = "inga")]
    None {
        /// Planens id eller sökväg
        plan: String,
    },
    /// Ändra en åtgärd (nummer 1, 2, … som i `sip show`)
    #[command(visible_alias = "ändra")]
    Set {
        /// Planens id eller sökväg
        plan: String,
        /// Åtgärdens nummer
        number: usize,
        /// Ny beskrivning
        #[arg(long)]
        text: Option<String>,
        /// Vem som vidtar åtgärden
        #[arg(long)]
        by: Option<String>,
        /// Behov som åtgärden möter (B1,B2)
        #[arg(long = "need", value_delimiter = ',')]
        needs: Vec<String>,
    },
    /// Ta bort en åtgärd (nummer 1, 2, … som i `sip show`)
    #[command(visible_alias = "ta-bort")]
    Remove {
        /// Planens id eller sökväg
        plan: String,
        /// Åtgärdens nummer
        number: usize,
    },
}

#[derive(Args, Debug)]
pub struct ResponsibleArgs {
    /// Planens id eller sökväg
    pub plan: String,
    /// Huvudmannen med övergripande ansvar
    #[arg(long)]
    pub party: Option<String>,
    /// Ansvarig person
    #[arg(long)]
    pub person: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum MeetingCommand {
    /// Lägg till ett möte
    #[command(visible_alias = "ny")]
    Add {
        /// Planens id eller sökväg
        plan: String,
        /// Typ av möte
        #[arg(long, value_parser = EnumArg::<MeetingKind>::new())]
        kind: Option<MeetingKind>,
        /// Tid, ÅÅÅÅ-MM-DDTTT:MM
        #[arg(long)]
        at: Option<String>,
        /// Plats
        #[arg(long)]
        place: Option<String>,
        /// Digitalt system
        #[arg(long)]
        digital: Option<String>,
        /// Deltagare: "NAMN", "NAMN:PART" eller "NAMN:ROLL", med enhet efter: "NAMN:PART:ENHET" (kan upprepas)
        #[arg(long = "participant")]
        participants: Vec<String>,
    },
    /// Registrera att kallelsen skickats
    #[command(visible_alias = "kallad")]
    Invited {
        /// Planens id eller sökväg
        plan: String,
        /// Mötets id (MÖ1)
        meeting: String,
        /// Dag då kallelsen skickades (standard: i dag)
        #[arg(long)]
        date: Option<String>,
    },
    /// Registrera att mötet hållits
    #[command(visible_alias = "hållet")]
    Held {
        /// Planens id eller sökväg
        plan: String,
        /// Mötets id (MÖ1)
        meeting: String,
        /// Anteckningar
        #[arg(long)]
        notes: Option<String>,
        /// En deltagare som inte kom (kan upprepas)
        #[arg(long = "absent", value_name = "NAMN")]
        absent: Vec<String>,
    },
    /// Rätta vem som var där på ett hållet möte
    #[command(visible_alias = "närvaro")]
    Attendance {
        /// Planens id eller sökväg
        plan: String,
        /// Mötets id (MÖ1)
        meeting: String,
        /// Deltagarens namn
        name: String,
        /// Deltagaren kom inte
        #[arg(long, conflicts_with = "present", required_unless_present = "present")]
        absent: bool,
        /// Deltagaren var där
        #[arg(long)]
        present: bool,
    },
    /// Flytta eller ändra ett möte
    #[command(visible_alias = "ändra")]
    Set {
        /// Planens id eller sökväg
        plan: String,
        /// Mötets id (MÖ1)
        meeting: String,
        /// Ny tid, ÅÅÅÅ-MM-DDTTT:MM
        #[arg(long)]
        at: Option<String>,
        /// Plats
        #[arg(long)]
        place: Option<String>,
        /// Digitalt system
        #[arg(long)]
        digital: Option<String>,
        /// Mötets eget syfte
        #[arg(long)]
        purpose: Option<String>,
        /// Mötets egna frågeställningar (kan upprepas; ersätter listan)
        #[arg(long = "question")]
        questions: Vec<String>,
    },
    /// Ta bort ett möte som inte hållits
    #[command(visible_alias = "ta-bort")]
    Remove {
        /// Planens id eller sökväg
        plan: String,
        /// Mötets id (MÖ1)
        meeting: String,
    },
    /// Deltagare i ett möte
    #[command(visible_alias = "deltagare", subcommand)]
    Participant(ParticipantCommand),
}

#[derive(Subcommand, Debug)]
pub enum ParticipantCommand {
    /// Lägg till en deltagare
    #[command(visible_alias = "ny")]
    Add {
        /// Planens id eller sökväg
        plan: String,
        /// Mötets id (MÖ1)
        meeting: String,
        /// "NAMN", "NAMN:PART" eller "NAMN:ROLL", med enhet efter: "NAMN:PART:ENHET"
        participant: String,
    },
    /// Ta bort en deltagare
    #[command(visible_alias = "ta-bort")]
    Remove {
        /// Planens id eller sökväg
        plan: String,
        /// Mötets id (MÖ1)
        meeting: String,
        /// Deltagarens namn
        name: String,
    },
}

#[derive(Args, Debug)]
pub struct FollowupArgs {
    /// Planens id eller sökväg
    pub plan: String,
    /// Nästa uppföljning (datum)
    #[arg(long)]
    pub next: Option<String>,
}

#[derive(Args, Debug)]
pub struct StatusArgs {
    /// Planens id eller sökväg
    pub plan: String,
    /// Planens nya status
    #[arg(value_parser = EnumArg::<Status>::new())]
    pub status: Status,
}

#[derive(Args, Debug)]
pub struct CloseArgs {
    /// Planens id eller sökväg
    pub plan: String,
    /// Varför planen avslutas
    #[arg(long, value_parser = EnumArg::<ClosingReason>::new())]
    pub reason: Option<ClosingReason>,
    /// Avslutsdag (standard: i dag)
    #[arg(long)]
    pub date: Option<String>,
    /// Kommentar
    #[arg(long)]
    pub comment: Option<String>,
}

/// The documents' output formats (one enum with the renderers' dispatch).
pub use crate::documents::render::Format as DocFormat;

#[derive(Args, Debug)]
pub struct DocumentArgs {
    /// Planens id eller sökväg
    pub plan: String,
    /// Mötets id (standard: nästa möte som inte hållits)
    #[arg(long)]
    pub meeting: Option<String>,
    /// Utdataformat
    #[arg(long, value_enum, default_value = "text")]
    pub format: DocFormat,
    /// Skriv dokumentet till FIL i stället för stdout
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct InvitationArgs {
    #[command(flatten)]
    pub doc: DocumentArgs,
    /// Brevet till en mottagare: individen, en persons namn eller en parts id (standard: översikten till alla)
    #[arg(long, value_name = "MOTTAGARE")]
    pub to: Option<String>,
}

#[derive(Args, Debug)]
pub struct ProtocolArgs {
    /// Planens id eller sökväg
    pub plan: String,
    /// Mötets id (standard: det senaste genomförda mötet)
    pub meeting: Option<String>,
    /// Utdataformat
    #[arg(long, value_enum, default_value = "text")]
    pub format: DocFormat,
    /// Skriv dokumentet till FIL i stället för stdout
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// Planens id eller sökväg
    pub plan: String,
    /// Utdataformat
    #[arg(long, value_enum, default_value = "text")]
    pub format: DocFormat,
    /// Skriv dokumentet till FIL i stället för stdout
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
    /// En plan (visar dess checklista)
    pub plan: Option<String>,
    /// Dagar framåt
    #[arg(long, default_value_t = 14)]
    pub within: u32,
    /// Bara det som en part ansvarar för
    #[arg(long)]
    pub party: Option<String>,
    /// Bara planer med den här samtalsledaren
    #[arg(long)]
    pub leader: Option<String>,
    /// Bara planer under den här överenskommelsen
    #[arg(long)]
    pub agreement: Option<String>,
    /// Bara initialer
    #[arg(long)]
    pub anonymize: bool,
    /// Med --format ics: skriv ut individens namn. Utan flaggan visas bara initialer, eftersom
    /// en kalender ofta synkas till Outlook, Google eller en telefon, utanför planmappen.
    #[arg(long)]
    pub names: bool,
    /// Utdataformat (xlsx och ics till en fil)
    #[arg(long, value_enum, default_value = "table")]
    pub format: ListFormat,
    /// Skriv till FIL i stället för stdout
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Bara planer med den här statusen
    #[arg(long, value_parser = EnumArg::<Status>::new())]
    pub status: Option<Status>,
    /// Bara planer under den här överenskommelsen
    #[arg(long)]
    pub agreement: Option<String>,
    /// Utdataformat (xlsx till en fil)
    #[arg(long, value_enum, default_value = "table")]
    pub format: TableFormat,
    /// Skriv till FIL i stället för stdout
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Från och med (initieringsdatum)
    #[arg(long)]
    pub from: Option<String>,
    /// Till och med
    #[arg(long)]
    pub to: Option<String>,
    /// Visa även celler med 1–4
    #[arg(long)]
    pub no_suppress: bool,
    /// Utdataformat (xlsx till en fil)
    #[arg(long, value_enum, default_value = "table")]
    pub format: TableFormat,
    /// Skriv till FIL i stället för stdout
    #[arg(short = 'o', long = "output", value_name = "FIL")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Från och med (standard: 1 januari i år)
    #[arg(long)]
    pub from: Option<String>,
    /// Till och med (standard: i dag)
    #[arg(long)]
    pub to: Option<String>,
    /// Bara planer enligt den här överenskommelsen (id)
    #[arg(long, value_name = "ID")]
    pub agreement: Option<String>,
    /// Utdataformat (pdf och xlsx till en fil)
    #[arg(long, value_enum, default_value = "html")]
    pub format: ReportFormat,
    /// Skriv till FIL i stället för stdout
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
    /// Filer eller mappar (standard: hela planmappen)
    pub paths: Vec<PathBuf>,
    /// Ändra inget; slutkod 1 om någon fil inte är i kanonisk form
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
    /// Vilket schema: plan eller överenskommelse
    #[arg(value_enum)]
    pub kind: SchemaKind,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// Skalet
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
