//! Git's conflict markers left in a plan: S001 at the first one, with how to resolve it.

use super::FindingText;
use crate::findings::{Code, Finding};
use crate::source::Span;

/// The lines of git's conflict markers left in a text: `(byte offset of the line, marker)`.
/// A `<<<<<<<`, `=======` or `>>>>>>>` at the start of a line (alone or followed by a space and
/// a label) is what `git merge` leaves where two versions of the same lines meet.
pub fn conflict_markers(text: &str) -> Vec<(usize, &'static str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Plans seldom hold `<`, `=` or `>` at all: look only where one starts a line.
    for at in memchr::memchr3_iter(b'<', b'=', b'>', bytes) {
        if at > 0 && bytes[at - 1] != b'\n' {
            continue;
        }
        let line = &text[at..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let l = line.trim_end_matches('\r');
        for marker in ["<<<<<<<", "=======", ">>>>>>>"] {
            if let Some(rest) = l.strip_prefix(marker)
                && (rest.is_empty() || (rest.starts_with(' ') && marker != "======="))
            {
                out.push((at, marker));
            }
        }
    }
    out
}

/// S001 for a file that still holds an unresolved git conflict, at its first `<<<<<<<` line.
pub(super) fn conflict_finding(text: &str, markers: &[(usize, &'static str)]) -> Finding {
    let first = markers
        .iter()
        .find(|(_, m)| *m == "<<<<<<<")
        .or(markers.first())
        .map_or(0, |(at, _)| *at);
    let end = text[first..]
        .find(['\r', '\n'])
        .map_or(text.len(), |i| first + i);
    let count = markers
        .iter()
        .filter(|(_, m)| *m == "<<<<<<<")
        .count()
        .max(1);
    Finding::new(Code::S001, Span::new(first, end))
        .problem(msg!("planfil-konflikt", antal = count))
        .label_msg(msg!("planfil-konflikt.etikett"))
        .note_msg(msg!("planfil-konflikt.losning"))
        .note_msg(msg!("planfil-konflikt.setup-git"))
}
