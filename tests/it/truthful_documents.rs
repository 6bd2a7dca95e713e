//! v3 documents that tell the truth: the consent guard (a kallelse, an agenda or the minutes only
//! under consent valid on the meeting's day, a letter only to a recipient the consent covers and
//! the meeting invites), and the discharge kallelse under lag (2017:612).

use std::path::Path;

use crate::common::{self, sip};

const ID: &str = "sip-2026-guard001";

/// A plan for Wilma, 15, with a follow-up meeting on 2026-05-20; `consent` is the `samtycke`
/// block (or nothing), `extra` more top-level keys.
fn folder(consent: &str, extra: &str) -> tempfile::TempDir {
    let dir = common::plan_folder("");
    let plan = format!(
        "id: {ID}
överenskommelse: hoglandet-vetlanda
status: pågående
individ:
  namn: Wilma Nordin
  födelsedatum: 2011-02-01
  företrädare:
    - namn: Sara Nordin
      roll: vårdnadshavare
närstående:
  - namn: Elsa Nordin
    relation: mormor
  - namn: Olle Nordin
    relation: morbror
    får_delta: false
initiering:
  datum: 2026-03-01
  part: kommun
{consent}{extra}möten:
  - id: MÖ1
    typ: upprättande
    tid: 2026-03-20T10:00
    genomfört: true
    deltagare:
      - namn: Wilma Nordin
        roll: individen
      - namn: Karin Ek
        part: kommun
  - id: MÖ2
    typ: uppföljning
    tid: 2026-05-20T13:00
    plats: Västra skolan
    deltagare:
      - namn: Wilma Nordin
        roll: individen
      - namn: Sara Nordin
        roll: vårdnadshavare
      - namn: Karin Ek
        part: kommun
      - namn: Kim Rektor
"
    );
    std::fs::write(dir.path().join(format!("{ID}.yaml")), plan).expect("write");
    dir
}

const CONSENT: &str = "samtycke:
  datum: 2026-03-01
  form: muntligt
  givet_av: [individen, vårdnadshavare]
  parter: [kommun]
";

/// Run, expect exit 2; stderr.
fn refused(dir: &Path, args: &[&str]) -> String {
    let out = sip(dir).args(args).output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "sip {args:?}: {err}");
    err
}

/// Run, expect exit 0; (stdout, stderr).
fn ok(dir: &Path, args: &[&str]) -> (String, String) {
    let out = sip(dir).args(args).output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "sip {args:?}: {err}");
    (String::from_utf8_lossy(&out.stdout).into_owned(), err)
}

#[test]
fn no_consent_refuses_every_meeting_document() {
    let dir = folder("", "");
    for args in [
        &["invitation", ID][..],
        &["invitation", ID, "--to", "kommun"],
        &["invitation", ID, "--to", "individen"],
        &["agenda", ID],
        &["protocol", ID],
    ] {
        let err = refused(dir.path(), args);
        assert!(
            err.contains("inget samtycke registrerat"),
            "{args:?}: {err}"
        );
        assert!(err.contains(&format!("`sip consent {ID} --date")), "{err}");
    }
}

#[test]
fn withdrawn_consent_refuses_but_earlier_minutes_stay_printable() {
    let withdrawn = format!("{CONSENT}  återkallat: 2026-04-10\n");
    let dir = folder(&withdrawn, "");
    for args in [
        &["invitation", ID, "--meeting", "MÖ2"][..],
        &["invitation", ID, "--meeting", "MÖ2", "--to", "kommun"],
        &["agenda", ID, "--meeting", "MÖ2"],
    ] {
        let err = refused(dir.path(), args);
        assert!(err.contains("samtycket återkallades 2026-04-10"), "{err}");
        assert!(
            err.contains(&format!("`sip close {ID} --reason samtycke_återkallat`")),
            "{err}"
        );
    }
    // MÖ1 was held under valid consent: its minutes are still printed.
    let (out, _) = ok(dir.path(), &["protocol", ID, "MÖ1"]);
    assert!(out.contains("Minnesanteckningar"), "{out}");
}

#[test]
fn expired_consent_refuses_with_the_renewal_command() {
    let expired = format!("{CONSENT}  giltigt_till: 2026-04-30\n");
    let dir = folder(&expired, "");
    let err = refused(dir.path(), &["invitation", ID, "--meeting", "MÖ2"]);
    assert!(err.contains("samtycket gällde till 2026-04-30"), "{err}");
    assert!(
        err.contains(&format!("`sip consent {ID} --valid-until")),
        "{err}"
    );
}

