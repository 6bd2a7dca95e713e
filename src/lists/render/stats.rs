//! `sip stats` as table, JSON and CSV, with disclosure control: unless `--no-suppress`, every
//! count of 1–4 in a breakdown is shown as `<5` (the string `"<5"` in JSON and CSV). Zero is
//! shown as it is. The totals of the whole selection (`plans`, `interventions.total`) are not
//! cells and are shown as they are. The median days to the first meeting is left out (`null`)
//! when it rests on 1–4 plans, and the share on time when either the on-time count or the rest
//! is 1–4 (either would give the small count away). Only primary suppression: a small cell may
//! still be worked out from its row's total and the other cells.
//!
//! JSON: `{"version": 1, "today", "from", "to", "suppressed", "plans": N, "by_gender",
//! "by_age", "by_status", "by_agreement", "by_initiating_party", "by_overall_party",
//! "interventions": {"total", "by_gender", "by_age", "by_party", "by_status"}, "follow_up":
//! {"by_state", "share_on_time"}, "first_meeting": {"plans", "median_days"}, "closing_reasons",
//! "goal_outcomes"}` (v3: evaluated goals by `bedömning`);
//! each `by_…` category maps to `{"total", "gender": {kvinna, man, annat, uppgift_saknas},
//! "age": {"0-15", …, "66+", "uppgift_saknas"}}`. CSV is long: `table,category,split,group,count`
//! (the keys of [`CsvRow`]). The breakdowns are listed once ([`tables`]) with their names in CSV,
//! in the text tables and in the workbook.

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::{RenderOpts, table_text};
use crate::i18n::Lang;
use crate::lists::AgeBand;
use crate::lists::stats::{Breakdown, MISSING, Split, Stats, UNKNOWN, share_on_time};
use crate::model::enums::Gender;

/// A count after disclosure control.
fn count(n: u64, suppress: bool) -> Value {
    if suppress && (1..=4).contains(&n) {
        Value::String("<5".into())
    } else {
        Value::from(n)
    }
}

fn count_text(n: u64, suppress: bool) -> String {
    match count(n, suppress) {
        Value::String(s) => s,
        v => v.to_string(),
    }
}

fn gender_map(s: &Split, sup: bool) -> Value {
    let mut m = Map::new();
    for (g, n) in Gender::VARIANTS.iter().zip(s.gender) {
        m.insert(g.as_str().into(), count(n, sup));
    }
    Value::Object(m)
}

fn age_map(s: &Split, sup: bool) -> Value {
    let mut m = Map::new();
    for (a, n) in AgeBand::ALL.iter().zip(s.age) {
        m.insert(a.key().into(), count(n, sup));
    }
    Value::Object(m)
}

fn breakdown(b: &Breakdown, sup: bool) -> Value {
    let mut m = Map::new();
    for (k, s) in &b.rows {
        m.insert(
            k.clone(),
            json!({"total": count(s.total, sup), "gender": gender_map(s, sup), "age": age_map(s, sup)}),
        );
    }
    Value::Object(m)
}

/// The median when it may be shown.
pub(super) fn median(st: &Stats, sup: bool) -> Option<f64> {
    let small = sup && (1..=4).contains(&st.first_meeting_plans);
    st.median_days_to_first_meeting.filter(|_| !small)
}

/// The share on time when it may be shown.
pub(super) fn share(st: &Stats, sup: bool) -> Option<f64> {
    let on_time = st.follow_up.rows.first().map_or(0, |(_, s)| s.total);
    let active: u64 = st.follow_up.rows.iter().map(|(_, s)| s.total).sum();
    let small = |n: u64| sup && (1..=4).contains(&n);
    if small(on_time) || small(active - on_time) {
        None
    } else {
        share_on_time(st)
    }
}

