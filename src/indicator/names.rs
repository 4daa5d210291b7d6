//! Names: the subjects of a clause, found by the alias table
//! ([`crate::aliases`]), longest name first.
//!
//! # Grammar
//!
//! ```text
//! subjects = name (("、" | "和" | "及" | "与" | "以及" | ",") name)*
//! name     = alias gloss?                   ; white space inside a name is skipped
//! gloss    = "(" short-text ")" | "[" digits "]"   ; not a "（以下简称…）"
//! ```
//!
//! Real subjects:
//!
//! ```text
//! 地区生产总值（GDP）增长6%               → gdp; the predicate starts after the gloss
//! 地区生产总值[1]158.73亿元                → gdp; a footnote mark is a gloss too
//! 规模以上工业增加值、固定资产投资分别增长…  → one group of two subjects
//! 万元GDP能耗、水耗下降…                    → 水耗 leaves out the "万元GDP" it shares
//! 粮食播种面积1570.5万亩、总产130亿斤       → 总产 leaves out the 粮食 of the phrase before
//! 城镇、农村居民人均可支配收入…             → 城镇 leaves out the "居民人均可支配收入" it shares
//! 城镇和农村居民人均可支配收入…             → the same, joined by 和
//! 城乡居民人均可支配收入分别增长4.3%、6.1%   → 城乡 before 分别 stands for 城镇 and 农村
//! ```
//!
//! "万元GDP" is not "GDP": a name does not start inside a longer ASCII
//! token.

use crate::aliases::{self, Alias, ALIASES};
use crate::text::{is_blank, KeyRanges, Source};

/// The alias table indexed by first char, for longest-match lookup.
pub(super) struct NameIndex {
    /// (first char, name chars without spaces, alias), sorted by first char.
    entries: Vec<(char, Vec<char>, &'static Alias)>,
    /// Where the names of each first char are in `entries`.
    firsts: KeyRanges,
}

impl NameIndex {
    /// The index, built once per process (it is the same for every text).
    pub(super) fn shared() -> &'static NameIndex {
        static INDEX: std::sync::OnceLock<NameIndex> = std::sync::OnceLock::new();
        INDEX.get_or_init(NameIndex::new)
    }

