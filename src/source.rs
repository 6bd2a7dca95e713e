//! Source text and positions: a file's text, its line starts, byte spans and 1-based line/column.
//!
//! Spans are byte ranges into `SourceFile::text`; line and column are computed only when a finding
//! is rendered. Columns count characters (not bytes), as editors and rustc do. The line index is
//! built on first use: a clean file in a folder of 100,000 never needs one.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The most any plan, agreement or `sip.toml` may hold: a plan is a few kilobytes, and a file of
/// tiny list items costs some 60 times its size in tree and model, so the cap bounds memory per
/// file (two files at a time) and the time of every rule.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// Opening or reading failed.
    Io(std::io::Error),
    /// Not a regular file (a folder, a device, a pipe): never read.
    NotRegular,
    /// More than [`MAX_FILE_BYTES`]: its size when the file said so, `None` when reading
    /// stopped at the cap.
    TooLarge { size: Option<u64> },
}

impl ReadError {
    /// The reason in both languages (`locales/*/fel.ftl`).
    pub fn reason_msg(&self) -> crate::i18n::Msg {
        use crate::i18n::Lang;
        match self {
            ReadError::Io(e) => msg!("fel-las-io", orsak = crate::i18n::io_msg(e)),
            ReadError::NotRegular => msg!("fel-las-inte-vanlig-fil"),
            ReadError::TooLarge { size } => {
                let max = MAX_FILE_BYTES / (1024 * 1024);
                match size {
                    Some(n) => {
                        // One decimal, with the decimal comma in Swedish.
                        let mb = format!("{:.1}", *n as f64 / (1024.0 * 1024.0));
                        crate::i18n::Msg::from_fn(|lang| {
                            let mb = match lang {
                                Lang::Sv => mb.replace('.', ","),
                                Lang::En => mb.clone(),
                            };
                            t!(lang, "fel-las-for-stor", mb = mb, max = max)
                        })
                    }
                    None => msg!("fel-las-for-stor-okand", max = max),
                }
            }
        }
    }
}

/// Read a file of the plan folder: only a regular file (a symbolic link is followed to one), and
/// never more than [`MAX_FILE_BYTES`] plus one byte, whatever its reported size says (a file in
/// `/proc` reports 0 and never ends; a file may grow while it is read). Every read of a plan, an
/// agreement or `sip.toml` goes through here.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, ReadError> {
    // Look before opening: opening a named pipe for reading would wait for a writer.
    if !std::fs::metadata(path).map_err(ReadError::Io)?.is_file() {
        return Err(ReadError::NotRegular);
    }
    read_regular(path)
}

/// [`read_capped`] for a file already seen to be a regular file (by a folder walk): it is not
/// looked at again before it is opened. Should it have become a pipe since, the open does not
/// wait and the look after it refuses the file.
pub fn read_regular(path: &Path) -> Result<Vec<u8>, ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // Should the file be swapped for a pipe between the look and the open, do not wait.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            size: Some(meta.len()),
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { size: None });
    }
    Ok(bytes)
}

/// A byte range in a source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

/// A value together with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
    pub fn as_ref(&self) -> Spanned<&T> {
        Spanned::new(&self.value, self.span)
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// 1-based line and column (column in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// How a plan's text was read (`crypt::read` prepares an encrypted plan's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Access {
    /// A clear file.
    #[default]
    Clear,
    /// An encrypted file opened with a key: the text is the clear text, each value on its line.
    Decrypted,
    /// An encrypted file no key opens: the text is the file's, its personal values `ENC[…]`.
    Sealed,
}

/// Whether a scalar's text is a sops-encrypted value (`ENC[AES256_GCM,…]`).
pub fn is_sealed_value(s: &str) -> bool {
    s.starts_with("ENC[AES256_GCM,") && s.ends_with(']')
}

/// One file's text with its line index.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path on disk.
    pub path: PathBuf,
    /// Path as shown to the user (as given, or relative to the cwd).
    pub display: String,
    pub text: String,
    /// Whether the text is an encrypted plan's, decrypted or sealed (`crypt::read`): a
    /// decrypted text is wiped from memory when dropped.
    pub access: Access,
    /// Byte offsets where lines start, built on first use.
    line_starts: OnceLock<Vec<usize>>,
    /// Characters before each block of [`CHAR_BLOCK`] bytes, built on first use on a long line,
    /// so that a column costs at most one block's count however long the line (one 1 MiB line
    /// of flow YAML with thousands of findings stays linear).
    char_marks: OnceLock<Vec<usize>>,
}

impl Drop for SourceFile {
    fn drop(&mut self) {
        self.wipe();
    }
}

/// Bytes per block of [`SourceFile`]'s character index.
const CHAR_BLOCK: usize = 256;

/// Characters in a byte range of UTF-8: the bytes that do not continue a character. Valid at any
/// byte boundary, so blocks need not fall on character boundaries.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count()
}

