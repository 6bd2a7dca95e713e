# Meddelanden från sip consent (individens samtycke).
# Samma id finns i ../en/samtycke.ftl på engelska.

# Fel: --remove-other nämner någon som samtycket inte omfattar.
samtycke-ovrig-saknas = --remove-other: `{ $namn }` omfattas inte av samtycket (övriga: { $ovriga })
# Fel: som ovan, när samtycket inte omfattar några övriga.
samtycke-ovrig-saknas-inga = --remove-other: `{ $namn }` omfattas inte av samtycket (övriga: inga)
# Fel: --given-by är varken individen, en roll eller en företrädare; $foretradare är en av de två raderna efter.
samtycke-okand-givare = --given-by: `{ $givare }` är varken individen, en roll ({ $roller }) eller en av individens företrädare ({ $foretradare }); lägg till en företrädare med `sip representative add`
samtycke-inga-foretradare = planen har inga företrädare
samtycke-foretradarna = företrädarna är { $namn }
# Fel: samtycket är daterat efter i dag.
samtycke-givet-efter-i-dag = --date: samtycket kan inte ha getts { $datum }, efter i dag ({ $i_dag }); registrera det när det har getts
# Fel: som ovan, när ett nytt samtycke registreras.
samtycke-givet-efter-i-dag-kort = --date: samtycket kan inte ha getts { $datum }, efter i dag ({ $i_dag })
# Fel: ett nytt samtycke efter en återkallelse måste vara givet efter den.
samtycke-nytt-fore-aterkallelsen = --date: samtycket återkallades { $aterkallat }; ett nytt samtycke måste ha getts efter det, inte { $datum }. Avsluta annars planen med `sip close { $plan_id } --reason samtycke_återkallat`
# Fel: samtycket gäller till en dag före den då det gavs.
samtycke-giltigt-fore-givet = --valid-until: samtycket kan inte gälla till { $till }, före dagen då det gavs ({ $givet }); ange sista dagen det gäller
# Fel: som ovan, när ett nytt samtycke registreras.
samtycke-giltigt-fore-givet-kort = --valid-until: samtycket kan inte gälla till { $till }, före dagen då det gavs ({ $givet })
# Fel: återkallelsen är daterad efter i dag.
samtycke-aterkallat-efter-i-dag = --withdrawn: samtycket kan inte ha återkallats { $datum }, efter i dag ({ $i_dag }); registrera det när det har återkallats
# Fel: återkallelsen är daterad före samtycket.
samtycke-aterkallat-fore-givet = --withdrawn: samtycket kan inte ha återkallats { $datum }, före dagen då det gavs ({ $givet })
# Fel: det finns inget samtycke att återkalla.
samtycke-inget-att-aterkalla = { $fil } har inget samtycke att återkalla
# Klart: samtycket återkallades.
samtycke-aterkallat = Samtycket i { $plan_id } återkallades { $datum }. Avsluta planen med `sip close { $plan_id } --reason samtycke_återkallat`.
# Del av meningen om ett nytt samtycke: den gamla giltighetstiden togs också bort.
samtycke-gammal-giltighet = {" "}och den gamla giltighetstiden (till { $datum })
# Del av meningen om ett nytt samtycke ($gammal_giltighet är raden ovan eller tom).
samtycke-fornyat = Nytt samtycke i { $plan_id }, givet { $datum }: återkallelsen { $aterkallat }{ $gammal_giltighet } togs bort
# Fel: --remove-party nämner en part som samtycket inte omfattar.
samtycke-part-saknas = --remove-party: `{ $part }` omfattas inte av samtycket (parter: { $parter })
# Fel: alla parter skulle tas bort.
samtycke-minst-en-part = samtycket måste omfatta minst en part; återkalla det i stället med --withdrawn
# Fel: sip consent på en plan med samtycke, utan något att ändra.
samtycke-inget-att-andra = ange vad som ska ändras i samtycket: --date, --form, --given-by, --scope, --parties, --add-party, --remove-party, --add-other, --remove-other, --documented-by, --valid-until eller --withdrawn
# Tillägg inom parentesen när samtycket omfattar övriga personer.
samtycke-med-ovriga = ; övriga: { $ovriga }
# Klart: nytt samtycke efter en återkallelse ($fornyat är meningen ovan, $ovriga tillägget ovan eller tomt).
samtycke-fornyat-klart = { $fornyat } (parter: { $parter }{ $ovriga }).
# Klart: samtycket ändrades.
samtycke-andrat = Samtycket i { $plan_id } ändrat (parter: { $parter }{ $ovriga }).
# Klart: samtycket registrerades.
samtycke-registrerat = Samtycke registrerat i { $plan_id } ({ $datum }, { $form }; parter: { $parter }).
