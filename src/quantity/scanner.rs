//! The pass over one range of code points: a block of the report, or a
//! clause the indicator module reads.
//!
//! The scanner runs to the next character that can open something — a
//! digit, a minus sign, a Chinese numeral, 第, 前, 翻, 百分之 — hands it to
//! the reader of that construct and jumps past what the reader took. Around
//! the readers it keeps out:
//!
//! - outline markers ("1." "（一）"), passed over whole;
//! - anything inside a 《book title》, a name: 《促进民营经济发展30条》; an
//!   unclosed 《 stops muting at a sentence end or after [`BOOK_TITLE_MAX`]
//!   code points;
//! - a quantity inside a short quoted name or slogan: “三名”, “五个率先”,
//!   “惠企10条” (at most [`QUOTE_MAX`] code points with the quotes), or
//!   between straight quotes;
//! - a quantity overlapping the one before it.

use super::reading::Reading;
use crate::number::is_cn_numeral;
use crate::text::is_sentence_end;

/// Longest 《book title》 (code points) that mutes the quantities inside it;
/// an unclosed 《 stops muting after this many.
const BOOK_TITLE_MAX: usize = 120;
/// Longest quoted name or slogan (code points, quotes included) whose
/// quantities are no quantities: “一核两带五组团”, “惠企10条”.
const QUOTE_MAX: usize = 12;

/// Can `c` open a quantity (or a book title, or end one)? Asked of every
/// character: one bit of [`TRIGGERS`] for any character of the Basic
/// Multilingual Plane, so that no branch depends on whether `c` is Han, a
/// digit or punctuation (those alternate too irregularly to predict).
#[inline]
fn is_trigger(c: char) -> bool {
    let code = c as u32;
    code < 0x1_0000 && TRIGGERS[(code / 64) as usize] >> (code % 64) & 1 == 1
}

/// The triggers: digits, minus signs, 第 前 翻, the Chinese numerals, the
/// book-title brackets and the sentence ends that close a quoted name.
const TRIGGER_CHARS: &str = "0123456789-−﹣《》。!?;〇○第前翻零一二两三四五六七八九十百千万亿";

/// A bitmap over U+0000–U+FFFF of [`TRIGGER_CHARS`], built at compile time
/// (8 KB, nearly all zeros: a few hundred bytes compressed).
static TRIGGERS: [u64; 1024] = {
    let bytes = TRIGGER_CHARS.as_bytes();
    let mut bits = [0u64; 1024];
    let mut i = 0;
    while i < bytes.len() {
        let code = crate::hant::char_at(bytes, i) as u32;
        bits[(code / 64) as usize] |= 1 << (code % 64);
        i += crate::hant::utf8_len(bytes[i]);
    }
    bits
};


