//! WebAssembly bindings (wasm-bindgen) for the npm package `gongwen`.
//!
//! Thin on purpose: no logic of its own. JavaScript passes the text as a JS
//! string, which wasm-bindgen encodes to UTF-8 (a lone surrogate becomes
//! U+FFFD, one UTF-16 unit for one, so spans still index the caller's
//! string); it gets the Document back as the CLI's JSON (compact), and
//! `js/core.js` runs `JSON.parse` on it. So the JS object deep-equals
//! `JSON.parse` of `gongwen parse FILE`: same fields, same order, `null`
//! for an absent value, spans in UTF-16 code units.
//!
//! ```text
//! parseJson("一、总体情况\n…", true, undefined)  →  '{"schemaVersion":1,"meta":{…},"outline":[…],…}'
//! version()                          →  "0.1.0"
//! ```

use wasm_bindgen::prelude::*;

use crate::{parse_with, Hints, Options};

// Other ways across the boundary, for bench/boundary.mjs's throwaway build only.
#[cfg(feature = "bench-boundary")]
mod bench;

/// Parse a report; the Document as compact JSON (schema v1). `hints` are a
/// .docx's bold and heading ranges as `[start, end, flags]` triples (from
/// the docx module's `extractDocx`), or nothing for plain text.
#[wasm_bindgen(js_name = parseJson)]
pub fn parse_json(text: &str, quantities: bool, hints: Option<Vec<u32>>) -> String {
    let hints = hints.map_or_else(Hints::default, |flat| Hints::from_flat(&flat));
    let options = Options {
        quantities,
        ..Options::default()
    };
    crate::to_json_compact(&parse_with(text, &hints, &options))
}

/// The crate's version, which the npm package shares.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").into()
}
