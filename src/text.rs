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
//!
//! # The lexical layer
//!
//! [`Source::new`] reads the text once and keeps, besides the folded code
//! points and the offset maps, the facts every later stage would otherwise
//! rescan the text for:
//!
//! | fact | in [`Source`] | read by |
//! | --- | --- | --- |
//! | folded code points | `chars` | every stage |
//! | line boundaries (`\n`, `\r\n`, `\r`, U+2028/2029 each end a line) | `lines` | the block layer (paragraphs) |
//! | numerals: runs of Arabic digits (`801.05`, `2024`) and of Chinese numerals (`二〇二一`, `十二`) | `numerals` | years in metadata, figures in titles |
//!
//! Paragraphs are the block layer's ([`crate::block`]): joining hard-wrapped
//! lines needs the whole layout, so they are computed once there, from these
//! lines, and handed to the stages above.

use crate::document::Span;

/// A run of numeral characters, `start..end` in code points: Arabic digits
/// with any `.` between two of them ("801.05", "2024"), or Chinese numerals
/// ("二〇二一", "一百二十", "三万"; a scale alone, "亿元", is none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Numeral {
    pub start: usize,
    pub end: usize,
    pub arabic: bool,
}

/// The original text plus its folded code points.
pub(crate) struct Source<'t> {
    text: &'t str,
    /// Folded code points, one per original code point.
    pub chars: Vec<char>,
    /// Byte offset in `text` of each code point; one extra entry = `text.len()`.
    bytes: Vec<u32>,
    /// Indices (ascending) of code points outside the BMP: each is two UTF-16 units.
    astral: Vec<u32>,
    /// Lines as `start..end` code points, the terminator excluded; a text
    /// has at least one (empty) line.
    pub lines: Vec<(usize, usize)>,
    /// Numerals in text order.
    pub numerals: Vec<Numeral>,
    /// What a rich source said about the text (bold, heading styles).
    pub evidence: crate::hints::Evidence,
}

impl<'t> Source<'t> {
    /// Read `text` once: fold it, map its offsets, find its lines and
    /// numerals.
    pub fn new(text: &'t str) -> Self {
        let mut chars: Vec<char> = Vec::with_capacity(text.len() / 2);
        let mut bytes = Vec::with_capacity(text.len() / 2 + 1);
        let mut astral = Vec::new();
        let mut lines = Vec::new();
        let mut line_start = 0;
        let mut numerals = Numerals::default();
        for (index, c) in text.char_indices() {
            let at = chars.len();
            if c as u32 > 0xFFFF {
                astral.push(at as u32);
            }
            bytes.push(index as u32);
            let folded = fold(c);
            chars.push(folded);
            // Most characters are neither: one lookup answers them.
            let class = lexical_class(folded);
            if class == Class::Other && numerals.open.is_none() {
                continue;
            }
            // CRLF is one terminator: the \n after a \r only moves the start.
            if class == Class::LineBreak {
                if folded == '\n' && at > 0 && chars[at - 1] == '\r' {
                    line_start = at + 1;
                } else {
                    lines.push((line_start, at));
                    line_start = at + 1;
                }
            }
            numerals.read(at, folded, class);
        }
        bytes.push(text.len() as u32);
        lines.push((line_start.min(chars.len()), chars.len()));
        Source {
            text,
            chars,
            bytes,
            astral,
            lines,
            numerals: numerals.finish(),
            evidence: Default::default(),
        }
    }

