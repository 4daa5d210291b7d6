//! Invariants that hold for ANY input: the parser never panics, every span
//! lies inside the text on UTF-16 boundaries, quoted text is the text the
//! span covers, the outline is a proper tree, and the JSON round-trips.

use gongwen::{parse, to_csv, to_json, to_markdown, Document, Heading, Options, Span};
use proptest::prelude::*;

/// Pieces real reports are made of, so that random texts hit the parser's
/// paths (markers, numbers, units, breaks, chrome) and not only its error path.
const PIECES: &[&str] = &[
    "一、",
    "（一）",
    "(二)",
    "1.",
    "12、",
    "3．",
    "（1）",
    "①",
    "——",
    "- ",
    "• ",
    "■",
    "第一部分",
    "名词解释",
    "\n",
    "\r\n",
    "\n\n",
    "\r",
    "\u{3000}",
    " ",
    "。",
    "，",
    ",",
    "；",
    ";",
    "：",
    ":",
    "、",
    "“",
    "”",
    "**",
    "## ",
    "|",
    "增长",
    "下降",
    "同比",
    "左右",
    "以上",
    "以内",
    "预计",
    "力争",
    "地区生产总值",
    "GDP",
    "万元",
    "亿元",
    "万亿",
    "元",
    "%",
    "％",
    "个百分点",
    "倍",
    "余",
    "多",
    "近",
    "超",
    "约",
    "全市第一",
    "排名第二",
    "前50",
    "一万余家",
    "三十",
    "十大",
    "0",
    "1",
    "2",
    "5",
    "9",
    "０",
    "３",
    ".",
    "-",
    "—",
    "～",
    "2020年",
    "2021 年",
    "1-11月",
    "十四五",
    "1+1+10+N",
    "22号线",
    "第七次",
    "😀",
    "𠀋",
    "\u{FEFF}",
    "\u{200B}",
    "首页 > 政务公开",
    "发布时间:",
    "来源:",
    "浏览次数",
    "扫一扫在手机打开当前页",
    "文件已失效",
    "正增长",
    "完成上级下达指标",
    "发展目标",
    "完成情况",
    "预期性",
    "约束性",
    "指",
    "的",
    "加快",
    "推进",
    "建设",
];

fn report_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|pieces| pieces.concat())
}

fn utf16_len(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

/// The text a span covers, or a failure if it is out of range or splits a
/// surrogate pair.
fn slice(units: &[u16], span: Span) -> Result<String, TestCaseError> {
    prop_assert!(span.start <= span.end, "span {span:?} is reversed");
    prop_assert!(
        span.end as usize <= units.len(),
        "span {span:?} passes the end ({})",
        units.len()
    );
    let splits = |i: u32| {
        i > 0 && (i as usize) < units.len() && (0xDC00..0xE000).contains(&units[i as usize])
    };
    prop_assert!(
        !splits(span.start) && !splits(span.end),
        "span {span:?} splits a surrogate pair"
    );
    Ok(String::from_utf16_lossy(
        &units[span.start as usize..span.end as usize],
    ))
}

fn check_heading(units: &[u16], heading: &Heading, parent_level: u8) -> Result<(), TestCaseError> {
    prop_assert!(
        heading.level > parent_level,
        "a child's level should exceed its parent's"
    );
    prop_assert!(!heading.title.is_empty(), "a heading should have a title");
    let text = slice(units, heading.span)?;
    prop_assert!(
        text.starts_with(heading.marker.trim()) || heading.marker.is_empty(),
        "the span should start at the marker"
    );
    let section = slice(units, heading.section)?;
    prop_assert!(
        section.len() >= text.len(),
        "the section should contain the heading"
    );
    for child in &heading.children {
        check_heading(units, child, heading.level)?;
    }
    Ok(())
}

fn check(text: &str) -> Result<Document, TestCaseError> {
    let document = parse(text, &Options::default());
    let units: Vec<u16> = text.encode_utf16().collect();
    prop_assert_eq!(units.len() as u32, utf16_len(text));
    for heading in &document.outline {
        check_heading(&units, heading, 0)?;
    }
    for quantity in &document.quantities {
        prop_assert_eq!(
            &slice(&units, quantity.span)?,
            &quantity.text,
            "a quantity's text should be its span"
        );
        prop_assert!(
            quantity.value.is_finite(),
            "a quantity's value should be finite"
        );
    }
    for indicator in &document.indicators {
        prop_assert_eq!(
            &slice(&units, indicator.span)?,
            &indicator.text,
            "an indicator's text should be its span"
        );
        prop_assert!(
            indicator.value.is_none_or(f64::is_finite),
            "an indicator's value should be finite"
        );
    }
    for entry in &document.glossary {
        slice(&units, entry.span)?;
    }
    for warning in &document.warnings {
        if let Some(span) = warning.span {
            slice(&units, span)?;
        }
    }
    if let Some(span) = document.meta.title_span {
        slice(&units, span)?;
    }
    let json = to_json(&document);
    let value: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(value["schemaVersion"].as_u64(), Some(1));
    let csv = to_csv(&document);
    prop_assert!(csv.starts_with('\u{FEFF}'), "CSV should open with a BOM");
    prop_assert_eq!(
        csv.matches("\r\n").count() > document.indicators.len(),
        true
    );
    to_markdown(&document);
    Ok(document)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    #[test]
    fn report_like_text_keeps_every_invariant(text in report_like()) {
        check(&text)?;
    }

    #[test]
    fn any_text_keeps_every_invariant(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn parsing_is_deterministic(text in report_like()) {
        prop_assert_eq!(parse(&text, &Options::default()), parse(&text, &Options::default()));
    }
}

#[test]
fn seeds_keep_every_invariant() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        check(&text).unwrap();
        // The same text with emoji in front must give the same spans, shifted by two units each.
        let shifted = format!("😀😀{text}");
        let a = parse(&text, &Options::default());
        let b = parse(&shifted, &Options::default());
        assert_eq!(
            a.indicators.len(),
            b.indicators.len(),
            "should find the same indicators after emoji"
        );
        for (x, y) in a.quantities.iter().zip(&b.quantities) {
            assert_eq!(
                x.span.start + 4,
                y.span.start,
                "should shift quantity spans by the emoji's four units"
            );
        }
    }
}

#[test]
fn pathological_inputs_finish() {
    let cases = [
        "一、".repeat(20_000),
        "（".repeat(50_000),
        "1.".repeat(30_000),
        "——".repeat(30_000),
        "增长1.1%".repeat(10_000),
        "9".repeat(100_000),
        "\n".repeat(100_000),
        "地区生产总值、".repeat(10_000),
        "一二三四五六七八九十百千万亿".repeat(5_000),
        format!("{}。", "名词解释\n1.a:b\n".repeat(5_000)),
    ];
    for text in &cases {
        let document = parse(text, &Options::default());
        assert!(
            document.schema_version == 1,
            "should parse a pathological input"
        );
    }
}
