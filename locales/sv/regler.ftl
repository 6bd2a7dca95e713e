# Regler: sip rules (tabellen över alla regler, en regels sida) och regeltabellen i README.

# Kolumnrubriker i tabellen över reglerna; "Meddelande" står också på en regels sida.
regler-kod = Kod
regler-namn = Namn
regler-niva = Nivå
regler-meddelande = Meddelande
# Kolumnrubrik i README:s regeltabell (sip rules --format markdown).
regler-kalla = Källa
# sip rules KOD med en kod som inte finns.
regler-okand = okänd regel `{ $kod }`; `sip rules` listar alla