    /// The numerals that start in `start..end`.
    pub fn numerals_in(&self, start: usize, end: usize) -> &[Numeral] {
        let from = self.numerals.partition_point(|n| n.start < start);
        let to = self.numerals.partition_point(|n| n.start < end).max(from);
        &self.numerals[from..to]
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
        // The original text from `run` to `index` is kept: copied in one piece.
        let mut run = start;
        while index < end {
            let c = self.chars[index];
            if is_line_break(c) {
                // Drop the break, the indentation after it, and trailing
                // spaces already written before it.
                out.push_str(self.original(run, index));
                while out.ends_with([' ', '\t', '\u{3000}']) {
                    out.pop();
                }
                index += 1;
                while index < end
                    && (is_space(self.chars[index]) || is_line_break(self.chars[index]))
                {
                    index += 1;
                }
                run = index;
                continue;
            }
            if c == '*' && self.at(index + 1) == '*' {
                out.push_str(self.original(run, index));
                index += 2;
                run = index;
                continue;
            }
            index += 1;
        }
        out.push_str(self.original(run, end.max(run)));
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

    /// Does any of `words` stand in `start..end` of the folded text? The same
    /// as [`contains_any`] on [`Source::folded`], without the copy.
    pub fn contains_any(&self, start: usize, end: usize, words: &[&str]) -> bool {
        let end = end.min(self.chars.len());
        let chars = &self.chars[start.min(end)..end];
        if words.iter().any(|w| w.is_empty()) {
            return true;
        }
        let firsts = CharFilter::of_firsts(words);
        (0..chars.len()).any(|i| {
            firsts.may_contain(chars[i])
                && words.iter().any(|w| {
                    let mut rest = chars[i..].iter();
                    w.chars().all(|c| rest.next() == Some(&c))
                })
        })
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

/// What the lexical pass needs to know of a folded character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Other,
    LineBreak,
    /// 0–9.
    Digit,
    /// A Chinese numeral that may open a run: 〇 一 二 两 … 十.
    Numeral,
    /// 百 千 万 亿: only inside a run.
    Scale,
}

/// Chinese numerals (U+4E00–U+9FFF) as a bitmap, built at compile time.
const NUMERAL_HAN: [u64; 328] = han_bitmap("零一二两三四五六七八九十百千万亿");

/// A 256-bit filter over a set of characters, by their low eight bits:
/// [`may_contain`](CharFilter::may_contain) is true for every member and
/// false for most other characters, so a scan can pass over a position with
/// one bit test and look the set up only where the test passes.
#[derive(Clone, Copy)]
pub(crate) struct CharFilter([u64; 4]);

impl CharFilter {
    pub(crate) const fn new(chars: &[char]) -> Self {
        CharFilter([0; 4]).with(chars)
    }

    /// The first characters of `words` (an empty word has none).
    pub(crate) fn of_firsts(words: &[&str]) -> Self {
        words
            .iter()
            .filter_map(|w| w.chars().next())
            .fold(CharFilter::new(&[]), |filter, c| filter.with(&[c]))
    }

    /// This filter with `chars` added.
    pub(crate) const fn with(self, chars: &[char]) -> Self {
        let mut bits = self.0;
        let mut k = 0;
        while k < chars.len() {
            let low = chars[k] as u32 & 0xFF;
            bits[(low >> 6) as usize] |= 1 << (low & 63);
            k += 1;
        }
        CharFilter(bits)
    }

    #[inline]
    pub(crate) fn may_contain(&self, c: char) -> bool {
        let low = c as u32 & 0xFF;
        self.0[(low >> 6) as usize] >> (low & 63) & 1 == 1
    }
}

/// A set of characters built at run time: the first or last characters of a
/// table's words, or a table of characters ("的和与及…"). Exact: one bit
/// each over the Han block U+4E00–U+9FFF, and a [`CharFilter`] before a look
/// at the few others. A lexicon of hundreds of words fills most of a
/// `CharFilter`'s 256 bits, and `str::contains(char)` searches the table's
/// bytes; here a Han character costs one bit test.
#[derive(Clone)]
pub(crate) struct CharSet {
    han: Box<[u64; 328]>,
    filter: CharFilter,
    others: Vec<char>,
}

impl CharSet {
    pub(crate) fn new(chars: impl IntoIterator<Item = char>) -> Self {
        let mut set = CharSet {
            han: Box::new([0; 328]),
            filter: CharFilter::new(&[]),
            others: Vec::new(),
        };
        for c in chars {
            match han_bit(c) {
                Some(bit) => set.han[bit / 64] |= 1 << (bit % 64),
                None => {
                    set.filter = set.filter.with(&[c]);
                    set.others.push(c);
                }
            }
        }
        set
    }

    #[inline(always)]
    pub(crate) fn contains(&self, c: char) -> bool {
        match han_bit(c) {
            Some(bit) => self.han[bit / 64] >> (bit % 64) & 1 == 1,
            None => self.filter.may_contain(c) && self.others.contains(&c),
        }
    }
}

/// Where the entries of each key start and end in a table sorted (grouped)
/// by a char key, looked up at every position of a text. A Han key is found
/// by its bit in a bitmap over the Han block and its rank among the set bits
/// (a count of the bits before it): no probing and no search, so no branch
/// that depends on the text but "is this a key?". Other keys (a few ASCII
/// letters) are searched in a sorted list.
#[derive(Clone, Debug)]
pub(crate) struct KeyRanges {
    /// One bit per Han character that keys entries.
    han: Box<[u64; 328]>,
    /// The number of keys in the words before each word of `han`.
    before: Box<[u16; 328]>,
    /// The other keys, sorted; their ranges follow the Han keys' in `ranges`.
    others: Vec<char>,
    /// The number of Han keys.
    han_keys: usize,
    /// (start, end) of each key's entries: the Han keys in code point order,
    /// then `others`.
    ranges: Vec<(u32, u32)>,
}

impl Default for KeyRanges {
    fn default() -> Self {
        KeyRanges::new(&[])
    }
}

impl KeyRanges {
    /// The ranges of `keys`, the keys of a table in its order (equal keys
    /// next to each other).
    pub(crate) fn new(keys: &[char]) -> Self {
        let mut runs: Vec<(char, u32, u32)> = Vec::new();
        for (k, &key) in keys.iter().enumerate() {
            match runs.last_mut() {
                Some(run) if run.0 == key => run.2 = k as u32 + 1,
                _ => runs.push((key, k as u32, k as u32 + 1)),
            }
        }
        let mut han = Box::new([0u64; 328]);
        let mut others = Vec::new();
        for &(key, _, _) in &runs {
            match han_bit(key) {
                Some(bit) => han[bit / 64] |= 1 << (bit % 64),
                None => others.push(key),
            }
        }
        // (the crate's own sort: std's would add its sorting code to the wasm)
        crate::sort::sort_by_key(&mut others, |&c| u64::from(c));
        others.dedup();
        let mut before = Box::new([0u16; 328]);
        let mut count = 0u16;
        for (word, slot) in han.iter().zip(before.iter_mut()) {
            *slot = count;
            count += word.count_ones() as u16;
        }
        let mut ranges = vec![(0, 0); usize::from(count) + others.len()];
        let mut index = KeyRanges {
            han,
            before,
            others,
            han_keys: usize::from(count),
            ranges: Vec::new(),
        };
        for &(key, start, end) in &runs {
            if let Some(slot) = index.slot(key) {
                ranges[slot] = (start, end);
            }
        }
        index.ranges = ranges;
        index
    }

    /// Where `key`'s range is in `ranges`.
    #[inline]
    fn slot(&self, key: char) -> Option<usize> {
        match han_bit(key) {
            Some(bit) => {
                let word = self.han[bit / 64];
                let below = word & ((1u64 << (bit % 64)) - 1);
                (word >> (bit % 64) & 1 == 1)
                    .then(|| usize::from(self.before[bit / 64]) + below.count_ones() as usize)
            }
            None => self.others.binary_search(&key).ok().map(|k| self.han_keys + k),
        }
    }

    /// The range of the entries keyed by `key` (empty if none).
    #[inline]
    pub(crate) fn get(&self, key: char) -> std::ops::Range<usize> {
        match self.slot(key) {
            Some(slot) => {
                let (start, end) = self.ranges[slot];
                start as usize..end as usize
            }
            None => 0..0,
        }
    }
}

/// The index of `c` in the Han block U+4E00–U+9FFF.
#[inline]
fn han_bit(c: char) -> Option<usize> {
    let bit = (c as u32).wrapping_sub(0x4E00);
    (bit < 328 * 64).then_some(bit as usize)
}

impl Default for CharSet {
    fn default() -> Self {
        CharSet::new([])
    }
}

impl std::fmt::Debug for CharSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CharSet")
    }
}

