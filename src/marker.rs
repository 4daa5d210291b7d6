//! Outline markers: the numbering that opens a heading or a list item.
//!
//! # Grammar
//!
//! ```text
//! marker     = decoration? (cn-comma | cn-paren | arabic-dot | arabic-paren
//!                           | circled | chapter | dash | bullet) space*
//! decoration = ("#"+ space) | "**" | ">" space       ; markdown remnants
//! cn-comma   = cn-number ("、" | ".")               ; 一、   二十一、
//! cn-paren   = "(" cn-number ")"                       ; （一） (三)
//! arabic-dot = digits ("." | "、") not-digit             ; 1.  1、  1．  12.
//! arabic-space = digits space+ han                      ; "1 总体要求" (PDF, no dot)
//! arabic-paren = "(" digits ")" | digits ")"           ; （1） (12) 1)
//! circled    = "①" … "⑳"
//! chapter    = "第" cn-number ("章" | "部分" | "节" | "篇")
//! dash       = "—"{2,4}                                 ; ——加快推进
//! annex      = "附件" (digits | cn-number)? (":" | space)? ; 附件1 附件二：  (see [`annex_opener`])
//! bullet     = ("-" | "*") space | ("•" | "●" | "■" | "◆" | "▪" | "○" | "◇" | "□" …)
//! ```
//!
//! Full-width forms are folded first (see [`crate::text`]), so `（一）`,
//! `1．` and `１、` are the same as `(一)`, `1.` and `1、`.
//!
//! Not markers: a decimal ("80.36 公顷" — `arabic-dot` needs a non-digit
//! after the dot, see [`Marker::digit_follows`]), a run-in ordinal
//! ("一是加快…" — no 、 after 一), a year ("2020. " has more than three digits),
//! an enumeration of numerals ("一、二季度", "一、二、三产业"), a circle
//! standing for 〇 ("二○二○年"), a rule line of dashes.
//!
//! [`Numbering`] follows the numbering sequence (the next ordinal of each
//! style, restarts under a new parent) so that the outline and the
//! flattened-line splitter can judge doubtful markers.

use crate::number::{cn_digit, parse_cn_small};
use crate::text::{is_blank, is_han, is_space, Source};

/// How a marker is written. The outline maps styles to levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum MarkerStyle {
    /// 一、
    CnComma,
    /// （一）
    CnParen,
    /// 1. 1、 1．
    ArabicDot,
    /// "1 标题": a number, a space and the title, with no dot (PDF text).
    ArabicSpace,
    /// （1） 1)
    ArabicParen,
    /// ①
    Circled,
    /// 第一章, 第一部分
    Chapter,
    /// ——
    Dash,
    /// - • ● ■
    Bullet,
    /// 一是, 二是 … opening a paragraph (never returned by [`parse`]: see
    /// [`ordinal_opener`]).
    Ordinal,
    /// 附件, 附件1: an attachment (never returned by [`parse`]: see
    /// [`annex_opener`]).
    Annex,
    /// No marker at all: a short line naming a part of the report
    /// ("2024年工作回顾"); the outline gives it an empty marker.
    PartTitle,
}

/// A marker found at the start of a line or sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Marker {
    pub style: MarkerStyle,
    /// The number it carries (1 for 一、 and （1）); 0 for dashes and bullets.
    pub ordinal: u32,
    /// First code point of the marker itself (after any decoration).
    pub start: usize,
    /// One past the marker's last code point (before any space).
    pub end: usize,
    /// First code point of the text after the marker and its spaces.
    pub text_start: usize,
    /// An arabic-dot marker followed directly by a digit ("8.20+8:"): a
    /// decimal unless the numbering says otherwise.
    pub digit_follows: bool,
}

/// Longest dash run that is a marker ("——", "———").
const DASH_MAX: usize = 4;

