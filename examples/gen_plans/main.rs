//! A plan generator for benchmarks and load tests: writes N realistic Swedish plans into a new
//! plan folder (`sip.toml` plus `<år>/<månad>-<nn>/<id>.yaml`, at most 1,000 files per folder),
//! each 2–4 KB and valid under a built-in agreement (`samsip-sodra-lappland` or `orebro-lan`),
//! with a chosen fraction carrying one fault from a known list.
//!
//! ```text
//! cargo run --release --example gen_plans -- --out DIR --count N [--fault-rate 0.1] [--seed 1]
//!     [--today 2026-05-01]
//! ```
//! The output depends only on the arguments (the same seed gives the same bytes). Dates are laid
//! out around `--today`, so `sip --today <same day> check DIR` passes every fault-free plan; the
//! summary on stderr says how many plans carry which fault and which rule should report it.
//! It is a tool for measuring `sip`, not a part of it: it never reads plans. The generator itself
//! is `generator.rs` beside this file, a module the integration tests share.

mod generator;

use std::path::PathBuf;

use chrono::NaiveDate;

use generator::Options;

struct Args {
    out: PathBuf,
    options: Options,
}

fn parse_args() -> Result<Args, String> {
    let mut out = None;
    let mut count = 1000usize;
    let mut fault_rate = 0.0f64;
    let mut seed = 1u64;
    let mut today = NaiveDate::from_ymd_opt(2026, 5, 1).expect("a valid date");
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--out" => out = Some(PathBuf::from(value()?)),
            "--count" => count = value()?.parse().map_err(|e| format!("--count: {e}"))?,
            "--fault-rate" => {
                fault_rate = value()?.parse().map_err(|e| format!("--fault-rate: {e}"))?;
                if !(0.0..=1.0).contains(&fault_rate) {
                    return Err("--fault-rate must lie between 0 and 1".into());
                }
            }
            "--seed" => seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--today" => {
                today = NaiveDate::parse_from_str(&value()?, "%Y-%m-%d")
                    .map_err(|e| format!("--today: {e}"))?
            }
            "-h" | "--help" => {
                return Err(
                    "usage: gen_plans --out DIR --count N [--fault-rate F] [--seed S] \
                            [--today YYYY-MM-DD]"
                        .into(),
                );
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    Ok(Args {
        out,
        options: Options {
            count,
            fault_rate,
            seed,
            today,
        },
    })
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let summary = generator::generate(&args.out, &args.options)?;
    eprintln!("{summary}");
    Ok(())
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_plans: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
