# Meddelanden från sip meeting (SIP-möten, kallelser och deltagare).
# Samma id finns i ../en/mote.ftl på engelska.

# Fel: delen efter kolon i --participant är varken en roll eller en part.
mote-deltagare-okand-roll = --participant: `{ $varde }` i "{ $deltagare }" är varken en roll ({ $roller }) eller en part i överenskommelsen ({ $parter })
# Fel: personen deltar inte i mötet.
mote-deltar-inte = `{ $namn }` deltar inte i { $mote_id } (deltagare: { $deltagare }); lägg till en deltagare med `sip meeting participant add { $plan_id } { $mote_id } "NAMN:PART"`
# Ordet för mötets dag i fel om datum före planens början.
mote-dag-ordet = mötets dag
# Ordet för kallelsens dag i fel om datum före planens början.
mote-kallelse-dag-ordet = kallelsens dag
# Fel: mötet finns inte.
mote-finns-inte = mötet `{ $mote_id }` finns inte i { $fil } (finns: { $finns })
# Fel: ett hållet möte tas inte bort.
mote-hallet-tas-inte-bort = mötet { $mote_id } är hållet och tas inte bort: det är en del av planens historia. Har det blivit fel, rätta det med `sip edit { $plan }`
# Klart: mötet togs bort.
mote-borttaget = Tog bort möte { $mote_id } ur { $plan_id }.
# Klart: en deltagare lades till.
mote-deltagare-tillagd = Lade till { $deltagare } bland deltagarna i { $mote_id } i { $plan_id }.
# Klart: en deltagare togs bort.
mote-deltagare-borttagen = Tog bort { $deltagare } ur deltagarna i { $mote_id } i { $plan_id }.
# Klart: ett möte lades till; $typ är mötets typ (upprättande, uppföljning).
mote-tillagt = Lade till möte { $mote_id } ({ $typ }, { $tid }) i { $plan_id }.
# Fel: kallelsen skulle ha skickats efter mötet.
mote-kallelse-efter-motet = --date: kallelsen kan inte ha skickats { $datum }, efter mötet { $mote_id } ({ $tid }); ange dagen då den skickades, eller flytta mötet med `sip meeting set { $plan } { $mote_id } --at …`
# Klart: kallelsen registrerades.
mote-kallelse-skickad = Kallelsen till { $mote_id } i { $plan_id } skickades { $datum }.
# Fel: mötet är inplanerat till en senare dag.
mote-inplanerat-senare = mötet { $mote_id } är inplanerat till { $tid } och kan inte vara hållet i dag ({ $i_dag }); har det flyttats, ange den nya tiden med `sip meeting set { $plan } { $mote_id } --at …` först
# Klart: mötet är hållet.
mote-hallet = Mötet { $mote_id } i { $plan_id } är hållet.
# Klart: mötet är hållet, och några hade förhinder.
mote-hallet-med-forhinder = Mötet { $mote_id } i { $plan_id } är hållet. Förhinder: { $forhinder }.
# Fel: mötet flyttas till en dag före kallelsen.
mote-flyttat-fore-kallelsen = --at: mötet kan inte flyttas till { $dag }, före dagen då kallelsen skickades ({ $skickad }); skicka en ny kallelse och registrera den med `sip meeting invited { $plan } { $mote_id } --date …` när mötet har flyttats
# Fel: ett hållet möte flyttas till en dag efter i dag.
mote-hallet-flyttat-efter-i-dag = --at: mötet { $mote_id } är hållet och kan inte flyttas till { $dag }, efter i dag ({ $i_dag })
# Fel: sip meeting set utan något att ändra.
mote-inget-att-andra = ange vad som ska ändras: --at, --place, --digital, --purpose eller --question
# Klart: mötet flyttades.
mote-flyttat = Flyttade möte { $mote_id } i { $plan_id } till { $tid }.
# Klart: mötet ändrades.
mote-andrat = Ändrade möte { $mote_id } i { $plan_id }.
# Fel: förhinder vid ett möte som inte är hållet.
mote-inte-hallet-forhinder = mötet { $mote_id } är inte hållet, så ingen kan ha haft förhinder än; registrera mötet som hållet med `sip meeting held { $plan_id } { $mote_id } --absent "{ $namn }"`
# Klart: en deltagare hade förhinder.
mote-forhinder = { $namn } hade förhinder vid { $mote_id } i { $plan_id }.
# Klart: en deltagare var närvarande.
mote-narvarande = { $namn } var närvarande vid { $mote_id } i { $plan_id }.
