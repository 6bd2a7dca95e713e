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

/// The script of `sip completions SHELL`, written to a file.
fn script(shell: &str) -> tempfile::NamedTempFile {
    use std::io::Write;
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(stdout(&["completions", shell]).as_bytes())
        .expect("write");
    f
}

/// Run `shell` with `program` in the demo plan folder, with this `sip` first on PATH (the scripts
/// call `sip __complete`). `None` when the shell is not installed (then the test fails under
/// SIP_REQUIRE_TOOLS).
fn in_shell(shell: &str, args: &[&str], program: &str) -> Option<Vec<String>> {
    let demo = common::demo();
    let Ok(out) = std::process::Command::new(shell)
        .args(args)
        .arg(program)
        .current_dir(demo.path())
        .env("PATH", common::path_with_sip())
        .env("NO_COLOR", "1")
        .env_remove("SIP_LANG")
        .output()
    else {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "{shell} is not installed"
        );
        println!("note: no {shell}; its completion test is skipped");
        return None;
    };
    assert!(
        out.status.success(),
        "{shell}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut lines: Vec<String> = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    lines.sort();
    Some(lines)
}

/// What bash offers at a <TAB> after `line` (its last word is completed), through the function
/// the script registers.
fn bash_tab(line: &str) -> Option<Vec<String>> {
    let script = script("bash");
    let mut words: Vec<&str> = line.split(' ').collect();
    if line.ends_with(' ') {
        words.pop();
        words.push("");
    }
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}'; f=$(complete -p sip | sed 's/.*-F \\([^ ]*\\).*/\\1/'); \
         COMP_WORDS=({}); COMP_CWORD={}; COMP_LINE='{line}'; COMP_POINT={}; \
         \"$f\" sip '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.path().display(),
        quoted.join(" "),
        words.len() - 1,
        line.len(),
        words[words.len() - 1],
        words[words.len() - 2],
    );
    in_shell("bash", &["--norc", "--noprofile", "-c"], &program)
}

/// What fish offers for `line` (`complete -C`), values only (descriptions cut off).
fn fish_tab(line: &str, lang_en: bool) -> Option<Vec<String>> {
    let script = script_lang("fish", lang_en);
    let program = format!("source '{}'; complete -C'{line}'", script.path().display());
    in_shell("fish", &["--no-config", "-c"], &program)
}

fn script_lang(shell: &str, en: bool) -> tempfile::NamedTempFile {
    use std::io::Write;
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    let args: &[&str] = if en {
        &["--lang", "en", "completions", shell]
    } else {
        &["completions", shell]
    };
    f.write_all(stdout(args).as_bytes()).expect("write");
    f
}

/// What zsh's completer of the script adds for `line`: `compadd` and `compdef` are stood in
/// for (they need an interactive completion system), the rest is the script as written.
fn zsh_tab(line: &str) -> Option<Vec<String>> {
    let script = script("zsh");
    let mut words: Vec<String> = line.split(' ').map(|w| format!("'{w}'")).collect();
    if line.ends_with(' ') {
        words.pop();
        words.push("''".to_string());
    }
    let program = format!(
        "compdef() {{ }}; compadd() {{ [[ $1 == -a ]] && print -l -- ${{(P)2}} }}; \
         source '{}'; _sip() {{ print -- STATIC }}; \
         words=({}); CURRENT=${{#words}}; _sip_dynamic",
        script.path().display(),
        words.join(" "),
    );
    in_shell("zsh", &["-f", "-c"], &program)
}

fn demo_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(common::repo().join("examples/demo"))
        .expect("demo")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".yaml").map(str::to_string)
        })
        .collect();
    ids.sort();
    ids
}

const FORMATS: [&str; 6] = ["github", "gitlab", "human", "json", "junit", "sarif"];

