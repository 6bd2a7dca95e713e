# Breven till var och en som bjuds in till ett möte (sip invitation PLAN --to MOTTAGARE):
# till individen, till en företrädare (vårdnadshavare, god man, förvaltare), till en part
# (kallelse till kommun och region, inbjudan till andra parter) och till en närstående eller
# någon annan. Varje brev säger varför just mottagaren bjuds in och vad hen kan förbereda.
# Breven skrivs med "du" till mottagaren. $fornamn är individens förnamn; $fornamn_genitiv
# samma namn i genitiv ("Wilmas", "Lars"); $namn är individens hela namn; $part en parts namn;
# datumen är utskrivna ("26 maj 2026").
# Samma id finns i ../en/brev.ftl på engelska.

## Fel

# Planen har inget möte att skriva brev till.
brev-inget-mote = inget möte
# --to nämner ingen som finns i planen. $mottagare är det som skrevs, $kanda de som går att välja.
brev-okand-mottagare = okänd mottagare `{ $mottagare }`: skriv individen, en parts id eller namnet på en deltagare ({ $kanda })

## Rubriken (alla brev)

# Brevet till individen. $mote är upprattande (det första mötet) eller uppfoljning.
brev-titel-individen =
    { $mote ->
        [uppfoljning] Välkommen till ett uppföljningsmöte om din plan
       *[upprattande] Välkommen till ett möte om din plan
    }
# Brevet till en företrädare. $namn_genitiv är individens hela namn i genitiv.
brev-titel-foretradare = Välkommen till ett möte om { $namn_genitiv } plan
# Brevet till kommunen eller regionen: en kallelse.
brev-titel-huvudman =
    { $mote ->
        [uppfoljning] Kallelse till uppföljning av samordnad individuell plan (SIP)
       *[upprattande] Kallelse till samordnad individuell planering (SIP)
    }
# Brevet till en annan part, en närstående eller någon annan: en inbjudan.
brev-titel-inbjudan =
    { $mote ->
        [uppfoljning] Inbjudan till uppföljning av samordnad individuell plan (SIP)
       *[upprattande] Inbjudan till samordnad individuell planering (SIP)
    }
# Under rubriken när individen har skyddade personuppgifter.
brev-skyddade-uppgifter = Skyddade personuppgifter – hanteras enligt rutin

## Tid och plats överst (alla brev)

brev-falt-till = Till
brev-falt-tid = Tid
brev-falt-plats = Plats
brev-falt-digitalt = Digitalt
# Platsen när individen har skyddade personuppgifter.
brev-plats-skyddad = samtalsledaren berättar var mötet hålls
# Platsen när mötet bara är digitalt. $system är t.ex. Teams.
brev-plats-digitalt = digitalt möte via { $system }

## Brevet till individen eller en företrädare

# Hälsningen. $fornamn är mottagarens förnamn.
brev-halsning = Hej { $fornamn }!
# Till en företrädare, efter hälsningen. $roll är vardnadshavare, forvaltare, god-man eller
# foretradare (när planen inte säger vilket).
brev-som-foretradare =
    { $roll ->
        [vardnadshavare] Du får det här brevet som vårdnadshavare för { $fornamn }.
        [forvaltare] Du får det här brevet som förvaltare för { $fornamn }.
        [god-man] Du får det här brevet som god man för { $fornamn }.
       *[foretradare] Du får det här brevet som företrädare för { $fornamn }.
    }
