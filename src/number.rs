//! Numbers: Arabic and Chinese numerals as they stand in report text.
//!
//! This module reads the *number* only; units, scales after an Arabic
//! number, approximators and the decision whether a number is a quantity
//! at all belong to [`crate::quantity`].
//!
//! # Grammar
//!
//! ```text
//! cn-small   = "十" cn-digit? | cn-digit ("十" cn-digit?)?        ; 一 … 九十九 (ordinals)
//! cn-digit   = "〇" | "零" | "一" | "二" | "两" | "三" | … | "九"
//!
//! cn-number  = wan-group ("亿" wan-group?)? | bare-scale        ; 一亿三千万
//! wan-group  = group ("万" group?)?                              ; 十二万, 一万五
//! group      = (cn-digit? ("千" | "百" | "十"))* ("零"? cn-digit)? ; units descending
//! bare-scale = ("百" | "千" | "万" | "亿")+                      ; 千, 百万, 千亿: no digit
//! ```
//!
//! Examples: 一 → 1, 十 → 10, 十二 → 12, 三十五 → 35, 一百零五 → 105,
//! 三千五 → 3500 (a trailing digit counts in the next lower unit),
//! 一万 → 10000, 一亿三千万 → 130000000, 一万亿 → 10¹², 千 → 1000 (bare).
//!
//! Rejected (not a number): digit runs with no unit between the digits
//! ("十四五" — a plan name, "二〇三五" — a year written digit by digit,
//! "三五" — a vague "three or five"), repeated big units ("万万").
//!
//! Arabic numbers are accumulated as an exact integer mantissa and a count
//! of decimals ([`Decimal`]), so that "801.05亿" becomes exactly
//! 80105 × 10⁶ and not 80104999999.99999.

/// The value of a Chinese digit 一 … 九 (and 〇/零 → 0, 两 → 2).
pub(crate) fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// A small Chinese numeral (1–99) at the start of `chars`, as ordinals are
/// written: its value and length in code points. 两 and 〇 are not ordinals.
pub(crate) fn parse_cn_small(chars: &[char]) -> Option<(u32, usize)> {
    let digit = |i: usize| {
        chars.get(i).and_then(|&c| {
            if matches!(c, '两' | '〇' | '零' | '○') {
                None
            } else {
                cn_digit(c)
            }
        })
    };
    match (chars.first(), digit(0)) {
        (Some('十'), _) => match digit(1) {
            Some(d) => Some((10 + d, 2)),
            None => Some((10, 1)),
        },
        (_, Some(tens)) if chars.get(1) == Some(&'十') => match digit(2) {
            Some(d) => Some((tens * 10 + d, 3)),
            None => Some((tens * 10, 2)),
        },
        (_, Some(d)) => Some((d, 1)),
        _ => None,
    }
}

/// A character that can stand in a Chinese numeral.
#[inline]
pub(crate) fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some() || matches!(c, '十' | '百' | '千' | '万' | '亿')
}

/// The power of ten of a scale character after a number (3000万, 1.2万亿).
#[inline]
pub(crate) fn scale_exponent(c: char) -> Option<i32> {
    Some(match c {
        '十' => 1,
        '百' => 2,
        '千' => 3,
        '万' => 4,
        '亿' => 8,
        _ => return None,
    })
}

/// A Chinese numeral read by [`cn_value`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CnNumber {
    pub value: u64,
    /// Only scale characters, no digit and no 十: 千, 百万, 千亿.
    pub bare: bool,
    /// Exactly "一": a word-forming 一 (一批, 一体化) far more often than a count.
    pub one: bool,
}

