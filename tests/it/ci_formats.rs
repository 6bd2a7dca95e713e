//! The CI formats of `sip check` checked against their consumers' rules (GitHub workflow
//! commands, JUnit XML read by a real XML parser, GitLab Code Quality's required fields), the
//! `--strict` switch, the CI examples in `examples/ci/` run exactly as written, the pre-commit
//! hook, and the README's CI snippets and rules table kept equal to their sources.

use crate::common;

use std::collections::HashSet;
use std::path::Path;

use common::{repo, sip, yaml_to_json};
use serde_json::Value;

const GOOD: [&str; 2] = ["sip-2026-e6b1ku9r.yaml", "sip-2026-q7m2xk4p.yaml"];
const FAULTY: &str = "sip-2026-fel00001.yaml";

/// A demo plan turned faulty: no overall responsibility (L004, fel) and a follow-up date in the
/// past (P002, varning).
fn faulty_plan() -> String {
    let text = std::fs::read_to_string(repo().join("examples/demo").join(GOOD[0])).expect("demo");
    let mut out = String::new();
    let mut skipping = false;
    for line in text.lines() {
        if line.starts_with("övergripande_ansvar:") {
            skipping = true;
            continue;
        }
        if skipping && (line.starts_with(' ') || line.starts_with('-')) {
            continue;
        }
        skipping = false;
        out.push_str(line);
        out.push('\n');
    }
    assert!(out.contains("nästa: 2027-02-09"), "the demo plan changed");
    out.replace("id: sip-2026-e6b1ku9r", "id: sip-2026-fel00001")
        .replace("nästa: 2027-02-09", "nästa: 2026-04-01")
}

/// A plan folder `folder` under `dir` with the clean demo plans, and the faulty one if asked.
fn plan_folder(dir: &Path, folder: &str, faulty: bool) {
    let plans = dir.join(folder);
    std::fs::create_dir_all(&plans).expect("mkdir");
    let demo = repo().join("examples/demo");
    std::fs::copy(demo.join("sip.toml"), plans.join("sip.toml")).expect("sip.toml");
    for f in GOOD {
        std::fs::copy(demo.join(f), plans.join(f)).expect("copy");
    }
    if faulty {
        std::fs::write(plans.join(FAULTY), faulty_plan()).expect("write");
    }
}

fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = sip(dir).args(args).output().expect("sip runs");
    let code = out.status.code().expect("an exit code");
    (code, String::from_utf8(out.stdout).expect("UTF-8 output"))
}

/// `sip check --format json`'s findings, in output order.
fn json_findings(dir: &Path, paths: &[&str]) -> Vec<Value> {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(paths);
    let (_, out) = run(dir, &args);
    let v: Value = serde_json::from_str(&out).expect("JSON");
    v["findings"].as_array().expect("findings").clone()
}

// ---------------------------------------------------------------- the formats

/// GitHub's documented syntax: `::{error|warning|notice} file=…,line=…[,col=…],title=…::message`,
/// with `,` and `:` escaped in properties and line ends in the message.
fn github_line() -> regex::Regex {
    regex::Regex::new(
        r"^::(error|warning|notice) file=[^,:\r\n]+,line=[1-9]\d*(,col=[1-9]\d*)?,title=[SLAP]\d{3} [a-zåäö0-9-]+::[^\r\n]+$",
    )
    .expect("regex")
}

