# Meddelanden från kommandona som ändrar planer och listar dem (sip close, sip new, sip list …).
# Samma id finns i ../en/kommandon.ftl på engelska.

## sip close

# Fel: planen avslutas med en annan orsak fast samtycket har återkallats.
avsluta-samtycke-aterkallat = --reason: samtycket i { $plan_id } återkallades { $datum }, så planen avslutas av det skälet: `sip close { $plan_id } --reason samtycke_återkallat`
# Klart: ett redan avslutat avslut rättades.
avsluta-andrat = Avslutet av { $plan_id } ändrades: { $datum }, { $orsak }.
# Klart: planen avslutades.
avsluta-klart = { $plan_id } avslutades { $datum } ({ $orsak }).

## sip find

# När ingen plan matchar söktexten.
hitta-ingen-plan = Ingen plan matchar `{ $text }`.

## sip followup

# Fel: nästa uppföljning ligger före dagens datum.
uppfoljning-fore-i-dag = --next: nästa uppföljning kan inte vara { $datum }, före i dag ({ $i_dag }); ange dagen då planen ska följas upp härnäst

## sip responsible

# Fel: huvudmannen får inte ha det övergripande ansvaret enligt överenskommelsen.
ansvar-far-inte = --party: `{ $part }` får inte ha det övergripande ansvaret enligt överenskommelsen { $overenskommelse }; det kan: { $tillatna }

## sip stats

# Fel: --from eller --to är inget datum.
statistik-inget-datum = { $flagga }: `{ $varde }` är inget datum; skriv ÅÅÅÅ-MM-DD
# Fel: --from ligger efter --to.
statistik-fran-efter-till = --from { $fran } ligger efter --to { $till }

## sip new

# Fel: överenskommelsen finns inte.
ny-okand-overenskommelse = --agreement: okänd överenskommelse `{ $overenskommelse }`; finns: { $finns }
# Klart: planen skapades.
ny-skapad = Skapade plan { $plan_id } i { $mapp } (status utkast).

## sip list, sip stats, sip followups (listor)

# Fel: --format xlsx utan -o när utdata går till terminalen.
lista-xlsx-till-terminal = --format xlsx skriver en Excel-fil, inte text: ange -o FIL eller styr om utdata till en fil, till exempel `sip { $kommando } --format xlsx -o { $fil }.xlsx`
# Fel: Excel-filen kunde inte skrivas.
lista-excel-kunde-inte-skrivas = Excel-filen kunde inte skrivas: { $fel }
# Fel (på stderr): en plan kunde inte läsas och saknas därför i listan.
lista-kan-inte-lasa = fel: kan inte läsa { $fil }: { $orsak }; planen saknas i listan (`sip check { $fil }` visar var)

## sip measure (åtgärder av andra)

# Fel: sip measure set utan något att ändra.
atgard-inget-att-andra = ange vad som ska ändras: --text, --by eller --need
# Klart: en åtgärd ändrades.
atgard-andrad = Ändrade åtgärd { $nummer } i { $plan_id }.
# Klart: den sista åtgärden togs bort.
atgard-borttagen = Tog bort åtgärd { $nummer } ur { $plan_id }.
# Klart: en åtgärd togs bort och de efter den fick nya nummer.
atgard-borttagen-fore-andra = Tog bort åtgärd { $nummer } ur { $plan_id }; åtgärderna efter den får var sitt nummer lägre.
# Klart: en åtgärd lades till.
atgard-tillagd = Lade till en åtgärd av { $av } i { $plan_id }.
# Fel: sip measure none när planen redan har åtgärder.
atgard-finns-redan = { $fil } har redan { $antal ->
        [one] { $antal } åtgärd
       *[other] { $antal } åtgärder
    } av andra; ta bort { $antal ->
        [one] den
       *[other] dem
    } med `sip edit` om det inte finns några
