//! A quantity at a digit or an attached minus sign: "801.05亿元",
//! "增长-0.4%", "约36万人", "14%左右"; or, when the number turns out to
//! start a range, a list or an "N大Y" count, that construct.
//!
//! ```text
//! quantity = approx-before? number inner? scale? inner? unit per? approx-after?
//! ```
//!
//! A number with neither unit nor scale is no quantity ("22号线",
//! "2020年"), and a dash before a count is a bullet, not a minus
//! ("-10个项目"). The digits of an identifier, a plan name, a time, a ratio
//! or a dotted date are skipped whole, with the token around them:
//!
//! - letters before the digits: "PM2.5", "V2G", "H7N9", "G4" — but a
//!   longer acronym names what the number measures: "GDP1286亿元" is money;
//! - letters after the digits that are no unit: "5G", "3A级";
//! - joined numbers: "1+1+10+N", "20+8", "7×24", "9:00", "2.3:40.2:57.5",
//!   "2021.01.26", "1.2.3";
//! - "每" before the number, a denominator: "每10万人" (and "第": the
//!   number after it is read at 第, as a rank or an ordinal).

use super::number::Num;
use super::scanner::Scanner;
use super::tail::Tail;
use crate::document::QuantityKind;

impl Scanner<'_> {
    /// At a digit or a minus sign.
    pub(super) fn arabic(&mut self, i: usize) -> usize {
        let Some(num) = self.read_arabic(i) else {
            return i + 1;
        };
        if num.long {
            return self.skip_token(num.end);
        }
        // Identifiers, plan names, dates and ratios around the number.
        let digits_start = if num.negative { i + 1 } else { i };
        let prev = self.prev_char(digits_start);
        if self.joined_before(digits_start, prev) || self.joined_after(num.end) {
            return self.skip_token(num.end);
        }
        if matches!(prev, '第' | '每') {
            let tail = self.tail(num.end, false);
            return tail.end.max(num.end);
        }
        if let Some(end) = self.big(&num) {
            return end;
        }
        if self.at(num.end).is_ascii_alphabetic() && self.latin_unit(num.end).is_none() {
            return self.skip_token(num.end);
        }
        self.arabic_quantity(num, prev)
    }

    /// The tail of an Arabic number and what it makes: a range, a list, a
    /// single quantity or nothing. Where the scan goes on.
    fn arabic_quantity(&mut self, num: Num, prev: char) -> usize {
        let tail = self.tail(num.end, false);
        if tail.stop {
            return tail.end.max(num.end);
        }
        if let Some(end) = self.range(&num, &tail) {
            return end;
        }
        if tail.unit.is_none() && tail.inner.is_none() && tail.after.is_none() {
            if let Some(end) = self.list(num, tail) {
                return end;
            }
            if tail.scale == 0 {
                return num.end;
            }
        }
        if self.refused(&num, &tail, prev) {
            return tail.end.max(num.end);
        }
        self.single(&num, &tail);
        tail.end.max(num.end)
    }

    /// Is the number at `i` (after `prev`) joined to a code or a number
    /// before it: "PM2.5", "#3", "20+8"?
    fn joined_before(&self, i: usize, prev: char) -> bool {
        prev.is_ascii_digit()
            || prev.is_ascii_alphabetic() && self.short_code_before(i)
            || matches!(prev, '_' | '/' | '\\' | '#' | '@' | '=' | '&' | '.' | '·')
            || matches!(prev, '+' | '×' | '*') && self.operator_joined(i)
    }

    /// Is the number ending at `end` joined to what follows: "1+N",
    /// "2021.01.26", "9:00", "7×24", "1/3"?
    fn joined_after(&self, end: usize) -> bool {
        let next = self.at(end);
        let after = self.at(end + 1);
        next == '+'
            || next == '.' && after.is_ascii_digit()
            || matches!(next, ':' | '∶' | '×' | '*' | '/' | '·' | '.') && after.is_ascii_digit()
    }

    /// Emit a single quantity: `num` and its `tail`.
    pub(super) fn single(&mut self, num: &Num, tail: &Tail) {
        if tail.unit.is_none() && tail.scale == 0 {
            return;
        }
        let mut num = *num;
        if num.negative && tail.unit.is_none_or(|u| u.kind == QuantityKind::Count) {
            // "-10个项目": a dash or a bullet, not a negative count.
            num.negative = false;
            num.start += 1;
        }
        let (start, approx) = self.approx_before(num.start, num.bare);
        self.emit(&num, tail.scale, tail, None, (start, tail.end), approx);
    }

    /// Does a "+" (or "×", "*") before `i` join it to a digit or a letter
    /// ("20+8", "1+N", "7×24")? A "+" after a bracket or a word is a plus
    /// sign ("（+5.2%）"), a "*" after a word is markdown bold ("**6%**").
    fn operator_joined(&self, i: usize) -> bool {
        self.prev_index(i)
            .and_then(|p| self.prev_index(p))
            .is_some_and(|q| self.chars[q].is_ascii_alphanumeric())
    }

    /// Do one or two ASCII letters stand right before `i` (PM2.5, V2G, G4,
    /// H7N9)? Longer acronyms name what the number measures (GDP1286亿元).
    fn short_code_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > self.lo && k + 3 > i && self.chars[k - 1].is_ascii_alphabetic() {
            k -= 1;
        }
        i - k <= 2
    }
}
