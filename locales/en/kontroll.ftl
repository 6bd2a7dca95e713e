# sip check and what reads the plan folder: the plan files, sip.toml and the report's headings.

## The plan folder (sip.toml, the plan files, finding a plan)

# A file of the plan folder that is not UTF-8.
kontroll-inte-utf8 = { $fil } is not UTF-8
# sip.toml names an agreement that does not exist; $finns are those there are, $forslag a suggestion (or empty).
kontroll-okand-overenskommelse = the agreement `{ $id }` does not exist (there are: { $finns }); correct `överenskommelse` in { $konfig }.{ $forslag }
# The suggestion after the message above (with a space first).
kontroll-menade-du-overenskommelse = {" "}Did you mean `{ $forslag }`?
# Why a file or folder of the plan folder was not read (shown in parentheses or after the file's name).
kontroll-kan-inte-lasas = cannot be read ({ $orsak })
kontroll-lank-utanfor = symbolic link to a folder outside the plan folder; sip does not follow it
kontroll-lank-cirkel = a loop of symbolic links (a link points at a folder above itself)
kontroll-lank-till-inget = symbolic link to something that does not exist
# The same plan id in several files; $filer are the files.
kontroll-id-i-flera-filer = the plan id `{ $plan }` is in several files ({ $filer }); give the path of the one you mean (sip check shows S004)
# A plan that was not found; $forslag is one of the suggestions below, $olasta the files that could not be read (or empty).
kontroll-okand-plan = unknown plan `{ $plan }` in the plan folder { $mapp } (give a plan id, a unique part of one, or a path){ $forslag }{ $olasta }
# Files that could not be read, after the message above; $filer are the files with the reason in parentheses.
kontroll-kunde-inte-lasa = ; could not read { $filer }
# A file and why it could not be read.
kontroll-fil-orsak = { $fil } ({ $orsak })
# Suggestions after "unknown plan": plans with a similar id or name ($planer), or sip find.
kontroll-menade-du = ; did you mean { $planer }?
kontroll-sok-med-find = ; `sip find TEXT` searches ids, names and personnummer
# Two suggestions in a row: "`a` or `b`".
kontroll-eller = { $forsta } or { $sista }
# A part of an id that matches several plans; $planer are their ids.
kontroll-del-i-flera = `{ $del }` is part of several plan ids ({ $planer }); give enough of the id for only one plan to match

## sip check and the reading of a plan

# A plan that cannot be read; $fel is the fault.
kontroll-fil-fel = { $fil }: { $fel }
# The same, with line and column.
kontroll-fil-rad-fel = { $fil }:{ $rad }:{ $kolumn }: { $fel }
# The file holds no plan.
kontroll-ingen-plan = not a plan
kontroll-fil-ingen-plan = { $fil }: not a plan
# Why a file is not a readable plan, with the line.
kontroll-rad-orsak = line { $rad }: { $orsak }
# --select with a code that does not exist.
kontroll-okand-kod = --select: unknown rule code `{ $kod }` (see `sip rules`)
# sip check - together with other paths.
kontroll-stdin-blandad = `-` (a plan from stdin) cannot be mixed with other paths
# --stdin-filename without -.
kontroll-stdin-filnamn = --stdin-filename is only for the plan from stdin: write `sip check - --stdin-filename PATH`
# A path that does not exist.
kontroll-finns-inte = { $sokvag } does not exist
# Neither a file, a folder nor a plan id.
kontroll-finns-inte-alls = { $id } does not exist: neither a file, a folder nor a plan id in the plan folder

## The report (sip check --format human and github)

# Headings in the report: before a help text, a note and a source.
kontroll-rubrik-hjalp = help
kontroll-rubrik-not = note
kontroll-rubrik-kalla = source
# The summary when nothing was found.
kontroll-inga-fel = no problems
# The columns of GitHub's summary.
kontroll-kolumn-kod = Code
kontroll-kolumn-regel = Rule
kontroll-kolumn-niva = Level
kontroll-kolumn-antal = Count
kontroll-kolumn-plan = Plan
kontroll-kolumn-fel = Errors
kontroll-kolumn-varningar = Warnings
kontroll-kolumn-info = Info
# A file without a plan id in GitHub's summary.
kontroll-fil-utan-id = (file without a plan id)
# The counts in the summary: "2 errors, 1 warning, 3 info" (info only when there is some).
kontroll-antal-fel = { $antal ->
    [one] { $antal } error
   *[other] { $antal } errors
}
kontroll-antal-varningar = { $antal ->
    [one] { $antal } warning
   *[other] { $antal } warnings
}
kontroll-antal-info = { $antal } info
# The summary's last line: how many plans were checked, files that could not be read
# ($olasta, mostly 0) and what was found ($fynd).
kontroll-planer-kontrollerade = { $antal ->
    [one] { $antal } plan checked
   *[other] { $antal } plans checked
}{ $olasta ->
    [0] {""}
    [one] , { $olasta } file could not be read
   *[other] , { $olasta } files could not be read
}: { $fynd }.
# Rules that could not be tested in encrypted plans without a key (one line on standard error);
# $regler is the number of rules, $planer the number of plans, $koder the rules' codes.
kontroll-oprovade-regler = { $regler ->
    [one] { $regler } rule
   *[other] { $regler } rules
} could not be tested without a key in { $planer ->
    [one] { $planer } encrypted plan
   *[other] { $planer } encrypted plans
}: { $koder }. { $regler ->
    [one] It reads personal data, which no key here can open; point SIP_AGE_KEY_FILE at a key to test it
   *[other] They read personal data, which no key here can open; point SIP_AGE_KEY_FILE at a key to test them
}
# Findings sip check adds itself (S001: the file cannot be read, S004: the same id in two files).
kontroll-s001-inte-utf8 = the file is not UTF-8 (save it as UTF-8)
kontroll-s001-olost = unresolved merge in git (the other version's changes may be missing from the file)
kontroll-s001-olost-not = `git checkout --merge -- { $fil }` writes both versions with conflict markers; keep what holds, delete the markers and run `git add` on the file
# S004: $fil is the other file with the same id.
kontroll-s004-i-fil = in { $fil }
kontroll-s004-samma-id = same id as another file
kontroll-s004-byt-id-forst = change the id in one of the files (and its name); first in { $fil }
kontroll-s004-byt-id-ocksa = change the id in one of the files (and its name); also in { $fil }
