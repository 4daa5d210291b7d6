//! Headings and the outline tree.
//!
//! # Grammar
//!
//! ```text
//! heading  = marker title ("。" body)?              ; in one block
//! level    = 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①
//! title    = text up to the first sentence end, or the whole title-like block
//! ```
//!
//! Examples (from the seeds):
//!
//! ```text
//! 一、2020 年主要经济指标预计完成情况          → level 1
//! (一) 全面发力，双区驱动效应更加突出           → level 2
//! 1. “双区”建设制度体系进一步完善。龙岗…      → level 3, title up to 。
//! ```
//!
//! The glossary (名词解释) is cut off before headings are read; see
//! [`crate::glossary`].

use crate::block::{Block, Layout};
use crate::document::{Heading, HeadingKind};
use crate::marker::{self, Marker, MarkerStyle};
use crate::text::{is_sentence_end, Source};

/// A heading as found, with code-point positions.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FoundHeading {
    pub level: u8,
    pub kind: HeadingKind,
    /// The marker, if numbered or dashed.
    pub marker: Option<Marker>,
    /// Index of the block it opens.
    pub block: usize,
    /// First code point of the marker (or of the title for a lead sentence).
    pub start: usize,
    pub title_start: usize,
    /// End of the title, before any closing 。.
    pub title_end: usize,
    /// End of the heading's own text (title plus its closing 。, if any).
    pub end: usize,
}

/// The headings of a text, in document order, and where the body ends.
pub(crate) struct Outline {
    pub headings: Vec<FoundHeading>,
    /// First block of the glossary, if the report ends with one.
    pub glossary_block: Option<usize>,
    /// End (code point) of the report body: the glossary starts here.
    pub body_end: usize,
}

impl Outline {
    /// The public tree.
    pub fn tree(&self, source: &Source) -> Vec<Heading> {
        let mut roots: Vec<Heading> = Vec::new();
        // The open headings, outermost first, each with its level.
        let mut stack: Vec<(u8, Heading)> = Vec::new();
        for (i, h) in self.headings.iter().enumerate() {
            let section_end = self.headings[i + 1..]
                .iter()
                .find(|next| next.level <= h.level)
                .map_or(self.body_end, |next| next.start);
            let node = Heading {
                level: h.level,
                marker: h.marker.map_or_else(String::new, |m| source.original(m.start, m.end).to_string()),
                title: source.clean(h.title_start, h.title_end),
                kind: h.kind,
                span: source.span(h.start, h.end),
                section: source.span(h.start, section_end.max(h.end)),
                children: Vec::new(),
            };
            while stack.last().is_some_and(|(level, _)| *level >= h.level) {
                if let Some((_, done)) = stack.pop() {
                    attach(&mut stack, &mut roots, done);
                }
            }
            stack.push((h.level, node));
        }
        while let Some((_, done)) = stack.pop() {
            attach(&mut stack, &mut roots, done);
        }
        roots
    }

    /// The headings enclosing code point `at`, outermost first.
    pub fn path_at(&self, at: usize) -> Vec<&FoundHeading> {
        let mut path: Vec<&FoundHeading> = Vec::new();
        for h in &self.headings {
            if h.start > at {
                break;
            }
            while path.last().is_some_and(|p| p.level >= h.level) {
                path.pop();
            }
            path.push(h);
        }
        path
    }
}

fn attach(stack: &mut [(u8, Heading)], roots: &mut Vec<Heading>, node: Heading) {
    match stack.last_mut() {
        Some((_, parent)) => parent.children.push(node),
        None => roots.push(node),
    }
}

/// The outline level of a marker style.
fn level_of(style: MarkerStyle) -> Option<u8> {
    Some(match style {
        MarkerStyle::Chapter | MarkerStyle::CnComma => 1,
        MarkerStyle::CnParen => 2,
        MarkerStyle::ArabicDot => 3,
        MarkerStyle::ArabicParen => 4,
        MarkerStyle::Circled => 5,
        MarkerStyle::Dash | MarkerStyle::Bullet => return None,
    })
}

/// Find the headings of a laid-out text.
pub(crate) fn build(source: &Source, layout: &Layout) -> Outline {
    let glossary_block = crate::glossary::start_block(source, layout);
    let body_blocks = glossary_block.unwrap_or(layout.blocks.len());
    let body_end = glossary_block.map_or(source.len(), |b| layout.blocks[b].start);
    let mut headings = Vec::new();
    for (index, block) in layout.blocks[..body_blocks].iter().enumerate() {
        if block.chrome {
            continue;
        }
        if let Some(h) = numbered_heading(source, index, block) {
            headings.push(h);
        }
    }
    Outline {
        headings,
        glossary_block,
        body_end,
    }
}

/// A heading opened by a numbered marker at the start of `block`.
fn numbered_heading(source: &Source, index: usize, block: &Block) -> Option<FoundHeading> {
    let marker = marker::parse(source, block.start, block.end)?;
    if marker.digit_follows {
        return None;
    }
    let level = level_of(marker.style)?;
    let title_start = marker.text_start;
    let mut title_end = (title_start..block.end)
        .find(|&i| is_sentence_end(source.at(i)))
        .unwrap_or(block.end);
    let end = if title_end < block.end { title_end + 1 } else { title_end };
    while title_end > title_start && source.at(title_end - 1) == '*' {
        title_end -= 1;
    }
    if title_end <= title_start {
        return None;
    }
    Some(FoundHeading {
        level,
        kind: HeadingKind::Numbered,
        marker: Some(marker),
        block: index,
        start: marker.start,
        title_start,
        title_end,
        end,
    })
}
