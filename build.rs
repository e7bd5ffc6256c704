//! Build script: compiles the lexicons (the hedge cues,
//! `src/hedge/cues/*.txt`; the pledge lists, `src/pledge/*.txt`; the
//! temporal word list, `src/timex/words.txt`) into forms that load with no
//! parsing: word lists and numbers.
//!
//! The data files stay the source of truth: `cargo test` parses them
//! (examples included) with each lexicon's own parser and checks that the
//! compiled form loads into the same tables (`hedge::lexicon::tests::
//! compiled_form_is_the_parsed_lexicon`, `pledge::lexicon::tests::
//! compiled_forms_are_the_parsed_lexicons`, `timex::lexicon::tests::
//! compiled_form_is_the_parsed_list`). The shipped WebAssembly module
//! carries the compiled forms only: no parsers, no examples, and a first
//! analysis that does not spend its time reading text files. See DESIGN.md,
//! "Why a build script" and "Why are the lexicons compiled at build time?".

use std::cell::Cell;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[path = "src/pledge/names.rs"]
mod pledge_names;
#[path = "src/timex/names.rs"]
mod timex_names;

fn main() {
    println!("cargo:rerun-if-changed=src/pledge/names.rs");
    println!("cargo:rerun-if-changed=src/timex/names.rs");
    timex_words();
    hedge_lexicon();
    pledge_lexicons();
}

/// Writes `OUT_DIR/{name}`: the expression `Compiled { .. }` of a word
/// list (one a line) and a stream of numbers.
fn write_compiled(name: &str, words: &[String], stream: &[u16]) {
    let mut code = String::new();
    writeln!(code, "Compiled {{").unwrap();
    writeln!(code, "    words: {:?},", words.join("\n")).unwrap();
    writeln!(code, "    stream: &{stream:?},").unwrap();
    writeln!(code, "}}").unwrap();
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
    fs::write(out, code).unwrap_or_else(|e| panic!("write {name}: {e}"));
}

/// Numbers strings in order of first use: a compiled form's word list.
#[derive(Default)]
struct Interner {
    words: Vec<String>,
    ids: std::collections::HashMap<String, u16>,
}

impl Interner {
    /// The number of `w` (from 0), given on its first use.
    fn id(&mut self, w: &str) -> u16 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        self.words.push(w.to_string());
        let id = self.words.len() as u16 - 1;
        self.ids.insert(w.to_string(), id);
        id
    }
}

/// The lines of a pledge data file as its parser (`pledge::lexicon::
/// sections`) reads them: each `[...]` header's inside, or the words of
/// another line; comment lines skipped.
fn pledge_sections(data: &str, mut header: impl FnMut(&str), mut entry: impl FnMut(&str)) {
    for line in data.split('\n') {
        let line = line.trim_ascii();
        if line.starts_with('#') {
            continue;
        }
        match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(inside) => header(inside),
            None => line.split_ascii_whitespace().for_each(&mut entry),
        }
    }
}

