//! Prose: the headline figures a report states in its paragraphs, for
//! the roles it gives no indicator list for.
//!
//! A report without indicator lists states its headline figures in prose:
//!
//! ```text
//! 全年地区生产总值实现2828亿元,增速达10.2%      → gdp: level 2828 亿元, growth 10.2 %
//! 特别是一季度GDP同比增长29.4%                 → skipped: a part-year figure
//! 一季度增长5.3%，…，全年地区生产总值增长5.1%   → the figure after the last 全年
//! 发放节能减排专项资金2623万元                  → skipped: money for something else
//! 力争规模以上工业增加值增长6%以上             → a target when no heading names a role (力争)
//! 其中，出口总额520.4亿元，增长1.2%            → skipped: a part of the trade figure before
//! 过去五年，…                                  → skipped: a paragraph about several years
//! 这五年，是跨越发展的五年。…                  → skipped: the rest of the paragraph
//! 一、“十四五”时期工作回顾 / 民生福祉明显改善。…  → skipped: a section about several years,
//!                                                but a paragraph naming the year reviewed
//! 五年来，… / ——共同富裕探路先行，…             → skipped: dash paragraphs after one about years
//! ```
//!
//! Each sentence (cut at "。", ";", "!", "?") that names a headline
//! indicator and holds a figure or a statement is read as a clause
//! ([`super::clause`]). The headings say the role; when they do not, a
//! target cue in the sentence ("力争", "目标", "预期" …, read from where
//! the sentence starts, so a cue holds over the clauses after it) or the
//! year planned makes it a target. Figures of part of a year
//! ("一季度", "1-11月") are skipped, but in a half-year or quarterly
//! release, whose headline figures they are.

use super::clause::read_clause;
use super::context::{speaks_of_years_in, year_in, Context};
use super::names::NameIndex;
use super::statement::states_something;
use crate::aliases;
use crate::block::Layout;
use crate::document::{Indicator, Meta, Role};
use crate::outline::Outline;
use crate::text::{Source, contains_any};

/// Records in the prose of the report, for roles with no indicator list.
pub(super) fn prose_indicators(
    source: &Source,
    layout: &Layout,
    outline: &Outline,
    meta: &Meta,
    names: &NameIndex,
) -> Vec<Indicator> {
    let mut out = Vec::new();
    let mut prose = Prose {
        source,
        outline,
        meta,
        names,
        // A half-year or quarterly release reports part-year figures as its
        // headline ones ("2024年上半年国民经济运行情况").
        part_year_report: meta
            .title
            .as_deref()
            .is_some_and(|t| is_part_year(&crate::text::fold_str(t))),
        section: None,
    };
    // "一、“十四五”时期工作回顾": under a heading about several years, only
    // a paragraph that names the year reviewed or planned ("刚刚过去的
    // 2025年，…") gives that year's figures.
    // A heading that names the year too ("一、2025年和“十四五”时期工作
    // 回顾") covers that year. Each heading is judged once.
    let the_year = |year: Option<i32>| {
        year.is_some() && (year == meta.year_reviewed || year == meta.year_planned)
    };
    let heading_of_years: Vec<bool> = outline
        .headings
        .iter()
        .map(|h| {
            speaks_of_years_in(source, h.title_start, h.title_end) && {
                let title = source.folded(h.title_start, h.title_end);
                !the_year(year_in(&title))
            }
        })
        .collect();
    // The paragraph before spoke of several years.
    let mut years_run = false;
    for block in &layout.blocks {
        if block.chrome || block.start >= outline.body_end {
            continue;
        }
        // "过去五年，…": a paragraph about several years gives no year's figures.
        let first_end = (block.start..block.end)
            .find(|&i| source.at(i) == '。')
            .unwrap_or(block.end);
        if speaks_of_years_in(source, block.start, first_end) {
            years_run = true;
            continue;
        }
        let of_years = outline.path_at(block.start).iter().any(|h| {
            let index = outline.headings.partition_point(|x| x.start < h.start);
            heading_of_years.get(index).copied().unwrap_or(false)
        });
        if of_years && !the_year(year_in(&source.folded(block.start, first_end))) {
            continue;
        }
        // "五年来，…" then "——创新动能显著增强，…": dash paragraphs go on
        // with the years of the paragraph before them.
        let dashed = source.starts_with(source.trim(block.start, block.end).0, "——");
        if dashed && years_run {
            continue;
        }
        years_run = false;
        prose.read_paragraph(block.start, block.end, &mut out);
    }
    out
}

/// Does the sentence speak of part of a year (一季度, 1-11月 …)?
fn is_part_year(text: &str) -> bool {
    contains_any(text, aliases::PART_YEAR)
}

/// The prose of a report, read paragraph by paragraph.
struct Prose<'a> {
    source: &'a Source<'a>,
    outline: &'a Outline,
    meta: &'a Meta,
    names: &'a NameIndex,
    /// The report gives part-year figures as its headline ones.
    part_year_report: bool,
    /// The context of the last section read: (its innermost heading, context).
    section: Option<(Option<usize>, Context)>,
}

