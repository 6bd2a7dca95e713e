//! PDF: any [`Doc`] on A4 pages, made without a browser. Text is shaped with
//! rustybuzz and drawn with krilla, which embeds a subset of DejaVu Sans (regular and bold, built
//! into the binary) with a ToUnicode map, so the text can be selected, searched and extracted.
//!
//! Layout in two steps: [`layout`] turns the document into sections of chunks (a paragraph, a list
//! item, a table row …) with their height; [`paginate`] places them on pages so that a section that
//! fits on one page is never split, and a longer one breaks only between chunks (or, for a chunk
//! taller than a page, between its lines). Every page carries the document's `page_head` at the
//! top and "Sida X av Y" at the bottom. Text reaches the PDF only through [`Fonts::draw`].
//!
//! Every PDF is tagged (PDF/UA-1) and archival (PDF/A-2b): [`layout`] builds the structure tree
//! ([`Tree`]) along with the chunks, each line of text drawn is marked with its slot in it, and
//! whatever repeats on every page or only decorates is an artifact.

use std::cell::RefCell;
use std::collections::HashMap;
use std::num::NonZeroU16;

use krilla::Document;
use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node as TagNode, SpanTag,
    TableHeaderScope, Tag, TagGroup, TagKind, TagTree,
};
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

/// Render a document as the bytes of a PDF file: tagged and accessible (PDF/UA-1) and archival
/// (PDF/A-2b) at once, dated `date`. Its metadata holds the document's kind and the plan id
/// (`plan`), never a name or personnummer. See [`render_archival`].
pub fn render(doc: &Doc, plan: &str, date: chrono::NaiveDate) -> Result<Vec<u8>, String> {
    render_archival(doc, plan, date).map(|(bytes, _)| bytes)
}

