//! Readings: what the scanner records for a quantity, and the public list
//! made from it.
//!
//! A reading keeps the quantity as stated ("801.05亿元": 801.05 and 亿元,
//! "-0.4%": -0.4 and %) and normalised, with its kind:
//!
//! - percent (%), points (个百分点, never merged into %);
//! - money, in 元: "801.05亿元" → 80105000000; 美元 港元 … keep their
//!   currency; a number with a scale and no unit after a money word
//!   ("投资超10亿") is money too;
//! - count, the measure word as unit: 户, 家, 家次 …; a scaled number with
//!   no unit, "常住人口1766万", is a count with unit "";
//! - rank (名), multiple (倍; 翻一番 = 2);
//! - other: measures and durations, 公顷, 平方米, 个工作日, 天, ‰.
//!
//! A range reads as one reading with `value` the low end and `upper` the
//! high end; the public list gives each end as a quantity of its own.
//!
//! Units and approximators are table words, borrowed; only a per-unit
//! ("元/吨") or the noun of a count ("七大重点领域") is a string of its own.
//! The stated unit is kept in its parts and spelled out only for the few
//! readings an indicator takes.

use std::borrow::Cow;

use super::number::Num;
use super::scanner::Scanner;
use super::tail::Tail;
use crate::document::{Quantity, QuantityKind};
use crate::text::Source;
use crate::units;

/// A quantity as found, with code-point positions and its stated form.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Reading {
    /// Code points of the whole quantity ("超19亿元", "14%左右").
    pub start: usize,
    pub end: usize,
    /// The number as stated, before scale and unit conversion (801.05 in
    /// "801.05亿元"), with an attached minus sign ("-0.4%" → -0.4).
    pub stated: f64,
    pub stated_upper: Option<f64>,
    /// The unit as written, with its scale word ("亿元", "万户", "%", "个百分点"):
    /// see [`Reading::stated_unit_text`].
    pub stated_unit: StatedUnit,
    /// The normalised value (80105000000 for "801.05亿元").
    pub value: f64,
    pub upper: Option<f64>,
    /// The normalised unit ("元").
    pub unit: Cow<'static, str>,
    pub kind: QuantityKind,
    pub approx: Option<&'static str>,
    /// A range ("5%—5.5%", "10-30亿元"): where its low end stops and its
    /// high end starts. The public list gives each end as a quantity.
    pub split: Option<(usize, usize)>,
}

/// The unit of a reading as written, in its parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum StatedUnit {
    /// Written as the normalised unit: 百分之五 (%), 第3名, 七大重点领域 (the noun).
    AsUnit,
    /// "三十五亿元" → 亿 + "" + 元; "3.2万户" → "" + 万 + 户; "5元/吨".
    Parts {
        /// A Chinese numeral's own closing scale (亿 of 三十五亿), or "".
        numeral_scale: &'static str,
        /// The scale characters after the number (万 of 3.2万户).
        scale: [char; 3],
        scale_len: usize,
        /// The unit as written, or "".
        text: &'static str,
        per: Option<&'static str>,
    },
}

impl Reading {
    /// The unit as written, with its scale word: "亿元", "万户", "元/吨".
    pub fn stated_unit_text(&self) -> String {
        match self.stated_unit {
            StatedUnit::AsUnit => self.unit.to_string(),
            StatedUnit::Parts {
                numeral_scale,
                scale,
                scale_len,
                text,
                per,
            } => {
                let mut written = String::from(numeral_scale);
                written.extend(&scale[..scale_len]);
                written.push_str(text);
                if let Some(per) = per {
                    written.push('/');
                    written.push_str(per);
                }
                written
            }
        }
    }

    /// The public quantities: one, or two for the ends of a range (each
    /// number is highlighted and counted on its own).
    pub fn to_public(&self, source: &Source) -> impl Iterator<Item = Quantity> {
        let quantity = |start: usize, end: usize, value: f64| Quantity {
            text: source.original(start, end).to_string(),
            value,
            unit: String::from(&*self.unit),
            kind: self.kind,
            approx: self.approx.map(String::from),
            span: source.span(start, end),
        };
        let (first, second) = match (self.split, self.upper) {
            (Some((low_end, high_start)), Some(upper)) => (
                quantity(self.start, low_end, self.value),
                Some(quantity(high_start, self.end, upper)),
            ),
            _ => (quantity(self.start, self.end, self.value), None),
        };
        std::iter::once(first).chain(second)
    }
}

