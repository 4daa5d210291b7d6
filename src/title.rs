//! Run-in titles: where a numbered title with no closing 。 stops and its
//! body starts.
//!
//! # Grammar
//!
//! ```text
//! run-in  = title body                     ; no punctuation between them
//! title   = subject predicate               ; "各类英才量质齐升"  (SP: ends in a predicate)
//!         | verb object                     ; "擦亮低碳招牌"      (VO: starts with a verb)
//!         | topic                           ; "2022年主要指标完成情况" (levels 1–2)
//! body    = opener …                        ; "深入实施…", "通过城市更新…", "2020年,全区…"
//! ```
//!
//! Examples (the cut is `|`):
//!
//! ```text
//! 5.各类英才量质齐升|深入实施“龙岗人才加速计划”,…     title-final 齐升, opener 深入
//! 26.“美丽龙岗”加快推进|零碳公园、三联郊野公园…       title-final 加快推进 (SP needs it)
//! 22.加大环境综合治理力度|加快推进平湖辅城坳…         VO title, opener 加快推进
//! 一、2022年主要指标完成情况|受中美贸易摩擦…          (a report flattened onto one line)
//! (一)挑战与风险|从国际看,全球疫情…
//! ```
//!
//! The method is general: every position in the first sentence is a
//! candidate cut, scored by
//!
//! - lexicons (data, below): words that end titles ([`PREDICATE_FINAL`],
//!   [`NOUN_FINAL`]),
//!   words that open bodies ([`BODY_OPEN`]), verbs that open VO titles
//!   ([`VERB_START`]), characters that cannot end a title or open a body;
//! - what the same document teaches ([`Learned`]): the last two characters
//!   of its well-formed titles (those closed by 。 or standing alone), the
//!   first two of the bodies after them, and their lengths per level;
//! - shape: a subject–predicate title must end in a predicate, a title
//!   has a plausible length, no cut falls inside quotes, brackets or a
//!   number, a space that a flattened line break left is a boundary.
//!
//! The best cut wins if it scores at least [`THRESHOLD`].

use crate::text::{is_blank, is_han, is_space, CharSet, KeyRanges, Source};

// ---------------------------------------------------------------------------
// Data: lexicons. Weights are 1 (weak) to 3 (strong).
// ---------------------------------------------------------------------------

/// Predicates that end subject–predicate titles ("…量质齐升", "…迈上新台阶").
#[rustfmt::skip]
pub(crate) const PREDICATE_FINAL: &[(&str, u8)] = &[
    ("齐升", 3), ("成效", 2), ("卓有成效", 3), ("成效显著", 3), ("成效明显", 3), ("台阶", 2), ("新台阶", 3), ("新突破", 3),
    ("新进展", 3), ("新成效", 3), ("新成绩", 3), ("新局面", 3), ("新高", 2), ("新水平", 2), ("新跨越", 3), ("新篇章", 2),
    ("提升", 2), ("有效", 2), ("有力", 2), ("有序", 2), ("扎实", 2), ("加快", 2), ("加速", 2), ("提速", 2),
    ("推进", 2), ("加快推进", 3), ("有序推进", 3), ("扎实开展", 3), ("深入开展", 3), ("全面开展", 3), ("有序开展", 3), ("稳步推进", 3), ("深入推进", 3), ("扎实推进", 3), ("全面推进", 3),
    ("持续推进", 3), ("加速推进", 3), ("实施", 2), ("稳步实施", 3), ("深化", 2), ("优化", 2), ("完善", 2), ("增强", 2),
    ("提高", 2), ("突破", 2), ("进展", 2), ("显著", 2), ("明显", 2), ("向好", 3), ("稳中向好", 3), ("稳中有进", 3),
    ("稳定", 1), ("增长", 2), ("发展", 1), ("落实", 2), ("落地", 2), ("见效", 3), ("显现", 2), ("凸显", 2),
    ("彰显", 2), ("巩固", 2), ("扩大", 1), ("壮大", 2), ("集聚", 2), ("释放", 2), ("夯实", 2), ("筑牢", 2),
    ("到位", 2), ("健全", 2), ("持续", 1), ("加强", 2), ("改善", 2), ("升级", 2), ("转型", 1), ("提质", 2),
    ("增效", 2), ("提效", 2), ("提质增效", 3), ("扩面", 2), ("开局", 2), ("起步", 2), ("领先", 2), ("前列", 2),
    ("纷呈", 3), ("亮眼", 3), ("良好", 2), ("平稳", 2), ("回升", 2), ("企稳", 2), ("攀升", 2), ("跃升", 2),
    ("迸发", 3), ("活跃", 2), ("浓厚", 2), ("厚植", 2), ("美化", 2), ("建成", 2), ("投用", 2), ("开通", 2),
    ("完成", 1), ("达标", 2), ("覆盖", 1), ("深入", 2), ("织密", 2), ("拓展", 2), ("丰富", 2), ("便捷", 2),
    ("畅通", 2), ("高效", 2), ("规范", 1), ("兜牢", 2), ("守牢", 2), ("呈现", 2), ("加大", 2), ("翻番", 3),
    ("倍增", 2), ("开花", 3), ("多点开花", 3), ("人心", 2), ("走深走实", 3), ("更加", 1), ("更实", 2), ("更牢", 2),
    ("更优", 2), ("更强", 2), ("更好", 2), ("更高", 2), ("加快发展", 3), ("快速发展", 3), ("健康发展", 3), ("融合发展", 2),
    ("高质量发展", 2), ("蓬勃发展", 3), ("全面发展", 3), ("稳步发展", 3), ("持续发展", 2), ("较快发展", 3), ("长足发展", 3), ("长足进步", 3), ("协调发展", 2), ("均衡发展", 2), ("绿色发展", 1), ("繁荣发展", 3), ("持续发力", 3), ("发力", 2), ("增长极", 1), ("取得成效", 3),
    ("取得进展", 3), ("不断深化", 3), ("持续深化", 3), ("持续优化", 3), ("不断优化", 3), ("继续优化", 3), ("持续提升", 3),
    ("稳步提升", 3), ("有效提升", 3), ("全面提升", 3), ("显著提升", 3), ("大幅提升", 3), ("加快提升", 3), ("持续向好", 3),
    ("持续改善", 3), ("持续增强", 3), ("显著增强", 3), ("不断增强", 3), ("持续强化", 3), ("不断完善", 3), ("逐步完善", 3),
    ("日益完善", 3), ("加快建设", 2), ("加快布局", 3), ("加速构建", 3), ("加快构建", 2), ("有力推进", 3), ("扎实有效", 3),
    ("成果丰硕", 3), ("量质齐升", 3), ("稳中有升", 3), ("稳步增长", 3), ("较快增长", 3), ("保持稳定", 3), ("大幅改善", 3),
    ("明显改善", 3), ("全面加强", 3), ("有力有效", 3), ("取得突破", 3), ("实现突破", 3), ("再创新高", 3), ("再上新台阶", 3),
    ("迈上新台阶", 3), ("运作", 2), ("运行", 2), ("运营", 2), ("封关", 2), ("挂牌", 2), ("揭牌", 2), ("获批", 2),
    ("投产", 2), ("竣工", 2), ("开工", 2), ("启用", 2), ("上线", 2),
];

