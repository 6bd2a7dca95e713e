//! The sops 3.x YAML format, for the values of a plan, with age keys.
//!
//! As sops does it (`aes/cipher.go`, `sops.go`, `stores/yaml/store.go`, `age/keysource.go`):
//! - a value is `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str|int|float|bool|…]`: AES-256-GCM with
//!   the file's 32-byte data key, a random 32-byte IV (Go's `NewGCMWithNonceSize(32)`, here
//!   `AesGcm<Aes256, U32>`), and as additional data the keys of the value's path joined by `:`
//!   plus a final `:` (list indexes are not part of the path); data, IV and the 16-byte tag in
//!   standard base64. An empty string stays empty; a null is not a value.
//! - a value is encrypted when any key on its path matches `encrypted_regex` (or, with no
//!   regex, when no key ends with `unencrypted_suffix`);
//! - the MAC: SHA-512 over the plaintexts of the values in document order (with
//!   `mac_only_encrypted`, only the encrypted ones, after 32 fixed bytes), as upper-case hex,
//!   encrypted like a value with `lastmodified` (RFC 3339) as additional data;
//! - the data key is age-encrypted to each recipient and stored ASCII-armored as `enc`.
//!
//! Unlike sops, which re-emits the whole document, the text is changed value by value: keys,
//! clear values, comments and layout stay as they were written. Comments are not encrypted.

use std::collections::{HashMap, VecDeque};

use aes_gcm::AesGcm;
use aes_gcm::aead::consts::U32;
use aes_gcm::aead::generic_array::GenericArray;
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::aes::Aes256;
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use sha2::{Digest, Sha512};
use zeroize::Zeroizing;

use crate::edit::layout;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::yaml::{Kind, Node};

/// The sops version whose format is written.
pub const SOPS_VERSION: &str = "3.13.2";

/// sops's `MACOnlyEncryptedInitialization`: hashed first when only encrypted values are in the
/// MAC, so that such a MAC never equals one over every value.
const MAC_ONLY_ENCRYPTED_INIT: [u8; 32] = [
    0x8a, 0x3f, 0xd2, 0xad, 0x54, 0xce, 0x66, 0x52, 0x7b, 0x10, 0x34, 0xf3, 0xd1, 0x47, 0xbe, 0x0b,
    0x0b, 0x97, 0x5b, 0x3b, 0xf4, 0x4f, 0x72, 0xc6, 0xfd, 0xad, 0xec, 0x81, 0x76, 0xf2, 0x7d, 0x69,
];

type Gcm = AesGcm<Aes256, U32>;

/// A file's 32-byte data key, wiped from memory when dropped.
pub struct DataKey(Zeroizing<[u8; 32]>);

impl DataKey {
    /// A new random data key.
    pub fn generate() -> Result<DataKey> {
        let mut k = Zeroizing::new([0u8; 32]);
        random(&mut k[..])?;
        Ok(DataKey(k))
    }
    /// A data key from the bytes an age file held (exactly 32).
    pub fn from_bytes(b: &[u8]) -> Option<DataKey> {
        let arr: [u8; 32] = b.try_into().ok()?;
        Some(DataKey(Zeroizing::new(arr)))
    }
    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
    fn cipher(&self) -> Gcm {
        Gcm::new(GenericArray::from_slice(&self.0[..]))
    }
}

fn random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| err!("kryptering-slumptal", orsak = e.to_string()))
}

/// Encrypt one value with a given IV: the `ENC[…]` string.
fn seal(key: &DataKey, iv: &[u8; 32], plaintext: &[u8], aad: &str, ty: &str) -> Result<String> {
    let out = key
        .cipher()
        .encrypt(
            GenericArray::from_slice(iv),
            Payload {
                msg: plaintext,
                aad: aad.as_bytes(),
            },
        )
        .map_err(|_| err!("kryptering-aes-misslyckades"))?;
    let (data, tag) = out.split_at(out.len() - 16);
    Ok(format!(
        "ENC[AES256_GCM,data:{},iv:{},tag:{},type:{ty}]",
        B64.encode(data),
        B64.encode(iv),
        B64.encode(tag)
    ))
}

/// Encrypt one value with a new random IV.
pub fn encrypt_value(key: &DataKey, plaintext: &[u8], aad: &str, ty: &str) -> Result<String> {
    let mut iv = [0u8; 32];
    random(&mut iv)?;
    seal(key, &iv, plaintext, aad, ty)
}

