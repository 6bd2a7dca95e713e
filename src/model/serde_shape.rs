//! For tests: the shape of a type's serde `Deserialize` — its fields, which of them must be
//! given, and the kind of value each takes — read by driving the derived code with a
//! deserializer that records what it is asked for. The agreement's JSON Schema is checked
//! against the shape of the structs that read an agreement file, so the two cannot drift.
//!
//! `serde_spanned::Spanned<T>` is seen through (its shape is `T`'s), and a TOML date
//! (`toml::value::Datetime`) is [`Shape::Date`].

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use serde::de::value::StrDeserializer;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};

/// The kind of value a field takes.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Bool,
    Int,
    Str,
    Date,
    /// May be left out (`Option`): the shape of the value when it is given.
    Optional(Box<Shape>),
    List(Box<Shape>),
    /// A table with keys of the given shape and values of the second.
    Map(Box<Shape>, Box<Shape>),
    Struct(Vec<Field>),
    /// Asked for nothing the tracer knows.
    Unknown,
}

/// One field of a struct: its key as written, whether reading fails without it, its shape.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub key: &'static str,
    pub required: bool,
    pub shape: Shape,
}

/// The shape of `T`.
pub fn shape_of<T: DeserializeOwned>() -> Shape {
    let root = trace::<T>(None);
    let mut shape = resolve(&root);
    mark_required::<T>(&mut shape, "");
    shape
}

/// Whether each field is required: read `T` again without it and see if that fails for it.
fn mark_required<T: DeserializeOwned>(shape: &mut Shape, path: &str) {
    match shape {
        Shape::Struct(fields) => {
            for f in fields {
                let p = format!("{path}.{}", f.key);
                let run = Run::new(Some(p.clone()));
                let outcome = T::deserialize(Tracer {
                    slot: Node::new(),
                    path: String::new(),
                    run: run.clone(),
                });
                f.required = matches!(outcome, Err(Error::Missing(k)) if k == f.key);
                mark_required::<T>(&mut f.shape, &p);
            }
        }
        Shape::Optional(s) | Shape::List(s) | Shape::Map(_, s) => mark_required::<T>(s, path),
        _ => {}
    }
}

#[derive(Debug)]
enum Node {
    Empty,
    Bool,
    Int,
    Str,
    Date,
    Optional(Slot),
    List(Slot),
    Map(Slot, Slot),
    Struct(&'static str, Vec<(&'static str, Slot)>),
}

type Slot = Rc<RefCell<Node>>;

impl Node {
    fn new() -> Slot {
        Rc::new(RefCell::new(Node::Empty))
    }
}

const SPANNED: &str = "$__serde_spanned_private_Spanned";
const SPANNED_VALUE: &str = "$__serde_spanned_private_value";
const DATETIME: &str = "$__toml_private_Datetime";

fn resolve(slot: &Slot) -> Shape {
    match &*slot.borrow() {
        Node::Empty => Shape::Unknown,
        Node::Bool => Shape::Bool,
        Node::Int => Shape::Int,
        Node::Str => Shape::Str,
        Node::Date => Shape::Date,
        Node::Optional(s) => Shape::Optional(Box::new(resolve(s))),
        Node::List(s) => Shape::List(Box::new(resolve(s))),
        Node::Map(k, v) => Shape::Map(Box::new(resolve(k)), Box::new(resolve(v))),
        Node::Struct(SPANNED, fields) => fields
            .iter()
            .find(|(k, _)| *k == SPANNED_VALUE)
            .map_or(Shape::Unknown, |(_, s)| resolve(s)),
        Node::Struct(_, fields) => Shape::Struct(
            fields
                .iter()
                .map(|(key, s)| Field {
                    key,
                    required: false,
                    shape: resolve(s),
                })
                .collect(),
        ),
    }
}

/// One reading of the type: which field path (if any) to leave out.
#[derive(Clone)]
struct Run(Rc<Option<String>>);

impl Run {
    fn new(omit: Option<String>) -> Run {
        Run(Rc::new(omit))
    }
}

fn trace<T: DeserializeOwned>(omit: Option<String>) -> Slot {
    let slot = Node::new();
    let _ = T::deserialize(Tracer {
        slot: slot.clone(),
        path: String::new(),
        run: Run::new(omit),
    });
    slot
}

