//! The law in force and sources a user can look up: what `sip rules`, `sip agreements show` and the
//! findings cite, and the agreement readings and rule changes that rest on the law (P007 at fel,
//! A009 giving way to the discharge law's three days, Insjöriket's convening parties, SamSIP's
//! students).

use crate::common;

use common::{repo, sip};
use serde_json::Value;

fn rules_json() -> Vec<Value> {
    let out = sip(repo())
        .args(["rules", "--format", "json"])
        .output()
        .expect("run sip rules");
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    v.as_array().expect("an array of rules").clone()
}

fn rule<'a>(rules: &'a [Value], code: &str) -> &'a Value {
    rules
        .iter()
        .find(|r| r["code"] == code)
        .unwrap_or_else(|| panic!("no rule {code}"))
}

/// A working file's name, "seed" or "SPEC": what a user cannot look up.
fn names_a_working_file(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("seed") || text.contains("SPEC") || lower.contains(".txt")
}

#[test]
fn the_duty_rules_cite_socialtjanstlagen_2025() {
    let rules = rules_json();
    for code in ["L001", "L002", "L003", "L004", "L005"] {
        let source = rule(&rules, code)["source"].as_str().expect("source");
        assert!(
            source.contains("10 kap. 8 § socialtjänstlagen (2025:400)"),
            "{code}: {source}"
        );
    }
    let l008 = rule(&rules, "L008")["source"].as_str().expect("source");
    assert!(
        l008.contains("10 kap. 9 § socialtjänstlagen (2025:400)"),
        "{l008}"
    );
    let p008 = rule(&rules, "P008")["source"].as_str().expect("source");
    assert!(
        p008.contains("(2017:612)") && p008.contains("4 kap. 3 §"),
        "{p008}"
    );
    // The old number only as "tidigare", in the documentation.
    for r in &rules {
        let source = r["source"].as_str().expect("source");
        assert!(!source.contains("2 kap. 7 §"), "{}: {source}", r["code"]);
    }
    // The documentation wraps its lines: compare with single spaces.
    let l001_doc = rule(&rules, "L001")["doc"].as_str().expect("doc");
    let l001_doc = l001_doc.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(l001_doc.contains("tidigare 2 kap. 7 § tredje stycket punkt 1"));
    assert!(l001_doc.contains("16 kap. 4 § fjärde stycket punkt 1"));
}

#[test]
fn no_rule_source_or_doc_names_a_working_file() {
    for r in rules_json() {
        for key in ["source", "doc", "message_sv", "message_en"] {
            let text = r[key].as_str().expect("text");
            assert!(!names_a_working_file(text), "{} {key}: {text}", r["code"]);
        }
    }
}

#[test]
fn agreements_show_names_the_document_by_title() {
    let cases = [
        (
            "ostra-ostergotland",
            "Samordningsförbundet Östra Östergötland, 2018",
        ),
        (
            "samsip-sodra-lappland",
            "Lokal överenskommelse SamSIP, Samordningsförbundet i Södra Lappland",
        ),
        (
            "hoglandet-vetlanda",
            "Samverk Vetlanda, Höglandets samordningsförbund",
        ),
        (
            "insjoriket",
            "Samordningsförbundet Insjöriket, Verksamhetsplan 2020",
        ),
        (
            "orebro-lan",
            "mellan Region Örebro län och kommunerna i Örebro län",
        ),
    ];
    let tmp = tempfile::tempdir().expect("tempdir");
    for (id, title) in cases {
        for lang in ["sv", "en"] {
            let out = sip(tmp.path())
                .args(["--lang", lang, "agreements", "show", id])
                .output()
                .expect("run");
            assert!(out.status.success(), "{id}");
            let text = String::from_utf8(out.stdout).expect("utf8");
            let source_line = text.lines().nth(1).expect("a source line");
            assert!(source_line.contains(title), "{id}: {source_line}");
            assert!(!names_a_working_file(&text), "{id} ({lang}):\n{text}");
        }
    }
}

#[test]
fn insjoriket_lets_only_kommun_and_region_convene() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = sip(tmp.path())
        .args(["agreements", "show", "insjoriket"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    let may_convene = |party: &str| {
        let row = text
            .lines()
            .find(|l| l.starts_with(&format!("│ {party} ")))
            .unwrap_or_else(|| panic!("no row for {party}:\n{text}"));
        let cells: Vec<&str> = row.split('┆').map(str::trim).collect();
        cells[3].to_string()
    };
    assert_eq!(may_convene("kommun"), "ja");
    assert_eq!(may_convene("region"), "ja");
    assert_eq!(may_convene("af"), "nej");
    assert_eq!(may_convene("fk"), "nej");
}

/// (code, severity, line) of every finding in one fixture file, with only `code` on.
fn findings(code: &str, file: &str) -> Vec<(String, String, u64)> {
    let dir = repo().join("tests/fixtures/rules").join(code);
    let out = sip(&dir)
        .args(["check", "--select", code, "--format", "json", file])
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().expect("code").to_string(),
                f["severity"].as_str().expect("severity").to_string(),
                f["line"].as_u64().expect("line"),
            )
        })
        .collect()
}

