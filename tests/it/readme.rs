//! The README's generated regions (the rules table and the plan format) match their one source,
//! the rule declarations and the schema table. `SIP_BLESS=1 cargo test --test it readme::`
//! rewrites them.

use std::path::PathBuf;

use sip::i18n::Lang;

use crate::common;

fn readme_path() -> PathBuf {
    common::repo().join("README.md")
}

/// Replace the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`, or check it.
fn region(text: &str, name: &str, content: &str) -> Result<String, String> {
    let start = format!("<!-- {name}:start -->\n");
    let end = format!("<!-- {name}:end -->");
    let a = text
        .find(&start)
        .ok_or(format!("README.md lacks {start}"))?
        + start.len();
    let b = text[a..]
        .find(&end)
        .ok_or(format!("README.md lacks {end}"))?
        + a;
    Ok(format!("{}{}{}", &text[..a], content, &text[b..]))
}

#[test]
fn readme_generated_regions_are_current() {
    let text = std::fs::read_to_string(readme_path()).expect("README.md");
    let mut fresh = region(
        &text,
        "regler",
        &sip::cli::commands::rules::markdown_table(Lang::Sv),
    )
    .expect("regler");
    fresh = region(&fresh, "format", &sip::model::schema::markdown_reference()).expect("format");
    if fresh != text {
        if std::env::var_os("SIP_BLESS").is_some() {
            std::fs::write(readme_path(), &fresh).expect("write README.md");
        } else {
            panic!(
                "README.md's generated regions are stale: run `SIP_BLESS=1 cargo test --test it readme::`"
            );
        }
    }
}

/// The fenced blocks of `lang` (`sh`, or `""` for plain blocks) between two headings' texts.
fn blocks(text: &str, from: &str, to: &str, lang: &str) -> Vec<String> {
    let start = text.find(from).expect("start heading");
    let end = start + text[start..].find(to).expect("end marker");
    let mut out = Vec::new();
    let mut rest = &text[start..end];
    let open = format!("```{lang}\n");
    while let Some(i) = rest.find("```") {
        let after = &rest[i..];
        let Some(nl) = after.find('\n') else { break };
        let fence = &after[..=nl];
        let body_start = i + nl + 1;
        let Some(close) = rest[body_start..].find("```\n") else {
            break;
        };
        if fence == open {
            out.push(rest[body_start..body_start + close].to_string());
        }
        rest = &rest[body_start + close + 4..];
    }
    out
}

/// Both tours (the five-minute tour and *En uppföljning*) run as written, one after the other,
/// with the built `sip` on PATH; each output block shown between them is printed as shown (with
/// the plan's random id in place of the README's).
#[test]
fn the_readme_tours_run_as_written() {
    let text = std::fs::read_to_string(readme_path()).expect("README.md");
    let scripts = blocks(
        &text,
        "## Five-minute tour",
        "Anything can be changed",
        "sh",
    );
    assert_eq!(scripts.len(), 2, "the tour and the follow-up");
    let shown = blocks(&text, "## Five-minute tour", "Anything can be changed", "");
    assert!(shown.len() >= 3, "{shown:?}");
    let dir = tempfile::tempdir().expect("tempdir");
    let script = format!("set -euo pipefail\n{}\n{}", scripts[0], scripts[1]);
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(dir.path())
        .env("PATH", common::path_with_sip())
        .env("NO_COLOR", "1")
        .env_remove("SIP_LANG")
        .env_remove("SIP_TODAY")
        .env("GIT_AUTHOR_NAME", "Erik Ek")
        .env("GIT_AUTHOR_EMAIL", "erik@example.org")
        .env("GIT_COMMITTER_NAME", "Erik Ek")
        .env("GIT_COMMITTER_EMAIL", "erik@example.org")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("bash");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan = std::fs::read_dir(dir.path().join("planer"))
        .expect("planer")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("sip-") && n.ends_with(".yaml"))
        .expect("the plan file");
    let id = plan.trim_end_matches(".yaml");
    let protocol = std::process::Command::new(common::bin())
        .args(["protocol", id, "MÖ2"])
        .current_dir(dir.path().join("planer"))
        .env("SIP_TODAY", "2026-05-10")
        .env("NO_COLOR", "1")
        .env_remove("SIP_LANG")
        .output()
        .expect("sip protocol");
    let minutes = String::from_utf8_lossy(&protocol.stdout);
    let (present, absent) = minutes
        .split_once("Förhinder")
        .unwrap_or_else(|| panic!("the follow-up's minutes name who was absent:\n{minutes}"));
    assert!(absent.contains("Lisa Lind"), "{minutes}");
    let present = present.split_once("Närvarande").map_or("", |p| p.1);
    assert!(
        present.contains("Anna Andersson") && !present.contains("Lisa Lind"),
        "{minutes}"
    );
    for block in &shown {
        let expected = block.replace("sip-2026-k3f9qx7m", id);
        assert!(
            stdout.contains(&expected),
            "README shows\n{expected}\nbut the tour printed\n{stdout}"
        );
    }
}

/// The Swedish tour (`docs/tour.md`) runs as written too: both its parts, in a script.
#[test]
fn the_swedish_tour_runs_as_written() {
    let text = std::fs::read_to_string(common::repo().join("docs/tour.md")).expect("docs/tour.md");
    let scripts = blocks(&text, "# Fem minuter", "När ett mål är nått", "sh");
    assert_eq!(scripts.len(), 2, "the tour and the follow-up");
    let dir = tempfile::tempdir().expect("tempdir");
    let script = format!("set -euo pipefail\n{}\n{}", scripts[0], scripts[1]);
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(dir.path())
        .env("PATH", common::path_with_sip())
        .env("NO_COLOR", "1")
        .env_remove("SIP_LANG")
        .env_remove("SIP_TODAY")
        .env("GIT_AUTHOR_NAME", "Erik Ek")
        .env("GIT_AUTHOR_EMAIL", "erik@example.org")
        .env("GIT_COMMITTER_NAME", "Erik Ek")
        .env("GIT_COMMITTER_EMAIL", "erik@example.org")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("bash");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("har nu status pågående"), "{stdout}");
    assert_eq!(
        stdout.matches("1 plan kontrollerad: inga fel.").count(),
        2,
        "{stdout}"
    );
}
