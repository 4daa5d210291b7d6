//! The year reviewed and the year planned.
//!
//! Every report of this family looks back on one year and ahead to the
//! next: a plan report given in January 2021 reviews 2020 and plans 2021, a
//! 政府工作报告 given in early 2024 reviews 2023 ("过去一年") and plans 2024
//! ("今年"), a 发改局 "2021年总结以及2022年工作思路" reviews 2021 and plans
//! 2022, a 统计公报 reviews its year and plans none. So the evidence is
//! weighed as votes for the year reviewed, and the year planned follows:
//!
//! | evidence | example | vote |
//! | --- | --- | --- |
//! | a year in the title, by the words after it | 2020年…执行情况 / 2021年计划(草案) | 10 |
//! | the meeting date | ——2021年1月26日在…会议上 | 6 |
//! | a year opening a heading, by its words | 2024年主要指标完成情况 / 2025年工作安排 | 3 |
//! | the year opening the first body sentence | 2020 年是“十三五”规划收官之年 | 2 |
//! | the publication date | 发布时间:2023-03-01 | 2 |
//! | the most frequent year in the text | | 1 |
//!
//! The year planned is the year after the one reviewed when the title names
//! it, or a heading plans it, or a congress early in the year heard the
//! report, or a plan report (政府工作报告) names that year anywhere; a
//! 统计公报 or a half-year report plans none.
//!
//! Words after a year say which it is ([`REVIEW_WORDS`], [`PLAN_WORDS`]):
//! a review word wins over a plan word in the same phrase, as in
//! "2020年国民经济和社会发展计划执行情况".

use super::date::{year_at, Date};
use super::words::{PLAN_WORDS, REVIEW_WORDS};
use crate::keyword::any_word_at;
use crate::text::{is_sentence_end, Source};

/// What a year in a phrase stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum YearRole {
    Reviewed,
    Planned,
}

/// Longest phrase after a year that is searched for role words.
const PHRASE_MAX: usize = 24;

/// The role of the year whose 年 ends at `after`, read from the words up to
/// `end`, the next year, or a sentence end.
pub(super) fn role_after(source: &Source, after: usize, end: usize) -> Option<YearRole> {
    let mut review = None;
    let mut plan = None;
    let mut i = after;
    while i < end && i < after + PHRASE_MAX {
        let c = source.at(i);
        if is_sentence_end(c) || c == ',' || year_at(source, i, end).is_some() {
            break;
        }
        if review.is_none() && any_word_at(source, i, end, REVIEW_WORDS).is_some() {
            review = Some(i);
        }
        if plan.is_none() && any_word_at(source, i, end, PLAN_WORDS).is_some() {
            plan = Some(i);
        }
        i += 1;
    }
    match (review, plan) {
        (Some(_), _) => Some(YearRole::Reviewed),
        (None, Some(_)) => Some(YearRole::Planned),
        _ => None,
    }
}

/// The years of a phrase (a title or a heading) with their roles.
pub(super) fn years_in(source: &Source, start: usize, end: usize) -> Vec<(i32, Option<YearRole>)> {
    let mut out = Vec::new();
    for_each_year(source, start, end, |year, after| {
        out.push((year, role_after(source, after, end)));
        true
    });
    out
}

/// Call `f(year, after)` for each year in `start..end`, in order, until it
/// returns false. Years start only at numerals, so only the numerals the
/// lexical pass found are looked at (a year inside a run of Chinese
/// numerals, "十二〇二一年", may start mid-run).
fn for_each_year(source: &Source, start: usize, end: usize, mut f: impl FnMut(i32, usize) -> bool) {
    let mut next = start;
    for numeral in source.numerals_in(start, end) {
        let last = if numeral.arabic {
            numeral.start + 1
        } else {
            numeral.end
        };
        for i in numeral.start.max(next)..last.min(end) {
            if let Some((year, after)) = year_at(source, i, end) {
                if !f(year, after) {
                    return;
                }
                next = after;
                break;
            }
        }
    }
}

