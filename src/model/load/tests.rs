//! The loader's tests: findings by code and position, the model read, parser messages.

use super::build::View;
use super::*;
use crate::model::enums::{ConsentGiver, Status};
use crate::model::plan::Giver;
use crate::model::schema::{self, MapSchema, Ty};

fn load(text: &str) -> Loaded {
    load_plan(&SourceFile::new(
        "t.yaml".into(),
        "t.yaml".into(),
        text.into(),
    ))
}

fn codes(l: &Loaded) -> Vec<&'static str> {
    l.findings.iter().map(|f| f.code.as_str()).collect()
}

const MIN: &str = "id: sip-2026-abc\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: A B\ninitiering:\n  datum: 2026-02-02\n  part: kommun\n";

#[test]
fn minimal_plan_is_clean() {
    let l = load(MIN);
    assert!(l.findings.is_empty(), "{:?}", codes(&l));
    let p = l.plan.unwrap();
    assert_eq!(p.id_str(), Some("sip-2026-abc"));
    assert_eq!(p.status(), Some(Status::Draft));
    assert!(p.measures.is_none());
}

#[test]
fn unknown_key_suggests() {
    let l = load(&format!("{MIN}insattser: []\n"));
    assert_eq!(codes(&l), ["S002"]);
    assert!(
        l.findings[0]
            .message(crate::i18n::Lang::Sv)
            .contains("menade du `insatser`")
    );
}

#[test]
fn bad_enum_date_and_missing_key() {
    let text = MIN
        .replace("status: utkast", "status: pågåend")
        .replace("datum: 2026-02-02", "datum: 2026-02-30")
        .replace("  namn: A B\n", "  kön: kvinna\n");
    let l = load(&text);
    assert_eq!(codes(&l), ["S003", "S003", "S003"]);
    let msg = l.findings[0].message(crate::i18n::Lang::Sv);
    assert!(msg.contains("menade du `pågående`"), "{msg}");
}

#[test]
fn duplicate_key_is_s001_at_second() {
    let l = load(&format!("{MIN}status: utkast\n"));
    assert_eq!(codes(&l), ["S001"]);
    assert_eq!(l.findings[0].span.start, MIN.len());
}

#[test]
fn duplicate_keys_name_the_line_of_the_first() {
    // A key of the table (after keys outside it) and a key outside the table, each twice.
    let text = format!("{MIN}okänd: 1\nannan: 2\nokänd: 3\noverenskommelse: x\nid: sip-2026-abd\n");
    let l = load(&text);
    let dups: Vec<(usize, String)> = l
        .findings
        .iter()
        .filter(|f| f.code == Code::S001)
        .map(|f| (f.span.start, f.message(crate::i18n::Lang::Sv)))
        .collect();
    assert_eq!(dups.len(), 2, "{:?}", codes(&l));
    assert!(
        dups[0]
            .1
            .contains("`okänd` står två gånger (först på rad 9)"),
        "{}",
        dups[0].1
    );
    assert!(
        dups[1].1.contains("`id` står två gånger (först på rad 1)"),
        "{}",
        dups[1].1
    );
    assert_eq!(&text[dups[1].0..dups[1].0 + 3], "id:");
    // Each key outside the table is an S002 once, where it first stands.
    assert_eq!(codes(&l).iter().filter(|c| **c == "S002").count(), 3);
}

#[test]
fn unquoted_personnummer_hints_quotes() {
    let l = load(&MIN.replace(
        "  namn: A B\n",
        "  namn: A B\n  personnummer: 198705234824\n",
    ));
    assert_eq!(codes(&l), ["S003"]);
    assert!(
        l.findings[0]
            .message(crate::i18n::Lang::Sv)
            .contains("citattecken")
    );
}

#[test]
fn empty_and_list_documents_are_s001() {
    assert_eq!(codes(&load("")), ["S001"]);
    assert_eq!(codes(&load("- a\n- b\n")), ["S001"]);
    assert_eq!(codes(&load("a: [\n")), ["S001"]);
}

#[test]
fn a_single_representative_mapping_reads_as_a_list_of_one() {
    let v1 = MIN.replace(
        "  namn: A B\n",
        "  namn: A B\n  företrädare:\n    namn: Sara Berg\n    roll: vårdnadshavare\n",
    );
    let l = load(&format!("{v1}samtycke:\n  givet_av: vårdnadshavare\n"));
    assert!(l.findings.is_empty(), "{:?}", codes(&l));
    let p = l.plan.unwrap();
    assert_eq!(p.individual.representatives.len(), 1);
    assert_eq!(p.individual.guardians().count(), 1);
    let c = p.consent.unwrap();
    assert_eq!(c.given_by.len(), 1);
    assert_eq!(c.given_by[0].value, Giver::Role(ConsentGiver::Guardian));
}

