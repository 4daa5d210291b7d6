//! Lines and blocks: the text cut into physical lines, then into logical
//! paragraphs ("blocks") that undo the line breaks a PDF or web copy added,
//! and the paragraph breaks a flattening removed.
//!
//! # Grammar
//!
//! ```text
//! line       = *(any but line break) (CRLF | LF | CR | U+2028 | U+2029 | end)
//! block      = line *(join line)         ; blank lines and page numbers may sit between
//! join       ⇐ the block so far ends mid-sentence and is not title-like,
//!              and the next line is not chrome and does not open with a marker
//!            | the block is a bare marker ("（一）") and the next line its title
//!            | the block is a long heading line and the next a short tail of it
//!            | hard-wrapped text: the last line runs to the wrap width, stops
//!              before a sentence end, and the next line is not an indented
//!              paragraph start (when the text indents its paragraphs)
//! title-like = short (≤ 40 code points, ≤ 80 after a marker), no sentence end,
//!              and, without a marker, no comma
//! mid-sentence = no 。；！？： at the end (a closing ” 」 ） ends only a title line)
//! page-number = "- 3 -" | "— 12 —" | "第3页" | "3/20"          ; skipped
//! split      = a long line is cut where a paragraph starts inside it (see [`split`])
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
use crate::marker::{self, Fit, MarkerStyle, Numbering};
use crate::text::{is_line_final, is_sentence_end, is_space, Source};

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
    /// Hard-wrapped text whose paragraphs open with an indented line (and
    /// whose wrapped continuation lines are flush): an indented line always
    /// starts a paragraph.
    pub indented_paragraphs: bool,
    /// The whole text (or nearly) stands on very few, very long lines.
    pub flattened: bool,
}

/// The lines of `source` (found by the lexical pass), with their content
/// trimmed.
pub(crate) fn lines(source: &Source) -> Vec<Line> {
    source
        .lines
        .iter()
        .map(|&(start, end)| {
            let (cs, ce) = source.trim(start, end);
            Line {
                start,
                end,
                content_start: cs,
                content_end: ce.max(cs),
            }
        })
        .collect()
}

/// Cut `source` into lines and blocks.
pub(crate) fn layout(source: &Source) -> Layout {
    let lines = lines(source);
    let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_blank()).collect();
    let wrap_width = wrap_width(source, &lines, &nonblank);
    let indented_paragraphs =
        wrap_width.is_some() && indented_paragraphs(source, &lines, &nonblank, wrap_width);
    let flattened = is_flattened(&lines, &nonblank, source.len());
    let chrome_line: Vec<bool> = lines
        .iter()
        .map(|l| !l.is_blank() && chrome::is_chrome_line(source, l.content_start, l.content_end))
        .collect();

    let mut blocks: Vec<Block> = Vec::new();
    let mut open: Option<Block> = None;
    let mut numbering = Numbering::default();
    let mut cuts = Vec::new();
    for &index in &nonblank {
        let line = lines[index];
        // A page number a PDF left between two halves of a paragraph.
        if is_page_number(source, &line) {
            continue;
        }
        // A long line may hold many paragraphs: a report flattened onto
        // one line, or a section run into one paragraph.
        cuts.clear();
        if line.len() >= SPLIT_MIN {
            split::cuts(source, &line, &mut numbering, &mut cuts);
        }
        let first_end = cuts.first().copied().unwrap_or(line.content_end);
        let (first_start, first_end) = source.trim(line.content_start, first_end);
        let head = Line {
            content_start: first_start,
            content_end: first_end.max(first_start),
            ..line
        };
        let mut joined = false;
        if let Some(block) = open.as_mut() {
            if !block.chrome
                && !chrome_line[index]
                && joins(source, &lines, block, &head, index, wrap_width, &numbering)
                && (!indented_paragraphs || head.content_start == head.start)
            {
                block.end = head.content_end;
                block.last_line = index;
                joined = true;
            } else {
                blocks.push(*block);
            }
        }
        if !joined {
            if cuts.is_empty() {
                note_marker(source, &head, &mut numbering);
            }
            open = Some(Block {
                start: head.content_start,
                end: head.content_end,
                first_line: index,
                last_line: index,
                chrome: chrome_line[index],
            });
        }
        for (k, &cut) in cuts.iter().enumerate() {
            let next = cuts.get(k + 1).copied().unwrap_or(line.content_end);
            let (start, end) = source.trim(cut, next);
            if start >= end {
                continue;
            }
            if let Some(block) = open.take() {
                blocks.push(block);
            }
            open = Some(Block {
                start,
                end,
                first_line: index,
                last_line: index,
                chrome: false,
            });
        }
    }
    if let Some(block) = open {
        blocks.push(block);
    }
    Layout {
        lines,
        blocks,
        wrap_width,
        indented_paragraphs,
        flattened,
    }
}

