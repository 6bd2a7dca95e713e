# Planfilen: meddelanden när sip läser en plan (S001, S002, S003) och värdena i planens
# värdelistor. Samma id finns i ../en/planfil.ftl på engelska.

## Filen som helhet (S001)

# En plan utan några nycklar alls.
planfil-tom = filen är tom (inga nycklar)
# Planen är en lista eller ett enkelt värde i stället för nycklar; $sort är t.ex. "en lista".
planfil-inte-tabell = filen är { $sort }, inte en tabell med nycklar
    .etikett = en plan börjar med `id:`
# Vad ett värde i filen är, i löptext ("ska vara en lista, inte ett enkelt värde").
planfil-sort = { $sort ->
    [tomt] tomt värde
    [enkelt] ett enkelt värde
    [lista] en lista
    [tabell] en tabell med nycklar
   *[alias] ett alias
}

# En olöst git-konflikt i planen: meddelandet, texten vid första konfliktraden och två råd.
planfil-konflikt = { $antal ->
    [one] den innehåller en olöst git-konflikt
   *[other] den innehåller { $antal } olösta git-konflikter
}
    .etikett = här börjar konflikten: raderna fram till `=======` är din version, raderna efter den fram till `>>>>>>>` är den andras
    .losning = lös den så här: behåll den version som ska gälla (eller båda, om båda ska finnas kvar), ta bort raderna med `<<<<<<<`, `=======` och `>>>>>>>`, spara och kör `sip check` igen
    .setup-git = `sip setup-git` låter git slå ihop planer efter innehåll i stället för rad för rad, så att de flesta konflikter aldrig uppstår

## YAML-fel: när texten inte följer YAML:s regler (S001)

