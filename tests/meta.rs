//! Metadata: title, region, issuer, publish date, meeting, years, document
//! type and status.
//!
//! The cases in `tests/spec/meta.txt` are run as written and re-encoded the
//! ways real files arrive (CRLF, full-width forms, hard-wrapped PDF lines,
//! flattened onto one line with and without spaces): the scored fields
//! (title, region, publish date, years) must come out the same.

use gongwen::{parse, Document, Options};
use std::fs;
use std::path::Path;

fn meta_of(text: &str) -> gongwen::Meta {
    parse(text, &Options::default()).meta
}

/// The value of a field as the spec writes it ("-" for null).
fn field(doc: &Document, name: &str) -> String {
    let m = &doc.meta;
    let s = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let n = |v: Option<i32>| v.map_or_else(|| "-".into(), |y| y.to_string());
    match name {
        "title" => s(&m.title),
        "region" => s(&m.region),
        "issuer" => s(&m.issuer),
        "source" => s(&m.source),
        "publishDate" => s(&m.publish_date),
        "meeting" => s(&m.meeting),
        "yearReviewed" => n(m.year_reviewed),
        "yearPlanned" => n(m.year_planned),
        "docType" => m.doc_type.as_str().to_string(),
        "status" => s(&m.status),
        other => panic!("unknown field {other} in tests/spec/meta.txt"),
    }
}

/// The scorer's normalisation: full-width to ASCII, no white space, no
/// closing punctuation.
fn norm(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !c.is_whitespace() && *c != '*')
        .collect();
    folded
        .trim_end_matches(['。', '.', ';', '；', ':', '：', ',', '，'])
        .to_string()
}

struct Case {
    name: String,
    input: String,
    expected: Vec<(String, String)>,
}

fn cases() -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec = fs::read_to_string(root.join("tests/spec/meta.txt")).expect("tests/spec/meta.txt");
    let mut cases = Vec::new();
    let mut lines = spec.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(name) = line.strip_prefix("=== ") else {
            continue;
        };
        let name = name.trim().to_string();
        let mut input = String::new();
        if name.ends_with(".txt") {
            input = fs::read_to_string(root.join("tests/fixtures/samples").join(&name))
                .unwrap_or_else(|e| panic!("sample {name}: {e}"));
        } else if lines.peek() == Some(&"<<<") {
            lines.next();
            for l in lines.by_ref() {
                if l == ">>>" {
                    break;
                }
                input.push_str(l);
                input.push('\n');
            }
        }
        let mut expected = Vec::new();
        while let Some(l) = lines.peek() {
            if l.starts_with("=== ") {
                break;
            }
            let l = lines.next().unwrap_or_default();
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            let (k, v) = l
                .split_once(':')
                .unwrap_or_else(|| panic!("bad line in {name}: {l}"));
            expected.push((k.trim().to_string(), v.trim().to_string()));
        }
        cases.push(Case {
            name,
            input,
            expected,
        });
    }
    cases
}

/// Hard-wrap every line at `width` code points, as a PDF copy does.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let chars: Vec<char> = line.chars().collect();
        if chars.is_empty() {
            out.push('\n');
        }
        for chunk in chars.chunks(width) {
            out.extend(chunk);
            out.push('\n');
        }
    }
    out
}

fn full_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

const SCORED: &[&str] = &[
    "title",
    "region",
    "publishDate",
    "yearReviewed",
    "yearPlanned",
];

#[test]
fn spec_cases_hold_as_written() {
    let cases = cases();
    assert!(cases.len() >= 10, "should read the spec file");
    for case in &cases {
        let doc = parse(&case.input, &Options::default());
        for (k, v) in &case.expected {
            assert_eq!(&field(&doc, k), v, "should read {k} of {}", case.name);
        }
    }
}

