//! PDF: any [`Doc`] on A4 pages, made without a browser. Text is shaped with
//! rustybuzz and drawn with krilla, which embeds a subset of DejaVu Sans (regular and bold, built
//! into the binary) with a ToUnicode map, so the text can be selected, searched and extracted.
//!
//! Layout in two steps: [`layout`] turns the document into sections of chunks (a paragraph, a list
//! item, a table row …) with their height; [`paginate`] places them on pages so that a section that
//! fits on one page is never split, and a longer one breaks only between chunks (or, for a chunk
//! taller than a page, between its lines). Every page carries the document's `page_head` at the
//! top and "Sida X av Y" at the bottom. Text reaches the PDF only through [`Fonts::draw`].

use std::cell::RefCell;
use std::collections::HashMap;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::super::doc::{Block, Doc, Field, Item};
use crate::i18n::Lang;

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// A4 in points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 56.0;
const BODY_TOP: f32 = 72.0;
const BODY_BOTTOM: f32 = PAGE_H - 62.0;
const BODY_W: f32 = PAGE_W - 2.0 * MARGIN_X;

const TEXT: f32 = 10.0;
const LEAD: f32 = 1.38;
const INK: (u8, u8, u8) = (17, 17, 17);
const GREY: (u8, u8, u8) = (85, 85, 85);
const BLUE: (u8, u8, u8) = (28, 54, 92);
const LINE: (u8, u8, u8) = (185, 194, 207);
const SHADE: (u8, u8, u8) = (236, 240, 246);

/// Render a document as the bytes of a PDF file.
pub fn render(doc: &Doc) -> Result<Vec<u8>, String> {
    render_into(Document::new(), doc, None)
}

/// Render a document as an archival PDF, PDF/A-2b (ISO 19005-2, level b), dated `date` (its
/// creation date, which PDF/A requires). krilla writes what the standard asks of the file (XMP
/// metadata with the PDF/A identification, an sRGB output intent, device-independent colour)
/// and refuses a document that cannot conform. PDF/A forbids a character drawn without a glyph,
/// so a character neither built-in font has is replaced by U+FFFD first; the count of those is
/// returned with the bytes. An error names the kinds of fault only, never the text.
pub fn render_archival(doc: &Doc, date: chrono::NaiveDate) -> Result<(Vec<u8>, usize), String> {
    use chrono::Datelike;
    use krilla::SerializeSettings;
    use krilla::configure::{Archival, ConfigurationBuilder};
    use krilla::metadata::DateTime;
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_B)
        .finish()
        .map_err(|e| format!("{e:?}"))?;
    let settings = SerializeSettings {
        configuration,
        ..SerializeSettings::default()
    };
    let year = u16::try_from(date.year()).map_err(|_| "year")?;
    let when = DateTime::new(year)
        .month(u8::try_from(date.month()).map_err(|_| "month")?)
        .day(u8::try_from(date.day()).map_err(|_| "day")?)
        .hour(0)
        .minute(0)
        .second(0)
        .utc_offset_hour(0)
        .utc_offset_minute(0);
    let fonts = Fonts::new()?;
    let covered =
        |c: char| c.is_control() || fonts.faces.iter().all(|f| f.glyph_index(c).is_some());
    let mut replaced = 0;
    let doc = map_text(doc, &mut |t: &str| {
        if t.chars().all(covered) {
            return t.to_string();
        }
        t.chars()
            .map(|c| {
                if covered(c) {
                    c
                } else {
                    replaced += 1;
                    '\u{FFFD}'
                }
            })
            .collect()
    });
    let bytes = render_into(Document::new_with(settings), &doc, Some(when)).map_err(|e| {
        // krilla's validation errors carry the offending text: keep only their kinds.
        e.split(['(', ' ', '{', ','])
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter(|w| w.chars().all(char::is_alphanumeric) && *w != "Validation")
            .take(8)
            .collect::<Vec<_>>()
            .join(", ")
    })?;
    Ok((bytes, replaced))
}

