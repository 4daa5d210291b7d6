//! Other ways across the JS boundary, timed against `parseJson` by
//! `bench/boundary.mjs`. Compiled only with the `bench-boundary` feature,
//! into a throwaway module that the benchmark builds in a temporary folder:
//! nothing here is shipped.
//!
//! ```text
//! textLength(text)        → UTF-8 length: the JS string → UTF-8 copy alone
//! parseOnly(text)         → parse, serialise nothing (the parser alone)
//! serializeJson(text)     → parse + serde_json, return only the length (no string back)
//! parseValue(text)        → serde-wasm-bindgen: JS objects built from wasm, no JSON
//! parseSections(text)     → meta, outline, … as compact JSON, one per line (a lazy view)
//! parseColumns(text)      → the Document without its quantities as JSON, then a line with
//!                           the units and approximators as a JSON array; the quantities
//!                           follow from takeColumns() as six f64 each (a binary view)
//! ```

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{parse_with, Document, Hints, Options};

fn parse_text(text: &str) -> Document {
    parse_with(text, &Hints::default(), &Options::default())
}

/// The UTF-8 length of `text`: what copying a JS string into wasm costs.
#[wasm_bindgen(js_name = textLength)]
pub fn text_length(text: &str) -> usize {
    text.len()
}

/// Parse and drop: the parser without any serialisation.
#[wasm_bindgen(js_name = parseOnly)]
pub fn parse_only(text: &str) -> usize {
    let document = parse_text(text);
    document.outline.len() + document.quantities.len()
}

/// Parse and serialise to JSON, returning only its length: `parseJson`
/// without the UTF-8 → JS string decode of the result.
#[wasm_bindgen(js_name = serializeJson)]
pub fn serialize_json(text: &str) -> usize {
    serde_json::to_string(&parse_text(text)).map_or(0, |json| json.len())
}

/// The Document as JS objects, built by serde-wasm-bindgen (`null` for an
/// absent value, as in the JSON).
#[wasm_bindgen(js_name = parseValue)]
pub fn parse_value(text: &str) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    parse_text(text).serialize(&serializer).map_err(Into::into)
}

/// The Document's sections as compact JSON, one per line, in the order of
/// the Document's fields (compact JSON has no raw newline): JS parses a
/// section when it is first read.
#[wasm_bindgen(js_name = parseSections)]
pub fn parse_sections(text: &str) -> String {
    fn push(out: &mut String, value: &impl Serialize) {
        out.push_str(&serde_json::to_string(value).unwrap_or_default());
        out.push('\n');
    }
    let document = parse_text(text);
    let mut out = String::new();
    push(&mut out, &document.meta);
    push(&mut out, &document.outline);
    push(&mut out, &document.indicators);
    push(&mut out, &document.quantities);
    push(&mut out, &document.glossary);
    push(&mut out, &document.warnings);
    out
}

thread_local! {
    static COLUMNS: std::cell::RefCell<Vec<f64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The Document with its quantities left out, as JSON; a second line with
/// the distinct units and approximators. The quantities themselves wait in
/// [`take_columns`]: start, end, value, kind, unit and approximator (an
/// index into the second line, -1 for none) per quantity. Their `text` is
/// `text.slice(start, end)` of the caller's string.
#[wasm_bindgen(js_name = parseColumns)]
pub fn parse_columns(text: &str) -> String {
    let mut document = parse_text(text);
    let quantities = std::mem::take(&mut document.quantities);
    fn index<'a>(s: &'a str, strings: &mut Vec<&'a str>) -> f64 {
        let at = strings.iter().position(|t| *t == s).unwrap_or_else(|| {
            strings.push(s);
            strings.len() - 1
        });
        at as f64
    }
    let mut strings: Vec<&str> = Vec::new();
    let mut columns = Vec::with_capacity(quantities.len() * 6);
    for q in &quantities {
        columns.push(f64::from(q.span.start));
        columns.push(f64::from(q.span.end));
        columns.push(q.value);
        columns.push(q.kind as u8 as f64);
        columns.push(index(&q.unit, &mut strings));
        columns.push(q.approx.as_deref().map_or(-1.0, |a| index(a, &mut strings)));
    }
    let mut out = serde_json::to_string(&document).unwrap_or_default();
    out.push('\n');
    out.push_str(&serde_json::to_string(&strings).unwrap_or_default());
    COLUMNS.with(|c| *c.borrow_mut() = columns);
    out
}

/// The quantities of the last [`parse_columns`], six f64 each.
#[wasm_bindgen(js_name = takeColumns)]
pub fn take_columns() -> Vec<f64> {
    COLUMNS.with(|c| std::mem::take(&mut *c.borrow_mut()))
}
