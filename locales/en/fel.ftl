# Errors that stop a command (exit 2) and belong to no particular area: files that cannot be
# read or written. The same ids are in ../sv/fel.ftl in Swedish.

# A file that could not be read, written, created, removed or locked; $orsak is the system's
# reason (in Swedish one of fel-orsak-… below).
fel-io-lasa = cannot read { $sokvag }: { $orsak }
fel-io-skriva = cannot write { $sokvag }: { $orsak }
fel-io-byta-namn = cannot rename the new file to { $sokvag }: { $orsak }
fel-io-skapa = cannot create { $sokvag }: { $orsak }
fel-io-ta-bort = cannot remove { $sokvag }: { $orsak }
fel-io-lasa-las = cannot lock { $sokvag }: { $orsak }

# Why the operating system refused (the most common reasons; others as the system words them).
fel-orsak-finns-inte = does not exist
fel-orsak-behorighet = permission denied
fel-orsak-mapp = is a folder
fel-orsak-finns-redan = already exists
fel-orsak-disken-full = the disk is full
fel-orsak-skrivskyddat = the file system is read-only
fel-orsak-tiden-gick-ut = timed out

# A file of the plan folder that sip does not read, after the file's name: "cannot read plan.yaml: …".
fel-las-io = cannot be read ({ $orsak })
fel-las-inte-vanlig-fil = not a regular file (but a folder, a device or a pipe); sip reads regular files only
# $mb is the file's size with one decimal, $max the limit in MB.
fel-las-for-stor = the file is too large ({ $mb } MB, at most { $max } MB; a plan is a few kB)
fel-las-for-stor-okand = the file is too large (more than { $max } MB; a plan is a few kB)

# The plan was changed by someone else while sip worked on it.
fel-andrad-pa-disken = { $sokvag } changed on disk while sip was working (someone saved in an editor, or git updated it); nothing was written. Run the command again
# The reader of sip's output stopped reading (`sip list | head`); never shown, sip ends quietly.
fel-utdata-stangd = standard output was closed by its reader

# The line on stderr when an error stops a command; $fel is the message.
fel-rad = error: { $fel }
