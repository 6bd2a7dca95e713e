//! The plan's life (format version 3): a plan built from nothing by commands meets every gate in
//! order — `status pågående`, goal outcomes, attendance, withdrawn and renewed consent, the
//! closing corrected, dates that cannot be right — and the refusals outside a plan folder. Each
//! refusal is exit 2 with the plan file byte for byte as it was.

use std::path::Path;
use std::process::Output;

use serde_json::Value;

use crate::common;

/// `sip` in `dir` on `today` with `args`.
fn run(dir: &Path, today: &str, args: &[&str]) -> Output {
    common::sip_at(dir, today)
        .args(args)
        .output()
        .expect("run sip")
}

/// A command that succeeds; its stdout.
#[track_caller]
fn ok(dir: &Path, today: &str, args: &[&str]) -> String {
    let out = run(dir, today, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "sip {args:?}\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A refused command: exit 2, `needle` in its message, the plan file unchanged (bytes).
#[track_caller]
fn refused(dir: &Path, plan: &Path, today: &str, args: &[&str], needle: &str) -> String {
    let before = std::fs::read(plan).expect("read the plan");
    let out = run(dir, today, args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(2),
        "sip {args:?} was not refused\nstdout: {}\nstderr: {stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(stderr.contains(needle), "sip {args:?}: {stderr}");
    assert!(!stderr.contains("sip edit"), "a command exists: {stderr}");
    assert_eq!(
        std::fs::read(plan).expect("read the plan"),
        before,
        "sip {args:?} changed the file"
    );
    stderr
}

/// The items of `sip followups --format json`.
fn followups(dir: &Path, today: &str) -> Vec<Value> {
    let out = ok(
        dir,
        today,
        &["followups", "--within", "400", "--format", "json"],
    );
    let v: Value = serde_json::from_str(&out).expect("json");
    v["items"].as_array().expect("items").clone()
}

fn kinds(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|i| i["kind"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn a_plan_built_from_nothing_meets_every_gate_in_order() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    let t = "2026-03-25";
    ok(
        dir,
        t,
        &[
            "init",
            "--agreement",
            "samsip-sodra-lappland",
            "--leader",
            "Erik Ek",
        ],
    );
    let id = ok(
        dir,
        t,
        &[
            "-q",
            "new",
            "--name",
            "Anna Andersson",
            "--birth-date",
            "1987-05-23",
            "--gender",
            "kvinna",
            "--occupation",
            "utan_anställning",
            "--initiated-by",
            "kommun",
            "--date",
            "2026-03-02",
            "--purpose",
            "Samordna stödet.",
            "--focus",
            "arbetslivsinriktad_rehabilitering",
            "--question",
            "Vilka insatser behövs?",
        ],
    )
    .trim()
    .to_string();
    let id = id.as_str();
    let plan = dir.join(format!("{id}.yaml"));
    let p = &plan;

    // The empty draft: no consent, no meeting, the law's points missing.
    let why = refused(
        dir,
        p,
        t,
        &["status", id, "pågående"],
        "kan inte bli pågående",
    );
    for needed in [
        "inget samtycke är registrerat",
        "sip consent",
        "inget upprättandemöte",
        "sip meeting add",
        "L001",
        "sip intervention add",
        "L004",
    ] {
        assert!(why.contains(needed), "{needed}: {why}");
    }

    // Consent: not in the future, not valid until before it was given.
    let consent = [
        "consent",
        id,
        "--form",
        "skriftligt",
        "--given-by",
        "individen",
        "--parties",
        "kommun,region,af",
    ];
    let with = |extra: &[&'static str]| {
        let mut a: Vec<&str> = consent.to_vec();
        a.extend_from_slice(extra);
        a
    };
    refused(
        dir,
        p,
        t,
        &with(&["--date", "2026-03-26"]),
        "efter i dag (2026-03-25)",
    );
    refused(
        dir,
        p,
        t,
        &with(&["--date", "2026-03-03", "--valid-until", "2026-03-01"]),
        "före dagen då det gavs",
    );
    ok(
        dir,
        t,
        &with(&["--date", "2026-03-03", "--valid-until", "2027-03-03"]),
    );
    ok(
        dir,
        t,
        &["set", id, "--own-goal", "Jag vill ha ett arbete."],
    );
    ok(dir, t, &["need", "add", id, "Stöd att hantera oro"]);

    // A goal before the initiation cannot be right.
    refused(
        dir,
        p,
        t,
        &["goal", "add", id, "Gammalt mål", "--by", "2026-01-01"],
        "före planens initiering (2026-03-02)",
    );
    ok(
        dir,
        t,
        &[
            "goal",
            "add",
            id,
            "Anna arbetstränar",
            "--measure",
            "Närvarolista",
            "--by",
            "2026-09-30",
        ],
    );
    ok(
        dir,
        t,
        &[
            "intervention",
            "add",
            id,
            "Samtalsstöd",
            "--party",
            "region",
            "--need",
            "B1",
            "--goal",
            "M1",
        ],
    );
    ok(
        dir,
        t,
        &[
            "measure",
            "add",
            id,
            "Karin följer med",
            "--by",
            "Karin (mor)",
        ],
    );
    let left = ok(
        dir,
        t,
        &[
            "responsible",
            id,
            "--party",
            "kommun",
            "--person",
            "Erik Ek",
        ],
    );
    assert!(left.contains("ett hållet upprättandemöte"), "{left}");

    // The meeting: not before the initiation; a participant with a unit.
    refused(
        dir,
        p,
        t,
        &[
            "meeting",
            "add",
            id,
            "--kind",
            "upprättande",
            "--at",
            "2026-02-24 13:00",
        ],
        "före planens initiering",
    );
    ok(
        dir,
        t,
        &[
            "meeting",
            "add",
            id,
            "--kind",
            "upprättande",
            "--at",
            "2026-03-24 13:00",
            "--participant",
            "Anna Andersson:individen",
            "--participant",
            "Lisa Lind:region:Psykiatrimottagningen",
            "--participant",
            "Per Ek:af",
            "--participant",
            "Erik Ek:samtalsledare",
        ],
    );
    assert!(
        std::fs::read_to_string(p)
            .expect("read")
            .contains("        enhet: Psykiatrimottagningen\n"),
        "the unit is written"
    );
    refused(
        dir,
        p,
        t,
        &["meeting", "invited", id, "MÖ1", "--date", "2026-03-01"],
        "före planens initiering",
    );
    ok(
        dir,
        t,
        &["meeting", "invited", id, "MÖ1", "--date", "2026-03-03"],
    );
    refused(
        dir,
        p,
        t,
        &["followup", id, "--next", "2026-03-24"],
        "före i dag",
    );
    ok(dir, t, &["followup", id, "--next", "2026-05-10"]);
    refused(
        dir,
        p,
        t,
        &["meeting", "attendance", id, "MÖ1", "Per Ek", "--absent"],
        "inte hållet",
    );

    // Everything but the held meeting: still refused, and it says which meeting and how.
    let why = refused(
        dir,
        p,
        t,
        &["status", id, "pågående"],
        "upprättandemötet MÖ1 är inte hållet",
    );
    assert!(why.contains(&format!("sip meeting held {id} MÖ1")), "{why}");
    assert!(!why.contains("L00"), "{why}");
    let held = ok(
        dir,
        t,
        &[
            "meeting",
            "held",
            id,
            "MÖ1",
            "--absent",
            "per ek",
            "--notes",
            "Bra möte.",
        ],
    );
    assert!(held.contains("Förhinder: Per Ek"), "{held}");
    ok(dir, t, &["status", id, "pågående"]);

    // The minutes: Per Ek under Förhinder, not under Närvarande.
    let minutes = ok(dir, t, &["protocol", id]);
    let (present, absent) = minutes.split_once("Förhinder").expect("Förhinder");
    let present = present.split_once("Närvarande").expect("Närvarande").1;
    assert!(present.contains("Anna Andersson"), "{minutes}");
    assert!(
        present.contains("Lisa Lind (Psykiatrimottagningen)"),
        "{minutes}"
    );
    assert!(!present.contains("Per Ek"), "{minutes}");
    assert!(absent.contains("Per Ek"), "{minutes}");
    // Corrected later: he came after all, then again he did not.
    ok(
        dir,
        t,
        &["meeting", "attendance", id, "MÖ1", "Per Ek", "--present"],
    );
    assert!(
        !std::fs::read_to_string(p)
            .expect("read")
            .contains("närvarande")
    );
    ok(
        dir,
        t,
        &["meeting", "attendance", id, "MÖ1", "Per Ek", "--absent"],
    );
    assert!(
        std::fs::read_to_string(p)
            .expect("read")
            .contains("närvarande: false")
    );

    // The goal is reached: it leaves the follow-up list and shows in the documents and stats.
    let t = "2026-09-20";
    ok(dir, t, &["followup", id, "--next", "2026-10-20"]);
    assert!(kinds(&followups(dir, t)).contains(&"mål_senast".to_string()));
    refused(
        dir,
        p,
        t,
        &[
            "goal",
            "set",
            id,
            "M1",
            "--outcome",
            "uppnått",
            "--outcome-date",
            "2026-09-21",
        ],
        "efter i dag",
    );
    refused(
        dir,
        p,
        t,
        &["goal", "set", id, "M1", "--outcome", "uppnåt"],
        "Menade du `uppnått`?",
    );
    let said = ok(
        dir,
        t,
        &[
            "goal",
            "set",
            id,
            "M1",
            "--outcome",
            "uppnått",
            "--comment",
            "Anna arbetstränar 20 timmar.",
        ],
    );
    assert!(said.contains("bedömdes 2026-09-20 som uppnått"), "{said}");
    let text = std::fs::read_to_string(p).expect("read");
    assert!(
        text.contains(
            "    utfall:\n      bedömning: uppnått\n      datum: 2026-09-20\n      kommentar: Anna arbetstränar 20 timmar.\n"
        ),
        "{text}"
    );
    assert!(!kinds(&followups(dir, t)).contains(&"mål_senast".to_string()));
    let show = ok(dir, t, &["show", id]);
    assert!(
        show.contains("Utfall") && show.contains("uppnått 2026-09-20"),
        "{show}"
    );
    let minutes = ok(dir, t, &["protocol", id]);
    assert!(minutes.contains("utfall: uppnått 2026-09-20"), "{minutes}");
    let stats: Value =
        serde_json::from_str(&ok(dir, t, &["stats", "--no-suppress", "--format", "json"]))
            .expect("json");
    assert_eq!(stats["goal_outcomes"]["uppnått"]["total"], 1, "{stats}");
    assert_eq!(stats["goal_outcomes"]["ej_uppnått"]["total"], 0, "{stats}");

    // The consent is withdrawn: nothing but closing for that reason or a newer consent.
    let t = "2026-10-05";
    refused(
        dir,
        p,
        t,
        &["consent", id, "--withdrawn", "2026-10-06"],
        "efter i dag",
    );
    refused(
        dir,
        p,
        t,
        &["consent", id, "--withdrawn", "2026-03-02"],
        "före dagen då det gavs (2026-03-03)",
    );
    ok(dir, t, &["consent", id, "--withdrawn", "2026-10-02"]);
    for args in [
        vec!["need", "add", id, "Nytt behov"],
        vec!["goal", "set", id, "M1", "--outcome", "ingen"],
        vec!["followup", id, "--next", "2026-12-01"],
        vec!["set", id, "--clear", "samtycke.återkallat"],
        vec!["consent", id, "--add-party", "fk"],
    ] {
        refused(dir, p, t, &args, "samtycke_återkallat");
    }
    refused(
        dir,
        p,
        t,
        &["close", id, "--reason", "mål_uppfyllda"],
        "--reason samtycke_återkallat",
    );
    refused(
        dir,
        p,
        t,
        &["consent", id, "--date", "2026-10-01", "--form", "muntligt"],
        "efter det, inte 2026-10-01",
    );
    refused(
        dir,
        p,
        t,
        &["status", id, "pågående"],
        "samtycke_återkallat",
    );
    let items = followups(dir, t);
    assert_eq!(kinds(&items), ["avsluta"], "{items:?}");
    assert_eq!(items[0]["date"], "2026-10-02");

    // A new consent after the withdrawal replaces the old one and says so.
    let said = ok(
        dir,
        t,
        &[
            "consent",
            id,
            "--date",
            "2026-10-04",
            "--form",
            "muntligt",
            "--parties",
            "kommun,region,af",
        ],
    );
    assert!(said.contains("Nytt samtycke"), "{said}");
    assert!(
        said.contains("återkallelsen 2026-10-02 och den gamla giltighetstiden (till 2027-03-03)"),
        "{said}"
    );
    let text = std::fs::read_to_string(p).expect("read");
    assert!(
        !text.contains("återkallat") && !text.contains("giltigt_till"),
        "{text}"
    );
    assert!(text.contains("  datum: 2026-10-04\n"), "{text}");
    assert!(!kinds(&followups(dir, t)).contains(&"avsluta".to_string()));

    // Withdrawn again, closed for that reason, and the closing corrected (not re-opened).
    ok(dir, t, &["consent", id, "--withdrawn", "2026-10-05"]);
    ok(
        dir,
        t,
        &[
            "close",
            id,
            "--reason",
            "samtycke_återkallat",
            "--date",
            "2026-10-05",
        ],
    );
    let said = ok(
        dir,
        t,
        &[
            "close",
            id,
            "--reason",
            "samtycke_återkallat",
            "--comment",
            "Individen ringde.",
        ],
    );
    assert!(said.contains("ändrades"), "{said}");
    let text = std::fs::read_to_string(p).expect("read");
    assert!(text.contains("status: avslutad\n"), "{text}");
    assert!(
        text.contains("avslut:\n  datum: 2026-10-05\n  orsak: samtycke_återkallat\n  kommentar: Individen ringde.\n"),
        "{text}"
    );
    assert!(followups(dir, t).is_empty());
}

/// A plan closed for the wrong reason is corrected with `sip close` again; the plan stays closed.
#[test]
fn closing_a_closed_plan_corrects_the_closing() {
    let tmp = common::plan_folder("\"överenskommelse\" = \"orebro-lan\"\n");
    let dir = tmp.path();
    let plan = dir.join("sip-2026-stangd01.yaml");
    std::fs::write(
        &plan,
        "id: sip-2026-stangd01\növerenskommelse: orebro-lan\nstatus: avslutad\nindivid:\n  namn: Bo Berg\ninitiering:\n  datum: 2026-01-10\n  part: kommun\navslut:\n  datum: 2026-04-01\n  orsak: mål_uppfyllda\n",
    )
    .expect("write");
    let said = ok(
        dir,
        common::TODAY,
        &["close", "sip-2026-stangd01", "--reason", "behov_saknas"],
    );
    assert!(
        said.contains("Avslutet av sip-2026-stangd01 ändrades: 2026-04-01, behov saknas."),
        "{said}"
    );
    let text = std::fs::read_to_string(&plan).expect("read");
    assert!(text.contains("status: avslutad\n"), "{text}");
    assert!(
        text.ends_with("avslut:\n  datum: 2026-04-01\n  orsak: behov_saknas\n"),
        "{text}"
    );
    // Other edits of the closed plan are still refused.
    refused(
        dir,
        &plan,
        common::TODAY,
        &["need", "add", "sip-2026-stangd01", "Nytt"],
        "avslutad",
    );
}

/// Outside a plan folder nothing is created, and the folder commands do not pass on nothing.
#[test]
fn no_plan_folder_is_refused_and_nothing_is_written() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    let message =
        "ingen planmapp här eller ovanför: gå till planmappen eller skapa en med `sip init`";
    let new = run(
        dir,
        common::TODAY,
        &[
            "new",
            "--agreement",
            "orebro-lan",
            "--name",
            "Anna Andersson",
            "--initiated-by",
            "kommun",
        ],
    );
    assert_eq!(new.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&new.stderr).contains(message));
    assert_eq!(
        std::fs::read_dir(dir).expect("dir").count(),
        0,
        "nothing written"
    );
    for args in [
        vec!["check"],
        vec!["list"],
        vec!["followups"],
        vec!["stats"],
        vec!["need", "add", "sip-2026-aaaaaaaa", "Text"],
    ] {
        let out = run(dir, common::TODAY, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(message),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    assert_eq!(
        std::fs::read_dir(dir).expect("dir").count(),
        0,
        "nothing written"
    );
    // With -C, or in a plan folder with no plans yet, all is well.
    let out = ok(dir, common::TODAY, &["-C", ".", "check"]);
    assert!(out.contains("0 planer"), "{out}");
    let empty = common::plan_folder("");
    let out = ok(empty.path(), common::TODAY, &["check"]);
    assert!(out.contains("0 planer kontrollerade"), "{out}");
}

/// iCalendar's `DTEND` is the meeting's time plus its `längd_minuter` (90 without it).
#[test]
fn a_meetings_length_sets_its_calendar_end() {
    let tmp = common::plan_folder("\"överenskommelse\" = \"orebro-lan\"\n");
    let dir = tmp.path();
    std::fs::write(
        dir.join("sip-2026-langd001.yaml"),
        "id: sip-2026-langd001\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: Bo Berg\n  tolk: arabiska\n  skyddade_personuppgifter: true\ninitiering:\n  datum: 2026-04-10\n  part: kommun\nmöten:\n  - id: MÖ1\n    typ: upprättande\n    tid: 2026-05-04T13:00\n    längd_minuter: 60\n  - id: MÖ2\n    typ: uppföljning\n    tid: 2026-05-05T09:00\n",
    )
    .expect("write");
    let ics = ok(dir, common::TODAY, &["followups", "--format", "ics"]);
    assert!(
        ics.contains("DTEND;TZID=Europe/Stockholm:20260504T140000"),
        "{ics}"
    );
    assert!(
        ics.contains("DTEND;TZID=Europe/Stockholm:20260505T103000"),
        "{ics}"
    );
    let check = run(dir, common::TODAY, &["check", "--select", "S002,S003"]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

/// The new keys of `sip set` and `sip consent`, and their refusals.
#[test]
fn set_and_consent_write_the_new_keys() {
    let tmp = common::plan_folder("\"överenskommelse\" = \"orebro-lan\"\n");
    let dir = tmp.path();
    let plan = dir.join("sip-2026-nyckel01.yaml");
    std::fs::write(
        &plan,
        "id: sip-2026-nyckel01\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: Bo Berg\ninitiering:\n  datum: 2026-04-10\n  part: kommun\nsamtycke:\n  datum: 2026-04-11\n  form: skriftligt\n  parter: [kommun]\nmöten:\n  - id: MÖ1\n    typ: upprättande\n    tid: 2026-04-20T13:00\n",
    )
    .expect("write");
    let id = "sip-2026-nyckel01";
    let t = common::TODAY;
    ok(
        dir,
        t,
        &[
            "set",
            id,
            "--interpreter",
            "arabiska",
            "--protected",
            "ja",
            "--initiated-by",
            "region",
            "--initiated",
            "2026-04-09",
        ],
    );
    ok(
        dir,
        t,
        &[
            "consent",
            id,
            "--add-other",
            "Personligt ombud Per",
            "--add-other",
            "Västra friskolan",
        ],
    );
    ok(
        dir,
        t,
        &["consent", id, "--remove-other", "västra friskolan"],
    );
    let text = std::fs::read_to_string(&plan).expect("read");
    assert!(
        text.contains("  namn: Bo Berg\n  tolk: arabiska\n  skyddade_personuppgifter: true\n"),
        "{text}"
    );
    assert!(
        text.contains("initiering:\n  datum: 2026-04-09\n  part: region\n"),
        "{text}"
    );
    assert!(
        text.contains("  parter: [kommun]\n  övriga:\n    - Personligt ombud Per\nmöten:"),
        "{text}"
    );
    ok(dir, t, &["set", id, "--protected", "nej"]);
    assert!(
        !std::fs::read_to_string(&plan)
            .expect("read")
            .contains("skyddade")
    );
    // The initiation cannot move after the meeting, nor after today.
    refused(
        dir,
        &plan,
        t,
        &["set", id, "--initiated", "2026-04-21"],
        "efter mötet MÖ1 (2026-04-20)",
    );
    refused(
        dir,
        &plan,
        t,
        &["set", id, "--initiated", "2026-05-02"],
        "efter i dag",
    );
    refused(
        dir,
        &plan,
        t,
        &["set", id, "--initiated-by", "fk"],
        "--initiated-by",
    );
    refused(
        dir,
        &plan,
        t,
        &["consent", id, "--valid-until", "2026-04-01"],
        "före dagen då det gavs (2026-04-11)",
    );
    refused(
        dir,
        &plan,
        t,
        &["meeting", "held", id, "MÖ1", "--absent", "Okänd Person"],
        "deltar inte i MÖ1",
    );
}

/// Protected personal data: the meeting's place reaches no calendar, follow-up list or
/// checklist (a digital meeting's link does, as it says nothing of where anyone is); the same
/// plan without the mark shows it.
#[test]
fn protected_personal_data_keeps_the_place_out_of_lists_and_calendars() {
    let tmp = common::plan_folder("\"överenskommelse\" = \"orebro-lan\"\n");
    let dir = tmp.path();
    let plan = |protected: &str| {
        format!(
            "id: sip-2026-skydd001\növerenskommelse: orebro-lan\nstatus: utkast\nindivid:\n  namn: Bo Berg\n{protected}initiering:\n  datum: 2026-04-10\n  part: kommun\nmöten:\n  - id: MÖ1\n    typ: upprättande\n    tid: 2026-05-04T13:00\n    plats: Hemma hos Bo, Storgatan 1\n  - id: MÖ2\n    typ: uppföljning\n    tid: 2026-05-05T09:00\n    digitalt: https://möte.example/abc\n"
        )
    };
    let file = dir.join("sip-2026-skydd001.yaml");
    let outputs = |dir: &Path| {
        [
            ok(
                dir,
                common::TODAY,
                &["followups", "--format", "ics", "--names"],
            ),
            ok(dir, common::TODAY, &["followups", "--format", "json"]),
            ok(dir, common::TODAY, &["followups", "sip-2026-skydd001"]),
        ]
    };
    std::fs::write(&file, plan("")).expect("write");
    let [ics, _, checklist] = outputs(dir);
    for out in [&ics, &checklist] {
        assert!(
            out.contains("Storgatan"),
            "without the mark the place shows:\n{out}"
        );
    }
    std::fs::write(&file, plan("  skyddade_personuppgifter: true\n")).expect("write");
    let [ics, json, checklist] = outputs(dir);
    for out in [&ics, &json, &checklist] {
        assert!(!out.contains("Storgatan"), "{out}");
        assert!(!out.contains("Hemma hos"), "{out}");
    }
    assert!(ics.contains("https://möte.example/abc"), "{ics}");
}
