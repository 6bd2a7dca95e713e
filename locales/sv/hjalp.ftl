# Hjälpen på kommandoraden (`sip --help`, `sip KOMMANDO --help`, manualsidan och skalens kompletteringar).
#
# En text per kommando och flagga: `hjalp-check` är vad `sip check` gör, `hjalp-check--format`
# beskriver flaggan `--format` i `sip check`, `hjalp-sip--lang` en flagga som gäller alla kommandon.
# `{ hjalp-… }` återanvänder en annan flaggas text. Varje text blir en rad i hjälpen: skriv den kort,
# utan punkt på slutet (utom den längre texten `.utforlig`, som står i `--help`).

# `sip`: vad kommandot gör (.utforlig: den längre texten i --help)
hjalp-sip = Samordnad individuell plan (SIP): kontrollera, redigera och skriv ut planer i en git-mapp
    .utforlig = sip håller varje samordnad individuell plan som en YAML-fil i en git-mapp, kontrollerar planerna mot lagens fyra punkter och den lokala överenskommelsens regler, och skriver ut kallelser, dagordningar och plandokument.
# `sip --dir` (gäller alla kommandon)
hjalp-sip--dir = Planmappen (annars närmaste mapp uppåt med sip.toml)
# `sip --today` (gäller alla kommandon)
hjalp-sip--today = Dagens datum för alla datumregler (ÅÅÅÅ-MM-DD)
# `sip --lang` (gäller alla kommandon)
hjalp-sip--lang = Språk för meddelanden och rubriker
# `sip --color` (gäller alla kommandon)
hjalp-sip--color = Färg: auto (på en terminal, utan NO_COLOR), always eller never
# `sip --quiet` (gäller alla kommandon)
hjalp-sip--quiet = Skriv bara det nödvändiga

# `sip init`: vad kommandot gör
hjalp-init = Skapa en planmapp (sip.toml)
# `sip init MAPP`
hjalp-init--dir = Mappen (standard: den aktuella)
# `sip init --agreement`
hjalp-init--agreement = Standardöverenskommelse
# `sip init --leader`
hjalp-init--leader = Standardsamtalsledare
# `sip init --encrypt`
hjalp-init--encrypt = Kryptera planernas personuppgifter (kräver --recipient)
# `sip init --recipient`
hjalp-init--recipients = Mottagare av planernas datanycklar (age1… eller ssh-ed25519 …; kan upprepas)

# `sip new`: vad kommandot gör
hjalp-new = Skapa en plan (status utkast)
# `sip new --agreement`
hjalp-new--agreement = Överenskommelse (standard: sip.toml)
# `sip new --name`
hjalp-new--name = Individens namn
# `sip new --personnummer`
hjalp-new--personnummer = Personnummer eller samordningsnummer
# `sip new --birth-date`
hjalp-new--birth-date = Födelsedatum (när personnummer saknas)
# `sip new --initiated-by`
hjalp-new--initiated-by = Parten som kallar
# `sip new --date`
hjalp-new--date = Initieringsdatum (standard: i dag)
# `sip new --purpose`
hjalp-new--purpose = Syfte
# `sip new --focus`
hjalp-new--focus = Inriktning
# `sip new --question`
hjalp-new--questions = Frågeställning (kan upprepas; ersätter listan)
# `sip new --leader`
hjalp-new--leader = Samtalsledare
# `sip new --occupation`
hjalp-new--occupation = Sysselsättning
# `sip new --gender`
hjalp-new--gender = Kön
# `sip new --benefit`
hjalp-new--benefits = Ersättning (kan upprepas; ersätter listan)

# `sip set`: vad kommandot gör
hjalp-set = Ändra planens egna uppgifter (syfte, inriktning, frågeställningar …)
# `sip set PLAN`
hjalp-set--plan = Planens id eller sökväg
# `sip set --purpose`
hjalp-set--purpose = { hjalp-new--purpose }
# `sip set --focus`
hjalp-set--focus = { hjalp-new--focus }
# `sip set --question`
hjalp-set--questions = { hjalp-new--questions }
# `sip set --leader`
hjalp-set--leader = { hjalp-new--leader }
# `sip set --occupation`
hjalp-set--occupation = { hjalp-new--occupation }
# `sip set --gender`
hjalp-set--gender = { hjalp-new--gender }
# `sip set --benefit`
hjalp-set--benefits = { hjalp-new--benefits }
# `sip set --name`
hjalp-set--name = { hjalp-new--name }
# `sip set --personnummer`
hjalp-set--personnummer = Personnummer (ÅÅÅÅMMDD-NNNN)
# `sip set --birth-date`
hjalp-set--birth-date = { hjalp-new--birth-date }
# `sip set --agreement`
hjalp-set--agreement = Överenskommelse
# `sip set --background`
hjalp-set--background = Nuläge, så som det beskrevs vid mötet (bakgrund)
# `sip set --own-goal`
hjalp-set--own-goal = Individens eget mål, med individens egna ord
# `sip set --proposed-by`
hjalp-set--proposed-by = Vem som föreslog SIP
# `sip set --discharge-ready`
hjalp-set--discharge-ready = Dag då slutenvården meddelade att patienten är utskrivningsklar (de tre dagarna till kallelsen räknas därifrån)
# `sip set --care-contact`
hjalp-set--care-contact = Patientens fasta vårdkontakt
# `sip set --childs-views`
hjalp-set--childs-views = Barnets egna synpunkter: hur de har tagits fram och vad de är
# `sip set --compulsory-care`
hjalp-set--compulsory-care = Öppen psykiatrisk tvångsvård (lpt) eller öppen rättspsykiatrisk vård (lrv), eller ingen
# `sip set --interpreter`
hjalp-set--interpreter = Språket som individen behöver tolk för, t.ex. arabiska
# `sip set --protected`
hjalp-set--protected = Skyddade personuppgifter: ja | nej
# `sip set --initiated-by`
hjalp-set--initiated-by = Parten som kallar (initiering.part)
# `sip set --initiated`
hjalp-set--initiated = Dagen då SIP initierades (initiering.datum)
# `sip set --clear`
hjalp-set--clear = Ta bort en valfri nyckel, t.ex. initiering.utskrivningsklar (kan upprepas)

