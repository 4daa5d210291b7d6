//! WebAssembly bindings of the third module, `pkg/gongwen_compare*`: the
//! comparison alone (built with `--features compare-wasm`, no parser),
//! loaded by the npm package (js/compare.js) only when `compare` is called.
//! No logic here.
//!
//! ```text
//! compareReports('[{"file":"a.txt","document":{"meta":{…},"indicators":[…]}},…]', "json")
//!   → '{"rows":[…],"unpaired":[…],"warnings":[…]}'
//! ```
//!
//! The documents cross as the JSON the parser wrote (only `meta` and
//! `indicators` are read; other fields are skipped); the result comes back
//! as the CLI prints it: compact JSON, CSV or Markdown.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use super::{compare, comparison_to_csv, comparison_to_markdown, Report};
use crate::document::{Indicator, Meta};

#[derive(Deserialize)]
struct Input {
    file: String,
    document: Parsed,
}

#[derive(Deserialize)]
struct Parsed {
    meta: Meta,
    indicators: Vec<Indicator>,
}

/// Compare the documents in `input`; `format` is `json`, `csv` or `md`.
/// Throws an Error naming what is wrong with the input.
#[wasm_bindgen(js_name = compareReports)]
pub fn compare_reports(input: &str, format: &str) -> Result<String, JsError> {
    let inputs: Vec<Input> = serde_json::from_str(input)
        .map_err(|e| JsError::new(&format!("the documents do not read as parsed reports: {e}")))?;
    let reports: Vec<Report> = inputs
        .iter()
        .map(|i| Report {
            file: &i.file,
            meta: &i.document.meta,
            indicators: &i.document.indicators,
        })
        .collect();
    let comparison = compare(&reports);
    match format {
        "csv" => Ok(comparison_to_csv(&comparison)),
        "md" => Ok(comparison_to_markdown(&comparison)),
        _ => serde_json::to_string(&comparison).map_err(|e| JsError::new(&e.to_string())),
    }
}
