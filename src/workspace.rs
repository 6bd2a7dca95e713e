//! The plan folder: find `sip.toml`, read it and the folder's own agreements, and list the plan
//! files under the paths given. Nothing here checks a plan.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::model::agreement::{self, Agreement, TomlError};
use crate::model::config::{Config, parse_config};
use crate::source::SourceFile;

pub const CONFIG_FILE: &str = "sip.toml";

/// How the private folders of `sip edit` (the editor's working copy of a plan) begin. They are
/// hidden, so the folder walk never enters them: no command takes a working copy for a plan.
pub const EDIT_DIR_PREFIX: &str = ".sip-redigering-";

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
    /// Why the walk could not even look at it (a dangling link, a loop, a folder without
    /// permission): reading it is then an S001 finding with this reason, never a stop.
    pub problem: Option<Msg>,
    /// The walk saw a regular file here (after links): reading need not look again first.
    pub regular: bool,
}

impl PlanFile {
    /// A file found at `path` (shown as `display`, `rel` inside the plan folder).
    pub fn new(path: PathBuf, display: String, rel: String) -> Self {
        PlanFile {
            path,
            display,
            rel,
            problem: None,
            regular: false,
        }
    }
}

/// The nearest folder at or above `start` that holds `sip.toml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = if !start.is_dir() {
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

/// The errors of configuration files as one error, rendered in both languages (the edge picks).
fn config_error(files: &[(&SourceFile, &Vec<TomlError>)]) -> Error {
    let render = |lang| {
        files
            .iter()
            .map(|(src, errs)| render_toml_errors(src, errs, lang))
            .collect::<Vec<_>>()
            .join("\n")
    };
    Error::Config {
        rendered: Msg::from_fn(render),
    }
}

/// Why a file or folder could not be read: "kan inte läsas (finns inte)".
fn cannot_be_read(e: &std::io::Error) -> Msg {
    msg!("kontroll-kan-inte-lasas", orsak = crate::i18n::io_msg(e))
}

/// A file of the plan folder as text (capped, regular files only; see `source::read_capped`).
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = crate::source::read_capped(path).map_err(|e| Error::read(path, e))?;
    String::from_utf8(bytes).map_err(|_| err!("kontroll-inte-utf8", fil = path))
}

