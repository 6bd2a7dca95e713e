# The letters to each person invited to a meeting (sip invitation PLAN --to RECIPIENT): to the
# individual, to a legal representative (guardian, trustee, administrator), to a party (a
# kallelse to the municipality and the region, an invitation to other parties) and to a
# relative or anyone else. Each letter says why that recipient is invited and what they can
# prepare. $fornamn is the individual's first name; $fornamn_genitiv the same name possessive
# ("Wilma's"); $namn the individual's full name; $part a party's name; dates are written out
# ("26 May 2026").
# The same ids are in ../sv/brev.ftl in Swedish.

## Errors

# The plan has no meeting to write a letter for.
brev-inget-mote = no meeting
# --to names no one in the plan. $mottagare is what was written, $kanda those that can be chosen.
brev-okand-mottagare = unknown recipient `{ $mottagare }`: write individen, a party id or the name of a participant ({ $kanda })

## The title (every letter)

# The letter to the individual. $mote is upprattande (the first meeting) or uppfoljning.
brev-titel-individen =
    { $mote ->
        [uppfoljning] Welcome to a follow-up meeting about your plan
       *[upprattande] Welcome to a meeting about your plan
    }
# The letter to a legal representative. $namn_genitiv is the individual's full name, possessive.
brev-titel-foretradare = Welcome to a meeting about { $namn_genitiv } plan
# The letter to the municipality or the region: a kallelse (notice).
brev-titel-huvudman =
    { $mote ->
        [uppfoljning] Notice of a follow-up of a coordinated individual plan (SIP)
       *[upprattande] Notice of coordinated individual planning (SIP)
    }
# The letter to another party, a relative or anyone else: an invitation.
brev-titel-inbjudan =
    { $mote ->
        [uppfoljning] Invitation to a follow-up of a coordinated individual plan (SIP)
       *[upprattande] Invitation to coordinated individual planning (SIP)
    }
# Under the title when the individual has protected personal data.
brev-skyddade-uppgifter = Protected personal data – handle according to routine

## Time and place at the top (every letter)

brev-falt-till = To
brev-falt-tid = Time
brev-falt-plats = Place
brev-falt-digitalt = Online
# The place when the individual has protected personal data.
brev-plats-skyddad = the meeting leader will tell you where the meeting is held
# The place when the meeting is online only. $system is e.g. Teams.
brev-plats-digitalt = online via { $system }

## The letter to the individual or a legal representative

# The greeting. $fornamn is the recipient's first name.
brev-halsning = Dear { $fornamn },
# To a legal representative, after the greeting. $roll is vardnadshavare, forvaltare, god-man
# or foretradare (when the plan does not say which).
brev-som-foretradare =
    { $roll ->
        [vardnadshavare] You receive this letter as { $fornamn }'s guardian.
        [forvaltare] You receive this letter as { $fornamn }'s administrator.
        [god-man] You receive this letter as { $fornamn }'s trustee.
       *[foretradare] You receive this letter as { $fornamn }'s legal representative.
    }
# To the individual, first meeting.
brev-individen-inledning-upprattande = At the meeting we make a plan together for the support you need. Everyone who gives support comes to the same meeting, so you do not have to tell the same story to each of them. You know best what matters to you.
# To the individual, follow-up.
brev-individen-inledning-uppfoljning = We would like to meet again to see how the plan has gone: what has got better, what remains and whether anything new has come up. Everyone who gives support comes to the same meeting, so you do not have to tell the same story to each of them.
# To a legal representative, first meeting.
brev-foretradare-inledning-upprattande = At the meeting we make a plan together for the support { $fornamn } needs. Everyone who gives support comes to the same meeting. What you know about { $fornamn_genitiv } situation matters for the plan.
# To a legal representative, follow-up.
brev-foretradare-inledning-uppfoljning = We would like to meet again to see how { $fornamn_genitiv } plan has gone: what has got better, what remains and whether { $fornamn } needs anything new. Everyone who gives support comes to the same meeting.
# Section titles.
brev-rubrik-valkommen = Welcome
brev-rubrik-vad-motet-handlar-om = What the meeting is about
brev-rubrik-fundera = Things to think about before the meeting
brev-rubrik-bra-att-veta = Good to know
# The title over the consent: "Your consent" when the individual gave it and the letter goes to them.
brev-rubrik-samtycket = The consent
brev-rubrik-ditt-samtycke = Your consent
# Things to think about, to the individual, first meeting.
brev-fundera-individen-viktigast = What matters most to you right now?
brev-fundera-individen-fungerar = What works well, and what would you like help with?
# Things to think about, to the individual, follow-up. $mal are the plan's goals, separated by semicolons.
brev-fundera-individen-battre = What has got better since the last meeting, and what has been hard?
brev-fundera-individen-mal = How are the goals going: { $mal }?
brev-fundera-individen-nytt-stod = Do you need any new support?
# Things to think about, to a legal representative, first meeting.
brev-fundera-foretradare-viktigast = What do you think matters most for { $fornamn }?
brev-fundera-foretradare-fungerar = What works well for { $fornamn }, and what does { $fornamn } need help with?
# Things to think about, to a legal representative, follow-up.
brev-fundera-foretradare-battre = What has got better for { $fornamn } since the last meeting, and what has been hard?
brev-fundera-foretradare-mal = How do you think the goals are going: { $mal }?
brev-fundera-foretradare-nytt-stod = Does { $fornamn } need any new support?
# Good to know: the meeting's length (also in the letter to a party).
brev-motet-tar =
    The meeting takes about { $minuter ->
        [one] { $minuter } minute
       *[other] { $minuter } minutes
    }.
