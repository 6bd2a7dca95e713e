//! SPEC §4 v2: every part of a plan changed and removed by command, and the refusals (exit 2,
//! the file untouched, a Swedish message that says why and what to do). Golden tests in the
//! style of tests/edit.rs: `given(yaml).running(args).produces(expected)`.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

const ID: &str = "sip-2026-testplan";

const BASE: &str = "\
# Plan för test
id: sip-2026-testplan
överenskommelse: samsip-sodra-lappland
status: pågående
samtalsledare: Erik Ek
individ:
  namn: Anna Andersson
  födelsedatum: 1987-05-23
initiering:
  datum: 2026-02-02
  part: kommun
samtycke:
  datum: 2026-02-03
  form: skriftligt
  givet_av: individen
  dokumenterat_av: Erik Ek
  parter: [kommun, region]
syfte: Samordna stödet.
behov:
  - id: B1
    beskrivning: Stöd att hantera oro
  - id: B2
    beskrivning: Stöd att hitta arbete
mål:
  - id: M1
    beskrivning: Anna arbetstränar
    senast: 2026-09-30
insatser:
  - id: I1
    beskrivning: Samtalsstöd
    huvudman: region
    behov: [B1, B2]
    mål: [M1]
    start: 2026-03-01
    status: pågår
  - id: I2
    beskrivning: Arbetsträning
    huvudman: af
    behov: [B2]
    status: planerad
åtgärder_av_andra:
  - beskrivning: Karin följer med
    av: Karin Andersson (mor)
    behov: [B2]
möten:
  - id: MÖ1
    typ: upprättande
    tid: 2026-03-10T13:00
";

fn sip(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("sip").expect("binary");
    c.current_dir(dir)
        .env("SIP_TODAY", "2026-03-01")
        .env("NO_COLOR", "1")
        .env_remove("SIP_LANG")
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .write_stdin("");
    c
}

struct Given {
    dir: tempfile::TempDir,
    file: PathBuf,
}

fn given(yaml: &str) -> Given {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("sip.toml"),
        "\"överenskommelse\" = \"samsip-sodra-lappland\"\nsamtalsledare = \"Erik Ek\"\n",
    )
    .expect("write");
    let file = dir.path().join(format!("{ID}.yaml"));
    std::fs::write(&file, yaml).expect("write");
    Given { dir, file }
}

struct Ran<'g> {
    given: &'g Given,
    out: std::process::Output,
}

impl Given {
    fn running(&self, args: &[&str]) -> Ran<'_> {
        let args: Vec<&str> = args
            .iter()
            .map(|a| if *a == "PLAN" { ID } else { a })
            .collect();
        let out = sip(self.dir.path()).args(&args).output().expect("run");
        Ran { given: self, out }
    }
    fn text(&self) -> String {
        String::from_utf8(std::fs::read(&self.file).expect("read")).expect("utf8")
    }
}

impl Ran<'_> {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.out.stdout).into_owned()
    }
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.out.stderr).into_owned()
    }
    #[track_caller]
    fn produces(&self, expected: &str) -> &Self {
        assert_eq!(self.out.status.code(), Some(0), "stderr: {}", self.stderr());
        let got = self.given.text();
        assert_eq!(
            got, expected,
            "\n--- got ---\n{got}\n--- expected ---\n{expected}"
        );
        self
    }
    /// Exit 2, the message contains `needle`, the file is as it was.
    #[track_caller]
    fn refuses(&self, needle: &str) -> &Self {
        assert_eq!(self.out.status.code(), Some(2), "stdout: {}", self.stdout());
        assert!(self.stderr().contains(needle), "stderr: {}", self.stderr());
        self
    }
    #[track_caller]
    fn says(&self, needle: &str) -> &Self {
        assert!(self.stdout().contains(needle), "stdout: {}", self.stdout());
        self
    }
}

/// `BASE` with `anchor` replaced by `with` (the anchor must occur once).
fn base_with(anchor: &str, with: &str) -> String {
    assert_eq!(BASE.matches(anchor).count(), 1, "anchor {anchor:?}");
    BASE.replace(anchor, with)
}

