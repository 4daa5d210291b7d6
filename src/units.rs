//! Units, measure words, scales, approximators and non-quantity words:
//! data for [`crate::quantity`], kept apart from the matching code.
//!
//! Every table is matched on *folded* text (see [`crate::text`]): full-width
//! forms are already ASCII and traditional characters already simplified
//! (億 項 戶 噸 …), so the tables are written in simplified characters
//! only. Tables that are matched longest-first say so; the matcher does not
//! sort them.

use crate::document::QuantityKind;
use crate::text::CharFilter;
use QuantityKind::{Count, Money, Multiple, Other, Percent, Points};

/// A unit or measure word that can follow a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Unit {
    /// As written (folded).
    pub text: &'static str,
    /// The normalised unit reported in `Quantity.unit`.
    pub unit: &'static str,
    pub kind: QuantityKind,
    /// Which numerals it follows.
    pub after: After,
    /// Multiplier from the stated number to the reported value (八成 → 80 %).
    pub factor: f64,
    /// The first character of `text`, for a quick look-up.
    pub first: char,
    /// The second character of `text` (`'\0'` for one character): most
    /// units that share a first character differ here (个百分点, 个月, 个).
    pub second: char,
}

pub(crate) use crate::hant::first_char;
use crate::hant::{char_at, utf8_len};

/// The second character of `text` (`'\0'` if none), usable in constants.
pub(crate) const fn second_char(text: &str) -> char {
    match text.as_bytes().first() {
        None => '\0',
        Some(&lead) => char_at(text.as_bytes(), utf8_len(lead)),
    }
}

/// The last character of `text` (`'\0'` if empty), usable in constants.
pub(crate) const fn last_char(text: &str) -> char {
    let b = text.as_bytes();
    if b.is_empty() {
        return '\0';
    }
    let mut k = b.len() - 1;
    while k > 0 && b[k] & 0xC0 == 0x80 {
        k -= 1;
    }
    char_at(b, k)
}

/// A word of a table, with its first character for a quick look-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub text: &'static str,
    pub first: char,
}

/// A [`Word`] from its text, usable in constants.
pub(crate) const fn w(text: &'static str) -> Word {
    Word {
        text,
        first: first_char(text),
    }
}

/// A table of words, with a filter of their first characters: a position
/// whose character opens none of them is passed over with one bit test.
#[derive(Clone, Copy)]
pub(crate) struct Words {
    pub words: &'static [Word],
    pub firsts: CharFilter,
}

/// A [`Words`] table, usable in constants.
pub(crate) const fn words(words: &'static [Word]) -> Words {
    Words {
        words,
        firsts: first_chars(words),
    }
}

/// Which numerals a unit may follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum After {
    /// Arabic and Chinese numerals.
    Any,
    /// Arabic numerals only: after a Chinese numeral the character forms a
    /// word ("三方" parties, "五期" a phase, "十分" very).
    Arabic,
    /// Chinese numerals only ("八成").
    Chinese,
}

const fn unit(text: &'static str, unit: &'static str, kind: QuantityKind) -> Unit {
    Unit {
        text,
        unit,
        kind,
        after: After::Any,
        factor: 1.0,
        first: first_char(text),
        second: second_char(text),
    }
}

const fn arabic(text: &'static str, normal: &'static str, kind: QuantityKind) -> Unit {
    Unit {
        after: After::Arabic,
        ..unit(text, normal, kind)
    }
}