/// Head nouns that end topic and verb–object titles ("…完成情况",
/// "…存在的问题", "…总体思路", "擦亮低碳招牌").
#[rustfmt::skip]
pub(crate) const NOUN_FINAL: &[(&str, u8)] = &[
    ("情况", 3), ("问题", 3), ("目标", 3), ("任务", 2), ("要求", 3), ("思路", 3), ("安排", 3), ("工作", 2),
    ("成绩", 2), ("环境", 2), ("形势", 2), ("因素", 3), ("风险", 2), ("挑战", 2), ("措施", 2), ("建议", 2),
    ("总结", 3), ("回顾", 3), ("展望", 3), ("特点", 3), ("分析", 3), ("指标", 1), ("重点", 2), ("方向", 2),
    ("原则", 2), ("主线", 2), ("体系", 2), ("机制", 2), ("能力", 2), ("水平", 2), ("质量", 1), ("效益", 2),
    ("效能", 2), ("活力", 2), ("动力", 2), ("动能", 2), ("潜能", 2), ("潜力", 2), ("优势", 2), ("格局", 2),
    ("布局", 2), ("品质", 2), ("功能", 1), ("能级", 2), ("底线", 2), ("防线", 2), ("生命线", 2), ("高地", 2),
    ("样板", 2), ("样本", 2), ("范例", 2), ("建设", 1), ("改革", 1), ("开放", 1), ("合作", 1), ("服务", 1),
    ("保障", 1), ("治理", 1), ("管理", 1), ("攻坚", 2), ("行动", 2), ("工程", 1), ("战略", 2), ("政策", 1),
    ("创新", 1), ("产业", 1), ("民生", 2), ("福祉", 2), ("福利", 1), ("生态", 1), ("安全", 1), ("力度", 2),
    ("步伐", 2), ("进程", 1), ("基础", 1), ("支撑", 1), ("短板", 2), ("招牌", 2), ("名片", 2), ("品牌", 1),
    ("底色", 2), ("融合", 1), ("供给", 1), ("一体化", 1), ("现代化", 1), ("强区", 2), ("强市", 2), ("强县", 2),
    ("之城", 2), ("新征程", 2), ("新格局", 2), ("新动能", 2), ("新优势", 2), ("新活力", 2), ("新面貌", 2), ("新高地", 2),
    ("新样板", 2), ("新需要", 2), ("新需求", 2), ("新引擎", 2), ("获得感", 2), ("幸福感", 2), ("新篇章", 2), ("新实践", 2),
    ("示范区", 1), ("先行区", 1), ("试验区", 1), ("影响", 1), ("振兴", 1), ("攻坚战", 2), ("保卫战", 2),
    // Section heads of statistical bulletins (统计公报).
    ("综合", 2), ("农业", 2), ("工业", 2), ("建筑业", 2), ("服务业", 2), ("投资", 2), ("贸易", 2),
    ("经济", 1), ("旅游", 2), ("邮电", 2), ("交通", 2), ("金融", 2), ("财政", 2), ("科学技术", 2),
    ("体育", 2), ("卫生", 2), ("文化", 1), ("社会保障", 2), ("安全生产", 2), ("人口", 2), ("能源", 2),
    ("房地产", 2), ("运输", 2), ("人民生活", 2), ("就业", 2), ("物价", 2), ("价格", 1), ("收入", 1),
    ("教育", 2), ("科技", 2), ("健康", 1), ("生活", 1), ("社会事业", 2), ("环境保护", 2), ("城乡建设", 2),
];

