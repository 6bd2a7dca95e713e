//! `sip list` as table, JSON (`{"version": 1, "plans": [{"id", "file", "individ",
//! "överenskommelse", "status", "övergripande_ansvar", "nästa_uppföljning", "fel", "varning"}]}`,
//! `övergripande_ansvar` being the party id) and CSV (the same keys as header: both are
//! [`PlanRow`], as is the XLSX sheet).

use serde::Serialize;

use super::{RenderOpts, SeqOf, or_dash, table_text};
use crate::check::Unreadable;
use crate::i18n::Lang;
use crate::lists::list::Row;

#[derive(Serialize)]
struct Output<'u, I> {
    version: u32,
    plans: I,
    unreadable: Vec<super::UnreadableJson<'u>>,
}

/// One plan as the JSON has it, for JSON, CSV and XLSX.
#[derive(Serialize, Default)]
pub struct PlanRow<'a> {
    id: &'a str,
    file: &'a str,
    individ: Option<&'a str>,
    #[serde(rename = "överenskommelse")]
    agreement: Option<&'a str>,
    status: Option<&'static str>,
    #[serde(rename = "övergripande_ansvar")]
    overall: Option<&'a str>,
    #[serde(rename = "nästa_uppföljning")]
    next_follow_up: Option<String>,
    fel: usize,
    varning: usize,
}

