//! Quantities: every number with its unit or measure word.

use crate::block::Layout;
use crate::document::{Quantity, QuantityKind};
use crate::outline::Outline;
use crate::text::Source;

/// A quantity as found, with code-point positions and its stated form.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Reading {
    /// Code points of the whole quantity ("超19亿元", "14%左右").
    pub start: usize,
    pub end: usize,
    /// The number as stated, before scale and unit conversion (801.05 in "801.05亿元").
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
}

impl Reading {
    pub fn to_public(&self, source: &Source) -> Quantity {
        Quantity {
            text: source.original(self.start, self.end).to_string(),
            value: self.value,
            upper: self.upper,
            unit: self.unit.clone(),
            kind: self.kind,
            approx: self.approx.clone(),
            span: source.span(self.start, self.end),
        }
    }
}

/// Every quantity in the report body, in order.
pub(crate) fn scan(_source: &Source, _layout: &Layout, _outline: &Outline) -> Vec<Reading> {
    Vec::new()
}

/// TEMPORARY (replaced by the quantity module's scanner on merge): Arabic
/// numbers with %, 个百分点, 亿元, 万元, 元.
pub(crate) fn scan_range(source: &Source, start: usize, end: usize) -> Vec<Reading> {
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        let c = source.at(i);
        let neg = c == '-' && source.at(i + 1).is_ascii_digit() && !source.at(i.wrapping_sub(1)).is_ascii_digit();
        if !(c.is_ascii_digit() || neg) || (i > start && source.at(i - 1).is_ascii_digit()) {
            i += 1;
            continue;
        }
        let s = i;
        let mut j = if neg { i + 1 } else { i };
        let mut num = String::new();
        if neg {
            num.push('-');
        }
        while j < end && (source.at(j).is_ascii_digit() || source.at(j) == '.' && source.at(j + 1).is_ascii_digit()) {
            num.push(source.at(j));
            j += 1;
        }
        let mut k = j;
        while k < end && source.at(k) == ' ' {
            k += 1;
        }
        let units: &[(&str, f64, &str, QuantityKind)] = &[
            ("%", 1.0, "%", QuantityKind::Percent),
            ("个百分点", 1.0, "个百分点", QuantityKind::Points),
            ("万亿元", 1e12, "元", QuantityKind::Money),
            ("亿元", 1e8, "元", QuantityKind::Money),
            ("万元", 1e4, "元", QuantityKind::Money),
            ("元", 1.0, "元", QuantityKind::Money),
            ("万人", 1e4, "人", QuantityKind::Count),
        ];
        let stated: f64 = num.parse().unwrap_or(0.0);
        if let Some((u, scale, unit, kind)) = units.iter().find(|(u, ..)| source.starts_with(k, u)) {
            let mut e = k + u.chars().count();
            let mut approx = None;
            for q in ["左右", "以上", "以内", "以下"] {
                if source.starts_with(e, q) {
                    approx = Some(q.to_string());
                    e += 2;
                }
            }
            out.push(Reading {
                start: s,
                end: e,
                stated,
                stated_upper: None,
                stated_unit: u.to_string(),
                value: stated * scale,
                upper: None,
                unit: unit.to_string(),
                kind: *kind,
                approx,
            });
            i = e;
        } else {
            i = j.max(i + 1);
        }
    }
    out
}