/// Why a value could not be decrypted.
#[derive(Debug, PartialEq, Eq)]
pub enum ValueError {
    /// Not an `ENC[AES256_GCM,…]` string.
    NotEncrypted,
    /// The string is malformed (base64, IV length, tag length).
    Malformed,
    /// The tag does not match: another key, another path, or a changed value.
    Authentication,
}

/// Decrypt one `ENC[…]` string: its plaintext and type.
pub fn decrypt_value(
    key: &DataKey,
    value: &str,
    aad: &str,
) -> std::result::Result<(Zeroizing<Vec<u8>>, String), ValueError> {
    let body = value
        .strip_prefix("ENC[AES256_GCM,data:")
        .and_then(|b| b.strip_suffix(']'))
        .ok_or(ValueError::NotEncrypted)?;
    let (data, rest) = body.split_once(",iv:").ok_or(ValueError::Malformed)?;
    let (iv, rest) = rest.split_once(",tag:").ok_or(ValueError::Malformed)?;
    let (tag, ty) = rest.split_once(",type:").ok_or(ValueError::Malformed)?;
    let data = B64.decode(data).map_err(|_| ValueError::Malformed)?;
    let iv = B64.decode(iv).map_err(|_| ValueError::Malformed)?;
    let tag = B64.decode(tag).map_err(|_| ValueError::Malformed)?;
    if iv.len() != 32 || tag.len() != 16 {
        return Err(ValueError::Malformed);
    }
    let mut sealed = data;
    sealed.extend_from_slice(&tag);
    let plain = key
        .cipher()
        .decrypt(
            GenericArray::from_slice(&iv),
            Payload {
                msg: &sealed,
                aad: aad.as_bytes(),
            },
        )
        .map_err(|_| ValueError::Authentication)?;
    Ok((Zeroizing::new(plain), ty.to_string()))
}

/// One age recipient's copy of the data key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeEntry {
    pub recipient: String,
    /// The ASCII-armored age file holding the data key.
    pub enc: String,
}

/// The `sops:` mapping.
#[derive(Debug, Clone, Default)]
pub struct Metadata {
    pub age: Vec<AgeEntry>,
    pub lastmodified: String,
    pub mac: String,
    pub encrypted_regex: Option<String>,
    pub unencrypted_suffix: Option<String>,
    pub mac_only_encrypted: bool,
    pub version: String,
}

/// An encrypted file taken apart: the document without its `sops:` mapping, and the mapping.
pub struct Split {
    pub body: String,
    pub meta: Metadata,
}

fn bad_meta(file: &str, what: Msg) -> Error {
    err!("kryptering-ogiltig-sops", fil = file, orsak = what)
}

fn yaml_error(file: &str, e: &crate::yaml::YamlError) -> Error {
    err!("kryptering-ogiltig-yaml", fil = file, orsak = e.message)
}

/// Take the `sops:` mapping out of an encrypted file. `Ok(None)` when the file has none (a
/// clear plan).
pub fn split(text: &str, file: &str) -> Result<Option<Split>> {
    split_with(text, file, false)
}

/// [`split`], with the `sops:` mapping's lines left as empty lines, so that every line of the
/// body is on the line it has in the file (for findings that point into the file).
pub fn split_keep_lines(text: &str, file: &str) -> Result<Option<Split>> {
    split_with(text, file, true)
}

fn split_with(text: &str, file: &str, keep_lines: bool) -> Result<Option<Split>> {
    // The common case without parsing the document: one `sops:` line at the start of a line,
    // its mapping the indented lines below it. Only that block is parsed; the body is parsed by
    // whoever reads it.
    if let Some((start, end)) = locate_meta(text) {
        if let Ok(Some(root)) = crate::yaml::parse(&text[start..end]) {
            if let Some([(k, v)]) = root.as_map() {
                if k.key_text() == Some("sops") {
                    let meta = read_meta(v, file)?;
                    return Ok(Some(Split {
                        body: body_without(text, start, end, keep_lines),
                        meta,
                    }));
                }
            }
        }
    }
    let Some(root) = crate::yaml::parse(text).map_err(|e| yaml_error(file, &e))? else {
        return Ok(None);
    };
    let Some(entries) = root.as_map() else {
        return Ok(None);
    };
    let Some(i) = entries
        .iter()
        .position(|(k, _)| k.key_text() == Some("sops"))
    else {
        return Ok(None);
    };
    let meta = read_meta(&entries[i].1, file)?;
    let start = layout::line_start(text, entries[i].0.span.start);
    let end = entries
        .get(i + 1)
        .map_or(text.len(), |(k, _)| layout::line_start(text, k.span.start));
    Ok(Some(Split {
        body: body_without(text, start, end, keep_lines),
        meta,
    }))
}

