# Krypterade planer: sip keys new|list|add|remove, sip encrypt, sip decrypt och läsningen av
# krypterade planfiler (sops med age). $fil är planfilens namn i planmappen.

## Nycklar och mottagare

# En mottagare (på kommandoraden eller i sip.toml) som inte går att läsa.
kryptering-ingen-mottagare = `{ $mottagare }` är ingen mottagare: skriv en publik age-nyckel (age1…, som `sip keys new` skriver ut) eller en publik ssh-ed25519-nyckel
# Datanyckeln kunde inte krypteras till en mottagare; $orsak är systemets förklaring.
kryptering-kan-inte-kryptera-nyckel = kan inte kryptera datanyckeln till { $mottagare }: { $orsak }
# En nyckelfil eller miljövariabel som är satt men inte går att läsa; $plats är var, $orsak varför.
kryptering-nyckel-olasbar = { $plats }: { $orsak }
# Orsaker till att en nyckel inte går att läsa.
kryptering-ssh-losenfras = ssh-nyckeln är skyddad med lösenfras; sip läser bara oskyddade
kryptering-ssh-typ = ssh-nyckeln är av en typ som inte stöds
kryptering-ingen-age-nyckel = en rad är ingen age-nyckel (AGE-SECRET-KEY-1…)
# Vad sip hittade på varje ställe där den letade efter nycklar (visas inom parentes).
kryptering-plats-inte-satt = inte satt
kryptering-plats-home-saknas = HOME är inte satt
kryptering-plats-finns-inte = finns inte
kryptering-plats-nycklar = { $antal ->
    [one] { $antal } nyckel
   *[other] { $antal } nycklar
}
# Ett ställe och vad som hittades där, i listan över ställen: "SOPS_AGE_KEY (inte satt)".
kryptering-plats = { $plats } ({ $fynd })
# Ingen av nycklarna öppnar en fil; $mottagare är filens mottagare, $sokte ställena sip letade på.
kryptering-nyckel-saknas-fil = nyckel saknas: ingen nyckel öppnar { $fil } (krypterad till { $mottagare }). Sökte i { $sokte }. Ange din nyckelfil med SIP_AGE_KEY_FILE, eller be någon som har en nyckel att köra `sip keys add <din mottagare>` (skapa en med `sip keys new`)
# Ett kommando behöver planens personuppgifter men ingen nyckel öppnar den; $plan_id är planens id.
kryptering-nyckel-saknas-plan = nyckel saknas: { $plan_id } är krypterad och ingen av dina nycklar öppnar den (sökte i { $sokte }). Skapa en nyckel med `sip keys new` och be någon i teamet som har en nyckel att köra `sip keys add <din mottagare>`, eller peka ut din nyckelfil med SIP_AGE_KEY_FILE

## Krypteringen (sops)

# Operativsystemet gav inga slumptal; $orsak är systemets förklaring.
kryptering-slumptal = kan inte hämta slumptal från operativsystemet: { $orsak }
# Krypteringen av ett värde misslyckades.
kryptering-aes-misslyckades = AES-GCM-krypteringen misslyckades
# Filens sops-uppgifter är ogiltiga; $orsak är ett av de tre meddelandena nedan.
kryptering-ogiltig-sops = { $fil }: sops-uppgifterna är ogiltiga: { $orsak }
kryptering-sops-ingen-tabell = `sops` är ingen tabell
kryptering-sops-age-post = en post under `age` saknar `recipient` eller `enc`
kryptering-sops-regex = `encrypted_regex` är inget giltigt reguljärt uttryck
# Filen är ingen giltig YAML; $orsak är tolkens förklaring.
kryptering-ogiltig-yaml = { $fil }: ingen giltig YAML ({ $orsak })
# En sops-inställning som sip inte stöder; $nyckel är inställningens namn.
kryptering-sops-installning = { $fil }: sops-inställningen `{ $nyckel }` stöds inte av sip; dekryptera filen med sops och kryptera den med `sip encrypt`
# Filen är krypterad med något annat än age.
kryptering-ingen-age = { $fil }: filen har ingen age-mottagare; sip öppnar bara filer krypterade med age
# YAML-alias i en krypterad plan.
kryptering-alias = { $fil }: alias (`*namn`) stöds inte i en krypterad plan; skriv ut värdet
# En nyckel i planen som inte är text.
kryptering-nyckel-ingen-text = { $fil }: en nyckel är ingen text
# Filen är skadad; $orsak är ett av meddelandena nedan.
kryptering-skadad = { $fil }: { $orsak }; filen är skadad eller ändrad utan nyckeln. Återställ den ur git (`git checkout -- { $fil }`)
# Ett värde som inte går att dekryptera; $plats är värdets plats i planen (nycklar med kolon emellan).
kryptering-varde-inte-krypterat = värdet vid `{ $plats }` borde vara krypterat men är det inte
kryptering-varde-ogiltigt = värdet vid `{ $plats }` är inget giltigt sops-värde
kryptering-varde-fel-nyckel = värdet vid `{ $plats }` kan inte dekrypteras med filens datanyckel
# Filens kontrollsumma (MAC).
kryptering-mac-dekryptera = MAC:en kan inte dekrypteras
kryptering-mac-stammer-inte = MAC:en stämmer inte med värdena
# Det finns inget att kryptera.
kryptering-tom-fil = { $fil }: filen är tom; det finns inget att kryptera
kryptering-ingen-tabell = { $fil }: planen är ingen tabell med nycklar
kryptering-redan-krypterad = { $fil }: filen är redan krypterad (den har en `sops`-nyckel)
kryptering-inte-krypterad = { $fil }: filen är inte krypterad

