//! Health data stays where it belongs: a plan folder with personal data planted in every
//! free-text field and in fields of the wrong type, run through every output that must not show
//! it (every CI format of `check`, `stats`, `followups --anonymize`, `followups --format ics`
//! without `--names`); spreadsheet formulas, terminal escapes and workflow commands planted where
//! they would do harm.

use crate::common;

use std::path::Path;

use common::sip;
use tempfile::TempDir;

/// The individual, a relative, a representative, and the individual of a second plan.
const NAMES: &[&str] = &[
    "Quirina",
    "Zelmberg",
    "Vendela",
    "Örnqvist",
    "Tuvalisa",
    "Brämgård",
    "Ebbatora",
    "Klintvik",
];

/// Every form of the two personnummer in the folder (the second has a wrong check digit; its
/// valid form is the first), and the digits they all share.
const NUMBERS: &[&str] = &[
    "19870523-4824",
    "198705234824",
    "870523-4824",
    "870523+4824",
    "8705234824",
    "19870523-4825",
    "870523",
];

/// A plan with personal data everywhere: names in every case and with and without accents,
/// personnummer in every form, in free text and in fields that want an id, a date, an enum.
const PLANTED: &str = r#"id: sip-2026-plantad
överenskommelse: samsip-sodra-lappland
status: pågående
samtalsledare: Erik Ek
individ:
  namn: Quirina Zelmberg
  personnummer: "19870523-4824"
  födelsedatum: "870523-4824"
  kön: QUIRINA ZELMBERG
  sysselsättning: Vendela Örnqvist
  företrädare:
    namn: Tuvalisa Brämgård
    roll: god_man
närstående:
  - namn: Vendela Örnqvist
    relation: mor till quirina, 8705234824
initiering:
  datum: 2026-02-02
  part: Vendela Örnqvist
samtycke:
  datum: 2026-02-03
  form: skriftligt
  givet_av: individen
  dokumenterat_av: Tuvalisa Brämgård
  parter: [kommun, region, Quirina Zelmberg]
  giltigt_till: 2026-05-10
syfte: Samordna stödet så att quirina (198705234824) kan arbeta; VENDELA hjälper.
inriktning: "870523+4824"
frågeställningar:
  - Hur kan Zelmbérg och Ornqvist samarbeta?
behov:
  - id: B1
    beskrivning: Quirinas oro, enligt Vendela Örnqvist (870523-4824)
mål:
  - id: M1
    beskrivning: QUIRINA arbetstränar; brämgård följer upp
    mått: Tuvalisa räknar närvaron för 19870523-4824
    senast: 2026-09-30
insatser:
  - id: I1
    beskrivning: Samtalsstöd för Quirina Zelmberg
    huvudman: Tuvalisa Brämgård
    utförare: Hos Vendela
    kontaktperson: Zelmberg själv
    start: 2026-03-01
    slut: 2026-05-08
    status: pågår
åtgärder_av_andra:
  - beskrivning: Vendela följer med Quirina
    av: Vendela Örnqvist (mor)
övergripande_ansvar:
  part: Quirina Zelmberg
  person: Örnqvist
Vendela Örnqvist: mor
möten:
  - id: Quirina1
    typ: uppföljning
    tid: 2026-05-12T10:00
    plats: Hemma hos Vendela Örnqvist, 870523-4824
    digitalt: https://möte.example/quirina-zelmberg
    deltagare:
      - namn: Quirina Zelmberg
        roll: individen
      - namn: Vendela Örnqvist
        roll: Vendela
    genomfört: Quirina
    anteckningar: Quirina och Tuvalisa Brämgård kom.
  - id: MÖ2
    typ: uppföljning
    tid: 2026-05-20T10:00
    plats: Kommunhuset
    genomfört: true
    anteckningar: ZELMBERG berättade om 870523-4824.
uppföljning:
  nästa: 2026-05-20
"#;

