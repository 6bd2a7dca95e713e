//! The board report's formats: JSON, a [`Doc`] (printed as Markdown, HTML or PDF by the
//! documents' own renderers), inline SVG charts for the HTML, and the workbook. Everything here
//! prints a [`ShownReport`], after disclosure control: no format can show what another hides.
//!
//! Charts: one horizontal bar chart per indicator (the period, the period before it, each
//! agreement, each gender), drawn as inline SVG in the HTML with a direct label at each bar and
//! the previous period hatched, so that it reads in grey scale; the SVG is hidden from screen
//! readers (`aria-hidden`) because the table under it holds the same numbers. In the PDF each
//! table carries the bar as a column of block characters.

use std::io::Write;

use serde_json::{Map, Value, json};

use super::suppress::{Shown, ShownCell, ShownIndicator, ShownReport};
use crate::documents::doc::{Block, Doc};
use crate::documents::render::html::escape;
use crate::i18n::Lang;
use crate::lists::render::xlsx::{Sheet, XCell};
use crate::lists::stats::{MISSING, UNKNOWN};
use crate::model::enums::{ClosingReason, Gender, GoalAssessment};

/// Name and definition of an indicator, in `lang`.
pub fn text(id: &str, lang: Lang) -> (&'static str, &'static str) {
    let (sv, en) = match id {
        "startade" => (
            (
                "Startade planer",
                "Planer vars initieringsdatum ligger i perioden, av alla planer.",
            ),
            (
                "Plans started",
                "Plans whose initiation date lies in the period, of all plans.",
            ),
        ),
        "aktiva" => (
            (
                "Aktiva planer",
                "Planer som var pågående periodens sista dag, av alla planer.",
            ),
            (
                "Active plans",
                "Plans that were active on the period's last day, of all plans.",
            ),
        ),
        "avslutade" => (
            (
                "Avslutade planer",
                "Planer som avslutades i perioden, av alla planer, per orsak.",
            ),
            (
                "Plans closed",
                "Plans closed in the period, of all plans, by reason.",
            ),
        ),
        "uppföljda_i_tid" => (
            (
                "Uppföljda i tid",
                "Aktiva planer vars nästa uppföljning inte ligger före periodens sista dag, av aktiva planer.",
            ),
            (
                "Followed up on time",
                "Active plans whose next follow-up is not before the period's last day, of active plans.",
            ),
        ),
        "eget_mål" => (
            (
                "Individens eget mål",
                "Aktiva planer med individens eget mål, av aktiva planer.",
            ),
            (
                "The individual's own goal",
                "Active plans with the individual's own goal, of active plans.",
            ),
        ),
        "individen_närvarande" => (
            (
                "Individen närvarande",
                "Genomförda möten i perioden där individen deltog och inte hade förhinder, av genomförda möten i perioden.",
            ),
            (
                "The individual present",
                "Held meetings in the period where the individual took part and was not absent, of held meetings in the period.",
            ),
        ),
        "kallelse_inom_3_dagar" => (
            (
                "Kallelse inom tre dagar",
                "Planer vid utskrivning (utskrivningsklar i perioden) vars första kallelse skickades inom tre dagar, av sådana planer.",
            ),
            (
                "Kallelse within three days",
                "Discharge plans (ready for discharge in the period) whose first kallelse was sent within three days, of such plans.",
            ),
        ),
        "dagar_till_upprättande" => (
            (
                "Dagar till upprättande",
                "Median antal dagar från initiering till det genomförda upprättandemötet, bland planer vars upprättandemöte hölls i perioden.",
            ),
            (
                "Days to drawing up",
                "Median days from initiation to the held meeting that drew up the plan, among plans whose such meeting was held in the period.",
            ),
        ),
        _ => (
            (
                "Utvärderade mål",
                "Mål bedömda som uppnådda, av mål som utvärderades i perioden, per bedömning.",
            ),
            (
                "Evaluated goals",
                "Goals assessed as achieved, of goals evaluated in the period, by outcome.",
            ),
        ),
    };
    match lang {
        Lang::Sv => sv,
        Lang::En => en,
    }
}

/// Counts rather than shares are drawn for these.
fn counted(id: &str) -> bool {
    matches!(id, "startade" | "aktiva" | "avslutade")
}

fn cell_json(c: &ShownCell) -> Value {
    json!({"numerator": c.num.json(), "denominator": c.den.json(), "value": c.value})
}

fn rows_json(rows: &[(String, ShownCell)]) -> Value {
    let mut m = Map::new();
    for (k, c) in rows {
        m.insert(k.clone(), cell_json(c));
    }
    Value::Object(m)
}

