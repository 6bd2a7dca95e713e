# The rules' messages in sip check: one per rule code (sip rules shows them).
# The rule fills the variables: $key the key, $problem the fault, $what what is missing etc.

# S001 ogiltig-fil
fynd-S001 = The file cannot be read as a plan: { $problem }
# S002 okänd-nyckel
fynd-S002 = Unknown key `{ $key }`{ $suggestion }
# S003 ogiltigt-värde
fynd-S003 = `{ $key }`: { $problem }
# S004 dubblett-id
fynd-S004 = Id `{ $id }` is already used { $where }
# S005 okänd-överenskommelse
fynd-S005 = The agreement `{ $agreement }` does not exist
# S006 okänd-hänvisning
fynd-S006 = `{ $reference }` does not exist among the plan's { $list }
# S007 filnamn-matchar-inte-id
fynd-S007 = The file is named `{ $file }` but the plan's id is `{ $id }`
# S008 ogiltigt-personnummer
fynd-S008 = The personnummer is invalid: { $problem }
# S009 personuppgift-i-sökväg
fynd-S009 = The path `{ $path }` contains the individual's { $what }
# L001 insatser-saknas
fynd-L001 = The plan states no interventions (element 1: which interventions are needed)
# L002 insats-utan-huvudman
fynd-L002 = Intervention { $id } does not state who is responsible for it (element 2)
# L003 åtgärder-av-andra-saknas
fynd-L003 = The plan does not state which measures are taken by others than the municipality and region (element 3)
# L004 övergripande-ansvar-saknas
fynd-L004 = The plan does not state which principal has overall responsibility{ $detail }
# L005 samtycke-saknas
fynd-L005 = The plan is { $status } but has no recorded consent{ $detail }
# L006 samtycke-återkallat
fynd-L006 = Consent was withdrawn on { $date } but the plan is not closed
# L007 part-utanför-samtycket
fynd-L007 = The party `{ $party }` { $role } but is not covered by the consent
# L008 individen-deltog-inte
fynd-L008 = The planning meeting { $id } was held without the individual or a representative
# L009 vårdnadshavare-saknas-i-samtycket
fynd-L009 = The individual was under { $age } when consent was given, and { $problem }
# L010 närstående-mot-individens-vilja
fynd-L010 = A relative whom the individual does not want to take part is invited to { $id }
# L011 myndig-utan-eget-samtycke
fynd-L011 = The individual has turned 18 since others gave consent: the individual's own consent is needed
# A001 utanför-överenskommelsens-giltighet
fynd-A001 = The plan was initiated on { $date }, outside the agreement's validity ({ $period })
# A002 ålder-utanför-målgruppen
fynd-A002 = The individual was { $age } on the initiation date, outside this agreement's target group ({ $min }–{ $max }); the municipality and region still owe a SIP under the law
# A003 sysselsättning-utanför-målgruppen
fynd-A003 = The occupation `{ $value }` is outside this agreement's target group ({ $allowed }); the municipality and region still owe a SIP under the law
# A004 inriktning-utanför-målgruppen
fynd-A004 = The focus `{ $value }` is outside this agreement's target group ({ $allowed }); the municipality and region still owe a SIP under the law
# A005 part-får-inte-kalla
fynd-A005 = { $name } may not convene a SIP under the agreement
# A006 okänd-part
fynd-A006 = The party `{ $party }` does not exist in the agreement { $agreement }
# A007 part-utan-insatser
fynd-A007 = { $name } has no interventions of its own under the agreement (intervention { $id })
# A008 målgrupp-kan-inte-prövas
fynd-A008 = The target group cannot be checked: { $what } is missing
# A009 sen-kallelse
fynd-A009 = The invitation to meeting { $id } { $problem }; the agreement requires at least { $min } days
# A010 kallelse-saknar-innehåll
fynd-A010 = A meeting is scheduled but the plan lacks { $what }, which the invitation must state
# A011 ej-godkänt-digitalt-system
fynd-A011 = Meeting { $id } uses a digital system that the agreement does not approve ({ $allowed })
# A012 överenskommelsen-har-upphört
fynd-A012 = The plan is active but the agreement { $agreement } ended on { $date }
# A013 första-kallelsen-för-sen
fynd-A013 = The first invitation is due within { $days } of the initiation, by { $date } ({ $problem })
# P001 uppföljning-saknas
fynd-P001 = The plan is active but has no date for the next follow-up
# P002 uppföljning-försenad
fynd-P002 = The follow-up was due on { $date } ({ $days } days ago)
# P003 mål-inte-smart
fynd-P003 = Goal { $id } lacks { $what } (goals must be measurable and time-bound)
# P004 avslut-odokumenterat
fynd-P004 = The plan is closed but does not state { $what }
# P005 behov-utan-insats
fynd-P005 = Need { $id } is not addressed by any intervention or measure
# P006 möte-inte-markerat
fynd-P006 = Meeting { $id } ({ $date }) has passed but is not marked as held
# P007 samtycke-utgånget
fynd-P007 = The consent was valid until { $date } but the plan is active
# P008 sen-kallelse-efter-utskrivning
fynd-P008 = The inpatient ward gave notice on { $date } that the patient is ready for discharge; the invitation is due within 3 days of the notice ({ $problem })
# P009 insats-efter-slutdatum
fynd-P009 = Intervention { $id } was to end on { $date } but is still { $status }
# P010 individens-mål-saknas
fynd-P010 = The plan lacks the individual's own goal, in their own words
# P011 utskrivning-kallas-inte-av-regionen
fynd-P011 = The patient is ready for discharge, but { $party } convenes: the invitation is to come from the patient's fasta vårdkontakt in the region's outpatient care
# P012 barnets-synpunkter-saknas
fynd-P012 = The individual was under 18 on the initiation date, and the plan does not show the child's own views
# P013 omöjligt-datum
fynd-P013 = { $what } cannot be right: { $problem }
# P014 samtycke-utan-gräns
fynd-P014 = The consent does not state { $what }

