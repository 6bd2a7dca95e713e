//! The folder-wide follow-up list as table, JSON (`{"version": 1, "today", "items"}`)
//! and CSV (the JSON item keys as header, one row per item: both are [`ItemRow`], as is the
//! XLSX sheet). iCalendar is `ics.rs`.

use serde::Serialize;

use super::{RenderOpts, SeqOf, party_person, table_text};
use crate::i18n::Lang;
use crate::lists::followups::Item;

/// One item as the JSON has it, for JSON, CSV and XLSX.
#[derive(Serialize, Default)]
pub struct ItemRow<'a> {
    date: String,
    days: i64,
    plan: &'a str,
    individ: &'a str,
    kind: &'static str,
    text: &'a str,
    party: Option<&'a str>,
    person: Option<&'a str>,
    samtalsledare: Option<&'a str>,
}

impl<'a> ItemRow<'a> {
    pub fn of(i: &'a Item) -> ItemRow<'a> {
        ItemRow {
            date: i.date.to_string(),
            days: i.days,
            plan: &i.plan,
            individ: &i.individual,
            kind: i.kind.as_str(),
            text: &i.text,
            party: i.party.as_deref(),
            person: i.person.as_deref(),
            samtalsledare: i.meeting_leader.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct Output<'u, I> {
    version: u32,
    today: String,
    items: I,
    unreadable: Vec<super::UnreadableJson<'u>>,
}

/// The JSON, written as it is serialized.
pub fn write_json(
    out: &mut dyn std::io::Write,
    items: &[Item],
    unreadable: &[crate::check::Unreadable],
    o: &RenderOpts,
) -> std::io::Result<()> {
    super::write_json(
        out,
        &Output {
            version: 1,
            today: o.today.to_string(),
            items: SeqOf::new(items.iter().map(ItemRow::of)),
            unreadable: super::unreadable_json(unreadable, o.lang),
        },
    )
}

/// The CSV: the JSON item keys as header, one row per item.
pub fn csv(out: &mut dyn std::io::Write, items: &[Item]) -> std::io::Result<()> {
    super::write_csv_rows(out, items.iter().map(ItemRow::of))
}

/// The "what" column: the text, marked when overdue.
pub fn what(i: &Item, lang: Lang) -> String {
    if i.is_overdue() {
        t!(lang, "lista-vad-forsenad", text = i.text)
    } else {
        i.text.clone()
    }
}

/// The days column: `-11 !` when overdue.
pub fn days(i: &Item) -> String {
    if i.is_overdue() {
        format!("{} !", i.days)
    } else {
        i.days.to_string()
    }
}

/// The table. On a narrow terminal (under 120 columns) what belongs to the plan — its id, the
/// individual and the samtalsledare — shares one cell, one per line, so that the rest still
/// fits 80 columns.
pub fn table(out: &mut dyn std::io::Write, items: &[Item], o: &RenderOpts) -> std::io::Result<()> {
    super::write_text(out, &table_of(items, o))
}

fn table_of(items: &[Item], o: &RenderOpts) -> String {
    let lang = o.lang;
    if items.is_empty() {
        return format!("{}\n", t!(lang, "lista-inget-att-folja-upp"));
    }
    let probe = o.table(&[]);
    let narrow = o.is_narrow(&probe);
    let mut header = vec![
        t!(lang, "lista-kolumn-datum"),
        t!(lang, "lista-kolumn-dagar"),
    ];
    if narrow {
        header.push(t!(lang, "lista-kolumn-plan-individ-samtalsledare"));
    } else {
        header.extend([
            t!(lang, "lista-kolumn-plan"),
            t!(lang, "lista-kolumn-individ"),
        ]);
    }
    header.extend([
        t!(lang, "lista-kolumn-vad"),
        t!(lang, "lista-kolumn-ansvarig"),
    ]);
    if !narrow {
        header.push(t!(lang, "lista-kolumn-samtalsledare"));
    }
    let mut t = o.table_with(&header);
    if narrow {
        // Rows of several lines read better with a blank line between them.
        t.set_style(comfy_table::TableComponent::HorizontalLines, ' ');
        t.set_style(comfy_table::TableComponent::MiddleIntersections, ' ');
    }
    super::no_wrap(&mut t, &[0, 1, 2]);
    super::align_right(&mut t, &[1]);
    for i in items {
        let late = i.is_overdue();
        let mut row = vec![o.cell(i.date, late), o.cell(days(i), late)];
        let leader = super::or_dash(i.meeting_leader.as_deref());
        if narrow {
            let cell = format!("{}\n{}\n{leader}", i.plan, i.individual);
            row.push(o.cell(cell, late));
        } else {
            row.push(o.cell(&i.plan, late));
            row.push(o.cell(&i.individual, late));
        }
        row.extend([
            o.cell(what(i, lang), late),
            o.cell(party_person(i.party.as_deref(), i.person.as_deref()), late),
        ]);
        if !narrow {
            row.push(o.cell(leader, late));
        }
        t.add_row(row);
    }
    let late = items.iter().filter(|i| i.is_overdue()).count();
    let mut out = table_text(&t);
    out.push('\n');
    out.push_str(&t!(
        lang,
        "lista-uppfoljning-summering",
        antal = items.len(),
        forsenade = late
    ));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The summary under the table, and the gallring item, in the right plural.
    #[test]
    fn counts_in_the_plural() {
        let sum = |lang, antal: usize, forsenade: usize| {
            t!(
                lang,
                "lista-uppfoljning-summering",
                antal = antal,
                forsenade = forsenade
            )
        };
        assert_eq!(sum(Lang::Sv, 1, 1), "1 punkt, varav 1 försenad.");
        assert_eq!(sum(Lang::Sv, 3, 0), "3 punkter, varav 0 försenade.");
        assert_eq!(sum(Lang::En, 1, 1), "1 item, 1 overdue.");
        let gallras =
            |lang, ar: u32| t!(lang, "lista-punkt-gallras", sista = "2020-01-31", ar = ar);
        assert_eq!(
            gallras(Lang::En, 1),
            "Due for gallring: last entry 2020-01-31, 1 year (sip gallra)"
        );
        assert_eq!(
            gallras(Lang::Sv, 10),
            "Gallras: sista anteckning 2020-01-31, 10 år (sip gallra)"
        );
    }

    /// The CSV header is the JSON keys of an item, in their order.
    #[test]
    fn the_csv_header_is_the_json_keys() {
        let keys = "date,days,plan,individ,kind,text,party,person,samtalsledare";
        let text = super::super::tests::written(|w| csv(w, &[]));
        assert_eq!(text, format!("{keys}\r\n"));
        assert_eq!(super::super::row_keys::<ItemRow>().join(","), keys);
    }
}
