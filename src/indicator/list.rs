//! Indicator lists: runs of list items that name indicators, under a
//! 完成情况 / 目标 heading or after an intro sentence, and inline lists —
//! a sentence whose colon introduces several indicator clauses.
//!
//! # Grammar
//!
//! ```text
//! indicator-list = intro? item+            ; under a 完成情况 / 目标 heading
//! intro          = sentence ending in ":"  ; "全年主要经济指标完成情况如下："
//! item           = ("——" | "-" | "•" | "(1)" | "1." …) clause (";" clause)* [";" | "。"]
//! inline-list    = intro clause (";" clause)* "。"
//!                ; two names or more; the intro says 目标, or 指标 and a role or kind
//! ```
//!
//! Real lists:
//!
//! ```text
//! 全年主要经济指标完成情况如下：
//! - 地区生产总值同比增长 1.1%;
//! - 社会消费品零售总额同比下降 3.6%;
//!
//! 如下：——A；——B；                     → two items: the line breaks were lost
//! 一九九六年主要计划指标安排如下：国内生产总值增长百分之十一左右；外贸出口收购总值增长百分之十；…
//!                                       → an inline list: 计划指标 names a role
//! 主要预期目标是：…。约束性指标是：…   → two inline lists, the second following the first
//! ```
//!
//! An item is a single short sentence that names an indicator: a numbered
//! heading with a body is not one. In a text flattened onto one line, a
//! dash or bullet starts an item anywhere. Each item is cut into clauses
//! at ";" and "。"; the clauses are read in [`super::clause`].

use super::context::{kind_in, role_in};
use super::names::NameIndex;
use crate::block::Layout;
use crate::marker::{self, MarkerStyle};
use crate::outline::Outline;
use crate::text::{is_blank, Source};

/// Longest intro of an inline list ("今年全市经济社会发展的主要预期目标是").
const INTRO_MAX: usize = 60;

/// A run of consecutive indicator-list items.
pub(super) struct Run {
    /// First code point of the first item.
    pub(super) start: usize,
    /// The intro sentence (text before its colon), if the run has one.
    pub(super) intro: Option<(usize, usize)>,
    /// The intro of the list this one follows in the same paragraph
    /// ("主要预期目标是：…。约束性指标是：…"): its role holds unless
    /// this intro names another.
    pub(super) follows: Option<(usize, usize)>,
    /// The clauses of all items, in order.
    pub(super) clauses: Vec<(usize, usize)>,
    /// A sentence in prose ("主要预期目标是：A，B。"), not a run of
    /// items: it gives the headline figures, and the prose may set others.
    pub(super) inline: bool,
}

/// Find the indicator lists: runs of list items that name indicators,
/// and "主要预期目标是：A；B；C" sentences.
pub(super) fn list_runs(
    source: &Source,
    layout: &Layout,
    outline: &Outline,
    names: &NameIndex,
) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut open: Option<Run> = None;
    let mut previous: Option<(usize, usize)> = None;
    for block in &layout.blocks {
        if block.chrome || block.start >= outline.body_end {
            continue;
        }
        let end = block.end.min(outline.body_end);
        for (start, end) in segments(source, block.start, end, layout.flattened) {
            if let Some(item_start) = list_item_start(source, start, end) {
                let clauses = clauses(source, item_start, end);
                if clauses
                    .iter()
                    .any(|&(s, e)| names.first_in(source, s, e).is_some())
                {
                    let run = open.get_or_insert_with(|| Run {
                        start,
                        intro: previous.and_then(|(s, e)| intro_of(source, s, e)),
                        follows: None,
                        clauses: Vec::new(),
                        inline: false,
                    });
                    run.clauses.extend(clauses);
                    previous = Some((start, end));
                    continue;
                }
            }
            if let Some(run) = open.take() {
                runs.push(run);
            }
            runs.extend(inline_lists(source, start, end, names));
            previous = Some((start, end));
        }
    }
    if let Some(run) = open {
        runs.push(run);
    }
    runs
}

