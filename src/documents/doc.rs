//! The neutral document that every printed document is built as: a title, header fields and
//! sections of blocks (paragraphs, lists, tables and notes), and the warnings for the samtalsledare
//! that the command writes to stderr, never into the document.
//!
//! Builders (`agenda.rs`, `invitation.rs`, `plan.rs`) fill a [`Doc`] with text already in the
//! chosen language; renderers (`render/`) print any `Doc`. Nothing here knows a plan or a format.

use serde::Serialize;

use crate::i18n::Lang;

/// A printed document.
#[derive(Debug, Clone, Serialize)]
pub struct Doc {
    /// `agenda`, `invitation` or `plan`: what kind of document this is.
    pub kind: &'static str,
    #[serde(serialize_with = "ser_lang")]
    pub lang: Lang,
    pub title: String,
    pub subtitle: Option<String>,
    /// Label and value pairs shown under the title.
    pub header: Vec<Field>,
    pub sections: Vec<Section>,
    /// A last line in small print (who printed it, when).
    pub footer: Option<String>,
    /// The line every printed page carries at its top (the individual's name, personnummer and
    /// the plan id), so that a loose page is still known; "sida X av Y" goes with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_head: Option<String>,
    /// What the samtalsledare should know before handing the document out (a notice period not
    /// met, consent that does not cover a party …). Never printed in the document: the command
    /// writes these to stderr, so the paper holds only what its reader should read.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

fn ser_lang<S: serde::Serializer>(lang: &Lang, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match lang {
        Lang::Sv => "sv",
        Lang::En => "en",
    })
}

/// One label and its value.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    pub label: String,
    pub value: String,
}

/// A heading and what stands under it.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// A piece of a section.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A sub-heading inside a section.
    Heading {
        text: String,
    },
    Paragraph {
        text: String,
    },
    /// Label and value lines.
    Fields {
        fields: Vec<Field>,
    },
    List {
        ordered: bool,
        items: Vec<Item>,
    },
    Table {
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Lines to sign on, one per signer (name and what they sign for).
    Signatures {
        signers: Vec<String>,
    },
    /// Something worth noticing.
    Note {
        text: String,
    },
}

/// A list item: its text and what stands under it.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
}

impl Doc {
    pub fn new(kind: &'static str, lang: Lang, title: impl Into<String>) -> Doc {
        Doc {
            kind,
            lang,
            title: title.into(),
            subtitle: None,
            header: Vec::new(),
            sections: Vec::new(),
            footer: None,
            page_head: None,
            warnings: Vec::new(),
        }
    }

    /// Note something for the samtalsledare (stderr), never for the reader.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.warnings.push(text.into());
    }

    pub fn field(&mut self, label: impl Into<String>, value: impl Into<String>) {
        self.header.push(Field::new(label, value));
    }

    pub fn section(&mut self, heading: impl Into<String>, blocks: Vec<Block>) {
        self.sections.push(Section {
            heading: heading.into(),
            blocks,
        });
    }
}

impl Field {
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Field {
        Field {
            label: label.into(),
            value: value.into(),
        }
    }
}

impl Item {
    pub fn new(text: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            blocks: Vec::new(),
        }
    }
    pub fn with(text: impl Into<String>, blocks: Vec<Block>) -> Item {
        Item {
            text: text.into(),
            blocks,
        }
    }
}

impl Block {
    pub fn para(text: impl Into<String>) -> Block {
        Block::Paragraph { text: text.into() }
    }
    pub fn heading(text: impl Into<String>) -> Block {
        Block::Heading { text: text.into() }
    }
    pub fn note(text: impl Into<String>) -> Block {
        Block::Note { text: text.into() }
    }
    pub fn fields(fields: Vec<Field>) -> Block {
        Block::Fields { fields }
    }
    /// A bullet list of plain items.
    pub fn bullets<S: Into<String>>(items: impl IntoIterator<Item = S>) -> Block {
        Block::List {
            ordered: false,
            items: items.into_iter().map(Item::new).collect(),
        }
    }
    pub fn list(ordered: bool, items: Vec<Item>) -> Block {
        Block::List { ordered, items }
    }
    pub fn table<S: Into<String>>(
        columns: impl IntoIterator<Item = S>,
        rows: Vec<Vec<String>>,
    ) -> Block {
        Block::Table {
            columns: columns.into_iter().map(Into::into).collect(),
            rows,
        }
    }
}
