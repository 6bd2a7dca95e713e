# Messages of the commands that change plans and list them (sip close, sip new, sip list …).
# The same ids are in ../sv/kommandon.ftl in Swedish.

## sip close

# Error: the plan is closed for another reason although the consent was withdrawn.
avsluta-samtycke-aterkallat = --reason: the consent in { $plan_id } was withdrawn on { $datum }, so the plan is closed for that reason: `sip close { $plan_id } --reason samtycke_återkallat`
# Done: the closing of an already closed plan was corrected.
avsluta-andrat = The closing of { $plan_id } was changed: { $datum }, { $orsak }.
# Done: the plan was closed.
avsluta-klart = { $plan_id } was closed on { $datum } ({ $orsak }).

## sip find

# When no plan matches the search text.
hitta-ingen-plan = No plan matches `{ $text }`.

## sip followup

# Error: the next follow-up is before today.
uppfoljning-fore-i-dag = --next: the next follow-up cannot be { $datum }, before today ({ $i_dag }); give the day the plan is to be followed up next

## sip responsible

# Error: the party may not hold the overall responsibility under the agreement.
ansvar-far-inte = --party: `{ $part }` may not hold the overall responsibility under the agreement { $overenskommelse }; these may: { $tillatna }

## sip stats

# Error: --from or --to is not a date.
statistik-inget-datum = { $flagga }: `{ $varde }` is not a date; write YYYY-MM-DD
# Error: --from is after --to.
statistik-fran-efter-till = --from { $fran } is after --to { $till }

## sip new

# Error: the agreement does not exist.
ny-okand-overenskommelse = --agreement: unknown agreement `{ $overenskommelse }`; there are: { $finns }
# Done: the plan was created.
ny-skapad = Created plan { $plan_id } in { $mapp } (status utkast).

## sip list, sip stats, sip followups (lists)

# Error: --format xlsx without -o while the output goes to a terminal.
lista-xlsx-till-terminal = --format xlsx writes an Excel file, not text: give -o FILE or redirect the output to a file, e.g. `sip { $kommando } --format xlsx -o { $fil }.xlsx`
# Error: the Excel file could not be written.
lista-excel-kunde-inte-skrivas = the Excel file could not be written: { $fel }
# Error (on stderr): a plan could not be read and is therefore missing from the list.
lista-kan-inte-lasa = error: cannot read { $fil }: { $orsak }; the plan is missing from the list (`sip check { $fil }` shows where)

## sip measure (measures by others)

# Error: sip measure set with nothing to change.
atgard-inget-att-andra = say what to change: --text, --by or --need
# Done: a measure was changed.
atgard-andrad = Changed measure { $nummer } in { $plan_id }.
# Done: the last measure was removed.
atgard-borttagen = Removed measure { $nummer } from { $plan_id }.
# Done: a measure was removed and the ones after it were renumbered.
atgard-borttagen-fore-andra = Removed measure { $nummer } from { $plan_id }; the measures after it move up one number.
# Done: a measure was added.
atgard-tillagd = Added a measure by { $av } to { $plan_id }.
# Error: sip measure none while the plan already has measures.
atgard-finns-redan = { $fil } already has { $antal ->
        [one] { $antal } measure
       *[other] { $antal } measures
    } by others; remove { $antal ->
        [one] it
       *[other] them
    } with `sip edit` if there are none
# Done: the plan records that nobody else takes measures (considered).
atgard-inga = { $plan_id }: no measures by others (considered).
# Error: no measure with that number.
atgard-finns-inte = measure { $nummer } is not in { $plan_id } (it has { $antal }); `sip show { $plan_id }` numbers them

## sip man (the manual page)

# Error: the man page could not be made.
manual-kunde-inte-skapas = the man page could not be made: { $fel }
# Headings of the man page (in capitals).
manual-kommandon = COMMANDS
manual-namn = NAME
manual-beskrivning = DESCRIPTION
manual-slutkoder = EXIT STATUS
manual-miljo = ENVIRONMENT
manual-filer = FILES
manual-se-aven = SEE ALSO
# The paragraph after the list of commands.
manual-flaggor = Each command's options are shown by sip COMMAND --help.

## sip fmt

