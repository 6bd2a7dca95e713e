# Personerna kring planen och individens egen del: sip representative (företrädare),
# sip relative (närstående), sip own (egna åtgärder) och sip copy (kopia_till).

# Namnet finns inte i listan ($vilka säger vilken lista); där finns ingen, eller de som finns.
personer-finns-inte = `{ $namn }` finns inte bland { $vilka ->
        [foretradare] företrädarna
        [narstaende] de närstående
       *[kopia] mottagarna av kopior
    } (där finns { $finns })
personer-finns-inte-tom = `{ $namn }` finns inte bland { $vilka ->
        [foretradare] företrädarna
        [narstaende] de närstående
       *[kopia] mottagarna av kopior
    } (där finns ingen)

## sip representative

# Frågan när --role saknas.
personer-fraga-roll = Roll
# Namnet finns redan.
personer-redan-foretradare = { $namn } är redan företrädare i { $plan_id }
# Planformat 1 skrev företrädaren som en tabell.
personer-foretradare-tabell = företrädaren i { $plan_id } är skriven som en enda tabell (planformat 1); kör `sip fmt { $plan_id }` först, så skrivs den som en lista
# Klart: tillagd och borttagen ($roll är rollen, t.ex. god man).
personer-foretradare-tillagd = Lade till { $namn } ({ $roll }) som företrädare i { $plan_id }.
personer-foretradare-borttagen = Tog bort { $namn } som företrädare i { $plan_id }.

## sip relative

# --participation med något annat än ja eller nej.
personer-varken-ja-eller-nej = { $flagga }: `{ $varde }` är varken ja eller nej
# Namnet finns redan.
personer-redan-narstaende = { $namn } är redan närstående i { $plan_id }; ändra med `sip relative set`
# Klart: tillagd (och om individen inte vill att hen deltar), ändrad, borttagen.
personer-narstaende-tillagd = Lade till { $namn } som närstående i { $plan_id }.
personer-narstaende-tillagd-deltar-inte = Lade till { $namn } som närstående i { $plan_id }. Individen vill inte att hen deltar; bjud inte in hen till mötena.
personer-narstaende-andrad = Ändrade närstående { $namn } i { $plan_id }.
personer-narstaende-borttagen = Tog bort { $namn } som närstående i { $plan_id }.
# sip relative set utan något att ändra.
personer-vad-andras = ange vad som ska ändras: --participation ja|nej eller --relation

## sip own

# Klart: tillagd och borttagen ($nummer är åtgärdens nummer i listan).
personer-egen-atgard-tillagd = Lade till egen åtgärd { $nummer } i { $plan_id }.
personer-egen-atgard-borttagen = Tog bort egen åtgärd { $nummer } ur { $plan_id }.
# Numret finns inte; $antal är hur många egna åtgärder planen har.
personer-egen-atgard-finns-inte = egen åtgärd { $nummer } finns inte i { $plan_id } (den har { $antal }); `sip show { $plan_id }` visar dem numrerade

## sip copy

# Klart: tillagd och borttagen.
personer-kopia-tillagd = { $namn } får en kopia av { $plan_id }.
personer-kopia-borttagen = { $namn } får inte längre någon kopia av { $plan_id }.
