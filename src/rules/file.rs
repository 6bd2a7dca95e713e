//! S — regler om filen: giltig YAML, kända nycklar, rätta värden, unika id, kända referenser.
//!
//! S001–S003 rapporteras av inläsningen (`model::load`) och S004 mellan filer av
//! kontrollflödet (`check.rs`); här finns bara de kontroller som körs på en inläst plan. Namn,
//! meddelanden och dokumentation står i regeltabellen (`codes`).

use crate::findings::{Code, Finding};
use crate::i18n::Lang;
use crate::model::personnummer::Personnummer;
use crate::rules::InLang;
use crate::rules::declare_rule;

declare_rule! {
    S001 InvalidFile
    fn check(ctx, out) {}
}

declare_rule! {
    S002 UnknownKey
    fn check(ctx, out) {}
}

declare_rule! {
    S003 InvalidValue reads_personal
    fn check(ctx, out) {
        // The loader checks types and values; here (v3) what needs the whole plan: a role in
        // `samtycke.givet_av` that no recorded representative has. The message names the role
        // and the key, never a person.
        use crate::model::enums::{ConsentGiver, RepresentativeRole};
        use crate::model::plan::Giver;
        let plan = ctx.plan;
        let Some(consent) = &plan.consent else { return };
        for g in &consent.given_by {
            let role = match &g.value {
                Giver::Role(ConsentGiver::Guardian) => RepresentativeRole::Guardian,
                Giver::Role(ConsentGiver::Administrator) => RepresentativeRole::Administrator,
                Giver::Role(ConsentGiver::Trustee) => RepresentativeRole::Trustee,
                _ => continue,
            };
            let recorded = plan
                .individual
                .representatives
                .iter()
                .any(|r| r.role.as_ref().is_some_and(|x| x.value == role));
            if recorded {
                continue;
            }
            out.push(
                Finding::new(Code::S003, g.span)
                    .arg("key", "samtycke.givet_av")
                    .arg_msg(
                        "problem",
                        msg!("fynd-S003-givare-saknas", roll = InLang(|l: Lang| role.label(l))),
                    )
                    .label_msg(msg!("fynd-S003-givare-saknas-etikett"))
                    .note_msg(msg!("fynd-S003-givare-saknas-not"))
                    .help(format!(
                        "sip representative add {} NAMN --role {}",
                        plan.id_or_placeholder(),
                        role.as_str()
                    )),
            );
        }
    }
}

declare_rule! {
    S004 DuplicateId
    fn check(ctx, out) {
        let plan = ctx.plan;
        // The list, as `$lista` of `fynd-S004-i-samma-plan`.
        let lists: [(&str, Vec<&crate::model::plan::S<String>>); 4] = [
            ("behov", plan.needs.iter().map(|n| &n.id).collect()),
            ("mal", plan.goals.iter().map(|g| &g.id).collect()),
            ("insatser", plan.interventions.iter().map(|i| &i.id).collect()),
            ("moten", plan.meetings.iter().map(|m| &m.id).collect()),
        ];
        for (list, ids) in lists {
            // A short list is scanned; a long one goes through a hash map, so a hostile list of
            // 30,000 items stays fast.
            let mut firsts: std::collections::HashMap<&str, &crate::source::Spanned<String>> =
                std::collections::HashMap::new();
            let ids: Vec<_> = ids.into_iter().flatten().collect();
            let short = ids.len() <= 16;
            for (n, id) in ids.iter().copied().enumerate() {
                let first = if short {
                    ids[..n].iter().copied().find(|e| e.value == id.value)
                } else {
                    firsts.get(id.value.as_str()).copied()
                };
                if let Some(first) = first {
                    out.push(
                        Finding::new(Code::S004, id.span)
                            .arg("id", crate::privacy::elide(&id.value))
                            .arg_msg("where", msg!("fynd-S004-i-samma-plan", lista = list))
                            .label_msg(msg!("fynd-S004-etikett"))
                            .note_msg(msg!(
                                "fynd-S004-not",
                                id = crate::privacy::elide(&first.value),
                                rad = crate::source::line_of(ctx.text, first.span.start),
                            )),
                    );
                } else if !short {
                    firsts.insert(id.value.as_str(), id);
                }
            }
        }
    }
}

