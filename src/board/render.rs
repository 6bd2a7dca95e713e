//! The board report's formats: JSON, a [`Doc`] (printed as Markdown, HTML or PDF by the
//! documents' own renderers), inline SVG charts for the HTML, and the workbook. Everything here
//! prints a [`ShownReport`], after disclosure control: no format can show what another hides.
//!
//! Charts: one horizontal bar chart per indicator (the period, the period before it, each
//! agreement by its name, each gender), drawn as inline SVG in the HTML with a direct label at
//! each bar and the previous period hatched, so that it reads in grey scale. To a screen reader
//! the SVG is one image (`role="img"`) whose name says what it shows and that the table under it
//! holds the same numbers; its own text is not read twice. In the PDF each table carries the bar
//! as a column of block characters.
//!
//! An agreement is labelled by its name ([`Names`]) in every format but JSON, which keeps the
//! ids of the contract.

use std::io::Write;

use serde_json::{Map, Value, json};

use super::Names;
use super::suppress::{Shown, ShownCell, ShownIndicator, ShownReport};
use crate::documents::doc::{Block, Doc};
use crate::documents::render::html::escape;
use crate::i18n::Lang;
use crate::lists::render::xlsx::{Sheet, XCell};
use crate::lists::stats::{MISSING, UNKNOWN};
use crate::model::enums::{ClosingReason, Gender, GoalAssessment};

