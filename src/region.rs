//! Region names: the administrative unit a report is about.
//!
//! Metadata ([`crate::meta`]) reads the report's region with these rules, and
//! chrome ([`crate::chrome`]) cuts a breadcrumb glued to a title before a place
//! name ([`name_len_at`]): so they sit below both, with their word tables in
//! `region/words.rs`.
//!
//! ```text
//! region = unit+                                   ; 深圳市坪山区, 广东省深圳市
//! unit   = name suffix
//! name   = han{2,4}                                ; 龙岗, 坪山, 石家庄
//!        | han{2,10} before an autonomous suffix   ; 黔东南苗族侗族
//! suffix = 省 | 市 | 区 | 县 | 州 | 盟 | 旗 | 新区 | 地区 | 开发区 | 高新区
//!        | 经济技术开发区 | 工业园区 | 自治州 | 自治县 | 特别行政区 …
//! ```
//!
//! A name has no mark of its own left edge, so a region is read forward only
//! from an *anchor* where a name must start: the title's start, after 关于
//! or a year ("2023年深圳市国民经济…"), a field value, "在" in the meeting
//! line. The first suffix after at least two name characters ends the unit:
//! 深圳|市, then 坪山|区. In running text ([`most_frequent`]) the name is the
//! two characters before a suffix, and the most frequent such unit wins
//! ("今年以来,龙岗区坚持…" … "龙岗区" 30 times).
//!
//! Not regions: 全区, 本市, 辖区, 社区, 园区, 湾区 (the character before the
//! suffix, see `NAME_LAST_STOP`), 市场, 区域, 县域 (the character after it).

mod words;

use crate::keyword::{any_word_at, word_at};
use crate::text::{is_han, is_space, CharSet, Source};
use words::{
    BODY_NAME_LAST_STOP, CONTAINER_SUFFIXES, DETERMINERS, LONG_NAME_MAX, LONG_NAME_SUFFIXES, NAME_FIRST_STOP,
    NAME_LAST_STOP, NAME_MAX, NAME_STOP, REGION_SUFFIXES, SUFFIX_NEXT_STOP,
};

/// A region name reduced to what tells it apart, for comparing reports:
/// the innermost unit, without a province's or city's suffix. 北京市 and
/// 北京 → 北京; 广东省深圳市 → 深圳; 深圳市坪山区 → 坪山区 (a district keeps
/// its suffix: 朝阳区 is not 朝阳市); 广西壮族自治区 → 广西.
pub fn canonical_region(name: &str) -> &str {
    let name = name.trim();
    // The innermost unit starts after the last container suffix that leaves
    // a whole unit (two characters and a suffix) after it: 济南市|市中区.
    let total = name.chars().count();
    let mut start = 0;
    for (index, (at, _)) in name.char_indices().enumerate() {
        if let Some(suffix) = CONTAINER_SUFFIXES.iter().find(|s| name[at..].starts_with(*s)) {
            if total - index - suffix.chars().count() >= 3 {
                start = at + suffix.len();
            }
        }
    }
    let unit = &name[start..];
    CONTAINER_SUFFIXES
        .iter()
        .find_map(|s| unit.strip_suffix(s).filter(|rest| rest.chars().count() >= 2))
        .unwrap_or(unit)
}

/// A region (one or more units) starting exactly at `at`: its end.
pub(crate) fn region_at(source: &Source, at: usize, end: usize) -> Option<usize> {
    let mut stop = unit_at(source, at, end)?;
    while let Some(next) = unit_at(source, stop, end) {
        stop = next;
    }
    Some(stop)
}

/// The length of the name of the unit starting at `at` ("龙岗区…" → 2), for
/// cutting a breadcrumb glued to a title ("计划总结|龙岗区2022年…").
pub(crate) fn name_len_at(source: &Source, at: usize, end: usize) -> Option<usize> {
    let stop = unit_at(source, at, end)?;
    let suffix_len = (at + 1..stop)
        .find(|&q| any_word_at(source, q, stop, REGION_SUFFIXES).is_some_and(|(_, e)| e == stop))?;
    Some(suffix_len - at)
}