/// Words that open a body after a run-in title: manner adverbs, verbs of
/// doing, prepositions that open a clause, time and place subjects.
#[rustfmt::skip]
pub(crate) const BODY_OPEN: &[(&str, u8)] = &[
    ("深入", 2), ("全面", 2), ("持续", 2), ("加快", 2), ("加快推进", 3), ("加快推动", 3), ("大力", 2), ("积极", 2),
    ("着力", 2), ("扎实", 2), ("切实", 2), ("不断", 2), ("进一步", 2), ("稳步", 2), ("有序", 1), ("统筹", 2),
    ("强力", 2), ("严格", 2), ("认真", 2), ("主动", 2), ("坚决", 2), ("全力", 2), ("精准", 1), ("充分", 2),
    ("动态", 2), ("率先", 2), ("首次", 2), ("累计", 2), ("先后", 2), ("陆续", 2), ("逐步", 2), ("加速", 1),
    ("高标准", 2), ("纵深", 1), ("依法", 1), ("大幅", 1), ("努力", 2), ("力争", 2), ("争取", 2), ("确保", 2),
    ("推动", 2), ("推进", 2), ("实施", 2), ("完成", 2), ("开展", 2), ("出台", 2), ("制定", 2), ("印发", 2),
    ("建立", 2), ("建成", 2), ("新建", 2), ("新增", 2), ("新引进", 2), ("新认定", 2), ("新培育", 2), ("新开工", 2), ("举办", 2), ("组织", 1), ("召开", 2),
    ("成立", 2), ("启动", 2), ("落实", 2), ("围绕", 2), ("通过", 2), ("依托", 2), ("聚焦", 2), ("坚持", 2),
    ("按照", 2), ("根据", 2), ("面对", 2), ("面临", 1), ("针对", 2), ("对标", 2), ("立足", 2), ("紧扣", 2),
    ("紧紧围绕", 3), ("结合", 1), ("抓好", 2), ("做好", 2), ("办好", 2), ("用好", 2), ("管好", 2), ("加强", 2),
    ("完善", 1), ("优化", 1), ("打造", 2), ("构建", 1), ("培育", 1), ("引进", 2), ("支持", 2), ("鼓励", 2),
    ("引导", 2), ("探索", 2), ("谋划", 2), ("编制", 2), ("修订", 2), ("发布", 2), ("获批", 2), ("获评", 2),
    ("荣获", 2), ("入选", 2), ("实现", 2), ("投入", 1), ("全年", 2), ("年内", 2), ("今年", 2), ("去年", 2),
    ("当年", 2), ("年末", 2), ("上半年", 2), ("前三季度", 2), ("下一步", 2), ("过去", 2), ("年初", 2), ("年底", 2), ("全区", 2), ("全市", 2), ("全县", 2), ("全省", 2), ("全镇", 2), ("全旗", 2), ("我区", 2),
    ("我市", 2), ("我县", 2), ("我省", 2), ("我国", 2), ("本区", 2), ("本市", 2), ("当前", 2), ("目前", 2),
    ("近年来", 3), ("过去一年", 3), ("一年来", 3), ("五年来", 3), ("今年以来", 3), ("截至", 2), ("截止", 2), ("当今", 2),
    ("随着", 2), ("面向", 1), ("经过", 2), ("由于", 2), ("初步核算", 3), ("初步统计", 3), ("据统计", 3), ("经初步核算", 3),
    ("加大", 2), ("强化", 1), ("深化", 2), ("健全", 1), ("推广", 1), ("搭建", 2), ("设立", 2), ("牵头", 2),
    ("配合", 1), ("会同", 2), ("联合", 1), ("承办", 2), ("主办", 2), ("携手", 2), ("受", 1), ("在", 1), ("从", 1),
    ("以", 1), ("为", 1), ("把", 1), ("将", 1), ("对", 1), ("一是", 3), ("首先", 2), ("同时", 2), ("此外", 2),
    ("其中", 2), ("总的来看", 3),
];

/// Verbs (and adverb–verb openers) that start a verb–object title
/// ("加大环境综合治理力度", "擦亮低碳招牌"): such a title may end in a noun.
#[rustfmt::skip]
pub(crate) const VERB_START: &[&str] = &[
    "加快", "加强", "加大", "加速", "推进", "推动", "提升", "提高", "打造", "强化", "深化", "优化", "完善", "实施", "促进", "培育",
    "构建", "建设", "健全", "坚持", "聚焦", "扎实", "全面", "持续", "大力", "积极", "着力", "不断", "扩大", "发挥", "巩固", "夯实",
    "守好", "筑牢", "精准", "深度", "增强", "激发", "发展", "做好", "抓好", "办好", "统筹", "落实", "深入", "狠抓", "擦亮", "倍增",
    "厚植", "搭建", "推广", "稳定", "保障", "防范", "营造", "塑造", "创建", "创新", "深耕", "织密", "编牢", "建立", "拓展", "释放",
    "引进", "支持", "全力", "努力", "高标准", "高质量", "高水平", "蹄疾步稳", "纵深", "锚定", "厚植", "紧抓", "扩内需", "激活", "壮大",
    "补齐", "补强", "提速", "谋深", "做实", "做强", "做优", "做大", "争创", "建好", "管好", "用好", "守住", "兜牢", "防控", "治理",
    "改善", "保护", "推行", "开展", "组织", "举办", "引导", "鼓励", "探索", "完成", "实现", "增进", "满足", "营造", "加紧", "抓实",
    "抓牢", "坚定", "主动", "融入", "服务", "对接", "助力", "聚力", "致力", "蓄力", "加力", "发力", "奋力", "合力", "大抓", "全速",
    "迎难而上", "多措并举",
];