pub fn json(
    out: &mut dyn std::io::Write,
    st: &Stats,
    sup: bool,
    unreadable: &[crate::check::Unreadable],
    lang: crate::i18n::Lang,
) -> std::io::Result<()> {
    let v = json!({
        "version": 1,
        "today": st.today.to_string(),
        "from": st.from.map(|d| d.to_string()),
        "to": st.to.map(|d| d.to_string()),
        "suppressed": sup,
        "plans": st.plans.total,
        "by_gender": gender_map(&st.plans, sup),
        "by_age": age_map(&st.plans, sup),
        "by_status": breakdown(&st.by_status, sup),
        "by_agreement": breakdown(&st.by_agreement, sup),
        "by_initiating_party": breakdown(&st.by_initiating_party, sup),
        "by_overall_party": breakdown(&st.by_overall_party, sup),
        "interventions": {
            "total": st.interventions.total,
            "by_gender": gender_map(&st.interventions, sup),
            "by_age": age_map(&st.interventions, sup),
            "by_party": breakdown(&st.interventions_by_party, sup),
            "by_status": breakdown(&st.interventions_by_status, sup),
        },
        "follow_up": {
            "by_state": breakdown(&st.follow_up, sup),
            "share_on_time": share(st, sup),
        },
        "first_meeting": {
            "plans": count(st.first_meeting_plans, sup),
            "median_days": median(st, sup),
        },
        "closing_reasons": breakdown(&st.closing_reasons, sup),
        "goal_outcomes": breakdown(&st.goal_outcomes, sup),
        "unreadable": super::unreadable_json(unreadable, lang),
    });
    super::write_json(out, &v)
}

/// What a breakdown counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Counts {
    Plans,
    Interventions,
    FollowUp,
    Closed,
    /// v3: evaluated goals.
    Goals,
}

/// One breakdown of `sip stats`, with its name in each format.
pub(super) struct Table<'a> {
    pub counts: Counts,
    /// The `table` column of the CSV.
    pub csv: &'static str,
    /// The heading of the text table (a message id of `listor.ftl`).
    pub title: &'static str,
    /// The workbook's sheet (a message id of `listor.ftl`; at most 31 characters).
    pub sheet: &'static str,
    pub breakdown: &'a Breakdown,
}

/// The breakdowns in the order every format shows them.
pub(super) fn tables(st: &Stats) -> [Table<'_>; 9] {
    let t = |counts, csv, title, sheet, breakdown| Table {
        counts,
        csv,
        title,
        sheet,
        breakdown,
    };
    [
        t(
            Counts::Plans,
            "by_status",
            "lista-statistik-efter-status",
            "lista-blad-status",
            &st.by_status,
        ),
        t(
            Counts::Plans,
            "by_agreement",
            "lista-statistik-efter-overenskommelse",
            "lista-blad-overenskommelse",
            &st.by_agreement,
        ),
        t(
            Counts::Plans,
            "by_initiating_party",
            "lista-statistik-efter-initierande-part",
            "lista-blad-initierande-part",
            &st.by_initiating_party,
        ),
        t(
            Counts::Plans,
            "by_overall_party",
            "lista-statistik-efter-overgripande-ansvar",
            "lista-blad-overgripande-ansvar",
            &st.by_overall_party,
        ),
        t(
            Counts::Interventions,
            "interventions_by_party",
            "lista-statistik-insatser-efter-huvudman",
            "lista-blad-insatser-efter-huvudman",
            &st.interventions_by_party,
        ),
        t(
            Counts::Interventions,
            "interventions_by_status",
            "lista-statistik-insatser-efter-status",
            "lista-blad-insatser-efter-status",
            &st.interventions_by_status,
        ),
        t(
            Counts::FollowUp,
            "follow_up",
            "lista-statistik-uppfoljning",
            "lista-blad-uppfoljning",
            &st.follow_up,
        ),
        t(
            Counts::Closed,
            "closing_reasons",
            "lista-statistik-avslutsorsak",
            "lista-blad-avslutsorsak",
            &st.closing_reasons,
        ),
        t(
            Counts::Goals,
            "goal_outcomes",
            "lista-statistik-malens-utfall",
            "lista-blad-malens-utfall",
            &st.goal_outcomes,
        ),
    ]
}

/// One line of the CSV: a count of one group of one split of one category of one table, or a
/// figure of a table's own (`category` and `group` empty).
#[derive(Serialize, Default)]
struct CsvRow<'a> {
    table: &'a str,
    category: &'a str,
    split: &'a str,
    group: &'a str,
    count: String,
}

fn plain<'a>(table: &'a str, split: &'a str, count: String) -> CsvRow<'a> {
    CsvRow {
        table,
        split,
        count,
        ..CsvRow::default()
    }
}

