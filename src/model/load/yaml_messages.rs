//! The YAML parser's (saphyr's) messages in Swedish: each message the parser can give is matched
//! by a part of its English text to a message of `locales/*/planfil.ftl`.

use crate::i18n::Lang;

/// (a part of saphyr's English message, the message id), tried in order: the first part the
/// message contains decides, so a longer part stands before a shorter one it contains.
const KNOWN: &[(&str, &str)] = &[
    (
        "mapping values are not allowed in this context",
        "planfil-yaml-kolon-i-varde",
    ),
    (
        "mapping keys are not allowed in this context",
        "planfil-yaml-nyckel-fel-stalle",
    ),
    (
        "block sequence entries are not allowed in this context",
        "planfil-yaml-listtecken-fel-stalle",
    ),
    ("simple key expect", "planfil-yaml-kolon-saknas"),
    (
        "while parsing a block mapping, did not find expected key",
        "planfil-yaml-indrag-nyckel",
    ),
    (
        "while parsing a block collection, did not find expected '-' indicator",
        "planfil-yaml-indrag-listtecken",
    ),
    (
        "while parsing a flow mapping",
        "planfil-yaml-tabell-klammer",
    ),
    (
        "while parsing a flow sequence",
        "planfil-yaml-lista-klammer",
    ),
    (
        "while parsing a node, did not find expected node content",
        "planfil-yaml-varde-vantades",
    ),
    ("misplaced bracket", "planfil-yaml-klammer-fel-stalle"),
    (
        "while scanning a quoted scalar, found unexpected end of stream",
        "planfil-yaml-citattecken-stangs-inte",
    ),
    (
        "while scanning a quoted scalar, found unexpected document indicator",
        "planfil-yaml-citattecken-stangs-inte",
    ),
    (
        "invalid indentation in quoted scalar",
        "planfil-yaml-indrag-citat",
    ),
    (
        "invalid trailing content after double-quoted scalar",
        "planfil-yaml-text-efter-citat",
    ),
    ("while parsing a quoted scalar", "planfil-yaml-bakstreck"),
    ("unexpected eof", "planfil-yaml-slut-mitt-i-varde"),
    ("unexpected end of plain scalar", "planfil-yaml-text-slutar"),
    (
        "plain scalar cannot start with '-' followed by ,[]{}",
        "planfil-yaml-bindestreck",
    ),
    (
        "comment intercepting the multiline text",
        "planfil-yaml-kommentar-i-text",
    ),
    (
        "illegal placement of ':' indicator",
        "planfil-yaml-kolon-fel-stalle",
    ),
    (
        "wrongly indented line in block scalar",
        "planfil-yaml-indrag-flerradig",
    ),
    (
        "a block scalar content cannot start with a tab",
        "planfil-yaml-flerradig-tabb",
    ),
    (
        "while scanning a block scalar",
        "planfil-yaml-efter-flerradig",
    ),
    ("invalid indentation", "planfil-yaml-indrag"),
    // Before "tab", which "unprintable" contains.
    (
        "found unprintable character",
        "planfil-yaml-otillatet-tecken",
    ),
    ("tab", "planfil-yaml-tabb"),
    ("recursion limit exceeded", "planfil-yaml-for-djupt"),
    (
        "a byte order mark must not appear inside a document",
        "planfil-yaml-bom",
    ),
    (
        "while parsing node, found unknown anchor",
        "planfil-yaml-okant-ankare",
    ),
    ("anchor", "planfil-yaml-ankare"),
    ("tag", "planfil-yaml-tagg"),
    ("directive", "planfil-yaml-direktiv"),
    ("document", "planfil-yaml-dokumentgrans"),
    ("expected whitespace", "planfil-yaml-mellanslag"),
    ("unexpected character", "planfil-yaml-tecken"),
    ("did not find expected", "planfil-yaml-indrag-eller-klammer"),
];

/// The message id for a parser message, when one of [`KNOWN`] matches.
fn problem_id(msg: &str) -> Option<&'static str> {
    KNOWN
        .iter()
        .find(|(part, _)| msg.contains(part))
        .map(|(_, id)| *id)
}