#[test]
fn letters_go_only_to_whom_the_consent_covers_and_the_meeting_invites() {
    let dir = folder(CONSENT, "");
    // A party outside the consent.
    let err = refused(
        dir.path(),
        &["invitation", ID, "--meeting", "MÖ2", "--to", "region"],
    );
    assert!(err.contains("samtycket omfattar inte"), "{err}");
    assert!(
        err.contains(&format!("`sip consent {ID} --add-party region`")),
        "{err}"
    );
    // A party the consent covers may always be sent its kallelse.
    ok(
        dir.path(),
        &["invitation", ID, "--meeting", "MÖ2", "--to", "kommun"],
    );
    // A participant without a party, not in samtycke.övriga.
    let err = refused(
        dir.path(),
        &["invitation", ID, "--meeting", "MÖ2", "--to", "Kim Rektor"],
    );
    assert!(
        err.contains(&format!("`sip consent {ID} --add-other \"Kim Rektor\"`")),
        "{err}"
    );
    // A relative who is not invited to the meeting.
    let err = refused(
        dir.path(),
        &["invitation", ID, "--meeting", "MÖ2", "--to", "Elsa Nordin"],
    );
    assert!(
        err.contains(&format!(
            "`sip meeting participant add {ID} MÖ2 \"Elsa Nordin:närstående\"`"
        )),
        "{err}"
    );
    // A relative the individual does not want there.
    let err = refused(
        dir.path(),
        &["invitation", ID, "--meeting", "MÖ2", "--to", "Olle Nordin"],
    );
    assert!(
        err.contains(&format!(
            "`sip relative set {ID} \"Olle Nordin\" --participation ja`"
        )),
        "{err}"
    );
    // With the fixes the letters are written.
    let with_other = format!("{CONSENT}  övriga: [Kim Rektor]\n");
    let dir = folder(&with_other, "");
    ok(
        dir.path(),
        &["invitation", ID, "--meeting", "MÖ2", "--to", "Kim Rektor"],
    );
    ok(
        dir.path(),
        &["invitation", ID, "--meeting", "MÖ2", "--to", "Sara Nordin"],
    );
}

#[test]
fn a_discharge_kallelse_names_the_law_the_notice_and_the_care_contact() {
    let dir = common::plan_folder("");
    let plan = "id: sip-2026-disch001
överenskommelse: hoglandet-vetlanda
status: utkast
individ:
  namn: Karl Berg
  födelsedatum: 1943-05-02
initiering:
  datum: 2026-04-27
  part: region
  utskrivningsklar: 2026-04-27
  fast_vårdkontakt: Vårdcentralen Vetlanda, Anna Lund
samtycke:
  datum: 2026-04-27
  form: muntligt
  givet_av: individen
  parter: [kommun, region]
möten:
  - id: MÖ1
    typ: upprättande
    tid: 2026-05-04T10:00
    kallelse_skickad: 2026-04-29
    deltagare:
      - namn: Karl Berg
        roll: individen
      - namn: Lisa Lind
        part: kommun
";
    std::fs::write(dir.path().join("sip-2026-disch001.yaml"), plan).expect("write");
    for args in [
        &["invitation", "sip-2026-disch001"][..],
        &["invitation", "sip-2026-disch001", "--to", "kommun"],
    ] {
        let (out, err) = ok(dir.path(), args);
        let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(!err.contains("överenskommelsen kräver"), "{err}");
        assert!(
            flat.contains(
                "lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård"
            ),
            "{flat}"
        );
        assert!(flat.contains("måndag 27 april 2026"), "{flat}");
        assert!(flat.contains("Vårdcentralen Vetlanda, Anna Lund"), "{flat}");
    }
    let (_, err) = ok(dir.path(), &["agenda", "sip-2026-disch001"]);
    assert!(!err.contains("överenskommelsen kräver"), "{err}");
    // Not yet sent: no item 21 days before the meeting (2026-04-13), the law's three days rule.
    let unsent = plan.replace("    kallelse_skickad: 2026-04-29\n", "");
    std::fs::write(dir.path().join("sip-2026-disch001.yaml"), unsent).expect("write");
    let (out, err) = ok(dir.path(), &["followups", "--format", "json"]);
    assert!(out.contains("2017:612"), "{out}");
    assert!(!out.contains("2026-04-13"), "{out}");
    let (_, err2) = ok(dir.path(), &["invitation", "sip-2026-disch001"]);
    for e in [err, err2] {
        assert!(!e.contains("överenskommelsen kräver"), "{e}");
    }
}