#[test]
fn givers_are_roles_or_representatives_by_name() {
    let two = MIN.replace(
        "  namn: A B\n",
        "  namn: A B\n  företrädare:\n    - namn: Sara Berg\n      roll: vårdnadshavare\n    - namn: Johan Berg\n      roll: vårdnadshavare\n",
    );
    let l = load(&format!(
        "{two}samtycke:\n  givet_av: [sara berg, Johan Berg]\n"
    ));
    assert!(l.findings.is_empty(), "{:?}", codes(&l));
    let l = load(&format!(
        "{two}samtycke:\n  givet_av: [Sara Berg, Johan Bergh]\n"
    ));
    assert_eq!(codes(&l), ["S003"]);
    // `givet_av` is personal: no name in the message, neither typed nor suggested.
    let msg = l.findings[0].message(crate::i18n::Lang::Sv);
    assert!(!msg.contains("Johan") && !msg.contains("Berg"), "{msg}");
    assert!(msg.contains("se raden"), "{msg}");
    let l = load(&format!("{two}samtycke:\n  givet_av: godman\n"));
    let msg = l.findings[0].message(crate::i18n::Lang::Sv);
    assert!(msg.contains("menade du `god_man`"), "{msg}");
    let l = load(&format!("{two}samtycke:\n  givet_av: {{a: b}}\n"));
    assert_eq!(codes(&l), ["S003"]);
}

#[test]
fn v2_keys_get_did_you_mean_and_types() {
    let l = load(&format!("{MIN}individens_mal: Jag vill arbeta.\n"));
    assert_eq!(codes(&l), ["S002"]);
    let msg = l.findings[0].message(crate::i18n::Lang::Sv);
    assert!(msg.contains("menade du `individens_mål`"), "{msg}");
    let l = load(&format!(
        "{MIN}närstående:\n  - namn: Per\n    får_delta: nej\n    far_delta: true\n"
    ));
    assert_eq!(codes(&l), ["S003", "S002"]);
    let l = load(&MIN.replace("  namn: A B\n", "  namn: A B\n  företrädare: Sara Berg\n"));
    assert_eq!(codes(&l), ["S003"]);
    let l = load(&format!("{MIN}egna_åtgärder:\n  - av: Anna\n"));
    assert_eq!(codes(&l), ["S002", "S003"]);
}

#[test]
fn empty_measures_list_is_addressed() {
    let l = load(&format!("{MIN}åtgärder_av_andra: []\n"));
    assert!(l.plan.unwrap().measures.is_some());
}

#[test]
fn a_left_conflict_is_s001_at_its_first_marker_line() {
    let text = format!(
        "{MIN}mål:\n  - id: M1\n<<<<<<< HEAD\n    senast: 2026-09-30\n=======\n    senast: 2026-12-31\n>>>>>>> deras\n"
    );
    let l = load(&text);
    assert_eq!(codes(&l), ["S001"]);
    let f = &l.findings[0];
    assert_eq!(&text[f.span.start..f.span.end], "<<<<<<< HEAD");
    let msg = f.message(crate::i18n::Lang::Sv);
    assert!(msg.contains("olöst git-konflikt"), "{msg}");
    assert!(
        f.notes
            .iter()
            .any(|n| n.get(crate::i18n::Lang::Sv).contains("sip setup-git")),
        "the note names the driver"
    );
    // A text that merely holds equals signs inside a value is no marker.
    assert!(conflict_markers("syfte: a ======= b\n").is_empty());
}

#[test]
fn conflict_markers_only_at_line_starts() {
    let text = "<<<<<<< HEAD\r\na: 1 <<<<<<<\n=======\r\n======= x\n>>>>>>> b\n<<<<<<<";
    assert_eq!(
        conflict_markers(text),
        [
            (0, "<<<<<<<"),
            (27, "======="),
            (46, ">>>>>>>"),
            (56, "<<<<<<<")
        ]
    );
    assert!(conflict_markers("a: <b>\nc: =d\n>e\n").is_empty());
    assert!(conflict_markers("").is_empty());
}

/// A plan with every key of the schema table, written from the table: each value valid
/// for its type, and the value at `alter` (a key path such as `möten[].deltagare[].roll`)
/// replaced by another valid one.
fn every_key_plan(alter: Option<&str>) -> String {
    fn value(ty: &Ty, path: &str, alter: Option<&str>, indent: usize, out: &mut String) {
        let other = alter == Some(path);
        let scalar = |a: &str, b: &str| format!(" {}\n", if other { b } else { a });
        match ty {
            Ty::PlanId => out.push_str(&scalar("sip-2026-abc", "sip-2026-abd")),
            // `givet_av` names a role or a representative; text elsewhere is free.
            Ty::Text if path.ends_with("givet_av") => {
                out.push_str(&scalar("individen", "Sara Berg"))
            }
            Ty::Text => out.push_str(&scalar("a", "b")),
            Ty::Personnummer => out.push_str(&scalar("\"19870523-4824\"", "\"19121212-1212\"")),
            Ty::Date => out.push_str(&scalar("2026-02-02", "2026-02-03")),
            Ty::DateTime => out.push_str(&scalar("2026-03-10T13:00", "2026-03-10T14:00")),
            Ty::Bool => out.push_str(&scalar("true", "false")),
            Ty::Minutes => out.push_str(&scalar("90", "60")),
            Ty::Enum(values) => out.push_str(&scalar(values[0], values[1])),
            Ty::List(inner) | Ty::OneOrList(inner) => {
                out.push('\n');
                out.push_str(&" ".repeat(indent));
                out.push('-');
                match inner {
                    Ty::Map(m) => {
                        out.push('\n');
                        map(m, &format!("{path}[]"), alter, indent + 2, out);
                    }
                    _ => value(inner, path, alter, indent + 2, out),
                }
            }
            Ty::Map(m) => {
                out.push('\n');
                map(m, path, alter, indent + 2, out);
            }
        }
    }
    fn map(m: &MapSchema, path: &str, alter: Option<&str>, indent: usize, out: &mut String) {
        for f in m.fields {
            let p = if path.is_empty() {
                f.key.to_string()
            } else {
                format!("{path}.{}", f.key)
            };
            out.push_str(&" ".repeat(indent));
            out.push_str(f.key);
            out.push(':');
            value(&f.ty, &p, alter, indent, out);
        }
    }
    let mut out = String::new();
    map(&schema::PLAN, "", alter, 0, &mut out);
    out
}

