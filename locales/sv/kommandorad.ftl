# Fel som kommandoraden själv ger, innan ett kommando körs.

# `--today` eller SIP_TODAY med något som inte är ett datum; $varde är det som skrevs
kommandorad-today-inget-datum = --today/SIP_TODAY: `{ $varde }` är inget datum; skriv ÅÅÅÅ-MM-DD
# Ett kommando som skriver eller listar körs utanför en planmapp
kommandorad-ingen-planmapp = ingen planmapp här eller ovanför: gå till planmappen eller skapa en med `sip init`
# `-C MAPP` (eller planmappen på annat sätt) pekar på en mapp som inte finns
kommandorad-planmappen-finns-inte = planmappen { $mapp } finns inte
# Namnet på standardutmatningen när en skrivning dit misslyckas (står i stället för ett filnamn)
kommandorad-standardutmatningen = standardutmatningen