const CONTENT: &str = "behov:
  - id: B1
    beskrivning: Stöd i skolan
mål:
  - id: M1
    beskrivning: Wilma går i skolan varje dag
  - id: M2
    beskrivning: Wilma sover bättre
insatser:
  - id: I1
    beskrivning: Samtal hos kuratorn
    huvudman: kommun
    status: pågår
  - id: I2
    beskrivning: Läxhjälp
    huvudman: kommun
    status: pågår
";

fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", "2026-03-20T12:00:00")
        .env("GIT_COMMITTER_DATE", "2026-03-20T12:00:00")
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// Changes at the follow-up meeting MÖ2, made by command and not committed.
fn follow_up(dir: &Path) -> String {
    const DAY: &str = "2026-05-20";
    for args in [
        &["need", "add", ID, "Stöd med sömnen"][..],
        &["intervention", "set", ID, "I2", "--status", "avbruten"],
        &[
            "goal",
            "set",
            ID,
            "M1",
            "--outcome",
            "uppnått",
            "--outcome-date",
            DAY,
        ],
        &["goal", "remove", ID, "M2"],
        &["meeting", "held", ID, "MÖ2"],
    ] {
        let out = common::sip_at(dir, DAY).args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "sip {args:?}: {out:?}");
    }
    let out = common::sip_at(dir, DAY)
        .args(["protocol", ID, "MÖ2"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_minutes_say_what_changed_since_the_last_meeting_uncommitted_included() {
    let dir = folder(CONSENT, CONTENT);
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "MÖ1 hållet"]);
    let out = follow_up(dir.path());
    for said in [
        "Ändringar i planen sedan förra mötet",
        "Ett nytt behov har kommit till: Stöd med sömnen.",
        "Insatsen ”Läxhjälp” har avbrutits.",
        "Målet ”Wilma går i skolan varje dag” har utvärderats: uppnått",
        "Målet ”Wilma sover bättre” har tagits bort.",
    ] {
        assert!(out.contains(said), "{said}: {out}");
    }
    // What was decided marks the stopped intervention and the evaluated goal.
    assert!(out.contains("Läxhjälp – avbruten"), "{out}");
    assert!(
        out.contains("Wilma går i skolan varje dag – utfall: uppnått"),
        "{out}"
    );
    assert!(!out.contains("ändrades inte"), "{out}");
}

#[test]
fn without_git_the_minutes_say_the_changes_cannot_be_shown() {
    let dir = folder(CONSENT, CONTENT);
    let out = follow_up(dir.path());
    assert!(
        out.contains(
            "Ändringarna sedan förra mötet kan inte visas, eftersom planmappen inte är i git"
        ),
        "{out}"
    );
    assert!(!out.contains("ändrades inte"), "{out}");
    assert!(!out.contains("desamma"), "{out}");
}

/// A plan for a person born on `born`, with a guardian (for a child) or a god man (for an adult),
/// a relative, kommun, region and AF invited to MÖ1 on 2026-05-26.
fn letters_folder(born: &str, child: bool) -> tempfile::TempDir {
    // The folder's own name for the kommun, instead of the agreement's collective name.
    let dir = common::plan_folder("[parter.kommun]\nnamn = \"Lycksele kommun\"\n");
    let (rep, rep_role, givers) = if child {
        ("Sara Nordin", "vårdnadshavare", "[vårdnadshavare]")
    } else {
        ("Gustav Man", "god_man", "[individen]")
    };
    let plan = format!(
        "id: sip-2026-letter01
överenskommelse: samsip-sodra-lappland
status: utkast
individ:
  namn: Wilma Nordin
  födelsedatum: {born}
  tolk: arabiska
  företrädare:
    - namn: {rep}
      roll: {rep_role}
    - namn: Jonas Nordin
      roll: vårdnadshavare
närstående:
  - namn: Elsa Berg
    relation: mormor
initiering:
  datum: 2026-04-01
  part: kommun
samtalsledare: Maria Lund
syfte: Samordna stödet i skolan och hemma.
samtycke:
  datum: 2026-04-01
  form: skriftligt
  givet_av: {givers}
  parter: [kommun, region, af]
  omfattning: uppgifter om hälsa, skola och familj
  giltigt_till: 2027-04-01
möten:
  - id: MÖ1
    typ: upprättande
    tid: 2026-05-26T13:00
    längd_minuter: 60
    plats: Familjecentralen, Storgatan 1
    deltagare:
      - namn: Wilma Nordin
        roll: individen
      - namn: {rep}
        roll: företrädare
      - namn: Elsa Berg
        roll: närstående
      - namn: Maria Lund
        roll: samtalsledare
      - namn: Karin Ek
        part: kommun
        enhet: Västra skolan, elevhälsan
      - namn: Ali Haddad
        part: region
        enhet: BUP Lycksele
      - namn: Per Ström
        part: af
"
    );
    std::fs::write(dir.path().join("sip-2026-letter01.yaml"), plan).expect("write");
    dir
}