/// Units and measure words, longest first where one is a prefix of another
/// ("个百分点" before "个", "人次" before "人", "吨标准煤" before "吨").
pub(crate) const UNITS: &[Unit] = &[
    // Percent and percentage points (never merged).
    unit("%", "%", Percent),
    unit("个百分点", "个百分点", Points),
    unit("百分点", "个百分点", Points),
    arabic("‰", "‰", Other),
    Unit {
        after: After::Chinese,
        factor: 10.0,
        ..unit("成", "%", Percent)
    },
    // Money: value in the currency's base unit.
    unit("元人民币", "元", Money),
    unit("人民币", "元", Money),
    unit("美元", "美元", Money),
    unit("港元", "港元", Money),
    unit("港币", "港元", Money),
    unit("澳门元", "澳门元", Money),
    unit("欧元", "欧元", Money),
    unit("日元", "日元", Money),
    unit("日圆", "日元", Money),
    unit("英镑", "英镑", Money),
    unit("元", "元", Money),
    // Multiples.
    unit("倍", "倍", Multiple),
    // Durations.
    unit("个工作日", "个工作日", Other),
    unit("工作日", "个工作日", Other),
    unit("个自然日", "天", Other),
    unit("个小时", "小时", Other),
    unit("小时", "小时", Other),
    unit("分钟", "分钟", Other),
    arabic("秒", "秒", Other),
    // A score: "获得92.3分" (after Arabic digits only: 十分 is "very").
    arabic("分", "分", Other),
    unit("个多月", "个月", Other),
    unit("个月", "个月", Other),
    unit("个季度", "个季度", Other),
    unit("个星期", "周", Other),
    unit("周岁", "岁", Other),
    unit("周", "周", Other),
    unit("天", "天", Other),
    unit("岁", "岁", Other),
    // Area.
    unit("平方公里", "平方公里", Other),
    unit("平方千米", "平方公里", Other),
    unit("平方米", "平方米", Other),
    unit("平米", "平方米", Other),
    unit("㎡", "平方米", Other),
    unit("公顷", "公顷", Other),
    unit("亩", "亩", Other),
    // Length.
    unit("公里", "公里", Other),
    unit("千米", "公里", Other),
    unit("㎞", "公里", Other),
    unit("厘米", "厘米", Other),
    unit("毫米", "毫米", Other),
    arabic("米", "米", Other),
    // Weight.
    unit("吨标准煤", "吨标准煤", Other),
    unit("吨标煤", "吨标准煤", Other),
    unit("吨", "吨", Other),
    unit("千克", "千克", Other),
    unit("㎏", "千克", Other),
    unit("公斤", "公斤", Other),
    arabic("斤", "斤", Other),
    unit("微克", "微克", Other),
    arabic("克", "克", Other),
    // Volume.
    unit("立方米", "立方米", Other),
    arabic("方", "立方米", Other),
    // Energy and power.
    unit("千瓦时", "千瓦时", Other),
    unit("千瓦", "千瓦", Other),
    unit("兆瓦", "兆瓦", Other),
    unit("吉瓦", "吉瓦", Other),
    unit("千伏安", "千伏安", Other),
    unit("千伏", "千伏", Other),
    arabic("度", "度", Other),
    unit("摄氏度", "℃", Other),
    unit("℃", "℃", Other),
    // Containers.
    unit("标准箱", "标箱", Other),
    unit("标箱", "标箱", Other),
    // Measure words (counts), compound ones first.
    unit("人次", "人次", Count),
    unit("家次", "家次", Count),
    unit("户次", "户次", Count),
    unit("车次", "车次", Count),
    unit("架次", "架次", Count),
    unit("班次", "班次", Count),
    unit("件次", "件次", Count),
    unit("项次", "项次", Count),
    unit("场次", "场次", Count),
    unit("批次", "批次", Count),
    unit("课时", "课时", Count),
    unit("学时", "学时", Count),
    unit("个", "个", Count),
    unit("家", "家", Count),
    unit("户", "户", Count),
    unit("人", "人", Count),
    unit("名", "名", Count),
    unit("位", "位", Count),
    unit("项", "项", Count),
    unit("件", "件", Count),
    unit("条", "条", Count),
    unit("座", "座", Count),
    unit("所", "所", Count),
    unit("台套", "台套", Count),
    unit("台", "台", Count),
    unit("套", "套", Count),
    unit("辆", "辆", Count),
    unit("艘", "艘", Count),
    unit("架", "架", Count),
    unit("只", "只", Count),
    unit("头", "头", Count),
    arabic("株", "株", Count),
    arabic("棵", "棵", Count),
    unit("次", "次", Count),
    unit("批", "批", Count),
    unit("宗", "宗", Count),
    unit("份", "份", Count),
    unit("篇", "篇", Count),
    unit("部", "部", Count),
    unit("册", "册", Count),
    unit("场", "场", Count),
    unit("起", "起", Count),
    unit("例", "例", Count),
    arabic("期", "期", Count),
    unit("轮", "轮", Count),
    unit("届", "届", Count),
    unit("支", "支", Count),
    unit("处", "处", Count),
    unit("栋", "栋", Count),
    unit("幢", "幢", Count),
    unit("层", "层", Count),
    unit("间", "间", Count),
    unit("块", "块", Count),
    unit("片", "片", Count),
    unit("张", "张", Count),
    unit("门", "门", Count),
    unit("种", "种", Count),
    unit("类", "类", Count),
    unit("款", "款", Count),
    unit("笔", "笔", Count),
    unit("组", "组", Count),
    unit("队", "队", Count),
    unit("节", "节", Count),
    unit("枚", "枚", Count),
    unit("颗", "颗", Count),
    unit("床", "床", Count),
    unit("根", "根", Count),
    unit("盏", "盏", Count),
    unit("羽", "羽", Count),
    arabic("尾", "尾", Count),
    arabic("匹", "匹", Count),
    arabic("口", "口", Count),
    arabic("眼", "眼", Count),
    arabic("趟", "趟", Count),
    arabic("列", "列", Count),
];

