//! `sip completions SHELL` and `sip man`: scripts and the man page come from the same argument
//! definitions as the parser, print to stdout, and an unknown shell is a usage error (exit 2).
//! The bash script is run by bash itself, as a shell would at a <TAB>, and offers exactly the
//! values each flag accepts; the man page is rendered by groff with every warning on.

use crate::common;

use common::sip;

fn stdout(args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = sip(dir.path())
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

#[test]
fn bash_completion_knows_commands_and_flags() {
    let script = stdout(&["completions", "bash"]);
    assert!(script.contains("check"));
    assert!(script.contains("--format"));
    assert!(
        script.contains("complete -F"),
        "a bash completion function is registered"
    );
    // The format values of `sip check` are offered.
    assert!(script.contains("gitlab") && script.contains("junit"));
}

#[test]
fn every_documented_shell_is_supported() {
    for (shell, mark) in [
        ("zsh", "#compdef sip"),
        ("fish", "complete -c sip"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion"),
    ] {
        assert!(stdout(&["completions", shell]).contains(mark), "{shell}");
    }
}

#[test]
fn unknown_shell_exits_2_listing_the_valid_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = sip(dir.path())
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    for s in ["tcsh", "bash", "zsh", "fish", "powershell"] {
        assert!(err.contains(s), "{err}");
    }
}

/// What bash offers at a <TAB> after `words` (the last one is the word being completed), with
/// the completion function of `sip completions bash` loaded.
fn bash_offers(words: &[&str]) -> Option<Vec<String>> {
    use std::io::Write;
    let mut script = tempfile::NamedTempFile::new().expect("temp file");
    script
        .write_all(stdout(&["completions", "bash"]).as_bytes())
        .expect("write");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let line = words.join(" ");
    let program = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; COMP_LINE='{line}'; COMP_POINT={}; \
         _sip sip '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.path().display(),
        quoted.join(" "),
        words.len() - 1,
        line.len(),
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let out = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut offered: Vec<String> = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('-'))
        .map(str::to_string)
        .collect();
    offered.sort();
    Some(offered)
}

fn sorted(values: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = values.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

#[test]
fn bash_offers_exactly_the_values_each_flag_accepts() {
    use sip::model::enums::{ClosingReason, Gender, InterventionStatus, MeetingKind, Status};
    let Some(shells) = bash_offers(&["sip", "completions", ""]) else {
        assert!(std::env::var_os("SIP_REQUIRE_TOOLS").is_none(), "no bash");
        println!("note: no bash; the completion test is skipped");
        return;
    };
    assert_eq!(
        shells,
        sorted(&["bash", "elvish", "fish", "powershell", "zsh"])
    );
    let cases: [(&[&str], Vec<String>); 9] = [
        (
            &["sip", "list", "--format", ""],
            sorted(&["table", "json", "csv", "xlsx"]),
        ),
        (
            &["sip", "stats", "--format", ""],
            sorted(&["table", "json", "csv", "xlsx"]),
        ),
        (
            &["sip", "followups", "--format", ""],
            sorted(&["table", "json", "csv", "ics", "xlsx"]),
        ),
        (&["sip", "list", "--status", ""], sorted(Status::ALL)),
        (&["sip", "status", "p", ""], sorted(Status::ALL)),
        (
            &["sip", "close", "p", "--reason", ""],
            sorted(ClosingReason::ALL),
        ),
        (
            &["sip", "meeting", "add", "p", "--kind", ""],
            sorted(MeetingKind::ALL),
        ),
        (
            &["sip", "intervention", "set", "p", "I1", "--status", ""],
            sorted(InterventionStatus::ALL),
        ),
        (&["sip", "new", "--gender", ""], sorted(Gender::ALL)),
    ];
    for (words, want) in cases {
        assert_eq!(bash_offers(words), Some(want), "{words:?}");
    }
}

#[test]
fn man_page_is_roff_with_every_command() {
    let page = stdout(&["man"]);
    assert!(page.contains(".TH sip 1"));
    assert!(page.contains(".SH NAMN"));
    for cmd in ["check", "schema", "completions", "rules", "meeting add"] {
        assert!(page.contains(&format!("\\fBsip {cmd}\\fR")), "{cmd}");
    }
    assert!(page.contains(".SH SLUTKODER") && page.contains("SIP_TODAY"));
    assert!(page.is_ascii(), "letters are groff escapes");
    let page = stdout(&["--lang", "en", "man"]);
    assert!(page.contains(".SH NAME") && page.contains(".SH \"EXIT STATUS\""));
}

#[test]
fn man_page_renders_without_groff_warnings_and_names_no_missing_page() {
    use std::io::Write;
    let overstrike = regex::Regex::new(r".\x08").expect("regex");
    let pages = regex::Regex::new(r"[a-z][a-z0-9_-]*\([0-9]\)").expect("regex");
    for lang in ["sv", "en"] {
        let page = stdout(&["--lang", lang, "man"]);
        let mut file = tempfile::NamedTempFile::new().expect("temp file");
        file.write_all(page.as_bytes()).expect("write");
        let Ok(out) = std::process::Command::new("groff")
            .args(["-man", "-Tutf8", "-ww"])
            .arg(file.path())
            .env("GROFF_NO_SGR", "1")
            .output()
        else {
            assert!(std::env::var_os("SIP_REQUIRE_TOOLS").is_none(), "no groff");
            println!("note: no groff; the man page test is skipped");
            return;
        };
        assert!(out.status.success());
        let warnings = String::from_utf8_lossy(&out.stderr);
        assert!(warnings.is_empty(), "groff -ww:\n{warnings}");
        // Plain text: overstrike (bold x as x\bx) taken out.
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        let plain = overstrike.replace_all(&text, "");
        if lang == "sv" {
            assert!(plain.contains("överenskommelse"), "{plain}");
            assert!(plain.contains("sip meeting add"), "{plain}");
        }
        // The only page named is this one.
        let named: std::collections::BTreeSet<&str> =
            pages.find_iter(&plain).map(|m| m.as_str()).collect();
        assert_eq!(named.into_iter().collect::<Vec<_>>(), ["sip(1)"], "{lang}");
    }
}
