//! L — regler ur lagen: planens fyra punkter (10 kap. 8 § socialtjänstlagen (2025:400),
//! 16 kap. 4 § hälso- och sjukvårdslagen (2017:30)), den enskildes deltagande (10 kap. 9 §),
//! samtycke och sekretess (OSL). Källorna citerar lagen i kraft; den tidigare 2 kap. 7 § SoL
//! (2001:453) nämns som "tidigare" för den som känner igen det gamla numret.

use crate::findings::{Code, Finding};
use crate::model::enums::{MeetingKind, ParticipantRole, Status};
use crate::rules::{PlanCtx, declare_rule};

fn not_draft(ctx: &PlanCtx<'_>) -> bool {
    ctx.plan.status().is_some_and(|s| s != Status::Draft)
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en plan som inte är utkast anger minst en insats (`insatser`).
    ///
    /// ## Varför
    /// Planens första punkt är vilka insatser som behövs. En plan utan insatser uppfyller inte
    /// lagens krav; ett utkast får sakna dem medan planen tas fram.
    ///
    /// ## Exempel
    /// ```yaml
    /// status: pågående
    /// insatser: []
    /// ```
    ///
    /// ## Källa
    /// 10 kap. 8 § punkt 1 socialtjänstlagen (2025:400) ("vilka insatser som behövs"; tidigare
    /// 2 kap. 7 § tredje stycket punkt 1 socialtjänstlagen (2001:453)); 16 kap. 4 § fjärde stycket
    /// punkt 1 hälso- och sjukvårdslagen (2017:30).
    L001 NoInterventions {
        name: "insatser-saknas",
        severity: Error,
        sv: "Planen anger inga insatser (punkt 1: vilka insatser som behövs)",
        en: "The plan states no interventions (element 1: which interventions are needed)",
        source: "10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (punkt 1)",
    }
    fn check(ctx, out) {
        if not_draft(ctx) && ctx.plan.interventions.is_empty() {
            out.push(
                Finding::new(Code::L001, ctx.plan.interventions_key.unwrap_or(ctx.plan.root))
                    .label("inga insatser", "no interventions")
                    .help(format!("sip intervention add {} TEXT --party PART", ctx.plan.id_or_placeholder())),
            );
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att varje insats anger sin huvudman (`huvudman`): den part som ansvarar för insatsen.
    ///
    /// ## Varför
    /// Planens andra punkt är vilka insatser respektive huvudman ska ansvara för. En insats utan
    /// ansvarig blir ingens ansvar.
    ///
    /// ## Källa
    /// 10 kap. 8 § punkt 2 socialtjänstlagen (2025:400) (tidigare 2 kap. 7 § tredje stycket punkt 2
    /// SoL (2001:453)); 16 kap. 4 § fjärde stycket punkt 2 hälso- och sjukvårdslagen (2017:30).
    L002 InterventionWithoutPrincipal {
        name: "insats-utan-huvudman",
        severity: Error,
        sv: "Insatsen {id} anger inte vem som ansvarar för den (punkt 2)",
        en: "Intervention {id} does not state who is responsible for it (element 2)",
        source: "10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (punkt 2)",
    }
    fn check(ctx, out) {
        for i in ctx.plan.interventions.iter().filter(|i| i.principal.is_none()) {
            let id = i.id.as_ref().map_or("?", |s| s.value.as_str());
            out.push(
                Finding::new(Code::L002, i.span)
                    .arg("id", crate::privacy::elide(id))
                    .label("`huvudman` saknas", "`huvudman` is missing")
                    .help(format!("sip intervention set {} {} --party PART", ctx.plan.id_or_placeholder(), crate::privacy::elide(id))),
            );
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en plan som inte är utkast har nyckeln `åtgärder_av_andra`: en lista över åtgärder som
    /// ska vidtas av någon annan än kommunen eller regionen, eller `[]` när frågan är prövad och det
    /// inte finns några.
    ///
    /// ## Varför
    /// Planens tredje punkt. Att listan saknas går inte att skilja från att frågan aldrig ställdes;
    /// `[]` visar att den ställdes.
    ///
    /// ## Källa
    /// 10 kap. 8 § punkt 3 socialtjänstlagen (2025:400) ("vilka åtgärder som ska vidtas av någon
    /// annan än kommunen eller regionen"; tidigare 2 kap. 7 § tredje stycket punkt 3 SoL
    /// (2001:453)); 16 kap. 4 § fjärde stycket punkt 3 hälso- och sjukvårdslagen (2017:30).
    L003 MeasuresNotAddressed {
        name: "åtgärder-av-andra-saknas",
        severity: Error,
        sv: "Planen anger inte vilka åtgärder som ska vidtas av andra än kommunen och regionen (punkt 3)",
        en: "The plan does not state which measures are taken by others than the municipality and region (element 3)",
        source: "10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (punkt 3)",
    }
    fn check(ctx, out) {
        if not_draft(ctx) && ctx.plan.measures.is_none() {
            out.push(
                Finding::new(Code::L003, ctx.plan.root)
                    .label("`åtgärder_av_andra` saknas", "`åtgärder_av_andra` is missing")
                    .help(format!("sip measure none {}", ctx.plan.id_or_placeholder())),
            );
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en plan som inte är utkast anger vem av huvudmännen som har det övergripande ansvaret
    /// (`övergripande_ansvar.part`), och (i alla statusar) att den parten får ha det enligt
    /// överenskommelsen: bara kommunen eller regionen är huvudmän i lagens mening.
    ///
    /// ## Varför
    /// Planens fjärde punkt. Arbetsförmedlingen och Försäkringskassan kan delta i en SIP enligt
    /// lokala överenskommelser men är inte huvudmän och kan inte bära planens övergripande ansvar.
    ///
    /// ## Källa
    /// 10 kap. 8 § punkt 4 socialtjänstlagen (2025:400) ("vem av huvudmännen som ska ha det
    /// övergripande ansvaret"; tidigare 2 kap. 7 § tredje stycket punkt 4 SoL (2001:453));
    /// 16 kap. 4 § fjärde stycket punkt 4 hälso- och sjukvårdslagen (2017:30). Samverk Vetlanda,
    /// Höglandets samordningsförbund: flödet för SIP-arbetet, steg 5 ("Vid mötet bestäms vem som
    /// har det övergripande ansvaret för planen").
    L004 MissingOverallResponsibility {
        name: "övergripande-ansvar-saknas",
        severity: Error,
        sv: "Planen anger inte vem av huvudmännen som har det övergripande ansvaret{detail}",
        en: "The plan does not state which principal has overall responsibility{detail}",
        source: "10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (punkt 4)",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        let help = format!("sip responsible {} --party kommun", plan.id_or_placeholder());
        match plan.overall.as_ref().and_then(|o| o.party.as_ref()) {
            None if not_draft(ctx) => {
                let span = plan.overall.as_ref().map_or(plan.root, |o| o.key);
                out.push(
                    Finding::new(Code::L004, span)
                        .arg("detail", "")
                        .label("övergripande_ansvar saknas", "övergripande_ansvar is missing")
                        .help(help),
                );
            }
            Some(party) => {
                let Some(agreement) = ctx.agreement else { return };
                if let Some(p) = agreement.party(&party.value) {
                    if !p.can_hold_overall {
                        out.push(
                            Finding::new(Code::L004, party.span)
                                .arg2(
                                    "detail",
                                    format!(": {} är inte en huvudman som kan ha det", p.name),
                                    format!(": {} is not a principal that can hold it", p.name),
                                )
                                .label("får inte ha det övergripande ansvaret", "may not hold overall responsibility")
                                .help(help),
                        );
                    }
                }
            }
            None => {}
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en plan som inte är utkast har ett registrerat samtycke (`samtycke`). Om samtycket har
    /// gått ut är P007, om det är återkallat L006.
    ///
    /// ## Varför
    /// En SIP upprättas bara om den enskilde samtycker. Muntligt samtycke gäller men ska
    /// dokumenteras; en förvaltare eller vårdnadshavare kan samtycka för individen.
    ///
    /// ## Källa
    /// 10 kap. 8 § socialtjänstlagen (2025:400) (planen upprättas om den enskilde samtycker;
    /// tidigare 2 kap. 7 § första stycket SoL (2001:453)); 16 kap. 4 § andra stycket hälso- och
    /// sjukvårdslagen (2017:30) ("om den enskilde samtycker till det"); Samverk Vetlanda,
    /// Höglandets samordningsförbund: flödet för SIP-arbetet, steg 2 ("Även muntligt samtycke är
    /// giltigt, men bör då alltid dokumenteras").
    L005 MissingConsent {
        name: "samtycke-saknas",
        severity: Error,
        sv: "Planen är {status} men saknar registrerat samtycke",
        en: "The plan is {status} but has no recorded consent",
        source: "10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (samtycke)",
    }
    fn check(ctx, out) {
        if not_draft(ctx) && ctx.plan.consent.is_none() {
            let status = ctx.plan.status().map_or("", Status::as_str);
            out.push(
                Finding::new(Code::L005, ctx.plan.root)
                    .arg("status", status)
                    .label("`samtycke` saknas", "`samtycke` is missing")
                    .help(format!(
                        "sip consent {} --date DATUM --form skriftligt --parties kommun,region",
                        ctx.plan.id_or_placeholder()
                    )),
            );
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en plan vars samtycke är återkallat (`samtycke.återkallat`) är avslutad.
    ///
    /// ## Varför
    /// Samtycket kan återkallas när som helst, och då avslutas den samordnade planeringen. Att
    /// fortsätta utbyta uppgifter utan samtycke bryter mot sekretessen.
    ///
    /// ## Källa
    /// Offentlighets- och sekretesslagen (2009:400) 12 kap. 2 § (den enskilde häver sekretessen
    /// genom sitt samtycke); 10 kap. 8 § socialtjänstlagen (2025:400) och 16 kap. 4 § andra stycket
    /// hälso- och sjukvårdslagen (2017:30) (planen förutsätter samtycke); Samverk Vetlanda,
    /// Höglandets samordningsförbund: flödet för SIP-arbetet, steg 7 ("då den enskilde drar
    /// tillbaka sitt samtycke").
    L006 ConsentWithdrawn {
        name: "samtycke-återkallat",
        severity: Error,
        sv: "Samtycket återkallades {date} men planen är inte avslutad",
        en: "Consent was withdrawn on {date} but the plan is not closed",
        source: "OSL 12 kap. 2 §; Samverk Vetlanda: flödet för SIP-arbetet, steg 7",
    }
    fn check(ctx, out) {
        let Some(withdrawn) = ctx.plan.consent.as_ref().and_then(|c| c.withdrawn.as_ref()) else { return };
        if ctx.plan.status() != Some(Status::Closed) {
            out.push(
                Finding::new(Code::L006, withdrawn.span)
                    .arg("date", withdrawn.value)
                    .help(format!(
                        "sip close {} --reason samtycke_återkallat --date {}",
                        ctx.plan.id_or_placeholder(),
                        withdrawn.value
                    )),
            );
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att varje part som ansvarar för en insats eller deltar i ett möte (deltagare med `part`)
    /// finns i samtyckets `parter`. Deltagare med bara en `roll` (individen, närstående,
    /// samtalsledare) är inte parter.
    ///
    /// ## Varför
    /// Uppgifter om den enskilde får lämnas från en part till en annan bara med samtycke till just
    /// den parten: samtycket gäller part för part.
    ///
    /// ## Källa
    /// Offentlighets- och sekretesslagen (2009:400) 12 kap. 2 § (samtycke häver sekretessen),
    /// 25 kap. 1 § och 26 kap. 1 § (sekretessen inom hälso- och sjukvården och socialtjänsten); SKR,
    /// Förtydligande dnr SKR2025/00104 (2025-01-31): "personen behöver lämna sitt samtycke till
    /// varje aktör som vill lämna information om denne till en annan aktör".
    L007 PartyNotCoveredByConsent {
        name: "part-utanför-samtycket",
        severity: Error,
        sv: "Parten `{party}` {role} men omfattas inte av samtycket",
        en: "The party `{party}` {role} but is not covered by the consent",
        source: "OSL 12 kap. 2 §; SKR, Förtydligande dnr SKR2025/00104 (2025-01-31)",
    }
    fn check(ctx, out) {
        let (Some(consent), Some(agreement)) = (&ctx.plan.consent, ctx.agreement) else { return };
        let note = consent.parties_key.map(|_| {
            let list: Vec<&str> = consent.parties.iter().map(|p| p.value.as_str()).collect();
            list.join(", ")
        });
        let mut report = |party: &crate::source::Spanned<String>, sv: String, en: String| {
            if agreement.party(&party.value).is_none() || consent.covers(&party.value) {
                return;
            }
            let mut f = Finding::new(Code::L007, party.span)
                .arg("party", crate::privacy::elide(&party.value))
                .arg2("role", sv, en)
                .label("saknas i samtycke.parter", "missing from samtycke.parter");
            if let Some(list) = &note {
                f = f.note(format!("samtycket omfattar: {list}"), format!("the consent covers: {list}"));
            }
            out.push(f);
        };
        for i in &ctx.plan.interventions {
            if let Some(p) = &i.principal {
                let id = i.id.as_ref().map_or("?", |s| s.value.as_str());
                report(p, format!("ansvarar för insats {id}"), format!("is responsible for intervention {id}"));
            }
        }
        for m in &ctx.plan.meetings {
            for p in m.participants.iter().filter_map(|p| p.party.as_ref()) {
                report(p, format!("deltar i möte {}", m.id_str()), format!("takes part in meeting {}", m.id_str()));
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att ett genomfört upprättandemöte hade en deltagare med rollen `individen` eller
    /// `företrädare`.
    ///
    /// ## Varför
    /// Planen ska när det är möjligt upprättas tillsammans med den enskilde, och individen ska
    /// alltid vara delaktig. Varning, inte fel: det är inte alltid möjligt.
    ///
    /// ## Källa
    /// 10 kap. 9 § socialtjänstlagen (2025:400) (planen upprättas när det är möjligt tillsammans
    /// med den enskilde; tidigare 2 kap. 7 § andra stycket SoL (2001:453)); 16 kap. 4 § tredje
    /// stycket hälso- och sjukvårdslagen (2017:30) ("Planen ska, när det är möjligt, upprättas
    /// tillsammans med den enskilde"); Samverk Vetlanda, Höglandets samordningsförbund: flödet för
    /// SIP-arbetet, steg 5 ("Presentationsrunda – individen börjar").
    L008 IndividualAbsent {
        name: "individen-deltog-inte",
        severity: Warning,
        sv: "Upprättandemötet {id} hölls utan individen eller en företrädare",
        en: "The planning meeting {id} was held without the individual or a representative",
        source: "10 kap. 9 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (tillsammans med den enskilde)",
    }
    fn check(ctx, out) {
        for m in &ctx.plan.meetings {
            let initial = m.kind.as_ref().is_some_and(|k| k.value == MeetingKind::Initial);
            let present = m.participants.iter().any(|p| {
                matches!(
                    p.role.as_ref().map(|r| r.value),
                    Some(ParticipantRole::Individual | ParticipantRole::Representative)
                )
            });
            if initial && m.is_held() && !present {
                out.push(
                    Finding::new(Code::L008, m.span)
                        .arg("id", crate::privacy::elide(m.id_str()))
                        .label("ingen deltagare med roll individen", "no participant with role individen"),
                );
            }
        }
    }
}
