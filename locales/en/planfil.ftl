# The plan file: messages when sip reads a plan (S001, S002, S003) and the values of the plan's
# value sets. The same ids are in ../sv/planfil.ftl in Swedish.

## The file as a whole (S001)

# A plan with no keys at all.
planfil-tom = the file is empty (no keys)
# The plan is a list or a single value instead of keys; $sort is e.g. "a list".
planfil-inte-tabell = the file is { $sort }, not a mapping of keys
    .etikett = a plan starts with `id:`
# What a value in the file is, in running text ("must be a list, not a single value").
planfil-sort = { $sort ->
    [tomt] an empty value
    [enkelt] a single value
    [lista] a list
    [tabell] a mapping of keys
   *[alias] an alias
}

# An unresolved git conflict in the plan: the message, the text at the first conflict line, two notes.
planfil-konflikt = { $antal ->
    [one] it holds an unresolved git conflict
   *[other] it holds { $antal } unresolved git conflicts
}
    .etikett = the conflict starts here: the lines up to `=======` are your version, the lines after it up to `>>>>>>>` are the other one
    .losning = resolve it like this: keep the version that should hold (or both, if both should stay), delete the lines with `<<<<<<<`, `=======` and `>>>>>>>`, save and run `sip check` again
    .setup-git = `sip setup-git` lets git merge plans by their content instead of line by line, so that most conflicts never arise

## YAML errors: when the text breaks YAML's rules (S001)

