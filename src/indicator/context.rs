//! Role, kind and year: whose figures a group of clauses gives — last
//! year's actuals or next year's targets, 预期性 or 约束性, of which year.
//!
//! They come from the text around the clauses, innermost first: a list's
//! intro sentence, the intro of the list it follows, then its enclosing
//! headings; the year, when no text names one, from the metadata (the
//! year reviewed for actuals, the year planned for targets).
//!
//! ```text
//! 2020年主要经济指标预计完成情况              → actual, 2020
//! 2021年主要经济指标发展目标                  → target, 2021
//! 1. 预期性指标                               → target, expected
//! 主要预期目标是：…。约束性指标是：…          → target, binding (the second list)
//! 主要目标完成情况                            → actual: the word that ends last wins
//! 三、2026年主要工作                          → target, when 2026 is the year planned
//! ```
//!
//! A text that speaks of a span of years ("过去五年", "“十四五”时期")
//! gives no single year's figures.

use super::list::Run;
use crate::aliases;
use crate::document::{IndicatorKind, Meta, Role};
use crate::outline::Outline;
use crate::text::{contains_any, last_end_of_any, Source};

/// Role, year and kind that apply to a group of clauses.
#[derive(Clone)]
pub(super) struct Context {
    pub(super) role: Role,
    /// The role was named (not the default).
    pub(super) decided: bool,
    pub(super) year: Option<i32>,
    pub(super) kind: Option<IndicatorKind>,
    /// The report's region, to tell its own figures from others'.
    pub(super) region: Option<String>,
}

impl Context {
    /// The context of a list run: its intro sentence, then its headings.
    pub(super) fn of_run(source: &Source, outline: &Outline, run: &Run, meta: &Meta) -> Context {
        let mut texts: Vec<(usize, usize)> = Vec::new();
        texts.extend(run.intro);
        texts.extend(run.follows);
        for heading in outline.path_at(run.start).iter().rev() {
            texts.push((heading.title_start, heading.title_end));
        }
        Context::from_texts(source, &texts, meta)
    }

    /// Read role, kind and year from texts, innermost first: the role
    /// and kind from the innermost text that names a role, the year from
    /// the innermost text that has one, else from the metadata.
    pub(super) fn from_texts(source: &Source, texts: &[(usize, usize)], meta: &Meta) -> Context {
        let mut role = None;
        let mut year = None;
        let mut kind = None;
        for &(start, end) in texts {
            let text = source.folded(start, end);
            if role.is_none() {
                role = role_in(&text);
                kind = kind.or_else(|| kind_in(&text));
            }
            year = year.or_else(|| year_in(&text));
        }
        // "三、2026年主要工作": a heading that names only a year names the
        // role of that year — the year planned or the year reviewed.
        if role.is_none() && meta.year_planned != meta.year_reviewed {
            if year.is_some() && year == meta.year_planned {
                role = Some(Role::Target);
            } else if year.is_some() && year == meta.year_reviewed {
                role = Some(Role::Actual);
            }
        }
        let decided = role.is_some();
        let role = role.unwrap_or(Role::Actual);
        let year = year.or(match role {
            Role::Actual => meta.year_reviewed,
            Role::Target => meta.year_planned,
        });
        Context {
            role,
            decided,
            year,
            kind,
            region: meta.region.clone(),
        }
    }
}

/// The role a heading or intro names: the word that ends last wins, since
/// a Chinese noun phrase ends with its head ("主要目标完成情况" is actual).
pub(super) fn role_in(text: &str) -> Option<Role> {
    let last = |words: &[&str]| last_end_of_any(text, words);
    match (last(aliases::ACTUAL_WORDS), last(aliases::TARGET_WORDS)) {
        (Some(a), Some(t)) => Some(if a >= t { Role::Actual } else { Role::Target }),
        (Some(_), None) => Some(Role::Actual),
        (None, Some(_)) => Some(Role::Target),
        (None, None) => None,
    }
}

pub(super) fn kind_in(text: &str) -> Option<IndicatorKind> {
    if contains_any(text, aliases::BINDING_WORDS) {
        Some(IndicatorKind::Binding)
    } else if contains_any(text, aliases::EXPECTED_WORDS) {
        Some(IndicatorKind::Expected)
    } else {
        None
    }
}

/// The first year ("2020年", "2020 年") in a text.
pub(super) fn year_in(text: &str) -> Option<i32> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i + 4 <= chars.len() {
        let digits = &chars[i..i + 4];
        let before_ok = i == 0 || !chars[i - 1].is_ascii_digit();
        if before_ok && digits.iter().all(char::is_ascii_digit) {
            let mut j = i + 4;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            if chars.get(j) == Some(&'年') {
                let year: i32 = digits.iter().collect::<String>().parse().unwrap_or(0);
                if (1949..=2100).contains(&year) {
                    return Some(year);
                }
            }
        }
        i += 1;
    }
    None
}

/// Does the text speak of a span of years ("过去五年", "“十四五”时期")?
pub(super) fn speaks_of_years(text: &str) -> bool {
    contains_any(text, aliases::SPANS_OF_YEARS)
}

/// Characters one of which every phrase of [`aliases::SPANS_OF_YEARS`]
/// holds (a test keeps it so): a sentence without any cannot speak of a
/// span of years, and needs no folding to tell.
const SPAN_OF_YEARS_MARKS: &[char] = &['五', '”', '纲'];

/// [`speaks_of_years`] for `start..end` of the source, folding it only when
/// it may.
pub(super) fn speaks_of_years_in(source: &Source, start: usize, end: usize) -> bool {
    (start..end).any(|i| SPAN_OF_YEARS_MARKS.contains(&source.at(i)))
        && source.contains_any(start, end, aliases::SPANS_OF_YEARS)
}

#[cfg(test)]
mod span_tests {
    use super::*;

    #[test]
    fn every_span_of_years_holds_a_mark() {
        for phrase in aliases::SPANS_OF_YEARS {
            assert!(
                phrase.chars().any(|c| SPAN_OF_YEARS_MARKS.contains(&c)),
                "should find a mark of SPAN_OF_YEARS_MARKS in {phrase}: add its character there"
            );
        }
    }
}