# Good to know: the interpreter. $sprak is the language as the plan writes it.
brev-tolk-bokad = We have booked an interpreter for { $sprak }.
brev-tolk-fraga = Tell us if you need an interpreter or anything else to take part.
brev-stodperson = You are welcome to bring a support person, someone you trust.
# The consent, to a young person whose guardians gave it. $parter are the parties ("the municipality, the region and AF").
brev-samtycke-givet-for-dig = There is consent for { $parter } to share information about you with each other, so that they can plan the support together.
# The consent, to a legal representative.
brev-samtycke-foretradare = There is consent for { $parter } to share information about { $fornamn } with each other, so that they can plan the support together.
# The consent, to the individual who gave it.
brev-samtycke-ditt = You have consented to { $parter } sharing information about you with each other, so that they can plan the support together.
# What the consent covers, in the plan's own words ($omfattning).
brev-samtycke-omfattar = The consent covers: { $omfattning }.
brev-samtycke-giltigt-till = The consent is valid until { $datum }.
# How the consent is withdrawn. $samtalsledare is the meeting leader's name.
brev-samtycke-aterkalla = The consent can be withdrawn at any time. If so, tell { $samtalsledare }.
brev-samtycke-aterkalla-samtalsledaren = The consent can be withdrawn at any time. If so, tell the meeting leader.

## The letter to a party (a kallelse to the municipality and the region, an invitation to others)

# The opening to the municipality or the region, which must draw up the plan by law.
brev-part-kallas = { $part } is called to a meeting about { $namn_genitiv } coordinated individual plan (SIP). The municipality and the region must draw up such a plan together when a person needs interventions from both, if they assess that the plan is needed and the person consents (SoL 10:8, HSL 16:4).
# The opening to another party.
brev-part-bjuds-in = { $part } is invited to a meeting about { $namn_genitiv } coordinated individual plan (SIP).
# The consent, to a party. $parter are the parties the consent covers.
brev-part-samtycke = There is consent for information about { $namn } to pass between { $parter }.
# As above, when the consent is valid until a given date.
brev-part-samtycke-till = There is consent for information about { $namn } to pass between { $parter }, until { $datum }.
brev-rubrik-motet = The meeting
# The title over why the party is invited.
brev-rubrik-varfor-part = Why { $part } is invited
# The party has interventions in the plan; they follow in a list.
brev-part-ansvarar-for = In the plan, { $part } is responsible for:
# The party by the agreement only takes part with its knowledge.
brev-part-utan-insatser = { $part } takes part with information and knowledge of its field, but has no interventions of its own in the plan.
# The party has no interventions in the plan yet.
brev-part-kan-bidra = { $namn } may need support that { $part } provides. At the meeting we assess together what { $part } can contribute.
brev-rubrik-fragor = Questions for the meeting
brev-rubrik-forbered = Prepare
# The party prepares for the first meeting.
brev-part-forbered-upprattande = Find out which interventions { $part } can offer given the purpose and the questions, and what a decision on them requires. Bring someone who can decide, or a mandate to do so.
# The party has interventions and prepares for a follow-up.
brev-part-forbered-insatser = Report how your interventions have gone: what is done, what remains and whether anything needs to change.
# The party has no interventions and prepares for a follow-up.
brev-part-forbered-uppfoljning = Bring what has happened at { $part } since the last meeting.

## The letter to a relative or anyone else

# When the individual is under 18 (the guardians decide who is invited).
brev-narstaende-inledning-barn = We would like you to take part in a meeting about { $fornamn_genitiv } plan. The plan is a coordinated individual plan (SIP): it describes the support { $fornamn } gets and who does what. You can tell us how you see the situation and what you can contribute yourself.
# When the individual is an adult (they invite the person themself).
brev-narstaende-inledning-vuxen = { $fornamn } would like you to take part in a meeting about their plan. The plan is a coordinated individual plan (SIP): it describes the support { $fornamn } gets and who does what. You can tell us how you see the situation and what you can contribute yourself.
brev-narstaende-forbered-upprattande = Think about how you see the situation and what you can contribute.
brev-narstaende-forbered-uppfoljning = Think about what has happened since the last meeting and what is still needed.

## Who will come, and contact (every letter)

brev-rubrik-vilka-kommer = Who will come
brev-rubrik-kontakt = Contact
brev-falt-samtalsledare = Meeting leader
brev-falt-telefon = Phone
brev-falt-epost = E-mail
# With the meeting leader's name.
brev-kontakta = Contact { $samtalsledare } if you cannot come, want someone else invited or have questions.
# Without a named meeting leader.
brev-kontakta-samtalsledaren = Contact the meeting leader if you cannot come, want someone else invited or have questions.
# The footer: the day the letter was printed.
brev-utskriven = Printed { $datum }
