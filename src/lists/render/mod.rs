//! Printing the lists: table (comfy-table, fitted to the terminal), JSON (dedicated serde
//! structs), CSV (the `csv` crate) and iCalendar (the `icalendar` crate). Renderers
//! never read a plan or decide what is due: they print the rows `lists` computed.
//!
//! A list's row struct is written once: JSON serializes it, and CSV and XLSX read the same
//! serialization ([`row_fields`]), so a CSV header is the JSON keys and a cell the JSON value.
//!
//! Every renderer writes to a `&mut dyn Write` and returns what the writing did: the command
//! decides where the output goes and what a failed write means (a closed pipe is no failure).
//! JSON and CSV are written row by row; a table is laid out whole (its column widths depend on
//! every row), then written.

use comfy_table::{Cell, Color, ContentArrangement, Table, TableComponent};

use crate::i18n::Lang;

pub mod checklist;
pub mod followups;
pub mod ics;
pub mod list;
pub mod stats;
pub mod xlsx;

/// What every renderer needs to know.
#[derive(Clone, Copy, Debug)]
pub struct RenderOpts {
    pub lang: Lang,
    pub today: chrono::NaiveDate,
    /// Colour on (decided once from --color, NO_COLOR and the terminal).
    pub color: bool,
    /// The table width: `None` fits the terminal (stdout is one), else this many columns.
    pub width: Option<u16>,
}

impl RenderOpts {
    /// [`RenderOpts::table`] with headings made at run time (from the message files).
    pub fn table_with(&self, header: &[String]) -> Table {
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        self.table(&header)
    }

    /// A table without outer borders, a rule under the header, fitted to the width.
    pub fn table(&self, header: &[&str]) -> Table {
        let mut t = Table::new();
        t.load_preset(comfy_table::presets::NOTHING);
        for c in [
            TableComponent::LeftBorder,
            TableComponent::RightBorder,
            TableComponent::TopBorder,
            TableComponent::BottomBorder,
            TableComponent::TopLeftCorner,
            TableComponent::TopRightCorner,
            TableComponent::BottomLeftCorner,
            TableComponent::BottomRightCorner,
            TableComponent::LeftBorderIntersections,
            TableComponent::RightBorderIntersections,
            TableComponent::TopBorderIntersections,
            TableComponent::BottomBorderIntersections,
            TableComponent::LeftHeaderIntersection,
            TableComponent::RightHeaderIntersection,
            TableComponent::HorizontalLines,
            TableComponent::MiddleIntersections,
        ] {
            t.remove_style(c);
        }
        t.set_style(TableComponent::HeaderLines, '─');
        t.set_style(TableComponent::MiddleHeaderIntersections, '─');
        t.set_content_arrangement(ContentArrangement::Dynamic);
        // Fix the width now: styling is decided below and may turn off terminal detection.
        // A terminal that reports no width (0 columns) gets the 80 a pipe gets.
        let width = self
            .width
            .or_else(|| t.width().filter(|w| *w >= 20))
            .unwrap_or(80);
        t.set_width(width);
        if self.color {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        t.set_header(header.iter().map(Cell::new));
        // Two spaces between columns, none at the edges.
        for c in t.column_iter_mut() {
            c.set_padding((0, 1));
        }
        t
    }

    /// Whether the table is narrow (a common 80-column terminal): lists then merge columns.
    pub fn is_narrow(&self, t: &Table) -> bool {
        t.width().filter(|w| *w >= 20).unwrap_or(80) < 120
    }

    /// A cell, red when `alert` and colour is on. Every table cell is made here, so this is where
    /// control characters in plan text become visible (`␛`), terminal or not.
    pub fn cell(&self, text: impl ToString, alert: bool) -> Cell {
        let c = Cell::new(crate::privacy::visible(&text.to_string()));
        if alert && self.color {
            c.fg(Color::Red)
        } else {
            c
        }
    }
}

/// Keep these columns as wide as their content (dates, ids, numbers never wrap).
pub fn no_wrap(t: &mut Table, cols: &[usize]) {
    for &c in cols {
        if let Some(col) = t.column_mut(c) {
            col.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
        }
    }
}

/// Right-align these columns (numbers).
pub fn align_right(t: &mut Table, cols: &[usize]) {
    for &c in cols {
        if let Some(col) = t.column_mut(c) {
            col.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
}

/// A hyphenated id split over lines at its hyphens so that no line is longer than `max`
/// (`samsip-sodra-lappland` → `samsip-sodra-` / `lappland`): comfy-table wraps only at spaces.
pub fn wrap_id(id: &str, max: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for part in id.split('-') {
        if line.is_empty() {
            line.push_str(part);
        } else if line.chars().count() + 1 + part.chars().count() <= max {
            line.push('-');
            line.push_str(part);
        } else {
            line.push('-');
            lines.push(std::mem::take(&mut line));
            line.push_str(part);
        }
    }
    lines.push(line);
    lines.join("\n")
}

/// A table as text: each line without trailing spaces, ending in a newline.
pub fn table_text(t: &Table) -> String {
    let mut out = String::new();
    for line in t.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A CSV cell that a spreadsheet cannot take as a formula (OWASP "CSV Injection"): a
/// cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`. Every CSV cell goes
/// through here, so `=HYPERLINK(…)` in a plan is text in Excel, never a link or a command.
/// One exception: a negative number (`-11`, the days of an overdue item) stays a number, since
/// digits alone are no formula and a spreadsheet should still sort and sum them.
/// Control characters in a cell become visible too (`␛`): a CSV printed to a terminal must not
/// clear the screen.
pub fn csv_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    let neutral = neutralize(cell);
    match crate::privacy::visible(&neutral) {
        std::borrow::Cow::Borrowed(_) => neutral,
        std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(o),
    }
}

fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    let negative_number = cell.strip_prefix('-').is_some_and(|d| {
        !d.is_empty()
            && d.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && d.bytes().filter(|b| *b == b'.').count() <= 1
            && d.as_bytes()[0].is_ascii_digit()
    });
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !negative_number {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// CSV from a header and rows, each cell through [`csv_cell`], written as it goes.
pub fn write_csv(
    out: &mut dyn std::io::Write,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> std::io::Result<()> {
    // RFC 4180: every record ends in CRLF.
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(header.iter().map(|c| csv_cell(c).into_owned()))
        .map_err(csv_error)?;
    for r in rows {
        w.write_record(r.iter().map(|c| csv_cell(c).into_owned()))
            .map_err(csv_error)?;
    }
    w.flush()
}

/// A failed CSV write: the csv crate's writer fails only in writing.
fn csv_error(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// A whole text (a table laid out at once) to the writer.
pub fn write_text(out: &mut dyn std::io::Write, text: &str) -> std::io::Result<()> {
    out.write_all(text.as_bytes())
}

/// The keys and values of a row struct as its JSON has them, in its order.
pub fn row_fields(row: &impl serde::Serialize) -> Vec<(String, serde_json::Value)> {
    match serde_json::to_value(row) {
        Ok(serde_json::Value::Object(m)) => m.into_iter().collect(),
        _ => Vec::new(),
    }
}

/// The JSON keys of a row struct (read from its default value, so also with no rows).
pub fn row_keys<T: serde::Serialize + Default>() -> Vec<String> {
    row_fields(&T::default())
        .into_iter()
        .map(|(k, _)| k)
        .collect()
}

/// A JSON value as a CSV cell: a string as it is, a number as JSON writes it, null empty.
fn cell_text(v: serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s,
        serde_json::Value::Null => String::new(),
        v => v.to_string(),
    }
}

/// CSV of row structs: the header is the struct's JSON keys, a cell its JSON value.
pub fn write_csv_rows<T: serde::Serialize + Default>(
    out: &mut dyn std::io::Write,
    rows: impl IntoIterator<Item = T>,
) -> std::io::Result<()> {
    let header = row_keys::<T>();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    write_csv(
        out,
        &header,
        rows.into_iter().map(|r| {
            row_fields(&r)
                .into_iter()
                .map(|(_, v)| cell_text(v))
                .collect()
        }),
    )
}

/// Pretty JSON with a final newline, written straight to `out`: a list of 100,000 plans is
/// never held as one string.
pub fn write_json(out: &mut dyn std::io::Write, v: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, v)?;
    out.write_all(b"\n")
}

/// One entry of the `unreadable` array: a file the list could not read, and why.
#[derive(serde::Serialize)]
pub struct UnreadableJson<'a> {
    pub file: &'a str,
    pub reason: &'a str,
}

/// The `unreadable` array in the chosen language.
pub fn unreadable_json(list: &[crate::check::Unreadable], lang: Lang) -> Vec<UnreadableJson<'_>> {
    list.iter()
        .map(|u| UnreadableJson {
            file: &u.file,
            reason: u.reason.get(lang),
        })
        .collect()
}

/// A JSON array serialized from an iterator as it goes, without collecting it first.
pub struct SeqOf<I>(std::cell::RefCell<Option<I>>);

impl<I> SeqOf<I> {
    pub fn new(items: I) -> Self {
        SeqOf(std::cell::RefCell::new(Some(items)))
    }
}

impl<I, T> serde::Serialize for SeqOf<I>
where
    I: Iterator<Item = T>,
    T: serde::Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.borrow_mut().take() {
            Some(items) => serializer.collect_seq(items),
            None => serializer.collect_seq(std::iter::empty::<T>()),
        }
    }
}