/// A second plan: a personnummer with a wrong check digit, an agreement that is a name.
const WRONG_DIGIT: &str = r#"id: sip-2026-kontroll
överenskommelse: Ebbatora Klintvik
status: pågående
individ:
  namn: Ebbatora Klintvik
  personnummer: "19870523-4825"
initiering:
  datum: 2026-03-01
  part: Klintvik
syfte: Ebbatora ska få stöd.
övergripande_ansvar:
  part: kommun
uppföljning:
  nästa: 2026-05-15
"#;

fn folder(files: &[(&str, &str)]) -> TempDir {
    let dir = common::plan_folder("\"överenskommelse\" = \"samsip-sodra-lappland\"\n");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write a plan");
    }
    dir
}

/// stdout and stderr of `sip ARGS` in `dir`, whatever the exit code (0, 1 or 2, never a crash).
fn run(dir: &Path, args: &[&str]) -> (String, String) {
    let out = sip(dir).args(args).output().expect("sip runs");
    assert!(
        matches!(out.status.code(), Some(0..=2)),
        "{args:?} ended by {:?}",
        out.status
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Lower case, accents off: what a search for a name must see through.
fn fold(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' | 'á' => 'a',
            'ö' | 'ó' => 'o',
            'é' | 'è' => 'e',
            c => c,
        })
        .collect()
}

/// Every planted name part and personnummer form that `text` shows.
fn leaks(text: &str) -> Vec<&'static str> {
    let folded = fold(text);
    NAMES
        .iter()
        .chain(NUMBERS)
        .filter(|n| folded.contains(&fold(n)))
        .copied()
        .collect()
}

#[test]
fn no_personal_data_in_ci_formats_stats_anonymized_lists_or_calendars() {
    let dir = folder(&[
        ("sip-2026-plantad.yaml", PLANTED),
        ("sip-2026-kontroll.yaml", WRONG_DIGIT),
    ]);
    let mut runs: Vec<Vec<&str>> = Vec::new();
    for lang in ["sv", "en"] {
        for format in ["human", "json", "github", "junit", "gitlab"] {
            runs.push(vec!["--lang", lang, "check", "--format", format]);
        }
    }
    for format in ["table", "json", "csv"] {
        runs.push(vec!["stats", "--no-suppress", "--format", format]);
    }
    for format in ["table", "json", "csv", "ics"] {
        runs.push(vec!["followups", "--anonymize", "--format", format]);
        runs.push(vec![
            "followups",
            "--within",
            "400",
            "--anonymize",
            "--format",
            format,
        ]);
        for plan in ["sip-2026-plantad", "sip-2026-kontroll"] {
            runs.push(vec!["followups", plan, "--anonymize", "--format", format]);
        }
    }
    runs.push(vec!["followups", "--within", "400", "--format", "ics"]);
    runs.push(vec!["followups", "sip-2026-plantad", "--format", "ics"]);

    let mut checked = 0;
    for args in &runs {
        let (stdout, stderr) = run(dir.path(), args);
        assert!(!stdout.trim().is_empty(), "{args:?} printed nothing");
        let found = leaks(&format!("{stdout}\n{stderr}"));
        assert!(
            found.is_empty(),
            "{args:?} shows {found:?}:\n{stdout}\n{stderr}"
        );
        checked += 1;
    }
    assert_eq!(checked, runs.len());

    // The findings are still there, only without the data: S008 and S003 fire.
    let (json, _) = run(dir.path(), &["check", "--format", "json"]);
    for code in ["\"S008\"", "\"S003\"", "\"S002\"", "\"S005\""] {
        assert!(json.contains(code), "{code} missing:\n{json}");
    }
    // The calendar with --names is the one place the name is asked for.
    let (named, _) = run(
        dir.path(),
        &["followups", "--within", "400", "--format", "ics", "--names"],
    );
    assert!(named.contains("Quirina Zelmberg"), "{named}");
}