# `sip edit`: vad kommandot gör
hjalp-edit = Öppna en plan i $EDITOR och kontrollera den när den sparas
# `sip edit PLAN`
hjalp-edit--plan = { hjalp-set--plan }

# `sip consent`: vad kommandot gör
hjalp-consent = Registrera eller återkalla samtycke
# `sip consent PLAN`
hjalp-consent--plan = { hjalp-set--plan }
# `sip consent --date`
hjalp-consent--date = Dag då samtycket gavs
# `sip consent --form`
hjalp-consent--form = Hur samtycket gavs
# `sip consent --given-by`
hjalp-consent--given-by = Vem som gav samtycket: individen, en roll eller företrädarnas namn (kommaseparerade)
# `sip consent --documented-by`
hjalp-consent--documented-by = Vem som dokumenterade (standard: planens samtalsledare)
# `sip consent --parties`
hjalp-consent--parties = Parter som omfattas (kommaseparerade)
# `sip consent --valid-until`
hjalp-consent--valid-until = Sista giltighetsdag
# `sip consent --withdrawn`
hjalp-consent--withdrawn = Dag då samtycket återkallades
# `sip consent --add-party`
hjalp-consent--add-party = Lägg till en part i samtycket (kan upprepas)
# `sip consent --remove-party`
hjalp-consent--remove-party = Ta bort en part ur samtycket (kan upprepas)
# `sip consent --scope`
hjalp-consent--scope = Vilka uppgifter som får lämnas ut (omfattning)
# `sip consent --add-other`
hjalp-consent--add-other = Lägg till en deltagare utan part som samtycket omfattar, med namn (kan upprepas)
# `sip consent --remove-other`
hjalp-consent--remove-other = Ta bort en deltagare utan part ur samtycket (kan upprepas)

# `sip need`: vad kommandot gör
hjalp-need = Behov

# `sip need add`: vad kommandot gör
hjalp-need-add = Lägg till ett behov
# `sip need add PLAN`
hjalp-need-add--plan = { hjalp-set--plan }
# `sip need add TEXT`
hjalp-need-add--text = Behovet med individens egna ord

# `sip need set`: vad kommandot gör
hjalp-need-set = Ändra ett behov
# `sip need set PLAN`
hjalp-need-set--plan = { hjalp-set--plan }
# `sip need set ID`
hjalp-need-set--id = Behovets id (B1)
# `sip need set TEXT`
hjalp-need-set--text = Ny beskrivning

# `sip need remove`: vad kommandot gör
hjalp-need-remove = Ta bort ett behov
# `sip need remove PLAN`
hjalp-need-remove--plan = { hjalp-set--plan }
# `sip need remove ID`
hjalp-need-remove--id = { hjalp-need-set--id }
# `sip need remove --force`
hjalp-need-remove--force = Ta bort även hänvisningarna till behovet

# `sip goal`: vad kommandot gör
hjalp-goal = Mål

# `sip goal add`: vad kommandot gör
hjalp-goal-add = Lägg till ett mål
# `sip goal add PLAN`
hjalp-goal-add--plan = { hjalp-set--plan }
# `sip goal add TEXT`
hjalp-goal-add--text = Målet med individens egna ord
# `sip goal add --measure`
hjalp-goal-add--measure = Mått
# `sip goal add --by`
hjalp-goal-add--by = Senast (datum)

# `sip goal set`: vad kommandot gör
hjalp-goal-set = Ändra ett mål
# `sip goal set PLAN`
hjalp-goal-set--plan = { hjalp-set--plan }
# `sip goal set ID`
hjalp-goal-set--id = Målets id (M1)
# `sip goal set --text`
hjalp-goal-set--text = { hjalp-need-set--text }
# `sip goal set --measure`
hjalp-goal-set--measure = { hjalp-goal-add--measure }
# `sip goal set --by`
hjalp-goal-set--by = { hjalp-goal-add--by }
# `sip goal set --outcome`
hjalp-goal-set--outcome = Utvärdering: uppnått, delvis_uppnått, ej_uppnått, eller ingen (tar bort utvärderingen)
# `sip goal set --outcome-date`
hjalp-goal-set--outcome-date = Dag då målet utvärderades (standard: i dag)
# `sip goal set --comment`
hjalp-goal-set--comment = Kommentar till utvärderingen

# `sip goal remove`: vad kommandot gör
hjalp-goal-remove = Ta bort ett mål
# `sip goal remove PLAN`
hjalp-goal-remove--plan = { hjalp-set--plan }
# `sip goal remove ID`
hjalp-goal-remove--id = { hjalp-goal-set--id }
# `sip goal remove --force`
hjalp-goal-remove--force = Ta bort även hänvisningarna till målet

# `sip intervention`: vad kommandot gör
hjalp-intervention = Insatser

# `sip intervention add`: vad kommandot gör
hjalp-intervention-add = Lägg till en insats
# `sip intervention add PLAN`
hjalp-intervention-add--plan = { hjalp-set--plan }
# `sip intervention add TEXT`
hjalp-intervention-add--text = Vad insatsen är
# `sip intervention add --party`
hjalp-intervention-add--party = Ansvarig part (huvudman)
# `sip intervention add --need`
hjalp-intervention-add--needs = Behov som insatsen möter (B1,B2)
# `sip intervention add --goal`
hjalp-intervention-add--goals = Mål (M1,M2)
# `sip intervention add --provider`
hjalp-intervention-add--provider = Utförare
# `sip intervention add --contact`
hjalp-intervention-add--contact = Kontaktperson
# `sip intervention add --start`
hjalp-intervention-add--start = Startdag
# `sip intervention add --end`
hjalp-intervention-add--end = Slutdag