/// The document with every text passed through `f`.
fn map_text(doc: &Doc, f: &mut dyn FnMut(&str) -> String) -> Doc {
    fn fields(list: &[Field], f: &mut dyn FnMut(&str) -> String) -> Vec<Field> {
        list.iter()
            .map(|x| Field::new(f(&x.label), f(&x.value)))
            .collect()
    }
    fn blocks(list: &[Block], f: &mut dyn FnMut(&str) -> String) -> Vec<Block> {
        list.iter().map(|b| block(b, f)).collect()
    }
    fn block(b: &Block, f: &mut dyn FnMut(&str) -> String) -> Block {
        match b {
            Block::Heading { text } => Block::heading(f(text)),
            Block::Paragraph { text } => Block::para(f(text)),
            Block::Note { text } => Block::note(f(text)),
            Block::Fields { fields: list } => Block::fields(fields(list, f)),
            Block::List { ordered, items } => Block::list(
                *ordered,
                items
                    .iter()
                    .map(|i| Item::with(f(&i.text), blocks(&i.blocks, f)))
                    .collect(),
            ),
            Block::Table { columns, rows } => Block::Table {
                columns: columns.iter().map(|c| f(c)).collect(),
                rows: rows
                    .iter()
                    .map(|r| r.iter().map(|c| f(c)).collect())
                    .collect(),
            },
            Block::Signatures { signers } => Block::Signatures {
                signers: signers.iter().map(|s| f(s)).collect(),
            },
        }
    }
    let mut out = doc.clone();
    out.title = f(&doc.title);
    out.subtitle = doc.subtitle.as_deref().map(&mut *f);
    out.header = fields(&doc.header, f);
    for (o, s) in out.sections.iter_mut().zip(&doc.sections) {
        o.heading = f(&s.heading);
        o.blocks = blocks(&s.blocks, f);
    }
    out.footer = doc.footer.as_deref().map(&mut *f);
    out.page_head = doc.page_head.as_deref().map(&mut *f);
    out
}

fn render_into(
    mut pdf: Document,
    doc: &Doc,
    created: Option<krilla::metadata::DateTime>,
) -> Result<Vec<u8>, String> {
    let fonts = Fonts::new()?;
    let sections = layout(doc, &fonts);
    let pages = paginate(sections);
    let total = pages.len();
    let mut meta = Metadata::new()
        .title(match &doc.subtitle {
            Some(s) => format!("{} – {s}", doc.title),
            None => doc.title.clone(),
        })
        .language(doc.lang.pick("sv-SE", "en-GB").to_string())
        .creator(format!("sip {}", env!("CARGO_PKG_VERSION")));
    if let Some(h) = &doc.page_head {
        meta = meta.description(h.clone());
    }
    if let Some(when) = created {
        meta = meta.creation_date(when);
    }
    pdf.set_metadata(meta);
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or("A4")?;
    for (n, ops) in pages.iter().enumerate() {
        let mut page = pdf.start_page_with(settings.clone());
        let mut s = page.surface();
        let label = doc.lang.pick("Sida", "Page");
        let of = doc.lang.pick("av", "of");
        let mut frame = Vec::new();
        if let Some(h) = &doc.page_head {
            frame.push(text_op(MARGIN_X, 34.0, 8.5, false, GREY, h));
        }
        frame.push(rule(MARGIN_X, PAGE_W - MARGIN_X, 46.0, 0.6, LINE));
        frame.push(rule(MARGIN_X, PAGE_W - MARGIN_X, PAGE_H - 44.0, 0.6, LINE));
        let foot = format!("{label} {} {of} {total}", n + 1);
        let w = fonts.width(&foot, 8.5, false);
        frame.push(text_op(
            PAGE_W - MARGIN_X - w,
            PAGE_H - 30.0,
            8.5,
            false,
            GREY,
            &foot,
        ));
        for op in frame.iter().chain(ops.iter()) {
            fonts.draw(&mut s, op);
        }
        s.finish();
        page.finish();
    }
    pdf.finish().map_err(|e| format!("{e:?}"))
}

/// One thing drawn, at page (or chunk-relative) coordinates; `y` is the top of its line box.
#[derive(Clone, Debug)]
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        color: (u8, u8, u8),
        text: String,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        width: f32,
        color: (u8, u8, u8),
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: (u8, u8, u8),
    },
}

