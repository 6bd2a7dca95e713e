//! Encrypted plans in git: the textconv that shows them decrypted to a key holder in `git diff`
//! and `git log -p`, and the merge of an encrypted plan (decrypted in memory, merged by the
//! plan's structure, sealed again). No clear text is ever written to a file here.

use std::io::Write;
use std::path::Path;

use zeroize::Zeroizing;

use crate::cli::args::MergeArgs;
use crate::cli::{Ctx, ExitStatus};
use crate::crypt::keys::{self, Identities};
use crate::crypt::sops::{self, AgeEntry, DataKey, Opened, Stash};
use crate::error::{Error, Result};
use crate::git::merge::Outcome;
use crate::i18n::{Lang, Msg};

use super::{one_line, write_ours};

/// `sip decrypt --textconv FILE`, run by git for `git diff` and `git log -p`: the plan in clear
/// text when a key opens it; else the file as it is (a clear plan, no key, a key that is not a
/// recipient of this version). Never fails a diff: a damaged file is shown as it is, with one
/// line on stderr that holds no value of the plan.
pub fn textconv(ctx: &Ctx, file: &Path) -> Result<ExitStatus> {
    let name = file
        .file_name()
        .map(|n| one_line(&n.to_string_lossy()))
        .unwrap_or_default();
    let note = |e: &Error| {
        if !ctx.quiet {
            eprintln!(
                "{}",
                crate::privacy::for_stderr(&t!(
                    ctx.lang,
                    "git-textconv-krypterad",
                    fel = one_line(&e.text(ctx.lang))
                ))
            );
        }
    };
    let bytes = match crate::source::read_capped(file) {
        Ok(b) => b,
        // Too large to decrypt (or unreadable): passed through as it is, streamed.
        Err(_) => return pass_through(file),
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return raw(&bytes);
    };
    if !crate::crypt::is_encrypted(text) {
        return raw(&bytes);
    }
    match decrypted(text, &name) {
        Ok(Some(clear)) => crate::cli::print(&clear)?,
        Ok(None) => return raw(&bytes),
        Err(e) => {
            note(&e);
            return raw(&bytes);
        }
    }
    Ok(ExitStatus::Success)
}

/// The clear text of an encrypted file, `None` when no key here opens it.
fn decrypted(text: &str, name: &str) -> Result<Option<Zeroizing<String>>> {
    let Some(split) = sops::split(text, name)? else {
        return Ok(None);
    };
    let ids = keys::load_identities()?;
    if ids.is_empty() {
        return Ok(None);
    }
    let Ok(key) = keys::unwrap(&split.meta, &ids, name) else {
        return Ok(None);
    };
    Ok(Some(sops::open(split, key, name)?.clear))
}

fn raw(bytes: &[u8]) -> Result<ExitStatus> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(crate::cli::stdout_error)?;
    Ok(ExitStatus::Success)
}

/// A file too large to read whole, copied to stdout as it is.
fn pass_through(file: &Path) -> Result<ExitStatus> {
    let Ok(mut f) = std::fs::File::open(file) else {
        return Ok(ExitStatus::Success);
    };
    let mut out = std::io::stdout().lock();
    // A read error ends the copy: git shows what came.
    let _ = std::io::copy(&mut f, &mut out);
    out.flush().map_err(crate::cli::stdout_error)?;
    Ok(ExitStatus::Success)
}

/// What `sip setup-git` adds in an encrypted plan folder: whether `git diff` shows the plans
/// decrypted, and if not, the lines that make it.
pub fn textconv_said(lang: Lang, routed: bool) -> String {
    let mut out = if routed {
        t!(lang, "git-textconv-aktiv")
    } else {
        t!(lang, "git-attribut-diff-saknas")
    };
    out.push('\n');
    out
}

/// One version of the plan in a merge: opened when encrypted, else its clear text.
enum Side {
    Clear(String),
    Open(Box<Opened>),
}

impl Side {
    fn text(&self) -> &str {
        match self {
            Side::Clear(t) => t,
            Side::Open(o) => &o.clear,
        }
    }
}

fn open_side(bytes: &[u8], ids: &Identities, shown: &str) -> Result<Side> {
    let text = std::str::from_utf8(bytes).map_err(|_| err!("git-inte-utf8"))?;
    match sops::split(text, shown)? {
        None => Ok(Side::Clear(text.to_string())),
        Some(split) => {
            let key = keys::unwrap(&split.meta, ids, shown)?;
            Ok(Side::Open(Box::new(sops::open(split, key, shown)?)))
        }
    }
}

