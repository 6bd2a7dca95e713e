//! A — regler ur den lokala överenskommelsen: giltighet, målgrupp, vem som får kalla och ha
//! insatser, kallelsens framförhållning och innehåll, digitala möten (seed 000–004, SPEC §3).
//!
//! Alla regler här hoppas över när planens överenskommelse är okänd (S005).

use chrono::NaiveDate;

use crate::findings::{Code, Finding};
use crate::model::agreement::NoticeShortfall;
use crate::model::enums::Status;
use crate::model::personnummer::{Personnummer, age_on};
use crate::rules::{PlanCtx, declare_rule, plan_party_refs};
use crate::source::Span;

/// The individual's birth date and where it is written: from a valid personnummer, else
/// `födelsedatum`.
pub fn birth_date(ctx: &PlanCtx<'_>) -> Option<(NaiveDate, Span)> {
    let ind = &ctx.plan.individual;
    if let Some(p) = &ind.personnummer {
        if let Ok(pnr) = Personnummer::parse(&p.value, ctx.today) {
            return Some((pnr.birth_date, p.span));
        }
    }
    ind.birth_date.as_ref().map(|d| (d.value, d.span))
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att initieringsdagen (`initiering.datum`) ligger inom överenskommelsens giltighetstid
    /// (`giltig_från`–`giltig_till`).
    ///
    /// ## Varför
    /// En plan kan bara initieras under en överenskommelse som gäller. SamSIP i Södra Lappland
    /// gäller till exempel 2026-01-01–2027-12-31.
    ///
    /// ## Källa
    /// Överenskommelsens giltighet (SPEC §3); seed 001: "Överenskommelsen gäller under perioden
    /// 2026-01-01 – 2027-12-31".
    A001 OutsideValidity {
        name: "utanför-överenskommelsens-giltighet",
        severity: Error,
        sv: "Planen initierades {date}, utanför överenskommelsens giltighet ({period})",
        en: "The plan was initiated on {date}, outside the agreement's validity ({period})",
        source: "Överenskommelsens giltighet (seed 001)",
    }
    fn check(ctx, out) {
        let (Some(a), Some(date)) = (ctx.agreement, &ctx.plan.initiation.date) else { return };
        if !a.is_valid_on(date.value) {
            let period = format!(
                "{}–{}",
                a.valid_from.map(|d| d.to_string()).unwrap_or_default(),
                a.valid_to.map(|d| d.to_string()).unwrap_or_default()
            );
            out.push(Finding::new(Code::A001, date.span).arg("date", date.value).arg("period", period));
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att individens ålder på initieringsdagen ligger inom överenskommelsens `målgrupp.ålder`
    /// (båda gränserna inräknade: 16–65 gäller från 16-årsdagen till dagen före 66-årsdagen).
    /// Åldern räknas från personnumret, annars från `födelsedatum`. Den som är född 29 februari
    /// fyller år 1 mars de år som inte är skottår.
    ///
    /// ## Varför
    /// Överenskommelsen gäller bara sin målgrupp; utanför den gäller lagens SIP mellan kommun och
    /// region, inte de utvidgade parternas åtaganden.
    ///
    /// ## Källa
    /// Seed 001: "Målgruppen för SamSIP är individer mellan 16-65år som är utan anställning …".
    A002 AgeOutsideTargetGroup {
        name: "ålder-utanför-målgruppen",
        severity: Error,
        sv: "Individen var {age} år på initieringsdagen; målgruppen är {min}–{max} år",
        en: "The individual was {age} on the initiation date; the target group is {min}–{max}",
        source: "Överenskommelsens målgrupp (seed 001)",
    }
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let (Some((min, max)), Some(date)) = (a.target_group.age, &ctx.plan.initiation.date) else { return };
        let Some((birth, span)) = birth_date(ctx) else { return };
        let Some(age) = age_on(birth, date.value) else { return };
        if age < min || age > max {
            out.push(Finding::new(Code::A002, span).arg("age", age).arg("min", min).arg("max", max));
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att `individ.sysselsättning` är en av överenskommelsens `målgrupp.sysselsättning`.
    ///
    /// ## Varför
    /// SamSIP riktar sig till den som är utan anställning och behöver arbetslivsinriktat stöd för
    /// att nå arbete.
    ///
    /// ## Källa
    /// Seed 001: "individer mellan 16-65år som är utan anställning".
    A003 OccupationOutsideTargetGroup {
        name: "sysselsättning-utanför-målgruppen",
        severity: Error,
        sv: "Sysselsättningen `{value}` ingår inte i målgruppen ({allowed})",
        en: "The occupation `{value}` is outside the target group ({allowed})",
        source: "Överenskommelsens målgrupp (seed 001)",
    }
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let (Some(allowed), Some(v)) = (&a.target_group.occupations, &ctx.plan.individual.occupation) else { return };
        if !allowed.contains(&v.value) {
            let list: Vec<&str> = allowed.iter().map(|o| o.as_str()).collect();
            out.push(Finding::new(Code::A003, v.span).arg("value", v.value).arg("allowed", list.join(", ")));
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att planens `inriktning` är en av överenskommelsens `målgrupp.inriktning`.
    ///
    /// ## Varför
    /// Samordningsförbundens överenskommelser gäller rehabilitering mot arbete och egen
    /// försörjning; en plan med annan inriktning hör till lagens SIP mellan kommun och region.
    ///
    /// ## Källa
    /// Seed 001 ("arbetslivsrehabiliterande insatser i syfte att nå arbete"); seed 003
    /// ("samordnade medicinska, sociala och/eller arbetsinriktade rehabiliteringsinsatser").
    A004 FocusOutsideTargetGroup {
        name: "inriktning-utanför-målgruppen",
        severity: Error,
        sv: "Inriktningen `{value}` ingår inte i målgruppen ({allowed})",
        en: "The focus `{value}` is outside the target group ({allowed})",
        source: "Överenskommelsens målgrupp (seed 001, 003)",
    }
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let (Some(allowed), Some(v)) = (&a.target_group.focus, &ctx.plan.focus) else { return };
        if !allowed.contains(&v.value) {
            let list: Vec<&str> = allowed.iter().map(|o| o.as_str()).collect();
            out.push(Finding::new(Code::A004, v.span).arg("value", v.value).arg("allowed", list.join(", ")));
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att den part som kallar till SIP (`initiering.part`) får kalla enligt överenskommelsen
    /// (`kan_kalla`).
    ///
    /// ## Varför
    /// På Höglandet kan kommunen och regionen kalla, men inte Arbetsförmedlingen eller
    /// Försäkringskassan; de kan be någon av huvudmännen att kalla.
    ///
    /// ## Källa
    /// Seed 002: Arbetsförmedlingen "Kan ej kalla"; Försäkringskassan "Kan inte kalla till en SIP –
    /// men kan vara med".
    A005 PartyMayNotConvene {
        name: "part-får-inte-kalla",
        severity: Error,
        sv: "{name} får inte kalla till SIP enligt överenskommelsen",
        en: "{name} may not convene a SIP under the agreement",
        source: "Överenskommelsens parter (seed 002)",
    }
    fn check(ctx, out) {
        let (Some(a), Some(p)) = (ctx.agreement, &ctx.plan.initiation.party) else { return };
        if let Some(party) = a.party(&p.value) {
            if !party.can_convene {
                let may: Vec<&str> = a.parties.iter().filter(|p| p.can_convene).map(|p| p.id.as_str()).collect();
                out.push(
                    Finding::new(Code::A005, p.span)
                        .arg("name", &party.name)
                        .note(format!("får kalla: {}", may.join(", ")), format!("may convene: {}", may.join(", "))),
                );
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att varje part-id i planen (`initiering.part`, `huvudman`, `övergripande_ansvar.part`,
    /// `samtycke.parter`, deltagares `part`) finns bland överenskommelsens parter.
    ///
    /// ## Varför
    /// Ett okänt id är oftast en felskrivning (`regionen` för `region`) och gör att samtycke,
    /// ansvar och kallelser inte kan kontrolleras.
    ///
    /// ## Källa
    /// Överenskommelsens parter (SPEC §1, tabellen över överenskommelser och part-id).
    A006 UnknownParty {
        name: "okänd-part",
        severity: Error,
        sv: "Parten `{party}` finns inte i överenskommelsen {agreement}",
        en: "The party `{party}` does not exist in the agreement {agreement}",
        source: "Överenskommelsens parter (SPEC §1)",
    }
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let ids = a.party_ids();
        for r in plan_party_refs(ctx.plan) {
            if a.party(r.value).is_none() {
                let mut f = Finding::new(Code::A006, r.span).arg("party", r.value).arg("agreement", &a.id);
                f = match crate::model::load::did_you_mean(r.value, ids.iter().copied()) {
                    Some(s) => f.label(format!("menade du `{s}`?"), format!("did you mean `{s}`?")),
                    None => f,
                };
                out.push(f.note(format!("parter: {}", ids.join(", ")), format!("parties: {}", ids.join(", "))));
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att ingen insats har en huvudman som enligt överenskommelsen inte har egna insatser
    /// (`har_insatser = false`).
    ///
    /// ## Varför
    /// På Höglandet har Försäkringskassan inga insatser i en SIP: den samordnar och deltar. Det den
    /// gör hör hemma under `åtgärder_av_andra` eller i en annan parts insats.
    ///
    /// ## Källa
    /// Seed 002: "SIP handlar om att samordna insatser. FK har inga insatser."
    A007 PartyWithoutInterventions {
        name: "part-utan-insatser",
        severity: Error,
        sv: "{name} har inga egna insatser enligt överenskommelsen (insats {id})",
        en: "{name} has no interventions of its own under the agreement (intervention {id})",
        source: "Överenskommelsens parter (seed 002)",
    }
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        for i in &ctx.plan.interventions {
            let Some(p) = &i.principal else { continue };
            if let Some(party) = a.party(&p.value).filter(|party| !party.has_interventions) {
                let id = i.id.as_ref().map_or("?", |s| s.value.as_str());
                out.push(
                    Finding::new(Code::A007, p.span)
                        .arg("name", &party.name)
                        .arg("id", id)
                        .help(format!("sip measure add {} TEXT --by \"{}\"", ctx.plan.id_or_placeholder(), party.name)),
                );
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att planen har de uppgifter som behövs för att pröva målgruppen när överenskommelsen
    /// begränsar den: personnummer eller födelsedatum (ålder), `individ.sysselsättning` och
    /// `inriktning`. En varning per uppgift som saknas.
    ///
    /// ## Varför
    /// Utan uppgiften kan A002–A004 inte bedömas, och en plan utanför målgruppen passerar tyst.
    ///
    /// ## Källa
    /// Överenskommelsens `målgrupp` (SPEC §3); seed 001.
    A008 TargetGroupUncheckable {
        name: "målgrupp-kan-inte-prövas",
        severity: Warning,
        sv: "Målgruppen kan inte prövas: {what} saknas",
        en: "The target group cannot be checked: {what} is missing",
        source: "Överenskommelsens målgrupp (SPEC §3)",
    }
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let tg = &a.target_group;
        let plan = ctx.plan;
        let id = plan.id_or_placeholder();
        if tg.age.is_some() && birth_date(ctx).is_none() {
            out.push(
                Finding::new(Code::A008, plan.individual.key)
                    .arg2("what", "giltigt personnummer eller födelsedatum", "a valid personnummer or date of birth"),
            );
        }
        if tg.occupations.is_some() && plan.individual.occupation.is_none() {
            out.push(
                Finding::new(Code::A008, plan.individual.key)
                    .arg2("what", "sysselsättning", "occupation")
                    .help(format!("sip set {id} --occupation utan_anställning")),
            );
        }
        if tg.focus.is_some() && plan.focus.is_none() {
            out.push(
                Finding::new(Code::A008, plan.root)
                    .arg2("what", "inriktning", "focus")
                    .help(format!("sip set {id} --focus arbetslivsinriktad_rehabilitering")),
            );
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att kallelsen till varje möte (upprättande och uppföljning) skickades minst
    /// `minsta_framförhållning_dagar` före mötet, och att en kallelse är registrerad för ett möte
    /// som inte är hållet och ligger inom så många dagar från i dag.
    ///
    /// ## Varför
    /// Individen, samtalsledaren och de inbjudna behöver tid att förbereda sig; på Höglandet krävs
    /// minst tre veckor.
    ///
    /// ## Källa
    /// Seed 002 steg 4: "Tiden, viktig med god framförhållning, minst 3 veckor."
    A009 LateInvitation {
        name: "sen-kallelse",
        severity: Warning,
        sv: "Kallelsen till möte {id} {problem}; överenskommelsen kräver minst {min} dagar",
        en: "The invitation to meeting {id} {problem}; the agreement requires at least {min} days",
        source: "Överenskommelsens kallelseregler (seed 002 steg 4)",
    }
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let pid = ctx.plan.id_or_placeholder();
        for m in &ctx.plan.meetings {
            match a.notice_shortfall(m, ctx.today) {
                Some(NoticeShortfall::SentLate { days, min, .. }) => {
                    let Some(sent) = &m.invitation_sent else { continue };
                    out.push(
                        Finding::new(Code::A009, sent.span)
                            .arg("id", m.id_str())
                            .arg("min", min)
                            .arg2(
                                "problem",
                                format!("skickades {days} dagar före mötet"),
                                format!("was sent {days} days before the meeting"),
                            ),
                    );
                }
                Some(NoticeShortfall::NotSent { ahead, min }) => out.push(
                    Finding::new(Code::A009, m.span)
                        .arg("id", m.id_str())
                        .arg("min", min)
                        .arg2(
                            "problem",
                            format!("är inte registrerad och mötet är om {ahead} dagar"),
                            format!("is not recorded and the meeting is in {ahead} days"),
                        )
                        .help(format!("sip meeting invited {pid} {} --date DATUM", m.id_str())),
                ),
                None => {}
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att planen anger `syfte` och `frågeställningar` när ett möte finns och överenskommelsen
    /// kräver dem i kallelsen (`kräver_syfte`, `kräver_frågeställningar`). En finding per uppgift
    /// som saknas. Ett möte med eget `syfte` eller egna `frågeställningar` behöver inte planens.
    ///
    /// ## Varför
    /// De inbjudna ska veta varför de kallas och vilka insatser som ska samordnas.
    ///
    /// ## Källa
    /// Seed 001: "I kallelsen ska syftet med mötet framgå. Vidare ska det framgå vilka
    /// frågeställningar som mötet ska fokusera – vilka insatser ska samordnas?"
    A010 InvitationContentMissing {
        name: "kallelse-saknar-innehåll",
        severity: Error,
        sv: "Ett möte är inplanerat men planen saknar {what}, som kallelsen ska ange",
        en: "A meeting is scheduled but the plan lacks {what}, which the invitation must state",
        source: "Överenskommelsens kallelseregler (seed 001)",
    }
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let plan = ctx.plan;
        if plan.meetings.is_empty() {
            return;
        }
        let id = plan.id_or_placeholder();
        let blank = |t: &str| t.trim().is_empty();
        let plan_purpose = plan.purpose.as_ref().is_some_and(|p| !blank(&p.value));
        let purpose_missing = !plan_purpose
            && plan
                .meetings
                .iter()
                .any(|m| m.purpose.as_ref().is_none_or(|p| blank(&p.value)));
        let plan_questions = plan.questions.iter().any(|q| !blank(&q.value));
        let questions_missing = !plan_questions
            && plan
                .meetings
                .iter()
                .any(|m| m.questions.iter().all(|q| blank(&q.value)));
        if a.invitation.requires_purpose && purpose_missing {
            out.push(
                Finding::new(Code::A010, plan.root)
                    .arg2("what", "syfte", "a purpose (syfte)")
                    .help(format!("sip set {id} --purpose TEXT")),
            );
        }
        if a.invitation.requires_questions && questions_missing {
            out.push(
                Finding::new(Code::A010, plan.root)
                    .arg2("what", "frågeställningar", "questions (frågeställningar)")
                    .help(format!("sip set {id} --question TEXT")),
            );
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att ett digitalt möte (`digitalt`) använder ett system bland överenskommelsens
    /// `godkända_digitala_system`, när listan inte är tom.
    ///
    /// ## Varför
    /// Ett SIP-möte handlar om sekretessbelagda uppgifter; det digitala systemet ska vara godkänt
    /// för sekretessärenden.
    ///
    /// ## Källa
    /// Seed 001: "Om mötet ska ske digitalt bör du stämma av med parterna som ska delta vid mötet
    /// vilket digitalt forum/system som är godkänt för hantering av sekretessärenden."
    A011 UnapprovedDigitalSystem {
        name: "ej-godkänt-digitalt-system",
        severity: Warning,
        sv: "Möte {id} hålls i `{system}`, som inte är godkänt i överenskommelsen ({allowed})",
        en: "Meeting {id} uses `{system}`, which the agreement does not approve ({allowed})",
        source: "Överenskommelsens kallelseregler (seed 001)",
    }
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let allowed = &a.invitation.approved_digital;
        if allowed.is_empty() {
            return;
        }
        for m in &ctx.plan.meetings {
            let Some(d) = &m.digital else { continue };
            if !allowed.iter().any(|s| s.eq_ignore_ascii_case(d.value.trim())) {
                out.push(
                    Finding::new(Code::A011, d.span)
                        .arg("id", m.id_str())
                        .arg("system", &d.value)
                        .arg("allowed", allowed.join(", ")),
                );
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en pågående plan inte hör till en överenskommelse vars giltighet har upphört.
    ///
    /// ## Varför
    /// När överenskommelsen löpt ut gäller inte längre de utvidgade parternas åtaganden; planen
    /// behöver flyttas till en ny överenskommelse eller avslutas.
    ///
    /// ## Källa
    /// Överenskommelsens giltighet (SPEC §3); seed 001 ("gäller under perioden 2026-01-01 –
    /// 2027-12-31").
    A012 AgreementExpired {
        name: "överenskommelsen-har-upphört",
        severity: Warning,
        sv: "Planen är pågående men överenskommelsen {agreement} upphörde {date}",
        en: "The plan is active but the agreement {agreement} ended on {date}",
        source: "Överenskommelsens giltighet (SPEC §3)",
    }
    fn check(ctx, out) {
        let (Some(a), Some(status)) = (ctx.agreement, &ctx.plan.status) else { return };
        if status.value != Status::Active {
            return;
        }
        if let Some(end) = a.valid_to.filter(|end| ctx.today > *end) {
            out.push(Finding::new(Code::A012, status.span).arg("agreement", &a.id).arg("date", end));
        }
    }
}