/// Skip markdown remnants (`## `, `**`, `> `) and white space at `index`.
pub(crate) fn skip_decoration(source: &Source, mut index: usize, end: usize) -> usize {
    loop {
        let before = index;
        while index < end && is_blank(source.at(index)) {
            index += 1;
        }
        if source.at(index) == '#' {
            let mut j = index;
            while j < end && source.at(j) == '#' {
                j += 1;
            }
            if j < end && is_space(source.at(j)) {
                index = j;
            }
        }
        if source.at(index) == '*' && source.at(index + 1) == '*' {
            index += 2;
        }
        if source.at(index) == '>' && is_space(source.at(index + 1)) {
            index += 1;
        }
        if index == before {
            return index;
        }
    }
}

/// Parse a marker at `index` (decoration allowed) within `..end`.
pub(crate) fn parse(source: &Source, index: usize, end: usize) -> Option<Marker> {
    let end = end.min(source.len());
    let start = skip_decoration(source, index, end);
    if start >= end {
        return None;
    }
    let c = source.at(start);
    let (style, ordinal, marker_end, digit_follows) = match c {
        '(' => {
            let inner = start + 1;
            if let Some((n, len)) = parse_cn_small(&source.chars[inner..end.min(inner + 4)]) {
                if source.at(inner + len) == ')' {
                    (MarkerStyle::CnParen, n, inner + len + 1, false)
                } else {
                    return None;
                }
            } else {
                let (n, len) = digits(source, inner, end)?;
                if len > 2 || source.at(inner + len) != ')' {
                    return None;
                }
                (MarkerStyle::ArabicParen, n, inner + len + 1, false)
            }
        }
        '①'..='⑳' => (
            MarkerStyle::Circled,
            c as u32 - '①' as u32 + 1,
            start + 1,
            false,
        ),
        '—' if source.at(start + 1) == '—' => {
            let mut j = start;
            while j < end && source.at(j) == '—' {
                j += 1;
                // A long run is a rule line, not a marker.
                if j - start > DASH_MAX {
                    return None;
                }
            }
            (MarkerStyle::Dash, 0, j, false)
        }
        '-' | '*' => {
            if !is_space(source.at(start + 1)) {
                return None;
            }
            (MarkerStyle::Bullet, 0, start + 1, false)
        }
        c if is_bullet_glyph(c) => {
            // "二○二○年": a circle standing for 〇 in a year.
            let next = source.at(start + 1);
            if cn_digit(next).is_some() || next == '○' || next.is_ascii_digit() {
                return None;
            }
            (MarkerStyle::Bullet, 0, start + 1, false)
        }
        '第' => {
            let (n, len) = parse_cn_small(&source.chars[start + 1..end.min(start + 5)])?;
            let after = start + 1 + len;
            let suffix = if source.starts_with(after, "部分") {
                2
            } else if matches!(source.at(after), '章' | '节' | '篇') {
                1
            } else {
                return None;
            };
            (MarkerStyle::Chapter, n, after + suffix, false)
        }
        '0'..='9' => {
            let (n, len) = digits(source, start, end)?;
            let sep = source.at(start + len);
            if len > 3 {
                return None;
            }
            match sep {
                '.' | '、' => {
                    let next = source.at(start + len + 1);
                    (
                        MarkerStyle::ArabicDot,
                        n,
                        start + len + 1,
                        next.is_ascii_digit(),
                    )
                }
                ')' if len <= 2 => (MarkerStyle::ArabicParen, n, start + len + 1, false),
                ' ' | '\t' if len <= 2 => {
                    let mut j = start + len;
                    while j < end && is_space(source.at(j)) {
                        j += 1;
                    }
                    if !is_han(source.at(j)) {
                        return None;
                    }
                    (MarkerStyle::ArabicSpace, n, start + len, false)
                }
                _ => return None,
            }
        }
        _ => {
            let (n, len) = parse_cn_small(&source.chars[start..end.min(start + 4)])?;
            let sep = source.at(start + len);
            if !matches!(sep, '、' | '.') {
                return None;
            }
            // "一、二季度", "一、二、三产业": an enumeration of numerals, not a marker.
            let next = start + len + 1;
            if cn_digit(source.at(next)).is_some()
                && matches!(
                    source.at(next + 1),
                    '、' | '季' | '产' | '等' | '类' | '级' | '期'
                )
            {
                return None;
            }
            (MarkerStyle::CnComma, n, next, false)
        }
    };
    if ordinal == 0 && !matches!(style, MarkerStyle::Dash | MarkerStyle::Bullet) {
        return None;
    }
    let mut text_start = marker_end;
    while text_start < end && is_space(source.at(text_start)) {
        text_start += 1;
    }
    Some(Marker {
        style,
        ordinal,
        start,
        end: marker_end,
        text_start,
        digit_follows,
    })
}