/// The text without the bytes `start..end` (with `keep_lines`, as many empty lines in their
/// place when text follows).
pub(crate) fn body_without(text: &str, start: usize, end: usize, keep_lines: bool) -> String {
    let mut body = String::with_capacity(text.len());
    body.push_str(&text[..start]);
    if keep_lines && end < text.len() {
        let lines = text[start..end].bytes().filter(|b| *b == b'\n').count();
        body.extend(std::iter::repeat_n('\n', lines));
    }
    body.push_str(&text[end..]);
    body
}

/// Where the `sops:` block of a text is, found by its lines: the one line that is `sops:` (and
/// nothing else but a comment), up to the next line that starts at the left margin with
/// anything but a comment. `None` when the text does not have exactly that shape (then the
/// document is parsed to find it).
pub(crate) fn locate_meta(text: &str) -> Option<(usize, usize)> {
    let start = if text.starts_with("sops:") {
        0
    } else {
        text.find("\nsops:")? + 1
    };
    if text[start + 5..].contains("\nsops:") {
        return None;
    }
    let line_end = text[start..]
        .find('\n')
        .map_or(text.len(), |i| start + i + 1);
    let rest = text[start + 5..line_end].trim();
    if !(rest.is_empty() || rest.starts_with('#')) {
        return None;
    }
    let mut end = line_end;
    while end < text.len() {
        let next = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
        let line = &text[end..next];
        let first = line.as_bytes()[0];
        let blank = line.trim().is_empty();
        if !blank && !matches!(first, b' ' | b'\t' | b'#') {
            break;
        }
        end = next;
    }
    Some((start, end))
}

fn scalar_text(n: &Node) -> Option<String> {
    n.as_scalar()
        .filter(|s| !s.is_null())
        .map(|s| s.text.to_string())
}

fn read_meta(node: &Node, file: &str) -> Result<Metadata> {
    let Some(entries) = node.as_map() else {
        return Err(bad_meta(file, msg!("kryptering-sops-ingen-tabell")));
    };
    let mut m = Metadata::default();
    for (k, v) in entries {
        let key = k.key_text().unwrap_or("");
        match key {
            "age" => {
                for item in v.as_seq().unwrap_or(&[]) {
                    let mut r = None;
                    let mut enc = None;
                    for (ik, iv) in item.as_map().unwrap_or(&[]) {
                        match ik.key_text() {
                            Some("recipient") => r = scalar_text(iv),
                            Some("enc") => enc = scalar_text(iv),
                            _ => {}
                        }
                    }
                    match (r, enc) {
                        (Some(recipient), Some(enc)) => m.age.push(AgeEntry { recipient, enc }),
                        _ => {
                            return Err(bad_meta(file, msg!("kryptering-sops-age-post")));
                        }
                    }
                }
            }
            "lastmodified" => m.lastmodified = scalar_text(v).unwrap_or_default(),
            "mac" => m.mac = scalar_text(v).unwrap_or_default(),
            "encrypted_regex" => m.encrypted_regex = scalar_text(v),
            "unencrypted_suffix" => m.unencrypted_suffix = scalar_text(v),
            "mac_only_encrypted" => {
                m.mac_only_encrypted =
                    scalar_text(v).is_some_and(|s| s.eq_ignore_ascii_case("true"))
            }
            "version" => m.version = scalar_text(v).unwrap_or_default(),
            "key_groups" | "shamir_threshold" | "encrypted_suffix" | "unencrypted_regex"
                if scalar_text(v).is_some() || v.as_seq().is_some_and(|s| !s.is_empty()) =>
            {
                return Err(err!(
                    "kryptering-sops-installning",
                    fil = file,
                    nyckel = key
                ));
            }
            // Other key sources (pgp, kms …) and the comment settings: not used here.
            _ => {}
        }
    }
    if m.age.is_empty() {
        return Err(err!("kryptering-ingen-age", fil = file));
    }
    Ok(m)
}

/// Which values are encrypted, as sops decides it from a file's settings.
struct Selector {
    regex: Option<regex::Regex>,
    unencrypted_suffix: Option<String>,
}

