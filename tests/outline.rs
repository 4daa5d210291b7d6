//! The outline: headings, levels, markers and titles, read from spec files
//! (`tests/spec/outline*.txt`) and checked on the plain text and on
//! re-encodings of it (flattened onto one line, hard-wrapped like PDF text).
//!
//! Spec format:
//!
//! ```text
//! === name of the case
//! file: outline-tongji.txt          (a sample in tests/fixtures/samples), or
//! --- input
//! …text…
//! variants: flat flatspace wrap38 pdf36   (optional)
//! --- outline
//! LEVEL | MARKER | TITLE                   (one heading per line, pre-order)
//! --- glossary                             (optional)
//! NUMBER | TERM
//! ```

use std::fs;
use std::path::Path;

use gongwen::{parse, Document, Heading, Options};

#[derive(Debug, Default)]
struct Case {
    name: String,
    input: String,
    variants: Vec<String>,
    outline: Vec<(u8, String, String)>,
    glossary: Option<Vec<(Option<u32>, String)>>,
}

fn load(path: &Path) -> Vec<Case> {
    let text = fs::read_to_string(path).expect("spec file should be readable");
    let mut cases = Vec::new();
    let mut case: Option<Case> = None;
    let mut section = "";
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            cases.extend(case.take());
            case = Some(Case {
                name: name.trim().to_string(),
                ..Case::default()
            });
            section = "";
            continue;
        }
        let Some(c) = case.as_mut() else { continue };
        if let Some(s) = line.strip_prefix("--- ") {
            section = match s.trim() {
                "input" => "input",
                "outline" => "outline",
                "glossary" => {
                    c.glossary = Some(Vec::new());
                    "glossary"
                }
                other => panic!("unknown section {other}"),
            };
            continue;
        }
        match section {
            "" => {
                if let Some(file) = line.strip_prefix("file:") {
                    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("tests/fixtures/samples")
                        .join(file.trim());
                    c.input = fs::read_to_string(&p)
                        .unwrap_or_else(|_| panic!("sample {p:?} should exist"));
                } else if let Some(v) = line.strip_prefix("variants:") {
                    c.variants = v.split_whitespace().map(String::from).collect();
                }
            }
            "input" => {
                c.input.push_str(line);
                c.input.push('\n');
            }
            "outline" if !line.trim().is_empty() => {
                let f: Vec<&str> = line.splitn(3, '|').map(|f| f.trim_matches(' ')).collect();
                assert_eq!(
                    f.len(),
                    3,
                    "spec line should be LEVEL | MARKER | TITLE: {line}"
                );
                c.outline.push((
                    f[0].parse().expect("level"),
                    f[1].to_string(),
                    f[2].to_string(),
                ));
            }
            "glossary" if !line.trim().is_empty() => {
                let f: Vec<&str> = line.splitn(2, '|').map(str::trim).collect();
                let g = c.glossary.get_or_insert_with(Vec::new);
                g.push((f[0].parse().ok(), f.get(1).unwrap_or(&"").to_string()));
            }
            _ => {}
        }
    }
    cases.extend(case);
    cases
}

fn flatten(nodes: &[Heading], out: &mut Vec<(u8, String, String)>) {
    for n in nodes {
        out.push((n.level, n.marker.clone(), n.title.clone()));
        flatten(&n.children, out);
    }
}

/// Re-encode `text` the way real files arrive.
fn variant(text: &str, name: &str) -> String {
    let lines = text
        .lines()
        .map(|l| l.trim_start_matches([' ', '\u{3000}', '\t']));
    match name {
        "flat" => lines.collect::<Vec<_>>().join(""),
        "flatspace" => text.lines().collect::<Vec<_>>().join(" "),
        "crlf" => text.replace('\n', "\r\n"),
        _ => {
            // wrapNN: hard wrap, blank lines kept; pdfNN: hard wrap, no blank
            // lines, indentation kept.
            let (blank, width) = if let Some(w) = name.strip_prefix("wrap") {
                (true, w)
            } else if let Some(w) = name.strip_prefix("pdf") {
                (false, w)
            } else {
                panic!("unknown variant {name}")
            };
            let width: usize = width.parse().expect("wrap width");
            let mut out = String::new();
            for line in text.lines() {
                if line.trim().is_empty() {
                    if blank {
                        out.push('\n');
                    }
                    continue;
                }
                let chars: Vec<char> = line.chars().collect();
                for chunk in chars.chunks(width) {
                    out.extend(chunk);
                    out.push('\n');
                }
            }
            out
        }
    }
}

fn strip(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect()
}