# Klart: planen har prövat att inga andra vidtar åtgärder.
atgard-inga = { $plan_id }: inga åtgärder av andra (prövat).
# Fel: åtgärden med det numret finns inte.
atgard-finns-inte = åtgärd { $nummer } finns inte i { $plan_id } ({ $antal ->
        [0] den har inga åtgärder av andra
        [one] den har { $antal } åtgärd av andra
       *[other] den har { $antal } åtgärder av andra
    }); `sip show { $plan_id }` visar dem numrerade

## sip man (manualsidan)

# Fel: manualsidan kunde inte skapas.
manual-kunde-inte-skapas = manualsidan kunde inte skapas: { $fel }
# Rubriker i manualsidan (skrivs med versaler).
manual-kommandon = KOMMANDON
manual-namn = NAMN
manual-beskrivning = BESKRIVNING
manual-slutkoder = SLUTKODER
manual-miljo = MILJÖ
manual-filer = FILER
manual-se-aven = SE ÄVEN
# Stycket efter kommandolistan.
manual-flaggor = Varje kommandos flaggor visar sip KOMMANDO --help.

## sip fmt

# Fel (på stderr) när en plan inte kunde låsas eller läsas.
fmt-fel = fel: { $fel }
# Fel (på stderr) i en viss fil.
fmt-fel-i-fil = fel: { $fil }: { $fel }
# Varför en fil inte kunde läsas.
fmt-fil-problem = { $fil }: { $problem }
# Fel: filen är inte UTF-8.
fmt-inte-utf8 = filen är inte UTF-8
# sip fmt --check: en fil som inte är i kanonisk form.
fmt-skulle-formateras = skulle formateras: { $fil }
# sip fmt: en fil som skrevs om.
fmt-formaterade = formaterade: { $fil }
# Sammanfattning av sip fmt --check.
fmt-kontrollerade = { $antal ->
        [one] { $antal } fil kontrollerad
       *[other] { $antal } filer kontrollerade
    }: { $andrade } inte i kanonisk form.
# Sammanfattning av sip fmt.
fmt-summa = { $antal ->
        [one] { $antal } fil
       *[other] { $antal } filer
    }: { $andrade } { $andrade ->
        [one] formaterad
       *[other] formaterade
    }.

## sip init

# Fel: planmappen finns redan.
init-finns-redan = { $fil } finns redan; planmappen är redan skapad
# Fel: överenskommelsen är inte inbyggd.
init-okand-overenskommelse = --agreement: okänd överenskommelse `{ $overenskommelse }`; de inbyggda är: { $inbyggda }
# Klart: planmappen skapades.
init-skapad = Skapade planmappen { $mapp } (överenskommelse { $overenskommelse }). Nästa steg: sip new --name NAMN
# Efter init i ett git-förråd där planerna slås ihop av sip.
init-ny-klon = En ny klon behöver sip setup-git en gång.

## sip status

# Fel: status avslutad sätts med sip close.
status-avslutas-med-close = en plan avslutas med `sip close { $plan } --reason ORSAK` (den skriver också avslutsdatum och orsak)
# Fel: en avslutad plan kan bara öppnas igen.
status-avslutad = { $plan_id } är avslutad; den kan bara öppnas igen, med `sip status { $plan_id } pågående`
# Fel: samtycket har återkallats.
status-samtycke-aterkallat = { $plan_id } kan inte bli pågående: samtycket återkallades { $datum }, och utan samtycke får kommunen och regionen inte samordna insatserna. Upprätta en ny plan med `sip new` om individen samtycker på nytt
# Klart: ny status.
status-ny = { $plan_id } har nu status { $status }.
# Klart: en avslutad plan öppnades igen.
status-ny-oppnad = { $plan_id } har nu status { $status }. Avslutet togs bort; det finns kvar i historiken (`sip history`).
# Fel: planen kan inte bli pågående; $lista är en punkt per rad med det som saknas (raderna nedan och fel enligt lagen).
status-saknas = { $plan_id } kan inte bli pågående ännu; det här saknas:{ $lista }
# Det som saknas: samtycke.
status-inget-samtycke = inget samtycke är registrerat: `sip consent { $plan_id } --date DATUM --form skriftligt --given-by individen --parties PARTER`
# Det som saknas: ett samtycke som fortfarande gäller.
status-samtycke-gammalt = samtycket gällde till { $datum }: registrera det nya med `sip consent { $plan_id } --date DATUM --valid-until DATUM`
# Det som saknas: samtyckets datum.
status-samtycke-utan-datum = samtycket saknar datum: `sip consent { $plan_id } --date DATUM`
# Det som saknas: att upprättandemötet har hållits.
status-moete-inte-hallet = upprättandemötet { $mote_id } är inte hållet: `sip meeting held { $plan_id } { $mote_id }` när det har hållits
# Det som saknas: ett upprättandemöte.
status-inget-upprattandemote = planen har inget upprättandemöte: `sip meeting add { $plan_id } --kind upprättande --at "ÅÅÅÅ-MM-DD TT:MM"`, sedan `sip meeting held { $plan_id } MÖ1`

