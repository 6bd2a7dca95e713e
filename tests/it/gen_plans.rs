//! The benchmark's plan generator (`examples/gen_plans/`) makes what it promises: plans that
//! pass `sip check` when asked for none with faults, exactly the reported number of faulty plans
//! otherwise, and the same bytes from the same seed. (Speed is measured by `bench/run.sh`, never
//! here.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use serde_json::Value;

use crate::{common, generator};

/// Run the generator (the example's own code, called as a function); its summary.
fn generate(out: &Path, count: usize, fault_rate: f64, seed: u64) -> String {
    let options = generator::Options {
        count,
        fault_rate,
        seed,
        today: NaiveDate::from_ymd_opt(2026, 5, 1).expect("a valid date"),
    };
    match generator::generate(out, &options) {
        Ok(summary) => summary.to_string(),
        Err(e) => panic!("gen_plans: {e}"),
    }
}

fn check(dir: &Path) -> (i32, Value) {
    let out = common::sip(common::repo())
        .args(["--today", "2026-05-01", "check", "--format", "json"])
        .arg(dir)
        .timeout(Duration::from_secs(60))
        .output()
        .expect("run sip");
    let json = serde_json::from_slice(&out.stdout).expect("JSON");
    (out.status.code().unwrap_or(-1), json)
}

fn all_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect()
}

#[test]
fn fault_free_plans_pass_and_are_deterministic() {
    let a = tempfile::tempdir().expect("temp");
    let b = tempfile::tempdir().expect("temp");
    let summary = generate(a.path(), 300, 0.0, 11);
    assert!(summary.contains("300 planer"), "{summary}");
    assert!(summary.contains("0 med fel"), "{summary}");
    generate(b.path(), 300, 0.0, 11);
    let files = all_files(a.path());
    assert_eq!(files, all_files(b.path()), "same seed, other bytes");
    assert_eq!(files.len(), 301, "300 plans and sip.toml");
    for (name, bytes) in &files {
        if name.ends_with(".yaml") {
            assert!(
                (2048..=4096).contains(&bytes.len()),
                "{name}: {}",
                bytes.len()
            );
        }
    }
    let (code, json) = check(a.path());
    assert_eq!(code, 0, "{}", json["findings"]);
    assert_eq!(json["plans"], 300);
}

#[test]
fn planted_faults_are_found_one_plan_each() {
    let dir = tempfile::tempdir().expect("temp");
    let summary = generate(dir.path(), 400, 0.5, 5);
    // "400 planer i … , N med fel:" then "  CODE what: n" per fault.
    let faulty: usize = summary
        .split(" med fel")
        .next()
        .and_then(|s| s.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("summary has a count");
    let planted: BTreeSet<String> = summary
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(faulty > 100 && planted.len() >= 8, "{summary}");
    let (code, json) = check(dir.path());
    assert_eq!(code, 1);
    let findings = json["findings"].as_array().expect("findings");
    let files: BTreeSet<&str> = findings
        .iter()
        .filter(|f| f["severity"] == "fel")
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert_eq!(files.len(), faulty, "{summary}");
    let found: BTreeSet<String> = findings
        .iter()
        .filter_map(|f| f["code"].as_str().map(str::to_string))
        .collect();
    for code in &planted {
        assert!(found.contains(code), "{code} planted but not found");
    }
}