# Error (on stderr) when a plan could not be locked or read.
fmt-fel = error: { $fel }
# Error (on stderr) in a given file.
fmt-fel-i-fil = error: { $fil }: { $fel }
# Why a file could not be read.
fmt-fil-problem = { $fil }: { $problem }
# Error: the file is not UTF-8.
fmt-inte-utf8 = the file is not UTF-8
# sip fmt --check: a file not in canonical form.
fmt-skulle-formateras = would reformat: { $fil }
# sip fmt: a file that was rewritten.
fmt-formaterade = reformatted: { $fil }
# Summary of sip fmt --check.
fmt-kontrollerade = { $antal ->
        [one] { $antal } file
       *[other] { $antal } files
    } checked: { $andrade } not in canonical form.
# Summary of sip fmt.
fmt-summa = { $antal ->
        [one] { $antal } file
       *[other] { $antal } files
    }: { $andrade } reformatted.

## sip init

# Error: the plan folder exists already.
init-finns-redan = { $fil } already exists; the plan folder is already set up
# Error: the agreement is not a built-in one.
init-okand-overenskommelse = --agreement: unknown agreement `{ $overenskommelse }`; the built-in ones are: { $inbyggda }
# Done: the plan folder was created.
init-skapad = Created the plan folder { $mapp } (agreement { $overenskommelse }). Next: sip new --name NAME
# After init in a git repository where sip merges the plans.
init-ny-klon = A fresh clone needs sip setup-git once.

## sip status

# Error: status avslutad is set with sip close.
status-avslutas-med-close = a plan is closed with `sip close { $plan } --reason REASON` (it also records the date and reason)
# Error: a closed plan can only be re-opened.
status-avslutad = { $plan_id } is closed; it can only be re-opened, with `sip status { $plan_id } pågående`
# Error: the consent was withdrawn.
status-samtycke-aterkallat = { $plan_id } cannot become active: the consent was withdrawn on { $datum }, and without consent kommun and region may not coordinate the interventions. Make a new plan with `sip new` if the individual consents again
# Done: new status.
status-ny = { $plan_id } now has status { $status }.
# Done: a closed plan was re-opened.
status-ny-oppnad = { $plan_id } now has status { $status }. The closing was removed; it remains in the history (`sip history`).
# Error: the plan cannot become active; $lista is one line per missing thing (the lines below and errors under the law).
status-saknas = { $plan_id } cannot become active yet; this is missing:{ $lista }
# Missing: a consent.
status-inget-samtycke = no consent is recorded: `sip consent { $plan_id } --date DATE --form skriftligt --given-by individen --parties PARTIES`
# Missing: a consent that is still valid.
status-samtycke-gammalt = the consent was valid until { $datum }: record the new one with `sip consent { $plan_id } --date DATE --valid-until DATE`
# Missing: the consent's date.
status-samtycke-utan-datum = the consent has no date: `sip consent { $plan_id } --date DATE`
# Missing: the meeting that draws up the plan has been held.
status-moete-inte-hallet = the meeting { $mote_id } that draws up the plan has not been held: `sip meeting held { $plan_id } { $mote_id }` once it has
# Missing: a meeting that draws up the plan.
status-inget-upprattandemote = the plan has no meeting that draws it up: `sip meeting add { $plan_id } --kind upprättande --at "YYYY-MM-DD HH:MM"`, then `sip meeting held { $plan_id } MÖ1`

## sip goal

