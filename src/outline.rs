//! Headings and the outline tree.
//!
//! # Grammar
//!
//! ```text
//! outline  = heading*                               ; in document order, as a tree
//! heading  = numbered | item | lead
//! numbered = marker title (sentence-end body)?      ; a block opened by 一、 (一) 1. (1) ① 第一部分
//! item     = ("——" | bullet) title "。" body          ; a dash or bullet item with a title sentence
//! lead     = title "。" body                          ; a paragraph in a RUN of such paragraphs
//! title    = text up to the first sentence end, when short enough to be a title,
//!            else the run-in title the cutter finds (see [`crate::title`])
//! ```
//!
//! Levels: 一、 is 1, (一) 2, 1. / 1、 / "1 标题" 3, (1) and ① 4 (① under a
//! (1) is 5); a dash, bullet or lead heading is one below the heading it
//! stands under. Parts (第一部分, 第二章) are 1, and the sections under them
//! one deeper (一、 2, (一) 3 …). A numbered heading under a bullet or lead
//! heading is one below it ("1 标题" under "■ …" is 2); under a numbered
//! one it keeps the standard distance ("1." straight under "一、" is 3).
//!
//! Examples (from real reports):
//!
//! ```text
//! 一、2020 年主要经济指标预计完成情况          → 1, title to the end of the line
//! (一) 全面发力，双区驱动效应更加突出           → 2
//! 1. “双区”建设制度体系进一步完善。龙岗…      → 3, title up to 。
//! 5.各类英才量质齐升深入实施“龙岗…”,…       → 3, run-in title "各类英才量质齐升"
//! ——加快推进坪山高新区规划建设。落实市委…     → parent + 1, marker "——"
//! 防疫网络织细织实。贯彻落实…                  → parent + 1, marker "" (in a run)
//! ```
//!
//! Not headings: "——地区生产总值同比增长3%;" (a one-sentence list item), a
//! lone short opening sentence ("2021年是“十四五”开局之年。…"), one with a
//! comma ("在肯定成绩的同时,也要正视困难和问题。"), sentences run into a
//! heading's own paragraph, "一是…" run-ins, a marker that breaks the
//! numbering where a line was broken mid-sentence, and everything from the
//! glossary on ([`crate::glossary`]).
//!
//! The numbering sequence ([`Numbering`]) judges doubtful markers; the
//! document's own well-formed titles teach the run-in cutter
//! ([`Learned`]).

use crate::block::{Block, Layout};
use crate::document::{Heading, HeadingKind};
use crate::marker::{self, Fit, Marker, MarkerStyle, Numbering};
use crate::text::{is_line_final, is_sentence_end, is_space, Source};
use crate::title::{self, Learned};

/// A heading as found, with code-point positions.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FoundHeading {
    pub level: u8,
    pub kind: HeadingKind,
    /// The marker, if numbered or dashed.
    pub marker: Option<Marker>,
    /// Index of the block it opens (or stands in, for a lead sentence of a
    /// flattened text).
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
    /// One past the last block of the glossary (the number of blocks when
    /// it runs to the end, as it nearly always does).
    pub glossary_end: usize,
    /// End (code point) of the report body: the glossary starts here.
    pub body_end: usize,
    /// For each heading, the index of the heading it stands under.
    parents: Vec<Option<usize>>,
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
                marker: h
                    .marker
                    .map_or_else(String::new, |m| source.original(m.start, m.end).to_string()),
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

    /// The headings enclosing code point `at`, outermost first (binary
    /// search, then up the parent links: cheap to call per quantity).
    #[allow(dead_code)] // for indicators and quantities
    pub fn path_at(&self, at: usize) -> Vec<&FoundHeading> {
        let last = self.headings.partition_point(|h| h.start <= at);
        let mut path: Vec<&FoundHeading> = Vec::new();
        let mut next = last.checked_sub(1);
        while let Some(i) = next {
            path.push(&self.headings[i]);
            next = self.parents.get(i).copied().flatten();
        }
        path.reverse();
        path
    }

    /// The index of the heading that encloses heading `index`, if any.
    #[allow(dead_code)] // for indicators and quantities
    pub fn parent(&self, index: usize) -> Option<usize> {
        self.parents.get(index).copied().flatten()
    }
}

fn attach(stack: &mut [(u8, Heading)], roots: &mut Vec<Heading>, node: Heading) {
    match stack.last_mut() {
        Some((_, parent)) => parent.children.push(node),
        None => roots.push(node),
    }
}

// ---------------------------------------------------------------------------
// Data.
// ---------------------------------------------------------------------------

/// Words that open ordinary sentences, never a lead title.
#[rustfmt::skip]
const NOT_LEAD_OPENERS: &[&str] = &[
    "同时", "此外", "其中", "另外", "但是", "因此", "总之", "为此", "对此", "目前", "当前",
    "今年", "去年", "全年", "明年", "一是", "二是", "三是", "首先", "其次", "最后", "这", "我们",
    "我区", "我市", "全区", "全市", "例如", "据统计", "经过", "经初步", "截至", "总体", "总的", "综上",
    "各位代表", "各位委员", "今后", "当今", "近年来",
];

/// Longest lead title (code points, white space excluded).
const LEAD_MAX: usize = 20;

