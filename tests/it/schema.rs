//! `sip schema plan|agreement`: the schemas are valid JSON Schema 2020-12, every demo plan and
//! built-in agreement passes an independent validator (the `jsonschema` crate), and the plan
//! schema rejects what the parser rejects (a misspelt enum value, an unknown key, a bad time).

use crate::common;

use common::{repo, sip, yaml_to_json};
use serde_json::Value;

fn schema(kind: &str) -> Value {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = sip(dir.path())
        .args(["schema", kind])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("the schema is JSON")
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::meta::validate(schema).expect("a valid JSON Schema");
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles")
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn demo_plans() -> Vec<(String, Value)> {
    let mut plans = Vec::new();
    for entry in std::fs::read_dir(repo().join("examples/demo")).expect("examples/demo") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "yaml") {
            let text = std::fs::read_to_string(&path).expect("readable");
            plans.push((path.display().to_string(), yaml_to_json(&text)));
        }
    }
    assert!(plans.len() >= 5, "the demo plans are there");
    plans
}

#[test]
fn demo_plans_pass_the_plan_schema() {
    let v = validator(&schema("plan"));
    for (name, plan) in demo_plans() {
        assert_eq!(errors(&v, &plan), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn plan_schema_rejects_a_bad_enum_an_unknown_key_and_a_bad_time() {
    let v = validator(&schema("plan"));
    let (_, good) = demo_plans().remove(0);

    let mut bad = good.clone();
    bad["status"] = "pågåend".into();
    let errs = errors(&v, &bad);
    assert!(errs.iter().any(|e| e.starts_with("/status")), "{errs:?}");

    let mut bad = good.clone();
    bad["övergripande_ansvaret"] = serde_json::json!({"part": "kommun"});
    assert!(!v.is_valid(&bad), "an unknown key is refused");

    let mut bad = good.clone();
    bad["id"] = "SIP_2026".into();
    assert!(!v.is_valid(&bad), "a bad plan id is refused");

    let mut bad = good.clone();
    bad["initiering"]["datum"] = "2026-02-30".into();
    assert!(!v.is_valid(&bad), "an impossible date is refused");

    let mut bad = good;
    bad["möten"] =
        serde_json::json!([{"id": "MÖ1", "typ": "upprättande", "tid": "2026-03-10 13:00"}]);
    assert!(!v.is_valid(&bad), "a time without T is refused");
    bad["möten"][0]["tid"] = "2026-03-10T13:00".into();
    assert!(v.is_valid(&bad), "{:?}", errors(&v, &bad));
}

#[test]
fn plan_schema_requires_what_the_format_requires() {
    let v = validator(&schema("plan"));
    let minimal = serde_json::json!({
        "id": "sip-2026-abcd1234",
        "överenskommelse": "insjoriket",
        "status": "utkast",
        "individ": {"namn": "Anna Andersson"},
        "initiering": {"datum": "2026-02-02", "part": "kommun"}
    });
    assert!(v.is_valid(&minimal), "{:?}", errors(&v, &minimal));
    let mut missing = minimal.clone();
    missing["individ"] = serde_json::json!({"kön": "kvinna"});
    assert!(!v.is_valid(&missing), "individ.namn is required");
}

/// TOML as JSON, dates as `YYYY-MM-DD` strings (as TOML-aware editors show them).
fn toml_to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
    }
}

#[test]
fn built_in_agreements_pass_the_agreement_schema() {
    let v = validator(&schema("agreement"));
    let mut n = 0;
    for entry in std::fs::read_dir(repo().join("agreements")).expect("agreements/") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let value: toml::Value = toml::from_str(&text).expect("TOML");
        let json = toml_to_json(&value);
        assert_eq!(
            errors(&v, &json),
            Vec::<String>::new(),
            "{}",
            path.display()
        );
        n += 1;

        let mut bad = json.clone();
        bad["parter"][0]["typ"] = "kommunen".into();
        assert!(!v.is_valid(&bad), "a bad party type is refused");
    }
    assert_eq!(n, 5, "the five built-in agreements");
}

