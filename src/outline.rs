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
//! The parts: this module finds numbered headings and builds the tree;
//! [`items`] finds dash and bullet items, 一是 paragraphs, attachments and
//! part lines; [`leads`] finds lead sentences; [`levels`] settles levels.
//!
//! The numbering sequence ([`Numbering`]) judges doubtful markers; the
//! document's own well-formed titles teach the run-in cutter
//! ([`Learned`]).

use crate::block::{Block, Layout};
use crate::document::{Heading, HeadingKind};
use crate::marker::{self, Fit, Marker, MarkerStyle, Numbering};
use crate::text::{is_line_final, is_sentence_end, is_space, Source};
use crate::title::{self, Learned};

mod items;
mod leads;
mod levels;

use items::{annex_heading, items, ordinals, part_titles, ANNEX_LINE_MAX};
use leads::leads;
use levels::{assign_levels, parents, settle_levels};

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

impl FoundHeading {
    /// A lead heading of block `block`: a paragraph opening with a title
    /// sentence `title_start..title_end`, its own text ending at `end`.
    fn lead(block: usize, start: usize, title_start: usize, title_end: usize, end: usize) -> Self {
        FoundHeading {
            level: 0,
            kind: HeadingKind::Lead,
            marker: None,
            block,
            start,
            title_start,
            title_end,
            end,
        }
    }
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

/// Longest lead title (code points, white space excluded).
const LEAD_MAX: usize = 20;

/// Longest lead title with clauses ("这五年，高质量发展扎实推进，经济实力跃上
/// 新台阶。"), taken only in a run of such paragraphs.
const CLAUSED_LEAD_MAX: usize = 40;

/// Words a figure ends with: "8+4" or "5G" in a title is a name, "3.3%" or
/// "1042.8亿元" a statement.
const FIGURE_UNITS: &str = "%‰亿万千百元人个家项吨倍户件亩斤座辆台套所条公米";

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

/// Longest rest of a clause a run-in cut may leave before a comma.
const CLAUSE_REST_MAX: usize = 6;

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

/// Is there a figure with a unit in `start..end` ("3.3%", "1042.8亿元")?
fn has_figure(source: &Source, start: usize, end: usize) -> bool {
    source
        .numerals_in(start, end)
        .iter()
        .any(|n| n.arabic && FIGURE_UNITS.contains(source.at(n.end.min(end))))
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
