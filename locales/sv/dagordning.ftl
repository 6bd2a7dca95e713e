## Dagordningen (sip agenda)

# Dagordningen (sip agenda): rubriker och varningar
dagordning-dagordning = Dagordning

# Dagordningen (sip agenda): rubriker och varningar
dagordning-motet-ar-redan-genomfort = mötet är redan genomfört.

# Dagordningen (sip agenda): rubriker och varningar
dagordning-deltagare = Deltagare

# Dagordningen (sip agenda): rubriker och varningar
dagordning-syfte = Syfte

# Dagordningen (sip agenda): rubriker och varningar
dagordning-fragestallningar = Frågeställningar

# Dagordningen (sip agenda): rubriker och varningar
dagordning-motets-punkter = Mötets punkter

# Dagordningen (sip agenda): rubriker och varningar
dagordning-underlag-till-motet = Underlag till mötet

# Dagordningen (sip agenda): rubriker och varningar
dagordning-undertitel = Samordnad individuell plan (SIP) – { $mote }

# Dagordningen: rubriker för underlag som överenskommelsens punkter saknar
dagordning-behov = Behov

# Dagordningen: rubriker för underlag som överenskommelsens punkter saknar
dagordning-planen = Planen

# Dagordningen: rubriker för underlag som överenskommelsens punkter saknar
dagordning-nasta-uppfoljning = Nästa uppföljning

# Dagordningen: rubriker för underlag som överenskommelsens punkter saknar
dagordning-samtycke = Samtycke

# Dagordningen: rubriker för underlag som överenskommelsens punkter saknar
dagordning-foregaende-mote = Föregående möte

# Dagordningen: rubriker för underlag som överenskommelsens punkter saknar
dagordning-insatser-och-mal = Insatser och mål

# Dagordningen: rubriker för underlag som överenskommelsens punkter saknar
dagordning-revidering-av-planen = Revidering av planen

# Dagordningen: planens innehåll under en punkt
dagordning-inga-behov-ar-registrerade-annu = Inga behov är registrerade ännu: de tas fram på mötet.

# Dagordningen: planens innehåll under en punkt
dagordning-kanda-behov = Kända behov

# Dagordningen: planens innehåll under en punkt
dagordning-mal = Mål

# Dagordningen: planens innehåll under en punkt
dagordning-insatser-att-komma-overens-om = Insatser att komma överens om, per ansvarig part

# Dagordningen: planens innehåll under en punkt
dagordning-atgarder-av-andra = Åtgärder av andra

# Dagordningen: planens innehåll under en punkt
dagordning-overgripande-ansvar = Övergripande ansvar: { $ansvar }

# Dagordningen: planens innehåll under en punkt
dagordning-forslag-till-nasta-uppfoljning = Förslag till nästa uppföljning: { $datum }

# Dagordningen: planens innehåll under en punkt
dagordning-alla-kanda-behov-har-en = Alla kända behov har en insats. Har nya behov kommit till?

# Dagordningen: planens innehåll under en punkt
dagordning-behov-utan-insats-och-har = Behov utan insats – och har nya behov kommit till?

# Dagordningen: planens innehåll under en punkt
dagordning-insatsernas-status = Insatsernas status

# Dagordningen: planens innehåll under en punkt
dagordning-nya-behov = Nya behov

# Dagordningen: planens innehåll under en punkt
dagordning-nasta-uppfoljning-att-besluta = Nästa uppföljning: { $att_besluta }

# Dagordningen: planens innehåll under en punkt
dagordning-insats-status = { $insats } – { $status } (ansvarig: { $ansvarig }; kontakt: { $kontakt })

# Dagordningen: planens innehåll under en punkt
dagordning-insats-status-period = { $insats } – { $status } (ansvarig: { $ansvarig }; kontakt: { $kontakt }; { $period })

# Dagordningen: ett mål med mått och datum
dagordning-mal-datumet-har-passerat = { $mal } (mått: { $matt }; senast { $datum } – datumet har passerat)

# Dagordningen: ett mål med mått och datum
dagordning-mal-datumet-har-inte-passerat = { $mal } (mått: { $matt }; senast { $datum } – datumet har ännu inte passerat)

# Dagordningen: ett mål med mått och datum
dagordning-mal-senast = { $mal } (mått: { $matt }; senast { $datum })

# Dagordningen: insatser per ansvarig part
dagordning-ansvarig-part = Ansvarig part: { $part }

# Dagordningen: åtgärder av andra
dagordning-inga-bedomt-inga-atgarder-av = Inga (bedömt: inga åtgärder av andra).

# Dagordningen: åtgärder av andra
dagordning-atgard-av = { $atgard } (av: { $av })

# Dagordningen, uppföljningsmöte: samtycket
dagordning-samtycket-aterkallades = Samtycket återkallades { $datum }.

# Dagordningen, uppföljningsmöte: samtycket
dagordning-samtycke-saknas = Samtycke: { $varde }

