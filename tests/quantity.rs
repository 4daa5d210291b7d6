//! Quantities: spec cases from `tests/spec/quantity*.txt` plus sample
//! reports under `tests/fixtures/samples/quantity-*.txt`.
//!
//! Spec format (one case per `##` header):
//!
//! ```text
//! ## should read a count with a scale
//! 全年新登记经营主体12.1万户。
//! => 12.1万户 | 121000 | 户 | count
//! ```
//!
//! Every line between the header and the first `=>` line is input (joined
//! with "\n"). Each `=>` line is one expected quantity, in order:
//! `text | value | unit | kind`, optionally `| approx` (`-` for none).
//! `=> none` expects no quantity at all. The ends of a range are two
//! quantities.

use gongwen::{parse, Options, Quantity, QuantityKind};
use std::fs;
use std::path::Path;

#[derive(Debug)]
struct Expected {
    text: String,
    value: f64,
    unit: String,
    kind: String,
    approx: Option<Option<String>>,
}

#[derive(Debug)]
struct Case {
    name: String,
    input: String,
    expected: Vec<Expected>,
    line: usize,
}

fn parse_spec(text: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    let mut input: Vec<&str> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(name) = line.strip_prefix("## ") {
            cases.push(Case {
                name: name.trim().to_string(),
                input: String::new(),
                expected: Vec::new(),
                line: n + 1,
            });
            input.clear();
            continue;
        }
        let Some(case) = cases.last_mut() else {
            continue;
        };
        if let Some(rest) = line.strip_prefix("=>") {
            if case.input.is_empty() {
                case.input = input.join("\n");
            }
            let rest = rest.trim();
            if rest == "none" {
                continue;
            }
            let cols: Vec<&str> = rest.split('|').map(str::trim).collect();
            assert!(
                cols.len() >= 4,
                "line {}: expected `text | value | unit | kind`",
                n + 1
            );
            let opt = |i: usize| {
                cols.get(i)
                    .map(|c| if *c == "-" { None } else { Some(c.to_string()) })
            };
            case.expected.push(Expected {
                text: cols[0].to_string(),
                value: cols[1]
                    .parse()
                    .unwrap_or_else(|_| panic!("line {}: bad value", n + 1)),
                unit: if cols[2] == "-" {
                    String::new()
                } else {
                    cols[2].to_string()
                },
                kind: cols[3].to_string(),
                approx: opt(4),
            });
        } else if !line.starts_with('#') && case.input.is_empty() && !line.trim().is_empty() {
            input.push(line);
        }
    }
    cases
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn quantities(input: &str) -> Vec<Quantity> {
    parse(input, &Options::default()).quantities
}

fn describe(found: &[Quantity]) -> String {
    found
        .iter()
        .map(|q| {
            format!(
                "{} | {} | {} | {}",
                q.text,
                q.value,
                q.unit,
                q.kind.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join("\n   ")
}

fn run_spec(path: &Path) -> Vec<String> {
    let text = fs::read_to_string(path).expect("spec file");
    let cases = parse_spec(&text);
    assert!(!cases.is_empty(), "{} should hold cases", path.display());
    let mut failures = Vec::new();
    for case in &cases {
        assert!(
            !case.input.is_empty(),
            "{}:{} has no input",
            path.display(),
            case.line
        );
        let found = quantities(&case.input);
        let ok = found.len() == case.expected.len()
            && found.iter().zip(&case.expected).all(|(q, e)| {
                q.text.replace("\r\n", "⏎").replace('\n', "⏎") == e.text
                    && close(q.value, e.value)
                    && q.unit == e.unit
                    && q.kind.as_str() == e.kind
                    && e.approx.as_ref().is_none_or(|a| q.approx == *a)
            });
        if !ok {
            let want = case
                .expected
                .iter()
                .map(|e| format!("{} | {} | {} | {}", e.text, e.value, e.unit, e.kind))
                .collect::<Vec<_>>()
                .join("\n   ");
            failures.push(format!(
                "{}:{} {}\n  input: {}\n  want:\n   {}\n  got:\n   {}",
                path.display(),
                case.line,
                case.name,
                case.input,
                want,
                describe(&found)
            ));
        }
    }
    failures
}

#[test]
fn spec_files_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("tests/spec")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("quantity") && n.ends_with(".txt"))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "should find quantity spec files");
    let failures: Vec<String> = files.iter().flat_map(|f| run_spec(f)).collect();
    assert!(
        failures.is_empty(),
        "should pass every spec case:\n{}",
        failures.join("\n\n")
    );
}