#[test]
fn plan_schema_is_offered_as_a_function_for_init() {
    // `sip init` writes this text to sip-plan.schema.json: it is the same as `sip schema plan`.
    let printed = schema("plan");
    let direct: Value =
        serde_json::from_str(&sip::model::json_schema::plan_schema_json()).expect("JSON");
    assert_eq!(printed, direct);
}

#[test]
fn unknown_schema_kind_exits_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    sip(dir.path()).args(["schema", "planer"]).assert().code(2);
}

/// One edge plan: a demo plan with one line (or block) changed, the JSON pointer of the value
/// changed, and whether the format allows it.
struct Edge {
    from: &'static str,
    to: &'static str,
    pointer: &'static str,
    valid: bool,
}

const fn edge(from: &'static str, to: &'static str, pointer: &'static str, valid: bool) -> Edge {
    Edge {
        from,
        to,
        pointer,
        valid,
    }
}

const HELD: &str = "    genomfört: true\n    anteckningar: Elias";
const SYFTE: &str = "syfte: Samordna skolans, BUP:s och socialtjänstens stöd så att Elias kommer till skolan och får den hjälp han behöver.\n";

/// Values at the edge of the format: empty optional keys, numbers and booleans as text, wrong
/// types, bad dates and times, required keys with no value, unknown keys.
const EDGES: &[Edge] = &[
    edge(
        "samtalsledare: Helena Berg\n",
        "samtalsledare:\n",
        "/samtalsledare",
        true,
    ),
    edge(
        "samtalsledare: Helena Berg\n",
        "samtalsledare: [Helena, Berg]\n",
        "/samtalsledare",
        false,
    ),
    edge(
        "uppföljning:\n  nästa: 2027-02-09\n",
        "uppföljning:\n",
        "/uppföljning",
        true,
    ),
    edge(
        "  nästa: 2027-02-09\n",
        "  nästa:\n",
        "/uppföljning/nästa",
        true,
    ),
    edge(
        "  nästa: 2027-02-09\n",
        "  nästa: 2027-02-30\n",
        "/uppföljning/nästa",
        false,
    ),
    edge(
        "  nästa: 2027-02-09\n",
        "  nästa: 20270209\n",
        "/uppföljning/nästa",
        false,
    ),
    edge(SYFTE, "syfte: 42\n", "/syfte", true),
    edge(SYFTE, "syfte: true\n", "/syfte", true),
    edge("  - id: B3\n", "  - id: 3\n", "/behov/2/id", true),
    edge("id: sip-2026-e6b1ku9r\n", "id: 20261234\n", "/id", false),
    edge("id: sip-2026-e6b1ku9r\n", "id: \"20261234\"\n", "/id", true),
    edge("id: sip-2026-e6b1ku9r\n", "id: Sip 2026\n", "/id", false),
    edge("status: pågående\n", "status:\n", "/status", false),
    edge("status: pågående\n", "status: klar\n", "/status", false),
    edge(
        "status: pågående\n",
        "status: \"pågående\"\n",
        "/status",
        true,
    ),
    edge("  namn: Elias Holm\n", "  namn:\n", "/individ/namn", false),
    edge("  kön: man\n", "  kön:\n", "/individ/kön", true),
    edge("  kön: man\n", "  kön: 1\n", "/individ/kön", false),
    edge(
        "  personnummer: \"20131008-6713\"\n",
        "  personnummer: 201310086713\n",
        "/individ/personnummer",
        false,
    ),
    edge(
        "  giltigt_till: 2027-08-31\n",
        "  giltigt_till:\n",
        "/samtycke/giltigt_till",
        true,
    ),
    edge(
        "  parter: [kommun, region]\n",
        "  parter:\n",
        "/samtycke/parter",
        true,
    ),
    edge(
        "  parter: [kommun, region]\n",
        "  parter: kommun\n",
        "/samtycke/parter",
        false,
    ),
    edge(
        "    tid: 2026-03-24T14:00\n",
        "    tid: 2026-03-24 14:00\n",
        "/möten/0/tid",
        false,
    ),
    // Hours 00–23 and minutes 00–59, in the schema as in `sip check`.
    edge(
        "    tid: 2026-03-24T14:00\n",
        "    tid: 2026-03-24T25:00\n",
        "/möten/0/tid",
        false,
    ),
    edge(
        "    tid: 2026-03-24T14:00\n",
        "    tid: 2026-03-24T24:00\n",
        "/möten/0/tid",
        false,
    ),
    edge(
        "    tid: 2026-03-24T14:00\n",
        "    tid: 2026-03-24T14:60\n",
        "/möten/0/tid",
        false,
    ),
    edge(
        "    tid: 2026-03-24T14:00\n",
        "    tid: 2026-03-24T23:59\n",
        "/möten/0/tid",
        true,
    ),
    edge(
        HELD,
        "    genomfört: ja\n    anteckningar: Elias",
        "/möten/0/genomfört",
        false,
    ),
    edge(
        HELD,
        "    genomfört:\n    anteckningar: Elias",
        "/möten/0/genomfört",
        true,
    ),
    edge(
        "inriktning: skola\n",
        "okänd_nyckel: 1\ninriktning: skola\n",
        "/okänd_nyckel",
        false,
    ),
];

