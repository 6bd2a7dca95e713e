//! Source text and positions: a file's text, its line starts, byte spans and 1-based line/column.
//!
//! Spans are byte ranges into `SourceFile::text`; line and column are computed only when a finding
//! is rendered. Columns count characters (not bytes), as editors and rustc do. The line index is
//! built on first use: a clean file in a folder of 100,000 never needs one.

use std::path::PathBuf;
use std::sync::OnceLock;

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

/// One file's text with its line index.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path on disk.
    pub path: PathBuf,
    /// Path as shown to the user (as given, or relative to the cwd).
    pub display: String,
    pub text: String,
    /// Byte offsets where lines start, built on first use.
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    pub fn new(path: PathBuf, display: String, text: String) -> Self {
        SourceFile {
            path,
            display,
            text,
            line_starts: OnceLock::new(),
        }
    }

    /// Forget the text (and its line index) once nothing will be shown from it, so a large
    /// folder's clean files cost only their names.
    pub fn drop_text(&mut self) {
        self.text = String::new();
        self.line_starts = OnceLock::new();
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
        let prefix = self.text.get(start..offset).unwrap_or("");
        // A byte-order mark is not a column.
        let column = prefix.chars().filter(|c| *c != '\u{feff}').count() + 1;
        LineCol {
            line: idx + 1,
            column,
        }
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
    fn bom_is_not_a_column() {
        let f = SourceFile::new("x".into(), "x".into(), "\u{feff}id: a\n".into());
        assert_eq!(f.line_col(3), LineCol { line: 1, column: 1 });
    }
}
