//! The rule table: every rule's code, name, default severity, source and documentation, declared once here, below `findings`, `model` and `rules`: a finding
//! is plain data that names its code, and whoever prints it looks the rest up in this table. The
//! checks themselves are in `rules` (one per code; a test there checks that every code has one).
//!
//! A rule's source and documentation cite what a user can look up: the law in force, a document
//! by title and issuer, or "sip:s planformat"; never a working file (a test checks it).
//!
//! Each rule's message is `fynd-<KOD>` in `locales/*/fynd.ftl`, its variables filled from the
//! finding's values (`Finding::message`).

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    /// The Swedish word, as in `[regler]`, the JSON output and the human header.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "fel",
            Severity::Warning => "varning",
            Severity::Info => "info",
        }
    }
    /// The word shown for the severity (`fynd-niva-…` in `locales/*/fynd.ftl`).
    pub fn word(self, lang: Lang) -> &'static str {
        static WORDS: std::sync::LazyLock<[[String; 3]; 2]> = std::sync::LazyLock::new(|| {
            [Lang::Sv, Lang::En].map(|lang| {
                [
                    t!(lang, "fynd-niva-fel"),
                    t!(lang, "fynd-niva-varning"),
                    t!(lang, "fynd-niva-info"),
                ]
            })
        });
        let by_lang = match lang {
            Lang::Sv => &WORDS[0],
            Lang::En => &WORDS[1],
        };
        &by_lang[self as usize]
    }
}

/// A rule's metadata: one row of the table.
#[derive(Debug)]
pub struct RuleMeta {
    pub code: Code,
    /// Swedish kebab-case name.
    pub name: &'static str,
    /// The severity unless `[regler]` says otherwise.
    pub severity: Severity,
    /// Short citation printed under each finding (`= källa: …`).
    pub source: &'static str,
    /// Markdown documentation (Swedish) with the headings `## Vad regeln kontrollerar`,
    /// `## Varför` and `## Källa`.
    pub doc: &'static str,
}

impl RuleMeta {
    /// The Fluent id of the rule's message: `fynd-S001`.
    pub fn message_id(&self) -> String {
        format!("fynd-{}", self.code)
    }
    /// The variables the rule's message uses in a language, in order of appearance.
    pub fn variables(&self, lang: Lang) -> Vec<&'static str> {
        let head = format!("{} =", self.message_id());
        let mut names = Vec::new();
        for (_, text) in crate::i18n::sources(lang) {
            let mut lines = text.lines().skip_while(|l| !l.starts_with(&head));
            let Some(first) = lines.next() else { continue };
            // The message: its first line and the indented lines that continue it.
            let body = std::iter::once(&first[head.len()..])
                .chain(lines.take_while(|l| l.starts_with(' ') || l.is_empty()));
            for line in body {
                let mut rest = line;
                while let Some(i) = rest.find('$') {
                    let after = &rest[i + 1..];
                    let end = after
                        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                        .unwrap_or(after.len());
                    if end > 0 && !names.contains(&&after[..end]) {
                        names.push(&after[..end]);
                    }
                    rest = &after[end..];
                }
            }
        }
        names
    }
    /// The rule's message as a template, each variable shown as `{name}` (`sip rules`).
    pub fn template(&self, lang: Lang) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue<'static>)> = self
            .variables(lang)
            .into_iter()
            .map(|v| (v, format!("{{{v}}}").into()))
            .collect();
        crate::i18n::tr(lang, &self.message_id(), &args)
    }
    /// The documentation with the one-space indent of `///` lines removed.
    pub fn doc_text(&self) -> String {
        self.doc
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }
}

/// The table: the `Code` enum (sorted), `Code::ALL` and `TABLE` in the same order, from one
/// entry per rule.
macro_rules! rule_table {
    ($(
        $(#[doc = $doc:literal])*
        $code:ident {
            name: $name:literal,
            severity: $sev:ident,
            source: $src:literal $(,)?
        }
    )+) => {
        /// Every rule code, sorted.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $($code),+ }
        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$code),+];
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$code => stringify!($code)),+ }
            }
            pub fn parse(s: &str) -> Option<Code> {
                match s.trim().to_ascii_uppercase().as_str() {
                    $(stringify!($code) => Some(Code::$code),)+
                    _ => None,
                }
            }
        }
        /// Every rule's metadata, in code order (`TABLE[code as usize]`).
        pub static TABLE: &[RuleMeta] = &[$(
            RuleMeta {
                code: Code::$code,
                name: $name,
                severity: Severity::$sev,
                source: $src,
                doc: concat!($($doc, "\n"),*),
            }
        ),+];
    };
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The metadata of a code.
pub fn meta(code: Code) -> &'static RuleMeta {
    &TABLE[code as usize]
}

/// Look a rule up by code (`L004`) or name (`övergripande-ansvar-saknas`).
pub fn find(key: &str) -> Option<&'static RuleMeta> {
    if let Some(code) = Code::parse(key) {
        return Some(meta(code));
    }
    TABLE.iter().find(|m| m.name == key.trim())
}

