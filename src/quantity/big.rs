//! "N大Y" counts: "七大重点领域", "10大行业", "五大新城" — a count whose
//! unit is the noun after 大.
//!
//! ```text
//! count = approx-before? number "大" noun     ; noun: up to 4 Han characters
//! ```
//!
//! The number is whole and not a lone 一 or a bare scale. 大 must open the
//! noun, not another word (大幅, 大量, 大学, 大会, 大湾区 …), and the noun
//! ends at a function word (的, 和, 等 …). Party congresses are no counts:
//! 十九大, 二十大, 党的十八大, 中共七大.

use super::number::Num;
use std::borrow::Cow;

use super::reading::{Reading, StatedUnit};
use super::scanner::Scanner;
use crate::document::QuantityKind;
use crate::number::is_cn_numeral;
use crate::text::is_han;
use crate::units;

impl Scanner<'_> {
    /// "七大重点领域", "10大行业": a count whose unit is the noun after 大.
    pub(super) fn big(&mut self, num: &Num) -> Option<usize> {
        if num.one || num.bare || !num.integer() {
            return None;
        }
        let p = self.tight(num.end);
        if self.at(p) != '大' {
            return None;
        }
        let y = self.tight(p + 1);
        let c = self.at(y);
        if !is_han(c) || units::BIG_STOPS.contains(c) || is_cn_numeral(c) {
            return None;
        }
        if self.party_congress(num) {
            return Some(p + 1);
        }
        let (noun, end) = self.big_noun(y);
        let (start, approx) = self.approx_before(num.start, false);
        self.push(Reading {
            start,
            end,
            stated: num.stated(),
            stated_upper: None,
            stated_unit: StatedUnit::AsUnit,
            value: num.stated(),
            upper: None,
            split: None,
            unit: Cow::Owned(noun),
            kind: QuantityKind::Count,
            approx,
        });
        Some(end)
    }

    /// Is `num` before 大 the number of a party congress: 十九大, 二十大,
    /// 党的十八大, 中共七大?
    fn party_congress(&self, num: &Num) -> bool {
        let value = num.dec.mantissa;
        num.chinese && (12..=29).contains(&value)
            || self.word_before(num.start, "党的").is_some()
            || self.word_before(num.start, "中共").is_some()
    }

    /// The noun of an "N大Y" count starting at `y`, and its end.
    fn big_noun(&self, y: usize) -> (String, usize) {
        let mut noun = String::new();
        let mut e = y;
        let mut end = y;
        while noun.chars().count() < units::BIG_NOUN_MAX {
            let c = self.at(e);
            if !is_han(c) || units::BIG_NOUN_ENDS.contains(c) {
                break;
            }
            noun.push(c);
            end = e + 1;
            e = self.tight(e + 1);
        }
        (noun, end)
    }
}
