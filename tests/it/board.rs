//! `sip report` (the board report): a generated plan folder with known counts. The test writes
//! the plans as YAML and computes every indicator's numerator and denominator itself, with the
//! edge cases of the definitions: a plan closed on the period's last day, a meeting where the
//! individual is recorded absent, a discharge kallelse on day 3 and on day 4 after
//! `utskrivningsklar`. Small counts are `<5` in every format, and no name or personnummer reaches
//! any format.

use serde_json::Value;

use crate::common::{demo, plan_folder, repo, sip_at};

const TODAY: &str = "2026-07-15";
const FROM: &str = "2026-01-01";
const TO: &str = "2026-06-30";
const NAME: &str = "Zyxwa Qvistberg";
const PNR: &str = "19121212-1212";
const TOML: &str = "\"överenskommelse\" = \"samsip-sodra-lappland\"\n[gallring]\n\"år_efter_sista_anteckning\" = 5\n";

/// What a generated plan is made of.
#[derive(Clone, Default)]
struct P {
    gender: &'static str,
    init: &'static str,
    status: &'static str,
    closed: Option<(&'static str, &'static str)>,
    next: Option<&'static str>,
    own_goal: bool,
    /// (typ, date, held, individual: None = not a participant, Some(absent))
    meetings: Vec<(&'static str, &'static str, bool, Option<bool>)>,
    ready: Option<&'static str>,
    kallelse: Option<&'static str>,
    outcomes: Vec<(&'static str, &'static str)>,
}

fn yaml(i: usize, p: &P) -> String {
    let mut s = format!(
        "id: sip-test-{i:03}\növerenskommelse: samsip-sodra-lappland\nstatus: {}\nsamtalsledare: Erik Ek\n\
         individ:\n  namn: {NAME}\n  personnummer: \"{PNR}\"\n  kön: {}\n\
         initiering:\n  datum: {}\n  part: kommun\n",
        p.status, p.gender, p.init
    );
    if let Some(r) = p.ready {
        s.push_str(&format!("  utskrivningsklar: {r}\n"));
    }
    if p.own_goal {
        s.push_str(&format!(
            "individens_mål: Jag, {NAME}, vill klara mig själv.\n"
        ));
    }
    if !p.outcomes.is_empty() {
        s.push_str("mål:\n");
        for (n, (a, d)) in p.outcomes.iter().enumerate() {
            s.push_str(&format!(
                "  - id: M{}\n    beskrivning: Ett mål\n    utfall:\n      bedömning: {a}\n      datum: {d}\n",
                n + 1
            ));
        }
    }
    if !p.meetings.is_empty() || p.kallelse.is_some() {
        s.push_str("möten:\n");
        let mut ms = p.meetings.clone();
        if ms.is_empty() {
            ms.push(("upprättande", "2026-08-20", false, None));
        }
        for (n, (typ, date, held, ind)) in ms.iter().enumerate() {
            s.push_str(&format!(
                "  - id: MÖ{}\n    typ: {typ}\n    tid: {date}T09:00\n",
                n + 1
            ));
            if n == 0 {
                if let Some(k) = p.kallelse {
                    s.push_str(&format!("    kallelse_skickad: {k}\n"));
                }
            }
            s.push_str("    deltagare:\n      - namn: Erik Ek\n        roll: samtalsledare\n");
            if let Some(absent) = ind {
                s.push_str(&format!("      - namn: {NAME}\n        roll: individen\n"));
                if *absent {
                    s.push_str("        närvarande: false\n");
                }
            }
            if *held {
                s.push_str("    genomfört: true\n");
            }
        }
    }
    if let Some(n) = p.next {
        s.push_str(&format!("uppföljning:\n  nästa: {n}\n"));
    }
    if let Some((d, r)) = p.closed {
        s.push_str(&format!("avslut:\n  datum: {d}\n  orsak: {r}\n"));
    }
    s
}

