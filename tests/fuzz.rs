//! Inputs found by fuzzing (`cargo fuzz run parse`) that once failed: each
//! must now parse, with every span in range.

use gongwen::{parse, Options};

fn parses(text: &str) {
    let document = parse(text, &Options::default());
    let units = text.encode_utf16().count() as u32;
    for q in &document.quantities {
        assert!(q.span.end <= units, "should keep quantity spans in range");
        assert!(q.value.is_finite(), "should give a finite value");
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
        "0亿亿亿元",
        "9亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿元",
        "指标\t单位\t2024年目标\n地区生产总值\t亿元\t1e400\n",
    ] {
        parses(text);
    }
}

/// Degenerate shapes that once took quadratic time (the bench measures
/// their ms/MB at two sizes; here they must simply parse, spans in range).
#[test]
fn parses_degenerate_shapes() {
    for unit in [
        "地区生产总值增长5%，",
        "目标：",
        "地区生产总值增长5%；",
        "——地区生产总值增长5%；\n",
        "指标名称  单位  2013年完成\n地区生产总值  亿元  486.32\n",
        "[（【",
    ] {
        parses(&unit.repeat(2000));
    }
}
