//! The hand-written compact JSON (`to_json_compact`, src/json.rs) against
//! serde_json's: byte for byte, on every report the project keeps and on
//! generated documents with the strings and numbers that need care.

use gongwen::*;
use proptest::prelude::*;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn serde_compact(document: &Document) -> String {
    serde_json::to_string(document).expect("serde_json writes every Document")
}

#[test]
fn compact_json_should_equal_serde_json_on_every_kept_report() {
    let mut seen = 0;
    for set in ["tests/fixtures/seeds", "tests/fixtures/real", "tests/fixtures/samples"] {
        let dir = Path::new(ROOT).join(set);
        for entry in std::fs::read_dir(&dir).expect("a fixture folder") {
            let path = entry.expect("an entry").path();
            if path.extension().is_none_or(|ext| ext != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a UTF-8 report");
            let document = parse(&text, &Options::default());
            assert_eq!(
                to_json_compact(&document),
                serde_compact(&document),
                "should write {} as serde_json does",
                path.display()
            );
            seen += 1;
        }
    }
    assert!(seen >= 17, "should read the seeds, the real reports and the samples, read {seen}");
}

#[test]
fn compact_json_should_escape_as_serde_json_does() {
    let mut document = parse("一、总体情况\n地区生产总值增长6%。", &Options::default());
    document.meta.title = Some("引号\"反斜杠\\换行\n回车\r制表\t退格\u{8}换页\u{c}控制\u{1}\u{1f}删除\u{7f}斜杠/表情😀".into());
    document.meta.doc_type = DocType::StatsBulletin;
    assert_eq!(
        to_json_compact(&document),
        serde_compact(&document),
        "should escape quotes, backslashes and controls only"
    );
}

#[test]
fn compact_json_should_write_numbers_as_serde_json_does() {
    let mut document = parse("地区生产总值801.05亿元，增长-0.4%。", &Options::default());
    let values = [
        0.0, -0.0, 1.0, -0.4, 80_105_000_000.0, 1e21, 1e-7, 123.456, f64::MAX, f64::MIN_POSITIVE,
        f64::NAN, f64::INFINITY, f64::NEG_INFINITY,
    ];
    let template = document.quantities[0].clone();
    document.quantities = values
        .iter()
        .map(|&value| Quantity { value, ..template.clone() })
        .collect();
    assert_eq!(
        to_json_compact(&document),
        serde_compact(&document),
        "should write floats in serde_json's shortest form, and null when not finite"
    );
}

/// Text with the characters JSON escapes, and others.
fn any_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('"'),
            Just('\\'),
            Just('/'),
            (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap_or('\0')),
            Just('\u{7f}'),
            Just('年'),
            Just('😀'),
            proptest::char::any(),
        ],
        0..12,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn any_float() -> impl Strategy<Value = f64> {
    prop_oneof![
        proptest::num::f64::ANY,
        (-1_000_000i64..1_000_000).prop_map(|n| n as f64 / 100.0),
        Just(f64::NAN),
    ]
}

fn any_span() -> impl Strategy<Value = Span> {
    (any::<u32>(), any::<u32>()).prop_map(|(start, end)| Span { start, end })
}

fn any_heading() -> impl Strategy<Value = Heading> {
    let leaf = (any::<u8>(), any_text(), any_text(), any_span(), any_span()).prop_map(
        |(level, marker, title, span, section)| Heading {
            level,
            marker,
            title,
            kind: HeadingKind::Numbered,
            span,
            section,
            children: Vec::new(),
        },
    );
    leaf.prop_recursive(2, 8, 3, |inner| {
        (inner.clone(), proptest::collection::vec(inner, 0..3)).prop_map(|(mut heading, children)| {
            heading.kind = HeadingKind::Lead;
            heading.children = children;
            heading
        })
    })
}

fn any_indicator() -> impl Strategy<Value = Indicator> {
    (
        (proptest::option::of(any_text()), any_text(), any::<bool>(), proptest::option::of(any::<i32>())),
        (proptest::option::of(any_float()), proptest::option::of(any_float()), proptest::option::of(any_text())),
        (proptest::option::of(any_text()), any::<bool>(), any_text(), any_span()),
    )
        .prop_map(|((key, name, target, year), (value, upper, unit), (qualifier, estimated, text, span))| Indicator {
            key,
            name,
            role: if target { Role::Target } else { Role::Actual },
            year,
            measure: if estimated { Measure::Share } else { Measure::Growth },
            value,
            upper,
            unit,
            direction: target.then_some(Direction::Down),
            qualifier,
            kind: estimated.then_some(IndicatorKind::Binding),
            estimated,
            text,
            span,
        })
}

fn any_document() -> impl Strategy<Value = Document> {
    (
        (
            proptest::option::of(any_text()),
            proptest::option::of(any_text()),
            proptest::option::of(any::<i32>()),
            proptest::option::of(any_span()),
        ),
        proptest::collection::vec(any_heading(), 0..3),
        proptest::collection::vec(any_indicator(), 0..3),
        proptest::collection::vec(
            (any_text(), any_float(), any_text(), proptest::option::of(any_text()), any_span()),
            0..4,
        ),
        proptest::collection::vec((proptest::option::of(any::<u32>()), any_text(), any_text(), any_span()), 0..2),
        proptest::collection::vec((any_text(), any_text(), proptest::option::of(any_span())), 0..2),
    )
        .prop_map(|((title, region, year, title_span), outline, indicators, quantities, glossary, warnings)| Document {
            schema_version: SCHEMA_VERSION,
            meta: Meta {
                title,
                region: region.clone(),
                issuer: region,
                year_reviewed: year,
                year_planned: year.map(|y| y.wrapping_add(1)),
                doc_type: DocType::GovWorkReport,
                title_span,
                ..Meta::default()
            },
            outline,
            indicators,
            quantities: quantities
                .into_iter()
                .map(|(text, value, unit, approx, span)| Quantity {
                    text,
                    value,
                    unit,
                    kind: QuantityKind::Money,
                    approx,
                    span,
                })
                .collect(),
            glossary: glossary
                .into_iter()
                .map(|(number, term, definition, span)| GlossaryEntry { number, term, definition, span })
                .collect(),
            warnings: warnings
                .into_iter()
                .map(|(code, message, span)| Warning { code, message, span })
                .collect(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn compact_json_should_equal_serde_json_on_any_document(document in any_document()) {
        prop_assert_eq!(to_json_compact(&document), serde_compact(&document));
    }
}
