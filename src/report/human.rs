//! Human output in the style of rustc and ruff: `fel[L004]: …`, ` --> fil:rad:kol`,
//! the source line with a caret and label, `= hjälp:` and `= källa:` lines, then a summary.
//! Drawing is annotate-snippets' (rustc's own renderer); colour only when asked for.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::ReportConfig;
use crate::findings::{FileReport, Totals};
use crate::findings::{Finding, Severity};
use crate::i18n::Lang;
use crate::privacy;

pub struct HumanRenderer<'c> {
    cfg: &'c ReportConfig,
    /// Each file with findings and its counts, for the per-file lines above the summary.
    faulty: Vec<(String, usize, usize, usize)>,
}

fn level(sev: Severity, lang: Lang) -> Level<'static> {
    let base = match sev {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    base.with_name(Some(sev.word(lang)))
}

/// "2 fel, 1 varning" (and info when any).
pub fn counts(errors: usize, warnings: usize, infos: usize, lang: Lang) -> String {
    let mut parts = vec![
        t!(lang, "kontroll-antal-fel", antal = errors),
        t!(lang, "kontroll-antal-varningar", antal = warnings),
    ];
    if infos > 0 {
        parts.push(t!(lang, "kontroll-antal-info", antal = infos));
    }
    parts.join(", ")
}

/// Bytes of a line shown before and after the start of a finding's span, at most.
const WINDOW: usize = 200;

/// The part of the line `ls..le` to show around `at`: all of it when short, else at most
/// [`WINDOW`] bytes either side, cut at character boundaries.
fn window(text: &str, ls: usize, le: usize, at: usize) -> (usize, usize) {
    if le - ls <= 2 * WINDOW {
        return (ls, le);
    }
    let mut start = at.saturating_sub(WINDOW).max(ls);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = (at + WINDOW).min(le);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (start, end.max(start))
}

impl<'c> HumanRenderer<'c> {
    pub fn new(cfg: &'c ReportConfig) -> Self {
        HumanRenderer {
            cfg,
            faulty: Vec::new(),
        }
    }

    fn renderer(&self) -> Renderer {
        if self.cfg.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        }
    }

    /// One finding as a block.
    pub fn finding(&self, file: &FileReport, f: &Finding) -> String {
        let lang = self.cfg.lang;
        let src = &file.source;
        let lc = src.line_col(f.span.start);
        let (mut ls, le) = src.line_range(lc.line);
        // A byte-order mark is not part of the line a person sees.
        if src
            .text
            .get(ls..le)
            .is_some_and(|t| t.starts_with('\u{feff}'))
        {
            ls += '\u{feff}'.len_utf8();
        }
        // A very long line (flow YAML on one line) is shown as a window around the span, so
        // that each finding costs the same whatever the line's length.
        let (ls, le) = window(&src.text, ls, le, f.span.start.clamp(ls, le));
        // The line as shown: values of personal keys masked byte for byte (the output may be a CI
        // log or a shared screen), control characters made visible (`␛`).
        let masked = if f.names_someone {
            privacy::mask_value(src.text.get(ls..le).unwrap_or("")).into()
        } else {
            privacy::mask_source_line(&src.text, ls, le, crate::model::schema::personal_keys())
        };
        let line_text: &str = &masked;
        // The annotated range within the line: the span clipped to the line, trailing spaces off.
        let start = f.span.start.clamp(ls, le) - ls;
        let mut end = f.span.end.clamp(ls, le).saturating_sub(ls).max(start);
        let raw = src.text.get(ls..le).unwrap_or("");
        while end > start
            && raw
                .as_bytes()
                .get(end - 1)
                .is_some_and(u8::is_ascii_whitespace)
        {
            end -= 1;
        }
        // Offsets into the line as shown: masking keeps characters (not bytes), and a control
        // picture is longer than the byte it shows.
        let shown_at = |i: usize| {
            let n = raw.get(..i).map_or(0, |p| p.chars().count());
            let b = line_text
                .char_indices()
                .nth(n)
                .map_or(line_text.len(), |(b, _)| b);
            privacy::visible(line_text.get(..b).unwrap_or("")).len()
        };
        let (start, end) = (shown_at(start), shown_at(end));
        let line_text = privacy::visible(line_text);
        let line_text: &str = &line_text;
        let label = privacy::visible_line(
            &f.label
                .as_ref()
                .map(|l| l.get(lang).to_string())
                .unwrap_or_default(),
        )
        .into_owned();
        let message = privacy::visible_line(&f.message(lang)).into_owned();
        let display = privacy::visible_line(&src.display).into_owned();
        let code = f.code.as_str();
        let mut group = Group::with_title(
            level(f.severity, lang)
                .primary_title(message.as_str())
                .id(code),
        );
        if !src.text.is_empty() {
            group = group.element(
                Snippet::source(line_text)
                    .line_start(lc.line)
                    .path(display.as_str())
                    .annotation(
                        AnnotationKind::Primary
                            .span(start..end)
                            .label(label.as_str()),
                    ),
            );
        }
        let help_name = t!(lang, "kontroll-rubrik-hjalp");
        let note_name = t!(lang, "kontroll-rubrik-not");
        let source_name = t!(lang, "kontroll-rubrik-kalla");
        let notes: Vec<String> = f
            .notes
            .iter()
            .map(|n| privacy::visible_line(n.get(lang)).into_owned())
            .collect();
        for n in &notes {
            group = group.element(
                Level::NOTE
                    .with_name(Some(note_name.as_str()))
                    .message(n.as_str()),
            );
        }
        let help = f.help.as_deref().map(privacy::visible_line);
        if let Some(h) = &help {
            group = group.element(
                Level::HELP
                    .with_name(Some(help_name.as_str()))
                    .message(h.as_ref()),
            );
        }
        group = group.element(
            Level::NOTE
                .with_name(Some(source_name.as_str()))
                .message(f.source()),
        );
        let mut out = self.renderer().render(&[group]);
        if src.text.is_empty() {
            // No text to show (the file could not be read): still say where, under the title.
            let at = out.find('\n').unwrap_or(out.len());
            out.insert_str(at, &format!("\n --> {display}"));
        }
        out.push('\n');
        out
    }
}

impl super::Render for HumanRenderer<'_> {
    fn file(&mut self, out: &mut dyn std::io::Write, file: &FileReport) -> std::io::Result<()> {
        for f in &file.findings {
            out.write_all(self.finding(file, f).as_bytes())?;
            out.write_all(b"\n")?;
        }
        if !file.findings.is_empty() && !self.cfg.quiet {
            self.faulty.push((
                privacy::visible_line(&file.source.display).into_owned(),
                file.count(Severity::Error),
                file.count(Severity::Warning),
                file.count(Severity::Info),
            ));
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn std::io::Write, totals: &Totals) -> std::io::Result<()> {
        if self.cfg.quiet {
            return Ok(());
        }
        let lang = self.cfg.lang;
        if self.faulty.len() > 1 {
            for (display, e, w, i) in &self.faulty {
                writeln!(out, "{display}: {}", counts(*e, *w, *i, lang))?;
            }
        }
        let (e, w, i) = (totals.errors, totals.warnings, totals.infos);
        let found = if e + w + i == 0 {
            t!(lang, "kontroll-inga-fel")
        } else {
            counts(e, w, i, lang)
        };
        let line = t!(
            lang,
            "kontroll-planer-kontrollerade",
            antal = totals.plans,
            olasta = totals.files - totals.plans,
            fynd = found
        );
        writeln!(out, "{line}")
    }
}
