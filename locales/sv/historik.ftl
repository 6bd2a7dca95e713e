# Planens historik ur git: sip history (sip log) och historiken i arkivexemplar och dokument.
# Varje ändring sägs som en samtalsledare skulle säga den. $namn är en nyckel ur planfilen
# (med mellanslag i stället för _), t.ex. "mål M1 senast"; $varde, $fore och $efter är värden
# ur planen.

# Planfilen ligger inte i git.
historik-inte-i-git = { $fil } ligger inte i ett git-förråd, så det finns ingen historik att visa. Lägg planmappen i git (git init, git add, git commit) så sparas varje ändring med datum och person
# Den första versionen av planen.
historik-skapad = planen skapad
# Planfilen togs bort i en version.
historik-fil-borttagen = filen borttagen
# En version som inte gick att läsa.
historik-olasbar = filen gick inte att läsa som plan i den här versionen
# Ett tomt värde, en tom lista, ett värde som saknas, och en lista med tabeller (i stället för dem).
historik-tomt = (tomt)
historik-inga = (inga)
historik-ingen = (ingen)
historik-poster = { $antal ->
        [one] { $antal } post
       *[other] { $antal } poster
    }
# Ett värde som fått ett värde.
historik-varde-satt = { $namn } { $varde }
# Ett värde som tagits bort.
historik-varde-borttaget = { $namn } borttagen (var { $varde })
# Ett värde som ändrats.
historik-varde-andrat = { $namn } { $fore } → { $efter }
# En tabell som ändrats.
historik-andrad = { $namn } ändrad
# En lista med värden som ändrats: $andringar är de nya och de borttagna värdena.
historik-lista-andrad = { $namn }: { $andringar }
historik-lista-nya = ny { $varden }
historik-lista-borttagna = borttagen { $varden }
# En insats nya status ($insats är t.ex. "insats I3").
historik-insats-status = { $insats } { $status ->
        [pagar] påbörjad
        [genomford] genomförd
        [avbruten] avbruten
       *[planerad] planerad igen
    }
# Ett möte hållet, en kallelse skickad.
historik-mote-hallet = möte { $id } hållet
historik-kallelse-skickad = kallelse till { $id } skickad { $datum }
# Nästa uppföljning: satt, eller flyttad.
historik-nasta-uppfoljning = nästa uppföljning { $datum }
historik-nasta-uppfoljning-flyttad = nästa uppföljning { $fore } → { $datum }
# Planens status.
historik-planens-status = planens status { $fore } → { $efter }
# Ett nytt behov, mål, insats eller möte, med eller utan beskrivning (ett mötes tid).
historik-ny-post = { $slag ->
        [behov] nytt behov
        [mal] nytt mål
        [insats] ny insats
       *[mote] nytt möte
    } { $id }
historik-ny-post-beskriven = { $slag ->
        [behov] nytt behov
        [mal] nytt mål
        [insats] ny insats
       *[mote] nytt möte
    } { $id } ({ $beskrivning })
# Ett borttaget behov, mål, insats eller möte.
historik-post-borttagen = { $slag ->
        [behov] behov { $id } borttaget
        [mal] mål { $id } borttaget
        [insats] insats { $id } borttagen
       *[mote] möte { $id } borttaget
    }
# sip history när inget har ändrats (sedan ett datum).
historik-inga-andringar = Inga ändringar i git.
historik-inga-andringar-sedan = Inga ändringar i git sedan { $datum }.
