//! Levels: where each heading stands in the tree.
//!
//! Numbered headings take the GB/T 9704 levels (一、 1, （一） 2, 1. 3,
//! （1） 4); parts (第一部分, 附件, "2024年工作回顾") put what follows one
//! level down; a dash, bullet, 一是 or lead heading is one below the
//! heading it stands under, or a sibling's level. After a run of sections
//! that each hold one paragraph ("（一）…。…" … "（十）…。…"), the paragraphs
//! that follow are the parent's again.

use super::*;

/// Settle the levels on the tree. Under a numbered heading a numbered
/// one keeps the distance of the standard levels ("1." straight under
/// "一、" is 3, as under "（一）"); anything else is one below its parent
/// ("1 标题" under "■ …" is 2, "一、" under "第一部分" is 2). The parents
/// stay the same: every heading between a heading and its parent lies in
/// the parent's subtree, so it is deeper than the parent.
pub(super) fn settle_levels(headings: &mut [FoundHeading], parents: &[Option<usize>]) {
    let base = |h: &FoundHeading| match (h.kind, h.marker) {
        (HeadingKind::Numbered, Some(m)) => Some(base_level(m.style)),
        _ => None,
    };
    let bases: Vec<Option<u8>> = headings.iter().map(base).collect();
    for i in 0..headings.len() {
        let Some(p) = parents[i] else {
            headings[i].level = bases[i].unwrap_or(1);
            continue;
        };
        let step = match (bases[p], bases[i]) {
            (Some(up), Some(own)) if own > up => own - up,
            _ => 1,
        };
        headings[i].level = headings[p].level.saturating_add(step);
    }
}

/// The parent of each heading: the nearest heading before it with a
/// lower level (a stack walk, linear).
pub(super) fn parents(headings: &[FoundHeading]) -> Vec<Option<usize>> {
    let mut stack: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(headings.len());
    for (i, h) in headings.iter().enumerate() {
        while stack.last().is_some_and(|&p| headings[p].level >= h.level) {
            stack.pop();
        }
        out.push(stack.last().copied());
        stack.push(i);
    }
    out
}

/// Give dash, bullet and lead headings the level below their parent, and
/// ① under (1) the level below it.
pub(super) fn assign_levels(source: &Source, headings: &mut [FoundHeading]) {
    // Parts ("第一部分", "第二章") with 一、 sections under them: the
    // sections and all below go one level down, so that the level is the
    // depth in the tree.
    let is_part = |h: &FoundHeading| h.marker.is_some_and(|m| is_part_style(m.style));
    let first_part = headings.iter().position(is_part);
    let parted = first_part.is_some_and(|p| {
        headings[p + 1..]
            .iter()
            .any(|h| h.marker.is_some_and(|m| m.style == MarkerStyle::CnComma))
    });
    let closed = closed_after(source, headings);
    // The open headings: (level, kind, marker style, marker glyph, block,
    // closed with its own paragraph).
    let mut stack: Vec<(u8, HeadingKind, Option<MarkerStyle>, char)> = Vec::new();
    let mut open: Vec<(usize, bool)> = Vec::new();
    for (i, h) in headings.iter_mut().enumerate() {
        let style = h.marker.map(|m| m.style);
        let glyph = sibling_glyph(source, h);
        if h.kind != HeadingKind::Numbered {
            // Paragraphs after a run of one-paragraph sections are the
            // parent's again: a heading there stands under the parent.
            while open
                .last()
                .is_some_and(|&(block, closed)| closed && h.block > block + 1)
            {
                open.pop();
                stack.pop();
            }
        }
        let under_part = parted && first_part.is_some_and(|p| i > p);
        let level = match h.kind {
            HeadingKind::Numbered => {
                let mut base = base_level(style.unwrap_or(MarkerStyle::ArabicDot));
                if under_part && !style.is_some_and(is_part_style) {
                    base += 1;
                }
                let in_paren = stack
                    .iter()
                    .any(|&(_, _, s, _)| s == Some(MarkerStyle::ArabicParen));
                if style == Some(MarkerStyle::Circled) && in_paren {
                    base + 1
                } else {
                    base
                }
            }
            _ if style == Some(MarkerStyle::PartTitle) => 1,
            HeadingKind::Dash | HeadingKind::Lead | HeadingKind::Ordinal => {
                // A sibling (same kind, same glyph) still open: take its
                // level ("■ …" after "■ … / ① …"); else one below the
                // heading left open ("● …" under "■ …").
                let same = |&(_, kind, s, g): &(u8, HeadingKind, Option<MarkerStyle>, char)| {
                    kind == h.kind && s == style && g == glyph
                };
                if let Some(i) = stack.iter().rposition(same) {
                    let level = stack[i].0;
                    stack.truncate(i);
                    open.truncate(i);
                    level
                } else {
                    stack
                        .last()
                        .map_or(1, |&(level, ..)| level.saturating_add(1))
                }
            }
        };
        h.level = level;
        while stack.last().is_some_and(|&(l, ..)| l >= level) {
            stack.pop();
            open.pop();
        }
        stack.push((level, h.kind, style, glyph));
        open.push((h.block, closed[i]));
    }
}

/// Parts: 第一部分, 第一章, an attachment, a line naming a part of a work
/// report. The sections under them go one level down.
fn is_part_style(style: MarkerStyle) -> bool {
    matches!(
        style,
        MarkerStyle::Chapter | MarkerStyle::Annex | MarkerStyle::PartTitle
    )
}

/// What makes two headings siblings besides their kind and style: the
/// glyph of a dash or bullet (■ and ● nest); 一是 and 二是, (一) and (二)
/// are siblings whatever their glyphs.
fn sibling_glyph(source: &Source, h: &FoundHeading) -> char {
    h.marker
        .filter(|m| matches!(m.style, MarkerStyle::Dash | MarkerStyle::Bullet))
        .map_or('\0', |m| source.at(m.start))
}

/// For each heading, whether it closes with its own paragraph: the last of
/// a run of three or more siblings that each hold one paragraph, title and
/// body ("（一）…。…" "（二）…。…" … "（十）…。…", then the parent's text).
fn closed_after(source: &Source, headings: &[FoundHeading]) -> Vec<bool> {
    let mut closed = vec![false; headings.len()];
    let alike = |a: &FoundHeading, b: &FoundHeading| {
        a.kind == b.kind
            && a.marker.map(|m| m.style) == b.marker.map(|m| m.style)
            && sibling_glyph(source, a) == sibling_glyph(source, b)
            && b.block == a.block + 1
    };
    let mut run = 1;
    for i in 0..headings.len() {
        let continues = headings
            .get(i + 1)
            .is_some_and(|next| alike(&headings[i], next));
        if continues {
            run += 1;
        } else {
            closed[i] = run >= 3;
            run = 1;
        }
    }
    closed
}