/// Characters a title cannot end with (function words that bind rightward).
const BAD_TITLE_END: &str = "的和与及或对在把将以从向于为并而等是有被之、“《(【「";

/// Characters a body cannot open with (words that bind leftward).
const BAD_BODY_START: &str =
    "的了着之和与及或等性化者们中里内外后间时度率量型式类级个项家所亿万元%、,.;:!?)”》】」";

/// Shortest body (code points) after a cut.
const BODY_MIN: usize = 5;

/// Minimum score for a cut to be taken.
pub(crate) const THRESHOLD: f32 = 2.5;

// ---------------------------------------------------------------------------
// Learning from the document.
// ---------------------------------------------------------------------------

/// What a document's own well-formed titles teach about its run-in ones.
#[derive(Clone, Debug, Default)]
pub(crate) struct Learned {
    /// Last two characters of well-formed titles (sorted by `finish`).
    ends: Vec<[char; 2]>,
    /// First two characters of the bodies after them (sorted by `finish`).
    opens: Vec<[char; 2]>,
    /// Lengths of well-formed titles per level (index = level, 0..8).
    lengths: [Vec<usize>; 8],
    /// Well-formed titles with a comma, per level.
    commas: [usize; 8],
}

impl Learned {
    /// Learn from a well-formed title `start..end` of `level`, whose body
    /// (if any) starts at `body`.
    pub fn learn(
        &mut self,
        source: &Source,
        level: u8,
        start: usize,
        end: usize,
        body: Option<usize>,
    ) {
        let level = usize::from(level).min(7);
        let len = end.saturating_sub(start);
        if len < 2 {
            return;
        }
        self.lengths[level].push(len);
        if (start..end).any(|i| source.at(i) == ',') {
            self.commas[level] += 1;
        }
        let pair = [source.at(end - 2), source.at(end - 1)];
        if is_han(pair[0]) && is_han(pair[1]) {
            self.ends.push(pair);
        }
        if let Some(b) = body {
            let pair = [source.at(b), source.at(b + 1)];
            if is_han(pair[0]) && is_han(pair[1]) {
                self.opens.push(pair);
            }
        }
    }

    /// Sort the length samples (call once, after learning).
    pub fn finish(&mut self) {
        for l in &mut self.lengths {
            crate::sort::sort_by_key(l, |&n| n as u64);
        }
        for pairs in [&mut self.ends, &mut self.opens] {
            crate::sort::sort_by_key(pairs, |p| (u64::from(p[0]) << 32) | u64::from(p[1]));
            pairs.dedup();
        }
    }

    /// Do well-formed titles of `level` carry commas? Levels 1–2 may by
    /// default ("全面发力，双区驱动效应更加突出").
    pub fn commas_allowed(&self, level: u8) -> bool {
        let i = usize::from(level).min(7);
        let n = self.lengths[i].len();
        if n >= 3 {
            self.commas[i] * 4 >= n
        } else {
            level <= 2
        }
    }

    /// The length above which a title of `level` is suspiciously long.
    pub fn long(&self, level: u8) -> usize {
        let i = usize::from(level).min(7);
        let base = if level <= 2 { 30 } else { 18 };
        let l = &self.lengths[i];
        if l.len() >= 3 {
            let p90 = l[(l.len() * 9 / 10).min(l.len() - 1)];
            base.max(p90 + 4)
        } else {
            base
        }
    }
}

// ---------------------------------------------------------------------------
// Matching.
// ---------------------------------------------------------------------------

/// A lexicon indexed by the first or the last character of its words,
/// so that a lookup tries only the words that can match: entries sorted by
/// that character, found by binary search, each word kept as code points
/// so that a match is a slice comparison.
#[derive(Clone, Debug, Default)]
struct WordIndex {
    entries: Vec<(char, Box<[char]>, u8)>,
    /// Where the words of each key are in `entries`.
    keys: KeyRanges,
}