# The word for a goal in errors like "goal M3 does not exist".
mal-ordet = goal
# The word for the goal's deadline in errors about a date before the plan began.
mal-senast-ordet = the goal's deadline
# The word for the evaluation in errors about a date before the plan began.
mal-utvarderingen-ordet = the evaluation
# Done: a goal was removed; $ocksa is a sentence on references removed too (or empty).
mal-borttaget = Removed goal { $mal_id } from { $plan_id }.{ $ocksa }
# Done: a goal was added.
mal-tillagt = Added goal { $mal_id } to { $plan_id }.
# Error: --outcome-date without --outcome.
mal-datum-utan-utvardering = --outcome-date belongs to an evaluation: give it with `--outcome uppnått|delvis_uppnått|ej_uppnått`
# Error: --comment on a goal that has not been evaluated.
mal-kommentar-utan-utvardering = --comment: goal { $mal_id } has not been evaluated; evaluate it with `--outcome uppnått|delvis_uppnått|ej_uppnått --comment TEXT`
# Done: the comment on the evaluation was changed.
mal-kommentar-andrad = The comment on the evaluation of goal { $mal_id } in { $plan_id } was changed.
# Error: --outcome ingen with a date or comment.
mal-ingen-utvardering-med-mer = --outcome ingen removes the evaluation; it takes no date or comment
# --outcome ingen when the goal has not been evaluated (no change).
mal-inte-utvarderat = Goal { $mal_id } in { $plan_id } has not been evaluated.
# Done: the evaluation was removed.
mal-utvardering-borttagen = The evaluation of goal { $mal_id } in { $plan_id } was removed.
# Error: the evaluation's date is after today.
mal-utvarderat-efter-i-dag = --outcome-date: a goal cannot have been evaluated on { $datum }, after today ({ $i_dag }); evaluate it once it has been followed up
# Done: the goal was evaluated; $bedomning is e.g. "achieved".
mal-bedomt = Goal { $mal_id } in { $plan_id } was assessed on { $datum } as { $bedomning }.
# Error: sip goal set with nothing to change.
mal-inget-att-andra = say what to change: --text, --measure, --by or --outcome
# Done: the goal was changed.
mal-andrat = Changed goal { $mal_id } in { $plan_id }.
# Done: the goal was changed and evaluated; $bedomning is the sentence on the evaluation.
mal-andrat-och-bedomt = Changed goal { $mal_id } in { $plan_id }. { $bedomning }

## sip need

# The word for a need in errors like "need B3 does not exist".
behov-ordet = need
# Done: a need was added.
behov-tillagt = Added need { $behov_id } to { $plan_id }.
# Done: a need was changed.
behov-andrat = Changed need { $behov_id } in { $plan_id }.
# Done: a need was removed; $ocksa is a sentence on references removed too (or empty).
behov-borttaget = Removed need { $behov_id } from { $plan_id }.{ $ocksa }

## sip intervention

# The word for an intervention in errors like "intervention I3 does not exist".
insats-ordet = intervention
# Error: --need or --goal names a need or goal that does not exist.
insats-ref-saknas = { $flagga }: `{ $varde }` is not among the plan's { $lista ->
        [behov] needs
       *[other] goals
    } (there are: { $finns })
# Error: as above, when the plan has none at all.
insats-ref-saknas-inga = { $flagga }: `{ $varde }` is not among the plan's { $lista ->
        [behov] needs
       *[other] goals
    } (there are none)
# Error: the intervention ends before its start.
insats-slut-fore-start = { $flagga }: the intervention cannot end on { $slut }, before its start on { $start }; give an end on or after the start (or change the start with --start)
# Done: an intervention was removed.
insats-borttagen = Removed intervention { $insats_id } from { $plan_id }. An intervention stopped early can instead get status avbruten: `sip intervention set { $plan_id } { $insats_id } --status avbruten`.
# Done: an intervention was added.
insats-tillagd = Added intervention { $insats_id } ({ $part }) to { $plan_id }.
# Error: the intervention does not exist.
insats-finns-inte = intervention `{ $insats_id }` is not in { $fil } (there are: { $finns })
# Error: sip intervention set with nothing to change.
insats-inget-att-andra = say what to change: --status, --text, --party, --need, --goal, --provider, --contact, --start or --end
# Done: an intervention was changed.
insats-andrad = Changed intervention { $insats_id } in { $plan_id }.

## sip set

# Error: --clear with a key that does not exist; $forslag is the nearest key.
andra-ingen-nyckel-menade = --clear: `{ $nyckel }` is not a key of the plan format; did you mean `{ $forslag }`?
# Error: --clear with a key that does not exist.
andra-ingen-nyckel = --clear: `{ $nyckel }` is not a key of the plan format
# Error: --clear a.b where a has no keys below it.
andra-inga-nycklar-under = --clear: `{ $nyckel }` has no keys below it
# Error: --clear without a key.
andra-ange-nyckel = --clear: give a key
# Error: --clear on a key every plan must have.
andra-kravs = --clear: `{ $nyckel }` is required in every plan and cannot be removed, only changed
# Error: --clear on a whole list.
andra-lista = --clear: `{ $nyckel }` is a list; remove one item at a time with the command's `remove` (e.g. `sip need remove PLAN B1`)
# Error: --initiated after today.
andra-initierad-efter-i-dag = --initiated: the plan cannot have been initiated on { $datum }, after today ({ $i_dag })
# Error: --initiated after something already in the plan; $efter is one of the three lines below.
andra-initierad-efter = --initiated: the plan cannot have been initiated on { $datum }, after { $efter } ({ $dag }); give the right day
andra-motet = meeting { $mote_id }
andra-kallelsen = the invitation to { $mote_id }
andra-malet = goal { $mal_id }
# Error: sip set with nothing to change.
andra-inget-att-andra = say what to change: --name, --personnummer, --birth-date, --agreement, --purpose, --focus, --question, --leader, --occupation, --gender, --benefit, --background, --own-goal, --proposed-by, --discharge-ready, --care-contact, --childs-views, --compulsory-care, --interpreter, --protected, --initiated-by, --initiated or --clear KEY
# Done: the plan was changed.
andra-klart = Changed { $plan_id }.

