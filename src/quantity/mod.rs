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
//! ```
//!
//! Each part has its module, which states its own rules:
//!
//! - [`scanner`]: the pass itself — what opens a quantity, outline markers
//!   and 《book titles》 passed over, quoted names dropped.
//! - [`gap`]: the text as the scanner sees it — the spaces and line breaks a
//!   PDF or a web copy puts inside a quantity ("381.55 亿元", "1442万\n元").
//! - [`number`]: `number` — Arabic numbers with their sign, Chinese numerals
//!   and Chinese decimals ("三点六万").
//! - [`tail`]: `scale? unit per?` — what follows a number.
//! - [`approx`]: `approx-before`, `inner`, `approx-after` (约, 余, 多, 左右).
//! - [`arabic`], [`chinese`]: the first rule at a digit or at a Chinese
//!   numeral, and the tokens there that are no quantities.
//! - [`range`], [`list`], [`big`], [`rank`], [`phrase`]: the other rules.
//! - [`reading`]: what is recorded — value, unit and kind — and the public
//!   [`Quantity`](crate::document::Quantity) list made from it.
//!
//! # Not quantities
//!
//! - Years, months, days, quarters: "2020年", "2020-2022年", "1-11月",
//!   "3月下旬", "一季度", "前三季度" ([`tail`], [`range`], [`rank`]).
//! - Ordinals and identifiers: "第七次", "22号线", "PM2.5", "9:00",
//!   "2021.01.26" ([`rank`], [`arabic`]).
//! - Plan names and slogans: "1+1+10+N", "一核两带五组团", "八项规定",
//!   short quoted names (“惠企10条”), anything inside a 《book title》
//!   ([`arabic`], [`chinese`], [`scanner`]).
//! - A lone 一 or 零, vague numbers (数十家, 十几个), a bare scale without
//!   approximator (千方百计), a denominator (每万人) ([`chinese`], [`arabic`]).
//! - Party congresses and sessions: 十九大, 二十届三中全会, 五次全会
//!   ([`big`], [`tail`]).

mod approx;
mod arabic;
mod big;
mod chinese;
mod gap;
mod list;
mod number;
mod phrase;
mod range;
mod rank;
mod reading;
mod scanner;
mod tail;

pub(crate) use reading::Reading;

use crate::block::Layout;
use crate::outline::Outline;
use crate::text::Source;
use scanner::Scanner;

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
    // Nearly every quantity starts at a numeral run: no regrowing.
    let mut out = Vec::with_capacity(source.numerals.len());
    for block in layout.blocks.iter().filter(|b| !b.chrome) {
        Scanner::new(&source.chars, block.start, block.end, &markers, &mut out).run();
    }
    out
}

/// The quantities in code points `start..end` only (a clause, a cell),
/// read as [`scan`] reads a block: the indicator module reads a clause's
/// percentage or level with it. Nothing outside the range is looked at:
/// an approximator or a rank context before `start` is left out.
#[allow(dead_code)]
pub(crate) fn scan_range(source: &Source, start: usize, end: usize) -> Vec<Reading> {
    let end = end.min(source.len());
    let mut out = Vec::with_capacity(source.numerals_in(start, end).len());
    if start < end {
        Scanner::new(&source.chars, start, end, &[], &mut out).run();
    }
    out
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
                    r.unit.to_string(),
                )
            })
            .collect()
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
