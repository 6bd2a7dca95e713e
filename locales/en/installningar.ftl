# Settings: the errors in sip.toml ([regler], [gallring]) and in TOML files in general
# (sip.toml and agreement files). The errors are shown at the line in the file.

# The TOML file cannot be read; $fel is the parser's own words.
toml-fel = TOML error: { $fel }
# As toml-fel, when the error is a key with å, ä or ö without quotes.
toml-fel-svensk-nyckel = TOML error: { $fel } (keys with å, ä or ö must be quoted, e.g. "överenskommelse" = …)
# A key sip does not know.
toml-okand-nyckel = unknown key: { $fel }
# A date of the wrong form.
toml-datum = a date was expected (YYYY-MM-DD)
# [regler]: a code that does not exist.
toml-okand-regelkod = unknown rule code `{ $kod }` (see `sip rules`)
# [regler]: a severity that does not exist.
toml-okand-niva = `{ $niva }` is not a severity; write "fel", "varning", "info" or "av"
# [gallring]: the number of years.
installningar-gallring-ar = år_efter_sista_anteckning must be a number of years from 1 to 100, not { $ar } (social services: 5, the region's patient records: at least 10)
# [gallring.undantag]: födda_dag.
installningar-fodda-dag = födda_dag must be days of the month (1–31), not { $dag }
