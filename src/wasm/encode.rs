//! The result's compact encoding: a `serde::Serializer` that writes any
//! `Serialize` value into two flat arrays and one string, which `expand.js`
//! turns into plain JavaScript objects in one loop.
//!
//! Why: serde-wasm-bindgen builds the result with one call from wasm into
//! JavaScript per object, per field and per string (and one `TextDecoder`
//! call per string): 20 ms of a 70 ms analysis of 1 MB of news went there.
//! Here the whole result crosses the boundary in one call: the arrays are
//! read in place from wasm memory, the strings are decoded once, as one.
//! The `Serialize` impls of the core stay the one definition of the shape,
//! so a field added there reaches JavaScript with no change here.
//!
//! # Format
//! `words` is a `u32` stream of tagged values; the low 3 bits of a tag give
//! its kind, the other 29 bits its payload `n`:
//!
//! | kind | value | payload, then what follows |
//! |---|---|---|
//! | 0 | `null` | - |
//! | 1 | a boolean | 0 or 1 |
//! | 2 | a number | the value (an integer below 2^29) |
//! | 3 | a number | -, the next `f64` of `floats` |
//! | 4 | a string | its length in UTF-16 units, then its start in `strings` |
//! | 5 | an array | its length, then its items |
//! | 6 | an object | its shape, then its fields' values in order |
//! | 7 | a string | the id of a name (an enum variant's) |
//!
//! Names are the `&'static str` names of fields and variants from the
//! `Serialize` impls, numbered once per instance. A shape is a sequence of
//! field names, numbered as a node of a trie: each field of an object moves
//! from a shape to the one with that field added, most often its first and
//! only child, so an object costs no lookup. Each call passes the names and
//! shapes JavaScript has not seen yet.
//! The values are those serde-wasm-bindgen's `json_compatible` serializer
//! gives: `None` is `null`, integers are numbers (an error past 2^53), unit
//! variants are their names, maps are not supported (the result has none).

use serde::ser::{self, Serialize};
use std::cell::RefCell;

/// Why a value could not be encoded. No message: formatting one would link
/// `core::fmt` machinery for errors that the result types never raise.
#[derive(Debug)]
pub struct Unsupported;

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value JavaScript cannot represent")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

type Result<T = ()> = std::result::Result<T, Unsupported>;

const NULL: u32 = 0;
const BOOL: u32 = 1;
const INT: u32 = 2;
const FLOAT: u32 = 3;
const STR: u32 = 4;
const ARRAY: u32 = 5;
const OBJECT: u32 = 6;
const KEY: u32 = 7;

/// The largest integer a tag holds in its payload.
const MAX_INLINE: u64 = (1 << 29) - 1;
/// `Number.MAX_SAFE_INTEGER`.
const MAX_SAFE: u64 = (1 << 53) - 1;

/// An object shape: a node of the trie of field-name sequences. Node 0 is
/// the object with no field; a node's shape is its parent's plus one field.
#[derive(Clone, Copy)]
struct Node {
    /// The last field's name (compared by address: the derive gives each
    /// field one `&'static str`, and a name met at two addresses only costs
    /// a second node).
    key: &'static str,
    /// Its id in [`Registry::names`].
    name: u32,
    parent: u32,
    /// The first of the nodes one field longer (0: none), and the next of
    /// this node's siblings.
    child: u32,
    sibling: u32,
}

/// The names (of fields and variants) and the object shapes of this
/// instance, numbered in order of first use, and how many of each
/// JavaScript has been sent.
#[derive(Default)]
struct Registry {
    names: Vec<&'static str>,
    /// The ids of `names`, by address: open addressing, slots of
    /// (address, id + 1).
    slots: Vec<(usize, u32)>,
    names_sent: usize,
    nodes: Vec<Node>,
    nodes_sent: usize,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

impl Registry {
    /// The shape of `node` plus the field `key`.
    #[inline]
    fn child(&mut self, node: u32, key: &'static str) -> u32 {
        let mut c = self.nodes[node as usize].child;
        while c != 0 {
            let n = &self.nodes[c as usize];
            if n.key.as_ptr() == key.as_ptr() && n.key.len() == key.len() {
                return c;
            }
            c = n.sibling;
        }
        self.add(node, key)
    }

    #[cold]
    #[inline(never)]
    fn add(&mut self, parent: u32, key: &'static str) -> u32 {
        let name = self.id(key);
        let id = self.nodes.len() as u32;
        let sibling = self.nodes[parent as usize].child;
        self.nodes.push(Node {
            key,
            name,
            parent,
            child: 0,
            sibling,
        });
        self.nodes[parent as usize].child = id;
        id
    }

