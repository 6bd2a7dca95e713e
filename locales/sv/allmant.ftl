# Allmänna ord och meningar som flera delar av sip använder.
# Varje fil i den här mappen hör till ett område; samma id finns i ../en/ på engelska.
# Variabler skrivs { $namn }. Plural: { $antal -> [one] … *[other] … }.

antal-planer = { $antal ->
    [one] { $antal } plan
   *[other] { $antal } planer
}