## sip goal (mål)

# Ordet för ett mål i fel som "målet M3 finns inte".
mal-ordet = målet
# Ordet för målets senast-datum i fel om datum före planens början.
mal-senast-ordet = målets senast-datum
# Ordet för utvärderingen i fel om datum före planens början.
mal-utvarderingen-ordet = utvärderingen
# Klart: ett mål togs bort; $ocksa är en mening om hänvisningar som också togs bort (eller tom).
mal-borttaget = Tog bort mål { $mal_id } ur { $plan_id }.{ $ocksa }
# Klart: ett mål lades till.
mal-tillagt = Lade till mål { $mal_id } i { $plan_id }.
# Fel: --outcome-date utan --outcome.
mal-datum-utan-utvardering = --outcome-date hör till en utvärdering: ange den med `--outcome uppnått|delvis_uppnått|ej_uppnått`
# Fel: --comment till ett mål som inte är utvärderat.
mal-kommentar-utan-utvardering = --comment: målet { $mal_id } är inte utvärderat; utvärdera det med `--outcome uppnått|delvis_uppnått|ej_uppnått --comment TEXT`
# Klart: kommentaren till utvärderingen ändrades.
mal-kommentar-andrad = Kommentaren till utvärderingen av mål { $mal_id } i { $plan_id } ändrades.
# Fel: --outcome ingen tillsammans med datum eller kommentar.
mal-ingen-utvardering-med-mer = --outcome ingen tar bort utvärderingen; den tar inget datum eller kommentar
# --outcome ingen när målet inte är utvärderat (ingen ändring).
mal-inte-utvarderat = Mål { $mal_id } i { $plan_id } är inte utvärderat.
# Klart: utvärderingen togs bort.
mal-utvardering-borttagen = Utvärderingen av mål { $mal_id } i { $plan_id } togs bort.
# Fel: utvärderingens datum ligger efter i dag.
mal-utvarderat-efter-i-dag = --outcome-date: ett mål kan inte ha utvärderats { $datum }, efter i dag ({ $i_dag }); utvärdera det när det har följts upp
# Klart: målet utvärderades; $bedomning är t.ex. "uppnått".
mal-bedomt = Mål { $mal_id } i { $plan_id } bedömdes { $datum } som { $bedomning }.
# Fel: sip goal set utan något att ändra.
mal-inget-att-andra = ange vad som ska ändras: --text, --measure, --by eller --outcome
# Klart: målet ändrades.
mal-andrat = Ändrade mål { $mal_id } i { $plan_id }.
# Klart: målet ändrades och utvärderades; $bedomning är meningen om utvärderingen.
mal-andrat-och-bedomt = Ändrade mål { $mal_id } i { $plan_id }. { $bedomning }

## sip need (behov)

