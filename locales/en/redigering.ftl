# The edit engine: messages when sip changes a plan file (sip set, sip goal, sip meeting …),
# formats it (sip fmt) or checks what was typed on the command line.
# $flagga is the command-line flag (e.g. --date), $varde what was typed after it.

## What was typed on the command line

# A date of the right shape that does not exist; $orsak is one of the two messages below.
redigering-datum-finns-inte = { $flagga }: `{ $varde }` does not exist: { $orsak }
# The month does not exist.
redigering-manad-finns-inte = month { $manad } does not exist (the months are 01–12)
# The day is not in the month; $manad is the month's name, $ar the year.
redigering-dagar-i-manad = { $manad } { $ar } has { $dagar } days
# A date that cannot be read.
redigering-ogiltigt-datum = { $flagga }: `{ $varde }` is not a valid date; write YYYY-MM-DD, e.g. 2026-03-10
# A time that cannot be read.
redigering-ogiltig-tid = { $flagga }: `{ $varde }` is not a valid time; write YYYY-MM-DD HH:MM, e.g. 2026-03-10 13:00
# A value that is none of the allowed ones; $giltiga are the allowed values.
redigering-ogiltigt-val = { $flagga }: `{ $varde }` is not a valid value; choose one of: { $giltiga }.
# The same, with the most similar value suggested.
redigering-ogiltigt-val-forslag = { $flagga }: `{ $varde }` is not a valid value; choose one of: { $giltiga }. Did you mean `{ $forslag }`?
# A party not in the plan's agreement; $parter are the agreement's parties.
redigering-okand-part = { $flagga }: unknown party `{ $varde }` in the agreement { $overenskommelse }; valid parties: { $parter }
# A personnummer that cannot be read; $orsak says what is wrong.
redigering-ogiltigt-personnummer = { $flagga }: `{ $varde }` is not a valid personnummer: { $orsak }
# A text that must not be empty.
redigering-tom-text = { $flagga }: must not be empty

## Writing the plan file (locks, links, read-only files)

# The plan became a symbolic link while sip opened it.
redigering-lank-bytt = { $fil } became a symbolic link while sip opened it; sip does not follow such a link and nothing was written. Look at what it points to (`ls -l { $fil }`) and run the command again
# The plan is a symbolic link to a file outside the plan folder.
redigering-lank-utanfor = { $fil } is a symbolic link to { $mal }, outside the plan folder; sip does not change files outside the plan folder. Move the plan into the plan folder, or change it where it is
# Another sip command is changing the plan and did not finish in time; $sekunder is the wait.
redigering-upptagen = { $fil } is being changed by another sip command and was not free within { $sekunder ->
        [one] { $sekunder } second
       *[other] { $sekunder } seconds
    }; nothing was written. Wait a moment and run the command again
# The same, when the process (and user) holding the plan is known.
redigering-upptagen-av = { $fil } is being changed by another sip command (process { $process }) and was not free within { $sekunder ->
        [one] { $sekunder } second
       *[other] { $sekunder } seconds
    }; nothing was written. Wait a moment and run the command again
# The word between the process number and the user name in the message above ("process 123, user eva").
redigering-upptagen-anvandare = user
# The plan file is read-only.
redigering-skrivskyddad = { $fil } is read-only; nothing was written. Give write permission (e.g. `chmod u+w { $fil }`) if the plan may be changed
# The new text is larger than a plan may be; $mb is the size with one decimal.
redigering-for-stor = { $fil } was not written: the new text is { $mb } MB, and a plan may be at most { $max } MB (no sip command reads a larger file; a plan is a few kB)
# A new file was to be created, but it exists already.
redigering-finns-redan = { $fil } already exists; nothing was written

## Changing the text

