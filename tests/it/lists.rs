//! `sip followups`, `sip list` and `sip stats` on a fixture folder with known dates, counts and
//! people around a fixed today (2026-05-01): exact rows and counts in every format, filters,
//! suppression, an iCalendar file read back by an independent parser, the empty folder, and
//! tables that fit 80 columns (the fixture folder and the demo folder).

use std::path::{Path, PathBuf};

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use crate::common::{self, TODAY, repo, sip_at};

fn fixture() -> PathBuf {
    repo().join("tests/fixtures/lists")
}

/// A temp copy of a folder (plans and sip.toml).
fn copy_of(src: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for e in std::fs::read_dir(src).expect("fixture folder") {
        let p = e.expect("entry").path();
        if p.is_file() {
            std::fs::copy(&p, dir.path().join(p.file_name().expect("name"))).expect("copy");
        }
    }
    dir
}

/// `sip ARGS` in `dir` on [`TODAY`]: exit code, stdout and stderr.
fn sip(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = sip_at(dir, TODAY).args(args).output().expect("run sip");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}

/// Run in a copy of the fixture folder; exit 0 expected.
fn run_ok(args: &[&str]) -> String {
    let dir = copy_of(&fixture());
    let (code, out, err) = sip(dir.path(), args);
    assert_eq!(code, 0, "sip {args:?} failed: {err}");
    out
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&run_ok(args)).expect("valid JSON")
}

/// (date, days, plan, kind, party, person, samtalsledare) of each JSON item.
fn rows(v: &Value) -> Vec<(String, i64, String, String, String, String, String)> {
    let s = |x: &Value| x.as_str().unwrap_or("-").to_string();
    v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            (
                s(&i["date"]),
                i["days"].as_i64().expect("days"),
                s(&i["plan"]),
                s(&i["kind"]),
                s(&i["party"]),
                s(&i["person"]),
                s(&i["samtalsledare"]),
            )
        })
        .collect()
}

fn r(
    date: &str,
    days: i64,
    plan: &str,
    kind: &str,
    party: &str,
    person: &str,
    leader: &str,
) -> (String, i64, String, String, String, String, String) {
    (
        date.into(),
        days,
        format!("sip-2026-{plan}"),
        kind.into(),
        party.into(),
        person.into(),
        leader.into(),
    )
}

/// The default list (14 days): every kind but `möte`/`kallelse` outside the window.
fn expected_default() -> Vec<(String, i64, String, String, String, String, String)> {
    vec![
        r(
            "2026-04-15",
            -16,
            "ddd44abc",
            "samtycke_upphör",
            "kommun",
            "-",
            "Sofia Lundin",
        ),
        r(
            "2026-04-20",
            -11,
            "bbb22abc",
            "uppföljning",
            "region",
            "Karin Persson",
            "Erik Ek",
        ),
        r(
            "2026-04-24",
            -7,
            "bbb22abc",
            "kallelse",
            "region",
            "-",
            "Erik Ek",
        ),
        r(
            "2026-04-25",
            -6,
            "bbb22abc",
            "insats_slut",
            "kommun",
            "Maja Holm",
            "Erik Ek",
        ),
        r(
            "2026-04-30",
            -1,
            "bbb22abc",
            "mål_senast",
            "region",
            "Karin Persson",
            "Erik Ek",
        ),
        r(
            "2026-05-01",
            0,
            "ddd44abc",
            "saknar_uppföljning",
            "kommun",
            "-",
            "Sofia Lundin",
        ),
        r(
            "2026-05-01",
            0,
            "eee55abc",
            "mål_senast",
            "norrkoping",
            "Tomas Lind",
            "Erik Ek",
        ),
        r(
            "2026-05-01",
            0,
            "hhh88abc",
            "insats_slut",
            "region",
            "Per Pers",
            "Erik Ek",
        ),
        r(
            "2026-05-05",
            4,
            "ddd44abc",
            "insats_slut",
            "af",
            "Johan Ström",
            "Sofia Lundin",
        ),
        r(
            "2026-05-08",
            7,
            "aaa11abc",
            "insats_slut",
            "region",
            "Lisa Lind",
            "Erik Ek",
        ),
        r(
            "2026-05-10",
            9,
            "aaa11abc",
            "samtycke_upphör",
            "kommun",
            "Erik Ek",
            "Erik Ek",
        ),
        r(
            "2026-05-12",
            11,
            "aaa11abc",
            "uppföljning",
            "kommun",
            "Erik Ek",
            "Erik Ek",
        ),
        r(
            "2026-05-12",
            11,
            "aaa11abc",
            "kallelse",
            "kommun",
            "-",
            "Erik Ek",
        ),
        r(
            "2026-05-12",
            11,
            "aaa11abc",
            "möte",
            "kommun",
            "-",
            "Erik Ek",
        ),
        r(
            "2026-05-15",
            14,
            "bbb22abc",
            "möte",
            "region",
            "-",
            "Erik Ek",
        ),
    ]
}

