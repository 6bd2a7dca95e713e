# Gallring: sip gallra (provkörning, arkivexemplar, --apply) och gallringen i git.
# Texterna nämner planer bara med id och datum, aldrig med namn eller personnummer.

## Fel som stoppar sip gallra innan något skrivs

# sip.toml saknar [gallring].
gallra-ingen-gallring =
    sip.toml säger inte när planer gallras. Lägg till

    {"["}gallring]
    "år_efter_sista_anteckning" = 5

    i sip.toml (socialtjänstens akter: 5 år, SoL 16 kap. 1 §; regionens patientjournal: minst 10 år, patientdatalagen 3 kap. 17 §) och kör sip gallra igen
# --apply --utan-git i en planmapp som ligger i git.
gallra-utan-git-i-git = planmappen ligger i git: --utan-git skulle lämna varje version av planerna kvar i historiken. Kör sip gallra --apply utan --utan-git
# --apply i en planmapp som inte ligger i git, utan --utan-git.
gallra-inte-i-git = planmappen ligger inte i git, så det finns ingen historik att skriva om. Bekräfta att bara filerna ska tas bort med sip gallra --apply --utan-git
# --archive pekar in i planmappens git-förråd.
gallra-arkiv-i-forradet = arkivmappen { $mapp } ligger i planmappens git-förråd, och då hamnar planerna där igen. Ange en mapp utanför förrådet
# --apply utan --by och utan "utförd_av" i sip.toml.
gallra-vem = ange vem som gallrar, som en roll eller funktion och inte ett namn, till exempel sip gallra --apply --by "registrator, socialförvaltningen" (eller "utförd_av" under [gallring] i sip.toml)

## Provkörningens lista

# Första raden: regeln och dagens datum.
gallra-regel = Gallring { $ar } år efter sista anteckningen (det senare av avslutsdatum och senaste commit), i dag { $idag }.
# Rubrik för planerna som ska gallras.
gallra-rubrik-ska = Ska gallras ({ $antal ->
        [one] { $antal } plan
       *[other] { $antal } planer
    }):
# Står under rubriken när ingen plan ska gallras.
gallra-ingen = ingen
# En plan som ska gallras: efter planens id.
gallra-rad-ska = avslutad { $avslutad }, senaste commit { $commit }: sista anteckning { $sista }, gallringsbar sedan { $sedan }
# Rubrik för planerna som arkivmyndighetens undantag sparar.
gallra-rubrik-sparas = Sparas genom arkivmyndighetens undantag ({ $antal ->
        [one] { $antal } plan
       *[other] { $antal } planer
    }):
# Varför en plan sparas (efter planens id); orden inom parentes är nycklar i sip.toml.
gallra-sparas-listad = planen står bland undantagen (planer)
gallra-sparas-fodd = individen är född en dag som sparas (födda_dag)
gallra-sparas-okand = födelsedagen går inte att läsa i planen, och födda_dag gäller: sparas tills den är känd
# Rubrik för planer som inte kan bedömas.
gallra-rubrik-oavgjord = Kan inte avgöras ({ $antal ->
        [one] { $antal } plan
       *[other] { $antal } planer
    }):
# Varför en plan inte kan bedömas (efter planens id).
gallra-oavgjord-ej-incheckad = ändrad men inte incheckad: sista anteckningen är i dag
gallra-oavgjord-inget-datum = inget avslutsdatum och ingen commit: ange datumet med sip close
# Planer som gallras senare, och den första dagen.
gallra-senare = { $antal ->
        [one] { $antal } plan till gallras senare (den första { $forsta }).
       *[other] { $antal } planer till gallras senare (den första { $forsta }).
    }
# Sista raden i en provkörning när någon plan ska gallras.
gallra-provkorning = Det här var en provkörning: ingenting har tagits bort. sip gallra --archive MAPP --apply skriver arkivexemplaren och gallrar.

## Arkivexemplar (PDF/A)

# PDF/A-filen kunde inte skapas.
gallra-arkiv-misslyckades = arkivexemplaret av { $plan_id } kunde inte skapas som PDF/A ({ $fel }); ingenting har gallrats
# Varning: tecken som typsnittet saknar.
gallra-arkiv-ersatta-tecken = varning: { $antal } tecken i arkivexemplaret av { $plan_id } finns inte i typsnittet och är { $antal ->
        [one] ersatt
       *[other] ersatta
    } med � (PDF/A tillåter inga tecken utan glyf)