impl WordIndex {
    fn new(words: &[(&'static str, u8)], by_last: bool) -> Self {
        let mut entries: Vec<(char, Box<[char]>, u8)> = words
            .iter()
            .filter_map(|&(w, weight)| {
                let chars: Box<[char]> = w.chars().collect();
                let key = if by_last { chars.last() } else { chars.first() };
                key.copied().map(|k| (k, chars, weight))
            })
            .collect();
        crate::sort::sort_by_key(&mut entries, |e| u64::from(e.0));
        let keys = KeyRanges::new(&entries.iter().map(|e| e.0).collect::<Vec<_>>());
        WordIndex { entries, keys }
    }

    /// The words keyed by `c`: (code points, length, weight).
    fn get(&self, c: char) -> impl Iterator<Item = (&[char], usize, u8)> + '_ {
        self.entries[self.keys.get(c)]
            .iter()
            .map(|e| (&e.1[..], e.1.len(), e.2))
    }
}

/// Does the folded text at `at` start with `word`?
#[inline]
fn chars_at(source: &Source, at: usize, word: &[char]) -> bool {
    source.chars.get(at..at + word.len()) == Some(word)
}

/// The lexicons, indexed once per process (building them is a thousand
/// small allocations: too many to repeat for every report).
fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(Lexicon::default)
}

/// The lexicons of this module, indexed.
#[derive(Clone, Debug)]
struct Lexicon {
    predicate_end: WordIndex,
    noun_end: WordIndex,
    body_start: WordIndex,
    verb_start: WordIndex,
    /// Words of three or more characters a cut should not split.
    long_start: WordIndex,
    /// Strong head nouns, by their first character ("完成|情况").
    noun_start: WordIndex,
    /// [`BAD_TITLE_END`] and [`BAD_BODY_START`], tested at every cut.
    bad_title_end: CharSet,
    bad_body_start: CharSet,
}

impl Default for Lexicon {
    fn default() -> Self {
        let verbs: Vec<(&'static str, u8)> = VERB_START.iter().map(|&v| (v, 1)).collect();
        let long: Vec<(&'static str, u8)> = PREDICATE_FINAL
            .iter()
            .chain(BODY_OPEN)
            .copied()
            .filter(|(w, _)| w.chars().count() >= 3)
            .collect();
        let strong_nouns: Vec<(&'static str, u8)> = NOUN_FINAL
            .iter()
            .copied()
            .filter(|&(_, w)| w >= 3)
            .collect();
        Lexicon {
            predicate_end: WordIndex::new(PREDICATE_FINAL, true),
            noun_end: WordIndex::new(NOUN_FINAL, true),
            body_start: WordIndex::new(BODY_OPEN, false),
            verb_start: WordIndex::new(&verbs, false),
            long_start: WordIndex::new(&long, false),
            noun_start: WordIndex::new(&strong_nouns, false),
            bad_title_end: CharSet::new(BAD_TITLE_END.chars()),
            bad_body_start: CharSet::new(BAD_BODY_START.chars()),
        }
    }
}

/// Heaviest indexed word ending at `end` (exclusive) within `start..`.
fn ends_with_word(source: &Source, start: usize, end: usize, index: &WordIndex) -> u8 {
    if end <= start {
        return 0;
    }
    let mut best = 0;
    for (w, n, weight) in index.get(source.at(end - 1)) {
        if n <= end - start && weight > best && chars_at(source, end - n, w) {
            best = weight;
        }
    }
    best
}

/// Heaviest (then longest) indexed word starting at `at`.
fn starts_with_word<'i>(
    source: &Source,
    at: usize,
    index: &'i WordIndex,
) -> Option<(&'i [char], usize, u8)> {
    let mut best: Option<(&[char], usize, u8)> = None;
    for (w, n, weight) in index.get(source.at(at)) {
        if best.is_none_or(|(_, bn, bw)| weight > bw || weight == bw && n > bn)
            && chars_at(source, at, w)
        {
            best = Some((w, n, weight));
        }
    }
    best
}

impl Learned {
    /// The weight of the title-final word (predicate or head noun) ending
    /// at `end`, 0 if none.
    pub fn final_weight(&self, source: &Source, start: usize, end: usize) -> u8 {
        ends_with_word(source, start, end, &lexicon().predicate_end).max(ends_with_word(
            source,
            start,
            end,
            &lexicon().noun_end,
        ))
    }

    /// Does `start..end` end in a predicate: a strong [`PREDICATE_FINAL`]
    /// word, or a reduplicated four-character one ("织细织实", "走深走实",
    /// "做大做强")?
    pub fn predicate_final(&self, source: &Source, start: usize, end: usize) -> bool {
        let reduplicated = end >= start + 4
            && source.at(end - 4) == source.at(end - 2)
            && is_han(source.at(end - 4))
            && source.at(end - 3) != source.at(end - 1);
        reduplicated || ends_with_word(source, start, end, &lexicon().predicate_end) >= 2
    }

    /// Length of the longest predicate word ending at `end`, 0 if none.
    fn final_word_len(&self, source: &Source, start: usize, end: usize) -> usize {
        if end <= start {
            return 0;
        }
        lexicon()
            .predicate_end
            .get(source.at(end - 1))
            .filter(|&(w, n, _)| n <= end - start && chars_at(source, end - n, w))
            .map(|(_, n, _)| n)
            .max()
            .unwrap_or(0)
    }

    /// Does a [`VERB_START`] verb open `at`?
    pub fn verb_first(&self, source: &Source, at: usize) -> bool {
        starts_with_word(source, at, &lexicon().verb_start).is_some()
    }

    /// Does a lexicon word of three or more characters run across `p`?
    fn straddles(&self, source: &Source, start: usize, p: usize, limit: usize) -> bool {
        (p.saturating_sub(MAX_WORD - 1).max(start)..p).any(|q| {
            lexicon()
                .long_start
                .get(source.at(q))
                .any(|(w, n, _)| q + n <= limit && q + n > p && chars_at(source, q, w))
        })
    }
}

/// Longest lexicon word (code points).
const MAX_WORD: usize = 6;

/// Can a body (or a lead sentence) open with `c`?
pub(crate) fn may_open_body(c: char) -> bool {
    !lexicon().bad_body_start.contains(c) && !is_space(c)
}

/// Is `start..end` a spaced heading, every letter apart ("综 合")?
fn single_letters(source: &Source, start: usize, end: usize) -> bool {
    let mut run = 0;
    for i in start..end {
        if is_space(source.at(i)) {
            run = 0;
        } else {
            run += 1;
            if run > 1 {
                return false;
            }
        }
    }
    true
}

/// Does a quantity (a number with a unit, not a year) stand within the
/// first few characters from `at`?
fn quantity_soon(source: &Source, at: usize, limit: usize) -> bool {
    let end = limit.min(at + QUANTITY_WINDOW);
    let mut i = at;
    while i < end {
        if source.at(i).is_ascii_digit() {
            let mut j = i;
            while source.at(j).is_ascii_digit() || source.at(j) == '.' {
                j += 1;
            }
            let unit = source.at(j);
            return j - i <= 8
                && is_han(unit)
                && !matches!(unit, '年' | '月' | '日' | '号' | '大' | '届' | '次');
        }
        i += 1;
    }
    false
}

/// How far after a cut a quantity marks the body.
const QUANTITY_WINDOW: usize = 10;

/// Does a four-digit year ("2024年") start at `at`?
fn starts_with_year(source: &Source, at: usize) -> bool {
    (at..at + 4).all(|i| year_digit(source.at(i))) && source.at(at + 4) == '年'
}

/// A digit of a year: "2024", "一九九六", "二〇二三".
fn year_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '〇' | '○' | '零') || crate::number::cn_digit(c).is_some()
}

