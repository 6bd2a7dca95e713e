# Kallelsen till ett möte (sip invitation PLAN, utan --to): översikten över hela mötet, som
# samtalsledaren läser och skickar. Breven till var och en finns i brev.ftl.
# Här finns också varningarna före utskick och de fel som stoppar en kallelse, en dagordning,
# minnesanteckningar eller ett brev när samtycket saknas eller inte räcker.
# Samma id finns i ../en/kallelse.ftl på engelska.

## Kallelsen: rubrik och inledning

# Kallelsens rubrik, till det första mötet (upprättande).
kallelse-titel-upprattande = Kallelse till samordnad individuell planering (SIP)
# Kallelsens rubrik, till ett uppföljningsmöte.
kallelse-titel-uppfoljning = Kallelse till uppföljning av samordnad individuell plan (SIP)
# Första stycket under "Välkommen", till det första mötet. $namn är individens namn.
kallelse-inledning-upprattande = Du bjuds in till ett möte där en samordnad individuell plan (SIP) ska upprättas tillsammans med { $namn }. I planen står vilka insatser som behövs, vem som ansvarar för vad och vem som har det övergripande ansvaret.
# Första stycket under "Välkommen", till ett uppföljningsmöte. $namn är individens namn.
kallelse-inledning-uppfoljning = Du bjuds in till ett möte där den samordnade individuella planen (SIP) för { $namn } följs upp: vad har skett, vad finns kvar och finns det nya behov?
# Kallelsens avsnittsrubriker.
kallelse-rubrik-valkommen = Välkommen
kallelse-rubrik-syfte = Syfte med mötet
kallelse-rubrik-fragor = Frågeställningar som mötet ska fokusera på
kallelse-rubrik-inbjudna = Inbjudna
kallelse-rubrik-forberedelser = Förberedelser
kallelse-rubrik-kontakt = Kontakt
# Avsnittet sist i kallelsen, bara för samtalsledaren.
kallelse-rubrik-skicka = Till samtalsledaren: så skickar du kallelsen
# Stycket under "Förberedelser", till alla.
kallelse-forberedelser = Individen, samtalsledaren och de inbjudna behöver alla förbereda sig: läsa på, komma i tid och vara möjlighetsinriktade.
# Sidfoten: dagen kallelsen skrevs ut ($datum är utskrivet, t.ex. "1 maj 2026").
kallelse-utskriven = Utskriven { $datum }

## Kallelsen: uppgifterna överst (namn, tid och plats)

kallelse-falt-individ = Individ
kallelse-falt-foretradare = Företrädare
kallelse-falt-tid = Tid
kallelse-falt-langd = Längd
kallelse-falt-plats = Plats
kallelse-falt-digitalt = Digitalt möte
kallelse-falt-samtalsledare = Samtalsledare
# Mötets längd.
kallelse-langd =
    ungefär { $minuter ->
        [one] { $minuter } minut
       *[other] { $minuter } minuter
    }
# Det digitala mötessystemet, när överenskommelsen godkänner det ($system är dess namn, t.ex. Teams).
kallelse-digitalt-godkant = { $system } (godkänt för sekretessärenden enligt överenskommelsen)

## Kallelsen: de inbjudna, var och en med varför och vad de ska förbereda

