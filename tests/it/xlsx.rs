//! `--format xlsx` for `list`, `followups` and `stats`, read back by an independent reader (the
//! `calamine` crate): typed cells (dates as dates, counts as numbers) equal to the JSON of the
//! same command, a header row, one sheet per table for `stats`; and the sheet XML opened with
//! `zip` for the frozen header row and the column widths.

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use serde_json::Value;

use crate::common;

fn fixture() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/lists"))
}

fn bytes(args: &[&str]) -> Vec<u8> {
    let out = common::sip(fixture())
        .args(args)
        .output()
        .expect("sip runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn json(args: &[&str]) -> Value {
    serde_json::from_slice(&bytes(args)).expect("JSON")
}

/// Every sheet: its name and its cells, row by row.
fn read(book: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut wb: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(book.to_vec())).expect("xlsx");
    let names = wb.sheet_names().to_vec();
    names
        .into_iter()
        .map(|n| {
            let range = wb.worksheet_range(&n).expect("sheet");
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (n, rows)
        })
        .collect()
}

/// The serial number Excel stores for a date (days since 1899-12-30).
fn serial(date: &str) -> f64 {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date");
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("epoch");
    (d - epoch).num_days() as f64
}

fn date_cell(c: &Data) -> f64 {
    match c {
        Data::DateTime(d) => {
            assert!(d.is_datetime());
            d.as_f64()
        }
        other => panic!("not a date: {other:?}"),
    }
}

fn number(c: &Data) -> f64 {
    match c {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("not a number: {other:?}"),
    }
}

fn text(c: &Data) -> &str {
    match c {
        Data::String(s) => s,
        Data::Empty => "",
        other => panic!("not text: {other:?}"),
    }
}

/// Each sheet's XML: frozen at the first row, with a width for every column.
/// One file of the workbook's zip, as text.
fn zip_entry(book: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(book.to_vec())).expect("a zip file");
    let mut xml = String::new();
    zip.by_name(name)
        .expect("in the workbook")
        .read_to_string(&mut xml)
        .expect("UTF-8");
    xml
}

fn assert_frozen_with_widths(book: &[u8], sheets: usize) {
    let mut zip = zip::ZipArchive::new(Cursor::new(book.to_vec())).expect("a zip file");
    for n in 1..=sheets {
        let mut xml = String::new();
        zip.by_name(&format!("xl/worksheets/sheet{n}.xml"))
            .expect("sheet XML")
            .read_to_string(&mut xml)
            .expect("UTF-8");
        let doc = roxmltree::Document::parse(&xml).expect("XML");
        let pane = doc
            .descendants()
            .find(|e| e.has_tag_name("pane"))
            .expect("a pane");
        assert_eq!(pane.attribute("state"), Some("frozen"));
        assert_eq!(pane.attribute("ySplit"), Some("1"));
        let widths: Vec<f64> = doc
            .descendants()
            .filter(|e| e.has_tag_name("col"))
            .filter_map(|e| e.attribute("width")?.parse().ok())
            .collect();
        assert!(
            !widths.is_empty() && widths.iter().all(|w| *w >= 6.0),
            "{widths:?}"
        );
    }
}

#[test]
fn list_xlsx_has_the_rows_of_the_json_typed() {
    let book = bytes(&["list", "--format", "xlsx"]);
    let sheets = read(&book);
    assert_eq!(sheets.len(), 1);
    let (name, rows) = &sheets[0];
    assert_eq!(name, "Planer");
    let header: Vec<&str> = rows[0].iter().map(text).collect();
    assert_eq!(
        header,
        [
            "Plan",
            "Fil",
            "Individ",
            "Överenskommelse",
            "Status",
            "Övergripande ansvar",
            "Nästa uppföljning",
            "Fel",
            "Varningar"
        ]
    );
    let plans = json(&["list", "--format", "json"])["plans"]
        .as_array()
        .expect("plans")
        .clone();
    assert_eq!(rows.len() - 1, plans.len());
    for (row, p) in rows[1..].iter().zip(&plans) {
        assert_eq!(text(&row[0]), p["id"].as_str().expect("id"));
        assert_eq!(text(&row[2]), p["individ"].as_str().unwrap_or(""));
        assert_eq!(text(&row[4]), p["status"].as_str().unwrap_or(""));
        match p["nästa_uppföljning"].as_str() {
            Some(d) => assert_eq!(date_cell(&row[6]), serial(d)),
            None => assert_eq!(row[6], Data::Empty),
        }
        assert_eq!(number(&row[7]), p["fel"].as_f64().expect("fel"));
        assert_eq!(number(&row[8]), p["varning"].as_f64().expect("varning"));
    }
    assert_frozen_with_widths(&book, 1);
}

