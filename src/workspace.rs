//! The plan folder: find `sip.toml`, read it and the folder's own agreements, and list the plan
//! files under the paths given (SPEC §1). Nothing here checks a plan.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::model::agreement::{self, Agreement, TomlError};
use crate::model::config::{Config, parse_config};
use crate::source::SourceFile;

pub const CONFIG_FILE: &str = "sip.toml";

/// An opened plan folder.
#[derive(Debug, Clone)]
pub struct Workspace {
    /// The folder holding `sip.toml` (or the folder given when there is none).
    pub root: PathBuf,
    pub config: Config,
    /// Built-in agreements, replaced or extended by the folder's own, sorted by id.
    pub agreements: Vec<Agreement>,
}

/// A plan file to read: its path, how to show it, and its path inside the plan folder.
#[derive(Debug, Clone)]
pub struct PlanFile {
    pub path: PathBuf,
    pub display: String,
    pub rel: String,
}

/// The nearest folder at or above `start` that holds `sip.toml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = if start.is_file() {
        start.parent()?
    } else {
        start
    };
    let abs = std::fs::canonicalize(start).ok()?;
    abs.ancestors()
        .find(|d| d.join(CONFIG_FILE).is_file())
        .map(Path::to_path_buf)
}

/// Render TOML errors as `fil:rad:kol: meddelande` lines.
pub fn render_toml_errors(
    src: &SourceFile,
    errors: &[TomlError],
    lang: crate::i18n::Lang,
) -> String {
    errors
        .iter()
        .map(|e| match e.span {
            Some(s) => {
                let lc = src.line_col(s.start);
                format!(
                    "{}:{}:{}: {}",
                    src.display,
                    lc.line,
                    lc.column,
                    e.message.get(lang)
                )
            }
            None => format!("{}: {}", src.display, e.message.get(lang)),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|_| {
        Error::msg(
            format!("{} är inte UTF-8", path.display()),
            format!("{} is not UTF-8", path.display()),
        )
    })
}

impl Workspace {
    /// Open the plan folder `root` (which may lack `sip.toml`: then defaults apply).
    pub fn open(root: PathBuf, lang: crate::i18n::Lang) -> Result<Workspace> {
        let config_path = root.join(CONFIG_FILE);
        let config = if config_path.is_file() {
            let text = read_text(&config_path)?;
            let src = SourceFile::new(config_path.clone(), config_path.display().to_string(), text);
            parse_config(&src).map_err(|errs| Error::Config {
                rendered: render_toml_errors(&src, &errs, lang),
            })?
        } else {
            Config::default()
        };
        let mut agreements = agreement::builtin();
        let dir = root.join("agreements");
        if dir.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map_err(|e| Error::io(&dir, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
                .collect();
            entries.sort();
            let mut rendered = Vec::new();
            for path in entries {
                let text = read_text(&path)?;
                let src = SourceFile::new(path.clone(), path.display().to_string(), text);
                match agreement::parse_agreement(&src, &src.display) {
                    Ok(a) => {
                        agreements.retain(|b| b.id != a.id);
                        agreements.push(a);
                    }
                    Err(errs) => rendered.push(render_toml_errors(&src, &errs, lang)),
                }
            }
            if !rendered.is_empty() {
                return Err(Error::Config {
                    rendered: rendered.join("\n"),
                });
            }
        }
        agreements.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Workspace {
            root,
            config,
            agreements,
        })
    }

    pub fn agreement(&self, id: &str) -> Option<&Agreement> {
        self.agreements.iter().find(|a| a.id == id)
    }

    /// The agreement ids, for messages.
    pub fn agreement_ids(&self) -> Vec<&str> {
        self.agreements.iter().map(|a| a.id.as_str()).collect()
    }

    /// Every plan file under `paths` (files are taken as given; folders are walked), sorted by
    /// display path. Hidden folders and `agreements/` directly under the plan folder are skipped.
    pub fn plan_files(&self, paths: &[PathBuf]) -> Result<Vec<PlanFile>> {
        self.plan_files_and_nested(paths).map(|(files, _)| files)
    }

    /// As [`Workspace::plan_files`], and the nested plan folders met on the way: a folder below
    /// with its own `sip.toml` is another plan folder (its own agreement, leader and `[regler]`),
    /// so its plans are not this folder's. `sip check` checks them as plan folders of their own.
    pub fn plan_files_and_nested(
        &self,
        paths: &[PathBuf],
    ) -> Result<(Vec<PlanFile>, Vec<PathBuf>)> {
        let root_abs = std::fs::canonicalize(&self.root).map_err(|e| Error::io(&self.root, e))?;
        let mut out = Vec::new();
        let mut nested: Vec<PathBuf> = Vec::new();
        for given in paths {
            let meta = std::fs::metadata(given).map_err(|e| Error::io(given, e))?;
            let given_abs = std::fs::canonicalize(given).map_err(|e| Error::io(given, e))?;
            if meta.is_file() {
                out.push(PlanFile {
                    path: given.clone(),
                    display: display(given),
                    rel: rel_to(&root_abs, &given_abs),
                });
                continue;
            }
            let agreements_dir = root_abs.join("agreements");
            let walker = walkdir::WalkDir::new(given)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    if e.depth() == 0 || !e.file_type().is_dir() {
                        return true;
                    }
                    let hidden = e.file_name().to_str().is_some_and(|n| n.starts_with('.'));
                    let abs = given_abs.join(e.path().strip_prefix(given).unwrap_or(e.path()));
                    if hidden || abs == agreements_dir {
                        return false;
                    }
                    if e.path().join(CONFIG_FILE).is_file() {
                        nested.push(e.path().to_path_buf());
                        return false;
                    }
                    true
                });
            for entry in walker {
                let entry = entry.map_err(|e| {
                    let path = e
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| given.clone());
                    if e.loop_ancestor().is_some() {
                        Error::msg(
                            format!("{}: symbolisk länk i cirkel", path.display()),
                            format!("{}: symbolic link loop", path.display()),
                        )
                    } else {
                        match e.into_io_error() {
                            Some(io) => Error::io(path, io),
                            None => Error::Message(Msg::same(path.display().to_string())),
                        }
                    }
                })?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let is_plan = entry
                    .path()
                    .extension()
                    .and_then(|x| x.to_str())
                    .is_some_and(|x| x == "yaml" || x == "yml");
                if !is_plan {
                    continue;
                }
                let abs = given_abs.join(entry.path().strip_prefix(given).unwrap_or(entry.path()));
                out.push(PlanFile {
                    path: entry.path().to_path_buf(),
                    display: display(entry.path()),
                    rel: rel_to(&root_abs, &abs),
                });
            }
        }
        out.sort_by(|a, b| a.display.cmp(&b.display));
        out.dedup_by(|a, b| a.display == b.display);
        Ok((out, nested))
    }
}

