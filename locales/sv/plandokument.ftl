## Plandokumentet (sip show)

# Plandokumentet (sip show): rubriker
plandokument-samordnad-individuell-plan-sip = Samordnad individuell plan (SIP)

# Plandokumentet (sip show): rubriker
plandokument-bakgrund = Bakgrund

# Plandokumentet (sip show): rubriker
plandokument-det-har-ar-viktigt-for = Det här är viktigt för mig

# Plandokumentet (sip show): rubriker
plandokument-uppfoljning = Uppföljning

# Plandokumentet (sip show): rubriker
plandokument-nasta-uppfoljning = Nästa uppföljning

# Plandokumentet: under "Det här är viktigt för mig"
plandokument-barnets-synpunkter = Barnets synpunkter

# Plandokumentet: fälten överst
plandokument-namn = Namn

# Plandokumentet: fälten överst
plandokument-personnummer = Personnummer

# Plandokumentet: fälten överst
plandokument-fodelsedatum = Födelsedatum

# Plandokumentet: fälten överst
plandokument-foretradare =
    { $antal ->
        [one] Företrädare
       *[other] Företrädare
    }

# Plandokumentet: fälten överst
plandokument-narstaende = Närstående

# Plandokumentet: fälten överst
plandokument-overenskommelse = Överenskommelse

# Plandokumentet: fälten överst
plandokument-samtalsledare = Samtalsledare

# Plandokumentet: fälten överst
plandokument-upprattad = Upprättad

# Plandokumentet: fälten överst
plandokument-senast-reviderad = Senast reviderad

# Plandokumentet: fälten överst
plandokument-status = Status

# Plandokumentet: fälten överst
plandokument-foreslagen-av = Föreslagen av

# Plandokumentet: fälten överst
plandokument-utskrivningsklar = Utskrivningsklar

# Plandokumentet: fälten överst
plandokument-fast-vardkontakt = Fast vårdkontakt

# Plandokumentet: fälten överst
plandokument-inriktning = Inriktning

# Plandokumentet: fälten överst
plandokument-syfte = Syfte

# Plandokumentet: fälten överst
plandokument-narstaende-vill-inte = { $namn } – individen vill inte att hen deltar

# Plandokumentet: fälten överst
plandokument-telefon = tel. { $nummer }

# Plandokumentet: fälten överst
plandokument-upprattad-tillsammans-med = { $datum } tillsammans med { $deltagare }

# Plandokumentet: avsnittet om behov
plandokument-behov = Behov

# Plandokumentet: vad en insats svarar mot, i insatstabellen
plandokument-svarar-mot-behov = behov { $behov }

# Plandokumentet: vad en insats svarar mot, i insatstabellen
plandokument-svarar-mot-mal = mål { $mal }

# Plandokumentet: insatstabellens kolumner
plandokument-insats = Insats

# Plandokumentet: insatstabellens kolumner
plandokument-utforare = Utförare

# Plandokumentet: insatstabellens kolumner
plandokument-kontaktperson = Kontaktperson

# Plandokumentet: insatstabellens kolumner
plandokument-tidsplan = Tidsplan

# Plandokumentet: insatser per huvudman
plandokument-huvudman = Huvudman

# Plandokumentet: insatser per huvudman
plandokument-insatser-och-vem-som-ansvarar = Insatser och vem som ansvarar för dem (kommunen och regionen)

# Plandokumentet: insatser per huvudman
plandokument-huvudman-saknas = Huvudman: { $varde }

# Plandokumentet: rubrik för åtgärder av andra
plandokument-atgarder-av-andra-an-kommunen = Åtgärder av andra än kommunen och regionen

# Plandokumentet: övergripande ansvar
plandokument-ansvarig-person = Ansvarig person

# Plandokumentet: övergripande ansvar
plandokument-overgripande-ansvar-for-planen = Övergripande ansvar för planen

# Plandokumentet: måltabellen
plandokument-mal-2 = Mål

# Plandokumentet: måltabellen
plandokument-matt = Mått

# Plandokumentet: måltabellen
plandokument-senast = Senast

# Plandokumentet: måltabellen
plandokument-utfall = Utfall

# Plandokumentet: måltabellen
plandokument-ej-utvarderat = ej utvärderat

# Plandokumentet: måltabellen
plandokument-mal-3 = Mål

# Plandokumentet: deltagare vid mötet
plandokument-deltagare-vid-motet = Deltagare vid mötet

# Plandokumentet: deltagare vid mötet
plandokument-motet-den = Mötet { $datum }:

# Plandokumentet: kopia till
plandokument-kopia-till = Kopia till

# Plandokumentet: underskrifter
plandokument-underskrifter = Underskrifter

# Plandokumentet: underskrifter
plandokument-underskrift-individen = { $namn } (individen)

# Plandokumentet: underskrifter
plandokument-underskrift-foretradare = { $namn } (företrädare)

# Plandokumentet: underskrifter
plandokument-underskrift-for-part = För { $part }

# Plandokumentet: avsnittet om samtycke
plandokument-samtycke = Samtycke

# Plandokumentet: avsnittet om samtycke
plandokument-datum = Datum

# Plandokumentet: avsnittet om samtycke
plandokument-form = Form

# Plandokumentet: avsnittet om samtycke
plandokument-givet-av = Givet av

# Plandokumentet: avsnittet om samtycke
plandokument-dokumenterat-av = Dokumenterat av

# Plandokumentet: avsnittet om samtycke
plandokument-galler-parterna = Gäller parterna

# Plandokumentet: avsnittet om samtycke
plandokument-omfattning = Omfattning

# Plandokumentet: avsnittet om samtycke
plandokument-giltigt-till = Giltigt till

# Plandokumentet: avsnittet om samtycke
plandokument-aterkallat = Återkallat

# Plandokumentet: avsnittet om avslut
plandokument-orsak = Orsak

# Plandokumentet: avsnittet om avslut
plandokument-kommentar = Kommentar

# Plandokumentet: avsnittet om avslut
plandokument-avslut = Avslut

# Plandokumentet: varför planen avslutades
plandokument-malen-ar-uppfyllda = målen är uppfyllda

# Plandokumentet: varför planen avslutades
plandokument-samordning-behovs-inte-langre = samordning behövs inte längre

# Plandokumentet: varför planen avslutades
plandokument-samtycket-har-aterkallats = samtycket har återkallats

# Plandokumentet: varför planen avslutades
plandokument-annan-orsak = annan orsak