/// Our `encrypted_regex`, compiled once per run (every file written by sip has it).
fn our_regex() -> &'static (String, Option<regex::Regex>) {
    static OURS: std::sync::OnceLock<(String, Option<regex::Regex>)> = std::sync::OnceLock::new();
    OURS.get_or_init(|| {
        let text = super::encrypted_regex();
        let regex = regex::Regex::new(&text).ok();
        (text, regex)
    })
}

impl Selector {
    fn ours() -> Selector {
        Selector {
            regex: our_regex().1.clone(),
            unencrypted_suffix: None,
        }
    }
    fn of(meta: &Metadata, file: &str) -> Result<Selector> {
        let regex = match &meta.encrypted_regex {
            Some(r) if *r == our_regex().0 && our_regex().1.is_some() => our_regex().1.clone(),
            Some(r) => Some(
                regex::RegexBuilder::new(r)
                    .size_limit(1 << 20)
                    .build()
                    .map_err(|_| bad_meta(file, msg!("kryptering-sops-regex")))?,
            ),
            None => None,
        };
        Ok(Selector {
            regex,
            unencrypted_suffix: meta.unencrypted_suffix.clone(),
        })
    }
}

/// A scalar value of the document, with where it stands.
struct Leaf {
    /// The additional data: the path's keys joined by `:` plus a final `:`.
    aad: String,
    /// Where the scalar's node starts (for a block scalar, its first content line).
    node_start: usize,
    /// The byte range of the value's text (for a block scalar, from its `|` or `>`).
    start: usize,
    end: usize,
    /// Inside a flow collection (`[a, b]`, `{k: v}`).
    flow: bool,
    /// The column a block scalar's lines are written at.
    block_col: usize,
    /// Whether sops encrypts it.
    encrypted: bool,
}

#[derive(Default)]
struct PathState {
    keys: Vec<String>,
    /// For each depth: whether a key up to it matched the regex, or ended with the suffix.
    matched: Vec<bool>,
    suffixed: Vec<bool>,
}

