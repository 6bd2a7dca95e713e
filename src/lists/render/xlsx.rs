//! `--format xlsx` for `list`, `followups` and `stats`: an Excel workbook through
//! `rust_xlsxwriter`. Cells are typed (dates as dates, counts as numbers, text as text — a text
//! cell is never read as a formula), each sheet has a bold header row frozen at the top with an
//! autofilter, and columns are as wide as their longest value. `stats` gives one sheet per table.
//! The workbook is bytes: the commands refuse to write it to a terminal.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::RenderOpts;
use crate::i18n::Lang;
use crate::lists::AgeBand;
use crate::lists::followups::Item;
use crate::lists::list::Row;
use crate::lists::stats::{Breakdown, Split, Stats};

/// One cell of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum XCell {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Empty,
}

impl XCell {
    fn text(s: impl Into<String>) -> XCell {
        XCell::Text(s.into())
    }
    fn opt_text(s: Option<&str>) -> XCell {
        s.map_or(XCell::Empty, XCell::text)
    }
    /// Shown width in characters, for the column width.
    fn width(&self) -> usize {
        match self {
            XCell::Text(s) => s.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            XCell::Number(n) => n.to_string().len(),
            XCell::Date(_) => 10,
            XCell::Empty => 0,
        }
    }
}

/// One sheet: its name (at most 31 characters, none of `[]:*?/\`), a header and the rows.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<XCell>>,
}

impl Sheet {
    fn new(name: &str, header: &[&str]) -> Sheet {
        Sheet {
            name: name.to_string(),
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }
}

/// The widest column Excel is asked for, in characters.
const MAX_WIDTH: usize = 60;

fn write_sheet(ws: &mut Worksheet, sheet: &Sheet) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    ws.set_name(&sheet.name)?;
    let mut widths: Vec<usize> = sheet.header.iter().map(|h| h.chars().count()).collect();
    for (c, h) in sheet.header.iter().enumerate() {
        ws.write_string_with_format(0, col(c), h, &bold)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(c) {
                *w = (*w).max(cell.width());
            }
            match cell {
                XCell::Text(s) => {
                    ws.write_string(r, col(c), s)?;
                }
                XCell::Number(n) => {
                    ws.write_number(r, col(c), *n)?;
                }
                XCell::Date(d) => {
                    let d = ExcelDateTime::from_ymd(
                        u16::try_from(d.year()).unwrap_or(1900),
                        u8::try_from(d.month()).unwrap_or(1),
                        u8::try_from(d.day()).unwrap_or(1),
                    )?;
                    ws.write_datetime_with_format(r, col(c), &d, &date)?;
                }
                XCell::Empty => {}
            }
        }
    }
    for (c, w) in widths.iter().enumerate() {
        let w = (*w).clamp(4, MAX_WIDTH) + 2;
        ws.set_column_width(col(c), w as f64)?;
    }
    ws.set_freeze_panes(1, 0)?;
    if !sheet.rows.is_empty() && !sheet.header.is_empty() {
        let last_row = u32::try_from(sheet.rows.len()).unwrap_or(u32::MAX);
        ws.autofilter(0, 0, last_row, col(sheet.header.len() - 1))?;
    }
    Ok(())
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// The workbook's bytes.
pub fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    for sheet in sheets {
        write_sheet(wb.add_worksheet(), sheet)?;
    }
    wb.save_to_buffer()
}

/// `sip list`: one sheet, one row per plan.
pub fn list(rows: &[Row], lang: Lang) -> Vec<Sheet> {
    let mut s = Sheet::new(
        lang.pick("Planer", "Plans"),
        &[
            "Plan",
            lang.pick("Fil", "File"),
            lang.pick("Individ", "Individual"),
            lang.pick("Överenskommelse", "Agreement"),
            "Status",
            lang.pick("Övergripande ansvar", "Overall responsibility"),
            lang.pick("Nästa uppföljning", "Next follow-up"),
            lang.pick("Fel", "Errors"),
            lang.pick("Varningar", "Warnings"),
        ],
    );
    for r in rows {
        s.rows.push(vec![
            XCell::text(&r.id),
            XCell::text(&r.file),
            XCell::opt_text(r.individual.as_deref()),
            XCell::opt_text(r.agreement.as_deref()),
            XCell::opt_text(r.status.map(|st| st.as_str())),
            XCell::opt_text(r.overall_party.as_deref()),
            r.next_follow_up.map_or(XCell::Empty, XCell::Date),
            XCell::Number(r.errors as f64),
            XCell::Number(r.warnings as f64),
        ]);
    }
    vec![s]
}

/// `sip followups`: one sheet, one row per item.
pub fn followups(items: &[Item], lang: Lang) -> Vec<Sheet> {
    let mut s = Sheet::new(
        lang.pick("Uppföljning", "Follow-ups"),
        &[
            lang.pick("Datum", "Date"),
            lang.pick("Tid", "Time"),
            lang.pick("Dagar", "Days"),
            "Plan",
            lang.pick("Individ", "Individual"),
            lang.pick("Slag", "Kind"),
            lang.pick("Vad", "What"),
            lang.pick("Part", "Party"),
            lang.pick("Person", "Person"),
            lang.pick("Samtalsledare", "Meeting leader"),
        ],
    );
    for i in items {
        s.rows.push(vec![
            XCell::Date(i.date),
            i.time
                .map_or(XCell::Empty, |t| XCell::text(t.format("%H:%M").to_string())),
            XCell::Number(i.days as f64),
            XCell::text(&i.plan),
            XCell::text(&i.individual),
            XCell::text(i.kind.as_str()),
            XCell::text(&i.text),
            XCell::opt_text(i.party.as_deref()),
            XCell::opt_text(i.person.as_deref()),
            XCell::opt_text(i.meeting_leader.as_deref()),
        ]);
    }
    vec![s]
}