/// The value of a whole Chinese numeral (see the module grammar), or
/// `None` when the characters do not form one number.
pub(crate) fn cn_value(chars: &[char]) -> Option<CnNumber> {
    if chars.is_empty() || chars.len() > 24 {
        return None;
    }
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut digit: Option<u64> = None;
    // The last unit inside the section (十 百 千), to keep them descending.
    let mut last_small: u64 = u64::MAX;
    // The last unit of any size, for a trailing digit (三千五 → 3500).
    let mut last_unit: u64 = 0;
    let mut after_zero = false;
    let mut had_digit = false;
    let mut had_ten = false;
    let mut seen_wan = false;
    let mut seen_yi = false;
    for &c in chars {
        if let Some(d) = cn_digit(c) {
            match digit {
                Some(0) | None => {}
                Some(_) => return None,
            }
            if d == 0 {
                after_zero = true;
            }
            digit = Some(u64::from(d));
            had_digit = true;
            continue;
        }
        match c {
            '十' | '百' | '千' => {
                let unit = match c {
                    '十' => 10,
                    '百' => 100,
                    _ => 1000,
                };
                if unit >= last_small {
                    return None;
                }
                had_ten |= c == '十';
                let d = match digit.take() {
                    Some(0) => return None,
                    Some(d) => d,
                    None => 1,
                };
                section += d * unit;
                last_small = unit;
                last_unit = unit;
                after_zero = false;
            }
            '万' => {
                if seen_wan {
                    return None;
                }
                let mut part = section + digit.take().unwrap_or(0);
                if part == 0 {
                    if total != 0 {
                        return None;
                    }
                    part = 1;
                }
                total = total.checked_add(part.checked_mul(10_000)?)?;
                section = 0;
                last_small = u64::MAX;
                last_unit = 10_000;
                after_zero = false;
                seen_wan = true;
            }
            '亿' => {
                if seen_yi && section == 0 && digit.is_none() {
                    return None;
                }
                let mut part = total + section + digit.take().unwrap_or(0);
                if part == 0 {
                    part = 1;
                }
                total = part.checked_mul(100_000_000)?;
                section = 0;
                last_small = u64::MAX;
                last_unit = 100_000_000;
                after_zero = false;
                seen_yi = true;
                seen_wan = false;
            }
            _ => return None,
        }
    }
    if let Some(d) = digit {
        // A trailing digit straight after a unit counts one unit lower:
        // 三千五 = 3500, 一万五 = 15000; after 零 or 十 it is units.
        let place = if !after_zero && last_unit >= 100 {
            last_unit / 10
        } else {
            1
        };
        section += d * place;
    }
    let value = total.checked_add(section)?;
    Some(CnNumber {
        value,
        bare: !had_digit && !had_ten,
        one: chars == ['一'],
    })
}

/// Exact powers of ten as `f64` (all representable up to 10²²).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A decimal number: `mantissa × 10^-decimals`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Decimal {
    pub mantissa: u64,
    pub decimals: u32,
}

impl Decimal {
    /// Append one decimal digit; `false` once the mantissa would overflow
    /// 15 significant digits (such a digit string is an identifier, not a
    /// quantity).
    pub fn push(&mut self, digit: u32, fraction: bool) -> bool {
        if self.mantissa >= 100_000_000_000_000 {
            return false;
        }
        self.mantissa = self.mantissa * 10 + u64::from(digit);
        if fraction {
            self.decimals += 1;
        }
        true
    }

    /// The value times `10^exponent`, rounded once.
    /// Always finite: "0亿亿亿元" is 0, and a scale past f64's range
    /// ("9亿亿…亿元") gives the largest finite value.
    pub fn scaled(&self, exponent: i32) -> f64 {
        let e = exponent.saturating_sub(self.decimals as i32);
        let m = self.mantissa as f64;
        let value = if self.mantissa == 0 {
            0.0
        } else {
            let table = POW10.get(e.unsigned_abs() as usize);
            match (e >= 0, table) {
                (true, Some(p)) => m * p,
                (false, Some(p)) => m / p,
                // Past the table (no report states such a number): steps of
                // 1e22. No float parser: it would double the WebAssembly.
                _ => {
                    let mut value = m;
                    let mut left = e;
                    while left != 0 && value.is_finite() && value != 0.0 {
                        let step = left.clamp(-22, 22);
                        let p = POW10[step.unsigned_abs() as usize];
                        value = if step > 0 { value * p } else { value / p };
                        left -= step;
                    }
                    value
                }
            }
        };
        if value.is_finite() {
            value
        } else {
            f64::MAX
        }
    }

    /// The value as written.
    pub fn value(&self) -> f64 {
        self.scaled(0)
    }
}