#[test]
fn expired_consent_is_an_error() {
    assert_eq!(
        findings("P007", "fel-utgatt.yaml"),
        vec![("P007".to_string(), "fel".to_string(), 15)]
    );
    let out = sip(repo().join("tests/fixtures/rules/P007"))
        .args(["check", "--select", "P007", "fel-utgatt.yaml"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "an error fails the check");
}

#[test]
fn insjoriket_af_may_not_convene() {
    assert_eq!(
        findings("A005", "fel-insjoriket-af.yaml"),
        vec![("A005".to_string(), "fel".to_string(), 10)]
    );
    assert!(findings("A005", "ok-insjoriket-region.yaml").is_empty());
}

#[test]
fn a_samsip_student_of_17_is_in_the_target_group() {
    assert!(findings("A003", "ok-samsip-studerande-17.yaml").is_empty());
    // Nor outside by age: 17 is within 16–65.
    let dir = repo().join("tests/fixtures/rules/A003");
    let out = sip(&dir)
        .args(["check", "--format", "json", "ok-samsip-studerande-17.yaml"])
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["code"].as_str())
        .filter(|c| matches!(*c, "A002" | "A003" | "A004" | "A008"))
        .collect();
    assert!(codes.is_empty(), "{codes:?}");
}

#[test]
fn a_discharge_plan_under_vetlanda_is_held_to_the_law_not_three_weeks() {
    // Kallelse the day after the notice, meeting two days later: no A009 (three weeks) …
    assert!(findings("A009", "ok-utskrivning-vetlanda.yaml").is_empty());
    // … while the same plan without a discharge date gets A009.
    assert_eq!(
        findings("A009", "fel-vetlanda-utan-utskrivning.yaml"),
        vec![("A009".to_string(), "varning".to_string(), 15)]
    );
    // P008 decides: within three days is silent, five days is a finding.
    assert!(findings("P008", "ok-vetlanda-inom-tre-dagar.yaml").is_empty());
    assert_eq!(
        findings("P008", "fel-vetlanda-sen.yaml"),
        vec![("P008".to_string(), "varning".to_string(), 10)]
    );
}

#[test]
fn an_agreement_finding_names_the_agreement_and_the_way_on() {
    let dir = repo().join("tests/fixtures/rules/A003");
    let out = sip(&dir)
        .args(["check", "--select", "A003", "fel-samsip-anstalld.yaml"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(
        text.contains(
            "= källa: Överenskommelsens målgrupp (SamSIP – Samordningsförbundet Södra Lappland)"
        ),
        "{text}"
    );
    assert!(
        text.contains("den här överenskommelsens målgrupp"),
        "{text}"
    );
    assert!(
        text.contains("kommunen och regionen är ändå skyldiga att upprätta en SIP enligt lagen"),
        "{text}"
    );
    assert!(
        text.contains("= hjälp: sip set fel-samsip-anstalld --agreement ÖVERENSKOMMELSE"),
        "{text}"
    );
    assert!(!names_a_working_file(&text), "{text}");
}

#[test]
fn a_child_under_15_without_a_guardians_consent_is_an_error_from_15_a_warning() {
    let sev = |file: &str| {
        findings("L009", file)
            .into_iter()
            .map(|(_, s, _)| s)
            .collect::<Vec<_>>()
    };
    // No guardian named at all: fel the day before the 15th birthday, varning on it.
    assert_eq!(sev("fel-dagen-fore-15.yaml"), ["fel"]);
    assert_eq!(sev("fel-15-arsdagen.yaml"), ["varning"]);
    // A nine-year-old whose consent names only the role word: no guardian consented.
    assert_eq!(sev("fel-nio-ar-rollordet.yaml"), ["fel"]);
    // One of two guardians named: a guardian did consent; the other is missing (varning).
    assert_eq!(sev("fel-under-15-en-av-tva.yaml"), ["varning"]);
    assert_eq!(sev("fel-dagen-fore-18.yaml"), ["varning"]);
    // The rule's documentation names the 15-year line's source in the law in force.
    let rules = rules_json();
    let doc = rule(&rules, "L009")["doc"].as_str().expect("doc");
    let doc = doc.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        doc.contains("3 kap. 4 § socialtjänstlagen (2025:400)"),
        "{doc}"
    );
}

#[test]
fn a_young_adult_without_own_consent_is_an_error_as_expired_consent() {
    let got = findings("L011", "fel-fyllt-18.yaml");
    assert!(
        !got.is_empty() && got.iter().all(|(_, s, _)| s == "fel"),
        "{got:?}"
    );
    let rules = rules_json();
    assert_eq!(rule(&rules, "L011")["severity"], "fel");
    assert_eq!(rule(&rules, "P007")["severity"], "fel");
}

#[test]
fn the_childs_views_rule_cites_socialtjanstlagen_3_kap_2() {
    let rules = rules_json();
    let p012 = rule(&rules, "P012");
    assert_eq!(p012["severity"], "varning");
    let source = p012["source"].as_str().expect("source");
    assert!(
        source.contains("3 kap. 2 § socialtjänstlagen (2025:400)"),
        "{source}"
    );
    // The paragraph's own words, as the law reads.
    let doc = p012["doc"].as_str().expect("doc");
    let doc = doc.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        doc.contains(
            "Ett barn ska ges möjlighet att framföra sina åsikter i frågor som rör barnet"
        ),
        "{doc}"
    );
}

