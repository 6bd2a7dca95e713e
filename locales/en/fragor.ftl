# Questions at a terminal when a value is missing (sip only asks when run at a terminal).
# The same ids are in ../sv/fragor.ftl in Swedish. The questions themselves are asked in Swedish.

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
