//! The benchmark's floor: read every `*.yaml`/`*.yml` under a folder and parse each into YAML
//! values with a mainstream full loader (saphyr's `Yaml::load_from_str`), on one thread.
//!
//! ```text
//! cargo run --release --example parse_floor -- DIR
//! ```
//! Prints the number of files, bytes and documents and the elapsed time. `bench/run.sh` times
//! the whole process next to `sip check` on the same folder: what `sip` costs beyond reading and
//! parsing its input is the distance to this floor. It checks nothing.

use std::time::Instant;

use saphyr::{LoadableYamlNode, Yaml};

fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parse_floor DIR");
        return std::process::ExitCode::from(2);
    };
    let started = Instant::now();
    let (mut files, mut bytes, mut docs, mut failed) = (0usize, 0usize, 0usize, 0usize);
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        let is_yaml = entry
            .path()
            .extension()
            .is_some_and(|x| x == "yaml" || x == "yml");
        if !is_yaml || !entry.file_type().is_file() {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            failed += 1;
            continue;
        };
        files += 1;
        bytes += text.len();
        match Yaml::load_from_str(&text) {
            Ok(values) => docs += values.len(),
            Err(_) => failed += 1,
        }
    }
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    println!("{files} filer, {bytes} byte, {docs} dokument, {failed} fel, {ms:.1} ms");
    std::process::ExitCode::SUCCESS
}
