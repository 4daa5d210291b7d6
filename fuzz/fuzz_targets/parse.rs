//! Fuzz `gongwen::parse`: it must not panic, every span must lie inside
//! the text on UTF-16 boundaries, and the hand-written compact JSON must be
//! serde_json's. Run with
//!
//! ```text
//! cargo fuzz run parse -- -timeout=2 -max_len=65536
//! ```
//!
//! (`-timeout` catches superlinear inputs: a 64 KB text parses in about a
//! millisecond.) Inputs that once failed belong in `tests/fuzz.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let document = gongwen::parse(&text, &gongwen::Options::default());
    let units = text.encode_utf16().count() as u32;
    let check = |span: gongwen::Span| assert!(span.start <= span.end && span.end <= units, "span {span:?} out of 0..{units}");
    for q in &document.quantities {
        check(q.span);
    }
    for i in &document.indicators {
        check(i.span);
    }
    fn walk(headings: &[gongwen::Heading], check: &dyn Fn(gongwen::Span)) {
        for h in headings {
            check(h.span);
            check(h.section);
            walk(&h.children, check);
        }
    }
    walk(&document.outline, &check);
    let _ = gongwen::to_json(&document);
    assert_eq!(
        gongwen::to_json_compact(&document),
        serde_json::to_string(&document).unwrap_or_default(),
        "compact JSON should be serde_json's"
    );
});