/// `{"version": 1, "from", "to", "plans", "indicators": […], "gallring_due"}`.
pub fn json(out: &mut dyn Write, r: &ShownReport, lang: Lang) -> std::io::Result<()> {
    let indicators: Vec<Value> = r
        .indicators
        .iter()
        .map(|i| {
            let (name, definition) = text(i.id, lang);
            let mut o = Map::new();
            o.insert("id".into(), i.id.into());
            o.insert("name".into(), name.into());
            o.insert("definition".into(), definition.into());
            o.insert("numerator".into(), i.total.num.json());
            o.insert("denominator".into(), i.total.den.json());
            o.insert("value".into(), json!(i.total.value));
            o.insert("by_agreement".into(), rows_json(&i.by_agreement));
            o.insert("by_gender".into(), rows_json(&i.by_gender));
            if let Some((key, rows)) = &i.split {
                let mut m = Map::new();
                for (k, n) in rows {
                    m.insert(k.clone(), n.json());
                }
                o.insert((*key).into(), Value::Object(m));
            }
            Value::Object(o)
        })
        .collect();
    let v = json!({
        "version": 1,
        "from": r.from.to_string(),
        "to": r.to.to_string(),
        "plans": r.plans,
        "indicators": indicators,
        "gallring_due": r.gallring_due.json(),
    });
    serde_json::to_writer_pretty(&mut *out, &v)?;
    out.write_all(b"\n")
}

/// A row label: an agreement id, or a gender, or the words for not given / not known.
fn group_label(key: &str, lang: Lang) -> String {
    match key {
        MISSING => lang.pick("uppgift saknas", "not stated").into(),
        UNKNOWN => lang.pick("okänd", "unknown").into(),
        k => Gender::parse(k).map_or_else(|| k.to_string(), |g| g.label(lang)),
    }
}

fn split_label(key: &str, lang: Lang) -> String {
    if let Some(r) = ClosingReason::parse(key) {
        return r.label(lang);
    }
    if let Some(o) = GoalAssessment::parse(key) {
        return o.label(lang);
    }
    group_label(key, lang)
}

/// The value as text: a share in per cent, or days; `–` when hidden or without a denominator.
fn value_text(v: Option<f64>, median: bool, lang: Lang) -> String {
    match v {
        None => "–".into(),
        Some(d) if median => {
            let d = if d.fract() == 0.0 {
                format!("{d:.0}")
            } else {
                format!("{d:.1}")
            };
            format!("{d} {}", lang.pick("dagar", "days"))
        }
        Some(s) => format!("{:.0}{}%", s * 100.0, lang.pick("\u{a0}", "")),
    }
}

/// The bar of one row: (what is measured, the label at its end), or `None` when hidden.
fn bar(i: &ShownIndicator, c: &ShownCell, lang: Lang) -> (Option<f64>, String) {
    if counted(i.id) {
        match c.num {
            Shown::Count(n) => (Some(n as f64), n.to_string()),
            Shown::Hidden => (None, "<5".into()),
        }
    } else {
        match c.value {
            Some(v) => (Some(v), value_text(Some(v), i.median, lang)),
            None if c.num == Shown::Hidden || c.den == Shown::Hidden => (None, "<5".into()),
            None => (None, "–".into()),
        }
    }
}

/// One chart row: label, the cell, and whether it is the period before.
struct Row<'a> {
    label: String,
    cell: &'a ShownCell,
    previous: bool,
}

fn chart_rows<'a>(
    i: &'a ShownIndicator,
    prev: Option<&'a ShownIndicator>,
    lang: Lang,
) -> Vec<Row<'a>> {
    let mut rows = vec![Row {
        label: lang.pick("Perioden", "The period").into(),
        cell: &i.total,
        previous: false,
    }];
    if let Some(p) = prev {
        rows.push(Row {
            label: lang.pick("Perioden före", "The period before").into(),
            cell: &p.total,
            previous: true,
        });
    }
    for (k, c) in i.by_agreement.iter().chain(&i.by_gender) {
        rows.push(Row {
            label: group_label(k, lang),
            cell: c,
            previous: false,
        });
    }
    rows
}

