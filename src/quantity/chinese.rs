//! A quantity at a Chinese numeral: "三十五亿元", "一万余家", "三点六万吨",
//! "约两千人", "上千家"; or, when the numeral starts a range ("三至五场")
//! or an "N大Y" count ("七大重点领域"), that construct.
//!
//! Chinese numerals form words far more often than Arabic ones, so a
//! numeral needs a unit, and many that have one are still no quantities:
//!
//! - a lone 一 (一批, 一系列, 一层) except in 一倍; a lone 零 (零新增,
//!   零部件);
//! - vague numbers: 数十家, 几十个, 十几个, 三五个; a numeral after 第 or
//!   每 (第七次, 每万人);
//! - a bare scale without approximator: 千方百计, 亿元以上 — but 上千家,
//!   万余家;
//! - names and slogans: 八项规定, 四个意识, and numerals paired with
//!   numerals: 一核两带五组团, 五位一体, 三天两头.

use super::scanner::Scanner;
use super::tail::Tail;
use crate::number::{cn_digit, is_cn_numeral};
use crate::text::is_han;
use crate::units;

impl Scanner<'_> {
    /// At a Chinese numeral.
    pub(super) fn chinese(&mut self, i: usize) -> usize {
        let (num, run_end) = self.read_chinese(i);
        let Some(num) = num else { return run_end };
        let prev = self.prev_char(i);
        if matches!(prev, '第' | '数' | '數' | '几' | '幾' | '若' | '每')
            || self.at(self.tight(run_end)) == '几'
        {
            return run_end;
        }
        // A lone 一 counts only in 一倍 (and 一万, 一千 … which are not lone);
        // a lone 零 never (零新增, 零售, 零部件).
        if num.one && self.at(self.gap(run_end)) != '倍' || num.dec.mantissa == 0 {
            return run_end;
        }
        if let Some(end) = self.big(&num) {
            return end;
        }
        let tail = self.tail(run_end, true);
        if tail.stop {
            return tail.end.max(run_end);
        }
        if tail.unit.is_none() {
            if !num.bare && tail.scale == 0 {
                if let Some(end) = self.range(&num, &tail) {
                    return end;
                }
            }
            return run_end;
        }
        if let Some((_, end)) = self.any_at(i, units::NOT_QUANTITIES) {
            return end;
        }
        let (start, approx) = self.approx_before(i, num.bare);
        if num.bare && approx.is_none() && tail.inner.is_none() {
            return tail.end;
        }
        if self.refused(&num, &tail, prev) || self.in_slogan(i, &tail) {
            return tail.end;
        }
        self.emit(&num, tail.scale, &tail, None, (start, tail.end), approx);
        tail.end.max(run_end)
    }

    /// Is the numeral at `i` with its `tail` one of a slogan's pairs of
    /// numerals and words: 一核两带五组团, 五位一体, 三天两头?
    fn in_slogan(&self, i: usize, tail: &Tail) -> bool {
        let after = self.at(self.tight(tail.unit_end));
        if cn_digit(after).is_some_and(|d| d > 0) {
            return true;
        }
        self.prev_index(i).is_some_and(|p| {
            let before = self.prev_char(p);
            is_han(self.chars[p])
                && !is_cn_numeral(self.chars[p])
                && cn_digit(before).is_some_and(|d| d > 0)
        })
    }
}
