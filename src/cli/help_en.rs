//! The English of the command line's help: every Swedish description written in `args.rs` (a
//! command's or a flag's doc comment, a value's) beside its English, in one table keyed by the
//! Swedish text. `clap_lang` swaps them in with `--lang en`.
//!
//! A new command, flag or value: add its Swedish doc comment's exact text and its English here
//! (one line, anywhere in the table). `tests/it/help_lang.rs` runs `--lang en … --help` for every
//! command and names any Swedish left over, and a unit test below names the texts missing here.

/// Swedish → English, one row per distinct text (a text shared by several flags is written once).
pub const HELP_EN: &[(&str, &str)] = &[
    // sip itself and the global flags
    (
        "Samordnad individuell plan (SIP): kontrollera, redigera och skriv ut planer i en git-mapp",
        "Coordinated individual plan (SIP): check, edit and print plans in a git folder",
    ),
    (
        "sip håller varje samordnad individuell plan som en YAML-fil i en git-mapp, kontrollerar planerna mot lagens fyra punkter och den lokala överenskommelsens regler, och skriver ut kallelser, dagordningar och plandokument.",
        "sip keeps each coordinated individual plan as a YAML file in a git folder, checks the plans against the four points of the law and the rules of the local agreement, and prints invitations, agendas and plan documents.",
    ),
    (
        "Planmappen (annars närmaste mapp uppåt med sip.toml)",
        "The plan folder (else the nearest folder above with sip.toml)",
    ),
    (
        "Dagens datum för alla datumregler (ÅÅÅÅ-MM-DD)",
        "Today's date for every date rule (YYYY-MM-DD)",
    ),
    (
        "Språk för meddelanden och rubriker",
        "Language of messages and headings",
    ),
    (
        "Färg: auto (på en terminal, utan NO_COLOR), always eller never",
        "Colour: auto (on a terminal, without NO_COLOR), always or never",
    ),
    ("Skriv bara det nödvändiga", "Print only what is needed"),
    // The commands
    (
        "Skapa en planmapp (sip.toml)",
        "Create a plan folder (sip.toml)",
    ),
    (
        "Skapa en plan (status utkast)",
        "Create a plan (status draft)",
    ),
    (
        "Ändra planens egna uppgifter (syfte, inriktning, frågeställningar …)",
        "Change the plan's own fields (purpose, focus, questions …)",
    ),
    (
        "Öppna en plan i $EDITOR och kontrollera den när den sparas",
        "Open a plan in $EDITOR and check it when it is saved",
    ),
    (
        "Registrera eller återkalla samtycke",
        "Record or withdraw consent",
    ),
    ("Behov", "Needs"),
    ("Mål", "Goals"),
    ("Insatser", "Interventions"),
    (
        "Åtgärder av andra än kommun och region",
        "Measures by others than the municipality and the region",
    ),
    ("Övergripande ansvar", "Overall responsibility"),
    ("SIP-möten", "SIP meetings"),
    (
        "Datum för nästa uppföljning",
        "The date of the next follow-up",
    ),
    ("Ändra planens status", "Change the plan's status"),
    ("Avsluta planen", "Close the plan"),
    (
        "Kontrollera planer mot lagen och överenskommelsen",
        "Check plans against the law and the agreement",
    ),
    (
        "Skriv ut dagordningen för ett möte",
        "Print the agenda of a meeting",
    ),
    (
        "Skriv ut kallelsen till ett möte, till alla eller till en mottagare",
        "Print the invitation to a meeting, to everyone or to one recipient",
    ),
    (
        "Skriv ut minnesanteckningarna från ett möte",
        "Print the minutes of a meeting",
    ),
    ("Skriv ut plandokumentet", "Print the plan document"),
    (
        "Det som ska följas upp: hela mappen, eller en plans checklista",
        "What is due for follow-up: the whole folder, or one plan's checklist",
    ),
    ("En rad per plan", "One row per plan"),
    (
        "Statistik utan personuppgifter",
        "Statistics without personal data",
    ),
    (
        "Rapport till styrelsen: SIP-arbetet under en period, utan personuppgifter",
        "Board report: the SIP work of a period, without personal data",
    ),
    (
        "Från och med (standard: 1 januari i år)",
        "From (inclusive; default: 1 January this year)",
    ),
    (
        "Till och med (standard: i dag)",
        "Until (inclusive; default: today)",
    ),
    (
        "Bara planer enligt den här överenskommelsen (id)",
        "Only plans under this agreement (id)",
    ),
    (
        "Utdataformat (pdf och xlsx till en fil)",
        "Output format (pdf and xlsx to a file)",
    ),
    (
        "Skriv om planer i kanonisk form",
        "Rewrite plans in canonical form",
    ),
    ("JSON Schema för redigerare", "JSON Schema for editors"),
    ("Skalkomplettering", "Shell completion"),
    ("Manualsidan", "The man page"),
    (
        "Visa reglerna, eller en regels dokumentation",
        "Show the rules, or one rule's documentation",
    ),
    (
        "Visa och kontrollera överenskommelser",
        "Show and check agreements",
    ),
    (
        "gits sammanslagning av en plan efter innehåll (anropas av git, se setup-git)",
        "git's merge of a plan by its content (called by git, see setup-git)",
    ),
    (
        "Registrera sips sammanslagning av planer i den här klonens git-inställningar",
        "Register sip's merge of plans in this clone's git settings",
    ),
    (
        "Planens ändringar ur git, per datum och person",
        "The plan's changes from git, by date and person",
    ),
    (
        "Individens företrädare (vårdnadshavare, förvaltare, god man)",
        "The individual's representatives (guardian, administrator, trustee)",
    ),
    (
        "Närstående, och om de får delta",
        "Relatives, and whether they may take part",
    ),
    (
        "Det individen själv ska göra (egna åtgärder)",
        "What the individual will do (own actions)",
    ),
    (
        "Vem som får en kopia av planen",
        "Who receives a copy of the plan",
    ),
    (
        "Hitta planer på id, namn eller personnummer",
        "Find plans by id, name or personal identity number",
    ),
    (
        "Förslag till skalkompletteringen (anropas av skripten från `sip completions`)",
        "Suggestions for shell completion (called by the scripts of `sip completions`)",
    ),
    ("Skalet som frågar", "The shell that asks"),
    (
        "Numret på ordet som kompletteras (0 är sip)",
        "The number of the word being completed (0 is sip)",
    ),
    (
        "Kommandoradens ord (efter --)",
        "The words of the command line (after --)",
    ),
    // Subcommands
    ("Lägg till en företrädare", "Add a representative"),
    ("Ta bort en företrädare", "Remove a representative"),
    ("Lägg till en närstående", "Add a relative"),
    ("Ändra en närstående", "Change a relative"),
    ("Ta bort en närstående", "Remove a relative"),
    (
        "Lägg till något individen själv ska göra",
        "Add something the individual will do",
    ),
    (
        "Ta bort en egen åtgärd (nummer 1, 2, … som i `sip show`)",
        "Remove an own action (number 1, 2, … as in `sip show`)",
    ),
    (
        "Lägg till en mottagare av kopia: \"NAMN\" eller \"NAMN:PART\"",
        "Add a recipient of a copy: \"NAME\" or \"NAME:PARTY\"",
    ),
    (
        "Ta bort en mottagare av kopia",
        "Remove a recipient of a copy",
    ),
    ("Lägg till ett behov", "Add a need"),
    ("Ändra ett behov", "Change a need"),
    ("Ta bort ett behov", "Remove a need"),
    ("Lägg till ett mål", "Add a goal"),
    ("Ändra ett mål", "Change a goal"),
    ("Ta bort ett mål", "Remove a goal"),
    ("Lägg till en insats", "Add an intervention"),
    ("Ändra en insats", "Change an intervention"),
    ("Ta bort en insats", "Remove an intervention"),
    (
        "Lägg till en åtgärd av någon annan",
        "Add a measure by someone else",
    ),
    (
        "Ändra en åtgärd (nummer 1, 2, … som i `sip show`)",
        "Change a measure (number 1, 2, … as in `sip show`)",
    ),
    (
        "Ta bort en åtgärd (nummer 1, 2, … som i `sip show`)",
        "Remove a measure (number 1, 2, … as in `sip show`)",
    ),
    (
        "Registrera att inga åtgärder av andra finns (prövat)",
        "Record that there are no measures by others (considered)",
    ),
    ("Lägg till ett möte", "Add a meeting"),
    ("Flytta eller ändra ett möte", "Move or change a meeting"),
    (
        "Registrera att kallelsen skickats",
        "Record that the invitation was sent",
    ),
    (
        "Registrera att mötet hållits",
        "Record that the meeting was held",
    ),
    (
        "Ta bort ett möte som inte hållits",
        "Remove a meeting not held",
    ),
    ("Deltagare i ett möte", "Participants of a meeting"),
    ("Lägg till en deltagare", "Add a participant"),
    ("Ta bort en deltagare", "Remove a participant"),
    (
        "Lista överenskommelserna (inbyggda och planmappens egna)",
        "List the agreements (built in and the plan folder's own)",
    ),
    ("Visa en överenskommelse", "Show an agreement"),
    (
        "Kontrollera en överenskommelsefil",
        "Check an agreement file",
    ),
    // Arguments and flags
    ("Planens id eller sökväg", "The plan's id or path"),
    ("\"NAMN\" eller \"NAMN:PART\"", "\"NAME\" or \"NAME:PARTY\""),
    (
        "\"NAMN\", \"NAMN:PART\" eller \"NAMN:ROLL\"",
        "\"NAME\", \"NAME:PARTY\" or \"NAME:ROLE\"",
    ),
    ("Ansvarig part (huvudman)", "Responsible party (principal)"),
    ("Ansvarig person", "Responsible person"),
    ("Anteckningar", "Notes"),
    (
        "Avslutsdag (standard: i dag)",
        "Closing date (default: today)",
    ),
    (
        "Bara det som en part ansvarar för",
        "Only what one party is responsible for",
    ),
    ("Bara initialer", "Initials only"),
    (
        "Bara planer med den här samtalsledaren",
        "Only plans with this meeting leader",
    ),
    (
        "Bara planer med den här statusen",
        "Only plans with this status",
    ),
    (
        "Bara planer under den här överenskommelsen",
        "Only plans under this agreement",
    ),
    (
        "Bara ändringar från och med ett datum (ÅÅÅÅ-MM-DD) eller ett mötes dag (MÖ1)",
        "Only changes from a date (YYYY-MM-DD) or a meeting's day (MÖ1) on",
    ),
    (
        "Behov som insatsen möter (B1,B2)",
        "Needs the intervention meets (B1,B2)",
    ),
    (
        "Behov som åtgärden möter (B1,B2)",
        "Needs the measure meets (B1,B2)",
    ),
    (
        "Behovet med individens egna ord",
        "The need in the individual's own words",
    ),
    ("Behovets id (B1)", "The need's id (B1)"),
    (
        "Brevet till en mottagare: individen, en persons namn eller en parts id (standard: översikten till alla)",
        "The letter to one recipient: the individual, a person's name or a party's id (default: the overview to everyone)",
    ),
    (
        "Dag då kallelsen skickades (standard: i dag)",
        "The day the invitation was sent (default: today)",
    ),
    (
        "Dag då patienten blev utskrivningsklar",
        "The day the patient was ready for discharge",
    ),
    ("Dag då samtycket gavs", "The day consent was given"),
    (
        "Dag då samtycket återkallades",
        "The day consent was withdrawn",
    ),
    ("Dagar framåt", "Days ahead"),
    (
        "Del av id, namn eller personnummer (stora och små bokstäver, accenter spelar ingen roll)",
        "Part of an id, name or personal identity number (case and accents do not matter)",
    ),
    (
        "Deltagare: \"NAMN\", \"NAMN:PART\" eller \"NAMN:ROLL\" (kan upprepas)",
        "Participant: \"NAME\", \"NAME:PARTY\" or \"NAME:ROLE\" (may be repeated)",
    ),
    ("Deltagarens namn", "The participant's name"),
    (
        "Den andras version (git: %B)",
        "The other version (git: %B)",
    ),
    (
        "Den gemensamma versionen (git: %O)",
        "The common version (git: %O)",
    ),
    ("Den närståendes namn", "The relative's name"),
    ("Digitalt system", "Digital system"),
    (
        "Din version; resultatet skrivs hit (git: %A)",
        "Your version; the result is written here (git: %A)",
    ),
    (
        "En plan (visar dess checklista)",
        "One plan (shows its checklist)",
    ),
    (
        "En regels kod (L004) eller namn",
        "A rule's code (L004) or name",
    ),
    (
        "Ersättning (kan upprepas; ersätter listan)",
        "Benefit (may be repeated; replaces the list)",
    ),
    (
        "Filens sökväg i förrådet, för meddelanden (git: %P)",
        "The file's path in the repository, for messages (git: %P)",
    ),
    (
        "Filer eller mappar (standard: hela planmappen)",
        "Files or folders (default: the whole plan folder)",
    ),
    (
        "Filer eller mappar (standard: hela planmappen); `-` läser en plan från stdin",
        "Files or folders (default: the whole plan folder); `-` reads one plan from stdin",
    ),
    (
        "Frågeställning (kan upprepas; ersätter listan)",
        "Question (may be repeated; replaces the list)",
    ),
    (
        "Från och med (initieringsdatum)",
        "From (date of initiation)",
    ),
    ("Får delta: ja | nej", "May take part: ja (yes) | nej (no)"),
    (
        "Födelsedatum (när personnummer saknas)",
        "Date of birth (when there is no personal identity number)",
    ),
    ("Företrädarens namn", "The representative's name"),
    ("Företrädarens roll", "The representative's role"),
    ("Hur samtycket gavs", "How consent was given"),
    (
        "Huvudmannen med övergripande ansvar",
        "The principal with overall responsibility",
    ),
    (
        "Individen vill inte att den närstående deltar",
        "The individual does not want the relative to take part",
    ),
    (
        "Individens eget mål, med individens egna ord",
        "The individual's own goal, in the individual's own words",
    ),
    ("Individens namn", "The individual's name"),
    (
        "Initieringsdatum (standard: i dag)",
        "Date of initiation (default: today)",
    ),
    ("Inriktning", "Focus"),
    ("Insatsens id (I1)", "The intervention's id (I1)"),
    ("Insatsens status", "The intervention's status"),
    ("Kommentar", "Comment"),
    ("Kontaktperson", "Contact person"),
    ("Kön", "Gender"),
    (
        "Kör bara dessa regler (kommaseparerade koder, t.ex. L004,P002)",
        "Run only these rules (comma-separated codes, e.g. L004,P002)",
    ),
    (
        "Lägg till en part i samtycket (kan upprepas)",
        "Add a party to the consent (may be repeated)",
    ),
    (
        "Mappen (standard: den aktuella)",
        "The folder (default: the current one)",
    ),
    (
        "Med --format ics: skriv ut individens namn. Utan flaggan visas bara initialer, eftersom en kalender ofta synkas till Outlook, Google eller en telefon, utanför planmappen",
        "With --format ics: print the individual's name. Without the flag only initials are shown, since a calendar is often synced to Outlook, Google or a phone, outside the plan folder",
    ),
    (
        "Med sökvägen `-`: planens sökväg, för meddelanden, filnamnsregler och överenskommelsen",
        "With the path `-`: the plan's path, for messages, file-name rules and the agreement",
    ),
    ("Mottagarens namn", "The recipient's name"),
    ("Mål (M1,M2)", "Goals (M1,M2)"),
    (
        "Målet med individens egna ord",
        "The goal in the individual's own words",
    ),
    ("Målets id (M1)", "The goal's id (M1)"),
    ("Mått", "Measure of success"),
    ("Mötets eget syfte", "The meeting's own purpose"),
    (
        "Mötets egna frågeställningar (kan upprepas; ersätter listan)",
        "The meeting's own questions (may be repeated; replaces the list)",
    ),
    ("Mötets id (MÖ1)", "The meeting's id (MÖ1)"),
    (
        "Mötets id (standard: det senaste genomförda mötet)",
        "The meeting's id (default: the last meeting held)",
    ),
    (
        "Mötets id (standard: nästa möte som inte hållits)",
        "The meeting's id (default: the next meeting not held)",
    ),
    (
        "Nuläge, så som det beskrevs vid mötet (bakgrund)",
        "The present situation, as described at the meeting (background)",
    ),
    ("Ny beskrivning", "New description"),
    ("Ny tid, ÅÅÅÅ-MM-DDTTT:MM", "New time, YYYY-MM-DDTHH:MM"),
    ("Nästa uppföljning (datum)", "Next follow-up (date)"),
    ("Parten som kallar", "The party that sends the invitation"),
    (
        "Parter som omfattas (kommaseparerade)",
        "Parties covered (comma-separated)",
    ),
    (
        "Patientens fasta vårdkontakt",
        "The patient's permanent care contact",
    ),
    (
        "Personnummer (ÅÅÅÅMMDD-NNNN)",
        "Personal identity number (YYYYMMDD-NNNN)",
    ),
    (
        "Personnummer eller samordningsnummer",
        "Personal identity number or coordination number",
    ),
    ("Planens nya status", "The plan's new status"),
    ("Plats", "Place"),
    ("Relation till individen", "Relation to the individual"),
    (
        "Relation till individen, t.ex. mor",
        "Relation to the individual, e.g. mor (mother)",
    ),
    ("Samtalsledare", "Meeting leader"),
    ("Senast (datum)", "By (date)"),
    ("Sista giltighetsdag", "Last day of validity"),
    ("Skalet", "The shell"),
    (
        "Skriv dokumentet till FIL i stället för stdout",
        "Write the document to FILE instead of stdout",
    ),
    (
        "Skriv till FIL i stället för stdout",
        "Write to FILE instead of stdout",
    ),
    ("Slutdag", "End date"),
    ("Standardsamtalsledare", "Default meeting leader"),
    ("Standardöverenskommelse", "Default agreement"),
    ("Startdag", "Start date"),
    ("Syfte", "Purpose"),
    ("Sysselsättning", "Occupation"),
    ("TOML-filen", "The TOML file"),
    (
        "Ta bort en part ur samtycket (kan upprepas)",
        "Remove a party from the consent (may be repeated)",
    ),
    (
        "Ta bort en valfri nyckel, t.ex. initiering.utskrivningsklar (kan upprepas)",
        "Remove an optional key, e.g. initiering.utskrivningsklar (may be repeated)",
    ),
    (
        "Ta bort även hänvisningarna till behovet",
        "Also remove the references to the need",
    ),
    (
        "Ta bort även hänvisningarna till målet",
        "Also remove the references to the goal",
    ),
    ("Telefon eller e-post", "Phone or e-mail"),
    ("Tid, ÅÅÅÅ-MM-DDTTT:MM", "Time, YYYY-MM-DDTHH:MM"),
    ("Till och med", "Until (inclusive)"),
    ("Typ av möte", "Kind of meeting"),
    ("Utdataformat", "Output format"),
    (
        "Utdataformat (xlsx och ics till en fil)",
        "Output format (xlsx and ics to a file)",
    ),
    (
        "Utdataformat (xlsx till en fil)",
        "Output format (xlsx to a file)",
    ),
    ("Utförare", "Provider"),
    ("Vad individen ska göra", "What the individual will do"),
    ("Vad insatsen är", "What the intervention is"),
    ("Vad åtgärden är", "What the measure is"),
    ("Varför planen avslutas", "Why the plan is closed"),
    (
        "Varningar räknas som fel (slutkod 1)",
        "Warnings count as errors (exit code 1)",
    ),
    (
        "Vem som dokumenterade (standard: planens samtalsledare)",
        "Who documented it (default: the plan's meeting leader)",
    ),
    ("Vem som föreslog SIP", "Who proposed the SIP"),
    (
        "Vem som gav samtycket: individen, en roll eller företrädarnas namn (kommaseparerade)",
        "Who gave consent: the individual, a role or the representatives' names (comma-separated)",
    ),
    ("Vem som vidtar åtgärden", "Who takes the measure"),
    (
        "Vilka uppgifter som får lämnas ut (omfattning)",
        "What information may be shared (scope)",
    ),
    (
        "Vilket schema: plan eller överenskommelse",
        "Which schema: plan or agreement",
    ),
    ("Visa även celler med 1–4", "Also show cells of 1–4"),
    (
        "Ändra inget; slutkod 1 om någon fil inte är i kanonisk form",
        "Change nothing; exit code 1 if a file is not in canonical form",
    ),
    ("Åtgärdens nummer", "The measure's number"),
    ("Överenskommelse", "Agreement"),
    (
        "Överenskommelse (standard: sip.toml)",
        "Agreement (default: sip.toml)",
    ),
    ("Överenskommelsens id", "The agreement's id"),
    // sip gallra
    (
        "Gallring: avslutade planer vars tid har gått ut enligt [gallring] i sip.toml (utan --apply bara en lista)",
        "Gallring: closed plans whose retention period under [gallring] in sip.toml has run out (without --apply only a list)",
    ),
    (
        "Gallra: ta bort planerna och varje version av dem ur git-historiken (med git-filter-repo) och anteckna det i gallringslogg.csv",
        "Gallra: remove the plans and every version of them from the git history (with git-filter-repo) and record it in gallringslogg.csv",
    ),
    (
        "Skriv först ett arkivexemplar av varje plan som gallras: MAPP/<planens id>.pdf (PDF/A-2b, med plandokumentet, alla minnesanteckningar och historiken)",
        "First write an archive copy of each plan to be removed: DIR/<plan id>.pdf (PDF/A-2b, with the plan document, all minutes and the history)",
    ),
    (
        "Vem som gallrar, som en roll eller funktion och aldrig ett namn (till gallringsloggen; annars utförd_av i sip.toml)",
        "Who carries out the gallring, as a role or function and never a name (for the gallring log; else utförd_av in sip.toml)",
    ),
    (
        "Med --apply i en planmapp utan git: ta bort bara filerna (det finns ingen historik)",
        "With --apply in a plan folder without git: remove only the files (there is no history)",
    ),
    // v3: the plan's life
    (
        "Dag då slutenvården meddelade att patienten är utskrivningsklar (de tre dagarna till kallelsen räknas därifrån)",
        "Day the inpatient ward gave notice that the patient is ready for discharge (the three days to the kallelse run from it)",
    ),
    (
        "Barnets egna synpunkter: hur de har tagits fram och vad de är",
        "The child's own views: how they were obtained and what they are",
    ),
    (
        "Öppen psykiatrisk tvångsvård (lpt) eller öppen rättspsykiatrisk vård (lrv), eller ingen",
        "Compulsory outpatient psychiatric care (`lpt`) or forensic outpatient care (`lrv`), or none (`ingen`)",
    ),
    (
        "Språket som individen behöver tolk för, t.ex. arabiska",
        "The language the individual needs an interpreter for, e.g. arabiska",
    ),
    (
        "Skyddade personuppgifter: ja | nej",
        "Protected personal data: `ja` (yes) | `nej` (no)",
    ),
    (
        "Parten som kallar (initiering.part)",
        "The party that convenes (initiering.part)",
    ),
    (
        "Dagen då SIP initierades (initiering.datum)",
        "The day the SIP was initiated (initiering.datum)",
    ),
    (
        "Lägg till en deltagare utan part som samtycket omfattar, med namn (kan upprepas)",
        "Add a participant without a party whom the consent covers, by name (repeatable)",
    ),
    (
        "Ta bort en deltagare utan part ur samtycket (kan upprepas)",
        "Remove a participant without a party from the consent (repeatable)",
    ),
    (
        "Utvärdering: uppnått, delvis_uppnått, ej_uppnått, eller ingen (tar bort utvärderingen)",
        "Evaluation: `uppnått` (reached), `delvis_uppnått` (partly), `ej_uppnått` (not reached), or `ingen` (removes the evaluation)",
    ),
    (
        "Dag då målet utvärderades (standard: i dag)",
        "Day the goal was evaluated (default: today)",
    ),
    ("Kommentar till utvärderingen", "Comment on the evaluation"),
    (
        "Deltagare: \"NAMN\", \"NAMN:PART\" eller \"NAMN:ROLL\", med enhet efter: \"NAMN:PART:ENHET\" (kan upprepas)",
        "Participant: \"NAME\", \"NAME:PARTY\" or \"NAME:ROLE\", with a unit after: \"NAME:PARTY:UNIT\" (repeatable)",
    ),
    (
        "En deltagare som inte kom (kan upprepas)",
        "A participant who did not come (repeatable)",
    ),
    (
        "Rätta vem som var där på ett hållet möte",
        "Correct who was there at a held meeting",
    ),
    ("Deltagaren kom inte", "The participant did not come"),
    ("Deltagaren var där", "The participant was there"),
    (
        "\"NAMN\", \"NAMN:PART\" eller \"NAMN:ROLL\", med enhet efter: \"NAMN:PART:ENHET\"",
        "\"NAME\", \"NAME:PARTY\" or \"NAME:ROLE\", with a unit after: \"NAME:PARTY:UNIT\"",
    ),
    // encrypted plans
    (
        "Kryptera planernas personuppgifter (kräver --recipient)",
        "Encrypt the plans' personal data (needs --recipient)",
    ),
    (
        "Mottagare av planernas datanycklar (age1… eller ssh-ed25519 …; kan upprepas)",
        "Recipient of the plans' data keys (age1… or ssh-ed25519 …; repeatable)",
    ),
    (
        "Nycklar för krypterade planer (age)",
        "Keys for encrypted plans (age)",
    ),
    (
        "Skapa en egen nyckel (age) och skriv ut dess mottagare",
        "Create your own key (age) and print its recipient",
    ),
    (
        "Nyckelfilen (standard: ~/.config/sip/nyckel.txt)",
        "The key file (default: ~/.config/sip/nyckel.txt)",
    ),
    (
        "Visa planmappens mottagare",
        "Show the plan folder's recipients",
    ),
    (
        "Lägg till en mottagare och öppna varje plan för den",
        "Add a recipient and open every plan to it",
    ),
    (
        "Mottagaren: en publik age-nyckel (age1…) eller ssh-ed25519-nyckel",
        "The recipient: a public age key (age1…) or an ssh-ed25519 key",
    ),
    (
        "Ta bort en mottagare: nya datanycklar, varje värde krypteras om",
        "Remove a recipient: new data keys, every value encrypted again",
    ),
    (
        "Kryptera planernas personuppgifter (sops-format)",
        "Encrypt the plans' personal data (sops format)",
    ),
    ("Planer (id eller sökväg)", "Plans (id or path)"),
    ("Alla planer i planmappen", "Every plan in the plan folder"),
    (
        "Planens nya innehåll i klartext ur en fil (`-` för standard in); oförändrade värden behåller sin krypterade text",
        "The plan's new content as clear text from a file (`-` reads stdin); unchanged values keep their ciphertext",
    ),
    (
        "Skriv ut en krypterad plan i klartext",
        "Print an encrypted plan in clear text",
    ),
    ("Planen (id eller sökväg)", "The plan (id or path)"),
    (
        "Skriv klartexten till en fil (ny, bara läsbar för dig) i stället för standard ut",
        "Write the clear text to a new file readable by you only, not to stdout",
    ),
    (
        "För git diff (textconv, registreras av setup-git): PLAN är en fils sökväg; skriver den i klartext om en nyckel öppnar den, annars som den är, och misslyckas aldrig",
        "For git diff (textconv, registered by setup-git): PLAN is a file's path; prints it in clear text when a key opens it, else as it is, and never fails",
    ),
];

