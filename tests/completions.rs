//! `sip completions SHELL` and `sip man`: scripts and the man page come from the same argument
//! definitions as the parser, print to stdout, and an unknown shell is a usage error (exit 2).

mod common;

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

#[test]
fn man_page_is_roff_with_every_command() {
    let page = stdout(&["man"]);
    assert!(page.contains(".TH sip 1"));
    assert!(page.contains(".SH NAME"));
    for cmd in ["check", "schema", "completions", "rules"] {
        assert!(page.contains(cmd), "{cmd}");
    }
    assert!(page.contains(".SH \"EXIT STATUS\"") && page.contains("SIP_TODAY"));
}
