//! The printed documents (`sip agenda`, `sip invitation`, `sip show`) run as the real binary on
//! the demo plans: snapshots of each document in each format on a few plans, content checks on
//! every demo plan, the half-made plan, unknown plans and meetings, English headings and the
//! notice-period warning.

use std::path::{Path, PathBuf};

use sip::i18n::Lang;
use sip::model::agreement::{Agreement, builtin};
use sip::model::enums::MeetingKind;
use sip::model::plan::Plan;

use crate::common::{self, demo, repo, sip};

const DOCS: [&str; 3] = ["agenda", "invitation", "show"];
const FORMATS: [&str; 4] = ["text", "markdown", "html", "json"];

fn demo_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(repo().join("examples/demo"))
        .expect("demo folder")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "yaml").then(|| p.file_stem()?.to_str().map(str::to_string))?
        })
        .collect();
    ids.sort();
    ids
}

/// Run and expect exit 0; the stdout.
fn run(dir: &Path, args: &[&str]) -> String {
    let out = sip(dir).args(args).output().expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "sip {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Run and expect exit 0; stdout and stderr.
fn run_both(dir: &Path, args: &[&str]) -> (String, String) {
    let out = sip(dir).args(args).output().expect("runs");
    let err = String::from_utf8(out.stderr).expect("UTF-8 stderr");
    assert_eq!(out.status.code(), Some(0), "sip {args:?}: {err}");
    (String::from_utf8(out.stdout).expect("UTF-8 output"), err)
}

/// The text a reader sees, whatever the format: tags and escapes removed, whitespace collapsed.
fn plain(format: &str, s: &str) -> String {
    let s = match format {
        "html" => {
            let mut out = String::new();
            let mut in_tag = false;
            for c in s.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' if in_tag => {
                        in_tag = false;
                        out.push(' ');
                    }
                    _ if !in_tag => out.push(c),
                    _ => {}
                }
            }
            out.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        }
        "markdown" => {
            let mut out = String::new();
            let mut chars = s.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                } else if c != '*' {
                    out.push(c);
                }
            }
            out
        }
        "json" => {
            let _: serde_json::Value = serde_json::from_str(s).expect("valid JSON");
            json_strings(s)
        }
        _ => s.to_string(),
    };
    // Heading underlines and rules are decoration, not text.
    s.split_whitespace()
        .filter(|w| !w.chars().all(|c| c == '-' || c == '='))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every string value (not a key, not a block's type) of a JSON text, decoded, in the order written.
fn json_strings(s: &str) -> String {
    let mut out = String::new();
    let mut key = String::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'"' {
            let start = i;
            i += 1;
            while b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            let lit: String = serde_json::from_str(&s[start..=i]).expect("a JSON string");
            let is_key = s[i + 1..].trim_start().starts_with(':');
            if is_key {
                key = lit;
            } else if key != "type" {
                out.push_str(&lit);
                out.push('\n');
            }
        }
        i += 1;
    }
    out
}

