//! age keys: the identities that open a plan's data key, the recipients it is wrapped to.
//!
//! Identities are read, in this order, from `SIP_AGE_KEY_FILE`, sops's `SOPS_AGE_KEY_FILE` and
//! `SOPS_AGE_KEY` (the identities themselves), then the default file
//! `~/.config/sip/nyckel.txt` (`$XDG_CONFIG_HOME/sip/nyckel.txt` when that is set). Each may hold
//! age identities (`AGE-SECRET-KEY-1…`, as `age-keygen` writes them) or an unencrypted OpenSSH
//! ed25519 private key. Recipients are `age1…` or `ssh-ed25519 …` public keys.

use std::io::{Read, Write};
use std::path::PathBuf;

use age::secrecy::ExposeSecret;

use super::sops::{AgeEntry, DataKey, Metadata};
use crate::error::Result;
use crate::i18n::Msg;

/// The default identity file under the user's configuration folder.
pub fn default_identity_file() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
        })?;
    Some(config.join("sip").join("nyckel.txt"))
}

/// A recipient a data key can be wrapped to.
pub enum Recipient {
    X25519(age::x25519::Recipient),
    Ssh(age::ssh::Recipient),
}

/// Parse a recipient as written in `sip.toml` or on the command line.
pub fn parse_recipient(s: &str) -> Result<Recipient> {
    let t = s.trim();
    if t.starts_with("age1") {
        if let Ok(r) = t.parse::<age::x25519::Recipient>() {
            return Ok(Recipient::X25519(r));
        }
    } else if t.starts_with("ssh-ed25519 ") {
        if let Ok(r) = t.parse::<age::ssh::Recipient>() {
            return Ok(Recipient::Ssh(r));
        }
    }
    Err(err!("kryptering-ingen-mottagare", mottagare = t))
}

/// The data key wrapped to one recipient: an ASCII-armored age file.
pub fn wrap(key: &DataKey, recipient: &str) -> Result<AgeEntry> {
    let r = parse_recipient(recipient)?;
    let dyn_r: &dyn age::Recipient = match &r {
        Recipient::X25519(x) => x,
        Recipient::Ssh(s) => s,
    };
    let failed = |e: String| {
        err!(
            "kryptering-kan-inte-kryptera-nyckel",
            mottagare = recipient,
            orsak = e
        )
    };
    let encryptor = age::Encryptor::with_recipients(std::iter::once(dyn_r))
        .map_err(|e| failed(e.to_string()))?;
    let mut out = Vec::new();
    let armored = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor)
        .map_err(|e| failed(e.to_string()))?;
    let mut w = encryptor
        .wrap_output(armored)
        .map_err(|e| failed(e.to_string()))?;
    w.write_all(key.bytes())
        .map_err(|e| failed(e.to_string()))?;
    w.finish()
        .and_then(|a| a.finish())
        .map_err(|e| failed(e.to_string()))?;
    let enc = String::from_utf8(out).map_err(|e| failed(e.to_string()))?;
    Ok(AgeEntry {
        recipient: recipient.trim().to_string(),
        enc,
    })
}

/// The data key wrapped to every recipient.
pub fn wrap_all(key: &DataKey, recipients: &[String]) -> Result<Vec<AgeEntry>> {
    recipients.iter().map(|r| wrap(key, r)).collect()
}

/// The identities found, and where they were looked for (for the message when none opens a
/// file).
pub struct Identities {
    list: Vec<Box<dyn age::Identity + Send + Sync>>,
    /// The public keys of the age identities, for `sip keys list`.
    pub public: Vec<String>,
    /// Each place looked at, with what was found there ("inte satt", "finns inte", "1 nyckel").
    pub looked: Vec<(String, Msg)>,
}

impl Identities {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The places looked at, for a message: "SIP_AGE_KEY_FILE (inte satt), …".
    pub fn looked(&self) -> Msg {
        Msg::from_fn(|lang| {
            self.looked
                .iter()
                .map(|(w, s)| t!(lang, "kryptering-plats", plats = w, fynd = s))
                .collect::<Vec<_>>()
                .join(", ")
        })
    }
}

fn identities_from_text(
    text: &str,
    out: &mut Vec<Box<dyn age::Identity + Send + Sync>>,
    public: &mut Vec<String>,
) -> std::result::Result<usize, Msg> {
    if text.contains("-----BEGIN OPENSSH PRIVATE KEY-----") {
        let id = age::ssh::Identity::from_buffer(std::io::Cursor::new(text.as_bytes()), None)
            .map_err(|e| Msg::same(e.to_string()))?;
        return match id {
            age::ssh::Identity::Unencrypted(_) => {
                out.push(Box::new(id));
                Ok(1)
            }
            age::ssh::Identity::Encrypted(_) => Err(msg!("kryptering-ssh-losenfras")),
            age::ssh::Identity::Unsupported(_) => Err(msg!("kryptering-ssh-typ")),
        };
    }
    let mut n = 0;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let id: age::x25519::Identity = line
            .parse()
            .map_err(|_| msg!("kryptering-ingen-age-nyckel"))?;
        public.push(id.to_public().to_string());
        out.push(Box::new(id));
        n += 1;
    }
    Ok(n)
}

