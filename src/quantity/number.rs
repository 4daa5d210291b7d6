//! Numbers: the `number` of every quantity, before its unit.
//!
//! ```text
//! number     = sign? arabic | cn-number ("点" cn-digit+ closing-scale?)?
//! arabic     = digit+ ("," digit{3})* ("." digit+)?  ; 32387.68, 1,200, 4.59
//! sign       = "-"                      ; attached minus: 增长-0.4% → -0.4
//! cn-number  = see crate::number        ; 三十五, 一千二百, 两万
//! closing-scale = "万" | "亿" | "万亿"   ; 三点六万 → 3.6 × 10⁴
//! ```
//!
//! A minus sign is a sign only where it cannot join two numbers or an
//! identifier: not after a digit, a letter or a unit ("10-30", "A-1",
//! "5%-6%"). A number with too many digits for a quantity is an identifier
//! (a phone number, a code) and is skipped whole.
//!
//! A Chinese numeral keeps its closing scale apart ("三十五亿" is stated
//! 35 with 亿, so "三十五亿元" reads as "35 亿元"), and so does a Chinese
//! decimal: "三点六万吨" → 3.6 万吨, "一点二个百分点" → 1.2 个百分点.

use super::scanner::Scanner;
use crate::number::{cn_digit, cn_value, is_cn_numeral, Decimal};
use crate::text::is_line_break;

/// A number as read, before its unit.
#[derive(Clone, Copy, Debug)]
pub(super) struct Num {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) dec: Decimal,
    pub(super) negative: bool,
    pub(super) chinese: bool,
    /// A bare Chinese scale (千, 百万).
    pub(super) bare: bool,
    /// A lone 一.
    pub(super) one: bool,
    /// Too many digits for a quantity (an identifier).
    pub(super) long: bool,
    /// A Chinese numeral's own closing scale ("三十五亿" → ("亿", 8)): the
    /// stated form keeps it with the unit, as "35 亿元".
    pub(super) stated_scale: Option<(&'static str, i32)>,
}

impl Num {
    /// The number as stated, before its scale and unit.
    pub(super) fn stated(&self) -> f64 {
        match self.stated_scale {
            Some((_, exponent)) => self.signed(self.dec.scaled(-exponent)),
            None => self.signed(self.dec.value()),
        }
    }

    pub(super) fn scaled(&self, exponent: i32) -> f64 {
        self.signed(self.dec.scaled(exponent))
    }

    fn signed(&self, v: f64) -> f64 {
        if self.negative {
            -v
        } else {
            v
        }
    }

    pub(super) fn integer(&self) -> bool {
        self.dec.decimals == 0 && !self.negative && !self.long
    }
}

/// The scale a Chinese numeral closes with, if any: "三十五亿" → 亿,
/// "一点二万" → 万, "五万亿" → 万亿 (not a bare "亿").
fn closing_scale(numeral: &[char]) -> Option<(&'static str, i32)> {
    let n = numeral.len();
    if n < 2 {
        return None;
    }
    match (numeral[n - 2], numeral[n - 1]) {
        ('万', '亿') if n > 2 => Some(("万亿", 12)),
        (_, '亿') => Some(("亿", 8)),
        (_, '万') => Some(("万", 4)),
        _ => None,
    }
}