# Var arkivexemplaret skrevs.
gallra-arkivexemplar = Arkivexemplar: { $fil }
# Arkivexemplarets avsnitt om planens historik: kolumnrubriker, och texten när git saknas.
gallra-historik-rubrik = Planens historik
gallra-historik-datum = Datum
gallra-historik-av = Av
gallra-historik-andringar = Ändringar
gallra-historik-ingen-git = Planmappen ligger inte i git: ingen historik finns.
# Arkivexemplarets sista avsnitt.
gallra-om-arkivexemplaret-rubrik = Om arkivexemplaret
gallra-om-arkivexemplaret = Arkivexemplar (PDF/A-2b) skrivet av sip { $version } den { $idag } när planen { $plan_id } gallrades ur planmappen: sista anteckning { $sista }, gallring efter [gallring] i sip.toml.

## Efter --apply

# Planen ligger inte i git-förrådet.
gallra-plan-utanfor-forradet = planen { $plan_id } ligger inte i git-förrådet
# Klart utan git: vilka planer, och loggfilen.
gallra-klart-utan-git = Gallrat: { $planer }. Antecknat i { $logg }.
# Klart i git: vilka planer, och loggfilen.
gallra-klart-git = Gallrat: { $planer }. Filerna och varje version av dem är borta ur den här klonens historik; { $logg } är incheckad.
# Meddelandet när gallringsloggen checkas in (skrivs alltid på svenska: historiken delas av teamet).
gallra-incheckning = Gallring { $idag }: { $planer } (sip gallra)
# Vad teamet måste göra efter omskrivningen.
gallra-teamet = Det här måste teamet göra nu:
gallra-steg-origin =
    1. git-filter-repo tog bort fjärren origin, så att ingen av misstag hämtar tillbaka den gamla historiken. Lägg till den igen och skriv över fjärrförrådets historik:
         git remote add origin <förrådets adress>
         git push --force --all origin
         git push --force --tags origin
gallra-steg-fjarr = 1. Har planmappen ett fjärrförråd: skriv över dess historik med git push --force --all och git push --force --tags.
gallra-steg-kloner = 2. Varje annan klon (kollegors datorer, CI-runners, kopior) ska tas bort och klonas på nytt. Kör aldrig git pull eller git push från en gammal klon: då kommer de gallrade planerna tillbaka.
gallra-steg-vard = 3. Fjärrförrådets värd kan behålla de gamla objekten tills den själv rensar, och omskrivningen når inte värdens säkerhetskopior, gafflar (forks) eller andra kopior: be värden om rensning och gallra säkerhetskopiorna enligt samma beslut.

## Gallringen i git (fel och skäl att vägra)

# Kommandot git gick inte att starta.
gallring-git-saknas = kommandot git kunde inte köras ({ $fel }); installera git
# Ett git-kommando misslyckades: steget och gits egna ord.
gallring-git-misslyckades = git { $steg } misslyckades: { $fel }
# --apply vägras: ändringar som inte är incheckade.
gallring-ej-incheckat = arbetskatalogen har ändringar som inte är incheckade (eller filer som git inte följer). Checka in dem (git add, git commit) eller ta bort dem, och kör sip gallra --apply igen
# --apply vägras: commits som inte är skickade.
gallring-ej-skickat = { $antal } { $antal ->
        [one] commit
       *[other] commits
    } i den här klonen är inte skickade till fjärrförrådet. Skicka dem först (git push), så att omskrivningen görs på den historik som teamet delar, och kör sip gallra --apply igen
# --apply vägras: git vet inte vem som checkar in.
gallring-ingen-identitet = git vet inte vem som checkar in, och gallringsloggen ska checkas in. Ange det (git config user.name och git config user.email) och kör sip gallra --apply igen
# --apply vägras: git-filter-repo saknas.
gallring-filter-repo-saknas = git-filter-repo finns inte. Installera det (pip install git-filter-repo, eller Debians paket git-filter-repo) och kör sip gallra --apply igen
# Efter omskrivningen finns planerna kvar i historiken.
gallring-kvar-i-historiken = git-filter-repo körde, men historiken har fortfarande commits som rör de gallrade planerna; kontrollera förrådet med git log --all -- FIL
# git-filter-repo misslyckades.
gallring-filter-repo-misslyckades = git-filter-repo misslyckades, inget gallrades: { $fel }
# Gallringsloggen (gallringslogg.csv) gick inte att skriva.
gallring-logg-misslyckades = gallringsloggen kunde inte skrivas: { $fel }
