//! Build script: copies the hedge lexicon data (`src/hedge/cues/*.txt`)
//! and the temporal word list (`src/timex/words.txt`) into `OUT_DIR`
//! without comments and examples. The examples are for
//! `cargo test` (which reads the files themselves); the shipped WebAssembly
//! module carries only the entries. See DESIGN.md, "Why a build script".

use std::fs;
use std::path::Path;

fn main() {
    timex_words();
    let src = Path::new("src/hedge/cues");
    let out =
        Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("hedge-cues");
    fs::create_dir_all(&out).expect("create OUT_DIR/hedge-cues");
    println!("cargo:rerun-if-changed=src/hedge/cues");
    for file in fs::read_dir(src).expect("read src/hedge/cues") {
        let path = file.expect("list src/hedge/cues").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let data = fs::read_to_string(&path).expect("read a cue file");
        let entries: String = data
            .lines()
            .filter(|l| {
                let t = l.trim_start();
                !(t.is_empty()
                    || t.starts_with('#')
                    || (l.starts_with([' ', '\t']) && t.starts_with(['+', '-'])))
            })
            .flat_map(|l| [l.trim_end(), "\n"])
            .collect();
        fs::write(out.join(path.file_name().expect("a file name")), entries)
            .expect("write a stripped cue file");
    }
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