/// A bitmap over U+4E00–U+9FFF of the Han characters of `chars` (all in
/// that block), for one-lookup classification; built at compile time.
pub(crate) const fn han_bitmap(chars: &str) -> [u64; 328] {
    let mut bits = [0u64; 328];
    let bytes = chars.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let bit = crate::hant::char_at(bytes, i) as u32 - 0x4E00;
        bits[(bit / 64) as usize] |= 1 << (bit % 64);
        i += crate::hant::utf8_len(bytes[i]);
    }
    bits
}

#[inline]
fn lexical_class(c: char) -> Class {
    let code = c as u32;
    if (0x4E00..0xA000).contains(&code) {
        let bit = code - 0x4E00;
        if NUMERAL_HAN[(bit / 64) as usize] & (1 << (bit % 64)) == 0 {
            return Class::Other;
        }
        return if matches!(c, '百' | '千' | '万' | '亿') {
            Class::Scale
        } else {
            Class::Numeral
        };
    }
    match c {
        '0'..='9' => Class::Digit,
        '〇' | '○' => Class::Numeral,
        _ if is_line_break(c) => Class::LineBreak,
        _ => Class::Other,
    }
}

/// Numerals as the one pass meets them.
#[derive(Default)]
struct Numerals {
    done: Vec<Numeral>,
    open: Option<Numeral>,
    /// An Arabic run followed by a `.`: it goes on if a digit comes next.
    dot: bool,
}

