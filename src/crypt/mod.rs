//! Encrypted plans: the personal values of a plan encrypted in the file, in the format of
//! [sops](https://github.com/getsops/sops) 3.x for YAML with age keys, so that the plans stay
//! readable with a standard tool.
//!
//! - [`sops`]: the file format. Encryption works on the text, value by value, through the spans
//!   of [`crate::yaml`]: a personal scalar's text is replaced by its `ENC[AES256_GCM,…]` string
//!   and everything else (keys, clear values, comments, blank lines, indentation) stays byte for
//!   byte; decryption puts the plaintexts back as YAML scalars. The `sops:` mapping is the last
//!   top-level key.
//! - [`keys`]: age identities (where they are read from) and recipients (`sip.toml`
//!   `[kryptering] mottagare`), and the data key wrapped to each recipient.

pub mod keys;
pub mod read;
pub mod sops;

/// The plan keys whose values are encrypted: every key classified personal in the plan format.
///
/// The one place the list comes from: the keys the plan format's table classifies as personal
/// (`model::schema::personal_keys`, the same classification the outputs mask by).
pub fn personal_keys() -> Vec<&'static str> {
    crate::model::schema::personal_keys().to_vec()
}

/// The `encrypted_regex` written into a file: the personal keys, anchored, as sops matches it
/// against each key of a value's path (a value is encrypted when any key on its path matches).
pub fn encrypted_regex() -> String {
    let mut keys: Vec<String> = personal_keys().iter().map(|k| regex::escape(k)).collect();
    keys.sort();
    format!("^({})$", keys.join("|"))
}

/// Whether a file's text is an encrypted plan (a top-level `sops:` mapping). A cheap test on the
/// text; [`sops::split`] reads it.
pub fn is_encrypted(text: &str) -> bool {
    text.starts_with("sops:") || text.contains("\nsops:")
}

/// Encrypt a clear plan under a new data key wrapped to `recipients`: a plan encrypted for the
/// first time, or anew when a recipient is removed (so the removed key opens nothing current).
pub fn seal_new(clear: &str, recipients: &[String], file: &str) -> crate::error::Result<String> {
    let key = sops::DataKey::generate()?;
    let age = keys::wrap_all(&key, recipients)?;
    sops::seal_text(clear, &key, age, None, file)
}
