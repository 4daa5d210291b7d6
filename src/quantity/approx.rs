//! Approximators: the words that make a quantity approximate, before the
//! number, between it and its unit, or after the quantity.
//!
//! ```text
//! approx-before = 约 | 近 | 超 | 超过 | 逾 | 将近 | 接近 | 大约  ; 约36万人, 超19亿元
//!               | 上 | 突破 | 破              ; before a bare scale only: 上千家, 突破万亿
//! inner         = "余" | "多"                 ; 40余项, 3000多万元, 3万余户
//! approx-after  = 左右 | 以上 | 以下 | 以内 | 之内  ; 14%左右, 500亿元以上
//! ```
//!
//! An approximator before the number is one only where the character
//! before it does not make another word with it: 附近 ("nearby"), 赶超
//! ("catch up"), 节约 ("save"), 以上千元 (以上, then 千元). It never reaches
//! back into the quantity before it. The words and their guards are in
//! [`crate::units`].

use super::scanner::Scanner;
use super::tail::Tail;
use crate::units;

impl Scanner<'_> {
    /// An approximator before `start`: (new start, approximator).
    pub(super) fn approx_before(&self, start: usize, bare: bool) -> (usize, Option<&'static str>) {
        let floor = self.min_start();
        let Some(last) = self.prev_gap_index(start).map(|j| self.chars[j]) else {
            return (start, None);
        };
        if !units::APPROX_BEFORE_LASTS.may_contain(last) {
            return (start, None);
        }
        let mut found = self.approx_word_before(start, last, floor, units::APPROX_BEFORE);
        if found.is_none() && bare {
            found = self.approx_word_before(start, last, floor, units::APPROX_BEFORE_BARE);
        }
        match found {
            Some((s, word)) => (s, Some(word)),
            None => (start, None),
        }
    }

    /// The first of `words` (with the characters that may not stand before
    /// it) that ends before `start` with the character `last` and starts
    /// at or after `floor`: its start and the word.
    fn approx_word_before(
        &self,
        start: usize,
        last: char,
        floor: usize,
        words: &[(&'static str, &'static str)],
    ) -> Option<(usize, &'static str)> {
        for &(word, guard) in words {
            if !word.ends_with(last) {
                continue;
            }
            if let Some(s) = self.word_before(start, word) {
                if s >= floor && !guard.contains(self.prev_char(s)) {
                    return Some((s, word));
                }
            }
        }
        None
    }

    /// An inner approximator at `p` into `t` ("40余项", "3000多万元"):
    /// where the next token may start.
    pub(super) fn read_inner(&self, t: &mut Tail, p: usize) -> usize {
        match self.any_at(p, units::APPROX_INNER) {
            Some((w, e)) => {
                t.inner = Some(w);
                t.end = e;
                self.gap(e)
            }
            None => p,
        }
    }

    /// An approximator after the unit into `t` ("14%左右").
    pub(super) fn read_after(&self, t: &mut Tail) {
        if let Some((w, e)) = self.any_at(self.gap(t.end), units::APPROX_AFTER) {
            t.after = Some(w);
            t.end = e;
        }
    }
}
