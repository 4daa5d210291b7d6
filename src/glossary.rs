//! The glossary (名词解释): term–definition entries at the end of a report.
//!
//! # Grammar
//!
//! ```text
//! glossary = (header | restart) entry+              ; at the end of the text
//! header   = ("附" ":"?)? ("名词解释" | "名词注释" | "术语解释" …) ":"?
//! restart  = an entry numbered 1 right after "31." with no new parent
//!            heading between: the body's numbering did not restart, a list did
//! entry    = number? term ":" definition
//! number   = digits ("." | "、")                     ; "8.20+8:" is entry 8, term "20+8"
//! term     = ≤ 40 code points, no sentence end, no comma; may be **bold**
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
//! Without a header ("…31.筑牢城区经济安全防线。…" then "1.省委“1310”具体
//! 部署:2023年6月20日…"), a glossary is the numbering restarting at 1 near
//! the end, most entries `term:definition`. The outline stops where the
//! glossary starts; see [`crate::outline`].
//!
//! The header words ([`HEADERS`]) and the colon that ends a term
//! ([`entry_colon`]) live in [`crate::block`], which cuts paragraphs before
//! them.

use crate::block::{entry_colon, Block, Layout, HEADERS, STRONG_HEADERS};
use crate::document::GlossaryEntry;
use crate::marker::{self, MarkerStyle};
use crate::text::{is_space, Source};

/// Prefixes a header may carry: "附：名词解释", "附件：名词解释".
const HEADER_PREFIXES: &[&str] = &["附件", "附录", "附"];

/// Skip an entry number ("8." in "8.20+8:") and decoration at `at`.
fn skip_number(source: &Source, at: usize, end: usize) -> usize {
    match marker::parse(source, at, end) {
        Some(m) if m.style == MarkerStyle::ArabicDot => m.text_start,
        _ => marker::skip_decoration(source, at, end),
    }
}

/// Where a glossary header at the start of `block` ends, if it holds one.
fn header_end(source: &Source, block: &Block) -> Option<usize> {
    let skip = |mut i: usize| {
        while i < block.end
            && (is_space(source.at(i)) || matches!(source.at(i), '*' | '#' | '[' | '【' | ':'))
        {
            i += 1;
        }
        i
    };
    let mut i = skip(block.start);
    if let Some(p) = HEADER_PREFIXES.iter().find(|p| source.starts_with(i, p)) {
        // "附件2：名词解释": the attachment's number first.
        let mut numbered = i + p.chars().count();
        while numbered < block.end
            && numbered < i + p.chars().count() + 3
            && (source.at(numbered).is_ascii_digit()
                || "一二三四五六七八九十".contains(source.at(numbered)))
        {
            numbered += 1;
        }
        let after = skip(numbered);
        if after > numbered || HEADERS.iter().any(|h| source.starts_with(after, h)) {
            i = after;
        }
    }
    let header = HEADERS.iter().find(|h| source.starts_with(i, h))?;
    let mut j = i + header.chars().count();
    while j < block.end
        && (is_space(source.at(j)) || matches!(source.at(j), '*' | ']' | '】' | ':'))
    {
        j += 1;
    }
    // The header stands alone, or the first entry follows it.
    let alone = j >= block.end;
    let entry = || {
        marker::parse(source, j, block.end).is_some_and(|m| m.style == MarkerStyle::ArabicDot)
            || entry_colon(source, j, block.end).is_some()
    };
    (alone || entry()).then_some(j)
}

/// The first block of the glossary, if the text ends with one.
/// Headers of the notes that close a statistical bulletin ("注释：1. 地区生产
/// 总值…按现价计算"): they explain the figures; they are not report text.
pub(crate) const NOTES_HEADERS: &[&str] = &["注释", "注解", "附注", "注", "说明", "备注"];

/// The first block of closing notes: a block that is a notes header alone
/// ("注释：", "[注]") or opens with one and a colon ("注：本公报中…"), in the
/// last third of the text.
pub(crate) fn notes_block(source: &Source, layout: &Layout) -> Option<usize> {
    let blocks = &layout.blocks;
    let tail_from = source.len() * 2 / 3;
    blocks.iter().position(|b| {
        if b.chrome || b.start < tail_from {
            return false;
        }
        let head = source.folded(b.start, (b.start + 8).min(b.end));
        let head = head.trim_start_matches(['[', '【', '(', '*', ' ']);
        NOTES_HEADERS.iter().any(|h| {
            head.strip_prefix(h).is_some_and(|rest| {
                let rest = rest.trim_start_matches([']', '】', ')', '*', ' ']);
                rest.starts_with(':') || rest.is_empty() && b.end - b.start <= 6
            })
        })
    })
}