#[test]
fn spec_cases_hold_in_every_encoding() {
    type Variant = (&'static str, fn(&str) -> String);
    let variants: &[Variant] = &[
        ("crlf", |t| t.replace('\n', "\r\n")),
        ("fullwidth", full_width),
        ("wrapped", |t| wrap(t, 38)),
        ("pdf", |t| wrap(t, 36).replace("\n\n", "\n")),
        ("flat", |t| t.replace(['\n', '\r'], "")),
        ("flatspace", |t| t.split('\n').collect::<Vec<_>>().join(" ")),
    ];
    for case in cases() {
        for (variant, make) in variants {
            let doc = parse(&make(&case.input), &Options::default());
            for (k, v) in case
                .expected
                .iter()
                .filter(|(k, _)| SCORED.contains(&k.as_str()))
            {
                assert_eq!(
                    norm(&field(&doc, k)),
                    norm(v),
                    "should read {k} of {} ({variant})",
                    case.name
                );
            }
        }
    }
}

#[test]
fn reads_the_seeds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let read = |name: &str| meta_of(&fs::read_to_string(root.join(name)).expect("seed"));
    let m = read("003_dffd46bcd313bc8d.txt");
    assert_eq!(
        m.region.as_deref(),
        Some("深圳市坪山区"),
        "should read the compound region of the title"
    );
    assert_eq!(
        m.publish_date.as_deref(),
        Some("2021-02-19"),
        "should read 发布时间, not the meeting date"
    );
    assert_eq!(
        m.meeting.as_deref(),
        Some("2021年1月26日在深圳市坪山区第一届人民代表大会第七次会议上"),
        "should read the meeting without its dashes"
    );
    let m = read("002_2b93ea3dc10f57e0.txt");
    assert_eq!(
        m.title, None,
        "should find no title in a report that has none"
    );
    assert_eq!(
        (m.year_reviewed, m.year_planned),
        (Some(2024), Some(2025)),
        "should read the years from headings"
    );
    let m = read("004_5480fbc6ee689b20.txt");
    assert_eq!(
        m.status.as_deref(),
        Some("文件已失效"),
        "should keep the status notice"
    );
    assert_eq!(
        m.publish_date.as_deref(),
        Some("2022-02-09"),
        "should normalise 2022年02月09日"
    );
}

#[test]
fn title_span_points_at_the_title() {
    let text = "首页 > 政务公开\n😀关于龙岗区2020年计划执行情况与2021年计划草案的报告\n各位代表：";
    let m = meta_of(text);
    let span = m.title_span.expect("should give the title's span");
    let units: Vec<u16> = text.encode_utf16().collect();
    let sliced = String::from_utf16_lossy(&units[span.start as usize..span.end as usize]);
    assert_eq!(
        Some(sliced),
        m.title,
        "should span the title in UTF-16 units"
    );
}

#[test]
fn never_panics_on_odd_heads() {
    for text in [
        "",
        "——",
        "关于",
        "来源:",
        "发布时间:2023-",
        "首页 >",
        "【字体",
        "——2024年1月在",
        "2024年",
        "(2024年1月15日在",
        "关于关于关于关于的报告的报告",
        "区区区区市市市县县",
        "来源:来源:来源:来源:来源:来源:来源:来源:来源:来源:来源:来源:",
        "|||||| 发布机构 | | |",
        "二〇二",
    ] {
        let _ = meta_of(text);
    }
}

#[test]
fn does_not_take_prose_for_a_title() {
    let m = meta_of("现向大会报告2023年计划执行情况,请予审议。\n一、2023年主要指标完成情况\n全区地区生产总值增长5%。");
    assert_eq!(m.title, None, "should not read a sentence as the title");
    let m = meta_of("2024年是中华人民共和国成立75周年,是实现“十四五”规划目标任务的关键一年。");
    assert_eq!(
        m.title, None,
        "should not read an opening sentence as the title"
    );
}

mod fuzz {
    use gongwen::{parse, Options};
    use proptest::prelude::*;

    /// Pieces that the metadata scanners react to, to be shuffled together.
    const PIECES: &[&str] = &[
        "关于",
        "的报告",
        "报告",
        "公报",
        "计划",
        "(草案)",
        "（",
        "）",
        "2023",
        "年",
        "二〇二三",
        "月",
        "日",
        "在",
        "会议上",
        "——",
        "—",
        "来源",
        ":",
        "：",
        "发布时间",
        "2024-03-01",
        " ",
        "\n",
        "\r\n",
        "|",
        "【字体",
        "】",
        "首页",
        " > ",
        "深圳",
        "市",
        "区",
        "县",
        "新区",
        "局",
        "各位代表",
        "。",
        ",",
        "😀",
        "文件已失效",
        "<image>",
        "[1]",
        "一、",
        "(一)",
        "統計公報",
        "關於",
        "區",
        "标  题",
        "开发区",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn meta_never_panics_and_spans_stay_in_bounds(picks in proptest::collection::vec(0..PIECES.len(), 0..60)) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            let doc = parse(&text, &Options::default());
            let units = text.encode_utf16().count() as u32;
            if let Some(span) = doc.meta.title_span {
                prop_assert!(span.start <= span.end && span.end <= units, "should keep the title span in bounds");
            }
            if let (Some(r), Some(p)) = (doc.meta.year_reviewed, doc.meta.year_planned) {
                prop_assert!(p >= r, "should not plan a year before the one reviewed");
            }
        }
    }
}
