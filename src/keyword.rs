//! Keywords in the folded text: does a simplified keyword stand at an
//! offset, or where is its first occurrence?
//!
//! The folded text is simplified ([`crate::text::fold`] maps traditional
//! forms through the table in [`crate::hant`]), so one simplified keyword
//! matches either script: "关于" matches 關於. A copied PDF hard-wraps
//! words anywhere ("计划草案的报\n告") and a flattened page leaves stray
//! spaces inside them ("计 划"), so [`word_at`] lets one line break and a
//! few spaces stand between a keyword's characters.

use crate::text::{is_blank, is_line_break, is_space, CharFilter, Source};

/// Does `word` (simplified, folded) stand at `at`, in either script? Returns
/// the index one past it. Never reads past `end`.
///
/// A line break or a space may stand inside the word, as a PDF copy
/// hard-wraps "计划草案的报\n告" anywhere (see `skip_wrap`).
#[inline]
pub(crate) fn word_at(source: &Source, at: usize, end: usize, word: &str) -> Option<usize> {
    let mut i = at;
    for (k, w) in word.chars().enumerate() {
        if i >= end {
            return None;
        }
        let mut c = source.at(i);
        if c != w && k > 0 && is_blank(c) {
            i = skip_wrap(source, i, end)?;
            c = source.at(i);
        }
        if c != w {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// Skip a hard wrap or a stray space at `i`: at most one line break (CRLF
/// counts as one) and a few spaces, as a PDF copy or a flattened page leaves
/// them inside words ("计\n划", "计 划", "综 合").
fn skip_wrap(source: &Source, mut i: usize, end: usize) -> Option<usize> {
    let mut breaks = 0;
    let mut spaces = 0;
    while i < end && is_blank(source.at(i)) {
        let c = source.at(i);
        if is_line_break(c) {
            if !(c == '\n' && i > 0 && source.at(i - 1) == '\r') {
                breaks += 1;
            }
        } else {
            spaces += 1;
        }
        i += 1;
    }
    (breaks <= 1 && spaces <= WRAP_SPACES_MAX && i < end).then_some(i)
}

/// Most spaces a word may hold at one place.
const WRAP_SPACES_MAX: usize = 3;

/// Does `start..end` end with `word`, white space allowed between its
/// characters ("规划 执行情况", "的报\n告")?
pub(crate) fn ends_with_word(source: &Source, start: usize, end: usize, word: &str) -> bool {
    let mut i = end;
    for w in word.chars().rev() {
        while i > start && is_blank(source.at(i - 1)) {
            i -= 1;
        }
        if i <= start || source.at(i - 1) != w {
            return false;
        }
        i -= 1;
    }
    true
}

/// Like [`word_at`], but spaces may stand between the characters, as in
/// portal labels ("标    题", "来  源") and PDF text ("综 合").
pub(crate) fn spaced_word_at(source: &Source, at: usize, end: usize, word: &str) -> Option<usize> {
    let mut i = at;
    for (k, w) in word.chars().enumerate() {
        if k > 0 {
            while i < end && is_space(source.at(i)) {
                i += 1;
            }
        }
        if i >= end || source.at(i) != w {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// The first of `words` at `at` (the table's order decides, so list longer
/// words first): its index in `words` and its end.
pub(crate) fn any_word_at(
    source: &Source,
    at: usize,
    end: usize,
    words: &[&str],
) -> Option<(usize, usize)> {
    if at >= end {
        return None;
    }
    let first = source.at(at);
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.starts_with(first))
        .find_map(|(k, w)| word_at(source, at, end, w).map(|e| (k, e)))
}

/// The end of the first of `words` at `at`, like [`any_word_at`].
pub(crate) fn first_word_at(
    source: &Source,
    at: usize,
    end: usize,
    words: &[&str],
) -> Option<usize> {
    any_word_at(source, at, end, words).map(|(_, e)| e)
}

/// Index of the first occurrence of `word` in `start..end`.
pub(crate) fn find_word(source: &Source, start: usize, end: usize, word: &str) -> Option<usize> {
    let first = word.chars().next()?;
    let end = end.min(source.chars.len());
    let mut from = start.min(end);
    // A tight search for the first character over the slice, then a check.
    while let Some(k) = source.chars[from..end].iter().position(|&c| c == first) {
        let i = from + k;
        if word_at(source, i, end, word).is_some() {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

/// Does any of `words` stand in `start..end`? One pass for all of them: a
/// bit test on each character, a look at the words only where it passes.
pub(crate) fn any_word_in(source: &Source, start: usize, end: usize, words: &[&str]) -> bool {
    let filter = CharFilter::of_firsts(words);
    let end = end.min(source.chars.len());
    let mut from = start.min(end);
    while let Some(k) = source.chars[from..end].iter().position(|&c| filter.may_contain(c)) {
        let i = from + k;
        let c = source.chars[i];
        if words.iter().any(|w| w.starts_with(c) && word_at(source, i, end, w).is_some()) {
            return true;
        }
        from = i + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_word_in_should_agree_with_find_word() {
        let s = Source::new("今年是计划执行的第一年，統計公報另行發布，国民经济和社会发\n展计划");
        for words in [&["统计公报", "年报"][..], &["计划执行"], &["社会发展计划"], &["不在文中", "也不在"], &[]] {
            let one_pass = any_word_in(&s, 0, s.len(), words);
            let each = words.iter().any(|w| find_word(&s, 0, s.len(), w).is_some());
            assert_eq!(one_pass, each, "should find {words:?} as find_word does");
        }
    }

    #[test]
    fn matches_either_script() {
        let s = Source::new("關於深圳市坪山區2020年計劃執行情況的報告");
        assert_eq!(
            word_at(&s, 0, s.len(), "关于"),
            Some(2),
            "should match 關於 as 关于"
        );
        assert!(
            find_word(&s, 0, s.len(), "的报告").is_some(),
            "should find 的報告"
        );
        let t = Source::new("标    题:");
        assert_eq!(
            spaced_word_at(&t, 0, t.len(), "标题"),
            Some(6),
            "should match a spaced label"
        );
    }

    #[test]
    fn matches_across_wraps_and_spaces() {
        let w = Source::new("计划草案的报\r\n  告");
        assert_eq!(
            word_at(&w, 4, w.len(), "的报告"),
            Some(w.len()),
            "should match across a hard wrap"
        );
        assert!(
            ends_with_word(&w, 0, w.len(), "报告"),
            "should see the wrapped end word"
        );
        let f = Source::new("计 划");
        assert_eq!(
            word_at(&f, 0, f.len(), "计划"),
            Some(3),
            "should match across a stray space"
        );
        let p = Source::new("的报\n\n告");
        assert_eq!(
            word_at(&p, 0, p.len(), "的报告"),
            None,
            "should not match across a paragraph break"
        );
        assert_eq!(
            word_at(&p, 0, 2, "的报告"),
            None,
            "should not read past the end"
        );
    }
}
