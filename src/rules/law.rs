//! L — regler ur lagen: planens fyra punkter (10 kap. 8 § socialtjänstlagen (2025:400),
//! 16 kap. 4 § hälso- och sjukvårdslagen (2017:30)), den enskildes deltagande (10 kap. 9 §),
//! samtycke och sekretess (OSL). Källorna citerar lagen i kraft; den tidigare 2 kap. 7 § SoL
//! (2001:453) nämns som "tidigare" för den som känner igen det gamla numret.

use crate::findings::{Code, Finding};
use crate::model::enums::{MeetingKind, ParticipantRole, Status};
use crate::model::personnummer::birthday;
use crate::model::plan::{Giver, same_name};
use crate::rules::agreement::birth_date;
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
    /// Att varje part som ansvarar för en insats, deltar i ett möte (deltagare med `part`) eller
    /// får en kopia av planen (`kopia_till` med `part`) finns i samtyckets `parter`. Deltagare
    /// med bara en `roll` (individen, närstående, samtalsledare) är inte parter.
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
        // v2: a copy of the plan goes only to a party the consent covers.
        for p in ctx.plan.copies.iter().filter_map(|c| c.party.as_ref()) {
            report(p, "får en kopia av planen".into(), "receives a copy of the plan".into());
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
                    Some(
                        ParticipantRole::Individual
                            | ParticipantRole::Representative
                            | ParticipantRole::Guardian
                    )
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

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// När individen var under 18 år den dag samtycket gavs (`samtycke.datum`): att varje
    /// vårdnadshavare under `individ.företrädare` är namngiven i `samtycke.givet_av`, och att
    /// minst en vårdnadshavare är angiven. Rollordet `vårdnadshavare` ensamt säger inte vem som
    /// samtyckte. Har en vårdnadshavare ensam vårdnad anges bara den.
    ///
    /// ## Varför
    /// För ett barn är det vårdnadshavarna som förfogar över sekretessen och ger samtycket, med
    /// barnet i takt med dess ålder och mognad. Har barnet två vårdnadshavare beslutar de
    /// tillsammans, så båda ska ha samtyckt. Den dag individen fyller 18 gäller regeln inte.
    ///
    /// ## Källa
    /// 6 kap. 11 och 13 §§ föräldrabalken; 12 kap. 3 § offentlighets- och sekretesslagen
    /// (2009:400); Region Jönköpings län, Tillämpning av samordnad individuell plan ("Oavsett
    /// barnets ålder är det alltid vårdnadshavarna som ska ge sitt samtycke").
    L009 GuardiansNotAllNamed {
        name: "vårdnadshavare-saknas-i-samtycket",
        severity: Warning,
        sv: "Individen var under 18 år när samtycket gavs, och {problem}",
        en: "The individual was under 18 when consent was given, and {problem}",
        source: "6 kap. 11 och 13 §§ föräldrabalken, 12 kap. 3 § OSL (2009:400)",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        let Some(consent) = &plan.consent else { return };
        let Some(on) = &consent.date else { return };
        let Some((birth, _)) = birth_date(ctx) else { return };
        let Some(adult) = birthday(birth, 18) else { return };
        if on.value >= adult || on.value < birth {
            return;
        }
        let at = consent.given_by_key.unwrap_or(consent.key);
        let help = format!("sip edit {}", plan.id_or_placeholder());
        let guardians: Vec<&str> = plan.individual.guardians().filter_map(|g| g.name_str()).collect();
        if guardians.is_empty() {
            out.push(
                Finding::new(Code::L009, at)
                    .arg2(
                        "problem",
                        "ingen vårdnadshavare är angiven under företrädare",
                        "no guardian is listed among the representatives",
                    )
                    .label("vem samtyckte?", "who consented?")
                    .help(help),
            );
            return;
        }
        let named = |g: &str| {
            consent
                .given_by
                .iter()
                .any(|x| matches!(&x.value, Giver::Name(n) if same_name(n, g)))
        };
        let missing: Vec<&str> = guardians.iter().copied().filter(|g| !named(g)).collect();
        if missing.is_empty() {
            return;
        }
        let list = |and: &str| match missing.as_slice() {
            [one] => one.to_string(),
            [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
            [] => String::new(),
        };
        // Names stay out of the message (it goes to CI logs); the label names them.
        let (sv, en) = if guardians.len() == 1 {
            (
                "samtycket namnger inte vårdnadshavaren".to_string(),
                "the consent does not name the guardian".to_string(),
            )
        } else {
            (
                format!(
                    "samtycket namnger inte alla vårdnadshavare ({} av {} saknas)",
                    missing.len(),
                    guardians.len()
                ),
                format!(
                    "the consent does not name every guardian ({} of {} missing)",
                    missing.len(),
                    guardians.len()
                ),
            )
        };
        out.push(
            Finding::new(Code::L009, at)
                .arg2("problem", sv, en)
                // No names: the human report may be a CI log (the plan names them).
                .label(
                    "ange varje vårdnadshavare vid namn, som under individ.företrädare",
                    "name each guardian, as under individ.företrädare",
                )
                .note(
                    "har en vårdnadshavare ensam vårdnad anges bara den under företrädare",
                    "where one guardian has sole custody, list only that one among the representatives",
                )
                .help(help),
        );
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att ingen deltagare i ett möte som ännu inte är hållet är en närstående som individen inte
    /// vill ska delta (`får_delta: false` under `närstående`). Deltagaren och den närstående
    /// jämförs på namn (skiftläge och extra mellanslag spelar ingen roll). Ett hållet möte är en
    /// uppteckning av vad som skedde och prövas inte.
    ///
    /// ## Varför
    /// Närstående får delta i arbetet med planen när det är lämpligt och individen inte
    /// motsätter sig det. Motsätter sig individen det ska den närstående inte bjudas in.
    ///
    /// ## Källa
    /// 10 kap. 9 § socialtjänstlagen (2025:400); 16 kap. 4 § tredje stycket hälso- och
    /// sjukvårdslagen (2017:30).
    L010 ObjectedRelativeTakesPart {
        name: "närstående-mot-individens-vilja",
        severity: Error,
        sv: "En närstående som individen inte vill ska delta är inbjuden till {id}",
        en: "A relative whom the individual does not want to take part is invited to {id}",
        source: "10 kap. 9 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        if !plan.relatives.iter().any(|r| r.objected()) {
            return;
        }
        for m in plan.meetings.iter().filter(|m| !m.is_held()) {
            for p in &m.participants {
                let Some(name) = &p.name else { continue };
                if plan.relative_named(&name.value).is_some_and(|r| r.objected()) {
                    out.push(
                        Finding::new(Code::L010, name.span)
                            .arg("id", m.id_str())
                            .label(
                                "individen motsätter sig att hen deltar (får_delta: false)",
                                "the individual objects to their taking part (får_delta: false)",
                            )
                            .help(format!(
                                "sip meeting participant remove {} {} NAMN",
                                plan.id_or_placeholder(),
                                m.id_str()
                            )),
                    );
                }
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en pågående plan vars samtycke gavs bara av andra (vårdnadshavare, förvaltare, god man
    /// eller företrädare vid namn, inte `individen`) inte gäller en individ som har fyllt 18 år
    /// sedan samtycket gavs.
    ///
    /// ## Varför
    /// Vårdnadshavarnas samtycke gäller för ett barn. När barnet fyller 18 upphör vårdnaden, och
    /// den unga vuxna förfogar själv över sekretessen: ett nytt samtycke behövs, från individen
    /// själv.
    ///
    /// ## Källa
    /// 12 kap. 2 och 3 §§ offentlighets- och sekretesslagen (2009:400); 6 kap. 2 §
    /// föräldrabalken (vårdnaden upphör vid 18 år).
    L011 AdultWithoutOwnConsent {
        name: "myndig-utan-eget-samtycke",
        severity: Warning,
        sv: "Individen har fyllt 18 år sedan samtycket gavs av andra: individens eget samtycke behövs",
        en: "The individual has turned 18 since others gave consent: the individual's own consent is needed",
        source: "12 kap. 2–3 §§ OSL (2009:400), 6 kap. 2 § föräldrabalken",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        if !plan.is_active() {
            return;
        }
        let Some(consent) = &plan.consent else { return };
        let Some(on) = &consent.date else { return };
        if consent.given_by.is_empty() || consent.given_by_individual() {
            return;
        }
        let Some((birth, _)) = birth_date(ctx) else { return };
        let Some(adult) = birthday(birth, 18) else { return };
        if !(on.value < adult && adult <= ctx.today) {
            return;
        }
        let givers = |lang: crate::i18n::Lang| {
            let names: Vec<String> = consent
                .given_by
                .iter()
                .map(|g| match &g.value {
                    Giver::Role(r) => r.label(lang),
                    Giver::Name(n) => n.clone(),
                })
                .collect();
            match names.as_slice() {
                [init @ .., last] if !init.is_empty() => {
                    format!("{} {} {last}", init.join(", "), lang.pick("och", "and"))
                }
                _ => names.join(", "),
            }
        };
        out.push(
            // The birthday and the names stay out of the message (it goes to CI logs).
            Finding::new(Code::L011, consent.given_by_key.unwrap_or(consent.key))
                // Neither the givers' names nor the birthday: the report may be a CI log.
                .label(
                    "givet av andra; individen har fyllt 18 år sedan dess",
                    "given by others; the individual has turned 18 since",
                )
                .help(format!(
                    "sip consent {} --date DATUM --form skriftligt --given-by individen --parties PARTER",
                    plan.id_or_placeholder()
                )),
        );
    }
}
