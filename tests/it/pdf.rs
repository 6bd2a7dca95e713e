//! `--format pdf` (SPEC §4 v2) run as the real binary on the demo plans and read back with
//! poppler's `pdfinfo` and `pdftotext`, as a reader's PDF viewer would: A4, the individual's name
//! with å, ä and ö intact, "Sida 1 av N" on the first page, and no section of the largest plan
//! split across a page break; every document, and the board report, tagged (PDF/UA-1) and
//! archival (PDF/A-2b), read back with pikepdf, with no personal data in its metadata and no page
//! without text. Skips (saying so)
//! when poppler-utils or pikepdf is not installed; CI installs both.

use std::path::Path;
use std::process::Command as Std;

use crate::common::{demo, repo, sip};

fn poppler() -> bool {
    let ok = Std::new("pdftotext").arg("-v").output().is_ok()
        && Std::new("pdfinfo").arg("-v").output().is_ok();
    if !ok {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "poppler-utils (pdftotext, pdfinfo) not installed"
        );
        eprintln!("note: poppler-utils (pdftotext, pdfinfo) not installed; the PDF checks skipped");
    }
    ok
}

/// Write the PDF of `args` to a file and return its path.
fn pdf(dir: &Path, name: &str, args: &[&str]) -> std::path::PathBuf {
    let out = dir.join(name);
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--format", "pdf", "-o", out.to_str().expect("UTF-8 path")]);
    sip(dir).args(&all).assert().success().stdout("");
    out
}

fn pages(file: &Path) -> usize {
    let info = Std::new("pdfinfo")
        .arg(file)
        .output()
        .expect("pdfinfo runs");
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("(A4)"), "not A4: {info}");
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

