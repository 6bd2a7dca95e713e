//! A plan's history from git: each commit that changed the file, with its date and author, and
//! what changed in the plan said as a samtalsledare would say it ("insats I3 avbruten; nytt
//! behov B3; mål M1 senast 2026-09-30 → 2026-12-31"). Each version is read whole and compared
//! with the one before by structure (`edit::tree`), never by lines: a moved comment or a
//! reformatted file is no change, and a change is named by the item it belongs to.

use std::ffi::{OsStr, OsString};
use std::path::Path;

use chrono::NaiveDate;

use crate::edit::tree::Tree;
use crate::error::{Error, Result};
use crate::i18n::{Lang, Msg};

/// A text of the history in both languages.
type Text = Msg;

/// One commit that changed the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub commit: String,
    pub date: NaiveDate,
    pub author: String,
    pub changes: Vec<Msg>,
}

/// The file is not in a git repository: `sip history` has nothing to read.
pub fn not_in_git(path: &Path) -> Error {
    err!("historik-inte-i-git", fil = path)
}

/// The plan's history, oldest first: every commit on the current branch's first-parent line
/// that changed the file (a merge counts as one change, by the person who merged).
pub fn history(file: &Path) -> Result<Vec<Entry>> {
    let repo = super::Repo::of_file(file).ok_or_else(|| not_in_git(file))?;
    let rel = repo.rel_path(file).ok_or_else(|| not_in_git(file))?;
    let log = repo
        .run(&[
            OsStr::new("log"),
            OsStr::new("--no-show-signature"),
            OsStr::new("--no-textconv"),
            OsStr::new("--no-ext-diff"),
            OsStr::new("--first-parent"),
            OsStr::new("--date=short"),
            OsStr::new("--format=%H%x1f%an%x1f%ad"),
            OsStr::new("--"),
            &rel,
        ])?
        .ok_or_else(|| not_in_git(file))?;
    let log = String::from_utf8_lossy(&log);
    let mut commits: Vec<(String, String, NaiveDate)> = Vec::new();
    for line in log.lines() {
        let mut f = line.split('\x1f');
        let (Some(hash), Some(author), Some(date)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let Some(date) = crate::model::plan::parse_date(date.trim()) else {
            continue;
        };
        commits.push((hash.to_string(), author.to_string(), date));
    }
    commits.reverse();
    let mut out = Vec::with_capacity(commits.len());
    let mut prev: Option<Tree> = None;
    for (hash, author, date) in commits {
        let mut spec = OsString::from(format!("{hash}:"));
        spec.push(&rel);
        // `cat-file blob`: the bytes as committed, no textconv or filter.
        let tree = repo
            .run(&[OsStr::new("cat-file"), OsStr::new("blob"), &spec])?
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|t| {
                crate::yaml::parse(&t)
                    .ok()
                    .flatten()
                    .map(|n| Tree::from_node(&n))
            });
        let changes = match (&prev, &tree) {
            (None, Some(_)) => vec![msg!("historik-skapad")],
            (Some(_), None) if !exists_in(&repo, &spec) => vec![msg!("historik-fil-borttagen")],
            (_, None) => vec![msg!("historik-olasbar")],
            (Some(old), Some(new)) => describe(old, new),
        };
        if !changes.is_empty() {
            out.push(Entry {
                commit: hash,
                date,
                author,
                changes,
            });
        }
        if tree.is_some() {
            prev = tree;
        }
    }
    Ok(out)
}

/// Whether `commit:path` names a file.
fn exists_in(repo: &super::Repo, spec: &OsStr) -> bool {
    matches!(
        repo.run(&[OsStr::new("cat-file"), OsStr::new("-e"), spec]),
        Ok(Some(_))
    )
}

/// How a list of items with ids names its items.
struct Noun {
    /// The item's word in the plan's vocabulary, which names a changed item ("insats I3").
    word: &'static str,
    /// Which kind, for the messages' choice of words (`historik-ny-post`).
    kind: &'static str,
}

fn noun(list: &str) -> Option<Noun> {
    let (word, kind) = match list {
        "behov" => ("behov", "behov"),
        "mål" => ("mål", "mal"),
        "insatser" => ("insats", "insats"),
        "möten" => ("möte", "mote"),
        _ => return None,
    };
    Some(Noun { word, kind })
}

fn label(key: &str) -> String {
    key.replace('_', " ")
}