impl Op {
    fn shift(&mut self, dy: f32) {
        match self {
            Op::Text { y, .. } | Op::Rule { y, .. } | Op::Rect { y, .. } => *y += dy,
        }
    }
    fn top(&self) -> f32 {
        match self {
            Op::Text { y, .. } | Op::Rule { y, .. } | Op::Rect { y, .. } => *y,
        }
    }
}

fn text_op(x: f32, y: f32, size: f32, bold: bool, color: (u8, u8, u8), t: &str) -> Op {
    Op::Text {
        x,
        y,
        size,
        bold,
        color,
        text: t.to_string(),
    }
}

fn rule(x1: f32, x2: f32, y: f32, width: f32, color: (u8, u8, u8)) -> Op {
    Op::Rule {
        x1,
        x2,
        y,
        width,
        color,
    }
}

/// The two faces, for measuring (rustybuzz) and drawing (krilla), with a cache of word widths.
struct Fonts {
    regular: Font,
    bold: Font,
    faces: [rustybuzz::Face<'static>; 2],
    widths: RefCell<HashMap<(bool, String), f32>>,
}

impl Fonts {
    fn new() -> Result<Fonts, String> {
        let face = |b: &'static [u8]| rustybuzz::Face::from_slice(b, 0).ok_or("font");
        Ok(Fonts {
            regular: Font::new(REGULAR.into(), 0).ok_or("font")?,
            bold: Font::new(BOLD.into(), 0).ok_or("font")?,
            faces: [face(REGULAR)?, face(BOLD)?],
            widths: RefCell::new(HashMap::new()),
        })
    }

    /// The advance width of `text` at `size` points, as shaped.
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let key = (bold, text.to_string());
        if let Some(w) = self.widths.borrow().get(&key) {
            return w * size;
        }
        let face = &self.faces[usize::from(bold)];
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(text);
        let shaped = rustybuzz::shape(face, &[], buf);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        let per_pt = units as f32 / f32::from(face.units_per_em() as u16);
        self.widths.borrow_mut().insert(key, per_pt);
        per_pt * size
    }

