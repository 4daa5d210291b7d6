//! Ranks: "全市第二", "排名第一", "第3名", "前50", "前三名", "前10强".
//!
//! ```text
//! rank = rank-context? "第" number ("名" | "位")?
//!      | "前" number ("名" | "位" | "强")?
//! ```
//!
//! The number is whole. After 第 it is a rank only with 名 or 位 after it,
//! or with a rank context before 第 (全市, 全省, 排名, 位居 …) and no noun
//! after it; else it is an ordinal and skipped: "第七次", "第一时间",
//! "第一批". After 前 it is a rank unless 前 ends a word (目前, 提前,
//! 年前 …), the number is a lone 一, or a period or a share follows:
//! "前三季度", "前10个月", "前10%的企业".

use super::number::Num;
use std::borrow::Cow;

use super::reading::{Reading, StatedUnit};
use super::scanner::Scanner;
use crate::document::QuantityKind;
use crate::text::is_han;
use crate::units;

impl Scanner<'_> {
    /// A number at `i` for a rank: a whole Arabic or Chinese number.
    fn rank_number(&self, i: usize) -> Option<Num> {
        if self.at(i).is_ascii_digit() {
            let num = self.read_arabic(i)?;
            let next = self.at(num.end);
            return (num.integer() && !(next.is_ascii_alphanumeric() || next == '.'))
                .then_some(num);
        }
        let (num, _) = self.read_chinese(i);
        num.filter(|n| !n.bare)
    }

    /// At 第: a rank ("全市第二", "排名第一", "第3名") or an ordinal to skip
    /// ("第七次", "第一时间", "第一批").
    pub(super) fn ordinal(&mut self, i: usize) -> usize {
        let p = self.gap(i + 1);
        let Some(num) = self.rank_number(p) else {
            return i + 1;
        };
        let q = self.gap(num.end);
        let rank_word =
            matches!(self.at(q), '名' | '位') && self.any_at(q, units::NOT_UNITS).is_none();
        // Most characters before 第 end no context word: one bit test.
        let before = self.prev_gap_index(i).map_or('\0', |j| self.chars[j]);
        let context = units::RANK_CONTEXT_LASTS
            .may_contain(before)
            .then(|| {
                units::RANK_CONTEXT
                    .iter()
                    .filter(|w| w.ends_with(before))
                    .find_map(|w| self.word_before(i, w))
            })
            .flatten()
            .filter(|&s| s >= self.min_start());
        let follower = self.at(q);
        let end = if rank_word {
            q + 1
        } else if context.is_some()
            && (!is_han(follower) || units::RANK_FOLLOWERS.contains(&follower))
        {
            num.end
        } else {
            return num.end;
        };
        let start = context.unwrap_or(i);
        self.rank(&num, start, end);
        end
    }

    /// At 前: "前50", "前三名" are ranks; "前三季度", "前10个月" periods.
    pub(super) fn front(&mut self, i: usize) -> usize {
        if units::FRONT_BLOCKERS.contains(self.prev_char(i)) {
            return i + 1;
        }
        let p = self.gap(i + 1);
        let Some(num) = self.rank_number(p) else {
            return i + 1;
        };
        if num.one {
            return num.end;
        }
        let q = self.gap(num.end);
        if let Some((_, e)) = self.any_at(q, units::FRONT_TIME) {
            return e;
        }
        // "前10%的企业": the top ten percent, a percentage.
        if matches!(self.at(q), '%' | '‰') || self.any_at(q, units::POINTS).is_some() {
            return i + 1;
        }
        let end = if units::RANK_WORDS.contains(&self.at(q)) {
            q + 1
        } else {
            num.end
        };
        self.rank(&num, i, end);
        end
    }

    /// Push `start..end` as the rank `num` (名).
    fn rank(&mut self, num: &Num, start: usize, end: usize) {
        let value = num.stated();
        self.push(Reading {
            start,
            end,
            stated: value,
            stated_upper: None,
            stated_unit: StatedUnit::AsUnit,
            value,
            upper: None,
            split: None,
            unit: Cow::Borrowed("名"),
            kind: QuantityKind::Rank,
            approx: None,
        });
    }
}