#[test]
fn stats_count_unknown_parties_and_agreements_as_unknown() {
    let dir = folder(&[
        ("sip-2026-plantad.yaml", PLANTED),
        ("sip-2026-kontroll.yaml", WRONG_DIGIT),
    ]);
    let (json, _) = run(dir.path(), &["stats", "--no-suppress", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("stats JSON");
    let text = v.to_string();
    assert!(text.contains("\"okänt\""), "{text}");
    let (table, _) = run(dir.path(), &["stats", "--no-suppress"]);
    assert!(table.contains("okänt"), "{table}");
}

/// A plan whose values would be formulas in a spreadsheet, in the columns that start with them.
const FORMULAS: &str = r#"id: sip-2026-formel
överenskommelse: samsip-sodra-lappland
status: pågående
samtalsledare: "@SUM(A1:A9)"
individ:
  namn: '=HYPERLINK("http://example.com/?x=1","Klicka")'
initiering:
  datum: 2026-02-02
  part: "-2+3"
övergripande_ansvar:
  part: "+kommun"
  person: "-1+1"
uppföljning:
  nästa: 2026-05-04
"#;

#[test]
fn csv_cells_never_start_a_formula() {
    let dir = folder(&[("sip-2026-formel.yaml", FORMULAS)]);
    let runs: &[&[&str]] = &[
        &["followups", "--format", "csv"],
        &["followups", "sip-2026-formel", "--format", "csv"],
        &["list", "--format", "csv"],
        &["stats", "--no-suppress", "--format", "csv"],
    ];
    for args in runs {
        let (csv, _) = run(dir.path(), args);
        let mut cells = 0;
        for line in csv.lines() {
            for cell in split_csv(line) {
                cells += 1;
                let negative_number = cell
                    .strip_prefix('-')
                    .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || negative_number,
                    "{args:?}: cell {cell:?} starts a formula:\n{csv}"
                );
            }
        }
        assert!(cells > 0, "{args:?} printed no cells");
    }
    let (csv, _) = run(dir.path(), &["followups", "--format", "csv"]);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains("'@SUM(A1:A9)"), "{csv}");
    assert!(csv.contains("'-1+1"), "{csv}");
    let (csv, _) = run(dir.path(), &["list", "--format", "csv"]);
    assert!(csv.contains("'+kommun"), "{csv}");
}

/// The cells of one CSV record (RFC 4180 quoting; the test data holds no newline in a cell).
fn split_csv(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                if let Some(s) = cells.last_mut() {
                    s.push('"')
                }
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(String::new()),
            (c, _) => {
                if let Some(s) = cells.last_mut() {
                    s.push(c);
                }
            }
        }
    }
    cells
}

/// Terminal escapes in plan text: a window title (OSC), a screen clear (CSI), an 8-bit CSI.
const ESCAPES: &str = "id: sip-2026-flykt\növerenskommelse: samsip-sodra-lappland\nstatus: pågående\n\
samtalsledare: \"Erik\\e]0;titel\\aEk\"\nindivid:\n  namn: \"Anna\\e[2J Andersson\"\n\
initiering:\n  datum: 2026-02-02\n  part: kommun\n\
samtycke:\n  datum: 2026-02-02\n  form: muntligt\n  givet_av: individen\n  parter: [kommun]\n\
syfte: \"Syfte\\e]8;;http://example.com\\e\\\\länk\\e]8;;\\e\\\\ och \\u009b31mrött\"\n\
frågeställningar:\n  - \"\\e[1AFråga\"\n\
behov:\n  - id: B1\n    beskrivning: \"Behov\\e[31m\"\n\
mål:\n  - id: M1\n    beskrivning: \"Mål\\r\\e[K\"\n    senast: 2026-09-30\n\
insatser:\n  - id: I1\n    beskrivning: \"Insats\\e[?1049h\"\n    huvudman: kommun\n    slut: 2026-05-09\n    status: pågår\n\
åtgärder_av_andra: []\növergripande_ansvar:\n  part: kommun\n\
möten:\n  - id: MÖ1\n    typ: upprättande\n    tid: 2026-05-12T10:00\n    plats: \"Rum\\e[5m 3\"\n\
uppföljning:\n  nästa: 2026-05-12\n\
okänd_nyckel: \"\\e[2J\"\n";