pub(super) struct Scanner<'a> {
    pub(super) chars: &'a [char],
    pub(super) lo: usize,
    pub(super) hi: usize,
    markers: &'a [(usize, usize)],
    out: &'a mut Vec<Reading>,
    /// Readings before this index were found in earlier ranges.
    floor: usize,
    /// Inside a 《book title》: quantities are names here.
    muted: bool,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(
        chars: &'a [char],
        lo: usize,
        hi: usize,
        markers: &'a [(usize, usize)],
        out: &'a mut Vec<Reading>,
    ) -> Self {
        let floor = out.len();
        Scanner {
            chars,
            lo,
            hi: hi.min(chars.len()),
            markers,
            out,
            floor,
            muted: false,
        }
    }

    pub(super) fn run(&mut self) {
        let mut i = self.lo;
        let mut book: Option<usize> = None;
        let mut mk = self.markers.partition_point(|m| m.0 < self.lo);
        while i < self.hi {
            while mk < self.markers.len() && self.markers[mk].0 < i {
                mk += 1;
            }
            // Fast path: run to the next character that can open something.
            let stop = self.markers.get(mk).map_or(self.hi, |m| m.0.min(self.hi));
            i += self.chars[i.min(stop)..stop]
                .iter()
                .position(|&c| is_trigger(c))
                .unwrap_or(stop.saturating_sub(i));
            if i >= self.hi {
                break;
            }
            if i == stop {
                if let Some(&(_, end)) = self.markers.get(mk) {
                    i = end.max(i + 1);
                    continue;
                }
            }
            let c = self.chars[i];
            match c {
                '《' => {
                    book = Some(i);
                    i += 1;
                    continue;
                }
                '》' | '。' | '!' | '?' | ';' => {
                    book = None;
                    i += 1;
                    continue;
                }
                _ => {}
            }
            if book.is_some_and(|b| i - b > BOOK_TITLE_MAX) {
                book = None;
            }
            self.muted = book.is_some();
            i = self.read_at(i, c).max(i + 1);
        }
    }

    /// Hand the trigger `c` at `i` to the reader of its construct: where
    /// the scan goes on.
    fn read_at(&mut self, i: usize, c: char) -> usize {
        match c {
            '0'..='9' => self.arabic(i),
            '-' | '−' | '﹣' if self.at(i + 1).is_ascii_digit() && self.sign_allowed(i) => {
                self.arabic(i)
            }
            '第' => self.ordinal(i),
            '前' => self.front(i),
            '翻' => self.fan(i),
            '百' | '千' if self.at(i + 1) == '分' && self.at(i + 2) == '之' => {
                self.percent_words(i)
            }
            c if is_cn_numeral(c) => self.chinese(i),
            _ => i + 1,
        }
    }

    /// Where a new reading may start: after the last one of this range.
    pub(super) fn min_start(&self) -> usize {
        match self.out.last() {
            Some(last) if self.out.len() > self.floor => last.end.max(self.lo),
            _ => self.lo,
        }
    }

    /// Push a reading unless it is muted, overlaps the last one or stands
    /// in a short quoted name or slogan (“三名”, “五个率先”, “12条”).
    pub(super) fn push(&mut self, r: Reading) {
        if self.muted || r.start < self.min_start() || r.end <= r.start {
            return;
        }
        let open = self.prev_char(r.start);
        let close = self.at(self.tight(r.end));
        let quoted = matches!(open, '"' | '\'') && matches!(close, '"' | '\'');
        if !quoted && !self.in_short_quote(r.start, r.end) {
            self.out.push(r);
        }
    }

    /// Is `start..end` inside a pair of quotes holding at most
    /// [`QUOTE_MAX`] code points?
    fn in_short_quote(&self, start: usize, end: usize) -> bool {
        let mut k = start;
        let open = loop {
            if k <= self.lo || start - k >= QUOTE_MAX {
                return false;
            }
            let c = self.chars[k - 1];
            if matches!(c, '“' | '「' | '『' | '‘' | '〝') {
                break k - 1;
            }
            if matches!(c, '”' | '」' | '』' | '’' | '〞') || is_sentence_end(c) {
                return false;
            }
            k -= 1;
        };
        let mut k = end;
        loop {
            if k >= self.hi || k - open > QUOTE_MAX {
                return false;
            }
            let c = self.chars[k];
            if matches!(c, '”' | '」' | '』' | '’' | '〞') {
                return true;
            }
            if matches!(c, '“' | '「' | '『' | '‘' | '〝') || is_sentence_end(c) {
                return false;
            }
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_trigger_should_answer_as_its_rule_for_every_char() {
        // The rule, written plainly.
        let rule = |c: char| {
            "第前翻零一二两三四五六七八九十百千万亿".contains(c)
                || matches!(c, '0'..='9' | '-' | '−' | '﹣' | '《' | '》' | '。' | '!' | '?' | ';' | '〇' | '○')
        };
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_trigger(c), rule(c), "{c:?}: the bit tests should follow the rule");
        }
    }

    #[test]
    fn triggers_on_numerals_and_markers_only() {
        for c in "0123456789-第前翻零一二两三四五六七八九十百千万亿〇《》。".chars()
        {
            assert!(is_trigger(c), "should trigger on {c}");
        }
        for c in "的是在年月元个%,(".chars() {
            assert!(!is_trigger(c), "should not trigger on {c}");
        }
    }
}
