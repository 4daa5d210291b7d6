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
