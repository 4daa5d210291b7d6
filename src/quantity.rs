//! Quantities: every number with its unit or measure word.
//!
//! One forward pass over the folded code points of each non-chrome block.
//! At a digit, a Chinese numeral, 第, 前, 翻 or 百分之 the scanner reads one
//! quantity (or skips the whole token when it is no quantity) and jumps past
//! it, so each code point is looked at a bounded number of times. Look-behind
//! is limited to a few code points (approximators, rank context, the
//! character before a number).
//!
//! # Grammar
//!
//! ```text
//! quantity  = approx-before? number inner? scale? inner? unit per? approx-after?
//!           | approx-before? number tail range-dash number tail  ; range
//!           | number ("、" | "和" …) number … number tail    ; list sharing the last unit
//!           | number "大" noun                               ; count: 七大重点领域, 10大行业
//!           | rank-context? "第" number ("名" | "位")?       ; rank: 全市第二, 第3名
//!           | "前" number ("名" | "位" | "强")?              ; rank: 前50, 前三名
//!           | "翻" "了"? cn-digit "番"                        ; multiple: 翻一番 = 2 倍
//!           | ("百分之" | "千分之") cn-number ("点" cn-digit+)? ; 百分之十五, 千分之八 (‰)
//! range-dash = "-" | "—" | "–" | "~" | "至" | "到"
//! number    = sign? arabic | cn-number                       ; see crate::number
//! arabic    = digit+ ("," digit{3})* ("." digit+)?           ; 32387.68, 1,200, 4.59
//! sign      = "-"                        ; attached minus: 增长-0.4% → -0.4
//! inner     = "余" | "多"                 ; 40余项, 3000多万元, 一万余家
//! scale     = ("百" | "千" | "万" | "亿")+ ; 36万, 1.2万亿
//! unit      = % | 个百分点 | 元 | 美元 | 倍 | 户 | 家 | 个 | 公顷 | 平方米 | 个工作日 | …
//! per       = "/" unit                   ; 元/吨, 吨/日
//! approx-before = 约 | 近 | 超 | 超过 | 逾 | 将近 | 接近 | 大约
//! approx-after  = 左右 | 以上 | 以下 | 以内
//! ```
//!
//! Spaces (≤ 4) and line breaks that a PDF or a web copy put inside a
//! quantity are skipped: "36 万家次", "381.55 亿元", "4.59 %", in
//! hard-wrapped text "1442万\n元", and in PDF text whose paragraphs were cut
//! by blank lines "实现辖区 15\n\n家" (the block layout has already joined
//! those lines). A break *between digits* is only crossed when the line
//! before it is long (a wrap, not a table row).
//!
//! Kinds and units: percent (%), points (个百分点, never merged into %),
//! money (value in 元: "801.05亿元" → 80105000000; 美元 港元 … keep their
//! currency), count (the measure word: 户, 家, 家次 …; a scaled number
//! with no unit, "常住人口1766万", is a count with unit ""), rank (名),
//! multiple (倍; 翻一番 = 2), other (measures and durations: 公顷, 平方米,
//! 个工作日, 天, ‰). Ranges give `value` the low end and `upper` the high
//! end ("10-30亿元", "三至五场"); a list of bare numbers shares the last
//! one's scale and unit ("65、45、80个工作日", "3.2万、1.5万和0.8万户").
//!
//! # Not quantities
//!
//! - Years, months, days, quarters: "2020年", "2020-2022年", "1-11月",
//!   "3月下旬", "一季度", "前三季度" (年 月 日 季度 are no units).
//! - Ordinals and identifiers: "第七次", "第一时间", "第一批", "22号线",
//!   "12345热线", "5G", "PM2.5", "V2G", "H7N9", "3A级", "2022届毕业生",
//!   phone numbers, times ("9:00"), ratios ("2.3:40.2:57.5"), dotted dates
//!   and versions ("2021.01.26", "1.2.3"), document numbers ("〔2020〕5号").
//!   A long acronym does not make an identifier: "GDP1286亿元" is money.
//! - Plan names and slogans: "十四五" (no number), "1+1+10+N", "20+8",
//!   "一核两带五组团", "五位一体", "八项规定", any quantity inside a short
//!   quoted name (“三名”, “五个率先”, “惠企10条”: at most 12 code points
//!   with the quotes), anything inside a 《book title》.
//! - A lone 一 (一批, 一系列, 一层) except in 一倍, a lone 零 (零新增,
//!   零部件); vague numbers (数十家, 十几个, 三五个); a bare scale without
//!   approximator (千方百计, 万元GDP, 亿元以上, 100亿级), a denominator
//!   (每万人).
//! - Party congresses and sessions: 十九大, 二十届三中全会, 七届人大五次会议,
//!   五次全会.

use crate::block::Layout;
use crate::document::{Quantity, QuantityKind};
use crate::number::{cn_digit, cn_value, is_cn_numeral, scale_exponent, Decimal};
use crate::outline::Outline;
use crate::text::{is_blank, is_han, is_line_break, is_sentence_end, is_space, Source};
use crate::units::{self, After, Unit, Word};

/// A quantity as found, with code-point positions and its stated form.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Reading {
    /// Code points of the whole quantity ("超19亿元", "14%左右").
    pub start: usize,
    pub end: usize,
    /// The number as stated, before scale and unit conversion (801.05 in
    /// "801.05亿元"), with an attached minus sign ("-0.4%" → -0.4).
    pub stated: f64,
    pub stated_upper: Option<f64>,
    /// The unit as written, with its scale word ("亿元", "万户", "%", "个百分点").
    pub stated_unit: String,
    /// The normalised value (80105000000 for "801.05亿元").
    pub value: f64,
    pub upper: Option<f64>,
    /// The normalised unit ("元").
    pub unit: String,
    pub kind: QuantityKind,
    pub approx: Option<String>,
    /// A range ("5%—5.5%", "10-30亿元"): where its low end stops and its
    /// high end starts. The public list gives each end as a quantity.
    pub split: Option<(usize, usize)>,
}