/// Is `at` the start of a year that opens a clause: "2020年,", "2021年是",
/// "2020年以来"?
fn year_opener(source: &Source, at: usize) -> bool {
    let mut j = at;
    while year_digit(source.at(j)) && j - at < 5 {
        j += 1;
    }
    if j - at != 4 {
        return false;
    }
    while is_space(source.at(j)) {
        j += 1;
    }
    source.at(j) == '年'
        && (matches!(
            source.at(j + 1),
            ',' | '是' | '，' | '全' | '我' | '在' | '面'
        ) || source.starts_with(j + 1, "以来")
            || source.starts_with(j + 1, "上半年")
            || source.starts_with(j + 1, "前"))
}

/// Does `at` open "从X看" / "在…的同时"-style clause frames?
fn frame_opener(source: &Source, at: usize, end: usize) -> bool {
    let c = source.at(at);
    if c == '从' {
        return (at + 2..end.min(at + 6)).any(|i| source.at(i) == '看');
    }
    if c == '在' {
        return source.find(at, end.min(at + 16), "的同时").is_some();
    }
    false
}

/// Score of a cut at `p` in a title starting at `start` whose first
/// sentence ends at `limit`. `verb_first`: does the title open with a verb
/// (the same for every cut, so [`run_in_end`] asks once)?
fn score(
    source: &Source,
    learned: &Learned,
    level: u8,
    (start, p, limit): (usize, usize, usize),
    verb_first: bool,
) -> Option<f32> {
    let before = source.at(p - 1);
    let after = source.at(p);
    // Skip the white space at the cut: "情况 面对…" (a flattened line break).
    let mut body = p;
    while body < limit && is_blank(source.at(body)) {
        body += 1;
    }
    let mut title_end = p;
    while title_end > start && is_blank(source.at(title_end - 1)) {
        title_end -= 1;
    }
    if body >= limit || title_end <= start {
        return None;
    }
    // A body is a clause, not a word left before the 。 ("扎实|开展。").
    (body..limit)
        .filter(|&i| !is_blank(source.at(i)))
        .nth(BODY_MIN - 1)?;
    let first = source.at(body);
    let last = source.at(title_end - 1);
    if lexicon().bad_title_end.contains(last) || lexicon().bad_body_start.contains(first) {
        return None;
    }
    if (before.is_ascii_alphanumeric() && after.is_ascii_alphanumeric()) || last.is_ascii_digit() {
        return None;
    }
    // Length and commas first: they rule a cut out before any lexicon lookup.
    let len = (start..title_end)
        .filter(|&i| !is_blank(source.at(i)))
        .count();
    let min = if level <= 2 { 2 } else { 4 };
    if len < min {
        return None;
    }
    if !learned.commas_allowed(level) && (start..title_end).any(|i| source.at(i) == ',') {
        return None;
    }
    let mut s = 0.0f32;

    // Lexicons and the document's own habits.
    let predicate = f32::from(ends_with_word(
        source,
        start,
        title_end,
        &lexicon().predicate_end,
    ));
    let mut tf = predicate.max(f32::from(ends_with_word(
        source,
        start,
        title_end,
        &lexicon().noun_end,
    )));
    let pair = [source.at(title_end.saturating_sub(2)), last];
    if title_end - start >= 2 && learned.ends.binary_search(&pair).is_ok() {
        tf = tf.max(1.5);
    }
    // A spaced heading ("农　　业") is a title by its typesetting.
    if single_letters(source, start, title_end) && title_end - start > 2 {
        tf = tf.max(2.0);
    }
    let mut bo = 0.0f32;
    if let Some((_, n, weight)) = starts_with_word(source, body, &lexicon().body_start) {
        // "完成|情况", "发展|目标": a verb that heads a noun compound opens
        // no clause.
        let compound = starts_with_word(source, body + n, &lexicon().noun_start).is_some();
        if !compound {
            bo = f32::from(weight);
        }
    }
    if year_opener(source, body) || frame_opener(source, body, limit) {
        bo = bo.max(3.0);
    }
    if matches!(first, '“' | '《' | '「') {
        bo = bo.max(1.0);
    }
    if learned
        .opens
        .binary_search(&[first, source.at(body + 1)])
        .is_ok()
    {
        bo = bo.max(1.5);
    }
    // A quantity right after the cut ("…民生|城镇新增就业1.2万人") is body.
    if quantity_soon(source, body, limit) {
        bo += 1.0;
    }
    s += tf + bo;
    // A cut inside a longer word ("加快|推进") is worse than one around it.
    if learned.straddles(source, start, p, limit) {
        s -= 2.0;
    }

    // A space a flattened line break left ("…完成情况 面对…").
    if body > p || title_end < p {
        let token_after = (body..limit)
            .take_while(|&i| !is_space(source.at(i)))
            .count();
        let token_before = (start..title_end)
            .rev()
            .take_while(|&i| !is_space(source.at(i)))
            .count();
        let spaced_letters = single_letters(source, start, title_end);
        if !last.is_ascii_digit()
            && (!first.is_ascii_digit()
                || year_opener(source, body)
                || starts_with_year(source, body))
            && token_after >= 2
            && (token_before >= 2 || spaced_letters)
        {
            s += 2.5;
        }
    }

    // Shape: a title that neither starts with a verb nor ends in a
    // predicate is not whole ("“美丽龙岗”|加快推进…", "城市更新和土地整备|稳步实施…").
    if level >= 3 {
        if !verb_first && predicate < 2.0 && !learned.predicate_final(source, start, title_end) {
            s -= 2.5;
        }
        // A verb–object title needs its object: not "加快推进|乡村振兴…";
        // followed by another verb, it is whole ("擦亮低碳招牌|深入探索…").
        if verb_first {
            let verb_only = learned.final_word_len(source, start, title_end) >= title_end - start;
            if verb_only {
                return None;
            }
            if bo >= 2.0 {
                s += 0.5;
            }
        }
    }
    // Length: short titles are rare, long ones suspicious.
    if len < min + 2 {
        s -= 0.5;
    }
    let long = learned.long(level);
    if len > long {
        s -= (len - long) as f32 * 0.3;
    }
    Some(s)
}

