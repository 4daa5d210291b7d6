//! WebAssembly bindings of the second module, `pkg/gongwen_docx*`: the
//! .docx extraction alone (built with `--features docx-wasm`, no parser),
//! loaded by the npm package (js/file.js) only when a .docx is opened. No
//! logic here.
//!
//! ```text
//! extractDocx(bytes) → "0,24,1,130,142,5\0一、总体要求\n…"   (throws an Error with the reason)
//! ```
//!
//! One string, so the module needs no class glue: the hints in flat form
//! ([`crate::Hints::to_flat`], `[start, end, flags]` per range, UTF-8 byte
//! offsets), comma-separated, then NUL, then the text. The hints contain no
//! NUL, so the text is everything after the first one.

use wasm_bindgen::prelude::*;

/// Extract a .docx: its hints, NUL, its text. Throws an Error whose message
/// says what is wrong (an old .doc, a password, a damaged file …).
#[wasm_bindgen(js_name = extractDocx)]
pub fn extract_docx(bytes: &[u8]) -> Result<String, JsError> {
    let extracted = super::extract(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    let flat = extracted.hints.to_flat();
    let mut out = String::with_capacity(extracted.text.len() + flat.len() * 6 + 1);
    for (i, n) in flat.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&n.to_string());
    }
    out.push('\0');
    out.push_str(&extracted.text);
    Ok(out)
}