#[test]
fn github_lines_match_the_documented_syntax() {
    let dir = tempfile::tempdir().expect("temp dir");
    plan_folder(dir.path(), "plans", true);
    let (code, out) = run(dir.path(), &["check", "--format", "github", "plans"]);
    assert_eq!(code, 1, "an error fails the job");
    let re = github_line();
    let lines: Vec<&str> = out.lines().collect();
    assert!(!lines.is_empty());
    for l in &lines {
        assert!(re.is_match(l), "not a workflow command: {l}");
    }
    let findings = json_findings(dir.path(), &["plans"]);
    assert_eq!(lines.len(), findings.len(), "one command per finding");
    for (l, f) in lines.iter().zip(&findings) {
        let cmd = match f["severity"].as_str() {
            Some("fel") => "error",
            Some("varning") => "warning",
            _ => "notice",
        };
        let head = format!(
            "::{cmd} file={},line={},",
            f["file"].as_str().unwrap_or_default(),
            f["line"]
        );
        assert!(l.starts_with(&head), "{l} vs {head}");
        assert!(l.contains(&format!(
            "title={} {}::",
            f["code"].as_str().unwrap_or_default(),
            f["rule"].as_str().unwrap_or_default()
        )));
    }
    assert!(out.contains("title=L004 övergripande-ansvar-saknas::Planen anger inte"));
    assert!(out.contains("::warning file=plans/sip-2026-fel00001.yaml,line="));
}

#[test]
fn github_prints_nothing_for_clean_plans() {
    let dir = tempfile::tempdir().expect("temp dir");
    plan_folder(dir.path(), "plans", false);
    let (code, out) = run(dir.path(), &["check", "--format", "github", "plans"]);
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn junit_has_a_suite_per_file_and_a_case_with_one_failure_per_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    plan_folder(dir.path(), "plans", true);
    plan_folder(dir.path(), "andra", false);
    let (code, xml) = run(
        dir.path(),
        &["check", "--format", "junit", "plans", "andra"],
    );
    assert_eq!(code, 1);
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    let names: Vec<_> = suites.iter().filter_map(|s| s.attribute("name")).collect();
    let mut files: Vec<String> = ["andra", "plans"]
        .iter()
        .flat_map(|d| GOOD.iter().map(move |f| format!("{d}/{f}")))
        .collect();
    files.push(format!("plans/{FAULTY}"));
    files.sort();
    assert_eq!(names, files, "a testsuite per plan file");

    let findings = json_findings(dir.path(), &["plans", "andra"]);
    for suite in &suites {
        let file = suite.attribute("name").expect("a suite has a name");
        let errors: Vec<&Value> = findings
            .iter()
            .filter(|f| f["file"] == file && f["severity"] == "fel")
            .collect();
        let cases: Vec<_> = suite
            .children()
            .filter(|n| n.has_tag_name("testcase"))
            .collect();
        assert_eq!(
            suite.attribute("tests"),
            Some(cases.len().to_string().as_str())
        );
        let failures: Vec<_> = suite
            .descendants()
            .filter(|n| n.has_tag_name("failure"))
            .collect();
        assert_eq!(
            suite.attribute("failures"),
            Some(failures.len().to_string().as_str())
        );
        assert_eq!(
            failures.len(),
            errors.len(),
            "a failure per error in {file}"
        );
        if errors.is_empty() {
            assert_eq!(cases.len(), 1, "one passing testcase for a clean plan");
            assert_eq!(cases[0].children().filter(|n| n.is_element()).count(), 0);
        }
        for (case, f) in cases.iter().zip(&errors) {
            assert_eq!(case.attribute("classname"), Some(file));
            let name = format!(
                "{} {}, rad {}",
                f["code"].as_str().unwrap_or_default(),
                f["rule"].as_str().unwrap_or_default(),
                f["line"]
            );
            assert_eq!(case.attribute("name"), Some(name.as_str()));
            let failure: Vec<_> = case.children().filter(|n| n.is_element()).collect();
            assert_eq!(failure.len(), 1, "exactly one <failure> per testcase");
            assert_eq!(failure[0].attribute("type"), f["code"].as_str());
            assert_eq!(failure[0].attribute("message"), f["message"].as_str());
        }
        // Findings below error level are in the suite's <system-out>.
        let out = suite
            .children()
            .find(|n| n.has_tag_name("system-out"))
            .and_then(|n| n.text())
            .unwrap_or_default();
        for f in findings
            .iter()
            .filter(|f| f["file"] == file && f["severity"] != "fel")
        {
            assert!(out.contains(f["message"].as_str().unwrap_or("?")), "{out}");
        }
    }
    assert!(xml.contains("<failure type=\"L004\""));
}

