# The command line's help (`sip --help`, `sip COMMAND --help`, the man page and the shells' completions).
#
# One text per command and flag: `hjalp-check` is what `sip check` does, `hjalp-check--format`
# describes the flag `--format` of `sip check`, `hjalp-sip--lang` a flag of every command.
# `{ hjalp-… }` reuses another flag's text. Each text becomes one line of the help: keep it short,
# without a full stop at the end (except the longer text `.utforlig`, shown by `--help`).

# `sip`: what the command does (.utforlig: the longer text of --help)
hjalp-sip = Coordinated individual plan (SIP): check, edit and print plans in a git folder
    .utforlig = sip keeps each coordinated individual plan as a YAML file in a git folder, checks the plans against the four points of the law and the rules of the local agreement, and prints invitations, agendas and plan documents.
# `sip --dir` (applies to every command)
hjalp-sip--dir = The plan folder (else the nearest folder above with sip.toml)
# `sip --today` (applies to every command)
hjalp-sip--today = Today's date for every date rule (YYYY-MM-DD)
# `sip --lang` (applies to every command)
hjalp-sip--lang = Language of messages and headings
# `sip --color` (applies to every command)
hjalp-sip--color = Colour: auto (on a terminal, without NO_COLOR), always or never
# `sip --quiet` (applies to every command)
hjalp-sip--quiet = Print only what is needed

# `sip init`: what the command does
hjalp-init = Create a plan folder (sip.toml)
# `sip init DIR`
hjalp-init--dir = The folder (default: the current one)
# `sip init --agreement`
hjalp-init--agreement = Default agreement
# `sip init --leader`
hjalp-init--leader = Default meeting leader
# `sip init --encrypt`
hjalp-init--encrypt = Encrypt the plans' personal data (needs --recipient)
# `sip init --recipient`
hjalp-init--recipients = Recipient of the plans' data keys (age1… or ssh-ed25519 …; repeatable)

# `sip new`: what the command does
hjalp-new = Create a plan (status draft)
# `sip new --agreement`
hjalp-new--agreement = Agreement (default: sip.toml)
# `sip new --name`
hjalp-new--name = The individual's name
# `sip new --personnummer`
hjalp-new--personnummer = Personal identity number or coordination number
# `sip new --birth-date`
hjalp-new--birth-date = Date of birth (when there is no personal identity number)
# `sip new --initiated-by`
hjalp-new--initiated-by = The party that sends the invitation
# `sip new --date`
hjalp-new--date = Date of initiation (default: today)
# `sip new --purpose`
hjalp-new--purpose = Purpose
# `sip new --focus`
hjalp-new--focus = Focus
# `sip new --question`
hjalp-new--questions = Question (may be repeated; replaces the list)
# `sip new --leader`
hjalp-new--leader = Meeting leader
# `sip new --occupation`
hjalp-new--occupation = Occupation
# `sip new --gender`
hjalp-new--gender = Gender
# `sip new --benefit`
hjalp-new--benefits = Benefit (may be repeated; replaces the list)

# `sip set`: what the command does
hjalp-set = Change the plan's own fields (purpose, focus, questions …)
# `sip set PLAN`
hjalp-set--plan = The plan's id or path
# `sip set --purpose`
hjalp-set--purpose = { hjalp-new--purpose }
# `sip set --focus`
hjalp-set--focus = { hjalp-new--focus }
# `sip set --question`
hjalp-set--questions = { hjalp-new--questions }
# `sip set --leader`
hjalp-set--leader = { hjalp-new--leader }
# `sip set --occupation`
hjalp-set--occupation = { hjalp-new--occupation }
# `sip set --gender`
hjalp-set--gender = { hjalp-new--gender }
# `sip set --benefit`
hjalp-set--benefits = { hjalp-new--benefits }
# `sip set --name`
hjalp-set--name = { hjalp-new--name }
# `sip set --personnummer`
hjalp-set--personnummer = Personal identity number (YYYYMMDD-NNNN)
# `sip set --birth-date`
hjalp-set--birth-date = { hjalp-new--birth-date }
# `sip set --agreement`
hjalp-set--agreement = Agreement
# `sip set --background`
hjalp-set--background = The present situation, as described at the meeting (background)
# `sip set --own-goal`
hjalp-set--own-goal = The individual's own goal, in the individual's own words
# `sip set --proposed-by`
hjalp-set--proposed-by = Who proposed the SIP
# `sip set --discharge-ready`
hjalp-set--discharge-ready = Day the inpatient ward gave notice that the patient is ready for discharge (the three days to the kallelse run from it)
# `sip set --care-contact`
hjalp-set--care-contact = The patient's permanent care contact
# `sip set --childs-views`
hjalp-set--childs-views = The child's own views: how they were obtained and what they are
# `sip set --compulsory-care`
hjalp-set--compulsory-care = Compulsory outpatient psychiatric care (`lpt`) or forensic outpatient care (`lrv`), or none (`ingen`)
# `sip set --interpreter`
hjalp-set--interpreter = The language the individual needs an interpreter for, e.g. arabiska
# `sip set --protected`
hjalp-set--protected = Protected personal data: `ja` (yes) | `nej` (no)
# `sip set --initiated-by`
hjalp-set--initiated-by = The party that convenes (initiering.part)
# `sip set --initiated`
hjalp-set--initiated = The day the SIP was initiated (initiering.datum)
# `sip set --clear`
hjalp-set--clear = Remove an optional key, e.g. initiering.utskrivningsklar (may be repeated)

