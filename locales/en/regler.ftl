# Rules: sip rules (the table of all rules, one rule's page) and the rules table of the README.

# Column headings of the table of rules; "Message" is also on a rule's page.
regler-kod = Code
regler-namn = Name
regler-niva = Severity
regler-meddelande = Message
# Column heading of the README's rules table (sip rules --format markdown).
regler-kalla = Source
# sip rules CODE with a code that does not exist.
regler-okand = unknown rule `{ $kod }`; `sip rules` lists them all