#[test]
fn the_schema_and_sip_check_agree_on_every_edge_value() {
    let base = std::fs::read_to_string(repo().join("examples/demo/sip-2026-e6b1ku9r.yaml"))
        .expect("demo plan");
    let v = validator(&schema("plan"));
    let dir = tempfile::tempdir().expect("temp dir");
    let mut lines = Vec::new();
    for (n, e) in EDGES.iter().enumerate() {
        assert_eq!(base.matches(e.from).count(), 1, "{}", e.from);
        let text = base.replacen(e.from, e.to, 1);
        let line = text[..text.find(e.to).expect("edited")].lines().count() + 1;
        lines.push(line);
        std::fs::write(dir.path().join(format!("kant-{n:02}.yaml")), &text).expect("write");
    }
    let out = sip(dir.path())
        .args([
            "check",
            "--format",
            "json",
            "--select",
            "S001,S002,S003",
            ".",
        ])
        .output()
        .expect("sip check runs");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let findings = report["findings"].as_array().expect("findings");

    let mut disagree = Vec::new();
    for (n, e) in EDGES.iter().enumerate() {
        let file = format!("kant-{n:02}.yaml");
        let text = std::fs::read_to_string(dir.path().join(&file)).expect("read");
        let schema_errors: Vec<String> = v
            .iter_errors(&yaml_to_json(&text))
            .map(|err| err.instance_path().to_string())
            .collect();
        let check_lines: Vec<u64> = findings
            .iter()
            .filter(|f| f["file"] == file.as_str())
            .filter_map(|f| f["line"].as_u64())
            .collect();
        let schema_ok = schema_errors.is_empty();
        let check_ok = check_lines.is_empty();
        if schema_ok != check_ok || schema_ok != e.valid {
            disagree.push(format!(
                "{} → {:?}: schema {schema_errors:?}, sip check lines {check_lines:?}, expected {}",
                e.from.trim_end(),
                e.to,
                if e.valid { "valid" } else { "invalid" }
            ));
            continue;
        }
        // Key by key: both point at the value that was changed, and at nothing else.
        if !e.valid {
            // An unknown key is reported at the mapping that holds it.
            let parent = &e.pointer[..e.pointer.rfind('/').unwrap_or(0)];
            assert!(
                schema_errors
                    .iter()
                    .all(|p| p.starts_with(e.pointer) || p == parent),
                "{}: {schema_errors:?}",
                e.pointer
            );
            assert!(
                check_lines.iter().all(|l| *l == lines[n] as u64),
                "{}: line {} vs {check_lines:?}",
                e.pointer,
                lines[n]
            );
        }
    }
    assert!(
        disagree.is_empty(),
        "disagreements:\n{}",
        disagree.join("\n")
    );
}
