## Det som alla dokument delar: rubriker, ord, datum, sidnummer och PDF-metadata

# Dokumenten: ändringar i planen sedan ett möte
dokument-planen-har-inte-andrats-sedan = Planen har inte ändrats sedan dess.

# Alla dokument: ett värde som planen inte anger
dokument-ej-angivet = ej angivet

# Alla dokument: något som mötet ska besluta
dokument-att-besluta = att besluta

# Dokumenten: vilket slags möte
dokument-upprattande-av-planen = Upprättande av planen

# Dokumenten: vilket slags möte
dokument-uppfoljning-av-planen = Uppföljning av planen

# Dagordning och kallelse: fälten överst om mötet
dokument-individ = Individ

# Dagordning och kallelse: fälten överst om mötet
dokument-inte-inplanerat = (inte inplanerat)

# Dagordning och kallelse: fälten överst om mötet
dokument-mote = Möte

# Dagordning och kallelse: fälten överst om mötet
dokument-tid = Tid

# Dagordning och kallelse: fälten överst om mötet
dokument-plats = Plats

# Dagordning och kallelse: fälten överst om mötet
dokument-digitalt-mote = Digitalt möte

# Dagordning och kallelse: fälten överst om mötet
dokument-samtalsledare = Samtalsledare

# Dagordning och kallelse: fälten överst om mötet
dokument-plan = Plan

# Dagordning och kallelse: fälten överst om mötet
dokument-mote-och-slag = { $mote } – { $slag }

# Dokumenten: platsen när individen har skyddade personuppgifter
dokument-samtalsledaren-berattar-var-motet-halls = samtalsledaren berättar var mötet hålls

# Dokumenten: under titeln vid skyddade personuppgifter
dokument-skyddade-personuppgifter-hanteras-enligt-rutin = Skyddade personuppgifter – hanteras enligt rutin

# Dokumenten: grupper av deltagare
dokument-individen-och-narstaende = Individen och närstående

# Dokumenten: grupper av deltagare
dokument-ovriga = Övriga

# Dokumenten: grupper av deltagare
dokument-roll-foretradare = företrädare

# Dokumenten: individens egna ord
dokument-nulage = Nuläge

# Dokumenten: individens egna ord
dokument-det-har-gor-namn-sjalv = Det här gör { $namn } själv:

# Dokumenten: rubrik för individens egna ord
dokument-individens-mal-med-egna-ord = Individens mål, med egna ord

# Dokumenten: en uppräkning, "A, B och C" ($forsta är "A, B")
dokument-och = { $forsta } och { $sista }

# Dokumenten: en insats på en rad
dokument-insats-ansvarig = ansvarig: { $part }

# Dokumenten: en insats på en rad
dokument-insats-utforare = utförare: { $utforare }

# Dokumenten: en insats på en rad
dokument-insats-kontakt = kontakt: { $kontakt }

# Dokumenten: en insats tidsperiod
dokument-fran = från { $datum }

# Dokumenten: en insats tidsperiod
dokument-till = till { $datum }

# Kallelsen vid utskrivning från slutenvård
dokument-patientens-fasta-vardkontakt-i-den = Patientens fasta vårdkontakt i den öppna vården kallar till mötet.

# Kallelsen vid utskrivning från slutenvård
dokument-fast-vardkontakt-kallar = Patientens fasta vårdkontakt, { $kontakt }, kallar till mötet.

# Kallelsen vid utskrivning från slutenvård
dokument-kallelse-vid-utskrivning = Det här är kallelsen enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård (4 kap. 3 §). Slutenvården meddelade { $datum } att patienten är utskrivningsklar. { $vardkontakt }

# Dokumenten: raden överst på varje sida
dokument-fodd = född { $datum }

# Dokumenten: sidfoten
dokument-sidfot = Överenskommelse: { $overenskommelse } · Utskriven { $datum }

# Plandokumentet och minnesanteckningarna: åtgärder av andra och det individen gör själv
dokument-ovriga-atgarder-av-andra = Övriga åtgärder av andra: { $varde }

# Plandokumentet och minnesanteckningarna: åtgärder av andra och det individen gör själv
dokument-inga-bedomt-inga-atgarder-av = Inga (bedömt: inga åtgärder av andra).

# Plandokumentet och minnesanteckningarna: åtgärder av andra och det individen gör själv
dokument-det-har-gor-jag-sjalv = Det här gör jag själv

# Plandokumentet och minnesanteckningarna: åtgärder av andra och det individen gör själv
dokument-atgard-av = { $atgard } (av: { $av })

