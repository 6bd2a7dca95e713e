# The people around the plan and the individual's own part: sip representative (företrädare),
# sip relative (närstående), sip own (egna åtgärder) and sip copy (kopia_till).

# The name is not in the list ($vilka says which list); nobody is there, or who is.
personer-finns-inte = `{ $namn }` is not among the { $vilka ->
        [foretradare] representatives
        [narstaende] relatives
       *[kopia] copy recipients
    } (there are { $finns })
personer-finns-inte-tom = `{ $namn }` is not among the { $vilka ->
        [foretradare] representatives
        [narstaende] relatives
       *[kopia] copy recipients
    } (there is nobody)

## sip representative

# The question when --role is missing.
personer-fraga-roll = Role
# The name is there already.
personer-redan-foretradare = { $namn } is already a representative in { $plan_id }
# Plan format 1 wrote the representative as a mapping.
personer-foretradare-tabell = the representative in { $plan_id } is written as a single mapping (plan format 1); run `sip fmt { $plan_id }` first to write it as a list
# Done: added and removed ($roll is the role, e.g. god man).
personer-foretradare-tillagd = Added { $namn } ({ $roll }) as a representative in { $plan_id }.
personer-foretradare-borttagen = Removed { $namn } as a representative in { $plan_id }.

## sip relative

# --participation with something other than yes or no.
personer-varken-ja-eller-nej = { $flagga }: `{ $varde }` is neither yes nor no
# The name is there already.
personer-redan-narstaende = { $namn } is already a relative in { $plan_id }; change with `sip relative set`
# Done: added (and whether the individual does not want them to take part), changed, removed.
personer-narstaende-tillagd = Added { $namn } as a relative in { $plan_id }.
personer-narstaende-tillagd-deltar-inte = Added { $namn } as a relative in { $plan_id }. The individual does not want them to take part; do not invite them to the meetings.
personer-narstaende-andrad = Changed relative { $namn } in { $plan_id }.
personer-narstaende-borttagen = Removed { $namn } as a relative in { $plan_id }.
# sip relative set with nothing to change.
personer-vad-andras = say what to change: --participation yes|no or --relation

## sip own

# Done: added and removed ($nummer is the action's number in the list).
personer-egen-atgard-tillagd = Added own action { $nummer } to { $plan_id }.
personer-egen-atgard-borttagen = Removed own action { $nummer } from { $plan_id }.
# The number does not exist; $antal is how many own actions the plan has.
personer-egen-atgard-finns-inte = own action { $nummer } is not in { $plan_id } (it has { $antal }); `sip show { $plan_id }` numbers them

## sip copy

# Done: added and removed.
personer-kopia-tillagd = { $namn } receives a copy of { $plan_id }.
personer-kopia-borttagen = { $namn } no longer receives a copy of { $plan_id }.