#[test]
fn escape_sequences_never_reach_stdout_or_stderr_raw() {
    // The file name holds an escape too: it is printed as `-->` path, in lists and messages.
    let dir = folder(&[
        ("sip-2026-flykt.yaml", ESCAPES),
        ("sip-2026-\u{1b}[2J.yaml", "id: x\n"),
    ]);
    let runs: &[&[&str]] = &[
        &["check"],
        &["check", "--format", "github"],
        &["check", "--format", "junit"],
        &["check", "--format", "gitlab"],
        &["check", "--format", "json"],
        &["list"],
        &["list", "--format", "csv"],
        &["list", "--format", "json"],
        &["followups"],
        &["followups", "--format", "csv"],
        &["followups", "--format", "ics", "--names"],
        &["followups", "sip-2026-flykt"],
        &["show", "sip-2026-flykt"],
        &["show", "sip-2026-flykt", "--format", "markdown"],
        &["show", "sip-2026-flykt", "--format", "html"],
        &["agenda", "sip-2026-flykt"],
        &["invitation", "sip-2026-flykt"],
        &["stats", "--no-suppress"],
    ];
    for args in runs {
        let out = sip(dir.path()).args(*args).output().expect("sip runs");
        for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            assert!(
                !bytes.contains(&0x1b) && !bytes.contains(&0x07) && !text.contains('\u{9b}'),
                "{args:?} {name} holds a raw escape:\n{}",
                text.escape_debug()
            );
        }
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
    }
    // Visible instead: the human outputs show the escape as a picture.
    let (human, _) = run(dir.path(), &["check"]);
    assert!(human.contains('␛'), "{human}");
    let (table, _) = run(dir.path(), &["followups", "sip-2026-flykt"]);
    assert!(table.contains("Anna␛[2J Andersson"), "{table}");
}

#[test]
fn a_toml_key_cannot_start_a_workflow_command_on_stderr() {
    let dir = folder(&[("sip-2026-flykt.yaml", ESCAPES)]);
    std::fs::write(
        dir.path().join("sip.toml"),
        "\"\\n::error::hej\\n::add-mask::x\\n  ::stop-commands::abc\" = 1\n",
    )
    .expect("write sip.toml");
    for format in ["github", "human", "json"] {
        let out = sip(dir.path())
            .args(["check", "--format", format])
            .output()
            .expect("sip runs");
        assert_eq!(out.status.code(), Some(2), "a broken sip.toml is exit 2");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("error"), "the key is still named: {stderr}");
        for line in stderr.lines() {
            assert!(
                !line.trim_start().starts_with("::"),
                "a workflow command on stderr: {line:?}\n{stderr}"
            );
        }
    }
    // An argument is echoed by the parser's own error: the same rule holds.
    let out = sip(dir.path())
        .args(["check", "--format", "github", "--nope\n::error::x"])
        .output()
        .expect("sip runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.lines().all(|l| !l.trim_start().starts_with("::")),
        "{stderr}"
    );
}

#[test]
fn markdown_escapes_fences_and_list_starters() {
    let plan = PLANTED
        .replace(
            "syfte: Samordna stödet så att quirina (198705234824) kan arbeta; VENDELA hjälper.",
            "syfte: \"~~~\"",
        )
        .replace(
            "  - Hur kan Zelmbérg och Ornqvist samarbeta?",
            "  - \"1. första\"\n  - \"```\"\n  - \"- punkt\"",
        );
    // The plan document prints the background and the individual's own words as paragraphs of
    // their own (the questions belong to the kallelse).
    let plan = plan.replacen(
        "syfte: \"~~~\"",
        "syfte: \"~~~\"\nbakgrund: \"1. första\"\nindividens_mål: \"- punkt\"",
        1,
    );
    let dir = folder(&[("sip-2026-plantad.yaml", &plan)]);
    let (md, _) = run(
        dir.path(),
        &["show", "sip-2026-plantad", "--format", "markdown"],
    );
    for line in md.lines() {
        let t = line.trim_start();
        assert!(
            !t.starts_with("~~~") && !t.starts_with("```"),
            "a fence: {line:?}\n{md}"
        );
    }
    assert!(md.contains("\\~\\~\\~"), "{md}");
    assert!(md.contains("1\\. första"), "{md}");
    assert!(md.contains("\\- punkt"), "{md}");
}