    /// Break `text` into lines no wider than `max`. A word wider than a line is broken too, so
    /// that nothing runs past the margin and is clipped: a link at its `/`, `?`, `&`, `=` or `-`,
    /// any other word where it reaches the margin ([`Fonts::break_word`]).
    fn wrap(&self, text: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
        let space = self.width(" ", size, bold);
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            let mut w = 0.0;
            for word in para.split_whitespace() {
                // A word of more than 256 bytes is wider than any line: not shaped whole.
                let ww = if word.len() > 256 {
                    f32::INFINITY
                } else {
                    self.width(word, size, bold)
                };
                if !line.is_empty() && w + space + ww > max {
                    lines.push(std::mem::take(&mut line));
                    w = 0.0;
                }
                if ww > max {
                    let mut pieces = self.break_word(word, size, bold, max);
                    let last = pieces.pop().unwrap_or_default();
                    lines.extend(pieces.into_iter().map(|(piece, _)| piece));
                    (line, w) = last;
                    continue;
                }
                if !line.is_empty() {
                    line.push(' ');
                    w += space;
                }
                line.push_str(word);
                w += ww;
            }
            lines.push(line);
        }
        lines
    }

    /// A word wider than `max` as pieces no wider, with their widths: first at the places a
    /// link breaks (after `/`, not inside `//`; before `?`, `&`, `=`, `-`), then, for a part still too
    /// wide, character by character. Linear in the word: each character is measured once
    /// (through the cache), and the widths of a piece are summed, not shaped again.
    fn break_word(&self, word: &str, size: f32, bold: bool, max: f32) -> Vec<(String, f32)> {
        // After a `/` (not inside `//`), before a `?`, `&`, `=` or `-`: a line that ends in `-`
        // would read as a word broken by hyphenation (and text extraction drops such a `-`).
        let mut atoms: Vec<&str> = Vec::new();
        let mut start = 0;
        let mut chars = word.char_indices().peekable();
        while let Some((_, c)) = chars.next() {
            let next = chars.peek().copied();
            let cut = match (c, next) {
                ('/', Some((j, n))) if n != '/' => Some(j),
                (_, Some((j, '?' | '&' | '=' | '-'))) if j > start && c != '/' => Some(j),
                _ => None,
            };
            if let Some(end) = cut {
                atoms.push(&word[start..end]);
                start = end;
            }
        }
        if start < word.len() {
            atoms.push(&word[start..]);
        }
        let mut pieces: Vec<(String, f32)> = Vec::new();
        let mut piece = String::new();
        let mut pw = 0.0;
        let mut add = |text: &str, tw: f32, pieces: &mut Vec<(String, f32)>| {
            if !piece.is_empty() && pw + tw > max {
                pieces.push((std::mem::take(&mut piece), pw));
                pw = 0.0;
            }
            piece.push_str(text);
            pw += tw;
        };
        for atom in atoms {
            // A short atom is measured as shaped; a long one (a 200,000-letter word) by its
            // characters, and only those are cached.
            let aw = if atom.len() <= 256 {
                self.width(atom, size, bold)
            } else {
                f32::INFINITY
            };
            if aw <= max {
                add(atom, aw, &mut pieces);
                continue;
            }
            for (i, c) in atom.char_indices() {
                let text = &atom[i..i + c.len_utf8()];
                add(text, self.width(text, size, bold), &mut pieces);
            }
        }
        if !piece.is_empty() || pieces.is_empty() {
            pieces.push((piece, pw));
        }
        pieces
    }

    fn draw(&self, s: &mut Surface, op: &Op) {
        let paint = |c: (u8, u8, u8)| rgb::Color::new(c.0, c.1, c.2).into();
        match op {
            Op::Text {
                x,
                y,
                size,
                bold,
                color,
                text,
            } => {
                s.set_fill(Some(Fill {
                    paint: paint(*color),
                    ..Fill::default()
                }));
                let font = if *bold { &self.bold } else { &self.regular };
                // `y` is the top of the line box; the baseline sits at the font's ascent.
                let baseline = y + size * 0.93;
                s.draw_text(
                    Point::from_xy(*x, baseline),
                    font.clone(),
                    *size,
                    text,
                    false,
                    TextDirection::Auto,
                );
            }
            Op::Rule {
                x1,
                x2,
                y,
                width,
                color,
            } => {
                let mut pb = PathBuilder::new();
                pb.move_to(*x1, *y);
                pb.line_to(*x2, *y);
                if let Some(path) = pb.finish() {
                    s.set_fill(None);
                    s.set_stroke(Some(Stroke {
                        paint: paint(*color),
                        width: *width,
                        opacity: NormalizedF32::ONE,
                        ..Stroke::default()
                    }));
                    s.draw_path(&path);
                    s.set_stroke(None);
                }
            }
            Op::Rect { x, y, w, h, fill } => {
                let mut pb = PathBuilder::new();
                if let Some(r) = Rect::from_xywh(*x, *y, *w, *h) {
                    pb.push_rect(r);
                }
                if let Some(path) = pb.finish() {
                    s.set_stroke(None);
                    s.set_fill(Some(Fill {
                        paint: paint(*fill),
                        ..Fill::default()
                    }));
                    s.draw_path(&path);
                }
            }
        }
    }
}

/// A piece that is never split across pages unless it is taller than a page.
#[derive(Default, Debug)]
struct Chunk {
    height: f32,
    ops: Vec<Op>,
}

impl Chunk {
    /// Add `other` below this chunk.
    fn append(&mut self, mut other: Chunk) {
        for op in &mut other.ops {
            op.shift(self.height);
        }
        self.ops.append(&mut other.ops);
        self.height += other.height;
    }
    fn gap(&mut self, h: f32) {
        self.height += h;
    }
}

/// A section: its heading chunk stays with the first content chunk.
struct Section {
    chunks: Vec<Chunk>,
}

/// Lines of wrapped text as a chunk.
fn lines(
    f: &Fonts,
    x: f32,
    max: f32,
    size: f32,
    bold: bool,
    color: (u8, u8, u8),
    t: &str,
) -> Chunk {
    let lead = size * LEAD;
    let mut c = Chunk::default();
    for line in f.wrap(t, size, bold, max) {
        c.ops.push(text_op(x, c.height, size, bold, color, &line));
        c.height += lead;
    }
    c
}