# The start of each such message; $problem is the parser's own English message (--lang en) or
# one of the texts below.
planfil-yaml-fel = YAML error: { $problem }
# When the error is none of those below.
planfil-yaml-okant = the text breaks YAML's rules here
# One error each, by what the YAML parser found (--lang en shows the parser's own words).
planfil-yaml-kolon-i-varde = a colon in the wrong place (a value cannot be a key here; is there a colon in a text that should be quoted?)
planfil-yaml-nyckel-fel-stalle = a key in the wrong place
planfil-yaml-listtecken-fel-stalle = a list dash `-` in the wrong place (is the indentation right?)
planfil-yaml-kolon-saknas = a colon after the key is missing (or the line is indented wrongly)
planfil-yaml-indrag-nyckel = the indentation is wrong: a key was expected
planfil-yaml-indrag-listtecken = the indentation is wrong: a list dash `-` was expected
planfil-yaml-tabell-klammer = a mapping inside `{"{"} {"}"}` lacks `,` or `{"}"}`
planfil-yaml-lista-klammer = a list inside `[ ]` lacks `,` or `]`
planfil-yaml-varde-vantades = a value was expected here
planfil-yaml-klammer-fel-stalle = a bracket in the wrong place
planfil-yaml-citattecken-stangs-inte = a quote is never closed
planfil-yaml-indrag-citat = wrong indentation in a quoted text
planfil-yaml-text-efter-citat = text after the closing quote
planfil-yaml-bakstreck = an invalid `\` code inside quotes (write `\\` for a backslash)
planfil-yaml-slut-mitt-i-varde = the file ends in the middle of a value
planfil-yaml-text-slutar = a text ends unexpectedly
planfil-yaml-bindestreck = a text that starts with `-` followed by a punctuation mark must be quoted
planfil-yaml-kommentar-i-text = a comment in the middle of a text over several lines
planfil-yaml-kolon-fel-stalle = a colon in the wrong place
planfil-yaml-indrag-flerradig = wrong indentation in a text over several lines
planfil-yaml-flerradig-tabb = a text over several lines must not start with a tab
planfil-yaml-efter-flerradig = something wrong after `|` or `>` (only a comment may follow them on the line)
planfil-yaml-indrag = wrong indentation
planfil-yaml-tabb = tabs must not be used for indentation (use spaces)
planfil-yaml-for-djupt = nested too deeply
planfil-yaml-otillatet-tecken = the file holds a character that YAML does not allow (e.g. NUL)
planfil-yaml-bom = a byte order mark in the middle of the file
planfil-yaml-okant-ankare = an alias (`*`) to an anchor that does not exist
planfil-yaml-ankare = a YAML anchor or alias (`&`, `*`) that does not fit
planfil-yaml-tagg = a YAML tag (`!`) that cannot be read; plans need no tags
planfil-yaml-direktiv = a YAML directive line (`%`) that cannot be read; plans need no directives
planfil-yaml-dokumentgrans = a document boundary (`---` or `...`) in the wrong place; a plan is a single document
planfil-yaml-mellanslag = a space is missing
planfil-yaml-tecken = a character that is not allowed here
planfil-yaml-indrag-eller-klammer = the indentation or a closing bracket is wrong

## The keys (S001 duplicates, S002 unknown keys, S003 missing keys and wrong kinds)

# A key written twice in the same mapping; $rad is the line where it first stood.
planfil-dubblett = the key `{ $nyckel }` appears twice (first on line { $rad })
    .etikett = duplicate
# A key that is not text (e.g. a list as a key).
planfil-nyckel-inte-text = a key must be text
# A required key that is missing: the message and the text where it belongs.
planfil-saknas = is missing
planfil-saknas-har = `{ $nyckel }` is missing here
# A key that must have a value but is empty.
planfil-saknar-varde = has no value
# An unknown key that resembles a known one: added after the message, and the text at the key.
planfil-menade-du-tillagg = ; did you mean `{ $forslag }`?
planfil-menade-du = did you mean `{ $forslag }`?
# An unknown key that resembles none: the keys there are, at the top of the plan or under a key.
planfil-kanda-nycklar-planen = known keys in the plan: { $nycklar }
planfil-kanda-nycklar-under = known keys in `{ $stalle }`: { $nycklar }
# A value of the wrong kind; $onskat and $sort are e.g. "a list" and "a single value".
planfil-fel-sort = must be { $onskat }, not { $sort }
# A YAML alias (`*name`) as a value.
planfil-alias = aliases (`*name`) are not supported in plan files; write the value

## Values that cannot be read (S003). The variants with $varde show the value when it looks like
## what is asked for; the others do not (it could be a name or a personnummer).

planfil-id-tal = `{ $varde }` reads as a number, not an id; a plan id is text such as sip-2026-k3f9qx7m
planfil-id-ogiltigt-visat = `{ $varde }` is not a valid id (lower-case a–z, digits and -, 3–64 characters)
planfil-id-ogiltigt = is not a valid id (lower-case a–z, digits and -, 3–64 characters)
planfil-personnummer-citattecken = write the personnummer in quotes ("YYYYMMDD-NNNN"); without them it is read as a number
planfil-datum-ogiltigt-visat = `{ $varde }` is not a valid date; write YYYY-MM-DD
planfil-datum-ogiltigt = is not a valid date; write YYYY-MM-DD
planfil-tid-ogiltig-visad = `{ $varde }` is not a valid time; write YYYY-MM-DDTHH:MM, e.g. 2026-03-10T13:00
planfil-tid-ogiltig = is not a valid time; write YYYY-MM-DDTHH:MM, e.g. 2026-03-10T13:00
planfil-sant-falskt-visat = `{ $varde }` must be true or false
planfil-sant-falskt = must be true or false
planfil-minuter-visat = `{ $varde }` must be a number of minutes, a whole number 1–1440 (e.g. 90)
planfil-minuter = must be a number of minutes, a whole number 1–1440 (e.g. 90)
# A value outside a value set; $varden are the allowed values.
planfil-varde-otillatet-forslag = `{ $varde }` is not an allowed value ({ $varden }); did you mean `{ $forslag }`?
planfil-varde-otillatet = is not an allowed value ({ $varden })

## samtycke.givet_av that is neither the individual, a role nor a representative (S003)

# $roller are the roles; $forslag is empty or "; did you mean `…`?".
planfil-givare-utan-foretradare = the value is neither individen nor a role ({ $roller }), and no representative is listed under individ.företrädare; see the line{ $forslag }
planfil-givare = the value is neither individen, a role ({ $roller }) nor the name of someone under individ.företrädare; see the line{ $forslag }

## A personnummer that does not hold

planfil-personnummer-form = the format must be YYYYMMDD-NNNN, YYMMDD-NNNN or YYYYMMDDNNNN
planfil-personnummer-datum = the date part is not a valid date
planfil-personnummer-kontrollsiffra = the check digit does not match

## The values of the plan's value sets, as running text says them

# `status`
planfil-status-utkast = draft
planfil-status-pagaende = active
planfil-status-avslutad = closed

# `individ.kön`
planfil-kon-kvinna = woman
planfil-kon-man = man
planfil-kon-annat = other
planfil-kon-uppgift-saknas = not stated

# `individ.sysselsättning`
planfil-sysselsattning-anstalld = employed
planfil-sysselsattning-utan-anstallning = without employment
planfil-sysselsattning-studerande = student
planfil-sysselsattning-egenforetagare = self-employed
planfil-sysselsattning-annan = other

# `individ.företrädare[].roll`
planfil-foretradare-roll-vardnadshavare = guardian
planfil-foretradare-roll-forvaltare = administrator
planfil-foretradare-roll-god-man = trustee

# `samtycke.form`
planfil-samtyckesform-skriftligt = written
planfil-samtyckesform-muntligt = oral

# `samtycke.givet_av`
planfil-givet-av-individen = the individual
planfil-givet-av-vardnadshavare = guardian
planfil-givet-av-forvaltare = administrator
planfil-givet-av-god-man = trustee

# `initiering.tvångsvård` (v3): öppen psykiatrisk tvångsvård (LPT) or rättspsykiatrisk vård (LRV)
planfil-tvangsvard-lpt = compulsory psychiatric care (LPT)
planfil-tvangsvard-lrv = forensic psychiatric care (LRV)

# `inriktning`
planfil-inriktning-arbetslivsinriktad-rehabilitering = work-oriented rehabilitation
planfil-inriktning-medicinsk-rehabilitering = medical rehabilitation
planfil-inriktning-social-rehabilitering = social rehabilitation
planfil-inriktning-vard-och-omsorg = health and social care
planfil-inriktning-skola = school
planfil-inriktning-annan = other

# `insatser[].status`
planfil-insats-status-planerad = planned
planfil-insats-status-pagar = ongoing
planfil-insats-status-genomford = completed
planfil-insats-status-avbruten = cancelled

# `möten[].typ`
planfil-motestyp-upprattande = drawing up the plan
planfil-motestyp-uppfoljning = follow-up

# `möten[].deltagare[].roll`
planfil-deltagarroll-individen = the individual
planfil-deltagarroll-narstaende = relative
planfil-deltagarroll-foretradare = legal representative
planfil-deltagarroll-vardnadshavare = guardian
planfil-deltagarroll-samtalsledare = meeting leader
planfil-deltagarroll-part = party

# `mål[].utfall.bedömning` (v3)
planfil-bedomning-uppnatt = achieved
planfil-bedomning-delvis-uppnatt = partly achieved
planfil-bedomning-ej-uppnatt = not achieved

# `avslut.orsak`
planfil-avslutsorsak-mal-uppfyllda = goals met
planfil-avslutsorsak-behov-saknas = coordination no longer needed
planfil-avslutsorsak-samtycke-aterkallat = consent withdrawn
planfil-avslutsorsak-annan = other

# An agreement party's `typ`
planfil-partstyp-kommun = municipality
planfil-partstyp-region = region
planfil-partstyp-arbetsformedlingen = employment service
planfil-partstyp-forsakringskassan = social insurance agency
planfil-partstyp-skola = school
planfil-partstyp-privat = private provider
planfil-partstyp-samordningsforbund = coordination association

# A severity as written in `[regler]` and printed in reports.
planfil-allvarlighet-fel = error
planfil-allvarlighet-varning = warning
planfil-allvarlighet-info = info
planfil-allvarlighet-av = off
