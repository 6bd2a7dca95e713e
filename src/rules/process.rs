//! P — regler om processen: uppföljning, SMARTA mål, avslut, kallelse efter utskrivning
//! (Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 1–7, byggt på
//! Region Jönköpings läns Tillämpning av samordnad individuell plan; lag (2017:612); vägledning).
//! Flödet är vägledning för alla planer, inte en överenskommelse som planen följer.

use crate::findings::{Code, Finding};
use crate::model::enums::{InterventionStatus, PartyType, Status};
use crate::rules::declare_rule;

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en pågående plan har ett datum för nästa uppföljning (`uppföljning.nästa`).
    ///
    /// ## Varför
    /// Mötet ska sluta med en ny tid för uppföljning; utan datum glöms planen bort.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 5 punkt 7 ("Ny
    /// tid för uppföljning") och steg 6 ("Ny tid bokas för uppföljning"). Vägledning, oavsett
    /// vilken överenskommelse planen följer.
    P001 NoFollowUpDate {
        name: "uppföljning-saknas",
        severity: Warning,
        sv: "Planen är pågående men har inget datum för nästa uppföljning",
        en: "The plan is active but has no date for the next follow-up",
        source: "Samverk Vetlanda: flödet för SIP-arbetet, steg 5–6",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        if plan.is_active() && plan.next_follow_up().is_none() {
            out.push(
                Finding::new(Code::P001, plan.follow_up.as_ref().map_or(plan.root, |f| f.key))
                    .help(format!("sip followup {} --next DATUM", plan.id_or_placeholder())),
            );
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att datumet för nästa uppföljning inte har passerat (i en plan som inte är avslutad).
    ///
    /// ## Varför
    /// En passerad uppföljning betyder att planen inte följs upp som avtalat; boka en ny tid eller
    /// registrera mötet.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 6 ("följ upp").
    P002 FollowUpOverdue {
        name: "uppföljning-försenad",
        severity: Warning,
        sv: "Uppföljningen skulle ha skett {date} ({days} dagar sedan)",
        en: "The follow-up was due on {date} ({days} days ago)",
        source: "Samverk Vetlanda: flödet för SIP-arbetet, steg 6",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        if plan.status() == Some(Status::Closed) {
            return;
        }
        let Some(next) = plan.follow_up.as_ref().and_then(|f| f.next.as_ref()) else { return };
        if next.value < ctx.today {
            out.push(
                Finding::new(Code::P002, next.span)
                    .arg("date", next.value)
                    .arg("days", (ctx.today - next.value).num_days())
                    .help(format!("sip followup {} --next DATUM", plan.id_or_placeholder())),
            );
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att varje mål har ett mått (`mått`: hur man vet att det är nått) och ett datum (`senast`).
    ///
    /// ## Varför
    /// Målen ska vara SMARTA: specifika, mätbara, accepterade, realistiska och tidsbestämda. Mätbart
    /// och tidsbestämt är det som går att kontrollera i filen.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet ("SMARTA mål": "M –
    /// mätbart", "T – tidsbestämt").
    P003 GoalNotSmart {
        name: "mål-inte-smart",
        severity: Warning,
        sv: "Målet {id} saknar {what} (målen ska vara mätbara och tidsbestämda)",
        en: "Goal {id} lacks {what} (goals must be measurable and time-bound)",
        source: "Samverk Vetlanda: flödet för SIP-arbetet (SMARTA mål)",
    }
    fn check(ctx, out) {
        for g in &ctx.plan.goals {
            let (sv, en) = match (g.measure.is_some(), g.by.is_some()) {
                (true, true) => continue,
                (false, true) => ("mått", "a measure (mått)"),
                (true, false) => ("datum (senast)", "a date (senast)"),
                (false, false) => ("mått och datum (senast)", "a measure (mått) and a date (senast)"),
            };
            let id = g.id.as_ref().map_or("?", |s| s.value.as_str());
            out.push(Finding::new(Code::P003, g.span).arg("id", crate::privacy::elide(id)).arg2("what", sv, en));
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en avslutad plan anger när (`avslut.datum`) och varför (`avslut.orsak`) den avslutades.
    ///
    /// ## Varför
    /// Den samordnade planeringen avslutas när målen är uppfyllda, när samordning inte längre
    /// behövs eller när samtycket dras tillbaka; varje huvudman dokumenterar avslutet.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 7 ("Varje
    /// huvudman ansvarar för att dokumentera avslutet").
    P004 ClosedWithoutClosing {
        name: "avslut-odokumenterat",
        severity: Error,
        sv: "Planen är avslutad men anger inte {what}",
        en: "The plan is closed but does not state {what}",
        source: "Samverk Vetlanda: flödet för SIP-arbetet, steg 7",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        if plan.status() != Some(Status::Closed) {
            return;
        }
        let date = plan.closing.as_ref().is_some_and(|c| c.date.is_some());
        let reason = plan.closing.as_ref().is_some_and(|c| c.reason.is_some());
        let (sv, en) = match (date, reason) {
            (true, true) => return,
            (false, true) => ("avslutsdatum (avslut.datum)", "the closing date (avslut.datum)"),
            (true, false) => ("orsak (avslut.orsak)", "the reason (avslut.orsak)"),
            (false, false) => ("datum och orsak (avslut)", "date and reason (avslut)"),
        };
        out.push(
            Finding::new(Code::P004, plan.closing.as_ref().map_or(plan.root, |c| c.key))
                .arg2("what", sv, en)
                .help(format!("sip close {} --reason mål_uppfyllda --date DATUM", plan.id_or_placeholder())),
        );
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att varje behov möts av minst en insats eller en åtgärd av någon annan (som hänvisar till det
    /// i sin `behov`-lista).
    ///
    /// ## Varför
    /// Planen ska visa vilka insatser som behövs för att individen ska få sina behov
    /// tillgodosedda; ett behov som ingen insats möter faller mellan stolarna.
    ///
    /// ## Källa
    /// 10 kap. 8 § punkt 1 socialtjänstlagen (2025:400) ("vilka insatser som behövs"); 16 kap. 4 §
    /// andra stycket hälso- och sjukvårdslagen (2017:30) ("för att den enskilde ska få sina behov
    /// tillgodosedda"); Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet,
    /// steg 1 och 5 (behovsinventering).
    P005 NeedNotAddressed {
        name: "behov-utan-insats",
        severity: Warning,
        sv: "Behovet {id} möts inte av någon insats eller åtgärd",
        en: "Need {id} is not addressed by any intervention or measure",
        source: "10 kap. 8 § socialtjänstlagen (2025:400) (punkt 1); Samverk Vetlanda: flödet för SIP-arbetet, steg 5",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        for n in &plan.needs {
            let Some(id) = &n.id else { continue };
            let refers = |needs: &[crate::source::Spanned<String>]| needs.iter().any(|b| b.value == id.value);
            let addressed = plan.interventions.iter().any(|i| refers(&i.needs))
                || plan.measures.as_ref().is_some_and(|m| m.items.iter().any(|a| refers(&a.needs)));
            if !addressed {
                out.push(
                    Finding::new(Code::P005, n.span)
                        .arg("id", crate::privacy::elide(&id.value))
                        .help(format!("sip intervention add {} TEXT --party PART --need {}", plan.id_or_placeholder(), id.value)),
                );
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att ett möte vars dag har passerat är markerat som genomfört (`genomfört: true`).
    ///
    /// ## Varför
    /// Planen ska visa vad som hänt; ett möte som inte markerats kan ha blivit inställt och behöva
    /// bokas om.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 5–6 (mötet,
    /// dokumentation och genomgång av föregående protokoll).
    P006 MeetingNotMarkedHeld {
        name: "möte-inte-markerat",
        severity: Warning,
        sv: "Möte {id} ({date}) har passerat men är inte markerat som genomfört",
        en: "Meeting {id} ({date}) has passed but is not marked as held",
        source: "Samverk Vetlanda: flödet för SIP-arbetet, steg 5–6",
    }
    fn check(ctx, out) {
        for m in &ctx.plan.meetings {
            let Some(t) = &m.time else { continue };
            if t.value.date() < ctx.today && !m.is_held() {
                out.push(
                    Finding::new(Code::P006, t.span)
                        .arg("id", crate::privacy::elide(m.id_str()))
                        .arg("date", t.value.date())
                        .help(format!("sip meeting held {} {}", ctx.plan.id_or_placeholder(), m.id_str())),
                );
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att samtycket i en pågående plan inte har gått ut (`samtycke.giltigt_till` före i dag).
    ///
    /// ## Varför
    /// Samtycket bör vara tidsbegränsat. När det har gått ut finns inget samtycke som häver
    /// sekretessen: parterna får inte längre utbyta uppgifter, och ett nytt samtycke behövs. Därför
    /// fel, som när samtycke saknas (L005) eller är återkallat (L006).
    ///
    /// ## Källa
    /// Offentlighets- och sekretesslagen (2009:400) 12 kap. 2 § (den enskilde häver sekretessen
    /// genom sitt samtycke); 10 kap. 8 § socialtjänstlagen (2025:400) och 16 kap. 4 § andra stycket
    /// hälso- och sjukvårdslagen (2017:30) (planen förutsätter samtycke); Samverk Vetlanda,
    /// Höglandets samordningsförbund: flödet för SIP-arbetet, steg 2.
    P007 ConsentExpired {
        name: "samtycke-utgånget",
        severity: Error,
        sv: "Samtycket gällde till {date} men planen är pågående",
        en: "The consent was valid until {date} but the plan is active",
        source: "OSL 12 kap. 2 §; 10 kap. 8 § socialtjänstlagen (2025:400) (samtycke)",
    }
    fn check(ctx, out) {
        if !ctx.plan.is_active() {
            return;
        }
        let Some(until) = ctx.plan.consent.as_ref().and_then(|c| c.valid_until.as_ref()) else { return };
        if until.value < ctx.today {
            out.push(
                Finding::new(Code::P007, until.span)
                    .arg("date", until.value)
                    .help(format!(
                        "sip consent {} --date DATUM --form skriftligt --parties PARTER --valid-until DATUM",
                        ctx.plan.id_or_placeholder()
                    )),
            );
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// När `initiering.utskrivningsklar` är satt: att den första kallelsen
    /// (`kallelse_skickad` bland planens möten) skickades senast tre dagar efter den dagen, eller,
    /// när ingen kallelse är registrerad, att det ännu inte gått mer än tre dagar.
    ///
    /// ## Varför
    /// Efter utskrivning från slutenvården ska patientens fasta vårdkontakt i den regionfinansierade
    /// öppna vården kalla till samordnad individuell planering senast tre dagar efter att
    /// underrättelsen om att patienten är utskrivningsklar har lämnats. Fristen gäller kallelsen,
    /// inte mötet. En överenskommelses krav på framförhållning (A009) gäller inte här.
    ///
    /// ## Källa
    /// Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård: 4 kap. 3 §
    /// (kallelsen inom tre dagar); 3 kap. 1 § (underrättelsen om att patienten är utskrivningsklar);
    /// 4 kap. 1 § (skyldigheten att genomföra planeringen); 5 kap. 3 § (kommunens betalningsansvar
    /// förutsätter kallelsen). Region Örebro län och kommunerna i Örebro län, Samordnad individuell
    /// plan (SIP) – överenskommelse: "snabbt få till en SIP utan dröjsmål".
    P008 LateDischargeInvitation {
        name: "sen-kallelse-efter-utskrivning",
        severity: Warning,
        sv: "Patienten var utskrivningsklar {date}; kallelsen ska skickas inom 3 dagar ({problem})",
        en: "The patient was ready for discharge on {date}; the invitation is due within 3 days ({problem})",
        source: "Lag (2017:612) om samverkan vid utskrivning, 4 kap. 3 §",
    }
    fn check(ctx, out) {
        let Some(ready) = &ctx.plan.initiation.discharge_ready else { return };
        let first = ctx.plan.meetings.iter().filter_map(|m| m.invitation_sent.as_ref().map(|s| s.value)).min();
        let finding = match first {
            Some(sent) if (sent - ready.value).num_days() > 3 => Some((
                format!("den första skickades {sent}, {} dagar efter", (sent - ready.value).num_days()),
                format!("the first was sent on {sent}, {} days after", (sent - ready.value).num_days()),
            )),
            None if (ctx.today - ready.value).num_days() > 3 => Some((
                "ingen kallelse är registrerad".to_string(),
                "no invitation is recorded".to_string(),
            )),
            _ => None,
        };
        if let Some((sv, en)) = finding {
            out.push(Finding::new(Code::P008, ready.span).arg("date", ready.value).arg2("problem", sv, en));
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en insats vars slutdag (`slut`) har passerat inte fortfarande står som `planerad` eller
    /// `pågår`.
    ///
    /// ## Varför
    /// Inför uppföljningen ska det synas vad som har skett och vad som finns kvar; en insats som
    /// passerat sin slutdag behöver få status genomförd eller avbruten, eller ett nytt slutdatum.
    ///
    /// ## Källa
    /// Samverk Vetlanda, Höglandets samordningsförbund: flödet för SIP-arbetet, steg 6 ("Vad har
    /// skett? Vad finns kvar?").
    P009 InterventionPastEnd {
        name: "insats-efter-slutdatum",
        severity: Info,
        sv: "Insatsen {id} skulle sluta {date} men står som {status}",
        en: "Intervention {id} was to end on {date} but is still {status}",
        source: "Samverk Vetlanda: flödet för SIP-arbetet, steg 6",
    }
    fn check(ctx, out) {
        for i in &ctx.plan.interventions {
            let (Some(end), Some(status)) = (&i.end, &i.status) else { continue };
            let open = matches!(status.value, InterventionStatus::Planned | InterventionStatus::Ongoing);
            if open && end.value < ctx.today {
                let id = i.id.as_ref().map_or("?", |s| s.value.as_str());
                out.push(
                    Finding::new(Code::P009, end.span)
                        .arg("id", crate::privacy::elide(id))
                        .arg("date", end.value)
                        .arg("status", status.value)
                        .help(format!("sip intervention set {} {} --status genomförd", ctx.plan.id_or_placeholder(), crate::privacy::elide(id))),
                );
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att en plan som inte är ett utkast har `individens_mål`: det som är viktigast för
    /// individen, med individens egna ord (för ett barn barnets egen syn).
    ///
    /// ## Varför
    /// Planen utgår från frågan "Vad är viktigt för dig?". Individens eget mål står först i den
    /// utskrivna planen, och målen ska vara accepterade av individen (A:et i SMART).
    ///
    /// ## Källa
    /// 10 kap. 9 § socialtjänstlagen (2025:400) och 16 kap. 4 § tredje stycket hälso- och
    /// sjukvårdslagen (2017:30) (planen upprättas tillsammans med den enskilde); 6 kap. 11 §
    /// föräldrabalken och barnkonventionen art. 12 (barnets åsikter); Samverk Vetlanda,
    /// Höglandets samordningsförbund: flödet för SIP-arbetet (SMARTA mål).
    P010 OwnGoalMissing {
        name: "individens-mål-saknas",
        severity: Warning,
        sv: "Planen saknar individens eget mål, med individens egna ord",
        en: "The plan lacks the individual's own goal, in their own words",
        source: "10 kap. 9 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (tillsammans med den enskilde)",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        if plan.status.is_none() || plan.is_draft() {
            return;
        }
        if plan.own_goal.as_ref().is_some_and(|g| !g.value.trim().is_empty()) {
            return;
        }
        let at = plan.own_goal.as_ref().map_or(plan.root, |g| g.span);
        out.push(
            Finding::new(Code::P010, at)
                .label("individens_mål saknas", "individens_mål is missing")
                .note(
                    "fråga individen \"Vad är viktigt för dig?\" och skriv svaret med individens egna ord",
                    "ask the individual \"What matters to you?\" and write the answer in their own words",
                )
                .help(format!(
                    "sip set {} --own-goal \"…\"",
                    plan.id_or_placeholder()
                )),
        );
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// När `initiering.utskrivningsklar` är satt: att den part som kallar (`initiering.part`) är
    /// av typen region i överenskommelsen. Hoppas över när överenskommelsen eller parten är okänd.
    ///
    /// ## Varför
    /// Vid utskrivning från slutenvården är det patientens fasta vårdkontakt i den
    /// regionfinansierade öppna vården som kallar till samordnad individuell planering, inom tre
    /// dagar. En plan som kommunen kallar till uppfyller inte den skyldigheten, och kommunens
    /// betalningsansvar hänger på att kallelsen skickats.
    ///
    /// ## Källa
    /// Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård, 4 kap. 3 §
    /// (och 2 kap. 5 § om den fasta vårdkontakten, 5 kap. 3 § om betalningsansvaret).
    P011 DischargeConvenedByNonRegion {
        name: "utskrivning-kallas-inte-av-regionen",
        severity: Warning,
        sv: "Patienten är utskrivningsklar, men {party} kallar: kallelsen ska komma från patientens fasta vårdkontakt i regionens öppna vård",
        en: "The patient is ready for discharge, but {party} convenes: the invitation is to come from the patient's fasta vårdkontakt in the region's outpatient care",
        source: "Lag (2017:612) 4 kap. 3 §",
    }
    fn check(ctx, out) {
        let Some(a) = ctx.agreement else { return };
        let plan = ctx.plan;
        if plan.initiation.discharge_ready.is_none() {
            return;
        }
        let Some(part) = &plan.initiation.party else { return };
        let Some(party) = a.party(&part.value) else { return };
        if party.kind == PartyType::Region {
            return;
        }
        out.push(
            Finding::new(Code::P011, part.span)
                .arg("party", &party.name)
                .label("ska vara regionen", "should be the region")
                .help(format!("sip edit {}", plan.id_or_placeholder())),
        );
    }
}