impl Workspace {
    /// Open the plan folder `root` (which may lack `sip.toml`: then defaults apply).
    pub fn open(root: PathBuf) -> Result<Workspace> {
        let config_path = root.join(CONFIG_FILE);
        let mut config_src = None;
        let config = if config_path.is_file() {
            let text = read_text(&config_path)?;
            let src = SourceFile::new(config_path.clone(), config_path.display().to_string(), text);
            let config = parse_config(&src).map_err(|errs| config_error(&[(&src, &errs)]))?;
            config_src = Some(src);
            config
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
            let mut faulty = Vec::new();
            for path in entries {
                let text = read_text(&path)?;
                let src = SourceFile::new(path.clone(), path.display().to_string(), text);
                match agreement::parse_agreement(&src, &src.display) {
                    Ok(a) => {
                        agreements.retain(|b| b.id != a.id);
                        agreements.push(a);
                    }
                    Err(errs) => faulty.push((src, errs)),
                }
            }
            if !faulty.is_empty() {
                let refs: Vec<(&SourceFile, &Vec<TomlError>)> =
                    faulty.iter().map(|(s, e)| (s, e)).collect();
                return Err(config_error(&refs));
            }
        }
        agreements.sort_by(|a, b| a.id.cmp(&b.id));
        // A default agreement that does not exist is reported where it is written, by every
        // command that reads the folder (not later, as a flag the user never gave).
        if let (Some(id), Some(src)) = (&config.agreement, &config_src) {
            if !agreements.iter().any(|a| &a.id == id) {
                let ids: Vec<&str> = agreements.iter().map(|a| a.id.as_str()).collect();
                let at = src
                    .text
                    .match_indices(id.as_str())
                    .map(|(i, _)| i)
                    .find(|&i| {
                        let ls = src.text[..i].rfind('\n').map_or(0, |n| n + 1);
                        src.text[ls..i].contains("överenskommelse")
                    });
                let hint = crate::model::load::did_you_mean(id, ids.iter().copied())
                    .map(|d| msg!("kontroll-menade-du-overenskommelse", forslag = d))
                    .unwrap_or_default();
                let err = TomlError {
                    span: at.map(|i| crate::source::Span {
                        start: i,
                        end: i + id.len(),
                    }),
                    message: msg!(
                        "kontroll-okand-overenskommelse",
                        id = id,
                        finns = ids.join(", "),
                        konfig = CONFIG_FILE,
                        forslag = hint
                    ),
                };
                return Err(config_error(&[(src, &vec![err])]));
            }
        }
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
    /// What the walk could not look at is among them, with its [`PlanFile::problem`].
    pub fn plan_files(&self, paths: &[PathBuf]) -> Result<Vec<PlanFile>> {
        self.plan_files_and_nested(paths).map(|(files, _)| files)
    }

    /// As [`Workspace::plan_files`], and the nested plan folders met on the way: a folder below
    /// with its own `sip.toml` is another plan folder (its own agreement, leader and `[regler]`),
    /// so its plans are not this folder's. `sip check` checks them as plan folders of their own.
    ///
    /// Nothing in the folder stops the walk: a dangling link, a subfolder without
    /// permission or a loop of links is a file with a problem. A linked folder is followed only
    /// while it stays inside the plan folder (or the folder given).
    pub fn plan_files_and_nested(
        &self,
        paths: &[PathBuf],
    ) -> Result<(Vec<PlanFile>, Vec<PathBuf>)> {
        let root_abs = std::fs::canonicalize(&self.root).map_err(|e| Error::io(&self.root, e))?;
        let mut out = Vec::new();
        let mut nested: Vec<PathBuf> = Vec::new();
        for given in paths {
            let meta = match std::fs::metadata(given) {
                Ok(m) => m,
                // A link given by name that points nowhere is a finding about that file.
                Err(e) if std::fs::symlink_metadata(given).is_ok() => {
                    let abs = std::env::current_dir()
                        .map(|c| c.join(given))
                        .unwrap_or_else(|_| given.clone());
                    let mut f =
                        PlanFile::new(given.clone(), display(given), rel_to(&root_abs, &abs));
                    f.problem = Some(cannot_be_read(&e));
                    out.push(f);
                    continue;
                }
                Err(e) => return Err(Error::io(given, e)),
            };
            let given_abs = std::fs::canonicalize(given).map_err(|e| Error::io(given, e))?;
            if !meta.is_dir() {
                out.push(PlanFile::new(
                    given.clone(),
                    display(given),
                    rel_to(&root_abs, &given_abs),
                ));
                continue;
            }
            self.walk(given, &given_abs, &root_abs, &mut out, &mut nested);
        }
        // Equal shown paths (a file given twice, or given and walked) are one file; two files
        // whose names only show the same (not UTF-8, or `\` in a name) are both kept. The walk
        // gives no order: ties go by the path's bytes, nested folders by their names.
        out.sort_by(|a, b| {
            a.display
                .cmp(&b.display)
                .then_with(|| a.path.as_os_str().cmp(b.path.as_os_str()))
        });
        out.dedup_by(|a, b| a.display == b.display && same_file(&a.path, &b.path));
        nested.sort();
        Ok((out, nested))
    }

    fn walk(
        &self,
        given: &Path,
        given_abs: &Path,
        root_abs: &Path,
        out: &mut Vec<PlanFile>,
        nested: &mut Vec<PathBuf>,
    ) {
        let agreements_dir = root_abs.join("agreements");
        let abs_of = |p: &Path| given_abs.join(p.strip_prefix(given).unwrap_or(p));
        // A folder given inside the plan folder: a file's path in it is the folder's and the
        // file's names below it. (Given above the plan folder, it is found from the absolute path.)
        let given_rel = given_abs
            .starts_with(root_abs)
            .then(|| rel_to(root_abs, given_abs));
        // Links out of the folder, met while filtering (the closure borrows it for the walk).
        let outside: std::cell::RefCell<Vec<(PathBuf, Msg)>> = std::cell::RefCell::new(Vec::new());
        let mut problems: Vec<(PathBuf, Msg)> = Vec::new();
        let walker = walkdir::WalkDir::new(given)
            .follow_links(true)
            // No order here: the files are sorted by their paths as shown once the walk is done.
            .into_iter()
            .filter_entry(|e| {
                if e.depth() == 0 || !e.file_type().is_dir() {
                    return true;
                }
                // Hidden folders: `.git`, and `sip edit`'s working copies (`EDIT_DIR_PREFIX`).
                let hidden = e.file_name().to_str().is_some_and(|n| n.starts_with('.'));
                if hidden || abs_of(e.path()) == agreements_dir {
                    return false;
                }
                if e.path_is_symlink() {
                    let inside = std::fs::canonicalize(e.path())
                        .is_ok_and(|t| t.starts_with(root_abs) || t.starts_with(given_abs));
                    if !inside {
                        outside
                            .borrow_mut()
                            .push((e.path().to_path_buf(), msg!("kontroll-lank-utanfor")));
                        return false;
                    }
                }
                if e.path().join(CONFIG_FILE).is_file() {
                    nested.push(e.path().to_path_buf());
                    return false;
                }
                true
            });
        for entry in walker {
            match entry {
                Ok(entry) => {
                    if entry.file_type().is_dir() || !is_plan_name(entry.path()) {
                        continue;
                    }
                    let mut file = PlanFile::new(
                        entry.path().to_path_buf(),
                        display(entry.path()),
                        match &given_rel {
                            Some(given_rel) => rel_below(given_rel, given, entry.path()),
                            None => rel_to(root_abs, &abs_of(entry.path())),
                        },
                    );
                    file.regular = entry.file_type().is_file();
                    out.push(file);
                }
                Err(e) => {
                    let Some(path) = e.path().map(Path::to_path_buf) else {
                        continue;
                    };
                    if e.loop_ancestor().is_some() {
                        problems.push((path, msg!("kontroll-lank-cirkel")));
                        continue;
                    }
                    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    // An editor's lock link (`.#plan.yaml`, Emacs) points nowhere on purpose.
                    if name.starts_with(".#") {
                        continue;
                    }
                    let has_other_extension = Path::new(name)
                        .extension()
                        .is_some_and(|_| !is_plan_name(&path));
                    let dangling = std::fs::symlink_metadata(&path)
                        .is_ok_and(|m| m.file_type().is_symlink())
                        && std::fs::metadata(&path).is_err();
                    // A dangling `notes.txt` is nobody's plan; a dangling `x.yaml` or a link that
                    // may have been a folder could hide plans.
                    if dangling && has_other_extension {
                        continue;
                    }
                    let reason = match e.io_error() {
                        Some(_) if dangling => msg!("kontroll-lank-till-inget"),
                        Some(io) => cannot_be_read(io),
                        None => Msg::same(e.to_string()),
                    };
                    problems.push((path, reason));
                }
            }
        }
        problems.extend(outside.into_inner());
        for (path, reason) in problems {
            let mut f = PlanFile::new(
                path.clone(),
                display(&path),
                rel_to(root_abs, &abs_of(&path)),
            );
            f.problem = Some(reason);
            out.push(f);
        }
    }
}

/// Whether a path is named as a plan (`.yaml` or `.yml`).
fn is_plan_name(p: &Path) -> bool {
    p.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| x == "yaml" || x == "yml")
}