pub(crate) fn start_block(source: &Source, layout: &Layout) -> Option<usize> {
    let blocks = &layout.blocks;
    for (i, block) in blocks.iter().enumerate() {
        if block.chrome {
            continue;
        }
        let Some(end) = header_end(source, block) else {
            continue;
        };
        // "注释" may head notes as well: it needs an entry after it.
        let strong = HEADERS[..STRONG_HEADERS]
            .iter()
            .any(|h| source.find(block.start, end, h).is_some());
        let entry_follows = || {
            end < block.end
                && entry_colon(source, skip_number(source, end, block.end), block.end).is_some()
                || blocks[i + 1..]
                    .iter()
                    .filter(|b| !b.chrome)
                    .take(3)
                    .any(|b| {
                        entry_colon(source, skip_number(source, b.start, b.end), b.end).is_some()
                    })
        };
        if strong || entry_follows() {
            return Some(i);
        }
    }
    restart_block(source, blocks)
}

/// A glossary with no header: the arabic numbering restarts at 1 with no
/// outer heading since, and from there on the entries are `term:definition`.
fn restart_block(source: &Source, blocks: &[Block]) -> Option<usize> {
    let mut last = 0u32;
    let mut candidate: Option<usize> = None;
    for (index, block) in blocks.iter().enumerate() {
        if block.chrome {
            continue;
        }
        let Some(m) = marker::parse(source, block.start, block.end) else {
            continue;
        };
        match m.style {
            MarkerStyle::ArabicDot => {
                if m.ordinal == 1 && last >= 2 && candidate.is_none() {
                    candidate = Some(index);
                }
                if m.ordinal == 1 || !m.digit_follows {
                    last = m.ordinal;
                }
            }
            MarkerStyle::Chapter | MarkerStyle::CnComma | MarkerStyle::CnParen => {
                last = 0;
                candidate = None;
            }
            _ => {}
        }
    }
    let start = candidate?;
    // Verify: numbered entries in sequence, most of them `term:definition`.
    let (mut numbered, mut entries, mut expect) = (0, 0, 1);
    for block in &blocks[start..] {
        if block.chrome {
            continue;
        }
        if let Some(m) = marker::parse(source, block.start, block.end) {
            if m.style == MarkerStyle::ArabicDot && m.ordinal == expect {
                numbered += 1;
                expect += 1;
                entries += usize::from(entry_colon(source, m.text_start, block.end).is_some());
            }
        }
    }
    (numbered >= 2 && entries * 3 >= numbered * 2).then_some(start)
}

/// The glossary entries in blocks `first..end`, where the outline found the
/// glossary (its `glossary_block` and `glossary_end`: the outline, built on
/// [`start_block`] and [`end_block`], stands above this module).
pub(crate) fn extract(
    source: &Source,
    layout: &Layout,
    first: Option<usize>,
    end: usize,
) -> Vec<GlossaryEntry> {
    let Some(first) = first else {
        return Vec::new();
    };
    let end = end.min(layout.blocks.len());
    let mut entries: Vec<GlossaryEntry> = Vec::new();
    for (index, block) in layout.blocks.iter().enumerate().take(end).skip(first) {
        if block.chrome {
            continue;
        }
        let mut start = block.start;
        if index == first {
            match header_end(source, block) {
                Some(end) if end >= block.end => continue,
                Some(end) => start = end,
                None => {}
            }
        }
        match (entry(source, start, block.end), entries.last_mut()) {
            (Some(e), _) => entries.push(e),
            // A stray paragraph continues the entry before it.
            (None, Some(last)) => {
                last.definition
                    .push_str(&source.clean(block.start, block.end));
                last.span.end = source.span(block.start, block.end).end;
            }
            (None, None) => {}
        }
    }
    entries
}

/// Where the glossary starting at block `first` ends: at the first block
/// after it that opens a new section (第…部分, 一、, (一)), or at the end.
pub(crate) fn end_block(source: &Source, blocks: &[Block], first: usize) -> usize {
    let opens_section = |b: &Block| {
        !b.chrome
            && marker::parse(source, b.start, b.end).is_some_and(|m| {
                matches!(
                    m.style,
                    MarkerStyle::Chapter | MarkerStyle::CnComma | MarkerStyle::CnParen
                )
            })
    };
    blocks
        .iter()
        .enumerate()
        .skip(first + 1)
        .find(|(_, b)| opens_section(b))
        .map_or(blocks.len(), |(i, _)| i)
}

/// One entry in `start..end`.
fn entry(source: &Source, start: usize, end: usize) -> Option<GlossaryEntry> {
    let m = marker::parse(source, start, end).filter(|m| m.style == MarkerStyle::ArabicDot);
    let term_start = m.map_or_else(
        || marker::skip_decoration(source, start, end),
        |m| m.text_start,
    );
    let colon = entry_colon(source, term_start, end)?;
    let mut definition_start = colon + 1;
    while definition_start < end && is_space(source.at(definition_start)) {
        definition_start += 1;
    }
    let term = source.clean(term_start, colon);
    let term = term
        .trim_matches(|c: char| c == '*' || c.is_whitespace())
        .to_string();
    if term.is_empty() {
        return None;
    }
    Some(GlossaryEntry {
        number: m.map(|m| m.ordinal),
        term,
        definition: source.clean(definition_start, end),
        span: source.span(marker::skip_decoration(source, start, end), end),
    })
}
