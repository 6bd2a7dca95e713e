//! The HTML documents print: headless Chromium turns `sip show --format html` and
//! `sip invitation --format html` into PDF, and the PDF has pages. Skipped, with a note, only
//! when no Chromium binary is installed (CI installs Debian's `chromium`).

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::{Duration, Instant};

use crate::common::{repo, sip};

/// The first Chromium found on PATH.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |d| d.join(name)))
    .find(|p| p.is_file())
}

fn html_of(doc: &str, id: &str) -> String {
    let out = sip(repo().join("examples/demo"))
        .args([doc, id, "--format", "html"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Print `html` to PDF with Chromium; the number of pages.
fn print_pages(chromium: &Path, html: &str) -> usize {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("dokument.html");
    let pdf = dir.path().join("dokument.pdf");
    let profile = dir.path().join("profil");
    std::fs::write(&page, html).expect("write the HTML");
    let url = format!("file://{}", page.display());
    let mut child = Process::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(&url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("chromium starts");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait for chromium").is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(180) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 180 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let bytes = std::fs::read(&pdf).expect("chromium wrote the PDF");
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    let text = String::from_utf8_lossy(&bytes);
    // Page objects, not the page tree (`/Type /Pages`).
    text.match_indices("/Type /Page")
        .filter(|(i, m)| !text[i + m.len()..].starts_with('s'))
        .count()
}

#[test]
fn html_documents_print_to_pdf_pages() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("SIP_REQUIRE_TOOLS").is_none(),
            "chromium is not installed"
        );
        println!("note: no chromium binary on PATH; the HTML print test is skipped");
        return;
    };
    let plan = print_pages(&chromium, &html_of("show", "sip-2026-w2n7bz5s"));
    assert!(plan >= 1, "the plan document printed no page");
    // A whole plan does not fit one A4 page, and it does not run to many either.
    assert!(
        (2..=6).contains(&plan),
        "the plan document printed {plan} pages"
    );
    let invitation = print_pages(&chromium, &html_of("invitation", "sip-2026-c5v9dj2e"));
    assert!(invitation >= 1, "the invitation printed no page");
}
