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
//! One module per construct, each opening with the grammar it recognises:
//!
//! | stage | module |
//! | --- | --- |
//! | folding and offsets | [`text`] |
//! | lines and paragraphs | [`block`], web chrome in [`chrome`] |
//! | outline markers | [`marker`] |
//! | headings and the tree | [`outline`], run-in titles in [`title`] |
//! | glossary (名词解释) | [`glossary`] |
//! | numbers and quantities | [`number`], [`quantity`], data in [`units`] |
//! | indicators | [`indicator`], data in [`aliases`] |
//! | metadata | [`meta`] |
//! | CSV and Markdown exports | [`export`] |
#![forbid(unsafe_code)]

mod aliases;
mod block;
mod chrome;
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
mod marker;
mod meta;
mod number;
mod outline;
mod quantity;
mod sort;
mod table;
mod text;
mod title;
mod units;
#[cfg(all(target_arch = "wasm32", not(feature = "docx-wasm")))]
mod wasm;

pub use document::*;
pub use export::{to_csv, to_markdown};
pub use hints::{Emphasis, Hints};

/// Options for [`parse`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Collect every quantity in the text (default `true`). Turn off when
    /// only the outline, indicators and metadata are wanted.
    pub quantities: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { quantities: true }
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
    let meta = if std::env::var_os("NOMETA").is_some() {
        Default::default()
    } else {
        meta::extract(&source, &layout, &outline)
    };
    let glossary = glossary::extract(&source, &layout, &outline);
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
        quantities: quantities
            .iter()
            .flat_map(|q| q.to_public(&source))
            .collect(),
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