/// Each sample report has a `.quantities` file beside it: one quantity
/// text per line, in order (hand-checked).
#[test]
fn sample_reports_match_their_lists() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/samples");
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in fs::read_dir(&dir).expect("samples").flatten() {
        let path = entry.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !(name.starts_with("quantity-") && name.ends_with(".txt")) {
            continue;
        }
        let list = path.with_extension("quantities");
        let Ok(expected) = fs::read_to_string(&list) else {
            continue;
        };
        let text = fs::read(&path).expect("sample");
        let text = String::from_utf8(text).expect("samples are UTF-8");
        let found: Vec<String> = quantities(&text)
            .iter()
            .map(|q| {
                format!(
                    "{}\t{}\t{}",
                    q.text.replace(['\n', '\r'], "⏎"),
                    q.value,
                    q.unit
                )
            })
            .collect();
        let expected: Vec<&str> = expected
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .collect();
        if found != expected {
            let mut diff = String::new();
            for i in 0..found.len().max(expected.len()) {
                let f = found.get(i).map_or("", String::as_str);
                let e = expected.get(i).copied().unwrap_or("");
                if f != e {
                    diff.push_str(&format!("\n  #{i}: want {e:?}\n       got  {f:?}"));
                }
            }
            failures.push(format!("{name}:{diff}"));
        }
        checked += 1;
    }
    assert!(
        checked > 0,
        "should find sample reports with quantity lists"
    );
    assert!(
        failures.is_empty(),
        "should find exactly the listed quantities:\n{}",
        failures.join("\n")
    );
}

#[test]
fn spans_slice_the_original_text() {
    let text = "😀全年新登记经营主体１２．１万户，增长 4.59 %。";
    let doc = parse(text, &Options::default());
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(doc.quantities.len(), 2, "should find two quantities");
    for q in &doc.quantities {
        let slice = String::from_utf16(&units[q.span.start as usize..q.span.end as usize]).unwrap();
        assert_eq!(
            slice, q.text,
            "should slice the original text by UTF-16 span"
        );
    }
    assert_eq!(
        doc.quantities[0].text, "１２．１万户",
        "should keep full-width digits as written"
    );
    assert_eq!(
        doc.quantities[0].value, 121_000.0,
        "should read full-width digits"
    );
    assert_eq!(
        doc.quantities[1].kind,
        QuantityKind::Percent,
        "should read a spaced percent"
    );
}

#[test]
fn skips_web_chrome() {
    let text = "首页 > 政务公开 > 规划计划\n发布时间：2021-01-26 浏览次数：1234次\n全年新增就业12.05万人。";
    let found = quantities(text);
    assert_eq!(
        found.len(),
        1,
        "should skip the chrome lines: {}",
        describe(&found)
    );
    assert_eq!(found[0].text, "12.05万人", "should read the body quantity");
}

#[test]
fn can_be_switched_off() {
    let mut options = Options::default();
    options.quantities = false;
    assert!(
        parse("增长6.7%", &options).quantities.is_empty(),
        "should collect nothing when off"
    );
}

#[test]
fn never_panics_on_odd_input() {
    let inputs = [
        "",
        "-",
        "第",
        "前",
        "翻",
        "百分之",
        "百分之点",
        "1.",
        "1,",
        "1,00",
        "12345678901234567890123亿元",
        "一二三四五六七八九十百千万亿一二三四五六七八九十百千万亿万亿",
        "万万万万",
        "1-",
        "1-2-3-4-5-",
        "5%-",
        "—5",
        "\n1\n",
        "1\r\n2",
        "《《《1个",
        "“1个”",
        "第1\n\n名",
        "1 \n \n 万元",
        "翻了",
        "3.",
        ".5%",
        "1,234,567.89亿元",
        "0.000000000000000001%",
        "9999999999999999万亿元",
    ];
    for input in inputs {
        let doc = parse(input, &Options::default());
        for q in &doc.quantities {
            assert!(
                q.span.start < q.span.end,
                "should give a non-empty span for {input:?}"
            );
            assert!(
                q.value.is_finite(),
                "should give a finite value for {input:?}"
            );
        }
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Characters that matter to the quantity scanner, mixed with filler.
    const ALPHABET: &[&str] = &[
        "0",
        "1",
        "2",
        "5",
        "9",
        ".",
        ",",
        "-",
        "—",
        "~",
        "%",
        "％",
        "１",
        "．",
        " ",
        "\n",
        "\r\n",
        "一",
        "二",
        "两",
        "三",
        "十",
        "百",
        "千",
        "万",
        "亿",
        "零",
        "〇",
        "第",
        "前",
        "翻",
        "番",
        "余",
        "多",
        "近",
        "超",
        "约",
        "左右",
        "以上",
        "个",
        "家",
        "元",
        "亿元",
        "万户",
        "个百分点",
        "百分之",
        "点",
        "大",
        "行业",
        "年",
        "月",
        "“",
        "”",
        "《",
        "》",
        "。",
        "、",
        "和",
        "全市",
        "排名",
        "名",
        "位",
        "次",
        "届",
        "倍",
        "/",
        "日",
        "+",
        "G",
        "km",
        "😀",
        "的",
        "是",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(ALPHABET), 0..80).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn spans_are_valid_ordered_and_sliceable(input in text()) {
            let doc = parse(&input, &Options::default());
            let units: Vec<u16> = input.encode_utf16().collect();
            let mut last_end = 0;
            for q in &doc.quantities {
                prop_assert!(q.span.start < q.span.end, "should give a non-empty span");
                prop_assert!(q.span.end as usize <= units.len(), "should stay inside the text");
                prop_assert!(q.span.start >= last_end, "should give ordered, disjoint spans");
                last_end = q.span.end;
                let slice = String::from_utf16(&units[q.span.start as usize..q.span.end as usize]).ok();
                prop_assert_eq!(slice.as_deref(), Some(q.text.as_str()), "should slice the text");
                prop_assert!(q.value.is_finite(), "should give a finite value");
            }
        }
    }
}