/// A count after disclosure control: a number, or the text `<5`.
fn count(n: u64, sup: bool) -> XCell {
    if sup && (1..=4).contains(&n) {
        XCell::text("<5")
    } else {
        XCell::Number(n as f64)
    }
}

fn breakdown_sheet(name: &str, rows: &[(String, Split)], lang: Lang, sup: bool) -> Sheet {
    let mut header = vec![
        lang.pick("Kategori", "Category"),
        lang.pick("Totalt", "Total"),
        lang.pick("Kvinnor", "Women"),
        lang.pick("Män", "Men"),
        lang.pick("Annat", "Other"),
        lang.pick("Kön saknas", "Gender not stated"),
    ];
    header.extend(AgeBand::ALL.iter().map(|a| a.label(lang)));
    let mut s = Sheet::new(name, &header);
    for (k, split) in rows {
        let mut row = vec![
            XCell::text(super::stats::label(k, lang)),
            count(split.total, sup),
        ];
        row.extend(split.gender.iter().map(|n| count(*n, sup)));
        row.extend(split.age.iter().map(|n| count(*n, sup)));
        s.rows.push(row);
    }
    s
}

/// `sip stats`: an overview sheet, then one sheet per table, counts suppressed as in the table.
pub fn stats(st: &Stats, o: &RenderOpts, sup: bool) -> Vec<Sheet> {
    let lang = o.lang;
    let mut overview = Sheet::new(
        lang.pick("Översikt", "Overview"),
        &[lang.pick("Uppgift", "Item"), lang.pick("Värde", "Value")],
    );
    let opt = |v: Option<f64>| v.map_or(XCell::Empty, XCell::Number);
    overview.rows = vec![
        vec![
            XCell::text(lang.pick("Dagens datum", "Today")),
            XCell::Date(st.today),
        ],
        vec![
            XCell::text(lang.pick("Initierade från", "Initiated from")),
            st.from.map_or(XCell::Empty, XCell::Date),
        ],
        vec![
            XCell::text(lang.pick("Initierade till", "Initiated to")),
            st.to.map_or(XCell::Empty, XCell::Date),
        ],
        vec![
            XCell::text(lang.pick("Planer", "Plans")),
            XCell::Number(st.plans.total as f64),
        ],
        vec![
            XCell::text(lang.pick("Insatser", "Interventions")),
            XCell::Number(st.interventions.total as f64),
        ],
        vec![
            XCell::text(lang.pick(
                "Andel pågående planer med uppföljning i tid",
                "Share of active plans with follow-up on time",
            )),
            opt(super::stats::share(st, sup)),
        ],
        vec![
            XCell::text(lang.pick(
                "Planer med första hållna möte",
                "Plans with a first held meeting",
            )),
            count(st.first_meeting_plans, sup),
        ],
        vec![
            XCell::text(lang.pick(
                "Median, dagar från initiering till första hållna möte",
                "Median days from initiation to the first held meeting",
            )),
            opt(super::stats::median(st, sup)),
        ],
        vec![
            XCell::text(lang.pick("Antal 1–4 visas som <5", "Counts of 1–4 shown as <5")),
            XCell::text(if sup {
                lang.pick("ja", "yes")
            } else {
                lang.pick("nej", "no")
            }),
        ],
    ];
    let mut sheets = vec![overview];
    let all_plans = [(lang.pick("alla", "all").to_string(), st.plans.clone())];
    let all_interventions = [(
        lang.pick("alla", "all").to_string(),
        st.interventions.clone(),
    )];
    sheets.push(breakdown_sheet(
        lang.pick("Planer", "Plans"),
        &all_plans,
        lang,
        sup,
    ));
    let tables: [(&str, &str, &Breakdown); 8] = [
        ("Status", "Status", &st.by_status),
        ("Överenskommelse", "Agreement", &st.by_agreement),
        (
            "Initierande part",
            "Initiating party",
            &st.by_initiating_party,
        ),
        (
            "Övergripande ansvar",
            "Overall responsibility",
            &st.by_overall_party,
        ),
        (
            "Insatser efter huvudman",
            "Interventions by party",
            &st.interventions_by_party,
        ),
        (
            "Insatser efter status",
            "Interventions by status",
            &st.interventions_by_status,
        ),
        ("Uppföljning", "Follow-up", &st.follow_up),
        ("Avslutsorsak", "Closing reason", &st.closing_reasons),
    ];
    for (i, (sv, en, b)) in tables.into_iter().enumerate() {
        if i == 4 {
            sheets.push(breakdown_sheet(
                lang.pick("Insatser", "Interventions"),
                &all_interventions,
                lang,
                sup,
            ));
        }
        sheets.push(breakdown_sheet(lang.pick(sv, en), &b.rows, lang, sup));
    }
    sheets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_fit_excel() {
        for name in [
            "Insatser efter huvudman",
            "Interventions by status",
            "Övergripande ansvar",
            "Overall responsibility",
        ] {
            assert!(name.chars().count() <= 31);
            assert!(!name.contains(['[', ']', ':', '*', '?', '/', '\\']));
        }
    }

    #[test]
    fn widths_count_characters() {
        assert_eq!(XCell::text("åäö").width(), 3);
        assert_eq!(XCell::Date(NaiveDate::MIN).width(), 10);
    }
}
