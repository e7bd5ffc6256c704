//! Build script: compiles the hedge lexicon (`src/hedge/cues/*.txt`) into
//! a form that loads with no parsing, and copies the temporal word list
//! (`src/timex/words.txt`) into `OUT_DIR` without comments and blank lines.
//!
//! The data files stay the source of truth: `cargo test` parses them
//! (examples included) with the lexicon's own parser and checks that the
//! compiled form loads into the same lexicon (`hedge::lexicon::tests::
//! compiled_form_is_the_parsed_lexicon`). The shipped WebAssembly module
//! carries the compiled form only: no parser, no examples, and a first
//! analysis that does not spend its time reading text files. See DESIGN.md,
//! "Why a build script" and "Why is the hedge lexicon compiled at build
//! time?".

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

fn main() {
    timex_words();
    hedge_lexicon();
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

/// `src/timex/words.txt` without its comment lines and blank lines, as
/// `OUT_DIR/timex-words.txt`.
fn timex_words() {
    let src = Path::new("src/timex/words.txt");
    println!("cargo:rerun-if-changed={}", src.display());
    let data = fs::read_to_string(src).expect("read src/timex/words.txt");
    let entries: String = data
        .lines()
        .map(str::trim_end)
        .filter(|l| !(l.is_empty() || l.starts_with('#')))
        .flat_map(|l| [l, "\n"])
        .collect();
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("timex-words.txt");
    fs::write(out, entries).expect("write timex-words.txt");
}
