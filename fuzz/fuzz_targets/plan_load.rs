//! Fuzz target: bytes as a plan file → load, every rule, and both report formats, as
//! `sip check` does for one file. Any panic is a bug; crashes become fixtures in
//! `tests/fixtures/hostile/`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sip::check::{CheckResult, FileReport, MAX_FILE_BYTES, check_text};
use sip::report::{Format, ReportConfig, render};
use sip::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    if data.len() as u64 > MAX_FILE_BYTES {
        return;
    }
    // Invalid UTF-8 is S001 before loading; check its lossy text anyway, it must not panic.
    let text = String::from_utf8_lossy(data).into_owned();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 5, 1).expect("a date");
    let findings = check_text(&text, today);
    let result = CheckResult {
        files: vec![FileReport {
            source: SourceFile::new("plan.yaml".into(), "plan.yaml".into(), text),
            plan_id: None,
            is_plan: true,
            findings,
        }],
    };
    for lang in [sip::i18n::Lang::Sv, sip::i18n::Lang::En] {
        let cfg = ReportConfig {
            lang,
            today,
            quiet: false,
            color: false,
        };
        let _ = render(Format::Human, &result, &cfg);
        let _ = render(Format::Json, &result, &cfg);
    }
});
