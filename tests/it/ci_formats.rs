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
        let mut seen: std::collections::HashMap<String, usize> = Default::default();
        for (case, f) in cases.iter().zip(&errors) {
            assert_eq!(case.attribute("classname"), Some(file));
            // Code and rule name, never the line; " (2)" for a code's second finding.
            let mut name = format!(
                "{} {}",
                f["code"].as_str().unwrap_or_default(),
                f["rule"].as_str().unwrap_or_default(),
            );
            let n = seen.entry(name.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                name = format!("{name} ({n})");
            }
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
        ("<!-- ci:sarif -->", "examples/ci/github-code-scanning.yml"),
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

// ---------------------------------------------------------------- SARIF, JUnit identity, -o, stdin

/// The faulty demo folder copied into `dir/plans` (so that lines can be inserted).
fn faulty_copy(dir: &Path) -> std::path::PathBuf {
    let plans = dir.join("plans");
    std::fs::create_dir_all(&plans).expect("mkdir");
    for entry in std::fs::read_dir(repo().join("examples/faulty")).expect("examples/faulty") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            std::fs::copy(&path, plans.join(path.file_name().expect("a name"))).expect("copy");
        }
    }
    plans
}

fn sip_today(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = common::std_sip_at(dir, "2026-05-01")
        .args(args)
        .output()
        .expect("sip runs");
    (
        out.status.code().expect("an exit code"),
        String::from_utf8(out.stdout).expect("UTF-8"),
    )
}

#[test]
fn sarif_of_the_faulty_folder_is_valid_against_the_oasis_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/fixtures/sarif/sarif-schema-2.1.0.json"))
            .expect("the SARIF schema"),
    )
    .expect("JSON");
    let validator = jsonschema::draft4::options()
        .build(&schema)
        .expect("the schema compiles");
    let faulty = repo().join("examples/faulty");
    let (code, sarif) = sip_today(&faulty, &["check", "--format", "sarif", "."]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&sarif).expect("SARIF is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&v)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let (_, json) = sip_today(&faulty, &["check", "--format", "json", "."]);
    let json: Value = serde_json::from_str(&json).expect("JSON");
    let findings = json["findings"].as_array().expect("findings");
    let results = run["results"].as_array().expect("results");
    // One result per finding, in the same order, with the same code, place and level.
    assert_eq!(results.len(), findings.len());
    for (r, f) in results.iter().zip(findings) {
        assert_eq!(r["ruleId"], f["code"]);
        let rule = &rules[r["ruleIndex"].as_u64().expect("ruleIndex") as usize];
        assert_eq!(rule["id"], f["code"]);
        assert_eq!(rule["name"], f["rule"]);
        assert!(
            rule["shortDescription"]["text"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
        let level = match f["severity"].as_str() {
            Some("fel") => "error",
            Some("varning") => "warning",
            _ => "note",
        };
        assert_eq!(r["level"], level);
        let loc = &r["locations"][0]["physicalLocation"];
        let file = f["file"].as_str().expect("file");
        // From the top of the git repository (this project's), whatever the cwd.
        let name = file.rsplit('/').next().unwrap_or(file);
        assert_eq!(
            loc["artifactLocation"]["uri"].as_str(),
            Some(format!("examples/faulty/{name}").as_str()),
            "{loc}"
        );
        assert_eq!(loc["region"]["startLine"], f["line"]);
        assert_eq!(loc["region"]["startColumn"], f["column"]);
        assert_eq!(r["message"]["text"], f["message"]);
    }
    // Fingerprints: as many as results, all different.
    let fps: HashSet<&str> = results
        .iter()
        .filter_map(|r| r["partialFingerprints"]["sipFinding/v1"].as_str())
        .collect();
    assert_eq!(fps.len(), results.len());
}

/// SARIF's fingerprints, like GitLab's, survive a line inserted at the top of every plan and
/// `--lang en`; its URIs are from the git top wherever sip is called.
#[test]
fn sarif_fingerprints_survive_moved_lines_and_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    git_init(dir.path());
    let plans = faulty_copy(dir.path());
    let fps = |cwd: &Path, args: &[&str]| -> Vec<(String, String)> {
        let (_, out) = sip_today(cwd, args);
        let v: Value = serde_json::from_str(&out).expect("SARIF");
        v["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| {
                (
                    r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    r["partialFingerprints"]["sipFinding/v1"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                )
            })
            .collect()
    };
    let before = fps(dir.path(), &["check", "--format", "sarif", "plans"]);
    assert!(before.len() > 20);
    assert!(
        before.iter().all(|(uri, _)| uri.starts_with("plans/")),
        "{before:?}"
    );
    assert_eq!(before, fps(&plans, &["check", "--format", "sarif", "."]));
    assert_eq!(
        before,
        fps(
            dir.path(),
            &["--lang", "en", "check", "--format", "sarif", "plans"]
        )
    );
    insert_a_line_in_each(&plans);
    let after = fps(dir.path(), &["check", "--format", "sarif", "plans"]);
    let (b, a): (HashSet<_>, HashSet<_>) = (before.iter().collect(), after.iter().collect());
    assert_eq!(b, a);
}

fn insert_a_line_in_each(plans: &Path) {
    for entry in std::fs::read_dir(plans).expect("plans") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "yaml") {
            let text = std::fs::read(&path).expect("read");
            let mut new = b"# en rad till\n".to_vec();
            new.extend_from_slice(&text);
            std::fs::write(&path, new).expect("write");
        }
    }
}