/// Bullet glyphs: "■ 坚持创新驱动", "● 加快…".
pub(crate) fn is_bullet_glyph(c: char) -> bool {
    matches!(
        c,
        '•' | '●'
            | '■'
            | '◆'
            | '▪'
            | '○'
            | '◇'
            | '□'
            | '◎'
            | '★'
            | '☆'
            | '▶'
            | '►'
            | '◼'
            | '▲'
    )
}

/// Does the line `start..end` open with a marker (not a decimal, and not
/// the weak "1 标题" form, which a PDF number split "15 万元" also takes)?
pub(crate) fn at_line_start(source: &Source, start: usize, end: usize) -> bool {
    matches!(parse(source, start, end), Some(m) if !m.digit_follows && m.style != MarkerStyle::ArabicSpace)
}

/// The numbered styles, outermost first: a heading of one style nests
/// those after it.
/// "一是" … "十二是" opening a paragraph: the enumerations of a work
/// report ("一是针对性出台系列稳增长举措，经济总体实现稳定向好。…"). Only the
/// outline knows whether a run of them makes headings; inside one paragraph
/// they are prose.
pub(crate) fn ordinal_opener(source: &Source, index: usize, end: usize) -> Option<Marker> {
    let end = end.min(source.len());
    let start = skip_decoration(source, index, end);
    let (n, len) = parse_cn_small(&source.chars[start.min(end)..end.min(start + 4)])?;
    let marker_end = start + len;
    (source.at(marker_end) == '是' && marker_end + 1 < end).then(|| {
        let text_start = skip_decoration(source, marker_end + 1, end);
        Marker {
            style: MarkerStyle::Ordinal,
            ordinal: n,
            start,
            end: marker_end + 1,
            text_start,
            digit_follows: false,
        }
    })
}

/// "附件", "附件1", "附件二：" opening a line: an attachment, whose title
/// follows on the same line or the next. Only at the start of a line and
/// before a title, never "附件所列…" in a sentence (the outline checks that
/// the line is short).
pub(crate) fn annex_opener(source: &Source, index: usize, end: usize) -> Option<Marker> {
    let end = end.min(source.len());
    let start = skip_decoration(source, index, end);
    if !source.starts_with(start, "附件") {
        return None;
    }
    let mut j = start + 2;
    let ordinal = match digits(source, j, end) {
        Some((n, len)) if len <= 2 => {
            j += len;
            n
        }
        _ => match parse_cn_small(&source.chars[j.min(end)..end.min(j + 3)]) {
            Some((n, len)) => {
                j += len;
                n
            }
            None => 1,
        },
    };
    let marker_end = j;
    while j < end && (is_blank(source.at(j)) || matches!(source.at(j), ':' | '.' | '、')) {
        j += 1;
    }
    // "附件1" then a title, or a line of its own; not "附件所列项目…".
    let alone_or_apart = j >= end || j > marker_end || marker_end > start + 2;
    alone_or_apart.then_some(Marker {
        style: MarkerStyle::Annex,
        ordinal,
        start,
        end: marker_end,
        text_start: j,
        digit_follows: false,
    })
}

const NUMBERED: [MarkerStyle; 7] = [
    MarkerStyle::Chapter,
    MarkerStyle::CnComma,
    MarkerStyle::CnParen,
    MarkerStyle::ArabicDot,
    MarkerStyle::ArabicSpace,
    MarkerStyle::ArabicParen,
    MarkerStyle::Circled,
];