fn layout(doc: &Doc, f: &Fonts) -> Vec<Section> {
    let mut out = Vec::new();
    let mut head = lines(f, MARGIN_X, BODY_W, 17.0, true, BLUE, &doc.title);
    if let Some(s) = &doc.subtitle {
        head.gap(2.0);
        head.append(lines(f, MARGIN_X, BODY_W, 12.0, false, INK, s));
    }
    if !doc.header.is_empty() {
        head.gap(8.0);
        let mut box_ = fields(f, MARGIN_X + 8.0, BODY_W - 16.0, &doc.header);
        let h = box_.height + 12.0;
        for op in &mut box_.ops {
            op.shift(6.0);
        }
        box_.ops.insert(
            0,
            Op::Rect {
                x: MARGIN_X,
                y: 0.0,
                w: BODY_W,
                h,
                fill: SHADE,
            },
        );
        box_.height = h;
        head.append(box_);
    }
    head.gap(6.0);
    out.push(Section { chunks: vec![head] });
    for s in &doc.sections {
        let mut h = Chunk::default();
        h.gap(10.0);
        h.append(lines(f, MARGIN_X, BODY_W, 12.5, true, BLUE, &s.heading));
        h.ops
            .push(rule(MARGIN_X, MARGIN_X + BODY_W, h.height + 1.0, 0.9, BLUE));
        h.gap(6.0);
        let mut chunks = vec![h];
        for b in &s.blocks {
            chunks.extend(block(f, MARGIN_X, BODY_W, b, 0, doc.lang));
        }
        out.push(Section { chunks });
    }
    if let Some(foot) = &doc.footer {
        let mut c = Chunk::default();
        c.gap(14.0);
        c.ops
            .push(rule(MARGIN_X, MARGIN_X + BODY_W, c.height, 0.6, LINE));
        c.gap(4.0);
        c.append(lines(f, MARGIN_X, BODY_W, 8.5, false, GREY, foot));
        out.push(Section { chunks: vec![c] });
    }
    out
}

/// Label and value lines: labels in a column as wide as the widest (at most a third).
fn fields(f: &Fonts, x: f32, w: f32, list: &[Field]) -> Chunk {
    let label_w = list
        .iter()
        .map(|x| f.width(&x.label, TEXT, true))
        .fold(0.0, f32::max)
        .min(w / 3.0)
        + 10.0;
    let mut c = Chunk::default();
    for fl in list {
        let l = lines(f, x, label_w - 10.0, TEXT, true, INK, &fl.label);
        let v = lines(f, x + label_w, w - label_w, TEXT, false, INK, &fl.value);
        let h = l.height.max(v.height);
        let mut row = Chunk {
            height: 0.0,
            ops: l.ops,
        };
        row.ops.extend(v.ops);
        row.height = h + 2.0;
        c.append(row);
    }
    c
}