impl Workspace {
    /// Find a plan by id (`<id>.yaml` or `<id>.yml` anywhere in the folder) or by path.
    pub fn find_plan(&self, plan: &str) -> Result<PlanFile> {
        let as_path = Path::new(plan);
        if as_path.is_file() {
            let root_abs =
                std::fs::canonicalize(&self.root).map_err(|e| Error::io(&self.root, e))?;
            let abs = std::fs::canonicalize(as_path).map_err(|e| Error::io(as_path, e))?;
            return Ok(PlanFile::new(
                as_path.to_path_buf(),
                display(as_path),
                rel_to(&root_abs, &abs),
            ));
        }
        let mut unreadable: Vec<PlanFile> = Vec::new();
        if crate::model::plan::is_valid_plan_id(plan) {
            let files = self.plan_files(std::slice::from_ref(&self.root))?;
            let (files, problems): (Vec<PlanFile>, Vec<PlanFile>) =
                files.into_iter().partition(|f| f.problem.is_none());
            unreadable = problems;
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
                    return Err(err!(
                        "kontroll-id-i-flera-filer",
                        plan = plan,
                        filer = list.join(", ")
                    ));
                }
            }
        }
        // A file the walk could not look at may be the plan: say so, never hide it.
        let also = if unreadable.is_empty() {
            Msg::default()
        } else {
            let list = Msg::from_fn(|lang| {
                unreadable
                    .iter()
                    .map(|f| {
                        let why = f.problem.as_ref().map_or("", |m| m.get(lang));
                        t!(lang, "kontroll-fil-orsak", fil = f.display, orsak = why)
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            msg!("kontroll-kunde-inte-lasa", filer = list)
        };
        if let Some(found) = self.by_part(plan)? {
            return Ok(found);
        }
        Err(err!(
            "kontroll-okand-plan",
            plan = plan,
            mapp = self.root,
            forslag = self.suggestions(plan),
            olasta = also
        ))
    }
}

/// A plan of the folder as `sip find` and the nearest-plan suggestions see it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub file: PlanFile,
    pub id: String,
    pub name: Option<String>,
    pub personnummer: Option<String>,
}

/// Lower case without diacritics (`Östlund` → `ostlund`), for matching what people type.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'æ' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c => c,
        })
        .collect()
}

