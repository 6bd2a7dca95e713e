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
use crate::i18n::Lang;

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
                crate::privacy::for_stderr(&format!(
                    "sip decrypt --textconv: {}; {}",
                    one_line(&e.text(ctx.lang)),
                    ctx.lang.pick("visas krypterad", "shown encrypted")
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
    if routed {
        lang.pick(
            "git diff och git log -p visar de krypterade planerna i klartext för den som har en nyckel (diff.sip.textconv); utan nyckel visas de krypterade.\n",
            "git diff and git log -p show the encrypted plans in clear text to whoever has a key (diff.sip.textconv); without a key they are shown encrypted.\n",
        )
        .to_string()
    } else {
        lang.pick(
            "git diff visar de krypterade planerna krypterade: .gitattributes ger dem inte `diff=sip` (se `git check-attr diff -- PLAN.yaml`). Lägg till raderna `*.yaml diff=sip` och `*.yml diff=sip` i planmappens .gitattributes och checka in filen, så visas de i klartext för den som har en nyckel.\n",
            "git diff shows the encrypted plans encrypted: .gitattributes does not give them `diff=sip` (see `git check-attr diff -- PLAN.yaml`). Add the lines `*.yaml diff=sip` and `*.yml diff=sip` to the plan folder's .gitattributes and commit the file, and they are shown in clear text to whoever has a key.\n",
        )
        .to_string()
    }
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
    let text = std::str::from_utf8(bytes)
        .map_err(|_| Error::msg("en version är inte UTF-8", "a version is not UTF-8"))?;
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
pub fn merge(
    a: &MergeArgs,
    shown: &str,
    say: &dyn Fn(String, String),
    sides: &[Vec<u8>],
) -> ExitStatus {
    match merge_sealed(a, shown, say, sides) {
        Ok(status) => status,
        Err(e) => {
            let (sv, en) = (one_line(&e.text(Lang::Sv)), one_line(&e.text(Lang::En)));
            say(
                format!(
                    "sip merge: {shown}: den krypterade planen slogs inte ihop: {sv}. Filen är din version, fortfarande krypterad, och git markerar en konflikt; inget skrevs i klartext"
                ),
                format!(
                    "sip merge: {shown}: the encrypted plan was not merged: {en}. The file is your version, still encrypted, and git marks a conflict; nothing was written in clear text"
                ),
            );
            ExitStatus::Failure
        }
    }
}

fn merge_sealed(
    a: &MergeArgs,
    shown: &str,
    say: &dyn Fn(String, String),
    sides: &[Vec<u8>],
) -> Result<ExitStatus> {
    let [base, ours, theirs] = sides else {
        return Err(Error::msg(
            "tre versioner behövs",
            "three versions are needed",
        ));
    };
    let ids = keys::load_identities()?;
    if ids.is_empty() {
        return Err(Error::msg(
            format!(
                "nyckel saknas: en krypterad plan slås bara ihop med en nyckel (sökte i {}); ange din nyckelfil med SIP_AGE_KEY_FILE och kör sammanslagningen igen",
                ids.looked_sv()
            ),
            format!(
                "key missing: an encrypted plan is merged only with a key (looked in {}); point SIP_AGE_KEY_FILE at your key file and run the merge again",
                ids.looked_sv()
            ),
        ));
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
                say(
                    format!(
                        "sip merge: {shown}: båda lade till {old}; den andras {old} heter nu {new}"
                    ),
                    format!("sip merge: {shown}: both added {old}; the other's {old} is now {new}"),
                );
            }
            Ok(ExitStatus::Success)
        }
        Outcome::Conflict { conflicts, .. } => {
            let paths: Vec<String> = conflicts
                .iter()
                .map(|c| format!("`{}`", one_line(&c.path)))
                .collect();
            let paths = paths.join(", ");
            let n = conflicts.len();
            say(
                format!(
                    "sip merge: {shown}: båda har ändrat samma {} i den krypterade planen ({paths}). Konfliktmarkeringar skulle visa värdena i klartext, så filen är din version, fortfarande krypterad, och git markerar en konflikt. Se den andras ändringar med `git diff --theirs -- {shown}` (klartext för den som har en nyckel, efter sip setup-git), för in det som ska gälla med sip-kommandon och kör `git add {shown}`",
                    if n == 1 { "värde" } else { "värden" }
                ),
                format!(
                    "sip merge: {shown}: both changed the same {} of the encrypted plan ({paths}). Conflict markers would show the values in clear text, so the file is your version, still encrypted, and git marks a conflict. See the other's changes with `git diff --theirs -- {shown}` (clear text to a key holder, after sip setup-git), make what holds with sip commands and run `git add {shown}`",
                    if n == 1 { "value" } else { "values" }
                ),
            );
            Ok(ExitStatus::Failure)
        }
        Outcome::Fallback(why) => Err(Error::msg(
            format!(
                "{}; git slår ihop krypterade planer bara efter innehåll",
                why.get(Lang::Sv)
            ),
            format!(
                "{}; git merges encrypted plans by their content only",
                why.get(Lang::En)
            ),
        )),
    }
}

/// Seal the merged clear text. Ours encrypted: ours' data key, its recipients (with any the
/// other side added to the same key), and ours' ciphertexts for the values equal to ours. The
/// two sides with different data keys (one side removed a recipient): a new data key for the
/// recipients both sides have. Neither side encrypted: the text as it is.
fn seal(
    text: &str,
    ours: Side,
    theirs: Side,
    shown: &str,
    say: &dyn Fn(String, String),
) -> Result<String> {
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
                return Err(Error::msg(
                    "de två versionerna är krypterade till helt olika mottagare",
                    "the two versions are encrypted to entirely different recipients",
                ));
            }
            say(
                format!(
                    "sip merge: {shown}: versionerna har olika datanycklar (en mottagare togs bort på ena sidan); den sammanslagna planen fick en ny datanyckel, för de mottagare båda versionerna har. Jämför med `sip keys list`"
                ),
                format!(
                    "sip merge: {shown}: the versions have different data keys (a recipient was removed on one side); the merged plan got a new data key, for the recipients both versions have. Compare with `sip keys list`"
                ),
            );
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
