//! `--format xlsx` for `list`, `followups` and `stats`: an Excel workbook through
//! `rust_xlsxwriter`. Cells are typed (dates as dates, counts as numbers, text as text — a text
//! cell is never read as a formula), each sheet has a bold header row frozen at the top with an
//! autofilter, and columns are as wide as their longest value. `stats` gives one sheet per table.
//! The workbook is bytes: the commands refuse to write it to a terminal.
//!
//! The `list` and `followups` sheets are made from the same row structs as the JSON and CSV
//! ([`PlanRow`], [`ItemRow`]): a column here names the JSON key it shows, with its heading and
//! its cell type; only the follow-ups' time of day is a column the JSON does not have.

use chrono::{Datelike, NaiveDate, Timelike};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::RenderOpts;
use super::followups::ItemRow;
use super::list::PlanRow;
use crate::i18n::Lang;
use crate::lists::AgeBand;
use crate::lists::followups::Item;
use crate::lists::list::Row;
use crate::lists::stats::{Split, Stats};

/// One cell of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum XCell {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    /// A time of day (Excel's fraction of a day, shown `hh:mm`).
    Time(chrono::NaiveTime),
    Empty,
}

impl XCell {
    fn text(s: impl Into<String>) -> XCell {
        XCell::Text(s.into())
    }
    /// Shown width in characters, for the column width.
    fn width(&self) -> usize {
        match self {
            XCell::Text(s) => s.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            XCell::Number(n) => n.to_string().len(),
            XCell::Date(_) => 10,
            XCell::Time(_) => 5,
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
    fn new(name: String, header: Vec<String>) -> Sheet {
        Sheet {
            name,
            header,
            rows: Vec::new(),
        }
    }
}

/// The widest column Excel is asked for, in characters.
const MAX_WIDTH: usize = 60;

fn write_sheet(ws: &mut Worksheet, sheet: &Sheet) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let time = Format::new().set_num_format("hh:mm");
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
                XCell::Time(t) => {
                    let t = ExcelDateTime::from_hms(
                        u16::try_from(t.hour()).unwrap_or(0),
                        u8::try_from(t.minute()).unwrap_or(0),
                        0,
                    )?;
                    ws.write_datetime_with_format(r, col(c), &t, &time)?;
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

/// How a column's JSON value becomes a cell.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Text,
    Number,
    Date,
}

/// A column of a sheet made from a row struct: the JSON key it shows, its heading (a message
/// id of `listor.ftl`), and its cell type.
struct Column {
    key: &'static str,
    heading: &'static str,
    kind: Kind,
}

const fn column(key: &'static str, heading: &'static str, kind: Kind) -> Column {
    Column { key, heading, kind }
}

/// The columns of `sip list`, in the order of [`PlanRow`].
const PLAN_COLUMNS: [Column; 9] = [
    column("id", "lista-kolumn-plan", Kind::Text),
    column("file", "lista-kolumn-fil", Kind::Text),
    column("individ", "lista-kolumn-individ", Kind::Text),
    column(
        "överenskommelse",
        "lista-kolumn-overenskommelse",
        Kind::Text,
    ),
    column("status", "lista-kolumn-status", Kind::Text),
    column(
        "övergripande_ansvar",
        "lista-kolumn-overgripande-ansvar",
        Kind::Text,
    ),
    column(
        "nästa_uppföljning",
        "lista-kolumn-nasta-uppfoljning",
        Kind::Date,
    ),
    column("fel", "lista-kolumn-fel", Kind::Number),
    column("varning", "lista-kolumn-varningar", Kind::Number),
];

/// The columns of `sip followups`, in the order of [`ItemRow`].
const ITEM_COLUMNS: [Column; 9] = [
    column("date", "lista-kolumn-datum", Kind::Date),
    column("days", "lista-kolumn-dagar", Kind::Number),
    column("plan", "lista-kolumn-plan", Kind::Text),
    column("individ", "lista-kolumn-individ", Kind::Text),
    column("kind", "lista-kolumn-slag", Kind::Text),
    column("text", "lista-kolumn-vad", Kind::Text),
    column("party", "lista-kolumn-part", Kind::Text),
    column("person", "lista-kolumn-person", Kind::Text),
    column("samtalsledare", "lista-kolumn-samtalsledare", Kind::Text),
];

/// A JSON value of a row struct as a cell of the column's type.
fn cell(v: Option<&serde_json::Value>, kind: Kind) -> XCell {
    use serde_json::Value;
    match (v, kind) {
        (None | Some(Value::Null), _) => XCell::Empty,
        (Some(Value::Number(n)), _) => n.as_f64().map_or(XCell::Empty, XCell::Number),
        (Some(Value::String(s)), Kind::Date) => s
            .parse::<NaiveDate>()
            .map_or_else(|_| XCell::text(s), XCell::Date),
        (Some(Value::String(s)), _) => XCell::text(s),
        (Some(v), _) => XCell::text(v.to_string()),
    }
}

/// A row struct's cells, in the order of `columns`.
fn cells(row: &impl serde::Serialize, columns: &[Column]) -> Vec<XCell> {
    let fields: std::collections::HashMap<String, serde_json::Value> =
        super::row_fields(row).into_iter().collect();
    columns
        .iter()
        .map(|c| cell(fields.get(c.key), c.kind))
        .collect()
}

fn headings(columns: &[Column], lang: Lang) -> Vec<String> {
    columns.iter().map(|c| t!(lang, c.heading)).collect()
}

/// `sip list`: one sheet, one row per plan.
pub fn list(rows: &[Row], lang: Lang) -> Vec<Sheet> {
    let mut s = Sheet::new(t!(lang, "lista-blad-planer"), headings(&PLAN_COLUMNS, lang));
    for r in rows {
        s.rows.push(cells(&PlanRow::of(r), &PLAN_COLUMNS));
    }
    vec![s]
}

/// `sip followups`: one sheet, one row per item; after the date, the time of day of a meeting.
pub fn followups(items: &[Item], lang: Lang) -> Vec<Sheet> {
    let mut header = headings(&ITEM_COLUMNS, lang);
    header.insert(1, t!(lang, "lista-kolumn-tid"));
    let mut s = Sheet::new(t!(lang, "lista-blad-uppfoljning"), header);
    for i in items {
        let mut row = cells(&ItemRow::of(i), &ITEM_COLUMNS);
        let time = i.time.map_or(XCell::Empty, XCell::Time);
        row.insert(1, time);
        s.rows.push(row);
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

fn breakdown_sheet(name: String, rows: &[(String, Split)], lang: Lang, sup: bool) -> Sheet {
    let mut header = vec![
        t!(lang, "lista-kolumn-kategori"),
        t!(lang, "lista-kolumn-totalt"),
        t!(lang, "lista-kolumn-kvinnor"),
        t!(lang, "lista-kolumn-man"),
        t!(lang, "lista-kolumn-annat"),
        t!(lang, "lista-kolumn-kon-saknas"),
    ];
    header.extend(AgeBand::ALL.iter().map(|a| a.label(lang)));
    let mut s = Sheet::new(name, header);
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
        t!(lang, "lista-blad-oversikt"),
        vec![
            t!(lang, "lista-kolumn-uppgift"),
            t!(lang, "lista-kolumn-varde"),
        ],
    );
    let opt = |v: Option<f64>| v.map_or(XCell::Empty, XCell::Number);
    overview.rows = vec![
        vec![
            XCell::text(t!(lang, "lista-oversikt-dagens-datum")),
            XCell::Date(st.today),
        ],
        vec![
            XCell::text(t!(lang, "lista-oversikt-initierade-fran")),
            st.from.map_or(XCell::Empty, XCell::Date),
        ],
        vec![
            XCell::text(t!(lang, "lista-oversikt-initierade-till")),
            st.to.map_or(XCell::Empty, XCell::Date),
        ],
        vec![
            XCell::text(t!(lang, "lista-statistik-planer")),
            XCell::Number(st.plans.total as f64),
        ],
        vec![
            XCell::text(t!(lang, "lista-statistik-insatser")),
            XCell::Number(st.interventions.total as f64),
        ],
        vec![
            XCell::text(t!(lang, "lista-statistik-andel-i-tid")),
            opt(super::stats::share(st, sup)),
        ],
        vec![
            XCell::text(t!(lang, "lista-statistik-forsta-mote")),
            count(st.first_meeting_plans, sup),
        ],
        vec![
            XCell::text(t!(lang, "lista-statistik-median")),
            opt(super::stats::median(st, sup)),
        ],
        vec![
            XCell::text(t!(lang, "lista-oversikt-doljs")),
            XCell::text(if sup {
                t!(lang, "lista-ja")
            } else {
                t!(lang, "lista-nej")
            }),
        ],
    ];
    let mut sheets = vec![overview];
    let all_plans = [(t!(lang, "lista-statistik-alla"), st.plans.clone())];
    let all_interventions = [(t!(lang, "lista-statistik-alla"), st.interventions.clone())];
    sheets.push(breakdown_sheet(
        t!(lang, "lista-blad-planer"),
        &all_plans,
        lang,
        sup,
    ));
    let mut interventions_done = false;
    for t in super::stats::tables(st) {
        if t.counts == super::stats::Counts::Interventions && !interventions_done {
            interventions_done = true;
            sheets.push(breakdown_sheet(
                t!(lang, "lista-blad-insatser"),
                &all_interventions,
                lang,
                sup,
            ));
        }
        sheets.push(breakdown_sheet(
            t!(lang, t.sheet),
            &t.breakdown.rows,
            lang,
            sup,
        ));
    }
    sheets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_fit_excel() {
        let st = crate::lists::stats::fold([], NaiveDate::MIN, None, None);
        let ids = super::super::stats::tables(&st).map(|t| t.sheet);
        let fixed = [
            "lista-blad-planer",
            "lista-blad-uppfoljning",
            "lista-blad-oversikt",
            "lista-blad-insatser",
        ];
        for id in ids.iter().chain(&fixed) {
            for lang in [Lang::Sv, Lang::En] {
                assert!(crate::i18n::has(lang, id), "{id}");
                let name = t!(lang, id);
                assert!(name.chars().count() <= 31, "{name}");
                assert!(
                    !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
                    "{name}"
                );
            }
        }
    }

    /// Every column heading is a message in both languages.
    #[test]
    fn every_column_heading_is_a_message() {
        for c in PLAN_COLUMNS.iter().chain(&ITEM_COLUMNS) {
            for lang in [Lang::Sv, Lang::En] {
                assert!(crate::i18n::has(lang, c.heading), "{}", c.heading);
            }
        }
    }

    /// A sheet made from a row struct shows every key of its JSON, in the JSON's order.
    #[test]
    fn the_list_sheets_have_the_json_keys_as_columns() {
        let keys = |cols: &[Column]| cols.iter().map(|c| c.key.to_string()).collect::<Vec<_>>();
        assert_eq!(keys(&PLAN_COLUMNS), super::super::row_keys::<PlanRow>());
        assert_eq!(keys(&ITEM_COLUMNS), super::super::row_keys::<ItemRow>());
    }

    #[test]
    fn widths_count_characters() {
        assert_eq!(XCell::text("åäö").width(), 3);
        assert_eq!(XCell::Date(NaiveDate::MIN).width(), 10);
    }
}