#[test]
fn bash_completes_aliases_plan_ids_and_agreement_ids() {
    let Some(aliases) = bash_tab("sip kontr") else {
        return;
    };
    assert_eq!(aliases, sorted(&["kontrollera"]));
    assert_eq!(
        bash_tab("sip kontrollera --format "),
        Some(sorted(&FORMATS))
    );
    assert_eq!(bash_tab("sip visa "), Some(demo_ids()));
    assert_eq!(
        bash_tab("sip show sip-2026-e"),
        Some(sorted(&["sip-2026-e6b1ku9r"]))
    );
    assert_eq!(bash_tab("sip meeting held "), Some(demo_ids()));
    let agreements = bash_tab("sip new --agreement ").expect("bash");
    assert!(
        agreements.contains(&"orebro-lan".to_string()),
        "{agreements:?}"
    );
    assert!(
        !agreements.iter().any(|a| a.ends_with(".yaml")),
        "{agreements:?}"
    );
    // Flags and subcommands still come from the generated script.
    let flags = bash_tab("sip check --for").expect("bash");
    assert_eq!(flags, sorted(&["--format"]));
    assert_eq!(
        bash_tab("sip completions "),
        Some(sorted(&["bash", "elvish", "fish", "powershell", "zsh"]))
    );
}

#[test]
fn zsh_completes_aliases_plan_ids_and_agreement_ids() {
    let Some(formats) = zsh_tab("sip kontrollera --format ") else {
        return;
    };
    assert_eq!(formats, sorted(&FORMATS));
    assert_eq!(zsh_tab("sip visa "), Some(demo_ids()));
    let agreements = zsh_tab("sip ny --agreement ").expect("zsh");
    assert!(
        agreements.contains(&"orebro-lan".to_string()),
        "{agreements:?}"
    );
    // What sip __complete leaves alone goes to the generated completer.
    assert_eq!(zsh_tab("sip check --for"), Some(vec!["STATIC".to_string()]));
    // The generated completer lists the aliases as commands.
    let text = stdout(&["completions", "zsh"]);
    for alias in ["kontrollera", "visa", "uppföljning", "dagordning"] {
        assert!(text.contains(&format!("'{alias}:")), "{alias}");
    }
}

#[test]
fn fish_completes_aliases_ids_and_values_never_files_for_values() {
    let Some(aliases) = fish_tab("sip kontr", false) else {
        return;
    };
    assert!(
        aliases.iter().any(|a| a.starts_with("kontrollera\t")),
        "{aliases:?}"
    );
    let formats = fish_tab("sip kontrollera --format ", false).expect("fish");
    let names: Vec<&str> = formats
        .iter()
        .map(|f| f.split('\t').next().unwrap_or(""))
        .collect();
    assert_eq!(names, FORMATS.to_vec());
    // The formats are described in Swedish, and in English with --lang en.
    assert!(
        formats
            .iter()
            .any(|f| f == "json\tJSON: fynden och en summering"),
        "{formats:?}"
    );
    let en = fish_tab("sip kontrollera --format ", true).expect("fish");
    assert!(
        en.iter()
            .any(|f| f == "json\tJSON: the findings and a summary"),
        "{en:?}"
    );
    // No file names where a value or a plan is wanted.
    let shells = fish_tab("sip completions ", false).expect("fish");
    let names: Vec<&str> = shells
        .iter()
        .map(|f| f.split('\t').next().unwrap_or(""))
        .collect();
    assert_eq!(names, vec!["bash", "elvish", "fish", "powershell", "zsh"]);
    let langs = fish_tab("sip --lang ", false).expect("fish");
    let names: Vec<&str> = langs
        .iter()
        .map(|f| f.split('\t').next().unwrap_or(""))
        .collect();
    assert_eq!(names, vec!["en", "sv"]);
    let plans = fish_tab("sip show ", false).expect("fish");
    assert_eq!(plans, demo_ids());
    let agreements = fish_tab("sip new --agreement ", false).expect("fish");
    let names: Vec<&str> = agreements
        .iter()
        .map(|f| f.split('\t').next().unwrap_or(""))
        .collect();
    assert!(names.contains(&"orebro-lan"), "{agreements:?}");
    assert!(
        !names
            .iter()
            .any(|a| a.contains(".yaml") || a.contains("sip.toml")),
        "{names:?}"
    );
}
