//! The real binary on small plan folders: exit codes, human and JSON output, flags, sip.toml,
//! agreements and rules. Each test works in its own temp dir with `--today` fixed and no colour.

use std::path::Path;

use predicates::prelude::*;

use crate::common::{TODAY, plan_folder, repo, sip};

fn write(dir: &Path, name: &str, text: &str) {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(p, text).expect("write");
}

/// A complete, check-clean plan under orebro-lan.
const CLEAN: &str = "\
id: sip-2026-aaaa1111
överenskommelse: orebro-lan
status: pågående
samtalsledare: Erik Ek
individ:
  namn: Berit Berg
  personnummer: \"19870523-4824\"
initiering:
  datum: 2026-02-02
  part: kommun
samtycke:
  datum: 2026-02-03
  form: skriftligt
  givet_av: individen
  omfattning: Uppgifter om hälsa och pågående insatser
  parter: [kommun, region]
  giltigt_till: 2027-02-03
syfte: Samordna stöd
insatser:
  - id: I1
    beskrivning: Samtalsstöd
    huvudman: region
åtgärder_av_andra: []
övergripande_ansvar:
  part: kommun
uppföljning:
  nästa: 2026-06-01
individens_mål: Jag vill klara mig själv.
";

/// The same plan with element 4 missing and the follow-up overdue.
fn faulty() -> String {
    CLEAN
        .replace("id: sip-2026-aaaa1111", "id: sip-2026-bbbb2222")
        .replace("övergripande_ansvar:\n  part: kommun\n", "")
        .replace("nästa: 2026-06-01", "nästa: 2026-04-01")
}

/// Run `sip check --format json` in `dir` with `args`, asserting the exit code.
fn check_json(dir: &Path, args: &[&str], code: i32) -> serde_json::Value {
    let out = sip(dir)
        .args(["check", "--format", "json"])
        .args(args)
        .assert()
        .code(code)
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("json")
}

fn codes(v: &serde_json::Value) -> Vec<&str> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().unwrap_or(""))
        .collect()
}

fn folder() -> tempfile::TempDir {
    plan_folder("samtalsledare = \"Erik Ek\"\n")
}

#[test]
fn clean_folder_exits_0_with_summary() {
    let dir = folder();
    write(dir.path(), "sip-2026-aaaa1111.yaml", CLEAN);
    sip(dir.path())
        .arg("check")
        .assert()
        .code(0)
        .stdout("1 plan kontrollerad: inga fel.\n");
}