impl MarkerStyle {
    /// Position in [`NUMBERED`]; `None` for dashes and bullets.
    fn index(self) -> Option<usize> {
        NUMBERED.iter().position(|&s| s == self)
    }

    /// Does this style carry a number?
    pub fn is_numbered(self) -> bool {
        self.index().is_some()
    }
}

/// How an ordinal fits the numbering seen so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fit {
    /// The next number of its style (1 for a style not seen yet).
    Next,
    /// 1 again, after a heading of an outer style: the numbering restarts
    /// under a new parent.
    Restart,
    /// Anything else: a skip, a repeat, a restart with no new parent.
    Off,
}

/// The numbering sequence of a text: the last ordinal of each style, and
/// which styles may restart at 1 because an outer heading came since.
///
/// ```text
/// 一、 (一) 1. 2. (二) 3. 1. …   → "3." is Next; the last "1." is Off
/// 一、 (一) 1. 2. 二、 (一) 1.    → the second "(一)" and "1." are Restart
/// ```
#[derive(Clone, Debug, Default)]
pub(crate) struct Numbering {
    last: [u32; NUMBERED.len()],
    fresh: [bool; NUMBERED.len()],
}

impl Numbering {
    /// How `ordinal` in `style` fits; dashes and bullets always fit.
    pub fn fit(&self, style: MarkerStyle, ordinal: u32) -> Fit {
        let Some(i) = style.index() else {
            return Fit::Next;
        };
        if ordinal == self.last[i].saturating_add(1) {
            Fit::Next
        } else if ordinal == 1 && self.fresh[i] {
            Fit::Restart
        } else {
            Fit::Off
        }
    }

    /// Let every style restart at 1 (after a glossary header).
    pub fn restart(&mut self) {
        self.fresh = [true; NUMBERED.len()];
    }

    /// Record a heading numbered `ordinal` in `style`.
    pub fn accept(&mut self, style: MarkerStyle, ordinal: u32) {
        let Some(i) = style.index() else {
            return;
        };
        self.last[i] = ordinal;
        self.fresh[i] = false;
        for fresh in &mut self.fresh[i + 1..] {
            *fresh = true;
        }
    }
}

