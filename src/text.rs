//! Normalization and offsets: the pasted text, folded for matching, with a
//! map back to the original.
//!
//! Real reports mix half- and full-width forms in one file — `(一)` and
//! `（三）`, `,` and `，`, `1.` and `1．`, `２０２０` and `2020`, U+3000
//! indents. Every scanner in this crate reads a *folded* copy in which each
//! original code point becomes exactly one folded `char`:
//!
//! | original | folded |
//! | --- | --- |
//! | `！`…`～` (U+FF01–U+FF5E, full-width ASCII) | `!`…`~` |
//! | U+3000, U+00A0, U+FEFF, U+2002–U+200B, U+202F, U+205F | ` ` |
//! | `―` U+2015, `─` U+2500, `━` U+2501 | `—` U+2014 |
//! | `｡` U+FF61 | `。` |
//! | `﹪` U+FE6A | `%` |
//! | traditional `億` `萬` `區` `國` `報` … (the table in [`crate::hant`]) | `亿` `万` `区` `国` `报` … |
//!
//! Because folding is one code point to one `char`, a folded index *is* a
//! code-point index into the original, and [`Source`] turns it into the two
//! offsets the outside world needs: a byte offset (to slice the original
//! `&str` inside Rust) and a UTF-16 offset (what JavaScript's
//! `text.slice(start, end)` expects, where an emoji counts as two units).
//! Nothing is ever removed or re-ordered, so no pasted character is lost.

use crate::document::Span;

/// The original text plus its folded code points.
pub(crate) struct Source<'t> {
    text: &'t str,
    /// Folded code points, one per original code point.
    pub chars: Vec<char>,
    /// Byte offset in `text` of each code point; one extra entry = `text.len()`.
    bytes: Vec<u32>,
    /// Indices (ascending) of code points outside the BMP: each is two UTF-16 units.
    astral: Vec<u32>,
    /// What a rich source said about the text (bold, heading styles).
    pub evidence: crate::hints::Evidence,
}

impl<'t> Source<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut chars = Vec::with_capacity(text.len() / 2);
        let mut bytes = Vec::with_capacity(text.len() / 2 + 1);
        let mut astral = Vec::new();
        for (index, c) in text.char_indices() {
            if c as u32 > 0xFFFF {
                astral.push(chars.len() as u32);
            }
            bytes.push(index as u32);
            chars.push(fold(c));
        }
        bytes.push(text.len() as u32);
        Source {
            text,
            chars,
            bytes,
            astral,
            evidence: Default::default(),
        }
    }

    /// The code point that starts at byte `byte` of the text (the number
    /// of code points for its end); None inside a character.
    pub fn index_of_byte(&self, byte: usize) -> Option<usize> {
        self.bytes.binary_search(&u32::try_from(byte).ok()?).ok()
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// The folded char at `index`, or `'\0'` past either end.
    #[inline]
    pub fn at(&self, index: usize) -> char {
        self.chars.get(index).copied().unwrap_or('\0')
    }

    /// The original text of code points `start..end`.
    pub fn original(&self, start: usize, end: usize) -> &'t str {
        let end = end.min(self.chars.len());
        let start = start.min(end);
        &self.text[self.bytes[start] as usize..self.bytes[end] as usize]
    }

    /// The folded text of code points `start..end`, as a `String`.
    pub fn folded(&self, start: usize, end: usize) -> String {
        let end = end.min(self.chars.len());
        self.chars[start.min(end)..end].iter().collect()
    }

    /// The UTF-16 offset of code point `index`.
    pub fn utf16(&self, index: usize) -> u32 {
        let index = index.min(self.chars.len()) as u32;
        let before = self.astral.partition_point(|&a| a < index) as u32;
        index + before
    }

    /// The [`Span`] (UTF-16 offsets) of code points `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.utf16(start),
            end: self.utf16(end.max(start)),
        }
    }

    /// The original text of `start..end` with line breaks (and the
    /// indentation after them) removed and markdown emphasis `**` dropped,
    /// for titles and names that a PDF conversion broke across lines.
    pub fn clean(&self, start: usize, end: usize) -> String {
        let (start, end) = self.trim(start, end);
        let mut out = String::with_capacity((end - start) * 3);
        let mut index = start;
        while index < end {
            let c = self.chars[index];
            if is_line_break(c) {
                // Drop the break, the indentation after it, and trailing
                // spaces already written before it.
                while out.ends_with([' ', '\t', '\u{3000}']) {
                    out.pop();
                }
                index += 1;
                while index < end
                    && (is_space(self.chars[index]) || is_line_break(self.chars[index]))
                {
                    index += 1;
                }
                continue;
            }
            if c == '*' && self.at(index + 1) == '*' {
                index += 2;
                continue;
            }
            out.push_str(self.original(index, index + 1));
            index += 1;
        }
        out
    }

    /// Shrink `start..end` past whitespace and line breaks at both ends.
    pub fn trim(&self, mut start: usize, mut end: usize) -> (usize, usize) {
        end = end.min(self.chars.len());
        while start < end && is_blank(self.chars[start]) {
            start += 1;
        }
        while end > start && is_blank(self.chars[end - 1]) {
            end -= 1;
        }
        (start, end)
    }

    /// Does the folded text at `index` start with `pattern` (folded form)?
    pub fn starts_with(&self, index: usize, pattern: &str) -> bool {
        (index..).zip(pattern.chars()).all(|(i, p)| self.at(i) == p)
    }

    /// Index of the first occurrence of `pattern` in `start..end`.
    pub fn find(&self, start: usize, end: usize, pattern: &str) -> Option<usize> {
        let first = pattern.chars().next()?;
        let n = pattern.chars().count();
        let end = end.min(self.chars.len());
        let mut i = start;
        while i + n <= end {
            if self.chars[i] == first && self.starts_with(i, pattern) {
                return Some(i);
            }
            i += 1;
        }
        None
    }
}