impl Numerals {
    fn read(&mut self, at: usize, c: char, class: Class) {
        // A scale goes on a Chinese run ("三万") but opens none ("亿元").
        let continues_chinese = self.open.is_some_and(|o| !o.arabic && o.end == at);
        let kind = match class {
            Class::Digit => Some(true),
            Class::Numeral => Some(false),
            Class::Scale if continues_chinese => Some(false),
            _ => None,
        };
        match (self.open.as_mut(), kind) {
            (Some(open), Some(k))
                if open.arabic == k
                    && (!self.dot || k)
                    && open.end == at - usize::from(self.dot) =>
            {
                open.end = at + 1;
            }
            (Some(open), None) if open.arabic && c == '.' && !self.dot && open.end == at => {
                self.dot = true;
                return;
            }
            (_, Some(k)) => {
                self.close();
                self.open = Some(Numeral {
                    start: at,
                    end: at + 1,
                    arabic: k,
                });
            }
            (_, None) => self.close(),
        }
        self.dot = false;
    }

    fn close(&mut self) {
        if let Some(open) = self.open.take() {
            self.done.push(open);
        }
        self.dot = false;
    }

    fn finish(mut self) -> Vec<Numeral> {
        self.close();
        self.done
    }
}

/// Fold one code point; see the module doc for the table.
pub fn fold(c: char) -> char {
    // Most characters are ASCII or CJK ideographs: answer those first.
    let code = c as u32;
    if code < 0x80 {
        return c;
    }
    if (0x4E00..0xA000).contains(&code) {
        return crate::hant::simplify(c);
    }
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
    matches!(c, ' ' | '\t' | '\u{0B}' | '\u{0C}')
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

/// Skip white space forward from `index` within `end`.
pub(crate) fn skip_space(source: &Source, mut index: usize, end: usize) -> usize {
    while index < end && is_blank(source.at(index)) {
        index += 1;
    }
    index
}

/// Does `hay` contain any of `words`? One pass over `hay` for all of them:
/// a bit test on each character (the words' first characters), and the
/// words compared only where it passes. A table of a hundred words against
/// a sentence costs about one scan of the sentence, not a hundred.
pub(crate) fn contains_any(hay: &str, words: &[&str]) -> bool {
    if words.iter().any(|w| w.is_empty()) {
        return true;
    }
    let firsts = CharFilter::of_firsts(words);
    let bytes = hay.as_bytes();
    hay.char_indices().any(|(i, c)| {
        firsts.may_contain(c) && words.iter().any(|w| bytes[i..].starts_with(w.as_bytes()))
    })
}

/// Where the last occurrence of any of `words` in `hay` ends (a byte
/// offset): the latest end among them, found in one pass as
/// [`contains_any`] finds a word.
pub(crate) fn last_end_of_any(hay: &str, words: &[&str]) -> Option<usize> {
    let firsts = CharFilter::of_firsts(words);
    let bytes = hay.as_bytes();
    let mut last = words.iter().any(|w| w.is_empty()).then_some(hay.len());
    for (i, c) in hay.char_indices() {
        if firsts.may_contain(c) {
            for w in words {
                if !w.is_empty() && bytes[i..].starts_with(w.as_bytes()) {
                    last = last.max(Some(i + w.len()));
                }
            }
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numerals(text: &str) -> Vec<(String, bool)> {
        let s = Source::new(text);
        s.numerals
            .iter()
            .map(|n| (s.folded(n.start, n.end), n.arabic))
            .collect()
    }

    #[test]
    fn finds_lines_with_any_terminator() {
        let s = Source::new("a\r\nb\rc\nd\u{2028}e\n");
        let lines: Vec<String> = s.lines.iter().map(|&(a, b)| s.folded(a, b)).collect();
        assert_eq!(
            lines,
            ["a", "b", "c", "d", "e", ""],
            "should end a line at CRLF, CR, LF and U+2028, CRLF once"
        );
        assert_eq!(
            Source::new("").lines,
            [(0, 0)],
            "should give an empty text one empty line"
        );
    }

    #[test]
    fn finds_arabic_and_chinese_numerals() {
        assert_eq!(
            numerals("地区生产总值801.05亿元，增长4.5%。"),
            [("801.05".into(), true), ("4.5".into(), true)],
            "should keep a decimal point between digits"
        );
        assert_eq!(
            numerals("二〇二一年，三万余人，第1."),
            [
                ("二〇二一".into(), false),
                ("三万".into(), false),
                ("1".into(), true)
            ],
            "should read Chinese numerals as runs and drop a trailing point"
        );
        assert_eq!(
            numerals("１２３４５６7８9"),
            [("123456789".into(), true)],
            "should read folded full-width digits"
        );
        assert_eq!(
            numerals("3.三"),
            [("3".into(), true), ("三".into(), false)],
            "should not join an Arabic and a Chinese run"
        );
    }

    /// Lines as the block layer once split them, char by char.
    fn naive_lines(chars: &[char]) -> Vec<(usize, usize)> {
        let mut lines = Vec::new();
        let (mut start, mut i) = (0, 0);
        while i <= chars.len() {
            if i == chars.len() || is_line_break(chars[i]) {
                lines.push((start, i));
                if i == chars.len() {
                    break;
                }
                if chars[i] == '\r' && chars.get(i + 1) == Some(&'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            i += 1;
        }
        lines
    }

    proptest::proptest! {
        #[test]
        fn lexical_pass_agrees_with_a_naive_scan(picks in proptest::collection::vec(0usize..9, 0..80)) {
            let alphabet = ['a', '\r', '\n', '1', '.', '二', '万', '年', '\u{2028}'];
            let text: String = picks.iter().map(|&i| alphabet[i]).collect();
            let s = Source::new(&text);
            proptest::prop_assert_eq!(&s.lines, &naive_lines(&s.chars), "should split lines as a char-by-char scan does");
            let mut last = 0;
            for n in &s.numerals {
                proptest::prop_assert!(n.start >= last && n.start < n.end && n.end <= s.len(), "should keep numerals ordered and in bounds");
                proptest::prop_assert!(s.chars[n.start..n.end].iter().all(|&c| c == '.' || matches!(lexical_class(c), Class::Digit | Class::Numeral | Class::Scale)), "should hold numeral characters only");
                proptest::prop_assert!(s.at(n.end - 1) != '.', "should not end on a point");
                last = n.end;
            }
        }
    }

    #[test]
    fn numerals_in_finds_those_that_start_in_a_range() {
        let s = Source::new("12 和 34 和 56");
        let found: Vec<usize> = s.numerals_in(1, 8).iter().map(|n| n.start).collect();
        assert_eq!(
            found,
            [5],
            "should list only numerals starting in the range"
        );
        assert!(
            s.numerals_in(9, 3).is_empty(),
            "should give nothing for an empty range"
        );
    }

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
    fn key_ranges_should_give_each_key_its_entries() {
        let keys = ['一', '一', '三', 'a', 'a', 'a', '区'];
        let ranges = KeyRanges::new(&keys);
        assert_eq!(ranges.get('一'), 0..2, "should give a key's run");
        assert_eq!(ranges.get('三'), 2..3, "should give a single entry");
        assert_eq!(ranges.get('a'), 3..6, "should give a non-Han key");
        assert_eq!(ranges.get('区'), 6..7, "should give the last run");
        assert_eq!(ranges.get('二'), 0..0, "should give nothing for a missing key");
        assert_eq!(ranges.get('\0'), 0..0, "should give nothing for NUL");
        assert_eq!(KeyRanges::new(&[]).get('一'), 0..0, "should give nothing from an empty table");
        // Many keys: every one found, after collisions.
        let many: Vec<char> = (0..2000).filter_map(|k| char::from_u32(0x4E00 + k * 7)).collect();
        let ranges = KeyRanges::new(&many);
        assert!(many.iter().enumerate().all(|(k, &c)| ranges.get(c) == (k..k + 1)), "should find every key");
    }

    #[test]
    fn last_end_of_any_should_agree_with_rfind() {
        let words = ["目标", "预期目标", "完成", "成"];
        for hay in ["今年预期目标：完成任务", "完成目标", "目标完成了", "xyz", "", "成成"] {
            let by_rfind = words.iter().filter_map(|w| hay.rfind(w).map(|i| i + w.len())).max();
            assert_eq!(last_end_of_any(hay, &words), by_rfind, "should find the latest end in {hay:?}");
        }
        assert_eq!(last_end_of_any("abc", &[""]), Some(3), "should end an empty word at the end, as rfind does");
    }

    #[test]
    fn line_breaks_and_sentence_ends_should_be_exactly_these() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_line_break(c),
                matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}'),
                "{c:?}: a line break?"
            );
            assert_eq!(is_sentence_end(c), matches!(c, '。' | '!' | '?' | ';' | '…'), "{c:?}: a sentence end?");
        }
    }

    #[test]
    fn char_set_should_hold_exactly_its_members() {
        let members = ['的', '一', '龥', '、', '“', '(', 'a', '😀', '\u{3000}'];
        let set = CharSet::new(members);
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(set.contains(c), members.contains(&c), "{c:?}: a member?");
        }
    }

    #[test]
    fn contains_any_should_find_a_word_anywhere_in_one_pass() {
        let words = ["力争", "预期目标", "目标"];
        assert!(contains_any("全年预期目标是增长5%", &words), "should find a word inside");
        assert!(contains_any("力争", &words), "should find a word that is the whole text");
        assert!(!contains_any("全年增长5%", &words), "should find none when none is there");
        assert!(!contains_any("目", &words), "should not match a word cut short by the end");
        assert!(contains_any("abc", &["x", ""]), "should find the empty word, as str::contains does");
        assert!(!contains_any("abc", &[]), "should find nothing with no words");
    }

    #[test]
    fn source_contains_any_should_agree_with_contains_any_on_the_folded_text() {
        let s = Source::new("今年主要預期目标：增长5%，力\n争更好");
        let tables: [&[&str]; 5] = [&["预期目标"], &["力争"], &["增长5%", "不在"], &["好", ""], &[]];
        for words in tables {
            for (start, end) in [(0, s.len()), (2, 9), (5, 6), (9, 5), (0, 100)] {
                let expected = contains_any(&s.folded(start.min(end), end.min(s.len())), words);
                assert_eq!(
                    s.contains_any(start, end, words),
                    expected,
                    "should match contains_any on folded {start}..{end} for {words:?}"
                );
            }
        }
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