## Texts of the rules' findings: values, labels under the caret and notes.

# S003: the consent is said to be given by a role no representative has
fynd-S003-givare-saknas = the consent is said to be given by a { $roll }, but no representative under individ.företrädare has that role
fynd-S003-givare-saknas-etikett = no such representative
fynd-S003-givare-saknas-not = add the representative, or state who consented (individen or a representative by name)
# S004: where the id is already used; $lista is the plan's list
fynd-S004-i-samma-plan = in { $lista ->
        [behov] needs
        [mal] goals
        [insatser] interventions
       *[moten] meetings
    } of the same plan
fynd-S004-etikett = duplicate
fynd-S004-not = the first `{ $id }` is on line { $rad }; give one of them a new id
# S005: under the caret
fynd-S005-etikett = unknown agreement
# S006: the list the reference is missing from
fynd-S006-lista = { $lista ->
        [behov] needs
       *[mal] goals
    }
# S007: under the caret
fynd-S007-etikett = rename the file to { $id }.yaml
# S009: when the file cannot be renamed to the plan's id
fynd-S009-not = the plan's id holds it: the file cannot be renamed to its id
# S009: what the path holds
fynd-S009-personnummer = personnummer
fynd-S009-namn = name
# L001–L003: under the caret
fynd-L001-etikett = no interventions
fynd-L002-etikett = `huvudman` is missing
fynd-L003-etikett = `åtgärder_av_andra` is missing
# L004: under the caret when the responsibility is missing
fynd-L004-etikett = övergripande_ansvar is missing
# L004: when the party holding it is not a principal that can ($part is the party's name)
fynd-L004-inte-huvudman = : { $part } is not a principal that can hold it
fynd-L004-inte-huvudman-etikett = may not hold overall responsibility
# L005: under the caret when the consent is missing
fynd-L005-etikett = `samtycke` is missing
# L005: a draft whose invitation has been sent
fynd-L005-kallelse-skickad = , though an invitation is recorded as sent
fynd-L005-kallelse-skickad-etikett = the invitation went out without consent
# L007: what the party does that the consent does not cover
fynd-L007-ansvarar-for-insats = is responsible for intervention { $id }
fynd-L007-deltar-i-mote = takes part in meeting { $id }
fynd-L007-far-kopia = receives a copy of the plan
fynd-L007-etikett = missing from samtycke.parter
# L007: $parter is the consent's parties, comma separated
fynd-L007-not = the consent covers: { $parter }
# L008: under the caret
fynd-L008-etikett = no participant with role individen
# L009: no guardian listed
fynd-L009-ingen-vardnadshavare = no guardian is listed among the representatives
fynd-L009-ingen-vardnadshavare-etikett = who consented?
# L009: the consent does not name every guardian ($saknas of $vardnadshavare)
fynd-L009-inte-namngivna = { $vardnadshavare ->
        [one] the consent does not name the guardian
       *[other] the consent does not name every guardian ({ $saknas } of { $vardnadshavare } missing)
    }
