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

use super::number::Num;
use super::scanner::Scanner;
use super::tail::Tail;
use crate::document::{Quantity, QuantityKind};
use crate::text::{Source, contains_any};
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
    /// The unit as written, with its scale word ("亿元", "万户", "%", "个百分点").
    pub stated_unit: String,
    /// The normalised value (80105000000 for "801.05亿元").
    pub value: f64,
    pub upper: Option<f64>,
    /// The normalised unit ("元").
    pub unit: String,
    pub kind: QuantityKind,
    pub approx: Option<String>,
    /// A range ("5%—5.5%", "10-30亿元"): where its low end stops and its
    /// high end starts. The public list gives each end as a quantity.
    pub split: Option<(usize, usize)>,
}

impl Reading {
    /// The public quantities: one, or two for the ends of a range (each
    /// number is highlighted and counted on its own).
    pub fn to_public(&self, source: &Source) -> impl Iterator<Item = Quantity> {
        let quantity = |start: usize, end: usize, value: f64| Quantity {
            text: source.original(start, end).to_string(),
            value,
            unit: self.unit.clone(),
            kind: self.kind,
            approx: self.approx.clone(),
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
                let mut unit = u.unit.to_string();
                if let Some(per) = tail.per {
                    unit.push('/');
                    unit.push_str(per);
                }
                (unit, u.kind, u.factor)
            }
            None if self.money_context(num.start) => ("元".to_string(), QuantityKind::Money, 1.0),
            None => (String::new(), QuantityKind::Count, 1.0),
        };
        let mut stated_unit: String = num.stated_scale.map_or("", |(s, _)| s).to_string();
        stated_unit.extend(&tail.scale_chars[..tail.scale_len]);
        if let Some(u) = tail.unit {
            stated_unit.push_str(u.text);
        }
        if let Some(per) = tail.per {
            stated_unit.push('/');
            stated_unit.push_str(per);
        }
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
            approx: approx.or(tail.inner).or(tail.after).map(str::to_string),
            split: upper.map(|(n, _, low_end)| (low_end, n.start)),
        });
    }

    /// Is there a money word shortly before `i` ("投资超10亿")?
    fn money_context(&self, i: usize) -> bool {
        let from = i.saturating_sub(units::MONEY_CONTEXT_WINDOW).max(self.lo);
        let window: String = self.chars[from..i.min(self.chars.len())].iter().collect();
        contains_any(&window, units::MONEY_CONTEXT)
    }
}

#[cfg(test)]
mod tests {
    use crate::quantity::scan_range;
    use crate::text::Source;

    #[test]
    fn reads_stated_and_normalised_forms() {
        let source = Source::new("地区生产总值801.05亿元，同比增长-0.4%");
        let found = scan_range(&source, 0, source.len());
        assert_eq!(found.len(), 2, "should find two quantities");
        assert_eq!(found[0].stated, 801.05, "should keep the stated number");
        assert_eq!(found[0].stated_unit, "亿元", "should keep the stated unit");
        assert_eq!(found[0].value, 80_105_000_000.0, "should normalise to 元");
        assert_eq!(found[1].stated, -0.4, "should keep an attached minus sign");
        assert_eq!(
            source.original(found[1].start, found[1].end),
            "-0.4%",
            "should span the sign"
        );
    }
}
