# Ord som många meddelanden använder: månadernas namn och antal med ett ord i rätt form.
# Samma id finns i ../en/ord.ftl på engelska.

# Månadens namn i löptext ("februari 2026"); $nummer är 1 för januari.
ord-manad = { $nummer ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
# Ett antal med ordet i singular eller plural ("1 fil", "3 filer"); $ett och $flera är orden.
ord-antal = { $antal ->
    [one] { $antal } { $ett }
   *[other] { $antal } { $flera }
}