/// The plans: counts chosen so that some cells are 5 or more and some are small.
fn plans() -> Vec<P> {
    let mut v = Vec::new();
    // 20 active plans started in the period: 12 women, 8 men; 14 followed up on time; 10 with
    // their own goal; an upprättande meeting held, the individual absent at 6 of them.
    for i in 0..20 {
        v.push(P {
            gender: if i < 12 { "kvinna" } else { "man" },
            init: "2026-02-02",
            status: "pågående",
            next: Some(if i < 14 { "2026-06-30" } else { "2026-06-29" }),
            own_goal: i % 2 == 0,
            meetings: vec![(
                "upprättande",
                if i < 10 { "2026-02-12" } else { "2026-02-22" },
                true,
                Some(i >= 14),
            )],
            outcomes: if i < 11 {
                vec![(
                    if i < 6 { "uppnått" } else { "delvis_uppnått" },
                    "2026-05-05",
                )]
            } else if i < 13 {
                vec![("ej_uppnått", "2026-06-30")]
            } else if i == 13 {
                // Evaluated after the period: not counted.
                vec![("uppnått", "2026-07-01")]
            } else {
                Vec::new()
            },
            ..P::default()
        });
    }
    // 8 plans closed: 6 in the period (one on its last day), by two reasons; one the day after
    // (still active on `to`); one long ago (due for gallring).
    for i in 0..8 {
        let closed = match i {
            0 => ("2026-06-30", "mål_uppfyllda"),
            1..=4 => ("2026-03-15", "mål_uppfyllda"),
            5 => ("2026-04-15", "behov_saknas"),
            6 => ("2026-07-01", "annan"),
            _ => ("2019-01-10", "mål_uppfyllda"),
        };
        v.push(P {
            gender: "kvinna",
            init: if i == 7 { "2018-03-01" } else { "2025-10-01" },
            status: "avslutad",
            closed: Some(closed),
            next: Some("2026-09-01"),
            ..P::default()
        });
    }
    // 10 discharge plans (drafts): utskrivningsklar in the period; the first kallelse on day 3
    // for five (within three days), on day 4 for five (not).
    for i in 0..10 {
        v.push(P {
            gender: if i < 7 { "man" } else { "annat" },
            init: "2026-04-01",
            status: "utkast",
            ready: Some("2026-04-01"),
            kallelse: Some(if i < 5 { "2026-04-04" } else { "2026-04-05" }),
            ..P::default()
        });
    }
    v
}