/// Lines at least this long (code points) are searched for paragraph
/// starts inside them; see [`split`].
const SPLIT_MIN: usize = 100;

/// Lines at least this long (a report flattened onto one line) are cut
/// in a weak context too: "…主要工作和成效(一)改革攻坚…".
const WEAK_SPLIT_MIN: usize = 400;

/// Longest line (in code points) that still counts as title-like.
const TITLE_LIKE_MAX: usize = 40;

/// A heading line at least this long may have been broken by a wrap.
const HEADING_WRAP_MIN: usize = 30;

/// Longest tail of a broken heading line.
const HEADING_TAIL_MAX: usize = 20;

/// Longest heading (marker, title, no sentence end) that stands alone: a
/// long heading that a PDF wrapped over two lines.
const HEADING_LIKE_MAX: usize = 80;

/// Record a numbered marker that opens a block in `numbering`.
fn note_marker(source: &Source, line: &Line, numbering: &mut Numbering) {
    if let Some(m) = marker::parse(source, line.content_start, line.content_end) {
        if !m.digit_follows && m.style != MarkerStyle::ArabicSpace {
            numbering.accept(m.style, m.ordinal);
        }
    }
}

/// A page number on a line of its own: "- 3 -", "— 12 —", "－3－", "第3页",
/// "第 3 页 共 20 页", "3/20".
pub(crate) fn is_page_number(source: &Source, line: &Line) -> bool {
    let (start, end) = (line.content_start, line.content_end);
    if end <= start || end - start > 16 {
        return false;
    }
    let mut digits = 0;
    let mut other = 0;
    for i in start..end {
        match source.at(i) {
            '0'..='9' => digits += 1,
            '-' | '—' | '–' | '~' | '/' | '第' | '页' | '共' | ' ' | '\t' => {}
            _ => other += 1,
        }
    }
    let dash = |c: char| matches!(c, '-' | '—' | '–' | '~');
    let dashed = dash(source.at(start)) && dash(source.at(end - 1));
    let paged = source.at(start) == '第' && source.at(end - 1) == '页'
        || source.find(start, end, "/").is_some();
    other == 0 && (1..=4).contains(&digits) && (dashed || paged)
}

/// Does line `index` run to the wrap width of hard-wrapped text?
pub(crate) fn is_full_width(lines: &[Line], index: usize, wrap_width: Option<usize>) -> bool {
    wrap_width.is_some_and(|width| lines.get(index).is_some_and(|l| l.len() * 5 >= width * 4))
}