#[test]
fn golden_letters_for_a_child_a_youth_and_an_adult() {
    for (who, born, child) in [
        ("barn6", "2020-01-15", true),
        ("ungdom15", "2011-01-15", true),
        ("vuxen", "1985-01-15", false),
    ] {
        let dir = letters_folder(born, child);
        let rep = if child { "Sara Nordin" } else { "Gustav Man" };
        for to in ["individen", rep, "Elsa Berg", "kommun", "region", "af"] {
            let (out, _) = ok(dir.path(), &["invitation", "sip-2026-letter01", "--to", to]);
            let name = format!("letter_{who}_{}", to.replace(' ', "_").to_lowercase());
            insta::assert_snapshot!(name, out);
        }
    }
}

#[test]
fn protected_data_prints_no_place_and_marks_the_letter() {
    let dir = letters_folder("1985-01-15", false);
    let p = dir.path().join("sip-2026-letter01.yaml");
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(
        &p,
        text.replace(
            "  tolk: arabiska\n",
            "  tolk: arabiska\n  skyddade_personuppgifter: true\n",
        ),
    )
    .expect("write");
    for to in ["individen", "Gustav Man", "kommun"] {
        let (out, _) = ok(dir.path(), &["invitation", "sip-2026-letter01", "--to", to]);
        assert!(
            out.contains("Skyddade personuppgifter – hanteras enligt rutin"),
            "{out}"
        );
        assert!(!out.contains("Storgatan"), "{out}");
    }
}

/// A letter never prints an internal "not given": with no samtalsledare named (neither in the
/// plan nor in `sip.toml`), the reader is asked to contact "samtalsledaren".
#[test]
fn a_letter_without_a_named_leader_says_samtalsledaren() {
    let dir = folder(CONSENT, "");
    for to in ["individen", "Sara Nordin", "kommun"] {
        let (out, _) = ok(
            dir.path(),
            &["invitation", ID, "--meeting", "MÖ2", "--to", to],
        );
        assert!(!out.contains("ej angivet"), "--to {to}:\n{out}");
        assert!(
            out.contains("Hör av dig till samtalsledaren"),
            "--to {to}:\n{out}"
        );
    }
}

/// The kallelse to the whole meeting is written for its readers: the time written out, each
/// invited person with their unit, no plan id, meeting code or "ej angivet", and for the
/// samtalsledare the command that writes each recipient's own letter (only those a letter can
/// be written to).
#[test]
fn the_overview_kallelse_reads_for_its_readers() {
    let dir = letters_folder("2011-01-15", true);
    let (out, _) = ok(dir.path(), &["invitation", "sip-2026-letter01"]);
    let (head, sending) = out
        .split_once("Till samtalsledaren: så skickar du kallelsen")
        .expect("a section for the samtalsledare");
    assert!(head.contains("tisdag 26 maj 2026 kl. 13.00"), "{out}");
    assert!(
        head.contains("Karin Ek (Västra skolan, elevhälsan) – Lycksele kommun"),
        "{out}"
    );
    assert!(head.contains("Ali Haddad (BUP Lycksele) – Region"), "{out}");
    for internal in [
        "sip-2026-letter01",
        "MÖ1",
        "ej angivet",
        "Kallelsen skickad",
        "2026-05-26",
        "Frågeställningar",
    ] {
        assert!(!head.contains(internal), "{internal}:\n{out}");
    }
    for to in [
        "--to individen",
        "--to \"Sara Nordin\"",
        "--to \"Elsa Berg\"",
        "--to kommun",
        "--to region",
        "--to af",
    ] {
        let line = format!("sip invitation sip-2026-letter01 {to}");
        assert!(sending.contains(&line), "{line}:\n{out}");
    }
    // Each command it gives writes a letter.
    for to in [
        "individen",
        "Sara Nordin",
        "Elsa Berg",
        "kommun",
        "region",
        "af",
    ] {
        ok(dir.path(), &["invitation", "sip-2026-letter01", "--to", to]);
    }
    // The samtalsledare gets no letter; a relative the individual objects to is not listed.
    assert!(!sending.contains("Maria Lund"), "{out}");
    assert!(sending.contains("sip meeting invited sip-2026-letter01 MÖ1 --date"));
}

