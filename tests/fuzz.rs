//! Inputs found by fuzzing (`cargo fuzz run parse`) that once failed: each
//! must now parse, with every span in range.

use gongwen::{parse, Options};

fn parses(text: &str) {
    let document = parse(text, &Options::default());
    let units = text.encode_utf16().count() as u32;
    for q in &document.quantities {
        assert!(q.span.end <= units, "should keep quantity spans in range");
    }
    for i in &document.indicators {
        assert!(i.span.end <= units, "should keep indicator spans in range");
    }
}

#[test]
fn parses_inputs_that_once_failed() {
    // Seed corpus of odd shapes; fuzz-found cases are appended here.
    for text in [
        "",
        "\r",
        "\u{FEFF}",
        "一、",
        "（",
        "1.",
        "——",
        "%",
        "亿元",
        "-",
        "-.",
        "1.e5%",
        "一、\r\n（一）\r\n1.",
    ] {
        parses(text);
    }
}