/// One unit starting at `at`: its end.
fn unit_at(source: &Source, at: usize, end: usize) -> Option<usize> {
    for name_len in 1..=LONG_NAME_MAX {
        let q = at + name_len;
        if q > end {
            return None;
        }
        let c = source.at(q - 1);
        if !is_han(c) || name_len == 1 && NAME_FIRST_STOP.contains(c) {
            return None;
        }
        if name_len < 2 {
            continue;
        }
        let Some((k, suffix_end)) = any_word_at(source, q, end, REGION_SUFFIXES) else {
            continue;
        };
        let suffix = REGION_SUFFIXES[k];
        if name_len > NAME_MAX && !LONG_NAME_SUFFIXES.contains(&suffix) {
            continue;
        }
        let last_stops = if suffix.chars().count() >= 3 {
            DETERMINERS
        } else {
            NAME_LAST_STOP
        };
        if last_stops.contains(c) || common_word_follows(source, suffix, suffix_end) {
            continue;
        }
        return Some(suffix_end);
    }
    None
}

/// Is the suffix the start of a common word (市场, 区域, 县域)?
fn common_word_follows(source: &Source, suffix: &str, suffix_end: usize) -> bool {
    let next = source.at(suffix_end);
    SUFFIX_NEXT_STOP
        .iter()
        .any(|(s, stops)| *s == suffix && stops.contains(next))
}

/// The first region in a title, read from its anchors: its start, after
/// 关于, after a year, after 在 (the meeting line), after a space
/// or an opening bracket.
pub(crate) fn in_title(source: &Source, start: usize, end: usize) -> Option<(usize, usize)> {
    let mut i = start;
    while i < end {
        let anchor = i == start || {
            let p = source.at(i - 1);
            is_space(p)
                || matches!(
                    p,
                    '年' | '度' | '在' | '《' | '“' | '"' | '(' | '「' | '—' | ':'
                )
                || word_at(source, i.saturating_sub(2), end, "关于") == Some(i)
                || word_at(source, i.saturating_sub(2), end, "中共") == Some(i)
        };
        if anchor && word_at(source, i, end, "关于").is_none() {
            if let Some(e) = region_at(source, i, end) {
                return Some((i, e));
            }
        }
        i += 1;
    }
    None
}

/// [`SUFFIX_FIRSTS`] as a set: one bit test at each character of the text
/// (a filter that let other characters through to a list search made a
/// branch the processor mispredicts at every few characters).
fn suffix_firsts() -> &'static CharSet {
    static SET: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| CharSet::new(SUFFIX_FIRSTS))
}

/// The first characters of [`REGION_SUFFIXES`] (folded text is simplified,
/// so these are all a position can open a suffix with).
static SUFFIX_FIRSTS: [char; REGION_SUFFIXES.len()] = {
    let mut firsts = ['\0'; REGION_SUFFIXES.len()];
    let mut k = 0;
    while k < REGION_SUFFIXES.len() {
        firsts[k] = crate::hant::first_char(REGION_SUFFIXES[k]);
        k += 1;
    }
    firsts
};

