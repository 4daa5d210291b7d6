//! Quantities said in set phrases, whose number follows a word:
//!
//! ```text
//! multiple = "翻" "了"? digit "番"                         ; 翻一番 = 2 倍, 翻两番 = 4 倍
//! fraction = ("百分之" | "千分之") number approx-after?    ; 百分之十五, 千分之八 (‰)
//! ```
//!
//! A doubling counts up to 翻五番 (× 32); the number of 百分之 may be Arabic
//! or Chinese, with a Chinese decimal: "百分之三点五", "百分之百",
//! "百分之15左右". 百分之 is a percent, 千分之 a ‰ (kind other).

use std::borrow::Cow;

use super::reading::{Reading, StatedUnit};
use super::scanner::Scanner;
use crate::document::QuantityKind;
use crate::number::cn_digit;
use crate::units;

impl Scanner<'_> {
    /// At 翻: "翻一番" (×2), "翻两番" (×4).
    pub(super) fn fan(&mut self, i: usize) -> usize {
        let mut p = self.tight(i + 1);
        if self.at(p) == '了' {
            p = self.tight(p + 1);
        }
        let n = match self.at(p) {
            c if c.is_ascii_digit() => c.to_digit(10),
            c => cn_digit(c),
        };
        let Some(n) = n.filter(|&n| (1..=5).contains(&n)) else {
            return i + 1;
        };
        let q = self.tight(p + 1);
        if self.at(q) != '番' {
            return i + 1;
        }
        self.push(Reading {
            start: i,
            end: q + 1,
            stated: f64::from(n),
            stated_upper: None,
            stated_unit: StatedUnit::Parts {
                numeral_scale: "",
                scale: ['\0'; 3],
                scale_len: 0,
                text: "番",
                per: None,
            },
            value: f64::from(1u32 << n),
            upper: None,
            split: None,
            unit: Cow::Borrowed("倍"),
            kind: QuantityKind::Multiple,
            approx: None,
        });
        q + 1
    }

    /// At 百分之 or 千分之: "百分之十五", "百分之三点五", "百分之百",
    /// "千分之八" (‰).
    pub(super) fn percent_words(&mut self, i: usize) -> usize {
        let (p, unit, kind) = if let Some(p) = self.word_at(i, "百分之") {
            (p, "%", QuantityKind::Percent)
        } else if let Some(p) = self.word_at(i, "千分之") {
            (p, "‰", QuantityKind::Other)
        } else {
            return i + 1;
        };
        let p = self.tight(p);
        let (dec, end) = if self.at(p).is_ascii_digit() {
            match self.read_arabic(p) {
                Some(n) if !n.long && !n.negative => (n.dec, n.end),
                _ => return p,
            }
        } else {
            let (num, run_end) = self.read_chinese(p);
            let Some(num) = num else {
                return run_end.max(p);
            };
            (num.dec, run_end)
        };
        let mut stop = end;
        let mut approx = None;
        if let Some((w, e)) = self.any_at(self.gap(end), units::APPROX_AFTER) {
            approx = Some(w);
            stop = e;
        }
        let value = dec.value();
        let (start, before) = self.approx_before(i, false);
        self.push(Reading {
            start,
            end: stop,
            stated: value,
            stated_upper: None,
            stated_unit: StatedUnit::AsUnit,
            value,
            upper: None,
            split: None,
            unit: Cow::Borrowed(unit),
            kind,
            approx: before.or(approx),
        });
        stop
    }
}
