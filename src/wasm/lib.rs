//! WebAssembly bindings of [`hedgeline`]: `analyze(text, { publishedAt })`.
//!
//! This crate is the only place that touches wasm-bindgen. Every export has
//! the same shape: read and check the arguments, call the core, convert the
//! offsets to UTF-16, serialize. No analysis happens here.

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
mod alloc;
mod encode;
mod types;

/// Analyzes `text` for hedging, temporal expressions and pledges.
///
/// Offsets in the result are UTF-16 code-unit indices into `text`, as
/// JavaScript's `String.prototype.slice` takes them.
///
/// # Errors
/// Throws an `Error` when `text` is not a string or `options` is not an
/// object of known fields with valid values. Never throws on the text
/// itself.
///
/// Its TypeScript signature is written in `types.rs`, where the optional
/// `options` parameter can be spelled out.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze(text: JsValue, options: Option<JsValue>) -> Result<JsValue, JsError> {
    // Installed on the first call (a `Once` after that), so that a bug shows
    // its Rust message in the console instead of `unreachable executed`.
    console_error_panic_hook::set_once();
    let Some(text) = read_string(&text) else {
        return Err(error(format!(
            "text: expected a string, got {}",
            type_name(&text)
        )));
    };
    let options = read_options(options)?;
    let analysis = utf16(hedgeline::analyze(&text, &options), &text);
    to_js(&analysis)
}

/// The result with UTF-16 offsets. Out of line, like [`to_js`], so that V8
/// optimizes each as it gets hot rather than one function that holds both
/// (DESIGN.md, "Why keep the stages out of line?").
#[inline(never)]
fn utf16(analysis: hedgeline::Analysis, text: &str) -> hedgeline::Analysis {
    analysis.to_utf16(text)
}

#[wasm_bindgen]
extern "C" {
    /// `TextEncoder`, bound with a JavaScript string as the source of
    /// `encodeInto` (web-sys binds it with a Rust `&str`).
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;
    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Utf8Encoder;
    #[wasm_bindgen(method, js_class = "TextEncoder", js_name = encodeInto)]
    fn encode_into(
        this: &Utf8Encoder,
        source: &js_sys::JsString,
        destination: &js_sys::Uint8Array,
    ) -> EncodeIntoResult;

    /// What `encodeInto` did: UTF-16 units read, bytes written.
    type EncodeIntoResult;
    #[wasm_bindgen(method, getter)]
    fn read(this: &EncodeIntoResult) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeIntoResult) -> u32;
}

thread_local! {
    static ENCODER: Utf8Encoder = Utf8Encoder::new();
}

/// Copies a JavaScript string into wasm memory as UTF-8, or `None` when the
/// value is not a string.
///
/// `JsValue::as_string` copies ASCII one UTF-16 unit at a time in a
/// JavaScript loop; `TextEncoder.encodeInto` writes straight into wasm
/// memory at several GB/s. The result is the same: lone surrogates become
/// U+FFFD, one UTF-16 unit like the surrogate, so offsets still line up.
fn read_string(value: &JsValue) -> Option<String> {
    let source = value.dyn_ref::<js_sys::JsString>()?;
    let units = source.length() as usize;
    if units == 0 {
        return Some(String::new());
    }
    // One byte per unit holds an ASCII text; more is reserved only if needed.
    let mut buf: Vec<u8> = Vec::with_capacity(units);
    let mut read = 0usize;
    ENCODER.with(|encoder| {
        let mut rest = source.clone();
        loop {
            let spare = buf.capacity() - buf.len();
            // SAFETY: the view covers the vector's spare capacity, and no
            // allocation happens while it is alive: `encodeInto` writes at
            // most `spare` bytes of UTF-8 there, and `set_len` keeps only
            // what it reports as written.
            let result = unsafe {
                let view = js_sys::Uint8Array::view_mut_raw(buf.as_mut_ptr().add(buf.len()), spare);
                let result = encoder.encode_into(&rest, &view);
                buf.set_len(buf.len() + result.written() as usize);
                result
            };
            read += result.read() as usize;
            if read >= units {
                break;
            }
            // A character did not fit: room for the rest at 3 bytes a unit
            // (the most UTF-8 needs for one UTF-16 unit).
            buf.reserve((units - read) * 3);
            rest = source.slice(read as u32, units as u32);
        }
    });
    // SAFETY: `TextEncoder` writes well-formed UTF-8 only (WHATWG Encoding);
    // wasm-bindgen's own string passing trusts it the same way.
    Some(unsafe { String::from_utf8_unchecked(buf) })
}