/// ASCII digits at `index`: their value and count (at most 9 digits).
fn digits(source: &Source, index: usize, end: usize) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut len = 0;
    while index + len < end && len < 9 {
        let d = source.at(index + len).to_digit(10);
        match d {
            Some(d) => value = value * 10 + d,
            None => break,
        }
        len += 1;
    }
    (len > 0).then_some((value, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(text: &str) -> Option<(MarkerStyle, u32, bool)> {
        let source = Source::new(text);
        parse(&source, 0, source.len()).map(|m| (m.style, m.ordinal, m.digit_follows))
    }

    #[test]
    fn reads_the_four_gbt_levels() {
        assert_eq!(
            marker("一、总体要求"),
            Some((MarkerStyle::CnComma, 1, false)),
            "should read 一、"
        );
        assert_eq!(
            marker("（十二）发展目标"),
            Some((MarkerStyle::CnParen, 12, false)),
            "should read full-width （十二）"
        );
        assert_eq!(
            marker("(一) 全面发力"),
            Some((MarkerStyle::CnParen, 1, false)),
            "should read half-width (一)"
        );
        assert_eq!(
            marker("12.提升企业服务"),
            Some((MarkerStyle::ArabicDot, 12, false)),
            "should read 12."
        );
        assert_eq!(
            marker("3、加强"),
            Some((MarkerStyle::ArabicDot, 3, false)),
            "should read 3、"
        );
        assert_eq!(
            marker("1．预期性指标"),
            Some((MarkerStyle::ArabicDot, 1, false)),
            "should read 1．"
        );
        assert_eq!(
            marker("（1）加快"),
            Some((MarkerStyle::ArabicParen, 1, false)),
            "should read （1）"
        );
        assert_eq!(
            marker("②推进"),
            Some((MarkerStyle::Circled, 2, false)),
            "should read ②"
        );
    }

    #[test]
    fn reads_dashes_bullets_and_decoration() {
        assert_eq!(
            marker("——加快推进"),
            Some((MarkerStyle::Dash, 0, false)),
            "should read ——"
        );
        assert_eq!(
            marker("- 地区生产总值"),
            Some((MarkerStyle::Bullet, 0, false)),
            "should read a markdown bullet"
        );
        assert_eq!(
            marker("## 一、综合"),
            Some((MarkerStyle::CnComma, 1, false)),
            "should skip a markdown hash"
        );
        assert_eq!(
            marker("**（二）有利因素**"),
            Some((MarkerStyle::CnParen, 2, false)),
            "should skip bold marks"
        );
        assert_eq!(
            marker("第三部分 主要任务"),
            Some((MarkerStyle::Chapter, 3, false)),
            "should read 第三部分"
        );
    }

    #[test]
    fn reads_other_numbering_forms() {
        assert_eq!(
            marker("1 总体要求"),
            Some((MarkerStyle::ArabicSpace, 1, false)),
            "should read a number, a space and a title"
        );
        assert_eq!(
            marker("15 万元,认定"),
            Some((MarkerStyle::ArabicSpace, 15, false)),
            "should parse the weak form (the outline judges it)"
        );
        assert!(
            !at_line_start(&Source::new("15 万元,认定"), 0, 8),
            "should not break a block at the weak form"
        );
        assert_eq!(
            marker("2) 加快"),
            Some((MarkerStyle::ArabicParen, 2, false)),
            "should read 2)"
        );
        assert_eq!(
            marker("一、二〇二〇年回顾"),
            Some((MarkerStyle::CnComma, 1, false)),
            "should read 一、 before a Chinese year"
        );
        assert_eq!(
            marker("一、二季度"),
            None,
            "should not read an enumeration of numerals"
        );
        assert_eq!(marker("8 %"), None, "should not read a split percentage");
    }

    #[test]
    fn follows_the_numbering_sequence() {
        use MarkerStyle::*;
        let mut n = Numbering::default();
        assert_eq!(n.fit(CnComma, 1), Fit::Next, "should expect 一、 first");
        n.accept(CnComma, 1);
        n.accept(CnParen, 1);
        n.accept(ArabicDot, 1);
        n.accept(ArabicDot, 2);
        n.accept(CnParen, 2);
        assert_eq!(
            n.fit(ArabicDot, 3),
            Fit::Next,
            "should let 1. continue across parents"
        );
        assert_eq!(
            n.fit(ArabicDot, 1),
            Fit::Restart,
            "should let 1. restart under a new parent"
        );
        n.accept(ArabicDot, 3);
        assert_eq!(
            n.fit(ArabicDot, 1),
            Fit::Off,
            "should not let 1. restart without a new parent"
        );
        assert_eq!(n.fit(ArabicDot, 7), Fit::Off, "should see a skip");
        assert_eq!(n.fit(Dash, 0), Fit::Next, "should always fit a dash");
    }

    #[test]
    fn rejects_numbers_and_run_ins() {
        assert_eq!(
            marker("80.36 公顷"),
            Some((MarkerStyle::ArabicDot, 80, true)),
            "should flag a decimal"
        );
        assert!(
            !at_line_start(&Source::new("80.36 公顷"), 0, 9),
            "should not treat a decimal as a marker"
        );
        assert_eq!(marker("一是加快"), None, "should not read a run-in ordinal");
        assert_eq!(marker("2020年是"), None, "should not read a year");
        assert!(
            !at_line_start(&Source::new("2.5%"), 0, 4),
            "should not read a percentage"
        );
        assert_eq!(marker("-0.4%"), None, "should not read a minus sign");
        assert_eq!(
            marker("1,000家"),
            None,
            "should not read a thousands separator"
        );
    }
}