#[test]
fn followups_json_has_exact_items_in_order() {
    let v = json(&["followups", "--format", "json"]);
    assert_eq!(v["version"], 1);
    assert_eq!(v["today"], TODAY);
    assert_eq!(rows(&v), expected_default());
    let first = &v["items"][0];
    assert_eq!(first["individ"], "David Dahl");
    assert_eq!(first["text"], "Samtycket upphör");
    let keys = keys_of(first);
    assert_eq!(
        keys,
        [
            "date",
            "days",
            "plan",
            "individ",
            "kind",
            "text",
            "party",
            "person",
            "samtalsledare"
        ]
    );
    let kallelse = &v["items"][2];
    assert_eq!(
        kallelse["text"],
        "Skicka kallelse till MÖ2 inför mötet 2026-05-15"
    );
    let mote = &v["items"][13];
    assert_eq!(mote["text"], "Möte MÖ2, uppföljning kl. 10:00");
}

#[test]
fn followups_exit_zero_whatever_is_overdue() {
    let dir = copy_of(&fixture());
    let (code, out, _) = sip(dir.path(), &["followups"]);
    assert_eq!(code, 0);
    assert!(out.contains("15 punkter, varav 5 försenade."), "{out}");
}

#[test]
fn followups_window_covers_every_kind_and_skips_closed_and_past_meetings() {
    let v = json(&["followups", "--format", "json", "--within", "400"]);
    let rows = rows(&v);
    let kinds: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.3.as_str()).collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        [
            "insats_slut",
            "kallelse",
            "mål_senast",
            "möte",
            "saknar_uppföljning",
            "samtycke_upphör",
            "uppföljning"
        ]
    );
    assert_eq!(rows.len(), 23);
    // Closed plans give nothing; a past meeting not held (hhh MÖ3) and finished or cancelled
    // interventions give nothing.
    assert!(
        rows.iter()
            .all(|r| !r.2.ends_with("fff66abc") && !r.2.ends_with("ggg77abc"))
    );
    assert!(!rows.iter().any(|r| r.0 == "2026-04-25" && r.3 == "möte"));
    assert!(
        !rows
            .iter()
            .any(|r| r.0 == "2026-04-20" && r.3 == "insats_slut")
    );
    assert!(!rows.iter().any(|r| r.0 == "2026-04-28"));
    // Notice period: hoglandet-vetlanda asks 21 days, so hhh's MÖ2 on 06-10 must be sent by
    // 05-20; orebro-lan sets none, so ccc's kallelse is due on the meeting day.
    assert!(rows.contains(&r(
        "2026-05-20",
        19,
        "hhh88abc",
        "kallelse",
        "kommun",
        "-",
        "Erik Ek"
    )));
    assert!(rows.contains(&r(
        "2026-05-20",
        19,
        "ccc33abc",
        "kallelse",
        "kommun",
        "-",
        "Sofia Lundin"
    )));
}

#[test]
fn followups_within_zero_keeps_today_and_overdue() {
    let v = json(&["followups", "--format", "json", "--within", "0"]);
    let want: Vec<_> = expected_default()
        .into_iter()
        .filter(|r| r.1 <= 0)
        .collect();
    assert_eq!(want.len(), 8);
    assert_eq!(rows(&v), want);
}

#[test]
fn followups_filters() {
    let by_party = json(&["followups", "--format", "json", "--party", "region"]);
    let want: Vec<_> = expected_default()
        .into_iter()
        .filter(|r| r.4 == "region")
        .collect();
    assert_eq!(want.len(), 6);
    assert_eq!(rows(&by_party), want);

    let by_leader = json(&["followups", "--format", "json", "--leader", "sofia lundin"]);
    let want: Vec<_> = expected_default()
        .into_iter()
        .filter(|r| r.6 == "Sofia Lundin")
        .collect();
    assert_eq!(want.len(), 3);
    assert_eq!(rows(&by_leader), want);

    let by_agreement = json(&[
        "followups",
        "--format",
        "json",
        "--agreement",
        "hoglandet-vetlanda",
    ]);
    let plans: Vec<String> = rows(&by_agreement).into_iter().map(|r| r.2).collect();
    assert_eq!(plans.len(), 6);
    assert!(
        plans
            .iter()
            .all(|p| p.ends_with("bbb22abc") || p.ends_with("hhh88abc"))
    );
}

#[test]
fn followups_anonymize_shows_initials_only() {
    let out = run_ok(&["followups", "--format", "json", "--anonymize"]);
    for name in [
        "Anna",
        "Andersson",
        "Bertil",
        "Berg\"",
        "David Dahl",
        "Hanna",
    ] {
        assert!(!out.contains(name), "{name} in {out}");
    }
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["items"][0]["individ"], "D. D.");
    assert_eq!(
        v["items"][4]["text"],
        "Mål M1 senast: B. klarar sina inköp själv"
    );
    // Staff names stay: they are not the individual's.
    assert_eq!(v["items"][0]["samtalsledare"], "Sofia Lundin");
}

