//! Gathers the Fluent resources in `locales/<språk>/*.ftl` into the binary: each file is one
//! area's messages (a communicator or translator edits them without reading Rust), and a new
//! file is picked up without a list to keep.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::new();
    for lang in ["sv", "en"] {
        let dir = root.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        let _ = writeln!(
            out,
            "pub const {}: &[(&str, &str)] = &[",
            lang.to_uppercase()
        );
        for f in &files {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    ({name:?}, include_str!({:?})),",
                f.display().to_string()
            );
        }
        out.push_str("];\n");
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
