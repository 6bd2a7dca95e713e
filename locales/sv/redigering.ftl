# Redigeringsmotorn: meddelanden när sip ändrar en planfil (sip set, sip goal, sip meeting …),
# formaterar den (sip fmt) eller kontrollerar det som skrivits på kommandoraden.
# $flagga är kommandoradens flagga (t.ex. --date), $varde det som skrevs efter den.

## Det som skrevs på kommandoraden

# Ett datum som har rätt form men inte finns; $orsak är ett av de två meddelandena nedan.
redigering-datum-finns-inte = { $flagga }: `{ $varde }` finns inte: { $orsak }
# Månaden finns inte.
redigering-manad-finns-inte = månad { $manad } finns inte (månaderna är 01–12)
# Dagen finns inte i månaden; $manad är månadens namn, $ar året.
redigering-dagar-i-manad = { $manad } { $ar } har { $dagar } dagar
# Ett datum som inte går att läsa.
redigering-ogiltigt-datum = { $flagga }: `{ $varde }` är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-10
# En tid som inte går att läsa.
redigering-ogiltig-tid = { $flagga }: `{ $varde }` är ingen giltig tid; skriv ÅÅÅÅ-MM-DD TT:MM, t.ex. 2026-03-10 13:00
# Ett värde som inte är något av de tillåtna; $giltiga är de tillåtna värdena.
redigering-ogiltigt-val = { $flagga }: `{ $varde }` är inget giltigt värde; välj ett av: { $giltiga }.
# Samma, med ett förslag på det värde som liknar mest.
redigering-ogiltigt-val-forslag = { $flagga }: `{ $varde }` är inget giltigt värde; välj ett av: { $giltiga }. Menade du `{ $forslag }`?
# En part som inte finns i planens överenskommelse; $parter är överenskommelsens parter.
redigering-okand-part = { $flagga }: okänd part `{ $varde }` i överenskommelsen { $overenskommelse }; giltiga parter: { $parter }
# Ett personnummer som inte går att läsa; $orsak säger vad som är fel.
redigering-ogiltigt-personnummer = { $flagga }: `{ $varde }` är inget giltigt personnummer: { $orsak }
# En text som inte får vara tom.
redigering-tom-text = { $flagga }: får inte vara tomt

## Att skriva planfilen (lås, länkar, skrivskydd)

# Planen blev en symbolisk länk under tiden sip öppnade den.
redigering-lank-bytt = { $fil } blev en symbolisk länk medan sip öppnade den; sip följer inte en sådan länk och inget skrevs. Se efter vad länken pekar på (`ls -l { $fil }`) och kör kommandot igen
# Planen är en symbolisk länk till en fil utanför planmappen.
redigering-lank-utanfor = { $fil } är en symbolisk länk till { $mal }, utanför planmappen; sip ändrar inte filer utanför planmappen. Flytta planen in i planmappen, eller ändra den där den ligger
# Ett annat sip-kommando ändrar planen och blev inte klart i tid; $sekunder är väntetiden.
redigering-upptagen = { $fil } ändras just nu av ett annat sip-kommando och blev inte ledig på { $sekunder ->
        [one] { $sekunder } sekund
       *[other] { $sekunder } sekunder
    }; inget skrevs. Vänta en stund och kör kommandot igen
# Samma, när det syns vilken process (och användare) som håller planen.
redigering-upptagen-av = { $fil } ändras just nu av ett annat sip-kommando (process { $process }) och blev inte ledig på { $sekunder ->
        [one] { $sekunder } sekund
       *[other] { $sekunder } sekunder
    }; inget skrevs. Vänta en stund och kör kommandot igen
# Ordet mellan processnumret och användarnamnet i meddelandet ovan ("process 123, användare eva").
redigering-upptagen-anvandare = användare
# Planfilen är skrivskyddad.
redigering-skrivskyddad = { $fil } är skrivskyddad; inget skrevs. Ge skrivbehörighet (till exempel `chmod u+w { $fil }`) om planen ska kunna ändras
# Den nya texten blev större än en plan får vara; $mb är storleken med en decimal.
redigering-for-stor = { $fil } skrevs inte: den nya texten är { $mb } MB, och en plan får vara högst { $max } MB (större filer läser inget sip-kommando; en plan är några kB)
# En ny fil skulle skapas, men filen finns redan.
redigering-finns-redan = { $fil } finns redan; inget skrevs

## Ändringen av texten