/// Votes for the year reviewed.
#[derive(Default)]
pub(super) struct Votes {
    votes: Vec<(i32, u32)>,
    /// Some evidence says the report plans a year.
    pub plans: bool,
}

impl Votes {
    pub fn add(&mut self, year_reviewed: i32, weight: u32) {
        match self.votes.iter_mut().find(|v| v.0 == year_reviewed) {
            Some(v) => v.1 += weight,
            None => self.votes.push((year_reviewed, weight)),
        }
    }

    /// A year with its role, as one vote.
    pub fn add_role(&mut self, year: i32, role: YearRole, weight: u32) {
        match role {
            YearRole::Reviewed => self.add(year, weight),
            YearRole::Planned => {
                self.plans = true;
                self.add(year - 1, weight);
            }
        }
    }

    /// A date a report was given or published at: early in a year it
    /// reviews the year before.
    pub fn add_date(&mut self, date: Date, weight: u32) {
        if date.month >= 9 {
            self.add(date.year, weight);
        } else {
            self.add(date.year - 1, weight);
        }
    }

    /// The winner; ties go to the later year (a report is about its newest year).
    pub fn winner(&self) -> Option<i32> {
        self.votes.iter().max_by_key(|v| (v.1, v.0)).map(|v| v.0)
    }
}

/// The most frequent year in `start..end` (ties to the later year).
pub(super) fn most_frequent(source: &Source, start: usize, end: usize) -> Option<i32> {
    let mut counts: Vec<(i32, u32)> = Vec::new();
    for_each_year(source, start, end, |year, _| {
        match counts.iter_mut().find(|c| c.0 == year) {
            Some(c) => c.1 += 1,
            None => counts.push((year, 1)),
        }
        true
    });
    counts.iter().max_by_key(|c| (c.1, c.0)).map(|c| c.0)
}

/// Does `start..end` name any year ("2024年", "二〇二四年")?
pub(super) fn any_year(source: &Source, start: usize, end: usize) -> bool {
    let mut found = false;
    for_each_year(source, start, end, |_, _| {
        found = true;
        false
    });
    found
}

/// Does `start..end` name `year` ("2024年")?
pub(super) fn mentions(source: &Source, start: usize, end: usize, year: i32) -> bool {
    let mut found = false;
    for_each_year(source, start, end, |y, _| {
        found = y == year;
        !found
    });
    found
}

/// A year at `at`, looking past white space.
pub(super) fn leading_year(source: &Source, at: usize, end: usize) -> Option<(i32, usize)> {
    let mut i = at;
    while i < end && (crate::text::is_blank(source.at(i)) || source.at(i) == '*') {
        i += 1;
    }
    year_at(source, i, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(i32, Option<YearRole>)> {
        let s = Source::new(text);
        years_in(&s, 0, s.len())
    }

    #[test]
    fn reads_roles_from_words() {
        use YearRole::*;
        assert_eq!(
            roles("关于龙岗区 2020 年国民经济和社会发展规划 执行情况与 2021 年计划（草案）的报告"),
            vec![(2020, Some(Reviewed)), (2021, Some(Planned))],
            "should read a plan report title"
        );
        assert_eq!(
            roles("龙华区发展和改革局2021年总结以及2022年工作思路"),
            vec![(2021, Some(Reviewed)), (2022, Some(Planned))],
            "should read a bureau summary title"
        );
        assert_eq!(
            roles("2025年主要经济指标发展目标"),
            vec![(2025, Some(Planned))],
            "should read a target heading"
        );
        assert_eq!(
            roles("2024年主要指标完成情况"),
            vec![(2024, Some(Reviewed))],
            "should read an actuals heading"
        );
        assert_eq!(
            roles("二〇二三年统计公报"),
            vec![(2023, Some(Reviewed))],
            "should read a Chinese-numeral year"
        );
        assert_eq!(
            roles("2024年是中华人民共和国成立75周年"),
            vec![(2024, None)],
            "should leave a plain year open"
        );
    }
}