#[derive(Debug)]
enum Error {
    Missing(&'static str),
    Other(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Missing(k) => write!(f, "missing field {k}"),
            Error::Other(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<M: fmt::Display>(msg: M) -> Self {
        Error::Other(msg.to_string())
    }
    fn missing_field(field: &'static str) -> Self {
        Error::Missing(field)
    }
}

/// The deserializer that records: each value it is asked for fills its slot.
struct Tracer {
    slot: Slot,
    path: String,
    run: Run,
}

impl Tracer {
    fn child(&self, slot: &Slot, path: String) -> Tracer {
        Tracer {
            slot: slot.clone(),
            path,
            run: self.run.clone(),
        }
    }
    fn set(&self, n: Node) {
        *self.slot.borrow_mut() = n;
    }
}

impl<'de> de::Deserializer<'de> for Tracer {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _v: V) -> Result<V::Value, Error> {
        Err(Error::Other(format!("untraceable value at {}", self.path)))
    }
    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.set(Node::Bool);
        v.visit_bool(false)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.set(Node::Int);
        v.visit_u64(0)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_u8(v)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_u8(v)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_u8(v)
    }
    fn deserialize_i8<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_u8(v)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_u8(v)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_u8(v)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_u8(v)
    }
    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.set(Node::Str);
        v.visit_str("x")
    }
    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let inner = Node::new();
        self.set(Node::Optional(inner.clone()));
        v.visit_some(self.child(&inner, self.path.clone()))
    }
    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let item = Node::new();
        self.set(Node::List(item.clone()));
        v.visit_seq(Items {
            next: Some(self.child(&item, self.path.clone())),
        })
    }
    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let (k, val) = (Node::new(), Node::new());
        self.set(Node::Map(k.clone(), val.clone()));
        v.visit_map(Entries {
            entries: vec![(
                Key::Traced(self.child(&k, self.path.clone())),
                self.child(&val, self.path.clone()),
            )]
            .into_iter(),
            value: None,
        })
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        if name == DATETIME {
            self.set(Node::Date);
            return v.visit_map(DateEntry {
                field: fields.first().copied(),
            });
        }
        let own = !name.starts_with("$__");
        let slots: Vec<(&'static str, Slot)> = fields.iter().map(|f| (*f, Node::new())).collect();
        self.set(Node::Struct(name, slots.clone()));
        let omit = self.run.0.as_deref();
        let entries: Vec<(Key, Tracer)> = slots
            .iter()
            .filter_map(|(key, slot)| {
                let path = if own {
                    format!("{}.{key}", self.path)
                } else {
                    self.path.clone()
                };
                (Some(path.as_str()) != omit || !own)
                    .then(|| (Key::Name(key), self.child(slot, path)))
            })
            .collect();
        v.visit_map(Entries {
            entries: entries.into_iter(),
            value: None,
        })
    }

    serde::forward_to_deserialize_any! {
        f32 f64 char bytes byte_buf unit unit_struct newtype_struct tuple tuple_struct enum
        identifier ignored_any i128 u128
    }
}

/// A list of one item.
struct Items {
    next: Option<Tracer>,
}

impl<'de> SeqAccess<'de> for Items {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.next.take().map(|t| seed.deserialize(t)).transpose()
    }
}

enum Key {
    Name(&'static str),
    Traced(Tracer),
}

/// The entries of a struct (its fields by name) or of a table (one traced key and value).
struct Entries {
    entries: std::vec::IntoIter<(Key, Tracer)>,
    value: Option<Tracer>,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some(value);
        match key {
            Key::Name(name) => seed.deserialize(KeyName(name)).map(Some),
            Key::Traced(t) => seed.deserialize(t).map(Some),
        }
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some(t) => seed.deserialize(t),
            None => Err(Error::Other("a value without a key".into())),
        }
    }
}

/// The one entry of a TOML date: its private field, and a date as text.
struct DateEntry {
    field: Option<&'static str>,
}

impl<'de> MapAccess<'de> for DateEntry {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.field {
            Some(f) => seed.deserialize(KeyName(f)).map(Some),
            None => Ok(None),
        }
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        self.field = None;
        let d: StrDeserializer<'_, Error> = "2000-01-01".into_deserializer();
        seed.deserialize(d)
    }
}

/// A field name as a key.
struct KeyName(&'static str);

impl<'de> de::Deserializer<'de> for KeyName {
    type Error = Error;
    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_borrowed_str(self.0)
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        n: u32,
        on: Option<bool>,
    }

    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        name: serde_spanned::Spanned<String>,
        #[serde(rename = "när")]
        when: Option<toml::value::Datetime>,
        #[serde(default)]
        items: Vec<Inner>,
        table: std::collections::BTreeMap<String, u32>,
    }

    #[test]
    fn the_shape_of_a_struct() {
        assert_eq!(
            shape_of::<Outer>(),
            Shape::Struct(vec![
                Field {
                    key: "name",
                    required: true,
                    shape: Shape::Str
                },
                Field {
                    key: "när",
                    required: false,
                    shape: Shape::Optional(Box::new(Shape::Date))
                },
                Field {
                    key: "items",
                    required: false,
                    shape: Shape::List(Box::new(Shape::Struct(vec![
                        Field {
                            key: "n",
                            required: true,
                            shape: Shape::Int
                        },
                        Field {
                            key: "on",
                            required: false,
                            shape: Shape::Optional(Box::new(Shape::Bool))
                        },
                    ])))
                },
                Field {
                    key: "table",
                    required: true,
                    shape: Shape::Map(Box::new(Shape::Str), Box::new(Shape::Int))
                },
            ])
        );
    }
}
