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
        (None, None) => lang
            .pick("tills vidare", "until further notice")
            .to_string(),
        (f, t) => format!(
            "{}–{}",
            f.map(|d| d.to_string()).unwrap_or_default(),
            t.map(|d| d.to_string()).unwrap_or_default()
        ),
    }
}

fn yes(b: bool, lang: Lang) -> &'static str {
    match (b, lang) {
        (true, Lang::Sv) => "ja",
        (false, Lang::Sv) => "nej",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    }
}

fn show(a: &Agreement, lang: Lang) -> String {
    let l = |sv, en| lang.pick(sv, en);
    let mut s = format!("{} ({})\n", a.name, a.id);
    s.push_str(&format!(
        "{}: {}\n",
        l("Källa", "Source"),
        a.source.as_deref().unwrap_or("–")
    ));
    s.push_str(&format!(
        "{}: {}\n",
        l("Giltig", "Valid"),
        validity(a, lang)
    ));
    s.push_str(&format!("{}: {}\n\n", l("Ursprung", "Origin"), a.origin));
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    t.set_header(vec![
        "id",
        l("Namn", "Name"),
        l("Typ", "Type"),
        l("Får kalla", "May convene"),
        l("Har insatser", "Has interventions"),
        l("Övergripande ansvar", "Overall responsibility"),
    ]);
    for p in &a.parties {
        t.add_row(vec![
            p.id.clone(),
            p.name.clone(),
            p.kind.label(lang),
            yes(p.can_convene, lang).into(),
            yes(p.has_interventions, lang).into(),
            yes(p.can_hold_overall, lang).into(),
        ]);
    }
    s.push_str(&format!("{t}\n\n"));
    let tg = &a.target_group;
    s.push_str(&format!("{}:\n", l("Målgrupp", "Target group")));
    let none = l("ingen begränsning", "no restriction");
    s.push_str(&format!(
        "  {}: {}\n",
        l("ålder", "age"),
        tg.age.map_or(none.to_string(), |(a, b)| format!("{a}–{b}"))
    ));
    s.push_str(&format!(
        "  {}: {}\n",
        l("sysselsättning", "occupation"),
        tg.occupations.as_ref().map_or(none.to_string(), |v| v
            .iter()
            .map(|o| o.as_str())
            .collect::<Vec<_>>()
            .join(", "))
    ));
    s.push_str(&format!(
        "  {}: {}\n",
        l("inriktning", "focus"),
        tg.focus.as_ref().map_or(none.to_string(), |v| v
            .iter()
            .map(|o| o.as_str())
            .collect::<Vec<_>>()
            .join(", "))
    ));
    for p in &tg.priority {
        s.push_str(&format!("  {}: {p}\n", l("prioriterad", "priority")));
    }
    let k = &a.invitation;
    s.push_str(&format!("{}:\n", l("Kallelse", "Invitation")));
    s.push_str(&format!(
        "  {}: {}\n",
        l("minsta framförhållning", "minimum notice"),
        k.min_notice_days
            .map_or(none.to_string(), |d| format!("{d} {}", l("dagar", "days")))
    ));
    if let Some(d) = k.max_days_to_invitation {
        s.push_str(&format!(
            "  {}: {d} {}\n",
            l(
                "längsta tid till första kallelsen",
                "longest time to the first invitation"
            ),
            if d == 1 {
                l("dag", "day")
            } else {
                l("dagar", "days")
            }
        ));
    }
    s.push_str(&format!(
        "  {}: {}\n",
        l("kräver syfte", "requires purpose"),
        yes(k.requires_purpose, lang)
    ));
    s.push_str(&format!(
        "  {}: {}\n",
        l("kräver frågeställningar", "requires questions"),
        yes(k.requires_questions, lang)
    ));
    s.push_str(&format!(
        "  {}: {}\n",
        l("godkända digitala system", "approved digital systems"),
        if k.approved_digital.is_empty() {
            none.to_string()
        } else {
            k.approved_digital.join(", ")
        }
    ));
    for (title, items) in [
        (
            l("Dagordning, upprättande", "Agenda, drawing up the plan"),
            &a.agenda_initial,
        ),
        (
            l("Dagordning, uppföljning", "Agenda, follow-up"),
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
                "id",
                lang.pick("Namn", "Name"),
                lang.pick("Parter", "Parties"),
                lang.pick("Giltig", "Valid"),
                lang.pick("Ursprung", "Origin"),
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
                Error::msg(
                    format!(
                        "överenskommelsen `{id}` finns inte; finns: {}",
                        ws.agreement_ids().join(", ")
                    ),
                    format!(
                        "no agreement `{id}`; there are: {}",
                        ws.agreement_ids().join(", ")
                    ),
                )
            })?;
            print(&show(a, lang))?;
            Ok(ExitStatus::Success)
        }
        AgreementsCommand::Check { file } => {
            // Capped as every other read: a link to /dev/zero or a huge file is refused.
            let bytes = crate::source::read_capped(&file).map_err(|e| Error::read(&file, e))?;
            let text = String::from_utf8(bytes).map_err(|_| {
                Error::msg(
                    format!("{} är inte UTF-8", file.display()),
                    format!("{} is not UTF-8", file.display()),
                )
            })?;
            let src = SourceFile::new(file.clone(), file.display().to_string(), text);
            match parse_agreement(&src, &src.display) {
                Ok(a) => {
                    if !ctx.quiet {
                        print(&format!(
                            "{}: {} ({}) {}\n",
                            src.display,
                            a.name,
                            a.id,
                            lang.pick("är en giltig överenskommelse", "is a valid agreement")
                        ))?;
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
