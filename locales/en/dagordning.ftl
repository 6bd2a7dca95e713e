## The agenda (sip agenda)

# The agenda (sip agenda): headings and warnings
dagordning-dagordning = Agenda

# The agenda (sip agenda): headings and warnings
dagordning-motet-ar-redan-genomfort = this meeting has already been held.

# The agenda (sip agenda): headings and warnings
dagordning-deltagare = Participants

# The agenda (sip agenda): headings and warnings
dagordning-syfte = Purpose

# The agenda (sip agenda): headings and warnings
dagordning-fragestallningar = Questions

# The agenda (sip agenda): headings and warnings
dagordning-motets-punkter = Agenda items

# The agenda (sip agenda): headings and warnings
dagordning-underlag-till-motet = Material for the meeting

# The agenda (sip agenda): headings and warnings
dagordning-undertitel = Coordinated individual plan (SIP) – { $mote }

# The agenda: headings for material that the agreement's items lack
dagordning-behov = Needs

# The agenda: headings for material that the agreement's items lack
dagordning-planen = The plan

# The agenda: headings for material that the agreement's items lack
dagordning-nasta-uppfoljning = Next follow-up

# The agenda: headings for material that the agreement's items lack
dagordning-samtycke = Consent

# The agenda: headings for material that the agreement's items lack
dagordning-foregaende-mote = Previous meeting

# The agenda: headings for material that the agreement's items lack
dagordning-insatser-och-mal = Interventions and goals

# The agenda: headings for material that the agreement's items lack
dagordning-revidering-av-planen = Revising the plan

# The agenda: the plan's content under an item
dagordning-inga-behov-ar-registrerade-annu = No needs are recorded yet: they are found at the meeting.

# The agenda: the plan's content under an item
dagordning-kanda-behov = Known needs

# The agenda: the plan's content under an item
dagordning-mal = Goals

# The agenda: the plan's content under an item
dagordning-insatser-att-komma-overens-om = Interventions to agree on, by responsible party

# The agenda: the plan's content under an item
dagordning-atgarder-av-andra = Measures by others

# The agenda: the plan's content under an item
dagordning-overgripande-ansvar = Overall responsibility: { $ansvar }

# The agenda: the plan's content under an item
dagordning-forslag-till-nasta-uppfoljning = Proposed next follow-up: { $datum }

# The agenda: the plan's content under an item
dagordning-alla-kanda-behov-har-en = Every known need has an intervention. Have new needs arisen?

# The agenda: the plan's content under an item
dagordning-behov-utan-insats-och-har = Needs without an intervention – and have new needs arisen?

# The agenda: the plan's content under an item
dagordning-insatsernas-status = Status of the interventions

# The agenda: the plan's content under an item
dagordning-nya-behov = New needs

# The agenda: the plan's content under an item
dagordning-nasta-uppfoljning-att-besluta = Next follow-up: { $att_besluta }

# The agenda: the plan's content under an item
dagordning-insats-status = { $insats } – { $status } (responsible: { $ansvarig }; contact: { $kontakt })

# The agenda: the plan's content under an item
dagordning-insats-status-period = { $insats } – { $status } (responsible: { $ansvarig }; contact: { $kontakt }; { $period })

# The agenda: a goal with measure and date
dagordning-mal-datumet-har-passerat = { $mal } (measure: { $matt }; by { $datum } – the date has passed)

# The agenda: a goal with measure and date
dagordning-mal-datumet-har-inte-passerat = { $mal } (measure: { $matt }; by { $datum } – the date has not yet passed)

# The agenda: a goal with measure and date
dagordning-mal-senast = { $mal } (measure: { $matt }; by { $datum })

# The agenda: interventions by responsible party
dagordning-ansvarig-part = Responsible party: { $part }

# The agenda: measures by others
dagordning-inga-bedomt-inga-atgarder-av = None (considered: no measures by others).

# The agenda: measures by others
dagordning-atgard-av = { $atgard } (by: { $av })