#[test]
fn followups_xlsx_has_the_items_of_the_json_typed() {
    let book = bytes(&["followups", "--format", "xlsx"]);
    let sheets = read(&book);
    assert_eq!(sheets.len(), 1);
    let (name, rows) = &sheets[0];
    assert_eq!(name, "Uppföljning");
    assert_eq!(text(&rows[0][0]), "Datum");
    let items = json(&["followups", "--format", "json"])["items"]
        .as_array()
        .expect("items")
        .clone();
    assert_eq!(rows.len() - 1, items.len());
    for (row, i) in rows[1..].iter().zip(&items) {
        assert_eq!(
            date_cell(&row[0]),
            serial(i["date"].as_str().expect("date"))
        );
        assert_eq!(number(&row[2]), i["days"].as_f64().expect("days"));
        assert_eq!(text(&row[3]), i["plan"].as_str().expect("plan"));
        assert_eq!(text(&row[5]), i["kind"].as_str().expect("kind"));
        assert_eq!(text(&row[6]), i["text"].as_str().expect("text"));
        // A meeting has its time of day (a real time cell, `hh:mm`); the other items are
        // whole days.
        assert_eq!(row[1] == Data::Empty, i["kind"] != "möte", "{i}");
    }
    // 10:00 is 10/24 of a day, stored as a time Excel can sort and compute with.
    assert!(rows.iter().any(|r| matches!(&r[1], Data::DateTime(t)
        if !t.is_duration() && (t.as_f64() - 10.0 / 24.0).abs() < 1e-9)));
    let sheet = zip_entry(&book, "xl/styles.xml");
    assert!(sheet.contains("formatCode=\"hh:mm\""), "{sheet}");
    assert_frozen_with_widths(&book, 1);

    // In English, the headers follow.
    let out = common::sip(fixture())
        .args(["--lang", "en", "followups", "--format", "xlsx"])
        .output()
        .expect("runs");
    let sheets = read(&out.stdout);
    assert_eq!(sheets[0].0, "Follow-ups");
    assert_eq!(text(&sheets[0].1[0][0]), "Date");
}

#[test]
fn stats_xlsx_has_a_sheet_per_table_with_counts_as_numbers() {
    let book = bytes(&["stats", "--format", "xlsx"]);
    let sheets = read(&book);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Översikt",
            "Planer",
            "Status",
            "Överenskommelse",
            "Initierande part",
            "Övergripande ansvar",
            "Insatser",
            "Insatser efter huvudman",
            "Insatser efter status",
            "Uppföljning",
            "Avslutsorsak",
            "Målens utfall"
        ]
    );
    let st = json(&["stats", "--format", "json"]);
    let overview = &sheets[0].1;
    assert_eq!(text(&overview[4][0]), "Planer");
    assert_eq!(
        number(&overview[4][1]),
        st["plans"].as_f64().expect("plans")
    );
    assert_eq!(date_cell(&overview[1][1]), serial("2026-05-01"));

    // Each status row: total and split by gender as in the JSON (numbers, or the text "<5").
    let status = &sheets[2].1;
    assert_eq!(text(&status[0][1]), "Totalt");
    let by_status = st["by_status"].as_object().expect("by_status");
    assert_eq!(status.len() - 1, by_status.len());
    for (row, (_, v)) in status[1..].iter().zip(by_status) {
        let cells = [
            &v["total"],
            &v["gender"]["kvinna"],
            &v["gender"]["man"],
            &v["gender"]["annat"],
            &v["gender"]["uppgift_saknas"],
        ];
        for (cell, want) in row[1..6].iter().zip(cells) {
            match want {
                Value::String(s) => assert_eq!(text(cell), s),
                n => assert_eq!(number(cell), n.as_f64().expect("a count")),
            }
        }
    }
    assert!(
        sheets
            .iter()
            .flat_map(|(_, r)| r.iter().flatten())
            .any(|c| *c == Data::String("<5".into())),
        "small counts are suppressed as in the table"
    );
    assert_frozen_with_widths(&book, names.len());
}