# Ordet för ett behov i fel som "behovet B3 finns inte".
behov-ordet = behovet
# Klart: ett behov lades till.
behov-tillagt = Lade till behov { $behov_id } i { $plan_id }.
# Klart: ett behov ändrades.
behov-andrat = Ändrade behov { $behov_id } i { $plan_id }.
# Klart: ett behov togs bort; $ocksa är en mening om hänvisningar som också togs bort (eller tom).
behov-borttaget = Tog bort behov { $behov_id } ur { $plan_id }.{ $ocksa }

## sip intervention (insatser)

# Ordet för en insats i fel som "insatsen I3 finns inte".
insats-ordet = insatsen
# Fel: --need eller --goal nämner ett behov eller mål som inte finns.
insats-ref-saknas = { $flagga }: `{ $varde }` finns inte bland planens { $lista ->
        [behov] behov
       *[other] mål
    } (finns: { $finns })
# Fel: som ovan, när planen inte har några alls.
insats-ref-saknas-inga = { $flagga }: `{ $varde }` finns inte bland planens { $lista ->
        [behov] behov
       *[other] mål
    } (finns: inga)
# Fel: insatsen slutar före sin start.
insats-slut-fore-start = { $flagga }: insatsen kan inte sluta { $slut }, före sin start { $start }; ange ett slutdatum från och med startdagen (eller ändra starten med --start)
# Klart: en insats togs bort.
insats-borttagen = Tog bort insats { $insats_id } ur { $plan_id }. En insats som avslutats i förtid kan i stället få status avbruten: `sip intervention set { $plan_id } { $insats_id } --status avbruten`.
# Klart: en insats lades till.
insats-tillagd = Lade till insats { $insats_id } ({ $part }) i { $plan_id }.
# Fel: insatsen finns inte.
insats-finns-inte = insatsen `{ $insats_id }` finns inte i { $fil } (finns: { $finns })
# Fel: sip intervention set utan något att ändra.
insats-inget-att-andra = ange vad som ska ändras: --status, --text, --party, --need, --goal, --provider, --contact, --start eller --end
# Klart: en insats ändrades.
insats-andrad = Ändrade insats { $insats_id } i { $plan_id }.

## sip set

# Fel: --clear med en nyckel som inte finns; $forslag är den närmaste nyckeln.
andra-ingen-nyckel-menade = --clear: `{ $nyckel }` är ingen nyckel i planformatet; menade du `{ $forslag }`?
# Fel: --clear med en nyckel som inte finns.
andra-ingen-nyckel = --clear: `{ $nyckel }` är ingen nyckel i planformatet
# Fel: --clear a.b där a inte har nycklar under sig.
andra-inga-nycklar-under = --clear: `{ $nyckel }` har inga nycklar under sig
# Fel: --clear utan nyckel.
andra-ange-nyckel = --clear: ange en nyckel
# Fel: --clear på en nyckel som varje plan måste ha.
andra-kravs = --clear: `{ $nyckel }` krävs i varje plan och kan inte tas bort, bara ändras
# Fel: --clear på en hel lista.
andra-lista = --clear: `{ $nyckel }` är en lista; ta bort en punkt i taget med kommandots `remove` (t.ex. `sip need remove PLAN B1`)
# Fel: --initiated efter dagens datum.
andra-initierad-efter-i-dag = --initiated: planen kan inte ha initierats { $datum }, efter i dag ({ $i_dag })
# Fel: --initiated efter något som redan finns i planen; $efter är en av de tre raderna nedan.
andra-initierad-efter = --initiated: planen kan inte ha initierats { $datum }, efter { $efter } ({ $dag }); ange rätt dag
andra-motet = mötet { $mote_id }
andra-kallelsen = kallelsen till { $mote_id }
andra-malet = målet { $mal_id }
# Fel: sip set utan något att ändra.
andra-inget-att-andra = ange vad som ska ändras: --name, --personnummer, --birth-date, --agreement, --purpose, --focus, --question, --leader, --occupation, --gender, --benefit, --background, --own-goal, --proposed-by, --discharge-ready, --care-contact, --childs-views, --compulsory-care, --interpreter, --protected, --initiated-by, --initiated eller --clear NYCKEL
# Klart: planen ändrades.
andra-klart = Ändrade { $plan_id }.