declare_rule! {
    S005 UnknownAgreement
    fn check(ctx, out) {
        if ctx.agreement.is_none() && ctx.agreement_known {
            if let Some(a) = &ctx.plan.agreement {
                out.push(
                    Finding::new(Code::S005, a.span)
                        .arg("agreement", crate::privacy::elide(&a.value))
                        .label_msg(msg!("fynd-S005-etikett"))
                        .help("sip agreements list"),
                );
            }
        }
    }
}

declare_rule! {
    S006 UnknownReference
    fn check(ctx, out) {
        let plan = ctx.plan;
        let need_ids: Vec<&str> = plan.needs.iter().filter_map(|n| n.id.as_deref().map(String::as_str)).collect();
        let goal_ids: Vec<&str> = plan.goals.iter().filter_map(|g| g.id.as_deref().map(String::as_str)).collect();
        let measures = plan.measures.iter().flat_map(|m| &m.items);
        for r in measures.flat_map(|m| &m.needs).filter(|r| !need_ids.contains(&r.value.as_str())) {
            out.push(
                Finding::new(Code::S006, r.span)
                    .arg("reference", crate::privacy::elide(&r.value))
                    .arg_msg("list", msg!("fynd-S006-lista", lista = "behov"))
                    .help(format!("sip need add {} TEXT", plan.id_or_placeholder())),
            );
        }
        for i in &plan.interventions {
            // The list, as `$lista` of `fynd-S006-lista`, and its command.
            for (refs, ids, list, cmd) in [
                (&i.needs, &need_ids, "behov", "need"),
                (&i.goals, &goal_ids, "mal", "goal"),
            ] {
                for r in refs.iter().filter(|r| !ids.contains(&r.value.as_str())) {
                    out.push(
                        Finding::new(Code::S006, r.span)
                            .arg("reference", crate::privacy::elide(&r.value))
                            .arg_msg("list", msg!("fynd-S006-lista", lista = list))
                            .help(format!("sip {cmd} add {} TEXT", plan.id_or_placeholder())),
                    );
                }
            }
        }
    }
}

declare_rule! {
    S007 FileNameMismatch
    fn check(ctx, out) {
        if let Some(id) = &ctx.plan.id {
            if crate::model::plan::is_valid_plan_id(&id.value) && id.value != ctx.file_stem {
                out.push(
                    Finding::new(Code::S007, id.span)
                        .arg("file", ctx.rel_path.rsplit('/').next().unwrap_or(ctx.rel_path))
                        .arg("id", crate::privacy::elide(&id.value))
                        .label_msg(msg!("fynd-S007-etikett", id = id.value)),
                );
            }
        }
    }
}

declare_rule! {
    S008 InvalidPersonnummer reads_personal
    fn check(ctx, out) {
        if let Some(p) = &ctx.plan.individual.personnummer {
            if let Err(e) = Personnummer::parse(&p.value, ctx.today) {
                // v3: a samordningsnummer (day + 60) is folkbokföringslagen 18 a §, a
                // personnummer 18 §.
                let source = if is_coordination_number(&p.value) {
                    "Folkbokföringslagen (1991:481) 18 a § (samordningsnummer); SKV 707"
                } else {
                    "Folkbokföringslagen (1991:481) 18 § (personnummer); SKV 704"
                };
                out.push(
                    // Neither the number nor the digit that would make it valid: the message goes
                    // to CI logs, and a typo'd personnummer plus its fix is a personnummer.
                    Finding::new(Code::S008, p.span)
                        .arg_lang("problem", |l| e.message(l))
                        .cite(source),
                );
            }
        }
    }
}

