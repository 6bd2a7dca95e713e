# Agreements: sip agreements list|show|check, and the errors in an agreement file (the built-in
# ones, the plan folder's own, and sip agreements check FILE).

## sip agreements list and show

# Column headings of sip agreements list (the column "id" is id in both languages).
overenskommelse-namn = Name
overenskommelse-parter = Parties
overenskommelse-giltig = Valid
overenskommelse-ursprung = Origin
# Validity without dates.
overenskommelse-tills-vidare = until further notice
# Yes and no in the table of parties and under Invitation.
overenskommelse-ja = yes
overenskommelse-nej = no
# Lines at the top of sip agreements show.
overenskommelse-kalla = Source
# Column headings of the table of parties.
overenskommelse-typ = Type
overenskommelse-far-kalla = May convene
overenskommelse-har-insatser = Has interventions
overenskommelse-overgripande-ansvar = Overall responsibility
# The section Target group.
overenskommelse-malgrupp = Target group
overenskommelse-ingen-begransning = no restriction
overenskommelse-alder = age
overenskommelse-sysselsattning = occupation
overenskommelse-inriktning = focus
overenskommelse-prioriterad = priority
# The section Invitation.
overenskommelse-kallelse = Invitation
overenskommelse-minsta-framforhallning = minimum notice
overenskommelse-langsta-tid = longest time to the first invitation
overenskommelse-dagar = { $antal ->
        [one] { $antal } day
       *[other] { $antal } days
    }
overenskommelse-kraver-syfte = requires purpose
overenskommelse-kraver-fragestallningar = requires questions
overenskommelse-digitala-system = approved digital systems
# The sections with agendas.
overenskommelse-dagordning-upprattande = Agenda, drawing up the plan
overenskommelse-dagordning-uppfoljning = Agenda, follow-up
# sip agreements show with an id that does not exist.
overenskommelse-finns-inte = no agreement `{ $id }`; there are: { $finns }

## sip agreements check

# The file is not UTF-8.
overenskommelse-inte-utf8 = { $fil } is not UTF-8
# The file is a valid agreement.
overenskommelse-giltig-fil = { $fil }: { $namn } ({ $id }) is a valid agreement

## Errors in an agreement file (shown at the line)

# A value not among the allowed ones ($nyckel is the key in the file).
overenskommelse-otillatet-varde = `{ $varde }` is not an allowed value for { $nyckel } ({ $tillatna })
# The agreement's id.
overenskommelse-fel-id = id must be lower-case a–z, digits and -, 3–64 characters
# A party of unknown type.
overenskommelse-okand-parttyp = `{ $typ }` is not a party type ({ $tillatna })
# The same party twice.
overenskommelse-part-tva-ganger = party `{ $id }` appears twice
# No parties.
overenskommelse-inga-parter = the agreement has no [[parter]]
# giltig_till before giltig_från.
overenskommelse-giltig-ordning = giltig_till is before giltig_från
# ålder in [målgrupp].
overenskommelse-fel-alder = ålder must be [min, max], e.g. [16, 65]