/// Fold one code point; see the module doc for the table.
pub fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}'
        | '\u{00A0}'
        | '\u{FEFF}'
        | '\u{2002}'..='\u{200B}'
        | '\u{202F}'
        | '\u{205F}' => ' ',
        '\u{2015}' | '\u{2500}' | '\u{2501}' => '—',
        '\u{FF61}' => '。',
        '\u{FE6A}' => '%',
        _ => crate::hant::simplify(c),
    }
}

/// Fold a whole string (see [`fold`]).
pub fn fold_str(text: &str) -> String {
    text.chars().map(fold).collect()
}

/// A line terminator: `\n`, `\r`, U+2028, U+2029, U+0085.
#[inline]
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// Horizontal white space in folded text (tabs, spaces, other controls).
#[inline]
pub fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{0B}' || c == '\u{0C}'
}

/// White space of either kind.
#[inline]
pub fn is_blank(c: char) -> bool {
    is_space(c) || is_line_break(c)
}

/// A Han ideograph (CJK Unified Ideographs and extension A, plus `〇`).
#[inline]
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '〇' | '\u{F900}'..='\u{FAFF}')
}

/// Sentence-final punctuation in folded text.
#[inline]
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | ';' | '…')
}

/// Punctuation after which a line may end without the sentence continuing.
#[inline]
pub fn is_line_final(c: char) -> bool {
    is_sentence_end(c) || matches!(c, ':' | '”' | '"' | '」' | '』' | ')' | '】' | '》')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_full_width_forms() {
        let s = Source::new("（一）２０２０年，增长１．５％");
        assert_eq!(
            s.folded(0, s.len()),
            "(一)2020年,增长1.5%",
            "should fold full-width ASCII"
        );
    }

    #[test]
    fn maps_offsets_to_utf16_past_emoji() {
        let text = "a😀b增长5%";
        let s = Source::new(text);
        assert_eq!(s.utf16(1), 1, "should count code units before the emoji");
        assert_eq!(s.utf16(2), 3, "should count the emoji as two units");
        assert_eq!(
            s.span(3, 7),
            Span { start: 4, end: 8 },
            "should map a span after the emoji"
        );
        assert_eq!(
            s.original(3, 7),
            "增长5%",
            "should slice the original by code points"
        );
    }

    #[test]
    fn cleans_line_breaks_from_titles() {
        let s = Source::new("高质量发\n\n  展**规划**");
        assert_eq!(
            s.clean(0, s.len()),
            "高质量发展规划",
            "should drop breaks, indentation and **"
        );
    }
}