fn collect_strings(v: &serde_json::Value, out: &mut String) {
    match v {
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn load(id: &str) -> (Plan, Agreement) {
    let path: PathBuf = repo().join(format!("examples/demo/{id}.yaml"));
    let text = std::fs::read_to_string(&path).expect("demo plan");
    let src = sip::source::SourceFile::new(path.clone(), id.to_string(), text);
    let plan = sip::model::load::load_plan(&src)
        .plan
        .expect("a demo plan loads");
    let aid = plan.agreement.as_ref().expect("agreement").value.clone();
    let agreement = builtin()
        .into_iter()
        .find(|a| a.id == aid)
        .expect("built-in agreement");
    (plan, agreement)
}

/// Every needle occurs, in this order.
fn in_order(hay: &str, needles: &[String], what: &str) {
    let mut at = 0;
    for n in needles {
        let n = norm(n);
        match hay[at..].find(&n) {
            Some(i) => at += i + n.len(),
            None => panic!("{what}: `{n}` missing or out of order in:\n{hay}"),
        }
    }
}

fn contains_all(hay: &str, needles: &[String], what: &str) {
    for n in needles {
        assert!(hay.contains(&norm(n)), "{what}: `{n}` missing in:\n{hay}");
    }
}

// ---------------------------------------------------------------- snapshots

#[test]
fn snapshots_of_each_document_and_format() {
    let dir = demo();
    for id in [
        "sip-2026-w2n7bz5s",
        "sip-2026-c5v9dj2e",
        "sip-2026-z3p6hs8d",
    ] {
        for doc in DOCS {
            for format in FORMATS {
                if format == "json" && doc != "show" {
                    continue;
                }
                let out = run(dir.path(), &[doc, id, "--format", format]);
                insta::assert_snapshot!(format!("{doc}_{id}_{format}"), out);
            }
        }
    }
}

#[test]
fn snapshot_in_english() {
    let dir = demo();
    for doc in DOCS {
        let out = run(dir.path(), &["--lang", "en", doc, "sip-2026-e6b1ku9r"]);
        insta::assert_snapshot!(format!("{doc}_sip-2026-e6b1ku9r_text_en"), out);
    }
}

// ---------------------------------------------------------------- every demo plan

#[test]
fn every_demo_plan_prints_everything_in_every_format() {
    let dir = demo();
    let ids = demo_ids();
    assert!(ids.len() >= 8, "the demo plans: {ids:?}");
    // The fast tier prints each plan's documents in one format each, the formats taking turns
    // over plans and documents so that every plan, document and format is covered; the stress
    // tier prints every combination.
    let every = common::stress();
    for (i, id) in ids.iter().enumerate() {
        let (plan, agreement) = load(id);
        let name = plan.name().expect("name").to_string();
        let purpose = plan.purpose.as_ref().expect("purpose").value.clone();
        let questions: Vec<String> = plan.questions.iter().map(|q| q.value.clone()).collect();
        for (k, format) in FORMATS.iter().copied().enumerate() {
            for (j, doc) in DOCS.iter().copied().enumerate() {
                if !every && (i + j) % FORMATS.len() != k {
                    continue;
                }
                let out = run(dir.path(), &[doc, id, "--format", format]);
                let text = plain(format, &out);
                let what = format!("{doc} {id} --format {format}");
                // The agenda and the kallelse of a meeting with its own purpose and questions
                // (v2) print those instead of the plan's.
                let next = plan.meetings.iter().find(|m| !m.is_held());
                let own = next.filter(|m| m.purpose.is_some() && doc != "show");
                let (purpose, questions) = match own {
                    Some(m) => (
                        m.purpose.as_ref().expect("own purpose").value.clone(),
                        m.questions.iter().map(|q| q.value.clone()).collect(),
                    ),
                    None => (purpose.clone(), questions.clone()),
                };
                // Warnings and commands are for the samtalsledare (stderr), never the reader; the
                // kallelse's last section alone tells the samtalsledare which letters to send.
                let (out, sending) = if doc == "invitation" {
                    let at = out
                        .find("Till samtalsledaren")
                        .unwrap_or_else(|| panic!("{what}: no section for the samtalsledare"));
                    out.split_at(at)
                } else {
                    (out.as_str(), "")
                };
                if doc == "invitation" {
                    assert!(
                        sending.contains(&format!("sip invitation {id} --to ")),
                        "{what}: {sending}"
                    );
                }
                for bad in [
                    "Varning",
                    "VARNING",
                    "varning:",
                    "⚠",
                    "`sip ",
                    "sip meeting",
                ] {
                    assert!(!out.contains(bad), "{what}: {bad}");
                }
                // The kallelse names neither the plan id nor the agreement: those are internal.
                let internal = if doc == "invitation" {
                    vec![]
                } else {
                    vec![id.clone(), agreement.name.clone()]
                };
                contains_all(
                    &text,
                    &[vec![name.clone(), purpose], internal].concat(),
                    &what,
                );
                if doc != "show" {
                    in_order(&text, &questions, &what);
                }
            }
            show_content(dir.path(), id, &plan, &agreement, format);
            meeting_content(dir.path(), id, &plan, &agreement, format);
        }
    }
}

/// The plan document: the four elements in order, interventions, parties, measures, goals,
/// meetings, consent.
fn show_content(dir: &Path, id: &str, plan: &Plan, agreement: &Agreement, format: &str) {
    let text = plain(format, &run(dir, &["show", id, "--format", format]));
    let what = format!("show {id} --format {format}");
    in_order(
        &text,
        &[
            "Upprättad".into(),
            "Senast reviderad".into(),
            "Bakgrund".into(),
            "Det här är viktigt för mig".into(),
            "Behov".into(),
            "Mål".into(),
            "Insatser och vem som ansvarar för dem".into(),
            "Åtgärder av andra än kommunen och regionen".into(),
            "Det här gör jag själv".into(),
            "Övergripande ansvar för planen".into(),
            "Uppföljning".into(),
            "Samtycke".into(),
            "Deltagare vid mötet".into(),
            "Kopia till".into(),
            "Underskrifter".into(),
        ],
        &what,
    );
    let mut needles = Vec::new();
    for i in &plan.interventions {
        needles.push(i.description.as_ref().expect("description").value.clone());
        let party = i.principal_str().expect("huvudman");
        needles.push(agreement.party_name(party).to_string());
        if let Some(c) = &i.contact {
            needles.push(c.value.clone());
        }
    }
    for n in &plan.needs {
        needles.push(n.description.as_ref().expect("need").value.clone());
    }
    for g in &plan.goals {
        needles.push(g.description.as_ref().expect("goal").value.clone());
        if let Some(b) = &g.by {
            needles.push(b.value.format("%Y-%m-%d").to_string());
        }
    }
    for m in plan.measures.iter().flat_map(|m| &m.items) {
        needles.push(m.description.as_ref().expect("measure").value.clone());
        needles.push(m.by.as_ref().expect("by").value.clone());
    }
    // Who took part in the last meeting held.
    let last_held = plan
        .meetings
        .iter()
        .filter(|m| m.is_held())
        .max_by_key(|m| m.time.as_ref().map(|t| t.value));
    for p in last_held.iter().flat_map(|m| &m.participants) {
        needles.push(p.name.as_ref().expect("participant").value.clone());
    }
    if let Some(o) = plan.overall_party() {
        needles.push(agreement.party_name(o).to_string());
    }
    if let Some(c) = &plan.consent {
        needles.push(
            c.date
                .as_ref()
                .expect("consent date")
                .value
                .format("%Y-%m-%d")
                .to_string(),
        );
    }
    if let Some(next) = plan.next_follow_up() {
        needles.push(sip::documents::long_date(next, sip::i18n::Lang::Sv));
    }
    if let Some(c) = &plan.closing {
        needles.push(
            c.date
                .as_ref()
                .expect("closing date")
                .value
                .format("%Y-%m-%d")
                .to_string(),
        );
        assert!(text.contains("Avslut"), "{what}: no closing section");
    }
    contains_all(&text, &needles, &what);
}

/// The agenda and the invitation of each meeting: header, participants and their parties, the
/// agenda items in order.
fn meeting_content(dir: &Path, id: &str, plan: &Plan, agreement: &Agreement, format: &str) {
    for m in &plan.meetings {
        let mid = m.id_str();
        let kind = m.kind.as_ref().expect("kind").value;
        let when = m
            .time
            .as_ref()
            .expect("time")
            .value
            .format("%Y-%m-%d %H:%M")
            .to_string();
        let mut people = vec![when];
        // The kallelse writes the time out ("tisdag 19 januari 2027 kl. 10.00") and a party by
        // its short name.
        let long = sip::documents::long_datetime(m.time.as_ref().expect("time").value, Lang::Sv);
        let mut invited = vec![long];
        for p in &m.participants {
            let name = p.name.as_ref().expect("name").value.clone();
            people.push(name.clone());
            invited.push(name);
            if let Some(party) = &p.party {
                people.push(agreement.party_name(&party.value).to_string());
                invited.push(
                    agreement
                        .party(&party.value)
                        .and_then(|x| x.short_name.clone())
                        .unwrap_or_else(|| agreement.party_name(&party.value).to_string()),
                );
            }
        }
        if let Some(place) = &m.place {
            people.push(place.value.clone());
            invited.push(place.value.clone());
        }
        if let Some(d) = &m.digital {
            people.push(d.value.clone());
            invited.push(d.value.clone());
        }
        let agenda = plain(
            format,
            &run(dir, &["agenda", id, "--meeting", mid, "--format", format]),
        );
        let what = format!("agenda {id} {mid} --format {format}");
        contains_all(&agenda, &people, &what);
        let own = match kind {
            MeetingKind::Initial => agreement.agenda_initial.clone(),
            MeetingKind::FollowUp => agreement.agenda_follow_up.clone(),
        };
        let items = own.unwrap_or_else(|| {
            sip::documents::agenda::default_items(kind)
                .iter()
                .map(|(sv, _)| sv.to_string())
                .collect()
        });
        in_order(&agenda, &items, &what);
        // The plan's content sits under its item.
        let interventions: Vec<String> = plan
            .interventions
            .iter()
            .map(|i| i.description.as_ref().expect("d").value.clone())
            .collect();
        contains_all(&agenda, &interventions, &what);
        if kind == MeetingKind::FollowUp {
            for g in &plan.goals {
                let by =
                    g.by.as_ref()
                        .expect("by")
                        .value
                        .format("%Y-%m-%d")
                        .to_string();
                assert!(agenda.contains(&by), "{what}: goal deadline {by}");
            }
            assert!(
                agenda.contains("passerat"),
                "{what}: deadlines passed or not"
            );
            assert!(
                agenda.contains("giltigt till") || agenda.contains("Samtycke"),
                "{what}"
            );
        } else {
            for n in &plan.needs {
                let d = n.description.as_ref().expect("d").value.clone();
                in_order(&agenda, &[items[2].clone(), d], &what);
            }
        }

        let inv = plain(
            format,
            &run(
                dir,
                &["invitation", id, "--meeting", mid, "--format", format],
            ),
        );
        let what = format!("invitation {id} {mid} --format {format}");
        contains_all(&inv, &invited, &what);
        in_order(
            &inv,
            &[
                "Syfte med mötet".into(),
                m.purpose
                    .as_ref()
                    .or(plan.purpose.as_ref())
                    .expect("purpose")
                    .value
                    .clone(),
                "Frågeställningar".into(),
                "Inbjudna".into(),
                "Kontakt".into(),
            ],
            &what,
        );
        assert!(
            inv.contains("Varför inbjuden") && inv.contains("Förbered"),
            "{what}"
        );
        for i in &plan.interventions {
            let party = i.principal_str().expect("party");
            let invited = m
                .participants
                .iter()
                .any(|p| p.party.as_ref().is_some_and(|x| x.value == party));
            if invited {
                let d = i.description.as_ref().expect("d").value.clone();
                assert!(
                    inv.contains(&norm(&d)),
                    "{what}: why {party} is invited: {d}"
                );
            }
        }
        if let Some(l) = &plan.meeting_leader {
            assert!(
                inv.contains(&format!("Samtalsledare är {}", l.value)),
                "{what}"
            );
        }
    }
}

// ---------------------------------------------------------------- the law's element 3

#[test]
fn interventions_of_other_parties_count_as_measures_by_others() {
    let dir = demo();
    let out = run(
        dir.path(),
        &["show", "sip-2026-z3p6hs8d", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["version"], 1);
    assert_eq!(v["kind"], "plan");
    let sections = v["sections"].as_array().expect("sections");
    let text_of = |h: &str| {
        let s = sections
            .iter()
            .find(|s| s["heading"].as_str().is_some_and(|x| x.starts_with(h)))
            .unwrap_or_else(|| panic!("section {h}"));
        let mut t = String::new();
        collect_strings(s, &mut t);
        t
    };
    let two = text_of("Insatser och vem som ansvarar");
    let three = text_of("Åtgärder av andra");
    // I4 is Arbetsförmedlingen's, I5 Försäkringskassan's: measures by others, not element 2.
    assert!(three.contains("I4 Studie- och yrkesvägledning"), "{three}");
    assert!(three.contains("Arbetsförmedlingen"), "{three}");
    assert!(
        three.contains("I5 Samordning av rehabiliteringsinsatser"),
        "{three}"
    );
    assert!(!two.contains("I4 ") && !two.contains("I5 "), "{two}");
    assert!(
        two.contains("I1 Fysioterapi") && two.contains("Region Östergötland"),
        "{two}"
    );
    assert!(two.contains("Norrköpings kommun"), "{two}");
}

// ---------------------------------------------------------------- missing parts, errors

const BARE: &str = "id: sip-2026-bare0001
överenskommelse: samsip-sodra-lappland
status: utkast
individ:
  namn: Bo Ek
initiering:
  datum: 2026-04-01
  part: kommun
";

fn bare() -> tempfile::TempDir {
    let dir = common::plan_folder("");
    std::fs::write(dir.path().join("sip-2026-bare0001.yaml"), BARE).expect("write");
    dir
}

#[test]
fn a_plan_with_missing_parts_still_prints() {
    let dir = bare();
    for format in FORMATS {
        let show = plain(
            format,
            &run(
                dir.path(),
                &["show", "sip-2026-bare0001", "--format", format],
            ),
        );
        assert!(show.contains("Bo Ek"), "{show}");
        assert!(show.contains("ej angivet"), "{show}");
        assert!(
            show.contains("Huvudman: att besluta") || show.contains("Huvudman att besluta"),
            "{format}: {show}"
        );
    }
    // A kallelse or an agenda needs a meeting: exit 2, saying how to add one (SPEC §4 v2).
    for doc in ["agenda", "invitation"] {
        sip(dir.path())
            .args([doc, "sip-2026-bare0001"])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicates::str::contains(
                "planen sip-2026-bare0001 har inget möte",
            ))
            .stderr(predicates::str::contains(
                "sip meeting add sip-2026-bare0001",
            ));
    }
}

#[test]
fn unknown_plan_or_meeting_is_exit_2() {
    let dir = demo();
    for doc in DOCS {
        sip(dir.path())
            .args([doc, "sip-2026-finnsinte"])
            .assert()
            .code(2)
            .stderr(predicates::str::contains("okänd plan"));
    }
    for doc in ["agenda", "invitation"] {
        sip(dir.path())
            .args([doc, "sip-2026-w2n7bz5s", "--meeting", "MÖ9"])
            .assert()
            .code(2)
            .stderr(predicates::str::contains("okänt möte `MÖ9`"))
            .stderr(predicates::str::contains("MÖ1, MÖ2, MÖ3"));
    }
}

#[test]
fn plan_given_as_a_path_from_elsewhere() {
    let dir = demo();
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sip-2026-w2n7bz5s.yaml");
    let out = run(
        elsewhere.path(),
        &["show", path.to_str().expect("UTF-8 path")],
    );
    assert!(out.contains("Elin Johansson"));
    // Party names come from the agreement even so.
    assert!(out.contains("Region Jönköpings län"), "{out}");
}

#[test]
fn default_meeting_is_the_next_not_held() {
    let dir = demo();
    let out = run(dir.path(), &["agenda", "sip-2026-w2n7bz5s"]);
    assert!(out.contains("MÖ3 – Uppföljning av planen"), "{out}");
    assert!(out.contains("2027-03-09 09:00"), "{out}");
    // Lower case meeting ids are accepted.
    let out = run(
        dir.path(),
        &["agenda", "sip-2026-w2n7bz5s", "--meeting", "mö1"],
    );
    assert!(out.contains("MÖ1 – Upprättande av planen"), "{out}");
    let (_, err) = run_both(
        dir.path(),
        &["agenda", "sip-2026-w2n7bz5s", "--meeting", "mö1"],
    );
    assert!(err.contains("varning: mötet är redan genomfört"), "{err}");
}

#[test]
fn english_headings() {
    let dir = demo();
    let show = norm(&run(
        dir.path(),
        &["--lang", "en", "show", "sip-2026-q7m2xk4p"],
    ));
    for h in [
        "Coordinated individual plan (SIP)",
        "Background",
        "This is what matters to me",
        "Needs",
        "Goals",
        "Interventions and who is responsible for them",
        "Measures by others than the municipality and the region",
        "Overall responsibility for the plan",
        "Consent",
        "Copy to",
        "Signatures",
    ] {
        assert!(show.contains(h), "{h}: {show}");
    }
    let agenda = norm(&run(
        dir.path(),
        &[
            "agenda",
            "sip-2026-q7m2xk4p",
            "--meeting",
            "MÖ1",
            "--lang",
            "en",
        ],
    ));
    in_order(
        &agenda,
        &[
            "Agenda".into(),
            "Participants".into(),
            "Purpose".into(),
            "Questions".into(),
            "The meeting leader welcomes everyone".into(),
            "Needs inventory".into(),
            "Drawing up the plan".into(),
            "New time for follow-up".into(),
            "Documentation".into(),
        ],
        "agenda --lang en",
    );
    let inv = norm(&run(
        dir.path(),
        &["invitation", "sip-2026-q7m2xk4p", "--lang", "en"],
    ));
    assert!(inv.contains("Purpose of the meeting"), "{inv}");
    assert!(inv.contains("Why invited"), "{inv}");
    let html = run(
        dir.path(),
        &[
            "show",
            "sip-2026-q7m2xk4p",
            "--lang",
            "en",
            "--format",
            "html",
        ],
    );
    assert!(html.contains("<html lang=\"en\">"));
}

// ---------------------------------------------------------------- notice period

fn with_meeting(sent: Option<&str>, at: &str) -> tempfile::TempDir {
    let dir = common::plan_folder("");
    let sent = sent
        .map(|s| format!("    kallelse_skickad: {s}\n"))
        .unwrap_or_default();
    let plan = format!(
        "id: sip-2026-late0001
överenskommelse: hoglandet-vetlanda
status: utkast
individ:
  namn: Bo Ek
initiering:
  datum: 2026-04-01
  part: kommun
samtycke:
  datum: 2026-04-01
  form: muntligt
  givet_av: individen
  parter: [kommun, region]
möten:
  - id: MÖ1
    typ: upprättande
    tid: {at}
    digitalt: Teams
{sent}    deltagare:
      - namn: Bo Ek
        roll: individen
      - namn: Lisa Lind
        part: region
"
    );
    std::fs::write(dir.path().join("sip-2026-late0001.yaml"), plan).expect("write");
    dir
}

#[test]
fn a_late_invitation_warns_on_stderr_not_in_the_letter() {
    let dir = with_meeting(Some("2026-04-20"), "2026-05-04T10:00");
    let (out, err) = run_both(dir.path(), &["invitation", "sip-2026-late0001"]);
    assert!(
        err.contains("varning: kallelsen skickades 2026-04-20 (14 dagar före"),
        "{err}"
    );
    assert!(err.contains("kräver minst 21 dagar"), "{err}");
    assert!(out.contains("Digitalt möte: Teams"), "{out}");
    for format in ["text", "markdown", "html", "json"] {
        let (doc, _) = run_both(
            dir.path(),
            &["invitation", "sip-2026-late0001", "--format", format],
        );
        for bad in ["Varning", "VARNING", "⚠", "kräver minst"] {
            assert!(!doc.contains(bad), "{format}: {bad} in {doc}");
        }
    }

    // Not sent yet: counted from today (2026-05-01), as rule A009 does.
    let dir = with_meeting(None, "2026-05-15T10:00");
    let (_, err) = run_both(dir.path(), &["invitation", "sip-2026-late0001"]);
    assert!(
        err.contains("varning: kallelsen är inte skickad och mötet är om 14 dagar"),
        "{err}"
    );

    // In time: no warning about the notice.
    let dir = with_meeting(Some("2026-04-01"), "2026-05-04T10:00");
    let (_, err) = run_both(dir.path(), &["invitation", "sip-2026-late0001"]);
    assert!(!err.contains("kallelsen skickades"), "{err}");
}

#[test]
fn text_fits_80_columns() {
    let dir = demo();
    for id in demo_ids() {
        for doc in DOCS {
            let out = run(dir.path(), &[doc, &id]);
            for line in out.lines() {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line) <= 80,
                    "{doc} {id}: {line:?}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------- v2: own words, guardians

/// The child's plan: the printed plan and the kallelse open with the child's own words (before
/// the interventions, before the meeting's purpose), name both guardians, say who consented and
/// take the meeting's own purpose and questions; a discharge plan names the fasta vårdkontakt.
#[test]
fn own_words_come_first_and_both_guardians_are_named() {
    let dir = demo();
    let goal = "Jag vill kunna gå i skolan som mina kompisar".to_string();
    let guardians = "Maria Holm (vårdnadshavare), Peter Holm (vårdnadshavare)".to_string();
    for format in ["text", "markdown", "html"] {
        let show = norm(&plain(
            format,
            &run(
                dir.path(),
                &["show", "sip-2026-e6b1ku9r", "--format", format],
            ),
        ));
        in_order(
            &show,
            &[
                guardians.clone(),
                "Bakgrund".into(),
                "Det här är viktigt för mig".into(),
                goal.clone(),
                "Insatser och vem som ansvarar för dem".into(),
                "Det här gör jag själv".into(),
                "Kopia till".into(),
            ],
            &format!("show {format}"),
        );
        let inv = norm(&plain(
            format,
            &run(
                dir.path(),
                &["invitation", "sip-2026-e6b1ku9r", "--format", format],
            ),
        ));
        in_order(
            &inv,
            &[
                guardians.clone(),
                "Individens mål, med egna ord".into(),
                goal.clone(),
                "Syfte med mötet".into(),
            ],
            &format!("invitation {format}"),
        );
    }
    let discharge = run(dir.path(), &["show", "sip-2026-u9g4mc1a"]);
    assert!(
        norm(&discharge).contains("Fast vårdkontakt: Maria Ek"),
        "{discharge}"
    );
    for doc in ["show", "invitation"] {
        let out = run(dir.path(), &[doc, "sip-2026-e6b1ku9r"]);
        insta::assert_snapshot!(format!("{doc}_sip-2026-e6b1ku9r_text"), out);
    }
}
// ---------------------------------------------------------------- letters to one recipient

#[test]
fn letters_to_the_individual_and_to_a_party_differ() {
    let dir = demo();
    let id = "sip-2026-e6b1ku9r";
    let own = norm(&run(dir.path(), &["invitation", id, "--to", "individen"]));
    let region = norm(&run(dir.path(), &["invitation", id, "--to", "region"]));
    let kommun = norm(&run(dir.path(), &["invitation", id, "--to", "kommun"]));
    assert_ne!(own, region);
    // The individual: plain words, their own questions, the date written out.
    assert!(
        own.starts_with("Välkommen till ett uppföljningsmöte om din plan"),
        "{own}"
    );
    assert!(own.contains("Hej Elias!"), "{own}");
    assert!(own.contains("tisdag 9 februari 2027 kl. 14.00"), "{own}");
    assert!(own.contains("Fundera gärna på det här före mötet"), "{own}");
    // Region and kommun are called (kallelse), each with its own interventions by their text.
    assert!(region.starts_with("Kallelse till uppföljning"), "{region}");
    assert!(
        region.contains("Region Örebro län ansvarar i planen för: • Neuropsykiatrisk utredning"),
        "{region}"
    );
    assert!(!region.contains("Föräldrastöd i grupp"), "{region}");
    assert!(kommun.contains("Föräldrastöd i grupp (Komet)"), "{kommun}");
    for letter in [&own, &region, &kommun] {
        // No item codes or ISO times in running text, no warnings, no commands.
        for bad in [
            "I3 ",
            "M1 ",
            "MÖ",
            "2027-02-09 14:00",
            "Varning",
            "⚠",
            "sip ",
        ] {
            assert!(!letter.contains(bad), "{bad}: {letter}");
        }
    }
    // A party that is not kommun or region is invited (inbjudan).
    let dir = demo();
    let af = norm(&run(
        dir.path(),
        &["invitation", "sip-2026-z3p6hs8d", "--to", "af"],
    ));
    assert!(af.starts_with("Inbjudan till"), "{af}");
    // A guardian by name: refused until invited to the meeting, then a letter about the child's
    // plan, addressed with their contact.
    let refused = sip(dir.path())
        .args(["invitation", id, "--to", "Peter Holm"])
        .output()
        .expect("runs");
    assert_eq!(refused.status.code(), Some(2));
    let msg = String::from_utf8_lossy(&refused.stderr);
    assert!(
        msg.contains(
            "sip meeting participant add sip-2026-e6b1ku9r MÖ3 \"Peter Holm:vårdnadshavare\""
        ),
        "{msg}"
    );
    run(
        dir.path(),
        &[
            "meeting",
            "participant",
            "add",
            id,
            "MÖ3",
            "Peter Holm:vårdnadshavare",
        ],
    );
    let guardian = norm(&run(dir.path(), &["invitation", id, "--to", "Peter Holm"]));
    assert!(
        guardian.starts_with("Välkommen till ett möte om Elias Holms plan"),
        "{guardian}"
    );
    // Their own e-mail is not printed back to them; the letter is about Elias.
    assert!(guardian.contains("Till: Peter Holm Tid:"), "{guardian}");
    assert!(!guardian.contains("peter.holm@example.se"), "{guardian}");
    assert!(
        guardian.contains("som vårdnadshavare för Elias."),
        "{guardian}"
    );
    assert!(
        guardian.contains("Behöver Elias något nytt stöd?"),
        "{guardian}"
    );
    assert!(!guardian.contains("viktigt för dig"), "{guardian}");
}

#[test]
fn a_letter_gives_the_samtalsledares_phone_and_email_from_sip_toml() {
    let dir = demo();
    // sip-2026-q7m2xk4p is led by Erik Ek, the folder's samtalsledare.
    let out = norm(&run(
        dir.path(),
        &["invitation", "sip-2026-q7m2xk4p", "--to", "individen"],
    ));
    assert!(out.contains("Telefon: 0950-123 45"), "{out}");
    assert!(out.contains("E-post: erik.ek@example.se"), "{out}");
    // Another samtalsledare's letter never carries Erik Ek's number.
    let other = norm(&run(
        dir.path(),
        &["invitation", "sip-2026-e6b1ku9r", "--to", "individen"],
    ));
    assert!(!other.contains("0950-123 45"), "{other}");
}

#[test]
fn an_unknown_recipient_is_exit_2_with_the_names_that_would_do() {
    let dir = demo();
    sip(dir.path())
        .args(["invitation", "sip-2026-e6b1ku9r", "--to", "Nisse"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("okänd mottagare `Nisse`"))
        .stderr(predicates::str::contains("Johan Åkesson"));
}

// ---------------------------------------------------------------- minutes

#[test]
fn protocol_of_the_last_held_meeting() {
    let dir = demo();
    let id = "sip-2026-e6b1ku9r";
    let out = norm(&run(dir.path(), &["protocol", id]));
    in_order(
        &out,
        &[
            "Minnesanteckningar från SIP-möte".into(),
            "tisdag 6 oktober 2026".into(),
            "Närvarande".into(),
            "Det här har hänt sedan förra mötet".into(),
            "Förra mötet hölls tisdag 24 mars 2026.".into(),
            "Det här beslutades".into(),
            "Neuropsykiatrisk utredning".into(),
            "Övergripande ansvar".into(),
            "Nästa uppföljning".into(),
            "tisdag 9 februari 2027 kl. 14.00".into(),
        ],
        "protocol",
    );
    // The alias and a named meeting.
    let first = norm(&run(dir.path(), &["protokoll", id, "MÖ1"]));
    assert!(
        first.contains("Det här var planens första möte."),
        "{first}"
    );
    // Every demo plan with a held meeting gives its minutes; one without is exit 2.
    for plan in demo_ids() {
        let out = sip(dir.path())
            .args(["protocol", &plan])
            .output()
            .expect("runs");
        let code = out.status.code();
        assert!(code == Some(0) || code == Some(2), "{plan}: {code:?}");
        if code == Some(2) {
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains("har inget genomfört möte"), "{plan}: {err}");
        }
    }
}

#[test]
fn documents_go_to_the_file_given_with_o() {
    let dir = demo();
    let file = dir.path().join("plan.md");
    sip(dir.path())
        .args(["show", "sip-2026-e6b1ku9r", "--format", "markdown", "-o"])
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    let md = std::fs::read_to_string(&file).expect("written");
    assert!(md.contains("## Det här är viktigt för mig"), "{md}");
}
