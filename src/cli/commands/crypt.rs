//! Encrypted plans: `sip keys new|list|add|remove`, `sip encrypt [PLAN…|--all] [--from FILE]`,
//! `sip decrypt PLAN [-o FILE]` (see [`crate::crypt`]).

use std::io::Read;
use std::path::Path;

use rayon::prelude::*;

use crate::cli::args::{DecryptArgs, EncryptArgs, KeysCommand, KeysNewArgs};
use crate::cli::{Ctx, ExitStatus};
use crate::crypt::keys::{self, Identities};
use crate::crypt::sops::{self, DataKey};
use crate::edit::write;
use crate::error::{Error, IoOp, Result};
use crate::workspace::{CONFIG_FILE, PlanFile, Workspace};

pub fn keys(ctx: &Ctx, cmd: KeysCommand) -> Result<ExitStatus> {
    match cmd {
        KeysCommand::New(a) => keys_new(ctx, a),
        KeysCommand::List => keys_list(ctx),
        KeysCommand::Add(a) => keys_add(ctx, &a.recipient),
        KeysCommand::Remove(a) => keys_remove(ctx, &a.recipient),
    }
}

/// Create a file only the owner can read (mode 0600 on Unix); refused when it exists.
fn create_private(path: &Path, content: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            err!("kryptering-finns-redan", sokvag = path)
        } else {
            Error::io_op(IoOp::Create, path, e)
        }
    })?;
    f.write_all(content)
        .and_then(|()| f.sync_all())
        .map_err(|e| Error::io_op(IoOp::Write, path, e))
}

fn keys_new(ctx: &Ctx, a: KeysNewArgs) -> Result<ExitStatus> {
    let path = match a.output {
        Some(p) => p,
        None => keys::default_identity_file().ok_or_else(|| err!("kryptering-home-saknas"))?,
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !parent.is_dir() {
            let mut b = std::fs::DirBuilder::new();
            b.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                b.mode(0o700);
            }
            b.create(parent)
                .map_err(|e| Error::io_op(IoOp::Create, parent, e))?;
        }
    }
    let (text, recipient) = keys::generate();
    create_private(&path, text.as_bytes())?;
    crate::cli::print(&format!("{recipient}\n"))?;
    if !ctx.quiet {
        eprintln!(
            "{}",
            t!(
                ctx.lang,
                "kryptering-nyckel-skapad",
                sokvag = path,
                mottagare = recipient
            )
        );
    }
    Ok(ExitStatus::Success)
}

fn recipients(ws: &Workspace) -> Vec<String> {
    ws.config.recipients()
}

fn no_recipients() -> Error {
    err!("kryptering-inga-mottagare", konfig = CONFIG_FILE)
}

fn keys_list(ctx: &Ctx) -> Result<ExitStatus> {
    let ws = ctx.workspace(None)?;
    let list = recipients(&ws);
    if list.is_empty() {
        return Err(no_recipients());
    }
    let ids = keys::load_identities()?;
    let mut out = String::new();
    for r in &list {
        out.push_str(r);
        if ids.public.iter().any(|p| p == r) {
            out.push_str(&t!(ctx.lang, "kryptering-din-nyckel"));
        }
        out.push('\n');
    }
    crate::cli::print(&out)?;
    Ok(ExitStatus::Success)
}

/// Every plan file of the folder.
fn all_plans(ws: &Workspace) -> Result<Vec<PlanFile>> {
    Ok(ws
        .plan_files(std::slice::from_ref(&ws.root))?
        .into_iter()
        .filter(|f| f.problem.is_none())
        .collect())
}

