//! clap's help, usage and argument errors in Swedish by default and in English with `--lang en`:
//! `sip --help` and every subcommand's `--help` (and `-h`) are scanned for English words.

use crate::common;

use sip::i18n::Lang;

/// Every command path below `sip` (`["meeting", "add"]`), from the same command tree the binary
/// parses with.
fn paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: &[String], out: &mut Vec<Vec<String>>) {
        out.push(path.to_vec());
        for sub in cmd.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            let mut p = path.to_vec();
            p.push(sub.get_name().to_string());
            walk(sub, &p, out);
        }
    }
    let mut out = Vec::new();
    walk(&sip::cli::clap_lang::command(Lang::Sv), &[], &mut out);
    out
}

fn run(args: &[&str]) -> (i32, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = common::sip(dir.path()).args(args).output().expect("runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

/// clap's English phrases, and English words that are not Swedish.
const PHRASES: &[&str] = &[
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "Print",
    "possible values",
    "default:",
    "aliases",
    "[env",
    "see more",
    "see a summary",
    "For more information",
    "error:",
    "[OPTIONS]",
    "COMMAND",
];
const WORDS: &[&str] = &[
    "the",
    "and",
    "of",
    "for",
    "with",
    "this",
    "given",
    "show",
    "print",
    "file",
    "files",
    "folder",
    "value",
    "values",
    "default",
    "possible",
    "subcommand",
    "command",
    "message",
    "help",
    "or",
    "paths",
    "shell",
    "code",
    "kind",
    "within",
    "leader",
    "agreement",
    "party",
    "place",
    "reason",
    "gender",
    "date",
    "name",
    "dir",
    "lang",
    "color",
];

/// The English found in a help text: flags (`--help`), `code spans`, `$VARIABLES` and the
/// name of the `help` command are names, not words.
fn english(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for p in PHRASES {
        if text.contains(p) {
            found.push((*p).to_string());
        }
    }
    // Flags, code spans, environment variables, file names, and the command names of the
    // command list (English by design, with Swedish aliases).
    let names = regex::Regex::new(
        r"(^|\s|\[|,)-{1,2}[a-zA-Z][a-zA-Z0-9-]*|`[^`]*`|\$?[A-Z]+(_[A-Z]+)+|\S+\.(toml|yaml|json)|^  [a-z]+  ",
    )
    .expect("regex");
    // The values a flag takes are names too (`schema agreement`), as is the usage line.
    let values = regex::Regex::new(r"möjliga\s+värden:[^;\]]*").expect("regex");
    let text = values.replace_all(text, " ");
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("help ") || t.starts_with("Användning:") {
            continue;
        }
        let line = names.replace_all(line, " ");
        for w in line.split(|c: char| !c.is_alphanumeric()) {
            let lower = w.to_lowercase();
            if WORDS.contains(&lower.as_str()) {
                found.push(format!("{w} in: {line}"));
            }
        }
    }
    found
}

#[test]
fn every_help_is_swedish_by_default() {
    let paths = paths();
    assert!(paths.len() >= 40, "{}", paths.len());
    let mut bad = Vec::new();
    for path in &paths {
        for flag in ["--help", "-h"] {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push(flag);
            let (code, text) = run(&args);
            assert_eq!(code, 0, "{args:?}: {text}");
            assert!(text.contains("Användning: sip"), "{args:?}: {text}");
            for e in english(&text) {
                bad.push(format!("sip {}: {e}", args.join(" ")));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "English in Swedish help:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_scan_finds_clap_english() {
    let (_, text) = run(&["--lang", "en", "check", "--help"]);
    let found = english(&text);
    assert!(found.iter().any(|f| f == "Usage"), "{found:?}");
    assert!(found.iter().any(|f| f == "Options"), "{found:?}");
    assert!(found.iter().any(|f| f == "possible values"), "{found:?}");
}

#[test]
fn argument_errors_are_swedish_with_a_suggestion_and_english_with_lang_en() {
    let (code, text) = run(&["chek"]);
    assert_eq!(code, 2);
    assert!(text.starts_with("fel: okänt kommando `chek`"), "{text}");
    assert!(text.contains("Menade du `schema` eller `check`?"), "{text}");
    assert!(
        text.contains("Användning: sip [FLAGGOR] <KOMMANDO>"),
        "{text}"
    );
    assert!(english(&text).is_empty(), "{text}");

    let (code, text) = run(&["list", "--format", "ics"]);
    assert_eq!(code, 2);
    assert!(
        text.starts_with("fel: ogiltigt värde `ics` för `--format <FORMAT>`\n  [möjliga värden: table, json, csv, xlsx]"),
        "{text}"
    );
    let (code, text) = run(&["check", "--strikt"]);
    assert_eq!(code, 2);
    assert!(text.contains("okänt argument `--strikt`"), "{text}");
    assert!(text.contains("Menade du `--strict`?"), "{text}");
    let (code, text) = run(&["status"]);
    assert_eq!(code, 2);
    assert!(
        text.contains("de här argumenten saknas:\n  <PLAN>\n  <STATUS>"),
        "{text}"
    );

    let (code, text) = run(&["--lang", "en", "chek"]);
    assert_eq!(code, 2);
    assert!(
        text.starts_with("error: unrecognized subcommand 'chek'"),
        "{text}"
    );
    let (code, text) = run(&["chek", "--lang=en"]);
    assert_eq!(code, 2);
    assert!(text.contains("Usage: sip [OPTIONS] <COMMAND>"), "{text}");
    let (_, text) = run(&["--lang", "en", "--help"]);
    assert!(text.contains("Usage: sip") && text.contains("Commands:") && text.contains("Options:"));
}

/// Swedish words that are not English, for the scan of English help.
const SWEDISH_WORDS: &[&str] = &[
    "och",
    "eller",
    "för",
    "att",
    "som",
    "inte",
    "till",
    "från",
    "bara",
    "skriv",
    "visa",
    "ändra",
    "lägg",
    "planens",
    "mötets",
    "utan",
    "även",
    "flaggor",
    "kommandon",
    "användning",
    "hjälp",
    "planmappen",
    "datum",
    "standard",
    "dagens",
    "sökväg",
    "mappen",
    "en",
    "ett",
    "av",
    "det",
];

/// The Swedish left in an English help text: lines with å, ä or ö, or with a Swedish word.
/// Names are not prose: the values a flag takes (`[possible values: …]`, the `- value:` list),
/// the Swedish aliases (`[aliases: …]`), code spans, ids such as MÖ1, and the command list's
/// aliases are left out.
fn swedish(text: &str) -> Vec<String> {
    let brackets =
        regex::Regex::new(r"(?s)\[(possible\s+values|alias(es)?):\s[^\]]*\]").expect("regex");
    let text = brackets.replace_all(text, " ");
    let names = regex::Regex::new(r"`[^`]*`|--[a-zåäö][a-zåäö-]*|\bMÖ\d*\b|^\s*- [^:]+:|\S+\.(toml|yaml|json)|\b[a-zåäö]+(_[a-zåäö]+)+\b|\binitiering\.\S+").expect("regex");
    let mut found = Vec::new();
    let mut in_values = false;
    for line in text.lines() {
        // The English `Possible values:` list: each line names a value, then describes it.
        if line.trim() == "Possible values:" {
            in_values = true;
            continue;
        }
        if in_values && !line.trim_start().starts_with("- ") {
            in_values = false;
        }
        let prose = names.replace_all(line, " ");
        let words: Vec<String> = prose
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .collect();
        if prose.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö'])
            || words.iter().any(|w| SWEDISH_WORDS.contains(&w.as_str()))
        {
            found.push(line.to_string());
        }
    }
    found
}

/// `--lang en` makes every help English: the descriptions of every command, flag and value, and
/// the value names, for every command of the tree (a new flag without its English in
/// `locales/en/hjalp.ftl` fails here).
#[test]
fn every_help_is_english_with_lang_en() {
    let paths = paths();
    let mut bad = Vec::new();
    for path in &paths {
        for flag in ["--help", "-h"] {
            let mut args: Vec<&str> = vec!["--lang", "en"];
            args.extend(path.iter().map(String::as_str));
            args.push(flag);
            let (code, text) = run(&args);
            assert_eq!(code, 0, "{args:?}: {text}");
            assert!(text.contains("Usage: sip"), "{args:?}: {text}");
            for line in swedish(&text) {
                bad.push(format!("sip {}: {line:?}", args.join(" ")));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "Swedish in English help ({}):\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn the_scan_finds_swedish() {
    let (_, text) = run(&["check", "--help"]);
    assert!(!swedish(&text).is_empty());
    assert_eq!(
        swedish("  --format <FORMAT>  Output format [possible values: vård_och_omsorg]"),
        Vec::<String>::new()
    );
    assert_eq!(
        swedish("Remove a meeting (MÖ1) not held"),
        Vec::<String>::new()
    );
    assert_eq!(swedish("Ta bort ett möte").len(), 1);
    assert_eq!(swedish("  goal   Goals [alias: mål]"), Vec::<String>::new());
}

/// Every placeholder (`<DATUM>`) in the Swedish help is a Swedish word: the value names clap
/// derives from field names (`<OWN_GOAL>`) are given Swedish names.
#[test]
fn every_placeholder_in_swedish_help_is_swedish() {
    const SWEDISH: &[&str] = &[
        "ANTECKNINGAR",
        "BAKGRUND",
        "BAS",
        "BEDÖMNING",
        "BEHOV",
        "DAGAR",
        "DATUM",
        "DATUM|MÖTE",
        "DELTAGARE",
        "DERAS",
        "EGET_MÅL",
        "FIL",
        "FORM",
        "FORMAT",
        "FRÅGA",
        "FRÅN",
        "FÄRG",
        "FÖDELSEDATUM",
        "FÖRMÅNER",
        "ID",
        "INRIKTNING",
        "JA|NEJ",
        "KODER",
        "KOMMANDO",
        "KOMMENTAR",
        "KONTAKT",
        "KÖN",
        "MAPP",
        "MOTTAGARE",
        "MÅL",
        "MÅTT",
        "MÖTE",
        "NAMN",
        "NUMMER",
        "NYCKEL",
        "OMFATTNING",
        "ORSAK",
        "PART",
        "PARTER",
        "PERSON",
        "PERSONNUMMER",
        "PLAN",
        "PLATS",
        "RELATION",
        "ROLL",
        "SKAL",
        "SLUT",
        "SPRÅK",
        "START",
        "STATUS",
        "SYFTE",
        "SYSSELSÄTTNING",
        "SYSTEM",
        "SÖKVÄG",
        "TEXT",
        "TID",
        "TVÅNGSVÅRD",
        "TYP",
        "UTFÖRARE",
        "VEM",
        "VÅR",
        "VÅRDKONTAKT",
        "ÖVERENSKOMMELSE",
    ];
    let placeholder = regex::Regex::new(r"<([A-ZÅÄÖ_|]+)>").expect("regex");
    let mut bad = Vec::new();
    // `__complete` is the shells' hidden entry point, not help a person reads.
    for path in paths()
        .into_iter()
        .filter(|p| !p.iter().any(|c| c.starts_with("__")))
    {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let (_, text) = run(&args);
        for c in placeholder.captures_iter(&text) {
            if !SWEDISH.contains(&&c[1]) {
                bad.push(format!("sip {}: <{}>", args.join(" "), &c[1]));
            }
        }
    }
    assert!(bad.is_empty(), "not Swedish:\n{}", bad.join("\n"));
}