/// A block as chunks (a list gives a chunk per item, a table one per row).
fn block(f: &Fonts, x: f32, w: f32, b: &Block, depth: usize, lang: Lang) -> Vec<Chunk> {
    let mut out = Vec::new();
    match b {
        Block::Heading { text } => {
            let mut c = Chunk::default();
            c.gap(4.0);
            c.append(lines(f, x, w, 10.5, true, BLUE, text));
            c.gap(2.0);
            out.push(c);
        }
        Block::Paragraph { text } => {
            let mut c = lines(f, x, w, TEXT, false, INK, text);
            c.gap(4.0);
            out.push(c);
        }
        Block::Note { text } => {
            let mut c = lines(f, x + 10.0, w - 10.0, TEXT, false, INK, text);
            let h = c.height;
            c.ops.insert(
                0,
                Op::Rect {
                    x,
                    y: -2.0,
                    w: 3.0,
                    h: h + 2.0,
                    fill: (107, 140, 199),
                },
            );
            c.gap(5.0);
            out.push(c);
        }
        Block::Fields { fields: list } => {
            let mut c = fields(f, x, w, list);
            c.gap(3.0);
            out.push(c);
        }
        Block::List { ordered, items } => {
            for (n, item) in items.iter().enumerate() {
                out.push(list_item(f, x, w, (*ordered, n), item, depth, lang));
            }
            if let Some(last) = out.last_mut() {
                last.gap(3.0);
            }
        }
        Block::Table { columns, rows } => out.extend(table(f, x, w, columns, rows)),
        Block::Signatures { signers } => {
            // Two signers a row: a line to sign on, the date, and the name under it.
            let col = (w - 24.0) / 2.0;
            for pair in signers.chunks(2) {
                let mut row = Chunk::default();
                let mut h: f32 = 0.0;
                for (i, s) in pair.iter().enumerate() {
                    let cx = x + i as f32 * (col + 24.0);
                    row.ops.push(rule(cx, cx + col * 0.68, 30.0, 0.7, INK));
                    row.ops
                        .push(rule(cx + col * 0.74, cx + col, 30.0, 0.7, INK));
                    let date = lang.pick("Datum", "Date");
                    row.ops
                        .push(text_op(cx + col * 0.74, 33.0, 8.0, false, GREY, date));
                    let mut name = lines(f, cx, col * 0.7, 9.0, false, INK, s);
                    for op in &mut name.ops {
                        op.shift(33.0);
                    }
                    h = h.max(33.0 + name.height);
                    row.ops.extend(name.ops);
                }
                row.height = h + 8.0;
                out.push(row);
            }
        }
    }
    out
}

fn list_item(
    f: &Fonts,
    x: f32,
    w: f32,
    (ordered, n): (bool, usize),
    item: &Item,
    depth: usize,
    lang: Lang,
) -> Chunk {
    let mark = if ordered {
        format!("{}.", n + 1)
    } else if depth.is_multiple_of(2) {
        "•".to_string()
    } else {
        "–".to_string()
    };
    let indent = if ordered { 18.0 } else { 13.0 };
    let mut c = lines(
        f,
        x + indent,
        w - indent,
        TEXT,
        !item.blocks.is_empty(),
        INK,
        &item.text,
    );
    c.ops.push(text_op(x + 2.0, 0.0, TEXT, false, INK, &mark));
    c.gap(1.5);
    for b in &item.blocks {
        for sub in block(f, x + indent, w - indent, b, depth + 1, lang) {
            c.append(sub);
        }
    }
    c
}

/// Column widths from the cells' natural widths, fitted to `w`.
fn table(f: &Fonts, x: f32, w: f32, columns: &[String], rows: &[Vec<String>]) -> Vec<Chunk> {
    let n = columns.len().max(1);
    let pad = 4.0;
    let size = 9.0;
    // Each column at least as wide as its longest word, the rest shared by natural width.
    // A word is broken where it does not fit (`Fonts::wrap`): a long link asks for no more than
    // an equal share of the table.
    let share = w / n as f32;
    let longest_word = |t: &str, bold: bool| {
        t.split_whitespace()
            .map(|word| f.width(word, size, bold))
            .fold(0.0, f32::max)
            .min(share)
    };
    let mut least = vec![0.0f32; n];
    let mut natural = vec![0.0f32; n];
    for (i, c) in columns.iter().enumerate().take(n) {
        least[i] = longest_word(c, true);
        natural[i] = f.width(c, size, true);
    }
    for r in rows {
        for (i, c) in r.iter().enumerate().take(n) {
            least[i] = least[i].max(longest_word(c, false));
            natural[i] = natural[i].max(f.width(c, size, false));
        }
    }
    let least: Vec<f32> = least.iter().map(|v| v + 2.0 * pad).collect();
    let natural: Vec<f32> = natural
        .iter()
        .zip(&least)
        .map(|(v, l)| (v + 2.0 * pad).max(*l))
        .collect();
    let sum_least: f32 = least.iter().sum();
    let sum_natural: f32 = natural.iter().sum();
    let widths: Vec<f32> = if sum_natural <= w {
        let extra = (w - sum_natural) / n as f32;
        natural.iter().map(|v| v + extra).collect()
    } else if sum_least >= w {
        least.iter().map(|v| v / sum_least * w).collect()
    } else {
        let room = (w - sum_least) / (sum_natural - sum_least);
        least
            .iter()
            .zip(&natural)
            .map(|(l, v)| l + (v - l) * room)
            .collect()
    };
    let row = |cells: &[String], bold: bool, shade: bool| {
        let mut cx = x;
        let mut cell_ops = Vec::new();
        let mut h: f32 = 0.0;
        for (i, cw) in widths.iter().enumerate() {
            let t = cells.get(i).map_or("", String::as_str);
            let c = lines(f, cx + pad, cw - 2.0 * pad, size, bold, INK, t);
            h = h.max(c.height);
            cell_ops.extend(c.ops);
            cx += cw;
        }
        let h = h + 2.0 * pad;
        let mut ops = Vec::new();
        if shade {
            ops.push(Op::Rect {
                x,
                y: 0.0,
                w,
                h,
                fill: SHADE,
            });
        }
        for op in &mut cell_ops {
            op.shift(pad);
        }
        ops.extend(cell_ops);
        ops.push(rule(x, x + w, 0.0, 0.6, LINE));
        ops.push(rule(x, x + w, h, 0.6, LINE));
        Chunk { height: h, ops }
    };
    let mut out = vec![row(columns, true, true)];
    for r in rows {
        out.push(row(r, false, false));
    }
    // The header row stays with the first row.
    if out.len() > 1 {
        let first = out.remove(1);
        out[0].append(first);
    }
    if let Some(last) = out.last_mut() {
        last.gap(6.0);
    }
    out
}