#[test]
fn followups_csv_matches_json() {
    let text = run_ok(&["followups", "--format", "csv"]);
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        header,
        [
            "date",
            "days",
            "plan",
            "individ",
            "kind",
            "text",
            "party",
            "person",
            "samtalsledare"
        ]
    );
    let got: Vec<_> = rdr
        .records()
        .map(|rec| {
            let rec = rec.expect("record");
            let s = |i: usize| {
                let v = rec.get(i).expect("field");
                if v.is_empty() {
                    "-".into()
                } else {
                    v.to_string()
                }
            };
            (
                s(0),
                s(1).parse::<i64>().expect("days"),
                s(2),
                s(4),
                s(6),
                s(7),
                s(8),
            )
        })
        .collect();
    assert_eq!(got, expected_default());
}

/// (UID, DTSTART) of each event, read by the `ical` crate.
fn ics_events(text: &str) -> Vec<(String, String, String)> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none());
    cal.events
        .iter()
        .map(|e| {
            let prop = |name: &str| {
                e.properties
                    .iter()
                    .find(|p| p.name == name)
                    .and_then(|p| p.value.clone())
                    .unwrap_or_else(|| panic!("{name} missing"))
            };
            (prop("UID"), prop("DTSTART"), prop("SUMMARY"))
        })
        .collect()
}

#[test]
fn followups_ics_parses_with_stable_unique_uids() {
    let first = run_ok(&["followups", "--format", "ics"]);
    assert!(first.contains("\r\n"), "RFC 5545 wants CRLF");
    assert!(
        first.lines().all(|l| l.trim_end_matches('\r').len() <= 75),
        "lines are folded at 75 octets"
    );
    let events = ics_events(&first);
    assert_eq!(events.len(), 15);
    let uids: std::collections::BTreeSet<&str> = events.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(uids.len(), 15, "UIDs are unique");
    assert_eq!(events[0].0, "sip-2026-ddd44abc-samtycke-upphor@sip");
    assert_eq!(events[0].1, "20260415");
    // Initials by default: a calendar ends up in Outlook, Google or a phone.
    assert_eq!(events[0].2, "Samtycket upphör (försenad) – D. D.");
    assert!(!first.contains("David") && !first.contains("Dahl"));
    let named = ics_events(&run_ok(&["followups", "--format", "ics", "--names"]));
    assert_eq!(named[0].2, "Samtycket upphör (försenad) – David Dahl");
    assert!(uids.contains("sip-2026-aaa11abc-mote-mo2@sip"));
    assert!(uids.contains("sip-2026-aaa11abc-kallelse-mo2@sip"));
    assert!(uids.contains("sip-2026-aaa11abc-insats-slut-i1@sip"));

    // The same run again is byte-identical; a later day keeps the UIDs of the same items.
    assert_eq!(run_ok(&["followups", "--format", "ics"]), first);
    let dir = copy_of(&fixture());
    let out = sip_at(dir.path(), "2026-05-02")
        .args(["--today", "2026-05-02", "followups", "--format", "ics"])
        .output()
        .expect("run");
    let later = ics_events(&String::from_utf8(out.stdout).expect("utf-8"));
    let later_uids: std::collections::BTreeSet<&str> = later.iter().map(|e| e.0.as_str()).collect();
    // 05-02 adds nothing new within 14 days but bbb's MÖ2 (05-15) stays: every UID is kept.
    assert!(uids.is_subset(&later_uids), "{uids:?} vs {later_uids:?}");
    let missing_follow_up = later
        .iter()
        .find(|e| e.0 == "sip-2026-ddd44abc-saknar-uppfoljning@sip")
        .expect("same UID on another day");
    assert_eq!(missing_follow_up.1, "20260502");
}

/// One event as the `ical` crate reads it: its properties by name, with their parameters.
struct IcsEvent {
    props: Vec<ical::property::Property>,
}

impl IcsEvent {
    fn value(&self, name: &str) -> Option<&str> {
        self.props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.as_deref())
    }
    fn param(&self, name: &str, param: &str) -> Option<String> {
        let prop = self.props.iter().find(|p| p.name == name)?;
        let params = prop.params.as_ref()?;
        params
            .iter()
            .find(|(k, _)| k == param)
            .map(|(_, v)| v.join(","))
    }
}

/// The events and the TZIDs of the `VTIMEZONE`s of a calendar, read by the `ical` crate.
fn ics_read(text: &str) -> (Vec<IcsEvent>, Vec<String>) {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("parses");
    let zones = cal
        .timezones
        .iter()
        .filter_map(|z| {
            z.properties
                .iter()
                .find(|p| p.name == "TZID")
                .and_then(|p| p.value.clone())
        })
        .collect();
    let events = cal
        .events
        .into_iter()
        .map(|e| IcsEvent {
            props: e.properties,
        })
        .collect();
    (events, zones)
}

