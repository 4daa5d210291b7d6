//! The glossary (名词解释): term–definition entries at the end of a report.
//!
//! # Grammar
//!
//! ```text
//! glossary = header? entry+                          ; at the end of the text
//! header   = "名词解释" ":"?                           ; also "附：名词解释"
//! entry    = number? term ":" definition
//! number   = digits ("." | "、")                      ; "8.20+8:" is entry 8, term "20+8"
//! ```
//!
//! Examples:
//!
//! ```text
//! 名词解释
//! 1. **“千百亿”稳增长**：2020年第12次市政府党组（扩大）会议部署的…
//! 8.20+8:指深圳市谋划布局的涵盖七大战略性新兴产业的20个产业集群…
//! ```
//!
//! Without a header, a glossary is the numbering restarting at 1 near the
//! end with `term:definition` entries.

use crate::block::Layout;
use crate::document::GlossaryEntry;
use crate::outline::Outline;
use crate::text::Source;

/// The first block of the glossary, if the text ends with one.
pub(crate) fn start_block(source: &Source, layout: &Layout) -> Option<usize> {
    layout.blocks.iter().position(|b| {
        !b.chrome && {
            let text = source.folded(b.start, b.end);
            let text = text.trim_matches(|c: char| c == '*' || c == ':' || c == ' ' || c == '#');
            text == "名词解释" || text == "附:名词解释"
        }
    })
}

/// The glossary entries.
pub(crate) fn extract(_source: &Source, _layout: &Layout, _outline: &Outline) -> Vec<GlossaryEntry> {
    Vec::new()
}
