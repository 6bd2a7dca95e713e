//! The edit tests' harness, after toml_edit's: `given(yaml).running(args).produces(expected)`,
//! `.refuses(message)` (exit 2, file untouched is checked by the caller), `.says(text)`.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The plan id every edit test uses (`PLAN` in the arguments stands for it).
pub const ID: &str = "sip-2026-testplan";

/// The day the edit tests take for today.
pub const TODAY: &str = "2026-03-01";

/// `sip` in `dir` on the edit tests' day (the harness's [`super::sip_at`]).
pub fn sip(dir: &Path) -> Command {
    super::sip_at(dir, TODAY)
}

/// A plan folder with one plan file.
pub struct Given {
    pub dir: tempfile::TempDir,
    pub file: PathBuf,
}

/// A plan folder under samsip-sodra-lappland (samtalsledare Erik Ek) holding `yaml` as `ID`.
pub fn given(yaml: &str) -> Given {
    let dir = super::plan_folder(
        "\"överenskommelse\" = \"samsip-sodra-lappland\"\nsamtalsledare = \"Erik Ek\"\n",
    );
    let file = dir.path().join(format!("{ID}.yaml"));
    std::fs::write(&file, yaml).expect("write");
    Given { dir, file }
}

/// What a command did to the plan.
pub struct Ran<'g> {
    pub given: &'g Given,
    pub out: std::process::Output,
}

impl Given {
    pub fn running(&self, args: &[&str]) -> Ran<'_> {
        let args: Vec<&str> = args
            .iter()
            .map(|a| if *a == "PLAN" { ID } else { a })
            .collect();
        let out = sip(self.dir.path()).args(&args).output().expect("run");
        Ran { given: self, out }
    }
    pub fn text(&self) -> String {
        String::from_utf8(std::fs::read(&self.file).expect("read")).expect("utf8")
    }
}

impl Ran<'_> {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.out.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.out.stderr).into_owned()
    }
    #[track_caller]
    pub fn produces(&self, expected: &str) -> &Self {
        assert_eq!(self.out.status.code(), Some(0), "stderr: {}", self.stderr());
        let got = self.given.text();
        assert_eq!(
            got, expected,
            "\n--- got ---\n{got}\n--- expected ---\n{expected}"
        );
        self
    }
    #[track_caller]
    pub fn refuses(&self, needle: &str) -> &Self {
        assert_eq!(self.out.status.code(), Some(2), "stdout: {}", self.stdout());
        assert!(self.stderr().contains(needle), "stderr: {}", self.stderr());
        self
    }
    /// The command printed `needle` on stdout.
    #[track_caller]
    pub fn says(&self, needle: &str) -> &Self {
        assert!(self.stdout().contains(needle), "stdout: {}", self.stdout());
        self
    }
}
