//! Lines and blocks: the text cut into physical lines, then into logical
//! paragraphs ("blocks") that undo the line breaks a PDF or web copy added.
//!
//! # Grammar
//!
//! ```text
//! line      = *(any but line break) (CRLF | LF | CR | U+2028 | U+2029 | end)
//! block     = line *(join line)          ; blank lines may sit between
//! join      ⇐ the block so far ends mid-sentence (no 。；！？：… at its end)
//!             and is not title-like, and the next line is not chrome and
//!             does not open with an outline marker
//! title-like = short (≤ 40 code points), no sentence end inside
//! ```
//!
//! Real cases this handles:
//!
//! ```text
//! 6. 创新载体建设实现新突破。新认定…认定面积超过60万平方米，超额完成
//!
//! 全年工作任务。科技创新产业园累计达到 11 家，…
//! ```
//! is one block: the first line stops mid-sentence, so "全年工作任务。" is
//! not a paragraph of its own (nor a lead-sentence heading).
//!
//! ```text
//! …通过城市更新完成用地供应
//!
//! 80.36 公顷，任务完成量连续五年位居全市第一。
//! ```
//! is one block: "80.36" is a decimal, not the marker "80.".
//!
//! ```text
//! 一、2020 年主要经济指标预计完成情况
//!
//! 面对突如其来的新冠肺炎疫情…
//! ```
//! is two blocks: the first line is title-like.
//!
//! Web-page chrome lines (see [`crate::chrome`]) become blocks of their own,
//! flagged so that the outline, indicators and quantities skip them.

use crate::chrome;
use crate::marker;
use crate::text::{is_blank, is_line_break, is_line_final, is_sentence_end, is_space, Source};

/// A physical line: `start..end` excludes the terminator; `content` is the
/// line without its leading and trailing white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
    pub content_start: usize,
    pub content_end: usize,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.content_start == self.content_end
    }
    pub fn len(&self) -> usize {
        self.content_end - self.content_start
    }
}

/// A logical paragraph: one or more lines joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// First code point of content (after indentation).
    pub start: usize,
    /// One past the last code point of content.
    pub end: usize,
    /// Index of its first line in [`Layout::lines`].
    pub first_line: usize,
    /// Index of its last line.
    pub last_line: usize,
    /// Web-page chrome (breadcrumbs, 浏览次数 …): not report content.
    pub chrome: bool,
}

/// The lines and blocks of a text.
pub(crate) struct Layout {
    pub lines: Vec<Line>,
    pub blocks: Vec<Block>,
    /// The wrap width, when the text is hard-wrapped (PDF style): most
    /// lines stop mid-sentence at about this many code points.
    pub wrap_width: Option<usize>,
    /// The whole text (or nearly) stands on very few, very long lines.
    pub flattened: bool,
}

