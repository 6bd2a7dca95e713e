# Reglernas meddelanden i sip check: ett per regelkod (sip rules visar dem).
# Variablerna fylls av regeln: $key nyckeln, $problem felet, $what vad som saknas osv.

# S001 ogiltig-fil
fynd-S001 = Filen kan inte läsas som en plan: { $problem }
# S002 okänd-nyckel
fynd-S002 = Okänd nyckel `{ $key }`{ $suggestion }
# S003 ogiltigt-värde
fynd-S003 = `{ $key }`: { $problem }
# S004 dubblett-id
fynd-S004 = Id `{ $id }` används redan { $where }
# S005 okänd-överenskommelse
fynd-S005 = Överenskommelsen `{ $agreement }` finns inte
# S006 okänd-hänvisning
fynd-S006 = `{ $reference }` finns inte bland planens { $list }
# S007 filnamn-matchar-inte-id
fynd-S007 = Filen heter `{ $file }` men planens id är `{ $id }`
# S008 ogiltigt-personnummer
fynd-S008 = Personnumret är ogiltigt: { $problem }
# S009 personuppgift-i-sökväg
fynd-S009 = Sökvägen `{ $path }` innehåller individens { $what }
# L001 insatser-saknas
fynd-L001 = Planen anger inga insatser (punkt 1: vilka insatser som behövs)
# L002 insats-utan-huvudman
fynd-L002 = Insatsen { $id } anger inte vem som ansvarar för den (punkt 2)
# L003 åtgärder-av-andra-saknas
fynd-L003 = Planen anger inte vilka åtgärder som ska vidtas av andra än kommunen och regionen (punkt 3)
# L004 övergripande-ansvar-saknas
fynd-L004 = Planen anger inte vem av huvudmännen som har det övergripande ansvaret{ $detail }
# L005 samtycke-saknas
fynd-L005 = Planen är { $status } men saknar registrerat samtycke{ $detail }
# L006 samtycke-återkallat
fynd-L006 = Samtycket återkallades { $date } men planen är inte avslutad
# L007 part-utanför-samtycket
fynd-L007 = Parten `{ $party }` { $role } men omfattas inte av samtycket
# L008 individen-deltog-inte
fynd-L008 = Upprättandemötet { $id } hölls utan individen eller en företrädare
# L009 vårdnadshavare-saknas-i-samtycket
fynd-L009 = Individen var under { $age } år när samtycket gavs, och { $problem }
# L010 närstående-mot-individens-vilja
fynd-L010 = En närstående som individen inte vill ska delta är inbjuden till { $id }
# L011 myndig-utan-eget-samtycke
fynd-L011 = Individen har fyllt 18 år sedan samtycket gavs av andra: individens eget samtycke behövs
# A001 utanför-överenskommelsens-giltighet
fynd-A001 = Planen initierades { $date }, utanför överenskommelsens giltighet ({ $period })
# A002 ålder-utanför-målgruppen
fynd-A002 = Individen var { $age } år på initieringsdagen, utanför den här överenskommelsens målgrupp ({ $min }–{ $max } år); kommunen och regionen är ändå skyldiga att upprätta en SIP enligt lagen
# A003 sysselsättning-utanför-målgruppen
fynd-A003 = Sysselsättningen `{ $value }` ligger utanför den här överenskommelsens målgrupp ({ $allowed }); kommunen och regionen är ändå skyldiga att upprätta en SIP enligt lagen
# A004 inriktning-utanför-målgruppen
fynd-A004 = Inriktningen `{ $value }` ligger utanför den här överenskommelsens målgrupp ({ $allowed }); kommunen och regionen är ändå skyldiga att upprätta en SIP enligt lagen
# A005 part-får-inte-kalla
fynd-A005 = { $name } får inte kalla till SIP enligt överenskommelsen
# A006 okänd-part
fynd-A006 = Parten `{ $party }` finns inte i överenskommelsen { $agreement }
# A007 part-utan-insatser
fynd-A007 = { $name } har inga egna insatser enligt överenskommelsen (insats { $id })
# A008 målgrupp-kan-inte-prövas
fynd-A008 = Målgruppen kan inte prövas: { $what } saknas
# A009 sen-kallelse
fynd-A009 = Kallelsen till möte { $id } { $problem }; överenskommelsen kräver minst { $min } dagar
# A010 kallelse-saknar-innehåll
fynd-A010 = Ett möte är inplanerat men planen saknar { $what }, som kallelsen ska ange
# A011 ej-godkänt-digitalt-system
fynd-A011 = Möte { $id } hålls i ett digitalt system som inte är godkänt i överenskommelsen ({ $allowed })
# A012 överenskommelsen-har-upphört
fynd-A012 = Planen är pågående men överenskommelsen { $agreement } upphörde { $date }
# A013 första-kallelsen-för-sen
fynd-A013 = Den första kallelsen ska skickas inom { $days } från initieringen, senast { $date } ({ $problem })
# P001 uppföljning-saknas
fynd-P001 = Planen är pågående men har inget datum för nästa uppföljning
# P002 uppföljning-försenad
fynd-P002 = Uppföljningen skulle ha skett { $date } ({ $days } dagar sedan)
# P003 mål-inte-smart
fynd-P003 = Målet { $id } saknar { $what } (målen ska vara mätbara och tidsbestämda)
# P004 avslut-odokumenterat
fynd-P004 = Planen är avslutad men anger inte { $what }
# P005 behov-utan-insats
fynd-P005 = Behovet { $id } möts inte av någon insats eller åtgärd
# P006 möte-inte-markerat
fynd-P006 = Möte { $id } ({ $date }) har passerat men är inte markerat som genomfört
# P007 samtycke-utgånget
fynd-P007 = Samtycket gällde till { $date } men planen är pågående
# P008 sen-kallelse-efter-utskrivning
fynd-P008 = Slutenvården underrättade { $date } om att patienten är utskrivningsklar; kallelsen ska skickas inom 3 dagar från underrättelsen ({ $problem })
# P009 insats-efter-slutdatum
fynd-P009 = Insatsen { $id } skulle sluta { $date } men står som { $status }
# P010 individens-mål-saknas
fynd-P010 = Planen saknar individens eget mål, med individens egna ord
# P011 utskrivning-kallas-inte-av-regionen
fynd-P011 = Patienten är utskrivningsklar, men { $party } kallar: kallelsen ska komma från patientens fasta vårdkontakt i regionens öppna vård
# P012 barnets-synpunkter-saknas
fynd-P012 = Individen var under 18 år på initieringsdagen, och planen visar inte barnets egna synpunkter
# P013 omöjligt-datum
fynd-P013 = { $what } kan inte stämma: { $problem }
# P014 samtycke-utan-gräns
fynd-P014 = Samtycket anger inte { $what }