/// The rows of a split: its total (unless `with_total` is false), then per gender and age band.
fn split_rows<'a>(
    out: &mut Vec<CsvRow<'a>>,
    table: &'a str,
    category: &'a str,
    s: &Split,
    sup: bool,
    with_total: bool,
) {
    let row = |split, group, count| CsvRow {
        table,
        category,
        split,
        group,
        count,
    };
    if with_total {
        out.push(row("total", "", count_text(s.total, sup)));
    }
    for (g, n) in Gender::VARIANTS.iter().zip(s.gender) {
        out.push(row("gender", g.as_str(), count_text(n, sup)));
    }
    for (a, n) in AgeBand::ALL.iter().zip(s.age) {
        out.push(row("age", a.key(), count_text(n, sup)));
    }
}

pub fn csv(out: &mut dyn std::io::Write, st: &Stats, sup: bool) -> std::io::Result<()> {
    let mut rows: Vec<CsvRow> = Vec::new();
    // The totals of the selection are shown as they are: not suppressed cells.
    rows.push(plain("plans", "total", st.plans.total.to_string()));
    split_rows(&mut rows, "plans", "", &st.plans, sup, false);
    let opt = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    let mut interventions_done = false;
    for t in tables(st) {
        if t.counts == Counts::Interventions && !interventions_done {
            interventions_done = true;
            rows.push(plain(
                "interventions",
                "total",
                st.interventions.total.to_string(),
            ));
            split_rows(
                &mut rows,
                "interventions",
                "",
                &st.interventions,
                sup,
                false,
            );
        }
        for (k, s) in &t.breakdown.rows {
            split_rows(&mut rows, t.csv, k, s, sup, true);
        }
        if t.counts == Counts::FollowUp {
            rows.push(plain("follow_up", "share_on_time", opt(share(st, sup))));
            rows.push(plain(
                "first_meeting",
                "plans",
                count_text(st.first_meeting_plans, sup),
            ));
            rows.push(plain("first_meeting", "median_days", opt(median(st, sup))));
        }
    }
    super::write_csv_rows(out, rows)
}

/// A category as shown: `uppgift_saknas` → `uppgift saknas`, ids as they are.
pub(super) fn label(k: &str, lang: Lang) -> String {
    if k == MISSING {
        return t!(lang, "lista-statistik-uppgift-saknas");
    }
    if k == UNKNOWN {
        return t!(lang, "lista-statistik-okant");
    }
    k.replace('_', " ")
}