/// A value in running text: scalars as written (long texts cut), lists joined by commas.
fn show(t: &Tree) -> Text {
    match t {
        Tree::Scalar(s) => {
            let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
            if one_line.chars().count() > 60 {
                let cut: String = one_line.chars().take(57).collect();
                Msg::same(format!("{}…", cut.trim_end()))
            } else if one_line.is_empty() {
                msg!("historik-tomt")
            } else {
                Msg::same(one_line)
            }
        }
        Tree::Seq(items) if items.iter().all(|i| matches!(i, Tree::Scalar(_))) => {
            if items.is_empty() {
                msg!("historik-inga")
            } else {
                join(items.iter().map(show))
            }
        }
        Tree::Seq(items) => msg!("historik-poster", antal = items.len()),
        Tree::Map(_) => Msg::same("…"),
        Tree::Alias => Msg::same("*"),
    }
}

/// Texts joined by commas, in each language.
fn join(parts: impl IntoIterator<Item = Msg>) -> Text {
    let mut out = Msg::same(String::new());
    for (i, m) in parts.into_iter().enumerate() {
        if i > 0 {
            out.sv.push_str(", ");
            out.en.push_str(", ");
        }
        out.sv.push_str(&m.sv);
        out.en.push_str(&m.en);
    }
    out
}

