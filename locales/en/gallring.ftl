# Gallring: sip gallra (dry run, archive copies, --apply) and the gallring in git.
# These texts name plans by id and dates only, never by a name or personnummer.

## Errors that stop sip gallra before anything is written

# sip.toml has no [gallring].
gallra-ingen-gallring =
    sip.toml does not say when plans are gallrade. Add

    {"["}gallring]
    "år_efter_sista_anteckning" = 5

    to sip.toml (social services' records: 5 years; the region's patient records: at least 10 years) and run sip gallra again
# --apply --no-git in a plan folder that is in git.
gallra-utan-git-i-git = the plan folder is in git: --no-git would leave every version of the plans in the history. Run sip gallra --apply without --no-git
# --apply in a plan folder not in git, without --no-git.
gallra-inte-i-git = the plan folder is not in git, so there is no history to rewrite. Confirm that only the files are to be removed with sip gallra --apply --no-git
# --archive points into the plan folder's git repository.
gallra-arkiv-i-forradet = the archive folder { $mapp } is inside the plan folder's git repository, where the plans would end up again. Give a folder outside the repository
# --apply without --by and without "utförd_av" in sip.toml.
gallra-vem = say who performs the gallring, as a role or function and not a name, e.g. sip gallra --apply --by "registrar, social services" (or "utförd_av" under [gallring] in sip.toml)

## The dry run's list

# First line: the rule and today's date.
gallra-regel = Gallring { $ar } years after the last entry (the later of the closing date and the last commit), today { $idag }.
# Heading for the plans due.
gallra-rubrik-ska = Due for gallring ({ $antal ->
        [one] { $antal } plan
       *[other] { $antal } plans
    }):
# Under the heading when no plan is due.
gallra-ingen = none
# A plan that is due: after the plan's id.
gallra-rad-ska = closed { $avslutad }, last commit { $commit }: last entry { $sista }, due since { $sedan }
# Heading for the plans kept by the archive authority's exceptions.
gallra-rubrik-sparas = Kept by the archive authority's exceptions ({ $antal ->
        [one] { $antal } plan
       *[other] { $antal } plans
    }):
# Why a plan is kept (after the plan's id); the words in parentheses are keys in sip.toml.
gallra-sparas-listad = the plan is listed among the exceptions (planer)
gallra-sparas-fodd = the individual was born on a day that is kept (födda_dag)
gallra-sparas-okand = the day of birth cannot be read from the plan and födda_dag applies: kept until it is known
# Heading for plans that cannot be decided.
gallra-rubrik-oavgjord = Cannot be decided ({ $antal ->
        [one] { $antal } plan
       *[other] { $antal } plans
    }):
# Why a plan cannot be decided (after the plan's id).
gallra-oavgjord-ej-incheckad = changed but not committed: the last entry is today
gallra-oavgjord-inget-datum = no closing date and no commit: record it with sip close
# Plans due later, and the first day.
gallra-senare = { $antal ->
        [one] { $antal } plan more is due later (the first on { $forsta }).
       *[other] { $antal } plans more are due later (the first on { $forsta }).
    }
# Last line of a dry run when a plan is due.
gallra-provkorning = This was a dry run: nothing was removed. sip gallra --archive DIR --apply writes the archive copies and gallrar.

## Archive copies (PDF/A)

# The PDF/A file could not be made.
gallra-arkiv-misslyckades = the archive copy of { $plan_id } could not be made as PDF/A ({ $fel }); nothing was gallrat
# Warning: characters the font lacks.
gallra-arkiv-ersatta-tecken = warning: { $antal } { $antal ->
        [one] character is
       *[other] characters are
    } in the archive copy of { $plan_id } not in the font and replaced by � (PDF/A allows no character without a glyph)
# Where the archive copy was written.
gallra-arkivexemplar = Archive copy: { $fil }
# The archive copy's section on the plan's history: column headings, and the text without git.
gallra-historik-rubrik = The plan's history
gallra-historik-datum = Date
gallra-historik-av = By
gallra-historik-andringar = Changes
gallra-historik-ingen-git = The plan folder is not in git: there is no history.
# The archive copy's last section.
gallra-om-arkivexemplaret-rubrik = About this archive copy
gallra-om-arkivexemplaret = Archive copy (PDF/A-2b) written by sip { $version } on { $idag } when the plan { $plan_id } was gallrad from the plan folder: last entry { $sista }, gallring under [gallring] in sip.toml.

## After --apply

# The plan is not in the git repository.
gallra-plan-utanfor-forradet = the plan { $plan_id } is not in the git repository
# Done without git: which plans, and the log file.
gallra-klart-utan-git = Gallrat: { $planer }. Recorded in { $logg }.
# Done in git: which plans, and the log file.
gallra-klart-git = Gallrat: { $planer }. The files and every version of them are gone from this clone's history; { $logg } is committed.
# The message when the gallring log is committed (always written in Swedish: the team shares the history).
gallra-incheckning = Gallring { $idag }: { $planer } (sip gallra)
# What the team must do after the rewrite.
gallra-teamet = What the team must do now:
gallra-steg-origin =
    1. git-filter-repo removed the remote origin, so that nobody fetches the old history back by mistake. Add it again and overwrite the remote's history:
         git remote add origin <the repository's address>
         git push --force --all origin
         git push --force --tags origin
gallra-steg-fjarr = 1. If the plan folder has a remote: overwrite its history with git push --force --all and git push --force --tags.
gallra-steg-kloner = 2. Every other clone (colleagues' computers, CI runners, copies) must be deleted and cloned again. Never run git pull or git push from an old clone: that brings the gallrade plans back.
gallra-steg-vard = 3. The remote's host may keep the old objects until it prunes, and the rewrite does not reach the host's backups, forks or other copies: ask the host to prune, and gallra the backups under the same decision.

## The gallring in git (errors and refusals)

# The git command could not be started.
gallring-git-saknas = the git command could not be run ({ $fel }); install git
# A git command failed: the step and git's own words.
gallring-git-misslyckades = git { $steg } failed: { $fel }
# --apply refused: changes not committed.
gallring-ej-incheckat = the working tree has changes that are not committed (or files git does not track). Commit them (git add, git commit) or remove them, and run sip gallra --apply again
# --apply refused: commits not pushed.
gallring-ej-skickat = { $antal } { $antal ->
        [one] commit in this clone is
       *[other] commits in this clone are
    } not pushed to the remote. Push first (git push), so that the rewrite is done on the history the team shares, and run sip gallra --apply again
# --apply refused: git does not know who commits.
gallring-ingen-identitet = git does not know who commits, and the gallring log is to be committed. Set it (git config user.name and git config user.email) and run sip gallra --apply again
# --apply refused: git-filter-repo missing.
gallring-filter-repo-saknas = git-filter-repo is not installed. Install it (pip install git-filter-repo, or Debian's package git-filter-repo) and run sip gallra --apply again
# After the rewrite the plans are still in the history.
gallring-kvar-i-historiken = git-filter-repo ran, but the history still has commits touching the gallrade plans; check the repository with git log --all -- FILE
# git-filter-repo failed.
gallring-filter-repo-misslyckades = git-filter-repo failed, nothing was gallrat: { $fel }
# The gallring log (gallringslogg.csv) could not be written.
gallring-logg-misslyckades = the gallring log could not be written: { $fel }
