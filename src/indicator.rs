//! Indicators: the headline figures, as actuals and as targets.

use crate::block::Layout;
use crate::document::{Indicator, Meta};
use crate::outline::Outline;
use crate::text::Source;

/// The headline indicators of a text.
pub(crate) fn extract(_source: &Source, _layout: &Layout, _outline: &Outline, _meta: &Meta) -> Vec<Indicator> {
    Vec::new()
}