impl Reading {
    /// The public quantities: one, or two for the ends of a range (each
    /// number is highlighted and counted on its own).
    pub fn to_public(&self, source: &Source) -> impl Iterator<Item = Quantity> {
        let quantity = |start: usize, end: usize, value: f64| Quantity {
            text: source.original(start, end).to_string(),
            value,
            unit: self.unit.clone(),
            kind: self.kind,
            approx: self.approx.clone(),
            span: source.span(start, end),
        };
        let (first, second) = match (self.split, self.upper) {
            (Some((low_end, high_start)), Some(upper)) => (
                quantity(self.start, low_end, self.value),
                Some(quantity(high_start, self.end, upper)),
            ),
            _ => (quantity(self.start, self.end, self.value), None),
        };
        std::iter::once(first).chain(second)
    }
}

/// Every quantity in the report body, in order: chrome blocks are skipped,
/// and so are the outline markers ("1." "（一）").
pub(crate) fn scan(source: &Source, layout: &Layout, outline: &Outline) -> Vec<Reading> {
    let mut markers: Vec<(usize, usize)> = outline
        .headings
        .iter()
        .filter_map(|h| h.marker.map(|m| (m.start, m.end)))
        .collect();
    crate::sort::sort_by_key(&mut markers, |&(start, end)| {
        ((start as u64) << 32) | end as u64
    });
    let mut out = Vec::new();
    for block in layout.blocks.iter().filter(|b| !b.chrome) {
        Scanner::new(&source.chars, block.start, block.end, &markers, &mut out).run();
    }
    out
}

/// The scale a Chinese numeral closes with, if any: "三十五亿" → 亿,
/// "一点二万" → 万, "五万亿" → 万亿 (not a bare "亿").
fn closing_scale(numeral: &[char]) -> Option<(&'static str, i32)> {
    let n = numeral.len();
    if n < 2 {
        return None;
    }
    match (numeral[n - 2], numeral[n - 1]) {
        ('万', '亿') if n > 2 => Some(("万亿", 12)),
        (_, '亿') => Some(("亿", 8)),
        (_, '万') => Some(("万", 4)),
        _ => None,
    }
}

/// The quantities in code points `start..end` only (a clause, a cell),
/// read as [`scan`] reads a block: the indicator module reads a clause's
/// percentage or level with it. Nothing outside the range is looked at:
/// an approximator or a rank context before `start` is left out.
#[allow(dead_code)]
pub(crate) fn scan_range(source: &Source, start: usize, end: usize) -> Vec<Reading> {
    let end = end.min(source.len());
    let mut out = Vec::new();
    if start < end {
        Scanner::new(&source.chars, start, end, &[], &mut out).run();
    }
    out
}

/// Longest 《book title》 (code points) that mutes the quantities inside it;
/// an unclosed 《 stops muting after this many.
const BOOK_TITLE_MAX: usize = 120;
/// Longest quoted name or slogan (code points, quotes included) whose
/// quantities are no quantities: “一核两带五组团”, “惠企10条”.
const QUOTE_MAX: usize = 12;
/// Line breaks in a row crossed inside a block (a PDF break with blank lines).
const BLOCK_BREAKS: usize = 3;
/// Spaces skipped between the tokens of a quantity.
const GAP_SPACES: usize = 4;
/// A line at least this long that ends in a digit was wrapped mid-number.
const WRAPPED_LINE_MIN: usize = 12;
/// Most numbers in a list that share one unit ("65、45、80个工作日").
const LIST_MAX: usize = 16;

/// Can `c` open a quantity (or a book title, or end one)?
#[inline]
fn is_trigger(c: char) -> bool {
    let code = c as u32;
    if (0x4E00..0xA000).contains(&code) {
        let bit = code - 0x4E00;
        return TRIGGER_HAN[(bit / 64) as usize] & (1 << (bit % 64)) != 0;
    }
    matches!(
        c,
        '0'..='9' | '-' | '−' | '﹣' | '《' | '》' | '。' | '!' | '?' | ';' | '〇' | '○'
    )
}

/// The Han triggers: 第 前 翻 and the Chinese numerals.
const TRIGGER_HAN_CHARS: &str = "第前翻零一二两三四五六七八九十百千万亿";

/// A bitmap over U+4E00–U+9FFF of [`TRIGGER_HAN_CHARS`], built at compile time.
const TRIGGER_HAN: [u64; 328] = {
    let mut bits = [0u64; 328];
    let bytes = TRIGGER_HAN_CHARS.as_bytes();
    let mut i = 0;
    while i + 2 < bytes.len() {
        let code = ((bytes[i] as u32 & 0x0F) << 12)
            | ((bytes[i + 1] as u32 & 0x3F) << 6)
            | (bytes[i + 2] as u32 & 0x3F);
        let bit = code - 0x4E00;
        bits[(bit / 64) as usize] |= 1 << (bit % 64);
        i += 3;
    }
    bits
};

/// A number as read, before its unit.
#[derive(Clone, Copy, Debug)]
struct Num {
    start: usize,
    end: usize,
    dec: Decimal,
    negative: bool,
    chinese: bool,
    /// A bare Chinese scale (千, 百万).
    bare: bool,
    /// A lone 一.
    one: bool,
    /// Too many digits for a quantity (an identifier).
    long: bool,
    /// A Chinese numeral's own closing scale ("三十五亿" → ("亿", 8)): the
    /// stated form keeps it with the unit, as "35 亿元".
    stated_scale: Option<(&'static str, i32)>,
}

impl Num {
    /// The number as stated, before its scale and unit.
    fn stated(&self) -> f64 {
        match self.stated_scale {
            Some((_, exponent)) => self.signed(self.dec.scaled(-exponent)),
            None => self.signed(self.dec.value()),
        }
    }