declare_rule! {
    S009 PersonalDataInPath reads_personal
    fn check(ctx, out) {
        let plan = ctx.plan;
        // `git mv` to `<id>.yaml` at the folder's top, unless that is where the file is, or the
        // id itself carries the name or number (then only a new id helps, and no command gives one).
        let target = format!("{}.yaml", plan.id_or_placeholder());
        let target_is_clean = target != ctx.rel_path
            && !plan.individual.name.as_ref().is_some_and(|n| name_in_path(&n.value, &target))
            && !plan.individual.personnummer.as_ref().is_some_and(|p| {
                Personnummer::parse(&p.value, ctx.today)
                    .is_ok_and(|pnr| pnr.spellings().iter().any(|s| target.contains(s.as_str())))
            });
        let help = |f: Finding| {
            if target_is_clean {
                f.help(format!("git mv {} {target}", ctx.rel_path))
            } else {
                f.note_msg(msg!("fynd-S009-not"))
            }
        };
        // Every spelling of a personnummer holds six digits in a row: most paths have none.
        if let Some(p) = &plan.individual.personnummer
            && has_digit_run(ctx.rel_path, 6)
        {
            if let Ok(pnr) = Personnummer::parse(&p.value, ctx.today) {
                let path_digits = ctx.rel_path;
                if pnr.spellings().iter().any(|s| path_digits.contains(s.as_str())) {
                    out.push(help(
                        Finding::new(Code::S009, p.span)
                            .arg("path", ctx.rel_path)
                            .arg_msg("what", msg!("fynd-S009-personnummer")),
                    ));
                }
            }
        }
        if let Some(name) = &plan.individual.name {
            if name_in_path(&name.value, ctx.rel_path) {
                out.push(help(
                    Finding::new(Code::S009, name.span)
                        .arg("path", ctx.rel_path)
                        .arg_msg("what", msg!("fynd-S009-namn")),
                ));
            }
        }
    }
}

/// Whether a written number, valid or not, reads as a samordningsnummer: its day digits are 61
/// or more (folkbokföringslagen 18 a §: "Siffrorna för dag ska adderas med 60").
fn is_coordination_number(s: &str) -> bool {
    let digits: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
    let day = match digits.len() {
        12 => &digits[6..8],
        10 => &digits[4..6],
        _ => return false,
    };
    (day[0] - b'0') * 10 + (day[1] - b'0') > 60
}

/// Whether `s` holds `n` ASCII digits in a row.
fn has_digit_run(s: &str, n: usize) -> bool {
    let mut run = 0;
    s.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run >= n
    })
}

/// Fold a text for name matching: lower case, å/ä → a, ö → o, é → e, and every separator
/// (space, `-`, `_`, `.`, `/`) to one space.
fn fold(s: &str) -> String {
    fn push(out: &mut String, c: char) {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ø' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            ' ' | '-' | '_' | '.' | '/' | '\\' => ' ',
            c => c,
        };
        if c == ' ' && out.ends_with(' ') {
            return;
        }
        out.push(c);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // Most of a path and a name is ASCII: no table lookup for it.
        if c.is_ascii() {
            push(&mut out, c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                push(&mut out, lower);
            }
        }
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

    #[test]
    fn coordination_numbers_by_their_day() {
        assert!(is_coordination_number("19870583-4820"));
        assert!(is_coordination_number("870583-4820"));
        assert!(!is_coordination_number("19870523-4824"));
        assert!(!is_coordination_number("19870560-4824"));
        assert!(is_coordination_number("19870561-4824"));
        assert!(!is_coordination_number("1987"));
        assert!(!is_coordination_number(""));
    }

    #[test]
    fn digit_runs() {
        assert!(has_digit_run("2026/19800101-1234.yaml", 6));
        assert!(has_digit_run("800101", 6));
        assert!(!has_digit_run("2026/sip-2026-12345.yaml", 6));
        assert!(!has_digit_run("", 6));
    }
}