# Dagordningen: samtycket på en rad
dokument-samtycke-form = Samtycke { $form }, { $datum }

# Dagordningen: samtycket på en rad
dokument-samtycke-givet-av = givet av { $givare }

# Dagordningen: samtycket på en rad
dokument-samtycke-omfattar = omfattar { $parter }

# Dagordningen: samtycket på en rad
dokument-samtycke-giltigt-till = giltigt till { $datum }

# PDF: dokumentets slag i metadata
dokument-pdf-slag =
    { $slag ->
        [agenda] Dagordning
        [invitation] Kallelse
        [protocol] Minnesanteckningar
        [plan] Samordnad individuell plan
        [report] Rapport om SIP-arbetet
       *[other] Dokument
    }

# PDF och HTML: sidnumrering längst ned på varje sida
dokument-sidnummer = Sida { $sida } av { $sidor }

# PDF: underskriftsrad
dokument-datum = Datum

# HTML: anteckning och underskriftsrad
dokument-obs = Obs

# Markdown: underskriftsrad och anteckning
dokument-underskrift = underskrift

# Markdown: underskriftsrad och anteckning
dokument-datum-2 = datum

# Dokumentkommandona (sip agenda, invite, show, protocol …): fel, och varje varning till samtalsledaren på stderr
dokument-varning = varning: { $text }

# Dokumentkommandona (sip agenda, invite, show, protocol …): fel, och varje varning till samtalsledaren på stderr
dokument-pdf-inte-till-terminalen = en PDF skrivs inte till terminalen: ange -o FIL.pdf eller omdirigera utdata (> FIL.pdf)

# Dokumentkommandona (sip agenda, invite, show, protocol …): fel, och varje varning till samtalsledaren på stderr
dokument-pdf-kunde-inte-skapas = PDF kunde inte skapas: { $fel }

# Dokumentkommandona (sip agenda, invite, show, protocol …): fel, och varje varning till samtalsledaren på stderr
dokument-kunde-inte-skapas = dokumentet kunde inte skapas: { $fel }

# Dokumenten: fel när mötet inte finns (sip agenda, sip invite, sip protocol)
dokument-okant-mote = okänt möte `{ $mote }` i planen { $plan_id } (planens möten: { $moten })

# Dokumenten: fel när mötet inte finns (sip agenda, sip invite, sip protocol)
dokument-okant-mote-inga-moten = okänt möte `{ $mote }` i planen { $plan_id } (planen har inga möten)

# Dokumenten: fel när mötet inte finns (sip agenda, sip invite, sip protocol)
dokument-inget-mote = planen { $plan_id } har inget möte: lägg till det först med `sip meeting add { $plan_id } --kind upprättande --at "ÅÅÅÅ-MM-DD TT:MM"`

# Kallelsen: varning (stderr) när överenskommelsens kallelsetid inte hålls
dokument-kallelsen-skickades-sent =
    kallelsen skickades { $datum } ({ $dagar ->
        [one] { $dagar } dag
       *[other] { $dagar } dagar
    } före mötet); överenskommelsen kräver minst { $minst ->
        [one] { $minst } dag
       *[other] { $minst } dagar
    }.

# Kallelsen: varning (stderr) när överenskommelsens kallelsetid inte hålls
dokument-kallelsen-inte-skickad =
    kallelsen är inte skickad och mötet är om { $dagar ->
        [one] { $dagar } dag
       *[other] { $dagar } dagar
    }; överenskommelsen kräver minst { $minst ->
        [one] en dags
       *[other] { $minst } dagars
    } framförhållning.

# Datum som i ett brev: "tisdag 1 december 2026", veckodagar och månader
dokument-langt-datum = { $veckodag } { $dag } { $manad } { $ar }

# Datum som i ett brev: "tisdag 1 december 2026", veckodagar och månader
dokument-veckodag =
    { $nummer ->
        [1] måndag
        [2] tisdag
        [3] onsdag
        [4] torsdag
        [5] fredag
        [6] lördag
       *[7] söndag
    }

# Datum som i ett brev: "tisdag 1 december 2026", veckodagar och månader
dokument-manad =
    { $nummer ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    }

# Datum och tid som i ett brev
dokument-langt-datum-och-tid = { $datum } kl. { $timme }.{ $minut }

# Fel när samtycke saknas: dokumentets namn i meningen
dokument-namn-dagordning = dagordningen

# Fel när samtycke saknas: dokumentets namn i meningen
dokument-namn-minnesanteckningar = minnesanteckningarna

