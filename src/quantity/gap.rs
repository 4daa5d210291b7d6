//! The text as the readers see it: characters, the gaps inside a quantity,
//! and words across them.
//!
//! Spaces (≤ 4) and line breaks that a PDF or a web copy put inside a
//! quantity are skipped: "36 万家次", "381.55 亿元", "4.59 %", in
//! hard-wrapped text "1442万\n元", and in PDF text whose paragraphs were cut
//! by blank lines "实现辖区 15\n\n家" (the block layout has already joined
//! those lines). A break *between digits* is only crossed when the line
//! before it is long (a wrap, not a table row): "32387.\n68" on a wrapped
//! line, but not the cells "2021\n2022" of a table.
//!
//! Looking back works the same way ("约\n36万"), over a few code points
//! only, and never before the start of the range.

use super::scanner::Scanner;
use crate::text::{is_blank, is_line_break, is_space};
use crate::units::Words;

/// Line breaks in a row crossed inside a block (a PDF break with blank lines).
const BLOCK_BREAKS: usize = 3;
/// Spaces skipped between the tokens of a quantity.
const GAP_SPACES: usize = 4;
/// A line at least this long that ends in a digit was wrapped mid-number.
const WRAPPED_LINE_MIN: usize = 12;

impl Scanner<'_> {
    /// The folded char at `i` inside the range, or `'\0'`.
    #[inline]
    pub(super) fn at(&self, i: usize) -> char {
        if i < self.hi {
            self.chars[i]
        } else {
            '\0'
        }
    }

    /// Past a line break at `i` and the indentation after it (at most
    /// [`BLOCK_BREAKS`] breaks in a row). The range is a block, whose lines the
    /// layout has already joined, so a PDF break with a blank line
    /// ("实现辖区 15\n\n家") is crossed too.
    fn soft_break(&self, i: usize) -> Option<usize> {
        let mut j = i;
        let mut breaks = 0;
        let mut spaces = 0;
        loop {
            let c = self.at(j);
            if is_line_break(c) {
                breaks += 1;
                if breaks > BLOCK_BREAKS {
                    return None;
                }
                j += if c == '\r' && self.at(j + 1) == '\n' {
                    2
                } else {
                    1
                };
                spaces = 0;
            } else if is_space(c) && spaces < 8 {
                j += 1;
                spaces += 1;
            } else {
                break;
            }
        }
        (breaks > 0 && j < self.hi && !is_blank(self.at(j))).then_some(j)
    }

    /// Inside a word: past a soft line break at `i`, if any.
    #[inline]
    pub(super) fn tight(&self, i: usize) -> usize {
        if is_line_break(self.at(i)) {
            self.soft_break(i).unwrap_or(i)
        } else {
            i
        }
    }

    /// Between tokens: past a few spaces and one soft line break.
    #[inline]
    pub(super) fn gap(&self, i: usize) -> usize {
        // Most tokens follow each other with no gap at all.
        if !is_blank(self.at(i)) {
            return i;
        }
        let mut j = i;
        let mut n = 0;
        while is_space(self.at(j)) && n < GAP_SPACES {
            j += 1;
            n += 1;
        }
        self.soft_break(j).unwrap_or(j)
    }

    /// Between digits: past a line break that wrapped a long line.
    pub(super) fn digit_break(&self, i: usize) -> Option<usize> {
        let j = self.soft_break(i)?;
        let mut n = 0;
        let mut k = i;
        while k > self.lo && n < WRAPPED_LINE_MIN && !is_line_break(self.chars[k - 1]) {
            k -= 1;
            n += 1;
        }
        (n >= WRAPPED_LINE_MIN && (self.at(j).is_ascii_digit() || self.at(j) == '.')).then_some(j)
    }

    /// Index of the char before `i`, across a soft line break (and the
    /// indentation after it) but not across plain spaces.
    pub(super) fn prev_index(&self, i: usize) -> Option<usize> {
        if i <= self.lo || i > self.chars.len() {
            return None;
        }
        let mut k = i;
        let mut breaks = 0;
        let mut spaces = 0;
        while k > self.lo {
            let c = self.chars[k - 1];
            if is_line_break(c) {
                breaks += 1;
                if breaks > BLOCK_BREAKS {
                    return None;
                }
                k -= if c == '\n' && k - 1 > self.lo && self.chars[k - 2] == '\r' {
                    2
                } else {
                    1
                };
                spaces = 0;
            } else if is_space(c) && spaces < 8 {
                k -= 1;
                spaces += 1;
            } else {
                break;
            }
        }
        if breaks == 0 {
            return Some(i - 1);
        }
        (k > self.lo).then(|| k - 1)
    }

    /// Index of the char before `i` across spaces and one soft line break.
    pub(super) fn prev_gap_index(&self, i: usize) -> Option<usize> {
        let mut k = i.min(self.chars.len());
        let mut n = 0;
        while k > self.lo && is_space(self.chars[k - 1]) && n < GAP_SPACES {
            k -= 1;
            n += 1;
        }
        if k > self.lo && is_line_break(self.chars[k - 1]) {
            return self.prev_index(k);
        }
        (k > self.lo).then(|| k - 1)
    }

    /// The char before `i` (see [`Self::prev_index`]), or `'\0'`.
    pub(super) fn prev_char(&self, i: usize) -> char {
        self.prev_index(i).map_or('\0', |j| self.chars[j])
    }

    /// Does `word` start at `i`? Its end.
    pub(super) fn word_at(&self, i: usize, word: &str) -> Option<usize> {
        let mut j = i;
        for (k, c) in word.chars().enumerate() {
            if k > 0 {
                j = self.tight(j);
            }
            if self.at(j) != c {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// Does `word` end before `i` (across a gap)? Its start.
    pub(super) fn word_before(&self, i: usize, word: &str) -> Option<usize> {
        let mut j = i;
        for (k, c) in word.chars().rev().enumerate() {
            let index = if k == 0 {
                self.prev_gap_index(j)?
            } else {
                self.prev_index(j)?
            };
            if self.chars[index] != c {
                return None;
            }
            j = index;
        }
        Some(j)
    }

    /// The first word of `words` at `i`, and its end.
    pub(super) fn any_at(&self, i: usize, words: &Words) -> Option<(&'static str, usize)> {
        let c = self.at(i);
        if !words.firsts.may_contain(c) {
            return None;
        }
        words
            .words
            .iter()
            .filter(|w| w.first == c)
            .find_map(|w| self.word_at(i, w.text).map(|end| (w.text, end)))
    }

    /// Skip an identifier-like token: digits, ASCII letters, + - . : / …
    pub(super) fn skip_token(&self, mut i: usize) -> usize {
        while i < self.hi {
            let c = self.chars[i];
            if c.is_ascii_alphanumeric() || ".+-:/_×*·#~".contains(c) {
                i += 1;
            } else {
                break;
            }
        }
        i
    }
}
