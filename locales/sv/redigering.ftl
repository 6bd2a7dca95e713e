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