/// Every key path of the table that holds a value of its own (not a mapping).
fn value_paths() -> Vec<String> {
    fn walk(m: &MapSchema, path: &str, out: &mut Vec<String>) {
        for f in m.fields {
            let p = if path.is_empty() {
                f.key.to_string()
            } else {
                format!("{path}.{}", f.key)
            };
            let mut ty = &f.ty;
            let mut item = p.clone();
            while let Ty::List(inner) | Ty::OneOrList(inner) = ty {
                if matches!(inner, Ty::Map(_)) {
                    item.push_str("[]");
                }
                ty = inner;
            }
            match ty {
                Ty::Map(inner) => walk(inner, &item, out),
                _ => out.push(p),
            }
        }
    }
    let mut out = Vec::new();
    walk(&schema::PLAN, "", &mut out);
    out
}

/// The typed model without its positions: what the values of a file become.
fn model(text: &str) -> String {
    let plan = load(text).plan.expect("a plan");
    let spans = regex::Regex::new(r"Span \{ start: \d+, end: \d+ \}").expect("regex");
    spans.replace_all(&format!("{plan:?}"), "Span").into_owned()
}

/// The schema table and the loader agree: a plan with every key of the table loads with no
/// finding (no key is unknown to the loader's validation), and every key's value reaches
/// the typed model (another value there gives another model). The other direction — every
/// key the model reads is in the table — holds by construction: each lookup goes through
/// the table's mapping and a debug build stops at a key it does not declare, and this plan
/// makes every lookup happen.
#[test]
fn every_key_of_the_schema_table_is_read_into_the_model() {
    let full = every_key_plan(None);
    let l = load(&full);
    assert!(
        l.findings.is_empty(),
        "{:?}\n{full}",
        l.findings
            .iter()
            .map(|f| f.message(crate::i18n::Lang::Sv))
            .collect::<Vec<_>>()
    );
    let base = model(&full);
    let paths = value_paths();
    assert!(paths.len() > 60, "{}", paths.len());
    let unread: Vec<&String> = paths
        .iter()
        .filter(|p| model(&every_key_plan(Some(p))) == base)
        .collect();
    assert!(unread.is_empty(), "not read into the model: {unread:?}");
}

// The stop is a `debug_assert!`: a release build (`cargo test --release`) reads nothing
// there instead, which the next test holds.
#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "does not declare")]
fn a_lookup_outside_the_table_stops_a_debug_build() {
    let root = yaml::parse(MIN).ok().flatten().expect("a mapping");
    if let Some(v) = View::of(&root, &schema::PLAN) {
        let _ = v.text("statsu");
    }
}

#[cfg(not(debug_assertions))]
#[test]
fn a_lookup_outside_the_table_reads_nothing_in_a_release_build() {
    let root = yaml::parse(MIN).ok().flatten().expect("a mapping");
    let v = View::of(&root, &schema::PLAN).expect("a view of the plan");
    assert!(v.text("statsu").is_none());
}

#[test]
fn parser_errors_read_as_swedish() {
    for bad in [
        "a: b\nc\nd: e\n",
        "a: \"oavslutad\n",
        "a: [1, 2\n",
        "a:\n\t- b\n",
        "a: b: c\n",
        "- a\nb: c\n",
        "a: !<bogus x\n",
    ] {
        let l = load(bad);
        let f = &l.findings[0];
        let sv = f.message(crate::i18n::Lang::Sv);
        assert!(sv.contains("YAML-fel: "), "{bad:?}: {sv}");
        // Each of these has its own text: none falls back to the general one.
        let general = t!(Lang::Sv, "planfil-yaml-okant");
        assert!(!sv.contains(&general), "{bad:?}: {sv}");
        for english in ["expect", "found", "while", "mapping", "scalar", "did not"] {
            assert!(!sv.contains(english), "{bad:?}: English in {sv}");
        }
    }
}

#[test]
fn an_unprintable_character_is_named_as_such() {
    let l = load("id: a\u{0}b\n");
    let sv = l.findings[0].message(Lang::Sv);
    assert!(sv.contains("ett tecken som inte får stå i YAML"), "{sv}");
}