fn right(t: &mut comfy_table::Table, from: usize) {
    let n = t.column_count();
    for c in from..n {
        if let Some(col) = t.column_mut(c) {
            col.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
}

/// Two tables for a breakdown: by gender (with the total), then by age band.
fn breakdown_tables(out: &mut String, title: &str, b: &Breakdown, o: &RenderOpts, sup: bool) {
    let lang = o.lang;
    out.push('\n');
    out.push_str(title);
    out.push('\n');
    if b.rows.is_empty() {
        out.push_str(&format!("  {}\n", t!(lang, "lista-statistik-inga")));
        return;
    }
    let probe = o.table(&[]);
    let narrow = o.is_narrow(&probe);
    let shown = |k: &str| {
        let l = label(k, lang);
        if narrow { super::wrap_id(&l, 14) } else { l }
    };
    let mut t = o.table_with(&[
        String::new(),
        t!(lang, "lista-kolumn-totalt"),
        t!(lang, "lista-kolumn-kvinnor"),
        t!(lang, "lista-kolumn-man"),
        t!(lang, "lista-kolumn-annat"),
        t!(lang, "lista-kolumn-kon-saknas-kort"),
    ]);
    for (k, s) in &b.rows {
        let mut row = vec![label(k, lang), count_text(s.total, sup)];
        row.extend(s.gender.iter().map(|n| count_text(*n, sup)));
        t.add_row(row);
    }
    right(&mut t, 1);
    out.push_str(&table_text(&t));
    out.push('\n');
    let mut header = vec![t!(lang, "lista-kolumn-alder")];
    header.extend(AgeBand::ALL.iter().map(|a| a.label(lang)));
    let mut t = o.table_with(&header);
    for (k, s) in &b.rows {
        let mut row = vec![shown(k)];
        row.extend(s.age.iter().map(|n| count_text(*n, sup)));
        t.add_row(row);
    }
    right(&mut t, 1);
    out.push_str(&table_text(&t));
}

pub fn table(
    out: &mut dyn std::io::Write,
    st: &Stats,
    o: &RenderOpts,
    sup: bool,
) -> std::io::Result<()> {
    super::write_text(out, &table_of(st, o, sup))
}

fn table_of(st: &Stats, o: &RenderOpts, sup: bool) -> String {
    let lang = o.lang;
    let mut out = String::new();
    let range = match (st.from, st.to) {
        (None, None) => t!(lang, "lista-statistik-alla-planer"),
        (f, t) => t!(
            lang,
            "lista-statistik-initierade",
            fran = f.map(|d| d.to_string()).unwrap_or_default(),
            till = t.map(|d| d.to_string()).unwrap_or_default()
        ),
    };
    let line = |out: &mut String, text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(
        &mut out,
        t!(
            lang,
            "lista-statistik-rubrik",
            idag = st.today.to_string(),
            urval = range
        ),
    );
    line(
        &mut out,
        t!(
            lang,
            "lista-statistik-antal",
            planer = st.plans.total,
            insatser = st.interventions.total
        ),
    );
    if sup {
        line(&mut out, t!(lang, "lista-statistik-doljs"));
    }
    let mut all = Breakdown::default();
    all.rows
        .push((t!(lang, "lista-statistik-alla"), st.plans.clone()));
    breakdown_tables(&mut out, &t!(lang, "lista-statistik-planer"), &all, o, sup);
    for t in tables(st) {
        breakdown_tables(&mut out, &t!(lang, t.title), t.breakdown, o, sup);
    }
    out.push('\n');
    let pct = share(st, sup).map_or_else(|| "–".to_string(), |s| format!("{:.0} %", s * 100.0));
    line(&mut out, t!(lang, "lista-statistik-andel-rad", andel = pct));
    let med = median(st, sup).map_or_else(|| "–".to_string(), |m| format!("{m}"));
    // The number of plans chooses the plural; a suppressed count is the text `<5`.
    let plans = st.first_meeting_plans;
    let median_line = match count(plans, sup) {
        Value::String(small) => t!(
            lang,
            "lista-statistik-median-rad",
            median = med,
            antal = small
        ),
        _ => t!(
            lang,
            "lista-statistik-median-rad",
            median = med,
            antal = plans
        ),
    };
    line(&mut out, median_line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csv_is_long_with_its_header() {
        let st = crate::lists::stats::fold([], chrono::NaiveDate::MIN, None, None);
        let text = super::super::tests::written(|w| csv(w, &st, true));
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("table,category,split,group,count"));
        assert_eq!(lines.next(), Some("plans,,total,,0"));
        assert_eq!(lines.next(), Some("plans,,gender,kvinna,0"));
    }

    /// The plans behind the median are counted with the right plural, or `<5` when suppressed.
    #[test]
    fn the_median_line_counts_plans_in_the_plural() {
        let mut st = crate::lists::stats::fold([], chrono::NaiveDate::MIN, None, None);
        st.first_meeting_plans = 1;
        st.median_days_to_first_meeting = Some(12.0);
        let o = |lang| RenderOpts {
            lang,
            today: chrono::NaiveDate::MIN,
            color: false,
            width: Some(200),
        };
        let last = |lang, sup| {
            table_of(&st, &o(lang), sup)
                .lines()
                .last()
                .map(str::to_string)
        };
        assert_eq!(
            last(Lang::Sv, false).as_deref(),
            Some("Median, dagar från initiering till första hållna möte: 12 (1 plan)")
        );
        assert_eq!(
            last(Lang::En, false).as_deref(),
            Some("Median days from initiation to the first held meeting: 12 (1 plan)")
        );
        assert_eq!(
            last(Lang::Sv, true).as_deref(),
            Some("Median, dagar från initiering till första hållna möte: – (<5 planer)")
        );
    }

    /// Every breakdown's heading and sheet name is a message in both languages.
    #[test]
    fn every_breakdown_has_its_messages() {
        let st = crate::lists::stats::fold([], chrono::NaiveDate::MIN, None, None);
        for t in tables(&st) {
            for lang in [Lang::Sv, Lang::En] {
                assert!(crate::i18n::has(lang, t.title), "{}", t.title);
                assert!(crate::i18n::has(lang, t.sheet), "{}", t.sheet);
            }
        }
    }

    /// Every breakdown has a name in every format, and the CSV names are distinct.
    #[test]
    fn every_breakdown_is_named_once() {
        let st = crate::lists::stats::fold([], chrono::NaiveDate::MIN, None, None);
        let names: std::collections::BTreeSet<&str> = tables(&st).iter().map(|t| t.csv).collect();
        assert_eq!(names.len(), tables(&st).len());
    }
}