# `sip edit`: what the command does
hjalp-edit = Open a plan in $EDITOR and check it when it is saved
# `sip edit PLAN`
hjalp-edit--plan = { hjalp-set--plan }

# `sip consent`: what the command does
hjalp-consent = Record or withdraw consent
# `sip consent PLAN`
hjalp-consent--plan = { hjalp-set--plan }
# `sip consent --date`
hjalp-consent--date = The day consent was given
# `sip consent --form`
hjalp-consent--form = How consent was given
# `sip consent --given-by`
hjalp-consent--given-by = Who gave consent: the individual, a role or the representatives' names (comma-separated)
# `sip consent --documented-by`
hjalp-consent--documented-by = Who documented it (default: the plan's meeting leader)
# `sip consent --parties`
hjalp-consent--parties = Parties covered (comma-separated)
# `sip consent --valid-until`
hjalp-consent--valid-until = Last day of validity
# `sip consent --withdrawn`
hjalp-consent--withdrawn = The day consent was withdrawn
# `sip consent --add-party`
hjalp-consent--add-party = Add a party to the consent (may be repeated)
# `sip consent --remove-party`
hjalp-consent--remove-party = Remove a party from the consent (may be repeated)
# `sip consent --scope`
hjalp-consent--scope = What information may be shared (scope)
# `sip consent --add-other`
hjalp-consent--add-other = Add a participant without a party whom the consent covers, by name (repeatable)
# `sip consent --remove-other`
hjalp-consent--remove-other = Remove a participant without a party from the consent (repeatable)

# `sip need`: what the command does
hjalp-need = Needs

# `sip need add`: what the command does
hjalp-need-add = Add a need
# `sip need add PLAN`
hjalp-need-add--plan = { hjalp-set--plan }
# `sip need add TEXT`
hjalp-need-add--text = The need in the individual's own words

# `sip need set`: what the command does
hjalp-need-set = Change a need
# `sip need set PLAN`
hjalp-need-set--plan = { hjalp-set--plan }
# `sip need set ID`
hjalp-need-set--id = The need's id (B1)
# `sip need set TEXT`
hjalp-need-set--text = New description

# `sip need remove`: what the command does
hjalp-need-remove = Remove a need
# `sip need remove PLAN`
hjalp-need-remove--plan = { hjalp-set--plan }
# `sip need remove ID`
hjalp-need-remove--id = { hjalp-need-set--id }
# `sip need remove --force`
hjalp-need-remove--force = Also remove the references to the need

# `sip goal`: what the command does
hjalp-goal = Goals

# `sip goal add`: what the command does
hjalp-goal-add = Add a goal
# `sip goal add PLAN`
hjalp-goal-add--plan = { hjalp-set--plan }
# `sip goal add TEXT`
hjalp-goal-add--text = The goal in the individual's own words
# `sip goal add --measure`
hjalp-goal-add--measure = Measure of success
# `sip goal add --by`
hjalp-goal-add--by = By (date)

# `sip goal set`: what the command does
hjalp-goal-set = Change a goal
# `sip goal set PLAN`
hjalp-goal-set--plan = { hjalp-set--plan }
# `sip goal set ID`
hjalp-goal-set--id = The goal's id (M1)
# `sip goal set --text`
hjalp-goal-set--text = { hjalp-need-set--text }
# `sip goal set --measure`
hjalp-goal-set--measure = { hjalp-goal-add--measure }
# `sip goal set --by`
hjalp-goal-set--by = { hjalp-goal-add--by }
# `sip goal set --outcome`
hjalp-goal-set--outcome = Evaluation: `uppnått` (reached), `delvis_uppnått` (partly), `ej_uppnått` (not reached), or `ingen` (removes the evaluation)
# `sip goal set --outcome-date`
hjalp-goal-set--outcome-date = Day the goal was evaluated (default: today)
# `sip goal set --comment`
hjalp-goal-set--comment = Comment on the evaluation

# `sip goal remove`: what the command does
hjalp-goal-remove = Remove a goal
# `sip goal remove PLAN`
hjalp-goal-remove--plan = { hjalp-set--plan }
# `sip goal remove ID`
hjalp-goal-remove--id = { hjalp-goal-set--id }
# `sip goal remove --force`
hjalp-goal-remove--force = Also remove the references to the goal

# `sip intervention`: what the command does
hjalp-intervention = Interventions

# `sip intervention add`: what the command does
hjalp-intervention-add = Add an intervention
# `sip intervention add PLAN`
hjalp-intervention-add--plan = { hjalp-set--plan }
# `sip intervention add TEXT`
hjalp-intervention-add--text = What the intervention is
# `sip intervention add --party`
hjalp-intervention-add--party = Responsible party (principal)
# `sip intervention add --need`
hjalp-intervention-add--needs = Needs the intervention meets (B1,B2)
# `sip intervention add --goal`
hjalp-intervention-add--goals = Goals (M1,M2)
# `sip intervention add --provider`
hjalp-intervention-add--provider = Provider
# `sip intervention add --contact`
hjalp-intervention-add--contact = Contact person
# `sip intervention add --start`
hjalp-intervention-add--start = Start date
# `sip intervention add --end`
hjalp-intervention-add--end = End date

# `sip intervention set`: what the command does
hjalp-intervention-set = Change an intervention
# `sip intervention set PLAN`
hjalp-intervention-set--plan = { hjalp-set--plan }
# `sip intervention set ID`
hjalp-intervention-set--id = The intervention's id (I1)
# `sip intervention set --status`
hjalp-intervention-set--status = The intervention's status
# `sip intervention set --text`
hjalp-intervention-set--text = { hjalp-need-set--text }
# `sip intervention set --party`
hjalp-intervention-set--party = { hjalp-intervention-add--party }
# `sip intervention set --need`
hjalp-intervention-set--needs = { hjalp-intervention-add--needs }
# `sip intervention set --goal`
hjalp-intervention-set--goals = { hjalp-intervention-add--goals }
# `sip intervention set --provider`
hjalp-intervention-set--provider = { hjalp-intervention-add--provider }
# `sip intervention set --contact`
hjalp-intervention-set--contact = { hjalp-intervention-add--contact }
# `sip intervention set --start`
hjalp-intervention-set--start = { hjalp-intervention-add--start }
# `sip intervention set --end`
hjalp-intervention-set--end = { hjalp-intervention-add--end }

# `sip intervention remove`: what the command does
hjalp-intervention-remove = Remove an intervention
# `sip intervention remove PLAN`
hjalp-intervention-remove--plan = { hjalp-set--plan }
# `sip intervention remove ID`
hjalp-intervention-remove--id = { hjalp-intervention-set--id }

# `sip measure`: what the command does
hjalp-measure = Measures by others than the municipality and the region

# `sip measure add`: what the command does
hjalp-measure-add = Add a measure by someone else
# `sip measure add PLAN`
hjalp-measure-add--plan = { hjalp-set--plan }
# `sip measure add TEXT`
hjalp-measure-add--text = What the measure is
# `sip measure add --by`
hjalp-measure-add--by = Who takes the measure
# `sip measure add --need`
hjalp-measure-add--needs = Needs the measure meets (B1,B2)

# `sip measure none`: what the command does
hjalp-measure-none = Record that there are no measures by others (considered)
# `sip measure none PLAN`
hjalp-measure-none--plan = { hjalp-set--plan }

# `sip measure set`: what the command does
hjalp-measure-set = Change a measure (number 1, 2, … as in `sip show`)
# `sip measure set PLAN`
hjalp-measure-set--plan = { hjalp-set--plan }
# `sip measure set NUMBER`
hjalp-measure-set--number = The measure's number
# `sip measure set --text`
hjalp-measure-set--text = { hjalp-need-set--text }
# `sip measure set --by`
hjalp-measure-set--by = { hjalp-measure-add--by }
# `sip measure set --need`
hjalp-measure-set--needs = { hjalp-measure-add--needs }

# `sip measure remove`: what the command does
hjalp-measure-remove = Remove a measure (number 1, 2, … as in `sip show`)
# `sip measure remove PLAN`
hjalp-measure-remove--plan = { hjalp-set--plan }
# `sip measure remove NUMBER`
hjalp-measure-remove--number = { hjalp-measure-set--number }

# `sip responsible`: what the command does
hjalp-responsible = Overall responsibility
# `sip responsible PLAN`
hjalp-responsible--plan = { hjalp-set--plan }
# `sip responsible --party`
hjalp-responsible--party = The principal with overall responsibility
# `sip responsible --person`
hjalp-responsible--person = Responsible person

# `sip meeting`: what the command does
hjalp-meeting = SIP meetings

# `sip meeting add`: what the command does
hjalp-meeting-add = Add a meeting
# `sip meeting add PLAN`
hjalp-meeting-add--plan = { hjalp-set--plan }
# `sip meeting add --kind`
hjalp-meeting-add--kind = Kind of meeting
# `sip meeting add --at`
hjalp-meeting-add--at = Time, YYYY-MM-DDTHH:MM
# `sip meeting add --place`
hjalp-meeting-add--place = Place
# `sip meeting add --digital`
hjalp-meeting-add--digital = Digital system
# `sip meeting add --participant`
hjalp-meeting-add--participants = Participant: "NAME", "NAME:PARTY" or "NAME:ROLE", with a unit after: "NAME:PARTY:UNIT" (repeatable)

# `sip meeting invited`: what the command does
hjalp-meeting-invited = Record that the invitation was sent
# `sip meeting invited PLAN`
hjalp-meeting-invited--plan = { hjalp-set--plan }
# `sip meeting invited MEETING`
hjalp-meeting-invited--meeting = The meeting's id (MÖ1)
# `sip meeting invited --date`
hjalp-meeting-invited--date = The day the invitation was sent (default: today)

# `sip meeting held`: what the command does
hjalp-meeting-held = Record that the meeting was held
# `sip meeting held PLAN`
hjalp-meeting-held--plan = { hjalp-set--plan }
# `sip meeting held MEETING`
hjalp-meeting-held--meeting = { hjalp-meeting-invited--meeting }
# `sip meeting held --notes`
hjalp-meeting-held--notes = Notes
# `sip meeting held --absent`
hjalp-meeting-held--absent = A participant who did not come (repeatable)

# `sip meeting attendance`: what the command does
hjalp-meeting-attendance = Correct who was there at a held meeting
# `sip meeting attendance PLAN`
hjalp-meeting-attendance--plan = { hjalp-set--plan }
# `sip meeting attendance MEETING`
hjalp-meeting-attendance--meeting = { hjalp-meeting-invited--meeting }
# `sip meeting attendance NAME`
hjalp-meeting-attendance--name = The participant's name
# `sip meeting attendance --absent`
hjalp-meeting-attendance--absent = The participant did not come
# `sip meeting attendance --present`
hjalp-meeting-attendance--present = The participant was there

# `sip meeting set`: what the command does
hjalp-meeting-set = Move or change a meeting
# `sip meeting set PLAN`
hjalp-meeting-set--plan = { hjalp-set--plan }
# `sip meeting set MEETING`
hjalp-meeting-set--meeting = { hjalp-meeting-invited--meeting }
# `sip meeting set --at`
hjalp-meeting-set--at = New time, YYYY-MM-DDTHH:MM
# `sip meeting set --place`
hjalp-meeting-set--place = { hjalp-meeting-add--place }
# `sip meeting set --digital`
hjalp-meeting-set--digital = { hjalp-meeting-add--digital }
# `sip meeting set --purpose`
hjalp-meeting-set--purpose = The meeting's own purpose
# `sip meeting set --question`
hjalp-meeting-set--questions = The meeting's own questions (may be repeated; replaces the list)

# `sip meeting remove`: what the command does
hjalp-meeting-remove = Remove a meeting not held
# `sip meeting remove PLAN`
hjalp-meeting-remove--plan = { hjalp-set--plan }
# `sip meeting remove MEETING`
hjalp-meeting-remove--meeting = { hjalp-meeting-invited--meeting }

# `sip meeting participant`: what the command does
hjalp-meeting-participant = Participants of a meeting

# `sip meeting participant add`: what the command does
hjalp-meeting-participant-add = Add a participant
# `sip meeting participant add PLAN`
hjalp-meeting-participant-add--plan = { hjalp-set--plan }
# `sip meeting participant add MEETING`
hjalp-meeting-participant-add--meeting = { hjalp-meeting-invited--meeting }
# `sip meeting participant add PARTICIPANT`
hjalp-meeting-participant-add--participant = "NAME", "NAME:PARTY" or "NAME:ROLE", with a unit after: "NAME:PARTY:UNIT"

# `sip meeting participant remove`: what the command does
hjalp-meeting-participant-remove = Remove a participant
# `sip meeting participant remove PLAN`
hjalp-meeting-participant-remove--plan = { hjalp-set--plan }
# `sip meeting participant remove MEETING`
hjalp-meeting-participant-remove--meeting = { hjalp-meeting-invited--meeting }
# `sip meeting participant remove NAME`
hjalp-meeting-participant-remove--name = { hjalp-meeting-attendance--name }

# `sip followup`: what the command does
hjalp-followup = The date of the next follow-up
# `sip followup PLAN`
hjalp-followup--plan = { hjalp-set--plan }
# `sip followup --next`
hjalp-followup--next = Next follow-up (date)

# `sip status`: what the command does
hjalp-status = Change the plan's status
# `sip status PLAN`
hjalp-status--plan = { hjalp-set--plan }
# `sip status STATUS`
hjalp-status--status = The plan's new status

# `sip close`: what the command does
hjalp-close = Close the plan
# `sip close PLAN`
hjalp-close--plan = { hjalp-set--plan }
# `sip close --reason`
hjalp-close--reason = Why the plan is closed
# `sip close --date`
hjalp-close--date = Closing date (default: today)
# `sip close --comment`
hjalp-close--comment = Comment

# `sip check`: what the command does
hjalp-check = Check plans against the law and the agreement
# `sip check PATHS`
hjalp-check--paths = Files or folders (default: the whole plan folder); `-` reads one plan from stdin
# `sip check --format`
hjalp-check--format = Output format
# `sip check --output`
hjalp-check--output = Write to FILE instead of stdout
# `sip check --stdin-filename`
hjalp-check--stdin-filename = With the path `-`: the plan's path, for messages, file-name rules and the agreement
# `sip check --strict`
hjalp-check--strict = Warnings count as errors (exit code 1)
# `sip check --select`
hjalp-check--select = Run only these rules (comma-separated codes, e.g. L004,P002)

# `sip agenda`: what the command does
hjalp-agenda = Print the agenda of a meeting
# `sip agenda PLAN`
hjalp-agenda--plan = { hjalp-set--plan }
# `sip agenda --meeting`
hjalp-agenda--meeting = The meeting's id (default: the next meeting not held)
# `sip agenda --format`
hjalp-agenda--format = { hjalp-check--format }
# `sip agenda --output`
hjalp-agenda--output = Write the document to FILE instead of stdout

# `sip invitation`: what the command does
hjalp-invitation = Print the invitation to a meeting, to everyone or to one recipient
# `sip invitation PLAN`
hjalp-invitation--plan = { hjalp-set--plan }
# `sip invitation --meeting`
hjalp-invitation--meeting = { hjalp-agenda--meeting }
# `sip invitation --format`
hjalp-invitation--format = { hjalp-check--format }
# `sip invitation --output`
hjalp-invitation--output = { hjalp-agenda--output }
# `sip invitation --to`
hjalp-invitation--to = The letter to one recipient: the individual, a person's name or a party's id (default: the overview to everyone)

# `sip protocol`: what the command does
hjalp-protocol = Print the minutes of a meeting
# `sip protocol PLAN`
hjalp-protocol--plan = { hjalp-set--plan }
# `sip protocol MEETING`
hjalp-protocol--meeting = The meeting's id (default: the last meeting held)
# `sip protocol --format`
hjalp-protocol--format = { hjalp-check--format }
# `sip protocol --output`
hjalp-protocol--output = { hjalp-agenda--output }

# `sip show`: what the command does
hjalp-show = Print the plan document
# `sip show PLAN`
hjalp-show--plan = { hjalp-set--plan }
# `sip show --format`
hjalp-show--format = { hjalp-check--format }
# `sip show --output`
hjalp-show--output = { hjalp-agenda--output }

# `sip followups`: what the command does
hjalp-followups = What is due for follow-up: the whole folder, or one plan's checklist
# `sip followups PLAN`
hjalp-followups--plan = One plan (shows its checklist)
# `sip followups --within`
hjalp-followups--within = Days ahead
# `sip followups --party`
hjalp-followups--party = Only what one party is responsible for
# `sip followups --leader`
hjalp-followups--leader = Only plans with this meeting leader
# `sip followups --agreement`
hjalp-followups--agreement = Only plans under this agreement
# `sip followups --anonymize`
hjalp-followups--anonymize = Initials only
# `sip followups --names`
hjalp-followups--names = With --format ics: print the individual's name. Without the flag only initials are shown, since a calendar is often synced to Outlook, Google or a phone, outside the plan folder
# `sip followups --format`
hjalp-followups--format = Output format (xlsx and ics to a file)
# `sip followups --output`
hjalp-followups--output = { hjalp-check--output }

# `sip list`: what the command does
hjalp-list = One row per plan
# `sip list --status`
hjalp-list--status = Only plans with this status
# `sip list --agreement`
hjalp-list--agreement = { hjalp-followups--agreement }
# `sip list --format`
hjalp-list--format = Output format (xlsx to a file)
# `sip list --output`
hjalp-list--output = { hjalp-check--output }

# `sip stats`: what the command does
hjalp-stats = Statistics without personal data
# `sip stats --from`
hjalp-stats--from = From (date of initiation)
# `sip stats --to`
hjalp-stats--to = Until (inclusive)
# `sip stats --no-suppress`
hjalp-stats--no-suppress = Also show cells of 1–4
# `sip stats --format`
hjalp-stats--format = { hjalp-list--format }
# `sip stats --output`
hjalp-stats--output = { hjalp-check--output }

# `sip report`: what the command does
hjalp-report = Board report: the SIP work of a period, without personal data
# `sip report --from`
hjalp-report--from = From (inclusive; default: 1 January this year)
# `sip report --to`
hjalp-report--to = Until (inclusive; default: today)
# `sip report --agreement`
hjalp-report--agreement = Only plans under this agreement (id)
# `sip report --format`
hjalp-report--format = Output format (pdf and xlsx to a file)
# `sip report --output`
hjalp-report--output = { hjalp-check--output }

# `sip fmt`: what the command does
hjalp-fmt = Rewrite plans in canonical form
# `sip fmt PATHS`
hjalp-fmt--paths = Files or folders (default: the whole plan folder)
# `sip fmt --check`
hjalp-fmt--check = Change nothing; exit code 1 if a file is not in canonical form

# `sip schema`: what the command does
hjalp-schema = JSON Schema for editors
# `sip schema KIND`
hjalp-schema--kind = Which schema: plan or agreement

# `sip completions`: what the command does
hjalp-completions = Shell completion
# `sip completions SHELL`
hjalp-completions--shell = The shell

# `sip man`: what the command does
hjalp-man = The man page

# `sip rules`: what the command does
hjalp-rules = Show the rules, or one rule's documentation
# `sip rules CODE`
hjalp-rules--code = A rule's code (L004) or name
# `sip rules --format`
hjalp-rules--format = { hjalp-check--format }
# `sip rules --output`
hjalp-rules--output = { hjalp-check--output }

# `sip agreements`: what the command does
hjalp-agreements = Show and check agreements

# `sip agreements list`: what the command does
hjalp-agreements-list = List the agreements (built in and the plan folder's own)

# `sip agreements show`: what the command does
hjalp-agreements-show = Show an agreement
# `sip agreements show ID`
hjalp-agreements-show--id = The agreement's id

# `sip agreements check`: what the command does
hjalp-agreements-check = Check an agreement file
# `sip agreements check FILE`
hjalp-agreements-check--file = The TOML file

# `sip merge`: what the command does
hjalp-merge = git's merge of a plan by its content (called by git, see setup-git)
# `sip merge BASE`
hjalp-merge--base = The common version (git: %O)
# `sip merge OURS`
hjalp-merge--ours = Your version; the result is written here (git: %A)
# `sip merge THEIRS`
hjalp-merge--theirs = The other version (git: %B)
# `sip merge PATH`
hjalp-merge--path = The file's path in the repository, for messages (git: %P)

# `sip setup-git`: what the command does
hjalp-setup-git = Register sip's merge of plans in this clone's git settings

# `sip history`: what the command does
hjalp-history = The plan's changes from git, by date and person
# `sip history PLAN`
hjalp-history--plan = { hjalp-set--plan }
# `sip history --since`
hjalp-history--since = Only changes from a date (YYYY-MM-DD) or a meeting's day (MÖ1) on
# `sip history --format`
hjalp-history--format = { hjalp-check--format }
# `sip history --output`
hjalp-history--output = { hjalp-check--output }

# `sip gallra`: what the command does
hjalp-gallra = Gallring: closed plans whose retention period under [gallring] in sip.toml has run out (without --apply only a list)
# `sip gallra --apply`
hjalp-gallra--apply = Gallra: remove the plans and every version of them from the git history (with git-filter-repo) and record it in gallringslogg.csv
# `sip gallra --archive`
hjalp-gallra--archive = First write an archive copy of each plan to be removed: DIR/<plan id>.pdf (PDF/A-2b, with the plan document, all minutes and the history)
# `sip gallra --by`
hjalp-gallra--by = Who carries out the gallring, as a role or function and never a name (for the gallring log; else utförd_av in sip.toml)
# `sip gallra --utan-git`
hjalp-gallra--no-git = With --apply in a plan folder without git: remove only the files (there is no history)

# `sip representative`: what the command does
hjalp-representative = The individual's representatives (guardian, administrator, trustee)

# `sip representative add`: what the command does
hjalp-representative-add = Add a representative
# `sip representative add PLAN`
hjalp-representative-add--plan = { hjalp-set--plan }
# `sip representative add NAME`
hjalp-representative-add--name = The representative's name
# `sip representative add --role`
hjalp-representative-add--role = The representative's role
# `sip representative add --contact`
hjalp-representative-add--contact = Phone or e-mail

# `sip representative remove`: what the command does
hjalp-representative-remove = Remove a representative
# `sip representative remove PLAN`
hjalp-representative-remove--plan = { hjalp-set--plan }
# `sip representative remove NAME`
hjalp-representative-remove--name = { hjalp-representative-add--name }

# `sip relative`: what the command does
hjalp-relative = Relatives, and whether they may take part

# `sip relative add`: what the command does
hjalp-relative-add = Add a relative
# `sip relative add PLAN`
hjalp-relative-add--plan = { hjalp-set--plan }
# `sip relative add NAME`
hjalp-relative-add--name = The relative's name
# `sip relative add --relation`
hjalp-relative-add--relation = Relation to the individual, e.g. mor (mother)
# `sip relative add --no-participation`
hjalp-relative-add--no-participation = The individual does not want the relative to take part

# `sip relative set`: what the command does
hjalp-relative-set = Change a relative
# `sip relative set PLAN`
hjalp-relative-set--plan = { hjalp-set--plan }
# `sip relative set NAME`
hjalp-relative-set--name = { hjalp-relative-add--name }
# `sip relative set --participation`
hjalp-relative-set--participation = May take part: ja (yes) | nej (no)
# `sip relative set --relation`
hjalp-relative-set--relation = Relation to the individual

# `sip relative remove`: what the command does
hjalp-relative-remove = Remove a relative
# `sip relative remove PLAN`
hjalp-relative-remove--plan = { hjalp-set--plan }
# `sip relative remove NAME`
hjalp-relative-remove--name = { hjalp-relative-add--name }

# `sip own`: what the command does
hjalp-own = What the individual will do (own actions)

# `sip own add`: what the command does
hjalp-own-add = Add something the individual will do
# `sip own add PLAN`
hjalp-own-add--plan = { hjalp-set--plan }
# `sip own add TEXT`
hjalp-own-add--text = What the individual will do

# `sip own remove`: what the command does
hjalp-own-remove = Remove an own action (number 1, 2, … as in `sip show`)
# `sip own remove PLAN`
hjalp-own-remove--plan = { hjalp-set--plan }
# `sip own remove NUMBER`
hjalp-own-remove--number = { hjalp-measure-set--number }

# `sip copy`: what the command does
hjalp-copy = Who receives a copy of the plan

# `sip copy add`: what the command does
hjalp-copy-add = Add a recipient of a copy: "NAME" or "NAME:PARTY"
# `sip copy add PLAN`
hjalp-copy-add--plan = { hjalp-set--plan }
# `sip copy add RECIPIENT`
hjalp-copy-add--recipient = "NAME" or "NAME:PARTY"

# `sip copy remove`: what the command does
hjalp-copy-remove = Remove a recipient of a copy
# `sip copy remove PLAN`
hjalp-copy-remove--plan = { hjalp-set--plan }
# `sip copy remove NAME`
hjalp-copy-remove--name = The recipient's name

# `sip find`: what the command does
hjalp-find = Find plans by id, name or personal identity number
# `sip find TEXT`
hjalp-find--text = Part of an id, name or personal identity number (case and accents do not matter)

# `sip __complete`: what the command does
hjalp-__complete = Suggestions for shell completion (called by the scripts of `sip completions`)
# `sip __complete SHELL`
hjalp-__complete--shell = The shell that asks
# `sip __complete INDEX`
hjalp-__complete--index = The number of the word being completed (0 is sip)
# `sip __complete WORDS`
hjalp-__complete--words = The words of the command line (after --)

# `sip keys`: what the command does
hjalp-keys = Keys for encrypted plans (age)

# `sip keys new`: what the command does
hjalp-keys-new = Create your own key (age) and print its recipient
# `sip keys new --output`
hjalp-keys-new--output = The key file (default: ~/.config/sip/nyckel.txt)

# `sip keys list`: what the command does
hjalp-keys-list = Show the plan folder's recipients

# `sip keys add`: what the command does
hjalp-keys-add = Add a recipient and open every plan to it
# `sip keys add RECIPIENT`
hjalp-keys-add--recipient = The recipient: a public age key (age1…) or an ssh-ed25519 key

# `sip keys remove`: what the command does
hjalp-keys-remove = Remove a recipient: new data keys, every value encrypted again
# `sip keys remove RECIPIENT`
hjalp-keys-remove--recipient = { hjalp-keys-add--recipient }

# `sip encrypt`: what the command does
hjalp-encrypt = Encrypt the plans' personal data (sops format)
# `sip encrypt PLANS`
hjalp-encrypt--plans = Plans (id or path)
# `sip encrypt --all`
hjalp-encrypt--all = Every plan in the plan folder
# `sip encrypt --from`
hjalp-encrypt--from = The plan's new content as clear text from a file (`-` reads stdin); unchanged values keep their ciphertext

# `sip decrypt`: what the command does
hjalp-decrypt = Print an encrypted plan in clear text
# `sip decrypt PLAN`
hjalp-decrypt--plan = The plan (id or path)
# `sip decrypt --output`
hjalp-decrypt--output = Write the clear text to a new file readable by you only, not to stdout
# `sip decrypt --textconv`
hjalp-decrypt--textconv = For git diff (textconv, registered by setup-git): PLAN is a file's path; prints it in clear text when a key opens it, else as it is, and never fails

## The placeholders of values in the help (`--output <FILE>`); the id holds the placeholder's name in the program, in small letters
hjalp-namn-add-party = ADD_PARTY
hjalp-namn-agreement = AGREEMENT
hjalp-namn-at = AT
hjalp-namn-background = BACKGROUND
hjalp-namn-base = BASE
hjalp-namn-bedomning = ASSESSMENT
hjalp-namn-benefits = BENEFITS
hjalp-namn-birth-date = BIRTH_DATE
hjalp-namn-by = BY
hjalp-namn-care-contact = CARE_CONTACT
hjalp-namn-code = CODE
hjalp-namn-color = COLOR
hjalp-namn-comment = COMMENT
hjalp-namn-contact = CONTACT
hjalp-namn-date = DATE
hjalp-namn-datum = DATE
hjalp-namn-datum-mote = DATE|MEETING
hjalp-namn-digital = DIGITAL
hjalp-namn-dir = DIR
hjalp-namn-discharge-ready = DISCHARGE_READY
hjalp-namn-documented-by = DOCUMENTED_BY
hjalp-namn-end = END
hjalp-namn-fil = FILE
hjalp-namn-file = FILE
hjalp-namn-focus = FOCUS
hjalp-namn-form = FORM
hjalp-namn-format = FORMAT
hjalp-namn-from = FROM
hjalp-namn-gender = GENDER
hjalp-namn-given-by = GIVEN_BY
hjalp-namn-goals = GOALS
hjalp-namn-id = ID
hjalp-namn-index = INDEX
hjalp-namn-initiated-by = INITIATED_BY
hjalp-namn-ja-nej = YES|NO
hjalp-namn-kind = KIND
hjalp-namn-koder = CODES
hjalp-namn-lang = LANG
hjalp-namn-leader = LEADER
hjalp-namn-mapp = DIR
hjalp-namn-measure = MEASURE
hjalp-namn-meeting = MEETING
hjalp-namn-mottagare = RECIPIENT
hjalp-namn-name = NAME
hjalp-namn-namn = NAME
hjalp-namn-needs = NEEDS
hjalp-namn-next = NEXT
hjalp-namn-notes = NOTES
hjalp-namn-number = NUMBER
hjalp-namn-nyckel = KEY
hjalp-namn-occupation = OCCUPATION
hjalp-namn-ours = OURS
hjalp-namn-own-goal = OWN_GOAL
hjalp-namn-part = PARTY
hjalp-namn-participant = PARTICIPANT
hjalp-namn-participants = PARTICIPANTS
hjalp-namn-participation = PARTICIPATION
hjalp-namn-parties = PARTIES
hjalp-namn-party = PARTY
hjalp-namn-path = PATH
hjalp-namn-paths = PATHS
hjalp-namn-person = PERSON
hjalp-namn-personnummer = PERSONNUMMER
hjalp-namn-place = PLACE
hjalp-namn-plan = PLAN
hjalp-namn-plans = PLANS
hjalp-namn-proposed-by = PROPOSED_BY
hjalp-namn-provider = PROVIDER
hjalp-namn-purpose = PURPOSE
hjalp-namn-questions = QUESTIONS
hjalp-namn-reason = REASON
hjalp-namn-recipient = RECIPIENT
hjalp-namn-relation = RELATION
hjalp-namn-remove-party = REMOVE_PARTY
hjalp-namn-role = ROLE
hjalp-namn-scope = SCOPE
hjalp-namn-shell = SHELL
hjalp-namn-sokvag = PATH
hjalp-namn-sprak = LANGUAGE
hjalp-namn-start = START
hjalp-namn-status = STATUS
hjalp-namn-text = TEXT
hjalp-namn-theirs = THEIRS
hjalp-namn-to = TO
hjalp-namn-tvangsvard = CARE
hjalp-namn-valid-until = VALID_UNTIL
hjalp-namn-withdrawn = WITHDRAWN
hjalp-namn-within = WITHIN
hjalp-namn-words = WORDS

## The descriptions of single values in `--help`

# The value `pdf` of `--format` in `sip show`, `sip agenda`, `sip invitation` and `sip protocol`
hjalp-varde-dokumentformat-pdf = A4 PDF with embedded fonts (written with -o FILE or to a redirected stdout)

## The help's own words (headings, placeholders and additions clap would write itself)

# The heading above the arguments without a flag name in `sip COMMAND --help`
hjalp-rubrik-argument = Arguments
# The heading above the flags in `--help`
hjalp-rubrik-flaggor = Options
# The heading above the commands in `sip --help`
hjalp-rubrik-kommandon = Commands
# The placeholder of a command in the usage line (`sip [OPTIONS] <COMMAND>`)
hjalp-platshallare-kommando = COMMAND
# The placeholder of the flags in the usage line (written in square brackets)
hjalp-platshallare-flaggor = OPTIONS
# The heading before the usage line in `--help` and in errors
hjalp-anvandning = Usage:
# The last line of `sip --help`
hjalp-mer-om-ett-kommando = Type `sip COMMAND --help` for help on a command.
# The command `sip help`
hjalp-kommandot-help = Print this message or the help of the given subcommand(s)
# The flag `-h`/`--help` when the command has no longer help
hjalp-flaggan-help = Print help
# The flag `-h`/`--help` in the short help (`-h`) when there is a longer one
hjalp-flaggan-help-kort = Print help (see more with '--help')
# The flag `-h`/`--help` in the longer help (`--help`)
hjalp-flaggan-help-lang = Print help (see a summary with '-h')
# The flag `--version`
hjalp-flaggan-version = Print version
# A command's description with its Swedish aliases (Swedish help only; clap lists them in English)
hjalp-kommando-med-alias = { $om } (aliases: { $alias })
# The additions in brackets after a flag's description (Swedish help only; clap writes its own in English)
hjalp-mojliga-varden = possible values: { $varden }
hjalp-standardvarde = default: { $varden }
hjalp-miljovariabel = env: { $namn }
hjalp-flagga-alias = aliases: { $alias }

## Errors on the command line (exit code 2; Swedish only: in English clap writes its own)

# The first line of an error on the command line
hjalp-fel = error: { $fel }
# A flag without its value (`--output` last on the line)
hjalp-fel-inget-varde = a value is required for `{ $flagga }` but none was supplied
# A value the flag does not accept
hjalp-fel-ogiltigt-varde = invalid value `{ $varde }` for `{ $flagga }`
# The line below an invalid value with the values to choose from
hjalp-fel-mojliga-varden = {"["}possible values: { $varden }]
# A flag the command does not have
hjalp-fel-okant-argument = unexpected argument `{ $argument }`
# A command that does not exist
hjalp-fel-okant-kommando = unrecognized subcommand `{ $kommando }`
# Before the list of missing arguments
hjalp-fel-argument-saknas =
    { $antal ->
        [one] the following required argument was not provided:
       *[other] the following required arguments were not provided:
    }
# A command that needs a subcommand (`sip need`)
hjalp-fel-behover-kommando = `{ $kommando }` requires a subcommand
# The line below with the subcommands
hjalp-fel-kommandon = {"["}subcommands: { $kommandon }]
# A flag given twice
hjalp-fel-bara-en-gang = `{ $flagga }` cannot be used multiple times
# Flags that cannot be combined
hjalp-fel-inte-med-de-andra = `{ $flagga }` cannot be used with the other arguments
hjalp-fel-inte-med = `{ $flagga }` cannot be used with { $andra }
# One value too many
hjalp-fel-for-manga-varden = unexpected value `{ $varde }` for `{ $flagga }`: no more values were expected
# The wrong number of values
hjalp-fel-antal-varden = wrong number of values for `{ $flagga }`
# A flag that must be written with an equals sign
hjalp-fel-likhetstecken = `{ $flagga }` is written with an equals sign (`{ $flagga }=…`)
# An argument that is not valid text
hjalp-fel-utf8 = an argument is not valid UTF-8
# The suggestion below the error: $forslag is one or more names (joined by the word below)
hjalp-fel-menade-du = tip: did you mean { $forslag }?
hjalp-fel-eller = or
# The last line of an error on the command line
hjalp-fel-mer-information = For more information, try '--help'.

# The values of `sip check --format` in the help and in the shell's completion.
hjalp-varde-human = Text as rustc and ruff write it, with excerpts of the file
hjalp-varde-json = JSON: the findings and a summary
hjalp-varde-github = GitHub Actions workflow commands (::error file=…)
hjalp-varde-junit = JUnit XML: a test suite per plan file, a test case per error
hjalp-varde-gitlab = GitLab Code Quality report (JSON)
hjalp-varde-sarif = SARIF 2.1.0 for GitHub code scanning
