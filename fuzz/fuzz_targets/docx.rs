//! Fuzz `gongwen::docx::extract` and `parse_with` over what it extracts: no
//! panic, hints inside the text on character boundaries, spans in range, and
//! no input inflating past the budget. Run with
//!
//! ```text
//! cargo fuzz run docx fuzz/corpus/docx -- -timeout=2 -rss_limit_mb=512
//! ```
//!
//! Seed the corpus with real files: `mkdir -p fuzz/corpus/docx && cp
//! tests/fixtures/real/*.docx fuzz/corpus/docx/`. tests/docx.rs runs a short
//! bounded mutation run of the same checks on every `cargo test`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = gongwen::docx::sniff(data);
    let Ok(extracted) = gongwen::docx::extract(data) else { return };
    let text = &extracted.text;
    for e in &extracted.hints.emphasis {
        assert!(e.start <= e.end && e.end <= text.len(), "hint {e:?} out of 0..{}", text.len());
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "hint {e:?} inside a character");
    }
    let document = gongwen::parse_with(text, &extracted.hints, &gongwen::Options::default());
    let units = text.encode_utf16().count() as u32;
    fn walk(headings: &[gongwen::Heading], units: u32) {
        for h in headings {
            assert!(h.span.start <= h.span.end && h.span.end <= units, "span {:?} out of 0..{units}", h.span);
            walk(&h.children, units);
        }
    }
    walk(&document.outline, units);
    let _ = gongwen::to_json(&document);
});
