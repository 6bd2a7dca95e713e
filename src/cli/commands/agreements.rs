//! `sip agreements list|show|check`: the built-in agreements and the plan folder's own.

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use crate::cli::args::AgreementsCommand;
use crate::cli::{Ctx, ExitStatus, print};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::agreement::{Agreement, parse_agreement};
use crate::source::SourceFile;
use crate::workspace::render_toml_errors;

fn validity(a: &Agreement, lang: Lang) -> String {
    match (a.valid_from, a.valid_to) {
        (None, None) => t!(lang, "overenskommelse-tills-vidare"),
        (f, t) => format!(
            "{}–{}",
            f.map(|d| d.to_string()).unwrap_or_default(),
            t.map(|d| d.to_string()).unwrap_or_default()
        ),
    }
}

fn yes(b: bool, lang: Lang) -> String {
    if b {
        t!(lang, "overenskommelse-ja")
    } else {
        t!(lang, "overenskommelse-nej")
    }
}

fn show(a: &Agreement, lang: Lang) -> String {
    let mut s = format!("{} ({})\n", a.name, a.id);
    s.push_str(&format!(
        "{}: {}\n",
        t!(lang, "overenskommelse-kalla"),
        a.source.as_deref().unwrap_or("–")
    ));
    s.push_str(&format!(
        "{}: {}\n",
        t!(lang, "overenskommelse-giltig"),
        validity(a, lang)
    ));
    s.push_str(&format!(
        "{}: {}\n\n",
        t!(lang, "overenskommelse-ursprung"),
        a.origin
    ));
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    t.set_header(vec![
        "id".to_string(),
        t!(lang, "overenskommelse-namn"),
        t!(lang, "overenskommelse-typ"),
        t!(lang, "overenskommelse-far-kalla"),
        t!(lang, "overenskommelse-har-insatser"),
        t!(lang, "overenskommelse-overgripande-ansvar"),
    ]);
    for p in &a.parties {
        t.add_row(vec![
            p.id.clone(),
            p.name.clone(),
            p.kind.label(lang),
            yes(p.can_convene, lang),
            yes(p.has_interventions, lang),
            yes(p.can_hold_overall, lang),
        ]);
    }
    s.push_str(&format!("{t}\n\n"));
    let tg = &a.target_group;
    s.push_str(&format!("{}:\n", t!(lang, "overenskommelse-malgrupp")));
    let none = t!(lang, "overenskommelse-ingen-begransning");
    let line = |s: &mut String, label: String, value: String| {
        s.push_str(&format!("  {label}: {value}\n"));
    };
    line(
        &mut s,
        t!(lang, "overenskommelse-alder"),
        tg.age.map_or(none.clone(), |(a, b)| format!("{a}–{b}")),
    );
    line(
        &mut s,
        t!(lang, "overenskommelse-sysselsattning"),
        tg.occupations.as_ref().map_or(none.clone(), |v| {
            v.iter().map(|o| o.as_str()).collect::<Vec<_>>().join(", ")
        }),
    );
    line(
        &mut s,
        t!(lang, "overenskommelse-inriktning"),
        tg.focus.as_ref().map_or(none.clone(), |v| {
            v.iter().map(|o| o.as_str()).collect::<Vec<_>>().join(", ")
        }),
    );
    for p in &tg.priority {
        line(
            &mut s,
            t!(lang, "overenskommelse-prioriterad"),
            p.to_string(),
        );
    }
    let k = &a.invitation;
    s.push_str(&format!("{}:\n", t!(lang, "overenskommelse-kallelse")));
    line(
        &mut s,
        t!(lang, "overenskommelse-minsta-framforhallning"),
        k.min_notice_days.map_or(none.clone(), |d| {
            t!(lang, "overenskommelse-dagar", antal = d)
        }),
    );
    if let Some(d) = k.max_days_to_invitation {
        line(
            &mut s,
            t!(lang, "overenskommelse-langsta-tid"),
            t!(lang, "overenskommelse-dagar", antal = d),
        );
    }
    line(
        &mut s,
        t!(lang, "overenskommelse-kraver-syfte"),
        yes(k.requires_purpose, lang),
    );
    line(
        &mut s,
        t!(lang, "overenskommelse-kraver-fragestallningar"),
        yes(k.requires_questions, lang),
    );
    line(
        &mut s,
        t!(lang, "overenskommelse-digitala-system"),
        if k.approved_digital.is_empty() {
            none.clone()
        } else {
            k.approved_digital.join(", ")
        },
    );
    for (title, items) in [
        (
            t!(lang, "overenskommelse-dagordning-upprattande"),
            &a.agenda_initial,
        ),
        (
            t!(lang, "overenskommelse-dagordning-uppfoljning"),
            &a.agenda_follow_up,
        ),
    ] {
        if let Some(items) = items {
            s.push_str(&format!("{title}:\n"));
            for (i, item) in items.iter().enumerate() {
                s.push_str(&format!("  {}. {item}\n", i + 1));
            }
        }
    }
    s
}

pub fn run(ctx: &Ctx, cmd: AgreementsCommand) -> Result<ExitStatus> {
    let lang = ctx.lang;
    match cmd {
        AgreementsCommand::List => {
            let ws = ctx.workspace(None)?;
            let mut t = Table::new();
            t.load_preset(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic);
            t.set_header(vec![
                "id".to_string(),
                t!(lang, "overenskommelse-namn"),
                t!(lang, "overenskommelse-parter"),
                t!(lang, "overenskommelse-giltig"),
                t!(lang, "overenskommelse-ursprung"),
            ]);
            for a in &ws.agreements {
                t.add_row(vec![
                    a.id.clone(),
                    a.name.clone(),
                    a.party_ids().join(", "),
                    validity(a, lang),
                    a.origin.clone(),
                ]);
            }
            // 80 columns off a terminal (the terminal's width on one); the id, which people
            // copy, never wraps: the other columns do.
            if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                t.set_width(80);
            }
            crate::lists::render::no_wrap(&mut t, &[0]);
            print(&format!("{t}\n"))?;
            Ok(ExitStatus::Success)
        }
        AgreementsCommand::Show { id } => {
            let ws = ctx.workspace(None)?;
            let a = ws.agreement(&id).ok_or_else(|| {
                err!(
                    "overenskommelse-finns-inte",
                    id = id,
                    finns = ws.agreement_ids().join(", ")
                )
            })?;
            print(&show(a, lang))?;
            Ok(ExitStatus::Success)
        }
        AgreementsCommand::Check { file } => {
            // Capped as every other read: a link to /dev/zero or a huge file is refused.
            let bytes = crate::source::read_capped(&file).map_err(|e| Error::read(&file, e))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| err!("overenskommelse-inte-utf8", fil = file))?;
            let src = SourceFile::new(file.clone(), file.display().to_string(), text);
            match parse_agreement(&src, &src.display) {
                Ok(a) => {
                    if !ctx.quiet {
                        let valid = t!(
                            lang,
                            "overenskommelse-giltig-fil",
                            fil = src.display,
                            namn = a.name,
                            id = a.id
                        );
                        print(&format!("{valid}\n"))?;
                    }
                    Ok(ExitStatus::Success)
                }
                Err(errs) => {
                    print(&(render_toml_errors(&src, &errs, lang) + "\n"))?;
                    Ok(ExitStatus::Failure)
                }
            }
        }
    }
}