# `sip intervention set`: vad kommandot gör
hjalp-intervention-set = Ändra en insats
# `sip intervention set PLAN`
hjalp-intervention-set--plan = { hjalp-set--plan }
# `sip intervention set ID`
hjalp-intervention-set--id = Insatsens id (I1)
# `sip intervention set --status`
hjalp-intervention-set--status = Insatsens status
# `sip intervention set --text`
hjalp-intervention-set--text = { hjalp-need-set--text }
# `sip intervention set --party`
hjalp-intervention-set--party = { hjalp-intervention-add--party }
# `sip intervention set --need`
hjalp-intervention-set--needs = { hjalp-intervention-add--needs }
# `sip intervention set --goal`
hjalp-intervention-set--goals = { hjalp-intervention-add--goals }
# `sip intervention set --provider`
hjalp-intervention-set--provider = { hjalp-intervention-add--provider }
# `sip intervention set --contact`
hjalp-intervention-set--contact = { hjalp-intervention-add--contact }
# `sip intervention set --start`
hjalp-intervention-set--start = { hjalp-intervention-add--start }
# `sip intervention set --end`
hjalp-intervention-set--end = { hjalp-intervention-add--end }

# `sip intervention remove`: vad kommandot gör
hjalp-intervention-remove = Ta bort en insats
# `sip intervention remove PLAN`
hjalp-intervention-remove--plan = { hjalp-set--plan }
# `sip intervention remove ID`
hjalp-intervention-remove--id = { hjalp-intervention-set--id }

# `sip measure`: vad kommandot gör
hjalp-measure = Åtgärder av andra än kommun och region

# `sip measure add`: vad kommandot gör
hjalp-measure-add = Lägg till en åtgärd av någon annan
# `sip measure add PLAN`
hjalp-measure-add--plan = { hjalp-set--plan }
# `sip measure add TEXT`
hjalp-measure-add--text = Vad åtgärden är
# `sip measure add --by`
hjalp-measure-add--by = Vem som vidtar åtgärden
# `sip measure add --need`
hjalp-measure-add--needs = Behov som åtgärden möter (B1,B2)

# `sip measure none`: vad kommandot gör
hjalp-measure-none = Registrera att inga åtgärder av andra finns (prövat)
# `sip measure none PLAN`
hjalp-measure-none--plan = { hjalp-set--plan }

# `sip measure set`: vad kommandot gör
hjalp-measure-set = Ändra en åtgärd (nummer 1, 2, … som i `sip show`)
# `sip measure set PLAN`
hjalp-measure-set--plan = { hjalp-set--plan }
# `sip measure set NUMMER`
hjalp-measure-set--number = Åtgärdens nummer
# `sip measure set --text`
hjalp-measure-set--text = { hjalp-need-set--text }
# `sip measure set --by`
hjalp-measure-set--by = { hjalp-measure-add--by }
# `sip measure set --need`
hjalp-measure-set--needs = { hjalp-measure-add--needs }

# `sip measure remove`: vad kommandot gör
hjalp-measure-remove = Ta bort en åtgärd (nummer 1, 2, … som i `sip show`)
# `sip measure remove PLAN`
hjalp-measure-remove--plan = { hjalp-set--plan }
# `sip measure remove NUMMER`
hjalp-measure-remove--number = { hjalp-measure-set--number }

# `sip responsible`: vad kommandot gör
hjalp-responsible = Övergripande ansvar
# `sip responsible PLAN`
hjalp-responsible--plan = { hjalp-set--plan }
# `sip responsible --party`
hjalp-responsible--party = Huvudmannen med övergripande ansvar
# `sip responsible --person`
hjalp-responsible--person = Ansvarig person

# `sip meeting`: vad kommandot gör
hjalp-meeting = SIP-möten

# `sip meeting add`: vad kommandot gör
hjalp-meeting-add = Lägg till ett möte
# `sip meeting add PLAN`
hjalp-meeting-add--plan = { hjalp-set--plan }
# `sip meeting add --kind`
hjalp-meeting-add--kind = Typ av möte
# `sip meeting add --at`
hjalp-meeting-add--at = Tid, ÅÅÅÅ-MM-DDTTT:MM
# `sip meeting add --place`
hjalp-meeting-add--place = Plats
# `sip meeting add --digital`
hjalp-meeting-add--digital = Digitalt system
# `sip meeting add --participant`
hjalp-meeting-add--participants = Deltagare: "NAMN", "NAMN:PART" eller "NAMN:ROLL", med enhet efter: "NAMN:PART:ENHET" (kan upprepas)

# `sip meeting invited`: vad kommandot gör
hjalp-meeting-invited = Registrera att kallelsen skickats
# `sip meeting invited PLAN`
hjalp-meeting-invited--plan = { hjalp-set--plan }
# `sip meeting invited MÖTE`
hjalp-meeting-invited--meeting = Mötets id (MÖ1)
# `sip meeting invited --date`
hjalp-meeting-invited--date = Dag då kallelsen skickades (standard: i dag)

# `sip meeting held`: vad kommandot gör
hjalp-meeting-held = Registrera att mötet hållits
# `sip meeting held PLAN`
hjalp-meeting-held--plan = { hjalp-set--plan }
# `sip meeting held MÖTE`
hjalp-meeting-held--meeting = { hjalp-meeting-invited--meeting }
# `sip meeting held --notes`
hjalp-meeting-held--notes = Anteckningar
# `sip meeting held --absent`
hjalp-meeting-held--absent = En deltagare som inte kom (kan upprepas)

