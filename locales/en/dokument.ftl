## What all documents share: headings, words, dates, page numbers and PDF metadata

# Documents: changes to the plan since a meeting
dokument-planen-har-inte-andrats-sedan = The plan has not changed since.

# All documents: a value the plan does not give
dokument-ej-angivet = not stated

# All documents: something the meeting has to decide
dokument-att-besluta = to be decided

# Documents: the kind of meeting
dokument-upprattande-av-planen = Drawing up the plan

# Documents: the kind of meeting
dokument-uppfoljning-av-planen = Follow-up of the plan

# Agenda and invitation: the fields at the top about the meeting
dokument-individ = Individual

# Agenda and invitation: the fields at the top about the meeting
dokument-inte-inplanerat = (not scheduled)

# Agenda and invitation: the fields at the top about the meeting
dokument-mote = Meeting

# Agenda and invitation: the fields at the top about the meeting
dokument-tid = Time

# Agenda and invitation: the fields at the top about the meeting
dokument-plats = Place

# Agenda and invitation: the fields at the top about the meeting
dokument-digitalt-mote = Digital meeting

# Agenda and invitation: the fields at the top about the meeting
dokument-samtalsledare = Meeting leader

# Agenda and invitation: the fields at the top about the meeting
dokument-plan = Plan

# Agenda and invitation: the fields at the top about the meeting
dokument-mote-och-slag = { $mote } – { $slag }

# Documents: the place when the individual has protected personal data
dokument-samtalsledaren-berattar-var-motet-halls = the meeting leader will tell you where the meeting is held

# Documents: under the title with protected personal data
dokument-skyddade-personuppgifter-hanteras-enligt-rutin = Protected personal data – handle according to routine

# Documents: groups of participants
dokument-individen-och-narstaende = The individual and relatives

# Documents: groups of participants
dokument-ovriga = Others

# Documents: groups of participants
dokument-roll-foretradare = legal representative

# Documents: the individual's own words
dokument-nulage = The situation now

# Documents: the individual's own words
dokument-det-har-gor-namn-sjalv = What { $namn } will do:

# Documents: heading of the individual's own words
dokument-individens-mal-med-egna-ord = The individual's own goal, in their own words

# Documents: a list, "A, B and C" ($forsta is "A, B")
dokument-och = { $forsta } and { $sista }

# Documents: an intervention on one line
dokument-insats-ansvarig = responsible: { $part }

# Documents: an intervention on one line
dokument-insats-utforare = provider: { $utforare }

# Documents: an intervention on one line
dokument-insats-kontakt = contact: { $kontakt }

# Documents: an intervention's period
dokument-fran = from { $datum }

# Documents: an intervention's period
dokument-till = until { $datum }

# The invitation at discharge from inpatient care
dokument-patientens-fasta-vardkontakt-i-den = The patient's fasta vårdkontakt (named care contact) in outpatient care convenes the meeting.

# The invitation at discharge from inpatient care
dokument-fast-vardkontakt-kallar = The patient's fasta vårdkontakt (named care contact), { $kontakt }, convenes the meeting.

# The invitation at discharge from inpatient care
dokument-kallelse-vid-utskrivning = This is the notice under the Act (2017:612) on cooperation at discharge from inpatient health care (ch. 4 s. 3). The inpatient ward gave notice on { $datum } that the patient is ready for discharge. { $vardkontakt }

# Documents: the line at the top of every page
dokument-fodd = born { $datum }

# Documents: the footer
dokument-sidfot = Agreement: { $overenskommelse } · Printed { $datum }

# The plan document and the minutes: measures by others and what the individual does
dokument-ovriga-atgarder-av-andra = Other measures by others: { $varde }

# The plan document and the minutes: measures by others and what the individual does
dokument-inga-bedomt-inga-atgarder-av = None (considered: no measures by others).

# The plan document and the minutes: measures by others and what the individual does
dokument-det-har-gor-jag-sjalv = What I will do myself

# The plan document and the minutes: measures by others and what the individual does
dokument-atgard-av = { $atgard } (by: { $av })

# The agenda: the consent on one line
dokument-samtycke-form = Consent { $form }, { $datum }

# The agenda: the consent on one line
dokument-samtycke-givet-av = given by { $givare }

# The agenda: the consent on one line
dokument-samtycke-omfattar = covers { $parter }

# The agenda: the consent on one line
dokument-samtycke-giltigt-till = valid until { $datum }

# PDF: the kind of document in the metadata
dokument-pdf-slag =
    { $slag ->
        [agenda] Agenda
        [invitation] Invitation
        [protocol] Minutes
        [plan] Coordinated individual plan
        [report] Report on the SIP work
       *[other] Document
    }

# PDF and HTML: page numbers at the bottom of every page
dokument-sidnummer = Page { $sida } of { $sidor }

# PDF: signature line
dokument-datum = Date

# HTML: note and signature line
dokument-obs = Note

# Markdown: signature line and note
dokument-underskrift = signature

# Markdown: signature line and note
dokument-datum-2 = date

# The document commands: errors and warnings
dokument-varning = warning: { $text }

# The document commands: errors and warnings
dokument-pdf-inte-till-terminalen = a PDF is not written to the terminal: give -o FILE.pdf or redirect the output (> FILE.pdf)

# The document commands: errors and warnings
dokument-pdf-kunde-inte-skapas = the PDF could not be made: { $fel }

# The document commands: errors and warnings
dokument-kunde-inte-skapas = the document could not be made: { $fel }

# Documents: errors when the meeting does not exist
dokument-okant-mote = unknown meeting `{ $mote }` in the plan { $plan_id } (the plan's meetings: { $moten })

# Documents: errors when the meeting does not exist
dokument-okant-mote-inga-moten = unknown meeting `{ $mote }` in the plan { $plan_id } (the plan has no meetings)

# Documents: errors when the meeting does not exist
dokument-inget-mote = the plan { $plan_id } has no meeting: add one first with `sip meeting add { $plan_id } --kind upprättande --at "YYYY-MM-DD HH:MM"`

# The invitation: warning (stderr) when the agreement's notice period is not met
dokument-kallelsen-skickades-sent =
    the invitation was sent on { $datum } ({ $dagar ->
        [one] { $dagar } day
       *[other] { $dagar } days
    } before the meeting); the agreement requires at least { $minst ->
        [one] { $minst } day
       *[other] { $minst } days
    }.

# The invitation: warning (stderr) when the agreement's notice period is not met
dokument-kallelsen-inte-skickad =
    the invitation has not been sent and the meeting is in { $dagar ->
        [one] { $dagar } day
       *[other] { $dagar } days
    }; the agreement requires at least { $minst ->
        [one] one day's
       *[other] { $minst } days'
    } notice.

# Dates as in a letter: "Tuesday 1 December 2026", weekdays and months
dokument-langt-datum = { $veckodag } { $dag } { $manad } { $ar }

# Dates as in a letter: "Tuesday 1 December 2026", weekdays and months
dokument-veckodag =
    { $nummer ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }

# Dates as in a letter: "Tuesday 1 December 2026", weekdays and months
dokument-manad =
    { $nummer ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }

# Date and time as in a letter
dokument-langt-datum-och-tid = { $datum } at { $timme }:{ $minut }

# Error when consent is missing: the document's name in the sentence
dokument-namn-dagordning = the agenda

# Error when consent is missing: the document's name in the sentence
dokument-namn-minnesanteckningar = the minutes