/// One indicator as an inline SVG bar chart.
pub fn svg(i: &ShownIndicator, prev: Option<&ShownIndicator>, lang: Lang) -> String {
    let rows = chart_rows(i, prev, lang);
    let bars: Vec<(Option<f64>, String)> = rows.iter().map(|r| bar(i, r.cell, lang)).collect();
    let max = if counted(i.id) || i.median {
        bars.iter().filter_map(|b| b.0).fold(0.0, f64::max)
    } else {
        1.0
    };
    let (left, width, row_h) = (190.0, 300.0, 24.0);
    let height = row_h * rows.len() as f64 + 8.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"560\" height=\"{height}\" \
         viewBox=\"0 0 560 {height}\" aria-hidden=\"true\" focusable=\"false\">\
         <defs><pattern id=\"hatch-{id}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1d3f66\" stroke-width=\"3\"/></pattern></defs>",
        id = i.id
    );
    for (n, (r, (v, label))) in rows.iter().zip(&bars).enumerate() {
        let y = 4.0 + row_h * n as f64;
        let ty = y + row_h / 2.0 + 4.0;
        s.push_str(&format!(
            "<text x=\"{x}\" y=\"{ty}\" text-anchor=\"end\" font-size=\"12\" font-family=\"sans-serif\" fill=\"#000000\">{}</text>",
            escape(&r.label),
            x = left - 8.0
        ));
        let w = match v {
            Some(v) if max > 0.0 && *v > 0.0 => (v / max * width).max(1.0),
            _ => 0.0,
        };
        let fill = if r.previous {
            format!("url(#hatch-{})", i.id)
        } else if n == 0 {
            "#1d3f66".to_string()
        } else {
            "#7a93ad".to_string()
        };
        if w > 0.0 {
            s.push_str(&format!(
                "<rect x=\"{left}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"{fill}\" stroke=\"#1d3f66\" stroke-width=\"1\"/>",
                y + 3.0,
                row_h - 6.0
            ));
        }
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{ty}\" font-size=\"12\" font-family=\"sans-serif\" fill=\"#000000\">{}</text>",
            left + w + 6.0,
            escape(label)
        ));
    }
    s.push_str(&format!(
        "<line x1=\"{left}\" y1=\"2\" x2=\"{left}\" y2=\"{}\" stroke=\"#000000\" stroke-width=\"1\"/></svg>",
        height - 2.0
    ));
    s
}

/// The text bar of the PDF: up to 20 block characters.
fn text_bar(v: Option<f64>, max: f64) -> String {
    match v {
        Some(v) if max > 0.0 && v > 0.0 => {
            let n = ((v / max) * 20.0).round().max(1.0) as usize;
            "█".repeat(n)
        }
        _ => String::new(),
    }
}

/// The marker paragraph the HTML replaces with indicator `n`'s chart.
fn marker(n: usize) -> String {
    format!("\u{2063}chart-{n}\u{2063}")
}

/// How the document carries the charts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Charts {
    /// No chart (Markdown).
    None,
    /// A marker paragraph per indicator, replaced by its SVG (HTML).
    Svg,
    /// A column of block characters in each table (PDF).
    TextBars,
}

/// The report as a document.
pub fn doc(r: &ShownReport, prev: Option<&ShownReport>, lang: Lang, charts: Charts) -> Doc {
    let mut d = Doc::new(
        "report",
        lang,
        lang.pick(
            "SIP-arbetet – rapport till styrelsen",
            "SIP work – board report",
        ),
    );
    d.subtitle = Some(format!("{} – {}", r.from, r.to));
    d.field(
        lang.pick("Period", "Period"),
        format!("{} – {}", r.from, r.to),
    );
    if let Some(p) = prev {
        d.field(
            lang.pick("Jämförs med", "Compared with"),
            format!("{} – {}", p.from, p.to),
        );
    }
    d.field(lang.pick("Planer", "Plans"), r.plans.to_string());
    d.field(
        lang.pick("Små tal", "Small counts"),
        lang.pick(
            "antal under 5 visas som <5; ytterligare ett tal döljs där det annars kunde räknas ut",
            "counts under 5 are shown as <5; one more count is hidden where it could otherwise be worked out",
        ),
    );
    for (n, i) in r.indicators.iter().enumerate() {
        let p = prev.and_then(|p| p.indicators.get(n));
        let (name, definition) = text(i.id, lang);
        let mut blocks = vec![Block::para(definition)];
        if charts == Charts::Svg {
            blocks.push(Block::para(marker(n)));
        }
        let rows = chart_rows(i, p, lang);
        let bars: Vec<(Option<f64>, String)> = rows.iter().map(|x| bar(i, x.cell, lang)).collect();
        let max = if counted(i.id) || i.median {
            bars.iter().filter_map(|b| b.0).fold(0.0, f64::max)
        } else {
            1.0
        };
        let mut columns = vec![
            lang.pick("Grupp", "Group").to_string(),
            lang.pick("Täljare", "Numerator").to_string(),
            lang.pick("Nämnare", "Denominator").to_string(),
            if i.median {
                lang.pick("Median", "Median").to_string()
            } else {
                lang.pick("Andel", "Share").to_string()
            },
        ];
        if charts == Charts::TextBars {
            columns.push(lang.pick("Diagram", "Chart").to_string());
        }
        let table_rows: Vec<Vec<String>> = rows
            .iter()
            .zip(&bars)
            .map(|(x, b)| {
                let mut row = vec![
                    x.label.clone(),
                    x.cell.num.text(),
                    x.cell.den.text(),
                    value_text(x.cell.value, i.median, lang),
                ];
                if charts == Charts::TextBars {
                    row.push(text_bar(b.0, max));
                }
                row
            })
            .collect();
        blocks.push(Block::table(columns, table_rows));
        if let Some((key, split)) = &i.split {
            let head = if *key == "by_reason" {
                lang.pick("Orsak", "Reason")
            } else {
                lang.pick("Bedömning", "Outcome")
            };
            blocks.push(Block::table(
                vec![head.to_string(), lang.pick("Antal", "Count").to_string()],
                split
                    .iter()
                    .map(|(k, n)| vec![split_label(k, lang), n.text()])
                    .collect(),
            ));
        }
        d.section(name, blocks);
    }
    d.section(
        lang.pick("Gallring", "Gallring"),
        vec![Block::para(format!(
            "{}: {}",
            lang.pick(
                "Avslutade planer som ska gallras i dag (sip gallra)",
                "Closed plans due for gallring today (sip gallra)"
            ),
            r.gallring_due.text()
        ))],
    );
    d.footer = Some(
        lang.pick(
            "Utan personuppgifter: bara antal, andelar och överenskommelsernas id.",
            "No personal data: counts, shares and agreement ids only.",
        )
        .to_string(),
    );
    d
}

