# Questions at a terminal when a value is missing (sip only asks when run at a terminal).
# The same ids are in ../sv/fragor.ftl in Swedish.

# Error: a value is missing and sip may not ask (no terminal).
fraga-saknas = { $flagga } is missing: give it on the command line (sip only asks when run at a terminal)
# Before an error shown under a question.
fraga-fel = error: { $fel }
# Error: the answer could not be read from the terminal.
fraga-kunde-inte-lasa = could not read the answer: { $fel }
# When the question was left with Ctrl-C.
fraga-avbrutet = Interrupted; nothing was saved.
# A question that may be left empty.
fraga-valfri = { $fraga } (empty: skip)
# The first choice of a list that may be skipped.
fraga-hoppa-over = (skip)
# After a yes/no question: Enter means yes.
fraga-ja-nej-standard-ja = {"["}Y/n]
# After a yes/no question: Enter means no.
fraga-ja-nej-standard-nej = {"["}y/N]
# When the answer to a yes/no question was neither yes nor no.
fraga-svara-ja-nej = Answer y (yes) or n (no).

## Flags that take a value of a value set (--status, --kind, --role …)

# The name of a value when the flag has no name.
varde-namn = VALUE
# Error: the value is not valid UTF-8.
varde-inte-utf8 = { $flagga }: the value is not valid UTF-8
# A value outside the set (the message follows "error:").
varde-fel = error: { $fel }

## The questions (shown only at a terminal, when the flag is missing)

# sip init, sip new: --agreement
fraga-overenskommelse = Agreement
# sip init, sip new: --leader
fraga-samtalsledare = Meeting leader
# sip new: --name
fraga-individens-namn = The individual's name
# sip new: --personnummer
fraga-personnummer = Personnummer or samordningsnummer
# sip new: --birth-date
fraga-fodelsedatum = Date of birth (YYYY-MM-DD)
# sip new: --gender
fraga-kon = Gender
# sip new: --occupation
fraga-sysselsattning = Occupation
# sip new: --proposed-by
fraga-part-som-kallar = Party that calls the meeting
# sip new: --purpose
fraga-syfte = Purpose
# sip responsible: --party
fraga-overgripande-ansvar = Party with the overall responsibility
# sip measure add: --by
fraga-vem-vidtar-atgarden = Who takes the measure
# sip consent: --date
fraga-samtycke-datum = Day the consent was given (YYYY-MM-DD)
# sip consent: --form
fraga-samtycke-form = Form
# sip consent: --given-by
fraga-samtycke-givet-av = Given by
# sip consent: --parties
fraga-samtycke-parter = Parties covered (comma-separated)
# sip followup: --next
fraga-nasta-uppfoljning = Next follow-up (YYYY-MM-DD)
# sip intervention add: --party
fraga-ansvarig-huvudman = Responsible party
# sip meeting add: --kind
fraga-motestyp = Kind of meeting
# sip meeting add: --at
fraga-motestid = Time (YYYY-MM-DDTHH:MM)
# sip meeting invited: --date
fraga-kallelse-datum = Day the invitation was sent (YYYY-MM-DD)
# sip close: --reason
fraga-avslutsorsak = Reason
