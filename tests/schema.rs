//! `sip schema plan|agreement`: the schemas are valid JSON Schema 2020-12, every demo plan and
//! built-in agreement passes an independent validator (the `jsonschema` crate), and the plan
//! schema rejects what the parser rejects (a misspelt enum value, an unknown key, a bad time).

mod common;

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
