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
    Error::msg(
        format!(
            "{} ligger inte i ett git-förråd, så det finns ingen historik att visa. Lägg planmappen i git (git init, git add, git commit) så sparas varje ändring med datum och person",
            path.display()
        ),
        format!(
            "{} is not in a git repository, so there is no history to show. Put the plan folder in git (git init, git add, git commit) and every change is kept with its date and author",
            path.display()
        ),
    )
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
            (None, Some(_)) => vec![Msg::new("planen skapad", "plan created")],
            (Some(_), None) if !exists_in(&repo, &spec) => {
                vec![Msg::new("filen borttagen", "file removed")]
            }
            (_, None) => vec![Msg::new(
                "filen gick inte att läsa som plan i den här versionen",
                "the file could not be read as a plan in this version",
            )],
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
    sv: &'static str,
    en: &'static str,
    /// `ett` word: nytt/borttaget, else ny/borttagen.
    neuter: bool,
}

fn noun(list: &str) -> Option<Noun> {
    Some(match list {
        "behov" => Noun {
            sv: "behov",
            en: "need",
            neuter: true,
        },
        "mål" => Noun {
            sv: "mål",
            en: "goal",
            neuter: true,
        },
        "insatser" => Noun {
            sv: "insats",
            en: "intervention",
            neuter: false,
        },
        "möten" => Noun {
            sv: "möte",
            en: "meeting",
            neuter: true,
        },
        _ => return None,
    })
}

fn label(key: &str) -> String {
    key.replace('_', " ")
}

/// A value in running text: scalars as written (long texts cut), lists joined by commas.
fn show(t: &Tree) -> String {
    match t {
        Tree::Scalar(s) => {
            let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
            if one_line.chars().count() > 60 {
                let cut: String = one_line.chars().take(57).collect();
                format!("{}…", cut.trim_end())
            } else if one_line.is_empty() {
                "(tomt)".into()
            } else {
                one_line
            }
        }
        Tree::Seq(items) if items.iter().all(|i| matches!(i, Tree::Scalar(_))) => {
            if items.is_empty() {
                "(inga)".into()
            } else {
                items.iter().map(show).collect::<Vec<_>>().join(", ")
            }
        }
        Tree::Seq(items) => crate::i18n::plural(items.len(), "post", "poster"),
        Tree::Map(_) => "…".into(),
        Tree::Alias => "*".into(),
    }
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

fn value_change(name: &str, o: Option<&Tree>, n: Option<&Tree>) -> Msg {
    match (o, n) {
        (None, Some(n)) => Msg::new(format!("{name} {}", show(n)), format!("{name} {}", show(n))),
        (Some(o), None) => Msg::new(
            format!("{name} borttagen (var {})", show(o)),
            format!("{name} removed (was {})", show(o)),
        ),
        (Some(o), Some(n)) => {
            if let (Tree::Seq(a), Tree::Seq(b)) = (o, n)
                && a.iter().chain(b).all(|i| matches!(i, Tree::Scalar(_)))
            {
                let added: Vec<String> = b.iter().filter(|i| !a.contains(i)).map(show).collect();
                let gone: Vec<String> = a.iter().filter(|i| !b.contains(i)).map(show).collect();
                let mut sv = Vec::new();
                let mut en = Vec::new();
                if !added.is_empty() {
                    sv.push(format!("ny {}", added.join(", ")));
                    en.push(format!("added {}", added.join(", ")));
                }
                if !gone.is_empty() {
                    sv.push(format!("borttagen {}", gone.join(", ")));
                    en.push(format!("removed {}", gone.join(", ")));
                }
                if !sv.is_empty() {
                    return Msg::new(
                        format!("{name}: {}", sv.join(", ")),
                        format!("{name}: {}", en.join(", ")),
                    );
                }
            }
            if matches!(o, Tree::Scalar(_)) && matches!(n, Tree::Scalar(_)) {
                Msg::new(
                    format!("{name} {} → {}", show(o), show(n)),
                    format!("{name} {} → {}", show(o), show(n)),
                )
            } else {
                Msg::new(format!("{name} ändrad"), format!("{name} changed"))
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
        let (sv, en) = match n_text {
            "pågår" => ("påbörjad", "started"),
            "genomförd" => ("genomförd", "completed"),
            "avbruten" => ("avbruten", "discontinued"),
            "planerad" => ("planerad igen", "planned again"),
            _ => return None,
        };
        return Some(Msg::new(format!("{owner} {sv}"), format!("{owner} {en}")));
    }
    if let Some(id) = owner.strip_prefix("möte ") {
        if key == "genomfört" && n_text == "true" {
            return Some(Msg::new(
                format!("möte {id} hållet"),
                format!("meeting {id} held"),
            ));
        }
        if key == "kallelse_skickad" && o.is_none() {
            return Some(Msg::new(
                format!("kallelse till {id} skickad {n_text}"),
                format!("invitation to {id} sent {n_text}"),
            ));
        }
    }
    if owner == "uppföljning" && key == "nästa" {
        let old = o.map(|o| format!("{} → ", show(o))).unwrap_or_default();
        return Some(Msg::new(
            format!("nästa uppföljning {old}{n_text}"),
            format!("next follow-up {old}{n_text}"),
        ));
    }
    if owner.is_empty() && key == "status" {
        return Some(Msg::new(
            format!(
                "planens status {} → {n_text}",
                o.map_or("(ingen)".into(), show)
            ),
            format!("plan status {} → {n_text}", o.map_or("(none)".into(), show)),
        ));
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
                    (Some(t), _) => format!(" ({})", show(t)),
                    // A meeting's time as people write it: `2026-03-24 13:00`.
                    (None, Some(t)) => format!(" ({})", show(t).replacen('T', " ", 1)),
                    (None, None) => String::new(),
                };
                let new_word = if noun.neuter { "nytt" } else { "ny" };
                out.push(Msg::new(
                    format!("{new_word} {} {id}{what}", noun.sv),
                    format!("new {} {id}{what}", noun.en),
                ));
            }
            Some(prev) if prev != *item => {
                map_changes(out, &format!("{} {id}", noun.sv), &prev, item);
            }
            Some(_) => {}
        }
    }
    for item in &old {
        let Some(id) = id_of(item) else { continue };
        if find(&new, id).is_none() {
            let gone = if noun.neuter {
                "borttaget"
            } else {
                "borttagen"
            };
            out.push(Msg::new(
                format!("{} {id} {gone}", noun.sv),
                format!("{} {id} removed", noun.en),
            ));
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
            Some(d) => lang
                .pick(
                    &format!("Inga ändringar i git sedan {d}."),
                    &format!("No changes in git since {d}."),
                )
                .to_string(),
            None => lang
                .pick("Inga ändringar i git.", "No changes in git.")
                .to_string(),
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
    }
}