/// Split `source` into lines.
pub(crate) fn lines(source: &Source) -> Vec<Line> {
    let chars = &source.chars;
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i <= chars.len() {
        let at_end = i == chars.len();
        if at_end || is_line_break(chars[i]) {
            let end = i;
            let (cs, ce) = source.trim(start, end);
            lines.push(Line {
                start,
                end,
                content_start: cs,
                content_end: ce.max(cs),
            });
            if at_end {
                break;
            }
            // CRLF is one terminator.
            if chars[i] == '\r' && i + 1 < chars.len() && chars[i + 1] == '\n' {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    lines
}

/// Cut `source` into lines and blocks.
pub(crate) fn layout(source: &Source) -> Layout {
    let lines = lines(source);
    let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_blank()).collect();
    let wrap_width = wrap_width(source, &lines, &nonblank);
    let flattened = is_flattened(&lines, &nonblank, source.len());
    let chrome_line: Vec<bool> = lines
        .iter()
        .map(|l| !l.is_blank() && chrome::is_chrome_line(source, l.content_start, l.content_end))
        .collect();

    let mut blocks: Vec<Block> = Vec::new();
    let mut open: Option<Block> = None;
    for &index in &nonblank {
        let line = lines[index];
        if let Some(block) = open.as_mut() {
            if !block.chrome && !chrome_line[index] && joins(source, &lines, block, &line, wrap_width) {
                block.end = line.content_end;
                block.last_line = index;
                continue;
            }
            blocks.push(*block);
        }
        open = Some(Block {
            start: line.content_start,
            end: line.content_end,
            first_line: index,
            last_line: index,
            chrome: chrome_line[index],
        });
    }
    if let Some(block) = open {
        blocks.push(block);
    }
    Layout {
        lines,
        blocks,
        wrap_width,
        flattened,
    }
}

/// Longest line (in code points) that still counts as title-like.
const TITLE_LIKE_MAX: usize = 40;

/// Should `line` continue `block`?
fn joins(source: &Source, lines: &[Line], block: &Block, line: &Line, wrap_width: Option<usize>) -> bool {
    let last = source.at(block.end - 1);
    if is_line_final(last) || last == '*' && is_line_final(source.at(block.end.saturating_sub(3))) {
        return false;
    }
    // A line that opens with an outline marker or a bullet starts anew.
    if marker::at_line_start(source, line.content_start, line.content_end) {
        return false;
    }
    // In hard-wrapped text a line as wide as the wrap continues, whatever
    // it holds.
    if let Some(width) = wrap_width {
        if lines[block.last_line].len() * 5 >= width * 4 {
            return true;
        }
    }
    // A short block without a sentence end is a title (or a heading line)
    // and stands alone; anything longer stopped mid-sentence.
    let has_sentence_end = (block.start..block.end).any(|i| is_sentence_end(source.chars[i]));
    has_sentence_end || block.end - block.start > TITLE_LIKE_MAX
}

/// The wrap width of hard-wrapped (PDF) text: when most non-blank lines end
/// without sentence-final punctuation, the median length of those lines.
fn wrap_width(source: &Source, lines: &[Line], nonblank: &[usize]) -> Option<usize> {
    if nonblank.len() < 8 {
        return None;
    }
    let mut open: Vec<usize> = nonblank
        .iter()
        .map(|&i| lines[i])
        .filter(|l| l.len() >= 10 && !is_line_final(source.at(l.content_end - 1)))
        .map(|l| l.len())
        .collect();
    if open.len() * 2 <= nonblank.len() {
        return None;
    }
    open.sort_unstable();
    Some(open[open.len() / 2])
}

/// Flattened text: a long text on very few lines.
fn is_flattened(lines: &[Line], nonblank: &[usize], total: usize) -> bool {
    total > 2000 && nonblank.len() <= 3 && lines.iter().any(|l| l.len() > 1500)
}

/// Skip white space forward from `index` within `end`.
pub(crate) fn skip_space(source: &Source, mut index: usize, end: usize) -> usize {
    while index < end && is_blank(source.at(index)) {
        index += 1;
    }
    index
}

/// Skip horizontal white space only.
pub(crate) fn skip_inline_space(source: &Source, mut index: usize, end: usize) -> usize {
    while index < end && is_space(source.at(index)) {
        index += 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks_of(text: &str) -> Vec<String> {
        let source = Source::new(text);
        let layout = layout(&source);
        layout.blocks.iter().map(|b| source.clean(b.start, b.end)).collect()
    }

    #[test]
    fn splits_crlf_lines() {
        let source = Source::new("a\r\nb\rc\nd");
        assert_eq!(lines(&source).len(), 4, "should treat CRLF, CR and LF as one break each");
    }

    #[test]
    fn joins_a_line_broken_mid_sentence() {
        let blocks = blocks_of("6. 创新载体建设实现新突破。新认定5家科技创新产业园，超额完成\n\n全年工作任务。科技创新产业园累计达到 11 家。");
        assert_eq!(blocks.len(), 1, "should join the fragment to its sentence");
    }

    #[test]
    fn joins_a_broken_line_that_starts_with_a_number() {
        let blocks = blocks_of("15. 城市更新加快推进。通过城市更新完成用地供应\n\n80.36 公顷，任务完成量连续五年位居全市第一。");
        assert_eq!(blocks.len(), 1, "should read 80.36 as a decimal, not a marker");
    }

    #[test]
    fn keeps_a_heading_line_apart() {
        let blocks = blocks_of("一、2020 年主要经济指标预计完成情况\n\n面对突如其来的新冠肺炎疫情。");
        assert_eq!(blocks.len(), 2, "should not join a title-like line");
    }

    #[test]
    fn does_not_join_a_marker_line() {
        let blocks = blocks_of("全区上下深入贯彻落实党的十九大精神，统筹疫情防控和经济社会发展工作，疫情防控形势持续向好\n（一）全面发力");
        assert_eq!(blocks.len(), 2, "should start a new block at an outline marker");
    }
}