/// The HTML: the document through the documents' renderer, each marker replaced by its chart.
pub fn html(
    out: &mut dyn Write,
    r: &ShownReport,
    prev: Option<&ShownReport>,
    lang: Lang,
) -> std::io::Result<()> {
    let d = doc(r, prev, lang, Charts::Svg);
    let mut buf = Vec::new();
    crate::documents::render::html::render(&mut buf, &d)?;
    let mut s = String::from_utf8_lossy(&buf).into_owned();
    for (n, i) in r.indicators.iter().enumerate() {
        let p = prev.and_then(|p| p.indicators.get(n));
        let figure = format!("<figure class=\"chart\">{}</figure>", svg(i, p, lang));
        s = s.replacen(&format!("<p>{}</p>", marker(n)), &figure, 1);
    }
    out.write_all(s.as_bytes())
}

fn xcell(s: Shown) -> XCell {
    match s {
        Shown::Count(n) => XCell::Number(n as f64),
        Shown::Hidden => XCell::Text("<5".into()),
    }
}

/// The workbook: one sheet of every indicator's rows, one of the splits.
pub fn sheets(r: &ShownReport, lang: Lang) -> Vec<Sheet> {
    let header = [
        lang.pick("Indikator", "Indicator"),
        lang.pick("Namn", "Name"),
        lang.pick("Grupp", "Group"),
        lang.pick("Täljare", "Numerator"),
        lang.pick("Nämnare", "Denominator"),
        lang.pick("Värde", "Value"),
        lang.pick("Definition", "Definition"),
    ];
    let mut rows = Vec::new();
    for i in &r.indicators {
        let (name, definition) = text(i.id, lang);
        let all = std::iter::once((lang.pick("alla", "all").to_string(), &i.total)).chain(
            i.by_agreement
                .iter()
                .chain(&i.by_gender)
                .map(|(k, c)| (group_label(k, lang), c)),
        );
        for (g, c) in all {
            rows.push(vec![
                XCell::Text(i.id.into()),
                XCell::Text(name.into()),
                XCell::Text(g),
                xcell(c.num),
                xcell(c.den),
                c.value.map_or(XCell::Empty, XCell::Number),
                XCell::Text(definition.into()),
            ]);
        }
    }
    let mut split_rows = Vec::new();
    for i in &r.indicators {
        if let Some((_, split)) = &i.split {
            for (k, n) in split {
                split_rows.push(vec![
                    XCell::Text(i.id.into()),
                    XCell::Text(split_label(k, lang)),
                    xcell(*n),
                ]);
            }
        }
    }
    split_rows.push(vec![
        XCell::Text("gallring".into()),
        XCell::Text(
            lang.pick("ska gallras i dag", "due for gallring today")
                .into(),
        ),
        xcell(r.gallring_due),
    ]);
    vec![
        Sheet {
            name: lang.pick("Indikatorer", "Indicators").into(),
            header: header.iter().map(|h| h.to_string()).collect(),
            rows,
        },
        Sheet {
            name: lang.pick("Fördelning", "Breakdown").into(),
            header: vec![
                lang.pick("Indikator", "Indicator").into(),
                lang.pick("Kategori", "Category").into(),
                lang.pick("Antal", "Count").into(),
            ],
            rows: split_rows,
        },
    ]
}