fn collect(text: &str, root: &Node, sel: &Selector, file: &str) -> Result<Vec<Leaf>> {
    let mut out = Vec::new();
    let mut st = PathState::default();
    walk(text, root, sel, &mut st, false, 0, &mut out, file)?;
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn walk(
    text: &str,
    node: &Node,
    sel: &Selector,
    st: &mut PathState,
    flow: bool,
    block_col: usize,
    out: &mut Vec<Leaf>,
    file: &str,
) -> Result<()> {
    match &node.kind {
        Kind::Alias => Err(err!("kryptering-alias", fil = file)),
        Kind::Scalar(s) => {
            if s.is_null() {
                return Ok(());
            }
            let encrypted = match (&sel.regex, &sel.unencrypted_suffix) {
                (Some(_), _) => st.matched.last().copied().unwrap_or(false),
                (None, Some(_)) => !st.suffixed.last().copied().unwrap_or(false),
                (None, None) => true,
            };
            let mut aad = st.keys.join(":");
            aad.push(':');
            out.push(Leaf {
                aad,
                node_start: node.span.start,
                start: text_start(text, node),
                end: layout::content_end(text, node),
                flow,
                block_col,
                encrypted,
            });
            Ok(())
        }
        Kind::Seq(items) => {
            let inner_flow = flow || layout::is_flow(text, node);
            for item in items {
                let col = layout::column(text, item.span.start);
                walk(text, item, sel, st, inner_flow, col, out, file)?;
            }
            Ok(())
        }
        Kind::Map(entries) => {
            let inner_flow = flow || layout::is_flow(text, node);
            for (k, v) in entries {
                let Some(key) = k.key_text() else {
                    return Err(err!("kryptering-nyckel-ingen-text", fil = file));
                };
                let matched = st.matched.last().copied().unwrap_or(false)
                    || sel.regex.as_ref().is_some_and(|r| r.is_match(key));
                let suffixed = st.suffixed.last().copied().unwrap_or(false)
                    || sel
                        .unencrypted_suffix
                        .as_deref()
                        .is_some_and(|s| key.ends_with(s));
                st.keys.push(key.to_string());
                st.matched.push(matched);
                st.suffixed.push(suffixed);
                let col = layout::column(text, k.span.start) + 2;
                let r = walk(text, v, sel, st, inner_flow, col, out, file);
                st.keys.pop();
                st.matched.pop();
                st.suffixed.pop();
                r?;
            }
            Ok(())
        }
    }
}

/// Where a scalar's text starts: a block scalar's span starts at its content, its text at the
/// `|` or `>` of the line before.
fn text_start(text: &str, node: &Node) -> usize {
    if layout::scalar_style(text, node) != layout::ScalarStyle::Block {
        return node.span.start;
    }
    let mut ls = layout::line_start(text, node.span.start);
    while ls > 0 {
        let prev = layout::line_start(text, ls - 1);
        let line = &text[prev..ls];
        let b = line.as_bytes();
        let header = (0..b.len()).find(|&i| {
            matches!(b[i], b'|' | b'>')
                && (i == 0 || b[i - 1] == b' ' || b[i - 1] == b'\t')
                && line[i + 1..]
                    .trim_start_matches(['+', '-', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
                    .trim_start_matches([' ', '\t'])
                    .trim_end_matches(['\r', '\n'])
                    .chars()
                    .next()
                    .is_none_or(|c| c == '#')
        });
        if let Some(i) = header {
            return prev + i;
        }
        if !line.trim().is_empty() {
            break;
        }
        ls = prev;
    }
    node.span.start
}

/// The sops type and plaintext of a clear scalar, as sops's YAML reader types it: a plain
/// `true`/`false` is a bool (`True`/`False`), a plain decimal integer an int; everything else a
/// string.
fn typed(plain: bool, text: &str) -> (&'static str, Zeroizing<Vec<u8>>) {
    if plain {
        match text {
            "true" | "True" | "TRUE" => return ("bool", Zeroizing::new(b"True".to_vec())),
            "false" | "False" | "FALSE" => return ("bool", Zeroizing::new(b"False".to_vec())),
            _ => {}
        }
        let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
        if !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (digits == "0" || !digits.starts_with('0'))
        {
            if let Ok(n) = text.parse::<i64>() {
                return ("int", Zeroizing::new(n.to_string().into_bytes()));
            }
        }
    }
    ("str", Zeroizing::new(text.as_bytes().to_vec()))
}

/// The ciphertexts of a file's values, so that a rewrite keeps the ciphertext of every value
/// whose path and plaintext are unchanged (sops keeps their IVs, which gives the same string).
/// Keyed by a digest of path, type and plaintext, so that no plaintext is kept here.
#[derive(Default)]
pub struct Stash {
    values: HashMap<[u8; 64], VecDeque<String>>,
    /// The previous MAC (plaintext), its `lastmodified` and encrypted form: an unchanged
    /// document keeps them, so that rewriting it changes no byte.
    mac: Option<(String, String, String)>,
}

fn stash_key(aad: &str, ty: &str, plain: &[u8]) -> [u8; 64] {
    let mut h = Sha512::new();
    h.update((aad.len() as u64).to_le_bytes());
    h.update(aad.as_bytes());
    h.update((ty.len() as u64).to_le_bytes());
    h.update(ty.as_bytes());
    h.update(plain);
    h.finalize().into()
}

impl Stash {
    fn put(&mut self, aad: &str, ty: &str, plain: &[u8], enc: &str) {
        self.values
            .entry(stash_key(aad, ty, plain))
            .or_default()
            .push_back(enc.to_string());
    }
    fn take(&mut self, aad: &str, ty: &str, plain: &[u8]) -> Option<String> {
        self.values
            .get_mut(&stash_key(aad, ty, plain))
            .and_then(VecDeque::pop_front)
    }
}

/// An encrypted file opened with its data key.
pub struct Opened {
    /// The document in clear text, without the `sops:` mapping.
    pub clear: Zeroizing<String>,
    pub key: DataKey,
    pub meta: Metadata,
    /// The ciphertexts, for a rewrite with the same data key.
    pub stash: Stash,
}

fn damaged(file: &str, why: Msg) -> Error {
    err!("kryptering-skadad", fil = file, orsak = why)
}

/// Decrypt a split file with its data key, verifying the MAC.
pub fn open(split: Split, key: DataKey, file: &str) -> Result<Opened> {
    open_with(split, key, file, false)
}

/// [`open`]; with `same_lines`, every value is written back on one line (a multi-line text as
/// a double-quoted scalar), so that each line of the clear text is the file's line: for reading
/// a plan, whose findings point at the file as it is on disk.
pub fn open_with(split: Split, key: DataKey, file: &str, same_lines: bool) -> Result<Opened> {
    let Split { body, meta } = split;
    let sel = Selector::of(&meta, file)?;
    let root = crate::yaml::parse(&body).map_err(|e| yaml_error(file, &e))?;
    let leaves = match &root {
        Some(r) => collect(&body, r, &sel, file)?,
        None => Vec::new(),
    };
    let mut hash = Sha512::new();
    if meta.mac_only_encrypted {
        hash.update(MAC_ONLY_ENCRYPTED_INIT);
    }
    let mut stash = Stash::default();
    let mut clear = Zeroizing::new(String::with_capacity(body.len()));
    let mut at = 0;
    let node_at = |start: usize| root.as_ref().and_then(|r| scalar_at(r, start));
    for leaf in &leaves {
        let Some(sc) = node_at(leaf.node_start) else {
            continue;
        };
        let written = sc.text.as_ref();
        if !leaf.encrypted {
            if !meta.mac_only_encrypted {
                hash.update(&*typed(sc.plain, written).1);
            }
            continue;
        }
        if written.is_empty() {
            continue;
        }
        let (plain, ty) = decrypt_value(&key, written, &leaf.aad).map_err(|e| {
            let path = leaf.aad.trim_end_matches(':');
            let why = match e {
                ValueError::NotEncrypted => msg!("kryptering-varde-inte-krypterat", plats = path),
                ValueError::Malformed => msg!("kryptering-varde-ogiltigt", plats = path),
                ValueError::Authentication => msg!("kryptering-varde-fel-nyckel", plats = path),
            };
            damaged(file, why)
        })?;
        hash.update(&plain[..]);
        stash.put(&leaf.aad, &ty, &plain, written);
        let rendered = render(&body, leaf, &ty, &plain, same_lines);
        clear.push_str(&body[at..leaf.start]);
        clear.push_str(&rendered);
        at = leaf.end;
    }
    clear.push_str(&body[at..]);
    let computed = hex_upper(&hash.finalize());
    let file_mac = decrypt_value(&key, &meta.mac, &meta.lastmodified)
        .map_err(|_| damaged(file, msg!("kryptering-mac-dekryptera")))?;
    if file_mac.0.as_slice() != computed.as_bytes() {
        return Err(damaged(file, msg!("kryptering-mac-stammer-inte")));
    }
    stash.mac = Some((computed, meta.lastmodified.clone(), meta.mac.clone()));
    Ok(Opened {
        clear,
        key,
        meta,
        stash,
    })
}

/// The scalar whose text starts at `start`.
fn scalar_at<'n, 'a>(node: &'n Node<'a>, start: usize) -> Option<&'n crate::yaml::Scalar<'a>> {
    match &node.kind {
        Kind::Scalar(s) if node.span.start == start => Some(s),
        Kind::Scalar(_) | Kind::Alias => None,
        Kind::Seq(items) => {
            let i = items.partition_point(|n| n.span.start <= start);
            items
                .get(i.checked_sub(1)?)
                .and_then(|n| scalar_at(n, start))
        }
        Kind::Map(entries) => {
            let i = entries.partition_point(|(k, _)| k.span.start <= start);
            let (_, v) = entries.get(i.checked_sub(1)?)?;
            scalar_at(v, start)
        }
    }
}

fn hex_upper(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        s.push_str(&format!("{x:02X}"));
    }
    s
}

/// A decrypted value as YAML text in place of its `ENC[…]` string.
fn render(text: &str, leaf: &Leaf, ty: &str, plain: &[u8], same_lines: bool) -> String {
    let s = String::from_utf8_lossy(plain);
    match ty {
        "int" | "float" => s.into_owned(),
        "bool" => s.to_ascii_lowercase(),
        _ if text.as_bytes()[leaf.start] == b'"' => layout::double_quoted(&s),
        _ if leaf.flow => layout::yaml_scalar_flow(&s),
        _ if text.as_bytes()[leaf.start] == b'\'' => single_quoted(&s),
        _ => {
            let rest_of_line = text[leaf.end..].split('\n').next().unwrap_or("");
            if !same_lines && s.contains('\n') && rest_of_line.trim().is_empty() {
                if let Some(b) = literal_block(&s, leaf.block_col) {
                    return b;
                }
            }
            layout::yaml_scalar(&s)
        }
    }
}

/// A text as a single-quoted YAML scalar (double-quoted when it holds what single quotes cannot
/// write on one line).
fn single_quoted(s: &str) -> String {
    if s.chars()
        .any(|c| c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}'))
    {
        return layout::double_quoted(s);
    }
    format!("'{}'", s.replace('\'', "''"))
}

/// A multi-line text as a literal block scalar (`|` or `|-`) with its lines at `col`, when that
/// reads back as the same text.
fn literal_block(s: &str, col: usize) -> Option<String> {
    let (body, header) = match s.strip_suffix('\n') {
        Some(b) if !b.ends_with('\n') => (b, "|"),
        Some(_) => return None,
        None => (s, "|-"),
    };
    if body.starts_with([' ', '\t'])
        || body.is_empty()
        || body.chars().any(|c| {
            (c.is_control() && c != '\n') || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}')
        })
        || body.split('\n').next().is_some_and(|l| l.trim().is_empty())
    {
        return None;
    }
    let pad = " ".repeat(col);
    let mut out = String::from(header);
    for line in body.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
    }
    Some(out)
}

