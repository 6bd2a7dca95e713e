# git: merging plans (sip merge, which git runs as a driver), sip setup-git and sip history.
# Messages when git cannot be run.

# The git command is missing or could not be started; $fel is the system's words about it.
git-saknas = the git command could not be run ({ $fel }); install git
# git config failed while registering the driver; $nyckel is the setting.
git-config-misslyckades = git config { $nyckel } failed; nothing was registered
# git merge-file failed; $fel is what git wrote.
git-merge-file-misslyckades = git merge-file failed: { $fel }

## Why a merge by content did not work (git then merges line by line as usual)

# $version says which of the three versions it is.
git-har-konfliktmarkeringar = { $version ->
        [din] your version
        [andras] the other version
       *[gemensam] the common version
    } already has conflict markers
git-olasbar-version = { $version ->
        [din] your version
        [andras] the other version
       *[gemensam] the common version
    } is not a readable plan
git-delar-ej-parade = the parts of the plan could not be matched
git-resultat-olasbart = the result did not parse
# An id that was changed (e.g. a goal given a new number) could not be replaced in the text.
git-namnbyte-misslyckades = { $fore } could not be renamed to { $efter }
git-namnbyten-overlappar = the renames overlap
# $plats is a place in the plan (e.g. mål[M1].senast), $punkt a list item (e.g. [M2]).
git-du-tog-bort = you removed `{ $plats }`, which the other changed
git-andra-tog-bort = the other removed `{ $plats }`, which you changed
git-andra-ordning = the other reordered `{ $plats }`
git-andra-tog-bort-punkt = the other removed { $punkt } from `{ $plats }`, which you changed
git-du-tog-bort-punkt = you removed { $punkt }, which the other changed

## sip merge (the driver git runs): lines on stderr. $fil is the plan file's name.

# A version is not text (UTF-8).
git-inte-utf8 = a version is not UTF-8
# git merges the plan line by line; $orsak says why (one of the messages above).
git-rad-for-rad = sip merge: { $fil }: merged line by line by git ({ $orsak })
# Both added an item with the same id; the other's got a new one.
git-omnumrerad = sip merge: { $fil }: both added { $fore }; the other's { $fore } is now { $efter }
# A conflict left in the file with conflict markers; $rad is the line, $plats the place in the plan.
git-konflikt = sip merge: { $fil }:{ $rad }: conflict in `{ $plats }`: both changed it; keep what holds and delete the lines <<<<<<<, ======= and >>>>>>>

## Encrypted plans in git

# git diff shows an encrypted plan encrypted, as it could not be opened; $fel says why.
git-textconv-krypterad = sip decrypt --textconv: { $fel }; shown encrypted
# After sip setup-git in a folder of encrypted plans: git diff shows them in clear text to a key holder.
git-textconv-aktiv = git diff and git log -p show the encrypted plans in clear text to whoever has a key (diff.sip.textconv); without a key they are shown encrypted.
# The same, when .gitattributes does not send the plans to sip.
git-attribut-diff-saknas = git diff shows the encrypted plans encrypted: .gitattributes does not give them `diff=sip` (see `git check-attr diff -- PLAN.yaml`). Add the lines `*.yaml diff=sip` and `*.yml diff=sip` to the plan folder's .gitattributes and commit the file, and they are shown in clear text to whoever has a key.
# An encrypted plan was not merged; $orsak says why.
git-krypterad-ej-ihop = sip merge: { $fil }: the encrypted plan was not merged: { $orsak }. The file is your version, still encrypted, and git marks a conflict; nothing was written in clear text
git-tre-versioner = three versions are needed
# No key was found; $sokte are the places sip looked.
git-nyckel-saknas = key missing: an encrypted plan is merged only with a key (looked in { $sokte }); point SIP_AGE_KEY_FILE at your key file and run the merge again
# Both changed the same values; $platser are the places in the plan, $antal how many.
git-krypterad-konflikt = sip merge: { $fil }: both changed the same { $antal ->
        [one] value
       *[other] values
    } of the encrypted plan ({ $platser }). Conflict markers would show the values in clear text, so the file is your version, still encrypted, and git marks a conflict. See the other's changes with `git diff --theirs -- { $fil }` (clear text to a key holder, after sip setup-git), make what holds with sip commands and run `git add { $fil }`
# A merge only git could do line by line; $orsak says why.
git-krypterad-bara-innehall = { $orsak }; git merges encrypted plans by their content only
git-olika-mottagare = the two versions are encrypted to entirely different recipients
# The versions had different data keys; the merged plan got a new one.
git-ny-datanyckel = sip merge: { $fil }: the versions have different data keys (a recipient was removed on one side); the merged plan got a new data key, for the recipients both versions have. Compare with `sip keys list`

## sip setup-git (and sip init)

# The driver is registered and .gitattributes sends the plans to it; $drivrutin is the command.
git-drivrutin-aktiv = git now merges plans by their content in this clone (merge.sip.driver = { $drivrutin }).
# The driver is registered but not used yet (see git-attribut-merge-saknas).
git-drivrutin-registrerad = The merge driver is registered in this clone (merge.sip.driver = { $drivrutin }).
# sip is not on PATH, so the driver has the full path.
git-drivrutin-hela-sokvagen = sip on PATH is not this program (or is missing), so git runs it by its full path; run sip setup-git again if sip moves.
# .gitattributes does not send the plans to sip.
git-attribut-merge-saknas = But git does not send the plans to sip: .gitattributes does not give them `merge=sip` (see `git check-attr merge -- PLAN.yaml`). Add the lines `*.yaml merge=sip` and `*.yml merge=sip` to the plan folder's .gitattributes, remove what says otherwise, and commit the file.
# sip setup-git outside a git repository.
git-inget-forrad = there is no git repository here; run sip setup-git in a clone of the plan folder

## sip history

# --since is neither a date nor a meeting; $varde is what was typed.
git-since-ogiltig = --since: `{ $varde }` is neither a date (YYYY-MM-DD) nor a meeting of the plan with a time