/// `xmllint --schema XSD` on the JUnit of a folder: whether it validates and what it said.
fn xmllint(xsd: &str, xml: &str) -> Option<(bool, String)> {
    use std::io::Write;
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    file.write_all(xml.as_bytes()).expect("write");
    let schema = repo().join("tests/fixtures/junit").join(xsd);
    let out = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .arg(file.path())
        .output()
        .ok()?;
    Some((
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[test]
fn junit_validates_against_the_ant_and_jenkins_xunit_schemas() {
    let dir = tempfile::tempdir().expect("temp dir");
    plan_folder(dir.path(), "plans", true);
    plan_folder(dir.path(), "andra", false);
    // An empty folder too: <testsuites> with nothing in it.
    std::fs::create_dir_all(dir.path().join("tom")).expect("mkdir");
    let hostile = repo().join("tests/fixtures/hostile");
    let rules = repo().join("tests/fixtures/rules");
    let cases = [
        run(
            dir.path(),
            &["check", "--format", "junit", "plans", "andra"],
        )
        .1,
        run(
            dir.path(),
            &["check", "--format", "junit", "--strict", "plans"],
        )
        .1,
        run(dir.path(), &["check", "--format", "junit", "tom"]).1,
        run(&hostile, &["check", "--format", "junit", "."]).1,
        run(&rules, &["check", "--format", "junit", "."]).1,
    ];
    for xsd in ["ant-junit.xsd", "jenkins-xunit-junit-10.xsd"] {
        for xml in &cases {
            let Some((ok, said)) = xmllint(xsd, xml) else {
                assert!(
                    std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
                    "xmllint is not installed (libxml2-utils)"
                );
                println!("note: no xmllint on PATH; the JUnit schema test is skipped");
                return;
            };
            assert!(ok, "{xsd}: {said}\n{xml}");
        }
    }
    assert!(cases[3].contains("<failure type=\"S001\""), "{}", cases[3]);
}

#[test]
fn gitlab_issues_have_every_required_field_and_stable_unique_fingerprints() {
    let dir = tempfile::tempdir().expect("temp dir");
    git_init(dir.path());
    plan_folder(dir.path(), "plans", true);
    let (code, first) = run(dir.path(), &["check", "--format", "gitlab", "plans"]);
    assert_eq!(code, 1);
    let (_, second) = run(dir.path(), &["check", "--format", "gitlab", "plans"]);
    assert_eq!(first, second, "the same report on every run");
    let issues: Value = serde_json::from_str(&first).expect("JSON");
    let issues = issues.as_array().expect("a JSON array");
    let findings = json_findings(dir.path(), &["plans"]);
    assert_eq!(issues.len(), findings.len());
    let mut seen = HashSet::new();
    for (i, f) in issues.iter().zip(&findings) {
        for key in ["description", "check_name", "fingerprint", "severity"] {
            assert!(
                i[key].as_str().is_some_and(|s| !s.is_empty()),
                "{key} in {i}"
            );
        }
        assert!(i["location"]["path"].as_str().is_some(), "{i}");
        assert!(
            i["location"]["lines"]["begin"]
                .as_u64()
                .is_some_and(|n| n >= 1)
        );
        assert_eq!(i["check_name"], f["code"]);
        assert_eq!(i["description"], f["message"]);
        assert_eq!(i["location"]["path"], f["file"]);
        assert_eq!(i["location"]["lines"]["begin"], f["line"]);
        let expected = match f["severity"].as_str() {
            Some("fel") => "major",
            Some("varning") => "minor",
            _ => "info",
        };
        assert_eq!(i["severity"], expected);
        let fp = i["fingerprint"].as_str().unwrap_or_default().to_string();
        assert!(seen.insert(fp), "fingerprints are unique");
    }
    // Lines added above a finding do not move its fingerprint.
    let path = dir.path().join("plans").join(FAULTY);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, format!("# en kommentar\n\n{text}")).expect("write");
    let (_, moved) = run(dir.path(), &["check", "--format", "gitlab", "plans"]);
    let fps = |s: &str| -> Vec<Value> {
        let v: Value = serde_json::from_str(s).expect("JSON");
        v.as_array()
            .expect("array")
            .iter()
            .map(|i| i["fingerprint"].clone())
            .collect()
    };
    assert_eq!(fps(&first), fps(&moved));
}

/// A git repository at `dir` (only its `.git` matters to `sip`).
fn git_init(dir: &Path) {
    let out = std::process::Command::new("git")
        .args(["init", "-q"])
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The (path, fingerprint) of each GitLab issue of `sip check --format gitlab PATH` run in `cwd`.
fn gitlab_paths(cwd: &Path, path: &str) -> Vec<(String, String)> {
    let (_, out) = run(cwd, &["check", "--format", "gitlab", path]);
    let v: Value = serde_json::from_str(&out).expect("JSON");
    v.as_array()
        .expect("array")
        .iter()
        .map(|i| {
            (
                i["location"]["path"].as_str().unwrap_or("").to_string(),
                i["fingerprint"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn gitlab_paths_are_from_the_git_top_however_sip_is_called() {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path().join("repo");
    std::fs::create_dir_all(repo.join("tjanst")).expect("mkdir");
    git_init(&repo);
    plan_folder(&repo.join("tjanst"), "plans", true);
    let plans = repo.join("tjanst/plans");
    let from_top = gitlab_paths(&repo, "tjanst/plans");
    assert!(!from_top.is_empty());
    for (path, _) in &from_top {
        assert_eq!(path, &format!("tjanst/plans/{FAULTY}"));
    }
    // From inside the plan folder, from outside the repository, and by absolute path: the same.
    assert_eq!(gitlab_paths(&plans, "."), from_top);
    assert_eq!(gitlab_paths(dir.path(), "repo/tjanst/plans"), from_top);
    let abs = plans.canonicalize().expect("canonical");
    assert_eq!(
        gitlab_paths(dir.path(), abs.to_str().expect("UTF-8")),
        from_top
    );

    // Outside git: from the plan folder.
    let plain = tempfile::tempdir().expect("temp dir");
    plan_folder(plain.path(), "plans", true);
    for (path, _) in gitlab_paths(plain.path(), "plans") {
        assert_eq!(path, FAULTY);
    }
}

#[test]
fn gitlab_fingerprints_do_not_change_with_the_day_or_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    plan_folder(dir.path(), "plans", true);
    let prints = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["check", "--format", "gitlab", "plans"];
        all.extend_from_slice(args);
        let (_, out) = run(dir.path(), &all);
        let v: Value = serde_json::from_str(&out).expect("JSON");
        v.as_array()
            .expect("array")
            .iter()
            .map(|i| i["fingerprint"].as_str().unwrap_or("").to_string())
            .collect()
    };
    // Messages count days ("30 dagar sedan"); the fingerprints must not.
    let today = prints(&[]);
    assert!(!today.is_empty());
    assert_eq!(today, prints(&["--today", "2026-06-15"]));
    assert_eq!(today, prints(&["--lang", "en"]));
}

#[test]
fn gitlab_report_is_an_empty_array_for_clean_plans() {
    let dir = tempfile::tempdir().expect("temp dir");
    plan_folder(dir.path(), "plans", false);
    let (code, out) = run(dir.path(), &["check", "--format", "gitlab", "plans"]);
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&out).expect("JSON"),
        serde_json::json!([])
    );
}

#[test]
fn strict_turns_warnings_into_failures() {
    let dir = tempfile::tempdir().expect("temp dir");
    plan_folder(dir.path(), "plans", false);
    // Only warnings: the follow-up date of a clean plan has passed.
    let path = dir.path().join("plans").join(GOOD[0]);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace("nästa: 2027-02-09", "nästa: 2026-04-01"),
    )
    .expect("write");
    let findings = json_findings(dir.path(), &["plans"]);
    assert!(findings.iter().all(|f| f["severity"] != "fel"));
    assert!(findings.iter().any(|f| f["code"] == "P002"));
    for format in ["human", "json", "github", "junit", "gitlab"] {
        let (plain, _) = run(dir.path(), &["check", "--format", format, "plans"]);
        let (strict, out) = run(
            dir.path(),
            &["check", "--format", format, "--strict", "plans"],
        );
        assert_eq!((plain, strict), (0, 1), "--format {format}");
        if format == "junit" {
            assert!(out.contains("<failure type=\"P002\""), "{out}");
        }
    }
}

// ---------------------------------------------------------------- the CI files

/// The `sip …` command lines of a CI file's shell steps, as argument lists (the shell's
/// redirection and `|| true` taken off), with the file each one writes to, if any.
fn sip_commands(lines: &[String]) -> Vec<(Vec<String>, Option<String>)> {
    let mut out = Vec::new();
    for line in lines.iter().flat_map(|l| l.lines()) {
        let line = line.trim();
        if !line.starts_with("sip ") {
            continue;
        }
        let line = line.split(" ||").next().unwrap_or(line);
        let (cmd, target) = match line.split_once(" > ") {
            Some((c, t)) => (c, Some(t.trim().to_string())),
            None => (line, None),
        };
        let args: Vec<String> = cmd.split_whitespace().skip(1).map(str::to_string).collect();
        out.push((args, target));
    }
    out
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn github_actions_example_works_as_written() {
    let text =
        std::fs::read_to_string(repo().join("examples/ci/github-actions.yml")).expect("read");
    let wf = yaml_to_json(&text);
    assert!(wf["name"].is_string());
    assert!(wf["on"]["pull_request"].is_null() && wf["on"].get("pull_request").is_some());
    let job = &wf["jobs"]["sip-check"];
    assert!(job["runs-on"].is_string());
    let steps = job["steps"].as_array().expect("steps");
    assert!(steps.iter().any(|s| {
        s["uses"]
            .as_str()
            .is_some_and(|u| u.starts_with("actions/checkout@"))
    }));
    let runs: Vec<String> = steps
        .iter()
        .filter_map(|s| s["run"].as_str().map(str::to_string))
        .collect();
    assert!(
        runs.iter()
            .any(|r| r.contains("cargo install --locked --path"))
    );
    let cmds = sip_commands(&runs);
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    let (args, target) = &cmds[0];
    assert_eq!(target, &None, "the runner reads the commands from stdout");
    assert!(args.windows(2).any(|w| w == ["--format", "github"]));

    let re = github_line();
    for (faulty, expected) in [(false, 0), (true, 1)] {
        let dir = tempfile::tempdir().expect("temp dir");
        plan_folder(dir.path(), "plans", faulty);
        let out = sip(dir.path()).args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(expected), "{args:?}");
        let stdout = String::from_utf8(out.stdout).expect("UTF-8");
        assert_eq!(stdout.is_empty(), !faulty);
        assert!(stdout.lines().all(|l| re.is_match(l)), "{stdout}");
    }
}

#[test]
fn gitlab_ci_example_works_as_written() {
    let text = std::fs::read_to_string(repo().join("examples/ci/gitlab-ci.yml")).expect("read");
    let ci = yaml_to_json(&text);
    let job = &ci["sip-check"];
    assert!(job["image"].is_string());
    assert_eq!(
        job["artifacts"]["when"], "always",
        "reports also when the job fails"
    );
    let reports = &job["artifacts"]["reports"];
    let script = strings(&job["script"]);
    assert!(
        script
            .iter()
            .any(|r| r.contains("cargo install --locked --path"))
    );
    let cmds = sip_commands(&script);
    assert_eq!(cmds.len(), 2, "{cmds:?}");
    let last = script.last().expect("a script");
    assert!(
        last.starts_with("sip check") && !last.contains("||"),
        "the last step fails the job"
    );

    let dir = tempfile::tempdir().expect("temp dir");
    plan_folder(dir.path(), "plans", true);
    for (args, target) in &cmds {
        let target = target.as_deref().expect("each report goes to a file");
        let out = sip(dir.path()).args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stdout = String::from_utf8(out.stdout).expect("UTF-8");
        if args.windows(2).any(|w| w == ["--format", "gitlab"]) {
            assert_eq!(reports["codequality"], target);
            let issues: Value = serde_json::from_str(&stdout).expect("JSON");
            assert!(!issues.as_array().expect("array").is_empty());
        } else if args.windows(2).any(|w| w == ["--format", "junit"]) {
            assert_eq!(reports["junit"], target);
            roxmltree::Document::parse(&stdout).expect("XML");
        } else {
            panic!("unexpected command {args:?}");
        }
    }
}

#[test]
fn pre_commit_hook_runs_sip_check_on_the_given_files() {
    let text = std::fs::read_to_string(repo().join(".pre-commit-hooks.yaml")).expect("read");
    let hooks = yaml_to_json(&text);
    let hook = hooks
        .as_array()
        .and_then(|h| h.iter().find(|h| h["id"] == "sip-check"))
        .expect("a sip-check hook");
    assert_eq!(hook["language"], "rust");
    assert_eq!(hook["pass_filenames"], true);
    // Plans are chosen by type, so a user's `files:` narrows the choice (tests/it/pre_commit.rs runs
    // the real tool); hidden files are left out.
    assert_eq!(hook["types"], serde_json::json!(["yaml"]));
    assert!(
        hook.get("files").is_none(),
        "files: would be replaced by the user's"
    );
    let exclude = regex::Regex::new(hook["exclude"].as_str().expect("exclude")).expect("regex");
    assert!(!exclude.is_match("plans/sip-2026-abcd1234.yaml") && !exclude.is_match("x.yml"));
    assert!(exclude.is_match(".gitlab-ci.yml") && exclude.is_match(".github/workflows/a.yml"));

    let entry: Vec<&str> = hook["entry"]
        .as_str()
        .expect("entry")
        .split_whitespace()
        .collect();
    assert_eq!(entry[0], "sip");
    let dir = tempfile::tempdir().expect("temp dir");
    plan_folder(dir.path(), "plans", true);
    let good: Vec<String> = GOOD.iter().map(|f| format!("plans/{f}")).collect();
    let mut args: Vec<String> = entry[1..].iter().map(|s| s.to_string()).collect();
    args.extend(good.iter().cloned());
    sip(dir.path()).args(&args).assert().code(0);
    args.push(format!("plans/{FAULTY}"));
    let out = sip(dir.path()).args(&args).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(stdout.contains("L004") && stdout.contains(FAULTY));
}

// ---------------------------------------------------------------- the README

fn readme() -> Option<String> {
    std::fs::read_to_string(repo().join("README.md")).ok()
}

/// The fenced block right after a marker line, if the README has the marker.
fn block_after(text: &str, marker: &str) -> Option<String> {
    let after = &text[text.find(marker)? + marker.len()..];
    let fence_start = after.find("```")?;
    let body = &after[fence_start..];
    let body = &body[body.find('\n')? + 1..];
    let end = body.find("\n```")?;
    Some(format!("{}\n", &body[..end]))
}

#[test]
fn readme_ci_snippets_match() {
    let text = readme().expect("README.md");
    for (marker, file) in [
        ("<!-- ci:github -->", "examples/ci/github-actions.yml"),
        ("<!-- ci:gitlab -->", "examples/ci/gitlab-ci.yml"),
    ] {
        assert!(text.contains(marker), "README.md lacks {marker}");
        let block =
            block_after(&text, marker).unwrap_or_else(|| panic!("a fenced block follows {marker}"));
        let expected = std::fs::read_to_string(repo().join(file)).expect("read");
        assert_eq!(
            block, expected,
            "README's block after {marker} differs from {file}"
        );
    }
}