/// `OUT_DIR/pledge_words.rs` and `OUT_DIR/pledge_triggers.rs`: the pledge
/// lexicons compiled (`pledge::lexicon::Compiled`), each a word list
/// (numbered from 0, one a line) and a stream of numbers.
///
/// `words.txt`: the single words come first, in the order the parser first
/// meets them (so that the word table they fill is laid out the same), then
/// the other words of phrases and the canonical forms. The stream holds the
/// table's capacity (the parser's: a word per eight bytes of data); per
/// single word, its number of class bits and the bits (62 starts a phrase,
/// 63 ends one); the number of canonical forms of single words, then pairs
/// of ids (word, canonical form); the number of phrases, then per phrase
/// its class, its canonical form, its number of words and their ids.
///
/// `triggers.txt`: per entry, its kind, 1 for a noun (0 a verb), its frame
/// bits, its object class plus one (0 for any), its number of words and
/// their ids.
///
/// Reads the files as the parser does, without its checks: `cargo test`
/// parses the files themselves and compares (`pledge::lexicon::tests::
/// compiled_forms_are_the_parsed_lexicons`).
fn pledge_lexicons() {
    let read = |name: &str| {
        let path = format!("src/pledge/{name}.txt");
        println!("cargo:rerun-if-changed={path}");
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"))
    };
    let class_of = |name: &str| {
        pledge_names::CLASS_NAMES
            .split_ascii_whitespace()
            .position(|c| c == name)
    };

    let data = read("words");
    // Single words in order of first use, with their class bits.
    let mut single: Vec<(String, u64)> = Vec::new();
    let mut touch = |w: &str, bit: u32| match single.iter_mut().find(|(s, _)| s == w) {
        Some((_, bits)) => *bits |= 1 << bit,
        None => single.push((w.to_string(), 1 << bit)),
    };
    let mut canonical: Vec<(String, String)> = Vec::new();
    let mut phrases: Vec<(usize, String, Vec<String>)> = Vec::new();
    let current = Cell::new(0);
    pledge_sections(
        &data,
        |name| current.set(class_of(name).unwrap_or(0)),
        |entry| {
            let current = current.get();
            let (form, canon) = entry.split_once('=').unwrap_or((entry, entry));
            if !form.contains('_') {
                touch(form, current as u32);
                if canon != form {
                    canonical.push((form.to_string(), canon.to_string()));
                }
            } else {
                let words: Vec<String> = form.split('_').map(str::to_string).collect();
                touch(&words[0], 62);
                touch(&words[words.len() - 1], 63);
                phrases.push((current, canon.to_string(), words));
            }
        },
    );
    let mut ids = Interner::default();
    let mut stream: Vec<u16> = vec![(data.len() / 8) as u16, single.len() as u16];
    for (w, bits) in &single {
        ids.id(w);
        stream.push(bits.count_ones() as u16);
        stream.extend((0..64).filter(|b| bits >> b & 1 == 1));
    }
    stream.push(canonical.len() as u16);
    for (form, canon) in &canonical {
        stream.extend([ids.id(form), ids.id(canon)]);
    }
    stream.push(phrases.len() as u16);
    for (class, canon, words) in &phrases {
        stream.extend([*class as u16, ids.id(canon), words.len() as u16]);
        stream.extend(words.iter().map(|w| ids.id(w)));
    }
    write_compiled("pledge_words.rs", &ids.words, &stream);

    let data = read("triggers");
    let mut ids = Interner::default();
    let mut stream: Vec<u16> = Vec::new();
    // The current section: kind, noun, frames, object class plus one.
    let current = Cell::new([0u16; 4]);
    pledge_sections(
        &data,
        |inside| {
            let mut fields = inside.split_ascii_whitespace();
            let kind = fields.next().unwrap_or_default();
            let kind = pledge_names::KIND_NAMES.iter().position(|k| *k == kind);
            let noun = fields.next() == Some("n");
            let (mut bits, mut object) = (0u16, 0);
            for f in fields {
                let (letter, class) = f.split_once(':').map_or((f, ""), |(_, c)| ("n", c));
                if let Some(k) = pledge_names::FRAME_LETTERS.find(letter) {
                    bits |= 1 << k;
                }
                if !class.is_empty() {
                    object = class_of(class).map_or(0, |c| c + 1);
                }
            }
            current.set([kind.unwrap_or(0) as u16, noun as u16, bits, object as u16]);
        },
        |form| {
            let words: Vec<&str> = form.split('_').collect();
            stream.extend(current.get());
            stream.push(words.len() as u16);
            stream.extend(words.iter().map(|w| ids.id(w)));
        },
    );
    write_compiled("pledge_triggers.rs", &ids.words, &stream);
}

/// The class files of the hedge lexicon, in the order of
/// `hedge::lexicon::FILES` (their index is the class in the compiled form).
const HEDGE_FILES: [&str; 8] = [
    "modal",
    "evidential",
    "adverb",
    "adjective",
    "speculation",
    "weasel",
    "question",
    "booster",
];