## sip edit (the plan in a text editor)

# When the plan was saved unchanged.
redigera-ingen-andring = No change.
# Error: the editor could not be started.
redigera-kunde-inte-starta = could not start the editor `{ $redigerare }`: { $fel } (set $EDITOR)
# Error: the editor exited with an error.
redigera-avslutades-med-fel = the editor `{ $redigerare }` exited with an error, so the plan was not changed
# Question when the saved text is too large.
redigera-oppna-igen = Open it again?
# Question when the saved plan has errors.
redigera-fel-oppna-igen = { $fil } has { $antal ->
        [one] { $antal } error
       *[other] { $antal } errors
    }. Open it again?
# Done: the plan was saved.
redigera-sparade = Saved { $fil }.
# Why the edit stopped: the plan changed on disk meanwhile.
redigera-andrad-pa-disken = { $fil } changed on disk while it was open in the editor (someone else saved, or git updated it), so your version did not overwrite it.
# Why the edit stopped: Ctrl-C.
redigera-avbrutet = Interrupted; { $fil } was not changed.
# Why the edit stopped: the saved text is too large; $orsak is the size and the limit.
redigera-for-stor = { $fil } was not saved: your version is too large ({ $orsak }).
# After why ($varfor): where the person's version is kept ($kopia), beside the plan.
redigera-kvar-bredvid = { $varfor } Your version is kept in { $kopia }. See the differences with `git diff --no-index { $fil } { $kopia }`, bring your changes in with `sip edit { $fil }`, then remove { $kopia }
# After why ($varfor): the version could not be put beside the plan and stays in the editor's copy ($kopia).
redigera-kvar-i-arbetskopian = { $varfor } Your version could not be put beside the plan ({ $fel }), so it stays where the editor had it: { $kopia }. Move it from there before removing the folder; bring your changes in with `sip edit { $fil }`
# The man page's exit codes, environment variables, files and "see also". What stands between `backticks` is printed in bold.
manual-slutkod-0 = Nothing at the level error (warnings are allowed except with `--strict`).
manual-slutkod-1 = At least one error (or a warning with `--strict`), or `sip fmt --check` found a file not in canonical form.
manual-slutkod-2 = The command could not be carried out: wrong arguments, unreadable folder, unknown plan, refused change.
manual-miljo-sip-today = Today's date for every date rule (as `--today`).
manual-miljo-sip-lang = `sv` or `en` (as `--lang`).
manual-miljo-no-color = No colour.
manual-miljo-editor = The editor for `sip edit`.
manual-fil-sip-toml = The plan folder's settings: default agreement, meeting leader, `[regler]`.
manual-fil-agreements = The plan folder's own agreements.
manual-fil-planer = One plan per file.
manual-se-aven-text = `sip rules` for every rule, `sip schema plan` for editor support.
# Error: the version of an encrypted plan could not be encrypted again ($orsak), so it was not kept.
redigera-kunde-inte-krypteras = { $fil } was not changed, and your version was not kept: it could not be encrypted ({ $orsak }), and no clear copy of an encrypted plan is ever left behind
# After why ($varfor): the version of an encrypted plan is kept encrypted beside the plan ($kopia).
redigera-kvar-krypterad = { $varfor } Your version is kept, encrypted, in { $kopia }. Read it with `sip decrypt { $kopia }`, bring your changes in with `sip edit { $fil }`, then remove { $kopia }