/// Should `line` continue `block`?
fn joins(
    source: &Source,
    lines: &[Line],
    block: &Block,
    line: &Line,
    index: usize,
    wrap_width: Option<usize>,
    numbering: &Numbering,
) -> bool {
    let last = source.at(block.end - 1);
    // A short numbered line of its own with a blank line after it is a
    // heading even with a comma in it: "1 坚持项目为王，全力扩大有效投资".
    let gap = index > block.last_line + 1;
    if gap
        && wrap_width.is_none()
        && marker::parse(source, block.start, block.end).is_some_and(|m| !m.digit_follows)
        && block.first_line == block.last_line
        && block.end - block.start <= TITLE_LIKE_MAX
        && !matches!(last, ',' | '、' | '(' | '“' | '-' | '—')
        && !(block.start..block.end).any(|i| is_sentence_end(source.at(i)))
    {
        return false;
    }
    let full_width = is_full_width(lines, block.last_line, wrap_width);
    let marked = marker::at_line_start(source, block.start, block.end);
    let title_max = if marked {
        HEADING_LIKE_MAX
    } else {
        TITLE_LIKE_MAX
    };
    // Short, with no sentence end — and, unmarked, no comma either (that
    // is a sentence). Only a short block is scanned: linear time.
    let title_like = block.end - block.start <= title_max
        && !(block.start..block.end).any(|i| {
            let c = source.at(i);
            is_sentence_end(c) || !marked && c == ','
        });
    // A closing quote or bracket ends a title line ("…计划（草案）"); in
    // running text, or at a hard wrap, the sentence goes on ("…“早发现、
    // 早制止”\n工作机制。").
    // A marker alone on its line takes the title on the next: "（一）\n坚持…".
    let bare_marker = marker::parse(source, block.start, block.end)
        .is_some_and(|m| m.text_start >= block.end && m.style.is_numbered());
    if bare_marker && !marker::at_line_start(source, line.content_start, line.content_end) {
        return true;
    }
    let ends =
        is_sentence_end(last) || last == ':' || is_line_final(last) && title_like && !full_width;
    if ends || last == '*' && is_line_final(source.at(block.end.saturating_sub(3))) {
        return false;
    }
    // A line that opens with an outline marker or a bullet starts anew —
    // unless a hard wrap put it there: the line before runs to the wrap
    // width, stops mid-sentence, and the marker is a dash or does not fit
    // the numbering ("…智能化试点\n——思明变电站建成投产").
    if let Some(m) = marker::parse(source, line.content_start, line.content_end) {
        if !m.digit_follows && m.style != MarkerStyle::ArabicSpace {
            let wrapped_into = full_width
                && (!m.style.is_numbered() || numbering.fit(m.style, m.ordinal) == Fit::Off);
            if !wrapped_into {
                return false;
            }
        }
    }
    // In hard-wrapped text a line as wide as the wrap continues, whatever
    // it holds.
    if full_width {
        return true;
    }
    // A long heading line broken before its end, its tail a short line
    // of its own: "（一）坚持产业强区，…现代化产业体系，推" + "动经济高质量发展".
    let tail = line.len() <= HEADING_TAIL_MAX
        && !(line.content_start..line.content_end).any(|i| is_line_final(source.at(i)));
    if marked
        && title_like
        && block.first_line == block.last_line
        && block.end - block.start >= HEADING_WRAP_MIN
        && tail
    {
        return true;
    }
    // A short block without a sentence end is a title (or a heading line)
    // and stands alone; anything longer stopped mid-sentence.
    !title_like
}

/// Glossary headers, folded (the full-width colon is already `:`). The
/// first [`STRONG_HEADERS`] always head a glossary; the rest ("注释", which
/// may head notes as well) only when `term:definition` entries follow.
/// Here rather than in [`crate::glossary`] because [`split`] cuts a
/// paragraph before a header, and the glossary is read from the blocks.
#[rustfmt::skip]
pub(crate) const HEADERS: &[&str] = &["名词解释", "名词注释", "名词说明", "术语解释", "名词术语解释", "注释", "注解"];

/// How many of [`HEADERS`] are unambiguous.
pub(crate) const STRONG_HEADERS: usize = 5;

/// Longest glossary term (code points).
const TERM_MAX: usize = 40;

/// The colon that ends the term of a glossary entry starting at `from`
/// ("8.20+8:…", see [`crate::glossary`]): within [`TERM_MAX`] code points,
/// before any sentence end or comma. [`split`] cuts before a numbered entry.
pub(crate) fn entry_colon(source: &Source, from: usize, end: usize) -> Option<usize> {
    let limit = end.min(from + TERM_MAX + 4);
    let mut i = from;
    while i < limit {
        let c = source.at(i);
        if c == ':' {
            return (i > from && !source.starts_with(from, "**:")).then_some(i);
        }
        if is_sentence_end(c) || c == ',' {
            return None;
        }
        i += 1;
    }
    None
}

/// Paragraph starts inside one long line.
///
/// ```text
/// cut      = context marker
/// context  = strong | colon | space | weak
/// strong   = line start | after 。！？；…            ; "…改善河道水质。名词解释1. …"
/// colon    = after ：                                ; "…情况如下：——地区生产总值…"
/// space    = after white space (a line break turned into a space)
/// weak     = after anything else                     ; "…主要工作和成效(一)改革攻坚…"
/// ```
///
/// A numbered marker cuts when its ordinal fits the numbering ([`Fit`]):
/// "(一)" right after "二、…成效" is expected, "1." after "1.1%" is not a
/// marker at all, and "统一、规范" is a word, not 一、. After a strong
/// context an entry "1.term:definition" may also restart the numbering (a
/// glossary with no header). Dashes and bullets cut after a strong, colon
/// or space context; a glossary header ("名词解释") cuts after a strong one.
mod split {
    use super::{entry_colon, note_marker, Line, HEADERS, WEAK_SPLIT_MIN};
    use crate::marker::{self, Fit, MarkerStyle, Numbering};
    use crate::text::{is_han, is_sentence_end, is_space, CharSet, Source};