# Dagordningen: varning till samtalsledaren (stderr) om samtycket
dagordning-samtycke-ar-inte-registrerat-inga = samtycke är inte registrerat: inga uppgifter om individen får lämnas mellan parterna förrän det finns.

# Dagordningen: varning till samtalsledaren (stderr) om samtycket
dagordning-varning-samtycket-aterkallades = samtycket återkallades { $datum }.

# Dagordningen: varning till samtalsledaren (stderr) om samtycket
dagordning-varning-samtycket-gallde-till = samtycket gällde till { $datum }: förnya det innan planen följs upp.

# Dagordningen, uppföljningsmöte: föregående möte
dagordning-inget-tidigare-mote-finns-i = Inget tidigare möte finns i planen.

# Dagordningen, uppföljningsmöte: föregående möte
dagordning-inga-anteckningar-ar-registrerade = Inga anteckningar är registrerade.

# Dagordningen, uppföljningsmöte: föregående möte
dagordning-andringar-i-planen-sedan-dess = Ändringar i planen sedan dess:

# Dagordningen, upprättande: standardpunkterna, Samverk Vetlandas flöde steg 5 "Genomförandet av mötet" punkt 1–8, ordagrant (en överenskommelses egna punkter som är ordagrant lika får den engelska texten här)
dagordning-upprattande-punkt-1 = Mötesledaren önskar välkommen, beskriver upplägg och struktur

# Dagordningen, upprättande: standardpunkterna, Samverk Vetlandas flöde steg 5 "Genomförandet av mötet" punkt 1–8, ordagrant (en överenskommelses egna punkter som är ordagrant lika får den engelska texten här)
dagordning-upprattande-punkt-2 = Presentationsrunda – individen börjar

# Dagordningen, upprättande: standardpunkterna, Samverk Vetlandas flöde steg 5 "Genomförandet av mötet" punkt 1–8, ordagrant (en överenskommelses egna punkter som är ordagrant lika får den engelska texten här)
dagordning-upprattande-punkt-3 = Behovsinventering – brainstorming, utifrån syfte och behov

# Dagordningen, upprättande: standardpunkterna, Samverk Vetlandas flöde steg 5 "Genomförandet av mötet" punkt 1–8, ordagrant (en överenskommelses egna punkter som är ordagrant lika får den engelska texten här)
dagordning-upprattande-punkt-4 = Paus, om behov finns. Även gärna fika.

# Dagordningen, upprättande: standardpunkterna, Samverk Vetlandas flöde steg 5 "Genomförandet av mötet" punkt 1–8, ordagrant (en överenskommelses egna punkter som är ordagrant lika får den engelska texten här)
dagordning-upprattande-punkt-5 = Upprättande av plan

# Dagordningen, upprättande: standardpunkterna, Samverk Vetlandas flöde steg 5 "Genomförandet av mötet" punkt 1–8, ordagrant (en överenskommelses egna punkter som är ordagrant lika får den engelska texten här)
dagordning-upprattande-punkt-6 = Sammanfatta

# Dagordningen, upprättande: standardpunkterna, Samverk Vetlandas flöde steg 5 "Genomförandet av mötet" punkt 1–8, ordagrant (en överenskommelses egna punkter som är ordagrant lika får den engelska texten här)
dagordning-upprattande-punkt-7 = Ny tid för uppföljning

# Dagordningen, upprättande: standardpunkterna, Samverk Vetlandas flöde steg 5 "Genomförandet av mötet" punkt 1–8, ordagrant (en överenskommelses egna punkter som är ordagrant lika får den engelska texten här)
dagordning-upprattande-punkt-8 = Dokumentation

# Dagordningen, uppföljning: standardpunkterna, Samverk Vetlandas flöde "Steg 6 – följ upp" punkt 3–7, ordagrant
dagordning-uppfoljning-punkt-3 = Mötesledare gör sammanhangsmarkering – tid, paus, samtycke, struktur

# Dagordningen, uppföljning: standardpunkterna, Samverk Vetlandas flöde "Steg 6 – följ upp" punkt 3–7, ordagrant
dagordning-uppfoljning-punkt-4 = Genomgång av föregående protokoll

# Dagordningen, uppföljning: standardpunkterna, Samverk Vetlandas flöde "Steg 6 – följ upp" punkt 3–7, ordagrant
dagordning-uppfoljning-punkt-5 = Vad har skett? Vad finns kvar? Nya behov?

# Dagordningen, uppföljning: standardpunkterna, Samverk Vetlandas flöde "Steg 6 – följ upp" punkt 3–7, ordagrant
dagordning-uppfoljning-punkt-6 = Revidera befintlig plan eller upprätta ny

# Dagordningen, uppföljning: standardpunkterna, Samverk Vetlandas flöde "Steg 6 – följ upp" punkt 3–7, ordagrant
dagordning-uppfoljning-punkt-7 = Ny tid bokas för uppföljning