/// Encrypt a clear document: its personal values (the keys of
/// [`super::personal_keys`]) with `key`, the `sops:` mapping with `age` (the data key wrapped
/// to each recipient) appended. With `stash` (the same data key's previous ciphertexts), an
/// unchanged value keeps its ciphertext, and an unchanged document its MAC and date.
pub fn seal_text(
    clear: &str,
    key: &DataKey,
    age: Vec<AgeEntry>,
    stash: Option<Stash>,
    file: &str,
) -> Result<String> {
    let mut stash = stash.unwrap_or_default();
    let root = crate::yaml::parse(clear).map_err(|e| yaml_error(file, &e))?;
    let Some(root) = root else {
        return Err(err!("kryptering-tom-fil", fil = file));
    };
    let Some(entries) = root.as_map() else {
        return Err(err!("kryptering-ingen-tabell", fil = file));
    };
    if entries.iter().any(|(k, _)| k.key_text() == Some("sops")) {
        return Err(err!("kryptering-redan-krypterad", fil = file));
    }
    let sel = Selector::ours();
    let leaves = collect(clear, &root, &sel, file)?;
    let mut hash = Sha512::new();
    hash.update(MAC_ONLY_ENCRYPTED_INIT);
    let mut out = String::with_capacity(clear.len() * 2 + 1024);
    let mut at = 0;
    for leaf in leaves.iter().filter(|l| l.encrypted) {
        let Some(sc) = scalar_at(&root, leaf.node_start) else {
            continue;
        };
        let (ty, plain) = typed(sc.plain, &sc.text);
        hash.update(&plain[..]);
        if plain.is_empty() {
            continue;
        }
        let enc = match stash.take(&leaf.aad, ty, &plain) {
            Some(e) => e,
            None => encrypt_value(key, &plain, &leaf.aad, ty)?,
        };
        out.push_str(&clear[at..leaf.start]);
        // The value's quotes stay around its ciphertext (sops reads the same string), so that
        // decryption writes it back in the same style.
        let quote = match clear.as_bytes()[leaf.start] {
            q @ (b'"' | b'\'') if !sc.plain => Some(q as char),
            // A plain item of a flow list: quoted, as `[`, `,` and `]` must be.
            _ if leaf.flow => Some('\''),
            _ => None,
        };
        if let Some(q) = quote {
            out.push(q);
            out.push_str(&enc);
            out.push(q);
        } else {
            out.push_str(&enc);
        }
        at = leaf.end;
    }
    out.push_str(&clear[at..]);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    let mac = hex_upper(&hash.finalize());
    let (lastmodified, mac_enc) = match stash.mac.take() {
        Some((old, date, enc)) if old == mac => (date, enc),
        _ => {
            let date = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
            let enc = encrypt_value(key, mac.as_bytes(), &date, "str")?;
            (date, enc)
        }
    };
    let meta = Metadata {
        age,
        lastmodified,
        mac: mac_enc,
        encrypted_regex: Some(super::encrypted_regex()),
        unencrypted_suffix: None,
        mac_only_encrypted: true,
        version: SOPS_VERSION.to_string(),
    };
    out.push_str(&emit_meta(&meta));
    Ok(out)
}

