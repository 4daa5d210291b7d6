//! Dates and years as reports and portals write them.
//!
//! ```text
//! date  = year sep month sep day            ; 2023-03-01  2023/3/1  2024.03.15
//!       | year "年" month "月" (day ("日" | "号"))?   ; 2022年02月09日  2021 年 1 月 26 日
//! year  = digit{4} | cn-digit{4}           ; 2021, 二〇二一 (〇 ○ 零 O all zero)
//! month = digit{1,2} | cn-number           ; 1, 02, 一, 十二
//! day   = digit{1,2} | cn-number           ; 9, 26, 二十六, 三十一
//! ```
//!
//! Spaces may stand between the parts ("2020 年"), as PDF text has them.
//! Years outside [`YEAR_MIN`]..=[`YEAR_MAX`] are not years.

use crate::number::cn_digit;
use crate::text::{is_space, Source};

/// The earliest year a report can speak of.
pub(super) const YEAR_MIN: i32 = 1949;
/// The latest.
pub(super) const YEAR_MAX: i32 = 2100;

/// A calendar date; the day may be missing ("2024年1月").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Date {
    pub year: i32,
    pub month: u32,
    pub day: Option<u32>,
}

impl Date {
    /// `YYYY-MM-DD`, when the day is known.
    pub fn iso(&self) -> Option<String> {
        self.day
            .map(|d| format!("{:04}-{:02}-{:02}", self.year, self.month, d))
    }
}

/// A year at `at`: four digits (Arabic or Chinese) followed by 年, spaces
/// allowed before 年. Returns the year and the index after 年.
#[inline]
pub(super) fn year_at(source: &Source, at: usize, end: usize) -> Option<(i32, usize)> {
    // Most positions hold no digit at all: answer those without a call.
    let c = source.at(at);
    if !c.is_ascii_digit() && year_cn_digit(c).is_none() {
        return None;
    }
    let (year, digits_end) = year_digits_at(source, at, end)?;
    let after = skip_spaces(source, digits_end, end);
    (source.at(after) == '年' && after < end).then_some((year, after + 1))
}

/// Four year digits at `at`, not inside a longer number.
fn year_digits_at(source: &Source, at: usize, end: usize) -> Option<(i32, usize)> {
    if at + 4 > end {
        return None;
    }
    let before = if at > 0 { source.at(at - 1) } else { ' ' };
    let first = source.at(at);
    let value = if first.is_ascii_digit() {
        if before.is_ascii_digit() || before == '.' {
            return None;
        }
        let mut v = 0;
        for k in 0..4 {
            v = v * 10 + source.at(at + k).to_digit(10)? as i32;
        }
        if source.at(at + 4).is_ascii_digit() {
            return None;
        }
        v
    } else {
        if year_cn_digit(before).is_some() {
            return None;
        }
        let mut v = 0;
        for k in 0..4 {
            v = v * 10 + year_cn_digit(source.at(at + k))? as i32;
        }
        if year_cn_digit(source.at(at + 4)).is_some() {
            return None;
        }
        v
    };
    (YEAR_MIN..=YEAR_MAX)
        .contains(&value)
        .then_some((value, at + 4))
}

/// A digit of a year written in Chinese: 二〇二一, 一九九八.
fn year_cn_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '○' | '零' | 'O' | '0' => Some(0),
        '两' => None,
        _ => cn_digit(c),
    }
}