/// Indices into [`UNITS`] sorted by first character (stable: the table's
/// longest-first order holds among units with the same first character).
pub(crate) const UNIT_ORDER: [u16; UNITS.len()] = sort_by_first(UNITS);

const fn sort_by_first<const N: usize>(units: &[Unit]) -> [u16; N] {
    let mut order = [0u16; N];
    let mut i = 0;
    while i < N {
        order[i] = i as u16;
        i += 1;
    }
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0
            && units[order[j - 1] as usize].first as u32 > units[order[j] as usize].first as u32
        {
            let t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    order
}

/// The units whose text starts with `c`, longest first.
pub(crate) fn units_starting_with(c: char) -> impl Iterator<Item = &'static Unit> {
    let from = UNIT_ORDER.partition_point(|&k| (UNITS[k as usize].first as u32) < c as u32);
    UNIT_ORDER[from..]
        .iter()
        .map(|&k| &UNITS[k as usize])
        .take_while(move |u| u.first == c)
}

/// Latin-letter units after an Arabic number ("110kV", "50MW", "2.3km²").
/// Any other letters straight after a number make it an identifier (5G,
/// 4K, 3D, 5A级).
pub(crate) const LATIN_UNITS: &[(&str, &str)] = &[
    ("km²", "平方公里"),
    ("km2", "平方公里"),
    ("km", "公里"),
    ("kg", "千克"),
    ("kWh", "千瓦时"),
    ("kwh", "千瓦时"),
    ("kW", "千瓦"),
    ("kw", "千瓦"),
    ("kV", "千伏"),
    ("kv", "千伏"),
    ("kVA", "千伏安"),
    ("MWh", "兆瓦时"),
    ("MW", "兆瓦"),
    ("GWh", "吉瓦时"),
    ("GW", "吉瓦"),
    ("TEU", "标箱"),
    ("m²", "平方米"),
    ("m2", "平方米"),
    ("m³", "立方米"),
    ("m3", "立方米"),
    ("mm", "毫米"),
    ("cm", "厘米"),
    ("m", "米"),
    ("t", "吨"),
];

/// Words after N次 that make it a numbered session: "五次全会", "六届五次党代会".
pub(crate) const SESSIONS: &Words = &words(&[
    w("全会"),
    w("全体会"),
    w("全体会议"),
    w("党代会"),
    w("人代会"),
]);

/// Words after N次 that make it a session when [`SESSION_HOSTS`] stands
/// before the number: "人大五次会议", "政协三次会议".
pub(crate) const MEETINGS: &Words = &words(&[w("会议"), w("会")]);

/// Characters before N次会议 that name the body holding the session.
pub(crate) const SESSION_HOSTS: &str = "大协协届届委";