impl<'a> PlanRow<'a> {
    pub fn of(r: &'a Row) -> PlanRow<'a> {
        PlanRow {
            id: &r.id,
            file: &r.file,
            individ: r.individual.as_deref(),
            agreement: r.agreement.as_deref(),
            status: r.status.map(|s| s.as_str()),
            overall: r.overall_party.as_deref(),
            next_follow_up: r.next_follow_up.map(|d| d.to_string()),
            fel: r.errors,
            varning: r.warnings,
        }
    }
}

/// The JSON, written as it is serialized.
pub fn write_json(
    out: &mut dyn std::io::Write,
    rows: &[Row],
    unreadable: &[Unreadable],
    lang: Lang,
) -> std::io::Result<()> {
    super::write_json(
        out,
        &Output {
            version: 1,
            plans: SeqOf::new(rows.iter().map(PlanRow::of)),
            unreadable: super::unreadable_json(unreadable, lang),
        },
    )
}

/// The CSV: the JSON keys as header, one row per plan.
pub fn csv(out: &mut dyn std::io::Write, rows: &[Row]) -> std::io::Result<()> {
    super::write_csv_rows(out, rows.iter().map(PlanRow::of))
}

/// The table; a file that could not be read is a row of its own (never left out).
pub fn table(
    out: &mut dyn std::io::Write,
    rows: &[Row],
    unreadable: &[Unreadable],
    o: &RenderOpts,
) -> std::io::Result<()> {
    super::write_text(out, &table_of(rows, unreadable, o))
}

fn table_of(rows: &[Row], unreadable: &[Unreadable], o: &RenderOpts) -> String {
    let lang = o.lang;
    if rows.is_empty() && unreadable.is_empty() {
        return format!("{}\n", t!(lang, "lista-inga-planer"));
    }
    let probe = o.table(&[]);
    let narrow = o.is_narrow(&probe);
    let mut header = vec![t!(lang, "lista-kolumn-plan")];
    if narrow {
        header[0] = t!(lang, "lista-kolumn-plan-individ");
    } else {
        header.push(t!(lang, "lista-kolumn-individ"));
    }
    header.extend([
        if narrow {
            t!(lang, "lista-kolumn-overenskommelse-kort")
        } else {
            t!(lang, "lista-kolumn-overenskommelse")
        },
        t!(lang, "lista-kolumn-status"),
        t!(lang, "lista-kolumn-ansvar-kort"),
        t!(lang, "lista-kolumn-uppfoljning"),
        t!(lang, "lista-kolumn-fel-kort"),
        t!(lang, "lista-kolumn-varningar-kort"),
    ]);
    let mut t = o.table_with(&header);
    let n = header.len();
    super::no_wrap(&mut t, &[0, n - 6, n - 4, n - 3, n - 2, n - 1]);
    super::align_right(&mut t, &[n - 2, n - 1]);
    for r in rows {
        let late = r.status != Some(crate::model::enums::Status::Closed)
            && r.next_follow_up.is_some_and(|d| d < o.today);
        let individual = or_dash(r.individual.as_deref());
        let mut row = Vec::new();
        if narrow {
            row.push(o.cell(format!("{}\n{individual}", r.id), false));
        } else {
            row.push(o.cell(&r.id, false));
            row.push(o.cell(individual, false));
        }
        let agreement = or_dash(r.agreement.as_deref());
        row.extend([
            o.cell(
                if narrow {
                    super::wrap_id(&agreement, 13)
                } else {
                    agreement
                },
                false,
            ),
            o.cell(r.status.map_or("–".into(), |s| s.label(lang)), false),
            o.cell(or_dash(r.overall_party.as_deref()), false),
            o.cell(
                r.next_follow_up.map_or("–".into(), |d| {
                    if late {
                        format!("{d} !")
                    } else {
                        d.to_string()
                    }
                }),
                late,
            ),
            o.cell(r.errors, r.errors > 0),
            o.cell(r.warnings, false),
        ]);
        t.add_row(row);
    }
    for u in unreadable {
        let stem = u.file.rsplit('/').next().unwrap_or(&u.file);
        let stem = stem.trim_end_matches(".yaml").trim_end_matches(".yml");
        let mut row = Vec::new();
        if narrow {
            row.push(o.cell(format!("{stem}\n{}", u.file), true));
        } else {
            row.push(o.cell(stem, true));
            row.push(o.cell(&u.file, false));
        }
        row.extend([
            o.cell("–", false),
            o.cell(t!(lang, "lista-kan-inte-lasas"), true),
            o.cell("–", false),
            o.cell("–", false),
            o.cell(1, true),
            o.cell(0, false),
        ]);
        t.add_row(row);
    }
    let errors: usize = rows.iter().map(|r| r.errors).sum::<usize>() + unreadable.len();
    let warnings: usize = rows.iter().map(|r| r.warnings).sum();
    let mut out = table_text(&t);
    out.push('\n');
    let summary = if unreadable.is_empty() {
        t!(
            lang,
            "lista-summering",
            planer = rows.len(),
            fel = errors,
            varningar = warnings
        )
    } else {
        t!(
            lang,
            "lista-summering-med-olasliga",
            planer = rows.len(),
            filer = unreadable.len(),
            fel = errors,
            varningar = warnings
        )
    };
    out.push_str(&summary);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The summary under the table counts each thing in its own plural.
    #[test]
    fn the_summary_counts_in_the_plural() {
        let one = |lang| {
            t!(
                lang,
                "lista-summering-med-olasliga",
                planer = 1usize,
                filer = 1usize,
                fel = 1usize,
                varningar = 1usize
            )
        };
        assert_eq!(
            one(Lang::Sv),
            "1 plan, 1 fil som inte kan läsas: 1 fel, 1 varning."
        );
        assert_eq!(
            one(Lang::En),
            "1 plan, 1 file that cannot be read: 1 error, 1 warning."
        );
        let many = |lang| {
            t!(
                lang,
                "lista-summering",
                planer = 2usize,
                fel = 0usize,
                varningar = 3usize
            )
        };
        assert_eq!(many(Lang::Sv), "2 planer: 0 fel, 3 varningar.");
        assert_eq!(many(Lang::En), "2 plans: 0 errors, 3 warnings.");
    }

    /// The CSV header is the JSON keys of a plan, in their order.
    #[test]
    fn the_csv_header_is_the_json_keys() {
        let keys = "id,file,individ,överenskommelse,status,övergripande_ansvar,nästa_uppföljning,fel,varning";
        let text = super::super::tests::written(|w| csv(w, &[]));
        assert_eq!(text, format!("{keys}\r\n"));
        assert_eq!(super::super::row_keys::<PlanRow>().join(","), keys);
    }
}