# Ett internt fel i motorn.
redigering-overlappar = internt fel: ändringar som överlappar; filen lämnades orörd
# Planfilen går inte att läsa.
redigering-olasbar-plan = filen är inte en läsbar plan (YAML-fel); rätta den med `sip edit` eller kör `sip check`
# Ändringen skulle ta bort kommentarer; $kommentarer är kommentarerna med radnummer.
redigering-kommentarer-bort = ändringen skulle ta bort kommentarer som någon skrivit ({ $kommentarer }); filen lämnades orörd. Flytta kommentaren eller gör ändringen med `sip edit`
# En kommentar i meddelandet ovan, med dess rad.
redigering-kommentar-rad = rad { $rad }: { $kommentar }
# Kontrollen efter ändringen slog fel; $orsak är ett av de fyra meddelandena nedan.
redigering-inte-sakert = ändringen kunde inte göras säkert ({ $orsak }); filen lämnades orörd. Gör ändringen med `sip edit`
redigering-orsak-olasbar = resultatet gick inte att läsa
redigering-orsak-plats-saknas = platsen för ändringen finns inte
redigering-orsak-inte-avsett = resultatet blev inte det avsedda
redigering-orsak-kommentar = en kommentar skulle gå förlorad

# Varför en ändring inte kan göras på den plats i filen där den ska göras. $nyckel är en
# nyckel ur planfilen, $id en punkts id (t.ex. M1).
redigering-tom-sokvag = tom sökväg
redigering-inte-tabell = `{ $nyckel }` kan inte läggas till: platsen är inte en tabell med nycklar
redigering-tabell-pa-en-rad = `{ $nyckel }` står i en tabell skriven på en rad ({"{"}…{"}"}); kör `sip fmt` först så att den skrivs som block
redigering-ingen-lista-for-id = `{ $id }` hittades inte: platsen är ingen lista
redigering-id-saknas = `{ $id }` finns inte i planen
redigering-punkt-saknas = punkt { $nummer } finns inte i listan
redigering-borttaget-saknas = det som ska tas bort finns inte i planen
redigering-plats-pa-en-rad = platsen är skriven på en rad ([…] eller {"{"}…{"}"}); kör `sip fmt` först så att den skrivs som block
redigering-oppnar-punkt = `{ $nyckel }` står först i en listpunkt och kan inte tas bort ensam
redigering-tom-tabell = en tom tabell kan inte få nycklar här
redigering-tom-nyckel = `{ $nyckel }` är tom
redigering-tom-lista = tom lista
redigering-lista-pa-en-rad = `{ $nyckel }` är en lista skriven på en rad ([…]); kör `sip fmt` först så att den skrivs som block
redigering-ingen-lista = `{ $nyckel }` är ingen lista; rätta den med `sip edit`
# $slag är det som står där: lista, tabell, alias, tomt eller enkelt.
redigering-inte-enkelt = `{ $nyckel }` har { $slag ->
        [lista] en lista
        [tabell] en tabell med nycklar
        [alias] ett alias
        [tomt] tomt värde
       *[enkelt] ett enkelt värde
    } där ett enkelt värde väntas; rätta med `sip edit`
redigering-inte-helt = `{ $nyckel }` kan inte ersättas i sin helhet
redigering-nyckel-saknas = `{ $nyckel }` saknas
redigering-nyckel-saknas-id = `{ $nyckel }` saknas, så `{ $id }` finns inte

## sip fmt

# Formateringen gav olika resultat två gånger i rad.
redigering-fmt-instabil = sip fmt gav inte ett stabilt resultat för filen; filen lämnades orörd
# Filen är ingen plan.
redigering-fmt-ingen-tabell = filen är ingen tabell med nycklar (ingen plan); filen lämnades orörd
# Något på en rad som sip fmt inte kan formatera; $orsak är ett av meddelandena nedan.
redigering-fmt-rad = rad { $rad }: { $orsak }; filen lämnades orörd (rätta den för hand med `sip edit`)
redigering-fmt-alias = alias (`*namn`) kan inte formateras
redigering-fmt-ankare = ankare (`&namn`) eller taggar (`!tagg`) kan inte formateras
redigering-fmt-sammansatt-nyckel = sammansatta nycklar kan inte formateras
redigering-fmt-kommentar-i-varde = en kommentar inne i ett värde på flera rader kan inte flyttas
redigering-fmt-kommentar-efter-streck = en kommentar mellan `-` och första nyckeln kan inte flyttas
redigering-fmt-alias-kort = alias kan inte formateras
# Kontrollen efter formateringen slog fel; $orsak är ett av meddelandena nedan eller ovan
# (redigering-orsak-olasbar, redigering-orsak-kommentar).
redigering-fmt-forlust = sip fmt kunde inte skriva filen utan förlust ({ $orsak }); filen lämnades orörd
redigering-fmt-innehall-andras = innehållet skulle ändras
# Ett YAML-fel på raden (i svenska meddelanden förklaras felet i stället på svenska, med planfil-yaml-fel).
redigering-fmt-yaml-fel = YAML-fel ({ $fel })

## Det alla redigerande kommandon delar (sip goal, sip need, sip meeting, sip set …)