# Till individen, första mötet.
brev-individen-inledning-upprattande = På mötet gör vi tillsammans en plan för det stöd du behöver. Alla som ger stöd kommer till samma möte. Då behöver du inte berätta samma sak för var och en. Det är du som vet bäst vad som är viktigt för dig.
# Till individen, uppföljning.
brev-individen-inledning-uppfoljning = Vi vill gärna träffas igen för att se hur det har gått med planen: vad som har blivit bättre, vad som återstår och om något nytt har kommit till. Alla som ger stöd kommer till samma möte. Då behöver du inte berätta samma sak för var och en.
# Till en företrädare, första mötet.
brev-foretradare-inledning-upprattande = På mötet gör vi tillsammans en plan för det stöd { $fornamn } behöver. Alla som ger stöd kommer till samma möte. Det du vet om { $fornamn_genitiv } situation är viktigt för planen.
# Till en företrädare, uppföljning.
brev-foretradare-inledning-uppfoljning = Vi vill gärna träffas igen för att se hur det har gått med { $fornamn_genitiv } plan: vad som har blivit bättre, vad som återstår och om { $fornamn } behöver något nytt. Alla som ger stöd kommer till samma möte.
# Avsnittsrubriker.
brev-rubrik-valkommen = Välkommen
brev-rubrik-vad-motet-handlar-om = Vad mötet handlar om
brev-rubrik-fundera = Fundera gärna på det här före mötet
brev-rubrik-bra-att-veta = Bra att veta
# Rubriken över samtycket: "Ditt samtycke" när individen själv gav det och brevet går till hen.
brev-rubrik-samtycket = Samtycket
brev-rubrik-ditt-samtycke = Ditt samtycke
# Frågor att fundera på, till individen, första mötet.
brev-fundera-individen-viktigast = Vad är viktigast för dig just nu?
brev-fundera-individen-fungerar = Vad fungerar bra, och vad vill du ha hjälp med?
# Frågor att fundera på, till individen, uppföljning. $mal är planens mål, åtskilda med semikolon.
brev-fundera-individen-battre = Vad har blivit bättre sedan förra mötet, och vad har varit svårt?
brev-fundera-individen-mal = Hur går det med målen: { $mal }?
brev-fundera-individen-nytt-stod = Behöver du något nytt stöd?
# Frågor att fundera på, till en företrädare, första mötet.
brev-fundera-foretradare-viktigast = Vad tror du är viktigast för { $fornamn }?
brev-fundera-foretradare-fungerar = Vad fungerar bra för { $fornamn }, och vad behöver { $fornamn } hjälp med?
# Frågor att fundera på, till en företrädare, uppföljning.
brev-fundera-foretradare-battre = Vad har blivit bättre för { $fornamn } sedan förra mötet, och vad har varit svårt?
brev-fundera-foretradare-mal = Hur tycker du att det går med målen: { $mal }?
brev-fundera-foretradare-nytt-stod = Behöver { $fornamn } något nytt stöd?
# Bra att veta: mötets längd (också i brevet till en part).
brev-motet-tar =
    Mötet tar ungefär { $minuter ->
        [one] { $minuter } minut
       *[other] { $minuter } minuter
    }.
# Bra att veta: tolken. $sprak är språket, t.ex. arabiska.
brev-tolk-bokad = Vi har bokat en tolk på { $sprak }.
brev-tolk-fraga = Säg till om du behöver tolk eller något annat för att kunna vara med.
brev-stodperson = Du får gärna ta med en stödperson, någon du litar på.
# Samtycket, till en ung person vars vårdnadshavare gav samtycket. $parter är parterna ("kommunen, regionen och AF").
brev-samtycke-givet-for-dig = Det finns ett samtycke till att { $parter } får lämna uppgifter om dig till varandra, så att de kan planera stödet tillsammans.
# Samtycket, till en företrädare.
brev-samtycke-foretradare = Det finns ett samtycke till att { $parter } får lämna uppgifter om { $fornamn } till varandra, så att de kan planera stödet tillsammans.
# Samtycket, till individen som själv gav det.
brev-samtycke-ditt = Du har samtyckt till att { $parter } får lämna uppgifter om dig till varandra, så att de kan planera stödet tillsammans.
# Vad samtycket omfattar, med planens egna ord ($omfattning, t.ex. "uppgifter om hälsa och skola").
brev-samtycke-omfattar = Samtycket omfattar { $omfattning }.
brev-samtycke-giltigt-till = Samtycket gäller till och med { $datum }.
# Hur samtycket tas tillbaka. $samtalsledare är samtalsledarens namn.
brev-samtycke-aterkalla = Samtycket kan tas tillbaka när som helst. Säg det i så fall till { $samtalsledare }.
brev-samtycke-aterkalla-samtalsledaren = Samtycket kan tas tillbaka när som helst. Säg det i så fall till samtalsledaren.

## Brevet till en part (kallelse till kommun och region, inbjudan till andra)