fynd-L009-inte-namngivna-etikett = name each guardian, as under individ.företrädare
fynd-L009-inte-namngivna-not = where one guardian has sole custody, list only that one among the representatives
# L010: under the caret
fynd-L010-etikett = the individual objects to their taking part (får_delta: false)
# L011: under the caret
fynd-L011-etikett = given by others; the individual has turned 18 since
# A005: the parties that may convene, comma separated
fynd-A005-not = may convene: { $parter }
# A006: a suggestion under the caret and the agreement's parties
fynd-A006-menade-du = did you mean `{ $forslag }`?
fynd-A006-not = parties: { $parter }
# A008: what is missing to test the target group
fynd-A008-fodelsedatum = a valid personnummer or date of birth
fynd-A008-sysselsattning = occupation
fynd-A008-inriktning = focus
# A009: what is wrong with the invitation
fynd-A009-skickad-sent = was sent { $dagar ->
        [one] { $dagar } day
       *[other] { $dagar } days
    } before the meeting
fynd-A009-inte-skickad = is not recorded and the meeting is in { $dagar ->
        [one] { $dagar } day
       *[other] { $dagar } days
    }
# A010: what the plan lacks
fynd-A010-syfte = a purpose (syfte)
fynd-A010-fragestallningar = questions (frågeställningar)
# A013: within how many days the first invitation is to be sent
fynd-A013-dagar = { $antal ->
        [one] { $antal } day
       *[other] { $antal } days
    }
# A013: when the invitation was sent too late ($datum is the day it was sent)
fynd-A013-for-sent = it was sent on { $datum }, { $dagar ->
        [one] { $dagar } day
       *[other] { $dagar } days
    } late
fynd-A013-ingen-kallelse = no invitation is recorded
# P003: what the goal lacks
fynd-P003-matt = a measure (mått)
fynd-P003-datum = a date (senast)
fynd-P003-matt-och-datum = a measure (mått) and a date (senast)
# P004: what the closing lacks
fynd-P004-datum = the closing date (avslut.datum)
fynd-P004-orsak = the reason (avslut.orsak)
fynd-P004-datum-och-orsak = date and reason (avslut)
# P008: the invitation after discharge readiness ($datum is the day it was sent)
fynd-P008-skickad-sent = the first was sent on { $datum }, { $dagar ->
        [one] { $dagar } day
       *[other] { $dagar } days
    } after
fynd-P008-ingen-kallelse = no invitation is recorded
# P010: under the caret and the note
fynd-P010-etikett = individens_mål is missing
fynd-P010-not = ask the individual "What matters to you?" and write the answer in their own words
# P011: under the caret and the note ($plan_id is the plan's id)
fynd-P011-etikett = should be the region
fynd-P011-not = for a patient in open compulsory psychiatric or forensic care a coordinated care plan under LPT 7 a § or LRV 12 a § is made instead: `sip set { $plan_id } --compulsory-care lpt` (or lrv)
# P012: under the caret and the note
fynd-P012-etikett = barnets_synpunkter and individens_mål are missing
fynd-P012-not = write how the child's views were obtained (a talk, drawings, through the guardians …) and what the child said
# P013: which date is impossible
fynd-P013-samtyckets-datum = The consent's date
fynd-P013-sista-giltighetsdag = The consent's last valid day
fynd-P013-franvaron = The absence
fynd-P013-motets-tid = The meeting's time
fynd-P013-kallelsens-datum = The invitation's date
fynd-P013-malets-datum = The goal's date
# P013: why the date is impossible
fynd-P013-efter-i-dag = { $datum } is after today
fynd-P013-fore-samtycket = { $datum } is before the day the consent was given ({ $givet })
fynd-P013-inte-hallet = meeting { $id } is not held, so nobody can have stayed away from it
fynd-P013-fore-initieringen = { $datum } is before the initiation date ({ $initierad })
# P014: what the consent does not state
fynd-P014-giltigt-till = how long it is valid (giltigt_till)
fynd-P014-omfattning = what information it covers (omfattning)
fynd-P014-giltigt-till-eller-omfattning = how long it is valid (giltigt_till) or what information it covers (omfattning)

# The severities' words in the reports and in sip rules
fynd-niva-fel = error
fynd-niva-varning = warning
fynd-niva-info = info
