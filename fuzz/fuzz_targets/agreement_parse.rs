//! Fuzz target: bytes as an agreement file and as `sip.toml` → parse, and render any errors as
//! `sip` prints them. Any panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sip::model::{agreement, config};
use sip::source::SourceFile;
use sip::workspace::render_toml_errors;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let src = SourceFile::new("a.toml".into(), "a.toml".into(), text.to_string());
    if let Err(errs) = agreement::parse_agreement(&src, "a.toml") {
        let _ = render_toml_errors(&src, &errs, sip::i18n::Lang::Sv);
        let _ = render_toml_errors(&src, &errs, sip::i18n::Lang::En);
    }
    if let Err(errs) = config::parse_config(&src) {
        let _ = render_toml_errors(&src, &errs, sip::i18n::Lang::Sv);
    }
});