/// Rewrite one plan under its lock: `f` gets the text read and returns the new text, or `None`
/// to leave the file as it is.
fn rewrite(
    ws: &Workspace,
    plan: &PlanFile,
    f: impl FnOnce(&str) -> Result<Option<String>>,
) -> Result<bool> {
    let lock = write::lock(&plan.path, &ws.root)?;
    let bytes =
        crate::source::read_capped(lock.target()).map_err(|e| Error::read(&plan.path, e))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| err!("kryptering-inte-utf8", fil = plan.display))?;
    match f(text)? {
        Some(new) if new.as_bytes() != bytes.as_slice() => {
            write::replace(&lock, &bytes, new.as_bytes())?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The data key of an encrypted file, opened with the identities.
fn data_key(text: &str, ids: &Identities, file: &str) -> Result<Option<(sops::Split, DataKey)>> {
    let Some(split) = sops::split(text, file)? else {
        return Ok(None);
    };
    let key = keys::unwrap(&split.meta, ids, file)?;
    Ok(Some((split, key)))
}

fn keys_add(ctx: &Ctx, recipient: &str) -> Result<ExitStatus> {
    keys::parse_recipient(recipient)?;
    let recipient = recipient.trim().to_string();
    let ws = ctx.workspace(None)?;
    let mut list = recipients(&ws);
    if list.contains(&recipient) {
        crate::cli::print(&format!("{}\n", t!(ctx.lang, "kryptering-mottagare-finns")))?;
        return Ok(ExitStatus::Success);
    }
    let ids = keys::load_identities()?;
    let plans = all_plans(&ws)?;
    let changed: Vec<bool> = plans
        .par_iter()
        .map(|p| {
            rewrite(&ws, p, |text| {
                let Some((split, key)) = data_key(text, &ids, &p.display)? else {
                    return Ok(None);
                };
                let mut meta = split.meta;
                meta.age.retain(|a| a.recipient != recipient);
                meta.age.push(keys::wrap(&key, &recipient)?);
                // The values and the MAC stay: only the key copies change.
                sops::replace_meta(text, &meta, &p.display).map(Some)
            })
        })
        .collect::<Result<_>>()?;
    list.push(recipient.clone());
    recipients_changed(ctx, &ws, &list, &changed, |n| {
        t!(
            ctx.lang,
            "kryptering-mottagare-tillagd",
            konfig = CONFIG_FILE,
            antal = n
        )
    })
}

fn keys_remove(ctx: &Ctx, recipient: &str) -> Result<ExitStatus> {
    let recipient = recipient.trim().to_string();
    let ws = ctx.workspace(None)?;
    let list = recipients(&ws);
    if !list.contains(&recipient) {
        return Err(err!(
            "kryptering-ingen-sadan-mottagare",
            mottagare = recipient,
            konfig = CONFIG_FILE
        ));
    }
    let rest: Vec<String> = list.iter().filter(|r| **r != recipient).cloned().collect();
    if rest.is_empty() {
        return Err(err!("kryptering-enda-mottagaren"));
    }
    let ids = keys::load_identities()?;
    let plans = all_plans(&ws)?;
    let changed: Vec<bool> = plans
        .par_iter()
        .map(|p| {
            rewrite(&ws, p, |text| {
                let Some((split, key)) = data_key(text, &ids, &p.display)? else {
                    return Ok(None);
                };
                let opened = sops::open(split, key, &p.display)?;
                // A new data key: every value encrypted anew, so the removed key opens
                // nothing in the current files.
                crate::crypt::seal_new(&opened.clear, &rest, &p.display).map(Some)
            })
        })
        .collect::<Result<_>>()?;
    recipients_changed(ctx, &ws, &rest, &changed, |n| {
        t!(
            ctx.lang,
            "kryptering-mottagare-borttagen",
            konfig = CONFIG_FILE,
            antal = n
        )
    })
}

/// After `keys add` or `keys remove`: the new list into `sip.toml`, and how many plans changed.
fn recipients_changed(
    ctx: &Ctx,
    ws: &Workspace,
    list: &[String],
    changed: &[bool],
    said: impl Fn(usize) -> String,
) -> Result<ExitStatus> {
    set_recipients(&ws.root, list)?;
    if !ctx.quiet {
        let n = changed.iter().filter(|c| **c).count();
        crate::cli::print(&format!("{}\n", said(n)))?;
    }
    Ok(ExitStatus::Success)
}

/// `mottagare = [...]` as written into `sip.toml`, one recipient a line.
fn recipients_toml(list: &[String]) -> String {
    let mut s = String::from("mottagare = [\n");
    for r in list {
        s.push_str("    ");
        s.push_str(&toml::Value::String(r.clone()).to_string());
        s.push_str(",\n");
    }
    s.push_str("]\n");
    s
}

/// The end of a TOML array starting at `open` (after its `]`), skipping strings and comments.
fn toml_array_end(text: &str, open: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    while i < b.len() {
        match b[i] {
            b'[' => depth += 1,
            b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'\'' => {
                i += 1;
                while i < b.len() && b[i] != b'\'' {
                    i += 1;
                }
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `sip.toml` with `[kryptering] mottagare` set to `list`; the rest of the text unchanged.
pub fn with_recipients(text: &str, list: &[String]) -> Option<String> {
    let assignment = recipients_toml(list);
    let mut pos = 0;
    let mut section: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        if line.trim() == "[kryptering]" {
            section = Some(pos + line.len());
            break;
        }
        pos += line.len();
    }
    let Some(body_start) = section else {
        let mut out = text.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str("\n[kryptering]\n");
        out.push_str(&assignment);
        return Some(out);
    };
    let mut pos = body_start;
    for line in text[body_start..].split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with('[') {
            break;
        }
        if t.starts_with("mottagare") || t.starts_with("\"mottagare\"") {
            let open = pos + line.find('[')?;
            let end = toml_array_end(text, open)?;
            let end = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
            return Some(format!("{}{assignment}{}", &text[..pos], &text[end..]));
        }
        pos += line.len();
    }
    Some(format!(
        "{}{assignment}{}",
        &text[..body_start],
        &text[body_start..]
    ))
}

/// Write the recipients into the folder's `sip.toml`.
pub fn set_recipients(root: &Path, list: &[String]) -> Result<()> {
    let path = root.join(CONFIG_FILE);
    let lock = write::lock(&path, root)?;
    let bytes = crate::source::read_capped(lock.target()).map_err(|e| Error::read(&path, e))?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let new = with_recipients(&text, list)
        .filter(|new| {
            let src = crate::source::SourceFile::new(path.clone(), CONFIG_FILE.into(), new.clone());
            crate::model::config::parse_config(&src)
                .ok()
                .and_then(|c| c.encryption)
                .is_some_and(|e| e.recipients == list)
        })
        .ok_or_else(|| err!("kryptering-kan-inte-skriva-mottagare", konfig = CONFIG_FILE))?;
    write::replace(&lock, &bytes, new.as_bytes())
}

/// Read capped text from a file or standard input (`-`).
fn read_clear(from: &Path) -> Result<zeroize::Zeroizing<String>> {
    if from.as_os_str() == "-" {
        let mut s = zeroize::Zeroizing::new(String::new());
        std::io::stdin()
            .lock()
            .take(crate::source::MAX_FILE_BYTES + 1)
            .read_to_string(&mut s)
            .map_err(|e| Error::io("standard in", e))?;
        if s.len() as u64 > crate::source::MAX_FILE_BYTES {
            return Err(err!("kryptering-stdin-for-stor"));
        }
        Ok(s)
    } else {
        crate::workspace::read_text(from).map(zeroize::Zeroizing::new)
    }
}

pub fn encrypt(ctx: &Ctx, a: EncryptArgs) -> Result<ExitStatus> {
    let ws = ctx.workspace(a.plans.first().map(Path::new))?;
    let list = recipients(&ws);
    if list.is_empty() {
        return Err(no_recipients());
    }
    for r in &list {
        keys::parse_recipient(r)?;
    }
    if let Some(from) = &a.from {
        if a.plans.len() != 1 {
            return Err(err!("kryptering-from-en-plan"));
        }
        let plan = ws.find_plan(&a.plans[0])?;
        let clear = read_clear(from)?;
        let ids = keys::load_identities()?;
        rewrite(&ws, &plan, |text| {
            let new = match data_key(text, &ids, &plan.display)? {
                Some((split, key)) => {
                    let opened = sops::open(split, key, &plan.display)?;
                    crate::crypt::read::reseal(opened, &clear, &list, &plan.display)?
                }
                None => crate::crypt::seal_new(&clear, &list, &plan.display)?,
            };
            Ok(Some(new))
        })?;
        return Ok(ExitStatus::Success);
    }
    let plans: Vec<PlanFile> = if a.all {
        all_plans(&ws)?
    } else {
        a.plans
            .iter()
            .map(|p| ws.find_plan(p))
            .collect::<Result<_>>()?
    };
    let changed: Vec<bool> = plans
        .par_iter()
        .map(|p| {
            // An encrypted plan is passed over before its lock is taken: on a folder encrypted
            // already, `--all` reads each file once and writes nothing.
            if crate::source::read_capped(&p.path)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .is_some_and(|t| crate::crypt::is_encrypted(&t))
            {
                return Ok(false);
            }
            rewrite(&ws, p, |text| {
                if crate::crypt::is_encrypted(text) && sops::split(text, &p.display)?.is_some() {
                    return Ok(None);
                }
                crate::crypt::seal_new(text, &list, &p.display).map(Some)
            })
        })
        .collect::<Result<_>>()?;
    let n = changed.iter().filter(|c| **c).count();
    let already = plans.len() - n;
    if !ctx.quiet {
        let done = t!(
            ctx.lang,
            "kryptering-krypterade",
            antal = n,
            redan = already
        );
        crate::cli::print(&format!("{done}\n"))?;
    }
    Ok(ExitStatus::Success)
}

pub fn decrypt(ctx: &Ctx, a: DecryptArgs) -> Result<ExitStatus> {
    if a.textconv {
        return super::git::textconv(ctx, Path::new(&a.plan));
    }
    let ws = ctx.workspace(Some(Path::new(&a.plan)))?;
    let plan = ws.find_plan(&a.plan)?;
    let text = crate::workspace::read_text(&plan.path)?;
    let ids = keys::load_identities()?;
    let Some((split, key)) = data_key(&text, &ids, &plan.display)? else {
        return Err(err!("kryptering-inte-krypterad-plan", fil = plan.display));
    };
    let opened = sops::open(split, key, &plan.display)?;
    match &a.output {
        Some(out) => create_private(out, opened.clear.as_bytes())?,
        None => crate::cli::print(&opened.clear)?,
    }
    Ok(ExitStatus::Success)
}

/// The recipients for `sip init --encrypt`, checked, as the `[kryptering]` table.
pub fn init_section(recipients: &[String]) -> Result<String> {
    for r in recipients {
        keys::parse_recipient(r)?;
    }
    let list: Vec<String> = recipients.iter().map(|r| r.trim().to_string()).collect();
    Ok(format!(
        "\n# Planernas personuppgifter är krypterade (sops, age) till dessa mottagare\n# (sip keys add/remove ändrar listan):\n[kryptering]\n{}",
        recipients_toml(&list)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_are_set_in_place() {
        let t = "a = 1\n[kryptering]\nmottagare = [\"x\", # c\n \"y\"]\n[regler]\nP002 = \"fel\"\n";
        let n = with_recipients(t, &["z".into()]).unwrap();
        assert_eq!(
            n,
            "a = 1\n[kryptering]\nmottagare = [\n    \"z\",\n]\n[regler]\nP002 = \"fel\"\n"
        );
        let n = with_recipients("a = 1", &["z".into()]).unwrap();
        assert_eq!(n, "a = 1\n\n[kryptering]\nmottagare = [\n    \"z\",\n]\n");
    }
}