/// Longest lead title with clauses ("这五年，高质量发展扎实推进，经济实力跃上
/// 新台阶。"), taken only in a run of such paragraphs.
const CLAUSED_LEAD_MAX: usize = 40;

/// Words a figure ends with: "8+4" or "5G" in a title is a name, "3.3%" or
/// "1042.8亿元" a statement.
const FIGURE_UNITS: &str = "%‰亿万千百元人个家项吨倍户件亩斤座辆台套所条公米";

/// Longest lead title in a flattened text, where only the sentence shape
/// tells it apart.
const FLAT_LEAD_MAX: usize = 16;

/// The usual length of a lead title, when a section shows none.
const TYPICAL_LEAD: usize = 8;

/// Longest numbered title closed by 。 that is taken whole, by level: a
/// section title may be two clauses, an item's title is short.
fn whole_title_max(level: u8) -> usize {
    if level <= 2 {
        CLAUSED_LEAD_MAX
    } else {
        LEAD_MAX
    }
}

/// Longest second line of a section title broken over two lines.
const BROKEN_TITLE_REST_MAX: usize = 14;

/// Longest line that opens an attachment ("附件2：2025年主要指标计划表").
const ANNEX_LINE_MAX: usize = 60;

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

/// Longest rest of a clause a run-in cut may leave before a comma.
const CLAUSE_REST_MAX: usize = 6;

/// Longest title of a dash or bullet heading.
const ITEM_TITLE_MAX: usize = 30;

// ---------------------------------------------------------------------------
// Building.
// ---------------------------------------------------------------------------

/// The outline level of a numbered marker style.
fn base_level(style: MarkerStyle) -> u8 {
    match style {
        MarkerStyle::Chapter
        | MarkerStyle::CnComma
        | MarkerStyle::Annex
        | MarkerStyle::PartTitle => 1,
        MarkerStyle::CnParen => 2,
        MarkerStyle::ArabicDot | MarkerStyle::ArabicSpace => 3,
        MarkerStyle::ArabicParen | MarkerStyle::Circled => 4,
        MarkerStyle::Dash | MarkerStyle::Bullet | MarkerStyle::Ordinal => 0,
    }
}

/// What opens a block.
#[derive(Clone, Copy, Debug)]
enum Opening {
    Numbered(Marker),
    /// 附件N: an attachment, its title on this line or the next.
    Annex(Marker),
    Item(Marker),
    Plain,
}

/// The first sentence of a title starting at `t` in a block ending at
/// `end`: where it stops (before its punctuation) and whether a body
/// follows.
#[derive(Clone, Copy, Debug)]
struct Sentence {
    end: usize,
    /// The punctuation that closes it, if any.
    close: Option<char>,
    /// Where the body after it starts (`None` when nothing follows).
    body: Option<usize>,
}

fn first_sentence(source: &Source, t: usize, end: usize, colon: bool) -> Sentence {
    let mut i = t;
    while i < end {
        let c = source.at(i);
        if is_sentence_end(c) || c == '!' || c == '?' || colon && c == ':' {
            let mut b = i + 1;
            while b < end && (crate::text::is_blank(source.at(b)) || source.at(b) == '*') {
                b += 1;
            }
            return Sentence {
                end: i,
                close: Some(c),
                body: (b < end).then_some(b),
            };
        }
        i += 1;
    }
    Sentence {
        end,
        close: None,
        body: None,
    }
}

/// Code points of `start..end` that are not white space.
fn visible_len(source: &Source, start: usize, end: usize) -> usize {
    (start..end)
        .filter(|&i| !crate::text::is_blank(source.at(i)))
        .count()
}

fn has(source: &Source, start: usize, end: usize, chars: &str) -> bool {
    (start..end).any(|i| chars.contains(source.at(i)))
}

/// Trim trailing white space and `*` from a title end.
fn trim_title_end(source: &Source, start: usize, mut end: usize) -> usize {
    while end > start && (crate::text::is_blank(source.at(end - 1)) || source.at(end - 1) == '*') {
        end -= 1;
    }
    end
}

/// A heading's title, once decided.
#[derive(Clone, Copy, Debug)]
struct Title {
    start: usize,
    end: usize,
    /// End of the heading's own text.
    heading_end: usize,
}

/// The title of a marked block whose text starts at `t`.
fn title_of(
    source: &Source,
    learned: &Learned,
    level: u8,
    t: usize,
    block_end: usize,
    flattened: bool,
) -> Option<Title> {
    // A bare marker's title is on the next line.
    let mut t = t;
    while t < block_end && crate::text::is_blank(source.at(t)) {
        t += 1;
    }
    let title = title_in(source, learned, level, t, block_end, flattened)?;
    // Markdown marks alone are no title.
    (title.start..title.end)
        .any(|i| !crate::text::is_blank(source.at(i)) && source.at(i) != '*')
        .then_some(title)
}

