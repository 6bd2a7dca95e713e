//! S — regler om filen: giltig YAML, kända nycklar, rätta värden, unika id, kända referenser.
//!
//! S001–S003 rapporteras av inläsningen (`model::load`) och S004 mellan filer av
//! kontrollflödet (`check.rs`); deras deklarationer här bär kod, namn, meddelande och dokumentation.

use crate::findings::{Code, Finding};
use crate::model::personnummer::Personnummer;
use crate::rules::declare_rule;

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att filen är läsbar text i UTF-8, giltig YAML, ett enda dokument och en tabell med nycklar
    /// (inte en lista eller ett ensamt värde), och att ingen nyckel står två gånger.
    ///
    /// ## Varför
    /// En plan som inte går att läsa kan inte kontrolleras alls: alla andra regler tystnar. En
    /// nyckel som står två gånger gör det oklart vilket värde som gäller.
    ///
    /// ## Exempel
    /// ```yaml
    /// syfte: "Samordna insatser   # citattecknet stängs aldrig
    /// ```
    ///
    /// ## Källa
    /// YAML 1.2 (yaml.org/spec/1.2.2); sip:s planformat: en plan per fil
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S001 InvalidFile {
        name: "ogiltig-fil",
        severity: Error,
        sv: "Filen kan inte läsas som en plan: {problem}",
        en: "The file cannot be read as a plan: {problem}",
        source: "sip:s planformat: en plan per fil, YAML 1.2 (`sip schema plan`)",
    }
    fn check(ctx, out) {}
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att varje nyckel i planen är en känd nyckel på sin plats. En okänd nyckel får förslag på
    /// den närmaste kända (`insattser` → `insatser`).
    ///
    /// ## Varför
    /// En felstavad nyckel tappas annars tyst: `insattser` ser ut som en insats för den som läser,
    /// men planen saknar då punkt 1 och 2. `sip` släpper aldrig något en människa skrivit.
    ///
    /// ## Exempel
    /// ```yaml
    /// insattser:          # menade du `insatser`?
    ///   - id: I1
    /// ```
    ///
    /// ## Källa
    /// sip:s planformat
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S002 UnknownKey {
        name: "okänd-nyckel",
        severity: Error,
        sv: "Okänd nyckel `{key}`{suggestion}",
        en: "Unknown key `{key}`{suggestion}",
        source: "sip:s planformat: planens nycklar (`sip schema plan`)",
    }
    fn check(ctx, out) {}
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att varje värde har rätt typ (text, lista, tabell, datum `ÅÅÅÅ-MM-DD`, tid
    /// `ÅÅÅÅ-MM-DDTTT:MM`, `true`/`false`), att uppräknade värden är tillåtna (`status`,
    /// `kön`, `inriktning` …) och att obligatoriska nycklar finns: `id`, `överenskommelse`,
    /// `status`, `individ.namn`, `initiering.datum`, `initiering.part`, `id` och `beskrivning` i
    /// listornas poster, `typ` och `tid` i ett möte. En saknad nyckel pekas ut vid sin förälder.
    ///
    /// ## Varför
    /// Ett ogiltigt datum eller en felstavad status gör att reglerna om uppföljning, samtycke och
    /// kallelse inte kan bedömas. Ett personnummer utan citattecken läses som ett tal.
    ///
    /// ## Exempel
    /// ```yaml
    /// status: pågåend      # menade du `pågående`?
    /// ```
    ///
    /// ## Källa
    /// sip:s planformat
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S003 InvalidValue {
        name: "ogiltigt-värde",
        severity: Error,
        sv: "`{key}`: {problem}",
        en: "`{key}`: {problem}",
        source: "sip:s planformat: typer och tillåtna värden (`sip schema plan`)",
    }
    fn check(ctx, out) {}
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att varje plan-id finns i en enda fil i planmappen, och att id:n för behov, mål, insatser
    /// och möten är unika inom planen.
    ///
    /// ## Varför
    /// Två planer med samma id gör att kommandon som tar ett id träffar fel plan. Två insatser med
    /// samma id (till exempel efter en git-sammanslagning där två personer lade till `I3`) gör
    /// referenser och uppföljning tvetydiga: byt id på den ena.
    ///
    /// ## Källa
    /// sip:s planformat: `id` är unikt i planmappen
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S004 DuplicateId {
        name: "dubblett-id",
        severity: Error,
        sv: "Id `{id}` används redan {where}",
        en: "Id `{id}` is already used {where}",
        source: "sip:s planformat: unika id (`sip schema plan`)",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        let lists: [(&str, &str, Vec<&crate::model::plan::S<String>>); 4] = [
            ("behov", "needs", plan.needs.iter().map(|n| &n.id).collect()),
            ("mål", "goals", plan.goals.iter().map(|g| &g.id).collect()),
            ("insatser", "interventions", plan.interventions.iter().map(|i| &i.id).collect()),
            ("möten", "meetings", plan.meetings.iter().map(|m| &m.id).collect()),
        ];
        for (sv, en, ids) in lists {
            // A hash map, not a scan of the earlier ids: a hostile list of 30,000 items stays fast.
            let mut firsts: std::collections::HashMap<&str, &crate::source::Spanned<String>> =
                std::collections::HashMap::new();
            for id in ids.into_iter().flatten() {
                if let Some(first) = firsts.get(id.value.as_str()).copied() {
                    out.push(
                        Finding::new(Code::S004, id.span)
                            .arg("id", crate::privacy::elide(&id.value))
                            .arg2("where", format!("i {sv} i samma plan"), format!("in {en} of the same plan"))
                            .label("dubblett", "duplicate")
                            .note(
                                format!("första `{}` står på rad {}; ge den ena ett nytt id", first.value, crate::edit::yaml::line_of(ctx.text, first.span.start)),
                                format!("the first `{}` is on line {}; give one of them a new id", first.value, crate::edit::yaml::line_of(ctx.text, first.span.start)),
                            ),
                    );
                } else {
                    firsts.insert(id.value.as_str(), id);
                }
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att `överenskommelse` anger en känd överenskommelse: en inbyggd eller en i planmappens
    /// `agreements/`. `sip agreements list` visar vilka som finns.
    ///
    /// ## Varför
    /// Utan överenskommelse går det inte att veta vilka parter som finns, vem som får kalla eller
    /// vilken målgrupp som gäller; A-reglerna och partkontrollerna hoppas då över för planen.
    ///
    /// ## Källa
    /// sip:s planformat: `överenskommelse` anger ett id bland de inbyggda överenskommelserna och
    /// planmappens egna i `agreements/` (`sip agreements list` visar dem; `sip schema agreement`
    /// visar formatet).
    S005 UnknownAgreement {
        name: "okänd-överenskommelse",
        severity: Error,
        sv: "Överenskommelsen `{agreement}` finns inte",
        en: "The agreement `{agreement}` does not exist",
        source: "sip:s planformat: överenskommelser (`sip agreements list`)",
    }
    fn check(ctx, out) {
        if ctx.agreement.is_none() && ctx.agreement_known {
            if let Some(a) = &ctx.plan.agreement {
                out.push(
                    Finding::new(Code::S005, a.span)
                        .arg("agreement", crate::privacy::elide(&a.value))
                        .label("okänd överenskommelse", "unknown agreement")
                        .help("sip agreements list"),
                );
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att varje hänvisning inom planen pekar på något som finns: en insats `behov: [B1]` och
    /// `mål: [M1]` (och en åtgärds `behov`) ska finnas under `behov` och `mål`. Okända parter är
    /// A006.
    ///
    /// ## Varför
    /// En hänvisning till ett behov som inte finns gör att det ser ut som om ett behov möts när det
    /// inte gör det (och tvärtom för P005).
    ///
    /// ## Källa
    /// sip:s planformat
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S006 UnknownReference {
        name: "okänd-hänvisning",
        severity: Error,
        sv: "`{reference}` finns inte bland planens {list}",
        en: "`{reference}` does not exist among the plan's {list}",
        source: "sip:s planformat: hänvisningar inom planen (`sip schema plan`)",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        let need_ids: Vec<&str> = plan.needs.iter().filter_map(|n| n.id.as_deref().map(String::as_str)).collect();
        let goal_ids: Vec<&str> = plan.goals.iter().filter_map(|g| g.id.as_deref().map(String::as_str)).collect();
        let measures = plan.measures.iter().flat_map(|m| &m.items);
        for r in measures.flat_map(|m| &m.needs).filter(|r| !need_ids.contains(&r.value.as_str())) {
            out.push(
                Finding::new(Code::S006, r.span)
                    .arg("reference", crate::privacy::elide(&r.value))
                    .arg2("list", "behov", "needs")
                    .help(format!("sip need add {} TEXT", plan.id_or_placeholder())),
            );
        }
        for i in &plan.interventions {
            for (refs, ids, sv, en, cmd) in [
                (&i.needs, &need_ids, "behov", "needs", "need"),
                (&i.goals, &goal_ids, "mål", "goals", "goal"),
            ] {
                for r in refs.iter().filter(|r| !ids.contains(&r.value.as_str())) {
                    out.push(
                        Finding::new(Code::S006, r.span)
                            .arg("reference", crate::privacy::elide(&r.value))
                            .arg2("list", sv, en)
                            .help(format!("sip {cmd} add {} TEXT", plan.id_or_placeholder())),
                    );
                }
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att filen heter som planens id: `<id>.yaml` (eller `<id>.yml`).
    ///
    /// ## Varför
    /// Kommandona hittar en plan på dess id. Ett filnamn byggt på id i stället för på namn eller
    /// personnummer håller dessutom personuppgifter borta från filnamn och git-historik (S009).
    ///
    /// ## Källa
    /// sip:s planformat: filen heter `<id>.yaml`
    /// (`sip schema plan` visar det som JSON Schema; README:n beskriver det).
    S007 FileNameMismatch {
        name: "filnamn-matchar-inte-id",
        severity: Warning,
        sv: "Filen heter `{file}` men planens id är `{id}`",
        en: "The file is named `{file}` but the plan's id is `{id}`",
        source: "sip:s planformat: filnamnet är <id>.yaml (`sip schema plan`)",
    }
    fn check(ctx, out) {
        if let Some(id) = &ctx.plan.id {
            if crate::model::plan::is_valid_plan_id(&id.value) && id.value != ctx.file_stem {
                out.push(
                    Finding::new(Code::S007, id.span)
                        .arg("file", ctx.rel_path.rsplit('/').next().unwrap_or(ctx.rel_path))
                        .arg("id", crate::privacy::elide(&id.value))
                        .label(format!("döp om filen till {}.yaml", id.value), format!("rename the file to {}.yaml", id.value)),
                );
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att `individ.personnummer` är ett giltigt personnummer eller samordningsnummer: formen
    /// `ÅÅÅÅMMDD-NNNN`, `ÅÅMMDD-NNNN`, `ÅÅMMDD+NNNN` eller utan avskiljare, ett riktigt datum
    /// (dag + 60 för samordningsnummer) och rätt kontrollsiffra (Luhn-algoritmen).
    ///
    /// ## Varför
    /// Ålder på initieringsdagen (A002) räknas från personnumret, och ett felskrivet nummer kan
    /// peka ut fel person i parternas system.
    ///
    /// ## Källa
    /// Folkbokföringslagen (1991:481) 18 §; Skatteverket, SKV 704 (personnummer) och SKV 707
    /// (samordningsnummer).
    S008 InvalidPersonnummer {
        name: "ogiltigt-personnummer",
        severity: Error,
        sv: "Personnumret är ogiltigt: {problem}",
        en: "The personnummer is invalid: {problem}",
        source: "Folkbokföringslagen 18 §; SKV 704",
    }
    fn check(ctx, out) {
        if let Some(p) = &ctx.plan.individual.personnummer {
            if let Err(e) = Personnummer::parse(&p.value, ctx.today) {
                out.push(
                    // Neither the number nor the digit that would make it valid: the message goes
                    // to CI logs, and a typo'd personnummer plus its fix is a personnummer.
                    Finding::new(Code::S008, p.span)
                        .arg2("problem", e.message_sv(), e.message_en()),
                );
            }
        }
    }
}

declare_rule! {
    /// ## Vad regeln kontrollerar
    /// Att varken individens personnummer eller namn står i filens sökväg i planmappen (mappar
    /// och filnamn). Namn jämförs utan hänsyn till stora och små bokstäver, med mellanslag, `-`,
    /// `_` och `.` som likvärdiga och å/ä → a, ö → o, é → e; för- och efternamn i följd
    /// (`anna-andersson`, `Anna_Andersson`). Personnumret känns igen med och utan sekel och
    /// avskiljare.
    ///
    /// ## Varför
    /// Filnamn hamnar i git-historiken, i CI-loggar och i listningar som många kan se, och går inte
    /// att ta bort i efterhand. Personuppgifter om hälsa och sociala förhållanden omfattas av
    /// sekretess; planens id är det som ska stå i filnamnet.
    ///
    /// ## Källa
    /// Offentlighets- och sekretesslagen (2009:400) 25 kap. 1 § och 26 kap. 1 §; dataskydds-
    /// förordningen (EU) 2016/679 art. 5.1 c (uppgiftsminimering).
    S009 PersonalDataInPath {
        name: "personuppgift-i-sökväg",
        severity: Error,
        sv: "Sökvägen `{path}` innehåller individens {what}",
        en: "The path `{path}` contains the individual's {what}",
        source: "OSL 25 kap. 1 §, 26 kap. 1 §; GDPR art. 5.1 c",
    }
    fn check(ctx, out) {
        let plan = ctx.plan;
        let help = format!("git mv {} {}.yaml", ctx.rel_path, plan.id_or_placeholder());
        if let Some(p) = &plan.individual.personnummer {
            if let Ok(pnr) = Personnummer::parse(&p.value, ctx.today) {
                let path_digits = ctx.rel_path;
                if pnr.spellings().iter().any(|s| path_digits.contains(s.as_str())) {
                    out.push(
                        Finding::new(Code::S009, p.span)
                            .arg("path", ctx.rel_path)
                            .arg2("what", "personnummer", "personnummer")
                            .help(help.clone()),
                    );
                }
            }
        }
        if let Some(name) = &plan.individual.name {
            if name_in_path(&name.value, ctx.rel_path) {
                out.push(
                    Finding::new(Code::S009, name.span)
                        .arg("path", ctx.rel_path)
                        .arg2("what", "namn", "name")
                        .help(help),
                );
            }
        }
    }
}

/// Fold a text for name matching: lower case, å/ä → a, ö → o, é → e, and every separator
/// (space, `-`, `_`, `.`, `/`) to one space.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ø' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            ' ' | '-' | '_' | '.' | '/' | '\\' => ' ',
            c => c,
        };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out
}

/// Whether the first and last name stand in sequence (as whole words) in the path.
pub fn name_in_path(name: &str, path: &str) -> bool {
    let name = fold(name);
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() < 2 {
        return false;
    }
    let (first, last) = (words[0], words[words.len() - 1]);
    let path = fold(path);
    let path_words: Vec<&str> = path.split(' ').filter(|w| !w.is_empty()).collect();
    path_words.windows(2).any(|w| w[0] == first && w[1] == last)
        || (words.len() > 2 && path.contains(&words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_folded() {
        assert!(name_in_path("Anna Andersson", "anna-andersson.yaml"));
        assert!(name_in_path(
            "Anna Andersson",
            "2026/Anna_Andersson/plan.yaml"
        ));
        assert!(name_in_path("Åsa Öberg", "asa.oberg.yaml"));
        assert!(name_in_path("José Ek", "jose-ek.yml"));
        assert!(!name_in_path("Anna Andersson", "annandersson.yaml"));
        assert!(!name_in_path("Anna Andersson", "sip-2026-anna.yaml"));
        assert!(!name_in_path("Anna", "anna.yaml"));
    }
}
