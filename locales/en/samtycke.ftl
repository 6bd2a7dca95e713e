# Messages of sip consent (the individual's consent).
# The same ids are in ../sv/samtycke.ftl in Swedish.

# Error: --remove-other names someone the consent does not cover.
samtycke-ovrig-saknas = --remove-other: `{ $namn }` is not covered by the consent (others: { $ovriga })
# Error: as above, when the consent covers no others.
samtycke-ovrig-saknas-inga = --remove-other: `{ $namn }` is not covered by the consent (others: none)
# Error: --given-by is neither the individual, a role nor a representative; $foretradare is one of the two lines after.
samtycke-okand-givare = --given-by: `{ $givare }` is neither individen, a role ({ $roller }) nor one of the individual's representatives ({ $foretradare }); add one with `sip representative add`
samtycke-inga-foretradare = the plan has no representatives
samtycke-foretradarna = the representatives are { $namn }
# Error: the consent is dated after today.
samtycke-givet-efter-i-dag = --date: the consent cannot have been given on { $datum }, after today ({ $i_dag }); record it once it has been given
# Error: as above, when a new consent is recorded.
samtycke-givet-efter-i-dag-kort = --date: the consent cannot have been given on { $datum }, after today ({ $i_dag })
# Error: a new consent after a withdrawal must be given after it.
samtycke-nytt-fore-aterkallelsen = --date: the consent was withdrawn on { $aterkallat }; a new consent must have been given after that, not on { $datum }. Otherwise close the plan with `sip close { $plan_id } --reason samtycke_återkallat`
# Error: the consent is valid until a day before it was given.
samtycke-giltigt-fore-givet = --valid-until: the consent cannot be valid until { $till }, before the day it was given ({ $givet }); give the last day it is valid
# Error: as above, when a new consent is recorded.
samtycke-giltigt-fore-givet-kort = --valid-until: the consent cannot be valid until { $till }, before the day it was given ({ $givet })
# Error: the withdrawal is dated after today.
samtycke-aterkallat-efter-i-dag = --withdrawn: the consent cannot have been withdrawn on { $datum }, after today ({ $i_dag }); record it once it has been withdrawn
# Error: the withdrawal is dated before the consent.
samtycke-aterkallat-fore-givet = --withdrawn: the consent cannot have been withdrawn on { $datum }, before the day it was given ({ $givet })
# Error: there is no consent to withdraw.
samtycke-inget-att-aterkalla = { $fil } has no consent to withdraw
# Done: the consent was withdrawn.
samtycke-aterkallat = The consent in { $plan_id } was withdrawn on { $datum }. Close the plan with `sip close { $plan_id } --reason samtycke_återkallat`.
# Part of the sentence on a new consent: the old validity was removed too.
samtycke-gammal-giltighet = {" "}and the old validity (until { $datum })
# Part of the sentence on a new consent ($gammal_giltighet is the line above or empty).
samtycke-fornyat = New consent in { $plan_id }, given on { $datum }: the withdrawal of { $aterkallat }{ $gammal_giltighet } was removed
# Error: --remove-party names a party the consent does not cover.
samtycke-part-saknas = --remove-party: `{ $part }` is not covered by the consent (parties: { $parter })
# Error: every party would be removed.
samtycke-minst-en-part = the consent must cover at least one party; withdraw it instead with --withdrawn
# Error: sip consent on a plan with consent, with nothing to change.
samtycke-inget-att-andra = say what to change in the consent: --date, --form, --given-by, --scope, --parties, --add-party, --remove-party, --add-other, --remove-other, --documented-by, --valid-until or --withdrawn
# Addition inside the brackets when the consent covers other people.
samtycke-med-ovriga = ; others: { $ovriga }
# Done: new consent after a withdrawal ($fornyat is the sentence above, $ovriga the addition above or empty).
samtycke-fornyat-klart = { $fornyat } (parties: { $parter }{ $ovriga }).
# Done: the consent was changed.
samtycke-andrat = Consent in { $plan_id } changed (parties: { $parter }{ $ovriga }).
# Done: the consent was recorded.
samtycke-registrerat = Consent recorded in { $plan_id } ({ $datum }, { $form }; parties: { $parter }).
