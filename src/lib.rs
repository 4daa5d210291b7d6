//! gongwen — parse Chinese government development reports.
//!
//! One pure function, [`parse`], turns a pasted report (a
//! 国民经济和社会发展计划执行情况与计划草案的报告, a 发改局 year summary, a
//! 政府工作报告, a 统计公报) into a [`Document`]: its outline, its headline
//! indicators, every quantity in the body, its glossary and its metadata.
//! Every node carries a [`Span`] of UTF-16 offsets into the original text.
//!
//! ```
//! let doc = gongwen::parse("一、2020年主要指标完成情况\n——地区生产总值801.05亿元,同比增长4.5%;", &Default::default());
//! assert_eq!(doc.outline[0].title, "2020年主要指标完成情况");
//! ```
//!
//! The parser never panics, never fails and runs in linear time: input it
//! cannot make sense of yields an emptier Document and a [`Warning`].
//!
//! # Architecture
//!
//! One module per construct, each opening with the grammar it recognises.
//! The modules stand in layers: a module uses only modules in layers below
//! its own, never its own layer or one above, so no two modules import each
//! other in a cycle and each can be read with only what is below it in mind.
//! `tests/layers.rs` reads this table and checks every `crate::` and
//! `super::` path in `src/` against it: a new module needs a row here.
//! `ARCHITECTURE.md` draws the stages and says what each module is.
//!
//! | layer | stage | modules |
//! | --- | --- | --- |
//! | 0 | the public types; the hints a rich source gives; one small sort | [`document`], [`hints`], [`sort`] |
//! | 1 | the traditional-character table | [`hant`] |
//! | 2 | folding and offsets | [`text`] |
//! | 3 | keywords in either script; numerals | [`keyword`], [`number`] |
//! | 4 | place names; outline markers | [`region`], [`marker`] |
//! | 5 | web-page chrome | [`chrome`] |
//! | 6 | lines and paragraphs | [`block`] |
//! | 7 | the glossary (名词解释); run-in titles | [`glossary`], [`title`] |
//! | 8 | headings and the tree | [`outline`] |
//! | 9 | metadata | [`meta`] |
//! | 10 | unit and quantity word tables | [`units`] |
//! | 11 | numbers with units in the body | [`quantity`] |
//! | 12 | indicator names; table rows | [`aliases`], [`table`] |
//! | 13 | indicators | [`indicator`] |
//! | 14 | compact JSON, CSV and Markdown exports; file decoding (text encodings, .docx) | `json`, [`export`], `decode`, `docx` |
//! | 15 | targets against outcomes across reports | [`compare`] |
//! | 16 | [`parse`] | `lib` |
//! | 17 | WebAssembly bindings; the command-line tool | `wasm`, `main` |
#![forbid(unsafe_code)]

mod aliases;
mod block;
mod chrome;
pub mod compare;
#[cfg(feature = "cli")]
pub mod decode;
mod document;
#[cfg(feature = "docx")]
pub mod docx;
mod export;
mod glossary;
mod hant;
pub mod hints;
mod indicator;
mod json;
mod keyword;
mod marker;
mod meta;
mod number;
mod outline;
mod quantity;
mod region;
mod sort;
mod table;
mod text;
mod title;
mod units;
#[cfg(all(target_arch = "wasm32", not(any(feature = "docx-wasm", feature = "compare-wasm"))))]
mod wasm;

pub use compare::{compare, Comparison};
pub use document::*;
pub use export::{csv_field, to_csv, to_markdown};
pub use hints::{Emphasis, Hints};

/// Options for [`parse`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Collect every quantity in the text (default `true`). Turn off when
    /// only the outline, indicators and metadata are wanted.
    pub quantities: bool,
    /// Read the metadata: title, region, issuer, dates, years, document
    /// type (default `true`). Turned off, `meta` is [`Meta::default()`]
    /// (every field `null`, the type `unknown`), and indicators lose what
    /// they take from it: the reviewed and planned years their records
    /// belong to, and the region. Meant for timing the other stages.
    pub meta: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            quantities: true,
            meta: true,
        }
    }
}

/// Parse a report into a [`Document`].
pub fn parse(text: &str, options: &Options) -> Document {
    parse_with(text, &Hints::default(), options)
}

/// Parse a report with evidence its source kept ([`Hints`]: bold runs and
/// heading styles of a .docx, from [`docx::extract`]). With empty hints
/// this is [`parse`].
pub fn parse_with(text: &str, hints: &Hints, options: &Options) -> Document {
    let mut source = text::Source::new(text);
    if !hints.emphasis.is_empty() {
        source.evidence = hints::Evidence::new(hints, |byte| source.index_of_byte(byte));
    }
    let layout = block::layout(&source);
    let mut warnings = Vec::new();
    if layout.blocks.iter().all(|b| b.chrome) {
        warnings.push(Warning {
            code: "empty-input".into(),
            message: "The text holds no report content.".into(),
            span: None,
        });
    }
    if let Some(at) = source.chars.iter().position(|&c| c == '\u{FFFD}') {
        warnings.push(Warning {
            code: "replacement-character".into(),
            message: "The text contains U+FFFD replacement characters: it may have been decoded with the wrong encoding.".into(),
            span: Some(source.span(at, at + 1)),
        });
    }
    let outline = outline::build(&source, &layout);
    let meta = if options.meta {
        meta::extract(&source, &layout, &outline)
    } else {
        Default::default()
    };
    let glossary = glossary::extract(
        &source,
        &layout,
        outline.glossary_block,
        outline.glossary_end,
    );
    let quantities = if options.quantities {
        quantity::scan(&source, &layout, &outline)
    } else {
        Vec::new()
    };
    let indicators = indicator::extract(&source, &layout, &outline, &meta);
    if outline.headings.is_empty() && !source.chars.is_empty() {
        warnings.push(Warning {
            code: "no-outline".into(),
            message: "No numbered headings were found.".into(),
            span: None,
        });
    }
    Document {
        schema_version: SCHEMA_VERSION,
        meta,
        outline: outline.tree(&source),
        indicators,
        quantities: {
            // (a range gives two: sized for the count, not grown as it goes)
            let ranges = quantities.iter().filter(|q| q.split.is_some()).count();
            let mut public = Vec::with_capacity(quantities.len() + ranges);
            for q in &quantities {
                public.extend(q.to_public(&source));
            }
            public
        },
        glossary,
        warnings,
    }
}

/// Parse and serialize to JSON (schema v1), as the CLI prints it.
pub fn parse_to_json(text: &str, options: &Options) -> String {
    to_json(&parse(text, options))
}

/// Serialize a [`Document`] to pretty JSON.
pub fn to_json(document: &Document) -> String {
    serde_json::to_string_pretty(document).unwrap_or_else(|_| "{}".into())
}

/// Serialize a [`Document`] to compact JSON: the bytes of
/// `serde_json::to_string`, written faster (see the `json` module).
pub fn to_json_compact(document: &Document) -> String {
    json::document(document)
}
