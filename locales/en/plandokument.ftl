## The plan document (sip show)

# The plan document (sip show): headings
plandokument-samordnad-individuell-plan-sip = Coordinated individual plan (SIP)

# The plan document (sip show): headings
plandokument-bakgrund = Background

# The plan document (sip show): headings
plandokument-det-har-ar-viktigt-for = This is what matters to me

# The plan document (sip show): headings
plandokument-uppfoljning = Follow-up

# The plan document (sip show): headings
plandokument-nasta-uppfoljning = Next follow-up

# The plan document: under "This is what matters to me"
plandokument-barnets-synpunkter = The child's views

# The plan document: the fields at the top
plandokument-namn = Name

# The plan document: the fields at the top
plandokument-personnummer = Personal identity number

# The plan document: the fields at the top
plandokument-fodelsedatum = Date of birth

# The plan document: the fields at the top
plandokument-foretradare =
    { $antal ->
        [one] Legal representative
       *[other] Legal representatives
    }

# The plan document: the fields at the top
plandokument-narstaende = Relatives

# The plan document: the fields at the top
plandokument-overenskommelse = Agreement

# The plan document: the fields at the top
plandokument-samtalsledare = Meeting leader

# The plan document: the fields at the top
plandokument-upprattad = Drawn up

# The plan document: the fields at the top
plandokument-senast-reviderad = Last revised

# The plan document: the fields at the top
plandokument-status = Status

# The plan document: the fields at the top
plandokument-foreslagen-av = Proposed by

# The plan document: the fields at the top
plandokument-utskrivningsklar = Ready for discharge

# The plan document: the fields at the top
plandokument-fast-vardkontakt = Fast vårdkontakt (care contact)

# The plan document: the fields at the top
plandokument-inriktning = Focus

# The plan document: the fields at the top
plandokument-syfte = Purpose

# The plan document: the fields at the top
plandokument-narstaende-vill-inte = { $namn } – the individual does not want them to take part

# The plan document: the fields at the top
plandokument-telefon = tel. { $nummer }

# The plan document: the fields at the top
plandokument-upprattad-tillsammans-med = { $datum } together with { $deltagare }

# The plan document: the needs section
plandokument-behov = Needs

# The plan document: what an intervention meets, in the intervention table
plandokument-svarar-mot-behov = needs { $behov }

# The plan document: what an intervention meets, in the intervention table
plandokument-svarar-mot-mal = goals { $mal }

# The plan document: the columns of the intervention table
plandokument-insats = Intervention

# The plan document: the columns of the intervention table
plandokument-utforare = Provider

# The plan document: the columns of the intervention table
plandokument-kontaktperson = Contact

# The plan document: the columns of the intervention table
plandokument-tidsplan = Time plan

# The plan document: interventions by principal
plandokument-huvudman = Principal

# The plan document: interventions by principal
plandokument-insatser-och-vem-som-ansvarar = Interventions and who is responsible for them (municipality and region)

# The plan document: interventions by principal
plandokument-huvudman-saknas = Principal: { $varde }

# The plan document: heading of measures by others
plandokument-atgarder-av-andra-an-kommunen = Measures by others than the municipality and the region

# The plan document: overall responsibility
plandokument-ansvarig-person = Person responsible

# The plan document: overall responsibility
plandokument-overgripande-ansvar-for-planen = Overall responsibility for the plan

# The plan document: the goals table
plandokument-mal-2 = Goal

# The plan document: the goals table
plandokument-matt = Measure

# The plan document: the goals table
plandokument-senast = By

# The plan document: the goals table
plandokument-utfall = Outcome

# The plan document: the goals table
plandokument-ej-utvarderat = not evaluated

# The plan document: the goals table
plandokument-mal-3 = Goals

# The plan document: participants at the meeting
plandokument-deltagare-vid-motet = Participants at the meeting

# The plan document: participants at the meeting
plandokument-motet-den = The meeting on { $datum }:

# The plan document: copy to
plandokument-kopia-till = Copy to

# The plan document: signatures
plandokument-underskrifter = Signatures

# The plan document: signatures
plandokument-underskrift-individen = { $namn } (the individual)

# The plan document: signatures
plandokument-underskrift-foretradare = { $namn } (legal representative)

# The plan document: signatures
plandokument-underskrift-for-part = For { $part }

# The plan document: the consent section
plandokument-samtycke = Consent

# The plan document: the consent section
plandokument-datum = Date

# The plan document: the consent section
plandokument-form = Form

# The plan document: the consent section
plandokument-givet-av = Given by

# The plan document: the consent section
plandokument-dokumenterat-av = Documented by

# The plan document: the consent section
plandokument-galler-parterna = Parties covered

# The plan document: the consent section
plandokument-omfattning = Scope

# The plan document: the consent section
plandokument-giltigt-till = Valid until

# The plan document: the consent section
plandokument-aterkallat = Withdrawn

# The plan document: the closing section
plandokument-orsak = Reason

# The plan document: the closing section
plandokument-kommentar = Comment

# The plan document: the closing section
plandokument-avslut = Closing

# The plan document: why the plan was closed
plandokument-malen-ar-uppfyllda = the goals are met

# The plan document: why the plan was closed
plandokument-samordning-behovs-inte-langre = coordination is no longer needed

# The plan document: why the plan was closed
plandokument-samtycket-har-aterkallats = consent has been withdrawn

# The plan document: why the plan was closed
plandokument-annan-orsak = another reason
