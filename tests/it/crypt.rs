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