/// Score of the whole first sentence `start..end` as the title.
fn whole_score(
    source: &Source,
    learned: &Learned,
    level: u8,
    start: usize,
    end: usize,
    close: char,
) -> Option<f32> {
    let mut title_end = end;
    while title_end > start && is_blank(source.at(title_end - 1)) {
        title_end -= 1;
    }
    if !learned.commas_allowed(level) && (start..title_end).any(|i| source.at(i) == ',') {
        return None;
    }
    let len = (start..title_end)
        .filter(|&i| !is_blank(source.at(i)))
        .count();
    // A title closes with 。 (or a colon); ";" closes list entries.
    let closing = match close {
        '。' | '!' | '?' => 3.0,
        ':' => 2.0,
        _ => 1.0,
    };
    let mut s = f32::from(learned.final_weight(source, start, title_end)) + closing;
    let long = learned.long(level);
    if len > long {
        s -= (len - long) as f32 * 0.3;
    }
    Some(s)
}

/// Does `start..end` hold white space between two words (not next to a
/// digit, and not a spaced heading like "综 合")?
pub(crate) fn has_gap(source: &Source, start: usize, end: usize) -> bool {
    if single_letters(source, start, end) {
        return false;
    }
    let mut i = start + 1;
    while i < end {
        if is_space(source.at(i)) {
            let before = source.at(i - 1);
            let mut j = i;
            while j < end && is_space(source.at(j)) {
                j += 1;
            }
            let after = source.at(j);
            if j < end
                && !before.is_ascii_alphanumeric()
                && !after.is_ascii_alphanumeric()
                && !is_space(before)
            {
                return true;
            }
            i = j;
        }
        i += 1;
    }
    false
}

