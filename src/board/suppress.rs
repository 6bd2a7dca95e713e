//! Disclosure control for the board report: which counts may be shown. Every format prints the
//! result of [`apply`], so suppression holds the same way everywhere.
//!
//! Method:
//! 1. Primary: a count of 1–4 is shown as `<5` (zero is shown). A numerator is also hidden when
//!    the rest of its denominator (`denominator − numerator`) is 1–4, since the rest would give a
//!    small count away.
//! 2. Secondary, per breakdown (the rows by agreement, the rows by gender, `by_reason`,
//!    `by_outcome`; numerators and denominators separately): when exactly one row of a breakdown
//!    is hidden, the smallest other non-zero row is hidden too, so that the total minus the shown
//!    rows gives no single row away; when no other row can be hidden, the total is hidden.
//! 3. A share is shown only when both its numerator and its denominator are; a median only when
//!    the number of plans it rests on is.

use super::{Cell, Indicator, Report};

/// A count as it may be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// 1–4, or hidden so that a small count cannot be worked out.
    Hidden,
}

impl Shown {
    pub fn text(self) -> String {
        match self {
            Shown::Count(n) => n.to_string(),
            Shown::Hidden => "<5".to_string(),
        }
    }
    pub fn json(self) -> serde_json::Value {
        match self {
            Shown::Count(n) => serde_json::Value::from(n),
            Shown::Hidden => serde_json::Value::String("<5".into()),
        }
    }
}

/// A cell after disclosure control.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownCell {
    pub num: Shown,
    pub den: Shown,
    pub value: Option<f64>,
}

/// An indicator after disclosure control.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownIndicator {
    pub id: &'static str,
    pub median: bool,
    pub total: ShownCell,
    pub by_agreement: Vec<(String, ShownCell)>,
    pub by_gender: Vec<(String, ShownCell)>,
    pub split: Option<(&'static str, Vec<(String, Shown)>)>,
}

/// A report after disclosure control.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownReport {
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    pub plans: u64,
    pub indicators: Vec<ShownIndicator>,
    pub gallring_due: Shown,
}

fn small(n: u64) -> bool {
    (1..=4).contains(&n)
}

/// Primary suppression of one cell: (numerator hidden, denominator hidden).
fn primary(c: &Cell, median: bool) -> (bool, bool) {
    let rest = c.den.saturating_sub(c.num);
    let num = small(c.num) || (!median && small(rest));
    (num, small(c.den))
}

/// Secondary suppression over a breakdown: `rows` are (count, hidden); `total` likewise.
fn secondary(rows: &mut [(u64, bool)], total: &mut (u64, bool)) {
    if total.1 {
        return;
    }
    let hidden = rows.iter().filter(|r| r.1).count();
    if hidden != 1 {
        return;
    }
    let other = rows
        .iter_mut()
        .filter(|r| !r.1 && r.0 > 0)
        .min_by_key(|r| r.0);
    match other {
        Some(r) => r.1 = true,
        None => total.1 = true,
    }
}

fn shown(n: u64, hidden: bool) -> Shown {
    if hidden {
        Shown::Hidden
    } else {
        Shown::Count(n)
    }
}

fn indicator(i: &Indicator) -> ShownIndicator {
    let m = i.median;
    let (mut tn, mut td) = {
        let (n, d) = primary(&i.total, m);
        ((i.total.num, n), (i.total.den, d))
    };
    // Each breakdown of cells: hide, then hide one more where one alone is hidden.
    let mut groups = |rows: &[(String, Cell)]| -> Vec<(u64, bool, u64, bool)> {
        let mut nums: Vec<(u64, bool)> = Vec::new();
        let mut dens: Vec<(u64, bool)> = Vec::new();
        for (_, c) in rows {
            let (n, d) = primary(c, m);
            nums.push((c.num, n));
            dens.push((c.den, d));
        }
        secondary(&mut nums, &mut tn);
        secondary(&mut dens, &mut td);
        nums.iter()
            .zip(&dens)
            .map(|(n, d)| (n.0, n.1, d.0, d.1))
            .collect()
    };
    let ag = groups(&i.by_agreement);
    let ge = groups(&i.by_gender);
    let cell = |c: &Cell, nh: bool, dh: bool| ShownCell {
        num: shown(c.num, nh),
        den: shown(c.den, dh),
        value: if nh || (dh && !m) {
            None
        } else {
            Indicator::value(c, m)
        },
    };
    let by = |rows: &[(String, Cell)], s: &[(u64, bool, u64, bool)]| {
        rows.iter()
            .zip(s)
            .map(|((k, c), f)| (k.clone(), cell(c, f.1, f.3)))
            .collect::<Vec<_>>()
    };
    let by_agreement = by(&i.by_agreement, &ag);
    let by_gender = by(&i.by_gender, &ge);
    let split = i.split.as_ref().map(|(name, rows)| {
        // by_reason sums to the numerator, by_outcome to the denominator.
        let total = if *name == "by_reason" {
            &mut tn
        } else {
            &mut td
        };
        let mut r: Vec<(u64, bool)> = rows.iter().map(|(_, n)| (*n, small(*n))).collect();
        secondary(&mut r, total);
        (
            *name,
            rows.iter()
                .zip(&r)
                .map(|((k, _), (n, h))| (k.clone(), shown(*n, *h)))
                .collect(),
        )
    });
    ShownIndicator {
        id: i.id,
        median: m,
        total: cell(&i.total, tn.1, td.1),
        by_agreement,
        by_gender,
        split,
    }
}

/// The report as it may be shown.
pub fn apply(r: &Report) -> ShownReport {
    ShownReport {
        from: r.from,
        to: r.to,
        plans: r.plans,
        indicators: r.indicators.iter().map(indicator).collect(),
        gallring_due: shown(r.gallring_due, small(r.gallring_due)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_small_row_hides_a_second() {
        let mut rows = vec![(3, true), (7, false), (0, false), (9, false)];
        let mut total = (19, false);
        secondary(&mut rows, &mut total);
        assert_eq!(rows, vec![(3, true), (7, true), (0, false), (9, false)]);
        assert!(!total.1);
    }

    #[test]
    fn one_small_row_alone_hides_the_total() {
        let mut rows = vec![(3, true), (0, false)];
        let mut total = (3, false);
        secondary(&mut rows, &mut total);
        assert!(total.1);
    }
}