# Början på varje sådant meddelande; $problem är en av texterna nedan.
planfil-yaml-fel = YAML-fel: { $problem }
# När felet inte är något av dem nedan.
planfil-yaml-okant = texten följer inte YAML:s regler här
# Ett fel var, vad YAML-läsaren hittade.
planfil-yaml-kolon-i-varde = ett kolon på fel ställe (ett värde kan inte vara en nyckel här; står det ett kolon i en text som borde ha citattecken?)
planfil-yaml-nyckel-fel-stalle = en nyckel på fel ställe
planfil-yaml-listtecken-fel-stalle = ett listtecken `-` på fel ställe (stämmer indraget?)
planfil-yaml-kolon-saknas = ett kolon efter nyckeln saknas (eller raden är indragen fel)
planfil-yaml-indrag-nyckel = indraget stämmer inte: en nyckel väntades
planfil-yaml-indrag-listtecken = indraget stämmer inte: ett listtecken `-` väntades
planfil-yaml-tabell-klammer = en tabell inom `{"{"} {"}"}` saknar `,` eller `{"}"}`
planfil-yaml-lista-klammer = en lista inom `[ ]` saknar `,` eller `]`
planfil-yaml-varde-vantades = ett värde väntades här
planfil-yaml-klammer-fel-stalle = en klammer på fel ställe
planfil-yaml-citattecken-stangs-inte = ett citattecken stängs aldrig
planfil-yaml-indrag-citat = fel indrag i en text inom citattecken
planfil-yaml-text-efter-citat = text efter det avslutande citattecknet
planfil-yaml-bakstreck = en ogiltig `\`-kod inom citattecken (skriv `\\` för ett bakstreck)
planfil-yaml-slut-mitt-i-varde = filen tar slut mitt i ett värde
planfil-yaml-text-slutar = en text tar slut oväntat
planfil-yaml-bindestreck = en text som börjar med `-` följt av ett skiljetecken måste stå inom citattecken
planfil-yaml-kommentar-i-text = en kommentar mitt i en text över flera rader
planfil-yaml-kolon-fel-stalle = ett kolon på fel ställe
planfil-yaml-indrag-flerradig = fel indrag i en text över flera rader
planfil-yaml-flerradig-tabb = en text över flera rader får inte börja med ett tabbtecken
planfil-yaml-efter-flerradig = fel efter `|` eller `>` (bara en kommentar får stå efter dem på raden)
planfil-yaml-indrag = fel indrag
planfil-yaml-tabb = tabbtecken får inte användas för indrag (använd mellanslag)
planfil-yaml-for-djupt = nästlat för djupt
planfil-yaml-otillatet-tecken = filen innehåller ett tecken som inte får stå i YAML (t.ex. NUL)
planfil-yaml-bom = ett BOM-tecken mitt i filen
planfil-yaml-okant-ankare = ett alias (`*`) till ett ankare som inte finns
planfil-yaml-ankare = ett YAML-ankare eller alias (`&`, `*`) som inte stämmer
planfil-yaml-tagg = en YAML-tagg (`!`) som inte kan läsas; planer behöver inga taggar
planfil-yaml-direktiv = en YAML-direktivrad (`%`) som inte kan läsas; planer behöver inga direktiv
planfil-yaml-dokumentgrans = dokumentgränsen (`---` eller `...`) står fel; en plan är ett enda dokument
planfil-yaml-mellanslag = ett mellanslag saknas
planfil-yaml-tecken = ett tecken som inte får stå här
planfil-yaml-indrag-eller-klammer = indraget eller en avslutande klammer stämmer inte

## Nycklarna (S001 dubbletter, S002 okända nycklar, S003 saknade nycklar och fel typ)

# En nyckel som står två gånger i samma tabell; $rad är raden där den stod först.
planfil-dubblett = nyckeln `{ $nyckel }` står två gånger (först på rad { $rad })
    .etikett = dubblett
# En nyckel som inte är text (t.ex. en lista som nyckel).
planfil-nyckel-inte-text = en nyckel måste vara text
# En nyckel som måste finnas men saknas: meddelandet och texten där den borde stå.
planfil-saknas = saknas
planfil-saknas-har = `{ $nyckel }` saknas här
# En nyckel som måste ha ett värde men står tom.
planfil-saknar-varde = saknar värde
# En okänd nyckel som liknar en känd: läggs till efter meddelandet, och texten vid nyckeln.
planfil-menade-du-tillagg = ; menade du `{ $forslag }`?
planfil-menade-du = menade du `{ $forslag }`?
# En okänd nyckel som inte liknar någon: de nycklar som finns, överst i planen eller under en nyckel.
planfil-kanda-nycklar-planen = kända nycklar i planen: { $nycklar }
planfil-kanda-nycklar-under = kända nycklar i `{ $stalle }`: { $nycklar }
# Ett värde av fel slag; $onskat och $sort är t.ex. "en lista" och "ett enkelt värde".
planfil-fel-sort = ska vara { $onskat }, inte { $sort }
# Ett YAML-alias (`*namn`) som värde.
planfil-alias = alias (`*namn`) stöds inte i planfiler; skriv ut värdet

## Värden som inte kan läsas (S003). Varianterna med $varde visar värdet när det ser ut som det
## som efterfrågas; de andra visar det inte (det kan vara ett namn eller ett personnummer).

planfil-id-tal = `{ $varde }` läses som ett tal, inte som ett id; ett plan-id är text som sip-2026-k3f9qx7m
planfil-id-ogiltigt-visat = `{ $varde }` är inget giltigt id (små bokstäver a–z, siffror och -, 3–64 tecken)
planfil-id-ogiltigt = är inget giltigt id (små bokstäver a–z, siffror och -, 3–64 tecken)
planfil-personnummer-citattecken = skriv personnumret inom citattecken ("ÅÅÅÅMMDD-NNNN"); utan dem läses det som ett tal
planfil-datum-ogiltigt-visat = `{ $varde }` är inget giltigt datum; skriv ÅÅÅÅ-MM-DD
planfil-datum-ogiltigt = är inget giltigt datum; skriv ÅÅÅÅ-MM-DD
planfil-tid-ogiltig-visad = `{ $varde }` är ingen giltig tid; skriv ÅÅÅÅ-MM-DDTTT:MM, t.ex. 2026-03-10T13:00
planfil-tid-ogiltig = är ingen giltig tid; skriv ÅÅÅÅ-MM-DDTTT:MM, t.ex. 2026-03-10T13:00
planfil-sant-falskt-visat = `{ $varde }` ska vara true eller false
planfil-sant-falskt = ska vara true eller false
planfil-minuter-visat = `{ $varde }` ska vara ett antal minuter, ett heltal 1–1440 (t.ex. 90)
planfil-minuter = ska vara ett antal minuter, ett heltal 1–1440 (t.ex. 90)
# Ett värde utanför en värdelista; $varden är de tillåtna värdena.
planfil-varde-otillatet-forslag = `{ $varde }` är inget tillåtet värde ({ $varden }); menade du `{ $forslag }`?
planfil-varde-otillatet = är inget tillåtet värde ({ $varden })

## samtycke.givet_av som varken är individen, en roll eller en företrädare (S003)

# $roller är rollerna; $forslag är tomt eller "; menade du `…`?".
planfil-givare-utan-foretradare = värdet är varken individen eller en roll ({ $roller }), och ingen företrädare är angiven under individ.företrädare; se raden{ $forslag }
planfil-givare = värdet är varken individen, en roll ({ $roller }) eller namnet på någon under individ.företrädare; se raden{ $forslag }

## Personnummer som inte stämmer

planfil-personnummer-form = formen ska vara ÅÅÅÅMMDD-NNNN, ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN
planfil-personnummer-datum = datumdelen är inget giltigt datum
planfil-personnummer-kontrollsiffra = kontrollsiffran stämmer inte

## Värdena i planens värdelistor, som de skrivs i löptext (filen skriver dem med _ i stället för mellanslag)

# `status`
planfil-status-utkast = utkast
planfil-status-pagaende = pågående
planfil-status-avslutad = avslutad

# `individ.kön`
planfil-kon-kvinna = kvinna
planfil-kon-man = man
planfil-kon-annat = annat
planfil-kon-uppgift-saknas = uppgift saknas

# `individ.sysselsättning`
planfil-sysselsattning-anstalld = anställd
planfil-sysselsattning-utan-anstallning = utan anställning
planfil-sysselsattning-studerande = studerande
planfil-sysselsattning-egenforetagare = egenföretagare
planfil-sysselsattning-annan = annan

# `individ.företrädare[].roll`
planfil-foretradare-roll-vardnadshavare = vårdnadshavare
planfil-foretradare-roll-forvaltare = förvaltare
planfil-foretradare-roll-god-man = god man

# `samtycke.form`
planfil-samtyckesform-skriftligt = skriftligt
planfil-samtyckesform-muntligt = muntligt

# `samtycke.givet_av`
planfil-givet-av-individen = individen
planfil-givet-av-vardnadshavare = vårdnadshavare
planfil-givet-av-forvaltare = förvaltare
planfil-givet-av-god-man = god man

# `initiering.tvångsvård`: öppen psykiatrisk tvångsvård (LPT) eller rättspsykiatrisk vård (LRV)
planfil-tvangsvard-lpt = lpt
planfil-tvangsvard-lrv = lrv

# `inriktning`
planfil-inriktning-arbetslivsinriktad-rehabilitering = arbetslivsinriktad rehabilitering
planfil-inriktning-medicinsk-rehabilitering = medicinsk rehabilitering
planfil-inriktning-social-rehabilitering = social rehabilitering
planfil-inriktning-vard-och-omsorg = vård och omsorg
planfil-inriktning-skola = skola
planfil-inriktning-annan = annan

# `insatser[].status`
planfil-insats-status-planerad = planerad
planfil-insats-status-pagar = pågår
planfil-insats-status-genomford = genomförd
planfil-insats-status-avbruten = avbruten

# `möten[].typ`
planfil-motestyp-upprattande = upprättande
planfil-motestyp-uppfoljning = uppföljning

# `möten[].deltagare[].roll`
planfil-deltagarroll-individen = individen
planfil-deltagarroll-narstaende = närstående
planfil-deltagarroll-foretradare = företrädare
planfil-deltagarroll-vardnadshavare = vårdnadshavare
planfil-deltagarroll-samtalsledare = samtalsledare
planfil-deltagarroll-part = part

# `mål[].utfall.bedömning`
planfil-bedomning-uppnatt = uppnått
planfil-bedomning-delvis-uppnatt = delvis uppnått
planfil-bedomning-ej-uppnatt = ej uppnått

# `avslut.orsak`
planfil-avslutsorsak-mal-uppfyllda = mål uppfyllda
planfil-avslutsorsak-behov-saknas = behov saknas
planfil-avslutsorsak-samtycke-aterkallat = samtycke återkallat
planfil-avslutsorsak-annan = annan

# En parts `typ` i en överenskommelse
planfil-partstyp-kommun = kommun
planfil-partstyp-region = region
planfil-partstyp-arbetsformedlingen = arbetsförmedlingen
planfil-partstyp-forsakringskassan = försäkringskassan
planfil-partstyp-skola = skola
planfil-partstyp-privat = privat
planfil-partstyp-samordningsforbund = samordningsförbund

# En allvarlighetsgrad som den skrivs under `[regler]` och i rapporter
planfil-allvarlighet-fel = fel
planfil-allvarlighet-varning = varning
planfil-allvarlighet-info = info
planfil-allvarlighet-av = av