    /// The id of `name`, by its address.
    #[inline(never)]
    fn id(&mut self, name: &'static str) -> u32 {
        if self.slots.len() < 2 * (self.names.len() + 1) {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let addr = name.as_ptr() as usize;
        let mut i = addr.wrapping_mul(0x9E37_79B9) >> 7 & mask;
        loop {
            match self.slots[i] {
                (a, id)
                    if id != 0 && a == addr && self.names[id as usize - 1].len() == name.len() =>
                {
                    return id - 1;
                }
                (_, 0) => {
                    self.names.push(name);
                    self.slots[i] = (addr, self.names.len() as u32);
                    return self.names.len() as u32 - 1;
                }
                _ => i = (i + 1) & mask,
            }
        }
    }

    #[cold]
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        self.slots = vec![(0, 0); size];
        let mask = size - 1;
        for (k, name) in self.names.iter().enumerate() {
            let mut i = (name.as_ptr() as usize).wrapping_mul(0x9E37_79B9) >> 7 & mask;
            while self.slots[i].1 != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = (name.as_ptr() as usize, k as u32 + 1);
        }
    }
}

/// An encoded value.
#[derive(Default)]
pub struct Encoded {
    /// The tagged stream.
    pub words: Vec<u32>,
    /// The numbers that are no small integers, in stream order.
    pub floats: Vec<f64>,
    /// Every string value, concatenated.
    pub strings: String,
    /// The id of the first name in `new_names`.
    pub first_new_name: u32,
    /// The names JavaScript has not been sent yet, each ended by `\0`.
    pub new_names: String,
    /// The shapes JavaScript has not been sent yet: the id of the first,
    /// then for each the id of its parent shape and of its last field's
    /// name.
    pub new_shapes: Vec<u32>,
    /// How many names and shapes JavaScript knows once it has this.
    known: (usize, usize),
}

/// The encoding as one run of bytes, which serde-wasm-bindgen hands to
/// `expand.js` as one `Uint8Array` (`serialize_bytes`): six `u32`s (the
/// lengths of `floats`, `words` and `new_shapes` in items, `first_new_name`,
/// the lengths of `new_names` and `strings` in bytes), then those arrays and
/// strings in that order. The `f64`s come first, at byte 24, so that they
/// stay aligned.
pub struct Compact(Vec<u8>);

impl Serialize for Compact {
    fn serialize<S: ser::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

/// The bytes of `v`, in the machine's order (little-endian in wasm, as in
/// JavaScript's typed arrays).
fn bytes<T: Copy>(v: &[T]) -> &[u8] {
    // SAFETY: `u32` and `f64` have no padding and every byte of them is
    // initialized; `u8` has no alignment to keep.
    unsafe { std::slice::from_raw_parts(v.as_ptr().cast::<u8>(), std::mem::size_of_val(v)) }
}

impl Encoded {
    /// The form serde-wasm-bindgen gives `expand.js`.
    pub fn compact(&self) -> Compact {
        let head = [
            self.floats.len() as u32,
            self.words.len() as u32,
            self.new_shapes.len() as u32,
            self.first_new_name,
            self.new_names.len() as u32,
            self.strings.len() as u32,
        ];
        let parts = [
            bytes(&head),
            bytes(&self.floats),
            bytes(&self.words),
            bytes(&self.new_shapes),
            self.new_names.as_bytes(),
            self.strings.as_bytes(),
        ];
        let mut out = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
        for p in parts {
            out.extend_from_slice(p);
        }
        Compact(out)
    }
}

/// Encodes `value`.
///
/// # Errors
/// `Unsupported` for a map, a number past 2^53 or a string of 2^29 UTF-16
/// units or more.
pub fn encode<T: Serialize>(value: &T) -> Result<Encoded> {
    let mut reg = REGISTRY.with(|r| std::mem::take(&mut *r.borrow_mut()));
    if reg.nodes.is_empty() {
        reg.nodes.push(Node {
            key: "",
            name: 0,
            parent: 0,
            child: 0,
            sibling: 0,
        });
        reg.nodes_sent = 1;
    }
    let mut e = Encoder {
        out: Encoded::default(),
        units: 0,
        reg,
    };
    let result = value.serialize(&mut e);
    let reg = e.reg;
    if result.is_ok() {
        let out = &mut e.out;
        out.new_shapes.push(reg.nodes_sent as u32);
        for n in &reg.nodes[reg.nodes_sent..] {
            out.new_shapes.extend([n.parent, n.name]);
        }
        out.first_new_name = reg.names_sent as u32;
        for name in &reg.names[reg.names_sent..] {
            out.new_names.push_str(name);
            out.new_names.push('\0');
        }
        out.known = (reg.names.len(), reg.nodes.len());
    }
    REGISTRY.with(|r| *r.borrow_mut() = reg);
    result.map(|()| e.out)
}

/// Records that JavaScript has taken in the names and shapes of `e`: later
/// calls send only newer ones. Until then every call sends them again, so a
/// call that fails between encoding and expanding leaves nothing unsent.
pub fn delivered(e: &Encoded) {
    REGISTRY.with(|r| {
        let mut reg = r.borrow_mut();
        reg.names_sent = reg.names_sent.max(e.known.0);
        reg.nodes_sent = reg.nodes_sent.max(e.known.1);
    });
}

struct Encoder {
    out: Encoded,
    /// Length of `out.strings` in UTF-16 units.
    units: usize,
    /// The registry, taken out of its thread-local for the call.
    reg: Registry,
}

impl Encoder {
    #[inline(never)]
    fn tag(&mut self, kind: u32, n: u32) {
        self.out.words.push(n << 3 | kind);
    }