fn read_key_file(path: &std::path::Path) -> std::result::Result<zeroize::Zeroizing<String>, Msg> {
    let why = |e: std::io::Error| crate::i18n::io_msg(&e);
    let mut f = std::fs::File::open(path).map_err(why)?;
    let mut s = zeroize::Zeroizing::new(String::new());
    Read::by_ref(&mut f)
        .take(64 * 1024)
        .read_to_string(&mut s)
        .map_err(why)?;
    Ok(s)
}

/// Load every identity from the places, in order. A place that is set but cannot be read or
/// parsed is an error (a typo in a path must not look like a missing key).
pub fn load_identities() -> Result<Identities> {
    let mut list = Vec::new();
    let mut public = Vec::new();
    let mut looked = Vec::new();
    let bad =
        |place: &str, why: &Msg| err!("kryptering-nyckel-olasbar", plats = place, orsak = why);
    let keys = |n: usize| msg!("kryptering-plats-nycklar", antal = n);
    for var in ["SIP_AGE_KEY_FILE", "SOPS_AGE_KEY_FILE"] {
        match std::env::var_os(var).filter(|v| !v.is_empty()) {
            None => looked.push((var.to_string(), msg!("kryptering-plats-inte-satt"))),
            Some(p) => {
                let path = PathBuf::from(&p);
                let place = format!("{var}={}", path.display());
                let text = read_key_file(&path).map_err(|e| bad(&place, &e))?;
                let n = identities_from_text(&text, &mut list, &mut public)
                    .map_err(|e| bad(&place, &e))?;
                looked.push((place, keys(n)));
            }
        }
    }
    match std::env::var("SOPS_AGE_KEY").ok().filter(|v| !v.is_empty()) {
        None => looked.push((
            "SOPS_AGE_KEY".to_string(),
            msg!("kryptering-plats-inte-satt"),
        )),
        Some(v) => {
            let v = zeroize::Zeroizing::new(v);
            let n = identities_from_text(&v, &mut list, &mut public)
                .map_err(|e| bad("SOPS_AGE_KEY", &e))?;
            looked.push(("SOPS_AGE_KEY".to_string(), keys(n)));
        }
    }
    match default_identity_file() {
        None => looked.push((
            "~/.config/sip/nyckel.txt".into(),
            msg!("kryptering-plats-home-saknas"),
        )),
        Some(path) => {
            let place = path.display().to_string();
            if path.is_file() {
                let text = read_key_file(&path).map_err(|e| bad(&place, &e))?;
                let n = identities_from_text(&text, &mut list, &mut public)
                    .map_err(|e| bad(&place, &e))?;
                looked.push((place, keys(n)));
            } else {
                looked.push((place, msg!("kryptering-plats-finns-inte")));
            }
        }
    }
    Ok(Identities {
        list,
        public,
        looked,
    })
}

/// The data key of a file, opened with one of the identities, or `None`. The copies wrapped to
/// one of the identities' own recipients are tried first (each try is a key agreement), the
/// others (an ssh key's) only when none of those opens.
pub fn unwrap_quiet(meta: &Metadata, ids: &Identities) -> Option<DataKey> {
    if ids.list.is_empty() {
        return None;
    }
    let ours = |a: &AgeEntry| ids.public.contains(&a.recipient);
    let first = meta.age.iter().filter(|a| ours(a));
    let rest = meta.age.iter().filter(|a| !ours(a));
    first.chain(rest).find_map(|entry| open_entry(entry, ids))
}

fn open_entry(entry: &AgeEntry, ids: &Identities) -> Option<DataKey> {
    let dec =
        age::Decryptor::new_buffered(age::armor::ArmoredReader::new(entry.enc.as_bytes())).ok()?;
    let mut r = dec
        .decrypt(ids.list.iter().map(|i| i.as_ref() as &dyn age::Identity))
        .ok()?;
    let mut buf = zeroize::Zeroizing::new(Vec::new());
    r.by_ref().take(1024).read_to_end(&mut buf).ok()?;
    DataKey::from_bytes(&buf)
}

/// The data key of a file, opened with one of the identities.
pub fn unwrap(meta: &Metadata, ids: &Identities, file: &str) -> Result<DataKey> {
    if let Some(k) = unwrap_quiet(meta, ids) {
        return Ok(k);
    }
    let recipients: Vec<&str> = meta.age.iter().map(|a| a.recipient.as_str()).collect();
    Err(err!(
        "kryptering-nyckel-saknas-fil",
        fil = file,
        mottagare = recipients.join(", "),
        sokte = ids.looked(),
    ))
}

/// A new age identity: the identity file's text (as `age-keygen` writes it) and its recipient.
pub fn generate() -> (zeroize::Zeroizing<String>, String) {
    let id = age::x25519::Identity::generate();
    let recipient = id.to_public().to_string();
    let created = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ");
    let text = zeroize::Zeroizing::new(format!(
        "# created: {created}\n# public key: {recipient}\n{}\n",
        id.to_string().expose_secret()
    ));
    (text, recipient)
}