fn title_in(
    source: &Source,
    learned: &Learned,
    level: u8,
    t: usize,
    block_end: usize,
    flattened: bool,
) -> Option<Title> {
    // "**防疫网络织细织实。**…", "1. **预期性指标**": bold marks the title.
    let mut t = t;
    if t + 2 <= block_end && source.starts_with(t, "**") {
        let inner = t + 2;
        if let Some(close) = source.find(inner, block_end.min(inner + 60), "**") {
            let mut end = close;
            while end > inner && (is_sentence_end(source.at(end - 1)) || source.at(end - 1) == ':')
            {
                end -= 1;
            }
            let end = trim_title_end(source, inner, end);
            if end > inner {
                return Some(Title {
                    start: inner,
                    end,
                    heading_end: close + 2,
                });
            }
        }
        // No closing marks: the title is plain text after the opening ones.
        while t < block_end && source.at(t) == '*' {
            t += 1;
        }
    }
    let s = first_sentence(source, t, block_end, true);
    let end = trim_title_end(source, t, s.end);
    if end <= t {
        return None;
    }
    let whole = Title {
        start: t,
        end,
        heading_end: if s.close.is_some() { s.end + 1 } else { end },
    };
    // A title line of its own; otherwise the sentence competes with the
    // cuts inside it ("一、总体要求2023年是…之年。" in a flattened text).
    if s.body.is_none() && s.close.is_none() {
        return Some(whole);
    }
    match title::run_in_end(source, learned, level, t, s.end, s.close) {
        Some(cut) if !splits_clause(source, level, t, cut, end, s.close, flattened) => {
            Some(Title {
                start: t,
                end: cut,
                heading_end: cut,
            })
        }
        _ => Some(whole),
    }
}

/// Would cutting a title sentence `t..end` at `cut` split its first clause?
/// "（二）聚力推进|协同发展，打造高质量发展动力源。坚决……": a body does not open
/// with a few characters and a comma, so a title-sized sentence closed by 。
/// stays whole. (Flattened text is left to the cutter: there a title
/// without its period runs into the body's first sentence.)
fn splits_clause(
    source: &Source,
    level: u8,
    t: usize,
    cut: usize,
    end: usize,
    close: Option<char>,
    flattened: bool,
) -> bool {
    if flattened || close != Some('。') || visible_len(source, t, end) > whole_title_max(level) {
        return false;
    }
    if has_figure(source, t, end) {
        return false;
    }
    (cut..end)
        .find(|&i| source.at(i) == ',')
        .is_some_and(|comma| visible_len(source, cut, comma) <= CLAUSE_REST_MAX)
}

/// Find the headings of a laid-out text.
pub(crate) fn build(source: &Source, layout: &Layout) -> Outline {
    let glossary_block = crate::glossary::start_block(source, layout);
    let glossary_end = glossary_block.map_or(layout.blocks.len(), |g| {
        crate::glossary::end_block(source, &layout.blocks, g)
    });
    let notes_block = crate::glossary::notes_block(source, layout)
        .filter(|&n| glossary_block.is_none_or(|g| n < g));
    let body_end = match (notes_block, glossary_block) {
        (Some(n), _) => layout.blocks[n].start,
        (None, Some(g)) if glossary_end >= layout.blocks.len() => layout.blocks[g].start,
        _ => source.len(),
    };
    // The glossary's blocks and closing notes are no report content for
    // the outline.
    let mut blocks = layout.blocks.clone();
    if let Some(g) = glossary_block {
        for b in &mut blocks[g..glossary_end] {
            b.chrome = true;
        }
    }
    if let Some(n) = notes_block {
        let end = glossary_block.unwrap_or(blocks.len()).max(n);
        for b in &mut blocks[n..end] {
            b.chrome = true;
        }
    }
    let blocks = &blocks[..];

    let openings = openings(source, blocks);
    let learned = learn(source, blocks, &openings);

    // Numbered headings and dash or bullet items.
    let mut headings: Vec<FoundHeading> = Vec::new();
    let mut item_runs: Vec<(usize, Marker)> = Vec::new();
    let any_numbered = openings.iter().any(|o| matches!(o, Opening::Numbered(_)));
    // The style of the numbered list entries just seen ("（1）地区生产总值增长8%；").
    let mut list_style: Option<MarkerStyle> = None;
    for (index, opening) in openings.iter().enumerate() {
        let block = &blocks[index];
        match *opening {
            Opening::Numbered(m) => {
                // A list after an intro ("主要预期目标为：") may close its
                // entries with 。 from the first one, when the next block
                // is such an entry too (a heading after an intro has a body).
                let after_intro = index > 0
                    && {
                        let before = &blocks[index - 1];
                        let (s, e) = source.trim(before.start, before.end);
                        !before.chrome && e > s && source.at(e - 1) == ':'
                    }
                    && match openings.get(index + 1) {
                        Some(Opening::Numbered(next)) => {
                            next.style == m.style
                                && is_list_entry(source, next, &blocks[index + 1], Some(m.style))
                        }
                        _ => false,
                    };
                let style = if after_intro {
                    Some(m.style)
                } else {
                    list_style
                };
                if is_list_entry(source, &m, block, style) {
                    list_style = Some(m.style);
                    continue;
                }
                list_style = None;
                let level = base_level(m.style);
                let title = title_of(
                    source,
                    &learned,
                    level,
                    m.text_start,
                    block.end,
                    layout.flattened,
                );
                if let Some(mut t) = title {
                    let mut block_index = index;
                    if let Some(rest) =
                        broken_title_rest(source, blocks, &openings, index, t, level)
                    {
                        t.end = rest;
                        t.heading_end = rest;
                        block_index = index + 1;
                    }
                    headings.push(FoundHeading {
                        level,
                        kind: HeadingKind::Numbered,
                        marker: Some(m),
                        block: block_index,
                        start: m.start,
                        title_start: t.start,
                        title_end: t.end,
                        end: t.heading_end,
                    });
                }
            }
            Opening::Item(m) => {
                let before_outline = !headings.iter().any(|h| h.kind == HeadingKind::Numbered);
                // "——2024年1月22日在…会议上" under the title is no heading.
                if before_outline && any_numbered && m.style == MarkerStyle::Dash {
                    continue;
                }
                item_runs.push((index, m));
            }
            Opening::Annex(m) => {
                list_style = None;
                if let Some(h) = annex_heading(source, blocks, &openings, index, m) {
                    headings.push(h);
                }
            }
            Opening::Plain => {}
        }
    }
    part_titles(source, blocks, &openings, &mut headings);
    items(source, blocks, &learned, &item_runs, &mut headings);
    crate::sort::sort_by_key(&mut headings, |h| h.start as u64);
    ordinals(source, blocks, &openings, &mut headings);
    leads(source, layout, blocks, &openings, &learned, &mut headings);
    crate::sort::sort_by_key(&mut headings, |h| h.start as u64);
    styled_headings(source, blocks, &openings, &mut headings);
    assign_levels(source, &mut headings);
    // A heading style sets its paragraph's level (a .docx's evidence).
    for h in headings.iter_mut().filter(|h| h.kind == HeadingKind::Lead) {
        if let Some(level) = source.evidence.heading_level(h.start, h.end) {
            h.level = level;
        }
    }
    let parents = parents(&headings);
    settle_levels(&mut headings, &parents);
    Outline {
        headings,
        glossary_block,
        glossary_end,
        body_end,
        parents,
    }
}