#[test]
fn followups_ics_meetings_are_timed_and_busy_deadlines_all_day() {
    let (events, zones) = ics_read(&run_ok(&["followups", "--format", "ics"]));
    assert_eq!(zones, ["Europe/Stockholm"]);
    let fmt = "%Y%m%dT%H%M%S";
    let mut timed = Vec::new();
    for e in &events {
        let uid = e.value("UID").expect("UID");
        if e.value("CATEGORIES") == Some("möte") {
            assert_eq!(
                e.param("DTSTART", "TZID").as_deref(),
                Some("Europe/Stockholm")
            );
            assert_eq!(
                e.param("DTEND", "TZID").as_deref(),
                Some("Europe/Stockholm")
            );
            let start =
                chrono::NaiveDateTime::parse_from_str(e.value("DTSTART").expect("start"), fmt)
                    .expect("a local date-time");
            let end = chrono::NaiveDateTime::parse_from_str(e.value("DTEND").expect("end"), fmt)
                .expect("a local date-time");
            assert_eq!((end - start).num_minutes(), 90, "{uid}");
            assert_eq!(e.value("TRANSP"), Some("OPAQUE"), "a meeting is busy time");
            timed.push((
                uid.to_string(),
                start.to_string(),
                e.value("LOCATION").map(str::to_string),
            ));
        } else {
            assert_eq!(
                e.param("DTSTART", "VALUE").as_deref(),
                Some("DATE"),
                "{uid}"
            );
            assert_eq!(e.param("DTEND", "VALUE").as_deref(), Some("DATE"), "{uid}");
            assert_eq!(e.param("DTSTART", "TZID"), None);
            assert_eq!(
                e.value("TRANSP"),
                Some("TRANSPARENT"),
                "a deadline is free time"
            );
            assert_eq!(e.value("LOCATION"), None);
        }
    }
    assert_eq!(
        timed,
        [
            (
                "sip-2026-aaa11abc-mote-mo2@sip".to_string(),
                "2026-05-12 10:00:00".to_string(),
                Some("Kommunhuset\\, rum 3".to_string())
            ),
            (
                "sip-2026-bbb22abc-mote-mo2@sip".to_string(),
                "2026-05-15 13:00:00".to_string(),
                Some("Teams".to_string())
            ),
        ]
    );
    assert_eq!(
        events.len() - timed.len(),
        13,
        "the other items are all-day"
    );

    // A calendar with no events is still a calendar, with the time zone.
    let dir = common::plan_folder("");
    let (code, out, _) = sip(dir.path(), &["followups", "--format", "ics"]);
    assert_eq!(code, 0);
    let (events, zones) = ics_read(&out);
    assert!(events.is_empty());
    assert_eq!(zones, ["Europe/Stockholm"]);
}

#[test]
fn followups_table_fits_80_columns_and_marks_overdue() {
    let out = run_ok(&["followups"]);
    for line in out.lines() {
        assert!(line.width() <= 80, "too wide: {line}");
    }
    assert!(out.contains("-11 !"), "{out}");
    assert!(out.contains("(försenad)"), "{out}");
    insta::assert_snapshot!("followups_table", out);
}

#[test]
fn followups_empty_folder_says_nothing_to_follow_up() {
    let dir = common::plan_folder("");
    let (code, out, _) = sip(dir.path(), &["followups"]);
    assert_eq!(code, 0);
    assert_eq!(out, "inget att följa upp\n");
    let (code, out, _) = sip(dir.path(), &["--lang", "en", "followups"]);
    assert_eq!(code, 0);
    assert_eq!(out, "nothing to follow up\n");
    let (_, out, _) = sip(dir.path(), &["followups", "--format", "json"]);
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["items"], Value::Array(vec![]));
    let (_, out, _) = sip(dir.path(), &["followups", "--format", "ics"]);
    assert_eq!(ics_events(&out).len(), 0);
}

#[test]
fn followups_plan_checklist() {
    let out = run_ok(&["followups", "sip-2026-aaa11abc"]);
    for want in [
        "Uppföljning av sip-2026-aaa11abc – Anna Andersson",
        "Övergripande ansvar:  kommun, Erik Ek",
        "Nästa uppföljning:    2026-05-12 (om 11 dagar)",
        "Nästa möte:           MÖ2, uppföljning, 2026-05-12 10:00, Kommunhuset, rum 3",
        "Kallelse:             inte skickad",
        "Försenat: inget",
        "Samtalsstöd hos psykiatrin",
        "Lisa Lind",
        "Utförare:",
        "Psykiatrimottagningen",
        "genomförd",
        "Närvaro enligt närvarolista",
        "2026-09-30",
        "Annas mor följer med till första träffen (Karin Andersson (mor))",
        "B2 Hjälp med ekonomin",
        "Förra mötet: MÖ1, upprättande, 2026-02-20 13:00, Kommunhuset, rum 3",
        "Planen upprättades. Anna börjar med samtalsstöd i mars.",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
    assert!(!out.contains("B1 Stöd"), "B1 is addressed by I1:\n{out}");
    for line in out.lines() {
        assert!(line.width() <= 80, "too wide: {line}");
    }

    let late = run_ok(&["followups", "sip-2026-bbb22abc"]);
    assert!(late.contains("Försenat (4)"), "{late}");
    assert!(late.contains("2026-04-25 !"), "{late}");
    assert!(late.contains("Förra mötet: MÖ1"), "{late}");
    assert!(late.contains("(inga anteckningar)"), "{late}");
}

#[test]
fn followups_plan_json_and_ics() {
    let v = json(&["followups", "sip-2026-bbb22abc", "--format", "json"]);
    assert_eq!(v["plan"], "sip-2026-bbb22abc");
    assert_eq!(v["övergripande_ansvar"]["part"], "region");
    assert_eq!(v["nästa_möte"]["id"], "MÖ2");
    assert_eq!(v["nästa_möte"]["kallelse_skickad"], Value::Null);
    assert_eq!(v["förra_mötet"]["id"], "MÖ1");
    assert_eq!(v["insatser"][0]["försenad"], true);
    assert_eq!(v["insatser"][0]["kontaktperson"], "Maja Holm");
    assert_eq!(v["mål"][0]["senast"], "2026-04-30");
    let overdue = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|i| i["days"].as_i64().is_some_and(|d| d < 0))
        .count();
    assert_eq!(overdue, 4);
    let ics = run_ok(&["followups", "sip-2026-bbb22abc", "--format", "ics"]);
    assert_eq!(ics_events(&ics).len(), 5);
}