/// `OUT_DIR/hedge_lexicon.rs`: the hedge lexicon compiled
/// (`hedge::lexicon::Compiled`): its words in the order the parser numbers
/// them, one a line; the names of its word sets and of the rules its
/// entries name; and a stream of numbers for the rest:
///
/// - per named set: its length, then its word ids;
/// - per entry: its class (file index), its weight in thousandths, its
///   number of rules and their indices, its number of patterns, and per
///   pattern its number of slots and per slot
///   a tag (`2 * kind + optional`; kinds: 0 words, then their number and
///   ids; 1 a named set, then its index; 2 `@ly`, 3 `@lc`, 4 `@w`,
///   5 `@who`).
///
/// Reads the files as the lexicon's parser does, without its checks: data
/// that does not parse fails `cargo test`, which parses the files
/// themselves and compares.
fn hedge_lexicon() {
    println!("cargo:rerun-if-changed=src/hedge/cues");
    let read = |name: &str| {
        let path = format!("src/hedge/cues/{name}.txt");
        println!("cargo:rerun-if-changed={path}");
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"))
    };
    let mut words: Vec<String> = Vec::new();
    let mut ids: std::collections::HashMap<String, u16> = std::collections::HashMap::new();
    let mut intern = |w: &str| -> u16 {
        if let Some(&id) = ids.get(w) {
            return id;
        }
        words.push(w.to_string());
        let id = words.len() as u16;
        ids.insert(w.to_string(), id);
        id
    };
    let mut stream: Vec<u16> = Vec::new();
    let mut set_names: Vec<String> = Vec::new();
    for line in read("sets").lines() {
        let line = line.trim_ascii();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((name, list)) = line.split_once('=') else {
            continue;
        };
        set_names.push(name.trim_ascii().trim_start_matches('@').to_string());
        let list: Vec<u16> = list.split_ascii_whitespace().map(&mut intern).collect();
        stream.push(list.len() as u16);
        stream.extend(list);
    }
    let mut rule_names: Vec<String> = Vec::new();
    for (class, file) in HEDGE_FILES.iter().enumerate() {
        for raw in read(file).lines() {
            let line = raw.trim_ascii();
            if line.is_empty() || line.starts_with('#') || raw.starts_with([' ', '\t']) {
                continue;
            }
            let mut fields = line.split('|').map(str::trim_ascii);
            let patterns = fields.next().unwrap_or_default();
            let weight = fields.next().unwrap_or_default();
            let rules = fields.next().unwrap_or_default();
            let permille = match weight.strip_prefix("0.") {
                Some(d) => format!("{d:0<3}").parse().unwrap_or(0),
                None if weight.starts_with('1') => 1000,
                None => 0,
            };
            let rules: Vec<u16> = rules
                .split(',')
                .map(str::trim_ascii)
                .filter(|r| !r.is_empty())
                .map(|r| match rule_names.iter().position(|n| n == r) {
                    Some(k) => k as u16,
                    None => {
                        rule_names.push(r.to_string());
                        rule_names.len() as u16 - 1
                    }
                })
                .collect();
            stream.extend([class as u16, permille, rules.len() as u16]);
            stream.extend(rules);
            let patterns: Vec<&str> = patterns.split(';').map(str::trim_ascii).collect();
            stream.push(patterns.len() as u16);
            for pattern in patterns {
                let items: Vec<&str> = pattern.split_ascii_whitespace().collect();
                stream.push(items.len() as u16);
                for item in items {
                    let (optional, item) = match item.strip_prefix('?') {
                        Some(rest) if !rest.is_empty() => (1, rest),
                        _ => (0, item),
                    };
                    let builtin = ["@ly", "@lc", "@w", "@who"].iter().position(|b| *b == item);
                    if let Some(k) = builtin {
                        stream.push(2 * (k as u16 + 2) + optional);
                    } else if let Some(name) = item.strip_prefix('@').filter(|n| !n.is_empty()) {
                        let s = set_names.iter().position(|n| n == name).unwrap_or(0);
                        stream.extend([2 + optional, s as u16]);
                    } else {
                        let list: Vec<u16> = item
                            .split('/')
                            .filter(|w| !w.is_empty())
                            .map(&mut intern)
                            .collect();
                        stream.extend([optional, list.len() as u16]);
                        stream.extend(list);
                    }
                }
            }
        }
    }
    let mut code = String::new();
    let lines = |v: &[String]| format!("{:?}", v.join("\n"));
    writeln!(code, "Compiled {{").unwrap();
    writeln!(code, "    words: {},", lines(&words)).unwrap();
    writeln!(code, "    set_names: {},", lines(&set_names)).unwrap();
    writeln!(code, "    rules: {},", lines(&rule_names)).unwrap();
    writeln!(code, "    stream: &{stream:?},").unwrap();
    writeln!(code, "}}").unwrap();
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("hedge_lexicon.rs");
    fs::write(out, code).expect("write hedge_lexicon.rs");
}