#[test]
fn human_output_points_at_the_parent_and_the_value() {
    let dir = folder();
    write(dir.path(), "sip-2026-bbbb2222.yaml", &faulty());
    let out = sip(dir.path())
        .arg("check")
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf8");
    insta::assert_snapshot!(out, @r"
    fel[L004]: Planen anger inte vem av huvudmännen som har det övergripande ansvaret
     --> sip-2026-bbbb2222.yaml:1:1
      |
    1 | id: sip-2026-bbbb2222
      | ^^ övergripande_ansvar saknas
      |
      = hjälp: sip responsible sip-2026-bbbb2222 --party kommun
      = källa: 10 kap. 8 § socialtjänstlagen (2025:400), 16 kap. 4 § HSL (punkt 4)

    varning[P002]: Uppföljningen skulle ha skett 2026-04-01 (30 dagar sedan)
      --> sip-2026-bbbb2222.yaml:25:10
       |
    25 |   nästa: 2026-04-01
       |          ^^^^^^^^^^
       |
       = hjälp: sip followup sip-2026-bbbb2222 --next DATUM
       = källa: Samverk Vetlanda: flödet för SIP-arbetet, steg 6

    1 plan kontrollerad: 1 fel, 1 varning.
    ");
}

#[test]
fn json_output_matches_the_contract() {
    let dir = folder();
    write(dir.path(), "sip-2026-aaaa1111.yaml", CLEAN);
    write(dir.path(), "sip-2026-bbbb2222.yaml", &faulty());
    let v = check_json(dir.path(), &[], 1);
    assert_eq!(v["version"], 1);
    assert_eq!(v["today"], TODAY);
    assert_eq!(v["files"], 2);
    assert_eq!(v["plans"], 2);
    assert_eq!(
        v["summary"],
        serde_json::json!({"fel": 1, "varning": 1, "info": 0})
    );
    let f = &v["findings"][0];
    assert_eq!(
        f,
        &serde_json::json!({
            "file": "sip-2026-bbbb2222.yaml", "line": 1, "column": 1, "plan": "sip-2026-bbbb2222",
            "code": "L004", "rule": "övergripande-ansvar-saknas", "severity": "fel",
            "message": "Planen anger inte vem av huvudmännen som har det övergripande ansvaret"
        })
    );
    assert_eq!(v["findings"][1]["code"], "P002");
    assert_eq!(v["findings"][1]["line"], 25);
    assert_eq!(v["findings"][1]["column"], 10);
}

#[test]
fn unreadable_yaml_has_null_plan_and_a_position() {
    let dir = folder();
    write(dir.path(), "trasig.yaml", "# kommentar\nid: \"öppen\n");
    let v = check_json(dir.path(), &[], 1);
    assert_eq!(v["plans"], 0);
    assert_eq!(v["files"], 1);
    assert_eq!(v["findings"][0]["code"], "S001");
    assert_eq!(v["findings"][0]["plan"], serde_json::Value::Null);
    assert!(v["findings"][0]["line"].as_u64().expect("line") >= 2);
}

#[test]
fn english_messages_and_global_flags_after_the_command() {
    let dir = folder();
    write(dir.path(), "sip-2026-bbbb2222.yaml", &faulty());
    sip(dir.path())
        .args(["check", "--lang", "en", "--today", "2026-03-01"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "error[L004]: The plan does not state which principal has overall responsibility",
        ))
        .stdout(predicate::str::contains("P002").not())
        .stdout(predicate::str::contains(
            "1 plan checked: 1 error, 0 warnings.",
        ));
}

#[test]
fn strict_turns_warnings_into_failure() {
    let dir = folder();
    let plan = CLEAN.replace("nästa: 2026-06-01", "nästa: 2026-04-01");
    write(dir.path(), "sip-2026-aaaa1111.yaml", &plan);
    sip(dir.path()).arg("check").assert().code(0);
    sip(dir.path()).args(["check", "--strict"]).assert().code(1);
}

#[test]
fn folder_overrides_win_over_the_agreement() {
    let dir = folder();
    write(
        dir.path(),
        "sip.toml",
        "[regler]\nP002 = \"fel\"\nL004 = \"av\"\n",
    );
    write(dir.path(), "sip-2026-bbbb2222.yaml", &faulty());
    let v = check_json(dir.path(), &[], 1);
    let codes: Vec<(&str, &str)> = v["findings"]
        .as_array()
        .expect("array")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or(""),
                f["severity"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(codes, vec![("P002", "fel")]);
}

#[test]
fn folder_agreement_replaces_builtin_and_its_rules_apply() {
    let dir = folder();
    write(
        dir.path(),
        "agreements/orebro-lan.toml",
        "id = \"orebro-lan\"\nnamn = \"Egen\"\n[[parter]]\nid = \"kommun\"\nnamn = \"Kommunen\"\ntyp = \"kommun\"\n[[parter]]\nid = \"region\"\nnamn = \"Regionen\"\ntyp = \"region\"\n[\"målgrupp\"]\n\"ålder\" = [18, 30]\n[regler]\nP002 = \"av\"\n",
    );
    write(dir.path(), "sip-2026-bbbb2222.yaml", &faulty());
    let v = check_json(dir.path(), &[], 1);
    let codes = codes(&v);
    // Born 1987: 38 on the initiation date, outside 18–30; P002 is off in the agreement.
    assert_eq!(codes, vec!["L004", "A002"]);
    sip(dir.path())
        .args(["agreements", "show", "orebro-lan"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Egen (orebro-lan)"))
        .stdout(predicate::str::contains("18–30"));
}

#[test]
fn bare_swedish_key_in_sip_toml_is_exit_2_with_a_hint() {
    let dir = folder();
    write(dir.path(), "sip.toml", "överenskommelse = \"orebro-lan\"\n");
    sip(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("sip.toml:1:"))
        .stderr(predicate::str::contains("citattecken"));
}

#[test]
fn missing_path_and_bad_today_are_exit_2() {
    let dir = folder();
    sip(dir.path())
        .args(["check", "finns-inte"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("finns inte"));
    sip(dir.path())
        .args(["check", "--today", "2026-13-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ÅÅÅÅ-MM-DD"));
    sip(dir.path())
        .args(["check", "--select", "X999"])
        .assert()
        .code(2);
}

#[test]
fn paths_files_nested_folders_hidden_and_agreements_skipped() {
    let dir = folder();
    write(dir.path(), "2026/maj/sip-2026-aaaa1111.yml", CLEAN);
    write(dir.path(), ".git/sip-2026-x.yaml", "inte: en plan\n");
    write(dir.path(), "agreements/x.yaml", "inte: en plan\n");
    write(
        dir.path(),
        "2026/agreements/sip-2026-bbbb2222.yaml",
        &faulty(),
    );
    write(dir.path(), "README.md", "# inte en plan\n");
    // The whole folder: the nested agreements/ is not the folder's own, so it is checked.
    sip(dir.path())
        .arg("check")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("2 planer kontrollerade"));
    // One file, from a subfolder: sip.toml is found above it.
    sip(dir.path().join("2026"))
        .args(["check", "maj/sip-2026-aaaa1111.yml"])
        .assert()
        .code(0)
        .stdout("1 plan kontrollerad: inga fel.\n");
    // -C names the folder; a relative path is still taken from the cwd.
    sip(repo())
        .arg("-C")
        .arg(dir.path())
        .arg("check")
        .assert()
        .code(1);
}

#[test]
fn check_takes_a_plan_id_and_shows_paths_from_a_subfolder() {
    let dir = folder();
    write(dir.path(), "sip-2026-bbbb2222.yaml", &faulty());
    std::fs::create_dir_all(dir.path().join("under")).expect("mkdir");
    // The id, as the edit commands' hints write it.
    sip(dir.path())
        .args(["check", "sip-2026-bbbb2222"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("--> sip-2026-bbbb2222.yaml:1:1"));
    // From a subfolder, paths are relative to the cwd.
    let v = check_json(&dir.path().join("under"), &[], 1);
    assert_eq!(v["findings"][0]["file"], "../sip-2026-bbbb2222.yaml");
}

#[test]
fn a_plan_id_finds_its_file_or_says_it_is_ambiguous() {
    let dir = folder();
    // A file not named after its id (S007) is still found by the id.
    write(dir.path(), "anna-plan.yaml", CLEAN);
    sip(dir.path())
        .args(["show", "sip-2026-aaaa1111"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Berit Berg"));
    // The same id in two files: no command guesses which one.
    write(dir.path(), "kopia/sip-2026-aaaa1111.yaml", CLEAN);
    write(dir.path(), "sip-2026-aaaa1111.yaml", CLEAN);
    sip(dir.path())
        .args(["need", "add", "sip-2026-aaaa1111", "Nytt behov"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("flera filer"))
        .stderr(predicate::str::contains("kopia/sip-2026-aaaa1111.yaml"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("sip-2026-aaaa1111.yaml")).expect("read"),
        CLEAN
    );
}

#[test]
fn human_column_ignores_a_byte_order_mark() {
    let dir = folder();
    let text = format!("\u{feff}{}", faulty()).replace("id: sip-2026-bbbb2222", "id: Fel_Id");
    write(dir.path(), "plan.yaml", &text);
    sip(dir.path())
        .args(["check", "--select", "S003"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("--> plan.yaml:1:5"))
        // A capitalised value could be a name: the line shows where, not what.
        .stdout(predicate::str::contains("1 | id: ******"));
}

#[test]
fn nested_plan_folders_are_checked_with_their_own_settings() {
    // A repository with one plan folder per municipality and no sip.toml above them.
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "planer/norr/sip.toml",
        "[regler]\nL004 = \"av\"\n",
    );
    write(dir.path(), "planer/norr/sip-2026-bbbb2222.yaml", &faulty());
    write(dir.path(), "planer/syd/sip.toml", "");
    write(dir.path(), "planer/syd/sip-2026-bbbb2222.yaml", &faulty());
    let v = check_json(dir.path(), &["planer"], 1);
    let found: Vec<(String, String)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap_or("").to_string(),
                f["code"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    // norr turns L004 off; the same id in two plan folders is not a duplicate.
    assert_eq!(
        found,
        vec![
            (
                "planer/norr/sip-2026-bbbb2222.yaml".to_string(),
                "P002".to_string()
            ),
            (
                "planer/syd/sip-2026-bbbb2222.yaml".to_string(),
                "L004".to_string()
            ),
            (
                "planer/syd/sip-2026-bbbb2222.yaml".to_string(),
                "P002".to_string()
            ),
        ]
    );
}

#[test]
fn duplicate_plan_id_points_at_the_second_file() {
    let dir = folder();
    write(dir.path(), "a/sip-2026-aaaa1111.yaml", CLEAN);
    write(dir.path(), "b/sip-2026-aaaa1111.yaml", CLEAN);
    let v = check_json(dir.path(), &[], 1);
    assert_eq!(v["findings"].as_array().expect("array").len(), 1);
    assert_eq!(v["findings"][0]["code"], "S004");
    assert_eq!(v["findings"][0]["file"], "b/sip-2026-aaaa1111.yaml");
    assert!(
        v["findings"][0]["message"]
            .as_str()
            .expect("msg")
            .contains("a/sip-2026-aaaa1111.yaml")
    );
}

#[test]
fn bom_and_crlf_are_read_normally() {
    let dir = folder();
    let text = format!("\u{feff}{}", CLEAN.replace('\n', "\r\n"));
    write(dir.path(), "sip-2026-aaaa1111.yaml", &text);
    sip(dir.path()).arg("check").assert().code(0);
    let bad = format!("\u{feff}{}", faulty().replace('\n', "\r\n"));
    write(
        dir.path(),
        "sip-2026-aaaa1111.yaml",
        &bad.replace("sip-2026-bbbb2222", "sip-2026-aaaa1111"),
    );
    let v = check_json(dir.path(), &[], 1);
    assert_eq!(v["findings"][0]["line"], 1);
    assert_eq!(v["findings"][0]["column"], 1);
    assert_eq!(v["findings"][1]["line"], 25);
    assert_eq!(v["findings"][1]["column"], 10);
}

#[test]
fn agreements_list_show_and_check() {
    let dir = folder();
    sip(dir.path())
        .args(["agreements", "list"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("samsip-sodra-lappland"))
        .stdout(predicate::str::contains("hoglandet-vetlanda"))
        .stdout(predicate::str::contains("ostra-ostergotland"));
    sip(dir.path())
        .args(["agreements", "show", "samsip-sodra-lappland"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("2026-01-01–2027-12-31"))
        .stdout(predicate::str::contains("16–65"));
    sip(dir.path())
        .args(["agreements", "show", "nej"])
        .assert()
        .code(2);
    write(
        dir.path(),
        "bad.toml",
        "id = \"x-y\"\nnamn = \"X\"\n[[parter]]\nid = \"k\"\nnamn = \"K\"\ntyp = \"kommunen\"\n",
    );
    sip(dir.path())
        .args(["agreements", "check", "bad.toml"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("bad.toml:6:7:"));
    let builtin = repo().join("agreements/hoglandet-vetlanda.toml");
    sip(dir.path())
        .args(["agreements", "check"])
        .arg(&builtin)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("(hoglandet-vetlanda)"));
}

#[test]
fn rules_list_and_doc() {
    sip(repo())
        .args(["rules"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("L004"))
        .stdout(predicate::str::contains("övergripande-ansvar-saknas"));
    sip(repo())
        .args(["rules", "L004"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("## Källa"))
        .stdout(predicate::str::contains("16 kap. 4 §"));
    sip(repo())
        .args(["rules", "övergripande-ansvar-saknas", "--format", "json"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"code\": \"L004\""));
    sip(repo()).args(["rules", "X001"]).assert().code(2);
}

#[test]
fn swedish_alias_runs_the_command() {
    let dir = folder();
    write(dir.path(), "sip-2026-aaaa1111.yaml", CLEAN);
    sip(dir.path()).arg("kontrollera").assert().code(0);
}

/// A plan written for format version 1 — one `företrädare` mapping, a scalar `givet_av` role —
/// checks as before: clean for an adult with a förvaltare; for a child the one new warning
/// (L009: the role word does not say which guardian consented) and nothing else. `sip fmt`
/// rewrites the mapping as a list of one, and the findings stay the same.
#[test]
fn a_version_1_plan_checks_as_before() {
    let v1 = |birth: &str, role: &str| {
        CLEAN.replace(
            "  personnummer: \"19870523-4824\"\n",
            &format!(
                "  födelsedatum: {birth}\n  företrädare:\n    namn: Sara Berg\n    roll: {role}\n"
            ),
        )
        .replace("givet_av: individen", &format!("givet_av: {role}"))
    };
    let dir = folder();
    write(
        dir.path(),
        "sip-2026-aaaa1111.yaml",
        &v1("1987-05-23", "förvaltare"),
    );
    let v = check_json(dir.path(), &["--strict"], 0);
    assert_eq!(codes(&v), Vec::<&str>::new());

    let dir = folder();
    write(
        dir.path(),
        "sip-2026-aaaa1111.yaml",
        &v1("2012-05-23", "vårdnadshavare"),
    );
    // v3: a 13-year-old's consent given by the bare role word names no guardian: fel.
    let before = check_json(dir.path(), &[], 1);
    assert_eq!(codes(&before), ["L009"]);
    sip(dir.path()).arg("fmt").assert().code(0);
    let text = std::fs::read_to_string(dir.path().join("sip-2026-aaaa1111.yaml")).expect("read");
    assert!(
        text.contains("  företrädare:\n    - namn: Sara Berg\n      roll: vårdnadshavare\n"),
        "{text}"
    );
    let after = check_json(dir.path(), &[], 1);
    assert_eq!(codes(&after), ["L009"]);
    assert_eq!(
        before["findings"][0]["message"],
        after["findings"][0]["message"]
    );
}