#[test]
fn init_keeps_printed_documents_and_temp_files_out_of_git() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = sip(dir.path())
        .args(["init", "mapp", "--agreement", "samsip-sodra-lappland"])
        .output()
        .expect("sip runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ignore = std::fs::read_to_string(dir.path().join("mapp/.gitignore")).expect("a .gitignore");
    let patterns: Vec<&str> = ignore
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    for p in [
        "*.html", "*.pdf", "*.ics", "*.csv", "*.xlsx", ".*.tmp", "*.lock",
    ] {
        assert!(patterns.contains(&p), "{p} missing from:\n{ignore}");
    }
    // The plans themselves, the config and the schema are not ignored.
    for kept in ["*.yaml", "*.toml", "*.json"] {
        assert!(!patterns.contains(&kept), "{kept} ignored:\n{ignore}");
    }
}

#[test]
fn the_readme_says_where_the_plans_may_live() {
    let readme = std::fs::read_to_string(common::repo().join("README.md")).expect("README.md");
    let start = readme
        .find("\n## Var planerna får finnas\n")
        .expect("the section exists");
    let section = &readme[start..];
    let section = &section[..section[1..].find("\n## ").map_or(section.len(), |e| e + 1)];
    for words in [
        "private repository",
        "runners the organisation controls",
        "`.gitignore`",
        "the user's responsibility",
    ] {
        assert!(section.contains(words), "{words:?} missing:\n{section}");
    }
    // Both CI examples say it where they are copied from.
    for file in [
        "examples/ci/github-actions.yml",
        "examples/ci/gitlab-ci.yml",
    ] {
        let text = std::fs::read_to_string(common::repo().join(file)).expect("CI example");
        assert!(text.contains("sekretessbelagda"), "{file}");
        assert!(text.contains("organisationen själv driver"), "{file}");
    }
}

/// A misspelt representative's name in `samtycke.givet_av` (S003): the message carries neither
/// the typed value, nor the representatives' names, nor a suggestion among them, in any format.
#[test]
fn a_misspelt_giver_of_consent_is_not_echoed() {
    let plan = r#"id: sip-2026-pii00002
överenskommelse: samsip-sodra-lappland
status: pågående
individ:
  namn: Anna Andersson
  personnummer: "19870523-4824"
  företrädare:
    - namn: Sven Svensson
      roll: god_man
initiering:
  datum: 2026-02-01
  part: kommun
samtycke:
  datum: 2026-02-03
  form: skriftligt
  givet_av: [Sven Svenson, KARIN]
  parter: [kommun, region]
"#;
    let dir = folder(&[("sip-2026-pii00002.yaml", plan)]);
    for lang in ["sv", "en"] {
        for format in ["human", "json", "github", "junit", "gitlab"] {
            let (out, err) = run(dir.path(), &["--lang", lang, "check", "--format", format]);
            assert!(out.contains("S003"), "{format}: {out}");
            assert!(out.contains("givet_av"), "{format}: {out}");
            let folded = fold(&format!("{out}{err}"));
            for name in ["svenson", "svensson", "karin", "sven "] {
                assert!(
                    !folded.contains(name),
                    "{lang} {format} shows {name}:\n{out}"
                );
            }
        }
    }
    let (out, _) = run(dir.path(), &["check", "--format", "github"]);
    assert!(
        out.contains("värdet är varken individen, en roll (vårdnadshavare, förvaltare, god_man) eller namnet på någon under individ.företrädare; se raden"),
        "{out}"
    );
}

