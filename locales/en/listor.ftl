# The lists: sip list, sip followups (folder-wide and for one plan), sip stats, the calendar
# (--format ics) and the workbook (--format xlsx).
# The same ids are in ../sv/listor.ftl in Swedish.

## Column headings shared by the tables and the workbook

# Column headings of sip list, sip followups and sip stats (table and Excel).
lista-kolumn-plan = Plan
lista-kolumn-fil = File
lista-kolumn-individ = Individual
lista-kolumn-overenskommelse = Agreement
lista-kolumn-status = Status
lista-kolumn-overgripande-ansvar = Overall responsibility
lista-kolumn-nasta-uppfoljning = Next follow-up
lista-kolumn-fel = Errors
lista-kolumn-varningar = Warnings
lista-kolumn-datum = Date
lista-kolumn-tid = Time
lista-kolumn-dagar = Days
lista-kolumn-slag = Kind
lista-kolumn-vad = What
lista-kolumn-part = Party
lista-kolumn-person = Person
lista-kolumn-ansvarig = Responsible
lista-kolumn-samtalsledare = Meeting leader
lista-kolumn-id = Id
lista-kolumn-insats = Intervention
lista-kolumn-start = Start
lista-kolumn-slut = End
lista-kolumn-mal = Goal
lista-kolumn-matt = Measure
lista-kolumn-senast = By

## sip list

# What sip list prints when the folder has no plans.
lista-inga-planer = no plans
# Column headings of the sip list table; the short ones are used in a narrow terminal.
lista-kolumn-plan-individ = Plan, individual
lista-kolumn-overenskommelse-kort = Agreement
lista-kolumn-ansvar-kort = Resp.
lista-kolumn-uppfoljning = Follow-up
lista-kolumn-fel-kort = Err
lista-kolumn-varningar-kort = Warn
# In the status column for a plan file that cannot be read.
lista-kan-inte-lasas = unreadable
# The last line under the sip list table.
lista-summering = { $planer ->
        [one] { $planer } plan
       *[other] { $planer } plans
    }: { $fel ->
        [one] { $fel } error
       *[other] { $fel } errors
    }, { $varningar ->
        [one] { $varningar } warning
       *[other] { $varningar } warnings
    }.
# The last line under the sip list table when some files cannot be read.
lista-summering-med-olasliga = { $planer ->
        [one] { $planer } plan
       *[other] { $planer } plans
    }, { $filer ->
        [one] { $filer } file
       *[other] { $filer } files
    } that cannot be read: { $fel ->
        [one] { $fel } error
       *[other] { $fel } errors
    }, { $varningar ->
        [one] { $varningar } warning
       *[other] { $varningar } warnings
    }.

## sip followups (the whole folder)

# What sip followups prints when there is nothing to follow up.
lista-inget-att-folja-upp = nothing to follow up
# Column heading in a narrow terminal: three things in one cell, one per line.
lista-kolumn-plan-individ-samtalsledare =
    Plan
    Individual
    Meeting leader
# In the "What" column when the deadline has passed; $text is what is to be done.
lista-vad-forsenad = { $text } (overdue)
# The last line under the sip followups table.
lista-uppfoljning-summering = { $antal ->
        [one] { $antal } item
       *[other] { $antal } items
    }, { $forsenade } overdue.

# The items of the follow-up list (the "What" column, the calendar's summary).
lista-punkt-avsluta = Close the plan: the consent was withdrawn
lista-punkt-uppfoljning = Follow-up
lista-punkt-inget-datum = No follow-up date
lista-punkt-kalla-efter-utskrivning = Convene the SIP: the inpatient ward gave notice on { $datum } that the patient is ready for discharge; the fasta vårdkontakt sends the invitation within three days of the notice (Act 2017:612, ch. 4 s. 3)
lista-punkt-forsta-kallelse = Send the first invitation: the agreement allows at most { $dagar ->
        [one] { $dagar } day
       *[other] { $dagar } days
    } from the initiation on { $datum }
lista-punkt-skicka-kallelse = Send the invitation to { $mote } for the meeting on { $datum }
lista-punkt-mote = Meeting { $mote } at { $tid }
# As above, with the kind of meeting (for example "follow-up meeting").
lista-punkt-mote-med-slag = Meeting { $mote }, { $slag } at { $tid }
lista-punkt-insats-slutar = Intervention { $insats } ends: { $beskrivning }
lista-punkt-mal-senast = Goal { $mal } due: { $beskrivning }
lista-punkt-samtycke-upphor = Consent expires
lista-punkt-fyller-18 = Turns 18: the individual's own consent is needed
# A closed plan due for gallring; $ar is the number of years a plan is kept.
lista-punkt-gallras = Due for gallring: last entry { $sista }, { $ar ->
        [one] { $ar } year
       *[other] { $ar } years
    } (sip gallra)

## sip followups PLAN (one plan's checklist)

# The first line.
lista-checklista-rubrik = Follow-up of { $plan } – { $individ }
# The labels on the left of the checklist's head.
lista-falt-overenskommelse = Agreement:
lista-falt-status = Status:
lista-falt-samtalsledare = Meeting leader:
lista-falt-overgripande-ansvar = Overall responsibility:
lista-falt-nasta-uppfoljning = Next follow-up:
lista-falt-nasta-mote = Next meeting:
lista-falt-kallelse = Invitation:
# Values in the checklist's head.
lista-inget-datum = no date
lista-inget-inplanerat = none scheduled
lista-kallelse-inte-skickad = not sent
lista-kallelse-skickad = sent { $datum }
# After a meeting's place: the link or tool of an online meeting.
lista-mote-digitalt = online via { $digitalt }
# How far away the next follow-up is, in brackets after the date.
lista-dagar-i-dag = today
lista-dagar-i-morgon = tomorrow
lista-dagar-om = in { $antal ->
        [one] { $antal } day
       *[other] { $antal } days
    }