/// Render a document as an archival and accessible PDF: PDF/A-2b (ISO 19005-2, level b) and
/// PDF/UA-1 (ISO 14289-1), dated `date` (its creation date, which PDF/A requires). krilla writes
/// what the standards ask of the file (XMP metadata with both identifications, an sRGB output
/// intent, device-independent colour, the structure tree, `/Lang`, the title shown in the
/// window) and refuses a document that cannot conform. The structure tree holds the title (H1),
/// the sections' headings (H2) and sub-headings (H3), paragraphs, lists (L, LI, Lbl, LBody) and
/// tables (with header cells), in reading order; the running head, the page numbers, rules and
/// shading are artifacts. PDF/A forbids a character drawn without a glyph, so a character
/// neither built-in font has is replaced by U+FFFD first; the count of those is returned with the
/// bytes. An error names the kinds of fault only, never the text.
pub fn render_archival(
    doc: &Doc,
    plan: &str,
    date: chrono::NaiveDate,
) -> Result<(Vec<u8>, usize), String> {
    use chrono::Datelike;
    use krilla::SerializeSettings;
    use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
    use krilla::metadata::DateTime;
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_B)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| format!("{e:?}"))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
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
    let bytes = render_into(Document::new_with(settings), &doc, plan, when).map_err(|e| {
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

/// The title a PDF reader shows in its window and lists: the kind of document and the plan id
/// (for the board report: its period).
/// Never the document's own heading, which may name the individual (a letter's does).
fn meta_title(doc: &Doc, plan: &str) -> String {
    // The kind is matched in the message (`dokument-pdf-slag`), with "Dokument" for any other.
    let kind = t!(doc.lang, "dokument-pdf-slag", slag = doc.kind);
    format!("{kind} – {plan}")
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
    plan: &str,
    created: krilla::metadata::DateTime,
) -> Result<Vec<u8>, String> {
    let fonts = Fonts::new()?;
    let mut tree = Tree::new();
    let sections = layout(doc, &fonts, &mut tree);
    let pages = paginate(sections);
    let total = pages.len();
    let lang = match doc.lang {
        Lang::Sv => "sv-SE",
        Lang::En => "en-GB",
    };
    // Title and subject: the kind of document and the plan id; no name, no personnummer.
    let meta = Metadata::new()
        .title(meta_title(doc, plan))
        .description(plan.to_string())
        .language(lang.to_string())
        .creator(format!("sip {}", env!("CARGO_PKG_VERSION")))
        .creation_date(created);
    pdf.set_metadata(meta);
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or("A4")?;
    let mut ids: Vec<Vec<Identifier>> = vec![Vec::new(); tree.slots];
    let layout_artifact = ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout));
    // Where each slot's first line is drawn (page, top), for the bookmarks.
    let mut starts: HashMap<usize, (usize, f32)> = HashMap::new();
    for (n, ops) in pages.iter().enumerate() {
        let mut page = pdf.start_page_with(settings.clone());
        let mut s = page.surface();
        // The running head, the rules and the page number repeat on every page: artifacts,
        // outside the structure tree, so that a screen reader reads them once, not per page.
        if let Some(h) = &doc.page_head {
            s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                ArtifactType::Header,
            )));
            fonts.draw(&mut s, &text_op(MARGIN_X, 34.0, 8.5, false, GREY, h, None));
            s.end_tagged();
        }
        s.start_tagged(layout_artifact);
        fonts.draw(&mut s, &rule(MARGIN_X, PAGE_W - MARGIN_X, 46.0, 0.6, LINE));
        fonts.draw(
            &mut s,
            &rule(MARGIN_X, PAGE_W - MARGIN_X, PAGE_H - 44.0, 0.6, LINE),
        );
        s.end_tagged();
        let foot = t!(doc.lang, "dokument-sidnummer", sida = n + 1, sidor = total);
        let w = fonts.width(&foot, 8.5, false);
        s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Footer,
        )));
        fonts.draw(
            &mut s,
            &text_op(
                PAGE_W - MARGIN_X - w,
                PAGE_H - 30.0,
                8.5,
                false,
                GREY,
                &foot,
                None,
            ),
        );
        s.end_tagged();
        for op in ops {
            match op {
                Op::Text {
                    slot: Some(slot), ..
                } => {
                    let id = s.start_tagged(ContentTag::Span(SpanTag::empty()));
                    fonts.draw(&mut s, op);
                    s.end_tagged();
                    if let Some(list) = ids.get_mut(*slot) {
                        if list.is_empty() {
                            starts.insert(*slot, (n, op.top()));
                        }
                        list.push(id);
                    }
                }
                _ => {
                    s.start_tagged(layout_artifact);
                    fonts.draw(&mut s, op);
                    s.end_tagged();
                }
            }
        }
        s.finish();
        page.finish();
    }
    // Bookmarks (PDF/UA asks for an outline): the title, then each section.
    let mut outline = Outline::new();
    for (slot, text) in &tree.outline {
        if let Some((page, top)) = starts.get(slot) {
            let at = XyzDestination::new(*page, Point::from_xy(MARGIN_X, *top));
            outline.push_child(OutlineNode::new(text.clone(), at));
        }
    }
    pdf.set_outline(outline);
    let children = tree.build(0, &mut ids);
    pdf.set_tag_tree(TagTree::from(children).with_lang(Some(lang.to_string())));
    pdf.finish().map_err(|e| format!("{e:?}"))
}

/// The document's logical structure, built along with its layout: groups (a heading, a
/// paragraph, a list and its items, a table, its rows and cells …) in reading order, and slots.
/// A slot is one piece of text (a paragraph's lines, a cell); every line drawn of it is marked
/// with the slot, and the marks are gathered under the slot's group as the pages are drawn.
struct Tree {
    groups: Vec<Group>,
    slots: usize,
    /// The bookmarks: the title's and each section heading's slot, with its text.
    outline: Vec<(usize, String)>,
}

struct Group {
    kind: Kind,
    children: Vec<Child>,
}

#[derive(Clone, Copy)]
enum Child {
    Group(usize),
    Slot(usize),
}

#[derive(Clone)]
enum Kind {
    Root,
    Sect,
    /// A heading: its level and its text (PDF/UA wants the text as the heading's title too).
    H(u16, String),
    P,
    /// A list: ordered or not.
    L(bool),
    LI,
    Lbl,
    LBody,
    Table,
    THead,
    TBody,
    TR,
    /// A header cell: for its row (a label beside its value) or its column.
    TH(bool),
    TD,
}

impl Tree {
    fn new() -> Tree {
        Tree {
            groups: vec![Group {
                kind: Kind::Root,
                children: Vec::new(),
            }],
            slots: 0,
            outline: Vec::new(),
        }
    }

