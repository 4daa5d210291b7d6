//! Statements: a predicate that reports an indicator without a number.
//!
//! # Grammar
//!
//! ```text
//! qualitative = "正增长" | "保持稳定" | "完成上级下达指标" | "按照上级主管部门工作部署正常推进" | …
//! ```
//!
//! (the words are [`crate::aliases::QUALITATIVE`]). Real statements:
//!
//! ```text
//! ——社会消费品零售总额正增长;                  → qualitative, up
//! - 万元 GDP 水耗、节能减排完成上级下达指标。     → two qualitative records
//! 全年居民消费价格与上年持平。                  → growth 0 %, flat
//! 城乡居民收入增长与经济增长基本同步            → a target: qualitative, up
//! 单位地区生产总值能耗下降完成市下达的年度目标任务  → a task handed down: qualitative, down
//! 全市外贸进出口实现正增长                      → an outcome in a review: qualitative, up
//! ```
//!
//! The first word of change in the predicate points the record up, down or
//! flat. The statement may stand after later names ("A下降和B减少完成省
//! 下达任务") or before the name ("…，完成省下达的节能减排任务"). In
//! prose, a statement counts only when the subject's own predicate makes
//! it, of a target, of a task handed down, or of no change (持平).

use super::clause::Clause;
use super::names::NameMatch;
use crate::aliases;
use crate::document::{Direction, Indicator, IndicatorKind, Measure, Role};
use crate::text::contains_any;

/// How far after a subject a statement of it may stand ("A和B完成省下达任务").
const STATEMENT_WINDOW: usize = 80;

/// Does the text make a statement of an indicator without a number?
pub(super) fn states_something(text: &str) -> bool {
    contains_any(text, aliases::QUALITATIVE)
}

/// Which way a statement without a number points: the first word of
/// change in it ("保持稳定" → flat, "能耗下降…完成目标" → down).
pub(super) fn qualitative_direction(predicate: &str) -> Option<Direction> {
    let first = |words: &[&str]| words.iter().filter_map(|w| predicate.find(w)).min();
    [
        (first(aliases::QUALITATIVE_UP_WORDS), Direction::Up),
        (first(aliases::QUALITATIVE_DOWN_WORDS), Direction::Down),
        (first(aliases::QUALITATIVE_FLAT_WORDS), Direction::Flat),
    ]
    .into_iter()
    .filter_map(|(at, direction)| at.map(|at| (at, direction)))
    .min_by_key(|&(at, _)| at)
    .map(|(_, direction)| direction)
}

/// In prose, a statement counts when the subject's own predicate makes
/// it, of a target or of a task handed down: "城乡居民收入增长与经济增长
/// 基本同步", "能耗降低完成省下达的年度目标".
fn counts_in_prose(own_statement: &str, role: Role) -> bool {
    let stated = contains_any(own_statement, aliases::QUALITATIVE);
    let task = contains_any(own_statement, aliases::TASK_STATEMENTS);
    let flat = own_statement.contains("持平");
    let outcome = contains_any(own_statement, aliases::OUTCOME_STATEMENTS);
    stated && (role == Role::Target || task || flat || outcome)
}

impl Clause<'_> {
    /// The records of a group whose predicate has no figure of its own:
    /// one qualitative record per subject, when a statement is made.
    pub(super) fn read_statement(
        &self,
        group: &[&NameMatch],
        (predicate_start, predicate_end): (usize, usize),
        kind: Option<IndicatorKind>,
        out: &mut Vec<Indicator>,
    ) {
        let source = self.source;
        if !self.listed
            && !counts_in_prose(
                &source.folded(predicate_start, predicate_end),
                self.context.role,
            )
        {
            return;
        }
        // A statement with no number counts only when it says something
        // of the indicator: "正增长", "保持稳定", "完成上级下达指标".
        let (window_start, window_end) = self.statement_window(group[0].start);
        let statement = source.folded(window_start, window_end);
        if !contains_any(&statement, aliases::QUALITATIVE) {
            return;
        }
        let direction = qualitative_direction(&source.folded(
            predicate_start,
            self.end.min(predicate_start + STATEMENT_WINDOW),
        ));
        let (text_start, text_end) =
            self.statement_text(group[0].start, (predicate_start, predicate_end));
        // "与上年持平": no change, a growth of zero.
        let flat = source
            .find(predicate_start, predicate_end, "持平")
            .is_some();
        for m in group {
            let mut record = self.record(m, kind);
            record.direction = direction;
            if flat {
                record.measure = Measure::Growth;
                record.value = Some(0.0);
                record.unit = Some("%".to_string());
                record.direction = Some(Direction::Flat);
            }
            record.text = source.original(text_start, text_end).to_string();
            record.span = source.span(text_start, text_end);
            out.push(record);
        }
    }

    /// Where a statement of the subject at `subject_start` may stand: from
    /// the figure before it (the statement may stand before the name too:
    /// "…，完成省下达的节能减排任务") to a short window after it ("A下降和
    /// B减少完成省下达任务": a statement after later names counts, within a
    /// clause, not a report).
    fn statement_window(&self, subject_start: usize) -> (usize, usize) {
        let readings = &self.readings;
        let before = readings.partition_point(|r| r.end <= subject_start);
        let window_start = before
            .checked_sub(1)
            .map_or(self.start, |k| readings[k].end.max(self.start));
        let window_end = self
            .end
            .min(subject_start.max(window_start) + STATEMENT_WINDOW);
        (window_start, window_end)
    }

    /// The text of a statement: from the subjects to the statement — the
    /// group's own predicate, or the clause's end when the statement
    /// follows later names — without trailing punctuation.
    fn statement_text(
        &self,
        subject_start: usize,
        (predicate_start, predicate_end): (usize, usize),
    ) -> (usize, usize) {
        let source = self.source;
        let own_statement = source.folded(predicate_start, predicate_end);
        let text_end = if contains_any(&own_statement, aliases::QUALITATIVE)
        {
            predicate_end
        } else {
            self.end
        };
        let (text_start, text_end) = source.trim(subject_start, text_end);
        let text_end = (text_start..text_end)
            .rev()
            .find(|&i| !matches!(source.at(i), ',' | '、' | ';'))
            .map_or(text_end, |i| i + 1);
        (text_start, text_end)
    }
}