#[test]
fn followups_unknown_plan_is_exit_2() {
    let dir = copy_of(&fixture());
    let (code, _, err) = sip(dir.path(), &["followups", "sip-2026-nope0000"]);
    assert_eq!(code, 2);
    assert!(err.contains("okänd plan"), "{err}");
}

#[test]
fn list_json_rows() {
    let v = json(&["list", "--format", "json"]);
    assert_eq!(v["version"], 1);
    let got: Vec<(String, String, String, String, String, i64, i64)> = v["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap_or("-").to_string();
            (
                s("id"),
                s("överenskommelse"),
                s("status"),
                s("övergripande_ansvar"),
                s("nästa_uppföljning"),
                p["fel"].as_i64().expect("fel"),
                p["varning"].as_i64().expect("varning"),
            )
        })
        .collect();
    let row = |id: &str, a: &str, st: &str, o: &str, n: &str, f: i64, w: i64| {
        (
            format!("sip-2026-{id}"),
            a.to_string(),
            st.to_string(),
            o.to_string(),
            n.to_string(),
            f,
            w,
        )
    };
    assert_eq!(
        got,
        vec![
            row(
                "aaa11abc",
                "samsip-sodra-lappland",
                "pågående",
                "kommun",
                "2026-05-12",
                0,
                // v3: P014 (consent without end date or scope), P013 (a kallelse dated before
                // the initiation), P005.
                3
            ),
            row(
                "bbb22abc",
                "hoglandet-vetlanda",
                "pågående",
                "region",
                "2026-04-20",
                0,
                3
            ),
            // v3: a child's draft without the child's own views (P012).
            row("ccc33abc", "orebro-lan", "utkast", "-", "-", 0, 1),
            // An expired consent (P007) is an error, a missing follow-up date (P001) a warning.
            row(
                "ddd44abc",
                "samsip-sodra-lappland",
                "pågående",
                "kommun",
                "-",
                1,
                2
            ),
            row(
                "eee55abc",
                "ostra-ostergotland",
                "pågående",
                "norrkoping",
                "2026-06-30",
                1,
                1
            ),
            row(
                "fff66abc",
                "insjoriket",
                "avslutad",
                "kommun",
                "2026-04-15",
                // v3: Insjöriket's document runs to the end of 2020 (A001 for a 2026 plan).
                1,
                0
            ),
            row("ggg77abc", "orebro-lan", "avslutad", "region", "-", 0, 0),
            row(
                "hhh88abc",
                "hoglandet-vetlanda",
                "pågående",
                "kommun",
                "2026-06-10",
                0,
                4
            ),
        ]
    );
    let first = &v["plans"][0];
    assert_eq!(first["file"], "sip-2026-aaa11abc.yaml");
    assert_eq!(first["individ"], "Anna Andersson");
    let keys = keys_of(first);
    assert_eq!(
        keys,
        [
            "id",
            "file",
            "individ",
            "överenskommelse",
            "status",
            "övergripande_ansvar",
            "nästa_uppföljning",
            "fel",
            "varning"
        ]
    );
}

#[test]
fn list_filters_and_formats() {
    let v = json(&["list", "--format", "json", "--status", "pågående"]);
    assert_eq!(v["plans"].as_array().expect("plans").len(), 5);
    let v = json(&["list", "--format", "json", "--agreement", "orebro-lan"]);
    let ids: Vec<&str> = v["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert_eq!(ids, ["sip-2026-ccc33abc", "sip-2026-ggg77abc"]);

    let text = run_ok(&["list", "--format", "csv", "--status", "avslutad"]);
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        rdr.headers().expect("header").iter().collect::<Vec<_>>(),
        [
            "id",
            "file",
            "individ",
            "överenskommelse",
            "status",
            "övergripande_ansvar",
            "nästa_uppföljning",
            "fel",
            "varning"
        ]
    );
    let recs: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.expect("record").iter().map(str::to_string).collect())
        .collect();
    assert_eq!(recs.len(), 2);
    assert_eq!(
        recs[0],
        [
            "sip-2026-fff66abc",
            "sip-2026-fff66abc.yaml",
            "Fredrik Falk",
            "insjoriket",
            "avslutad",
            "kommun",
            "2026-04-15",
            "1",
            "0"
        ]
    );

    let table = run_ok(&["list"]);
    assert!(table.contains("8 planer: 3 fel, 14 varningar."), "{table}");
    for line in table.lines() {
        assert!(line.width() <= 80, "too wide: {line}");
    }
    insta::assert_snapshot!("list_table", table);

    let dir = copy_of(&fixture());
    let (code, _, err) = sip(dir.path(), &["list", "--status", "klar"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--status: `klar` är inget giltigt värde"),
        "{err}"
    );
}

