# git: sammanslagning av planer (sip merge, som git kör som drivrutin), sip setup-git och
# sip history. Meddelanden när git inte kan köras.

# Kommandot git finns inte eller kunde inte startas; $fel är systemets ord om felet.
git-saknas = kommandot git kunde inte köras ({ $fel }); installera git
# git config gick inte att köra när drivrutinen registrerades; $nyckel är inställningen.
git-config-misslyckades = git config { $nyckel } misslyckades; inget registrerades
# git merge-file slog fel; $fel är vad git skrev.
git-merge-file-misslyckades = git merge-file misslyckades: { $fel }

## Varför en sammanslagning efter innehåll inte gick (git gör då sin vanliga sammanslagning rad för rad)

# $version säger vilken av de tre versionerna det gäller.
git-har-konfliktmarkeringar = { $version ->
        [din] din version
        [andras] den andras version
       *[gemensam] den gemensamma versionen
    } har redan konfliktmarkeringar
git-olasbar-version = { $version ->
        [din] din version
        [andras] den andras version
       *[gemensam] den gemensamma versionen
    } är ingen läsbar plan
git-delar-ej-parade = planens delar gick inte att para ihop
git-resultat-olasbart = resultatet gick inte att läsa
# Ett id som bytts ut (t.ex. ett mål som fått ett nytt nummer) gick inte att byta i texten.
git-namnbyte-misslyckades = { $fore } gick inte att byta till { $efter }
git-namnbyten-overlappar = namnbytena överlappar
# $plats är en plats i planen (t.ex. mål[M1].senast), $punkt en listpunkt (t.ex. [M2]).
git-du-tog-bort = du tog bort `{ $plats }` som den andra ändrade
git-andra-tog-bort = den andra tog bort `{ $plats }` som du ändrade
git-andra-ordning = den andra ändrade ordningen i `{ $plats }`
git-andra-tog-bort-punkt = den andra tog bort { $punkt } ur `{ $plats }` som du ändrade
git-du-tog-bort-punkt = du tog bort { $punkt } som den andra ändrade

## sip merge (drivrutinen som git kör): rader på stderr. $fil är planfilens namn.

# En version är inte text (UTF-8).
git-inte-utf8 = en version är inte UTF-8
# Planen slås ihop av git rad för rad; $orsak säger varför (ett av meddelandena ovan).
git-rad-for-rad = sip merge: { $fil }: slås ihop rad för rad av git ({ $orsak })
# Båda lade till en punkt med samma id; den andras fick ett nytt.
git-omnumrerad = sip merge: { $fil }: båda lade till { $fore }; den andras { $fore } heter nu { $efter }
# En konflikt som lämnas i filen med konfliktmarkeringar; $rad är raden, $plats platsen i planen.
git-konflikt = sip merge: { $fil }:{ $rad }: konflikt i `{ $plats }`: båda har ändrat; välj det som ska gälla och ta bort raderna <<<<<<<, ======= och >>>>>>>

## Krypterade planer i git

# git diff visar en krypterad plan krypterad, eftersom den inte gick att öppna; $fel säger varför.
git-textconv-krypterad = sip decrypt --textconv: { $fel }; visas krypterad
# Efter sip setup-git i en mapp med krypterade planer: git diff visar dem i klartext för den med nyckel.
git-textconv-aktiv = git diff och git log -p visar de krypterade planerna i klartext för den som har en nyckel (diff.sip.textconv); utan nyckel visas de krypterade.
# Samma, när .gitattributes inte skickar planerna till sip.
git-attribut-diff-saknas = git diff visar de krypterade planerna krypterade: .gitattributes ger dem inte `diff=sip` (se `git check-attr diff -- PLAN.yaml`). Lägg till raderna `*.yaml diff=sip` och `*.yml diff=sip` i planmappens .gitattributes och checka in filen, så visas de i klartext för den som har en nyckel.
# En krypterad plan slogs inte ihop; $orsak säger varför.
git-krypterad-ej-ihop = sip merge: { $fil }: den krypterade planen slogs inte ihop: { $orsak }. Filen är din version, fortfarande krypterad, och git markerar en konflikt; inget skrevs i klartext
git-tre-versioner = tre versioner behövs
# Ingen nyckel hittades; $sokte är de ställen sip sökte på.
git-nyckel-saknas = nyckel saknas: en krypterad plan slås bara ihop med en nyckel (sökte i { $sokte }); ange din nyckelfil med SIP_AGE_KEY_FILE och kör sammanslagningen igen
# Båda har ändrat samma värden; $platser är platserna i planen, $antal hur många.
git-krypterad-konflikt = sip merge: { $fil }: båda har ändrat samma { $antal ->
        [one] värde
       *[other] värden
    } i den krypterade planen ({ $platser }). Konfliktmarkeringar skulle visa värdena i klartext, så filen är din version, fortfarande krypterad, och git markerar en konflikt. Se den andras ändringar med `git diff --theirs -- { $fil }` (klartext för den som har en nyckel, efter sip setup-git), för in det som ska gälla med sip-kommandon och kör `git add { $fil }`
# En sammanslagning som bara git kunde göra rad för rad; $orsak säger varför.
git-krypterad-bara-innehall = { $orsak }; git slår ihop krypterade planer bara efter innehåll
git-olika-mottagare = de två versionerna är krypterade till helt olika mottagare
# Versionerna hade olika datanycklar; den sammanslagna planen fick en ny.
git-ny-datanyckel = sip merge: { $fil }: versionerna har olika datanycklar (en mottagare togs bort på ena sidan); den sammanslagna planen fick en ny datanyckel, för de mottagare båda versionerna har. Jämför med `sip keys list`

## sip setup-git (och sip init)

# Drivrutinen är registrerad och .gitattributes skickar planerna till den; $drivrutin är kommandot.
git-drivrutin-aktiv = git slår nu ihop planer efter innehåll i den här klonen (merge.sip.driver = { $drivrutin }).
# Drivrutinen är registrerad men används inte än (se git-attribut-merge-saknas).
git-drivrutin-registrerad = Drivrutinen för sammanslagning är registrerad i den här klonen (merge.sip.driver = { $drivrutin }).
# sip finns inte på PATH, så drivrutinen har hela sökvägen.
git-drivrutin-hela-sokvagen = sip på PATH är inte det här programmet (eller saknas), så git kör det med hela sökvägen; kör sip setup-git igen om sip flyttas.
# .gitattributes skickar inte planerna till sip.
git-attribut-merge-saknas = Men git skickar inte planerna till sip: .gitattributes ger dem inte `merge=sip` (se `git check-attr merge -- PLAN.yaml`). Lägg till raderna `*.yaml merge=sip` och `*.yml merge=sip` i planmappens .gitattributes, ta bort det som säger annat, och checka in filen.
# sip setup-git utanför ett git-förråd.
git-inget-forrad = här finns inget git-förråd; kör sip setup-git i en klon av planmappen

## sip history

# --since är varken ett datum eller ett möte; $varde är det som skrevs.
git-since-ogiltig = --since: `{ $varde }` är varken ett datum (ÅÅÅÅ-MM-DD) eller ett möte i planen med en tid