/// Cut a block where a list marker follows a sentence end or a colon:
/// list items run together when line breaks were lost ("如下：——A；——B；").
/// In a text flattened onto one line, a dash or bullet cuts anywhere.
fn segments(source: &Source, start: usize, end: usize, flattened: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    for i in start + 1..end {
        let after_stop = matches!(source.at(i - 1), '。' | ';' | ':');
        let dash = flattened
            && matches!(source.at(i), '—' | '-' | '•' | '●' | '■')
            && source.at(i - 1) != source.at(i);
        if !(after_stop || dash) {
            continue;
        }
        let at = skip_punctuation(source, i, end);
        if let Some(m) = marker::parse(source, at, end) {
            let style_ok = if after_stop {
                is_item_style(m.style)
            } else {
                matches!(m.style, MarkerStyle::Dash | MarkerStyle::Bullet)
            };
            if style_ok && !m.digit_follows && at > from {
                out.push((from, i));
                from = at;
            }
        }
    }
    out.push((from, end));
    out
}

fn is_item_style(style: MarkerStyle) -> bool {
    matches!(
        style,
        MarkerStyle::Dash
            | MarkerStyle::Bullet
            | MarkerStyle::ArabicParen
            | MarkerStyle::Circled
            | MarkerStyle::ArabicDot
    )
}

/// Where the text of a list item starts, if `start..end` is one: a dash,
/// bullet or number, then a single short sentence (not a heading with a
/// body).
fn list_item_start(source: &Source, start: usize, end: usize) -> Option<usize> {
    let m = marker::parse(source, start, end)?;
    let sentences = (m.text_start..end)
        .filter(|&i| source.at(i) == '。' && i + 1 < end)
        .count();
    let short = end - m.text_start <= 120;
    (is_item_style(m.style) && !m.digit_follows && sentences == 0 && short).then_some(m.text_start)
}

/// The intro of a list: the previous segment, when it ends with a colon
/// (the text of its last sentence up to the colon).
fn intro_of(source: &Source, start: usize, end: usize) -> Option<(usize, usize)> {
    let (start, end) = source.trim(start, end);
    if end == 0 || source.at(end - 1) != ':' {
        return None;
    }
    let sentence_start = (start..end - 1)
        .rev()
        .find(|&i| matches!(source.at(i), '。' | ';' | '!' | '?'))
        .map_or(start, |i| i + 1);
    Some((sentence_start, end - 1))
}

/// "今年主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%左右；…":
/// sentences whose colon introduces two or more indicator clauses. The
/// intro names a role or a kind ("约束性指标是：") and says 指标 or 目标.
fn inline_lists(source: &Source, start: usize, end: usize, names: &NameIndex) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    // Where the current sentence starts, kept while scanning (linear time).
    let mut sentence_start = start;
    let mut i = start;
    while i < end {
        let c = source.at(i);
        if matches!(c, '。' | ';' | '!' | '?') {
            sentence_start = i + 1;
        }
        if c != ':' {
            i += 1;
            continue;
        }
        // An intro is short: read at most INTRO_MAX characters of it.
        let intro_start = sentence_start.max(i.saturating_sub(INTRO_MAX));
        let intro = source.folded(intro_start, i);
        let names_list = intro.contains("目标")
            || (intro.contains("指标") && (role_in(&intro).is_some() || kind_in(&intro).is_some()));
        if !names_list {
            i += 1;
            continue;
        }
        let list_end = (i + 1..end).find(|&j| source.at(j) == '。').unwrap_or(end);
        let clauses = clauses(source, i + 1, list_end);
        // Clauses may be cut by commas only: count the names.
        let named: usize = clauses
            .iter()
            .map(|&(s, e)| names.all_in(source, s, e).len())
            .sum();
        if named >= 2 {
            runs.push(Run {
                start: i + 1,
                intro: Some((intro_start, i)),
                follows: runs.last().and_then(|run| run.intro),
                clauses,
                inline: true,
            });
        }
        // A later colon before the sentence ends lists a part of the same
        // clauses: nothing more to find there.
        sentence_start = list_end + 1;
        i = list_end + 1;
    }
    runs
}

/// Split `start..end` into clauses at `;` and `。`.
fn clauses(source: &Source, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    for i in start..=end {
        if i == end || matches!(source.at(i), ';' | '。') {
            let (s, e) = source.trim(from, i);
            if e > s {
                out.push((s, e));
            }
            from = i + 1;
        }
    }
    out
}

/// Skip punctuation and white space.
pub(super) fn skip_punctuation(source: &Source, mut index: usize, end: usize) -> usize {
    while index < end
        && (is_blank(source.at(index)) || matches!(source.at(index), ',' | '、' | ':'))
    {
        index += 1;
    }
    index
}