/// `OUT_DIR/timex_words.rs`: the temporal word list (`src/timex/words.txt`)
/// compiled (`timex::lexicon::Compiled`): its words in the order the parser
/// adds them to the table (so that they get the same ids), one a line, and
/// a stream of numbers: the room the parser makes in the table (the number
/// of fields of the list's lines), then four numbers per word: its class
/// plus one (0 for none), its argument (as `i16`; see
/// `timex::lexicon::make`), and its flags' low and high 16 bits.
///
/// Reads the list as the parser (`timex::lexicon::parse_line`) does,
/// without its checks: `cargo test` parses the list itself and compares
/// (`timex::lexicon::tests::compiled_form_is_the_parsed_list`).
fn timex_words() {
    let src = "src/timex/words.txt";
    println!("cargo:rerun-if-changed={src}");
    let data = fs::read_to_string(src).unwrap_or_else(|e| panic!("read {src}: {e}"));
    let small_int = |s: &str| -> Option<i32> {
        let digits = s.strip_prefix('-').unwrap_or(s);
        if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: i32 = digits.parse().ok()?;
        Some(if digits.len() < s.len() { -n } else { n })
    };
    let mut ids = Interner::default();
    // Per word: class plus one, argument, flags.
    let mut entries: Vec<(u16, i32, u32)> = Vec::new();
    let mut room = 0;
    for line in data.split('\n').filter(|l| !l.starts_with('#')) {
        room += line.split_ascii_whitespace().count();
        if line.is_empty() {
            continue;
        }
        // The id of `w`, with a blank entry if it is new.
        let mut add = |w: &str, entries: &mut Vec<(u16, i32, u32)>| {
            let id = usize::from(ids.id(w));
            if id == entries.len() {
                entries.push((0, 0, 0));
            }
            id
        };
        let mut parts = line.split(' ');
        let first = parts.next().unwrap_or("");
        if let Some(name) = first.strip_prefix('@') {
            let k = timex_names::FLAGS
                .iter()
                .position(|f| *f == name)
                .unwrap_or(0);
            for w in parts {
                let id = add(w, &mut entries);
                entries[id].2 |= 1 << k;
            }
            continue;
        }
        let class = parts.next().unwrap_or("");
        let arg = parts.next().unwrap_or("0");
        let arg = match arg.split_once('-').filter(|(m, _)| !m.is_empty()) {
            Some((m, d)) => small_int(m).zip(small_int(d)).map(|(m, d)| m * 100 + d),
            None => small_int(arg).or_else(|| {
                let k = timex_names::NAMES.iter().position(|x| *x == arg)?;
                Some(timex_names::NAMED + k as i32)
            }),
        };
        let class = timex_names::CLASSES.iter().position(|c| *c == class);
        let id = add(first, &mut entries);
        if let (Some(c), Some(a)) = (class, arg) {
            entries[id].0 = c as u16 + 1;
            entries[id].1 = a;
        }
    }
    let mut stream: Vec<u16> = vec![room as u16];
    for (class, arg, flags) in entries {
        stream.extend([class, arg as i16 as u16, flags as u16, (flags >> 16) as u16]);
    }
    write_compiled("timex_words.rs", &ids.words, &stream);
}
