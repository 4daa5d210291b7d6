//! Units, measure words and scales: data for [`crate::quantity`].