/// A plan folder and the plan files to read in it: the folder given, or one nested below it.
#[derive(Debug)]
pub struct PlanFolder {
    pub ws: Workspace,
    /// What was asked for in this folder (files, folders): the nested folder itself for one met
    /// on the way.
    pub paths: Vec<PathBuf>,
    pub files: Vec<PlanFile>,
}

/// The plan files of the folder `ws` under `paths`, and those of every plan folder nested below
/// (a subfolder with its own `sip.toml`, opened with its own agreement, leader and `[regler]`),
/// folder by folder: the one answer to "the plan files of this folder" for `check`, `list`,
/// `followups`, `stats`, `find` and `fmt`, so that no command leaves a nested folder out.
pub fn plan_folders(ws: Workspace, paths: Vec<PathBuf>) -> Result<Vec<PlanFolder>> {
    let mut out = Vec::new();
    let mut queue = vec![(ws, paths)];
    while let Some((ws, paths)) = queue.pop() {
        let (files, nested) = ws.plan_files_and_nested(&paths)?;
        // In reverse, so that the stack opens them in the order of their names.
        for dir in nested.into_iter().rev() {
            queue.push((Workspace::open(dir.clone())?, vec![dir]));
        }
        out.push(PlanFolder { ws, paths, files });
    }
    Ok(out)
}

impl Workspace {
    /// Every readable plan of the folder with its id, name and personnummer.
    pub fn catalogue(&self) -> Result<Vec<Entry>> {
        let files = self.plan_files(std::slice::from_ref(&self.root))?;
        let mut out = Vec::new();
        for f in files.into_iter().filter(|f| f.problem.is_none()) {
            let Ok(bytes) = crate::source::read_capped(&f.path) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let src = SourceFile::new(f.path.clone(), f.display.clone(), text);
            let plan = crate::model::load::load_plan(&src).plan;
            let stem = f
                .rel
                .rsplit('/')
                .next()
                .unwrap_or("")
                .trim_end_matches(".yaml")
                .trim_end_matches(".yml")
                .to_string();
            let id = plan
                .as_ref()
                .and_then(|p| p.id_str().map(str::to_string))
                .unwrap_or(stem);
            // An encrypted name is not a name to show or match (`Plan::name`).
            let name = plan.as_ref().and_then(|p| p.name().map(str::to_string));
            let personnummer = plan
                .as_ref()
                .and_then(|p| p.individual.personnummer.as_ref().map(|s| s.value.clone()))
                .filter(|p| !crate::source::is_sealed_value(p));
            out.push(Entry {
                file: f,
                id,
                name,
                personnummer,
            });
        }
        Ok(out)
    }