/// Value names written in Swedish in `args.rs` (`value_name = "FIL"`), in English. The names
/// clap derives from field names are English already (`clap_lang::VALUE_NAMES` gives their
/// Swedish).
pub const VALUE_NAMES_EN: &[(&str, &str)] = &[
    ("BEDÖMNING", "ASSESSMENT"),
    ("DATUM", "DATE"),
    ("DATUM|MÖTE", "DATE|MEETING"),
    ("FIL", "FILE"),
    ("JA|NEJ", "YES|NO"),
    ("KODER", "CODES"),
    ("MAPP", "DIR"),
    ("MOTTAGARE", "RECIPIENT"),
    ("NAMN", "NAME"),
    ("NYCKEL", "KEY"),
    ("PART", "PARTY"),
    ("SPRÅK", "LANGUAGE"),
    ("SÖKVÄG", "PATH"),
    ("TVÅNGSVÅRD", "CARE"),
];

/// The English of a Swedish help text, when the table has it.
pub fn english(sv: &str) -> Option<&'static str> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| HELP_EN.iter().copied().collect())
        .get(sv.trim())
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_swedish_text_is_in_the_table_once() {
        let mut seen = std::collections::HashSet::new();
        for (sv, en) in HELP_EN {
            assert!(seen.insert(*sv), "twice: {sv}");
            // Values the user types (`uppnått`) stay Swedish, in code spans.
            let prose: String = en.split('`').step_by(2).collect();
            assert!(!en.is_empty() && !prose.contains(['å', 'ä']), "{en}");
        }
    }
}