/// Name and definition of an indicator, in `lang`.
pub fn text(id: &str, lang: Lang) -> (String, String) {
    match id {
        "startade" => (
            t!(lang, "rapport-indikator-startade"),
            t!(lang, "rapport-indikator-startade.definition"),
        ),
        "aktiva" => (
            t!(lang, "rapport-indikator-aktiva"),
            t!(lang, "rapport-indikator-aktiva.definition"),
        ),
        "avslutade" => (
            t!(lang, "rapport-indikator-avslutade"),
            t!(lang, "rapport-indikator-avslutade.definition"),
        ),
        "uppföljda_i_tid" => (
            t!(lang, "rapport-indikator-uppfoljda-i-tid"),
            t!(lang, "rapport-indikator-uppfoljda-i-tid.definition"),
        ),
        "eget_mål" => (
            t!(lang, "rapport-indikator-eget-mal"),
            t!(lang, "rapport-indikator-eget-mal.definition"),
        ),
        "individen_närvarande" => (
            t!(lang, "rapport-indikator-individen-narvarande"),
            t!(lang, "rapport-indikator-individen-narvarande.definition"),
        ),
        "kallelse_inom_3_dagar" => (
            t!(lang, "rapport-indikator-kallelse-inom-3-dagar"),
            t!(lang, "rapport-indikator-kallelse-inom-3-dagar.definition"),
        ),
        "dagar_till_upprättande" => (
            t!(lang, "rapport-indikator-dagar-till-upprattande"),
            t!(lang, "rapport-indikator-dagar-till-upprattande.definition"),
        ),
        _ => (
            t!(lang, "rapport-indikator-mal-utfall"),
            t!(lang, "rapport-indikator-mal-utfall.definition"),
        ),
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

/// A row label: a gender, or the words for not given / not known.
fn group_label(key: &str, lang: Lang) -> String {
    match key {
        MISSING => t!(lang, "rapport-rad-uppgift-saknas"),
        UNKNOWN => t!(lang, "rapport-rad-okand"),
        k => Gender::parse(k).map_or_else(|| k.to_string(), |g| g.label(lang)),
    }
}

/// The label of a `by_agreement` row: the agreement's name, or its id when it has none, or the
/// words for not given / not known.
fn agreement_label(key: &str, names: &Names, lang: Lang) -> String {
    match key {
        MISSING | UNKNOWN => group_label(key, lang),
        k => names.get(k).cloned().unwrap_or_else(|| k.to_string()),
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
            // A half day (the median of an even count) with the language's decimal sign, and
            // the number kept on the line of its unit.
            let dagar = if d.fract() == 0.0 {
                format!("{d:.0}")
            } else {
                format!("{d:.1}").replace('.', &t!(lang, "rapport-decimaltecken"))
            };
            t!(lang, "rapport-median-dagar", antal = d, dagar = dagar)
        }
        Some(s) => t!(lang, "rapport-andel", procent = format!("{:.0}", s * 100.0)),
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
    names: &Names,
) -> Vec<Row<'a>> {
    let mut rows = vec![Row {
        label: t!(lang, "rapport-rad-perioden"),
        cell: &i.total,
        previous: false,
    }];
    if let Some(p) = prev {
        rows.push(Row {
            label: t!(lang, "rapport-rad-perioden-fore"),
            cell: &p.total,
            previous: true,
        });
    }
    for (k, c) in &i.by_agreement {
        rows.push(Row {
            label: agreement_label(k, names, lang),
            cell: c,
            previous: false,
        });
    }
    for (k, c) in &i.by_gender {
        rows.push(Row {
            label: group_label(k, lang),
            cell: c,
            previous: false,
        });
    }
    rows
}

/// A chart label's lines: at most this many characters each (a label column of 222 px at 12 px
/// sans-serif, about 7 px a character), and at most this many lines; a longer name ends in `…`
/// (the table under the chart holds it whole).
const LABEL_CHARS: usize = 30;
const LABEL_LINES: usize = 3;

/// `label` in lines of at most `width` characters, broken between words (a word longer than a
/// line inside it), at most `max` lines, the last one ending in `…` when something is left out.
/// Stops reading once it has more than `max` lines, so a long label costs no more than a short.
fn wrap(label: &str, width: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    'words: for word in label.split_whitespace() {
        let mut rest = word;
        while !rest.is_empty() {
            if lines.len() > max {
                break 'words;
            }
            let n = rest.chars().count();
            if len > 0 && len + 1 + n <= width {
                line.push(' ');
                line.push_str(rest);
                len += 1 + n;
                break;
            }
            if len == 0 && n <= width {
                line.push_str(rest);
                len = n;
                break;
            }
            if len > 0 {
                lines.push(std::mem::take(&mut line));
                len = 0;
                continue;
            }
            let at = rest
                .char_indices()
                .nth(width)
                .map_or(rest.len(), |(i, _)| i);
            lines.push(rest[..at].to_string());
            rest = &rest[at..];
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max && max > 0 {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let keep: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{}…", keep.trim_end());
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// One indicator as an inline SVG bar chart: to a screen reader one image, named by what it
/// shows and where its numbers are (the table under it), its own text not read out.
pub fn svg(i: &ShownIndicator, prev: Option<&ShownIndicator>, lang: Lang, names: &Names) -> String {
    let rows = chart_rows(i, prev, lang, names);
    let bars: Vec<(Option<f64>, String)> = rows.iter().map(|r| bar(i, r.cell, lang)).collect();
    let max = if counted(i.id) || i.median {
        bars.iter().filter_map(|b| b.0).fold(0.0, f64::max)
    } else {
        1.0
    };
    // The label column to 222 px, the bars 300 px, their labels after them.
    let (left, width, line_h, bar_h) = (230.0, 300.0, 14.0, 18.0);
    let labels: Vec<Vec<String>> = rows
        .iter()
        .map(|r| wrap(&r.label, LABEL_CHARS, LABEL_LINES))
        .collect();
    let heights: Vec<f64> = labels
        .iter()
        .map(|l| (line_h * l.len() as f64 + 10.0).max(24.0))
        .collect();
    let height = heights.iter().sum::<f64>() + 8.0;
    let name = t!(lang, "rapport-diagram-namn", indikator = text(i.id, lang).0);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"600\" height=\"{height}\" \
         viewBox=\"0 0 600 {height}\" style=\"max-width: 100%; height: auto\" role=\"img\" aria-label=\"{name}\">\
         <rect width=\"600\" height=\"{height}\" fill=\"#ffffff\"/>\
         <defs><pattern id=\"hatch-{id}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1d3f66\" stroke-width=\"3\"/></pattern></defs>",
        name = escape(&name),
        id = i.id
    );
    let mut y = 4.0;
    for (n, ((r, (v, label)), (lines, h))) in rows
        .iter()
        .zip(&bars)
        .zip(labels.iter().zip(&heights))
        .enumerate()
    {
        let middle = y + h / 2.0;
        let first = middle - line_h * (lines.len() as f64 - 1.0) / 2.0 + 4.0;
        for (k, l) in lines.iter().enumerate() {
            s.push_str(&format!(
                "<text x=\"{x}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"12\" font-family=\"sans-serif\" fill=\"#000000\">{}</text>",
                first + line_h * k as f64,
                escape(l),
                x = left - 8.0
            ));
        }
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
                "<rect x=\"{left}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{bar_h}\" fill=\"{fill}\" stroke=\"#1d3f66\" stroke-width=\"1\"/>",
                middle - bar_h / 2.0,
            ));
        }
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" font-family=\"sans-serif\" fill=\"#000000\">{}</text>",
            left + w + 6.0,
            middle + 4.0,
            escape(label)
        ));
        y += h;
    }
    s.push_str(&format!(
        "<line x1=\"{left}\" y1=\"2\" x2=\"{left}\" y2=\"{}\" stroke=\"#000000\" stroke-width=\"1\"/></svg>",
        height - 2.0
    ));
    s
}

