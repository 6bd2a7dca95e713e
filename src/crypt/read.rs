//! Reading an encrypted plan for the model: the one place between a file's text and the loader.
//!
//! The identities are looked for once per run, on the first encrypted file met (a clear folder
//! never looks); each file's data key is then unwrapped with them. A file that no identity opens
//! is *sealed*: the loader sees its `ENC[…]` values as present but unreadable (see
//! [`is_sealed_value`]), and `sip check` skips the rules that read a personal value.

use std::sync::OnceLock;

use zeroize::Zeroizing;

use super::keys::{self, Identities};
use super::sops;
use crate::error::{Error, Result};
use crate::i18n::Msg;

pub use crate::source::{Access, is_sealed_value};

/// A plan's text as the loader reads it.
pub struct Prepared {
    pub text: Zeroizing<String>,
    pub access: Access,
}

static IDENTITIES: OnceLock<std::result::Result<Identities, Msg>> = OnceLock::new();

/// The identities of this run, read on first use. A place that is set but cannot be read is an
/// error (a typo in `SIP_AGE_KEY_FILE` must not look like a missing key).
pub fn identities() -> Result<&'static Identities> {
    let r = IDENTITIES.get_or_init(|| {
        keys::load_identities().map_err(|e| match e {
            Error::Message(m) => m,
            other => Msg::same(other.to_string()),
        })
    });
    r.as_ref().map_err(|m| Error::Message(m.clone()))
}

/// Prepare an encrypted file's text for the loader: decrypted with a key when one opens it, else
/// sealed. `Ok(None)` for a clear file. An error is a damaged file (or unreadable key file), never
/// a missing key.
pub fn prepare(text: &str, file: &str) -> Result<Option<Prepared>> {
    if !super::is_encrypted(text) {
        return Ok(None);
    }
    let ids = identities()?;
    // No key at all: the `sops:` block is only cut out, never read.
    if ids.is_empty() {
        if let Some((start, end)) = sops::locate_meta(text) {
            return Ok(Some(Prepared {
                text: Zeroizing::new(sops::body_without(text, start, end, true)),
                access: Access::Sealed,
            }));
        }
    }
    let Some(split) = sops::split_keep_lines(text, file)? else {
        return Ok(None);
    };
    match keys::unwrap_quiet(&split.meta, ids) {
        Some(key) => {
            let opened = sops::open_with(split, key, file, true)?;
            Ok(Some(Prepared {
                text: opened.clear,
                access: Access::Decrypted,
            }))
        }
        None => Ok(Some(Prepared {
            text: Zeroizing::new(split.body),
            access: Access::Sealed,
        })),
    }
}

/// An encrypted plan opened for an edit: the clear text as `sip decrypt` shows it, and what a
/// rewrite needs to keep the unchanged values' ciphertexts.
pub struct ForEdit {
    pub opened: sops::Opened,
}

/// Open an encrypted plan for an edit; `Ok(None)` for a clear file; without a key that opens it,
/// the refusal [`no_key`].
pub fn open_for_edit(text: &str, file: &str, id: &str) -> Result<Option<ForEdit>> {
    if !super::is_encrypted(text) {
        return Ok(None);
    }
    let Some(split) = sops::split(text, file)? else {
        return Ok(None);
    };
    let ids = identities()?;
    let Some(key) = keys::unwrap_quiet(&split.meta, ids) else {
        return Err(no_key(id, ids));
    };
    Ok(Some(ForEdit {
        opened: sops::open(split, key, file)?,
    }))
}

/// Encrypt an edited clear text again with the file's data key, to the folder's recipients:
/// unchanged values keep their ciphertext. The one way back to the file for `sip encrypt
/// --from` and every edit.
pub fn reseal(
    opened: sops::Opened,
    clear: &str,
    recipients: &[String],
    file: &str,
) -> Result<String> {
    let same = opened.meta.age.len() == recipients.len()
        && opened
            .meta
            .age
            .iter()
            .zip(recipients)
            .all(|(e, r)| e.recipient == *r);
    let age = if same || recipients.is_empty() {
        opened.meta.age.clone()
    } else {
        keys::wrap_all(&opened.key, recipients)?
    };
    sops::seal_text(clear, &opened.key, age, Some(opened.stash), file)
}

/// The refusal of a command that needs a plan's personal values when no key opens it.
pub fn no_key(id: &str, ids: &Identities) -> Error {
    err!(
        "kryptering-nyckel-saknas-plan",
        plan_id = id,
        sokte = ids.looked()
    )
}

/// A plan's text from elsewhere than the folder (a version in git) as the loader reads it:
/// decrypted when a key opens it, else sealed; `None` when it is damaged.
pub fn source(
    path: std::path::PathBuf,
    display: String,
    text: String,
) -> Option<crate::source::SourceFile> {
    match prepare(&text, &display) {
        Ok(None) => Some(crate::source::SourceFile::new(path, display, text)),
        Ok(Some(p)) => Some(crate::source::SourceFile::prepared(
            path, display, p.text, p.access,
        )),
        Err(_) => None,
    }
}
