# Errors of the command line itself, before a command runs.

# `--today` or SIP_TODAY with something that is not a date; $varde is what was written
kommandorad-today-inget-datum = --today/SIP_TODAY: `{ $varde }` is not a date; write YYYY-MM-DD
# A command that writes or lists is run outside a plan folder
kommandorad-ingen-planmapp = no plan folder here or above: go to the plan folder or create one with `sip init`
# `-C DIR` (or the plan folder found otherwise) names a folder that does not exist
kommandorad-planmappen-finns-inte = the plan folder { $mapp } does not exist
# The name of standard output when a write to it fails (stands in place of a file name)
kommandorad-standardutmatningen = standard output