# `sip meeting attendance`: vad kommandot gör
hjalp-meeting-attendance = Rätta vem som var där på ett hållet möte
# `sip meeting attendance PLAN`
hjalp-meeting-attendance--plan = { hjalp-set--plan }
# `sip meeting attendance MÖTE`
hjalp-meeting-attendance--meeting = { hjalp-meeting-invited--meeting }
# `sip meeting attendance NAMN`
hjalp-meeting-attendance--name = Deltagarens namn
# `sip meeting attendance --absent`
hjalp-meeting-attendance--absent = Deltagaren kom inte
# `sip meeting attendance --present`
hjalp-meeting-attendance--present = Deltagaren var där

# `sip meeting set`: vad kommandot gör
hjalp-meeting-set = Flytta eller ändra ett möte
# `sip meeting set PLAN`
hjalp-meeting-set--plan = { hjalp-set--plan }
# `sip meeting set MÖTE`
hjalp-meeting-set--meeting = { hjalp-meeting-invited--meeting }
# `sip meeting set --at`
hjalp-meeting-set--at = Ny tid, ÅÅÅÅ-MM-DDTTT:MM
# `sip meeting set --place`
hjalp-meeting-set--place = { hjalp-meeting-add--place }
# `sip meeting set --digital`
hjalp-meeting-set--digital = { hjalp-meeting-add--digital }
# `sip meeting set --purpose`
hjalp-meeting-set--purpose = Mötets eget syfte
# `sip meeting set --question`
hjalp-meeting-set--questions = Mötets egna frågeställningar (kan upprepas; ersätter listan)

# `sip meeting remove`: vad kommandot gör
hjalp-meeting-remove = Ta bort ett möte som inte hållits
# `sip meeting remove PLAN`
hjalp-meeting-remove--plan = { hjalp-set--plan }
# `sip meeting remove MÖTE`
hjalp-meeting-remove--meeting = { hjalp-meeting-invited--meeting }

# `sip meeting participant`: vad kommandot gör
hjalp-meeting-participant = Deltagare i ett möte

# `sip meeting participant add`: vad kommandot gör
hjalp-meeting-participant-add = Lägg till en deltagare
# `sip meeting participant add PLAN`
hjalp-meeting-participant-add--plan = { hjalp-set--plan }
# `sip meeting participant add MÖTE`
hjalp-meeting-participant-add--meeting = { hjalp-meeting-invited--meeting }
# `sip meeting participant add DELTAGARE`
hjalp-meeting-participant-add--participant = "NAMN", "NAMN:PART" eller "NAMN:ROLL", med enhet efter: "NAMN:PART:ENHET"

# `sip meeting participant remove`: vad kommandot gör
hjalp-meeting-participant-remove = Ta bort en deltagare
# `sip meeting participant remove PLAN`
hjalp-meeting-participant-remove--plan = { hjalp-set--plan }
# `sip meeting participant remove MÖTE`
hjalp-meeting-participant-remove--meeting = { hjalp-meeting-invited--meeting }
# `sip meeting participant remove NAMN`
hjalp-meeting-participant-remove--name = { hjalp-meeting-attendance--name }

# `sip followup`: vad kommandot gör
hjalp-followup = Datum för nästa uppföljning
# `sip followup PLAN`
hjalp-followup--plan = { hjalp-set--plan }
# `sip followup --next`
hjalp-followup--next = Nästa uppföljning (datum)

# `sip status`: vad kommandot gör
hjalp-status = Ändra planens status
# `sip status PLAN`
hjalp-status--plan = { hjalp-set--plan }
# `sip status STATUS`
hjalp-status--status = Planens nya status

# `sip close`: vad kommandot gör
hjalp-close = Avsluta planen
# `sip close PLAN`
hjalp-close--plan = { hjalp-set--plan }
# `sip close --reason`
hjalp-close--reason = Varför planen avslutas
# `sip close --date`
hjalp-close--date = Avslutsdag (standard: i dag)
# `sip close --comment`
hjalp-close--comment = Kommentar

# `sip check`: vad kommandot gör
hjalp-check = Kontrollera planer mot lagen och överenskommelsen
# `sip check SÖKVÄG`
hjalp-check--paths = Filer eller mappar (standard: hela planmappen); `-` läser en plan från stdin
# `sip check --format`
hjalp-check--format = Utdataformat
# `sip check --output`
hjalp-check--output = Skriv till FIL i stället för stdout
# `sip check --stdin-filename`
hjalp-check--stdin-filename = Med sökvägen `-`: planens sökväg, för meddelanden, filnamnsregler och överenskommelsen
# `sip check --strict`
hjalp-check--strict = Varningar räknas som fel (slutkod 1)
# `sip check --select`
hjalp-check--select = Kör bara dessa regler (kommaseparerade koder, t.ex. L004,P002)

# `sip agenda`: vad kommandot gör
hjalp-agenda = Skriv ut dagordningen för ett möte
# `sip agenda PLAN`
hjalp-agenda--plan = { hjalp-set--plan }
# `sip agenda --meeting`
hjalp-agenda--meeting = Mötets id (standard: nästa möte som inte hållits)
# `sip agenda --format`
hjalp-agenda--format = { hjalp-check--format }
# `sip agenda --output`
hjalp-agenda--output = Skriv dokumentet till FIL i stället för stdout

# `sip invitation`: vad kommandot gör
hjalp-invitation = Skriv ut kallelsen till ett möte, till alla eller till en mottagare
# `sip invitation PLAN`
hjalp-invitation--plan = { hjalp-set--plan }
# `sip invitation --meeting`
hjalp-invitation--meeting = { hjalp-agenda--meeting }
# `sip invitation --format`
hjalp-invitation--format = { hjalp-check--format }
# `sip invitation --output`
hjalp-invitation--output = { hjalp-agenda--output }
# `sip invitation --to`
hjalp-invitation--to = Brevet till en mottagare: individen, en persons namn eller en parts id (standard: översikten till alla)