#[test]
fn stats_suppressed_json() {
    let out = run_ok(&["stats", "--format", "json"]);
    for personal in [
        "Anna",
        "Bertil",
        "Andersson",
        "19870523",
        "1960-03-15",
        "Erik Ek",
        "sip-2026",
    ] {
        assert!(!out.contains(personal), "{personal} in stats");
    }
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["version"], 1);
    assert_eq!(v["plans"], 8);
    assert_eq!(v["suppressed"], true);
    assert_eq!(v["by_status"]["pågående"]["total"], 5);
    assert_eq!(v["by_status"]["utkast"]["total"], "<5");
    assert_eq!(v["by_status"]["avslutad"]["gender"]["kvinna"], 0);
    assert_eq!(v["by_gender"]["kvinna"], "<5");
    assert_eq!(v["by_gender"]["uppgift_saknas"], "<5");
    assert_eq!(v["by_age"]["40-49"], 0);
    assert_eq!(v["interventions"]["total"], 10);
    assert_eq!(v["interventions"]["by_party"]["region"]["total"], 5);
    assert_eq!(v["interventions"]["by_party"]["kommun"]["total"], "<5");
    // 3 of 5 active on time: both 3 and 2 are small, so the share is withheld.
    assert_eq!(v["follow_up"]["share_on_time"], Value::Null);
    assert_eq!(v["first_meeting"]["plans"], 6);
    assert_eq!(v["first_meeting"]["median_days"], 18.0);
    assert_eq!(v["closing_reasons"]["mål_uppfyllda"]["total"], "<5");
    assert_eq!(v["closing_reasons"]["behov_saknas"]["total"], 0);
}

#[test]
fn stats_unsuppressed_exact_counts() {
    let v = json(&["stats", "--format", "json", "--no-suppress"]);
    assert_eq!(v["suppressed"], false);
    let g = &v["by_gender"];
    assert_eq!(
        (&g["kvinna"], &g["man"], &g["annat"], &g["uppgift_saknas"]),
        (
            &Value::from(3),
            &Value::from(3),
            &Value::from(1),
            &Value::from(1)
        )
    );
    let ages: Vec<i64> = [
        "0-15",
        "16-19",
        "20-29",
        "30-39",
        "40-49",
        "50-59",
        "60-65",
        "66+",
        "uppgift_saknas",
    ]
    .iter()
    .map(|k| v["by_age"][k].as_i64().expect("count"))
    .collect();
    assert_eq!(ages, [1, 1, 1, 2, 0, 0, 1, 1, 1]);
    let totals = |key: &str| -> Vec<(String, i64)> {
        v[key]
            .as_object()
            .expect("breakdown")
            .iter()
            .map(|(k, s)| (k.clone(), s["total"].as_i64().expect("total")))
            .collect()
    };
    let kv = |pairs: &[(&str, i64)]| -> Vec<(String, i64)> {
        pairs.iter().map(|(k, n)| ((*k).to_string(), *n)).collect()
    };
    assert_eq!(
        totals("by_status"),
        kv(&[("utkast", 1), ("pågående", 5), ("avslutad", 2)])
    );
    assert_eq!(
        totals("by_agreement"),
        kv(&[
            ("hoglandet-vetlanda", 2),
            ("insjoriket", 1),
            ("orebro-lan", 2),
            ("ostra-ostergotland", 1),
            ("samsip-sodra-lappland", 2)
        ])
    );
    assert_eq!(
        totals("by_initiating_party"),
        kv(&[("af", 1), ("kommun", 4), ("norrkoping", 1), ("region", 2)])
    );
    assert_eq!(
        totals("by_overall_party"),
        kv(&[
            ("kommun", 4),
            ("norrkoping", 1),
            ("region", 2),
            ("uppgift_saknas", 1)
        ])
    );
    assert_eq!(
        totals("closing_reasons"),
        kv(&[
            ("mål_uppfyllda", 1),
            ("behov_saknas", 0),
            ("samtycke_återkallat", 1),
            ("annan", 0)
        ])
    );
    let st = &v["interventions"]["by_status"];
    assert_eq!(st["pågår"]["total"], 4);
    assert_eq!(st["planerad"]["total"], 2);
    assert_eq!(st["genomförd"]["total"], 2);
    assert_eq!(st["avbruten"]["total"], 2);
    assert_eq!(v["interventions"]["by_party"]["af"]["total"], 2);
    assert_eq!(
        v["interventions"]["by_party"]["region"]["gender"]["kvinna"],
        2
    );
    let f = &v["follow_up"]["by_state"];
    assert_eq!(f["i_tid"]["total"], 3);
    assert_eq!(f["försenad"]["total"], 1);
    assert_eq!(f["saknas"]["total"], 1);
    assert_eq!(v["follow_up"]["share_on_time"], 0.6);
    assert_eq!(v["by_status"]["pågående"]["gender"]["kvinna"], 3);
    assert_eq!(v["by_status"]["pågående"]["age"]["30-39"], 2);
}