impl Scanner<'_> {
    /// May a minus sign stand at `i`? Not after a digit, a letter or a
    /// unit (that is a range or an identifier).
    pub(super) fn sign_allowed(&self, i: usize) -> bool {
        if i <= self.lo {
            return true;
        }
        let p = self.chars[i - 1];
        !(p.is_ascii_alphanumeric() || matches!(p, '%' | '.' | '-' | '—' | ')' | '_' | '/'))
    }

    /// An Arabic number at `i` (an attached minus sign included).
    pub(super) fn read_arabic(&self, i: usize) -> Option<Num> {
        let mut p = i;
        let negative = matches!(self.at(p), '-' | '−' | '﹣');
        if negative {
            p += 1;
        }
        if !self.at(p).is_ascii_digit() {
            return None;
        }
        let mut dec = Decimal::default();
        let mut fraction = false;
        let mut group = 0usize;
        let mut grouped = false;
        let mut long = false;
        let mut end = p;
        loop {
            let c = self.at(p);
            if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
                long |= !dec.push(d, fraction);
                group += 1;
                p += 1;
                end = p;
                continue;
            }
            if c == '.' && !fraction {
                let q = self.tight(p + 1);
                if self.at(q).is_ascii_digit() {
                    fraction = true;
                    p = q;
                    continue;
                }
                break;
            }
            if c == ',' && !fraction && comma_may_group(group, grouped) {
                if self.three_digits_after(p) {
                    grouped = true;
                    group = 0;
                    p += 1;
                    continue;
                }
                break;
            }
            if is_line_break(c) {
                if let Some(q) = self.digit_break(p) {
                    if self.at(q) == '.' && fraction {
                        break;
                    }
                    p = q;
                    continue;
                }
            }
            break;
        }
        Some(Num {
            start: i,
            end,
            dec,
            negative,
            chinese: false,
            bare: false,
            one: false,
            long,
            stated_scale: None,
        })
    }

    /// Does the comma at `comma` open a group of exactly three digits
    /// ("1,200", not "1,2003" or "1,20")?
    fn three_digits_after(&self, comma: usize) -> bool {
        let three = (1..=3).all(|k| self.at(comma + k).is_ascii_digit());
        three && !self.at(comma + 4).is_ascii_digit()
    }

    /// A Chinese numeral run at `i`: the number (if well formed) and the
    /// run's end.
    pub(super) fn read_chinese(&self, i: usize) -> (Option<Num>, usize) {
        let mut buf = ['\0'; 24];
        let mut n = 0;
        let mut p = i;
        let mut end = i;
        while n < buf.len() && is_cn_numeral(self.at(p)) {
            buf[n] = self.at(p);
            n += 1;
            end = p + 1;
            p = self.tight(p + 1);
        }
        if n == buf.len() {
            while is_cn_numeral(self.at(end)) {
                end += 1;
            }
            return (None, end);
        }
        let mut num = cn_value(&buf[..n]).map(|v| Num {
            start: i,
            end,
            dec: Decimal {
                mantissa: v.value,
                decimals: 0,
            },
            negative: false,
            chinese: true,
            bare: v.bare,
            one: v.one,
            long: false,
            stated_scale: closing_scale(&buf[..n]),
        });
        if let Some(num) = num.as_mut().filter(|n| n.stated_scale.is_none() && !n.bare) {
            end = self.read_chinese_fraction(num, end);
        }
        (num, end)
    }

    /// A Chinese decimal after a whole numeral: "三点六万吨" → 3.6 万,
    /// "一点二个百分点" → 1.2. Extends `num` and returns the new end.
    fn read_chinese_fraction(&self, num: &mut Num, end: usize) -> usize {
        let point = self.tight(end);
        if self.at(point) != '点' || cn_digit(self.at(self.tight(point + 1))).is_none() {
            return end;
        }
        let mut end = end;
        let mut q = self.tight(point + 1);
        while let Some(d) = cn_digit(self.at(q)) {
            if !num.dec.push(d, true) {
                break;
            }
            end = q + 1;
            q = self.tight(q + 1);
        }
        // "一点二" is a number, not the word-forming 一 of 一批.
        num.one = false;
        if let Some((word, exponent, len)) = self.fraction_scale(q) {
            close_with_scale(num, word, exponent);
            end = q + len;
        }
        num.end = end;
        end
    }

    /// The closing scale of a Chinese decimal at `q`: its word, exponent
    /// and length.
    fn fraction_scale(&self, q: usize) -> Option<(&'static str, i32, usize)> {
        if self.at(q) == '万' && self.at(q + 1) == '亿' {
            Some(("万亿", 12, 2))
        } else if self.at(q) == '亿' {
            Some(("亿", 8, 1))
        } else if self.at(q) == '万' {
            Some(("万", 4, 1))
        } else {
            None
        }
    }
}

/// May a comma after `group` digits separate thousands? The first group
/// has one to three digits, every later one three.
fn comma_may_group(group: usize, grouped: bool) -> bool {
    if grouped {
        group == 3
    } else {
        (1..=3).contains(&group)
    }
}

/// Scale a Chinese decimal by its closing scale: "三点六万" is 3.6 × 10⁴,
/// stated as 3.6 万.
fn close_with_scale(num: &mut Num, word: &'static str, exponent: i32) {
    let shift = exponent - num.dec.decimals as i32;
    if shift >= 0 {
        num.dec = Decimal {
            mantissa: num
                .dec
                .mantissa
                .saturating_mul(10u64.saturating_pow(shift as u32)),
            decimals: 0,
        };
    } else {
        num.dec.decimals = (-shift) as u32;
    }
    num.stated_scale = Some((word, exponent));
}