/// A numbered list entry, not a heading: one clause closed by ";" —
/// "（1）地区生产总值增长8%—8.5%（预期性）；" — or the single sentence that
/// closes a run of such entries.
fn is_list_entry(
    source: &Source,
    m: &Marker,
    block: &Block,
    list_style: Option<MarkerStyle>,
) -> bool {
    let (start, end) = source.trim(m.text_start, block.end);
    if end <= start || end - start > 100 {
        return false;
    }
    let last = source.at(end - 1);
    let inner_stop = (start..end - 1).any(|i| matches!(source.at(i), '。' | ';'));
    if inner_stop {
        return false;
    }
    last == ';' || last == '。' && list_style == Some(m.style)
}

/// Classify the opening of every block; numbered markers are checked
/// against the numbering sequence.
fn openings(source: &Source, blocks: &[Block]) -> Vec<Opening> {
    let mut numbering = Numbering::default();
    let mut out = Vec::with_capacity(blocks.len());
    for (index, block) in blocks.iter().enumerate() {
        if block.chrome {
            out.push(Opening::Plain);
            continue;
        }
        if let Some(m) = marker::annex_opener(source, block.start, block.end)
            .filter(|_| visible_len(source, block.start, block.end) <= ANNEX_LINE_MAX)
        {
            out.push(Opening::Annex(m));
            continue;
        }
        let opening = match marker::parse(source, block.start, block.end) {
            Some(m) if m.style.is_numbered() => {
                if accept_numbered(source, blocks, index, &m, &numbering) {
                    numbering.accept(m.style, m.ordinal);
                    Opening::Numbered(m)
                } else {
                    Opening::Plain
                }
            }
            Some(m) if m.text_start < block.end => Opening::Item(m),
            _ => Opening::Plain,
        };
        out.push(opening);
    }
    out
}

/// Is the numbered marker `m` opening block `index` a heading?
fn accept_numbered(
    source: &Source,
    blocks: &[Block],
    index: usize,
    m: &Marker,
    numbering: &Numbering,
) -> bool {
    let block = &blocks[index];
    if m.digit_follows || m.text_start >= block.end {
        return false;
    }
    let fit = numbering.fit(m.style, m.ordinal);
    if m.style == MarkerStyle::ArabicSpace {
        // "1 总体要求": only a short line of its own, in sequence.
        // Not a table row of a PDF ("1 地区生产总值 亿元 3856.42 5.6"):
        // no figures, no columns.
        let s = first_sentence(source, m.text_start, block.end, false);
        let figures = has(source, m.text_start, block.end, "0123456789%");
        let columns = (m.text_start..block.end).any(|i| is_space(source.at(i)));
        return fit != Fit::Off
            && s.close.is_none()
            && !figures
            && !columns
            && visible_len(source, m.text_start, block.end) <= 30;
    }
    if fit != Fit::Off {
        return true;
    }
    // Off the sequence: a heading still, unless the line before stopped
    // mid-sentence (a line broken before "3、5号线").
    let previous = blocks[..index].iter().rev().find(|b| !b.chrome);
    !previous.is_some_and(|p| !is_line_final(source.at(p.end - 1)) && p.end - p.start > 40)
}