// --- Refusals -------------------------------------------------------------------------------

#[test]
fn a_file_with_unknown_keys_is_not_edited() {
    let text = base_with("insatser:\n", "insater:\n");
    let g = given(&text);
    g.running(&["intervention", "add", "PLAN", "x", "--party", "kommun"])
        .refuses("ändras inte medan filen har fel i sin struktur")
        .refuses("Okänd nyckel `insater`; menade du `insatser`?")
        .refuses("`sip check sip-2026-testplan` visar var");
    assert_eq!(g.text(), text);
    let broken = base_with("syfte: Samordna stödet.\n", "syfte: [Samordna\n");
    let g = given(&broken);
    g.running(&["need", "add", "PLAN", "x"])
        .refuses("rad 19: Filen kan inte läsas som en plan")
        .refuses("det som inte går att läsa går inte att ändra säkert");
    assert_eq!(g.text(), broken);
}

#[test]
fn a_kallelse_cannot_be_sent_after_its_meeting() {
    let g = given(BASE);
    g.running(&["meeting", "invited", "PLAN", "MÖ1", "--date", "2026-03-11"])
        .refuses("kallelsen kan inte ha skickats 2026-03-11, efter mötet MÖ1 (2026-03-10 13:00)");
    assert_eq!(g.text(), BASE);
    g.running(&["meeting", "invited", "PLAN", "MÖ1", "--date", "2026-03-10"])
        .produces(&format!("{BASE}    kallelse_skickad: 2026-03-10\n"));
}

#[test]
fn an_intervention_cannot_end_before_it_starts() {
    let g = given(BASE);
    g.running(&["intervention", "set", "PLAN", "I1", "--end", "2026-02-28"])
        .refuses("--end: insatsen kan inte sluta 2026-02-28, före sin start 2026-03-01");
    g.running(&[
        "intervention",
        "add",
        "PLAN",
        "x",
        "--party",
        "kommun",
        "--start",
        "2026-05-01",
        "--end",
        "2026-04-01",
    ])
    .refuses("insatsen kan inte sluta 2026-04-01, före sin start 2026-05-01");
    g.running(&["intervention", "set", "PLAN", "I1", "--start", "2026-03-02"])
        .produces(&base_with(
            "    start: 2026-03-01\n",
            "    start: 2026-03-02\n",
        ));
}

#[test]
fn a_closed_plan_is_only_reopened() {
    let closed = format!(
        "{}avslut:\n  datum: 2026-03-01\n  orsak: mål_uppfyllda\n",
        base_with("status: pågående\n", "status: avslutad\n")
    );
    let g = given(&closed);
    for args in [
        &["need", "add", "PLAN", "x"][..],
        &["set", "PLAN", "--purpose", "x"],
        &["close", "PLAN", "--reason", "annan"],
        &["status", "PLAN", "utkast"],
    ] {
        g.running(args).refuses("är avslutad");
    }
    g.running(&["need", "add", "PLAN", "x"])
        .refuses("Öppna den igen med `sip status sip-2026-testplan pågående`");
    assert_eq!(g.text(), closed);
    g.running(&["status", "PLAN", "pågående"])
        .produces(&closed.replace("status: avslutad\n", "status: pågående\n"));
}

#[test]
fn a_plan_with_withdrawn_consent_is_not_reopened() {
    let closed = format!(
        "{}avslut:\n  datum: 2026-04-02\n  orsak: samtycke_återkallat\n",
        base_with("status: pågående\n", "status: avslutad\n",).replace(
            "  parter: [kommun, region]\n",
            "  parter: [kommun, region]\n  återkallat: 2026-04-01\n"
        )
    );
    let g = given(&closed);
    g.running(&["status", "PLAN", "pågående"])
        .refuses("kan inte bli pågående: samtycket återkallades 2026-04-01")
        .refuses("Upprätta en ny plan med `sip new`");
    assert_eq!(g.text(), closed);
}
