# The board report (`sip report`): headings, the indicators' names and definitions, the charts'
# labels, the tables' columns, the workbook's sheets and the command's errors.
# The same ids are in ../sv/rapport.ftl in Swedish.

## The document (Markdown, HTML and PDF)

# The document's title.
rapport-titel = SIP work – board report
# The fields at the top: the period, the period it is compared with, the plans, how small counts show.
rapport-falt-period = Period
rapport-falt-jamfors-med = Compared with
rapport-falt-planer = Plans
rapport-falt-sma-tal = Small counts
rapport-sma-tal = counts under 5 are shown as <5; one more count is hidden where it could otherwise be worked out
# The last section: plans due for gallring; $antal is a number or "<5".
rapport-gallring-rubrik = Gallring
rapport-gallring = Closed plans due for gallring today (sip gallra): { $antal }
# The footer.
rapport-sidfot = No personal data: counts and shares only, by agreement and gender.

## The indicators: the name is the section's heading, the definition stands under it

rapport-indikator-startade = Plans started
    .definition = Plans whose initiation date lies in the period, of all plans.
rapport-indikator-aktiva = Active plans
    .definition = Plans that were active on the period's last day, of all plans.
rapport-indikator-avslutade = Plans closed
    .definition = Plans closed in the period, of all plans, by reason.
rapport-indikator-uppfoljda-i-tid = Followed up on time
    .definition = Active plans whose next follow-up is not before the period's last day, of active plans.
rapport-indikator-eget-mal = The individual's own goal
    .definition = Active plans with the individual's own goal, of active plans.
rapport-indikator-individen-narvarande = The individual present
    .definition = Held meetings in the period where the individual took part and was not absent, of held meetings in the period.
rapport-indikator-kallelse-inom-3-dagar = Kallelse within three days
    .definition = Discharge plans (ready for discharge in the period) whose first kallelse was sent within three days, of such plans.
rapport-indikator-dagar-till-upprattande = Days to drawing up
    .definition = Median days from initiation to the held meeting that drew up the plan, among plans whose such meeting was held in the period.
rapport-indikator-mal-utfall = Evaluated goals
    .definition = Goals assessed as achieved, of goals evaluated in the period, by outcome.

## The rows of charts and tables

rapport-rad-perioden = The period
rapport-rad-perioden-fore = The period before
# The row of all plans in the workbook.
rapport-rad-alla = all
# A plan without an agreement or gender given, and an agreement the folder does not know.
rapport-rad-uppgift-saknas = not stated
rapport-rad-okand = unknown

## Values

# A share in per cent; $procent is a whole number. No space before %.
rapport-andel = { $procent }%
# A median in days: $dagar is the number as written (e.g. "19.5"), $antal the same number to
# choose singular or plural. A no-break space between the number and the word.
rapport-median-dagar = { $antal ->
    [one] { $dagar }{"\u00A0"}day
   *[other] { $dagar }{"\u00A0"}days
}
# The decimal sign of a median.
rapport-decimaltecken = .

## The charts (HTML): the name a screen reader reads out

rapport-diagram-namn = Bar chart: { $indikator }. The numbers are in the table below the chart.

## The tables' columns

rapport-kolumn-grupp = Group
rapport-kolumn-taljare = Numerator
rapport-kolumn-namnare = Denominator
rapport-kolumn-andel = Share
rapport-kolumn-median = Median
# The column of text bars (PDF).
rapport-kolumn-diagram = Chart
# The breakdown of closed plans by reason and of evaluated goals by outcome.
rapport-kolumn-orsak = Reason
rapport-kolumn-bedomning = Outcome
rapport-kolumn-antal = Count

## The workbook (xlsx): the sheets' names and columns

rapport-flik-indikatorer = Indicators
rapport-flik-fordelning = Breakdown
rapport-kolumn-indikator = Indicator
rapport-kolumn-namn = Name
rapport-kolumn-varde = Value
rapport-kolumn-definition = Definition
rapport-kolumn-kategori = Category
# The row of the number of plans due for gallring.
rapport-ska-gallras = due for gallring today

## Errors of `sip report`

# The period starts after it ends.
rapport-fel-period = --from { $fran } is after --to { $till }
# PDF and xlsx are written to a file, not to the terminal; $format is "pdf" or "xlsx".
rapport-fel-fil-saknas = --format { $format } writes a file, not text: give -o FILE, for example `sip report --format { $format } -o report.{ $format }`
# The PDF could not be made; $orsak is the error.
rapport-fel-pdf = the PDF could not be made: { $orsak }