# `sip protocol`: vad kommandot gör
hjalp-protocol = Skriv ut minnesanteckningarna från ett möte
# `sip protocol PLAN`
hjalp-protocol--plan = { hjalp-set--plan }
# `sip protocol MÖTE`
hjalp-protocol--meeting = Mötets id (standard: det senaste genomförda mötet)
# `sip protocol --format`
hjalp-protocol--format = { hjalp-check--format }
# `sip protocol --output`
hjalp-protocol--output = { hjalp-agenda--output }

# `sip show`: vad kommandot gör
hjalp-show = Skriv ut plandokumentet
# `sip show PLAN`
hjalp-show--plan = { hjalp-set--plan }
# `sip show --format`
hjalp-show--format = { hjalp-check--format }
# `sip show --output`
hjalp-show--output = { hjalp-agenda--output }

# `sip followups`: vad kommandot gör
hjalp-followups = Det som ska följas upp: hela mappen, eller en plans checklista
# `sip followups PLAN`
hjalp-followups--plan = En plan (visar dess checklista)
# `sip followups --within`
hjalp-followups--within = Dagar framåt
# `sip followups --party`
hjalp-followups--party = Bara det som en part ansvarar för
# `sip followups --leader`
hjalp-followups--leader = Bara planer med den här samtalsledaren
# `sip followups --agreement`
hjalp-followups--agreement = Bara planer under den här överenskommelsen
# `sip followups --anonymize`
hjalp-followups--anonymize = Bara initialer
# `sip followups --names`
hjalp-followups--names = Med --format ics: skriv ut individens namn. Utan flaggan visas bara initialer, eftersom en kalender ofta synkas till Outlook, Google eller en telefon, utanför planmappen
# `sip followups --format`
hjalp-followups--format = Utdataformat (xlsx och ics till en fil)
# `sip followups --output`
hjalp-followups--output = { hjalp-check--output }

# `sip list`: vad kommandot gör
hjalp-list = En rad per plan
# `sip list --status`
hjalp-list--status = Bara planer med den här statusen
# `sip list --agreement`
hjalp-list--agreement = { hjalp-followups--agreement }
# `sip list --format`
hjalp-list--format = Utdataformat (xlsx till en fil)
# `sip list --output`
hjalp-list--output = { hjalp-check--output }

# `sip stats`: vad kommandot gör
hjalp-stats = Statistik utan personuppgifter
# `sip stats --from`
hjalp-stats--from = Från och med (initieringsdatum)
# `sip stats --to`
hjalp-stats--to = Till och med
# `sip stats --no-suppress`
hjalp-stats--no-suppress = Visa även celler med 1–4
# `sip stats --format`
hjalp-stats--format = { hjalp-list--format }
# `sip stats --output`
hjalp-stats--output = { hjalp-check--output }

# `sip report`: vad kommandot gör
hjalp-report = Rapport till styrelsen: SIP-arbetet under en period, utan personuppgifter
# `sip report --from`
hjalp-report--from = Från och med (standard: 1 januari i år)
# `sip report --to`
hjalp-report--to = Till och med (standard: i dag)
# `sip report --agreement`
hjalp-report--agreement = Bara planer enligt den här överenskommelsen (id)
# `sip report --format`
hjalp-report--format = Utdataformat (pdf och xlsx till en fil)
# `sip report --output`
hjalp-report--output = { hjalp-check--output }

# `sip fmt`: vad kommandot gör
hjalp-fmt = Skriv om planer i kanonisk form
# `sip fmt SÖKVÄG`
hjalp-fmt--paths = Filer eller mappar (standard: hela planmappen)
# `sip fmt --check`
hjalp-fmt--check = Ändra inget; slutkod 1 om någon fil inte är i kanonisk form

# `sip schema`: vad kommandot gör
hjalp-schema = JSON Schema för redigerare
# `sip schema TYP`
hjalp-schema--kind = Vilket schema: plan eller överenskommelse

# `sip completions`: vad kommandot gör
hjalp-completions = Skalkomplettering
# `sip completions SKAL`
hjalp-completions--shell = Skalet

# `sip man`: vad kommandot gör
hjalp-man = Manualsidan

# `sip rules`: vad kommandot gör
hjalp-rules = Visa reglerna, eller en regels dokumentation
# `sip rules KOD`
hjalp-rules--code = En regels kod (L004) eller namn
# `sip rules --format`
hjalp-rules--format = { hjalp-check--format }
# `sip rules --output`
hjalp-rules--output = { hjalp-check--output }

# `sip agreements`: vad kommandot gör
hjalp-agreements = Visa och kontrollera överenskommelser

# `sip agreements list`: vad kommandot gör
hjalp-agreements-list = Lista överenskommelserna (inbyggda och planmappens egna)

# `sip agreements show`: vad kommandot gör
hjalp-agreements-show = Visa en överenskommelse
# `sip agreements show ID`
hjalp-agreements-show--id = Överenskommelsens id

# `sip agreements check`: vad kommandot gör
hjalp-agreements-check = Kontrollera en överenskommelsefil
# `sip agreements check FIL`
hjalp-agreements-check--file = TOML-filen

# `sip merge`: vad kommandot gör
hjalp-merge = gits sammanslagning av en plan efter innehåll (anropas av git, se setup-git)
# `sip merge BAS`
hjalp-merge--base = Den gemensamma versionen (git: %O)
# `sip merge VÅR`
hjalp-merge--ours = Din version; resultatet skrivs hit (git: %A)
# `sip merge DERAS`
hjalp-merge--theirs = Den andras version (git: %B)
# `sip merge PATH`
hjalp-merge--path = Filens sökväg i förrådet, för meddelanden (git: %P)

# `sip setup-git`: vad kommandot gör
hjalp-setup-git = Registrera sips sammanslagning av planer i den här klonens git-inställningar