/// Personal values shaped like ids, typed where an id belongs: never echoed in a finding
/// message, and masked in the source lines of the human format.
#[test]
fn personal_values_shaped_like_ids_are_not_echoed() {
    let plan = r#"id: sip-2026-pii00003
överenskommelse: samsip-sodra-lappland
status: pågående
individ:
  namn: Anna Andersson
  sysselsättning: anna.andersson
  företrädare:
    - namn: Sven Svensson
      roll: god_man
närstående:
  - namn: Karin Andersson
    relation: mor
initiering:
  datum: 2026-02-01
  part: ANNA
samtycke:
  datum: 2026-02-03
  form: skriftligt
  givet_av: individen
  parter: [kommun, ANDERSSON, 070-123-4567, anna.andersson, karin]
behov:
  - id: ANNA
    beskrivning: x
  - id: ANNA
    beskrivning: y
insatser:
  - id: I1
    beskrivning: z
    huvudman: karin.andersson
    behov: [SVEN]
åtgärder_av_andra: []
övergripande_ansvar:
  part: sven
"#;
    let dir = folder(&[("sip-2026-pii00003.yaml", plan)]);
    for format in ["human", "json", "github", "junit", "gitlab"] {
        let (out, err) = run(dir.path(), &["check", "--format", format]);
        assert!(out.contains("A006"), "{format}: {out}");
        let folded = fold(&format!("{out}{err}"));
        // Whole words: `annan` (an allowed value) is no leak of `anna`.
        let words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).collect();
        for leak in ["anna", "andersson", "karin", "sven"] {
            assert!(!words.contains(&leak), "{format} shows {leak}:\n{out}");
        }
        assert!(!folded.contains("070-123"), "{format}:\n{out}");
    }
}