## Kommandona (sip keys, sip encrypt, sip decrypt)

# En fil som sip keys new eller sip decrypt -o skulle skapa finns redan.
kryptering-finns-redan = { $sokvag } finns redan; inget skrevs
# sip keys new utan -o när HOME saknas.
kryptering-home-saknas = HOME är inte satt; ange nyckelfilen med -o FIL
# Efter sip keys new (till standard error); $sokvag är nyckelfilen, $mottagare den nya mottagaren.
kryptering-nyckel-skapad = Skrev nyckeln till { $sokvag } (bara läsbar för dig). Raden ovan är din mottagare: ge den till den som lägger till dig (`sip keys add { $mottagare }`). Spara en kopia av nyckeln på ett säkert ställe: utan den går planerna inte att läsa.
# Planmappen har inga mottagare; $konfig är sip.toml.
kryptering-inga-mottagare = planmappen har inga mottagare ({ $konfig }: [kryptering] mottagare); lägg till en med `sip keys add <mottagare>` (skapa en nyckel med `sip keys new`)
# I sip keys list, efter den egna mottagaren (två mellanslag först).
kryptering-din-nyckel = {"  "}(din nyckel)
# En planfil som inte är UTF-8.
kryptering-inte-utf8 = { $fil } är inte UTF-8
# sip keys add med en mottagare som redan finns.
kryptering-mottagare-finns = Mottagaren finns redan; inget ändrades.
# Efter sip keys add; $antal är antalet krypterade planer som öppnades för mottagaren.
kryptering-mottagare-tillagd = La till mottagaren i { $konfig }; { $antal ->
    [one] { $antal } krypterad plan
   *[other] { $antal } krypterade planer
} öppnades för den.
# sip keys remove med en mottagare som inte finns.
kryptering-ingen-sadan-mottagare = { $mottagare } är ingen mottagare i { $konfig }; mottagarna visas med `sip keys list`
# sip keys remove på den sista mottagaren.
kryptering-enda-mottagaren = det är planmappens enda mottagare; lägg till en annan först (`sip keys add <mottagare>`), annars kan ingen läsa planerna
# Efter sip keys remove; $antal är antalet planer som fick en ny datanyckel.
kryptering-mottagare-borttagen = Tog bort mottagaren ur { $konfig }; { $antal ->
    [one] { $antal } krypterad plan
   *[other] { $antal } krypterade planer
} fick en ny datanyckel. Äldre versioner i git-historiken kan den borttagna nyckeln fortfarande öppna.
# sip kunde inte skriva in mottagarna i sip.toml.
kryptering-kan-inte-skriva-mottagare = kan inte skriva mottagarna i { $konfig }; skriv dem själv under [kryptering] som mottagare = ["age1…"]
# sip encrypt --from - med för mycket på standard in.
kryptering-stdin-for-stor = standard in är större än en plan får vara
# sip encrypt --from med fler eller färre än en plan.
kryptering-from-en-plan = --from gäller en plan: ange precis en
# Efter sip encrypt; $antal är antalet planer som krypterades, $redan de som redan var krypterade.
kryptering-krypterade = Krypterade { $antal ->
    [one] { $antal } plan
   *[other] { $antal } planer
}{ $redan ->
    [0] {""}
    [one] {" "}({ $redan } var redan krypterad)
   *[other] {" "}({ $redan } var redan krypterade)
}.
# sip decrypt på en plan som inte är krypterad.
kryptering-inte-krypterad-plan = { $fil } är inte krypterad; den kan läsas som den är
# sip edit på en krypterad plan: ens version kunde inte krypteras igen (orsaken i ett annat meddelande).
kryptering-din-version-inte-utf8 = din version är inte UTF-8
kryptering-planen-inte-utf8 = planen är inte UTF-8
kryptering-planen-inte-krypterad = planen är inte krypterad