/// saphyr's scanner and parser messages in Swedish ("YAML-fel: …"); the English original is kept
/// for `--lang en`. Every message the parser can give has its Swedish form, and anything
/// unforeseen still reads as Swedish.
pub fn yaml_problem_sv(msg: &str) -> String {
    let problem = match problem_id(msg) {
        Some(id) => t!(Lang::Sv, id),
        // Our own messages (several documents, nesting) are Swedish already.
        None if msg.contains(['å', 'ä', 'ö']) => msg.to_string(),
        None => t!(Lang::Sv, "planfil-yaml-okant"),
    };
    t!(Lang::Sv, "planfil-yaml-fel", problem = problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message saphyr-parser 0.3 gives (its scanner's and parser's `ScanError` texts; a
    /// `{c}` is the character found).
    const SAPHYR: &[&str] = &[
        "simple key expected",
        "simple key expect ':'",
        "a byte order mark must not appear inside a document",
        "while scanning a block scalar, found an indentation indicator equal to 0",
        "while scanning a block scalar, did not find expected comment or line break",
        "did not find expected <stream-start>",
        "did not find expected <document start>",
        "did not find expected <document-start>",
        "did not find expected next token",
        "wrongly indented line in block scalar",
        "while scanning an anchor or alias, did not find expected alphabetic or numeric character",
        "while scanning a verbatim tag, did not find the expected '>'",
        "while scanning a tag, did not find expected whitespace or line break",
        "while scanning a tag, did not find expected '!'",
        "while scanning TAG, did not find expected whitespace or line break",
        "while scanning a quoted scalar, found unexpected end of stream",
        "while scanning a quoted scalar, found unexpected document indicator",
        "while scanning a plain scalar, found a tab",
        "while scanning a directive, found unexpected non-alphabetical character",
        "while scanning a directive, did not find expected comment or line break",
        "while scanning a directive, could not find expected directive name",
        "while scanning a YAML directive, found extremely long version number",
        "while scanning a YAML directive, did not find expected version number",
        "while scanning a YAML directive, did not find expected digit or '.' character",
        "while parsing node, found unknown anchor",
        "while parsing anchor, found duplicated anchor",
        "while parsing a tag, found an invalid escape sequence",
        "while parsing a tag, found an invalid UTF-8 codepoint",
        "while parsing a tag, did not find expected tag URI",
        "while parsing a tag directive, did not find expected '!'",
        "while parsing a quoted scalar, found unknown escape character",
        "while parsing a quoted scalar, found invalid Unicode character escape code",
        "while parsing a quoted scalar, did not find expected hexadecimal number",
        "while parsing a node, did not find expected node content",
        "while parsing a flow sequence, expected ',' or ']'",
        "while parsing a flow mapping, did not find expected ',' or '}'",
        "while parsing a block mapping, did not find expected key",
        "while parsing a block collection, did not find expected '-' indicator",
        "unexpected eof",
        "unexpected end of plain scalar",
        "unexpected character: `@'",
        "the TAG directive must only be given at most once per handle in the same document",
        "tabs disallowed within this context (block indentation)",
        "tabs disallowed in this context",
        "tab cannot be used as indentation",
        "recursion limit exceeded",
        "plain scalar cannot start with '-' followed by ,[]{}",
        "missing explicit document end marker before directive",
        "misplaced bracket",
        "mapping values are not allowed in this context",
        "mapping keys are not allowed in this context",
        "invalid trailing content after double-quoted scalar",
        "invalid indentation",
        "invalid indentation in quoted scalar",
        "invalid indentation in flow construct",
        "invalid indentation for anchor",
        "illegal placement of ':' indicator",
        "found unprintable character",
        "found incompatible YAML document",
        "expected whitespace",
        "duplicate version directive",
        "comment intercepting the multiline text",
        "block sequence entries are not allowed in this context",
        "a block scalar content cannot start with a tab",
    ];

    /// Each entry of the table is the first match of some message the parser really gives: none
    /// is shadowed by an earlier, shorter part, and none waits for a message that never comes.
    #[test]
    fn every_entry_is_reached_by_a_parser_message() {
        let unreached: Vec<&str> = KNOWN
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                !SAPHYR
                    .iter()
                    .any(|m| KNOWN.iter().position(|(part, _)| m.contains(part)) == Some(*i))
            })
            .map(|(_, (part, _))| *part)
            .collect();
        assert!(unreached.is_empty(), "never matched first: {unreached:?}");
    }

    #[test]
    fn every_entry_has_its_text_in_both_languages() {
        for (_, id) in KNOWN {
            for lang in [Lang::Sv, Lang::En] {
                assert!(crate::i18n::has(lang, id), "{id} missing in {lang:?}");
            }
        }
    }

    #[test]
    fn known_messages_read_as_their_own_text() {
        for (msg, want) in [
            (
                "mapping values are not allowed in this context at byte 7 line 1 column 8",
                "YAML-fel: ett kolon på fel ställe (ett värde kan inte vara en nyckel här; står det ett kolon i en text som borde ha citattecken?)",
            ),
            (
                "simple key expected",
                "YAML-fel: ett kolon efter nyckeln saknas (eller raden är indragen fel)",
            ),
            (
                "while parsing a flow mapping, did not find expected ',' or '}'",
                "YAML-fel: en tabell inom `{ }` saknar `,` eller `}`",
            ),
            (
                "while parsing a quoted scalar, found unknown escape character",
                "YAML-fel: en ogiltig `\\`-kod inom citattecken (skriv `\\\\` för ett bakstreck)",
            ),
            (
                "tabs disallowed in this context",
                "YAML-fel: tabbtecken får inte användas för indrag (använd mellanslag)",
            ),
            (
                "found unprintable character",
                "YAML-fel: filen innehåller ett tecken som inte får stå i YAML (t.ex. NUL)",
            ),
            (
                "did not find expected next token",
                "YAML-fel: indraget eller en avslutande klammer stämmer inte",
            ),
            (
                "filen innehåller flera YAML-dokument; en plan per fil",
                "YAML-fel: filen innehåller flera YAML-dokument; en plan per fil",
            ),
            (
                "something new",
                "YAML-fel: texten följer inte YAML:s regler här",
            ),
        ] {
            assert_eq!(yaml_problem_sv(msg), want, "{msg}");
        }
    }
}