fn d(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

/// (numerator, denominator) of each indicator, by gender ("" = all), computed from the specs.
fn expected(ps: &[P], gender: &str) -> Vec<(&'static str, u64, u64)> {
    let (from, to) = (d(FROM), d(TO));
    let inp = |s: &str| (from..=to).contains(&d(s));
    let ps: Vec<&P> = ps
        .iter()
        .filter(|p| gender.is_empty() || p.gender == gender)
        .collect();
    let n = ps.len() as u64;
    let count = |f: &dyn Fn(&P) -> bool| ps.iter().filter(|p| f(p)).count() as u64;
    let active = |p: &P| {
        d(p.init) <= to
            && (p.status == "pågående"
                || (p.status == "avslutad" && p.closed.is_some_and(|c| d(c.0) > to)))
    };
    let held: Vec<bool> = ps
        .iter()
        .flat_map(|p| p.meetings.iter())
        .filter(|m| m.2 && inp(m.1))
        .map(|m| m.3 == Some(false))
        .collect();
    let discharge: Vec<i64> = ps
        .iter()
        .filter(|p| p.ready.is_some_and(inp))
        .map(|p| {
            p.kallelse
                .map_or(99, |k| (d(k) - d(p.ready.unwrap_or(k))).num_days())
        })
        .collect();
    let drawn: u64 = count(&|p: &P| {
        p.meetings
            .iter()
            .any(|m| m.0 == "upprättande" && m.2 && inp(m.1))
    });
    let goals: Vec<&str> = ps
        .iter()
        .flat_map(|p| p.outcomes.iter())
        .filter(|o| inp(o.1))
        .map(|o| o.0)
        .collect();
    vec![
        ("startade", count(&|p: &P| inp(p.init)), n),
        ("aktiva", count(&|p: &P| active(p)), n),
        (
            "avslutade",
            count(&|p: &P| p.status == "avslutad" && p.closed.is_some_and(|c| inp(c.0))),
            n,
        ),
        (
            "uppföljda_i_tid",
            count(&|p: &P| active(p) && p.next.is_some_and(|x| d(x) >= to)),
            count(&|p: &P| active(p)),
        ),
        (
            "eget_mål",
            count(&|p: &P| active(p) && p.own_goal),
            count(&|p: &P| active(p)),
        ),
        (
            "individen_närvarande",
            held.iter().filter(|x| **x).count() as u64,
            held.len() as u64,
        ),
        (
            "kallelse_inom_3_dagar",
            discharge.iter().filter(|x| **x <= 3).count() as u64,
            discharge.len() as u64,
        ),
        ("dagar_till_upprättande", drawn, drawn),
        (
            "mål_utfall",
            goals.iter().filter(|g| **g == "uppnått").count() as u64,
            goals.len() as u64,
        ),
    ]
}

fn folder() -> tempfile::TempDir {
    let dir = plan_folder(TOML);
    for (i, p) in plans().iter().enumerate() {
        std::fs::write(dir.path().join(format!("sip-test-{i:03}.yaml")), yaml(i, p))
            .expect("write");
    }
    dir
}

fn run(dir: &std::path::Path, format: &str) -> Vec<u8> {
    let out = sip_at(dir, TODAY)
        .args(["report", "--from", FROM, "--to", TO, "--format", format])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn shown(n: u64) -> Value {
    if (1..=4).contains(&n) {
        Value::from("<5")
    } else {
        Value::from(n)
    }
}

#[test]
fn every_indicator_counts_as_defined() {
    let dir = folder();
    let v: Value = serde_json::from_slice(&run(dir.path(), "json")).expect("json");
    let ps = plans();
    assert_eq!(v["version"], 1);
    assert_eq!(v["from"], FROM);
    assert_eq!(v["to"], TO);
    assert_eq!(v["plans"], ps.len() as u64);
    let ind = v["indicators"].as_array().expect("indicators");
    let ids: Vec<&str> = ind.iter().filter_map(|i| i["id"].as_str()).collect();
    let want = expected(&ps, "");
    assert_eq!(ids, want.iter().map(|w| w.0).collect::<Vec<_>>());
    for (i, (id, num, den)) in ind.iter().zip(&want) {
        assert!(i["name"].is_string() && i["definition"].is_string(), "{id}");
        assert_eq!(i["denominator"], shown(*den), "{id} denominator");
        // A numerator whose rest is small is hidden as well (it would give the rest away).
        let median = *id == "dagar_till_upprättande";
        let rest_small = !median && (1..=4).contains(&(den - num));
        if rest_small {
            assert_eq!(i["numerator"], "<5", "{id} numerator");
        } else {
            assert_eq!(i["numerator"], shown(*num), "{id} numerator");
        }
    }
    // The figures themselves, as the definitions give them on this folder.
    let nums: Vec<(u64, u64)> = want.iter().map(|w| (w.1, w.2)).collect();
    assert_eq!(
        nums,
        vec![
            (30, 38), // 20 active + 10 discharge started in the period
            (21, 38), // 20 pågående + the plan closed the day after `to`
            (6, 38),  // closed in the period, the one on its last day included
            (15, 21), // next follow-up not before `to` (the last day counts; the plan closed after `to` too)
            (10, 21),
            (14, 20), // six meetings with the individual absent
            (5, 10),  // day 3 counts, day 4 does not
            (20, 20),
            (6, 13), // the goal evaluated after the period is not counted
        ]
    );
    // Shares and the median.
    assert_eq!(ind[3]["value"], serde_json::json!(15.0 / 21.0));
    assert_eq!(ind[5]["value"], serde_json::json!(0.7));
    assert_eq!(ind[6]["value"], serde_json::json!(0.5));
    // Initiated 2026-02-02, drawn up 2026-02-12 (10 plans) or 2026-02-22 (10): median 15.
    assert_eq!(ind[7]["value"], serde_json::json!(15.0));
    // By gender, as computed here.
    for g in ["kvinna", "man"] {
        for (i, (id, num, den)) in ind.iter().zip(expected(&ps, g)) {
            let c = &i["by_gender"][g];
            if c["denominator"] != "<5" {
                assert_eq!(c["denominator"], shown(den), "{id} {g}");
            }
            if c["numerator"] != "<5" {
                assert_eq!(c["numerator"], num, "{id} {g}");
            }
        }
    }
    // By reason: 5 mål_uppfyllda, 1 behov_saknas: the small one hidden, and so one more (the
    // numerator minus the others would give it away).
    let r = &ind[2]["by_reason"];
    assert_eq!(r["behov_saknas"], "<5");
    assert_eq!(r["mål_uppfyllda"], "<5", "{r}");
    assert_eq!(r["annan"], 0);
    // By outcome: 6 uppnått, 5 delvis, 2 ej: the 2 hidden and the smallest other one too.
    let o = &ind[8]["by_outcome"];
    assert_eq!(o["ej_uppnått"], "<5");
    assert_eq!(o["delvis_uppnått"], "<5", "{o}");
    assert_eq!(o["uppnått"], 6);
    assert_eq!(v["gallring_due"], "<5");
}

/// No cell under 5 shown as a number, and no cell of a breakdown alone hidden, in JSON.
#[test]
fn suppression_holds_in_json() {
    let dir = folder();
    let v: Value = serde_json::from_slice(&run(dir.path(), "json")).expect("json");
    let small = |x: &Value| x.as_u64().is_some_and(|n| (1..=4).contains(&n));
    for i in v["indicators"].as_array().expect("indicators") {
        for part in ["by_agreement", "by_gender"] {
            for key in ["numerator", "denominator"] {
                let cells: Vec<&Value> = i[part]
                    .as_object()
                    .expect("object")
                    .values()
                    .map(|c| &c[key])
                    .collect();
                assert!(!cells.iter().any(|c| small(c)), "{i}");
                let hidden = cells.iter().filter(|c| **c == "<5").count();
                assert!(hidden != 1 || i[key] == "<5", "{} {part} {key}", i["id"]);
            }
        }
        assert!(!small(&i["numerator"]) && !small(&i["denominator"]));
    }
}

#[test]
fn every_format_keeps_small_counts_and_personal_data_out() {
    let dir = folder();
    let pnr_digits = PNR.replace('-', "");
    for format in ["json", "markdown", "html"] {
        let text = String::from_utf8(run(dir.path(), format)).expect("utf-8");
        for word in [
            NAME,
            "Zyxwa",
            "Qvistberg",
            PNR,
            &pnr_digits[2..],
            "sip-test-0",
        ] {
            assert!(!text.contains(word), "{format} holds {word}");
        }
        assert!(
            text.contains("<5") || text.contains("&lt;5") || text.contains("\\<5"),
            "{format}"
        );
    }
    let html = String::from_utf8(run(dir.path(), "html")).expect("utf-8");
    assert_eq!(html.matches("<svg").count(), 9, "a chart per indicator");
    // Well-formed as XML once the doctype is set aside (the renderer writes XHTML-compatible
    // markup, every element closed), and the SVG is hidden from screen readers beside its table.
    let body = html.trim_start_matches("<!DOCTYPE html>\n");
    let body = body
        .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
        .replace(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
        );
    roxmltree::Document::parse(&body).expect("the HTML parses as XML");
    // Each chart is one image to a screen reader, named by its indicator, pointing to the table.
    assert_eq!(html.matches("role=\"img\"").count(), 9);
    assert!(html.contains(
        "aria-label=\"Stapeldiagram: Startade planer. Talen står i tabellen under diagrammet.\""
    ));
    assert!(html.matches("<table").count() >= 9);
    // The PDF and the workbook: as text, no name, and `<5` present.
    let pdf = run(dir.path(), "pdf");
    assert!(pdf.starts_with(b"%PDF"));
    let xlsx = run(dir.path(), "xlsx");
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx)).expect("xlsx");
    use calamine::Reader;
    let mut all = String::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).expect("sheet");
        for row in range.rows() {
            for c in row {
                all.push_str(&c.to_string());
                all.push('\t');
            }
        }
    }
    assert!(all.contains("<5"));
    for word in [NAME, PNR, "sip-test-0"] {
        assert!(!all.contains(word), "xlsx holds {word}");
    }
    // Every count in the workbook is 0 or 5 and over.
    for row in all.split('\t') {
        if let Ok(n) = row.parse::<u64>() {
            assert!(!(1..=4).contains(&n) || row.contains('.'), "xlsx shows {n}");
        }
    }
}

