# Words many messages use: the months' names and a count with a word in the right form.
# The same ids are in ../sv/ord.ftl in Swedish.

# The month's name in running text ("February 2026"); $nummer is 1 for January.
ord-manad = { $nummer ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# A count with the word in singular or plural ("1 file", "3 files"); $ett and $flera are the words.
ord-antal = { $antal ->
    [one] { $antal } { $ett }
   *[other] { $antal } { $flera }
}