    #[inline(never)]
    fn number(&mut self, v: f64) {
        self.tag(FLOAT, 0);
        self.out.floats.push(v);
    }

    #[inline(never)]
    fn unsigned(&mut self, v: u64) -> Result {
        if v <= MAX_INLINE {
            self.tag(INT, v as u32);
        } else if v <= MAX_SAFE {
            self.number(v as f64);
        } else {
            return Err(Unsupported);
        }
        Ok(())
    }

    fn signed(&mut self, v: i64) -> Result {
        if v >= 0 {
            return self.unsigned(v as u64);
        }
        if v < -(MAX_SAFE as i64) {
            return Err(Unsupported);
        }
        self.number(v as f64);
        Ok(())
    }

    #[inline(never)]
    fn string(&mut self, v: &str) -> Result {
        let len = utf16_len(v);
        if len > MAX_INLINE as usize {
            return Err(Unsupported);
        }
        self.tag(STR, len as u32);
        self.out.words.push(self.units as u32);
        self.out.strings.push_str(v);
        self.units += len;
        Ok(())
    }

    /// Starts a compound value whose count is patched by [`Self::close`].
    #[inline(never)]
    fn open(&mut self) -> usize {
        self.out.words.push(0);
        self.out.words.len() - 1
    }

    fn close(&mut self, at: usize, kind: u32, count: u32) {
        self.out.words[at] = count << 3 | kind;
    }
}

/// Length of `s` in UTF-16 units.
fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    // One unit per character, two for those past U+FFFF (4 UTF-8 bytes).
    s.bytes()
        .map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

/// A compound value being written: where its tag is and how many items or
/// fields it has so far.
pub struct Compound<'e> {
    e: &'e mut Encoder,
    at: usize,
    /// Items of an array; the shape so far of an object.
    count: u32,
}

impl<'e> ser::Serializer for &'e mut Encoder {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'e>;
    type SerializeTuple = Compound<'e>;
    type SerializeTupleStruct = Compound<'e>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = Compound<'e>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result {
        self.tag(BOOL, u32::from(v));
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.signed(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.signed(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.signed(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result {
        self.signed(v)
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.unsigned(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.unsigned(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.unsigned(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.unsigned(v)
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.number(v.into());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result {
        self.number(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result {
        self.string(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result {
        self.tag(NULL, 0);
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        let id = self.reg.id(variant);
        self.tag(KEY, id);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'e>> {
        let at = self.open();
        Ok(Compound {
            e: self,
            at,
            count: 0,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'e>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'e>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        Err(Unsupported)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'e>> {
        self.serialize_seq(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(Unsupported)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result {
        self.count += 1;
        value.serialize(&mut *self.e)
    }
    fn end(self) -> Result {
        self.e.close(self.at, ARRAY, self.count);
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result {
        self.count = self.e.reg.child(self.count, key);
        value.serialize(&mut *self.e)
    }
    fn end(self) -> Result {
        self.e.close(self.at, OBJECT, self.count);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Map, Value};

    /// What `expand.js` does, in Rust: the encoding read back as JSON.
    fn expand(e: &Encoded, names: &mut Vec<String>, shapes: &mut Vec<Vec<String>>) -> Value {
        names.truncate(e.first_new_name as usize);
        names.extend(
            e.new_names
                .strip_suffix('\0')
                .into_iter()
                .flat_map(|k| k.split('\0'))
                .map(String::from),
        );
        shapes.truncate(e.new_shapes[0] as usize);
        if shapes.is_empty() {
            shapes.push(Vec::new());
        }
        for pair in e.new_shapes[1..].chunks(2) {
            let mut fields = shapes[pair[0] as usize].clone();
            fields.push(names[pair[1] as usize].clone());
            shapes.push(fields);
        }
        let strings: Vec<u16> = e.strings.encode_utf16().collect();
        let (mut w, mut f) = (0, 0);
        fn value(
            e: &Encoded,
            strings: &[u16],
            names: &[String],
            shapes: &[Vec<String>],
            w: &mut usize,
            f: &mut usize,
        ) -> Value {
            let tag = e.words[*w];
            *w += 1;
            let n = tag >> 3;
            match tag & 7 {
                NULL => Value::Null,
                BOOL => Value::Bool(n == 1),
                INT => json!(n),
                FLOAT => {
                    *f += 1;
                    json!(e.floats[*f - 1])
                }
                STR => {
                    let start = e.words[*w] as usize;
                    *w += 1;
                    Value::String(String::from_utf16(&strings[start..start + n as usize]).unwrap())
                }
                ARRAY => Value::Array(
                    (0..n)
                        .map(|_| value(e, strings, names, shapes, w, f))
                        .collect(),
                ),
                OBJECT => {
                    let mut o = Map::new();
                    for k in &shapes[n as usize] {
                        let v = value(e, strings, names, shapes, w, f);
                        o.insert(k.clone(), v);
                    }
                    Value::Object(o)
                }
                _ => Value::String(names[n as usize].clone()),
            }
        }
        let v = value(e, &strings, names, shapes, &mut w, &mut f);
        assert_eq!((w, f), (e.words.len(), e.floats.len()), "all read");
        v
    }

    /// Every analysis of a few texts, encoded and read back, equals its
    /// JSON serialization: the encoding loses nothing and adds nothing.
    #[test]
    fn analyses_read_back_as_their_json() {
        let seed = include_str!("../../tests/corpus/seed-article.txt");
        let texts = [
            seed,
            "",
            "Putin\u{2019}s aides reportedly agreed on March 18 to pause attacks for 30 days. \u{1F600} \u{201C}We may,\u{201D} he said.",
            "Yesterday the company said it will cut 300 jobs by next year, according to sources.",
        ];
        let options = hedgeline::Options::new()
            .published_at("2025-03-18")
            .unwrap();
        let (mut names, mut shapes) = (Vec::new(), Vec::new());
        for text in texts {
            for options in [hedgeline::Options::new(), options.clone()] {
                let analysis = hedgeline::analyze(text, &options).to_utf16(text);
                let e = encode(&analysis).unwrap();
                delivered(&e);
                assert_eq!(
                    expand(&e, &mut names, &mut shapes),
                    serde_json::to_value(&analysis).unwrap()
                );
            }
        }
    }

    #[test]
    fn names_and_shapes_are_sent_until_delivered() {
        let a = hedgeline::analyze("It may rain.", &hedgeline::Options::new());
        let first = encode(&a).unwrap();
        let again = encode(&a).unwrap();
        assert!(first.new_shapes.len() > 10 && !first.new_names.is_empty());
        assert_eq!(first.new_shapes, again.new_shapes);
        assert_eq!(first.new_names, again.new_names);
        delivered(&again);
        let third = encode(&a).unwrap();
        assert_eq!(
            third.new_shapes,
            [(first.new_shapes.len() as u32).div_ceil(2)]
        );
        assert!(third.new_names.is_empty());
    }

    #[test]
    fn numbers_and_strings() {
        let (mut names, mut shapes) = (Vec::new(), Vec::new());
        let v = (
            (1u64 << 29) - 1,
            1u64 << 29,
            -3i32,
            0.5f64,
            "\u{1F600}é",
            Some(()),
            None::<u8>,
        );
        let e = encode(&v).unwrap();
        assert_eq!(
            expand(&e, &mut names, &mut shapes),
            json!([
                (1 << 29) - 1,
                (1u64 << 29) as f64,
                -3.0,
                0.5,
                "\u{1F600}é",
                null,
                null
            ])
        );
        assert!(encode(&(1u64 << 53)).is_err());
        assert!(encode(&std::collections::BTreeMap::<u8, u8>::new()).is_err());
    }
}
