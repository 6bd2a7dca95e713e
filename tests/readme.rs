//! The README's generated regions (the rules table and the plan format) match their one source,
//! the rule declarations and the schema table. `SIP_BLESS=1 cargo test --test readme` rewrites them.

use std::path::PathBuf;

use sip::i18n::Lang;

fn readme_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md")
}

/// Replace the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`, or check it.
fn region(text: &str, name: &str, content: &str) -> Result<String, String> {
    let start = format!("<!-- {name}:start -->\n");
    let end = format!("<!-- {name}:end -->");
    let a = text
        .find(&start)
        .ok_or(format!("README.md lacks {start}"))?
        + start.len();
    let b = text[a..]
        .find(&end)
        .ok_or(format!("README.md lacks {end}"))?
        + a;
    Ok(format!("{}{}{}", &text[..a], content, &text[b..]))
}

#[test]
fn readme_generated_regions_are_current() {
    let text = std::fs::read_to_string(readme_path()).expect("README.md");
    let mut fresh = region(
        &text,
        "regler",
        &sip::cli::commands::rules::markdown_table(Lang::Sv),
    )
    .expect("regler");
    fresh = region(&fresh, "format", &sip::model::schema::markdown_reference()).expect("format");
    if fresh != text {
        if std::env::var_os("SIP_BLESS").is_some() {
            std::fs::write(readme_path(), &fresh).expect("write README.md");
        } else {
            panic!(
                "README.md's generated regions are stale: run `SIP_BLESS=1 cargo test --test readme`"
            );
        }
    }
}
