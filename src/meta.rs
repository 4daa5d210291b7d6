//! Metadata: title, region, issuer, publish date, meeting, the years
//! reviewed and planned, and the document type.

use crate::block::Layout;
use crate::document::Meta;
use crate::outline::Outline;
use crate::text::Source;

/// Read the metadata of a text.
pub(crate) fn extract(_source: &Source, _layout: &Layout, _outline: &Outline) -> Meta {
    Meta::default()
}