    fn scaled(&self, exponent: i32) -> f64 {
        self.signed(self.dec.scaled(exponent))
    }

    fn signed(&self, v: f64) -> f64 {
        if self.negative {
            -v
        } else {
            v
        }
    }

    fn integer(&self) -> bool {
        self.dec.decimals == 0 && !self.negative && !self.long
    }
}

/// What follows a number: approximators, scale and unit.
#[derive(Clone, Copy, Debug, Default)]
struct Tail {
    /// End of the last token read (the number's end when none).
    end: usize,
    /// End before the approximator after the unit.
    unit_end: usize,
    inner: Option<&'static str>,
    scale: i32,
    scale_chars: [char; 3],
    scale_len: usize,
    unit: Option<Unit>,
    per: Option<&'static str>,
    after: Option<&'static str>,
    /// A word that makes the number no quantity (周年, 年, 月 …).
    stop: bool,
}

struct Scanner<'a> {
    chars: &'a [char],
    lo: usize,
    hi: usize,
    markers: &'a [(usize, usize)],
    out: &'a mut Vec<Reading>,
    /// Readings before this index were found in earlier ranges.
    floor: usize,
    /// Inside a 《book title》: quantities are names here.
    muted: bool,
}

impl<'a> Scanner<'a> {
    fn new(
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

    fn run(&mut self) {
        let mut i = self.lo;
        let mut book: Option<usize> = None;
        let mut mk = self.markers.partition_point(|m| m.0 < self.lo);
        while i < self.hi {
            while mk < self.markers.len() && self.markers[mk].0 < i {
                mk += 1;
            }
            // Fast path: run to the next character that can open something.
            let stop = self.markers.get(mk).map_or(self.hi, |m| m.0.min(self.hi));
            while i < stop && !is_trigger(self.chars[i]) {
                i += 1;
            }
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
            let next = match c {
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
            };
            i = next.max(i + 1);
        }
    }

    // ---- Characters, gaps and words ------------------------------------

    /// The folded char at `i` inside the range, or `'\0'`.
    #[inline]
    fn at(&self, i: usize) -> char {
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
    fn tight(&self, i: usize) -> usize {
        if is_line_break(self.at(i)) {
            self.soft_break(i).unwrap_or(i)
        } else {
            i
        }
    }

    /// Between tokens: past a few spaces and one soft line break.
    fn gap(&self, i: usize) -> usize {
        let mut j = i;
        let mut n = 0;
        while is_space(self.at(j)) && n < GAP_SPACES {
            j += 1;
            n += 1;
        }
        self.soft_break(j).unwrap_or(j)
    }

    /// Between digits: past a line break that wrapped a long line.
    fn digit_break(&self, i: usize) -> Option<usize> {
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
    fn prev_index(&self, i: usize) -> Option<usize> {
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
    fn prev_gap_index(&self, i: usize) -> Option<usize> {
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
    fn prev_char(&self, i: usize) -> char {
        self.prev_index(i).map_or('\0', |j| self.chars[j])
    }

    /// Does `word` start at `i`? Its end.
    fn word_at(&self, i: usize, word: &str) -> Option<usize> {
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
    fn word_before(&self, i: usize, word: &str) -> Option<usize> {
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
    fn any_at(&self, i: usize, words: &[Word]) -> Option<(&'static str, usize)> {
        let c = self.at(i);
        words
            .iter()
            .filter(|w| w.first == c)
            .find_map(|w| self.word_at(i, w.text).map(|end| (w.text, end)))
    }

    /// Skip an identifier-like token: digits, ASCII letters, + - . : / …
    fn skip_token(&self, mut i: usize) -> usize {
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

    /// Where a new reading may start: after the last one of this range.
    fn min_start(&self) -> usize {
        match self.out.last() {
            Some(last) if self.out.len() > self.floor => last.end.max(self.lo),
            _ => self.lo,
        }
    }

    // ---- Numbers -------------------------------------------------------

    /// May a minus sign stand at `i`? Not after a digit, a letter or a
    /// unit (that is a range or an identifier).
    fn sign_allowed(&self, i: usize) -> bool {
        if i <= self.lo {
            return true;
        }
        let p = self.chars[i - 1];
        !(p.is_ascii_alphanumeric() || matches!(p, '%' | '.' | '-' | '—' | ')' | '_' | '/'))
    }

    /// An Arabic number at `i` (an attached minus sign included).
    fn read_arabic(&self, i: usize) -> Option<Num> {
        let mut p = i;
        let negative = matches!(self.at(p), '-' | '−' | '﹣');
        if negative {
            p += 1;
        }
        if !self.at(p).is_ascii_digit() {
            return None;
        }
        let mut dec = Decimal::default();
        let mut fraction = false;
        let mut group = 0usize;
        let mut grouped = false;
        let mut long = false;
        let mut end = p;
        loop {
            let c = self.at(p);
            if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
                long |= !dec.push(d, fraction);
                group += 1;
                p += 1;
                end = p;
                continue;
            }
            if c == '.' && !fraction {
                let q = self.tight(p + 1);
                if self.at(q).is_ascii_digit() {
                    fraction = true;
                    p = q;
                    continue;
                }
                break;
            }
            if c == ','
                && !fraction
                && (if grouped {
                    group == 3
                } else {
                    (1..=3).contains(&group)
                })
            {
                let three = (1..=3).all(|k| self.at(p + k).is_ascii_digit());
                if three && !self.at(p + 4).is_ascii_digit() {
                    grouped = true;
                    group = 0;
                    p += 1;
                    continue;
                }
                break;
            }
            if is_line_break(c) {
                if let Some(q) = self.digit_break(p) {
                    if self.at(q) == '.' && fraction {
                        break;
                    }
                    p = q;
                    continue;
                }
            }
            break;
        }
        Some(Num {
            start: i,
            end,
            dec,
            negative,
            chinese: false,
            bare: false,
            one: false,
            long,
            stated_scale: None,
        })
    }

    /// A Chinese numeral run at `i`: the number (if well formed) and the
    /// run's end.
    fn read_chinese(&self, i: usize) -> (Option<Num>, usize) {
        let mut buf = ['\0'; 24];
        let mut n = 0;
        let mut p = i;
        let mut end = i;
        while n < buf.len() && is_cn_numeral(self.at(p)) {
            buf[n] = self.at(p);
            n += 1;
            end = p + 1;
            p = self.tight(p + 1);
        }
        if n == buf.len() {
            while is_cn_numeral(self.at(end)) {
                end += 1;
            }
            return (None, end);
        }
        let mut num = cn_value(&buf[..n]).map(|v| Num {
            start: i,
            end,
            dec: Decimal {
                mantissa: v.value,
                decimals: 0,
            },
            negative: false,
            chinese: true,
            bare: v.bare,
            one: v.one,
            long: false,
            stated_scale: closing_scale(&buf[..n]),
        });
        if let Some(num) = num.as_mut().filter(|n| n.stated_scale.is_none() && !n.bare) {
            end = self.read_chinese_fraction(num, end);
        }
        (num, end)
    }

    /// A Chinese decimal after a whole numeral: "三点六万吨" → 3.6 万,
    /// "一点二个百分点" → 1.2. Extends `num` and returns the new end.
    fn read_chinese_fraction(&self, num: &mut Num, end: usize) -> usize {
        let point = self.tight(end);
        if self.at(point) != '点' || cn_digit(self.at(self.tight(point + 1))).is_none() {
            return end;
        }
        let mut end = end;
        let mut q = self.tight(point + 1);
        while let Some(d) = cn_digit(self.at(q)) {
            if !num.dec.push(d, true) {
                break;
            }
            end = q + 1;
            q = self.tight(q + 1);
        }
        // "一点二" is a number, not the word-forming 一 of 一批.
        num.one = false;
        // A closing scale: "三点六万" is 3.6 × 10⁴, stated as 3.6 万.
        let scale = if self.at(q) == '万' && self.at(q + 1) == '亿' {
            Some(("万亿", 12, 2))
        } else if self.at(q) == '亿' {
            Some(("亿", 8, 1))
        } else if self.at(q) == '万' {
            Some(("万", 4, 1))
        } else {
            None
        };
        if let Some((word, exponent, len)) = scale {
            let shift = exponent - num.dec.decimals as i32;
            if shift >= 0 {
                num.dec = Decimal {
                    mantissa: num
                        .dec
                        .mantissa
                        .saturating_mul(10u64.saturating_pow(shift as u32)),
                    decimals: 0,
                };
            } else {
                num.dec.decimals = (-shift) as u32;
            }
            num.stated_scale = Some((word, exponent));
            end = q + len;
        }
        num.end = end;
        end
    }

    /// The tail of a number ending at `end`: inner approximator, scale,
    /// unit, per-unit and approximator after.
    fn tail(&self, end: usize, chinese: bool) -> Tail {
        let mut t = Tail {
            end,
            unit_end: end,
            ..Tail::default()
        };
        let mut p = self.gap(end);
        if let Some((w, e)) = self.any_at(p, units::APPROX_INNER) {
            t.inner = Some(w);
            t.end = e;
            p = self.gap(e);
        }
        // Scales, unless the character opens a unit (千瓦, 千米, 百分点).
        while t.scale_len < t.scale_chars.len() {
            let c = self.at(p);
            let Some(e) = scale_exponent(c).filter(|_| c != '十') else {
                break;
            };
            if units::units_starting_with(c).any(|u| self.word_at(p, u.text).is_some()) {
                break;
            }
            t.scale += e;
            t.scale_chars[t.scale_len] = c;
            t.scale_len += 1;
            t.end = p + 1;
            p = self.tight(p + 1);
        }
        if t.scale_len > 0 {
            p = self.gap(t.end);
            if t.inner.is_none() {
                if let Some((w, e)) = self.any_at(p, units::APPROX_INNER) {
                    t.inner = Some(w);
                    t.end = e;
                    p = self.gap(e);
                }
            }
        }
        if self.any_at(p, units::NOT_UNITS).is_some() {
            t.stop = true;
            return t;
        }
        let unit = if !chinese && self.at(p).is_ascii_alphabetic() {
            self.latin_unit(p)
        } else {
            units::units_starting_with(self.at(p)).find_map(|u| {
                let allowed = match u.after {
                    After::Any => true,
                    After::Arabic => !chinese,
                    After::Chinese => chinese,
                };
                if allowed {
                    self.word_at(p, u.text).map(|e| (*u, e))
                } else {
                    None
                }
            })
        };
        if let Some((u, e)) = unit {
            t.unit = Some(u);
            t.end = e;
            let slash = self.tight(e);
            if self.at(slash) == '/' {
                if let Some((per, e2)) = self.per_unit(self.tight(slash + 1)) {
                    t.per = Some(per);
                    t.end = e2;
                }
            }
        }
        t.unit_end = t.end;
        if let Some((w, e)) = self.any_at(self.gap(t.end), units::APPROX_AFTER) {
            t.after = Some(w);
            t.end = e;
        }
        t
    }

    /// A Latin-letter unit at `i` ("kV", "MW", "km²"), if the letters are
    /// exactly one.
    fn latin_unit(&self, i: usize) -> Option<(Unit, usize)> {
        let mut end = i;
        while self.at(end).is_ascii_alphabetic() {
            end += 1;
        }
        if matches!(self.at(end), '²' | '³' | '2' | '3')
            && !self.at(end + 1).is_ascii_alphanumeric()
        {
            end += 1;
        }
        if self.at(end).is_ascii_alphanumeric() {
            return None;
        }
        units::LATIN_UNITS.iter().find_map(|&(text, unit)| {
            (self.word_at(i, text) == Some(end)).then_some((
                Unit {
                    text,
                    unit,
                    kind: QuantityKind::Other,
                    after: After::Arabic,
                    factor: 1.0,
                    first: units::first_char(text),
                },
                end,
            ))
        })
    }

    /// The unit after "/" in "元/吨", "吨/日".
    fn per_unit(&self, i: usize) -> Option<(&'static str, usize)> {
        if let Some((w, e)) = self.any_at(i, units::PER_TIMES) {
            return Some((w, e));
        }
        units::units_starting_with(self.at(i))
            .find_map(|u| self.word_at(i, u.text).map(|e| (u.unit, e)))
    }

    // ---- Quantities ----------------------------------------------------

    /// An approximator before `start`: (new start, approximator).
    fn approx_before(&self, start: usize, bare: bool) -> (usize, Option<&'static str>) {
        let floor = self.min_start();
        let Some(last) = self.prev_gap_index(start).map(|j| self.chars[j]) else {
            return (start, None);
        };
        for &(word, guard) in units::APPROX_BEFORE {
            if !word.ends_with(last) {
                continue;
            }
            if let Some(s) = self.word_before(start, word) {
                if s >= floor && !guard.contains(self.prev_char(s)) {
                    return (s, Some(word));
                }
            }
        }
        if bare {
            for &(word, guard) in units::APPROX_BEFORE_BARE {
                if !word.ends_with(last) {
                    continue;
                }
                if let Some(s) = self.word_before(start, word) {
                    if s >= floor && !guard.contains(self.prev_char(s)) {
                        return (s, Some(word));
                    }
                }
            }
        }
        (start, None)
    }

    /// Push a reading unless it is muted, overlaps the last one or stands
    /// in a short quoted name or slogan (“三名”, “五个率先”, “12条”).
    fn push(&mut self, r: Reading) {
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

    /// Emit `num` with `tail` (and an optional upper bound of a range).
    fn emit(
        &mut self,
        num: &Num,
        scale: i32,
        tail: &Tail,
        upper: Option<(&Num, i32, usize)>,
        (start, end): (usize, usize),
        approx: Option<&'static str>,
    ) {
        let (unit, kind, factor) = match tail.unit {
            Some(u) => {
                let mut unit = u.unit.to_string();
                if let Some(per) = tail.per {
                    unit.push('/');
                    unit.push_str(per);
                }
                (unit, u.kind, u.factor)
            }
            None if self.money_context(num.start) => ("元".to_string(), QuantityKind::Money, 1.0),
            None => (String::new(), QuantityKind::Count, 1.0),
        };
        let mut stated_unit: String = num.stated_scale.map_or("", |(s, _)| s).to_string();
        stated_unit.extend(&tail.scale_chars[..tail.scale_len]);
        if let Some(u) = tail.unit {
            stated_unit.push_str(u.text);
        }
        if let Some(per) = tail.per {
            stated_unit.push('/');
            stated_unit.push_str(per);
        }
        self.push(Reading {
            start,
            end,
            stated: num.stated(),
            stated_upper: upper.map(|(n, _, _)| n.stated()),
            stated_unit,
            value: num.scaled(scale) * factor,
            upper: upper.map(|(n, s, _)| n.scaled(s) * factor),
            unit,
            kind,
            approx: approx.or(tail.inner).or(tail.after).map(str::to_string),
            split: upper.map(|(n, _, low_end)| (low_end, n.start)),
        });
    }

    /// Emit a single quantity: `num` and its `tail`.
    fn single(&mut self, num: &Num, tail: &Tail) {
        if tail.unit.is_none() && tail.scale == 0 {
            return;
        }
        let mut num = *num;
        if num.negative && tail.unit.is_none_or(|u| u.kind == QuantityKind::Count) {
            // "-10个项目": a dash or a bullet, not a negative count.
            num.negative = false;
            num.start += 1;
        }
        let (start, approx) = self.approx_before(num.start, num.bare);
        self.emit(&num, tail.scale, tail, None, (start, tail.end), approx);
    }

    /// Is there a money word shortly before `i` ("投资超10亿")?
    fn money_context(&self, i: usize) -> bool {
        let from = i.saturating_sub(units::MONEY_CONTEXT_WINDOW).max(self.lo);
        let window: String = self.chars[from..i.min(self.chars.len())].iter().collect();
        units::MONEY_CONTEXT.iter().any(|w| window.contains(w))
    }

    /// At a digit or a minus sign.
    fn arabic(&mut self, i: usize) -> usize {
        let Some(num) = self.read_arabic(i) else {
            return i + 1;
        };
        if num.long {
            return self.skip_token(num.end);
        }
        // Identifiers, plan names, dates and ratios around the number.
        let digits_start = if num.negative { i + 1 } else { i };
        let prev = self.prev_char(digits_start);
        if prev.is_ascii_digit()
            || prev.is_ascii_alphabetic() && self.short_code_before(digits_start)
            || "_/\\#@=&.·".contains(prev)
            || matches!(prev, '+' | '×' | '*') && self.operator_joined(digits_start)
        {
            return self.skip_token(num.end);
        }
        let next = self.at(num.end);
        let after = self.at(num.end + 1);
        if next == '+'
            || next == '.' && after.is_ascii_digit()
            || matches!(next, ':' | '∶' | '×' | '*' | '/' | '·' | '.') && after.is_ascii_digit()
        {
            return self.skip_token(num.end);
        }
        if matches!(prev, '第' | '每') {
            let tail = self.tail(num.end, false);
            return tail.end.max(num.end);
        }
        if let Some(end) = self.big(&num) {
            return end;
        }
        if next.is_ascii_alphabetic() && self.latin_unit(num.end).is_none() {
            return self.skip_token(num.end);
        }
        let tail = self.tail(num.end, false);
        if tail.stop {
            return tail.end.max(num.end);
        }
        if let Some(end) = self.range(&num, &tail) {
            return end;
        }
        if tail.unit.is_none() && tail.inner.is_none() && tail.after.is_none() {
            if let Some(end) = self.list(num, tail) {
                return end;
            }
            if tail.scale == 0 {
                return num.end;
            }
        }
        if self.refused(&num, &tail, prev) {
            return tail.end.max(num.end);
        }
        self.single(&num, &tail);
        tail.end.max(num.end)
    }

    /// Units that make a word with what follows or precedes them:
    /// "二十届三中全会", "2022届毕业生" (a term or a class), "五次全会",
    /// "七届人大五次会议" (a session), "二次供水", "二期工程".
    fn refused(&self, num: &Num, tail: &Tail, prev: char) -> bool {
        let Some(unit) = tail.unit else { return false };
        let next = self.at(self.tight(tail.unit_end));
        match unit.text {
            "届" | "屆" => is_han(next),
            // 12时30分, 9点15分: a time of day.
            "分" => matches!(prev, '时' | '時' | '点' | ':'),
            "次" | "期" if num.chinese && num.dec.mantissa == 2 && num.end == num.start + 1 => {
                self.at(num.start) == '二'
            }
            "次" => {
                self.any_at(tail.unit_end, units::SESSIONS).is_some()
                    || units::SESSION_HOSTS.contains(prev)
                        && self.any_at(tail.unit_end, units::MEETINGS).is_some()
            }
            _ => false,
        }
    }

    /// Does a "+" (or "×", "*") before `i` join it to a digit or a letter
    /// ("20+8", "1+N", "7×24")? A "+" after a bracket or a word is a plus
    /// sign ("（+5.2%）"), a "*" after a word is markdown bold ("**6%**").
    fn operator_joined(&self, i: usize) -> bool {
        self.prev_index(i)
            .and_then(|p| self.prev_index(p))
            .is_some_and(|q| self.chars[q].is_ascii_alphanumeric())
    }

    /// Do one or two ASCII letters stand right before `i` (PM2.5, V2G, G4,
    /// H7N9)? Longer acronyms name what the number measures (GDP1286亿元).
    fn short_code_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > self.lo && k + 3 > i && self.chars[k - 1].is_ascii_alphabetic() {
            k -= 1;
        }
        i - k <= 2
    }

    /// "10-30亿元", "5%—5.5%", "3至5个"; dates and years ("1-11月",
    /// "2020-2022年") are skipped whole.
    fn range(&mut self, num: &Num, tail: &Tail) -> Option<usize> {
        if tail.after.is_some() {
            return None;
        }
        let p = self.gap(tail.end);
        let dash = self.at(p);
        if !units::RANGE_DASHES.contains(&dash) {
            return None;
        }
        let mut q = p + 1;
        if dash == '—' && self.at(q) == '—' {
            q += 1;
        }
        let q = self.gap(q);
        let num2 = if num.chinese {
            let (num2, _) = self.read_chinese(q);
            num2.filter(|n| !n.bare && n.dec.mantissa > 0)?
        } else {
            if !self.at(q).is_ascii_digit() {
                return None;
            }
            let num2 = self.read_arabic(q)?;
            let next2 = self.at(num2.end);
            if num2.long || next2 == '+' || next2 == '.' || next2.is_ascii_alphabetic() {
                return Some(self.skip_token(num2.end));
            }
            num2
        };
        let tail2 = self.tail(num2.end, num.chinese);
        if tail.unit.is_some() {
            // "5%—5.5%": both ends need the same unit, else the first
            // stands alone.
            match tail2.unit {
                Some(b) if !tail2.stop && tail.unit.is_some_and(|a| a.unit == b.unit) => {}
                _ => return None,
            }
        } else if tail2.stop || tail2.unit.is_none() && tail2.scale == 0 {
            // A date, a year span or a phone number: nothing here.
            return Some(tail2.end.max(num2.end));
        }
        let skip = tail2.end.max(num2.end);
        let scale = if tail.scale > 0 || tail.unit.is_some() {
            tail.scale
        } else {
            tail2.scale
        };
        let (start, approx) = self.approx_before(num.start, false);
        let merged = Tail {
            inner: tail.inner.or(tail2.inner),
            ..tail2
        };
        self.emit(
            num,
            scale,
            &merged,
            // The low end keeps its own unit ("5%" of "5%—5.5%").
            Some((
                &num2,
                tail2.scale,
                if tail.unit.is_some() {
                    tail.end
                } else {
                    num.end
                },
            )),
            (start, tail2.end),
            approx,
        );
        Some(skip)
    }

    /// Bare numbers in a list that share the last one's unit:
    /// "65、45、80个工作日" → three quantities of 个工作日.
    fn list(&mut self, first: Num, tail: Tail) -> Option<usize> {
        let mut items: Vec<(Num, Tail)> = vec![(first, tail)];
        while items.len() < LIST_MAX {
            let Some(&(_, t)) = items.last() else { break };
            if t.unit.is_some() || t.stop || t.inner.is_some() || t.after.is_some() {
                break;
            }
            let p = self.gap(t.end);
            if !units::LIST_SEPARATORS.contains(&self.at(p)) {
                break;
            }
            let q = self.gap(p + 1);
            if !self.at(q).is_ascii_digit() {
                break;
            }
            let Some(n) = self.read_arabic(q) else { break };
            let next = self.at(n.end);
            if n.long || next == '+' || next == '.' || next.is_ascii_alphabetic() {
                break;
            }
            let t2 = self.tail(n.end, false);
            items.push((n, t2));
        }
        if items.len() < 2 {
            return None;
        }
        let (last, last_tail) = items[items.len() - 1];
        let end = last_tail.end.max(last.end);
        if last_tail.stop || last_tail.unit.is_none() {
            return Some(end);
        }
        for (n, t) in &items[..items.len() - 1] {
            let (scale, scale_end) = if t.scale > 0 {
                (t.scale, t.end)
            } else {
                (last_tail.scale, n.end)
            };
            let shared = Tail {
                scale,
                scale_chars: if t.scale > 0 {
                    t.scale_chars
                } else {
                    last_tail.scale_chars
                },
                scale_len: if t.scale > 0 {
                    t.scale_len
                } else {
                    last_tail.scale_len
                },
                inner: t.inner,
                after: None,
                ..last_tail
            };
            self.emit(n, scale, &shared, None, (n.start, scale_end), None);
        }
        self.single(&last, &last_tail);
        Some(end)
    }

    /// "七大重点领域", "10大行业": a count whose unit is the noun after 大.
    fn big(&mut self, num: &Num) -> Option<usize> {
        if num.one || num.bare || !num.integer() {
            return None;
        }
        let p = self.tight(num.end);
        if self.at(p) != '大' {
            return None;
        }
        let y = self.tight(p + 1);
        let c = self.at(y);
        if !is_han(c) || units::BIG_STOPS.contains(c) || is_cn_numeral(c) {
            return None;
        }
        // 十九大, 二十大: party congresses.
        let value = num.dec.mantissa;
        if num.chinese && (12..=29).contains(&value)
            || self.word_before(num.start, "党的").is_some()
            || self.word_before(num.start, "中共").is_some()
        {
            return Some(p + 1);
        }
        let mut noun = String::new();
        let mut e = y;
        let mut end = y;
        while noun.chars().count() < units::BIG_NOUN_MAX {
            let c = self.at(e);
            if !is_han(c) || units::BIG_NOUN_ENDS.contains(c) {
                break;
            }
            noun.push(c);
            end = e + 1;
            e = self.tight(e + 1);
        }
        let (start, approx) = self.approx_before(num.start, false);
        self.push(Reading {
            start,
            end,
            stated: num.stated(),
            stated_upper: None,
            stated_unit: noun.clone(),
            value: num.stated(),
            upper: None,
            split: None,
            unit: noun,
            kind: QuantityKind::Count,
            approx: approx.map(str::to_string),
        });
        Some(end)
    }

    /// At a Chinese numeral.
    fn chinese(&mut self, i: usize) -> usize {
        let (num, run_end) = self.read_chinese(i);
        let Some(num) = num else { return run_end };
        let prev = self.prev_char(i);
        if matches!(prev, '第' | '数' | '數' | '几' | '幾' | '若' | '每')
            || self.at(self.tight(run_end)) == '几'
        {
            return run_end;
        }
        // A lone 一 counts only in 一倍 (and 一万, 一千 … which are not lone);
        // a lone 零 never (零新增, 零售, 零部件).
        if num.one && self.at(self.gap(run_end)) != '倍' || num.dec.mantissa == 0 {
            return run_end;
        }
        if let Some(end) = self.big(&num) {
            return end;
        }
        let tail = self.tail(run_end, true);
        if tail.stop {
            return tail.end.max(run_end);
        }
        if tail.unit.is_none() {
            if !num.bare && tail.scale == 0 {
                if let Some(end) = self.range(&num, &tail) {
                    return end;
                }
            }
            return run_end;
        }
        if let Some((_, end)) = self.any_at(i, units::NOT_QUANTITIES) {
            return end;
        }
        let (start, approx) = self.approx_before(i, num.bare);
        if num.bare && approx.is_none() && tail.inner.is_none() {
            return tail.end;
        }
        if self.refused(&num, &tail, prev) {
            return tail.end;
        }
        // Slogans: 一核两带五组团, 五位一体, 三天两头.
        let after = self.at(self.tight(tail.unit_end));
        if cn_digit(after).is_some_and(|d| d > 0) {
            return tail.end;
        }
        if let Some(p) = self.prev_index(i) {
            let before = self.prev_char(p);
            if is_han(self.chars[p])
                && !is_cn_numeral(self.chars[p])
                && cn_digit(before).is_some_and(|d| d > 0)
            {
                return tail.end;
            }
        }
        self.emit(&num, tail.scale, &tail, None, (start, tail.end), approx);
        tail.end.max(run_end)
    }

    /// A number at `i` for a rank: a whole Arabic or Chinese number.
    fn rank_number(&self, i: usize) -> Option<Num> {
        if self.at(i).is_ascii_digit() {
            let num = self.read_arabic(i)?;
            let next = self.at(num.end);
            return (num.integer() && !(next.is_ascii_alphanumeric() || next == '.'))
                .then_some(num);
        }
        let (num, _) = self.read_chinese(i);
        num.filter(|n| !n.bare)
    }

    /// At 第: a rank ("全市第二", "排名第一", "第3名") or an ordinal to skip
    /// ("第七次", "第一时间", "第一批").
    fn ordinal(&mut self, i: usize) -> usize {
        let p = self.gap(i + 1);
        let Some(num) = self.rank_number(p) else {
            return i + 1;
        };
        let q = self.gap(num.end);
        let rank_word =
            matches!(self.at(q), '名' | '位') && self.any_at(q, units::NOT_UNITS).is_none();
        let context = units::RANK_CONTEXT
            .iter()
            .find_map(|w| self.word_before(i, w))
            .filter(|&s| s >= self.min_start());
        let follower = self.at(q);
        let end = if rank_word {
            q + 1
        } else if context.is_some()
            && (!is_han(follower) || units::RANK_FOLLOWERS.contains(&follower))
        {
            num.end
        } else {
            return num.end;
        };
        let start = context.unwrap_or(i);
        self.rank(&num, start, end);
        end
    }

    /// At 前: "前50", "前三名" are ranks; "前三季度", "前10个月" periods.
    fn front(&mut self, i: usize) -> usize {
        if units::FRONT_BLOCKERS.contains(self.prev_char(i)) {
            return i + 1;
        }
        let p = self.gap(i + 1);
        let Some(num) = self.rank_number(p) else {
            return i + 1;
        };
        if num.one {
            return num.end;
        }
        let q = self.gap(num.end);
        if let Some((_, e)) = self.any_at(q, units::FRONT_TIME) {
            return e;
        }
        // "前10%的企业": the top ten percent, a percentage.
        if matches!(self.at(q), '%' | '‰') || self.any_at(q, &[units::w("个百分点")]).is_some()
        {
            return i + 1;
        }
        let end = if units::RANK_WORDS.contains(&self.at(q)) {
            q + 1
        } else {
            num.end
        };
        self.rank(&num, i, end);
        end
    }

    fn rank(&mut self, num: &Num, start: usize, end: usize) {
        let value = num.stated();
        self.push(Reading {
            start,
            end,
            stated: value,
            stated_upper: None,
            stated_unit: "名".to_string(),
            value,
            upper: None,
            split: None,
            unit: "名".to_string(),
            kind: QuantityKind::Rank,
            approx: None,
        });
    }

    /// At 翻: "翻一番" (×2), "翻两番" (×4).
    fn fan(&mut self, i: usize) -> usize {
        let mut p = self.tight(i + 1);
        if self.at(p) == '了' {
            p = self.tight(p + 1);
        }
        let n = match self.at(p) {
            c if c.is_ascii_digit() => c.to_digit(10),
            c => cn_digit(c),
        };
        let Some(n) = n.filter(|&n| (1..=5).contains(&n)) else {
            return i + 1;
        };
        let q = self.tight(p + 1);
        if self.at(q) != '番' {
            return i + 1;
        }
        self.push(Reading {
            start: i,
            end: q + 1,
            stated: f64::from(n),
            stated_upper: None,
            stated_unit: "番".to_string(),
            value: f64::from(1u32 << n),
            upper: None,
            split: None,
            unit: "倍".to_string(),
            kind: QuantityKind::Multiple,
            approx: None,
        });
        q + 1
    }

    /// At 百分之 or 千分之: "百分之十五", "百分之三点五", "百分之百",
    /// "千分之八" (‰).
    fn percent_words(&mut self, i: usize) -> usize {
        let (p, unit, kind) = if let Some(p) = self.word_at(i, "百分之") {
            (p, "%", QuantityKind::Percent)
        } else if let Some(p) = self.word_at(i, "千分之") {
            (p, "‰", QuantityKind::Other)
        } else {
            return i + 1;
        };
        let p = self.tight(p);
        let (dec, end) = if self.at(p).is_ascii_digit() {
            match self.read_arabic(p) {
                Some(n) if !n.long && !n.negative => (n.dec, n.end),
                _ => return p,
            }
        } else {
            let (num, run_end) = self.read_chinese(p);
            let Some(num) = num else {
                return run_end.max(p);
            };
            (num.dec, run_end)
        };
        let mut stop = end;
        let mut approx = None;
        if let Some((w, e)) = self.any_at(self.gap(end), units::APPROX_AFTER) {
            approx = Some(w.to_string());
            stop = e;
        }
        let value = dec.value();
        let (start, before) = self.approx_before(i, false);
        self.push(Reading {
            start,
            end: stop,
            stated: value,
            stated_upper: None,
            stated_unit: unit.to_string(),
            value,
            upper: None,
            split: None,
            unit: unit.to_string(),
            kind,
            approx: before.map(str::to_string).or(approx),
        });
        stop
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, f64, String)> {
        let source = Source::new(text);
        scan_range(&source, 0, source.len())
            .iter()
            .map(|r| {
                (
                    source.original(r.start, r.end).to_string(),
                    r.value,
                    r.unit.clone(),
                )
            })
            .collect()
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

    #[test]
    fn reads_stated_and_normalised_forms() {
        let source = Source::new("地区生产总值801.05亿元，同比增长-0.4%");
        let found = scan_range(&source, 0, source.len());
        assert_eq!(found.len(), 2, "should find two quantities");
        assert_eq!(found[0].stated, 801.05, "should keep the stated number");
        assert_eq!(found[0].stated_unit, "亿元", "should keep the stated unit");
        assert_eq!(found[0].value, 80_105_000_000.0, "should normalise to 元");
        assert_eq!(found[1].stated, -0.4, "should keep an attached minus sign");
        assert_eq!(
            source.original(found[1].start, found[1].end),
            "-0.4%",
            "should span the sign"
        );
    }

    #[test]
    fn reads_ranges_with_upper_bounds() {
        let source = Source::new("增长5%—5.5%，投资10-30亿元");
        let found = scan_range(&source, 0, source.len());
        assert_eq!(found.len(), 2, "should read two ranges");
        assert_eq!(
            (found[0].value, found[0].upper),
            (5.0, Some(5.5)),
            "should read a percent range"
        );
        assert_eq!(
            (found[1].value, found[1].upper),
            (1e9, Some(3e9)),
            "should scale both ends"
        );
    }

    #[test]
    fn scans_a_range_only() {
        assert_eq!(
            read("12.1万户"),
            vec![("12.1万户".to_string(), 121_000.0, "户".to_string())],
            "should read a count"
        );
        let source = Source::new("增长6.7%，达到32亿元");
        assert_eq!(
            scan_range(&source, 0, 7).len(),
            1,
            "should stop at the range end"
        );
    }
}
