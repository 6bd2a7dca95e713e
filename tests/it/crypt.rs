//! Encrypted plans (sops 3.x YAML, age keys): an independent reader and writer of the format
//! (`tests/fixtures/crypt/sops_tool.py`: the `age` command for the data key, Python's
//! `cryptography` AES-GCM for the values, PyYAML for the document) reads what `sip` writes and
//! writes what `sip` reads; no personal string in an encrypted file; unchanged values keep their
//! ciphertext; `keys add` opens the plans to a new key and `keys remove` closes them to one.

use std::path::Path;
use std::process::Command;

use crate::common::{repo, sip, yaml_to_json};

const PLAN: &str = "tests/fixtures/commands/barnets-sip.yaml";

/// Strings of the fixture plan that are personal: none may be in an encrypted file's bytes.
const PERSONAL: &[&str] = &[
    "Elin",
    "Berg",
    "20100315",
    "2384",
    "Maria Holm",
    "Kent",
    "morfar",
    "070-123",
    "skolan",
    "kompis",
    "kurator",
    "Uppgifter om",
];

/// Whether the tools of the independent reader are there; a test without them says it skipped
/// (and fails when `SIP_REQUIRE_TOOLS` is set).
fn tools() -> bool {
    let age = Command::new("age").arg("--version").output().is_ok();
    let py = Command::new("python3")
        .args(["-c", "import cryptography, yaml"])
        .status()
        .is_ok_and(|s| s.success());
    if !(age && py) {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "the sops reader needs `age` (Debian: age) and Python's cryptography and PyYAML"
        );
        println!("note: no age or Python cryptography/PyYAML; the sops reader test is skipped");
    }
    age && py
}

/// A plan folder encrypted to a new key, with the fixture plan in it: (folder, key file,
/// recipient). `HOME` points into the folder's `home/`, so that no real key is read.
fn folder() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("nyckel-1.txt");
    let out = run(
        dir.path(),
        &key,
        &["keys", "new", "-o", key.to_str().unwrap()],
    );
    let recipient = out.trim().to_string();
    assert!(recipient.starts_with("age1"), "{out}");
    let plans = dir.path().join("planer");
    std::fs::create_dir(&plans).unwrap();
    run(
        &plans,
        &key,
        &[
            "init",
            "--agreement",
            "orebro-lan",
            "--encrypt",
            "--recipient",
            &recipient,
        ],
    );
    std::fs::copy(repo().join(PLAN), plans.join("barnets-sip.yaml")).unwrap();
    (dir, key, recipient)
}