/// The most frequent unit in running text, read backwards from each suffix
/// (two name characters); ties go to the first seen.
pub(crate) fn most_frequent(source: &Source, start: usize, end: usize) -> Option<(usize, usize)> {
    // (first start, first end, count) of each name+suffix, compared as folded text
    let mut seen: Vec<(usize, usize, usize)> = Vec::new();
    let end = end.min(source.chars.len());
    let firsts = suffix_firsts();
    let mut i = start + 2;
    while i < end {
        // Most positions cannot open a suffix: skip to the next that can
        // (a bit test first, the list only for the few that pass).
        let Some(skip) = source.chars[i..end].iter().position(|&c| firsts.contains(c))
        else {
            break;
        };
        i += skip;
        let c = source.chars[i];
        // The first suffix (longest first) that starts with `c` and stands here.
        let found = (0..REGION_SUFFIXES.len())
            .filter(|&k| SUFFIX_FIRSTS[k] == c)
            .find_map(|k| word_at(source, i, end, REGION_SUFFIXES[k]).map(|e| (k, e)));
        let Some((k, suffix_end)) = found else {
            i += 1;
            continue;
        };
        let suffix = REGION_SUFFIXES[k];
        let a = source.at(i - 2);
        let b = source.at(i - 1);
        let name_ok = is_han(a)
            && is_han(b)
            && !NAME_STOP.contains(a)
            && !NAME_STOP.contains(b)
            && !NAME_LAST_STOP.contains(b)
            && !BODY_NAME_LAST_STOP.contains(b)
            && !common_word_follows(source, suffix, suffix_end);
        if name_ok {
            let key = &source.chars[i - 2..suffix_end];
            if let Some(entry) = seen.iter_mut().find(|s| &source.chars[s.0..s.1] == key) {
                entry.2 += 1;
            } else if seen.len() < 256 {
                seen.push((i - 2, suffix_end, 1));
            }
        }
        i = suffix_end.max(i + 1);
    }
    let best = seen.iter().map(|s| s.2).max()?;
    seen.iter().find(|s| s.2 == best).map(|s| (s.0, s.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(text: &str) -> Option<String> {
        let s = Source::new(text);
        in_title(&s, 0, s.len()).map(|(a, b)| s.original(a, b).to_string())
    }

    #[test]
    fn reads_regions_in_titles() {
        assert_eq!(
            title("关于深圳市坪山区2020年国民经济"),
            Some("深圳市坪山区".into()),
            "should read a compound region"
        );
        assert_eq!(
            title("关于龙岗区 2020 年国民经济"),
            Some("龙岗区".into()),
            "should read after 关于"
        );
        assert_eq!(
            title("龙华区发展和改革局2021年总结"),
            Some("龙华区".into()),
            "should stop before the bureau"
        );
        assert_eq!(
            title("2023年浦东新区国民经济和社会发展统计公报"),
            Some("浦东新区".into()),
            "should read after a year"
        );
        assert_eq!(
            title("黔东南苗族侗族自治州2023年政府工作报告"),
            Some("黔东南苗族侗族自治州".into()),
            "should read a long autonomous name"
        );
        assert_eq!(
            title("北京经济技术开发区2023年工作总结"),
            Some("北京经济技术开发区".into()),
            "should read a development zone"
        );
        assert_eq!(
            title("金沙湾经济开发区2019年工作总结"),
            Some("金沙湾经济开发区".into()),
            "should let a name before a long suffix end in 湾 (not 湾区)"
        );
        assert_eq!(title("全区2019年工作总结"), None, "should not read 全区");
        assert_eq!(
            title("關於深圳市坪山區2020年"),
            Some("深圳市坪山區".into()),
            "should read traditional characters"
        );
        assert_eq!(
            title("2023年全区经济工作总结"),
            None,
            "should not read 全区"
        );
        assert_eq!(
            title("关于进一步加快全市产业发展的报告"),
            None,
            "should not read a verb phrase"
        );
        assert_eq!(
            title("2024年资本市场发展报告"),
            None,
            "should not read 市场"
        );
    }

    #[test]
    fn votes_in_running_text() {
        let s = Source::new(
            "今年以来,龙岗区坚持制造业当家,全区上下。推动龙岗区发展,建设社区、园区和粤港澳大湾区。",
        );
        let got = most_frequent(&s, 0, s.len()).map(|(a, b)| s.folded(a, b));
        assert_eq!(
            got,
            Some("龙岗区".into()),
            "should pick the repeated district"
        );
        let s = Source::new(
            "全区人均地区生产总值9.8万元。人均地区生产总值增长6%。粤港澳大湾区、大湾区建设。",
        );
        assert_eq!(
            most_frequent(&s, 0, s.len()),
            None,
            "should read neither 人均地区 (地区生产总值) nor 大湾区"
        );
    }

    #[test]
    fn reads_a_name_ending_in_wan_at_the_title_start() {
        assert_eq!(
            title("溧湾区2015年国民经济和社会发展统计公报"),
            Some("溧湾区".into()),
            "should read 溧湾区"
        );
    }
}