# An internal error of the engine.
redigering-overlappar = internal error: overlapping edits; the file was left untouched
# The plan file cannot be read.
redigering-olasbar-plan = the file is not a readable plan (YAML error); fix it with `sip edit` or run `sip check`
# The change would remove comments; $kommentarer are the comments with their lines.
redigering-kommentarer-bort = the change would remove comments someone wrote ({ $kommentarer }); the file was left untouched. Move the comment or make the change with `sip edit`
# One comment in the message above, with its line.
redigering-kommentar-rad = line { $rad }: { $kommentar }
# The check after the change failed; $orsak is one of the four messages below.
redigering-inte-sakert = the change could not be made safely ({ $orsak }); the file was left untouched. Make the change with `sip edit`
redigering-orsak-olasbar = the result did not parse
redigering-orsak-plats-saknas = the place of the change does not exist
redigering-orsak-inte-avsett = the result was not the intended one
redigering-orsak-kommentar = a comment would be lost

# Why a change cannot be made at its place in the file. $nyckel is a key of the plan file,
# $id an item's id (e.g. M1).
redigering-tom-sokvag = empty path
redigering-inte-tabell = `{ $nyckel }` cannot be added: the place is not a mapping
redigering-tabell-pa-en-rad = `{ $nyckel }` is in a one-line mapping ({"{"}…{"}"}); run `sip fmt` first to write it as a block
redigering-ingen-lista-for-id = `{ $id }` not found: the place is not a list
redigering-id-saknas = `{ $id }` does not exist in the plan
redigering-punkt-saknas = item { $nummer } is not in the list
redigering-borttaget-saknas = what is to be removed is not in the plan
redigering-plats-pa-en-rad = the place is written on one line ([…] or {"{"}…{"}"}); run `sip fmt` first to write it as a block
redigering-oppnar-punkt = `{ $nyckel }` opens a list item and cannot be removed alone
redigering-tom-tabell = an empty mapping cannot take keys here
redigering-tom-nyckel = `{ $nyckel }` is empty
redigering-tom-lista = empty list
redigering-lista-pa-en-rad = `{ $nyckel }` is a one-line list ([…]); run `sip fmt` first to write it as a block
redigering-ingen-lista = `{ $nyckel }` is not a list; fix it with `sip edit`
# $slag is what is there: lista (a list), tabell (a mapping), alias, tomt (empty) or enkelt (a single value).
redigering-inte-enkelt = `{ $nyckel }` holds { $slag ->
        [lista] a collection
        [tabell] a collection
        [alias] an alias
        [tomt] an empty value
       *[enkelt] a single value
    } where a single value is expected; fix it with `sip edit`
redigering-inte-helt = `{ $nyckel }` cannot be replaced whole
redigering-nyckel-saknas = `{ $nyckel }` is missing
redigering-nyckel-saknas-id = `{ $nyckel }` is missing, so `{ $id }` does not exist

## sip fmt

# Formatting gave different results twice in a row.
redigering-fmt-instabil = sip fmt did not reach a stable result for the file; the file was left untouched
# The file is not a plan.
redigering-fmt-ingen-tabell = the file is not a mapping (not a plan); the file was left untouched
# Something on a line that sip fmt cannot format; $orsak is one of the messages below.
redigering-fmt-rad = line { $rad }: { $orsak }; the file was left untouched (fix it by hand with `sip edit`)
redigering-fmt-alias = aliases (`*name`) cannot be formatted
redigering-fmt-ankare = anchors (`&name`) or tags (`!tag`) cannot be formatted
redigering-fmt-sammansatt-nyckel = complex keys cannot be formatted
redigering-fmt-kommentar-i-varde = a comment inside a value spanning lines cannot be moved
redigering-fmt-kommentar-efter-streck = a comment between `-` and the first key cannot be moved
redigering-fmt-alias-kort = aliases cannot be formatted
# The check after formatting failed; $orsak is one of the messages below or above
# (redigering-orsak-olasbar, redigering-orsak-kommentar).
redigering-fmt-forlust = sip fmt could not rewrite the file without loss ({ $orsak }); the file was left untouched
redigering-fmt-innehall-andras = the content would change
# A YAML error on the line; $fel is the parser's message (Swedish messages explain it in Swedish instead, with planfil-yaml-fel).
redigering-fmt-yaml-fel = YAML error ({ $fel })

## What every editing command shares (sip goal, sip need, sip meeting, sip set …)