#[test]
fn scans_adversarial_input_in_linear_time() {
    let pieces = [
        "1、",
        "一",
        "第",
        "前",
        "《",
        "1-",
        "1+",
        "“1个",
        "十",
        "万",
        "1.",
        "1,",
        " ",
        "\n1",
        "百分之",
        "超",
        "12",
        "三万余",
    ];
    for piece in pieces {
        let small = piece.repeat(2_000);
        let large = piece.repeat(40_000);
        let t = std::time::Instant::now();
        let a = quantities(&small).len();
        let small_time = t.elapsed();
        let t = std::time::Instant::now();
        let b = quantities(&large).len();
        let large_time = t.elapsed();
        // 20× the input should take far less than 400× the time (quadratic).
        assert!(
            large_time <= small_time * 100 + std::time::Duration::from_millis(200),
            "should scan {piece:?} × n in linear time ({small_time:?} → {large_time:?}, {a} → {b})"
        );
    }
}

/// The sample reports re-encoded the way real files arrive (flattened onto
/// one line, hard-wrapped like a PDF, full-width digits) should give the
/// same quantities.
#[test]
fn sample_reports_read_the_same_in_every_encoding() {
    fn values(text: &str) -> Vec<(String, String)> {
        quantities(text)
            .iter()
            .map(|q| (format!("{:.6}", q.value), q.unit.clone()))
            .collect()
    }
    fn wrap(text: &str, width: usize) -> String {
        let mut out = String::new();
        for line in text.lines() {
            let chars: Vec<char> = line.chars().collect();
            for (k, chunk) in chars.chunks(width).enumerate() {
                if k > 0 {
                    out.push('\n');
                }
                out.extend(chunk);
            }
            out.push('\n');
        }
        out
    }
    fn full_width(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '0'..='9' | '%' | '.' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
                _ => c,
            })
            .collect()
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/samples");
    let mut failures = Vec::new();
    for entry in fs::read_dir(&dir).expect("samples").flatten() {
        let path = entry.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !(name.starts_with("quantity-") && name.ends_with(".txt")) {
            continue;
        }
        let text = fs::read_to_string(&path)
            .expect("sample")
            .replace("\r\n", "\n");
        let base = values(&text);
        let variants = [
            ("flat", text.replace('\n', "")),
            ("flat with spaces", text.replace('\n', " ")),
            ("wrapped at 37", wrap(&text, 37)),
            ("wrapped at 16", wrap(&text, 16)),
            ("full-width", full_width(&text)),
            ("CRLF", text.replace('\n', "\r\n")),
        ];
        for (variant, changed) in variants {
            // A PDF line break inside a number becomes a space between
            // digits when flattened: "16 8.72 亿元" is two numbers.
            // Re-wrapping a PDF text narrower leaves short lines that end
            // inside a number, which read as table rows.
            if name.contains("pdf") && (variant == "flat with spaces" || variant == "wrapped at 16")
            {
                continue;
            }
            let got = values(&changed);
            if got != base {
                let missing: Vec<_> = base.iter().filter(|v| !got.contains(v)).collect();
                let extra: Vec<_> = got.iter().filter(|v| !base.contains(v)).collect();
                failures.push(format!(
                    "{name} {variant}: missing {missing:?}, extra {extra:?}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "should read the same quantities:\n{}",
        failures.join("\n")
    );
}
