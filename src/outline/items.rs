//! Headings that GB/T 9704 does not number: "——" and bullet items with
//! a title sentence, 一是/二是 paragraphs in a run, attachments (附件N),
//! and lines naming a part of a work report ("2024年工作回顾").
//!
//! ```text
//! ——加快推进坪山高新区规划建设。落实市委…          → dash heading, title up to 。
//! ——发展质效不断提高，综合实力进一步跃升。全省…    → the same, a title of clauses
//! 一是稳住工业基本盘。…  二是扩大有效需求。…       → marker 一是, 二是 (in a run)
//! 附件1 / 2025年民生实事项目                        → level 1, marker 附件1
//! 2024年工作回顾                                    → level 1, marker "" (a part)
//! ```
//!
//! Not headings: "——地区生产总值增长5%左右；" (a one-sentence list entry),
//! 一是 … 二是 … inside one paragraph, "附件所列…" in a sentence, a glossary
//! attachment (附件2：名词解释), which is the glossary's.

use super::*;

/// Longest line that opens an attachment ("附件2：2025年主要指标计划表").
pub(super) const ANNEX_LINE_MAX: usize = 60;

/// Longest line naming a part of the report ("2024年工作回顾").
const PART_TITLE_MAX: usize = 20;

/// How a line naming a part of a work report ends.
const PART_TITLE_ENDINGS: &[&str] = &[
    "工作回顾",
    "工作安排",
    "工作建议",
    "工作任务",
    "工作部署",
    "工作思路",
    "主要工作",
    "目标任务",
    "主要目标",
    "发展回顾",
    "总体要求",
];

/// How a line naming a part of a work report opens: with its time.
const PART_TITLE_OPENERS: &[&str] = &[
    "今年",
    "明年",
    "去年",
    "过去一年",
    "过去五年",
    "今后五年",
    "\u{201c}十",
];

/// Longest title of a dash or bullet heading.
const ITEM_TITLE_MAX: usize = 30;

/// Dash and bullet items that are headings: a short title sentence and a
/// body ("——加快推进坪山高新区规划建设。落实…"), a title line of its own
/// ("■ 坚持创新驱动"), or, in a run of such items, a run-in title.
pub(super) fn items(
    source: &Source,
    blocks: &[Block],
    learned: &Learned,
    items: &[(usize, Marker)],
    headings: &mut Vec<FoundHeading>,
) {
    // Decide each item; keep the doubtful run-ins for a second look.
    let mut decided: Vec<Option<Title>> = Vec::with_capacity(items.len());
    let mut run_in: Vec<Option<Title>> = Vec::with_capacity(items.len());
    for (k, &(index, m)) in items.iter().enumerate() {
        let block = &blocks[index];
        let t = m.text_start;
        let s = first_sentence(source, t, block.end, false);
        let end = trim_title_end(source, t, s.end);
        let len = visible_len(source, t, end);
        let mut verdict = None;
        let mut doubtful = None;
        let titled = s.close.is_some_and(|c| c != ';') && s.body.is_some();
        // "——发展质效不断提高，综合实力进一步跃升。全省…": a title of clauses
        // with a body after it, no statement of figures.
        let claused = titled
            && s.close == Some('。')
            && len <= CLAUSED_LEAD_MAX
            && !has(source, t, end, ":;")
            && !has_figure(source, t, end);
        if titled && (2..=ITEM_TITLE_MAX).contains(&len) && !has(source, t, end, ",:;") || claused {
            verdict = Some(Title {
                start: t,
                end,
                heading_end: s.end + 1,
            });
        } else if s.close.is_none() && len <= ITEM_TITLE_MAX && !has(source, t, end, ",:;") {
            // A title line of its own, followed by something other than a
            // sibling item.
            let next_is_item = items
                .get(k + 1)
                .is_some_and(|&(i, n)| i == index + 1 && source.at(n.start) == source.at(m.start));
            let last_block = index + 1 >= blocks.len();
            if !next_is_item && !last_block && len >= 2 {
                verdict = Some(Title {
                    start: t,
                    end,
                    heading_end: end,
                });
            }
        } else if len > 2 {
            if let Some(cut) = title::run_in_end(source, learned, 3, t, s.end, None) {
                doubtful = Some(Title {
                    start: t,
                    end: cut,
                    heading_end: cut,
                });
            }
        }
        decided.push(verdict);
        run_in.push(doubtful);
    }
    for (k, &(index, m)) in items.iter().enumerate() {
        let title = match (decided[k], run_in[k]) {
            (Some(t), _) => Some(t),
            // A run-in item counts when its neighbours in the run are headings.
            (None, Some(t)) => {
                let prev = k.checked_sub(1).and_then(|j| decided[j]);
                let next = decided.get(k + 1).copied().flatten();
                (prev.is_some() || next.is_some()).then_some(t)
            }
            _ => None,
        };
        let title = title.filter(|t| {
            (t.start..t.end).any(|i| !crate::text::is_blank(source.at(i)) && source.at(i) != '*')
        });
        if let Some(t) = title {
            headings.push(FoundHeading {
                level: 0,
                kind: HeadingKind::Dash,
                marker: Some(m),
                block: index,
                start: m.start,
                title_start: t.start,
                title_end: t.end,
                end: t.heading_end,
            });
        }
    }
}

