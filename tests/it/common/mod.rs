//! Helpers shared by the integration tests: the binary with a fixed date and no colour, a YAML
//! file read as JSON (YAML 1.2 core schema, as yaml-language-server reads it).

#![allow(dead_code)]

pub mod given;

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// The `sip` binary run in `dir`, with today fixed at 2026-05-01 and no colour.
pub fn sip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sip").expect("the sip binary is built");
    cmd.current_dir(dir)
        .env("SIP_TODAY", "2026-05-01")
        .env("NO_COLOR", "1")
        .env_remove("SIP_LANG");
    cmd
}

/// The repository's own files (examples, README, CI snippets).
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A YAML text as JSON: plain `true`/`false` are booleans, plain integers and decimals numbers,
/// plain `~`/`null`/empty null, everything else (dates too, as in YAML 1.2) a string.
pub fn yaml_to_json(text: &str) -> Value {
    let node = sip::yaml::parse(text)
        .unwrap_or_else(|e| panic!("YAML error at byte {}: {}", e.offset, e.message))
        .unwrap_or_else(|| panic!("an empty YAML document"));
    node_to_json(&node)
}

fn node_to_json(node: &sip::yaml::Node<'_>) -> Value {
    use sip::yaml::Kind;
    match &node.kind {
        Kind::Scalar(s) if s.is_null() => Value::Null,
        Kind::Scalar(s) => {
            let t = s.text.as_ref();
            if s.plain {
                if t == "true" || t == "false" {
                    return Value::Bool(t == "true");
                }
                if let Ok(i) = t.parse::<i64>() {
                    return Value::from(i);
                }
                if t.contains('.') {
                    if let Ok(f) = t.parse::<f64>() {
                        return Value::from(f);
                    }
                }
            }
            Value::String(t.to_string())
        }
        Kind::Seq(items) => Value::Array(items.iter().map(node_to_json).collect()),
        Kind::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| {
                    (
                        k.key_text().unwrap_or_default().to_string(),
                        node_to_json(v),
                    )
                })
                .collect(),
        ),
        Kind::Alias => panic!("aliases are not used in these files"),
    }
}
