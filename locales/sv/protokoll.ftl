## Minnesanteckningarna (sip protocol)

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-minnesanteckningar-fran-sip-mote = Minnesanteckningar från SIP-möte

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-tid = Tid

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-plats = Plats

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-digitalt-via = digitalt via { $system }

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-mote = Möte

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-samtalsledare = Samtalsledare

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-motet-ar-inte-markerat-som = mötet är inte markerat som genomfört.

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-narvarande = Närvarande

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-forhinder = Förhinder

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-det-har-beslutades = Det här beslutades

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-nasta-uppfoljning = Nästa uppföljning

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-inget-mote = inget möte

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-inget-genomfort-mote = planen { $plan_id } har inget genomfört möte: markera mötet som hållet med `sip meeting held { $plan_id } MÖ1`, eller ange mötet

# Minnesanteckningarna (sip protocol): rubriker, fält och fel
protokoll-plats-och-digitalt = { $plats }; digitalt via { $system }

# Minnesanteckningarna: vad som hänt sedan förra mötet
protokoll-det-har-har-hant-sedan = Det här har hänt sedan förra mötet

# Minnesanteckningarna: vad som hänt sedan förra mötet
protokoll-anteckningar-fran-motet = Anteckningar från mötet

# Minnesanteckningarna: vad som hänt sedan förra mötet
protokoll-inga-anteckningar-fran-motet-ar = Inga anteckningar från mötet är registrerade.

# Minnesanteckningarna: vad som hänt sedan förra mötet
protokoll-andringar-i-planen-sedan-forra = Ändringar i planen sedan förra mötet

# Minnesanteckningarna: vad som hänt sedan förra mötet
protokoll-andringarna-sedan-forra-motet-kan = Ändringarna sedan förra mötet kan inte visas, eftersom planmappen inte är i git. Gå igenom planen punkt för punkt på mötet.

# Minnesanteckningarna: vad som hänt sedan förra mötet
protokoll-andringarna-sedan-forra-motet-kan-2 = Ändringarna sedan förra mötet kan inte visas, eftersom ingen sparad version av planen är från förra mötet.

# Minnesanteckningarna: vad som hänt sedan förra mötet
protokoll-planens-behov-mal-och-insatser = Planens behov, mål och insatser är desamma som efter förra mötet.

# Minnesanteckningarna: vad som hänt sedan förra mötet
protokoll-forra-motet-holls = Förra mötet hölls { $datum }.

# Minnesanteckningarna: vad som hänt sedan förra mötet
protokoll-planens-forsta-mote = Det här var planens första möte.

# Minnesanteckningarna: det här beslutades
protokoll-insatser-och-vem-som-ansvarar = Insatser och vem som ansvarar

# Minnesanteckningarna: det här beslutades
protokoll-atgarder-av-andra-an-kommunen = Åtgärder av andra än kommunen och regionen

# Minnesanteckningarna: det här beslutades
protokoll-overgripande-ansvar = Övergripande ansvar

# Minnesanteckningarna: det här beslutades
protokoll-mal = Mål

# Minnesanteckningarna: det här beslutades
protokoll-mal-senast = { $mal } (senast { $datum })

# Minnesanteckningarna: det här beslutades
protokoll-mal-utfall = { $mal } – utfall: { $utfall }

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-nytt-behov = Ett nytt behov har kommit till: { $behov }.

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-behov-borttaget = Behovet ”{ $behov }” finns inte längre med i planen.

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-nytt-mal = Ett nytt mål har satts: { $mal }.

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-mal-utvarderat = Målet ”{ $mal }” har utvärderats: { $utfall }.

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-mal-borttaget = Målet ”{ $mal }” har tagits bort.

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-ny-insats = En ny insats har beslutats: { $insats }.

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-ny-insats-part = En ny insats har beslutats: { $insats } ({ $part }).

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-insats-avbruten = Insatsen ”{ $insats }” har avbrutits.

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-insats-genomford = Insatsen ”{ $insats }” är genomförd.

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-insats-borjat = Insatsen ”{ $insats }” har börjat.

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-insats-borttagen = Insatsen ”{ $insats }” har tagits bort ur planen.

# Minnesanteckningarna: en ändring i planen sedan förra mötet
protokoll-ansvar-overgatt = Det övergripande ansvaret har gått över till { $part }.
