# Fel som stoppar ett kommando (slutstatus 2) och som inte hör till något särskilt område:
# filer som inte kan läsas eller skrivas. Samma id finns i ../en/fel.ftl på engelska.

# En fil som inte kunde läsas, skrivas, skapas, tas bort eller låsas; $orsak är t.ex.
# "finns inte" (se fel-orsak-… nedan).
fel-io-lasa = kan inte läsa { $sokvag }: { $orsak }
fel-io-skriva = kan inte skriva { $sokvag }: { $orsak }
fel-io-byta-namn = kan inte byta namn på den nya filen till { $sokvag }: { $orsak }
fel-io-skapa = kan inte skapa { $sokvag }: { $orsak }
fel-io-ta-bort = kan inte ta bort { $sokvag }: { $orsak }
fel-io-lasa-las = kan inte låsa { $sokvag }: { $orsak }

# Varför operativsystemet vägrade (de vanligaste orsakerna; andra visas som systemet skriver dem).
fel-orsak-finns-inte = finns inte
fel-orsak-behorighet = behörighet saknas
fel-orsak-mapp = är en mapp
fel-orsak-finns-redan = finns redan
fel-orsak-disken-full = disken är full
fel-orsak-skrivskyddat = filsystemet är skrivskyddat
fel-orsak-tiden-gick-ut = tiden gick ut

# En fil i planmappen som sip inte läser, efter filens namn: "kan inte läsa plan.yaml: …".
fel-las-io = kan inte läsas ({ $orsak })
fel-las-inte-vanlig-fil = ingen vanlig fil (utan en mapp, en enhet eller en rörledning); sip läser bara vanliga filer
# $mb är filens storlek med en decimal, $max gränsen i MB.
fel-las-for-stor = filen är för stor ({ $mb } MB, högst { $max } MB; en plan är några kB)
fel-las-for-stor-okand = filen är för stor (mer än { $max } MB; en plan är några kB)

# Planen ändrades av någon annan medan sip arbetade med den.
fel-andrad-pa-disken = { $sokvag } ändrades på disken medan sip arbetade (någon sparade i en redigerare, eller git uppdaterade filen); inget skrevs. Kör kommandot igen
# Den som läste sip:s utdata slutade läsa (`sip list | head`); visas aldrig, sip slutar tyst.
fel-utdata-stangd = standard ut stängdes av den som läste

# Raden på stderr när ett kommando stoppas av ett fel; $fel är meddelandet.
fel-rad = fel: { $fel }