# `sip history`: vad kommandot gör
hjalp-history = Planens ändringar ur git, per datum och person
# `sip history PLAN`
hjalp-history--plan = { hjalp-set--plan }
# `sip history --since`
hjalp-history--since = Bara ändringar från och med ett datum (ÅÅÅÅ-MM-DD) eller ett mötes dag (MÖ1)
# `sip history --format`
hjalp-history--format = { hjalp-check--format }
# `sip history --output`
hjalp-history--output = { hjalp-check--output }

# `sip gallra`: vad kommandot gör
hjalp-gallra = Gallring: avslutade planer vars tid har gått ut enligt [gallring] i sip.toml (utan --apply bara en lista)
# `sip gallra --apply`
hjalp-gallra--apply = Gallra: ta bort planerna och varje version av dem ur git-historiken (med git-filter-repo) och anteckna det i gallringslogg.csv
# `sip gallra --archive`
hjalp-gallra--archive = Skriv först ett arkivexemplar av varje plan som gallras: MAPP/<planens id>.pdf (PDF/A-2b, med plandokumentet, alla minnesanteckningar och historiken)
# `sip gallra --by`
hjalp-gallra--by = Vem som gallrar, som en roll eller funktion och aldrig ett namn (till gallringsloggen; annars utförd_av i sip.toml)
# `sip gallra --utan-git`
hjalp-gallra--no-git = Med --apply i en planmapp utan git: ta bort bara filerna (det finns ingen historik)

# `sip representative`: vad kommandot gör
hjalp-representative = Individens företrädare (vårdnadshavare, förvaltare, god man)

# `sip representative add`: vad kommandot gör
hjalp-representative-add = Lägg till en företrädare
# `sip representative add PLAN`
hjalp-representative-add--plan = { hjalp-set--plan }
# `sip representative add NAMN`
hjalp-representative-add--name = Företrädarens namn
# `sip representative add --role`
hjalp-representative-add--role = Företrädarens roll
# `sip representative add --contact`
hjalp-representative-add--contact = Telefon eller e-post

# `sip representative remove`: vad kommandot gör
hjalp-representative-remove = Ta bort en företrädare
# `sip representative remove PLAN`
hjalp-representative-remove--plan = { hjalp-set--plan }
# `sip representative remove NAMN`
hjalp-representative-remove--name = { hjalp-representative-add--name }

# `sip relative`: vad kommandot gör
hjalp-relative = Närstående, och om de får delta

# `sip relative add`: vad kommandot gör
hjalp-relative-add = Lägg till en närstående
# `sip relative add PLAN`
hjalp-relative-add--plan = { hjalp-set--plan }
# `sip relative add NAMN`
hjalp-relative-add--name = Den närståendes namn
# `sip relative add --relation`
hjalp-relative-add--relation = Relation till individen, t.ex. mor
# `sip relative add --no-participation`
hjalp-relative-add--no-participation = Individen vill inte att den närstående deltar

# `sip relative set`: vad kommandot gör
hjalp-relative-set = Ändra en närstående
# `sip relative set PLAN`
hjalp-relative-set--plan = { hjalp-set--plan }
# `sip relative set NAMN`
hjalp-relative-set--name = { hjalp-relative-add--name }
# `sip relative set --participation`
hjalp-relative-set--participation = Får delta: ja | nej
# `sip relative set --relation`
hjalp-relative-set--relation = Relation till individen

# `sip relative remove`: vad kommandot gör
hjalp-relative-remove = Ta bort en närstående
# `sip relative remove PLAN`
hjalp-relative-remove--plan = { hjalp-set--plan }
# `sip relative remove NAMN`
hjalp-relative-remove--name = { hjalp-relative-add--name }

# `sip own`: vad kommandot gör
hjalp-own = Det individen själv ska göra (egna åtgärder)

# `sip own add`: vad kommandot gör
hjalp-own-add = Lägg till något individen själv ska göra
# `sip own add PLAN`
hjalp-own-add--plan = { hjalp-set--plan }
# `sip own add TEXT`
hjalp-own-add--text = Vad individen ska göra

# `sip own remove`: vad kommandot gör
hjalp-own-remove = Ta bort en egen åtgärd (nummer 1, 2, … som i `sip show`)
# `sip own remove PLAN`
hjalp-own-remove--plan = { hjalp-set--plan }
# `sip own remove NUMMER`
hjalp-own-remove--number = { hjalp-measure-set--number }

# `sip copy`: vad kommandot gör
hjalp-copy = Vem som får en kopia av planen

# `sip copy add`: vad kommandot gör
hjalp-copy-add = Lägg till en mottagare av kopia: "NAMN" eller "NAMN:PART"
# `sip copy add PLAN`
hjalp-copy-add--plan = { hjalp-set--plan }
# `sip copy add MOTTAGARE`
hjalp-copy-add--recipient = "NAMN" eller "NAMN:PART"

# `sip copy remove`: vad kommandot gör
hjalp-copy-remove = Ta bort en mottagare av kopia
# `sip copy remove PLAN`
hjalp-copy-remove--plan = { hjalp-set--plan }
# `sip copy remove NAMN`
hjalp-copy-remove--name = Mottagarens namn

# `sip find`: vad kommandot gör
hjalp-find = Hitta planer på id, namn eller personnummer
# `sip find TEXT`
hjalp-find--text = Del av id, namn eller personnummer (stora och små bokstäver, accenter spelar ingen roll)

# `sip __complete`: vad kommandot gör
hjalp-__complete = Förslag till skalkompletteringen (anropas av skripten från `sip completions`)
# `sip __complete SKAL`
hjalp-__complete--shell = Skalet som frågar
# `sip __complete INDEX`
hjalp-__complete--index = Numret på ordet som kompletteras (0 är sip)
# `sip __complete WORDS`
hjalp-__complete--words = Kommandoradens ord (efter --)

