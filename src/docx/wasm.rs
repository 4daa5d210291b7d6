//! WebAssembly bindings of the second module, `pkg/gongwen_docx*`: the
//! .docx extraction alone (built with `--features docx-wasm`, no parser),
//! loaded by the npm package only when a .docx is opened. No logic here.
//!
//! ```text
//! extractDocx(bytes) → { text, hints: Uint32Array }   (throws Error with the reason)
//! ```

use wasm_bindgen::prelude::*;

/// A .docx's text and its hints in flat form ([`crate::Hints::to_flat`]).
#[wasm_bindgen]
pub struct Extraction {
    text: String,
    hints: Vec<u32>,
}

#[wasm_bindgen]
impl Extraction {
    /// The text: paragraphs and table rows, one a line.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> String {
        self.text.clone()
    }

    /// Bold and heading ranges as `[start, end, flags]` triples (UTF-8
    /// byte offsets), for `parseJsonWith` of the main module.
    #[wasm_bindgen(getter)]
    pub fn hints(&self) -> Vec<u32> {
        self.hints.clone()
    }
}

/// Extract a .docx; throws an Error whose message says what is wrong.
#[wasm_bindgen(js_name = extractDocx)]
pub fn extract_docx(bytes: &[u8]) -> Result<Extraction, JsError> {
    let extracted = super::extract(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(Extraction {
        hints: extracted.hints.to_flat(),
        text: extracted.text,
    })
}

/// What the bytes are: "docx", "zip", "ole" or "other".
#[wasm_bindgen(js_name = sniffDocx)]
pub fn sniff_docx(bytes: &[u8]) -> String {
    match super::sniff(bytes) {
        super::Sniff::Docx => "docx",
        super::Sniff::Zip => "zip",
        super::Sniff::Ole => "ole",
        super::Sniff::Other => "other",
    }
    .into()
}
