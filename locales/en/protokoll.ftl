## The minutes (sip protocol)

# The minutes (sip protocol): headings, fields and errors
protokoll-minnesanteckningar-fran-sip-mote = Minutes of a SIP meeting

# The minutes (sip protocol): headings, fields and errors
protokoll-tid = Time

# The minutes (sip protocol): headings, fields and errors
protokoll-plats = Place

# The minutes (sip protocol): headings, fields and errors
protokoll-digitalt-via = online via { $system }

# The minutes (sip protocol): headings, fields and errors
protokoll-mote = Meeting

# The minutes (sip protocol): headings, fields and errors
protokoll-samtalsledare = Meeting leader

# The minutes (sip protocol): headings, fields and errors
protokoll-motet-ar-inte-markerat-som = the meeting is not marked as held.

# The minutes (sip protocol): headings, fields and errors
protokoll-narvarande = Present

# The minutes (sip protocol): headings, fields and errors
protokoll-forhinder = Absent

# The minutes (sip protocol): headings, fields and errors
protokoll-det-har-beslutades = What was decided

# The minutes (sip protocol): headings, fields and errors
protokoll-nasta-uppfoljning = Next follow-up

# The minutes (sip protocol): headings, fields and errors
protokoll-inget-mote = no meeting

# The minutes (sip protocol): headings, fields and errors
protokoll-inget-genomfort-mote = the plan { $plan_id } has no meeting held: mark it held with `sip meeting held { $plan_id } MÖ1`, or name the meeting

# The minutes (sip protocol): headings, fields and errors
protokoll-plats-och-digitalt = { $plats }; online via { $system }

# The minutes: what happened since the previous meeting
protokoll-det-har-har-hant-sedan = What has happened since the last meeting

# The minutes: what happened since the previous meeting
protokoll-anteckningar-fran-motet = Notes from the meeting

# The minutes: what happened since the previous meeting
protokoll-inga-anteckningar-fran-motet-ar = No notes from the meeting are recorded.

# The minutes: what happened since the previous meeting
protokoll-andringar-i-planen-sedan-forra = Changes to the plan since the last meeting

# The minutes: what happened since the previous meeting
protokoll-andringarna-sedan-forra-motet-kan = The changes since the last meeting cannot be shown, as the plan folder is not in git. Go through the plan point by point at the meeting.

# The minutes: what happened since the previous meeting
protokoll-andringarna-sedan-forra-motet-kan-2 = The changes since the last meeting cannot be shown, as no saved version of the plan is from the last meeting.

# The minutes: what happened since the previous meeting
protokoll-planens-behov-mal-och-insatser = The plan's needs, goals and interventions are the same as after the last meeting.

# The minutes: what happened since the previous meeting
protokoll-forra-motet-holls = The previous meeting was held on { $datum }.

# The minutes: what happened since the previous meeting
protokoll-planens-forsta-mote = This was the plan's first meeting.

# The minutes: what was decided
protokoll-insatser-och-vem-som-ansvarar = Interventions and who is responsible

# The minutes: what was decided
protokoll-atgarder-av-andra-an-kommunen = Measures by others than the municipality and the region

# The minutes: what was decided
protokoll-overgripande-ansvar = Overall responsibility

# The minutes: what was decided
protokoll-mal = Goals

# The minutes: what was decided
protokoll-mal-senast = { $mal } (by { $datum })

# The minutes: what was decided
protokoll-mal-utfall = { $mal } – outcome: { $utfall }

# The minutes: a change to the plan since the previous meeting
protokoll-nytt-behov = A new need has been added: { $behov }.

# The minutes: a change to the plan since the previous meeting
protokoll-behov-borttaget = The need “{ $behov }” is no longer in the plan.

# The minutes: a change to the plan since the previous meeting
protokoll-nytt-mal = A new goal has been set: { $mal }.

# The minutes: a change to the plan since the previous meeting
protokoll-mal-utvarderat = The goal “{ $mal }” has been evaluated: { $utfall }.

# The minutes: a change to the plan since the previous meeting
protokoll-mal-borttaget = The goal “{ $mal }” has been removed.

# The minutes: a change to the plan since the previous meeting
protokoll-ny-insats = A new intervention has been decided: { $insats }.

# The minutes: a change to the plan since the previous meeting
protokoll-ny-insats-part = A new intervention has been decided: { $insats } ({ $part }).

# The minutes: a change to the plan since the previous meeting
protokoll-insats-avbruten = The intervention “{ $insats }” has been stopped.

# The minutes: a change to the plan since the previous meeting
protokoll-insats-genomford = The intervention “{ $insats }” is completed.

# The minutes: a change to the plan since the previous meeting
protokoll-insats-borjat = The intervention “{ $insats }” has started.

# The minutes: a change to the plan since the previous meeting
protokoll-insats-borttagen = The intervention “{ $insats }” has been removed from the plan.

# The minutes: a change to the plan since the previous meeting
protokoll-ansvar-overgatt = Overall responsibility has passed to { $part }.
