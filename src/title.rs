//! Run-in titles: where a numbered title with no closing 。 stops and its
//! body starts ("5.各类英才量质齐升深入实施…" → "各类英才量质齐升").
