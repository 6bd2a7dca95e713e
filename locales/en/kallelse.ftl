# The kallelse to a meeting (sip invitation PLAN, without --to): the overview of the whole
# meeting, which the meeting leader reads and sends. The letters to each person are in brev.ftl.
# Also here: the warnings before sending, and the errors that stop a kallelse, an agenda, the
# minutes or a letter when the consent is missing or does not reach far enough.
# The same ids are in ../sv/kallelse.ftl in Swedish.

## The kallelse: title and opening

# The kallelse's title, to the first meeting (drawing up the plan).
kallelse-titel-upprattande = Invitation to coordinated individual planning (SIP)
# The kallelse's title, to a follow-up meeting.
kallelse-titel-uppfoljning = Invitation to the follow-up of a coordinated individual plan (SIP)
# First paragraph under "Welcome", to the first meeting. $namn is the individual's name.
kallelse-inledning-upprattande = You are invited to a meeting where a coordinated individual plan (SIP) is drawn up together with { $namn }. The plan states which interventions are needed, who is responsible for what and who has overall responsibility.
# First paragraph under "Welcome", to a follow-up meeting. $namn is the individual's name.
kallelse-inledning-uppfoljning = You are invited to a meeting that follows up the coordinated individual plan (SIP) for { $namn }: what has happened, what remains, and are there new needs?
# The kallelse's section titles.
kallelse-rubrik-valkommen = Welcome
kallelse-rubrik-syfte = Purpose of the meeting
kallelse-rubrik-fragor = Questions the meeting will focus on
kallelse-rubrik-inbjudna = Invited
kallelse-rubrik-forberedelser = Preparation
kallelse-rubrik-kontakt = Contact
# The last section, for the meeting leader only.
kallelse-rubrik-skicka = For the meeting leader: how to send the invitation
# The paragraph under "Preparation", to everyone.
kallelse-forberedelser = The individual, the meeting leader and everyone invited need to prepare: read up, arrive on time and look for possibilities.
# The footer: the day it was printed ($datum written out, e.g. "1 May 2026").
kallelse-utskriven = Printed { $datum }

## The kallelse: the facts at the top (name, time and place)

kallelse-falt-individ = Individual
kallelse-falt-foretradare = Legal representatives
kallelse-falt-tid = Time
kallelse-falt-langd = Length
kallelse-falt-plats = Place
kallelse-falt-digitalt = Digital meeting
kallelse-falt-samtalsledare = Meeting leader
# The meeting's length.
kallelse-langd =
    about { $minuter ->
        [one] { $minuter } minute
       *[other] { $minuter } minutes
    }
# The digital meeting system, when the agreement approves it ($system is its name, e.g. Teams).
kallelse-digitalt-godkant = { $system } (approved for confidential matters by the agreement)

## The kallelse: those invited, each with why and what to prepare

# Someone invited without a name in the plan.
kallelse-namn-saknas = (no name)
kallelse-falt-varfor = Why invited
kallelse-falt-forbered = Prepare
# To a party (e.g. the municipality) responsible for one intervention. $part is the party's name, $insats the intervention.
kallelse-varfor-part-en-insats = { $part } is responsible for the intervention { $insats }.
# To a party responsible for several interventions ($insatser listed with semicolons).
kallelse-varfor-part-insatser = { $part } is responsible for the interventions: { $insatser }.
# To a party that by the agreement only takes part with information.
kallelse-varfor-part-utan-insatser = Represents { $part }, which takes part with information but has no interventions of its own in the plan.
# To a party with no interventions in the plan yet.
kallelse-varfor-part = Represents { $part }: which interventions can { $part } contribute?
# Added after the sentence above when the person is the contact for interventions ($insatser are their ids).
kallelse-kontaktperson = Contact person for { $insatser }.
# A party prepares for the first meeting.
kallelse-forbered-part-upprattande = Find out which interventions { $part } can offer given the purpose and the questions, and what a decision on them requires.
# A party with interventions prepares for a follow-up.
kallelse-forbered-part-insatser = Report how the interventions have gone: what is done, what remains and whether anything needs to change.
# A party without interventions prepares for a follow-up.
kallelse-forbered-part-uppfoljning = Bring what has happened at { $part } since the last meeting.
# The individual, first meeting. $namn is the individual's name.
kallelse-varfor-individen-upprattande = The plan concerns { $namn } and is drawn up together with the individual, from the individual's needs and wishes.
# The individual, follow-up.
kallelse-varfor-individen-uppfoljning = The plan concerns { $namn } and is followed up together with the individual, from the individual's needs and wishes.
# The individual prepares for the first meeting.
kallelse-forbered-individen-upprattande = Think about what matters most right now, what works and what you want help with. You are welcome to bring someone you trust.
# The individual prepares for a follow-up.
kallelse-forbered-individen-uppfoljning = Think about what has got better, what remains and whether any new need has arisen.
# A legal representative (guardian, trustee, administrator). $namn is the individual's name.
kallelse-varfor-foretradare = Legal representative of { $namn }.
kallelse-forbered-foretradare = Agree with { $namn } before the meeting on what matters most.
# A relative. $relation is e.g. " (mormor)" in brackets, or empty.
kallelse-varfor-narstaende = Relative of { $namn }{ $relation }.
kallelse-forbered-narstaende = Think about how you see the situation and what you can contribute.
# The meeting leader.
kallelse-varfor-samtalsledare = Leads the meeting and sees that the plan is documented.
kallelse-forbered-samtalsledare = Prepare the agenda and meet { $namn } before the meeting (pre-meeting).
# Anyone else invited.
kallelse-forbered-ovrig = Read the purpose and the questions.