#[test]
fn p010_is_guidance_and_not_foraldrabalken() {
    let rules = rules_json();
    let p010 = rule(&rules, "P010");
    for key in ["source", "doc"] {
        let text = p010[key].as_str().expect("text");
        assert!(
            !text.to_lowercase().contains("föräldrabalken"),
            "{key}: {text}"
        );
    }
    assert!(
        p010["source"]
            .as_str()
            .expect("source")
            .starts_with("Vägledning")
    );
}

#[test]
fn the_three_days_run_from_the_notice_not_from_discharge() {
    let rules = rules_json();
    for code in ["P008", "P011"] {
        let r = rule(&rules, code);
        for key in ["doc", "message_sv"] {
            let text = r[key].as_str().expect("text");
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(!text.contains("Efter utskrivning"), "{code} {key}: {text}");
            assert!(
                !text.contains("blev utskrivningsklar"),
                "{code} {key}: {text}"
            );
        }
    }
    let p008 = rule(&rules, "P008")["message_sv"]
        .as_str()
        .expect("message");
    assert!(p008.contains("underrättade"), "{p008}");
}

#[test]
fn compulsory_care_takes_the_discharge_out_of_p008_and_p011() {
    assert!(findings("P008", "ok-tvangsvard.yaml").is_empty());
    assert!(findings("P011", "ok-tvangsvard.yaml").is_empty());
    let rules = rules_json();
    for code in ["P008", "P011"] {
        let doc = rule(&rules, code)["doc"].as_str().expect("doc");
        let doc = doc.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(doc.contains("7 a § lagen (1991:1128)"), "{code}: {doc}");
        assert!(doc.contains("12 a § lagen (1991:1129)"), "{code}: {doc}");
    }
}

#[test]
fn s008_cites_18_a_for_a_samordningsnummer_and_18_for_a_personnummer() {
    let dir = repo().join("tests/fixtures/rules/S008");
    let source_of = |file: &str| {
        let out = sip(&dir)
            .args(["check", "--select", "S008", file])
            .output()
            .expect("run");
        let text = String::from_utf8(out.stdout).expect("utf8");
        text.lines()
            .find_map(|l| l.trim_start().strip_prefix("= källa: ").map(str::to_string))
            .unwrap_or_else(|| panic!("no source line:\n{text}"))
    };
    let samordning = source_of("fel-samordningsnummer.yaml");
    assert!(samordning.contains("18 a §"), "{samordning}");
    let pnr = source_of("fel-kontrollsiffra.yaml");
    assert!(pnr.contains("18 §") && !pnr.contains("18 a §"), "{pnr}");
}

#[test]
fn insjoriket_runs_to_the_end_of_2020_and_restricts_no_inriktning() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = sip(tmp.path())
        .args(["agreements", "show", "insjoriket"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(text.contains("2020-12-31"), "{text}");
    // Initiated in 2026: outside the document's period (A001); on its last day: inside.
    assert_eq!(
        findings("A001", "fel-insjoriket-2026.yaml"),
        vec![("A001".to_string(), "fel".to_string(), 8)]
    );
    assert!(findings("A001", "ok-insjoriket-sista-dagen.yaml").is_empty());
    // What the förbund finances is no limit on who gets a SIP: no A004, nor A008 for a missing one.
    assert!(findings("A004", "ok-insjoriket-vard-och-omsorg.yaml").is_empty());
    assert!(findings("A004", "ok-insjoriket-skola.yaml").is_empty());
    assert!(findings("A008", "../A004/ok-insjoriket-skola.yaml").is_empty());
}

#[test]
fn followups_count_the_three_days_from_the_notice_and_not_under_compulsory_care() {
    let dir = repo().join("tests/fixtures/rules/P008");
    let texts = |file: &str| {
        let out = sip(&dir)
            .args(["followups", file, "--format", "json"])
            .output()
            .expect("run");
        let v: Value = serde_json::from_slice(&out.stdout).expect("json");
        v["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter_map(|i| i["text"].as_str().map(str::to_string))
            .collect::<Vec<_>>()
    };
    let discharge = texts("fel-ingen-kallelse.yaml");
    assert!(
        discharge
            .iter()
            .any(|t| t.contains("underrättade 2026-04-27 om att patienten är utskrivningsklar")),
        "{discharge:?}"
    );
    let compulsory = texts("ok-tvangsvard.yaml");
    assert!(
        !compulsory.iter().any(|t| t.contains("utskrivningsklar")),
        "{compulsory:?}"
    );
}