/// A date at `at`; returns it and the index after it.
pub(super) fn date_at(source: &Source, at: usize, end: usize) -> Option<(Date, usize)> {
    let (year, digits_end) = year_digits_at(source, at, end)?;
    let i = skip_spaces(source, digits_end, end);
    let sep = source.at(i);
    if i >= end {
        return None;
    }
    if sep == '年' {
        let m_start = skip_spaces(source, i + 1, end);
        let (month, m_end) = small_number_at(source, m_start, end)?;
        let i = skip_spaces(source, m_end, end);
        if source.at(i) != '月' || i >= end || !(1..=12).contains(&month) {
            return None;
        }
        let after_month = i + 1;
        let d_start = skip_spaces(source, after_month, end);
        let day = small_number_at(source, d_start, end).and_then(|(d, d_end)| {
            let j = skip_spaces(source, d_end, end);
            (matches!(source.at(j), '日' | '号') && j < end && (1..=31).contains(&d))
                .then_some((d, j + 1))
        });
        return Some(match day {
            Some((d, e)) => (
                Date {
                    year,
                    month,
                    day: Some(d),
                },
                e,
            ),
            None => (
                Date {
                    year,
                    month,
                    day: None,
                },
                after_month,
            ),
        });
    }
    if matches!(sep, '-' | '/' | '.') && i == digits_end {
        let (month, m_end) = ascii_number_at(source, i + 1, end)?;
        if source.at(m_end) != sep || !(1..=12).contains(&month) {
            return None;
        }
        let (day, d_end) = ascii_number_at(source, m_end + 1, end)?;
        if !(1..=31).contains(&day) {
            return None;
        }
        return Some((
            Date {
                year,
                month,
                day: Some(day),
            },
            d_end,
        ));
    }
    None
}

/// One or two ASCII digits.
fn ascii_number_at(source: &Source, at: usize, end: usize) -> Option<(u32, usize)> {
    let mut v = 0;
    let mut i = at;
    while i < end && i - at < 2 {
        match source.at(i).to_digit(10) {
            Some(d) => v = v * 10 + d,
            None => break,
        }
        i += 1;
    }
    (i > at && !source.at(i).is_ascii_digit()).then_some((v, i))
}

/// A month or day number: 1–2 ASCII digits or a Chinese numeral up to 三十一.
fn small_number_at(source: &Source, at: usize, end: usize) -> Option<(u32, usize)> {
    if source.at(at).is_ascii_digit() {
        return ascii_number_at(source, at, end);
    }
    let digit = |i: usize| {
        if i < end {
            cn_digit(source.at(i)).filter(|&d| d > 0 && source.at(i) != '两')
        } else {
            None
        }
    };
    let ten = |i: usize| i < end && source.at(i) == '十';
    if ten(at) {
        return Some(match digit(at + 1) {
            Some(d) => (10 + d, at + 2),
            None => (10, at + 1),
        });
    }
    let d = digit(at)?;
    if ten(at + 1) {
        return Some(match digit(at + 2) {
            Some(u) => (d * 10 + u, at + 3),
            None => (d * 10, at + 2),
        });
    }
    Some((d, at + 1))
}

fn skip_spaces(source: &Source, mut i: usize, end: usize) -> usize {
    while i < end && is_space(source.at(i)) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        let s = Source::new(text);
        date_at(&s, 0, s.len()).and_then(|(d, _)| d.iso())
    }

    #[test]
    fn reads_dates() {
        assert_eq!(
            date("2023-03-01 10:20"),
            Some("2023-03-01".into()),
            "should read an ISO date"
        );
        assert_eq!(
            date("2022年02月09日"),
            Some("2022-02-09".into()),
            "should read 年月日"
        );
        assert_eq!(
            date("2021 年 1 月 26 日在"),
            Some("2021-01-26".into()),
            "should read a spaced date"
        );
        assert_eq!(
            date("二〇二一年一月二十六日"),
            Some("2021-01-26".into()),
            "should read Chinese numerals"
        );
        assert_eq!(
            date("２０２４／３／５"),
            Some("2024-03-05".into()),
            "should read a full-width date"
        );
        assert_eq!(
            date("2024年1月"),
            None,
            "should leave a month without a day"
        );
        assert_eq!(
            date("12023-01-01"),
            None,
            "should not read inside a longer number"
        );
        assert_eq!(date("2023-13-01"), None, "should reject month 13");
    }
}