/// The version of the package, from `Cargo.toml`.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The fields of [`JsOptions`], by their JavaScript names.
const KNOWN_OPTIONS: &[&str] = &["publishedAt"];

fn read_options(value: Option<JsValue>) -> Result<hedgeline::Options, JsError> {
    let Some(value) = value.filter(|v| !v.is_undefined() && !v.is_null()) else {
        return Ok(hedgeline::Options::new());
    };
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(error(format!(
            "options: expected an object, got {}",
            type_name(&value)
        )));
    }
    // Unknown fields are an error: a misspelled `publishAt` must not
    // silently change the results.
    let keys = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
    for key in keys.iter() {
        let key = key.as_string().unwrap_or_default();
        if !KNOWN_OPTIONS.contains(&key.as_str()) {
            return Err(error(format!(
                "options: unknown field {key:?}; known fields: {}",
                KNOWN_OPTIONS.join(", ")
            )));
        }
    }
    // One field, read as it is: a serde `Deserialize` of the options would
    // link serde's deserializer and its error formatting (float printing
    // among it) into the wasm for a single string.
    let published_at = js_sys::Reflect::get(&value, &JsValue::from_str("publishedAt"))
        .map_err(|e| error(format!("options: {}", js_message(&e))))?;
    let mut options = hedgeline::Options::new();
    if !(published_at.is_undefined() || published_at.is_null()) {
        let Some(date) = published_at.as_string() else {
            return Err(error(format!(
                "options.publishedAt: expected an ISO 8601 date string such as \"2025-03-18\", got {}",
                type_name(&published_at)
            )));
        };
        options = options
            .published_at(&date)
            .map_err(|e| error(e.to_string()))?;
    }
    Ok(options)
}

#[wasm_bindgen(module = "/expand.js")]
extern "C" {
    /// Builds the result from its compact form ([`encode::Compact`], as
    /// serde-wasm-bindgen made it a JavaScript object).
    fn expand(compact: &JsValue) -> JsValue;
}

/// The result for JavaScript: its compact form ([`encode`]) serialized by
/// serde-wasm-bindgen (typed arrays and two strings: a handful of calls),
/// then expanded into the result's objects by `expand.js`.
#[inline(never)]
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let e = encode::encode(value).map_err(|e| error(format!("could not build the result: {e}")))?;
    // Byte arrays become `Uint8Array`s (copies), not arrays of numbers.
    let compact = e
        .compact()
        .serialize(&serde_wasm_bindgen::Serializer::new())
        .map_err(|e| error(format!("could not build the result: {e}")))?;
    let result = expand(&compact);
    encode::delivered(&e);
    Ok(result)
}

/// The message of a thrown JavaScript value (a getter that throws).
fn js_message(thrown: &JsValue) -> String {
    thrown
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| thrown.as_string())
        .unwrap_or_else(|| "reading it threw".into())
}

fn error(message: String) -> JsError {
    JsError::new(&format!("hedgeline: {message}"))
}

/// A short description of a JavaScript value's type, for error messages.
fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    if js_sys::Array::is_array(value) {
        return "an array".into();
    }
    value
        .js_typeof()
        .as_string()
        .unwrap_or_else(|| "a value".into())
}
