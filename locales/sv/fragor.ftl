# Frågor på terminalen när ett värde saknas (sip frågar bara när den körs på en terminal).
# Samma id finns i ../en/fragor.ftl på engelska.

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

## Frågorna (visas bara på en terminal, när flaggan saknas)

# sip init, sip new: --agreement
fraga-overenskommelse = Överenskommelse
# sip init, sip new: --leader
fraga-samtalsledare = Samtalsledare
# sip new: --name
fraga-individens-namn = Individens namn
# sip new: --personnummer
fraga-personnummer = Personnummer eller samordningsnummer
# sip new: --birth-date
fraga-fodelsedatum = Födelsedatum (ÅÅÅÅ-MM-DD)
# sip new: --gender
fraga-kon = Kön
# sip new: --occupation
fraga-sysselsattning = Sysselsättning
# sip new: --proposed-by
fraga-part-som-kallar = Part som kallar
# sip new: --purpose
fraga-syfte = Syfte
# sip responsible: --party
fraga-overgripande-ansvar = Huvudman med övergripande ansvar
# sip measure add: --by
fraga-vem-vidtar-atgarden = Vem vidtar åtgärden
# sip consent: --date
fraga-samtycke-datum = Dag då samtycket gavs (ÅÅÅÅ-MM-DD)
# sip consent: --form
fraga-samtycke-form = Form
# sip consent: --given-by
fraga-samtycke-givet-av = Givet av
# sip consent: --parties
fraga-samtycke-parter = Parter som omfattas (kommaseparerade)
# sip followup: --next
fraga-nasta-uppfoljning = Nästa uppföljning (ÅÅÅÅ-MM-DD)
# sip intervention add: --party
fraga-ansvarig-huvudman = Ansvarig huvudman
# sip meeting add: --kind
fraga-motestyp = Typ av möte
# sip meeting add: --at
fraga-motestid = Tid (ÅÅÅÅ-MM-DDTTT:MM)
# sip meeting invited: --date
fraga-kallelse-datum = Dag då kallelsen skickades (ÅÅÅÅ-MM-DD)
# sip close: --reason
fraga-avslutsorsak = Orsak
