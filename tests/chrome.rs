//! Web-page chrome: breadcrumbs, page fields, portal tables, widgets,
//! notices and remnants are not report content.
//!
//! `tests/spec/meta-chrome.txt` lists lines that are chrome ("+") and lines
//! that are not ("-"); each is parsed alone, and a text of chrome only
//! carries the "empty-input" warning.

use gongwen::{parse, Options};
use std::fs;
use std::path::Path;

fn is_chrome(line: &str) -> bool {
    parse(line, &Options::default())
        .warnings
        .iter()
        .any(|w| w.code == "empty-input")
}

#[test]
fn spec_lines_are_chrome_or_content() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec/meta-chrome.txt");
    let spec = fs::read_to_string(path).expect("tests/spec/meta-chrome.txt");
    let mut checked = 0;
    for line in spec.lines() {
        let (want, text) = match line.split_at_checked(2) {
            Some(("+ ", text)) => (true, text),
            Some(("- ", text)) => (false, text),
            _ => continue,
        };
        let what = if want { "chrome" } else { "content" };
        assert_eq!(is_chrome(text), want, "should read {text:?} as {what}");
        checked += 1;
    }
    assert!(checked > 40, "should read the spec lines");
}

#[test]
fn chrome_lines_are_not_headings() {
    let text = "首页 > 政务公开 > 规划计划\n【打印】【关闭】\n一、总体情况\n全年工作有序推进。\n发布时间:2023-03-01 来源:本网\n扫一扫在手机打开当前页\n二、存在问题";
    let doc = parse(text, &Options::default());
    fn walk<'a>(hs: &'a [gongwen::Heading], out: &mut Vec<&'a str>) {
        for h in hs {
            out.push(&h.title);
            walk(&h.children, out);
        }
    }
    let mut titles = Vec::new();
    walk(&doc.outline, &mut titles);
    assert_eq!(
        titles,
        ["总体情况", "存在问题"],
        "should find the headings and skip the chrome"
    );
}

#[test]
fn chrome_lines_feed_the_metadata() {
    let text = "| 发布机构 | 深圳市统计局 | 发布日期 | 2024-04-28 |\n| 名称 | 深圳市2023年国民经济和社会发展统计公报 |\n2023年,全市经济运行总体平稳。";
    let meta = parse(text, &Options::default()).meta;
    assert_eq!(
        meta.issuer.as_deref(),
        Some("深圳市统计局"),
        "should read 发布机构 from a portal table"
    );
    assert_eq!(
        meta.publish_date.as_deref(),
        Some("2024-04-28"),
        "should read 发布日期 from a portal table"
    );
    assert_eq!(
        meta.title.as_deref(),
        Some("深圳市2023年国民经济和社会发展统计公报"),
        "should fall back on the 名称 field for the title"
    );
    let meta = parse(
        "有效性：已失效\n关于2020年工作要点的报告\n正文。",
        &Options::default(),
    )
    .meta;
    assert_eq!(
        meta.status.as_deref(),
        Some("已失效"),
        "should read the 有效性 field as the status"
    );
}

#[test]
fn a_web_page_keeps_only_its_report_headings() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/samples/meta-web-page.txt");
    let text = fs::read_to_string(path).expect("sample");
    let doc = parse(&text, &Options::default());
    let titles: Vec<&str> = doc.outline.iter().map(|h| h.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "2023年国民经济和社会发展计划执行情况",
            "2024年经济社会发展的主要目标和任务"
        ],
        "should leave menus, breadcrumbs, widgets, remnants and page numbers out of the outline"
    );
}