# En inbjuden utan namn i planen.
kallelse-namn-saknas = (namn saknas)
kallelse-falt-varfor = Varför inbjuden
kallelse-falt-forbered = Förbered
# Till en part (t.ex. kommunen) som ansvarar för en insats. $part är partens namn, $insats insatsen.
kallelse-varfor-part-en-insats = { $part } ansvarar för insatsen { $insats }.
# Till en part som ansvarar för flera insatser ($insatser är uppräknade med semikolon).
kallelse-varfor-part-insatser = { $part } ansvarar för insatserna: { $insatser }.
# Till en part som enligt överenskommelsen bara deltar med information.
kallelse-varfor-part-utan-insatser = Företräder { $part }, som deltar med information men inte har egna insatser i planen.
# Till en part utan insatser i planen än.
kallelse-varfor-part = Företräder { $part }: vilka insatser kan { $part } bidra med?
# Läggs till efter meningen ovan när personen är kontaktperson för insatser ($insatser är deras id).
kallelse-kontaktperson = Kontaktperson för { $insatser }.
# En part förbereder sig inför det första mötet.
kallelse-forbered-part-upprattande = Ta reda på vilka insatser { $part } kan erbjuda utifrån syftet och frågeställningarna, och vad som krävs för att besluta om dem.
# En part med insatser förbereder sig inför en uppföljning.
kallelse-forbered-part-insatser = Redogör för hur insatserna har gått: vad som är gjort, vad som återstår och om något behöver ändras.
# En part utan insatser förbereder sig inför en uppföljning.
kallelse-forbered-part-uppfoljning = Ta med vad som har hänt hos { $part } sedan förra mötet.
# Individen, första mötet. $namn är individens namn.
kallelse-varfor-individen-upprattande = Planen gäller { $namn } och upprättas tillsammans med individen, utifrån individens behov och önskemål.
# Individen, uppföljning.
kallelse-varfor-individen-uppfoljning = Planen gäller { $namn } och följs upp tillsammans med individen, utifrån individens behov och önskemål.
# Individen förbereder sig inför det första mötet.
kallelse-forbered-individen-upprattande = Fundera på vad som är viktigast just nu, vad som fungerar och vad du vill ha hjälp med. Du får gärna ta med någon du litar på.
# Individen förbereder sig inför en uppföljning.
kallelse-forbered-individen-uppfoljning = Fundera på vad som har blivit bättre, vad som återstår och om något nytt behov har kommit till.
# En företrädare (vårdnadshavare, god man, förvaltare). $namn är individens namn.
kallelse-varfor-foretradare = Företrädare för { $namn }.
kallelse-forbered-foretradare = Stäm av med { $namn } före mötet vad som är viktigast.
# En närstående. $relation är t.ex. " (mormor)" med parentes, eller tom.
kallelse-varfor-narstaende = Närstående till { $namn }{ $relation }.
kallelse-forbered-narstaende = Fundera på hur du ser på situationen och vad du kan bidra med.
# Samtalsledaren.
kallelse-varfor-samtalsledare = Leder mötet och ser till att planen dokumenteras.
kallelse-forbered-samtalsledare = Förbered dagordningen och stäm av med { $namn } före mötet (förmöte).
# Någon annan inbjuden.
kallelse-forbered-ovrig = Läs syftet och frågeställningarna.

## Kallelsen: kontakt

# Utan namngiven samtalsledare.
kallelse-kontakt-samtalsledaren = Hör av dig till samtalsledaren om du inte kan komma, om du vill att någon mer ska bjudas in eller om du har frågor.
# Med samtalsledare ($samtalsledare är namnet, ibland med part: "Maria Lund, kommunen").
kallelse-kontakt = Samtalsledare är { $samtalsledare }. Hör av dig till samtalsledaren om du inte kan komma, om du vill att någon mer ska bjudas in eller om du har frågor.
kallelse-falt-telefon = Telefon
kallelse-falt-epost = E-post

## Kallelsen: till samtalsledaren, så skickas breven

kallelse-skicka-brev = Den här kallelsen visar hela mötet. Skicka dessutom var och en ett eget brev, skrivet för just den mottagaren:
kallelse-skicka-inga-brev = Ingen av de inbjudna kan få ett eget brev ännu: lägg till deltagare till mötet och se till att samtycket omfattar dem.
kallelse-skicka-ungt-barn = Ett barn under 12 år får inget eget brev; vårdnadshavarna får sina.
kallelse-skicka-pdf = Lägg till --format pdf -o FIL för en PDF att skriva ut eller skicka.
# Kommandot som registrerar att kallelsen är skickad.
kallelse-skicka-registrera = När kallelsen är skickad: sip meeting invited { $plan_id } { $mote_id } --date ÅÅÅÅ-MM-DD

## Vilka som kommer (i breven, plandokumentet och minnesanteckningarna)

# Efter namnet: "Maria Lund, samtalsledare".
kallelse-roll-samtalsledare = samtalsledare

## Varningar till samtalsledaren före utskick (visas på skärmen, aldrig i kallelsen)