# `sip keys`: vad kommandot gör
hjalp-keys = Nycklar för krypterade planer (age)

# `sip keys new`: vad kommandot gör
hjalp-keys-new = Skapa en egen nyckel (age) och skriv ut dess mottagare
# `sip keys new --output`
hjalp-keys-new--output = Nyckelfilen (standard: ~/.config/sip/nyckel.txt)

# `sip keys list`: vad kommandot gör
hjalp-keys-list = Visa planmappens mottagare

# `sip keys add`: vad kommandot gör
hjalp-keys-add = Lägg till en mottagare och öppna varje plan för den
# `sip keys add MOTTAGARE`
hjalp-keys-add--recipient = Mottagaren: en publik age-nyckel (age1…) eller ssh-ed25519-nyckel

# `sip keys remove`: vad kommandot gör
hjalp-keys-remove = Ta bort en mottagare: nya datanycklar, varje värde krypteras om
# `sip keys remove MOTTAGARE`
hjalp-keys-remove--recipient = { hjalp-keys-add--recipient }

# `sip encrypt`: vad kommandot gör
hjalp-encrypt = Kryptera planernas personuppgifter (sops-format)
# `sip encrypt PLANS`
hjalp-encrypt--plans = Planer (id eller sökväg)
# `sip encrypt --all`
hjalp-encrypt--all = Alla planer i planmappen
# `sip encrypt --from`
hjalp-encrypt--from = Planens nya innehåll i klartext ur en fil (`-` för standard in); oförändrade värden behåller sin krypterade text

# `sip decrypt`: vad kommandot gör
hjalp-decrypt = Skriv ut en krypterad plan i klartext
# `sip decrypt PLAN`
hjalp-decrypt--plan = Planen (id eller sökväg)
# `sip decrypt --output`
hjalp-decrypt--output = Skriv klartexten till en fil (ny, bara läsbar för dig) i stället för standard ut
# `sip decrypt --textconv`
hjalp-decrypt--textconv = För git diff (textconv, registreras av setup-git): PLAN är en fils sökväg; skriver den i klartext om en nyckel öppnar den, annars som den är, och misslyckas aldrig

## Platshållarna för värden i hjälpen (`--output <FIL>`); id:t bär platshållarens namn i programmet, med små bokstäver
hjalp-namn-add-party = PART
hjalp-namn-agreement = ÖVERENSKOMMELSE
hjalp-namn-at = TID
hjalp-namn-background = BAKGRUND
hjalp-namn-base = BAS
hjalp-namn-bedomning = BEDÖMNING
hjalp-namn-benefits = FÖRMÅNER
hjalp-namn-birth-date = FÖDELSEDATUM
hjalp-namn-by = VEM
hjalp-namn-care-contact = VÅRDKONTAKT
hjalp-namn-code = KOD
hjalp-namn-color = FÄRG
hjalp-namn-comment = KOMMENTAR
hjalp-namn-contact = KONTAKT
hjalp-namn-date = DATUM
hjalp-namn-datum = DATUM
hjalp-namn-datum-mote = DATUM|MÖTE
hjalp-namn-digital = SYSTEM
hjalp-namn-dir = MAPP
hjalp-namn-discharge-ready = DATUM
hjalp-namn-documented-by = VEM
hjalp-namn-end = SLUT
hjalp-namn-fil = FIL
hjalp-namn-file = FIL
hjalp-namn-focus = INRIKTNING
hjalp-namn-form = FORM
hjalp-namn-format = FORMAT
hjalp-namn-from = FRÅN
hjalp-namn-gender = KÖN
hjalp-namn-given-by = VEM
hjalp-namn-goals = MÅL
hjalp-namn-id = ID
hjalp-namn-index = INDEX
hjalp-namn-initiated-by = PART
hjalp-namn-ja-nej = JA|NEJ
hjalp-namn-kind = TYP
hjalp-namn-koder = KODER
hjalp-namn-lang = SPRÅK
hjalp-namn-leader = NAMN
hjalp-namn-mapp = MAPP
hjalp-namn-measure = MÅTT
hjalp-namn-meeting = MÖTE
hjalp-namn-mottagare = MOTTAGARE
hjalp-namn-name = NAMN
hjalp-namn-namn = NAMN
hjalp-namn-needs = BEHOV
hjalp-namn-next = DATUM
hjalp-namn-notes = ANTECKNINGAR
hjalp-namn-number = NUMMER
hjalp-namn-nyckel = NYCKEL
hjalp-namn-occupation = SYSSELSÄTTNING
hjalp-namn-ours = VÅR
hjalp-namn-own-goal = EGET_MÅL
hjalp-namn-part = PART
hjalp-namn-participant = DELTAGARE
hjalp-namn-participants = DELTAGARE
hjalp-namn-participation = JA|NEJ
hjalp-namn-parties = PARTER
hjalp-namn-party = PART
hjalp-namn-path = PATH
hjalp-namn-paths = SÖKVÄG
hjalp-namn-person = PERSON
hjalp-namn-personnummer = PERSONNUMMER
hjalp-namn-place = PLATS
hjalp-namn-plan = PLAN
hjalp-namn-plans = PLANS
hjalp-namn-proposed-by = VEM
hjalp-namn-provider = UTFÖRARE
hjalp-namn-purpose = SYFTE
hjalp-namn-questions = FRÅGA
hjalp-namn-reason = ORSAK
hjalp-namn-recipient = MOTTAGARE
hjalp-namn-relation = RELATION
hjalp-namn-remove-party = PART
hjalp-namn-role = ROLL
hjalp-namn-scope = OMFATTNING
hjalp-namn-shell = SKAL
hjalp-namn-sokvag = SÖKVÄG
hjalp-namn-sprak = SPRÅK
hjalp-namn-start = START
hjalp-namn-status = STATUS
hjalp-namn-text = TEXT
hjalp-namn-theirs = DERAS
hjalp-namn-to = MOTTAGARE
hjalp-namn-tvangsvard = TVÅNGSVÅRD
hjalp-namn-valid-until = DATUM
hjalp-namn-withdrawn = DATUM
hjalp-namn-within = DAGAR
hjalp-namn-words = WORDS