## Texter till reglernas fynd: värden, etiketter under markören och noter.

# S003: samtycket sägs vara givet av en roll som ingen företrädare har
fynd-S003-givare-saknas = samtycket sägs vara givet av en { $roll }, men ingen företrädare under individ.företrädare har den rollen
fynd-S003-givare-saknas-etikett = ingen sådan företrädare
fynd-S003-givare-saknas-not = lägg till företrädaren, eller ange vem som samtyckte (individen eller en företrädare vid namn)
# S004: var id:t redan används; $lista är listan i planen
fynd-S004-i-samma-plan = i { $lista ->
        [behov] behov
        [mal] mål
        [insatser] insatser
       *[moten] möten
    } i samma plan
fynd-S004-etikett = dubblett
fynd-S004-not = första `{ $id }` står på rad { $rad }; ge den ena ett nytt id
# S005: under markören
fynd-S005-etikett = okänd överenskommelse
# S006: listan som hänvisningen saknas i
fynd-S006-lista = { $lista ->
        [behov] behov
       *[mal] mål
    }
# S007: under markören
fynd-S007-etikett = döp om filen till { $id }.yaml
# S009: när filen inte kan döpas om till planens id
fynd-S009-not = planens id innehåller uppgiften: filen kan inte döpas om till sitt id
# S009: vilken uppgift sökvägen innehåller
fynd-S009-personnummer = personnummer
fynd-S009-namn = namn
# L001–L003: under markören
fynd-L001-etikett = inga insatser
fynd-L002-etikett = `huvudman` saknas
fynd-L003-etikett = `åtgärder_av_andra` saknas
# L004: under markören när ansvaret saknas
fynd-L004-etikett = övergripande_ansvar saknas
# L004: när parten som har ansvaret inte är en huvudman som kan ha det ($part är partens namn)
fynd-L004-inte-huvudman = : { $part } är inte en huvudman som kan ha det
fynd-L004-inte-huvudman-etikett = får inte ha det övergripande ansvaret
# L005: under markören när samtycket saknas
fynd-L005-etikett = `samtycke` saknas
# L005: ett utkast vars kallelse har skickats
fynd-L005-kallelse-skickad = , fast en kallelse är registrerad som skickad
fynd-L005-kallelse-skickad-etikett = kallelsen gick ut utan samtycke
# L007: vad parten gör som samtycket inte omfattar
fynd-L007-ansvarar-for-insats = ansvarar för insats { $id }
fynd-L007-deltar-i-mote = deltar i möte { $id }
fynd-L007-far-kopia = får en kopia av planen
fynd-L007-etikett = saknas i samtycke.parter
# L007: $parter är samtyckets parter, med komma emellan
fynd-L007-not = samtycket omfattar: { $parter }
# L008: under markören
fynd-L008-etikett = ingen deltagare med roll individen
# L009: ingen vårdnadshavare angiven
fynd-L009-ingen-vardnadshavare = ingen vårdnadshavare är angiven under företrädare
fynd-L009-ingen-vardnadshavare-etikett = vem samtyckte?
# L009: samtycket namnger inte alla vårdnadshavare ($saknas av $vardnadshavare)
fynd-L009-inte-namngivna = { $vardnadshavare ->
        [one] samtycket namnger inte vårdnadshavaren
       *[other] samtycket namnger inte alla vårdnadshavare ({ $saknas } av { $vardnadshavare } saknas)
    }