/// The text bar of the PDF: up to 12 block characters, which fit the narrowest share a table
/// gives its column (a fifth of the page), so a full bar stays on one line.
fn text_bar(v: Option<f64>, max: f64) -> String {
    match v {
        Some(v) if max > 0.0 && v > 0.0 => {
            let n = ((v / max) * 12.0).round().max(1.0) as usize;
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
pub fn doc(
    r: &ShownReport,
    prev: Option<&ShownReport>,
    lang: Lang,
    charts: Charts,
    names: &Names,
) -> Doc {
    let mut d = Doc::new("report", lang, t!(lang, "rapport-titel"));
    d.subtitle = Some(format!("{} – {}", r.from, r.to));
    d.field(
        t!(lang, "rapport-falt-period"),
        format!("{} – {}", r.from, r.to),
    );
    if let Some(p) = prev {
        d.field(
            t!(lang, "rapport-falt-jamfors-med"),
            format!("{} – {}", p.from, p.to),
        );
    }
    d.field(t!(lang, "rapport-falt-planer"), r.plans.to_string());
    d.field(
        t!(lang, "rapport-falt-sma-tal"),
        t!(lang, "rapport-sma-tal"),
    );
    for (n, i) in r.indicators.iter().enumerate() {
        let p = prev.and_then(|p| p.indicators.get(n));
        let (name, definition) = text(i.id, lang);
        let mut blocks = vec![Block::para(definition)];
        if charts == Charts::Svg {
            blocks.push(Block::para(marker(n)));
        }
        let rows = chart_rows(i, p, lang, names);
        let bars: Vec<(Option<f64>, String)> = rows.iter().map(|x| bar(i, x.cell, lang)).collect();
        let max = if counted(i.id) || i.median {
            bars.iter().filter_map(|b| b.0).fold(0.0, f64::max)
        } else {
            1.0
        };
        let mut columns = vec![
            t!(lang, "rapport-kolumn-grupp"),
            t!(lang, "rapport-kolumn-taljare"),
            t!(lang, "rapport-kolumn-namnare"),
            if i.median {
                t!(lang, "rapport-kolumn-median")
            } else {
                t!(lang, "rapport-kolumn-andel")
            },
        ];
        if charts == Charts::TextBars {
            columns.push(t!(lang, "rapport-kolumn-diagram"));
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
                t!(lang, "rapport-kolumn-orsak")
            } else {
                t!(lang, "rapport-kolumn-bedomning")
            };
            blocks.push(Block::table(
                vec![head, t!(lang, "rapport-kolumn-antal")],
                split
                    .iter()
                    .map(|(k, n)| vec![split_label(k, lang), n.text()])
                    .collect(),
            ));
        }
        d.section(name, blocks);
    }
    d.section(
        t!(lang, "rapport-gallring-rubrik"),
        vec![Block::para(t!(
            lang,
            "rapport-gallring",
            antal = r.gallring_due.text()
        ))],
    );
    d.footer = Some(t!(lang, "rapport-sidfot"));
    d
}

/// The HTML: the document through the documents' renderer, each marker replaced by its chart.
pub fn html(
    out: &mut dyn Write,
    r: &ShownReport,
    prev: Option<&ShownReport>,
    lang: Lang,
    names: &Names,
) -> std::io::Result<()> {
    let d = doc(r, prev, lang, Charts::Svg, names);
    let mut buf = Vec::new();
    crate::documents::render::html::render(&mut buf, &d)?;
    let mut s = String::from_utf8_lossy(&buf).into_owned();
    for (n, i) in r.indicators.iter().enumerate() {
        let p = prev.and_then(|p| p.indicators.get(n));
        let figure = format!(
            "<figure class=\"chart\">{}</figure>",
            svg(i, p, lang, names)
        );
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
pub fn sheets(r: &ShownReport, lang: Lang, names: &Names) -> Vec<Sheet> {
    let header = vec![
        t!(lang, "rapport-kolumn-indikator"),
        t!(lang, "rapport-kolumn-namn"),
        t!(lang, "rapport-kolumn-grupp"),
        t!(lang, "rapport-kolumn-taljare"),
        t!(lang, "rapport-kolumn-namnare"),
        t!(lang, "rapport-kolumn-varde"),
        t!(lang, "rapport-kolumn-definition"),
    ];
    let mut rows = Vec::new();
    for i in &r.indicators {
        let (name, definition) = text(i.id, lang);
        let all = std::iter::once((t!(lang, "rapport-rad-alla"), &i.total))
            .chain(
                i.by_agreement
                    .iter()
                    .map(|(k, c)| (agreement_label(k, names, lang), c)),
            )
            .chain(i.by_gender.iter().map(|(k, c)| (group_label(k, lang), c)));
        for (g, c) in all {
            rows.push(vec![
                XCell::Text(i.id.into()),
                XCell::Text(name.clone()),
                XCell::Text(g),
                xcell(c.num),
                xcell(c.den),
                c.value.map_or(XCell::Empty, XCell::Number),
                XCell::Text(definition.clone()),
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
        XCell::Text(t!(lang, "rapport-ska-gallras")),
        xcell(r.gallring_due),
    ]);
    vec![
        Sheet {
            name: t!(lang, "rapport-flik-indikatorer"),
            header,
            rows,
        },
        Sheet {
            name: t!(lang, "rapport-flik-fordelning"),
            header: vec![
                t!(lang, "rapport-kolumn-indikator"),
                t!(lang, "rapport-kolumn-kategori"),
                t!(lang, "rapport-kolumn-antal"),
            ],
            rows: split_rows,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::{text, value_text, wrap};
    use crate::i18n::Lang;

    #[test]
    fn every_indicator_has_a_name_and_a_definition_of_its_own_in_both_languages() {
        for lang in [Lang::Sv, Lang::En] {
            let mut seen = std::collections::BTreeSet::new();
            for id in crate::board::IDS {
                let (name, definition) = text(id, lang);
                // A missing message prints its id, which starts with the file's prefix.
                assert!(!name.starts_with("rapport-"), "{id}: {name}");
                assert!(!definition.starts_with("rapport-"), "{id}: {definition}");
                assert!(seen.insert(name), "{id} shares a name in {lang:?}");
            }
        }
    }

    #[test]
    fn a_median_has_the_languages_decimal_sign_and_stays_with_its_unit() {
        assert_eq!(value_text(Some(19.5), true, Lang::Sv), "19,5\u{a0}dagar");
        assert_eq!(value_text(Some(19.5), true, Lang::En), "19.5\u{a0}days");
        assert_eq!(value_text(Some(15.0), true, Lang::Sv), "15\u{a0}dagar");
        assert_eq!(value_text(Some(1.0), true, Lang::Sv), "1\u{a0}dag");
        assert_eq!(value_text(Some(1.0), true, Lang::En), "1\u{a0}day");
        assert_eq!(value_text(Some(0.5), false, Lang::En), "50%");
        assert_eq!(value_text(Some(0.5), false, Lang::Sv), "50\u{a0}%");
        assert_eq!(value_text(None, true, Lang::Sv), "–");
    }

    #[test]
    fn labels_wrap_between_words_and_long_ones_end_in_an_ellipsis() {
        assert_eq!(wrap("Perioden", 30, 3), vec!["Perioden"]);
        assert_eq!(
            wrap("SamSIP – Samordningsförbundet Södra Lappland", 30, 3),
            vec!["SamSIP – Samordningsförbundet", "Södra Lappland"]
        );
        // A word longer than a line is broken inside it.
        assert_eq!(wrap("abcdefghij", 4, 3), vec!["abcd", "efgh", "ij"]);
        assert_eq!(
            wrap("ab abcdefghij", 4, 5),
            vec!["ab", "abcd", "efgh", "ij"]
        );
        // More than three lines: the third ends in `…`, within the width.
        let cut = wrap(&"ord ".repeat(100_000), 10, 3);
        assert_eq!(cut, vec!["ord ord", "ord ord", "ord ord…"]);
        assert_eq!(wrap(&"x".repeat(1_000_000), 10, 3)[2], "xxxxxxxxx…");
        assert_eq!(wrap("", 30, 3), vec![""]);
        assert_eq!(wrap("å ä ö", 3, 1), vec!["å…"]);
    }
}