/// Learn from the well-formed titles of numbered headings.
fn learn(source: &Source, blocks: &[Block], openings: &[Opening]) -> Learned {
    let mut learned = Learned::default();
    for (index, opening) in openings.iter().enumerate() {
        let Opening::Numbered(m) = opening else {
            continue;
        };
        let level = base_level(m.style);
        let t = if source.starts_with(m.text_start, "**") {
            m.text_start + 2
        } else {
            m.text_start
        };
        let block = &blocks[index];
        let s = first_sentence(source, t, block.end, true);
        let end = trim_title_end(source, t, s.end);
        let len = visible_len(source, t, end);
        let comma = has(source, t, end, ",");
        let strict_max = if level <= 2 { 36 } else { 20 };
        let closed = s.close.is_some_and(|c| c != ':') || s.body.is_none();
        let gap = s.body.is_some() && title::has_gap(source, t, end);
        // Each clause of a title with commas is short ("坚定不移实施创新驱动
        // 发展战略,努力构建国际一流创新生态体系").
        let clauses_short = {
            let mut run = 0;
            let mut longest = 0;
            for i in t..end {
                if source.at(i) == ',' {
                    run = 0;
                } else {
                    run += 1;
                    longest = longest.max(run);
                }
            }
            longest <= 16
        };
        let commas_ok = !comma || level <= 2 && clauses_short;
        if closed && len <= strict_max && commas_ok && len >= 2 && !gap {
            learned.learn(source, level, t, end, s.body);
        }
    }
    learned.finish();
    learned
}