kallelse-varning-redan-genomfort = mötet är redan genomfört.
# $system är mötets digitala system, $godkanda de system överenskommelsen godkänner.
kallelse-varning-digitalt-ej-godkant = Det digitala systemet { $system } finns inte bland överenskommelsens godkända system för sekretessärenden ({ $godkanda }).
kallelse-varning-syfte-saknas = överenskommelsen kräver att kallelsen anger mötets syfte, men planen saknar syfte (sip set PLAN --purpose TEXT).
kallelse-varning-fragor-saknas = överenskommelsen kräver att kallelsen anger frågeställningar, men planen saknar dem (sip set PLAN --question TEXT).
kallelse-varning-inget-samtycke = samtycke är inte registrerat: inga uppgifter om individen får lämnas mellan parterna förrän det finns.
# $parter är de inbjudna parter som samtycket inte omfattar.
kallelse-varning-parter-utan-samtycke = samtycket omfattar inte alla inbjudna parter: { $parter }

## Hinder: dokument som inte skrivs ut när samtycket saknas eller inte räcker (fel, avslutar sip)
## $dokument är kallelse, dagordning eller minnesanteckningar; $plan_id planens id;
## datumen är skrivna ÅÅÅÅ-MM-DD.

# Planen har inget samtycke.
kallelse-hinder-inget-samtycke =
    { $dokument ->
        [dagordning] Dagordningen
        [minnesanteckningar] Minnesanteckningarna
       *[kallelse] Kallelsen
    } skrivs inte ut: planen { $plan_id } har inget samtycke registrerat, och inga uppgifter om individen får lämnas mellan parterna utan det. Registrera samtycket först: `sip consent { $plan_id } --date ÅÅÅÅ-MM-DD --form muntligt --given-by individen --parties kommun,region`
# Samtycket återkallades före mötet.
kallelse-hinder-samtycke-aterkallat =
    { $dokument ->
        [dagordning] Dagordningen
        [minnesanteckningar] Minnesanteckningarna
       *[kallelse] Kallelsen
    } skrivs inte ut: samtycket återkallades { $aterkallat } (mötet är { $motesdag }). Avsluta planen med `sip close { $plan_id } --reason samtycke_återkallat`, eller registrera ett nytt samtycke med `sip consent { $plan_id } --date ÅÅÅÅ-MM-DD …` om individen samtycker igen
# Samtycket gällde inte längre på mötesdagen.
kallelse-hinder-samtycke-utgatt =
    { $dokument ->
        [dagordning] Dagordningen
        [minnesanteckningar] Minnesanteckningarna
       *[kallelse] Kallelsen
    } skrivs inte ut: samtycket gällde till { $giltigt_till }, och mötet är { $motesdag }. Förnya samtycket med individen och registrera det: `sip consent { $plan_id } --valid-until ÅÅÅÅ-MM-DD`
# Samtycket är daterat efter mötet.
kallelse-hinder-samtycke-efter-motet =
    { $dokument ->
        [dagordning] Dagordningen
        [minnesanteckningar] Minnesanteckningarna
       *[kallelse] Kallelsen
    } skrivs inte ut: samtycket gavs { $givet }, efter mötet { $motesdag }. Rätta samtyckets datum om det gavs tidigare: `sip consent { $plan_id } --date ÅÅÅÅ-MM-DD`

## Hinder: brev (sip invitation PLAN --to …) som inte skrivs

# Brevet till en part som samtycket inte omfattar. $part_namn är partens namn, $part dess id.
kallelse-hinder-part = kallelsen skickas inte till { $part_namn }: samtycket omfattar inte den parten. Fråga individen och lägg till parten i samtycket: `sip consent { $plan_id } --add-party { $part }`
# Brevet till en närstående som individen inte vill ha med.
kallelse-hinder-narstaende-nej = brevet skrivs inte: individen vill inte att { $namn } deltar (får_delta: nej). Om individen ändrar sig: `sip relative set { $plan_id } "{ $namn }" --participation ja`
# Brevet till någon som inte är deltagare i mötet. $roll är rollen i kommandot (t.ex. närstående).
kallelse-hinder-inte-inbjuden = brevet skrivs inte: { $namn } är inte inbjuden till mötet { $mote_id }. Lägg först till hen som deltagare: `sip meeting participant add { $plan_id } { $mote_id } "{ $namn }:{ $roll }"`
# Brevet till någon som deltar utan part och som samtycket inte nämner.
kallelse-hinder-ovrig = brevet skrivs inte: samtycket omfattar inte { $namn }, som deltar utan part. Fråga individen och lägg till hen i samtycket: `sip consent { $plan_id } --add-other "{ $namn }"`
