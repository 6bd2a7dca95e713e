# Rapporten till styrelsen (`sip report`): rubriker, indikatorernas namn och definitioner,
# diagrammens etiketter, tabellernas kolumner, arbetsbokens flikar och felen från kommandot.
# Samma id finns i ../en/rapport.ftl på engelska.

## Dokumentet (Markdown, HTML och PDF)

# Dokumentets titel.
rapport-titel = SIP-arbetet – rapport till styrelsen
# Uppgifterna överst: perioden, perioden den jämförs med, antal planer och hur små tal visas.
rapport-falt-period = Period
rapport-falt-jamfors-med = Jämförs med
rapport-falt-planer = Planer
rapport-falt-sma-tal = Små tal
rapport-sma-tal = antal under 5 visas som <5; ytterligare ett tal döljs där det annars kunde räknas ut
# Sista avsnittet: planer som ska gallras; $antal är ett tal eller "<5".
rapport-gallring-rubrik = Gallring
rapport-gallring = Avslutade planer som ska gallras i dag (sip gallra): { $antal }
# Sidfoten.
rapport-sidfot = Utan personuppgifter: bara antal och andelar, per överenskommelse och kön.

## Indikatorerna: namnet är avsnittets rubrik, definitionen står under den

rapport-indikator-startade = Startade planer
    .definition = Planer vars initieringsdatum ligger i perioden, av alla planer.
rapport-indikator-aktiva = Aktiva planer
    .definition = Planer som var pågående periodens sista dag, av alla planer.
rapport-indikator-avslutade = Avslutade planer
    .definition = Planer som avslutades i perioden, av alla planer, per orsak.
rapport-indikator-uppfoljda-i-tid = Uppföljda i tid
    .definition = Aktiva planer vars nästa uppföljning inte ligger före periodens sista dag, av aktiva planer.
rapport-indikator-eget-mal = Individens eget mål
    .definition = Aktiva planer med individens eget mål, av aktiva planer.
rapport-indikator-individen-narvarande = Individen närvarande
    .definition = Genomförda möten i perioden där individen deltog och inte hade förhinder, av genomförda möten i perioden.
rapport-indikator-kallelse-inom-3-dagar = Kallelse inom tre dagar
    .definition = Planer vid utskrivning (utskrivningsklar i perioden) vars första kallelse skickades inom tre dagar, av sådana planer.
rapport-indikator-dagar-till-upprattande = Dagar till upprättande
    .definition = Median antal dagar från initiering till det genomförda upprättandemötet, bland planer vars upprättandemöte hölls i perioden.
rapport-indikator-mal-utfall = Utvärderade mål
    .definition = Mål bedömda som uppnådda, av mål som utvärderades i perioden, per bedömning.

## Raderna i diagram och tabeller

rapport-rad-perioden = Perioden
rapport-rad-perioden-fore = Perioden före
# Raden för alla planer i arbetsboken.
rapport-rad-alla = alla
# En plan utan överenskommelse eller kön angivet, och en överenskommelse som mappen inte känner.
rapport-rad-uppgift-saknas = uppgift saknas
rapport-rad-okand = okänd

## Värden

# En andel i procent; $procent är ett heltal. Mellan talet och % står ett hårt mellanslag.
rapport-andel = { $procent }{"\u00A0"}%
# En median i dagar: $dagar är talet som det skrivs (t.ex. "19,5"), $antal samma tal för att välja
# ental eller plural. Mellan talet och ordet står ett hårt mellanslag.
rapport-median-dagar = { $antal ->
    [one] { $dagar }{"\u00A0"}dag
   *[other] { $dagar }{"\u00A0"}dagar
}
# Decimaltecknet i en median.
rapport-decimaltecken = ,

## Diagrammen (HTML): namnet som en skärmläsare läser upp

rapport-diagram-namn = Stapeldiagram: { $indikator }. Talen står i tabellen under diagrammet.

## Tabellernas kolumner

rapport-kolumn-grupp = Grupp
rapport-kolumn-taljare = Täljare
rapport-kolumn-namnare = Nämnare
rapport-kolumn-andel = Andel
rapport-kolumn-median = Median
# Kolumnen med textstaplar (PDF).
rapport-kolumn-diagram = Diagram
# Fördelningen av avslutade planer per orsak och av utvärderade mål per bedömning.
rapport-kolumn-orsak = Orsak
rapport-kolumn-bedomning = Bedömning
rapport-kolumn-antal = Antal

## Arbetsboken (xlsx): flikarnas namn och kolumner

rapport-flik-indikatorer = Indikatorer
rapport-flik-fordelning = Fördelning
rapport-kolumn-indikator = Indikator
rapport-kolumn-namn = Namn
rapport-kolumn-varde = Värde
rapport-kolumn-definition = Definition
rapport-kolumn-kategori = Kategori
# Raden med antalet planer som ska gallras.
rapport-ska-gallras = ska gallras i dag

## Fel från `sip report`

# Perioden börjar efter att den slutar.
rapport-fel-period = --from { $fran } ligger efter --to { $till }
# PDF och xlsx skrivs till en fil, inte till terminalen; $format är "pdf" eller "xlsx".
rapport-fel-fil-saknas = --format { $format } skriver en fil, inte text: ange -o FIL, till exempel `sip report --format { $format } -o rapport.{ $format }`
# PDF-filen kunde inte skapas; $orsak är felet.
rapport-fel-pdf = PDF kunde inte skapas: { $orsak }
