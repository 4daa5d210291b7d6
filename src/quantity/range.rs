//! Ranges: two numbers joined by a dash or 至, "10-30亿元", "5%—5.5%",
//! "3至5个", "三至五场".
//!
//! ```text
//! range      = approx-before? number tail range-dash number tail
//! range-dash = "-" | "—" | "——" | "–" | "~" | "〜" | "至" | "到"
//! ```
//!
//! One reading holds both ends: `value` is the low end, `upper` the high
//! end. A scale or unit written once serves both ("10-30亿元": 1e9 to
//! 3e9); when the low end has its own unit the high end must have the same
//! ("5%—5.5%"), else the low end stands alone. Two bare numbers joined by a
//! dash are a date, a year span or a phone number and are skipped whole:
//! "1-11月", "2020-2022年".

use super::number::Num;
use super::scanner::Scanner;
use super::tail::Tail;
use crate::units;

impl Scanner<'_> {
    /// "10-30亿元", "5%—5.5%", "3至5个"; dates and years ("1-11月",
    /// "2020-2022年") are skipped whole.
    pub(super) fn range(&mut self, num: &Num, tail: &Tail) -> Option<usize> {
        if tail.after.is_some() {
            return None;
        }
        let q = self.past_range_dash(tail.end)?;
        let num2 = match self.range_high_end(num.chinese, q) {
            Ok(num2) => num2,
            Err(outcome) => return outcome,
        };
        let tail2 = self.tail(num2.end, num.chinese);
        if tail.unit.is_some() {
            // "5%—5.5%": both ends need the same unit, else the first
            // stands alone.
            match tail2.unit {
                Some(b) if !tail2.stop && tail.unit.is_some_and(|a| a.unit == b.unit) => {}
                _ => return None,
            }
        } else if tail2.stop || tail2.unit.is_none() && tail2.scale == 0 {
            // A date, a year span or a phone number: nothing here.
            return Some(tail2.end.max(num2.end));
        }
        self.emit_range(num, tail, &num2, &tail2);
        Some(tail2.end.max(num2.end))
    }

    /// Past a range dash (and the gap after it) after `end`: where the
    /// high end may start.
    fn past_range_dash(&self, end: usize) -> Option<usize> {
        let p = self.gap(end);
        let dash = self.at(p);
        if !units::RANGE_DASHES.contains(&dash) {
            return None;
        }
        let mut q = p + 1;
        if dash == '—' && self.at(q) == '—' {
            q += 1;
        }
        Some(self.gap(q))
    }

    /// The high end of a range at `q`, a number of the low end's script.
    /// Without one, what [`Self::range`] returns: `None` (no range here) or
    /// the end of an identifier to skip ("1-2B", "3-4.5.6").
    fn range_high_end(&self, chinese: bool, q: usize) -> Result<Num, Option<usize>> {
        if chinese {
            let (num2, _) = self.read_chinese(q);
            return num2.filter(|n| !n.bare && n.dec.mantissa > 0).ok_or(None);
        }
        if !self.at(q).is_ascii_digit() {
            return Err(None);
        }
        let num2 = self.read_arabic(q).ok_or(None)?;
        let next2 = self.at(num2.end);
        if num2.long || next2 == '+' || next2 == '.' || next2.is_ascii_alphabetic() {
            return Err(Some(self.skip_token(num2.end)));
        }
        Ok(num2)
    }

    /// Emit the range from `num` to `num2`, with their tails.
    fn emit_range(&mut self, num: &Num, tail: &Tail, num2: &Num, tail2: &Tail) {
        let scale = if tail.scale > 0 || tail.unit.is_some() {
            tail.scale
        } else {
            tail2.scale
        };
        let (start, approx) = self.approx_before(num.start, false);
        let merged = Tail {
            inner: tail.inner.or(tail2.inner),
            ..*tail2
        };
        // The low end keeps its own unit ("5%" of "5%—5.5%").
        let low_end = if tail.unit.is_some() {
            tail.end
        } else {
            num.end
        };
        self.emit(
            num,
            scale,
            &merged,
            Some((num2, tail2.scale, low_end)),
            (start, tail2.end),
            approx,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::quantity::scan_range;
    use crate::text::Source;

    #[test]
    fn reads_ranges_with_upper_bounds() {
        let source = Source::new("增长5%—5.5%，投资10-30亿元");
        let found = scan_range(&source, 0, source.len());
        assert_eq!(found.len(), 2, "should read two ranges");
        assert_eq!(
            (found[0].value, found[0].upper),
            (5.0, Some(5.5)),
            "should read a percent range"
        );
        assert_eq!(
            (found[1].value, found[1].upper),
            (1e9, Some(3e9)),
            "should scale both ends"
        );
    }
}