impl Scanner<'_> {
    /// Emit `num` with `tail` (and an optional upper bound of a range).
    pub(super) fn emit(
        &mut self,
        num: &Num,
        scale: i32,
        tail: &Tail,
        upper: Option<(&Num, i32, usize)>,
        (start, end): (usize, usize),
        approx: Option<&'static str>,
    ) {
        let (unit, kind, factor) = match tail.unit {
            Some(u) => {
                let unit = match tail.per {
                    Some(per) => Cow::Owned(format!("{}/{per}", u.unit)),
                    None => Cow::Borrowed(u.unit),
                };
                (unit, u.kind, u.factor)
            }
            None if self.money_context(num.start) => {
                (Cow::Borrowed("元"), QuantityKind::Money, 1.0)
            }
            None => (Cow::Borrowed(""), QuantityKind::Count, 1.0),
        };
        let stated_unit = StatedUnit::Parts {
            numeral_scale: num.stated_scale.map_or("", |(s, _)| s),
            scale: tail.scale_chars,
            scale_len: tail.scale_len,
            text: tail.unit.map_or("", |u| u.text),
            per: tail.per,
        };
        self.push(Reading {
            start,
            end,
            stated: num.stated(),
            stated_upper: upper.map(|(n, _, _)| n.stated()),
            stated_unit,
            value: num.scaled(scale) * factor,
            upper: upper.map(|(n, s, _)| n.scaled(s) * factor),
            unit,
            kind,
            approx: approx.or(tail.inner).or(tail.after),
            split: upper.map(|(n, _, low_end)| (low_end, n.start)),
        });
    }

    /// Is there a money word shortly before `i` ("投资超10亿")? The words
    /// must lie wholly in the window, line breaks and all.
    fn money_context(&self, i: usize) -> bool {
        let from = i.saturating_sub(units::MONEY_CONTEXT_WINDOW).max(self.lo);
        let window = &self.chars[from.min(i)..i.min(self.chars.len())];
        (0..window.len()).any(|k| {
            let c = window[k];
            units::MONEY_CONTEXT.firsts.may_contain(c)
                && units::MONEY_CONTEXT
                    .words
                    .iter()
                    .any(|w| w.first == c && starts_with(&window[k..], w.text))
        })
    }
}

/// Do the code points `chars` start with `word`?
fn starts_with(chars: &[char], word: &str) -> bool {
    let mut rest = chars.iter();
    word.chars().all(|c| rest.next() == Some(&c))
}

#[cfg(test)]
mod tests {
    use crate::quantity::scan_range;
    use crate::text::Source;

    #[test]
    fn matches_a_word_at_the_start_of_code_points() {
        let chars: Vec<char> = "投资超".chars().collect();
        assert!(super::starts_with(&chars, "投资"), "should match a prefix");
        assert!(
            !super::starts_with(&chars[..1], "投资"),
            "should not run past the end"
        );
        assert!(
            !super::starts_with(&chars[1..], "投资"),
            "should not match elsewhere"
        );
    }

    #[test]
    fn reads_stated_and_normalised_forms() {
        let source = Source::new("地区生产总值801.05亿元，同比增长-0.4%");
        let found = scan_range(&source, 0, source.len());
        assert_eq!(found.len(), 2, "should find two quantities");
        assert_eq!(found[0].stated, 801.05, "should keep the stated number");
        assert_eq!(
            found[0].stated_unit_text(),
            "亿元",
            "should keep the stated unit"
        );
        assert_eq!(found[0].value, 80_105_000_000.0, "should normalise to 元");
        assert_eq!(found[1].stated, -0.4, "should keep an attached minus sign");
        assert_eq!(
            source.original(found[1].start, found[1].end),
            "-0.4%",
            "should span the sign"
        );
    }
}