## The kallelse: contact

# Without a named meeting leader.
kallelse-kontakt-samtalsledaren = Contact the meeting leader if you cannot come, want someone else invited or have questions.
# With a meeting leader ($samtalsledare is the name, sometimes with the party: "Maria Lund, kommunen").
kallelse-kontakt = The meeting leader is { $samtalsledare }. Contact the meeting leader if you cannot come, want someone else invited or have questions.
kallelse-falt-telefon = Phone
kallelse-falt-epost = E-mail

## The kallelse: for the meeting leader, how the letters are sent

kallelse-skicka-brev = This invitation shows the whole meeting. Also send each one a letter of their own, written for that recipient:
kallelse-skicka-inga-brev = None of those invited can be sent a letter yet: add participants to the meeting and make sure the consent covers them.
kallelse-skicka-ungt-barn = A child under 12 gets no letter of their own; the guardians get theirs.
kallelse-skicka-pdf = Add --format pdf -o FILE for a PDF to print or send.
# The command that records that the kallelse was sent.
kallelse-skicka-registrera = When the invitation is sent: sip meeting invited { $plan_id } { $mote_id } --date YYYY-MM-DD

## Who will come (in the letters, the plan document and the minutes)

# After the name: "Maria Lund, meeting leader".
kallelse-roll-samtalsledare = meeting leader

## Warnings to the meeting leader before sending (shown on the terminal, never in the kallelse)

kallelse-varning-redan-genomfort = this meeting has already been held.
# $system is the meeting's digital system, $godkanda the systems the agreement approves.
kallelse-varning-digitalt-ej-godkant = The digital system { $system } is not among the agreement's systems approved for confidential matters ({ $godkanda }).
kallelse-varning-syfte-saknas = the agreement requires the invitation to state the meeting's purpose, but the plan has none (sip set PLAN --purpose TEXT).
kallelse-varning-fragor-saknas = the agreement requires the invitation to state the questions, but the plan has none (sip set PLAN --question TEXT).
kallelse-varning-inget-samtycke = no consent is recorded: no information about the individual may pass between the parties until there is.
# $parter are the invited parties the consent does not cover.
kallelse-varning-parter-utan-samtycke = the consent does not cover every invited party: { $parter }

## Refusals: documents not printed when the consent is missing or does not reach far enough
## (errors, sip stops). $dokument is kallelse, dagordning or minnesanteckningar; $plan_id the
## plan's id; the dates are written YYYY-MM-DD.

# The plan has no consent.
kallelse-hinder-inget-samtycke =
    { $dokument ->
        [dagordning] The agenda is
        [minnesanteckningar] The minutes are
       *[kallelse] The invitation is
    } not printed: the plan { $plan_id } has no consent recorded, and no information about the individual may pass between the parties without it. Record the consent first: `sip consent { $plan_id } --date YYYY-MM-DD --form muntligt --given-by individen --parties kommun,region`
# The consent was withdrawn before the meeting.
kallelse-hinder-samtycke-aterkallat =
    { $dokument ->
        [dagordning] The agenda is
        [minnesanteckningar] The minutes are
       *[kallelse] The invitation is
    } not printed: the consent was withdrawn on { $aterkallat } (the meeting is on { $motesdag }). Close the plan with `sip close { $plan_id } --reason samtycke_återkallat`, or record a new consent with `sip consent { $plan_id } --date YYYY-MM-DD …` if the individual consents again
# The consent was no longer valid on the meeting's day.
kallelse-hinder-samtycke-utgatt =
    { $dokument ->
        [dagordning] The agenda is
        [minnesanteckningar] The minutes are
       *[kallelse] The invitation is
    } not printed: the consent was valid until { $giltigt_till }, and the meeting is on { $motesdag }. Renew the consent with the individual and record it: `sip consent { $plan_id } --valid-until YYYY-MM-DD`
# The consent is dated after the meeting.
kallelse-hinder-samtycke-efter-motet =
    { $dokument ->
        [dagordning] The agenda is
        [minnesanteckningar] The minutes are
       *[kallelse] The invitation is
    } not printed: the consent was given on { $givet }, after the meeting on { $motesdag }. Correct the consent's date if it was given earlier: `sip consent { $plan_id } --date YYYY-MM-DD`

## Refusals: letters (sip invitation PLAN --to …) that are not written

# The letter to a party the consent does not cover. $part_namn is the party's name, $part its id.
kallelse-hinder-part = the invitation is not sent to { $part_namn }: the consent does not cover that party. Ask the individual and add the party to the consent: `sip consent { $plan_id } --add-party { $part }`
# The letter to a relative the individual does not want there.
kallelse-hinder-narstaende-nej = the letter is not written: the individual does not want { $namn } to take part (får_delta: nej). If the individual changes their mind: `sip relative set { $plan_id } "{ $namn }" --participation ja`
# The letter to someone who is not a participant of the meeting. $roll is the role in the command (e.g. närstående).
kallelse-hinder-inte-inbjuden = the letter is not written: { $namn } is not invited to the meeting { $mote_id }. First add them as a participant: `sip meeting participant add { $plan_id } { $mote_id } "{ $namn }:{ $roll }"`
# The letter to someone who takes part without a party and whom the consent does not name.
kallelse-hinder-ovrig = the letter is not written: the consent does not cover { $namn }, who takes part without a party. Ask the individual and add them to the consent: `sip consent { $plan_id } --add-other "{ $namn }"`