lista-dagar-i-gar = yesterday, overdue
lista-dagar-sedan = { $antal ->
        [one] { $antal } day
       *[other] { $antal } days
    } ago, overdue
# The headings of the checklist's parts; "($antal)" is the number of overdue items.
lista-forsenat-inget = Overdue: nothing
lista-forsenat = Overdue ({ $antal })
lista-kommande-frister = Coming deadlines
lista-insatser-inga = Interventions: none
lista-insatser = Interventions
lista-mal-inga = Goals: none
lista-mal = Goals
lista-atgarder-av-andra = Measures by others
lista-oppna-behov-inga = Open needs: none
lista-oppna-behov = Open needs (no intervention addresses them)
lista-forra-motet-inget = Previous meeting: none held
# $mote is the meeting's id, kind, time and place.
lista-forra-motet = Previous meeting: { $mote }
lista-inga-anteckningar = (no notes)
# In the interventions table, under the intervention.
lista-utforare = Provider: { $utforare }

## The calendar (--format ics)

# The calendar's name in the calendar program.
lista-kalender-namn = SIP follow-ups
# Lines of an event's description.
lista-kalender-plan = Plan: { $plan }
lista-kalender-ansvarig = Responsible: { $ansvarig }
lista-kalender-samtalsledare = Meeting leader: { $samtalsledare }

## sip stats

# What sip stats says about the selection: all plans, or those initiated between two dates.
lista-statistik-alla-planer = all plans
lista-statistik-initierade = initiated { $fran }–{ $till }
# The first line; $urval is one of the two above.
lista-statistik-rubrik = Statistics { $idag } ({ $urval })
# The second line: the counts of the whole selection.
lista-statistik-antal = Plans: { $planer }   Interventions: { $insatser }
# When small counts are hidden (disclosure control).
lista-statistik-doljs = Counts of 1–4 are shown as <5 (disclosure control; --no-suppress shows them).
# A table or category without rows.
lista-statistik-inga = (none)
# The category that counts all plans or all interventions.
lista-statistik-alla = all
# A category not stated, and a category sip does not know.
lista-statistik-uppgift-saknas = not stated
lista-statistik-okant = unknown
# Column headings of the statistics tables.
lista-kolumn-totalt = Total
lista-kolumn-kvinnor = Women
lista-kolumn-man = Men
lista-kolumn-annat = Other
lista-kolumn-kon-saknas-kort = Not stated
lista-kolumn-kon-saknas = Gender not stated
lista-kolumn-alder = Age
lista-kolumn-kategori = Category
# The age band of someone whose age is not known.
lista-alder-okand = unknown
# Key figures, in the table and in the workbook's overview.
lista-statistik-andel-i-tid = Share of active plans with follow-up on time
lista-statistik-forsta-mote = Plans with a first held meeting
lista-statistik-median = Median days from initiation to the first held meeting
# The lines under the tables; $andel and $median are a number or "–", $antal a number or "<5".
lista-statistik-andel-rad = { lista-statistik-andel-i-tid }: { $andel }
lista-statistik-median-rad = { lista-statistik-median }: { $median } ({ $antal ->
        [one] { $antal } plan
       *[other] { $antal } plans
    })
# The tables' headings.
lista-statistik-planer = Plans
lista-statistik-insatser = Interventions
lista-statistik-efter-status = Plans by status
lista-statistik-efter-overenskommelse = Plans by agreement
lista-statistik-efter-initierande-part = Plans by initiating party
lista-statistik-efter-overgripande-ansvar = Plans by party with overall responsibility
lista-statistik-insatser-efter-huvudman = Interventions by party
lista-statistik-insatser-efter-status = Interventions by status
lista-statistik-uppfoljning = Active plans: follow-up
lista-statistik-avslutsorsak = Closed plans by reason
lista-statistik-malens-utfall = Evaluated goals by outcome

## The workbook (--format xlsx)

# The sheets' names (at most 31 characters, none of [ ] : * ? / \).
lista-blad-planer = Plans
lista-blad-uppfoljning = Follow-ups
lista-blad-oversikt = Overview
lista-blad-insatser = Interventions
lista-blad-status = Status
lista-blad-overenskommelse = Agreement
lista-blad-initierande-part = Initiating party
lista-blad-overgripande-ansvar = Overall responsibility
lista-blad-insatser-efter-huvudman = Interventions by party
lista-blad-insatser-efter-status = Interventions by status
lista-blad-avslutsorsak = Closing reason
lista-blad-malens-utfall = Goal outcomes
# The overview sheet's columns and rows.
lista-kolumn-uppgift = Item
lista-kolumn-varde = Value
lista-oversikt-dagens-datum = Today
lista-oversikt-initierade-fran = Initiated from
lista-oversikt-initierade-till = Initiated to
lista-oversikt-doljs = Counts of 1–4 shown as <5
lista-ja = yes
lista-nej = no