/// A child under 12 gets no letter of their own: the overview does not offer one.
#[test]
fn the_overview_kallelse_sends_a_young_childs_letter_to_the_guardian() {
    let dir = letters_folder("2020-01-15", true);
    let (out, _) = ok(dir.path(), &["invitation", "sip-2026-letter01"]);
    let (_, sending) = out.split_once("Till samtalsledaren").expect("section");
    assert!(!sending.contains("--to individen"), "{out}");
    assert!(sending.contains("--to \"Sara Nordin\""), "{out}");
    assert!(sending.contains("under 12 år"), "{out}");
}

/// Protected personal data: the plan document, the agenda, the kallelse and the minutes print no
/// meeting place in any format, and say at the top how the paper is to be handled.
#[test]
fn protected_data_keeps_the_place_out_of_every_document() {
    let dir = letters_folder("1985-01-15", false);
    let p = dir.path().join("sip-2026-letter01.yaml");
    let text = std::fs::read_to_string(&p).expect("read");
    let before = text.clone();
    std::fs::write(
        &p,
        text.replace(
            "  tolk: arabiska\n",
            "  tolk: arabiska\n  skyddade_personuppgifter: true\n",
        ),
    )
    .expect("write");
    for doc in ["show", "agenda", "invitation"] {
        for format in ["text", "markdown", "html", "json"] {
            let (out, _) = ok(dir.path(), &[doc, "sip-2026-letter01", "--format", format]);
            assert!(!out.contains("Storgatan"), "{doc} {format}:\n{out}");
            assert!(!out.contains("Familjecentralen"), "{doc} {format}:\n{out}");
            let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                flat.contains("Skyddade personuppgifter – hanteras enligt rutin"),
                "{doc} {format}:\n{out}"
            );
        }
    }
    // Without the mark, the place is printed and no mark is added.
    std::fs::write(&p, before).expect("write");
    for doc in ["agenda", "invitation"] {
        let (out, _) = ok(dir.path(), &[doc, "sip-2026-letter01"]);
        assert!(
            out.contains("Familjecentralen, Storgatan 1"),
            "{doc}:\n{out}"
        );
        assert!(!out.contains("Skyddade personuppgifter"), "{doc}:\n{out}");
    }
}

/// The second vårdnadshavare of a 15-year-old, invited too, gets a letter of their own about
/// the young person; an adult's förvaltare gets one about the individual, like a god man.
#[test]
fn golden_letters_to_a_second_guardian_and_a_forvaltare() {
    let dir = letters_folder("2011-01-15", true);
    let p = dir.path().join("sip-2026-letter01.yaml");
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(
        &p,
        text.replace(
            "      - namn: Elsa Berg\n        roll: närstående\n",
            "      - namn: Jonas Nordin\n        roll: företrädare\n      - namn: Elsa Berg\n        roll: närstående\n",
        ),
    )
    .expect("write");
    let (out, _) = ok(
        dir.path(),
        &["invitation", "sip-2026-letter01", "--to", "Jonas Nordin"],
    );
    assert!(out.contains("Hej Jonas!"), "{out}");
    assert!(out.contains("Jonas Nordin, vårdnadshavare"), "{out}");
    insta::assert_snapshot!("letter_ungdom15_jonas_nordin", out);

    let dir = letters_folder("1985-01-15", false);
    let p = dir.path().join("sip-2026-letter01.yaml");
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(&p, text.replace("roll: god_man", "roll: förvaltare")).expect("write");
    let (out, _) = ok(
        dir.path(),
        &["invitation", "sip-2026-letter01", "--to", "Gustav Man"],
    );
    assert!(out.contains("Gustav Man, förvaltare"), "{out}");
    insta::assert_snapshot!("letter_vuxen_forvaltare", out);
}
