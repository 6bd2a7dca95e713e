# Överenskommelser: sip agreements list|show|check, och felen i en överenskommelsefil
# (de inbyggda, planmappens egna och sip agreements check FIL).

## sip agreements list och show

# Kolumnrubriker i sip agreements list (kolumnen "id" heter id på båda språken).
overenskommelse-namn = Namn
overenskommelse-parter = Parter
overenskommelse-giltig = Giltig
overenskommelse-ursprung = Ursprung
# Giltighet utan datum.
overenskommelse-tills-vidare = tills vidare
# Ja och nej i tabellen över parter och under Kallelse.
overenskommelse-ja = ja
overenskommelse-nej = nej
# Rader överst i sip agreements show.
overenskommelse-kalla = Källa
# Kolumnrubriker i tabellen över parter.
overenskommelse-typ = Typ
overenskommelse-far-kalla = Får kalla
overenskommelse-har-insatser = Har insatser
overenskommelse-overgripande-ansvar = Övergripande ansvar
# Avsnittet Målgrupp.
overenskommelse-malgrupp = Målgrupp
overenskommelse-ingen-begransning = ingen begränsning
overenskommelse-alder = ålder
overenskommelse-sysselsattning = sysselsättning
overenskommelse-inriktning = inriktning
overenskommelse-prioriterad = prioriterad
# Avsnittet Kallelse.
overenskommelse-kallelse = Kallelse
overenskommelse-minsta-framforhallning = minsta framförhållning
overenskommelse-langsta-tid = längsta tid till första kallelsen
overenskommelse-dagar = { $antal ->
        [one] { $antal } dag
       *[other] { $antal } dagar
    }
overenskommelse-kraver-syfte = kräver syfte
overenskommelse-kraver-fragestallningar = kräver frågeställningar
overenskommelse-digitala-system = godkända digitala system
# Avsnitten med dagordningar.
overenskommelse-dagordning-upprattande = Dagordning, upprättande
overenskommelse-dagordning-uppfoljning = Dagordning, uppföljning
# sip agreements show med ett id som inte finns.
overenskommelse-finns-inte = överenskommelsen `{ $id }` finns inte; finns: { $finns }

## sip agreements check

# Filen är inte UTF-8.
overenskommelse-inte-utf8 = { $fil } är inte UTF-8
# Filen är en giltig överenskommelse.
overenskommelse-giltig-fil = { $fil }: { $namn } ({ $id }) är en giltig överenskommelse

## Fel i en överenskommelsefil (visas vid raden)

# Ett värde som inte finns bland de tillåtna ($nyckel är nyckeln i filen).
overenskommelse-otillatet-varde = `{ $varde }` är inget tillåtet värde för { $nyckel } ({ $tillatna })
# Överenskommelsens id.
overenskommelse-fel-id = id ska vara små bokstäver a–z, siffror och -, 3–64 tecken
# En part med okänd typ.
overenskommelse-okand-parttyp = `{ $typ }` är ingen parttyp ({ $tillatna })
# Samma part två gånger.
overenskommelse-part-tva-ganger = parten `{ $id }` står två gånger
# Inga parter.
overenskommelse-inga-parter = överenskommelsen har inga [[parter]]
# giltig_till före giltig_från.
overenskommelse-giltig-ordning = giltig_till ligger före giltig_från
# ålder i [målgrupp].
overenskommelse-fel-alder = ålder ska vara [lägst, högst], t.ex. [16, 65]