/// An optional value for a table cell: the value or a dash.
pub fn or_dash(v: Option<&str>) -> String {
    v.filter(|s| !s.is_empty()).unwrap_or("–").to_string()
}

/// "party, person", "party", "person" or a dash.
pub fn party_person(party: Option<&str>, person: Option<&str>) -> String {
    match (party, person) {
        (Some(p), Some(n)) => format!("{p}, {n}"),
        (Some(p), None) => p.to_string(),
        (None, Some(n)) => n.to_string(),
        (None, None) => "–".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a renderer writes, as text.
    pub fn written(render: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> String {
        let mut out = Vec::new();
        render(&mut out).expect("writing to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn csv_cells_never_start_a_formula() {
        let out = written(|w| {
            write_csv(
                w,
                &["a"],
                [
                    "=HYPERLINK(\"http://x\")",
                    "+1",
                    "-2+3",
                    "-1-1",
                    "@SUM(A1)",
                    "\tx",
                    "\rx",
                    "-11",
                    "ok",
                ]
                .map(|c| vec![c.to_string()]),
            )
        });
        assert_eq!(
            out,
            "a\r\n\"'=HYPERLINK(\"\"http://x\"\")\"\r\n'+1\r\n'-2+3\r\n'-1-1\r\n'@SUM(A1)\r\n'\tx\r\n'␍x\r\n-11\r\nok\r\n"
        );
    }

    #[test]
    fn ids_wrap_at_hyphens() {
        assert_eq!(
            wrap_id("samsip-sodra-lappland", 14),
            "samsip-sodra-\nlappland"
        );
        assert_eq!(wrap_id("orebro-lan", 14), "orebro-lan");
        assert_eq!(wrap_id("ostra-ostergotland", 14), "ostra-\nostergotland");
    }
}
