# Messages of sip meeting (SIP meetings, invitations and participants).
# The same ids are in ../sv/mote.ftl in Swedish.

# Error: the part after the colon in --participant is neither a role nor a party.
mote-deltagare-okand-roll = --participant: `{ $varde }` in "{ $deltagare }" is neither a role ({ $roller }) nor a party of the agreement ({ $parter })
# Error: the person does not take part in the meeting.
mote-deltar-inte = `{ $namn }` does not take part in { $mote_id } (participants: { $deltagare }); add one with `sip meeting participant add { $plan_id } { $mote_id } "NAME:PARTY"`
# The word for the meeting's day in errors about a date before the plan began.
mote-dag-ordet = the meeting's day
# The word for the invitation's day in errors about a date before the plan began.
mote-kallelse-dag-ordet = the invitation's day
# Error: the meeting does not exist.
mote-finns-inte = meeting `{ $mote_id }` is not in { $fil } (there are: { $finns })
# Error: a held meeting is not removed.
mote-hallet-tas-inte-bort = meeting { $mote_id } was held and is not removed: it is part of the plan's history. If it is wrong, fix it with `sip edit { $plan }`
# Done: the meeting was removed.
mote-borttaget = Removed meeting { $mote_id } from { $plan_id }.
# Done: a participant was added.
mote-deltagare-tillagd = Added { $deltagare } to the participants of { $mote_id } in { $plan_id }.
# Done: a participant was removed.
mote-deltagare-borttagen = Removed { $deltagare } from the participants of { $mote_id } in { $plan_id }.
# Done: a meeting was added; $typ is the kind of meeting (upprättande, uppföljning).
mote-tillagt = Added meeting { $mote_id } ({ $typ }, { $tid }) to { $plan_id }.
# Error: the invitation would have been sent after the meeting.
mote-kallelse-efter-motet = --date: the invitation cannot have been sent on { $datum }, after meeting { $mote_id } ({ $tid }); give the day it was sent, or move the meeting with `sip meeting set { $plan } { $mote_id } --at …`
# Done: the invitation was recorded.
mote-kallelse-skickad = The invitation to { $mote_id } in { $plan_id } was sent on { $datum }.
# Error: the meeting is planned for a later day.
mote-inplanerat-senare = meeting { $mote_id } is planned for { $tid } and cannot have been held today ({ $i_dag }); if it was moved, give the new time with `sip meeting set { $plan } { $mote_id } --at …` first
# Done: the meeting was held.
mote-hallet = Meeting { $mote_id } in { $plan_id } was held.
# Done: the meeting was held, and some were absent.
mote-hallet-med-forhinder = Meeting { $mote_id } in { $plan_id } was held. Absent: { $forhinder }.
# Error: the meeting is moved to a day before the invitation.
mote-flyttat-fore-kallelsen = --at: the meeting cannot move to { $dag }, before the day its invitation was sent ({ $skickad }); send a new one and record it with `sip meeting invited { $plan } { $mote_id } --date …` once the meeting has moved
# Error: a held meeting is moved to a day after today.
mote-hallet-flyttat-efter-i-dag = --at: meeting { $mote_id } was held and cannot move to { $dag }, after today ({ $i_dag })
# Error: sip meeting set with nothing to change.
mote-inget-att-andra = say what to change: --at, --place, --digital, --purpose or --question
# Done: the meeting was moved.
mote-flyttat = Moved meeting { $mote_id } in { $plan_id } to { $tid }.
# Done: the meeting was changed.
mote-andrat = Changed meeting { $mote_id } in { $plan_id }.
# Error: absence at a meeting that has not been held.
mote-inte-hallet-forhinder = meeting { $mote_id } has not been held, so no one can have been absent yet; record it as held with `sip meeting held { $plan_id } { $mote_id } --absent "{ $namn }"`
# Done: a participant was absent.
mote-forhinder = { $namn } was absent from { $mote_id } in { $plan_id }.
# Done: a participant was present.
mote-narvarande = { $namn } was present at { $mote_id } in { $plan_id }.
