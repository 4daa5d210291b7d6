//! Lists of bare numbers that share the last one's scale and unit:
//! "65、45、80个工作日" (three quantities of 个工作日),
//! "3.2万、1.5万和0.8万户" (three counts of 户, each with its own 万).
//!
//! ```text
//! list = number scale? (separator number scale?)* separator number tail
//! separator = "、" | "和" | "及" | "与" | "或"
//! ```
//!
//! At most [`LIST_MAX`] numbers; a number in the list that has a unit, an
//! approximator or a stop word ends it. When the last number has no unit
//! the list is no quantity ("2019、2020、2021年") and is skipped whole.

use super::number::Num;
use super::scanner::Scanner;
use super::tail::Tail;
use crate::units;

/// Most numbers in a list that share one unit ("65、45、80个工作日").
const LIST_MAX: usize = 16;

impl Scanner<'_> {
    /// Bare numbers in a list that share the last one's unit:
    /// "65、45、80个工作日" → three quantities of 个工作日.
    pub(super) fn list(&mut self, first: Num, tail: Tail) -> Option<usize> {
        let mut items: Vec<(Num, Tail)> = vec![(first, tail)];
        while items.len() < LIST_MAX {
            let Some(&(_, t)) = items.last() else { break };
            let Some(item) = self.next_list_item(&t) else {
                break;
            };
            items.push(item);
        }
        if items.len() < 2 {
            return None;
        }
        let (last, last_tail) = items[items.len() - 1];
        let end = last_tail.end.max(last.end);
        if last_tail.stop || last_tail.unit.is_none() {
            return Some(end);
        }
        for (n, t) in &items[..items.len() - 1] {
            let scale_end = if t.scale > 0 { t.end } else { n.end };
            let shared = sharing(t, &last_tail);
            self.emit(n, shared.scale, &shared, None, (n.start, scale_end), None);
        }
        self.single(&last, &last_tail);
        Some(end)
    }

    /// The next number of a list after one whose tail is `t`, with its own
    /// tail: after a separator, a plain Arabic number.
    fn next_list_item(&self, t: &Tail) -> Option<(Num, Tail)> {
        if t.unit.is_some() || t.stop || t.inner.is_some() || t.after.is_some() {
            return None;
        }
        let p = self.gap(t.end);
        if !units::LIST_SEPARATORS.contains(&self.at(p)) {
            return None;
        }
        let q = self.gap(p + 1);
        if !self.at(q).is_ascii_digit() {
            return None;
        }
        let n = self.read_arabic(q)?;
        let next = self.at(n.end);
        if n.long || next == '+' || next == '.' || next.is_ascii_alphabetic() {
            return None;
        }
        Some((n, self.tail(n.end, false)))
    }
}

/// The tail of a list item `t` sharing the last item's tail: its unit, and
/// its scale unless the item has one of its own ("3.2万、1.5万和0.8万户").
fn sharing(t: &Tail, last: &Tail) -> Tail {
    let own_scale = t.scale > 0;
    Tail {
        scale: if own_scale { t.scale } else { last.scale },
        scale_chars: if own_scale {
            t.scale_chars
        } else {
            last.scale_chars
        },
        scale_len: if own_scale {
            t.scale_len
        } else {
            last.scale_len
        },
        inner: t.inner,
        after: None,
        ..*last
    }
}