# En avslutad plan ändras inte; $plan_id är planens id.
redigering-plan-avslutad = { $plan_id } är avslutad och ändras inte längre; en avslutad plan är ett dokument över det som var. Öppna den igen med `sip status { $plan_id } pågående` om arbetet fortsätter
# En planfil som inte är UTF-8.
redigering-plan-inte-utf8 = { $fil } är inte UTF-8; spara den som UTF-8 först
# Ett strukturfel i listan nedan: raden och felet.
redigering-plan-strukturfel-rad = rad { $rad }: { $fel }
# Planen har fel i sin struktur; $fel är felen (med semikolon emellan), $orsak ett av de två meddelandena nedan.
redigering-plan-strukturfel = { $plan_id } ändras inte medan filen har fel i sin struktur ({ $fel }): { $orsak }. Rätta filen först: `sip check { $plan_id }` visar var, `sip edit { $plan_id }` öppnar den
redigering-plan-strukturfel-felstavat = en ändring nu kunde hamna bredvid det felstavade i stället för i det
redigering-plan-strukturfel-olasbart = det som inte går att läsa går inte att ändra säkert
# Filen går inte att läsa som en plan.
redigering-plan-olasbar = { $fil } är ingen läsbar plan; kör `sip check { $fil }` för att se felet och rätta det med `sip edit`
# Samtycket är återkallat; $datum är dagen det återkallades.
redigering-plan-aterkallad = samtycket i { $plan_id } återkallades { $datum }, och utan samtycke ändras planen inte längre. Avsluta den med `sip close { $plan_id } --reason samtycke_återkallat`, eller registrera ett nytt samtycke som gavs efter { $datum } med `sip consent { $plan_id } --date DATUM --form FORM --parties PARTER`
# Ett datum före planens initiering; $vad är t.ex. "målets senast-datum", $initiering initieringsdagen.
redigering-plan-fore-initiering = { $flagga }: { $vad } kan inte vara { $datum }, före planens initiering ({ $initiering }); ange rätt datum, eller ändra initieringsdagen med `sip set { $plan_id } --initiated DATUM` om den är fel
# En ändring som inte gick att göra i filen; $fel säger varför.
redigering-plan-andring-fel = { $fil }: { $fel }
# Efter ett kommando som inte ändrade något.
redigering-plan-ingen-andring = Ingen ändring: { $fil } innehöll redan detta.
# Efter en ändring: inget kvar att rätta.
redigering-plan-kan-bli-pagaende = Inget hindrar att planen blir pågående: `sip status { $plan_id } pågående`.
redigering-plan-komplett = Planen är komplett: inga fel, inga varningar.
# Efter en ändring: det som är kvar; $delar är delarna nedan med kommatecken emellan, $koder reglernas koder.
redigering-plan-kvar-fel = { $antal } fel ({ $koder })
redigering-plan-kvar-varningar = { $antal ->
    [one] { $antal } varning
   *[other] { $antal } varningar
} ({ $koder })
redigering-plan-kvar-mote = ett hållet upprättandemöte
redigering-plan-kvar-utkast =
    Kvar innan planen kan bli pågående: { $delar }.
    `sip check { $plan_id }` visar detaljerna (för ett utkast visas bara det som redan gäller).
redigering-plan-kvar =
    Kvar: { $delar }.
    `sip check { $plan_id }` visar detaljerna.
# De två sista i en uppräkning: "a, b och c".
redigering-plan-och = { $forsta } och { $sista }
# Ett id som inte finns i planen; $vad är t.ex. "målet", $finns de id som finns.
redigering-plan-id-saknas = { $vad } `{ $id }` finns inte i { $plan_id } (finns: { $finns })
# Samma, när listan är tom; $lista säger vilken (behov, mal, insatser eller moten).
redigering-plan-id-saknas-tom = { $vad } `{ $id }` finns inte i { $plan_id } (planen har inga { $lista ->
    [behov] behov
    [insatser] insatser
    [moten] möten
   *[mal] mål
})
# Ställen i planen som hänvisar till ett behov eller mål.
redigering-plan-plats-insats = insats { $insats_id }
redigering-plan-plats-atgard = åtgärd { $nummer }
# Ett behov eller mål som annat hänvisar till; $platser är ställena, $antal hur många.
redigering-plan-anvands = { $vad } { $id } används av { $platser }; ändra { $antal ->
    [one] den
   *[other] dem
} först, eller ta bort med --force, som också tar bort hänvisningarna
# Efter borttagning med --force: meningen läggs efter "Tog bort …" (med ett mellanslag först).
redigering-plan-hanvisningar-borttagna = {" "}Hänvisningarna till det togs också bort från { $platser }.
# Klart: sip followup satte nästa uppföljning ($datum).
uppfoljning-klar = Nästa uppföljning av { $plan_id }: { $datum }.
# Klart: sip responsible satte det övergripande ansvaret ($part är parten).
ansvar-klart = Övergripande ansvar för { $plan_id }: { $part }.