/// `sip` with `SIP_AGE_KEY_FILE=key` and nothing else to read keys from; its stdout.
fn run(dir: &Path, key: &Path, args: &[&str]) -> String {
    let out = sip_with_key(dir, key, args).output().unwrap();
    assert!(
        out.status.success(),
        "sip {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn sip_with_key(dir: &Path, key: &Path, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = sip(dir);
    cmd.env("SIP_AGE_KEY_FILE", key)
        .env("HOME", dir.join("home"))
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("SOPS_AGE_KEY_FILE")
        .env_remove("SOPS_AGE_KEY")
        .args(args);
    cmd
}

fn python_tool(args: &[&str]) -> std::process::Output {
    Command::new("python3")
        .arg(repo().join("tests/fixtures/crypt/sops_tool.py"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn an_independent_reader_decrypts_what_sip_writes() {
    if !tools() {
        return;
    }
    let (dir, key, _) = folder();
    let plans = dir.path().join("planer");
    let said = run(&plans, &key, &["encrypt", "--all"]);
    assert_eq!(said, "Krypterade 1 plan.\n");
    let file = plans.join("barnets-sip.yaml");
    let bytes = std::fs::read(&file).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    for p in PERSONAL {
        assert!(
            !text.contains(p),
            "`{p}` is readable in the encrypted file:\n{text}"
        );
    }
    // The clear parts are as they were: ids, dates, statuses, parties.
    assert!(
        text.starts_with("id: sip-2026-elinberg\növerenskommelse: orebro-lan\nstatus: pågående\n")
    );
    assert!(text.contains("  parter: [kommun, region]\n"));
    assert!(text.contains("\n    mac_only_encrypted: true\n"));
    let out = python_tool(&[
        "decrypt",
        file.to_str().unwrap(),
        key.to_str().unwrap(),
        repo().join(PLAN).to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got["mac_ok"], true, "{got}");
    assert_eq!(got["matches_clear"], true, "{got}");
    assert_eq!(got["values"]["individ:namn:"][0], "Elin Berg", "{got}");
    assert!(got["count"].as_u64().unwrap() > 30, "{got}");
    // And sip itself gives back the text it encrypted, byte for byte.
    let clear = run(&plans, &key, &["decrypt", "barnets-sip.yaml"]);
    assert_eq!(clear, std::fs::read_to_string(repo().join(PLAN)).unwrap());
}

#[test]
fn sip_decrypts_what_an_independent_writer_encrypts() {
    if !tools() {
        return;
    }
    let (dir, key, recipient) = folder();
    let plans = dir.path().join("planer");
    let regex = "^(namn|personnummer|kontakt|relation|bakgrund|individens_mål|beskrivning|mått|omfattning|samtalsledare|givet_av|föreslagen_av|dokumenterat_av)$";
    let out = python_tool(&[
        "encrypt",
        repo().join(PLAN).to_str().unwrap(),
        &recipient,
        regex,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = String::from_utf8(out.stdout).unwrap();
    assert!(!written.contains("Elin Berg"), "{written}");
    std::fs::write(plans.join("fran-python.yaml"), &written).unwrap();
    let clear = run(&plans, &key, &["decrypt", "fran-python.yaml"]);
    assert_eq!(
        yaml_to_json(&clear),
        yaml_to_json(&std::fs::read_to_string(repo().join(PLAN)).unwrap())
    );
    // The two guardians' names swapped (same path, so each still decrypts): the MAC, over the
    // values in document order, no longer matches.
    let guardians: Vec<&str> = written
        .lines()
        .filter(|l| l.trim_start().starts_with("-   namn: ENC["))
        .take(2)
        .collect();
    assert_eq!(guardians.len(), 2, "{written}");
    let swapped = written
        .replacen(guardians[0], "@@first@@", 1)
        .replacen(guardians[1], guardians[0], 1)
        .replacen("@@first@@", guardians[1], 1);
    std::fs::write(plans.join("fran-python.yaml"), swapped).unwrap();
    let out = sip_with_key(&plans, &key, &["decrypt", "fran-python.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("MAC:en stämmer inte med värdena"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn unchanged_values_keep_their_ciphertext() {
    if !tools() {
        return;
    }
    let (dir, key, _) = folder();
    let plans = dir.path().join("planer");
    run(&plans, &key, &["encrypt", "barnets-sip.yaml"]);
    let file = plans.join("barnets-sip.yaml");
    let before = std::fs::read_to_string(&file).unwrap();
    let clear = run(&plans, &key, &["decrypt", "barnets-sip.yaml"]);
    // The same text again: not a byte changes (not even the date or the MAC).
    let same = plans.join("same.txt");
    std::fs::write(&same, &clear).unwrap();
    run(
        &plans,
        &key,
        &[
            "encrypt",
            "barnets-sip.yaml",
            "--from",
            same.to_str().unwrap(),
        ],
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    // One value changed: only its line, the MAC and the date change.
    let changed = plans.join("changed.txt");
    std::fs::write(
        &changed,
        clear.replace("relation: morfar", "relation: farfar"),
    )
    .unwrap();
    run(
        &plans,
        &key,
        &[
            "encrypt",
            "barnets-sip.yaml",
            "--from",
            changed.to_str().unwrap(),
        ],
    );
    let after = std::fs::read_to_string(&file).unwrap();
    let differing: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(before.lines().count(), after.lines().count());
    let keys: Vec<&str> = differing
        .iter()
        .map(|(a, _)| a.trim_start().split(':').next().unwrap())
        // The date has seconds: within the same second it stays.
        .filter(|k| *k != "lastmodified")
        .collect();
    assert_eq!(keys, ["relation", "mac"], "{differing:#?}");
    let clear2 = run(&plans, &key, &["decrypt", "barnets-sip.yaml"]);
    assert!(clear2.contains("relation: farfar"));
}

#[test]
fn keys_add_opens_and_keys_remove_closes() {
    let (dir, key1, r1) = folder();
    let plans = dir.path().join("planer");
    run(&plans, &key1, &["encrypt", "--all"]);
    let key2 = dir.path().join("nyckel-2.txt");
    let r2 = run(
        &plans,
        &key1,
        &["keys", "new", "-o", key2.to_str().unwrap()],
    );
    let r2 = r2.trim();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key2).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Without being added, the new key opens nothing, and says where it looked.
    let out = sip_with_key(&plans, &key2, &["decrypt", "barnets-sip.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nyckel saknas: ingen nyckel öppnar barnets-sip.yaml"),
        "{err}"
    );
    assert!(err.contains("SOPS_AGE_KEY (inte satt)"), "{err}");
    assert!(err.contains("nyckel.txt (finns inte)"), "{err}");
    let said = run(&plans, &key1, &["keys", "add", r2]);
    assert!(said.contains("1 krypterad plan öppnades för den"), "{said}");
    let list = run(&plans, &key2, &["keys", "list"]);
    assert_eq!(list, format!("{r1}\n{r2}  (din nyckel)\n"));
    let clear = run(&plans, &key2, &["decrypt", "barnets-sip.yaml"]);
    assert!(clear.contains("namn: Elin Berg"));
    // The data key before removal, to check that the old key opens no current value.
    let before = std::fs::read_to_string(plans.join("barnets-sip.yaml")).unwrap();
    run(&plans, &key2, &["keys", "remove", &r1]);
    let after = std::fs::read_to_string(plans.join("barnets-sip.yaml")).unwrap();
    assert!(!after.contains(&r1));
    let namn = |t: &str| {
        t.lines()
            .find(|l| l.starts_with("  namn: "))
            .unwrap()
            .to_string()
    };
    assert_ne!(namn(&before), namn(&after), "every value is encrypted anew");
    let out = sip_with_key(&plans, &key1, &["decrypt", "barnets-sip.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nyckel saknas"));
    assert!(run(&plans, &key2, &["decrypt", "barnets-sip.yaml"]).contains("namn: Elin Berg"));
    let toml = std::fs::read_to_string(plans.join("sip.toml")).unwrap();
    assert!(
        toml.contains(&format!("mottagare = [\n    \"{r2}\",\n]\n")),
        "{toml}"
    );
    if tools() {
        // The old identity cannot open the new data key with the age tool either.
        let out = python_tool(&[
            "decrypt",
            plans.join("barnets-sip.yaml").to_str().unwrap(),
            key1.to_str().unwrap(),
        ]);
        assert!(!out.status.success());
    }
}

#[test]
fn decrypt_writes_a_private_file_only_when_asked() {
    let (dir, key, _) = folder();
    let plans = dir.path().join("planer");
    run(&plans, &key, &["encrypt", "barnets-sip.yaml"]);
    let out = dir.path().join("klartext.yaml");
    let said = run(
        &plans,
        &key,
        &["decrypt", "barnets-sip.yaml", "-o", out.to_str().unwrap()],
    );
    assert_eq!(said, "");
    assert!(std::fs::read_to_string(&out).unwrap().contains("Elin Berg"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // A clear plan is not decrypted; encrypting twice changes nothing.
    let said = run(&plans, &key, &["encrypt", "--all"]);
    assert_eq!(said, "Krypterade 0 planer (1 var redan krypterad).\n");
}

/// `sip` with no key anywhere: no key variable set, and a `HOME` without a key file.
fn sip_without_key(dir: &Path, home: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = sip(dir);
    cmd.env("HOME", home)
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("SIP_AGE_KEY_FILE")
        .env_remove("SOPS_AGE_KEY_FILE")
        .env_remove("SOPS_AGE_KEY")
        .args(args);
    cmd.output().unwrap()
}

/// The values of the `namn:` and `personnummer:` lines of the clear plans under `dir`: strings
/// no output of a keyless run may hold.
fn personal_strings(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        let text = std::fs::read_to_string(&entry).unwrap_or_default();
        for line in text.lines() {
            let t = line.trim_start().trim_start_matches("- ");
            for key in ["namn:", "personnummer:"] {
                if let Some(v) = t.strip_prefix(key) {
                    let v = v
                        .split('#')
                        .next()
                        .unwrap()
                        .trim()
                        .trim_matches(['"', '\'']);
                    if v.chars().count() >= 5 {
                        out.push(v.to_string());
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Every plan file under `dir` (not under `agreements/`).
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                if !p.ends_with("agreements") {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// (file, code, line) of each finding of a `--format json` check.
fn findings(json: &[u8]) -> (Vec<(String, String, u64)>, serde_json::Value) {
    let v: serde_json::Value = serde_json::from_slice(json).unwrap();
    let mut out: Vec<(String, String, u64)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_string(),
                f["code"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    out.sort();
    (out, v)
}

/// Without a key, `check` runs every rule that reads no personal value on the encrypted copy of
/// the rules' faulty and borderline plans, and finds exactly what a check with the key finds
/// with those rules (each on the line it has in the file); the rules it could not test are named
/// on stderr and in the JSON, with how many plans; nothing personal is in its output.
#[test]
fn a_keyless_check_finds_what_a_keyed_one_finds_without_personal_rules() {
    let (dir, key, recipient) = folder();
    let all = dir.path().join("regler");
    std::fs::create_dir(&all).unwrap();
    let fixtures = repo().join("tests/fixtures/rules");
    let mut names: Vec<String> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        // S001's files are not plans (broken YAML), so they are not encrypted.
        .filter(|n| n != "README.md" && n != "S001")
        .collect();
    names.sort();
    for name in &names {
        let to = all.join(name);
        let ok = Command::new("cp")
            .args([
                "-r",
                fixtures.join(name).to_str().unwrap(),
                to.to_str().unwrap(),
            ])
            .status()
            .unwrap();
        assert!(ok.success());
        let toml = to.join("sip.toml");
        let mut t = std::fs::read_to_string(&toml).unwrap();
        t.push_str(&format!("\n[kryptering]\nmottagare = [\"{recipient}\"]\n"));
        std::fs::write(&toml, t).unwrap();
    }
    let personal = personal_strings(&all);
    assert!(personal.len() > 10, "{personal:?}");
    for name in &names {
        run(&all.join(name), &key, &["encrypt", "--all"]);
    }
    for f in walk(&all) {
        let text = std::fs::read_to_string(&f).unwrap();
        assert!(text.contains("\nsops:"), "{} is not encrypted", f.display());
    }
    let args = ["check", "--today", "2026-05-01", "--format", "json", "."];
    let keyed = sip_with_key(&all, &key, &args).output().unwrap();
    let keyless = sip_without_key(&all, &dir.path().join("home"), &args);
    assert_eq!(keyed.status.code(), Some(1));
    assert_eq!(keyless.status.code(), Some(1));
    let (with_key, keyed_json) = findings(&keyed.stdout);
    let (without_key, json) = findings(&keyless.stdout);
    assert!(keyed_json.get("untested").is_none(), "{keyed_json}");
    let untested: Vec<(String, u64)> = json["untested"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["code"].as_str().unwrap().to_string(),
                u["plans"].as_u64().unwrap(),
            )
        })
        .collect();
    let codes: Vec<&str> = untested.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        codes,
        [
            "S003", "S008", "S009", "L009", "L010", "L011", "A002", "A008", "A011", "P012"
        ]
    );
    let plans = json["plans"].as_u64().unwrap();
    assert!(untested.iter().all(|(_, n)| *n == plans), "{untested:?}");
    // A text of only spaces is a written value once encrypted (A010, P010 read no text): those
    // two plans are the one place where the two checks may differ.
    let blank = |f: &(String, String, u64)| {
        f.0.ends_with("fel-tomt-syfte.yaml") || f.0.ends_with("P010/fel-tomt.yaml")
    };
    let tested = |f: &&(String, String, u64)| !codes.contains(&f.1.as_str()) && !blank(f);
    let a: Vec<&(String, String, u64)> = with_key.iter().filter(tested).collect();
    let b: Vec<&(String, String, u64)> = without_key.iter().filter(tested).collect();
    assert!(a.len() > 100, "{}", a.len());
    assert_eq!(a, b);
    // Nothing the key would have been needed for is found without it (but S003's check of
    // types and values, which the loader makes on what it can read).
    assert!(
        without_key
            .iter()
            .all(|f| f.1 == "S003" || !codes.contains(&f.1.as_str())),
        "{without_key:?}"
    );
    let err = String::from_utf8_lossy(&keyless.stderr);
    assert!(
        err.contains(&format!(
            "10 regler kunde inte prövas utan nyckel i {plans} krypterade planer: S003, S008, S009, L009, L010, L011, A002, A008, A011, P012."
        )),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    // The human output, in both languages: nothing personal.
    let human = sip_without_key(
        &all,
        &dir.path().join("home"),
        &["check", "--today", "2026-05-01", "."],
    );
    let en = sip_without_key(
        &all,
        &dir.path().join("home"),
        &["--lang", "en", "check", "--today", "2026-05-01", "."],
    );
    assert!(
        String::from_utf8_lossy(&en.stderr)
            .contains("10 rules could not be tested without a key in")
    );
    for out in [&keyless, &human, &en] {
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        for p in &personal {
            assert!(!text.contains(p.as_str()), "`{p}` in the keyless output");
        }
    }
}

/// One plan, one rule untested: the line's singular forms.
#[test]
fn the_untested_line_counts_in_the_singular() {
    let (dir, key, _) = folder();
    let plans = dir.path().join("planer");
    run(&plans, &key, &["encrypt", "--all"]);
    let out = sip_without_key(
        &plans,
        &dir.path().join("home"),
        &["check", "--select", "S008", "."],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(
            "1 regel kunde inte prövas utan nyckel i 1 krypterad plan: S008. Den läser personuppgifter"
        ),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(0), "{err}");
}

/// An edit of an encrypted plan with the key changes the one value's line (and the MAC and
/// date) and nothing else; the plan stays encrypted and holds the new value.
#[test]
fn an_edit_with_the_key_changes_only_its_value() {
    let (dir, key, _) = folder();
    let plans = dir.path().join("planer");
    run(&plans, &key, &["encrypt", "--all"]);
    let file = plans.join("barnets-sip.yaml");
    let before = std::fs::read_to_string(&file).unwrap();
    run(
        &plans,
        &key,
        &["set", "barnets-sip.yaml", "--purpose", "Ett nytt syfte"],
    );
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(!after.contains("Ett nytt syfte"));
    let keys: Vec<&str> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.trim_start().split(':').next().unwrap())
        .filter(|k| *k != "lastmodified")
        .collect();
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(keys, ["syfte", "mac"]);
    let clear = run(&plans, &key, &["decrypt", "barnets-sip.yaml"]);
    assert!(clear.contains("syfte: Ett nytt syfte"), "{clear}");
}

/// Without a key, edits and documents refuse (exit 2) and say what to do; `list` shows the plan
/// by its id, never a ciphertext.
#[test]
fn without_a_key_edits_and_documents_refuse_and_lists_show_ids() {
    let (dir, key, _) = folder();
    let plans = dir.path().join("planer");
    run(&plans, &key, &["encrypt", "--all"]);
    let before = std::fs::read(plans.join("barnets-sip.yaml")).unwrap();
    let home = dir.path().join("home");
    for args in [
        &["set", "barnets-sip.yaml", "--purpose", "x"][..],
        &["show", "barnets-sip.yaml"],
        &["agenda", "barnets-sip.yaml"],
        &["edit", "barnets-sip.yaml"],
    ] {
        let out = sip_without_key(&plans, &home, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("nyckel saknas")
                && err.contains("är krypterad")
                && err.contains("sip keys new")
                && err.contains("sip keys add <din mottagare>")
                && err.contains("SIP_AGE_KEY_FILE"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(
        std::fs::read(plans.join("barnets-sip.yaml")).unwrap(),
        before
    );
    let out = sip_without_key(&plans, &home, &["list"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("sip-2026-elinberg"), "{text}");
    assert!(
        !text.contains("ENC[") && !text.contains("Elin Berg"),
        "{text}"
    );
}

/// Ctrl-C (SIGINT to `sip` while the editor still runs) on an encrypted plan: the plan is not
/// changed, the private folder is gone, and no clear text is left anywhere in the folder: the
/// version kept aside is encrypted, and `sip decrypt` reads it.
#[test]
fn ctrl_c_in_sip_edit_leaves_no_clear_text() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, key, _) = folder();
    let plans = dir.path().join("planer");
    run(&plans, &key, &["encrypt", "--all"]);
    let file = plans.join("barnets-sip.yaml");
    let before = std::fs::read(&file).unwrap();
    let editor = dir.path().join("redigerare.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nsed -i 's/Maria Holm/Maria Holmberg-Lind/' \"$1\"\nkill -INT $PPID\nsleep 1\n",
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = sip_with_key(&plans, &key, &["edit", "barnets-sip.yaml"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(err.contains("krypterad, i"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let mut kept = Vec::new();
    let mut stack = vec![plans.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            assert!(!name.starts_with(".sip-redigering"), "{name} is left");
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            // The schema `sip init` writes has examples of its own.
            if name == "sip-plan.schema.json" {
                continue;
            }
            let bytes = std::fs::read(&p).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            for s in PERSONAL.iter().chain(&["Holmberg-Lind"]) {
                assert!(!text.contains(s), "`{s}` in the clear in {name}");
            }
            if name.contains(".redigerad-") {
                kept.push(p);
            }
        }
    }
    assert_eq!(kept.len(), 1, "{kept:?}");
    let clear = run(&plans, &key, &["decrypt", kept[0].to_str().unwrap()]);
    assert!(clear.contains("Maria Holmberg-Lind"), "{clear}");
}

/// `sip new` in a folder whose plans are encrypted writes the new plan encrypted from its first
/// byte: neither the name nor the personnummer is in the file, and `sip decrypt` reads them.
#[test]
fn a_new_plan_in_an_encrypted_folder_is_written_encrypted() {
    let (dir, key, _) = folder();
    let plans = dir.path().join("planer");
    let out = run(
        &plans,
        &key,
        &[
            "-q",
            "new",
            "--name",
            "Vera Nyberg",
            "--personnummer",
            "20150314-2380",
            "--initiated-by",
            "kommun",
        ],
    );
    let id = out.trim();
    let file = walk(&plans)
        .into_iter()
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy() == format!("{id}.yaml"))
        })
        .unwrap_or_else(|| panic!("no file for {id}"));
    let bytes = std::fs::read_to_string(&file).unwrap();
    assert!(
        bytes.contains("sops:") && bytes.contains("ENC[AES256_GCM,"),
        "{bytes}"
    );
    for personal in ["Vera", "Nyberg", "20150314", "2380"] {
        assert!(!bytes.contains(personal), "{personal} in {bytes}");
    }
    let clear = run(&plans, &key, &["decrypt", file.to_str().unwrap()]);
    assert!(
        clear.contains("Vera Nyberg") && clear.contains("20150314-2380"),
        "{clear}"
    );
}