rule_table! {
    /// ## Vad regeln kontrollerar
    /// Att filen är läsbar text i UTF-8, giltig YAML, ett enda dokument och en tabell med nycklar
    /// (inte en lista eller ett ensamt värde), och att ingen nyckel står två gånger.
    ///
    /// ## Varför
    /// En plan som inte går att läsa kan inte kontrolleras alls: alla andra regler tystnar. En
    /// nyckel som står två gånger gör det oklart vilket värde som gäller.
    ///
    /// ## Exempel
    /// ```yaml
    /// syfte: "Samordna insatser   # citattecknet stängs aldrig
    /// ```
    ///
    /// ## Källa
    /// YAML 1.2 (yaml.org/spec/1.2.2); sip:s planformat: en plan per fil
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S001 {
        name: "ogiltig-fil",
        severity: Error,
        source: "sip:s planformat: en plan per fil, YAML 1.2 (`sip schema plan`)",
    }
    /// ## Vad regeln kontrollerar
    /// Att varje nyckel i planen är en känd nyckel på sin plats. En okänd nyckel får förslag på
    /// den närmaste kända (`insattser` → `insatser`).
    ///
    /// ## Varför
    /// En felstavad nyckel tappas annars tyst: `insattser` ser ut som en insats för den som läser,
    /// men planen saknar då punkt 1 och 2. `sip` släpper aldrig något en människa skrivit.
    ///
    /// ## Exempel
    /// ```yaml
    /// insattser:          # menade du `insatser`?
    ///   - id: I1
    /// ```
    ///
    /// ## Källa
    /// sip:s planformat
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S002 {
        name: "okänd-nyckel",
        severity: Error,
        source: "sip:s planformat: planens nycklar (`sip schema plan`)",
    }
    /// ## Vad regeln kontrollerar
    /// Att varje värde har rätt typ (text, lista, tabell, datum `ÅÅÅÅ-MM-DD`, tid
    /// `ÅÅÅÅ-MM-DDTTT:MM`, `true`/`false`), att uppräknade värden är tillåtna (`status`,
    /// `kön`, `inriktning` …) och att obligatoriska nycklar finns: `id`, `överenskommelse`,
    /// `status`, `individ.namn`, `initiering.datum`, `initiering.part`, `id` och `beskrivning` i
    /// listornas poster, `typ` och `tid` i ett möte. En saknad nyckel pekas ut vid sin förälder.
    /// Dessutom: att en roll i `samtycke.givet_av` (`vårdnadshavare`, `förvaltare`, `god_man`)
    /// finns hos någon av företrädarna under `individ.företrädare`.
    ///
    /// ## Varför
    /// Ett ogiltigt datum eller en felstavad status gör att reglerna om uppföljning, samtycke och
    /// kallelse inte kan bedömas. Ett personnummer utan citattecken läses som ett tal. Ett
    /// samtycke som en god man, förvaltare eller vårdnadshavare sägs ha gett, när planen inte har
    /// någon sådan företrädare, går inte att pröva: vem gav det, och hade hen rätt att göra det?
    /// Lägg till företrädaren (`sip representative add`) eller ange vem som samtyckte.
    ///
    /// ## Exempel
    /// ```yaml
    /// status: pågåend      # menade du `pågående`?
    /// ```
    ///
    /// ## Källa
    /// sip:s planformat
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S003 {
        name: "ogiltigt-värde",
        severity: Error,
        source: "sip:s planformat: typer och tillåtna värden (`sip schema plan`)",
    }
    /// ## Vad regeln kontrollerar
    /// Att varje plan-id finns i en enda fil i planmappen, och att id:n för behov, mål, insatser
    /// och möten är unika inom planen.
    ///
    /// ## Varför
    /// Två planer med samma id gör att kommandon som tar ett id träffar fel plan. Två insatser med
    /// samma id (till exempel efter en git-sammanslagning där två personer lade till `I3`) gör
    /// referenser och uppföljning tvetydiga: byt id på den ena.
    ///
    /// ## Källa
    /// sip:s planformat: `id` är unikt i planmappen
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S004 {
        name: "dubblett-id",
        severity: Error,
        source: "sip:s planformat: unika id (`sip schema plan`)",
    }
    /// ## Vad regeln kontrollerar
    /// Att `överenskommelse` anger en känd överenskommelse: en inbyggd eller en i planmappens
    /// `agreements/`. `sip agreements list` visar vilka som finns.
    ///
    /// ## Varför
    /// Utan överenskommelse går det inte att veta vilka parter som finns, vem som får kalla eller
    /// vilken målgrupp som gäller; A-reglerna och partkontrollerna hoppas då över för planen.
    ///
    /// ## Källa
    /// sip:s planformat: `överenskommelse` anger ett id bland de inbyggda överenskommelserna och
    /// planmappens egna i `agreements/` (`sip agreements list` visar dem; `sip schema agreement`
    /// visar formatet).
    S005 {
        name: "okänd-överenskommelse",
        severity: Error,
        source: "sip:s planformat: överenskommelser (`sip agreements list`)",
    }
    /// ## Vad regeln kontrollerar
    /// Att varje hänvisning inom planen pekar på något som finns: en insats `behov: [B1]` och
    /// `mål: [M1]` (och en åtgärds `behov`) ska finnas under `behov` och `mål`. Okända parter är
    /// A006.
    ///
    /// ## Varför
    /// En hänvisning till ett behov som inte finns gör att det ser ut som om ett behov möts när det
    /// inte gör det (och tvärtom för P005).
    ///
    /// ## Källa
    /// sip:s planformat
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S006 {
        name: "okänd-hänvisning",
        severity: Error,
        source: "sip:s planformat: hänvisningar inom planen (`sip schema plan`)",
    }
    /// ## Vad regeln kontrollerar
    /// Att filen heter som planens id: `<id>.yaml` (eller `<id>.yml`).
    ///
    /// ## Varför
    /// Kommandona hittar en plan på dess id. Ett filnamn byggt på id i stället för på namn eller
    /// personnummer håller dessutom personuppgifter borta från filnamn och git-historik (S009).
    ///
    /// ## Källa
    /// sip:s planformat: filen heter `<id>.yaml`
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S007 {
        name: "filnamn-matchar-inte-id",
        severity: Warning,
        source: "sip:s planformat: filnamnet är <id>.yaml (`sip schema plan`)",
    }
    /// ## Vad regeln kontrollerar
    /// Att `individ.personnummer` är ett giltigt personnummer eller samordningsnummer: formen
    /// `ÅÅÅÅMMDD-NNNN`, `ÅÅMMDD-NNNN`, `ÅÅMMDD+NNNN` eller utan avskiljare, ett riktigt datum
    /// (dag + 60 för samordningsnummer) och rätt kontrollsiffra (Luhn-algoritmen).
    ///
    /// ## Varför
    /// Ålder på initieringsdagen (A002) räknas från personnumret, och ett felskrivet nummer kan
    /// peka ut fel person i parternas system.
    ///
    /// ## Källa
    /// Folkbokföringslagen (1991:481) 18 § (personnummer) och 18 a § (samordningsnummer: "Siffrorna
    /// för dag ska adderas med 60"); Skatteverket, SKV 704 (personnummer) och SKV 707
    /// (samordningsnummer). Under ett fynd nämns den paragraf som gäller numret.
    S008 {
        name: "ogiltigt-personnummer",
        severity: Error,
        source: "Folkbokföringslagen (1991:481) 18 § (personnummer), 18 a § (samordningsnummer)",
    }
    /// ## Vad regeln kontrollerar
    /// Att varken individens personnummer eller namn står i filens sökväg i planmappen (mappar
    /// och filnamn). Namn jämförs utan hänsyn till stora och små bokstäver, med mellanslag, `-`,
    /// `_` och `.` som likvärdiga och å/ä → a, ö → o, é → e; för- och efternamn i följd
    /// (`anna-andersson`, `Anna_Andersson`). Personnumret känns igen med och utan sekel och
    /// avskiljare.
    ///
    /// ## Varför
    /// Filnamn hamnar i git-historiken, i CI-loggar och i listningar som många kan se, och går inte
    /// att ta bort i efterhand. Personuppgifter om hälsa och sociala förhållanden omfattas av
    /// sekretess; planens id är det som ska stå i filnamnet.
    ///
    /// ## Källa
    /// Offentlighets- och sekretesslagen (2009:400) 25 kap. 1 § och 26 kap. 1 §; dataskydds-
    /// förordningen (EU) 2016/679 art. 5.1 c (uppgiftsminimering).
    S009 {
        name: "personuppgift-i-sökväg",
        severity: Error,
        source: "OSL 25 kap. 1 §, 26 kap. 1 §; GDPR art. 5.1 c",
    }
    /// ## Vad regeln kontrollerar
    /// Att en plan som inte är utkast anger minst en insats (`insatser`).
    ///
    /// ## Varför
    /// Planens första punkt är vilka insatser som behövs. En plan utan insatser uppfyller inte
    /// lagens krav; ett utkast får sakna dem medan planen tas fram.
    ///
    /// ## Exempel
    /// ```yaml
    /// status: pågående
    /// insatser: []
    /// ```
    ///
    /// ## Källa
    /// 10 kap. 8 § punkt 1 socialtjänstlagen (2025:400) ("vilka insatser som behövs"; tidigare
    /// 2 kap. 7 § tredje stycket punkt 1 socialtjänstlagen (2001:453)); 16 kap. 4 § fjärde stycket
    /// punkt 1 hälso- och sjukvårdslagen (2017:30).
    L001 {
        name: "insatser-saknas",
        severity: Error,
        source: "10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (punkt 1)",
    }
    /// ## Vad regeln kontrollerar
    /// Att varje insats anger sin huvudman (`huvudman`): den part som ansvarar för insatsen.
    ///
    /// ## Varför
    /// Planens andra punkt är vilka insatser respektive huvudman ska ansvara för. En insats utan
    /// ansvarig blir ingens ansvar.
    ///
    /// ## Källa
    /// 10 kap. 8 § punkt 2 socialtjänstlagen (2025:400) (tidigare 2 kap. 7 § tredje stycket punkt 2
    /// SoL (2001:453)); 16 kap. 4 § fjärde stycket punkt 2 hälso- och sjukvårdslagen (2017:30).
    L002 {
        name: "insats-utan-huvudman",
        severity: Error,
        source: "10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (punkt 2)",
    }
    /// ## Vad regeln kontrollerar
    /// Att en plan som inte är utkast har nyckeln `åtgärder_av_andra`: en lista över åtgärder som
    /// ska vidtas av någon annan än kommunen eller regionen, eller `[]` när frågan är prövad och det
    /// inte finns några.
    ///
    /// ## Varför
    /// Planens tredje punkt. Att listan saknas går inte att skilja från att frågan aldrig ställdes;
    /// `[]` visar att den ställdes.
    ///
    /// ## Källa
    /// 10 kap. 8 § punkt 3 socialtjänstlagen (2025:400) ("vilka åtgärder som ska vidtas av någon
    /// annan än kommunen eller regionen"; tidigare 2 kap. 7 § tredje stycket punkt 3 SoL
    /// (2001:453)); 16 kap. 4 § fjärde stycket punkt 3 hälso- och sjukvårdslagen (2017:30).
    L003 {
        name: "åtgärder-av-andra-saknas",
        severity: Error,
        source: "10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (punkt 3)",
    }
    /// ## Vad regeln kontrollerar
    /// Att en plan som inte är utkast anger vem av huvudmännen som har det övergripande ansvaret
    /// (`övergripande_ansvar.part`), och (i alla statusar) att den parten får ha det enligt
    /// överenskommelsen: bara kommunen eller regionen är huvudmän i lagens mening.
    ///
    /// ## Varför
    /// Planens fjärde punkt. Arbetsförmedlingen och Försäkringskassan kan delta i en SIP enligt
    /// lokala överenskommelser men är inte huvudmän och kan inte bära planens övergripande ansvar.
    ///
    /// ## Källa
    /// 10 kap. 8 § punkt 4 socialtjänstlagen (2025:400) ("vem av huvudmännen som ska ha det
    /// övergripande ansvaret"; tidigare 2 kap. 7 § tredje stycket punkt 4 SoL (2001:453));
    /// 16 kap. 4 § fjärde stycket punkt 4 hälso- och sjukvårdslagen (2017:30). Samverk Vetlanda,
    /// Höglandets samordningsförbund: flödet för SIP-arbetet, steg 5 ("Vid mötet bestäms vem som
    /// har det övergripande ansvaret för planen").
    L004 {
        name: "övergripande-ansvar-saknas",
        severity: Error,
        source: "10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (punkt 4)",
    }
    /// ## Vad regeln kontrollerar
    /// Att en plan som inte är utkast har ett registrerat samtycke (`samtycke`), och att ett
    /// utkast har det så snart en kallelse är registrerad som skickad (`kallelse_skickad` i något
    /// möte). Om samtycket har gått ut är P007, om det är återkallat L006.
    ///
    /// ## Varför
    /// En SIP upprättas bara om den enskilde samtycker. Muntligt samtycke gäller men ska
    /// dokumenteras; en förvaltare eller vårdnadshavare kan samtycka för individen. Samtycket
    /// kommer före kallelsen: redan en kallelse till en annan part röjer att personen är aktuell
    /// hos socialtjänsten eller vården.
    ///
    /// ## Källa
    /// 10 kap. 8 § socialtjänstlagen (2025:400) (planen upprättas om den enskilde samtycker;
    /// tidigare 2 kap. 7 § första stycket SoL (2001:453)); 16 kap. 4 § andra stycket hälso- och
    /// sjukvårdslagen (2017:30) ("om den enskilde samtycker till det"); Samverk Vetlanda,
    /// Höglandets samordningsförbund: flödet för SIP-arbetet, steg 2 ("Även muntligt samtycke är
    /// giltigt, men bör då alltid dokumenteras"; samtycket, steg 2, kommer före kallelsen, steg 4);
    /// Region Jönköpings län, Att göra en samordnad individuell plan ("Den enskilde måste samtycka
    /// till möte och informationsöverföring"); 12 kap. 2 § och 26 kap. 1 § offentlighets- och
    /// sekretesslagen (2009:400).
    L005 {
        name: "samtycke-saknas",
        severity: Error,
        source: "10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (samtycke)",
    }
    /// ## Vad regeln kontrollerar
    /// Att en plan vars samtycke är återkallat (`samtycke.återkallat`) är avslutad.
    ///
    /// ## Varför
    /// Samtycket kan återkallas när som helst, och då avslutas den samordnade planeringen. Att
    /// fortsätta utbyta uppgifter utan samtycke bryter mot sekretessen.
    ///
    /// ## Källa
    /// Offentlighets- och sekretesslagen (2009:400) 12 kap. 2 § (den enskilde häver sekretessen
    /// genom sitt samtycke); 10 kap. 8 § socialtjänstlagen (2025:400) och 16 kap. 4 § andra stycket
    /// hälso- och sjukvårdslagen (2017:30) (planen förutsätter samtycke); Samverk Vetlanda,
    /// Höglandets samordningsförbund: flödet för SIP-arbetet, steg 7 ("då den enskilde drar
    /// tillbaka sitt samtycke").
    L006 {
        name: "samtycke-återkallat",
        severity: Error,
        source: "OSL 12 kap. 2 §; Samverk Vetlanda: flödet för SIP-arbetet, steg 7",
    }
    /// ## Vad regeln kontrollerar
    /// Att varje part som ansvarar för en insats, deltar i ett möte (deltagare med `part`) eller
    /// får en kopia av planen (`kopia_till` med `part`) finns i samtyckets `parter`. Deltagare
    /// med bara en `roll` (individen, närstående, samtalsledare) är inte parter.
    ///
    /// ## Varför
    /// Uppgifter om den enskilde får lämnas från en part till en annan bara med samtycke till just
    /// den parten: samtycket gäller part för part.
    ///
    /// ## Källa
    /// Offentlighets- och sekretesslagen (2009:400) 12 kap. 2 § (samtycke häver sekretessen),
    /// 25 kap. 1 § och 26 kap. 1 § (sekretessen inom hälso- och sjukvården och socialtjänsten); SKR,
    /// Förtydligande dnr SKR2025/00104 (2025-01-31): "personen behöver lämna sitt samtycke till
    /// varje aktör som vill lämna information om denne till en annan aktör".
    L007 {
        name: "part-utanför-samtycket",
        severity: Error,
        source: "OSL 12 kap. 2 §; SKR, Förtydligande dnr SKR2025/00104 (2025-01-31)",
    }
    /// ## Vad regeln kontrollerar
    /// Att ett genomfört upprättandemöte hade en deltagare med rollen `individen`, `företrädare`
    /// eller `vårdnadshavare`.
    ///
    /// ## Varför
    /// Planen ska när det är möjligt upprättas tillsammans med den enskilde, och individen ska
    /// alltid vara delaktig. Varning, inte fel: det är inte alltid möjligt.
    ///
    /// ## Källa
    /// 10 kap. 9 § socialtjänstlagen (2025:400) (planen upprättas när det är möjligt tillsammans
    /// med den enskilde; tidigare 2 kap. 7 § andra stycket SoL (2001:453)); 16 kap. 4 § tredje
    /// stycket hälso- och sjukvårdslagen (2017:30) ("Planen ska, när det är möjligt, upprättas
    /// tillsammans med den enskilde"); Samverk Vetlanda, Höglandets samordningsförbund: flödet för
    /// SIP-arbetet, steg 5 ("Presentationsrunda – individen börjar").
    L008 {
        name: "individen-deltog-inte",
        severity: Warning,
        source: "10 kap. 9 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (tillsammans med den enskilde)",
    }
    /// ## Vad regeln kontrollerar
    /// När individen var under 18 år den dag samtycket gavs (`samtycke.datum`): att varje
    /// vårdnadshavare under `individ.företrädare` är namngiven i `samtycke.givet_av`, och att
    /// minst en vårdnadshavare är angiven. Rollordet `vårdnadshavare` ensamt säger inte vem som
    /// samtyckte. Har en vårdnadshavare ensam vårdnad anges bara den.
    ///
    /// Fel när individen var under 15 år och ingen vårdnadshavare är namngiven i samtycket (inget
    /// giltigt samtycke alls, som L005); varning annars (15–17 år, eller när en av två
    /// vårdnadshavare saknas).
    ///
    /// ## Varför
    /// För ett barn är det vårdnadshavarna som förfogar över sekretessen och ger samtycket, med
    /// barnet i takt med dess ålder och mognad. Har barnet två vårdnadshavare beslutar de
    /// tillsammans, så båda ska ha samtyckt. Ett barn under 15 år kan inte ensamt häva
    /// sekretessen; från 15 år för barnet sin egen talan i ärenden enligt socialtjänstlagen, så
    /// där är det en varning att pröva. Den dag individen fyller 18 gäller regeln inte.
    ///
    /// ## Källa
    /// 6 kap. 11 och 13 §§ föräldrabalken; 12 kap. 3 § offentlighets- och sekretesslagen
    /// (2009:400); 3 kap. 4 § socialtjänstlagen (2025:400) ("Ett barn som har fyllt 15 år har rätt
    /// att föra sin egen talan i mål och ärenden enligt denna lag"); Region Jönköpings län,
    /// Tillämpning av samordnad individuell plan ("Oavsett barnets ålder är det alltid
    /// vårdnadshavarna som ska ge sitt samtycke").
    L009 {
        name: "vårdnadshavare-saknas-i-samtycket",
        severity: Error,
        source: "6 kap. 11 och 13 §§ föräldrabalken, 12 kap. 3 § OSL (2009:400)",
    }
    /// ## Vad regeln kontrollerar
    /// Att ingen deltagare i ett möte som ännu inte är hållet är en närstående som individen inte
    /// vill ska delta (`får_delta: false` under `närstående`). Deltagaren och den närstående
    /// jämförs på namn (skiftläge och extra mellanslag spelar ingen roll). Ett hållet möte är en
    /// uppteckning av vad som skedde och prövas inte.
    ///
    /// ## Varför
    /// Närstående får delta i arbetet med planen när det är lämpligt och individen inte
    /// motsätter sig det. Motsätter sig individen det ska den närstående inte bjudas in.
    ///
    /// ## Källa
    /// 10 kap. 9 § socialtjänstlagen (2025:400); 16 kap. 4 § tredje stycket hälso- och
    /// sjukvårdslagen (2017:30).
    L010 {
        name: "närstående-mot-individens-vilja",
        severity: Error,
        source: "10 kap. 9 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL",
    }
    /// ## Vad regeln kontrollerar
    /// Att en pågående plan vars samtycke gavs bara av andra (vårdnadshavare, förvaltare, god man
    /// eller företrädare vid namn, inte `individen`) inte gäller en individ som har fyllt 18 år
    /// sedan samtycket gavs.
    ///
    /// ## Varför
    /// Vårdnadshavarnas samtycke gäller för ett barn. När barnet fyller 18 upphör vårdnaden, och
    /// den unga vuxna förfogar själv över sekretessen: ett nytt samtycke behövs, från individen
    /// själv. Fel, som när samtycket har gått ut (P007): i dag finns inget giltigt samtycke för
    /// den vuxna individen.
    ///
    /// ## Källa
    /// 12 kap. 2 och 3 §§ offentlighets- och sekretesslagen (2009:400); 6 kap. 2 §
    /// föräldrabalken ("Vårdnaden om ett barn består till dess att barnet fyller 18 år").
    L011 {
        name: "myndig-utan-eget-samtycke",
        severity: Error,
        source: "12 kap. 2–3 §§ OSL (2009:400), 6 kap. 2 § föräldrabalken",
    }
    /// ## Vad regeln kontrollerar
    /// Att initieringsdagen (`initiering.datum`) ligger inom överenskommelsens giltighetstid
    /// (`giltig_från`–`giltig_till`).
    ///
    /// ## Varför
    /// En plan kan bara initieras under en överenskommelse som gäller. SamSIP i Södra Lappland
    /// gäller till exempel 2026-01-01–2027-12-31.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`giltig_från`, `giltig_till`; `sip agreements show ID`
    /// visar dem). Till exempel Lokal överenskommelse SamSIP, Samordningsförbundet i Södra Lappland
    /// (2026–2027): "Överenskommelsen gäller under perioden 2026-01-01 – 2027-12-31".
    A001 {
        name: "utanför-överenskommelsens-giltighet",
        severity: Error,
        source: "Överenskommelsens giltighet",
    }
    /// ## Vad regeln kontrollerar
    /// Att individens ålder på initieringsdagen ligger inom överenskommelsens `målgrupp.ålder`
    /// (båda gränserna inräknade: 16–65 gäller från 16-årsdagen till dagen före 66-årsdagen).
    /// Åldern räknas från personnumret, annars från `födelsedatum`. Den som är född 29 februari
    /// fyller år 1 mars de år som inte är skottår.
    ///
    /// ## Varför
    /// Överenskommelsen gäller bara sin målgrupp; utanför den gäller inte de utvidgade parternas
    /// åtaganden. Kommunen och regionen är ändå skyldiga att upprätta en SIP enligt lagen, så
    /// planen kan flyttas till en annan överenskommelse (`sip set PLAN --agreement ID`).
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`målgrupp.ålder`). Till exempel Lokal överenskommelse
    /// SamSIP, Samordningsförbundet i Södra Lappland (2026–2027): "Målgruppen för SamSIP är
    /// individer mellan 16-65år som är utan anställning …". Lagens skyldighet: 10 kap. 8 §
    /// socialtjänstlagen (2025:400) och 16 kap. 4 § hälso- och sjukvårdslagen (2017:30).
    A002 {
        name: "ålder-utanför-målgruppen",
        severity: Error,
        source: "Överenskommelsens målgrupp",
    }
    /// ## Vad regeln kontrollerar
    /// Att `individ.sysselsättning` är en av överenskommelsens `målgrupp.sysselsättning`.
    ///
    /// ## Varför
    /// SamSIP riktar sig till den som är utan anställning och behöver arbetslivsinriktat stöd för
    /// att nå arbete. En studerande utan anställning hör dit, så SamSIP tillåter både
    /// `utan_anställning` och `studerande`. Utanför målgruppen är kommunen och regionen ändå
    /// skyldiga att upprätta en SIP enligt lagen.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`målgrupp.sysselsättning`). Till exempel Lokal
    /// överenskommelse SamSIP, Samordningsförbundet i Södra Lappland (2026–2027): "individer mellan
    /// 16-65år som är utan anställning". Lagens skyldighet: 10 kap. 8 § socialtjänstlagen
    /// (2025:400) och 16 kap. 4 § hälso- och sjukvårdslagen (2017:30).
    A003 {
        name: "sysselsättning-utanför-målgruppen",
        severity: Error,
        source: "Överenskommelsens målgrupp",
    }
    /// ## Vad regeln kontrollerar
    /// Att planens `inriktning` är en av överenskommelsens `målgrupp.inriktning`.
    ///
    /// ## Varför
    /// En överenskommelse som gäller SIP med rehabilitering mot arbete och egen försörjning
    /// omfattar inte en plan med annan inriktning; en sådan plan hör till lagens SIP mellan kommun
    /// och region, som de ändå är skyldiga att upprätta. En målgrupp som bara säger vad ett
    /// samordningsförbund finansierar (som Insjörikets verksamhetsplan) begränsar inte vem som
    /// får en SIP, och anges därför inte som `målgrupp.inriktning`.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`målgrupp.inriktning`). Till exempel Lokal
    /// överenskommelse SamSIP, Samordningsförbundet i Södra Lappland (2026–2027)
    /// ("arbetslivsrehabiliterande insatser i syfte att nå arbete"). Lagens skyldighet: 10 kap.
    /// 8 § socialtjänstlagen (2025:400) och 16 kap. 4 § hälso- och sjukvårdslagen (2017:30).
    A004 {
        name: "inriktning-utanför-målgruppen",
        severity: Error,
        source: "Överenskommelsens målgrupp",
    }
    /// ## Vad regeln kontrollerar
    /// Att den part som kallar till SIP (`initiering.part`) får kalla enligt överenskommelsen
    /// (`kan_kalla`).
    ///
    /// ## Varför
    /// Lagens skyldighet att upprätta planen ligger på kommunen och regionen. Andra parter får
    /// kalla bara där överenskommelsen säger att de får (utan uppgift: `kan_kalla` är sant bara för
    /// kommun och region). På Höglandet kan kommunen och regionen kalla, men inte
    /// Arbetsförmedlingen eller Försäkringskassan; de kan be någon av huvudmännen att kalla.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`kan_kalla`). Till exempel Samverk Vetlanda, Höglandets
    /// samordningsförbund: flödet för SIP-arbetet, om Arbetsförmedlingen "Kan ej kalla";
    /// om Försäkringskassan "Kan inte kalla till en SIP – men kan vara med". Lagens skyldighet:
    /// 10 kap. 8 § socialtjänstlagen (2025:400) och 16 kap. 4 § hälso- och sjukvårdslagen
    /// (2017:30).
    A005 {
        name: "part-får-inte-kalla",
        severity: Error,
        source: "Överenskommelsens parter",
    }
    /// ## Vad regeln kontrollerar
    /// Att varje part-id i planen (`initiering.part`, `huvudman`, `övergripande_ansvar.part`,
    /// `samtycke.parter`, deltagares `part`) finns bland överenskommelsens parter.
    ///
    /// ## Varför
    /// Ett okänt id är oftast en felskrivning (`regionen` för `region`) och gör att samtycke,
    /// ansvar och kallelser inte kan kontrolleras.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`parter`; `sip agreements show ID` listar deras id).
    A006 {
        name: "okänd-part",
        severity: Error,
        source: "Överenskommelsens parter",
    }
    /// ## Vad regeln kontrollerar
    /// Att ingen insats har en huvudman som enligt överenskommelsen inte har egna insatser
    /// (`har_insatser = false`).
    ///
    /// ## Varför
    /// På Höglandet har Försäkringskassan inga insatser i en SIP: den samordnar och deltar. Det den
    /// gör hör hemma under `åtgärder_av_andra` eller i en annan parts insats.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`har_insatser`). Till exempel Samverk Vetlanda,
    /// Höglandets samordningsförbund: flödet för SIP-arbetet: "SIP handlar om att samordna
    /// insatser. FK har inga insatser."
    A007 {
        name: "part-utan-insatser",
        severity: Error,
        source: "Överenskommelsens parter",
    }
    /// ## Vad regeln kontrollerar
    /// Att planen har de uppgifter som behövs för att pröva målgruppen när överenskommelsen
    /// begränsar den: personnummer eller födelsedatum (ålder), `individ.sysselsättning` och
    /// `inriktning`. En varning per uppgift som saknas.
    ///
    /// ## Varför
    /// Utan uppgiften kan A002–A004 inte bedömas, och en plan utanför målgruppen passerar tyst.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`målgrupp`). Till exempel Lokal överenskommelse SamSIP,
    /// Samordningsförbundet i Södra Lappland (2026–2027), som begränsar ålder, sysselsättning och
    /// inriktning.
    A008 {
        name: "målgrupp-kan-inte-prövas",
        severity: Warning,
        source: "Överenskommelsens målgrupp",
    }
    /// ## Vad regeln kontrollerar
    /// Att kallelsen till varje möte (upprättande och uppföljning) skickades minst
    /// `minsta_framförhållning_dagar` före mötet, och att en kallelse är registrerad för ett möte
    /// som inte är hållet och ligger inom så många dagar från i dag. Inte för en plan efter
    /// utskrivning från slutenvården (`initiering.utskrivningsklar` satt): där gäller lagens tre
    /// dagar (P008), inte överenskommelsens framförhållning.
    ///
    /// ## Varför
    /// Individen, samtalsledaren och de inbjudna behöver tid att förbereda sig; på Höglandet krävs
    /// minst tre veckor. Efter utskrivning ska kallelsen däremot gå ut inom tre dagar och arbetet
    /// påbörjas genast; att kräva tre veckors framförhållning där vore att kräva motsatsen.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`minsta_framförhållning_dagar`). Till exempel Samverk
    /// Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 4: "Tiden, viktig med
    /// god framförhållning, minst 3 veckor." Undantaget: 4 kap. 3 § lagen (2017:612) om samverkan
    /// vid utskrivning från sluten hälso- och sjukvård och 10 kap. 8 § socialtjänstlagen (2025:400)
    /// ("Arbetet med planen ska påbörjas genast").
    A009 {
        name: "sen-kallelse",
        severity: Warning,
        source: "Överenskommelsens krav på kallelsen",
    }
    /// ## Vad regeln kontrollerar
    /// Att planen anger `syfte` och `frågeställningar` när ett möte finns och överenskommelsen
    /// kräver dem i kallelsen (`kräver_syfte`, `kräver_frågeställningar`). En finding per uppgift
    /// som saknas. Ett möte med eget `syfte` eller egna `frågeställningar` behöver inte planens.
    ///
    /// ## Varför
    /// De inbjudna ska veta varför de kallas och vilka insatser som ska samordnas.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`kräver_syfte`, `kräver_frågeställningar`). Till exempel
    /// Lokal överenskommelse SamSIP, Samordningsförbundet i Södra Lappland (2026–2027): "I
    /// kallelsen ska syftet med mötet framgå. Vidare ska det framgå vilka frågeställningar som
    /// mötet ska fokusera – vilka insatser ska samordnas?"
    A010 {
        name: "kallelse-saknar-innehåll",
        severity: Error,
        source: "Överenskommelsens krav på kallelsen",
    }
    /// ## Vad regeln kontrollerar
    /// Att ett digitalt möte (`digitalt`) använder ett system bland överenskommelsens
    /// `godkända_digitala_system`, när listan inte är tom.
    ///
    /// ## Varför
    /// Ett SIP-möte handlar om sekretessbelagda uppgifter; det digitala systemet ska vara godkänt
    /// för sekretessärenden.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`godkända_digitala_system`). Jämför Lokal överenskommelse
    /// SamSIP, Samordningsförbundet i Södra Lappland (2026–2027): "Om mötet ska ske digitalt bör du
    /// stämma av med parterna som ska delta vid mötet vilket digitalt forum/system som är godkänt
    /// för hantering av sekretessärenden."
    A011 {
        name: "ej-godkänt-digitalt-system",
        severity: Warning,
        source: "Överenskommelsens krav på kallelsen",
    }
    /// ## Vad regeln kontrollerar
    /// Att en pågående plan inte hör till en överenskommelse vars giltighet har upphört.
    ///
    /// ## Varför
    /// När överenskommelsen löpt ut gäller inte längre de utvidgade parternas åtaganden; planen
    /// behöver flyttas till en ny överenskommelse eller avslutas.
    ///
    /// ## Källa
    /// Den överenskommelse planen följer (`giltig_till`). Till exempel Lokal överenskommelse
    /// SamSIP, Samordningsförbundet i Södra Lappland (2026–2027) ("gäller under perioden 2026-01-01
    /// – 2027-12-31").
    A012 {
        name: "överenskommelsen-har-upphört",
        severity: Warning,
        source: "Överenskommelsens giltighet",
    }
    /// ## Vad regeln kontrollerar
    /// När överenskommelsen sätter `längsta_tid_till_kallelse_dagar` (N): att planens första
    /// kallelse (den tidigaste `kallelse_skickad` bland mötena) skickades senast N dagar efter
    /// `initiering.datum`, eller, när ingen kallelse är registrerad, att den dagen inte har
    /// passerat. Kallelse exakt N dagar efter initieringen är i tid.
    ///
    /// ## Varför
    /// Arbetet med planen ska påbörjas genast. En överenskommelse kan sätta en yttersta gräns för
    /// när den första kallelsen ska gå ut; utan gräns i överenskommelsen prövas inget här.
    ///
    /// ## Källa
    /// Överenskommelsens kallelseregler; 10 kap. 8 § socialtjänstlagen (2025:400) ("Arbetet med
    /// planen ska påbörjas genast") och 16 kap. 4 § hälso- och sjukvårdslagen (2017:30) ("utan
    /// dröjsmål").
    A013 {
        name: "första-kallelsen-för-sen",
        severity: Warning,
        source: "Överenskommelsens kallelseregler; 10 kap. 8 § socialtjänstlagen (2025:400)",
    }
    /// ## Vad regeln kontrollerar
    /// Att en pågående plan har ett datum för nästa uppföljning (`uppföljning.nästa`).
    ///
    /// ## Varför
    /// Mötet ska sluta med en ny tid för uppföljning; utan datum glöms planen bort.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 5 punkt 7 ("Ny
    /// tid för uppföljning") och steg 6 ("Ny tid bokas för uppföljning"). Vägledning, oavsett
    /// vilken överenskommelse planen följer.
    P001 {
        name: "uppföljning-saknas",
        severity: Warning,
        source: "Samverk Vetlanda: flödet för SIP-arbetet, steg 5–6",
    }
    /// ## Vad regeln kontrollerar
    /// Att datumet för nästa uppföljning inte har passerat (i en plan som inte är avslutad).
    ///
    /// ## Varför
    /// En passerad uppföljning betyder att planen inte följs upp som avtalat; boka en ny tid eller
    /// registrera mötet.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 6 ("följ upp").
    P002 {
        name: "uppföljning-försenad",
        severity: Warning,
        source: "Samverk Vetlanda: flödet för SIP-arbetet, steg 6",
    }
    /// ## Vad regeln kontrollerar
    /// Att varje mål har ett mått (`mått`: hur man vet att det är nått) och ett datum (`senast`).
    ///
    /// ## Varför
    /// Målen ska vara SMARTA: specifika, mätbara, accepterade, realistiska och tidsbestämda. Mätbart
    /// och tidsbestämt är det som går att kontrollera i filen.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet ("SMARTA mål": "M –
    /// mätbart", "T – tidsbestämt").
    P003 {
        name: "mål-inte-smart",
        severity: Warning,
        source: "Samverk Vetlanda: flödet för SIP-arbetet (SMARTA mål)",
    }
    /// ## Vad regeln kontrollerar
    /// Att en avslutad plan anger när (`avslut.datum`) och varför (`avslut.orsak`) den avslutades.
    ///
    /// ## Varför
    /// Den samordnade planeringen avslutas när målen är uppfyllda, när samordning inte längre
    /// behövs eller när samtycket dras tillbaka; varje huvudman dokumenterar avslutet.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 7 ("Varje
    /// huvudman ansvarar för att dokumentera avslutet").
    P004 {
        name: "avslut-odokumenterat",
        severity: Error,
        source: "Samverk Vetlanda: flödet för SIP-arbetet, steg 7",
    }
    /// ## Vad regeln kontrollerar
    /// Att varje behov möts av minst en insats eller en åtgärd av någon annan (som hänvisar till det
    /// i sin `behov`-lista).
    ///
    /// ## Varför
    /// Planen ska visa vilka insatser som behövs för att individen ska få sina behov
    /// tillgodosedda; ett behov som ingen insats möter faller mellan stolarna.
    ///
    /// ## Källa
    /// 10 kap. 8 § punkt 1 socialtjänstlagen (2025:400) ("vilka insatser som behövs"); 16 kap. 4 §
    /// andra stycket hälso- och sjukvårdslagen (2017:30) ("för att den enskilde ska få sina behov
    /// tillgodosedda"); Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet,
    /// steg 1 och 5 (behovsinventering).
    P005 {
        name: "behov-utan-insats",
        severity: Warning,
        source: "10 kap. 8 § socialtjänstlagen (2025:400) (punkt 1); Samverk Vetlanda: flödet för SIP-arbetet, steg 5",
    }
    /// ## Vad regeln kontrollerar
    /// Att ett möte vars dag har passerat är markerat som genomfört (`genomfört: true`).
    ///
    /// ## Varför
    /// Planen ska visa vad som hänt; ett möte som inte markerats kan ha blivit inställt och behöva
    /// bokas om.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 5–6 (mötet,
    /// dokumentation och genomgång av föregående protokoll).
    P006 {
        name: "möte-inte-markerat",
        severity: Warning,
        source: "Samverk Vetlanda: flödet för SIP-arbetet, steg 5–6",
    }
    /// ## Vad regeln kontrollerar
    /// Att samtycket i en pågående plan inte har gått ut (`samtycke.giltigt_till` före i dag).
    ///
    /// ## Varför
    /// Samtycket bör vara tidsbegränsat. När det har gått ut finns inget samtycke som häver
    /// sekretessen: parterna får inte längre utbyta uppgifter, och ett nytt samtycke behövs. Därför
    /// fel, som när samtycke saknas (L005) eller är återkallat (L006).
    ///
    /// ## Källa
    /// Offentlighets- och sekretesslagen (2009:400) 12 kap. 2 § (den enskilde häver sekretessen
    /// genom sitt samtycke); 10 kap. 8 § socialtjänstlagen (2025:400) och 16 kap. 4 § andra stycket
    /// hälso- och sjukvårdslagen (2017:30) (planen förutsätter samtycke); Samverk Vetlanda,
    /// Höglandets samordningsförbund: flödet för SIP-arbetet, steg 2.
    P007 {
        name: "samtycke-utgånget",
        severity: Error,
        source: "OSL 12 kap. 2 §; 10 kap. 8 § socialtjänstlagen (2025:400) (samtycke)",
    }
    /// ## Vad regeln kontrollerar
    /// När `initiering.utskrivningsklar` (dagen då slutenvården underrättade om att patienten är
    /// utskrivningsklar) är satt: att den första kallelsen (`kallelse_skickad` bland planens
    /// möten) skickades senast tre dagar efter underrättelsen, eller, när ingen kallelse är
    /// registrerad, att det ännu inte gått mer än tre dagar. Gäller inte när
    /// `initiering.tvångsvård` är satt (`lpt` eller `lrv`): då planeras utskrivningen i en
    /// samordnad vårdplan enligt 7 a § lagen (1991:1128) om psykiatrisk tvångsvård eller 12 a §
    /// lagen (1991:1129) om rättspsykiatrisk vård, i stället för i en SIP.
    ///
    /// ## Varför
    /// När slutenvården har underrättat om att patienten är utskrivningsklar ska patientens fasta
    /// vårdkontakt i den regionfinansierade öppna vården kalla till samordnad individuell
    /// planering senast tre dagar efter att underrättelsen lämnades. Fristen räknas från
    /// underrättelsen, inte från utskrivningen, och gäller kallelsen, inte mötet. En
    /// överenskommelses krav på framförhållning (A009) gäller inte här.
    ///
    /// ## Källa
    /// Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård: 4 kap. 3 §
    /// (kallelsen inom tre dagar); 3 kap. 1 § (underrättelsen om att patienten är utskrivningsklar);
    /// 4 kap. 1 § (skyldigheten att genomföra planeringen, och att den vid öppen psykiatrisk
    /// tvångsvård eller öppen rättspsykiatrisk vård i stället görs i en samordnad vårdplan);
    /// 5 kap. 3 § (kommunens betalningsansvar förutsätter kallelsen). Region Örebro län och kommunerna i Örebro län, Samordnad individuell
    /// plan (SIP) – överenskommelse: "snabbt få till en SIP utan dröjsmål".
    P008 {
        name: "sen-kallelse-efter-utskrivning",
        severity: Warning,
        source: "Lag (2017:612) om samverkan vid utskrivning, 4 kap. 3 §",
    }
    /// ## Vad regeln kontrollerar
    /// Att en insats vars slutdag (`slut`) har passerat inte fortfarande står som `planerad` eller
    /// `pågår`.
    ///
    /// ## Varför
    /// Inför uppföljningen ska det synas vad som har skett och vad som finns kvar; en insats som
    /// passerat sin slutdag behöver få status genomförd eller avbruten, eller ett nytt slutdatum.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 6 ("Vad har
    /// skett? Vad finns kvar?").
    P009 {
        name: "insats-efter-slutdatum",
        severity: Info,
        source: "Samverk Vetlanda: flödet för SIP-arbetet, steg 6",
    }
    /// ## Vad regeln kontrollerar
    /// Att en plan som inte är ett utkast har `individens_mål`: det som är viktigast för
    /// individen, med individens egna ord (för ett barn barnets egen syn).
    ///
    /// ## Varför
    /// Planen utgår från frågan "Vad är viktigt för dig?". Individens eget mål står först i den
    /// utskrivna planen, och målen ska vara accepterade av individen (A:et i SMART). Att målet
    /// skrivs med individens egna ord är vägledning, inte lag; lagen säger att planen upprättas
    /// tillsammans med den enskilde och att insatserna utformas tillsammans med hen. För ett barn,
    /// se P012.
    ///
    /// ## Källa
    /// Vägledning: Uppdrag Psykisk Hälsa (SKR) och regionala SIP-rutiner, t.ex. Region Värmland
    /// ("Vad är viktigt för dig?"); Samverk Vetlanda, Höglandets samordningsförbund: flödet för
    /// SIP-arbetet (SMARTA mål). Lagen: 10 kap. 9 § socialtjänstlagen (2025:400) och 16 kap. 4 §
    /// tredje stycket hälso- och sjukvårdslagen (2017:30) (planen upprättas tillsammans med den
    /// enskilde); 10 kap. 3 § socialtjänstlagen (2025:400) ("Insatser ska utformas och genomföras
    /// tillsammans med den enskilde").
    P010 {
        name: "individens-mål-saknas",
        severity: Warning,
        source: "Vägledning (Uppdrag Psykisk Hälsa, SKR: \"Vad är viktigt för dig?\"); 10 kap. 9 § socialtjänstlagen (2025:400) (tillsammans med den enskilde)",
    }
    /// ## Vad regeln kontrollerar
    /// När `initiering.utskrivningsklar` är satt: att den part som kallar (`initiering.part`) är
    /// av typen region i överenskommelsen. Hoppas över när överenskommelsen eller parten är okänd,
    /// och när `initiering.tvångsvård` är satt: vid öppen psykiatrisk tvångsvård (`lpt`) eller
    /// öppen rättspsykiatrisk vård (`lrv`) ersätter den samordnade vårdplanen enligt 7 a § lagen
    /// (1991:1128) om psykiatrisk tvångsvård eller 12 a § lagen (1991:1129) om rättspsykiatrisk
    /// vård SIP:en vid utskrivning.
    ///
    /// ## Varför
    /// När slutenvården har underrättat om att patienten är utskrivningsklar är det patientens
    /// fasta vårdkontakt i den regionfinansierade öppna vården som kallar till samordnad
    /// individuell planering, inom tre dagar från underrättelsen. En plan som kommunen kallar till
    /// uppfyller inte den skyldigheten, och kommunens betalningsansvar hänger på att kallelsen
    /// skickats.
    ///
    /// ## Källa
    /// Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård, 4 kap. 3 §
    /// (och 2 kap. 5 § om den fasta vårdkontakten, 5 kap. 3 § om betalningsansvaret, 4 kap. 1 §
    /// tredje meningen om den samordnade vårdplanen vid tvångsvård).
    P011 {
        name: "utskrivning-kallas-inte-av-regionen",
        severity: Warning,
        source: "Lag (2017:612) 4 kap. 3 §",
    }
    /// ## Vad regeln kontrollerar
    /// Att en plan för en individ som var under 18 år på initieringsdagen (`initiering.datum`;
    /// åldern räknas från personnumret eller `födelsedatum`) har barnets egen röst: antingen
    /// `barnets_synpunkter` (hur barnets synpunkter togs fram och vad de är) eller
    /// `individens_mål` (barnets eget mål, med barnets ord). Gäller utkast och pågående planer;
    /// en avslutad plan prövas inte.
    ///
    /// ## Varför
    /// Ett barn ska ges möjlighet att framföra sina åsikter i frågor som rör barnet, och åsikterna
    /// ska tillmätas betydelse efter barnets ålder och mognad. En plan för ett barn som inte visar
    /// vad barnet självt tycker visar inte att barnet fick den möjligheten. Varning: ett litet barn
    /// kan ha svårt att uttrycka sig, och då skriver man hur man försökte.
    ///
    /// ## Källa
    /// 3 kap. 2 § socialtjänstlagen (2025:400) ("Ett barn ska ges möjlighet att framföra sina
    /// åsikter i frågor som rör barnet. Barnets åsikter ska tillmätas betydelse i förhållande till
    /// barnets ålder och mognad"); 3 kap. 1 § (barn är den som är under 18 år, barnets bästa);
    /// barnkonventionen art. 12 (lag (2018:1197)).
    P012 {
        name: "barnets-synpunkter-saknas",
        severity: Warning,
        source: "3 kap. 2 § socialtjänstlagen (2025:400) (barnets rätt att framföra sina åsikter)",
    }
    /// ## Vad regeln kontrollerar
    /// Datum som inte kan stämma, i en fil som skrivits för hand (kommandona vägrar skriva dem):
    /// - `samtycke.datum` efter i dag (ett samtycke kan inte ha getts i framtiden);
    /// - `samtycke.giltigt_till` före `samtycke.datum`;
    /// - ett mötes `tid`, en `kallelse_skickad` eller ett måls `senast` före `initiering.datum`;
    /// - en deltagare med `närvarande: false` på ett möte som inte är hållet (bara ett hållet möte
    ///   har närvaro).
    ///
    /// En passerad `uppföljning.nästa` prövas inte här: den var rätt när den skrevs och är en
    /// försenad uppföljning (P002). En avslutad plan får fynd men ingen hjälprad (den kan inte
    /// ändras utan att öppnas igen).
    ///
    /// ## Varför
    /// Planen är en handling i socialtjänstens och vårdens dokumentation, och den ska vara riktig.
    /// Ett datum som inte kan stämma är ofta en felskrivning (2026 för 2025, månad och dag
    /// förväxlade) som gör att reglerna om samtycke, kallelse och uppföljning räknar fel.
    ///
    /// ## Källa
    /// 14 kap. 3 § socialtjänstlagen (2025:400) (handläggning och genomförande ska dokumenteras);
    /// sip:s planformat (de datum kommandona vägrar skriva).
    P013 {
        name: "omöjligt-datum",
        severity: Warning,
        source: "14 kap. 3 § socialtjänstlagen (2025:400) (dokumentationen ska vara riktig); sip:s planformat",
    }
    /// ## Vad regeln kontrollerar
    /// Att samtycket i en pågående plan anger hur länge det gäller (`samtycke.giltigt_till`) och
    /// vilka uppgifter det omfattar (`samtycke.omfattning`). Ett återkallat samtycke prövas inte
    /// (det är L006), inte heller ett utkast eller en avslutad plan.
    ///
    /// ## Varför
    /// Samtycket ska gälla specifikt för samordningen och vara tidsbegränsat; ett samtycke är
    /// aldrig generellt. Utan slutdag och omfattning går det inte att veta vad parterna får utbyta
    /// eller när ett nytt samtycke behövs (P007).
    ///
    /// ## Källa
    /// Uppdrag Psykisk Hälsa (SKR), SIP-processen ("Samtycket ska gälla specifikt för
    /// samordningen och vara tidsbegränsat"); Region Jönköpings län, Att göra en samordnad
    /// individuell plan ("Samtycke är aldrig generellt"); 12 kap. 2 § offentlighets- och
    /// sekretesslagen (2009:400) (den enskilde kan helt eller delvis häva sekretessen).
    P014 {
        name: "samtycke-utan-gräns",
        severity: Warning,
        source: "Uppdrag Psykisk Hälsa (SKR): samtycket ska vara specifikt och tidsbegränsat; OSL 12 kap. 2 §",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_print_and_index_the_table() {
        for (i, c) in Code::ALL.iter().enumerate() {
            assert_eq!(Code::parse(c.as_str()), Some(*c));
            assert_eq!(TABLE[i].code, *c);
            assert_eq!(meta(*c).code, *c);
        }
        assert_eq!(Code::parse("l004"), Some(Code::L004));
        assert_eq!(Severity::Warning.word(Lang::Sv), "varning");
        assert_eq!(Severity::Error.word(Lang::En), "error");
        assert_eq!(Severity::Info.word(Lang::En), "info");
        assert_eq!(
            meta(Code::S004).template(Lang::Sv),
            "Id `{id}` används redan {where}"
        );
        assert_eq!(meta(Code::S004).variables(Lang::En), vec!["id", "where"]);
        assert_eq!(Code::parse("X001"), None);
        assert_eq!(
            find("övergripande-ansvar-saknas").map(|m| m.code),
            Some(Code::L004)
        );
    }

    #[test]
    fn every_code_has_its_message_in_both_languages() {
        for m in TABLE {
            for lang in [Lang::Sv, Lang::En] {
                assert!(
                    crate::i18n::has(lang, &m.message_id()),
                    "{} lacks fynd-{} in {lang:?}",
                    m.code,
                    m.code
                );
            }
            let mut sv = m.variables(Lang::Sv);
            let mut en = m.variables(Lang::En);
            sv.sort_unstable();
            en.sort_unstable();
            assert_eq!(sv, en, "{}: sv and en variables differ", m.code);
        }
    }
}