# A closed plan does not change; $plan_id is the plan's id.
redigering-plan-avslutad = { $plan_id } is closed and no longer changes; a closed plan records what was. Re-open it with `sip status { $plan_id } pågående` if the work goes on
# A plan file that is not UTF-8.
redigering-plan-inte-utf8 = { $fil } is not UTF-8; save it as UTF-8 first
# A structural error in the list below: the line and the error.
redigering-plan-strukturfel-rad = rad { $rad }: { $fel }
# The plan has structural errors; $fel are the errors (joined by semicolons), $orsak one of the two messages below.
redigering-plan-strukturfel = { $plan_id } is not changed while the file has structural errors ({ $fel }): { $orsak }. Fix the file first: `sip check { $plan_id }` shows where, `sip edit { $plan_id }` opens it
redigering-plan-strukturfel-felstavat = a change now could land beside the misspelled part instead of in it
redigering-plan-strukturfel-olasbart = what cannot be read cannot be changed safely
# The file cannot be read as a plan.
redigering-plan-olasbar = { $fil } is not a readable plan; run `sip check { $fil }` to see the fault and fix it with `sip edit`
# The consent is withdrawn; $datum is the day it was withdrawn.
redigering-plan-aterkallad = the consent in { $plan_id } was withdrawn on { $datum }, and without consent the plan no longer changes. Close it with `sip close { $plan_id } --reason samtycke_återkallat`, or record a new consent given after { $datum } with `sip consent { $plan_id } --date DATE --form FORM --parties PARTIES`
# A date before the plan's initiation; $vad is e.g. "the goal's deadline", $initiering the initiation day.
redigering-plan-fore-initiering = { $flagga }: { $vad } cannot be { $datum }, before the plan was initiated ({ $initiering }); give the right date, or change the initiation date with `sip set { $plan_id } --initiated DATE` if that is wrong
# A change that could not be made in the file; $fel says why.
redigering-plan-andring-fel = { $fil }: { $fel }
# After a command that changed nothing.
redigering-plan-ingen-andring = No change: { $fil } already said this.
# After a change: nothing left to fix.
redigering-plan-kan-bli-pagaende = Nothing keeps the plan from becoming active: `sip status { $plan_id } pågående`.
redigering-plan-komplett = The plan is complete: no errors, no warnings.
# After a change: what is left; $delar are the parts below joined by commas, $koder the rules' codes.
redigering-plan-kvar-fel = { $antal ->
    [one] { $antal } error
   *[other] { $antal } errors
} ({ $koder })
redigering-plan-kvar-varningar = { $antal ->
    [one] { $antal } warning
   *[other] { $antal } warnings
} ({ $koder })
redigering-plan-kvar-mote = a held meeting that draws up the plan
redigering-plan-kvar-utkast =
    Left before the plan can become active: { $delar }.
    `sip check { $plan_id }` shows the details (for a draft only what already applies).
redigering-plan-kvar =
    Left: { $delar }.
    `sip check { $plan_id }` shows the details.
# The last two in a list: "a, b and c".
redigering-plan-och = { $forsta } and { $sista }
# An id that is not in the plan; $vad is e.g. "goal", $finns the ids there are.
redigering-plan-id-saknas = { $vad } `{ $id }` is not in { $plan_id } (there are: { $finns })
# The same when the list is empty; $lista says which (behov, mal, insatser or moten).
redigering-plan-id-saknas-tom = { $vad } `{ $id }` is not in { $plan_id } (the plan has no { $lista ->
    [behov] needs
    [insatser] interventions
    [moten] meetings
   *[mal] goals
})
# Places in the plan that refer to a need or goal.
redigering-plan-plats-insats = intervention { $insats_id }
redigering-plan-plats-atgard = measure { $nummer }
# A need or goal that something refers to; $platser are the places, $antal how many.
redigering-plan-anvands = { $vad } { $id } is used by { $platser }; change { $antal ->
    [one] it
   *[other] those
} first, or remove with --force, which removes the references too
# After removal with --force: the sentence goes after "Removed …" (with a space first).
redigering-plan-hanvisningar-borttagna = {" "}The references to it were removed too, from { $platser }.
# Done: sip followup set the next follow-up ($datum).
uppfoljning-klar = Next follow-up of { $plan_id }: { $datum }.
# Done: sip responsible set the overall responsibility ($part is the party).
ansvar-klart = Overall responsibility for { $plan_id }: { $part }.
