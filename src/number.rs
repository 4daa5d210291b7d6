//! Numbers: Arabic and Chinese numerals as they stand in report text.
//!
//! # Grammar
//!
//! ```text
//! cn-small = "十" cn-digit? | cn-digit ("十" cn-digit?)?     ; 一 … 九十九
//! cn-digit = "一" | "二" | "三" | "四" | "五" | "六" | "七" | "八" | "九"
//! ```
//!
//! Examples: 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十五 → 35.

/// The value of a Chinese digit 一 … 九 (and 〇/零 → 0, 两 → 2).
pub(crate) fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
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
        chars
            .get(i)
            .and_then(|&c| if matches!(c, '两' | '〇' | '零') { None } else { cn_digit(c) })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn small(text: &str) -> Option<(u32, usize)> {
        parse_cn_small(&text.chars().collect::<Vec<_>>())
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
}
