//! Traditional characters, for matching keywords: a report quoted by a Hong
//! Kong or Macao paper writes 「關於深圳市坪山區2020年國民經濟和社會發展計劃
//! 執行情況與2021年計劃草案的報告」, a Taiwanese portal 發布時間 and 來源.
//!
//! [`simplify`] maps the traditional form of the characters that the
//! keyword tables of [`crate::meta`] and [`crate::chrome`] use to the
//! simplified form those tables are written in, one code point to one, so
//! that [`word_at`] can compare a simplified keyword with either script.
//! Text that is returned (titles, names) is always the original.
//!
//! The table ([`HANT`]) is data, sorted by the traditional code point.

use crate::text::{is_blank, is_line_break, is_space, Source};

/// (traditional, simplified), sorted by the traditional code point.
const HANT: &[(char, char)] = &[
    ('並', '并'),
    ('乾', '干'),
    ('亞', '亚'),
    ('來', '来'),
    ('係', '系'),
    ('個', '个'),
    ('倫', '伦'),
    ('偉', '伟'),
    ('傳', '传'),
    ('僅', '仅'),
    ('價', '价'),
    ('億', '亿'),
    ('優', '优'),
    ('內', '内'),
    ('兩', '两'),
    ('創', '创'),
    ('劃', '划'),
    ('動', '动'),
    ('務', '务'),
    ('區', '区'),
    ('協', '协'),
    ('參', '参'),
    ('員', '员'),
    ('問', '问'),
    ('單', '单'),
    ('嚴', '严'),
    ('國', '国'),
    ('圍', '围'),
    ('園', '园'),
    ('圖', '图'),
    ('團', '团'),
    ('執', '执'),
    ('堅', '坚'),
    ('報', '报'),
    ('場', '场'),
    ('壓', '压'),
    ('壯', '壮'),
    ('夠', '够'),
    ('學', '学'),
    ('實', '实'),
    ('寧', '宁'),
    ('審', '审'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('導', '导'),
    ('屆', '届'),
    ('島', '岛'),
    ('崗', '岗'),
    ('帶', '带'),
    ('幣', '币'),
    ('廣', '广'),
    ('廳', '厅'),
    ('張', '张'),
    ('強', '强'),
    ('從', '从'),
    ('復', '复'),
    ('態', '态'),
    ('應', '应'),
    ('戰', '战'),
    ('擊', '击'),
    ('擴', '扩'),
    ('數', '数'),
    ('於', '于'),
    ('時', '时'),
    ('書', '书'),
    ('會', '会'),
    ('東', '东'),
    ('條', '条'),
    ('業', '业'),
    ('構', '构'),
    ('標', '标'),
    ('機', '机'),
    ('檢', '检'),
    ('權', '权'),
    ('歲', '岁'),
    ('歷', '历'),
    ('歸', '归'),
    ('氣', '气'),
    ('決', '决'),
    ('況', '况'),
    ('淨', '净'),
    ('減', '减'),
    ('濟', '济'),
    ('灣', '湾'),
    ('無', '无'),
    ('爭', '争'),
    ('獲', '获'),
    ('環', '环'),
    ('產', '产'),
    ('畫', '画'),
    ('當', '当'),
    ('發', '发'),
    ('盡', '尽'),
    ('監', '监'),
    ('確', '确'),
    ('碼', '码'),
    ('積', '积'),
    ('穩', '稳'),
    ('節', '节'),
    ('範', '范'),
    ('築', '筑'),
    ('粵', '粤'),
    ('紀', '纪'),
    ('約', '约'),
    ('純', '纯'),
    ('細', '细'),
    ('組', '组'),
    ('結', '结'),
    ('絕', '绝'),
    ('統', '统'),
    ('經', '经'),
    ('綜', '综'),
    ('綠', '绿'),
    ('維', '维'),
    ('網', '网'),
    ('編', '编'),
    ('縣', '县'),
    ('總', '总'),
    ('績', '绩'),
    ('織', '织'),
    ('續', '续'),
    ('義', '义'),
    ('習', '习'),
    ('聯', '联'),
    ('職', '职'),
    ('與', '与'),
    ('興', '兴'),
    ('舉', '举'),
    ('華', '华'),
    ('萬', '万'),
    ('處', '处'),
    ('號', '号'),
    ('術', '术'),
    ('衛', '卫'),
    ('補', '补'),
    ('製', '制'),
    ('見', '见'),
    ('規', '规'),
    ('視', '视'),
    ('覽', '览'),
    ('訂', '订'),
    ('計', '计'),
    ('記', '记'),
    ('設', '设'),
    ('許', '许'),
    ('評', '评'),
    ('試', '试'),
    ('詳', '详'),
    ('認', '认'),
    ('說', '说'),
    ('調', '调'),
    ('談', '谈'),
    ('請', '请'),
    ('論', '论'),
    ('證', '证'),
    ('識', '识'),
    ('議', '议'),
    ('護', '护'),
    ('讀', '读'),
    ('變', '变'),
    ('負', '负'),
    ('財', '财'),
    ('責', '责'),
    ('貴', '贵'),
    ('貸', '贷'),
    ('費', '费'),
    ('貿', '贸'),
    ('資', '资'),
    ('質', '质'),
    ('購', '购'),
    ('輔', '辅'),
    ('輯', '辑'),
    ('輸', '输'),
    ('轉', '转'),
    ('辦', '办'),
    ('農', '农'),
    ('這', '这'),
    ('進', '进'),
    ('運', '运'),
    ('過', '过'),
    ('達', '达'),
    ('違', '违'),
    ('選', '选'),
    ('遺', '遗'),
    ('邊', '边'),
    ('鄉', '乡'),
    ('鄭', '郑'),
    ('醫', '医'),
    ('釋', '释'),
    ('針', '针'),
    ('銀', '银'),
    ('銷', '销'),
    ('鎮', '镇'),
    ('長', '长'),
    ('門', '门'),
    ('開', '开'),
    ('間', '间'),
    ('閱', '阅'),
    ('關', '关'),
    ('陽', '阳'),
    ('隊', '队'),
    ('際', '际'),
    ('隨', '随'),
    ('險', '险'),
    ('雙', '双'),
    ('離', '离'),
    ('電', '电'),
    ('頁', '页'),
    ('項', '项'),
    ('預', '预'),
    ('領', '领'),
    ('頭', '头'),
    ('題', '题'),
    ('額', '额'),
    ('類', '类'),
    ('顯', '显'),
    ('風', '风'),
    ('體', '体'),
    ('點', '点'),
    ('黨', '党'),
    ('齊', '齐'),
    ('龍', '龙'),
];

/// First and last code point the bitmap covers (CJK Unified Ideographs).
const BITMAP_FIRST: u32 = 0x4E00;
const BITMAP_LAST: u32 = 0x9FFF;

/// One bit per code point of `BITMAP_FIRST..=BITMAP_LAST`: set where the
/// table has a traditional form, so that [`simplify`] skips the search for
/// every other character.
static TRADITIONAL: [u64; ((BITMAP_LAST - BITMAP_FIRST) / 64 + 1) as usize] = {
    let mut bits = [0u64; ((BITMAP_LAST - BITMAP_FIRST) / 64 + 1) as usize];
    let mut k = 0;
    while k < HANT.len() {
        let c = HANT[k].0 as u32;
        if c >= BITMAP_FIRST && c <= BITMAP_LAST {
            let n = c - BITMAP_FIRST;
            bits[(n / 64) as usize] |= 1 << (n % 64);
        }
        k += 1;
    }
    bits
};

/// The first character of `s` ('\0' for an empty string), at compile time.
pub(crate) const fn first_char(s: &str) -> char {
    let b = s.as_bytes();
    if b.is_empty() {
        return '\0';
    }
    let (len, init) = match b[0] {
        0x00..=0x7F => (1, b[0] as u32),
        0xC0..=0xDF => (2, (b[0] & 0x1F) as u32),
        0xE0..=0xEF => (3, (b[0] & 0x0F) as u32),
        _ => (4, (b[0] & 0x07) as u32),
    };
    let mut code = init;
    let mut k = 1;
    while k < len && k < b.len() {
        code = (code << 6) | (b[k] & 0x3F) as u32;
        k += 1;
    }
    match char::from_u32(code) {
        Some(c) => c,
        None => '\0',
    }
}

/// The simplified form of `c` if the table has it, else `c`.
#[inline]
pub(crate) fn simplify(c: char) -> char {
    let u = c as u32;
    if !(BITMAP_FIRST..=BITMAP_LAST).contains(&u) {
        return c;
    }
    let n = u - BITMAP_FIRST;
    if TRADITIONAL[(n / 64) as usize] & (1 << (n % 64)) == 0 {
        return c;
    }
    match HANT.binary_search_by(|&(t, _)| t.cmp(&c)) {
        Ok(i) => HANT[i].1,
        Err(_) => c,
    }
}

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
        let mut c = simplify(source.at(i));
        if c != w && k > 0 && is_blank(c) {
            i = skip_wrap(source, i, end)?;
            c = simplify(source.at(i));
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
        if i <= start || simplify(source.at(i - 1)) != w {
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
        if i >= end || simplify(source.at(i)) != w {
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
    let first = simplify(source.at(at));
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
    (start..end)
        .find(|&i| simplify(source.at(i)) == first && word_at(source, i, end, word).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted() {
        let mut sorted = HANT.to_vec();
        sorted.sort_by_key(|p| p.0);
        sorted.dedup_by_key(|p| p.0);
        let mut table = HANT.to_vec();
        table.dedup_by_key(|p| p.0);
        assert_eq!(
            table, sorted,
            "should keep the table sorted by the traditional form"
        );
    }

    #[test]
    fn simplifies_every_table_entry() {
        for &(t, simple) in HANT {
            assert_eq!(simplify(t), simple, "should simplify {t}");
        }
        assert_eq!(simplify('区'), '区', "should keep a simplified character");
        assert_eq!(
            first_char("发布时间"),
            '发',
            "should decode the first character"
        );
        assert_eq!(first_char(""), '\0', "should give NUL for an empty string");
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