/// Where the run-in title starting at `start` ends, searching its first
/// sentence `start..limit`: the best-scoring cut, if any scores at least
/// [`THRESHOLD`]. Returns the title end (spaces before the cut excluded).
pub(crate) fn run_in_end(
    source: &Source,
    learned: &Learned,
    level: u8,
    start: usize,
    limit: usize,
    close: Option<char>,
) -> Option<usize> {
    let max_len = if level <= 2 { 60 } else { 40 };
    let scan_end = limit.min(start + max_len);
    let mut best: Option<(f32, usize)> = None;
    // Quotes and brackets: no cut inside.
    let mut depth: i32 = 0;
    // A sentence closed by 。 that holds a comma is a two-part title
    // ("坚定不移保障和改善民生，扎实推动共同富裕。"): no cut after the comma.
    let mut after_comma = false;
    let verb_first = level >= 3
        && (learned.verb_first(source, start)
            || matches!(source.at(start), '“' | '新' | '再') && learned.verb_first(source, start + 1));
    let mut p = start;
    while p < scan_end {
        let c = source.at(p);
        if p > start && depth <= 0 && !(after_comma && close.is_some()) {
            if let Some(s) = score(source, learned, level, (start, p, limit), verb_first) {
                if best.is_none_or(|(b, _)| s > b) {
                    best = Some((s, p));
                }
            }
        }
        match c {
            '“' | '《' | '(' | '「' | '【' | '[' | '『' => depth += 1,
            '”' | '》' | ')' | '」' | '】' | ']' | '』' => depth -= 1,
            '"' => depth = if depth > 0 { depth - 1 } else { depth + 1 },
            ',' if depth <= 0 => after_comma = true,
            _ => {}
        }
        p += 1;
    }
    // The whole sentence, closed by its 。, competes with the cuts.
    if let Some(close) = close {
        if let Some(s) = whole_score(source, learned, level, start, limit, close) {
            if best.is_none_or(|(b, _)| s >= b) {
                best = Some((s, limit));
            }
        }
    }
    let (s, p) = best?;
    if s < THRESHOLD {
        return None;
    }
    let mut end = p;
    while end > start && is_blank(source.at(end - 1)) {
        end -= 1;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str, level: u8) -> String {
        let source = Source::new(text);
        let learned = Learned::default();
        let limit = (0..source.len())
            .find(|&i| matches!(source.at(i), '。' | ';'))
            .unwrap_or(source.len());
        match run_in_end(&source, &learned, level, 0, limit, None) {
            Some(end) => source.folded(0, end),
            None => String::from("∅"),
        }
    }

    #[test]
    fn cuts_subject_predicate_titles_after_the_predicate() {
        assert_eq!(
            cut(
                "各类英才量质齐升深入实施“龙岗人才加速计划”,统筹推进34项重点人才项目。",
                3
            ),
            "各类英才量质齐升",
            "should cut after 齐升"
        );
        assert_eq!(
            cut(
                "“美丽龙岗”加快推进零碳公园、三联郊野公园及15个社区公园投入使用,大运AI公园开工。",
                3
            ),
            "“美丽龙岗”加快推进",
            "should keep the predicate of an SP title"
        );
        assert_eq!(
            cut(
                "城市更新和土地整备稳步实施通过城市更新规划配建中小学6所,公共住房9353套。",
                3
            ),
            "城市更新和土地整备稳步实施",
            "should not cut before 稳步 when the title would lack a predicate"
        );
    }

    #[test]
    fn cuts_verb_object_titles_before_the_next_verb() {
        assert_eq!(
            cut(
                "加大环境综合治理力度加快推进平湖辅城坳、嶂背片区污水资源化利用工程建设。",
                3
            ),
            "加大环境综合治理力度",
            "should cut before 加快推进"
        );
        assert_eq!(
            cut(
                "擦亮低碳招牌深入探索“两山”转换路径,实施龙岗区节能减碳总体方案。",
                3
            ),
            "擦亮低碳招牌",
            "should cut before 深入"
        );
    }

    #[test]
    fn cuts_topic_titles_of_flattened_text() {
        assert_eq!(
            cut(
                "2022年主要指标完成情况受中美贸易摩擦、新冠病毒感染等多重不利因素影响,经济承压。",
                1
            ),
            "2022年主要指标完成情况",
            "should cut after 情况"
        );
        assert_eq!(
            cut("挑战与风险从国际看,全球疫情持续蔓延。", 2),
            "挑战与风险",
            "should cut before 从…看"
        );
        assert_eq!(
            cut(
                "2021年工作总结2021年,在区委区政府的坚强领导下,成效显著。",
                1
            ),
            "2021年工作总结",
            "should cut before a year that opens a clause"
        );
        assert_eq!(
            cut("综 合 初步核算,全年地区生产总值1234亿元。", 1),
            "综 合",
            "should cut after a spaced heading"
        );
    }

    #[test]
    fn cuts_after_a_verb_of_opening() {
        assert_eq!(
            cut(
                "综合保税区封关运作综保区一期围网面积1.86平方公里,11月通过国家验收。",
                3
            ),
            "综合保税区封关运作",
            "should cut after 运作 before a noun that opens the body"
        );
    }

    #[test]
    fn cuts_a_statistics_section_title() {
        assert_eq!(
            cut(
                "科技和教育全年全区研究与试验发展经费支出16.82亿元,占地区生产总值比重为2.70%。",
                1
            ),
            "科技和教育",
            "should cut a two-part section title before 全年"
        );
        assert_eq!(
            cut("人民生活全年全区居民人均可支配收入32100元,增长8.1%。", 1),
            "人民生活",
            "should cut before 全年"
        );
    }

    #[test]
    fn leaves_text_without_a_cut_alone() {
        assert_eq!(cut("的确如此", 3), "∅", "should find no cut in a fragment");
    }
}