fn get<'a>(t: &'a Tree, key: &str) -> Option<&'a Tree> {
    match t {
        Tree::Map(e) => e.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

fn id_of(t: &Tree) -> Option<&str> {
    match get(t, "id") {
        Some(Tree::Scalar(s)) => Some(s),
        _ => None,
    }
}

fn is_null(t: &Tree) -> bool {
    matches!(t, Tree::Scalar(s) if matches!(s.as_str(), "" | "~" | "null"))
}

/// What changed from `old` to `new`, in the order of the new plan's keys.
pub fn describe(old: &Tree, new: &Tree) -> Vec<Msg> {
    let mut out = Vec::new();
    map_changes(&mut out, "", old, new);
    out
}

fn keys_in_order<'a>(old: &'a Tree, new: &'a Tree) -> Vec<&'a str> {
    let mut keys: Vec<&str> = Vec::new();
    for t in [new, old] {
        if let Tree::Map(e) = t {
            for (k, _) in e {
                if !keys.contains(&k.as_str()) {
                    keys.push(k);
                }
            }
        }
    }
    keys
}

/// Changes in a mapping; `owner` names it in running text ("" for the plan itself, "mål M1",
/// "samtycke").
fn map_changes(out: &mut Vec<Msg>, owner: &str, old: &Tree, new: &Tree) {
    let empty = Tree::Map(Vec::new());
    for key in keys_in_order(old, new) {
        let o = get(old, key).filter(|t| !is_null(t));
        let n = get(new, key).filter(|t| !is_null(t));
        if o == n {
            continue;
        }
        if owner.is_empty()
            && let Some(noun) = noun(key)
        {
            items_changes(out, &noun, o, n);
            continue;
        }
        let name = if owner.is_empty() {
            label(key)
        } else {
            format!("{owner} {}", label(key))
        };
        match (o, n) {
            (Some(Tree::Map(_)) | None, Some(Tree::Map(_))) | (Some(Tree::Map(_)), None) => {
                let owner = if owner.is_empty() {
                    label(key)
                } else {
                    name.clone()
                };
                map_changes(out, &owner, o.unwrap_or(&empty), n.unwrap_or(&empty));
            }
            (o, n) => {
                out.push(special(owner, key, o, n).unwrap_or_else(|| value_change(&name, o, n)))
            }
        }
    }
}

fn value_change(name: &str, o: Option<&Tree>, n: Option<&Tree>) -> Text {
    match (o, n) {
        (None, Some(n)) => msg!("historik-varde-satt", namn = name, varde = show(n)),
        (Some(o), None) => msg!("historik-varde-borttaget", namn = name, varde = show(o)),
        (Some(o), Some(n)) => {
            if let (Tree::Seq(a), Tree::Seq(b)) = (o, n)
                && a.iter().chain(b).all(|i| matches!(i, Tree::Scalar(_)))
            {
                let added: Vec<&Tree> = b.iter().filter(|i| !a.contains(i)).collect();
                let gone: Vec<&Tree> = a.iter().filter(|i| !b.contains(i)).collect();
                let mut parts = Vec::new();
                if !added.is_empty() {
                    let varden = join(added.into_iter().map(show));
                    parts.push(msg!("historik-lista-nya", varden = varden));
                }
                if !gone.is_empty() {
                    let varden = join(gone.into_iter().map(show));
                    parts.push(msg!("historik-lista-borttagna", varden = varden));
                }
                if !parts.is_empty() {
                    return msg!(
                        "historik-lista-andrad",
                        namn = name,
                        andringar = join(parts)
                    );
                }
            }
            if matches!(o, Tree::Scalar(_)) && matches!(n, Tree::Scalar(_)) {
                msg!(
                    "historik-varde-andrat",
                    namn = name,
                    fore = show(o),
                    efter = show(n)
                )
            } else {
                msg!("historik-andrad", namn = name)
            }
        }
        (None, None) => Msg::same(name),
    }
}

/// Changes a samtalsledare names by what happened, not by the key: an intervention's status,
/// a meeting held, a kallelse sent.
fn special(owner: &str, key: &str, o: Option<&Tree>, n: Option<&Tree>) -> Option<Msg> {
    let n_text = match n {
        Some(Tree::Scalar(s)) => s.as_str(),
        _ => return None,
    };
    if owner.starts_with("insats ") && key == "status" {
        let status = match n_text {
            "pågår" => "pagar",
            "genomförd" => "genomford",
            "avbruten" => "avbruten",
            "planerad" => "planerad",
            _ => return None,
        };
        return Some(msg!(
            "historik-insats-status",
            insats = owner,
            status = status
        ));
    }
    if let Some(id) = owner.strip_prefix("möte ") {
        if key == "genomfört" && n_text == "true" {
            return Some(msg!("historik-mote-hallet", id = id));
        }
        if key == "kallelse_skickad" && o.is_none() {
            return Some(msg!("historik-kallelse-skickad", id = id, datum = n_text));
        }
    }
    if owner == "uppföljning" && key == "nästa" {
        return Some(match o {
            Some(o) => msg!(
                "historik-nasta-uppfoljning-flyttad",
                fore = show(o),
                datum = n_text
            ),
            None => msg!("historik-nasta-uppfoljning", datum = n_text),
        });
    }
    if owner.is_empty() && key == "status" {
        let fore = o.map_or_else(|| msg!("historik-ingen"), show);
        return Some(msg!("historik-planens-status", fore = fore, efter = n_text));
    }
    None
}

/// Changes in a list of items with ids: new, removed, and changed items.
fn items_changes(out: &mut Vec<Msg>, noun: &Noun, o: Option<&Tree>, n: Option<&Tree>) {
    let items = |t: Option<&Tree>| -> Vec<Tree> {
        match t {
            Some(Tree::Seq(i)) => i.clone(),
            _ => Vec::new(),
        }
    };
    let (old, new) = (items(o), items(n));
    let find = |list: &[Tree], id: &str| list.iter().find(|i| id_of(i) == Some(id)).cloned();
    for item in &new {
        let Some(id) = id_of(item) else { continue };
        match find(&old, id) {
            None => {
                let what = match (get(item, "beskrivning"), get(item, "tid")) {
                    (Some(t), _) => Some(show(t)),
                    // A meeting's time as people write it: `2026-03-24 13:00`.
                    (None, Some(t)) => {
                        let mut m = show(t);
                        m.sv = m.sv.replacen('T', " ", 1);
                        m.en = m.en.replacen('T', " ", 1);
                        Some(m)
                    }
                    (None, None) => None,
                };
                out.push(match what {
                    Some(what) => msg!(
                        "historik-ny-post-beskriven",
                        slag = noun.kind,
                        id = id,
                        beskrivning = what
                    ),
                    None => msg!("historik-ny-post", slag = noun.kind, id = id),
                });
            }
            Some(prev) if prev != *item => {
                map_changes(out, &format!("{} {id}", noun.word), &prev, item);
            }
            Some(_) => {}
        }
    }
    for item in &old {
        let Some(id) = id_of(item) else { continue };
        if find(&new, id).is_none() {
            out.push(msg!("historik-post-borttagen", slag = noun.kind, id = id));
        }
    }
}

/// Text for a terminal: control characters and bidirectional overrides (a hostile author name)
/// made visible, as every text output shows them (`privacy::visible_line`). The one place where
/// history text is escaped.
fn plain(s: &str) -> String {
    crate::privacy::visible_line(s).into_owned()
}

/// One line per commit: "2026-05-10 Erik Ek: insats I3 avbruten; nytt behov B3".
pub fn render_text(
    out: &mut impl std::io::Write,
    entries: &[Entry],
    since: Option<NaiveDate>,
    lang: Lang,
) -> std::io::Result<()> {
    if entries.is_empty() {
        let none = match since {
            Some(d) => t!(lang, "historik-inga-andringar-sedan", datum = d.to_string()),
            None => t!(lang, "historik-inga-andringar"),
        };
        return writeln!(out, "{none}");
    }
    for e in entries {
        let changes: Vec<&str> = e.changes.iter().map(|m| m.get(lang)).collect();
        writeln!(
            out,
            "{} {}: {}",
            e.date,
            plain(&e.author),
            plain(&changes.join("; "))
        )?;
    }
    Ok(())
}

/// The same content as JSON: `{"plan", "since", "changes": [{"date", "author", "commit",
/// "changes": [...]}]}`.
pub fn render_json(
    out: &mut impl std::io::Write,
    plan: &str,
    entries: &[Entry],
    since: Option<NaiveDate>,
    lang: Lang,
) -> std::io::Result<()> {
    let list: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| {
            serde_json::json!({
                "date": e.date.to_string(),
                "author": e.author,
                "commit": e.commit,
                "changes": e.changes.iter().map(|m| m.get(lang)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let doc = serde_json::json!({
        "plan": plan,
        "since": since.map(|d| d.to_string()),
        "changes": list,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(text: &str) -> Tree {
        Tree::from_node(&crate::yaml::parse(text).unwrap().unwrap())
    }

    fn sv(old: &str, new: &str) -> String {
        describe(&tree(old), &tree(new))
            .iter()
            .map(|m| m.get(crate::i18n::Lang::Sv).to_string())
            .collect::<Vec<_>>()
            .join("; ")
    }

    #[test]
    fn changes_read_as_a_samtalsledare_says_them() {
        let old = "status: pågående\nbehov:\n  - id: B1\n    beskrivning: Arbete\nmål:\n  - id: M1\n    senast: 2026-09-30\ninsatser:\n  - id: I3\n    status: pågående\n";
        let new = "status: pågående\nbehov:\n  - id: B1\n    beskrivning: Arbete\n  - id: B3\n    beskrivning: Boende\nmål:\n  - id: M1\n    senast: 2026-12-31\ninsatser:\n  - id: I3\n    status: avbruten\n";
        assert_eq!(
            sv(old, new),
            "nytt behov B3 (Boende); mål M1 senast 2026-09-30 → 2026-12-31; insats I3 avbruten"
        );
        assert_eq!(sv(old, old), "");
        let en: Vec<String> = describe(&tree(old), &tree(new))
            .iter()
            .map(|m| m.get(Lang::En).to_string())
            .collect();
        assert_eq!(
            en.join("; "),
            "new need B3 (Boende); mål M1 senast 2026-09-30 → 2026-12-31; insats I3 discontinued"
        );
    }

    #[test]
    fn counts_and_empty_values_read_in_each_language() {
        let old = "status: aktiv\n";
        let new = "status: aktiv\negna_åtgärder:\n  - beskrivning: Gå\nsamtalsledare: \"\"\nkopia_till:\n  - namn: A\n  - namn: B\n";
        assert_eq!(sv(old, new), "egna åtgärder 1 post; kopia till 2 poster");
        let en: Vec<String> = describe(&tree(old), &tree(new))
            .iter()
            .map(|m| m.get(Lang::En).to_string())
            .collect();
        assert_eq!(en.join("; "), "egna åtgärder 1 entry; kopia till 2 entries");
        let gone = describe(
            &tree("status: aktiv\ntaggar: []\n"),
            &tree("status: aktiv\n"),
        );
        assert_eq!(gone.len(), 1);
        assert_eq!(gone[0].get(Lang::Sv), "taggar borttagen (var (inga))");
        assert_eq!(gone[0].get(Lang::En), "taggar removed (was (none))");
        let cleared = describe(&tree("anteckning: x\n"), &tree("anteckning: \"\"\n"));
        assert_eq!(cleared.len(), 1);
        assert_eq!(cleared[0].get(Lang::Sv), "anteckning borttagen (var x)");
        assert_eq!(cleared[0].get(Lang::En), "anteckning removed (was x)");
    }
}