#[test]
fn stats_date_range_filters_on_initiation() {
    let v = json(&[
        "stats",
        "--format",
        "json",
        "--no-suppress",
        "--from",
        "2026-02-01",
        "--to",
        "2026-03-31",
    ]);
    assert_eq!(v["plans"], 5);
    assert_eq!(v["from"], "2026-02-01");
    assert_eq!(v["by_status"]["pågående"]["total"], 3);
    let dir = copy_of(&fixture());
    let (code, _, err) = sip(dir.path(), &["stats", "--from", "2026-13-01"]);
    assert_eq!(code, 2);
    assert!(err.contains("inget datum"), "{err}");
}

#[test]
fn stats_csv_and_table() {
    let text = run_ok(&["stats", "--format", "csv"]);
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        rdr.headers().expect("header").iter().collect::<Vec<_>>(),
        ["table", "category", "split", "group", "count"]
    );
    let recs: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.expect("record").iter().map(str::to_string).collect())
        .collect();
    let find = |t: &str, c: &str, s: &str, g: &str| {
        recs.iter()
            .find(|r| r[0] == t && r[1] == c && r[2] == s && r[3] == g)
            .map(|r| r[4].clone())
            .unwrap_or_else(|| panic!("no row {t},{c},{s},{g}"))
    };
    assert_eq!(find("plans", "", "total", ""), "8");
    assert_eq!(find("plans", "", "gender", "kvinna"), "<5");
    assert_eq!(find("by_status", "pågående", "total", ""), "5");
    assert_eq!(find("by_status", "utkast", "gender", "annat"), "<5");
    assert_eq!(find("interventions_by_party", "region", "total", ""), "5");
    assert_eq!(find("first_meeting", "", "median_days", ""), "18");
    assert_eq!(
        recs.iter()
            .filter(|r| r[0] == "plans" && r[2] == "total")
            .count(),
        1
    );

    let table = run_ok(&["stats"]);
    for line in table.lines() {
        assert!(line.width() <= 80, "too wide: {line}");
    }
    assert!(table.contains("Planer: 8   Insatser: 10"), "{table}");
    assert!(table.contains("<5"), "{table}");
    let open = run_ok(&["stats", "--no-suppress"]);
    assert!(!open.contains("<5"), "{open}");
    insta::assert_snapshot!("stats_table", table);
}

#[test]
fn demo_folder_reads_at_80_columns() {
    let demo = repo().join("examples/demo");
    let dir = copy_of(&demo);
    for args in [
        &["followups", "--within", "400"][..],
        &["list"][..],
        &["stats"][..],
        &["followups", "sip-2026-q7m2xk4p"][..],
    ] {
        let (code, out, err) = sip(dir.path(), args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.lines().count() > 3, "{args:?}: {out}");
        for line in out.lines() {
            assert!(line.width() <= 80, "{args:?} too wide: {line}");
        }
    }
}

/// A JSON object's keys in output order.
fn keys_of(v: &Value) -> Vec<&str> {
    v.as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect()
}