/// Each JUnit test case as CI systems key it: (suite, classname, name).
fn junit_identities(xml: &str) -> Vec<(String, String, String)> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let mut out = Vec::new();
    for suite in doc.descendants().filter(|n| n.has_tag_name("testsuite")) {
        for case in suite.children().filter(|n| n.has_tag_name("testcase")) {
            out.push((
                suite.attribute("name").unwrap_or_default().to_string(),
                case.attribute("classname").unwrap_or_default().to_string(),
                case.attribute("name").unwrap_or_default().to_string(),
            ));
        }
    }
    out
}

/// GitLab keys a test case by suite, classname and name; Jenkins by classname and name. A line
/// inserted at the top of every faulty plan moves every finding, and no test case changes its
/// identity: nothing turns "fixed" plus "new". The line is in the failure's text.
#[test]
fn junit_test_identities_survive_a_line_inserted_above() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plans = faulty_copy(dir.path());
    let (_, before) = sip_today(dir.path(), &["check", "--format", "junit", "plans"]);
    let ids = junit_identities(&before);
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(
        unique.len(),
        ids.len(),
        "every test case is its own: {ids:?}"
    );
    assert!(
        ids.iter().all(|(_, _, name)| !name.contains("rad")),
        "{ids:?}"
    );
    // A second finding of a code in one file: " (2)".
    assert!(ids.iter().any(|(_, _, n)| n.ends_with(" (2)")), "{ids:?}");
    insert_a_line_in_each(&plans);
    let (_, after) = sip_today(dir.path(), &["check", "--format", "junit", "plans"]);
    assert_ne!(before, after, "the lines moved");
    assert_eq!(ids, junit_identities(&after));
    // The English run keys its cases the same way too.
    let (_, en) = sip_today(
        dir.path(),
        &["--lang", "en", "check", "--format", "junit", "plans"],
    );
    assert_eq!(ids, junit_identities(&en));
    // The line is in the failure's text.
    let doc = roxmltree::Document::parse(&after).expect("XML");
    let failure = doc
        .descendants()
        .find(|n| n.has_tag_name("failure"))
        .expect("a failure");
    assert!(
        regex::Regex::new(r"plans/[^:]+\.yaml:\d+:\d+: ")
            .expect("regex")
            .is_match(failure.text().unwrap_or_default()),
        "{:?}",
        failure.text()
    );
}