## Beskrivningarna av enskilda värden i `--help`

# Värdet `pdf` för `--format` i `sip show`, `sip agenda`, `sip invitation` och `sip protocol`
hjalp-varde-dokumentformat-pdf = A4-PDF med inbäddade typsnitt (skrivs med -o FIL eller till omdirigerad stdout)

## Hjälpens egna ord (rubriker, platshållare och tillägg som clap annars skriver på engelska)

# Rubriken över argumenten utan flaggnamn i `sip KOMMANDO --help`
hjalp-rubrik-argument = Argument
# Rubriken över flaggorna i `--help`
hjalp-rubrik-flaggor = Flaggor
# Rubriken över kommandona i `sip --help`
hjalp-rubrik-kommandon = Kommandon
# Platshållaren för ett kommando i användningsraden (`sip [FLAGGOR] <KOMMANDO>`)
hjalp-platshallare-kommando = KOMMANDO
# Platshållaren för flaggorna i användningsraden (skrivs inom hakparenteser)
hjalp-platshallare-flaggor = FLAGGOR
# Rubriken före användningsraden i `--help` och i felmeddelanden
hjalp-anvandning = Användning:
# Sista raden i `sip --help`
hjalp-mer-om-ett-kommando = Skriv `sip KOMMANDO --help` för hjälp om ett kommando.
# Kommandot `sip help`
hjalp-kommandot-help = Visa den här hjälpen eller hjälpen för ett kommando
# Flaggan `-h`/`--help` när kommandot inte har någon längre hjälp
hjalp-flaggan-help = Visa hjälpen
# Flaggan `-h`/`--help` i den korta hjälpen (`-h`) när det finns en längre
hjalp-flaggan-help-kort = Visa hjälpen (mer med --help)
# Flaggan `-h`/`--help` i den längre hjälpen (`--help`)
hjalp-flaggan-help-lang = Visa hjälpen (en sammanfattning med -h)
# Flaggan `--version`
hjalp-flaggan-version = Visa versionen
# Ett kommandos beskrivning med dess svenska alias: $om är beskrivningen, $alias aliasen
hjalp-kommando-med-alias = { $om } (även: { $alias })
# Tilläggen i hakparentes efter en flaggas beskrivning (flera skiljs med semikolon)
hjalp-mojliga-varden = möjliga värden: { $varden }
hjalp-standardvarde = standard: { $varden }
hjalp-miljovariabel = miljövariabel: { $namn }
hjalp-flagga-alias = även: { $alias }

## Fel på kommandoraden (slutkod 2)

# Första raden i ett fel på kommandoraden
hjalp-fel = fel: { $fel }
# En flagga utan sitt värde (`--output` sist på raden)
hjalp-fel-inget-varde = `{ $flagga }` behöver ett värde men fick inget
# Ett värde som flaggan inte tar emot
hjalp-fel-ogiltigt-varde = ogiltigt värde `{ $varde }` för `{ $flagga }`
# Raden under ett ogiltigt värde med de värden som går att välja
hjalp-fel-mojliga-varden = {"["}möjliga värden: { $varden }]
# En flagga som kommandot inte har
hjalp-fel-okant-argument = okänt argument `{ $argument }`
# Ett kommando som inte finns
hjalp-fel-okant-kommando = okänt kommando `{ $kommando }`
# Före listan över argument som saknas
hjalp-fel-argument-saknas =
    { $antal ->
        [one] det här argumentet saknas:
       *[other] de här argumenten saknas:
    }
# Ett kommando som behöver ett underkommando (`sip need`)
hjalp-fel-behover-kommando = `{ $kommando }` behöver ett kommando
# Raden under med underkommandona
hjalp-fel-kommandon = {"["}kommandon: { $kommandon }]
# En flagga som angetts två gånger
hjalp-fel-bara-en-gang = `{ $flagga }` får bara anges en gång
# Flaggor som inte går att kombinera
hjalp-fel-inte-med-de-andra = `{ $flagga }` kan inte användas med de andra argumenten
hjalp-fel-inte-med = `{ $flagga }` kan inte användas med { $andra }
# Ett värde för mycket
hjalp-fel-for-manga-varden = oväntat värde `{ $varde }` för `{ $flagga }`: inga fler värden väntades
# Fel antal värden
hjalp-fel-antal-varden = fel antal värden för `{ $flagga }`
# En flagga som måste skrivas med likhetstecken
hjalp-fel-likhetstecken = `{ $flagga }` skrivs med likhetstecken (`{ $flagga }=…`)
# Ett argument som inte är giltig text
hjalp-fel-utf8 = ett argument är inte giltig UTF-8
# Förslaget under felet: $forslag är ett eller flera namn (skilda med ordet nedan)
hjalp-fel-menade-du = tips: Menade du { $forslag }?
hjalp-fel-eller = eller
# Sista raden i ett fel på kommandoraden
hjalp-fel-mer-information = Skriv `--help` för mer information.

# Värdena för `sip check --format` i hjälpen och i skalets komplettering.
hjalp-varde-human = Text som rustc och ruff skriver, med utdrag ur filen
hjalp-varde-json = JSON: fynden och en summering
hjalp-varde-github = GitHub Actions arbetsflödeskommandon (::error file=…)
hjalp-varde-junit = JUnit-XML: en testsvit per planfil, ett testfall per fel
hjalp-varde-gitlab = GitLab Code Quality-rapport (JSON)
hjalp-varde-sarif = SARIF 2.1.0 för GitHub code scanning