/// Dash and bullet items that are headings: a short title sentence and a
/// body ("——加快推进坪山高新区规划建设。落实…"), a title line of its own
/// ("■ 坚持创新驱动"), or, in a run of such items, a run-in title.
fn items(
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

/// Where a section title that a copy broke over two lines ends: "三、持续提升
/// 政府" / "治理效能和服务水平" / then the body. The title line has no closing
/// punctuation, the next line is a short fragment with none either and no
/// marker, and a paragraph of prose follows it. Sections only (levels 1–2),
/// whose titles run longer than a line of a narrow copy.
fn broken_title_rest(
    source: &Source,
    blocks: &[Block],
    openings: &[Opening],
    index: usize,
    title: Title,
    level: u8,
) -> Option<usize> {
    let block = &blocks[index];
    if level > 2 || title.heading_end < source.trim(block.start, block.end).1 {
        return None;
    }
    let next = blocks.get(index + 1).filter(|b| !b.chrome)?;
    let after = blocks.get(index + 2).filter(|b| !b.chrome)?;
    if !matches!(openings.get(index + 1), Some(Opening::Plain)) {
        return None;
    }
    let (start, end) = source.trim(next.start, next.end);
    let len = visible_len(source, start, end);
    let fragment = (2..=BROKEN_TITLE_REST_MAX).contains(&len)
        && next.first_line == next.last_line
        && !has(source, start, end, "。,:;!?、()“”")
        && visible_len(source, title.start, title.end) + len <= CLAUSED_LEAD_MAX;
    let (after_start, after_end) = source.trim(after.start, after.end);
    let prose_follows = visible_len(source, after_start, after_end) > 2 * CLAUSED_LEAD_MAX
        && has(source, after_start, after_end, "。");
    (fragment && prose_follows).then_some(end)
}

/// An attachment heading: "附件1 2025年重点项目表" or "附件2" with its title
/// on the next line. An attachment that holds the glossary (名词解释) is the
/// glossary's, not a heading.
fn annex_heading(
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
fn part_titles(
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
fn ordinals(
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

/// Does a sentence `start..end` (its text, without the closing 。) read as
/// a lead title?
fn lead_like(source: &Source, start: usize, end: usize, max: usize) -> bool {
    let len = visible_len(source, start, end);
    if len < 4 || len > max {
        return false;
    }
    if has(source, start, end, ",:;、()") || source.at(start).is_ascii_digit() {
        return false;
    }
    // Figures make a statement, not a title ("年末全市户籍人口512.36万人。");
    // a digit before a letter is a name ("5G网络建设加快推进").
    if (start..end)
        .any(|i| source.at(i).is_ascii_digit() && !source.at(i + 1).is_ascii_alphabetic())
    {
        return false;
    }
    !NOT_LEAD_OPENERS
        .iter()
        .any(|w| source.starts_with(start, w))
}

/// Does a sentence read as a lead title made of clauses, given a run of
/// them ("这五年，民生保障扎实稳固，社会大局和谐稳定。", "提质升级主导产业、
/// 支柱产业。")? Names with digits pass ("迭代完善“8+4”经济政策体系");
/// figures with a unit do not.
fn claused_lead_like(source: &Source, start: usize, end: usize) -> bool {
    let len = visible_len(source, start, end);
    (4..=CLAUSED_LEAD_MAX).contains(&len)
        && !has(source, start, end, ":;()")
        && !source.at(start).is_ascii_digit()
        && !has_figure(source, start, end)
        && !NOT_LEAD_OPENERS
            .iter()
            .filter(|w| !PARALLEL_OPENERS.contains(w))
            .any(|w| source.starts_with(start, w))
}

/// Openers that a run of parallel lead titles may share ("这五年，…",
/// "我们…"): alone they open prose, repeated they open titles.
const PARALLEL_OPENERS: &[&str] = &["这", "我们"];

/// Is there a figure with a unit in `start..end` ("3.3%", "1042.8亿元")?
fn has_figure(source: &Source, start: usize, end: usize) -> bool {
    source
        .numerals_in(start, end)
        .iter()
        .any(|n| n.arabic && FIGURE_UNITS.contains(source.at(n.end.min(end))))
}

/// Does a lead title end in a predicate or start with a verb (the shape of
/// "科技助力硬核战疫", "搭建创新平台")?
fn title_shaped(source: &Source, learned: &Learned, start: usize, end: usize) -> bool {
    learned.predicate_final(source, start, end) || learned.verb_first(source, start)
}

/// Plain paragraphs a .docx set in a heading style ("标题 2", outline
/// level 1): headings whose title is the paragraph (up to 80 code points,
/// without a closing 。). One before the first other heading is the
/// document's title unless the text has no other heading.
fn styled_headings(
    source: &Source,
    blocks: &[Block],
    openings: &[Opening],
    headings: &mut Vec<FoundHeading>,
) {
    if source.evidence.is_empty() {
        return;
    }
    let first = headings.first().map_or(usize::MAX, |h| h.block);
    let mut styled = Vec::new();
    for (b, block) in blocks.iter().enumerate() {
        let (start, end) = source.trim(block.start, block.end);
        if block.chrome
            || !matches!(openings[b], Opening::Plain)
            || end <= start
            || end - start > 80
            || headings.iter().any(|h| h.block == b)
            || (b < first && first != usize::MAX)
            || source.evidence.heading_level(start, end).is_none()
        {
            continue;
        }
        let mut title_end = trim_title_end(source, start, end);
        if title_end > start && is_sentence_end(source.at(title_end - 1)) {
            title_end -= 1;
        }
        styled.push(FoundHeading {
            level: 0,
            kind: HeadingKind::Lead,
            marker: None,
            block: b,
            start,
            title_start: start,
            title_end,
            end,
        });
    }
    if !styled.is_empty() {
        headings.extend(styled);
        crate::sort::sort_by_key(headings, |h| h.start as u64);
    }
}

/// Paragraphs that open with a short title sentence, in runs.
fn leads(
    source: &Source,
    layout: &Layout,
    blocks: &[Block],
    openings: &[Opening],
    learned: &Learned,
    headings: &mut Vec<FoundHeading>,
) {
    let mut found: Vec<FoundHeading> = Vec::new();
    // In a flattened text, a space after a sentence end is what is left of
    // a paragraph break (the line breaks became spaces).
    let spaced = layout.flattened && {
        let before = |h: &FoundHeading| h.start > 0 && is_space(source.at(h.start - 1));
        headings.iter().filter(|h| before(h)).count() * 2 > headings.len()
    };
    // A text with no numbered heading (a statistics bureau's short
    // release) may still be a run of lead paragraphs: read it whole.
    if headings.is_empty() && !layout.flattened {
        let section: Vec<usize> = (0..blocks.len()).filter(|&b| !blocks[b].chrome).collect();
        block_leads(source, layout, blocks, openings, &section, &mut found);
    }
    // Sections: the plain blocks after each heading, up to the next one.
    for k in 0..headings.len() {
        let first = headings[k].block + 1;
        let next = headings
            .get(k + 1)
            .map_or(blocks.len(), |h| h.block.max(first));
        let section: Vec<usize> = (first..next).filter(|&b| !blocks[b].chrome).collect();
        if layout.flattened {
            flat_leads(
                source,
                blocks,
                learned,
                &mut headings[k],
                &section,
                spaced,
                &mut found,
            );
        } else {
            block_leads(source, layout, blocks, openings, &section, &mut found);
        }
    }
    headings.extend(found);
}

/// Lead headings among the paragraphs `section`: short title sentences
/// opening most paragraphs of the section, or a run of paragraphs in a row
/// opening with title sentences — three or more, or two that open alike
/// ("这五年，…。" "这五年，…。") — where a title may have clauses.
fn block_leads(
    source: &Source,
    layout: &Layout,
    blocks: &[Block],
    openings: &[Opening],
    section: &[usize],
    found: &mut Vec<FoundHeading>,
) {
    let plain: Vec<usize> = section
        .iter()
        .copied()
        .filter(|&b| matches!(openings[b], Opening::Plain))
        .collect();
    let mut candidates: Vec<FoundHeading> = Vec::new();
    // Runs of paragraphs in a row whose first sentence may be a title with
    // clauses: (first block, candidates).
    let mut runs: Vec<Vec<FoundHeading>> = Vec::new();
    let mut bold = 0;
    for &b in &plain {
        let Some((lead, strict, is_bold)) = lead_opening(source, layout, blocks, b) else {
            continue;
        };
        // Bold in the source is evidence enough on its own.
        if is_bold && !source.evidence.is_empty() {
            found.push(lead);
            continue;
        }
        // A run is of one form: titles with clauses, or without. "过去五年，
        // 是我市发展极不平凡的五年。" before a run of "产业结构持续优化。" is
        // the section's opening, not one of its titles.
        let claused = |h: &FoundHeading| has(source, h.title_start, h.title_end, ",");
        let extends = runs
            .last()
            .and_then(|run| run.last())
            .is_some_and(|last| last.block + 1 == b && claused(last) == claused(&lead));
        if !extends {
            runs.push(Vec::new());
        }
        if let Some(run) = runs.last_mut() {
            run.push(lead.clone());
        }
        if strict {
            bold += usize::from(is_bold);
            candidates.push(lead);
        }
    }
    let n = candidates.len();
    if n >= 2 && n * 3 >= plain.len() * 2
        || n >= 3 && n * 2 >= plain.len()
        || bold >= 1 && bold == n
    {
        found.extend(candidates);
    }
    for run in runs {
        let parallel = run.len() >= 2 && {
            let opener =
                |h: &FoundHeading| (source.at(h.title_start), source.at(h.title_start + 1));
            run.iter().all(|h| opener(h) == opener(&run[0]))
        };
        let prose_openers = run.iter().any(|h| {
            PARALLEL_OPENERS
                .iter()
                .any(|w| source.starts_with(h.title_start, w))
        });
        if parallel || run.len() >= 3 && !prose_openers {
            for lead in run {
                if !found.iter().any(|f| f.block == lead.block) {
                    found.push(lead);
                }
            }
        }
    }
}

/// The lead title opening block `b`, if its first sentence may be one:
/// the heading, whether it is strict (short, no clauses) and whether it
/// is marked bold.
fn lead_opening(
    source: &Source,
    layout: &Layout,
    blocks: &[Block],
    b: usize,
) -> Option<(FoundHeading, bool, bool)> {
    let block = &blocks[b];
    // In hard-wrapped text, a line that starts flush after a full line
    // may just continue its paragraph, the wrap falling after a 。.
    if b > 0 {
        let line = &layout.lines[block.first_line];
        let indented = line.content_start > line.start;
        if layout.indented_paragraphs
            && !indented
            && crate::block::is_full_width(
                &layout.lines,
                blocks[b - 1].last_line,
                layout.wrap_width,
            )
        {
            return None;
        }
    }
    // A paragraph that continues a broken line is no paragraph.
    if b > 0
        && !blocks[b - 1].chrome
        && !is_line_final(source.at(blocks[b - 1].end - 1))
        && blocks[b - 1].end - blocks[b - 1].start > 40
    {
        return None;
    }
    // A bold opening that ends at a sentence end (a .docx's evidence).
    if let Some((title_end, end)) = source
        .evidence
        .bold_lead(&source.chars, block.start, block.end)
    {
        let title_start = crate::block::skip_inline_space(source, block.start, title_end);
        let lead = FoundHeading {
            level: 0,
            kind: HeadingKind::Lead,
            marker: None,
            block: b,
            start: block.start,
            title_start,
            title_end,
            end,
        };
        return Some((lead, true, true));
    }
    let mut t = block.start;
    let is_bold = source.starts_with(t, "**");
    if is_bold {
        t += 2;
    }
    let s = first_sentence(source, t, block.end, false);
    if s.close != Some('。') || s.body.is_none() {
        return None;
    }
    let end = trim_title_end(source, t, s.end);
    let strict = lead_like(source, t, end, LEAD_MAX);
    if !strict && !claused_lead_like(source, t, end) {
        return None;
    }
    let lead = FoundHeading {
        level: 0,
        kind: HeadingKind::Lead,
        marker: None,
        block: b,
        start: block.start,
        title_start: t,
        title_end: end,
        end: s.end + 1,
    };
    Some((lead, strict, is_bold))
}

/// Lead headings in a flattened text: short title sentences between the
/// sentences of a section, in a run. With no paragraph breaks left, the
/// first lead is glued to the section heading's title ("(一)坚持常态防控,
/// 对冲克服新冠病毒感染疫情影响防疫网络织细织实。…"), and that glue is what
/// tells a section of lead paragraphs from a heading paragraph with
/// sentences run into it ("(一)坚持以前瞻思维细谋一分,…开局起步。统筹推动…。").
fn flat_leads(
    source: &Source,
    blocks: &[Block],
    learned: &Learned,
    heading: &mut FoundHeading,
    section: &[usize],
    spaced: bool,
    found: &mut Vec<FoundHeading>,
) {
    let glued = if heading.kind == HeadingKind::Numbered {
        glued_leads(source, learned, heading.title_start, heading.title_end)
    } else {
        Vec::new()
    };
    if !spaced && glued.is_empty() {
        return;
    }
    let mut candidates: Vec<FoundHeading> = Vec::new();
    let own = &blocks[heading.block];
    let mut spans: Vec<(usize, usize, usize)> = Vec::new(); // (block, start, end) to search
    if heading.end < own.end {
        spans.push((heading.block, heading.end, own.end));
    }
    for &b in section {
        spans.push((b, blocks[b].start, blocks[b].end));
    }
    for &(b, start, end) in &spans {
        // Sentences that follow a sentence end (not a ; or a comma).
        let mut i = start;
        let mut after_stop = true;
        while i < end {
            let mut paragraph =
                i == start && b != heading.block || i > start && is_space(source.at(i - 1));
            while i < end && is_space(source.at(i)) {
                i += 1;
                paragraph = true;
            }
            let s = first_sentence(source, i, end, false);
            let Some(body) = s.body else { break };
            let title_end = trim_title_end(source, i, s.end);
            let next = first_sentence(source, body, end, false);
            // With paragraph breaks left as spaces, a lead opens a
            // paragraph; with none, only its shape and a longer body
            // after it tell it apart.
            let shaped = if spaced {
                paragraph && lead_like(source, i, title_end, LEAD_MAX)
            } else {
                title_shaped(source, learned, i, title_end)
                    && lead_like(source, i, title_end, FLAT_LEAD_MAX)
                    && visible_len(source, body, next.end) > visible_len(source, i, title_end)
            };
            let plain =
                after_stop && s.close == Some('。') && !has(source, i, title_end, "0123456789”");
            if plain && shaped {
                candidates.push(FoundHeading {
                    level: 0,
                    kind: HeadingKind::Lead,
                    marker: None,
                    block: b,
                    start: i,
                    title_start: i,
                    title_end,
                    end: s.end + 1,
                });
            }
            after_stop = matches!(s.close, Some('。' | '!' | '?'));
            i = body;
        }
    }
    if candidates.len() + usize::from(!glued.is_empty()) < 2 {
        return;
    }
    // The glued lead: as long as the section's other leads, other things
    // equal ("…现代化产业体系|主导产业持续发力", not "…现代化|产业体系主导…").
    let mut lengths: Vec<u64> = candidates
        .iter()
        .map(|c| visible_len(source, c.title_start, c.title_end) as u64)
        .collect();
    crate::sort::sort_keys(&mut lengths);
    let typical = lengths
        .get(lengths.len() / 2)
        .copied()
        .unwrap_or(TYPICAL_LEAD as u64) as f32;
    let best = glued
        .iter()
        .map(|&(score, q)| {
            let len = visible_len(source, q, heading.title_end) as f32;
            (score - (len - typical).abs() * 0.15, q)
        })
        .fold(None, |best: Option<(f32, usize)>, (s, q)| match best {
            Some((b, _)) if b >= s => best,
            _ => Some((s, q)),
        });
    if let Some((_, q)) = best {
        candidates.insert(
            0,
            FoundHeading {
                level: 0,
                kind: HeadingKind::Lead,
                marker: None,
                block: heading.block,
                start: q,
                title_start: q,
                title_end: heading.title_end,
                end: heading.end,
            },
        );
        heading.title_end = trim_title_end(source, heading.title_start, q);
        heading.end = heading.title_end;
    }
    found.extend(candidates);
}

/// Where a lead sentence glued to a title may start, with a score: after
/// a space run between two words (a flattened line break; the only option
/// then), or, in a title of two parallel clauses "A,B" where B runs far
/// longer than A, after a title-final word of B.
fn glued_leads(source: &Source, learned: &Learned, start: usize, end: usize) -> Vec<(f32, usize)> {
    let mut i = start + 1;
    while i < end {
        if is_space(source.at(i))
            && !source.at(i - 1).is_ascii_digit()
            && !is_space(source.at(i - 1))
        {
            let mut j = i;
            while j < end && is_space(source.at(j)) {
                j += 1;
            }
            if !source.at(j).is_ascii_digit() && lead_like(source, j, end, LEAD_MAX) {
                return vec![(10.0, j)];
            }
            i = j;
        }
        i += 1;
    }
    let mut options = Vec::new();
    let Some(comma) = (start..end).rev().find(|&i| source.at(i) == ',') else {
        return options;
    };
    let a = visible_len(source, start, comma);
    let b = visible_len(source, comma + 1, end);
    if b < 14 || b < a + 8 {
        return options;
    }
    for q in comma + 5..end.saturating_sub(3) {
        if !title::may_open_body(source.at(q))
            || !lead_like(source, q, end, FLAT_LEAD_MAX)
            || !title_shaped(source, learned, q, end)
        {
            continue;
        }
        let mut tf = f32::from(learned.final_weight(source, comma + 1, q));
        // A verb–object clause needs its object: "着力推进|社会治理现代化…".
        if learned.verb_first(source, comma + 1) && learned.predicate_final(source, comma + 1, q) {
            tf = tf.min(0.5);
        }
        if tf > 0.0 {
            let balance = (visible_len(source, comma + 1, q) as f32 - a as f32).abs();
            options.push((tf - balance * 0.1, q));
        }
    }
    options
}

/// Settle the levels on the tree. Under a numbered heading a numbered
/// one keeps the distance of the standard levels ("1." straight under
/// "一、" is 3, as under "（一）"); anything else is one below its parent
/// ("1 标题" under "■ …" is 2, "一、" under "第一部分" is 2). The parents
/// stay the same: every heading between a heading and its parent lies in
/// the parent's subtree, so it is deeper than the parent.
fn settle_levels(headings: &mut [FoundHeading], parents: &[Option<usize>]) {
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
fn parents(headings: &[FoundHeading]) -> Vec<Option<usize>> {
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
fn assign_levels(source: &Source, headings: &mut [FoundHeading]) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block;

    #[test]
    fn finds_the_path_to_a_position() {
        let text = "一、总体\n（一）经济\n1.工业增长。全年增长5%。\n2.服务业增长。全年增长6%。\n（二）社会\n就业稳定。";
        let source = Source::new(text);
        let outline = build(&source, &block::layout(&source));
        let at = text.chars().position(|c| c == '6').unwrap_or(0);
        let titles: Vec<String> = outline
            .path_at(at)
            .iter()
            .map(|h| source.clean(h.title_start, h.title_end))
            .collect();
        assert_eq!(
            titles,
            ["总体", "经济", "服务业增长"],
            "should list the enclosing headings, outermost first"
        );
        assert!(
            outline.path_at(0).is_empty() || outline.path_at(0).len() == 1,
            "should find nothing or the first heading at the start"
        );
        let last = text.chars().count() - 1;
        let titles: Vec<String> = outline
            .path_at(last)
            .iter()
            .map(|h| source.clean(h.title_start, h.title_end))
            .collect();
        assert_eq!(
            titles,
            ["总体", "社会"],
            "should climb back to the parent of a later section"
        );
    }
}
