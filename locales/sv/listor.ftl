# Listorna: sip list, sip followups (över mappen och för en plan), sip stats, kalendern
# (--format ics) och arbetsboken (--format xlsx).
# Samma id finns i ../en/listor.ftl på engelska.

## Gemensamma kolumnrubriker i tabellerna och i arbetsboken

# Kolumnrubriker i sip list, sip followups och sip stats (tabell och Excel).
lista-kolumn-plan = Plan
lista-kolumn-fil = Fil
lista-kolumn-individ = Individ
lista-kolumn-overenskommelse = Överenskommelse
lista-kolumn-status = Status
lista-kolumn-overgripande-ansvar = Övergripande ansvar
lista-kolumn-nasta-uppfoljning = Nästa uppföljning
lista-kolumn-fel = Fel
lista-kolumn-varningar = Varningar
lista-kolumn-datum = Datum
lista-kolumn-tid = Tid
lista-kolumn-dagar = Dagar
lista-kolumn-slag = Slag
lista-kolumn-vad = Vad
lista-kolumn-part = Part
lista-kolumn-person = Person
lista-kolumn-ansvarig = Ansvarig
lista-kolumn-samtalsledare = Samtalsledare
lista-kolumn-id = Id
lista-kolumn-insats = Insats
lista-kolumn-start = Start
lista-kolumn-slut = Slut
lista-kolumn-mal = Mål
lista-kolumn-matt = Mått
lista-kolumn-senast = Senast

## sip list

# Det sip list skriver när mappen inte har några planer.
lista-inga-planer = inga planer
# Kolumnrubriker i tabellen från sip list; de korta används i ett smalt terminalfönster.
lista-kolumn-plan-individ = Plan, individ
lista-kolumn-overenskommelse-kort = Överensk.
lista-kolumn-ansvar-kort = Ansvar
lista-kolumn-uppfoljning = Uppföljning
lista-kolumn-fel-kort = Fel
lista-kolumn-varningar-kort = Varn
# I statuskolumnen för en planfil som inte går att läsa.
lista-kan-inte-lasas = kan inte läsas
# Sista raden under tabellen från sip list.
lista-summering = { $planer ->
        [one] { $planer } plan
       *[other] { $planer } planer
    }: { $fel } fel, { $varningar ->
        [one] { $varningar } varning
       *[other] { $varningar } varningar
    }.
# Sista raden under tabellen från sip list när några filer inte går att läsa.
lista-summering-med-olasliga = { $planer ->
        [one] { $planer } plan
       *[other] { $planer } planer
    }, { $filer ->
        [one] { $filer } fil
       *[other] { $filer } filer
    } som inte kan läsas: { $fel } fel, { $varningar ->
        [one] { $varningar } varning
       *[other] { $varningar } varningar
    }.

## sip followups (över hela mappen)

# Det sip followups skriver när inget ska följas upp.
lista-inget-att-folja-upp = inget att följa upp
# Kolumnrubrik i ett smalt terminalfönster: tre uppgifter i samma cell, en per rad.
lista-kolumn-plan-individ-samtalsledare =
    Plan
    Individ
    Samtalsledare
# I kolumnen "Vad" när fristen har passerat; $text är det som ska göras.
lista-vad-forsenad = { $text } (försenad)
# Sista raden under tabellen från sip followups.
lista-uppfoljning-summering = { $antal ->
        [one] { $antal } punkt
       *[other] { $antal } punkter
    }, varav { $forsenade ->
        [one] { $forsenade } försenad
       *[other] { $forsenade } försenade
    }.