    /// A new group, the last child of `parent`.
    fn open(&mut self, parent: usize, kind: Kind) -> usize {
        let id = self.groups.len();
        self.groups.push(Group {
            kind,
            children: Vec::new(),
        });
        if let Some(p) = self.groups.get_mut(parent) {
            p.children.push(Child::Group(id));
        }
        id
    }

    /// A new slot, the last child of `parent`.
    fn slot(&mut self, parent: usize) -> usize {
        let id = self.slots;
        self.slots += 1;
        if let Some(p) = self.groups.get_mut(parent) {
            p.children.push(Child::Slot(id));
        }
        id
    }

    /// A group of `kind` holding one slot of text; the slot.
    fn leaf(&mut self, parent: usize, kind: Kind) -> Option<usize> {
        let g = self.open(parent, kind);
        Some(self.slot(g))
    }

    /// The children of group `g` as krilla's tag nodes, each slot's marks in drawing order. A
    /// group left empty is dropped (krilla drops it too).
    fn build(&self, g: usize, ids: &mut [Vec<Identifier>]) -> Vec<TagNode> {
        let mut out = Vec::new();
        let Some(group) = self.groups.get(g) else {
            return out;
        };
        for child in &group.children {
            match *child {
                Child::Slot(s) => {
                    if let Some(list) = ids.get_mut(s) {
                        out.extend(std::mem::take(list).into_iter().map(TagNode::from));
                    }
                }
                Child::Group(k) => {
                    let kids = self.build(k, ids);
                    if let (false, Some(tag)) = (kids.is_empty(), self.groups[k].kind.tag()) {
                        out.push(TagGroup::with_children(tag, kids).into());
                    } else {
                        out.extend(kids);
                    }
                }
            }
        }
        out
    }
}

impl Kind {
    fn tag(&self) -> Option<TagKind> {
        Some(match self {
            Kind::Root => return None,
            Kind::Sect => Tag::Section.into(),
            Kind::H(level, text) => Tag::Hn(
                NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN),
                Some(text.clone()),
            )
            .into(),
            Kind::P => Tag::P.into(),
            Kind::L(ordered) => Tag::L(if *ordered {
                ListNumbering::Decimal
            } else {
                ListNumbering::Disc
            })
            .into(),
            Kind::LI => Tag::LI.into(),
            Kind::Lbl => Tag::Lbl.into(),
            Kind::LBody => Tag::LBody.into(),
            Kind::Table => Tag::Table.into(),
            Kind::THead => Tag::THead.into(),
            Kind::TBody => Tag::TBody.into(),
            Kind::TR => Tag::TR.into(),
            Kind::TH(row) => Tag::TH(if *row {
                TableHeaderScope::Row
            } else {
                TableHeaderScope::Column
            })
            .into(),
            Kind::TD => Tag::TD.into(),
        })
    }
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
        /// The structure slot this text belongs to; `None` for the page's running head and
        /// number.
        slot: Option<usize>,
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