/// The text of one page, whitespace collapsed.
fn page_text(file: &Path, page: usize) -> String {
    let n = page.to_string();
    let out = Std::new("pdftotext")
        .args(["-f", &n, "-l", &n, "-enc", "UTF-8"])
        .arg(file)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8(out.stdout)
        .expect("UTF-8 text")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_document_is_a4_with_the_name_and_page_numbers() {
    if !poppler() {
        return;
    }
    let dir = demo();
    let plans = [
        ("sip-2026-u9g4mc1a", "Gunnel Åberg"),
        ("sip-2026-z3p6hs8d", "Marcus Öberg"),
        ("sip-2026-e6b1ku9r", "Elias Holm"),
    ];
    // Every document of one plan in `cargo test`, of all three under SIP_STRESS=1.
    for &(id, name) in &plans[..crate::common::sized(1, plans.len())] {
        let docs: [(&str, Vec<&str>); 6] = [
            ("show", vec!["show", id]),
            ("agenda", vec!["agenda", id]),
            ("invitation", vec!["invitation", id]),
            ("to-individen", vec!["invitation", id, "--to", "individen"]),
            ("to-region", vec!["invitation", id, "--to", "region"]),
            ("protocol", vec!["protocol", id]),
        ];
        for (what, args) in docs {
            let file = pdf(dir.path(), &format!("{id}-{what}.pdf"), &args);
            let n = pages(&file);
            let first = page_text(&file, 1);
            assert!(first.contains(name), "{id} {what}: {first}");
            assert!(first.contains(id), "{id} {what}: {first}");
            assert!(
                first.contains(&format!("Sida 1 av {n}")),
                "{id} {what}: {first}"
            );
            let last = page_text(&file, n);
            assert!(last.contains(name), "{id} {what}: no name on the last page");
            assert!(last.contains(&format!("Sida {n} av {n}")), "{id} {what}");
            for bad in ["Varning", "VARNING", "⚠", "sip meeting"] {
                assert!(!first.contains(bad), "{id} {what}: {bad}");
            }
        }
    }
}

#[test]
fn no_section_of_the_largest_plan_is_split_across_pages() {
    if !poppler() {
        return;
    }
    let dir = demo();
    // The demo plan with the most lines.
    let largest = std::fs::read_dir(repo().join("examples/demo"))
        .expect("demo folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .max_by_key(|p| std::fs::read_to_string(p).map_or(0, |t| t.lines().count()))
        .expect("a demo plan");
    let id = largest.file_stem().and_then(|s| s.to_str()).expect("an id");
    let file = pdf(dir.path(), "largest.pdf", &["show", id]);
    let n = pages(&file);
    assert!(n >= 2, "the largest plan fills more than one page: {n}");
    let texts: Vec<String> = (1..=n).map(|p| page_text(&file, p)).collect();
    let json = sip(dir.path())
        .args(["show", id, "--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let mut checked = 0;
    for s in v["sections"].as_array().expect("sections") {
        let heading = s["heading"].as_str().expect("heading");
        let mut strings = Vec::new();
        collect(&s["blocks"], &mut strings);
        let last = strings.last().expect("a section has text");
        // The last text's first words: on the heading's page, after the heading.
        let snippet: String = last
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        let (page, at) = texts
            .iter()
            .enumerate()
            .find_map(|(i, t)| t.find(heading).map(|at| (i, at)))
            .unwrap_or_else(|| panic!("heading {heading} on no page"));
        assert!(
            texts[page][at..].contains(&snippet),
            "section {heading} is split: {snippet:?} is not on page {}",
            page + 1
        );
        checked += 1;
    }
    assert!(checked >= 10, "{checked} sections checked");
}

#[test]
fn pdf_goes_to_a_redirected_stdout_and_starts_as_a_pdf() {
    let dir = demo();
    let out = sip(dir.path())
        .args(["show", "sip-2026-z3p6hs8d", "--format", "pdf"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"%PDF-"), "not a PDF");
    // The same plan gives the same bytes: nothing in the file depends on the clock.
    let again = sip(dir.path())
        .args(["show", "sip-2026-z3p6hs8d", "--format", "pdf"])
        .output()
        .expect("runs");
    assert_eq!(out.stdout, again.stdout);
}

/// Every string under a JSON value, in order (the text of a section's blocks).
fn collect(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) if !s.is_empty() => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        serde_json::Value::Object(o) => o
            .iter()
            .filter(|(k, _)| k.as_str() != "type")
            .for_each(|(_, x)| collect(x, out)),
        _ => {}
    }
}

/// The whole text layer of a PDF, every whitespace removed (lines broken inside a word join up).
fn all_text(file: &Path) -> String {
    let out = Std::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8(out.stdout)
        .expect("UTF-8 text")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// A Teams link (243 characters) in a kallelse: broken over lines at its `/`, `?`, `&`, `=` and
/// `-`, all of it in the text layer, none of it past the margin.
const TEAMS: &str = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmY2NjQ5YTEtYjQ4Ni00NzFhLWE2ZGYtYjU1ZDY3ODk1ZjIz%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%2211111111-2222-3333-4444-555555555555%22%7d";

fn long_token_plan(syfte: &str) -> String {
    format!(
        r#"id: sip-2026-langtord
överenskommelse: samsip-sodra-lappland
status: utkast
individ:
  namn: Anna Andersson
  födelsedatum: 1990-01-01
initiering:
  datum: 2026-03-02
  part: kommun
samtycke:
  datum: 2026-03-02
  form: muntligt
  givet_av: individen
  parter: [kommun]
syfte: {syfte}
inriktning: arbetslivsinriktad_rehabilitering
möten:
  - id: MÖ1
    typ: upprättande
    tid: 2026-03-24T13:00
    plats: Kommunhuset
    digitalt: "{TEAMS}"
    deltagare:
      - namn: Anna Andersson
        roll: individen
"#
    )
}

#[test]
fn a_long_link_in_an_invitation_is_complete() {
    if !poppler() {
        return;
    }
    assert_eq!(TEAMS.len(), 243);
    let dir = crate::common::plan_folder("\"överenskommelse\" = \"samsip-sodra-lappland\"\n");
    std::fs::write(
        dir.path().join("sip-2026-langtord.yaml"),
        long_token_plan("x"),
    )
    .expect("write");
    let file = pdf(
        dir.path(),
        "kallelse.pdf",
        &["invitation", "sip-2026-langtord", "--meeting", "MÖ1"],
    );
    let text = all_text(&file);
    assert!(text.contains(TEAMS), "the link is cut: {text}");
}

#[test]
fn a_word_longer_than_many_lines_keeps_every_character() {
    if !poppler() {
        return;
    }
    // `q`: no other text of the document has one. 200,000 of them under SIP_STRESS=1.
    let n = crate::common::sized(20_000, 200_000);
    let word = "q".repeat(n);
    let dir = crate::common::plan_folder("\"överenskommelse\" = \"samsip-sodra-lappland\"\n");
    std::fs::write(
        dir.path().join("sip-2026-langtord.yaml"),
        long_token_plan(&word),
    )
    .expect("write");
    let file = pdf(dir.path(), "plan.pdf", &["show", "sip-2026-langtord"]);
    let text = all_text(&file);
    let shown = text.chars().filter(|&c| c == 'q').count();
    assert_eq!(shown, n, "characters of the word are missing");
}

/// Whether Python's pikepdf is there to read a PDF's catalog and XMP back; a failure, not a skip,
/// when `SIP_REQUIRE_TOOLS` is set (CI installs it).
fn pikepdf() -> bool {
    let ok = Std::new("python3")
        .args(["-c", "import pikepdf"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "pikepdf not installed"
        );
        eprintln!("note: pikepdf not installed; the PDF/UA and PDF/A checks skipped");
    }
    ok
}

/// Read back, with pikepdf: the catalog's `/Lang`, `/ViewerPreferences/DisplayDocTitle`, the
/// structure types under `/StructTreeRoot` (sorted), and the XMP's PDF/UA and PDF/A parts.
const READ_BACK: &str = r#"import pikepdf, sys
p = pikepdf.open(sys.argv[1])
r = p.Root
m = p.open_metadata()
kinds = set()
todo = [r.StructTreeRoot.K]
while todo:
    e = todo.pop()
    if isinstance(e, pikepdf.Array):
        todo.extend(e)
    elif isinstance(e, pikepdf.Dictionary) and '/S' in e:
        kinds.add(str(e.S))
        if '/K' in e:
            todo.append(e.K)
print(r.Lang)
print(bool(r.ViewerPreferences.DisplayDocTitle))
print(' '.join(sorted(kinds)))
print(m.get('pdfuaid:part'), m.get('pdfaid:part'), m.get('pdfaid:conformance'))
"#;

#[test]
fn every_document_is_tagged_accessible_and_archival_without_personal_metadata() {
    if !poppler() {
        return;
    }
    let read_back = pikepdf();
    let dir = demo();
    // A plan with a personnummer and one with a date of birth; Swedish and English.
    let cases = [
        (
            "sip-2026-u9g4mc1a",
            ["Gunnel", "Åberg", "19420329-1408"].as_slice(),
            "sv",
        ),
        (
            "sip-2026-z3p6hs8d",
            ["Marcus", "Öberg", "1979"].as_slice(),
            "en",
        ),
    ];
    for (id, personal, lang) in cases {
        let kinds: [(&str, &str, &str, Vec<&str>); 6] = [
            (
                "show",
                "Samordnad individuell plan",
                "Coordinated individual plan",
                vec!["show", id],
            ),
            ("agenda", "Dagordning", "Agenda", vec!["agenda", id]),
            (
                "invitation",
                "Kallelse",
                "Invitation",
                vec!["invitation", id],
            ),
            (
                "to-individen",
                "Kallelse",
                "Invitation",
                vec!["invitation", id, "--to", "individen"],
            ),
            (
                "to-region",
                "Kallelse",
                "Invitation",
                vec!["invitation", id, "--to", "region"],
            ),
            (
                "protocol",
                "Minnesanteckningar",
                "Minutes",
                vec!["protocol", id],
            ),
        ];
        for (what, sv, en, args) in kinds {
            let mut all = vec!["--lang", lang];
            all.extend(args);
            let file = pdf(dir.path(), &format!("{id}-{what}-{lang}.pdf"), &all);
            let info = Std::new("pdfinfo")
                .arg(&file)
                .output()
                .expect("pdfinfo runs");
            let info = String::from_utf8_lossy(&info.stdout).to_string();
            assert!(
                info.lines().any(|l| l == "Tagged:          yes"),
                "{id} {what}: {info}"
            );
            let kind = if lang == "sv" { sv } else { en };
            assert!(
                info.lines()
                    .any(|l| l == format!("Title:           {kind} – {id}")),
                "{id} {what}: {info}"
            );
            for p in personal {
                assert!(
                    !info.contains(p),
                    "{id} {what}: {p} in the metadata: {info}"
                );
            }
            // Every page holds text of the document, not only the running head and number.
            let n = pages(&file);
            for page in 1..=n {
                let text = page_text(&file, page);
                let head = text.find(id).map_or(0, |i| i + id.len());
                let body = text[head..]
                    .replace(&format!("Sida {page} av {n}"), "")
                    .replace(&format!("Page {page} of {n}"), "");
                assert!(
                    !body.trim().is_empty(),
                    "{id} {what}: page {page} of {n} holds no text: {text}"
                );
            }
            if !read_back {
                continue;
            }
            let o = Std::new("python3")
                .args(["-c", READ_BACK])
                .arg(&file)
                .output()
                .expect("python3 runs");
            let out = String::from_utf8_lossy(&o.stdout);
            let lines: Vec<&str> = out.lines().collect();
            assert_eq!(
                lines.len(),
                4,
                "{id} {what}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            let want_lang = if lang == "sv" { "sv-SE" } else { "en-GB" };
            assert_eq!(lines[0], want_lang, "{id} {what}");
            assert_eq!(lines[1], "True", "{id} {what}: DisplayDocTitle");
            for tag in [
                "/Document",
                "/H1",
                "/H2",
                "/P",
                "/L",
                "/LI",
                "/Lbl",
                "/LBody",
                "/Table",
                "/TR",
                "/TH",
                "/TD",
            ] {
                assert!(
                    lines[2].split(' ').any(|t| t == tag),
                    "{id} {what}: no {tag} in {}",
                    lines[2]
                );
            }
            assert_eq!(
                lines[3], "1 2 B",
                "{id} {what}: PDF/UA part, PDF/A part and level"
            );
        }
    }
}

/// The board report's PDF, like the documents': tagged (PDF/UA-1, with headings, paragraphs and
/// tables in its structure), archival (PDF/A-2b), its language and title set, the title shown
/// by the viewer, text on every page, and each agreement under its name.
#[test]
fn the_board_report_is_tagged_accessible_and_archival() {
    if !poppler() {
        return;
    }
    let read_back = pikepdf();
    let dir = demo();
    for (lang, title, want_lang) in [
        ("sv", "Rapport om SIP-arbetet", "sv-SE"),
        ("en", "Report on the SIP work", "en-GB"),
    ] {
        let file = pdf(
            dir.path(),
            &format!("rapport-{lang}.pdf"),
            &[
                "--lang",
                lang,
                "report",
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
            ],
        );
        let info = Std::new("pdfinfo")
            .arg(&file)
            .output()
            .expect("pdfinfo runs");
        let info = String::from_utf8_lossy(&info.stdout).to_string();
        assert!(
            info.lines().any(|l| l == "Tagged:          yes"),
            "{lang}: {info}"
        );
        assert!(
            info.lines()
                .any(|l| l == format!("Title:           {title} – 2026-01-01–2026-12-31")),
            "{lang}: {info}"
        );
        let n = pages(&file);
        let mut all = String::new();
        for page in 1..=n {
            let text = page_text(&file, page);
            let body = text
                .replace(&format!("Sida {page} av {n}"), "")
                .replace(&format!("Page {page} of {n}"), "");
            assert!(!body.trim().is_empty(), "{lang}: page {page} holds no text");
            all.push_str(&text);
            all.push(' ');
        }
        assert!(
            all.contains("SamSIP – Samordningsförbundet Södra Lappland"),
            "{lang}: {all}"
        );
        assert!(!all.contains("samsip-sodra-lappland"), "{lang}: {all}");
        if !read_back {
            continue;
        }
        let o = Std::new("python3")
            .args(["-c", READ_BACK])
            .arg(&file)
            .output()
            .expect("python3 runs");
        let out = String::from_utf8_lossy(&o.stdout);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines.len(),
            4,
            "{lang}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(lines[0], want_lang, "{lang}");
        assert_eq!(lines[1], "True", "{lang}: DisplayDocTitle");
        for tag in [
            "/Document",
            "/H1",
            "/H2",
            "/P",
            "/Table",
            "/THead",
            "/TBody",
            "/TR",
            "/TH",
            "/TD",
        ] {
            assert!(
                lines[2].split(' ').any(|t| t == tag),
                "{lang}: no {tag} in {}",
                lines[2]
            );
        }
        assert_eq!(
            lines[3], "1 2 B",
            "{lang}: PDF/UA part, PDF/A part and level"
        );
    }
}

/// Each kind of letter and the overview kallelse, read back from the PDF: every text of the
/// document (title, header, headings, paragraphs, list items, footer) is in the PDF's text layer,
/// å, ä and ö intact; the plan id only in the page head, never as the letter's own text.
#[test]
fn every_kind_of_letter_reads_back_from_its_pdf() {
    if !poppler() {
        return;
    }
    let dir = demo();
    let cases: &[(&str, &[&str])] = &[
        // The overview kallelse, a young person's own letter, a guardian's, a kallelse to the
        // kommun and to the region.
        ("sip-2026-e6b1ku9r", &[]),
        ("sip-2026-e6b1ku9r", &["--to", "individen"]),
        ("sip-2026-e6b1ku9r", &["--to", "Maria Holm"]),
        ("sip-2026-e6b1ku9r", &["--to", "kommun"]),
        ("sip-2026-e6b1ku9r", &["--to", "region"]),
        // An adult's own letter, a relative's, an inbjudan to AF and to FK.
        ("sip-2026-c5v9dj2e", &["--to", "individen"]),
        ("sip-2026-c5v9dj2e", &["--to", "Alex Nyström"]),
        ("sip-2026-c5v9dj2e", &["--to", "af"]),
        ("sip-2026-c5v9dj2e", &["--to", "fk"]),
    ];
    for (n, (id, to)) in cases.iter().enumerate() {
        let mut args = vec!["invitation", id];
        args.extend_from_slice(to);
        let file = pdf(dir.path(), &format!("letter{n}.pdf"), &args);
        let text = all_text(&file);
        let mut json_args = args.clone();
        json_args.extend(["--format", "json"]);
        let out = sip(dir.path()).args(&json_args).output().expect("runs");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let mut strings = Vec::new();
        for key in ["title", "subtitle", "header", "sections", "footer"] {
            collect(&v[key], &mut strings);
        }
        assert!(strings.len() >= 10, "{args:?}: {strings:?}");
        for s in &strings {
            let squeezed: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(
                text.contains(&squeezed),
                "{args:?}: {s:?} is not in the PDF's text:\n{text}"
            );
        }
        if !to.is_empty() {
            // The plan id is on the page head of each page, not in the letter itself.
            let pages = pages(&file);
            assert_eq!(text.matches(id).count(), pages, "{args:?}: {text}");
        }
    }
}