/// Words after a number that make it no quantity, although they begin with
/// a unit: "建党100周年", "三分之一", "三次产业", "3个体户".
pub(crate) const NOT_UNITS: &Words = &words(&[
    w("周年"),
    w("分之"),
    w("次产业"),
    w("个体"),
    w("名单"),
    w("条件"),
    w("元素"),
    w("元年"),
    w("元旦"),
    w("期间"),
    w("家庭"),
    w("家长"),
    w("家属"),
    w("起步"),
    w("起点"),
    w("起草"),
    w("起来"),
    w("只有"),
    w("只要"),
    w("只能"),
    w("例如"),
    w("位置"),
    w("位于"),
    w("人民群众"),
    w("方面"),
    w("方案"),
    w("方式"),
    w("方向"),
    w("方法"),
    w("方位"),
    w("级"),
    w("位数"),
]);

/// Units after "/" that are times: "吨/日", "人次/年".
pub(crate) const PER_TIMES: &Words = &words(&[w("日"), w("天"), w("年"), w("月")]);

/// Approximators written before a number, longest first, with the
/// characters that must not stand before them (附近 is "nearby", 赶超
/// "catch up", 节约 "save").
pub(crate) const APPROX_BEFORE: &[(&str, &str)] = &[
    ("大约", ""),
    ("将近", ""),
    ("将近", ""),
    ("接近", ""),
    ("超过", ""),
    ("超过", ""),
    ("约", "节制签合契预公条大"),
    ("约", "节制签合契预公条大"),
    ("近", "附最邻邻靠临临就亲亲将将接晚"),
    ("超", "赶赶高"),
    ("逾", ""),
];

/// Before a bare scale only: "上千家", "上万人".
/// With the characters that must not stand before them (以上千元 is 以上
/// then 千元; 线上千场 is online).
pub(crate) const APPROX_BEFORE_BARE: &[(&str, &str)] = &[
    ("上", "以之线线网网马马向往晚早加"),
    ("突破", ""),
    ("破", "突打"),
];

/// The last characters of [`APPROX_BEFORE`] and [`APPROX_BEFORE_BARE`]: a
/// number after any other character has no approximator before it.
pub(crate) const APPROX_BEFORE_LASTS: CharFilter = with_last_chars(
    with_last_chars(CharFilter::new(&[]), APPROX_BEFORE),
    APPROX_BEFORE_BARE,
);

/// `filter` with the last characters of the words of `table`, usable in
/// constants.
const fn with_last_chars(mut filter: CharFilter, table: &[(&str, &str)]) -> CharFilter {
    let mut k = 0;
    while k < table.len() {
        filter = filter.with(&[last_char(table[k].0)]);
        k += 1;
    }
    filter
}

/// Approximators between a number and its scale or unit: "40余项",
/// "3000多万元", "一万余家".
pub(crate) const APPROX_INNER: &Words = &words(&[w("余"), w("多")]);

/// Approximators after a quantity, longest first.
pub(crate) const APPROX_AFTER: &Words =
    &words(&[w("左右"), w("以上"), w("以下"), w("以内"), w("之内")]);

/// Range connectors between two numbers ("10-30亿元", "5%—5.5%", "3至5个").
pub(crate) const RANGE_DASHES: &[char] = &['-', '—', '–', '~', '〜', '至', '到'];

/// Separators of a list of bare numbers that share the last one's unit
/// ("65、45、80个工作日").
pub(crate) const LIST_SEPARATORS: &[char] = &['、', '和', '及', '与', '或'];

/// Words before 第N that make it a rank ("全市第二", "排名第一",
/// "位居全省第3"), longest first.
pub(crate) const RANK_CONTEXT: &[&str] = &[
    "全国同类城市",
    "全国同类城市",
    "全国同类",
    "全国同类",
    "同行业",
    "全行业",
    "全国",
    "全国",
    "全省",
    "全市",
    "全区",
    "全区",
    "全县",
    "全县",
    "全州",
    "全盟",
    "全旗",
    "全球",
    "世界",
    "国内",
    "国内",
    "省内",
    "省内",
    "市内",
    "市内",
    "区内",
    "区内",
    "各区",
    "各区",
    "同类",
    "同类",
    "行业",
    "排名",
    "排行",
    "排位",
    "位居",
    "位列",
    "名列",
    "跃居",
    "跃居",
    "跃升至",
    "跃升",
    "升至",
    "稳居",
    "稳居",
    "居",
    "列",
    "排",
];