/// Personnummer in the spellings people write (en dash, spaced dash, glued to letters, `_`, `.`),
/// phone numbers, e-mail addresses and street addresses: none survives an anonymized list, the
/// checklist or a calendar.
#[test]
fn anonymized_lists_and_calendars_drop_contact_details_and_every_personnummer() {
    let plan = r#"id: sip-2026-pii00001
överenskommelse: samsip-sodra-lappland
status: pågående
individ:
  namn: Anna Andersson
  personnummer: "19870523-4824"
initiering:
  datum: 2026-02-01
  part: kommun
samtycke:
  datum: 2026-02-03
  form: skriftligt
  givet_av: individen
  parter: [kommun, region]
syfte: Stöd; Anna nås på 070-123 45 67 eller annaa87@hotmail.com
mål:
  - id: M1
    beskrivning: Arbete
    mått: Anna mejlar annaa87@hotmail.com varje vecka, ring +46 70 123 45 67
    senast: 2026-03-20
insatser:
  - id: I1
    beskrivning: Samtal för Anna 870523–4824 tel +46701234567
    huvudman: kommun
    kontaktperson: Lisa Lind 070-222 33 44
    start: 2026-02-10
    slut: 2026-03-10
    status: pågår
åtgärder_av_andra: []
övergripande_ansvar:
  part: kommun
  person: Lisa Lind 070-222 33 44
möten:
  - id: MÖ1
    typ: uppföljning
    tid: 2026-03-04T10:00
    plats: "Hemma hos Anna, Storgatan 1, tel 070-123 45 67; A 870523–4824 B pnr198705234824 C 19870523 - 4824 D 870523_4824 F 1987-05-23-4824 G 870523.4824 H 08-123 456 78"
uppföljning:
  nästa: 2026-03-04
"#;
    let dir = folder(&[("sip-2026-pii00001.yaml", plan)]);
    let secrets = [
        "4824",
        "198705",
        "870523",
        "070",
        "123 45",
        "1234567",
        "222 33",
        "+46",
        "456 78",
        "annaa87",
        "hotmail",
        "storgatan",
        "andersson",
    ];
    let runs: [&[&str]; 6] = [
        &[
            "followups",
            "--within",
            "60",
            "--anonymize",
            "--format",
            "json",
        ],
        &[
            "followups",
            "--within",
            "60",
            "--anonymize",
            "--format",
            "ics",
        ],
        &["followups", "--within", "60", "--format", "ics"],
        &["followups", "--within", "60", "--anonymize"],
        &["followups", "sip-2026-pii00001", "--anonymize"],
        &[
            "followups",
            "sip-2026-pii00001",
            "--anonymize",
            "--format",
            "json",
        ],
    ];
    let run = |args: &[&str]| {
        let out = common::sip_at(dir.path(), "2026-03-02")
            .args(args)
            .output()
            .expect("sip runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for args in runs {
        let (out, err) = run(args);
        // ICS folds long lines: join them back before looking.
        let text = fold(&out.replace("\r\n ", "").replace("\n ", ""));
        assert!(
            text.contains("aammdd-xxxx") || !args.contains(&"ics"),
            "{args:?}:\n{out}{err}"
        );
        for s in secrets {
            assert!(!text.contains(s), "{args:?} shows {s}:\n{out}");
        }
    }
    let (checklist, _) = run(&["followups", "sip-2026-pii00001", "--anonymize"]);
    for placeholder in ["[telefon]", "[e-post]", "[adress]", "ÅÅMMDD-XXXX"] {
        assert!(
            checklist.contains(placeholder),
            "{placeholder}:\n{checklist}"
        );
    }
}

/// `sip find` shows names and file names as every other text output does (escapes and bidi
/// overrides visible), and so does `sip history` with an author's name and a change.
#[test]
fn find_and_history_show_escapes_and_bidi_overrides_visibly() {
    let dir = folder(&[]);
    let d = dir.path();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(d)
            .args(["-c", "user.name=Eve\u{202e}\u{1b}]0;T\u{7} evil"])
            .args(["-c", "user.email=eve@example.org"])
            .args(args)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    let new = sip(d)
        .args([
            "-q",
            "new",
            "--name",
            "Evil\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{202e}RTL",
        ])
        .args([
            "--birth-date",
            "1990-01-01",
            "--initiated-by",
            "kommun",
            "--date",
            "2026-03-02",
        ])
        .output()
        .expect("sip runs");
    assert!(
        new.status.success(),
        "{}",
        String::from_utf8_lossy(&new.stderr)
    );
    let id = String::from_utf8_lossy(&new.stdout).trim().to_string();
    std::fs::copy(
        d.join(format!("{id}.yaml")),
        d.join("x\u{1b}]0;FILE\u{7}.yaml"),
    )
    .expect("copy");
    git(&["add", "-A"]);
    git(&["commit", "-qm", "ny plan"]);
    let need = sip(d)
        .args(["-q", "need", "add", &id, "need \u{202e}RTL\u{2066} x"])
        .output()
        .expect("sip runs");
    assert!(
        need.status.success(),
        "{}",
        String::from_utf8_lossy(&need.stderr)
    );
    git(&["commit", "-qam", "behov"]);
    let raw = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes);
        bytes.contains(&0x1b)
            || bytes.contains(&0x07)
            || text
                .chars()
                .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
    };
    let find = sip(d).args(["find", "Evil"]).output().expect("sip runs");
    let found = String::from_utf8_lossy(&find.stdout);
    assert!(
        !raw(&find.stdout) && !raw(&find.stderr),
        "{}",
        found.escape_debug()
    );
    assert!(found.contains("Evil␛]0;PWNED␇␛[2J<U+202E>RTL"), "{found}");
    assert!(found.contains("x␛]0;FILE␇.yaml"), "{found}");
    let history = sip(d).args(["history", &id]).output().expect("sip runs");
    let shown = String::from_utf8_lossy(&history.stdout);
    assert!(
        !raw(&history.stdout) && !raw(&history.stderr),
        "{}",
        shown.escape_debug()
    );
    assert!(shown.contains("Eve<U+202E>␛]0;T␇ evil"), "{shown}");
    assert!(shown.contains("<U+202E>RTL<U+2066>"), "{shown}");
}