/// A tool on PATH, or a note (a failure under `SIP_REQUIRE_TOOLS`).
fn tool(name: &str, arg: &str) -> bool {
    let ok = std::process::Command::new(name).arg(arg).output().is_ok();
    if !ok {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "{name} not installed"
        );
        eprintln!("note: {name} not installed; this check skipped");
    }
    ok
}

/// The table cells of the Markdown and the text of the PDF show no count of 1–4.
#[test]
fn markdown_and_pdf_show_no_small_count() {
    let dir = folder();
    let md = String::from_utf8(run(dir.path(), "markdown")).expect("utf-8");
    let mut cells = 0;
    for line in md.lines().filter(|l| l.starts_with('|')) {
        for c in line.split('|').map(str::trim) {
            cells += 1;
            assert!(
                !matches!(c, "1" | "2" | "3" | "4"),
                "markdown shows {c}: {line}"
            );
        }
    }
    assert!(cells > 100, "the tables are there");
    assert!(md.contains("\\<5"));
    if !tool("pdftotext", "-v") {
        return;
    }
    let file = dir.path().join("rapport.pdf");
    std::fs::write(&file, run(dir.path(), "pdf")).expect("write");
    let out = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Startade planer") && text.contains("<5"),
        "{text}"
    );
    for word in [NAME, "Zyxwa", PNR, "sip-test-0"] {
        assert!(!text.contains(word), "the PDF holds {word}");
    }
    // Every word of 1–4 alone is a count, except the page numbers ("Sida 1 av 5").
    for line in text.lines().filter(|l| !l.contains("Sida")) {
        for w in line.split_whitespace() {
            assert!(
                !matches!(w, "1" | "2" | "3" | "4"),
                "the PDF shows {w}: {line}"
            );
        }
    }
}

