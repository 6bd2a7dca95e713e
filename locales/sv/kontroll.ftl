# sip check och det som läser planmappen: planfilerna, sip.toml och rapportens rubriker.

## Planmappen (sip.toml, planfilerna, att hitta en plan)

# En fil i planmappen som inte är UTF-8.
kontroll-inte-utf8 = { $fil } är inte UTF-8
# sip.toml nämner en överenskommelse som inte finns; $finns är de som finns, $forslag ett förslag (eller tomt).
kontroll-okand-overenskommelse = överenskommelsen `{ $id }` finns inte (finns: { $finns }); rätta `överenskommelse` i { $konfig }.{ $forslag }
# Förslaget efter meddelandet ovan (med ett mellanslag först).
kontroll-menade-du-overenskommelse = {" "}Menade du `{ $forslag }`?
# Varför en fil eller mapp i planmappen inte lästes (visas inom parentes eller efter filens namn).
kontroll-kan-inte-lasas = kan inte läsas ({ $orsak })
kontroll-lank-utanfor = symbolisk länk till en mapp utanför planmappen; sip följer den inte
kontroll-lank-cirkel = symboliska länkar i cirkel (en länk pekar på en mapp ovanför sig själv)
kontroll-lank-till-inget = symbolisk länk som pekar på något som inte finns
# Samma plan-id i flera filer; $filer är filerna.
kontroll-id-i-flera-filer = plan-id `{ $plan }` finns i flera filer ({ $filer }); ange sökvägen till den du menar (sip check visar S004)
# En plan som inte hittades; $forslag är ett av förslagen nedan, $olasta filerna som inte kunde läsas (eller tomt).
kontroll-okand-plan = okänd plan `{ $plan }` i planmappen { $mapp } (ange ett plan-id, en unik del av ett, eller en sökväg){ $forslag }{ $olasta }
# Filer som inte kunde läsas, efter meddelandet ovan; $filer är filerna med orsaken inom parentes.
kontroll-kunde-inte-lasa = ; kunde inte läsa { $filer }
# En fil och varför den inte kunde läsas.
kontroll-fil-orsak = { $fil } ({ $orsak })
# Förslag efter "okänd plan": planer med liknande id eller namn ($planer), eller sip find.
kontroll-menade-du = ; menade du { $planer }?
kontroll-sok-med-find = ; `sip find TEXT` söker på id, namn och personnummer
# Två förslag i följd: "`a` eller `b`".
kontroll-eller = { $forsta } eller { $sista }
# En del av ett id som passar flera planer; $planer är deras id.
kontroll-del-i-flera = `{ $del }` finns i flera planers id ({ $planer }); ange så mycket av id:t att bara en plan passar

## sip check och läsningen av en plan

# En plan som inte går att läsa; $fel är felet.
kontroll-fil-fel = { $fil }: { $fel }
# Samma, med raden och kolumnen.
kontroll-fil-rad-fel = { $fil }:{ $rad }:{ $kolumn }: { $fel }
# Filen innehåller ingen plan.
kontroll-ingen-plan = ingen plan
kontroll-fil-ingen-plan = { $fil }: ingen plan
# Varför en fil inte är en läsbar plan, med raden.
kontroll-rad-orsak = rad { $rad }: { $orsak }
# --select med en kod som inte finns.
kontroll-okand-kod = --select: okänd regelkod `{ $kod }` (se `sip rules`)
# sip check - tillsammans med andra sökvägar.
kontroll-stdin-blandad = `-` (en plan från stdin) kan inte blandas med andra sökvägar
# --stdin-filename utan -.
kontroll-stdin-filnamn = --stdin-filename gäller bara planen från stdin: skriv `sip check - --stdin-filename SÖKVÄG`
# En sökväg som inte finns.
kontroll-finns-inte = { $sokvag } finns inte
# Varken fil, mapp eller plan-id.
kontroll-finns-inte-alls = { $id } finns inte: varken en fil, en mapp eller ett plan-id i planmappen

## Rapporten (sip check --format human och github)

# Rubriker i rapporten: före en hjälptext, en not och en källa.
kontroll-rubrik-hjalp = hjälp
kontroll-rubrik-not = not
kontroll-rubrik-kalla = källa
# Sammanfattningen när inget hittades.
kontroll-inga-fel = inga fel
# Kolumnerna i GitHubs sammanfattning.
kontroll-kolumn-kod = Kod
kontroll-kolumn-regel = Regel
kontroll-kolumn-niva = Nivå
kontroll-kolumn-antal = Antal
kontroll-kolumn-plan = Plan
kontroll-kolumn-fel = Fel
kontroll-kolumn-varningar = Varningar
kontroll-kolumn-info = Info
# En fil utan plan-id i GitHubs sammanfattning.
kontroll-fil-utan-id = (fil utan plan-id)
# Antalen i sammanfattningen: "2 fel, 1 varning, 3 info" (info bara när det finns någon).
kontroll-antal-fel = { $antal } fel
kontroll-antal-varningar = { $antal ->
    [one] { $antal } varning
   *[other] { $antal } varningar
}
kontroll-antal-info = { $antal } info
# Sammanfattningens sista rad: hur många planer som kontrollerades, filer som inte kunde läsas
# ($olasta, ofta 0) och vad som hittades ($fynd).
kontroll-planer-kontrollerade = { $antal ->
    [one] { $antal } plan kontrollerad
   *[other] { $antal } planer kontrollerade
}{ $olasta ->
    [0] {""}
    [one] , { $olasta } fil kunde inte läsas
   *[other] , { $olasta } filer kunde inte läsas
}: { $fynd }.
# Regler som inte kunde prövas i krypterade planer utan nyckel (en rad på standard error);
# $regler är antalet regler, $planer antalet planer, $koder reglernas koder.
kontroll-oprovade-regler = { $regler ->
    [one] 1 regel kunde
   *[other] { $regler } regler kunde
} inte prövas utan nyckel i { $planer ->
    [one] { $planer } krypterad plan
   *[other] { $planer } krypterade planer
}: { $koder }. { $regler ->
    [one] Den läser personuppgifter, som ingen nyckel här kan öppna; peka ut en nyckel med SIP_AGE_KEY_FILE för att pröva den
   *[other] De läser personuppgifter, som ingen nyckel här kan öppna; peka ut en nyckel med SIP_AGE_KEY_FILE för att pröva dem
}
# Fynd som sip check själv lägger till (S001: filen går inte att läsa, S004: samma id i två filer).
kontroll-s001-inte-utf8 = filen är inte UTF-8 (spara den som UTF-8)
kontroll-s001-olost = olöst sammanslagning i git (den andra versionens ändringar kan saknas i filen)
kontroll-s001-olost-not = `git checkout --merge -- { $fil }` skriver in båda versionerna med konfliktmarkeringar; välj det som ska gälla, ta bort markeringarna och kör `git add` på filen
# S004: $fil är den andra filen med samma id.
kontroll-s004-i-fil = i { $fil }
kontroll-s004-samma-id = samma id som en annan fil
kontroll-s004-byt-id-forst = byt id i en av filerna (och filens namn); först i { $fil }
kontroll-s004-byt-id-ocksa = byt id i en av filerna (och filens namn); också i { $fil }