/// Place the sections on pages (ops at page coordinates).
fn paginate(sections: Vec<Section>) -> Vec<Vec<Op>> {
    let body = BODY_BOTTOM - BODY_TOP;
    let mut pages: Vec<Vec<Op>> = vec![Vec::new()];
    let mut y = BODY_TOP;
    let place = |pages: &mut Vec<Vec<Op>>, y: &mut f32, c: Chunk| {
        let page = pages.last_mut().expect("at least one page");
        for mut op in c.ops {
            op.shift(*y);
            page.push(op);
        }
        *y += c.height;
    };
    for s in sections {
        let height: f32 = s.chunks.iter().map(|c| c.height).sum();
        if height > BODY_BOTTOM - y && height <= body && y > BODY_TOP {
            pages.push(Vec::new());
            y = BODY_TOP;
        }
        let mut chunks = s.chunks;
        // The heading goes with the first chunk of content.
        if chunks.len() > 1 {
            let first = chunks.remove(1);
            chunks[0].append(first);
        }
        for c in chunks {
            place_chunk(&mut pages, &mut y, c, body, &place);
        }
    }
    pages
}

fn place_chunk(
    pages: &mut Vec<Vec<Op>>,
    y: &mut f32,
    c: Chunk,
    body: f32,
    place: &impl Fn(&mut Vec<Vec<Op>>, &mut f32, Chunk),
) {
    if c.height <= BODY_BOTTOM - *y {
        place(pages, y, c);
        return;
    }
    if c.height <= body || *y > BODY_TOP + 1.0 && c.height > body {
        pages.push(Vec::new());
        *y = BODY_TOP;
    }
    if c.height <= body {
        place(pages, y, c);
        return;
    }
    // Taller than a page: cut between its lines.
    let mut rest = c;
    while rest.height > BODY_BOTTOM - *y {
        let avail = BODY_BOTTOM - *y;
        let cut = rest
            .ops
            .iter()
            .map(Op::top)
            .filter(|t| *t > 0.0 && *t <= avail - TEXT * LEAD)
            .fold(0.0, f32::max)
            + TEXT * LEAD;
        let (now, later): (Vec<Op>, Vec<Op>) = rest.ops.into_iter().partition(|o| o.top() < cut);
        place(
            pages,
            y,
            Chunk {
                height: cut,
                ops: now,
            },
        );
        let mut later = later;
        for op in &mut later {
            op.shift(-cut);
        }
        rest = Chunk {
            height: rest.height - cut,
            ops: later,
        };
        pages.push(Vec::new());
        *y = BODY_TOP;
    }
    place(pages, y, rest);
}