/// The last characters of [`RANK_CONTEXT`].
pub(crate) const RANK_CONTEXT_LASTS: CharFilter = {
    let mut filter = CharFilter::new(&[]);
    let mut k = 0;
    while k < RANK_CONTEXT.len() {
        filter = filter.with(&[last_char(RANK_CONTEXT[k])]);
        k += 1;
    }
    filter
};

/// Characters after 第N that still allow a rank (besides non-Han
/// characters): "全市第一的", "全市第一和全省第二".
pub(crate) const RANK_FOLLOWERS: &[char] = &['的', '和', '与', '及', '并', '且', '、'];

/// Characters before 前 that make it part of a word (目前, 提前, 之前,
/// 年前, 月底前 …), not "the top N".
pub(crate) const FRONT_BLOCKERS: &str =
    "目提此之以当当空面眼事超年月日底节节会会赛赛门门跟向往史战战从从生午期季周周线线工产产考婚学学睡饭饭餐临临课课班前上台幕阵阵胸额额";

/// Words after 前N that make it a period, not a rank ("前三季度", "前10个月").
pub(crate) const FRONT_TIME: &Words = &words(&[
    w("个季度"),
    w("个月"),
    w("个多月"),
    w("季度"),
    w("季"),
    w("月"),
    w("年"),
    w("天"),
    w("日"),
    w("周"),
    w("小时"),
    w("批"),
    w("轮"),
    w("次"),
    w("届"),
    w("期"),
    w("阶段"),
    w("个"),
    w("位"),
]);

/// Percentage points after 前N: "前10个百分点" is a share, not a rank.
pub(crate) const POINTS: &Words = &words(&[w("个百分点")]);

/// Rank words after 前N or 第N: "前三名", "第3名", "第二位".
pub(crate) const RANK_WORDS: &[char] = &['名', '位', '强'];

/// Characters that may not open the noun of an "N大Y" count: 大 then forms
/// another word (大幅, 大量, 大学, 大会, 大湾区 …).
pub(crate) const BIG_STOPS: &str =
    "于于约约幅量力批部多型中小的了和与与及等以为为在是增减减提降超突规规致概都家众众学学会会道厦厦桥桥街楼楼队队赛赛典战战局湾湾运运连连庆庆同理兴兴鹏鹏埔岭岭山河江关关门门院气气";

/// Characters that end the noun of an "N大Y" count.
pub(crate) const BIG_NOUN_ENDS: &str = "的和与及等为是中上在之以并将";

/// Longest noun of an "N大Y" count, in code points.
pub(crate) const BIG_NOUN_MAX: usize = 4;

/// Words opening with a numeral and a measure word that are names or
/// slogans, not quantities.
pub(crate) const NOT_QUANTITIES: &Words = &words(&[
    w("八项规定"),
    w("四个意识"),
    w("四个自信"),
    w("四个全面"),
    w("四个革命"),
    w("四个最严"),
    w("两个维护"),
    w("两个确立"),
    w("两个确立"),
    w("两个毫不动摇"),
    w("两个大局"),
    w("两个务必"),
    w("三个务必"),
    w("三个代表"),
    w("五位一体"),
    w("四处"),
    w("七台河"),
    w("五台山"),
    w("五台县"),
    w("三门峡"),
    w("三元里"),
    w("十万火急"),
]);

/// Words before a bare scaled number (no unit) that make it money:
/// "投资超10亿", "营业收入突破1000亿".
pub(crate) const MONEY_CONTEXT: &Words = &words(&[
    w("投资"),
    w("资金"),
    w("资金"),
    w("收入"),
    w("产值"),
    w("产值"),
    w("总值"),
    w("总值"),
    w("总额"),
    w("总额"),
    w("营收"),
    w("营收"),
    w("销售"),
    w("销售"),
    w("税收"),
    w("税收"),
    w("金额"),
    w("金额"),
    w("规模"),
    w("增加值"),
    w("融资"),
    w("融资"),
    w("基金"),
    w("财政"),
    w("预算"),
    w("预算"),
    w("支出"),
    w("贷款"),
    w("贷款"),
    w("存款"),
    w("成交"),
    w("营业额"),
    w("利润"),
    w("利润"),
    w("补贴"),
    w("补贴"),
    w("奖励"),
    w("奖励"),
    w("扶持"),
    w("出口"),
    w("进口"),
    w("进出口"),
    w("GDP"),
]);