/// An attachment heading: "附件1 2025年重点项目表" or "附件2" with its title
/// on the next line. An attachment that holds the glossary (名词解释) is the
/// glossary's, not a heading.
pub(super) fn annex_heading(
    source: &Source,
    blocks: &[Block],
    openings: &[Opening],
    index: usize,
    m: Marker,
) -> Option<FoundHeading> {
    let block = &blocks[index];
    let (mut start, mut end) = source.trim(m.text_start, block.end);
    let mut title_block = index;
    if start >= end {
        // The title on the next line: a short line of its own.
        let next = blocks.get(index + 1).filter(|b| !b.chrome)?;
        if !matches!(openings.get(index + 1), Some(Opening::Plain)) {
            return None;
        }
        (start, end) = source.trim(next.start, next.end);
        title_block = index + 1;
        if visible_len(source, start, end) > ANNEX_LINE_MAX || has(source, start, end, "。") {
            return None;
        }
    }
    while end > start && is_sentence_end(source.at(end - 1)) {
        end -= 1;
    }
    let glossary = crate::block::HEADERS
        .iter()
        .any(|h| source.starts_with(start, h));
    if end <= start || glossary {
        return None;
    }
    Some(FoundHeading {
        level: 1,
        kind: HeadingKind::Numbered,
        marker: Some(m),
        block: title_block,
        start: m.start,
        title_start: start,
        title_end: end,
        end,
    })
}

/// Short lines naming a part of a work report, with no number of their own
/// ("2024年工作回顾", "2025年工作安排" between the address and the items under
/// them): level-1 headings with an empty marker, parts like 第一部分.
pub(super) fn part_titles(
    source: &Source,
    blocks: &[Block],
    openings: &[Opening],
    headings: &mut Vec<FoundHeading>,
) {
    for (index, block) in blocks.iter().enumerate() {
        if block.chrome
            || !matches!(openings[index], Opening::Plain)
            || block.first_line != block.last_line
        {
            continue;
        }
        let (start, end) = source.trim(block.start, block.end);
        let len = visible_len(source, start, end);
        if !(4..=PART_TITLE_MAX).contains(&len) || has(source, start, end, "。,:;!?、") {
            continue;
        }
        let year = source.at(start).is_ascii_digit() && {
            let digits = (start..end)
                .take_while(|&i| source.at(i).is_ascii_digit())
                .count();
            digits == 4 && source.at(start + 4) == '年'
        };
        let timed = year
            || PART_TITLE_OPENERS
                .iter()
                .any(|w| source.starts_with(start, w));
        let folded = source.folded(start, end);
        if !timed || !PART_TITLE_ENDINGS.iter().any(|w| folded.ends_with(w)) {
            continue;
        }
        headings.push(FoundHeading {
            level: 1,
            kind: HeadingKind::Lead,
            marker: Some(Marker {
                style: MarkerStyle::PartTitle,
                ordinal: 0,
                start,
                end: start,
                text_start: start,
                digit_follows: false,
            }),
            block: index,
            start,
            title_start: start,
            title_end: end,
            end,
        });
    }
}

/// Paragraphs opened by 一是, 二是 … in order, two or more in one section
/// (no heading between them): each is a heading, its title the text after
/// 是 up to the first 。 ; or : ("一是稳住工业基本盘。…" → "稳住工业基本盘").
/// 一是 … 二是 … inside one paragraph stays prose: only the opener of a
/// paragraph counts.
pub(super) fn ordinals(
    source: &Source,
    blocks: &[Block],
    openings: &[Opening],
    headings: &mut Vec<FoundHeading>,
) {
    let mut heading_blocks = headings.iter().map(|h| h.block).peekable();
    let mut run: Vec<(usize, Marker)> = Vec::new();
    let mut found: Vec<FoundHeading> = Vec::new();
    let close = |run: &mut Vec<(usize, Marker)>, found: &mut Vec<FoundHeading>| {
        if run.len() >= 2 {
            found.extend(
                run.iter()
                    .map(|&(b, m)| ordinal_heading(source, &blocks[b], b, m)),
            );
        }
        run.clear();
    };
    for (index, block) in blocks.iter().enumerate() {
        let mut is_heading = false;
        while heading_blocks.next_if(|&b| b <= index).is_some() {
            is_heading = true;
        }
        if is_heading {
            close(&mut run, &mut found);
            continue;
        }
        if block.chrome || !matches!(openings[index], Opening::Plain) {
            continue;
        }
        let Some(m) = marker::ordinal_opener(source, block.start, block.end) else {
            continue;
        };
        let follows = run
            .last()
            .is_some_and(|&(_, last)| m.ordinal == last.ordinal + 1);
        if !follows {
            close(&mut run, &mut found);
        }
        if follows || m.ordinal == 1 {
            run.push((index, m));
        }
    }
    close(&mut run, &mut found);
    headings.extend(found);
    crate::sort::sort_by_key(headings, |h| h.start as u64);
}

fn ordinal_heading(source: &Source, block: &Block, index: usize, m: Marker) -> FoundHeading {
    let t = m.text_start;
    let stop = (t..block.end).find(|&i| matches!(source.at(i), '。' | ';' | ':' | '!' | '?'));
    let title_end = trim_title_end(source, t, stop.unwrap_or(block.end));
    FoundHeading {
        level: 0,
        kind: HeadingKind::Ordinal,
        marker: Some(m),
        block: index,
        start: m.start,
        title_start: t,
        title_end,
        end: stop.map_or(title_end, |s| s + 1),
    }
}