    fn new() -> Self {
        let mut entries: Vec<(char, Vec<char>, &'static Alias)> = ALIASES
            .iter()
            .flat_map(|alias| {
                alias.names.iter().map(move |name| {
                    let chars: Vec<char> = name.chars().filter(|&c| !is_blank(c)).collect();
                    (chars[0], chars, alias)
                })
            })
            .collect();
        // By first char, longest first (names are far shorter than 2^16).
        crate::sort::sort_by_key(&mut entries, |e| {
            (u64::from(e.0) << 16) | (0xFFFF - e.1.len().min(0xFFFF) as u64)
        });
        let firsts = KeyRanges::new(&entries.iter().map(|e| e.0).collect::<Vec<_>>());
        NameIndex { entries, firsts }
    }

    /// The longest alias starting at `index` (white space inside skipped).
    fn at(&self, source: &Source, index: usize, end: usize) -> Option<NameMatch> {
        for (_, chars, alias) in &self.entries[self.firsts.get(source.at(index))] {
            let mut i = index;
            let mut ok = true;
            for &c in chars {
                // (names hold no white space: where the text has the name's
                // char, there is none to skip)
                if i < end && source.at(i) == c {
                    i += 1;
                    continue;
                }
                while i < end && is_blank(source.at(i)) {
                    i += 1;
                }
                if i >= end || source.at(i) != c {
                    ok = false;
                    break;
                }
                i += 1;
            }
            if ok {
                return Some(NameMatch {
                    start: index,
                    end: i,
                    after: skip_gloss(source, i, end),
                    alias,
                    full_name: None,
                });
            }
        }
        None
    }

    /// The first alias in `start..end`.
    pub(super) fn first_in(&self, source: &Source, start: usize, end: usize) -> Option<NameMatch> {
        (start..end).find_map(|i| self.at(source, i, end))
    }

    /// Does any alias stand in `start..end`: is [`Self::all_in`] not empty?
    /// The same positions are tried in the same order, up to the first match.
    pub(super) fn any_in(&self, source: &Source, start: usize, end: usize) -> bool {
        (start..end).any(|i| {
            // (an elliptical name needs a name before it: never the first)
            !inside_token(source, i) && self.at(source, i, end).is_some()
                || stem_elliptical_at(source, start, i, end).is_some()
        })
    }

    /// All aliases in `start..end`, left to right, not overlapping, with
    /// shared names spelled out: "万元GDP能耗、水耗" (水耗 after a full name)
    /// and "城镇、农村居民人均可支配收入" (a prefix before one).
    pub(super) fn all_in(&self, source: &Source, start: usize, end: usize) -> Vec<NameMatch> {
        let mut out: Vec<NameMatch> = Vec::new();
        let mut i = start;
        while i < end {
            let found = if inside_token(source, i) {
                None
            } else {
                self.at(source, i, end)
            };
            match found {
                Some(m) => {
                    if let Some(prefix) = shared_prefix(source, start, &m) {
                        out.push(prefix);
                    }
                    i = m.after;
                    out.push(m);
                }
                None => match out
                    .last()
                    .and_then(|previous| elliptical_at(source, previous, i, end))
                    .or_else(|| stem_elliptical_at(source, start, i, end))
                {
                    Some(m) => {
                        i = m.after;
                        out.push(m);
                    }
                    None => i += 1,
                },
            }
        }
        out
    }
}

/// Is `i` inside a longer ASCII token? "万元GDP" is not "GDP": no name
/// starts there.
fn inside_token(source: &Source, i: usize) -> bool {
    source.at(i).is_ascii_alphabetic() && source.at(i.wrapping_sub(1)).is_ascii_alphabetic()
}

/// One alias found in the text.
pub(super) struct NameMatch {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Where its predicate may start: after a gloss such as "（GDP）" or a
    /// footnote mark ("[1]").
    pub(super) after: usize,
    pub(super) alias: &'static Alias,
    /// The full name when the text shares it with a neighbour:
    /// "城镇、农村居民人均可支配收入" → "城镇居民人均可支配收入".
    pub(super) full_name: Option<String>,
}

/// Skip a short parenthesised gloss after a name: "地区生产总值（GDP）".
fn skip_gloss(source: &Source, index: usize, end: usize) -> usize {
    // A footnote mark: "地区生产总值[1]158.73亿元".
    if matches!(source.at(index), '[' | '〔') {
        let digits = (index + 1..end.min(index + 4))
            .take_while(|&i| source.at(i).is_ascii_digit())
            .count();
        let close = index + 1 + digits;
        if digits > 0 && close < end && matches!(source.at(close), ']' | '〕') {
            return skip_gloss(source, close + 1, end);
        }
        return index;
    }
    if source.at(index) != '(' {
        return index;
    }
    match (index + 1..end.min(index + 12)).find(|&i| source.at(i) == ')') {
        Some(close) if source.find(index, close, "简称").is_none() => close + 1,
        _ => index,
    }
}

/// "水耗" right after "万元GDP能耗、": a name that leaves out what it shares
/// with the full name before it.
fn elliptical_at(
    source: &Source,
    previous: &NameMatch,
    index: usize,
    end: usize,
) -> Option<NameMatch> {
    if index != previous.after + 1 || source.at(previous.after) != '、' {
        return None;
    }
    aliases::ELLIPTICAL.iter().find_map(|&(word, key)| {
        let stop = index + word.chars().count();
        let alias = ALIASES.iter().find(|a| a.key == key)?;
        (stop <= end && source.starts_with(index, word)).then_some(NameMatch {
            start: index,
            end: stop,
            after: stop,
            alias,
            full_name: None,
        })
    })
}

/// "总产" in "粮食播种面积1570.5万亩、总产130亿斤": a name that leaves out
/// the stem (粮食) of the noun phrase before "、", within its clause.
#[inline]
fn stem_elliptical_at(
    source: &Source,
    start: usize,
    index: usize,
    end: usize,
) -> Option<NameMatch> {
    // (tested at every position: the test inline, the search only after a 、)
    if index <= start || source.at(index - 1) != '、' {
        return None;
    }
    stem_elliptical_after_mark(source, start, index, end)
}

/// [`stem_elliptical_at`] after a "、".
fn stem_elliptical_after_mark(
    source: &Source,
    start: usize,
    index: usize,
    end: usize,
) -> Option<NameMatch> {
    let from = start.max(index.saturating_sub(aliases::STEM_WINDOW));
    aliases::STEM_ELLIPTICAL
        .iter()
        .find_map(|&(stem, word, key)| {
            let stop = index + word.chars().count();
            if stop > end || !source.starts_with(index, word) {
                return None;
            }
            // The stem opens the phrase before: no clause break after it.
            let at = source.find(from, index, stem)?;
            if (at..index).any(|i| matches!(source.at(i), ',' | '。' | ';' | ':')) {
                return None;
            }
            let alias = ALIASES.iter().find(|a| a.key == key)?;
            Some(NameMatch {
                start: index,
                end: stop,
                after: stop,
                alias,
                full_name: Some(format!("{stem}{}", source.clean(index, stop))),
            })
        })
}

/// "城镇、" before "农村居民人均可支配收入": a coordinated prefix that
/// shares the rest of the name; its own alias ("城镇居民人均可支配收入").
fn shared_prefix(source: &Source, start: usize, m: &NameMatch) -> Option<NameMatch> {
    if m.start < start + 2 || !matches!(source.at(m.start - 1), '、' | '和' | '与' | '及') {
        return None;
    }
    let name = source.folded(m.start, m.end);
    let (own, rest) = aliases::SHARED_PREFIXES
        .iter()
        .find_map(|p| name.strip_prefix(p).map(|rest| (*p, rest)))?;
    aliases::SHARED_PREFIXES.iter().find_map(|&other| {
        let n = other.chars().count();
        let at = (m.start - 1).checked_sub(n)?;
        if other == own || at < start || !source.starts_with(at, other) {
            return None;
        }
        let full = format!("{other}{rest}");
        let alias = ALIASES.iter().find(|a| a.names.contains(&full.as_str()))?;
        Some(NameMatch {
            start: at,
            end: m.start - 1,
            after: m.start - 1,
            alias,
            full_name: Some(format!(
                "{}{}",
                source.original(at, m.start - 1),
                source.clean(m.end - rest.chars().count(), m.end)
            )),
        })
    })
}

/// "城乡居民人均可支配收入" before 分别: the two names its prefix stands
/// for, 城镇… and 农村…, each with the other's words.
pub(super) fn split_pair(source: &Source, m: &NameMatch) -> Option<[NameMatch; 2]> {
    let name = source.folded(m.start, m.end);
    let (prefix, pair) = aliases::PAIRED_PREFIXES
        .iter()
        .find(|(p, _)| name.starts_with(p))?;
    let rest = &name[prefix.len()..];
    let written = source.clean(m.start, m.end);
    let written_rest: String = written.chars().skip(prefix.chars().count()).collect();
    let half = |place: &str| {
        let full = format!("{place}{rest}");
        let alias = ALIASES.iter().find(|a| a.names.contains(&full.as_str()))?;
        Some(NameMatch {
            start: m.start,
            end: m.end,
            after: m.after,
            alias,
            full_name: Some(format!("{place}{written_rest}")),
        })
    };
    Some([half(pair[0])?, half(pair[1])?])
}

/// Group subjects joined by 、 和 及 与 (nothing else between them).
pub(super) fn group_subjects<'m>(
    source: &Source,
    matches: &'m [NameMatch],
) -> Vec<Vec<&'m NameMatch>> {
    let mut groups: Vec<Vec<&NameMatch>> = Vec::new();
    for m in matches {
        if let Some(group) = groups.last_mut() {
            let previous = group[group.len() - 1];
            let between = source.folded(previous.after, m.start);
            let between = between.trim();
            if matches!(between, "、" | "和" | "及" | "与" | "以及" | ",") {
                group.push(m);
                continue;
            }
        }
        groups.push(vec![m]);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_in_should_agree_with_all_in() {
        let index = NameIndex::shared();
        for text in [
            "地区生产总值增长6%",
            "全年万元GDP能耗、水耗分别下降3%、2%",
            "粮食播种面积1570.5万亩、总产130亿斤",
            "城镇、农村居民人均可支配收入分别增长4%、6%",
            "扎实推进各项工作,取得明显成效",
            "ABCGDP增长",
            "",
        ] {
            let source = Source::new(text);
            for start in 0..=source.len() {
                assert_eq!(
                    index.any_in(&source, start, source.len()),
                    !index.all_in(&source, start, source.len()).is_empty(),
                    "should agree on {text:?} from {start}"
                );
            }
        }
    }
}