    /// What stands before a candidate cut.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Context {
        Strong,
        Colon,
        Space,
        Weak(char),
    }

    /// Characters that form a word with a following 一 ("统一、", "之一、").
    const YI_WORDS: &str = "统唯之万同单专逐如归合其第不";

    /// Characters after which a numbered marker is part of the sentence.
    const NOT_BEFORE_MARKER: &str = "第(“《【[、/·.-+~—:%";

    /// Push the start of every paragraph inside `line` (not its own start).
    /// Weak contexts count on a long line, or on one that already holds
    /// two paragraph starts after sentence ends: a flattened text.
    pub(super) fn cuts(
        source: &Source,
        line: &Line,
        numbering: &mut Numbering,
        out: &mut Vec<usize>,
    ) {
        let mut weak_allowed = line.len() >= WEAK_SPLIT_MIN;
        if !weak_allowed {
            let mut trial = numbering.clone();
            let before = out.len();
            scan(source, line, &mut trial, false, out);
            weak_allowed = out.len() - before >= 2;
            if !weak_allowed {
                *numbering = trial;
                return;
            }
            out.truncate(before);
        }
        scan(source, line, numbering, true, out);
    }

    fn scan(
        source: &Source,
        line: &Line,
        numbering: &mut Numbering,
        weak_allowed: bool,
        out: &mut Vec<usize>,
    ) {
        let (start, end) = (line.content_start, line.content_end);
        note_marker(source, line, numbering);
        let openers = openers();
        let mut i = start + 1;
        while i < end {
            let c = source.at(i);
            if !openers.contains(c) {
                i += 1;
                continue;
            }
            let context = context(source, start, i);
            let hopeless = match context {
                Context::Weak(p) => {
                    !weak_allowed || p.is_ascii_alphanumeric() || NOT_BEFORE_MARKER.contains(p)
                }
                _ => false,
            };
            if hopeless {
                i += 1;
                continue;
            }
            if let Some((cut, resume)) = header_cut(source, i, end, context) {
                out.push(i);
                if cut > i && cut < end {
                    out.push(cut);
                }
                numbering.restart();
                // The first entry's number starts the glossary's numbering.
                if let Some(m) = marker::parse(source, cut, end).filter(|m| m.style.is_numbered()) {
                    numbering.accept(m.style, m.ordinal);
                }
                i = resume.max(i + 1);
                continue;
            }
            match marker_cut(source, i, end, context, numbering) {
                Some(resume) => {
                    out.push(i);
                    i = resume.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    /// The characters that can open a paragraph ([`may_open_exactly`]), as a
    /// set: asked at every character of every line, it answers exactly (one
    /// bit for a Han character), since a filter that let a quarter of the
    /// text through to the slow test made a branch the processor cannot
    /// predict.
    fn openers() -> &'static CharSet {
        static OPENERS: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
        OPENERS.get_or_init(|| {
            CharSet::new(OPENER_CHARS.iter().chain(&HEADER_FIRSTS).copied().filter(|&c| may_open_exactly(c)))
        })
    }

    /// Every character [`may_open_exactly`] accepts but the first characters
    /// of the glossary headers (a test below checks).
    const OPENER_CHARS: &[char] = &[
        '(', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '—', '-', '*', '#', '第', '十',
        '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮', '⑯',
        '⑰', '⑱', '⑲', '⑳', '〇', '零', '○', '一', '二', '两', '三', '四', '五', '六', '七',
        '八', '九', '•', '●', '■', '◆', '▪', '◇', '□', '◎', '★', '☆', '▶', '►', '◼', '▲',
    ];

    #[cfg(test)]
    #[test]
    fn the_openers_should_be_exactly_what_may_open_exactly_accepts() {
        let openers = openers();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(openers.contains(c), may_open_exactly(c), "{c:?}: the set and the rule should agree");
        }
    }

    fn may_open_exactly(c: char) -> bool {
        matches!(c, '(' | '0'..='9' | '—' | '-' | '*' | '#' | '第' | '①'..='⑳' | '十')
            || crate::number::cn_digit(c).is_some()
            || marker::is_bullet_glyph(c)
            || HEADER_FIRSTS.contains(&c)
    }

    /// The first characters of the glossary headers.
    const HEADER_FIRSTS: [char; HEADERS.len()] = {
        let mut firsts = ['\0'; HEADERS.len()];
        let mut k = 0;
        while k < HEADERS.len() {
            firsts[k] = crate::hant::first_char(HEADERS[k]);
            k += 1;
        }
        firsts
    };

    fn context(source: &Source, line_start: usize, i: usize) -> Context {
        let mut j = i;
        while j > line_start && is_space(source.at(j - 1)) {
            j -= 1;
        }
        // A page number a flattened PDF left: "…312家。— 3 —3.人才…".
        let page = page_number_before(source, line_start, j);
        if page < j {
            j = page;
            while j > line_start && is_space(source.at(j - 1)) {
                j -= 1;
            }
        }
        if j == line_start {
            return Context::Strong;
        }
        let p = source.at(j - 1);
        if is_sentence_end(p) || p == '!' || p == '?' {
            Context::Strong
        } else if p == ':' {
            Context::Colon
        } else if j < i {
            Context::Space
        } else {
            Context::Weak(p)
        }
    }

    /// Where a page number "— 3 —" / "- 12 -" ending at `end` starts, or
    /// `end` if none does.
    fn page_number_before(source: &Source, line_start: usize, end: usize) -> usize {
        let dash = |c: char| matches!(c, '—' | '-' | '–');
        let mut j = end;
        if j <= line_start || !dash(source.at(j - 1)) {
            return end;
        }
        j -= 1;
        while j > line_start && is_space(source.at(j - 1)) {
            j -= 1;
        }
        let digits_end = j;
        while j > line_start && source.at(j - 1).is_ascii_digit() {
            j -= 1;
        }
        if j == digits_end || digits_end - j > 4 {
            return end;
        }
        while j > line_start && is_space(source.at(j - 1)) {
            j -= 1;
        }
        if j > line_start && dash(source.at(j - 1)) {
            j - 1
        } else {
            end
        }
    }

    /// A glossary header at `i`: where its first entry starts, and where to
    /// resume scanning.
    fn header_cut(
        source: &Source,
        i: usize,
        end: usize,
        context: Context,
    ) -> Option<(usize, usize)> {
        if matches!(context, Context::Weak(_)) {
            return None;
        }
        let header = HEADERS.iter().find(|h| source.starts_with(i, h))?;
        let mut j = i + header.chars().count();
        while j < end && (is_space(source.at(j)) || source.at(j) == ':') {
            j += 1;
        }
        let entry = marker::parse(source, j, end)
            .is_some_and(|m| m.style == MarkerStyle::ArabicDot)
            || source.starts_with(j, "**")
            || entry_colon(source, j, end).is_some();
        entry.then_some((j, j))
    }

    fn marker_cut(
        source: &Source,
        i: usize,
        end: usize,
        context: Context,
        numbering: &mut Numbering,
    ) -> Option<usize> {
        let m = marker::parse(source, i, end)?;
        if m.start != marker::skip_decoration(source, i, end) || m.start > i + 3 {
            return None;
        }
        match m.style {
            MarkerStyle::ArabicSpace => None,
            MarkerStyle::Dash => {
                matches!(context, Context::Strong | Context::Colon | Context::Space)
                    .then_some(m.text_start)
            }
            MarkerStyle::Bullet => {
                let ok = match context {
                    Context::Weak(p) => source.at(m.start) != '*' && is_han(p),
                    _ => true,
                };
                ok.then_some(m.text_start)
            }
            _ => {
                let fit = numbering.fit(m.style, m.ordinal);
                let entry = || entry_colon(source, m.text_start, end).is_some();
                if m.digit_follows && !(context == Context::Strong && fit == Fit::Next && entry()) {
                    return None;
                }
                let ok = match context {
                    Context::Strong => fit != Fit::Off || m.ordinal == 1 && entry(),
                    Context::Colon | Context::Space => fit != Fit::Off,
                    Context::Weak(p) => fit != Fit::Off && weak_ok(m.style, m.ordinal, p),
                };
                if !ok {
                    return None;
                }
                numbering.accept(m.style, m.ordinal);
                Some(m.text_start)
            }
        }
    }

    /// May a numbered marker follow `p` with no space or punctuation between?
    fn weak_ok(style: MarkerStyle, ordinal: u32, p: char) -> bool {
        if p.is_ascii_alphanumeric() || NOT_BEFORE_MARKER.contains(p) {
            return false;
        }
        match style {
            MarkerStyle::CnComma | MarkerStyle::CnParen => {
                crate::number::cn_digit(p).is_none()
                    && p != '十'
                    && !(ordinal == 1 && YI_WORDS.contains(p))
            }
            _ => true,
        }
    }
}

/// The wrap width of hard-wrapped (PDF) text: when most non-blank lines end
/// without sentence-final punctuation, the median length of those lines.
fn wrap_width(source: &Source, lines: &[Line], nonblank: &[usize]) -> Option<usize> {
    if nonblank.len() < 8 {
        return None;
    }
    let mut open: Vec<u64> = nonblank
        .iter()
        .map(|&i| lines[i])
        .filter(|l| l.len() >= 10 && !is_line_final(source.at(l.content_end - 1)))
        .map(|l| l.len() as u64)
        .collect();
    if open.len() * 2 <= nonblank.len() {
        return None;
    }
    crate::sort::sort_keys(&mut open);
    // The upper quartile: open lines that are not full (headings, table
    // rows) pull the median below the wrap.
    Some(open[open.len() * 3 / 4] as usize)
}

/// Do indented lines open paragraphs, and flush lines continue them? Most
/// lines after a sentence end are indented, almost no line after a full
/// line that stops mid-sentence is.
fn indented_paragraphs(
    source: &Source,
    lines: &[Line],
    nonblank: &[usize],
    wrap_width: Option<usize>,
) -> bool {
    let (mut after_end, mut indented_after_end, mut after_wrap, mut indented_after_wrap) =
        (0, 0, 0, 0);
    for pair in nonblank.windows(2) {
        let (prev, line) = (&lines[pair[0]], &lines[pair[1]]);
        let indented = usize::from(line.content_start > line.start);
        let last = source.at(prev.content_end - 1);
        if is_sentence_end(last) {
            after_end += 1;
            indented_after_end += indented;
        } else if !is_line_final(last) && is_full_width(lines, pair[0], wrap_width) {
            after_wrap += 1;
            indented_after_wrap += indented;
        }
    }
    after_end >= 3
        && indented_after_end * 10 >= after_end * 6
        && after_wrap >= 3
        && indented_after_wrap * 10 <= after_wrap
}

/// Flattened text: a long text on very few lines.
fn is_flattened(lines: &[Line], nonblank: &[usize], total: usize) -> bool {
    nonblank.len() <= 3
        && lines
            .iter()
            .any(|l| l.len() >= FLAT_MIN && l.len() * 5 >= total * 3)
}

/// Shortest line that can hold a flattened report.
const FLAT_MIN: usize = 600;

/// Skip horizontal white space only.
#[allow(dead_code)] // for the modules that read inside blocks
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
        layout
            .blocks
            .iter()
            .map(|b| source.clean(b.start, b.end))
            .collect()
    }

    #[test]
    fn splits_crlf_lines() {
        let source = Source::new("a\r\nb\rc\nd");
        assert_eq!(
            lines(&source).len(),
            4,
            "should treat CRLF, CR and LF as one break each"
        );
    }

    #[test]
    fn joins_a_line_broken_mid_sentence() {
        let blocks = blocks_of("6. 创新载体建设实现新突破。新认定5家科技创新产业园，超额完成\n\n全年工作任务。科技创新产业园累计达到 11 家。");
        assert_eq!(blocks.len(), 1, "should join the fragment to its sentence");
    }

    #[test]
    fn joins_a_broken_line_that_starts_with_a_number() {
        let blocks = blocks_of("15. 城市更新加快推进。通过城市更新完成用地供应\n\n80.36 公顷，任务完成量连续五年位居全市第一。");
        assert_eq!(
            blocks.len(),
            1,
            "should read 80.36 as a decimal, not a marker"
        );
    }

    #[test]
    fn keeps_a_heading_line_apart() {
        let blocks =
            blocks_of("一、2020 年主要经济指标预计完成情况\n\n面对突如其来的新冠肺炎疫情。");
        assert_eq!(blocks.len(), 2, "should not join a title-like line");
    }

    #[test]
    fn does_not_join_a_marker_line() {
        let blocks = blocks_of("全区上下深入贯彻落实党的十九大精神，统筹疫情防控和经济社会发展工作，疫情防控形势持续向好\n（一）全面发力");
        assert_eq!(
            blocks.len(),
            2,
            "should start a new block at an outline marker"
        );
    }
}