fn text_op(
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    color: (u8, u8, u8),
    t: &str,
    slot: Option<usize>,
) -> Op {
    Op::Text {
        x,
        y,
        size,
        bold,
        color,
        text: t.to_string(),
        slot,
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
                ..
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

/// Lines of wrapped text as a chunk, marked with their structure slot.
#[allow(clippy::too_many_arguments)]
fn lines(
    f: &Fonts,
    x: f32,
    max: f32,
    size: f32,
    bold: bool,
    color: (u8, u8, u8),
    t: &str,
    slot: Option<usize>,
) -> Chunk {
    let lead = size * LEAD;
    let mut c = Chunk::default();
    for line in f.wrap(t, size, bold, max) {
        c.ops
            .push(text_op(x, c.height, size, bold, color, &line, slot));
        c.height += lead;
    }
    c
}

fn layout(doc: &Doc, f: &Fonts, tree: &mut Tree) -> Vec<Section> {
    let mut out = Vec::new();
    let slot = tree.leaf(0, Kind::H(1, doc.title.clone()));
    tree.outline.extend(slot.map(|s| (s, doc.title.clone())));
    let mut head = lines(f, MARGIN_X, BODY_W, 17.0, true, BLUE, &doc.title, slot);
    if let Some(s) = &doc.subtitle {
        head.gap(2.0);
        let slot = tree.leaf(0, Kind::P);
        head.append(lines(f, MARGIN_X, BODY_W, 12.0, false, INK, s, slot));
    }
    if !doc.header.is_empty() {
        head.gap(8.0);
        let mut box_ = fields(f, MARGIN_X + 8.0, BODY_W - 16.0, &doc.header, tree, 0);
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
        let sect = tree.open(0, Kind::Sect);
        let mut h = Chunk::default();
        h.gap(10.0);
        let slot = tree.leaf(sect, Kind::H(2, s.heading.clone()));
        tree.outline.extend(slot.map(|n| (n, s.heading.clone())));
        h.append(lines(
            f, MARGIN_X, BODY_W, 12.5, true, BLUE, &s.heading, slot,
        ));
        h.ops
            .push(rule(MARGIN_X, MARGIN_X + BODY_W, h.height + 1.0, 0.9, BLUE));
        h.gap(6.0);
        let mut chunks = vec![h];
        for b in &s.blocks {
            chunks.extend(block(f, MARGIN_X, BODY_W, b, 0, doc.lang, tree, sect));
        }
        out.push(Section { chunks });
    }
    if let Some(foot) = &doc.footer {
        let mut c = Chunk::default();
        c.gap(14.0);
        c.ops
            .push(rule(MARGIN_X, MARGIN_X + BODY_W, c.height, 0.6, LINE));
        c.gap(4.0);
        let slot = tree.leaf(0, Kind::P);
        c.append(lines(f, MARGIN_X, BODY_W, 8.5, false, GREY, foot, slot));
        // The small print goes with the last piece of the document, never alone on a page.
        match out.last_mut().and_then(|s| s.chunks.last_mut()) {
            Some(last) => last.append(c),
            None => out.push(Section { chunks: vec![c] }),
        }
    }
    out
}

/// Label and value lines: labels in a column as wide as the widest (at most a third). In the
/// structure, a table whose rows have the label as header cell and the value as data cell.
fn fields(f: &Fonts, x: f32, w: f32, list: &[Field], tree: &mut Tree, parent: usize) -> Chunk {
    let label_w = list
        .iter()
        .map(|x| f.width(&x.label, TEXT, true))
        .fold(0.0, f32::max)
        .min(w / 3.0)
        + 10.0;
    let table = tree.open(parent, Kind::Table);
    let body = tree.open(table, Kind::TBody);
    let mut c = Chunk::default();
    for fl in list {
        let tr = tree.open(body, Kind::TR);
        let ls = tree.leaf(tr, Kind::TH(true));
        let vs = tree.leaf(tr, Kind::TD);
        let l = lines(f, x, label_w - 10.0, TEXT, true, INK, &fl.label, ls);
        let v = lines(f, x + label_w, w - label_w, TEXT, false, INK, &fl.value, vs);
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

/// A block as chunks (a list gives a chunk per item, a table one per row), its structure under
/// the group `parent`.
#[allow(clippy::too_many_arguments)]
fn block(
    f: &Fonts,
    x: f32,
    w: f32,
    b: &Block,
    depth: usize,
    lang: Lang,
    tree: &mut Tree,
    parent: usize,
) -> Vec<Chunk> {
    let mut out = Vec::new();
    match b {
        Block::Heading { text } => {
            let mut c = Chunk::default();
            c.gap(4.0);
            let slot = tree.leaf(parent, Kind::H(3, text.clone()));
            c.append(lines(f, x, w, 10.5, true, BLUE, text, slot));
            c.gap(2.0);
            out.push(c);
        }
        Block::Paragraph { text } => {
            let slot = tree.leaf(parent, Kind::P);
            let mut c = lines(f, x, w, TEXT, false, INK, text, slot);
            c.gap(4.0);
            out.push(c);
        }
        Block::Note { text } => {
            let slot = tree.leaf(parent, Kind::P);
            let mut c = lines(f, x + 10.0, w - 10.0, TEXT, false, INK, text, slot);
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
            let mut c = fields(f, x, w, list, tree, parent);
            c.gap(3.0);
            out.push(c);
        }
        Block::List { ordered, items } => {
            let l = tree.open(parent, Kind::L(*ordered));
            for (n, item) in items.iter().enumerate() {
                let li = tree.open(l, Kind::LI);
                out.push(list_item(
                    f,
                    x,
                    w,
                    (*ordered, n),
                    item,
                    depth,
                    lang,
                    tree,
                    li,
                ));
            }
            if let Some(last) = out.last_mut() {
                last.gap(3.0);
            }
        }
        Block::Table { columns, rows } => out.extend(table(f, x, w, columns, rows, tree, parent)),
        Block::Signatures { signers } => {
            // Two signers a row: a line to sign on, the date, and the name under it.
            let col = (w - 24.0) / 2.0;
            for pair in signers.chunks(2) {
                let mut row = Chunk::default();
                let mut h: f32 = 0.0;
                for (i, s) in pair.iter().enumerate() {
                    let p = tree.open(parent, Kind::P);
                    let name_slot = Some(tree.slot(p));
                    let date_slot = Some(tree.slot(p));
                    let cx = x + i as f32 * (col + 24.0);
                    row.ops.push(rule(cx, cx + col * 0.68, 30.0, 0.7, INK));
                    row.ops
                        .push(rule(cx + col * 0.74, cx + col, 30.0, 0.7, INK));
                    let date = t!(lang, "dokument-datum");
                    row.ops.push(text_op(
                        cx + col * 0.74,
                        33.0,
                        8.0,
                        false,
                        GREY,
                        &date,
                        date_slot,
                    ));
                    let mut name = lines(f, cx, col * 0.7, 9.0, false, INK, s, name_slot);
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

#[allow(clippy::too_many_arguments)]
fn list_item(
    f: &Fonts,
    x: f32,
    w: f32,
    (ordered, n): (bool, usize),
    item: &Item,
    depth: usize,
    lang: Lang,
    tree: &mut Tree,
    li: usize,
) -> Chunk {
    let mark = if ordered {
        format!("{}.", n + 1)
    } else if depth.is_multiple_of(2) {
        "•".to_string()
    } else {
        "–".to_string()
    };
    let indent = if ordered { 18.0 } else { 13.0 };
    let lbl = tree.leaf(li, Kind::Lbl);
    let body = tree.open(li, Kind::LBody);
    let text = Some(tree.slot(body));
    let mut c = lines(
        f,
        x + indent,
        w - indent,
        TEXT,
        !item.blocks.is_empty(),
        INK,
        &item.text,
        text,
    );
    c.ops
        .push(text_op(x + 2.0, 0.0, TEXT, false, INK, &mark, lbl));
    c.gap(1.5);
    for b in &item.blocks {
        for sub in block(f, x + indent, w - indent, b, depth + 1, lang, tree, body) {
            c.append(sub);
        }
    }
    c
}

/// Column widths from the cells' natural widths, fitted to `w`. In the structure: a table with
/// the columns' names as header cells (THead) and the rows as data cells (TBody).
fn table(
    f: &Fonts,
    x: f32,
    w: f32,
    columns: &[String],
    rows: &[Vec<String>],
    tree: &mut Tree,
    parent: usize,
) -> Vec<Chunk> {
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
    let row = |cells: &[String], bold: bool, shade: bool, slots: &[Option<usize>]| {
        let mut cx = x;
        let mut cell_ops = Vec::new();
        let mut h: f32 = 0.0;
        for (i, cw) in widths.iter().enumerate() {
            let t = cells.get(i).map_or("", String::as_str);
            let slot = slots.get(i).copied().flatten();
            let c = lines(f, cx + pad, cw - 2.0 * pad, size, bold, INK, t, slot);
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
    let group = tree.open(parent, Kind::Table);
    // A row of the structure: its cells' slots.
    let cells = |tree: &mut Tree, part: usize, kind: Kind| {
        let tr = tree.open(part, Kind::TR);
        (0..n)
            .map(|_| tree.leaf(tr, kind.clone()))
            .collect::<Vec<_>>()
    };
    let head = tree.open(group, Kind::THead);
    let mut out = vec![row(
        columns,
        true,
        true,
        &cells(tree, head, Kind::TH(false)),
    )];
    let body = tree.open(group, Kind::TBody);
    for r in rows {
        out.push(row(r, false, false, &cells(tree, body, Kind::TD)));
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
    // A page without text (a break before a chunk of space only) would hold nothing but the
    // running head and the page number: none is kept, unless the document has no text at all.
    if pages.len() > 1 {
        pages.retain(|p| p.iter().any(|op| matches!(op, Op::Text { .. })));
        if pages.is_empty() {
            pages.push(Vec::new());
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
        if later.is_empty() {
            // Nothing but space left: no page for it.
            return;
        }
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