fynd-L009-inte-namngivna-etikett = ange varje vårdnadshavare vid namn, som under individ.företrädare
fynd-L009-inte-namngivna-not = har en vårdnadshavare ensam vårdnad anges bara den under företrädare
# L010: under markören
fynd-L010-etikett = individen motsätter sig att hen deltar (får_delta: false)
# L011: under markören
fynd-L011-etikett = givet av andra; individen har fyllt 18 år sedan dess
# A005: de parter som får kalla, med komma emellan
fynd-A005-not = får kalla: { $parter }
# A006: förslag under markören och överenskommelsens parter
fynd-A006-menade-du = menade du `{ $forslag }`?
fynd-A006-not = parter: { $parter }
# A008: vad som saknas för att pröva målgruppen
fynd-A008-fodelsedatum = giltigt personnummer eller födelsedatum
fynd-A008-sysselsattning = sysselsättning
fynd-A008-inriktning = inriktning
# A009: vad som är fel med kallelsen
fynd-A009-skickad-sent = skickades { $dagar ->
        [one] { $dagar } dag
       *[other] { $dagar } dagar
    } före mötet
fynd-A009-inte-skickad = är inte registrerad och mötet är om { $dagar ->
        [one] { $dagar } dag
       *[other] { $dagar } dagar
    }
# A010: vad planen saknar
fynd-A010-syfte = syfte
fynd-A010-fragestallningar = frågeställningar
# A013: inom hur många dagar den första kallelsen ska skickas
fynd-A013-dagar = { $antal ->
        [one] { $antal } dag
       *[other] { $antal } dagar
    }
# A013: när kallelsen skickades för sent ($datum är dagen den skickades)
fynd-A013-for-sent = den skickades { $datum }, { $dagar ->
        [one] { $dagar } dag
       *[other] { $dagar } dagar
    } för sent
fynd-A013-ingen-kallelse = ingen kallelse är registrerad
# P003: vad målet saknar
fynd-P003-matt = mått
fynd-P003-datum = datum (senast)
fynd-P003-matt-och-datum = mått och datum (senast)
# P004: vad avslutet saknar
fynd-P004-datum = avslutsdatum (avslut.datum)
fynd-P004-orsak = orsak (avslut.orsak)
fynd-P004-datum-och-orsak = datum och orsak (avslut)
# P008: kallelsen efter utskrivningsklar ($datum är dagen den skickades)
fynd-P008-skickad-sent = den första skickades { $datum }, { $dagar ->
        [one] { $dagar } dag
       *[other] { $dagar } dagar
    } efter
fynd-P008-ingen-kallelse = ingen kallelse är registrerad
# P010: under markören och noten
fynd-P010-etikett = individens_mål saknas
fynd-P010-not = fråga individen "Vad är viktigt för dig?" och skriv svaret med individens egna ord
# P011: under markören och noten ($plan_id är planens id)
fynd-P011-etikett = ska vara regionen
fynd-P011-not = ges patienten öppen psykiatrisk tvångsvård eller öppen rättspsykiatrisk vård görs en samordnad vårdplan enligt 7 a § LPT eller 12 a § LRV i stället: `sip set { $plan_id } --compulsory-care lpt` (eller lrv)
# P012: under markören och noten
fynd-P012-etikett = barnets_synpunkter och individens_mål saknas
fynd-P012-not = skriv hur barnets synpunkter togs fram (samtal, teckningar, genom vårdnadshavare …) och vad barnet sa
# P013: vilket datum som är omöjligt
fynd-P013-samtyckets-datum = Samtyckets datum
fynd-P013-sista-giltighetsdag = Samtyckets sista giltighetsdag
fynd-P013-franvaron = Frånvaron
fynd-P013-motets-tid = Mötets tid
fynd-P013-kallelsens-datum = Kallelsens datum
fynd-P013-malets-datum = Målets datum
# P013: varför datumet är omöjligt
fynd-P013-efter-i-dag = { $datum } är efter i dag
fynd-P013-fore-samtycket = { $datum } är före dagen då samtycket gavs ({ $givet })
fynd-P013-inte-hallet = mötet { $id } är inte hållet, så ingen kan ha uteblivit från det
fynd-P013-fore-initieringen = { $datum } är före initieringsdagen ({ $initierad })
# P014: vad samtycket inte anger
fynd-P014-giltigt-till = hur länge det gäller (giltigt_till)
fynd-P014-omfattning = vilka uppgifter det omfattar (omfattning)
fynd-P014-giltigt-till-eller-omfattning = hur länge det gäller (giltigt_till) eller vilka uppgifter det omfattar (omfattning)

# Nivåernas ord i rapporterna och i sip rules (samma som i [regler])
fynd-niva-fel = fel
fynd-niva-varning = varning
fynd-niva-info = info