# Punkterna i uppföljningslistan (kolumnen "Vad", kalenderns rubrik).
lista-punkt-avsluta = Avsluta planen: samtycket återkallades
lista-punkt-uppfoljning = Uppföljning
lista-punkt-inget-datum = Inget datum för uppföljning
lista-punkt-kalla-efter-utskrivning = Kalla till SIP: slutenvården underrättade { $datum } om att patienten är utskrivningsklar; den fasta vårdkontakten kallar inom tre dagar från underrättelsen (lag 2017:612 4 kap. 3 §)
lista-punkt-forsta-kallelse = Skicka den första kallelsen: överenskommelsen ger högst { $dagar ->
        [one] { $dagar } dag
       *[other] { $dagar } dagar
    } från initieringen { $datum }
lista-punkt-skicka-kallelse = Skicka kallelse till { $mote } inför mötet { $datum }
lista-punkt-mote = Möte { $mote } kl. { $tid }
# Som ovan, med mötets slag (till exempel "uppföljningsmöte").
lista-punkt-mote-med-slag = Möte { $mote }, { $slag } kl. { $tid }
lista-punkt-insats-slutar = Insats { $insats } slutar: { $beskrivning }
lista-punkt-mal-senast = Mål { $mal } senast: { $beskrivning }
lista-punkt-samtycke-upphor = Samtycket upphör
lista-punkt-fyller-18 = Fyller 18 år: individens eget samtycke behövs
# En avslutad plan som ska gallras; $ar är antalet år planen sparas.
lista-punkt-gallras = Gallras: sista anteckning { $sista }, { $ar } år (sip gallra)

## sip followups PLAN (en plans checklista)

# Första raden.
lista-checklista-rubrik = Uppföljning av { $plan } – { $individ }
# Rubrikerna till vänster i checklistans huvud.
lista-falt-overenskommelse = Överenskommelse:
lista-falt-status = Status:
lista-falt-samtalsledare = Samtalsledare:
lista-falt-overgripande-ansvar = Övergripande ansvar:
lista-falt-nasta-uppfoljning = Nästa uppföljning:
lista-falt-nasta-mote = Nästa möte:
lista-falt-kallelse = Kallelse:
# Värden i checklistans huvud.
lista-inget-datum = inget datum
lista-inget-inplanerat = inget inplanerat
lista-kallelse-inte-skickad = inte skickad
lista-kallelse-skickad = skickad { $datum }
# Efter ett mötes plats: länken eller verktyget för ett digitalt möte.
lista-mote-digitalt = digitalt via { $digitalt }
# Hur långt det är till nästa uppföljning, inom parentes efter datumet.
lista-dagar-i-dag = i dag
lista-dagar-i-morgon = i morgon
lista-dagar-om = om { $antal ->
        [one] { $antal } dag
       *[other] { $antal } dagar
    }
lista-dagar-i-gar = i går, försenad
lista-dagar-sedan = { $antal ->
        [one] { $antal } dag
       *[other] { $antal } dagar
    } sedan, försenad
# Rubrikerna för checklistans delar; "($antal)" är antalet försenade punkter.
lista-forsenat-inget = Försenat: inget
lista-forsenat = Försenat ({ $antal })
lista-kommande-frister = Kommande frister
lista-insatser-inga = Insatser: inga
lista-insatser = Insatser
lista-mal-inga = Mål: inga
lista-mal = Mål
lista-atgarder-av-andra = Åtgärder av andra
lista-oppna-behov-inga = Öppna behov: inga
lista-oppna-behov = Öppna behov (ingen insats tar hand om dem)
lista-forra-motet-inget = Förra mötet: inget hållet
# $mote är mötets id, slag, tid och plats.
lista-forra-motet = Förra mötet: { $mote }
lista-inga-anteckningar = (inga anteckningar)
# I insatstabellen, under insatsen.
lista-utforare = Utförare: { $utforare }

## Kalendern (--format ics)

# Kalenderns namn i kalenderprogrammet.
lista-kalender-namn = SIP-uppföljning
# Rader i en händelses beskrivning.
lista-kalender-plan = Plan: { $plan }
lista-kalender-ansvarig = Ansvarig: { $ansvarig }
lista-kalender-samtalsledare = Samtalsledare: { $samtalsledare }

## sip stats

