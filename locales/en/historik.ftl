# The plan's history from git: sip history (sip log) and the history in archive copies and
# documents. Each change is said as a samtalsledare would say it. $namn is a key of the plan file
# (with spaces for _), e.g. "mål M1 senast"; $varde, $fore and $efter are values from the plan.

# The plan file is not in git.
historik-inte-i-git = { $fil } is not in a git repository, so there is no history to show. Put the plan folder in git (git init, git add, git commit) and every change is kept with its date and author
# The plan's first version.
historik-skapad = plan created
# The plan file was removed in a version.
historik-fil-borttagen = file removed
# A version that could not be read.
historik-olasbar = the file could not be read as a plan in this version
# An empty value, an empty list, a missing value, and a list of mappings (in their place).
historik-tomt = (empty)
historik-inga = (none)
historik-ingen = (none)
historik-poster = { $antal ->
        [one] { $antal } entry
       *[other] { $antal } entries
    }
# A value that was given a value.
historik-varde-satt = { $namn } { $varde }
# A value that was removed.
historik-varde-borttaget = { $namn } removed (was { $varde })
# A value that changed.
historik-varde-andrat = { $namn } { $fore } → { $efter }
# A mapping that changed.
historik-andrad = { $namn } changed
# A list of values that changed: $andringar are the values added and removed.
historik-lista-andrad = { $namn }: { $andringar }
historik-lista-nya = added { $varden }
historik-lista-borttagna = removed { $varden }
# An intervention's new status ($insats is e.g. "insats I3").
historik-insats-status = { $insats } { $status ->
        [pagar] started
        [genomford] completed
        [avbruten] discontinued
       *[planerad] planned again
    }
# A meeting held, an invitation sent.
historik-mote-hallet = meeting { $id } held
historik-kallelse-skickad = invitation to { $id } sent { $datum }
# The next follow-up: set, or moved.
historik-nasta-uppfoljning = next follow-up { $datum }
historik-nasta-uppfoljning-flyttad = next follow-up { $fore } → { $datum }
# The plan's status.
historik-planens-status = plan status { $fore } → { $efter }
# A new need, goal, intervention or meeting, with or without a description (a meeting's time).
historik-ny-post = new { $slag ->
        [behov] need
        [mal] goal
        [insats] intervention
       *[mote] meeting
    } { $id }
historik-ny-post-beskriven = new { $slag ->
        [behov] need
        [mal] goal
        [insats] intervention
       *[mote] meeting
    } { $id } ({ $beskrivning })
# A need, goal, intervention or meeting removed.
historik-post-borttagen = { $slag ->
        [behov] need
        [mal] goal
        [insats] intervention
       *[mote] meeting
    } { $id } removed
# sip history when nothing changed (since a date).
historik-inga-andringar = No changes in git.
historik-inga-andringar-sedan = No changes in git since { $datum }.