# Inledningen till kommunen eller regionen, som ska upprätta planen enligt lag.
brev-part-kallas = { $part } kallas till ett möte om { $namn_genitiv } samordnade individuella plan (SIP). Kommunen och regionen ska tillsammans upprätta en sådan plan när en person behöver insatser från båda, om de bedömer att planen behövs och personen samtycker (SoL 10 kap. 8 §, HSL 16 kap. 4 §).
# Inledningen till en annan part.
brev-part-bjuds-in = { $part } bjuds in till ett möte om { $namn_genitiv } samordnade individuella plan (SIP).
# Samtycket, till en part. $parter är parterna samtycket omfattar.
brev-part-samtycke = Det finns ett samtycke till att uppgifter om { $namn } lämnas mellan { $parter }.
# Som ovan, när samtycket gäller till ett visst datum.
brev-part-samtycke-till = Det finns ett samtycke till att uppgifter om { $namn } lämnas mellan { $parter }, till och med { $datum }.
brev-rubrik-motet = Mötet
# Rubriken över varför parten bjuds in.
brev-rubrik-varfor-part = Varför { $part } bjuds in
# Parten har insatser i planen; de står i en lista efter meningen.
brev-part-ansvarar-for = { $part } ansvarar i planen för:
# Parten deltar enligt överenskommelsen bara med kunskap.
brev-part-utan-insatser = { $part } deltar med information och kunskap om sitt område, men har inga egna insatser i planen.
# Parten har inga insatser i planen än.
brev-part-kan-bidra = { $namn } kan behöva stöd som { $part } ger. På mötet bedömer vi tillsammans vad { $part } kan bidra med.
brev-rubrik-fragor = Frågor som mötet ska besvara
brev-rubrik-forbered = Förbered
# Parten förbereder sig inför det första mötet.
brev-part-forbered-upprattande = Ta reda på vilka insatser { $part } kan erbjuda utifrån syftet och frågorna, och vad som krävs för att besluta om dem. Ha med den som kan fatta beslut, eller ett mandat att göra det.
# Parten har insatser och förbereder sig inför en uppföljning.
brev-part-forbered-insatser = Redogör för hur era insatser har gått: vad som är gjort, vad som återstår och om något behöver ändras.
# Parten har inga insatser och förbereder sig inför en uppföljning.
brev-part-forbered-uppfoljning = Ta med vad som har hänt hos { $part } sedan förra mötet.

## Brevet till en närstående eller någon annan

# När individen är under 18 år (vårdnadshavarna bestämmer vem som bjuds in).
brev-narstaende-inledning-barn = Vi vill gärna att du är med på ett möte om { $fornamn_genitiv } plan. Planen är en samordnad individuell plan (SIP): den beskriver vilket stöd { $fornamn } får och vem som gör vad. Du kan berätta hur du ser på situationen och vad du själv kan bidra med.
# När individen är vuxen (hen bjuder själv in).
brev-narstaende-inledning-vuxen = { $fornamn } vill gärna att du är med på ett möte om sin plan. Planen är en samordnad individuell plan (SIP): den beskriver vilket stöd { $fornamn } får och vem som gör vad. Du kan berätta hur du ser på situationen och vad du själv kan bidra med.
brev-narstaende-forbered-upprattande = Fundera på hur du ser på situationen och vad du kan bidra med.
brev-narstaende-forbered-uppfoljning = Fundera på vad som har hänt sedan förra mötet och vad som fortfarande behövs.

## Vilka som kommer och kontakt (alla brev)

brev-rubrik-vilka-kommer = Vilka som kommer
brev-rubrik-kontakt = Kontakt
brev-falt-samtalsledare = Samtalsledare
brev-falt-telefon = Telefon
brev-falt-epost = E-post
# Med samtalsledarens namn.
brev-kontakta = Hör av dig till { $samtalsledare } om du inte kan komma, om du vill att någon mer ska bjudas in eller om du har frågor.
# Utan namngiven samtalsledare.
brev-kontakta-samtalsledaren = Hör av dig till samtalsledaren om du inte kan komma, om du vill att någon mer ska bjudas in eller om du har frågor.
# Sidfoten: dagen brevet skrevs ut.
brev-utskriven = Utskriven { $datum }