# Det sip stats skriver om urvalet: alla planer, eller de initierade mellan två datum.
lista-statistik-alla-planer = alla planer
lista-statistik-initierade = initierade { $fran }–{ $till }
# Första raden; $urval är något av de två ovan.
lista-statistik-rubrik = Statistik { $idag } ({ $urval })
# Andra raden: antalen i hela urvalet.
lista-statistik-antal = Planer: { $planer }   Insatser: { $insatser }
# När små antal döljs (röjandeskydd).
lista-statistik-doljs = Antal 1–4 visas som <5 (röjandeskydd; --no-suppress visar dem).
# En tabell eller kategori utan rader.
lista-statistik-inga = (inga)
# Kategorin som räknar alla planer eller alla insatser.
lista-statistik-alla = alla
# En kategori utan uppgift, och en kategori sip inte känner till.
lista-statistik-uppgift-saknas = uppgift saknas
lista-statistik-okant = okänt
# Kolumnrubriker i statistikens tabeller.
lista-kolumn-totalt = Totalt
lista-kolumn-kvinnor = Kvinnor
lista-kolumn-man = Män
lista-kolumn-annat = Annat
lista-kolumn-kon-saknas-kort = Uppg. saknas
lista-kolumn-kon-saknas = Kön saknas
lista-kolumn-alder = Ålder
lista-kolumn-kategori = Kategori
# Åldersgruppen för den vars ålder inte är känd.
lista-alder-okand = okänd
# Nyckeltal, i tabellen och i arbetsbokens översikt.
lista-statistik-andel-i-tid = Andel pågående planer med uppföljning i tid
lista-statistik-forsta-mote = Planer med första hållna möte
lista-statistik-median = Median, dagar från initiering till första hållna möte
# Raderna under tabellerna; $andel och $median är ett tal eller "–", $antal ett tal eller "<5".
lista-statistik-andel-rad = { lista-statistik-andel-i-tid }: { $andel }
lista-statistik-median-rad = { lista-statistik-median }: { $median } ({ $antal ->
        [one] { $antal } plan
       *[other] { $antal } planer
    })
# Tabellernas rubriker.
lista-statistik-planer = Planer
lista-statistik-insatser = Insatser
lista-statistik-efter-status = Planer efter status
lista-statistik-efter-overenskommelse = Planer efter överenskommelse
lista-statistik-efter-initierande-part = Planer efter initierande part
lista-statistik-efter-overgripande-ansvar = Planer efter part med övergripande ansvar
lista-statistik-insatser-efter-huvudman = Insatser efter huvudman
lista-statistik-insatser-efter-status = Insatser efter status
lista-statistik-uppfoljning = Pågående planer: uppföljning
lista-statistik-avslutsorsak = Avslutade planer efter orsak
lista-statistik-malens-utfall = Utvärderade mål efter utfall

## Arbetsboken (--format xlsx)

# Bladens namn (högst 31 tecken, inga av tecknen [ ] : * ? / \).
lista-blad-planer = Planer
lista-blad-uppfoljning = Uppföljning
lista-blad-oversikt = Översikt
lista-blad-insatser = Insatser
lista-blad-status = Status
lista-blad-overenskommelse = Överenskommelse
lista-blad-initierande-part = Initierande part
lista-blad-overgripande-ansvar = Övergripande ansvar
lista-blad-insatser-efter-huvudman = Insatser efter huvudman
lista-blad-insatser-efter-status = Insatser efter status
lista-blad-avslutsorsak = Avslutsorsak
lista-blad-malens-utfall = Målens utfall
# Översiktsbladets kolumner och rader.
lista-kolumn-uppgift = Uppgift
lista-kolumn-varde = Värde
lista-oversikt-dagens-datum = Dagens datum
lista-oversikt-initierade-fran = Initierade från
lista-oversikt-initierade-till = Initierade till
lista-oversikt-doljs = Antal 1–4 visas som <5
lista-ja = ja
lista-nej = nej