impl Workspace {
    /// Find a plan by id (`<id>.yaml` or `<id>.yml` anywhere in the folder) or by path.
    pub fn find_plan(&self, plan: &str) -> Result<PlanFile> {
        let as_path = Path::new(plan);
        if as_path.is_file() {
            let root_abs =
                std::fs::canonicalize(&self.root).map_err(|e| Error::io(&self.root, e))?;
            let abs = std::fs::canonicalize(as_path).map_err(|e| Error::io(as_path, e))?;
            return Ok(PlanFile {
                path: as_path.to_path_buf(),
                display: display(as_path),
                rel: rel_to(&root_abs, &abs),
            });
        }
        if crate::model::plan::is_valid_plan_id(plan) {
            let files = self.plan_files(std::slice::from_ref(&self.root))?;
            let named = |f: &&PlanFile| {
                let name = f.rel.rsplit('/').next().unwrap_or("");
                name == format!("{plan}.yaml") || name == format!("{plan}.yml")
            };
            let mut hits: Vec<&PlanFile> = files.iter().filter(named).collect();
            if hits.is_empty() {
                // A plan whose file is not named after its id (S007): look inside the files.
                hits = files
                    .iter()
                    .filter(|f| file_has_id(&f.path, plan))
                    .collect();
            }
            match hits.as_slice() {
                [one] => return Ok((*one).clone()),
                [] => {}
                many => {
                    let list: Vec<&str> = many.iter().map(|f| f.display.as_str()).collect();
                    return Err(Error::msg(
                        format!(
                            "plan-id `{plan}` finns i flera filer ({}); ange sökvägen till den du menar (sip check visar S004)",
                            list.join(", ")
                        ),
                        format!(
                            "the plan id `{plan}` is in several files ({}); give the path of the one you mean (sip check shows S004)",
                            list.join(", ")
                        ),
                    ));
                }
            }
        }
        Err(Error::msg(
            format!(
                "okänd plan `{plan}` i planmappen {} (ange ett plan-id eller en sökväg)",
                self.root.display()
            ),
            format!(
                "unknown plan `{plan}` in the plan folder {} (give a plan id or a path)",
                self.root.display()
            ),
        ))
    }
}

/// Whether a plan file's top-level `id:` line holds `id` (a quick look, no full parse).
fn file_has_id(path: &Path, id: &str) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    ids_in(&text).any(|v| v == id)
}

/// The id of a plan file from its first top-level `id:` line (a quick look, no full parse), or
/// `None` when the file cannot be read or has no such line.
pub fn quick_id(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    ids_in(&text)
        .next()
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

fn ids_in(text: &str) -> impl Iterator<Item = &str> {
    text.trim_start_matches('\u{feff}').lines().filter_map(|l| {
        l.strip_prefix("id:").map(|v| {
            v.split('#')
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches(['"', '\''])
        })
    })
}

/// A path as shown: as given, without a leading `./`, with `/` separators.
fn display(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// `path` relative to `root` (both absolute), or the path itself when outside.
fn rel_to(root: &Path, path: &Path) -> String {
    let p = path.strip_prefix(root).unwrap_or(path);
    let s: Vec<String> = p
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    s.join("/")
}
