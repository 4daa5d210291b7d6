//! What follows a number: its scale, its unit and a per-unit.
//!
//! ```text
//! tail   = inner? scale? inner? unit? per? approx-after?   ; inner, approx: see approx
//! scale  = ("百" | "千" | "万" | "亿")+   ; 36万, 1.2万亿
//! unit   = % | 个百分点 | 元 | 美元 | 倍 | 户 | 家 | 个 | 公顷 | 平方米 | 个工作日 | …
//!        | latin-unit                     ; after an Arabic number: 500kV, 3.5km²
//! per    = "/" unit                       ; 元/吨, 吨/日
//! ```
//!
//! The units and their kinds are in [`crate::units`]; some are read only
//! after an Arabic number or only after a Chinese one. A scale character
//! that opens a unit is the unit: 千瓦, 千米, 百分点. Years, months, days
//! and quarters are no units ("2020年", "3月下旬"), and a word that opens
//! with a unit but is none ends the quantity: "建党100周年", "三分之一",
//! "三次产业", "3个体户".
//!
//! Some units make a word with their neighbours, and the number is then no
//! quantity: "二十届三中全会", "2022届毕业生" (a term, a class), "五次全会",
//! "七届人大五次会议" (a session), "二次供水", "二期工程", "12时30分".

use super::number::Num;
use super::scanner::Scanner;
use crate::document::QuantityKind;
use crate::number::scale_exponent;
use crate::text::is_han;
use crate::units::{self, After, Unit};

/// What follows a number: approximators, scale and unit.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Tail {
    /// End of the last token read (the number's end when none).
    pub(super) end: usize,
    /// End before the approximator after the unit.
    pub(super) unit_end: usize,
    pub(super) inner: Option<&'static str>,
    pub(super) scale: i32,
    pub(super) scale_chars: [char; 3],
    pub(super) scale_len: usize,
    pub(super) unit: Option<Unit>,
    pub(super) per: Option<&'static str>,
    pub(super) after: Option<&'static str>,
    /// A word that makes the number no quantity (周年, 年, 月 …).
    pub(super) stop: bool,
}

impl Scanner<'_> {
    /// The tail of a number ending at `end`: inner approximator, scale,
    /// unit, per-unit and approximator after.
    pub(super) fn tail(&self, end: usize, chinese: bool) -> Tail {
        let mut t = Tail {
            end,
            unit_end: end,
            ..Tail::default()
        };
        let p = self.read_inner(&mut t, self.gap(end));
        let p = self.read_scales(&mut t, p);
        if self.any_at(p, units::NOT_UNITS).is_some() {
            t.stop = true;
            return t;
        }
        if let Some((u, e)) = self.unit_at(p, chinese) {
            t.unit = Some(u);
            t.end = e;
            let slash = self.tight(e);
            if self.at(slash) == '/' {
                if let Some((per, e2)) = self.per_unit(self.tight(slash + 1)) {
                    t.per = Some(per);
                    t.end = e2;
                }
            }
        }
        t.unit_end = t.end;
        self.read_after(&mut t);
        t
    }

    /// The scale characters at `p` into `t` ("36万", "1.2万亿"), and an
    /// inner approximator after them ("3万余户"): where the unit may start.
    /// A character that opens a unit is no scale (千瓦, 千米, 百分点).
    fn read_scales(&self, t: &mut Tail, mut p: usize) -> usize {
        while t.scale_len < t.scale_chars.len() {
            let c = self.at(p);
            let Some(e) = scale_exponent(c).filter(|_| c != '十') else {
                break;
            };
            let next = self.at(self.tight(p + 1));
            if units::units_starting_with(c).any(|u| self.unit_word_at(p, u, next).is_some()) {
                break;
            }
            t.scale += e;
            t.scale_chars[t.scale_len] = c;
            t.scale_len += 1;
            t.end = p + 1;
            p = self.tight(p + 1);
        }
        if t.scale_len > 0 {
            p = self.gap(t.end);
            if t.inner.is_none() {
                p = self.read_inner(t, p);
            }
        }
        p
    }

    /// The unit at `p`, and its end: a Latin one after an Arabic number,
    /// else the first unit allowed after this kind of number.
    fn unit_at(&self, p: usize, chinese: bool) -> Option<(Unit, usize)> {
        if !chinese && self.at(p).is_ascii_alphabetic() {
            return self.latin_unit(p);
        }
        let next = self.at(self.tight(p + 1));
        units::units_starting_with(self.at(p)).find_map(|u| {
            let allowed = match u.after {
                After::Any => true,
                After::Arabic => !chinese,
                After::Chinese => chinese,
            };
            if allowed {
                self.unit_word_at(p, u, next).map(|e| (*u, e))
            } else {
                None
            }
        })
    }

    /// Does the unit `u`, whose first character stands at `p`, start at
    /// `p`, given `next`, the character after `p` inside a word? Its end.
    /// Most candidates fail on their second character, tested first.
    #[inline]
    fn unit_word_at(&self, p: usize, u: &Unit, next: char) -> Option<usize> {
        if u.second == '\0' {
            Some(p + 1)
        } else if u.second != next {
            None
        } else {
            self.word_at(p, u.text)
        }
    }

    /// A Latin-letter unit at `i` ("kV", "MW", "km²"), if the letters are
    /// exactly one.
    pub(super) fn latin_unit(&self, i: usize) -> Option<(Unit, usize)> {
        let mut end = i;
        while self.at(end).is_ascii_alphabetic() {
            end += 1;
        }
        if matches!(self.at(end), '²' | '³' | '2' | '3')
            && !self.at(end + 1).is_ascii_alphanumeric()
        {
            end += 1;
        }
        if self.at(end).is_ascii_alphanumeric() {
            return None;
        }
        units::LATIN_UNITS.iter().find_map(|&(text, unit)| {
            (self.word_at(i, text) == Some(end)).then_some((
                Unit {
                    text,
                    unit,
                    kind: QuantityKind::Other,
                    after: After::Arabic,
                    factor: 1.0,
                    first: units::first_char(text),
                    second: units::second_char(text),
                },
                end,
            ))
        })
    }

    /// The unit after "/" in "元/吨", "吨/日".
    fn per_unit(&self, i: usize) -> Option<(&'static str, usize)> {
        if let Some((w, e)) = self.any_at(i, units::PER_TIMES) {
            return Some((w, e));
        }
        units::units_starting_with(self.at(i))
            .find_map(|u| self.word_at(i, u.text).map(|e| (u.unit, e)))
    }

    /// Units that make a word with what follows or precedes them:
    /// "二十届三中全会", "2022届毕业生" (a term or a class), "五次全会",
    /// "七届人大五次会议" (a session), "二次供水", "二期工程".
    pub(super) fn refused(&self, num: &Num, tail: &Tail, prev: char) -> bool {
        let Some(unit) = tail.unit else { return false };
        let next = self.at(self.tight(tail.unit_end));
        match unit.text {
            "届" | "屆" => is_han(next),
            // 12时30分, 9点15分: a time of day.
            "分" => matches!(prev, '时' | '時' | '点' | ':'),
            "次" | "期" if num.chinese && num.dec.mantissa == 2 && num.end == num.start + 1 => {
                self.at(num.start) == '二'
            }
            "次" => {
                self.any_at(tail.unit_end, units::SESSIONS).is_some()
                    || units::SESSION_HOSTS.contains(prev)
                        && self.any_at(tail.unit_end, units::MEETINGS).is_some()
            }
            _ => false,
        }
    }
}