/// The `sops:` mapping as sops writes it (four-space indentation).
pub fn emit_meta(m: &Metadata) -> String {
    let mut s = String::from("sops:\n    age:\n");
    for a in &m.age {
        s.push_str(&format!(
            "        - recipient: {}\n          enc: |\n",
            layout::yaml_scalar(&a.recipient)
        ));
        for line in a.enc.lines() {
            s.push_str("            ");
            s.push_str(line);
            s.push('\n');
        }
    }
    s.push_str(&format!(
        "    lastmodified: {}\n",
        layout::double_quoted(&m.lastmodified)
    ));
    s.push_str(&format!("    mac: {}\n", m.mac));
    if let Some(r) = &m.encrypted_regex {
        s.push_str(&format!(
            "    encrypted_regex: {}\n",
            layout::yaml_scalar(r)
        ));
    }
    if let Some(u) = &m.unencrypted_suffix {
        s.push_str(&format!(
            "    unencrypted_suffix: {}\n",
            layout::yaml_scalar(u)
        ));
    }
    if m.mac_only_encrypted {
        s.push_str("    mac_only_encrypted: true\n");
    }
    s.push_str(&format!("    version: {}\n", m.version));
    s
}

/// The file with its `sops:` mapping replaced by `meta` (the values untouched): for a new
/// recipient of the same data key.
pub fn replace_meta(text: &str, meta: &Metadata, file: &str) -> Result<String> {
    let Some(split) = split(text, file)? else {
        return Err(err!("kryptering-inte-krypterad", fil = file));
    };
    let mut out = split.body;
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&emit_meta(meta));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> DataKey {
        DataKey::from_bytes(&[7u8; 32]).unwrap()
    }

    fn age() -> Vec<AgeEntry> {
        vec![AgeEntry {
            recipient: "age1test".into(),
            enc: "-----BEGIN AGE ENCRYPTED FILE-----\n-----END AGE ENCRYPTED FILE-----\n".into(),
        }]
    }

    #[test]
    fn value_round_trip_and_wrong_path() {
        let k = key();
        let e = encrypt_value(&k, b"Anna", "individ:namn:", "str").unwrap();
        assert!(e.starts_with("ENC[AES256_GCM,data:"));
        assert!(e.ends_with(",type:str]"));
        let (p, ty) = decrypt_value(&k, &e, "individ:namn:").unwrap();
        assert_eq!(&p[..], b"Anna");
        assert_eq!(ty, "str");
        assert_eq!(
            decrypt_value(&k, &e, "namn:").unwrap_err(),
            ValueError::Authentication
        );
    }

    #[test]
    fn text_round_trip_keeps_clear_parts() {
        let clear = "# Planen\nid: sip-1\nindivid:\n  namn: Anna Berg # kommentar\n  kön: kvinna\nbakgrund: |\n  Rad ett\n  rad två\ndeltagare:\n  - namn: 'Per'\n    part: kommun\ntaggar: [a, b]\ngivet_av: [Sara, \"Johan\", 'Kim']\n";
        let k = key();
        let enc = seal_text(clear, &k, age(), None, "p.yaml").unwrap();
        assert!(!enc.contains("Anna") && !enc.contains("Rad ett") && !enc.contains("Per'"));
        assert!(enc.contains("# Planen\nid: sip-1\n"));
        assert!(enc.contains(" # kommentar\n  kön: kvinna\n"));
        let split = split(&enc, "p.yaml").unwrap().unwrap();
        let opened = open(split, key(), "p.yaml").unwrap();
        assert_eq!(
            opened.clear.as_str(),
            clear.replace("'Kim'", "Kim"),
            "a single-quoted item of a flow list comes back plain"
        );
        // An unchanged document rewritten with the stash is the same bytes.
        let again = seal_text(&opened.clear, &k, age(), Some(opened.stash), "p.yaml").unwrap();
        assert_eq!(again, enc);
    }

    #[test]
    fn changed_mac_is_refused() {
        let k = key();
        let enc = seal_text(
            "individ:\n  namn: Anna\n  kommentar: x\n",
            &k,
            age(),
            None,
            "p",
        )
        .unwrap();
        // Swap the two values' ciphertexts' order: each fails its own path.
        let s = split(&enc, "p").unwrap().unwrap();
        let mut m = s.meta.clone();
        m.mac = encrypt_value(&k, b"00", &m.lastmodified, "str").unwrap();
        let bad = replace_meta(&enc, &m, "p").unwrap();
        let e = open(split(&bad, "p").unwrap().unwrap(), key(), "p")
            .err()
            .unwrap();
        assert!(e.to_string().contains("MAC"), "{e}");
    }
}