    /// The one plan whose id contains `part` (case ignored); several are an error naming them.
    fn by_part(&self, part: &str) -> Result<Option<PlanFile>> {
        let needle = fold(part.trim());
        if needle.chars().count() < 3 {
            return Ok(None);
        }
        let all = self.catalogue()?;
        let hits: Vec<&Entry> = all
            .iter()
            .filter(|e| fold(&e.id).contains(&needle))
            .collect();
        match hits.as_slice() {
            [one] => Ok(Some(one.file.clone())),
            [] => Ok(None),
            many => {
                let ids: Vec<&str> = many.iter().map(|e| e.id.as_str()).collect();
                Err(err!(
                    "kontroll-del-i-flera",
                    del = part,
                    planer = ids.join(", ")
                ))
            }
        }
    }

    /// "; menade du …?" with the nearest plans by id and by the individual's name (ids only:
    /// the message names no one the user did not name).
    fn suggestions(&self, plan: &str) -> Msg {
        let Ok(all) = self.catalogue() else {
            return Msg::default();
        };
        let q = fold(plan.trim());
        let limit = (q.chars().count() / 3).max(2);
        let mut scored: Vec<(usize, &str)> = Vec::new();
        for e in &all {
            let by_id = strsim::levenshtein(&q, &fold(&e.id));
            let by_name = e.name.as_deref().map_or(usize::MAX, |n| {
                let n = fold(n);
                if n.contains(&q) || (q.len() >= 3 && n.split_whitespace().any(|w| w == q)) {
                    0
                } else {
                    strsim::levenshtein(&q, &n)
                }
            });
            let d = by_id.min(by_name);
            if d <= limit {
                scored.push((d, e.id.as_str()));
            }
        }
        scored.sort();
        let ids: Vec<String> = scored
            .iter()
            .take(3)
            .map(|(_, id)| format!("`{id}`"))
            .collect();
        if ids.is_empty() {
            return msg!("kontroll-sok-med-find");
        }
        let either = Msg::from_fn(|lang| {
            ids.iter()
                .cloned()
                .reduce(|a, b| t!(lang, "kontroll-eller", forsta = a, sista = b))
                .unwrap_or_default()
        });
        msg!("kontroll-menade-du", planer = either)
    }
}

/// Whether a plan file's top-level `id:` line holds `id` (a quick look, no full parse).
fn file_has_id(path: &Path, id: &str) -> bool {
    let Ok(bytes) = crate::source::read_capped(path) else {
        return false;
    };
    let text = String::from_utf8_lossy(&bytes);
    ids_in(&text).any(|v| v == id)
}

/// The id of a plan file from its first top-level `id:` line (a quick look, no full parse), or
/// `None` when the file cannot be read or has no such line.
pub fn quick_id(path: &Path) -> Option<String> {
    let bytes = crate::source::read_capped(path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
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
    let s = p.to_string_lossy();
    let s = if s.contains('\\') {
        std::borrow::Cow::Owned(s.replace('\\', "/"))
    } else {
        s
    };
    s.strip_prefix("./").unwrap_or(&s).to_string()
}

/// The path in the plan folder of `path`, found under `given` (whose path in the plan folder is
/// `given_rel`): as [`rel_to`] of its absolute path, without making that path.
fn rel_below(given_rel: &str, given: &Path, path: &Path) -> String {
    let below = path.strip_prefix(given).unwrap_or(path);
    let mut out = String::with_capacity(given_rel.len() + 1 + below.as_os_str().len());
    out.push_str(given_rel);
    push_names(&mut out, below);
    out
}

/// Whether two paths with the same shown path name the same file. One that cannot be resolved (a
/// dangling link) is taken as the same: it is one finding, whichever way it was named.
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => true,
    }
}

/// `path` relative to `root` (both absolute), or the path itself when outside.
fn rel_to(root: &Path, path: &Path) -> String {
    let p = path.strip_prefix(root).unwrap_or(path);
    let mut out = String::with_capacity(p.as_os_str().len());
    push_names(&mut out, p);
    out
}