fn check(case: &Case, name: &str, doc: &Document, exact: bool, failures: &mut Vec<String>) {
    let mut got = Vec::new();
    flatten(&doc.outline, &mut got);
    let norm = |v: &[(u8, String, String)]| -> Vec<(u8, String, String)> {
        v.iter()
            .map(|(l, m, t)| {
                if exact {
                    (*l, m.clone(), t.clone())
                } else {
                    (*l, strip(m), strip(t))
                }
            })
            .collect()
    };
    let (want, got) = (norm(&case.outline), norm(&got));
    if want != got {
        let mut msg = format!("{} [{name}]: outline differs\n", case.name);
        for i in 0..want.len().max(got.len()) {
            let w = want.get(i).map_or(String::from("-"), |h| {
                format!("{} | {} | {}", h.0, h.1, h.2)
            });
            let g = got.get(i).map_or(String::from("-"), |h| {
                format!("{} | {} | {}", h.0, h.1, h.2)
            });
            let mark = if w == g { " " } else { "✗" };
            msg.push_str(&format!("  {mark} want {w}\n      got  {g}\n"));
        }
        failures.push(msg);
    }
    if let Some(glossary) = &case.glossary {
        let got: Vec<(Option<u32>, String)> = doc
            .glossary
            .iter()
            .map(|g| (g.number, strip(&g.term)))
            .collect();
        let want: Vec<(Option<u32>, String)> =
            glossary.iter().map(|(n, t)| (*n, strip(t))).collect();
        if got != want {
            failures.push(format!(
                "{} [{name}]: glossary differs\n  want {want:?}\n  got  {got:?}",
                case.name
            ));
        }
    }
}

fn run_spec(file: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/spec")
        .join(file);
    let cases = load(&path);
    assert!(!cases.is_empty(), "should find cases in {file}");
    let mut failures = Vec::new();
    for case in &cases {
        let doc = parse(&case.input, &Options::default());
        check(case, "plain", &doc, true, &mut failures);
        for v in &case.variants {
            let doc = parse(&variant(&case.input, v), &Options::default());
            check(case, v, &doc, false, &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "should match every case of {file}:\n{}",
        failures.join("\n")
    );
}

#[test]
fn spec_outline_samples() {
    run_spec("outline-samples.txt");
}

#[test]
fn spec_outline_constructs() {
    run_spec("outline-constructs.txt");
}

mod properties {
    use gongwen::{parse, Heading, Options};
    use proptest::prelude::*;

    /// Pieces real reports are made of, and some that break them.
    const TOKENS: &[&str] = &[
        "一、",
        "二、",
        "（一）",
        "(二)",
        "1.",
        "2、",
        "3．",
        "（1）",
        "①",
        "②",
        "——",
        "- ",
        "■ ",
        "● ",
        "第一部分",
        "名词解释",
        "8.20+8:",
        "**",
        "## ",
        "。",
        "，",
        ",",
        "；",
        "：",
        "“",
        "”",
        "《",
        "》",
        "\n",
        "\n\n",
        "\r\n",
        "  ",
        "\u{3000}",
        "加快推进",
        "各类英才量质齐升",
        "深入实施",
        "情况",
        "2020年",
        "12.5%",
        "亿元",
        "— 3 —",
        "首页 > 政务公开",
        "扫一扫在手机打开当前页",
        "😀",
        "\u{FFFD}",
        "a",
        "",
    ];

    fn walk(nodes: &[Heading], units: u32, text: &str) {
        for n in nodes {
            assert!(
                n.span.start <= n.span.end && n.span.end <= units,
                "should keep spans inside the text"
            );
            assert!(
                n.section.start <= n.section.end && n.section.end <= units,
                "should keep sections inside the text"
            );
            assert!(
                !n.title.is_empty(),
                "should never give an empty title in {text:?}"
            );
            for c in &n.children {
                assert!(
                    c.level > n.level,
                    "should nest children deeper than their parent"
                );
            }
            walk(&n.children, units, text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn never_panics_and_keeps_spans_valid(picks in proptest::collection::vec(0..TOKENS.len(), 0..120)) {
            let text: String = picks.iter().map(|&i| TOKENS[i]).collect();
            let doc = parse(&text, &Options::default());
            let units = text.encode_utf16().count() as u32;
            walk(&doc.outline, units, &text);
            for g in &doc.glossary {
                prop_assert!(g.span.start <= g.span.end && g.span.end <= units, "should keep glossary spans inside the text");
            }
        }

        #[test]
        fn never_panics_on_any_string(text in "\\PC{0,300}") {
            let doc = parse(&text, &Options::default());
            walk(&doc.outline, text.encode_utf16().count() as u32, &text);
        }
    }
}