/// A signed decimal written out whole: "486.32", "-3.8", "+5", "−0.4".
/// `None` for anything else ("5.5.1", "", "-"). Read with [`Decimal`], not
/// the float parser (which would double the WebAssembly).
pub(crate) fn decimal_str(text: &str) -> Option<f64> {
    let (negative, digits) = match text.chars().next()? {
        '-' | '−' => (true, &text[text.chars().next()?.len_utf8()..]),
        '+' => (false, &text[1..]),
        _ => (false, text),
    };
    let mut dec = Decimal::default();
    let mut point = false;
    let mut any = false;
    for c in digits.chars() {
        match c {
            '0'..='9' => {
                if !dec.push(c as u32 - '0' as u32, point) {
                    return None;
                }
                any = true;
            }
            '.' if !point => point = true,
            _ => return None,
        }
    }
    let value = dec.value();
    any.then_some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_decimal_string() {
        assert_eq!(decimal_str("486.32"), Some(486.32), "should read a decimal");
        assert_eq!(decimal_str("-3.8"), Some(-3.8), "should read a minus sign");
        assert_eq!(decimal_str("−0.4"), Some(-0.4), "should read a minus glyph");
        assert_eq!(decimal_str("+5"), Some(5.0), "should read a plus sign");
        assert_eq!(decimal_str("5.5.1"), None, "should refuse two points");
        assert_eq!(decimal_str("-"), None, "should refuse a lone sign");
        assert_eq!(decimal_str("1e400"), None, "should refuse an exponent");
    }

    #[test]
    fn scales_to_a_finite_value() {
        let zero = Decimal::default();
        assert_eq!(zero.scaled(24), 0.0, "should give 0 for 0亿亿亿");
        let nine = Decimal {
            mantissa: 9,
            decimals: 0,
        };
        assert!(
            (nine.scaled(24) / 9e24 - 1.0).abs() < 1e-15,
            "should scale past the table"
        );
        assert_eq!(nine.scaled(400), f64::MAX, "should stay finite");
        assert_eq!(nine.scaled(-400), 0.0, "should underflow to 0");
    }

    fn small(text: &str) -> Option<(u32, usize)> {
        parse_cn_small(&text.chars().collect::<Vec<_>>())
    }

    fn cn(text: &str) -> Option<u64> {
        cn_value(&text.chars().collect::<Vec<_>>()).map(|n| n.value)
    }

    #[test]
    fn reads_small_chinese_numerals() {
        assert_eq!(small("一、"), Some((1, 1)), "should read 一");
        assert_eq!(small("十）"), Some((10, 1)), "should read 十");
        assert_eq!(small("十二）"), Some((12, 2)), "should read 十二");
        assert_eq!(small("二十、"), Some((20, 2)), "should read 二十");
        assert_eq!(small("三十五、"), Some((35, 3)), "should read 三十五");
        assert_eq!(small("两个"), None, "should not read 两 as an ordinal");
        assert_eq!(small("是"), None, "should not read other characters");
    }

    #[test]
    fn reads_chinese_numbers() {
        assert_eq!(cn("一"), Some(1), "should read 一");
        assert_eq!(cn("十"), Some(10), "should read 十");
        assert_eq!(cn("三十"), Some(30), "should read 三十");
        assert_eq!(cn("一百零五"), Some(105), "should read 零 as a gap");
        assert_eq!(
            cn("三千五"),
            Some(3500),
            "should read a trailing digit one unit lower"
        );
        assert_eq!(cn("一万"), Some(10_000), "should read 一万");
        assert_eq!(cn("两千"), Some(2000), "should read 两 as two");
        assert_eq!(cn("十二万"), Some(120_000), "should read 十二万");
        assert_eq!(
            cn("一亿三千万"),
            Some(130_000_000),
            "should read 亿 then 万"
        );
        assert_eq!(cn("一万亿"), Some(1_000_000_000_000), "should read 万亿");
        assert_eq!(cn("千"), Some(1000), "should read a bare 千");
        assert_eq!(cn("百万"), Some(1_000_000), "should read a bare 百万");
    }

    #[test]
    fn rejects_digit_runs() {
        assert_eq!(cn("十四五"), None, "should reject the plan name 十四五");
        assert_eq!(
            cn("二〇三五"),
            None,
            "should reject a year written digit by digit"
        );
        assert_eq!(cn("三五"), None, "should reject a vague 三五");
        assert_eq!(cn("十百"), None, "should reject ascending units");
        assert_eq!(cn("万万"), None, "should reject a repeated 万");
    }

    #[test]
    fn flags_bare_scales_and_one() {
        let flags = |t: &str| cn_value(&t.chars().collect::<Vec<_>>()).map(|n| (n.bare, n.one));
        assert_eq!(flags("千"), Some((true, false)), "should flag 千 as bare");
        assert_eq!(
            flags("十"),
            Some((false, false)),
            "should not flag 十 as bare"
        );
        assert_eq!(flags("一"), Some((false, true)), "should flag a lone 一");
        assert_eq!(
            flags("一万"),
            Some((false, false)),
            "should not flag 一万 as one"
        );
    }

    #[test]
    fn scales_decimals_exactly() {
        let d = Decimal {
            mantissa: 80105,
            decimals: 2,
        };
        assert_eq!(
            d.scaled(8),
            80_105_000_000.0,
            "should scale 801.05亿 exactly"
        );
        assert_eq!(
            Decimal {
                mantissa: 121,
                decimals: 1
            }
            .scaled(4),
            121_000.0,
            "should scale 12.1万"
        );
        assert_eq!(
            Decimal {
                mantissa: 4,
                decimals: 1
            }
            .value(),
            0.4,
            "should read 0.4"
        );
    }
}
