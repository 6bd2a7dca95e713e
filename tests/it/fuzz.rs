//! Property-based fuzzing that runs in every `cargo test` (the coverage-guided targets in
//! `fuzz/` need a nightly toolchain): byte-level mutations of the demo plans, and random YAML
//! built from the plan's own keys, through load, every rule and both report formats; random
//! TOML-ish text through the agreement and config parsers. Nothing may panic, and every
//! finding's span must lie inside its text. A few hundred cases in `cargo test`, a few thousand
//! with `SIP_STRESS=1`; more with
//! `PROPTEST_CASES=100000 cargo test --release --test it fuzz::`.

use chrono::NaiveDate;
use proptest::prelude::*;
use sip::check::{CheckResult, FileReport, check_text};
use sip::i18n::Lang;
use sip::report::{Format, ReportConfig, render};
use sip::source::SourceFile;

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/demo");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, 1).expect("a date")
}

/// `full` cases under SIP_STRESS=1, a fifth of them in the normal tier; PROPTEST_CASES overrides.
fn cases(full: u32) -> ProptestConfig {
    let n = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if crate::common::stress() {
            full
        } else {
            full / 5
        });
    ProptestConfig {
        cases: n,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn demo_plans() -> Vec<Vec<u8>> {
    let mut names: Vec<_> = std::fs::read_dir(DEMO)
        .expect("demo folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| std::fs::read(p).expect("read demo"))
        .collect()
}

/// Check a text as `sip check` would and render it both ways: the property is "no panic".
fn check_and_render(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let findings = check_text(&text, today());
    for f in &findings {
        assert!(
            f.span.start <= f.span.end && f.span.end <= text.len(),
            "{:?} outside {} bytes",
            f.span,
            text.len()
        );
    }
    let result = CheckResult {
        files: vec![FileReport {
            source: SourceFile::new("plan.yaml".into(), "plan.yaml".into(), text),
            plan_id: None,
            folder: ".".into(),
            is_plan: true,
            findings,
            untested: 0,
        }],
    };
    for lang in [Lang::Sv, Lang::En] {
        let cfg = ReportConfig {
            lang,
            today: today(),
            quiet: false,
            color: false,
            strict: false,
        };
        let human = render(Format::Human, &result, &cfg);
        assert!(!human.is_empty());
        let json = render(Format::Json, &result, &cfg);
        serde_json::from_str::<serde_json::Value>(&json).expect("JSON output parses");
        let gitlab = render(Format::Gitlab, &result, &cfg);
        serde_json::from_str::<serde_json::Value>(&gitlab).expect("GitLab output parses");
        let junit = render(Format::Junit, &result, &cfg);
        assert!(junit.starts_with("<?xml"));
        let github = render(Format::Github, &result, &cfg);
        assert!(github.lines().all(|l| l.starts_with("::")));
    }
}

/// One edit of a byte string.
#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Replace(usize, u8),
    DuplicateLine(usize),
    Truncate(usize),
    SwapLines(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let tokens = prop::sample::select(vec![
        &b":"[..],
        b"- ",
        b"  ",
        b"\t",
        b"\n",
        b"\r\n",
        b"[",
        b"]",
        b"{",
        b"}",
        b"&a ",
        b"*a",
        b"\"",
        b"'",
        b"|\n",
        b">-\n",
        b"#",
        b"---\n",
        b"? ",
        b"!!str ",
        b"\0",
        b"\xff",
        b"\xc3",
        "å".as_bytes(),
        "\u{feff}".as_bytes(),
        b"~",
        b"null",
        b"2026-02-30",
        b"9999-99-99T99:99",
    ]);
    prop_oneof![
        (any::<usize>(), tokens.prop_map(<[u8]>::to_vec)).prop_map(|(i, t)| Mutation::Insert(i, t)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Replace(i, b)),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
    ]
}

fn apply(mut bytes: Vec<u8>, m: &Mutation) -> Vec<u8> {
    let len = bytes.len().max(1);
    match m {
        Mutation::Insert(i, t) => {
            let at = i % (bytes.len() + 1);
            bytes.splice(at..at, t.iter().copied());
        }
        Mutation::Delete(i, n) => {
            let at = i % len;
            let end = (at + n).min(bytes.len());
            if at < end {
                bytes.drain(at..end);
            }
        }
        Mutation::Replace(i, b) => {
            if !bytes.is_empty() {
                bytes[i % len] = *b;
            }
        }
        Mutation::Truncate(i) => bytes.truncate(i % len),
        Mutation::DuplicateLine(i) | Mutation::SwapLines(i, _) => {
            let mut lines: Vec<Vec<u8>> =
                bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
            let a = i % lines.len();
            match m {
                Mutation::SwapLines(_, j) => {
                    let b = j % lines.len();
                    lines.swap(a, b);
                }
                _ => {
                    let line = lines[a].clone();
                    lines.insert(a, line);
                }
            }
            bytes = lines.join(&b'\n');
        }
    }
    bytes
}

proptest! {
    #![proptest_config(cases(3000))]

    #[test]
    fn mutated_demo_plans_never_panic(
        which in any::<prop::sample::Index>(),
        edits in prop::collection::vec(mutation(), 1..12),
    ) {
        let plans = demo_plans();
        let mut bytes = plans[which.index(plans.len())].clone();
        for m in &edits {
            bytes = apply(bytes, m);
        }
        check_and_render(&bytes);
    }
}

/// Random YAML made of the plan's own keys and values, so the schema and the rules see deep,
/// odd but well-formed structures (lists where text belongs, ids that repeat, bad dates…).
fn yaml_value(depth: u32) -> BoxedStrategy<String> {
    let scalar = prop::sample::select(vec![
        "kommun",
        "region",
        "af",
        "okänd",
        "pågående",
        "utkast",
        "avslutad",
        "2026-02-02",
        "2026-13-01",
        "2026-03-10T13:00",
        "true",
        "false",
        "~",
        "\"\"",
        "B1",
        "M1",
        "I1",
        "MÖ1",
        "\"19870523-4824\"",
        "198705234824",
        "orebro-lan",
        "samsip-sodra-lappland",
        "x",
        "[]",
        "{}",
        "&a x",
        "*a",
        "[kommun, region]",
        "!!int 3",
        "|\n  text\n",
    ])
    .prop_map(str::to_string);
    if depth == 0 {
        return scalar.boxed();
    }
    let key = prop::sample::select(vec![
        "id",
        "överenskommelse",
        "status",
        "individ",
        "namn",
        "personnummer",
        "födelsedatum",
        "initiering",
        "datum",
        "part",
        "samtycke",
        "parter",
        "återkallat",
        "insatser",
        "huvudman",
        "behov",
        "mål",
        "senast",
        "möten",
        "typ",
        "tid",
        "deltagare",
        "roll",
        "genomfört",
        "kallelse_skickad",
        "uppföljning",
        "nästa",
        "avslut",
        "orsak",
        "övergripande_ansvar",
        "åtgärder_av_andra",
        "beskrivning",
        "slut",
        "start",
        "okänd_nyckel",
    ]);
    let inner = yaml_value(depth - 1);
    prop_oneof![
        2 => scalar,
        1 => prop::collection::vec(inner.clone(), 0..4)
            .prop_map(|items| format!("[{}]", items.join(", "))),
        1 => prop::collection::vec((key, inner), 0..5).prop_map(|entries| {
            let body: Vec<String> = entries.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            format!("{{{}}}", body.join(", "))
        }),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(cases(1000))]

    #[test]
    fn random_plan_structures_never_panic(
        top in prop::collection::vec(
            (prop::sample::select(vec![
                "id", "överenskommelse", "status", "samtalsledare", "individ", "närstående",
                "initiering", "samtycke", "syfte", "inriktning", "frågeställningar", "behov",
                "mål", "insatser", "åtgärder_av_andra", "övergripande_ansvar", "möten",
                "uppföljning", "avslut", "okänd",
            ]), yaml_value(3)),
            0..16,
        )
    ) {
        let text: String = top.iter().map(|(k, v)| format!("{k}: {v}\n")).collect();
        check_and_render(text.as_bytes());
    }

    #[test]
    fn random_toml_never_panics(text in "(\\[\\[?[a-zåäö_\"]{0,12}\\]\\]?\n|[a-zåäö_\"]{1,12} = (\"[^\"\n]{0,8}\"|[0-9-]{1,12}|true|\\[[^\n]{0,20}\\]|\\{[^\n]{0,20}\\})\n|#[^\n]{0,10}\n){0,20}") {
        let src = SourceFile::new("a.toml".into(), "a.toml".into(), text);
        if let Err(errs) = sip::model::agreement::parse_agreement(&src, "a.toml") {
            let _ = sip::workspace::render_toml_errors(&src, &errs, Lang::Sv);
        }
        if let Err(errs) = sip::model::config::parse_config(&src) {
            let _ = sip::workspace::render_toml_errors(&src, &errs, Lang::En);
        }
    }
}