/// Append the names in `path` to `out`, each after a `/` (but the first of an empty `out`).
fn push_names(out: &mut String, path: &Path) {
    for c in path.components() {
        if let std::path::Component::Normal(s) = c {
            if !out.is_empty() {
                out.push('/');
            }
            out.push_str(&s.to_string_lossy());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_walked_files_path_in_the_folder_is_as_from_its_absolute_path() {
        let root = Path::new("/srv/planer");
        for (given, given_abs, path) in [
            ("planer", "/srv/planer", "planer/2026/sip-2026-abc.yaml"),
            (".", "/srv/planer", "./sip-2026-abc.yaml"),
            ("2026", "/srv/planer/2026", "2026/mars/sip-2026-abc.yml"),
            ("../ute", "/srv/ute", "../ute/sip-2026-abc.yaml"),
        ] {
            let (given, given_abs, path) =
                (Path::new(given), Path::new(given_abs), Path::new(path));
            let abs = given_abs.join(path.strip_prefix(given).unwrap_or(path));
            assert_eq!(
                rel_below(&rel_to(root, given_abs), given, path),
                rel_to(root, &abs),
                "{}",
                path.display()
            );
        }
    }

    fn ws(root: &Path) -> Workspace {
        Workspace {
            root: root.to_path_buf(),
            config: crate::model::config::Config::default(),
            agreements: Vec::new(),
        }
    }

    #[test]
    fn a_folder_given_above_the_plan_folder_gives_paths_in_the_plan_folder() {
        let dir = tempfile::tempdir().unwrap();
        let plans = dir.path().join("planer");
        std::fs::create_dir_all(plans.join("2026")).unwrap();
        std::fs::write(plans.join("2026/sip-2026-abc.yaml"), "id: sip-2026-abc\n").unwrap();
        let files = ws(&plans).plan_files(&[dir.path().to_path_buf()]).unwrap();
        let rels: Vec<&str> = files.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(rels, ["2026/sip-2026-abc.yaml"]);
    }

    #[cfg(unix)]
    #[test]
    fn files_whose_names_only_show_the_same_are_both_kept() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        for name in [&b"\xfe.yaml"[..], &b"\xff.yaml"[..]] {
            let path = dir.path().join(std::ffi::OsStr::from_bytes(name));
            std::fs::write(path, "id: sip-2026-abc\n").unwrap();
        }
        let given = dir.path().to_path_buf();
        let files = ws(dir.path()).plan_files(&[given.clone(), given]).unwrap();
        assert_eq!(files.len(), 2, "{files:?}");
        assert_eq!(files[0].display, files[1].display);
        assert!(files[0].path.as_os_str().as_bytes() < files[1].path.as_os_str().as_bytes());
    }

    #[test]
    fn an_edit_working_copy_is_never_walked() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("sip-2026-abc.yaml"), "id: sip-2026-abc\n").unwrap();
        for at in [dir.path().to_path_buf(), dir.path().join("2026")] {
            let private = at.join(format!("{EDIT_DIR_PREFIX}Ab12Cd"));
            std::fs::create_dir_all(&private).unwrap();
            std::fs::write(private.join("sip-2026-abc.yaml"), "id: sip-2026-abc\n").unwrap();
        }
        let files = ws(dir.path())
            .plan_files(&[dir.path().to_path_buf()])
            .unwrap();
        let rels: Vec<&str> = files.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(rels, ["sip-2026-abc.yaml"]);
        assert_eq!(
            ws(dir.path()).find_plan("sip-2026-abc").unwrap().rel,
            "sip-2026-abc.yaml"
        );
    }

    #[test]
    fn a_file_given_twice_is_checked_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("sip-2026-abc.yaml"), "id: sip-2026-abc\n").unwrap();
        let file = dir.path().join("sip-2026-abc.yaml");
        let files = ws(dir.path())
            .plan_files(&[file.clone(), dir.path().to_path_buf(), file])
            .unwrap();
        assert_eq!(files.len(), 1, "{files:?}");
    }

    #[test]
    fn display_uses_forward_slashes_without_a_leading_dot() {
        assert_eq!(display(Path::new("./a/b.yaml")), "a/b.yaml");
        assert_eq!(display(Path::new(".\\a\\b.yaml")), "a/b.yaml");
        assert_eq!(display(Path::new("planer/b.yaml")), "planer/b.yaml");
        assert_eq!(display(Path::new("../b.yaml")), "../b.yaml");
    }
}