/// The target cues ("力争", "目标" …) of the sentence being read: each
/// character is read once (a long sentence of many clauses).
struct TargetCues {
    /// Where the text read for cues so far ends.
    upto: usize,
    /// A cue was seen in it.
    seen: bool,
}

impl TargetCues {
    /// A sentence starts at `sentence_from`: forget the cues before it.
    fn start_sentence(&mut self, sentence_from: usize) {
        if self.upto < sentence_from {
            self.upto = sentence_from;
            self.seen = false;
        }
    }

    /// Has the sentence a cue before `end`?
    fn seen_before(&mut self, source: &Source, end: usize) -> bool {
        if !self.seen && self.upto < end {
            self.seen = source.contains_any(self.upto, end, aliases::TARGET_CUES);
            self.upto = end;
        }
        self.seen
    }
}

impl Prose<'_> {
    /// Read the clauses of the paragraph `start..end`.
    fn read_paragraph(&mut self, start: usize, end: usize, out: &mut Vec<Indicator>) {
        let source = self.source;
        let mut from = start;
        // Where the sentence of the clause starts: a cue ("主要预期目标是：")
        // holds over the clauses after it (";").
        let mut sentence_from = start;
        let mut cues = TargetCues {
            upto: start,
            seen: false,
        };
        for i in start..=end {
            if i < end && !matches!(source.at(i), '。' | ';' | '!' | '?') {
                continue;
            }
            let (s, e) = source.trim(from, i);
            from = i + 1;
            // "这五年，是跨越发展的五年。": the rest of the paragraph is
            // about several years, not one.
            if e > s && speaks_of_years_in(source, s, e) {
                break;
            }
            cues.start_sentence(sentence_from);
            if i == end || source.at(i) != ';' {
                sentence_from = i + 1;
            }
            // Only a sentence with a name and a figure (or a statement) can
            // hold a record.
            if e <= s || !self.names.any_in(source, s, e) {
                continue;
            }
            // Folded once: every test below reads it.
            let mut sentence = source.folded(s, e);
            // "一季度……，三季度……，全年地区生产总值增长5.1%": the year's
            // figure after the part-year ones.
            let s = match self.whole_year_after_parts(&sentence) {
                Some(skip) => {
                    sentence = sentence.chars().skip(skip).collect();
                    s + skip
                }
                None => s,
            };
            if !self.may_hold_record(&sentence) {
                continue;
            }
            let context = self.clause_context(s, e, &sentence, &mut cues);
            // "其中，出口总额…": a part of the figure before, not a headline.
            // Only after 其中: "外贸出口增长7.2%，其中对东盟…" is the headline.
            let part_from = source
                .find(s, e, "其中")
                .map(|at| source.span(at, at).start);
            out.extend(
                read_clause(source, self.names, s, e, &context, false)
                    .into_iter()
                    .filter(|r| {
                        !(part_from.is_some_and(|at| r.span.start > at)
                            && r.key
                                .as_deref()
                                .is_some_and(|k| aliases::PART_KEYS.contains(&k)))
                    }),
            );
        }
    }

    /// In a sentence of part-year figures, how many characters precede
    /// the last "全年" when no part of a year is named after it.
    fn whole_year_after_parts(&self, sentence: &str) -> Option<usize> {
        if self.part_year_report || !is_part_year(sentence) {
            return None;
        }
        let at = sentence.rfind(aliases::WHOLE_YEAR)?;
        (!is_part_year(&sentence[at..])).then(|| sentence[..at].chars().count())
    }

    /// Can the clause hold a record: has it a figure or a statement, and
    /// not of part of a year?
    fn may_hold_record(&self, sentence: &str) -> bool {
        let has_figure = sentence
            .chars()
            .any(|c| c.is_ascii_digit() || crate::number::is_cn_numeral(c));
        let part_year = !self.part_year_report && is_part_year(sentence);
        !(part_year || !has_figure && !states_something(sentence))
    }

    /// The context of the clause `s..e`: the headings say the role (read
    /// once per section); the sentence may say the year.
    fn clause_context(
        &mut self,
        s: usize,
        e: usize,
        sentence: &str,
        cues: &mut TargetCues,
    ) -> Context {
        let meta = self.meta;
        let mut context = self.section_context(s);
        let year = year_in(sentence);
        if !context.decided {
            // No heading says: the sentence may ("力争…", "2024年…" when
            // 2024 is the year planned).
            let planned = year.is_some() && year == meta.year_planned && year != meta.year_reviewed;
            let cue_seen = cues.seen_before(self.source, e);
            if planned || cue_seen {
                context.role = Role::Target;
                context.year = meta.year_planned;
            }
        }
        if year.is_some() {
            context.year = year;
        }
        context
    }

    /// The context the headings around `at` give.
    fn section_context(&mut self, at: usize) -> Context {
        let innermost = self.outline.path_at(at).last().map(|h| h.start);
        match &self.section {
            Some((key, context)) if *key == innermost => context.clone(),
            _ => {
                let headings: Vec<(usize, usize)> = self
                    .outline
                    .path_at(at)
                    .iter()
                    .rev()
                    .map(|h| (h.title_start, h.title_end))
                    .collect();
                let context = Context::from_texts(self.source, &headings, self.meta);
                self.section = Some((innermost, context.clone()));
                context
            }
        }
    }
}
