//! `sip list`: one row per plan with its check counts, as plain data. Computes, never prints.
//!
//! Every readable plan is listed, closed ones included (`--status` narrows). Rows are sorted by
//! plan id, then file. `fel` and `varning` count the plan's findings after the `[regler]`
//! overrides, as `sip check` would report them for that file (S004, which compares files, is
//! left to `check`). A file that is not a readable plan (S001) is named in `unreadable`: the
//! table shows it as a row of its own, JSON in its `unreadable` array.

use chrono::NaiveDate;

use crate::check::{CheckOptions, Mapped, map_plans};
use crate::findings::Severity;
use crate::model::enums::Status;
use crate::workspace::{PlanFile, PlanFolder, Workspace};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub file: String,
    pub individual: Option<String>,
    pub agreement: Option<String>,
    pub status: Option<Status>,
    pub overall_party: Option<String>,
    pub overall_person: Option<String>,
    pub next_follow_up: Option<NaiveDate>,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub status: Option<Status>,
    pub agreement: Option<String>,
}

/// The rows of every plan in the folders that the filter keeps, in the order of their paths.
pub fn collect(folders: &[PlanFolder], today: NaiveDate, filter: &Filter) -> Mapped<Row> {
    let mut all = Mapped {
        values: Vec::new(),
        unreadable: Vec::new(),
    };
    for f in folders {
        let m = collect_folder(&f.ws, &f.files, today, filter);
        all.values.extend(m.values);
        all.unreadable.extend(m.unreadable);
    }
    if folders.len() > 1 {
        all.values.sort_by(|a, b| a.file.cmp(&b.file));
        all.unreadable.sort_by(|a, b| a.file.cmp(&b.file));
    }
    all
}

/// The rows of every plan in `files` that the filter keeps.
fn collect_folder(
    ws: &Workspace,
    files: &[PlanFile],
    today: NaiveDate,
    filter: &Filter,
) -> Mapped<Row> {
    let opts = CheckOptions::on(today);
    let rows = map_plans(ws, files, &opts, |file, plan, findings| {
        if filter.status.is_some_and(|s| plan.status() != Some(s)) {
            return None;
        }
        let agreement = plan.agreement.as_ref().map(|a| a.value.clone());
        if filter
            .agreement
            .as_deref()
            .is_some_and(|want| agreement.as_deref() != Some(want))
        {
            return None;
        }
        let count = |sev| findings.iter().filter(|f| f.severity == sev).count();
        Some(Row {
            id: plan.id_str().map_or_else(
                || {
                    let name = file.rel.rsplit('/').next().unwrap_or("");
                    name.trim_end_matches(".yaml")
                        .trim_end_matches(".yml")
                        .to_string()
                },
                str::to_string,
            ),
            file: file.display.clone(),
            individual: plan.name().map(str::to_string),
            agreement,
            status: plan.status(),
            overall_party: plan.overall_party().map(str::to_string),
            overall_person: plan
                .overall
                .as_ref()
                .and_then(|o| o.person.as_ref())
                .map(|p| p.value.clone()),
            next_follow_up: plan.next_follow_up(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
        })
    });
    let mut values: Vec<Row> = rows.values.into_iter().flatten().collect();
    values.sort_by(|a, b| (&a.id, &a.file).cmp(&(&b.id, &b.file)));
    Mapped {
        values,
        unreadable: rows.unreadable,
    }
}