impl SourceFile {
    pub fn new(path: PathBuf, display: String, text: String) -> Self {
        SourceFile {
            path,
            display,
            text,
            access: Access::Clear,
            line_starts: OnceLock::new(),
            char_marks: OnceLock::new(),
        }
    }

    /// A plan's text as read through `crypt::read` (decrypted, or sealed without a key).
    pub fn prepared(
        path: PathBuf,
        display: String,
        text: zeroize::Zeroizing<String>,
        access: Access,
    ) -> Self {
        let mut s = SourceFile::new(path, display, String::new());
        s.access = access;
        std::mem::swap(&mut s.text, &mut *{ text });
        s
    }

    /// Forget the text (and its line index) once nothing will be shown from it, so a large
    /// folder's clean files cost only their names.
    pub fn drop_text(&mut self) {
        self.wipe();
        self.text = String::new();
        self.line_starts = OnceLock::new();
        self.char_marks = OnceLock::new();
    }

    /// Overwrite a decrypted text before it is let go.
    fn wipe(&mut self) {
        if self.access == Access::Decrypted {
            zeroize::Zeroize::zeroize(&mut self.text);
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            // Exact size: the index of every file with findings is kept until it is printed.
            let lines = self.text.bytes().filter(|b| *b == b'\n').count();
            let mut v = Vec::with_capacity(lines + 1);
            v.push(0);
            v.extend(
                self.text
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            );
            v
        })
    }

    /// The line (0-based index) holding `offset`.
    fn line_index(&self, offset: usize) -> usize {
        match self.line_starts().binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// 1-based line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let idx = self.line_index(offset);
        let start = self.line_starts()[idx];
        // A byte-order mark is not a column (it can only open the text).
        let bom = usize::from(start == 0 && offset > 0 && self.text.starts_with('\u{feff}'));
        let column = self.chars_between(start, offset) - bom + 1;
        LineCol {
            line: idx + 1,
            column,
        }
    }

    /// Characters in `text[start..end]`: counted directly on a short stretch, from the block
    /// index on a long one.
    fn chars_between(&self, start: usize, end: usize) -> usize {
        let bytes = self.text.as_bytes();
        if end - start <= 2 * CHAR_BLOCK {
            return chars_in(&bytes[start..end]);
        }
        let marks = self.char_marks.get_or_init(|| {
            let mut marks = Vec::with_capacity(bytes.len() / CHAR_BLOCK + 1);
            let mut total = 0;
            for block in bytes.chunks(CHAR_BLOCK) {
                marks.push(total);
                total += chars_in(block);
            }
            marks.push(total);
            marks
        });
        let before =
            |x: usize| marks[x / CHAR_BLOCK] + chars_in(&bytes[x / CHAR_BLOCK * CHAR_BLOCK..x]);
        before(end) - before(start)
    }

    /// The byte range of a line's text (without its line end), by 1-based line number.
    pub fn line_range(&self, line: usize) -> (usize, usize) {
        let starts = self.line_starts();
        let idx = line.saturating_sub(1).min(starts.len() - 1);
        let start = starts[idx];
        let mut end = starts.get(idx + 1).map_or(self.text.len(), |next| next - 1);
        if end > start && self.text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        (start, end.max(start))
    }

    pub fn line_count(&self) -> usize {
        self.line_starts().len()
    }
}

/// The 1-based line number of a byte offset in a text (any offset: past the end is the last line).
pub fn line_of(text: &str, pos: usize) -> usize {
    let bytes = text.as_bytes();
    bytes[..pos.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let f = SourceFile::new("x".into(), "x".into(), "id: a\növergripande: å\n".into());
        assert_eq!(f.line_col(0), LineCol { line: 1, column: 1 });
        let off = f.text.find('å').unwrap();
        assert_eq!(
            f.line_col(off),
            LineCol {
                line: 2,
                column: 15
            }
        );
    }

    #[test]
    fn line_range_strips_crlf() {
        let f = SourceFile::new("x".into(), "x".into(), "a: 1\r\nb: 2\r\n".into());
        let (s, e) = f.line_range(2);
        assert_eq!(&f.text[s..e], "b: 2");
    }

    #[test]
    fn columns_on_a_long_line_count_characters() {
        let line: String = "å".repeat(10_000) + "x";
        let f = SourceFile::new("x".into(), "x".into(), format!("a\n{line}\n"));
        let off = f.text.find('x').unwrap();
        assert_eq!(
            f.line_col(off),
            LineCol {
                line: 2,
                column: 10_001
            }
        );
        assert_eq!(f.line_col(2 + 5000 * 2).column, 5001);
    }

    #[test]
    fn bom_is_not_a_column() {
        let f = SourceFile::new("x".into(), "x".into(), "\u{feff}id: a\n".into());
        assert_eq!(f.line_col(3), LineCol { line: 1, column: 1 });
    }
}