/// With `GITHUB_STEP_SUMMARY` set, `--format github` also appends a Markdown summary to that
/// file: counts by rule and by plan id, no file names or names of people.
#[test]
fn github_appends_a_step_summary_when_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "# Tidigare steg\n").expect("write");
    let faulty = repo().join("examples/faulty");
    let out = common::std_sip_at(&faulty, "2026-05-01")
        .args(["check", "--format", "github", "."])
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .expect("sip runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(stdout.lines().all(|l| l.starts_with("::")), "{stdout}");
    let md = std::fs::read_to_string(&summary).expect("the summary");
    assert!(
        md.starts_with("# Tidigare steg\n## sip check\n"),
        "appended: {md}"
    );
    assert!(
        md.contains("| L004 | övergripande-ansvar-saknas | fel | 1 |"),
        "{md}"
    );
    assert!(md.contains("| `sip-2026-fel00002` | 3 | 0 | 0 |"), "{md}");
    assert!(md.contains("26 fel, 8 varningar"), "{md}");
    // No file names and no names of people from the plans.
    assert!(!md.contains(".yaml"), "{md}");
    for plan in std::fs::read_dir(&faulty).expect("faulty") {
        let text = std::fs::read_to_string(plan.expect("entry").path()).unwrap_or_default();
        for line in text.lines() {
            if let Some(name) = line.trim().strip_prefix("namn: ") {
                assert!(!md.contains(name.trim_matches('"')), "{name} in {md}");
            }
        }
    }
    // Without the variable nothing is written anywhere but stdout; other formats never write it.
    let other = dir.path().join("other.md");
    let out = common::std_sip_at(&faulty, "2026-05-01")
        .args(["check", "--format", "json", "."])
        .env("GITHUB_STEP_SUMMARY", &other)
        .output()
        .expect("sip runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(!other.exists());
}

/// Every command with `--format` takes `-o FILE`: the file holds what stdout would have, and
/// stdout stays empty.
#[test]
fn every_format_command_writes_to_o_file() {
    let dir = common::demo();
    let cases: &[&[&str]] = &[
        &["check", "--format", "json"],
        &["check", "--format", "sarif"],
        &["list", "--format", "csv"],
        &["followups", "--format", "json"],
        &["stats", "--format", "json"],
        &["rules", "--format", "json"],
        &["show", "sip-2026-e6b1ku9r", "--format", "markdown"],
    ];
    for args in cases {
        let (code, expected) = sip_today(dir.path(), args);
        let file = dir.path().join("ut.txt");
        let mut with_o = args.to_vec();
        with_o.extend(["-o", "ut.txt"]);
        let (code_o, stdout) = sip_today(dir.path(), &with_o);
        assert_eq!(code, code_o, "{args:?}");
        assert_eq!(stdout, "", "{args:?}");
        assert_eq!(
            std::fs::read_to_string(&file).expect("written"),
            expected,
            "{args:?}"
        );
        std::fs::remove_file(&file).expect("rm");
    }
    // A workbook is written to -o even when stdout would be a terminal (not one here: the file
    // is a real xlsx, a zip).
    let (code, stdout) = sip_today(
        dir.path(),
        &["list", "--format", "xlsx", "--output", "l.xlsx"],
    );
    assert_eq!((code, stdout.as_str()), (0, ""));
    let bytes = std::fs::read(dir.path().join("l.xlsx")).expect("xlsx");
    assert!(bytes.starts_with(b"PK"));
    // A file that cannot be written is exit 2, naming it.
    let out = common::std_sip_at(dir.path(), "2026-05-01")
        .args(["check", "-o", "saknas/ut.json", "--format", "json"])
        .output()
        .expect("sip runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("saknas/ut.json"));
}

/// `sip check - --stdin-filename PATH` checks the plan on stdin as if it were PATH: the same
/// findings, lines and file name as checking the file, the file-name rule (S007) on PATH, and
/// the agreement of PATH's plan folder.
#[test]
fn check_reads_one_plan_from_stdin_as_the_given_path() {
    let faulty = repo().join("examples/faulty");
    let stdin_check = |file: &str, as_path: &str, format: &str| -> (i32, String) {
        let text = std::fs::read(faulty.join(file)).expect("plan");
        let mut child = common::std_sip_at(&faulty, "2026-05-01")
            .args([
                "check",
                "-",
                "--stdin-filename",
                as_path,
                "--format",
                format,
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("sip runs");
        std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), &text)
            .expect("write stdin");
        let out = child.wait_with_output().expect("sip ends");
        (
            out.status.code().expect("code"),
            String::from_utf8(out.stdout).expect("UTF-8"),
        )
    };
    let entries: Vec<String> = std::fs::read_dir(&faulty)
        .expect("faulty")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    assert!(entries.len() > 20);
    for name in &entries {
        let from_file = sip_today(&faulty, &["check", "--format", "json", name]);
        let from_stdin = stdin_check(name, name, "json");
        assert_eq!(from_file, from_stdin, "{name}");
    }
    // The file-name rule follows the given path: the plan of `plan-utan-ratt-namn.yaml` given
    // its right name is clean, its own plan under another name is not.
    let (code, out) = stdin_check("plan-utan-ratt-namn.yaml", "sip-2026-fel00006.yaml", "json");
    assert_eq!(code, 0);
    assert!(!out.contains("S007"), "{out}");
    let (_, out) = stdin_check(
        "plan-utan-ratt-namn.yaml",
        "plan-utan-ratt-namn.yaml",
        "json",
    );
    assert!(out.contains("S007"), "{out}");
    // More than 1 MiB on stdin is a finding about it, not a read without end.
    let mut child = common::std_sip_at(&faulty, "2026-05-01")
        .args(["check", "-", "--stdin-filename", "stor.yaml"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("sip runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        // The writer stops when sip closes its end after the cap.
        let chunk = vec![b'#'; 64 * 1024];
        for _ in 0..64 {
            if std::io::Write::write_all(&mut stdin, &chunk).is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().expect("sip ends");
    let _ = writer.join();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("S001") && text.contains("för stor"), "{text}");
    // `--stdin-filename` without `-`, or `-` with other paths, is a usage error.
    let (code, _) = sip_today(&faulty, &["check", "--stdin-filename", "x.yaml"]);
    assert_eq!(code, 2);
    let (code, _) = sip_today(&faulty, &["check", "-", "."]);
    assert_eq!(code, 2);
}

/// The README's minimum Rust version is `Cargo.toml`'s `rust-version`.
#[test]
fn readme_names_the_rust_version_of_cargo_toml() {
    let cargo: toml::Value =
        toml::from_str(&std::fs::read_to_string(repo().join("Cargo.toml")).expect("Cargo.toml"))
            .expect("TOML");
    let msrv = cargo["package"]["rust-version"]
        .as_str()
        .expect("rust-version");
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README");
    let named: Vec<&str> = regex::Regex::new(r"you need Rust (\d+\.\d+) or newer")
        .expect("regex")
        .captures_iter(&readme)
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect();
    assert_eq!(named, vec![msrv], "the README's install section");
}

/// CSV records end in CRLF (RFC 4180), also the header; a line break inside a cell stays
/// inside its quotes.
#[test]
fn csv_records_end_in_crlf() {
    let dir = common::demo();
    for args in [
        &["list", "--format", "csv"][..],
        &["followups", "--within", "400", "--format", "csv"],
        &["stats", "--format", "csv"],
    ] {
        let (code, out) = sip_today(dir.path(), args);
        assert_eq!(code, 0, "{args:?}");
        assert!(out.ends_with("\r\n"), "{args:?}");
        let records = out.matches("\r\n").count();
        assert!(records >= 2, "{args:?}: {out}");
        // Every LF is part of a CRLF outside quotes (no bare LF ends a record).
        let mut quoted = false;
        let bytes = out.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            match b {
                b'"' => quoted = !quoted,
                b'\n' if !quoted => assert_eq!(bytes[i - 1], b'\r', "{args:?} at {i}"),
                _ => {}
            }
        }
    }
}

/// `--color auto`: FORCE_COLOR and CLICOLOR_FORCE colour a pipe; TERM=dumb and NO_COLOR do not.
#[test]
fn colour_follows_force_color_and_no_color() {
    let faulty = repo().join("examples/faulty");
    let escapes = |env: &[(&str, &str)]| -> bool {
        let mut cmd = common::std_sip_at(&faulty, "2026-05-01");
        cmd.env_remove("NO_COLOR")
            .env_remove("FORCE_COLOR")
            .env_remove("CLICOLOR_FORCE");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.args(["check", "."]).output().expect("sip runs");
        out.stdout.contains(&0x1b)
    };
    assert!(!escapes(&[]), "a pipe gets no colour");
    assert!(escapes(&[("FORCE_COLOR", "1")]));
    assert!(escapes(&[("CLICOLOR_FORCE", "1")]));
    assert!(!escapes(&[("FORCE_COLOR", "1"), ("NO_COLOR", "1")]));
    assert!(!escapes(&[("TERM", "dumb")]));
}

/// The code scanning workflow: its `sip` line writes a SARIF file valid against the OASIS schema
/// (none of the run's output on stdout), and the upload step reads that very file, also when the
/// check failed.
#[test]
fn github_code_scanning_example_works_as_written() {
    let text =
        std::fs::read_to_string(repo().join("examples/ci/github-code-scanning.yml")).expect("read");
    let wf = yaml_to_json(&text);
    let job = &wf["jobs"]["sip-sarif"];
    assert_eq!(wf["permissions"]["security-events"], "write");
    let steps = job["steps"].as_array().expect("steps");
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif@"))
        })
        .expect("an upload-sarif step");
    assert_eq!(upload["if"], "always()");
    let file = upload["with"]["sarif_file"].as_str().expect("sarif_file");
    let runs: Vec<String> = steps
        .iter()
        .filter_map(|s| s["run"].as_str().map(str::to_string))
        .collect();
    let cmds = sip_commands(&runs);
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    let (args, target) = &cmds[0];
    assert_eq!(target, &None);
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/fixtures/sarif/sarif-schema-2.1.0.json"))
            .expect("the SARIF schema"),
    )
    .expect("JSON");
    let validator = jsonschema::draft4::options()
        .build(&schema)
        .expect("the schema compiles");
    for (faulty, expected) in [(false, 0), (true, 1)] {
        let dir = tempfile::tempdir().expect("temp dir");
        plan_folder(dir.path(), "plans", faulty);
        let out = sip(dir.path()).args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(expected), "{args:?}");
        assert!(out.stdout.is_empty());
        let sarif: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.path().join(file)).expect("the SARIF file"),
        )
        .expect("JSON");
        assert!(validator.is_valid(&sarif));
        let results = sarif["runs"][0]["results"].as_array().expect("results");
        assert_eq!(results.is_empty(), !faulty);
    }
}
