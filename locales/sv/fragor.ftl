# Frågor på terminalen när ett värde saknas (sip frågar bara när den körs på en terminal).
# Samma id finns i ../en/fragor.ftl på engelska. Frågorna själva ställs på svenska.

# Fel: ett värde saknas och sip får inte fråga (ingen terminal).
fraga-saknas = { $flagga } saknas: ange den på kommandoraden (sip frågar bara när den körs på en terminal)
# Före ett fel som visas under en fråga.
fraga-fel = fel: { $fel }
# Fel: svaret kunde inte läsas från terminalen.
fraga-kunde-inte-lasa = kunde inte läsa svaret: { $fel }
# När frågan avbröts med Ctrl-C.
fraga-avbrutet = Avbrutet; inget sparades.
# En fråga som får lämnas tom.
fraga-valfri = { $fraga } (tomt: hoppa över)
# Det första valet i en lista som får hoppas över.
fraga-hoppa-over = (hoppa över)
# Efter en ja/nej-fråga: Enter betyder ja.
fraga-ja-nej-standard-ja = {"["}J/n]
# Efter en ja/nej-fråga: Enter betyder nej.
fraga-ja-nej-standard-nej = {"["}j/N]
# När svaret på en ja/nej-fråga varken var ja eller nej.
fraga-svara-ja-nej = Svara j (ja) eller n (nej).

## Flaggor som tar ett värde ur en värdemängd (--status, --kind, --role …)

# Namnet på ett värde när flaggan inte har något namn.
varde-namn = VÄRDE
# Fel: värdet är inte giltig UTF-8.
varde-inte-utf8 = { $flagga }: värdet är inte giltig UTF-8
# Ett värde utanför mängden (meddelandet följer efter "fel:").
varde-fel = fel: { $fel }
