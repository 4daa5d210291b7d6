//! Indicator names and their aliases: data for [`crate::indicator`].