/// How far back (code points) [`MONEY_CONTEXT`] is looked for.
pub(crate) const MONEY_CONTEXT_WINDOW: usize = 12;

/// A filter of the first characters of `words`, usable in constants.
const fn first_chars(words: &[Word]) -> CharFilter {
    let mut filter = CharFilter::new(&[]);
    let mut k = 0;
    while k < words.len() {
        filter = filter.with(&[words[k].first]);
        k += 1;
    }
    filter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_first_and_last_characters() {
        assert_eq!(
            first_char("超过"),
            '超',
            "should decode a Han first character"
        );
        assert_eq!(
            last_char("超过"),
            '过',
            "should decode a Han last character"
        );
        assert_eq!(
            last_char("km²"),
            '²',
            "should decode a two-byte last character"
        );
        assert_eq!(
            last_char("GDP"),
            'P',
            "should decode an ASCII last character"
        );
        assert_eq!(last_char(""), '\0', "should give NUL for an empty word");
    }

    #[test]
    fn filters_the_last_characters_of_approximators() {
        for &(word, _) in APPROX_BEFORE.iter().chain(APPROX_BEFORE_BARE) {
            assert!(
                APPROX_BEFORE_LASTS.may_contain(last_char(word)),
                "should let {word} through"
            );
        }
    }

    #[test]
    fn decodes_second_characters() {
        assert_eq!(
            second_char("个百分点"),
            '百',
            "should decode a Han second character"
        );
        assert_eq!(
            second_char("个"),
            '\0',
            "should give NUL after one character"
        );
        assert_eq!(
            second_char("km²"),
            'm',
            "should decode after an ASCII first"
        );
        assert_eq!(
            second_char("㎡x"),
            'x',
            "should decode after a three-byte first"
        );
    }

    #[test]
    fn filters_the_last_characters_of_rank_contexts() {
        for word in RANK_CONTEXT {
            assert!(
                RANK_CONTEXT_LASTS.may_contain(last_char(word)),
                "should let {word} through"
            );
        }
    }

    #[test]
    fn filters_the_first_characters_of_words() {
        let filter = first_chars(&[w("投资"), w("GDP")]);
        assert!(
            filter.may_contain('投'),
            "should hold a Han first character"
        );
        assert!(
            filter.may_contain('G'),
            "should hold an ASCII first character"
        );
        assert!(
            !filter.may_contain('D'),
            "should not hold a later character"
        );
    }

    #[test]
    fn finds_every_unit_by_its_first_character() {
        for u in UNITS {
            assert!(
                units_starting_with(u.first).any(|v| v.text == u.text),
                "should find {} by its first character",
                u.text
            );
        }
    }

    #[test]
    fn lists_longer_units_before_their_prefixes() {
        for (i, a) in UNITS.iter().enumerate() {
            for b in &UNITS[i + 1..] {
                assert!(
                    !(b.text.starts_with(a.text) && b.text != a.text),
                    "should list {} before its prefix {}",
                    b.text,
                    a.text
                );
            }
        }
    }

    #[test]
    fn lists_longer_words_before_their_prefixes() {
        let tables: [&[Word]; 4] = [
            NOT_UNITS.words,
            APPROX_AFTER.words,
            FRONT_TIME.words,
            NOT_QUANTITIES.words,
        ];
        for table in tables {
            for (i, a) in table.iter().enumerate() {
                for b in &table[i + 1..] {
                    assert!(
                        !(b.text.starts_with(a.text) && b.text != a.text),
                        "should list {} before its prefix {}",
                        b.text,
                        a.text
                    );
                }
            }
        }
    }

    #[test]
    fn reads_first_characters_in_constants() {
        assert_eq!(
            first_char("亿元"),
            '亿',
            "should decode a three-byte character"
        );
        assert_eq!(first_char("%"), '%', "should decode ASCII");
        assert_eq!(first_char("‰"), '‰', "should decode a three-byte symbol");
        assert_eq!(first_char(""), '\0', "should give NUL for an empty word");
    }
}