## sip edit (planen i en textredigerare)

# När planen sparades oförändrad.
redigera-ingen-andring = Ingen ändring.
# Fel: redigeraren kunde inte startas.
redigera-kunde-inte-starta = kunde inte starta redigeraren `{ $redigerare }`: { $fel } (sätt $EDITOR)
# Fel: redigeraren avslutades med fel.
redigera-avslutades-med-fel = redigeraren `{ $redigerare }` avslutades med fel, så planen ändrades inte
# Fråga när den sparade texten är för stor.
redigera-oppna-igen = Öppna igen?
# Fråga när den sparade planen har fel.
redigera-fel-oppna-igen = { $fil } har { $antal } fel. Öppna igen?
# Klart: planen sparades.
redigera-sparade = Sparade { $fil }.
# Varför redigeringen stoppades: planen ändrades på disken under tiden.
redigera-andrad-pa-disken = { $fil } ändrades på disken medan den var öppen i redigeraren (någon annan sparade, eller git uppdaterade filen), så din version skrevs inte över den.
# Varför redigeringen stoppades: Ctrl-C.
redigera-avbrutet = Avbrutet; { $fil } ändrades inte.
# Varför redigeringen stoppades: den sparade texten är för stor; $orsak är storleken och gränsen.
redigera-for-stor = { $fil } sparades inte: din version är för stor ({ $orsak }).
# Efter varför ($varfor): var personens version finns kvar ($kopia), bredvid planen.
redigera-kvar-bredvid = { $varfor } Din version finns kvar i { $kopia }. Se skillnaderna med `git diff --no-index { $fil } { $kopia }`, för in dina ändringar med `sip edit { $fil }` och ta sedan bort { $kopia }
# Efter varför ($varfor): versionen kunde inte läggas bredvid planen och ligger kvar i redigerarens kopia ($kopia).
redigera-kvar-i-arbetskopian = { $varfor } Din version kunde inte läggas bredvid planen ({ $fel }), så den ligger kvar där redigeraren hade den: { $kopia }. Flytta den därifrån innan du tar bort mappen; för in dina ändringar med `sip edit { $fil }`
# Manualsidans slutkoder, miljövariabler, filer och "se även". Det som står mellan `grav-accenter` skrivs i fetstil.
manual-slutkod-0 = Inget på nivån fel (varningar tillåts utom med `--strict`).
manual-slutkod-1 = Minst ett fel (eller en varning med `--strict`), eller `sip fmt --check` hittade en fil som inte är i kanonisk form.
manual-slutkod-2 = Kommandot kunde inte utföras: felaktiga argument, oläsbar mapp, okänd plan, vägrad ändring.
manual-miljo-sip-today = Dagens datum för alla datumregler (som `--today`).
manual-miljo-sip-lang = `sv` eller `en` (som `--lang`).
manual-miljo-no-color = Ingen färg.
manual-miljo-editor = Redigeraren för `sip edit`.
manual-fil-sip-toml = Planmappens inställningar: standardöverenskommelse, samtalsledare, `[regler]`.
manual-fil-agreements = Planmappens egna överenskommelser.
manual-fil-planer = En plan per fil.
manual-se-aven-text = `sip rules` för alla regler, `sip schema plan` för redigerarstöd.
# Fel: en krypterad plans version kunde inte krypteras igen ($orsak), så den sparades inte.
redigera-kunde-inte-krypteras = { $fil } ändrades inte, och din version sparades inte: den kunde inte krypteras ({ $orsak }), och en okrypterad kopia av en krypterad plan lämnas aldrig kvar
# Efter varför ($varfor): versionen av en krypterad plan ligger krypterad bredvid planen ($kopia).
redigera-kvar-krypterad = { $varfor } Din version finns kvar, krypterad, i { $kopia }. Läs den med `sip decrypt { $kopia }`, för in dina ändringar med `sip edit { $fil }` och ta sedan bort { $kopia }