/// v2 deadlines on their own fixture folder: the last of lag 2017:612's three days while no
/// kallelse is recorded (party: the region, person: the fasta vårdkontakt), the last day of the
/// agreement's `längsta_tid_till_kallelse_dagar`, and the 18th birthday of an individual whose
/// consent others gave; in every format, folder-wide and per plan.
#[test]
fn followups_show_discharge_first_invitation_and_eighteenth_birthday() {
    let dir = repo().join("tests/fixtures/followups_v2");
    let run = |today: &str, args: &[&str]| {
        let out = sip_at(&dir, today)
            .args(["--today", today])
            .args(args)
            .output()
            .expect("run sip");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let v: Value = serde_json::from_str(&run(
        TODAY,
        &["followups", "--within", "60", "--format", "json"],
    ))
    .expect("json");
    let got: Vec<(String, i64, String, String, String, String)> = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            let s = |k: &str| i[k].as_str().unwrap_or("-").to_string();
            (
                s("date"),
                i["days"].as_i64().expect("days"),
                s("plan"),
                s("kind"),
                s("party"),
                s("person"),
            )
        })
        .collect();
    let row = |d: &str, n: i64, p: &str, k: &str, party: &str, person: &str| {
        (d.into(), n, p.into(), k.into(), party.into(), person.into())
    };
    assert_eq!(
        got,
        vec![
            row(
                "2026-05-02",
                1,
                "sip-2026-utskr001",
                "kallelse",
                "region",
                "Maria Ek, Vårdcentralen Centrum"
            ),
            row(
                "2026-05-13",
                12,
                "sip-2026-utskr001",
                "kallelse",
                "region",
                "-"
            ),
            row(
                "2026-05-20",
                19,
                "sip-2026-barn0001",
                "fyller_18",
                "kommun",
                "Helena Berg"
            ),
        ]
    );
    let texts: Vec<&str> = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["text"].as_str())
        .collect();
    assert!(texts[0].contains("lag 2017:612 4 kap. 3 §"), "{}", texts[0]);
    assert!(texts[1].contains("14 dagar"), "{}", texts[1]);
    // The third day after the notice is the last: the day after, the item is overdue.
    let late: Value =
        serde_json::from_str(&run("2026-05-03", &["followups", "--format", "json"])).expect("json");
    assert_eq!(late["items"][0]["days"], -1);
    assert_eq!(late["items"][0]["plan"], "sip-2026-utskr001");
    // Every format carries them.
    let csv = run(TODAY, &["followups", "--within", "60", "--format", "csv"]);
    assert!(csv.contains(",fyller_18,Fyller 18 år"), "{csv}");
    let table = run(TODAY, &["followups", "--within", "60"]);
    assert!(table.contains("Fyller 18 år"), "{table}");
    let ics = run(TODAY, &["followups", "--within", "60", "--format", "ics"]);
    let uids: Vec<String> = ics_events(&ics).into_iter().map(|e| e.0).collect();
    assert_eq!(
        uids,
        [
            "sip-2026-utskr001-kallelse-utskrivning@sip",
            "sip-2026-utskr001-kallelse-forsta@sip",
            "sip-2026-barn0001-fyller-18@sip"
        ]
    );
    // Per plan: the checklist's coming deadlines, in text and JSON.
    let text = run(TODAY, &["followups", "sip-2026-utskr001"]);
    assert!(text.contains("Kommande frister"), "{text}");
    assert!(text.contains("Maria Ek"), "{text}");
    let plan: Value = serde_json::from_str(&run(
        TODAY,
        &["followups", "sip-2026-barn0001", "--format", "json"],
    ))
    .expect("json");
    assert!(
        plan["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|i| i["kind"] == "fyller_18" && i["date"] == "2026-05-20"),
        "{plan}"
    );
    let en = run(TODAY, &["--lang", "en", "followups", "sip-2026-barn0001"]);
    assert!(
        en.contains("Coming deadlines") && en.contains("Turns 18"),
        "{en}"
    );
}

/// A plan folder nested in another (a subfolder with its own `sip.toml`): its plans are in
/// `list`, `followups`, `stats` and `fmt --check` as they are in `check`, not dropped in silence.
#[test]
fn plans_of_a_nested_plan_folder_are_in_every_overview() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let nested = d.join("nested");
    std::fs::create_dir(&nested).expect("mkdir");
    let new_plan = |at: &Path, name: &str| {
        let (code, out, err) = sip(
            at,
            &["-q", "new", "--name", name, "--birth-date", "1990-01-01"]
                .into_iter()
                .chain(["--initiated-by", "kommun", "--date", "2026-03-02"])
                .collect::<Vec<_>>(),
        );
        assert_eq!(code, 0, "{err}");
        out.trim().to_string()
    };
    for (at, agreement) in [
        (d, "samsip-sodra-lappland"),
        (nested.as_path(), "orebro-lan"),
    ] {
        let (code, _, err) = sip(at, &["init", "--agreement", agreement]);
        assert_eq!(code, 0, "{err}");
    }
    let outer = new_plan(d, "Aa Bb");
    let inner = new_plan(&nested, "Kk Ll");
    let follow = |at: &Path, id: &str| {
        let (code, _, err) = sip(at, &["-q", "followup", id, "--next", "2026-05-05"]);
        assert_eq!(code, 0, "{err}");
    };
    follow(d, &outer);
    follow(&nested, &inner);
    // The nested plan is not in canonical form.
    let path = nested.join(format!("{inner}.yaml"));
    let mut text = std::fs::read_to_string(&path).expect("read");
    text.push_str("syfte:    \"x\"\n");
    std::fs::write(&path, text).expect("write");

    let (_, check, _) = sip(d, &["check", "--format", "json"]);
    let check: Value = serde_json::from_str(&check).expect("json");
    assert_eq!(check["plans"], 2, "{check}");

    let (code, list, err) = sip(d, &["list", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let list: Value = serde_json::from_str(&list).expect("json");
    let ids: Vec<&str> = list["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert!(
        ids.contains(&outer.as_str()) && ids.contains(&inner.as_str()),
        "{list}"
    );

    let (code, followups, err) = sip(d, &["followups", "--within", "30", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        followups.contains(&inner) && followups.contains(&outer),
        "{followups}"
    );

    let (code, stats, err) = sip(d, &["stats", "--no-suppress", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let stats: Value = serde_json::from_str(&stats).expect("json");
    assert_eq!(stats["plans"], 2, "{stats}");

    let (code, fmt, err) = sip(d, &["fmt", "--check"]);
    assert_eq!(code, 1, "{fmt}{err}");
    assert!(fmt.contains(&format!("{inner}.yaml")), "{fmt}");

    let (code, found, _) = sip(d, &["find", "Kk"]);
    assert_eq!(code, 0);
    assert!(found.contains(&inner), "{found}");
}