/// Headless Chromium draws the HTML report (the charts are valid SVG to a browser).
#[test]
fn chromium_draws_the_html_report() {
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok()
        })
    else {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "chromium not installed"
        );
        eprintln!("note: chromium not installed; this check skipped");
        return;
    };
    let dir = folder();
    let html = dir.path().join("rapport.html");
    std::fs::write(&html, run(dir.path(), "html")).expect("write");
    let pdf = dir.path().join("chromium.pdf");
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    assert!(
        bytes.starts_with(b"%PDF"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `sip report` on the demo folder for the year 2026 in `format`.
fn demo_report(dir: &std::path::Path, format: &str) -> Vec<u8> {
    let out = sip_at(dir, TODAY)
        .args(["report", "--from", "2026-01-01", "--to", "2026-12-31"])
        .args(["--format", format])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The demo folder's agreements: (id, name in the agreement file).
const DEMO_AGREEMENTS: [(&str, &str); 4] = [
    (
        "hoglandet-vetlanda",
        "Samverk Vetlanda – Höglandets Samordningsförbund",
    ),
    (
        "orebro-lan",
        "Region Örebro län och kommunerna i Örebro län – överenskommelse om SIP",
    ),
    (
        "ostra-ostergotland",
        "Samordningsförbundet Östra Östergötland – fyrpartssamverkan kring SIP",
    ),
    (
        "samsip-sodra-lappland",
        "SamSIP – Samordningsförbundet Södra Lappland",
    ),
];

/// The human formats name an agreement by its name, never by its id, in the tables and in the
/// charts (a long name wrapped over lines); JSON keeps the ids of the contract.
#[test]
fn agreements_are_named_in_the_human_formats() {
    let dir = demo();
    let html = String::from_utf8(demo_report(dir.path(), "html")).expect("utf-8");
    let md = String::from_utf8(demo_report(dir.path(), "markdown")).expect("utf-8");
    for (id, name) in DEMO_AGREEMENTS {
        assert!(!html.contains(id), "html holds {id}");
        assert!(!md.contains(id), "markdown holds {id}");
        assert!(html.contains(&format!("<td>{name}</td>")), "html: {name}");
        assert!(md.contains(&format!("| {name} |")), "markdown: {name}");
    }
    // In the chart, the name in lines of at most 30 characters, broken between words.
    for line in [
        "Region Örebro län och",
        "kommunerna i Örebro län –",
        "överenskommelse om SIP",
    ] {
        assert!(
            html.contains(&format!("fill=\"#000000\">{line}</text>")),
            "{line}"
        );
    }
    let v: Value = serde_json::from_slice(&demo_report(dir.path(), "json")).expect("json");
    let keys: Vec<&str> = v["indicators"][0]["by_agreement"]
        .as_object()
        .expect("by_agreement")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        DEMO_AGREEMENTS.iter().map(|a| a.0).collect::<Vec<_>>()
    );
    let xlsx = demo_report(dir.path(), "xlsx");
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx)).expect("xlsx");
    use calamine::Reader;
    let range = book.worksheet_range_at(0).expect("a sheet").expect("sheet");
    let groups: Vec<String> = range.rows().map(|r| r[2].to_string()).collect();
    for (id, name) in DEMO_AGREEMENTS {
        assert!(groups.iter().any(|g| g == name), "xlsx: {name}");
        assert!(!groups.iter().any(|g| g == id), "xlsx: {id}");
    }
}

/// The README's chart is the demo folder's first chart as `sip report` draws it: the first
/// `<svg …>…</svg>` of `sip report --from 2026-01-01 --to 2026-12-31 --format html` in
/// `examples/demo`, and a newline. `SIP_BLESS=1 cargo test --test it board::the_readme` writes it
/// again after a change of the charts.
#[test]
fn the_readme_chart_is_the_demo_folders() {
    let html =
        String::from_utf8(demo_report(&repo().join("examples/demo"), "html")).expect("utf-8");
    let start = html.find("<svg").expect("a chart");
    let end = html[start..].find("</svg>").expect("its end") + start + "</svg>".len();
    let drawn = format!("{}\n", &html[start..end]);
    let file = repo().join("docs/images/report-demo.svg");
    let shown = std::fs::read_to_string(&file).unwrap_or_default();
    if shown != drawn {
        assert!(
            std::env::var_os("SIP_BLESS").is_some(),
            "docs/images/report-demo.svg is not the chart sip draws now: run \
             `SIP_BLESS=1 cargo test --test it board::the_readme`"
        );
        std::fs::write(&file, &drawn).expect("write docs/images/report-demo.svg");
    }
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README");
    assert!(readme.contains("](docs/images/report-demo.svg)"));
}