# The agenda, follow-up meeting: the consent
dagordning-samtycket-aterkallades = Consent was withdrawn on { $datum }.

# The agenda, follow-up meeting: the consent
dagordning-samtycke-saknas = Consent: { $varde }

# The agenda: warning to the meeting leader (stderr) about consent
dagordning-samtycke-ar-inte-registrerat-inga = no consent is recorded: no information about the individual may pass between the parties until there is.

# The agenda: warning to the meeting leader (stderr) about consent
dagordning-varning-samtycket-aterkallades = consent was withdrawn on { $datum }.

# The agenda: warning to the meeting leader (stderr) about consent
dagordning-varning-samtycket-gallde-till = consent was valid until { $datum }: renew it before the plan is followed up.

# The agenda, follow-up meeting: the previous meeting
dagordning-inget-tidigare-mote-finns-i = The plan has no earlier meeting.

# The agenda, follow-up meeting: the previous meeting
dagordning-inga-anteckningar-ar-registrerade = No notes are recorded.

# The agenda, follow-up meeting: the previous meeting
dagordning-andringar-i-planen-sedan-dess = Changes to the plan since then:

# The agenda, drawing up the plan: the default items, Samverk Vetlanda flow step 5, points 1–8 (an agreement's own item that is word for word the Swedish text gets this English text)
dagordning-upprattande-punkt-1 = The meeting leader welcomes everyone and describes the set-up and structure

# The agenda, drawing up the plan: the default items, Samverk Vetlanda flow step 5, points 1–8 (an agreement's own item that is word for word the Swedish text gets this English text)
dagordning-upprattande-punkt-2 = Round of introductions – the individual starts

# The agenda, drawing up the plan: the default items, Samverk Vetlanda flow step 5, points 1–8 (an agreement's own item that is word for word the Swedish text gets this English text)
dagordning-upprattande-punkt-3 = Needs inventory – brainstorming, from the purpose and the needs

# The agenda, drawing up the plan: the default items, Samverk Vetlanda flow step 5, points 1–8 (an agreement's own item that is word for word the Swedish text gets this English text)
dagordning-upprattande-punkt-4 = Break, if needed. Coffee is welcome too.

# The agenda, drawing up the plan: the default items, Samverk Vetlanda flow step 5, points 1–8 (an agreement's own item that is word for word the Swedish text gets this English text)
dagordning-upprattande-punkt-5 = Drawing up the plan

# The agenda, drawing up the plan: the default items, Samverk Vetlanda flow step 5, points 1–8 (an agreement's own item that is word for word the Swedish text gets this English text)
dagordning-upprattande-punkt-6 = Summary

# The agenda, drawing up the plan: the default items, Samverk Vetlanda flow step 5, points 1–8 (an agreement's own item that is word for word the Swedish text gets this English text)
dagordning-upprattande-punkt-7 = New time for follow-up

# The agenda, drawing up the plan: the default items, Samverk Vetlanda flow step 5, points 1–8 (an agreement's own item that is word for word the Swedish text gets this English text)
dagordning-upprattande-punkt-8 = Documentation

# The agenda, follow-up: the default items, Samverk Vetlanda flow "Steg 6 – följ upp", points 3–7
dagordning-uppfoljning-punkt-3 = The meeting leader frames the meeting – time, break, consent, structure

# The agenda, follow-up: the default items, Samverk Vetlanda flow "Steg 6 – följ upp", points 3–7
dagordning-uppfoljning-punkt-4 = Review of the previous record

# The agenda, follow-up: the default items, Samverk Vetlanda flow "Steg 6 – följ upp", points 3–7
dagordning-uppfoljning-punkt-5 = What has happened? What remains? New needs?

# The agenda, follow-up: the default items, Samverk Vetlanda flow "Steg 6 – följ upp", points 3–7
dagordning-uppfoljning-punkt-6 = Revise the current plan or draw up a new one

# The agenda, follow-up: the default items, Samverk Vetlanda flow "Steg 6 – följ upp", points 3–7
dagordning-uppfoljning-punkt-7 = A new time is booked for follow-up
