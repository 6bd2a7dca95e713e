# Inställningar: felen i sip.toml ([regler], [gallring]) och i TOML-filer över huvud taget
# (sip.toml och överenskommelsefiler). Felen visas vid raden i filen.

# TOML-filen går inte att läsa; $fel är tolkens egna ord (på engelska).
toml-fel = TOML-fel: { $fel }
# Som toml-fel, när felet är en nyckel med å, ä eller ö utan citattecken.
toml-fel-svensk-nyckel = TOML-fel: { $fel } (nycklar med å, ä eller ö skrivs inom citattecken, t.ex. "överenskommelse" = …)
# En nyckel som sip inte känner.
toml-okand-nyckel = okänd nyckel: { $fel }
# Ett datum med fel form.
toml-datum = ett datum väntades (ÅÅÅÅ-MM-DD)
# [regler]: en kod som inte finns.
toml-okand-regelkod = okänd regelkod `{ $kod }` (se `sip rules`)
# [regler]: en nivå som inte finns.
toml-okand-niva = `{ $niva }` är ingen nivå; skriv "fel", "varning", "info" eller "av"
# [gallring]: antalet år.
installningar-gallring-ar = år_efter_sista_anteckning ska vara ett antal år mellan 1 och 100, inte { $ar } (socialtjänsten: 5, regionens patientjournal: minst 10)
# [gallring.undantag]: födda_dag.
installningar-fodda-dag = födda_dag ska vara dagar i månaden (1–31), inte { $dag }