/// The merge driver on a plan that is encrypted on at least one side (`sides`: base, ours,
/// theirs as read). Clean: the result sealed with ours' data key, every value equal to ours
/// keeping its ciphertext, and written to OURS; exit 0. Anything else (no key, a conflict, a
/// merge only git's line merge could do): OURS is left as it is, encrypted, and exit 1, so that
/// git marks a conflict; the conflict markers would hold clear text, so none are written.
pub fn merge(a: &MergeArgs, shown: &str, say: &dyn Fn(Msg), sides: &[Vec<u8>]) -> ExitStatus {
    match merge_sealed(a, shown, say, sides) {
        Ok(status) => status,
        Err(e) => {
            let mut orsak = Msg::same(one_line(&e.text(Lang::En)));
            orsak.sv = one_line(&e.text(Lang::Sv));
            say(msg!("git-krypterad-ej-ihop", fil = shown, orsak = orsak));
            ExitStatus::Failure
        }
    }
}

fn merge_sealed(
    a: &MergeArgs,
    shown: &str,
    say: &dyn Fn(Msg),
    sides: &[Vec<u8>],
) -> Result<ExitStatus> {
    let [base, ours, theirs] = sides else {
        return Err(err!("git-tre-versioner"));
    };
    let ids = keys::load_identities()?;
    if ids.is_empty() {
        return Err(err!("git-nyckel-saknas", sokte = ids.looked()));
    }
    let base = open_side(base, &ids, shown)?;
    let ours_side = open_side(ours, &ids, shown)?;
    let theirs = open_side(theirs, &ids, shown)?;
    let outcome = crate::git::merge::merge(base.text(), ours_side.text(), theirs.text());
    match outcome {
        Outcome::Clean { text, renumbered } => {
            let text = Zeroizing::new(text);
            let sealed = seal(&text, ours_side, theirs, shown, say)?;
            if sealed.as_bytes() != ours.as_slice() {
                write_ours(&a.ours, ours, &sealed)?;
            }
            for (old, new) in &renumbered {
                let (old, new) = (one_line(old), one_line(new));
                say(msg!("git-omnumrerad", fil = shown, fore = old, efter = new));
            }
            Ok(ExitStatus::Success)
        }
        Outcome::Conflict { conflicts, .. } => {
            let paths: Vec<String> = conflicts
                .iter()
                .map(|c| format!("`{}`", one_line(&c.path)))
                .collect();
            let paths = paths.join(", ");
            say(msg!(
                "git-krypterad-konflikt",
                fil = shown,
                antal = conflicts.len(),
                platser = paths
            ));
            Ok(ExitStatus::Failure)
        }
        Outcome::Fallback(why) => Err(err!("git-krypterad-bara-innehall", orsak = why)),
    }
}

/// Seal the merged clear text. Ours encrypted: ours' data key, its recipients (with any the
/// other side added to the same key), and ours' ciphertexts for the values equal to ours. The
/// two sides with different data keys (one side removed a recipient): a new data key for the
/// recipients both sides have. Neither side encrypted: the text as it is.
fn seal(text: &str, ours: Side, theirs: Side, shown: &str, say: &dyn Fn(Msg)) -> Result<String> {
    let (key, age, stash): (DataKey, Vec<AgeEntry>, Option<Stash>) = match (ours, theirs) {
        (Side::Open(o), Side::Open(t)) if o.key.bytes() == t.key.bytes() => {
            let (o, t) = (*o, *t);
            let mut age = o.meta.age;
            for e in t.meta.age {
                if !age.iter().any(|x| x.recipient == e.recipient) {
                    age.push(e);
                }
            }
            (o.key, age, Some(o.stash))
        }
        (Side::Open(o), Side::Open(t)) => {
            let both: Vec<String> = o
                .meta
                .age
                .iter()
                .map(|e| e.recipient.clone())
                .filter(|r| t.meta.age.iter().any(|e| e.recipient == *r))
                .collect();
            if both.is_empty() {
                return Err(err!("git-olika-mottagare"));
            }
            say(msg!("git-ny-datanyckel", fil = shown));
            let key = DataKey::generate()?;
            let age = keys::wrap_all(&key, &both)?;
            (key, age, None)
        }
        (Side::Open(o), Side::Clear(_)) => {
            let o = *o;
            (o.key, o.meta.age, Some(o.stash))
        }
        (Side::Clear(_), Side::Open(t)) => {
            let t = *t;
            (t.key, t.meta.age, Some(t.stash))
        }
        (Side::Clear(_), Side::Clear(_)) => return Ok(text.to_string()),
    };
    sops::seal_text(text, &key, age, stash, shown)
}
