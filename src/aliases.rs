//! Indicator names and their aliases: data for [`crate::indicator`].
//!
//! Each canonical key lists the ways reports write the indicator, in
//! folded form (full-width letters already ASCII). Matching ignores white
//! space inside a name ("万元 GDP 用水量"), takes the longest alias that
//! fits, and reports the name as written.
//!
//! A key's [`Alias::default_measure`] says what a bare percentage after the
//! name measures when no verb says so: a rate for 失业率 ("城镇登记失业率
//! 控制在3%以内"), a share for 比重, growth otherwise.

use crate::document::Measure;

/// One canonical indicator and its names.
pub(crate) struct Alias {
    pub key: &'static str,
    pub names: &'static [&'static str],
    /// What a percentage with no growth verb measures.
    pub default_measure: Measure,
    /// A headline indicator: read in prose as well as in lists (not a
    /// figure named in passing, such as 税收收入 or 全社会用电量).
    pub headline: bool,
}

/// The alias table. Order does not matter: the longest match wins.
pub(crate) const ALIASES: &[Alias] = &[
    Alias {
        key: "gdp",
        names: &[
            "地区生产总值",
            "生产总值",
            "国内生产总值",
            "全市生产总值",
            "全区生产总值",
            "全县生产总值",
            "全省生产总值",
            "本地生产总值",
            "GDP",
            "经济总量",
            "地区GDP",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "industrial_va",
        names: &[
            "规模以上工业增加值",
            "规上工业增加值",
            "规模以上工业企业增加值",
            "工业增加值",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "industrial_output",
        names: &[
            "规模以上工业总产值",
            "规上工业总产值",
            "工业总产值",
            "规模以上工业产值",
            "规上工业产值",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "fai",
        names: &[
            "固定资产投资",
            "固定资产投资额",
            "固定资产投资总额",
            "全社会固定资产投资",
            "全社会固定资产投资额",
            "固定资产投资(不含农户)",
            "500万元以上固定资产投资",
            "固投",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "retail_sales",
        names: &[
            "社会消费品零售总额",
            "社会消费品零售额",
            "社消零",
            "社零总额",
            "社会商品零售总额",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "budget_revenue",
        names: &[
            "一般公共预算收入",
            "一般公共预算地方本级收入",
            "地方一般公共预算收入",
            "一般公共预算本级收入",
            "地方一般公共预算本级收入",
            "一般公共财政预算收入",
            "地方公共财政预算收入",
            "公共财政预算收入",
            "地方财政一般预算收入",
            "地方财政收入",
            "财政一般预算收入",
            "一般预算收入",
            "地方级收入",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "trade",
        names: &[
            "进出口总额",
            "外贸进出口总额",
            "外贸进出口",
            "进出口总值",
            "外贸进出口总值",
            "货物进出口总额",
            "货物进出口",
            "进出口",
            "外贸总额",
            "货物贸易进出口",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "gdp_per_capita",
        names: &[
            "人均地区生产总值",
            "人均GDP",
            "人均生产总值",
            "人均国内生产总值",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "industry_va",
        names: &["全部工业增加值", "全口径工业增加值"],
        default_measure: Measure::Growth,
        headline: false,
    },
    Alias {
        key: "gross_output",
        names: &["工农业总产值", "社会总产值"],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "grain_output",
        names: &["粮食产量", "粮食总产量", "粮食播种面积和产量", "粮食总产"],
        default_measure: Measure::Level,
        headline: true,
    },
    Alias {
        key: "population_growth",
        names: &["人口自然增长率"],
        default_measure: Measure::Rate,
        headline: true,
    },
    Alias {
        key: "exports",
        names: &[
            "出口总额",
            "外贸出口",
            "出口总值",
            "货物出口",
            "外贸出口收购总值",
            "外贸出口总额",
            "外贸出口总值",
            "货物贸易出口",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "fdi",
        names: &[
            "实际利用外资",
            "实际使用外资",
            "实际利用外资金额",
            "实际使用外资金额",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "fdi_contracted",
        names: &["合同利用外资", "合同外资"],
        default_measure: Measure::Level,
        headline: false,
    },
    Alias {
        key: "carbon_per_gdp",
        names: &[
            "单位地区生产总值二氧化碳排放",
            "单位生产总值二氧化碳排放",
            "二氧化碳排放强度",
            "二氧化碳排放",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "forest_coverage",
        names: &["森林覆盖率"],
        default_measure: Measure::Rate,
        headline: true,
    },
    Alias {
        key: "fiscal_revenue",
        names: &["财政总收入", "全口径财政收入", "财政收入总额"],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "cod_emission",
        names: &["化学需氧量排放量", "化学需氧量排放总量", "化学需氧量"],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "so2_emission",
        names: &["二氧化硫排放量", "二氧化硫排放总量", "二氧化硫"],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "ammonia_emission",
        names: &["氨氮排放量", "氨氮排放总量", "氨氮"],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "nox_emission",
        names: &["氮氧化物排放量", "氮氧化物排放总量", "氮氧化物"],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "unemployment",
        names: &[
            "城镇登记失业率",
            "城镇调查失业率",
            "登记失业率",
            "调查失业率",
            "失业率",
        ],
        default_measure: Measure::Rate,
        headline: true,
    },
    Alias {
        key: "employment",
        names: &["城镇新增就业", "新增城镇就业", "城镇新增就业人数"],
        default_measure: Measure::Count,
        headline: true,
    },
    Alias {
        key: "cpi",
        names: &[
            "居民消费价格",
            "居民消费价格总水平",
            "居民消费价格指数",
            "居民消费价格涨幅",
            "CPI",
            "物价涨幅",
            "物价总水平",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "income",
        names: &[
            "居民人均可支配收入",
            "全体居民人均可支配收入",
            "全市居民人均可支配收入",
            "全区居民人均可支配收入",
            "全县居民人均可支配收入",
            "城乡居民人均可支配收入",
            "城乡居民收入",
            "居民收入",
            "人均可支配收入",
            "居民可支配收入",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "income_urban",
        names: &[
            "城镇居民人均可支配收入",
            "城镇常住居民人均可支配收入",
            "城市居民人均可支配收入",
            "城镇居民人均生活费收入",
            "城市居民人均生活费收入",
            "城镇居民收入",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "income_rural",
        names: &[
            "农村居民人均可支配收入",
            "农村常住居民人均可支配收入",
            "农村居民人均纯收入",
            "农民人均纯收入",
            "农村居民收入",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "energy_per_gdp",
        names: &[
            "单位GDP能耗",
            "万元GDP能耗",
            "单位地区生产总值能耗",
            "单位国内生产总值能耗",
            "单位生产总值能耗",
            "万元地区生产总值能耗",
            "能耗强度",
            "单位GDP能源消耗",
            "万元GDP综合能耗",
            "单位GDP综合能耗",
            "单位地区生产总值综合能耗",
            "单位生产总值综合能耗",
            "万元地区生产总值综合能耗",
            "万元生产总值能耗",
            "万元生产总值综合能耗",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "water_per_gdp",
        names: &[
            "万元GDP用水量",
            "万元GDP水耗",
            "万元GDP水强度",
            "万元GDP水强度控制",
            "单位GDP水耗",
            "单位GDP用水量",
            "万元地区生产总值用水量",
            "万元生产总值用水量",
            "用水强度",
        ],
        default_measure: Measure::Growth,
        headline: true,
    },
    Alias {
        key: "energy_saving",
        names: &[
            "节能减排",
            "主要污染物排放总量",
            "主要污染物减排",
            "能耗双控",
            "能源消费总量和强度",
        ],
        default_measure: Measure::Qualitative,
        headline: true,
    },
    Alias {
        key: "rd_share",
        names: &[
            "研发投入占GDP比重",
            "研发投入强度",
            "R&D经费投入强度",
            "全社会研发投入占GDP比重",
            "研究与试验发展经费投入强度",
            "研发经费投入强度",
            "全社会研发经费投入强度",
            "研发经费支出占GDP比重",
            "研究与试验发展(R&D)经费投入强度",
            "研发经费投入占地区生产总值比重",
            "全社会研发经费投入占地区生产总值比重",
            "研发投入占地区生产总值比重",
            "全社会研发投入占地区生产总值比重",
            "R&D经费支出占GDP比重",
            // "全社会研发经费支出相当于全市生产总值的比例达到4.5%左右": the
            // whole name, or its 生产总值 would take the figure.
            "研发经费支出相当于地区生产总值的比例",
            "研发经费支出相当于全市生产总值的比例",
            "研发经费支出相当于全省生产总值的比例",
            "研发经费支出相当于全区生产总值的比例",
            "研发经费支出相当于生产总值的比例",
            "研发经费支出占地区生产总值比重",
            "研发投入占比",
            "研发经费投入占比",
        ],
        default_measure: Measure::Share,
        headline: true,
    },
    Alias {
        key: "tax_revenue",
        names: &["税收收入", "税收总收入"],
        default_measure: Measure::Growth,
        headline: false,
    },
    Alias {
        key: "electricity",
        names: &["全社会用电量", "工业用电量"],
        default_measure: Measure::Growth,
        headline: false,
    },
];

/// Words that set an indicator's role, as found in a heading or in the
/// sentence that introduces a list.
pub(crate) const TARGET_WORDS: &[&str] = &[
    "目标",
    "计划指标",
    "指标安排",
    "预期性",
    "约束性",
    "计划草案",
    "工作安排",
    "工作思路",
    "工作计划",
    "工作打算",
    "安排建议",
    "主要任务",
    "重点工作",
    "重点任务",
];
/// Words in a sentence that make its figure a goal when no heading says:
/// "力争规模以上工业增加值增长6%以上".
pub(crate) const TARGET_CUES: &[&str] = &["力争", "目标", "预期", "计划", "确保", "争取"];
/// Keys that, after 其中, give a part of the figure before (出口 of
/// 进出口), not a headline figure of their own.
pub(crate) const PART_KEYS: &[&str] = &["exports"];

/// Words that mark a review of the past year.
pub(crate) const ACTUAL_WORDS: &[&str] = &[
    "完成情况",
    "执行情况",
    "初步统计",
    "初步核算",
    "预计完成",
    "实现情况",
    "主要工作和成效",
    "工作总结",
    "回顾",
    "运行情况",
];

/// 预期性 / 约束性.
pub(crate) const EXPECTED_WORDS: &[&str] = &["预期性"];
pub(crate) const BINDING_WORDS: &[&str] = &["约束性"];

/// Growth verbs and their sign.
pub(crate) const GROWTH_UP: &[&str] = &[
    "增长", "增速", "增幅", "上涨", "上升", "提高", "增加", "提升", "回升", "涨幅", "增", "升",
];
pub(crate) const GROWTH_DOWN: &[&str] = &[
    "下降",
    "降低",
    "减少",
    "回落",
    "下滑",
    "负增长",
    "降幅",
    "下跌",
    "削减",
    "减",
    "降",
];

/// Qualifiers written after the value.
pub(crate) const QUALIFIERS_AFTER: &[&str] = &["左右", "以上", "以内", "以下", "上下", "之间"];
/// Qualifiers written before the value (and before the verb).
pub(crate) const QUALIFIERS_BEFORE: &[&str] = &[
    "不低于",
    "不高于",
    "不超过",
    "不少于",
    "高于",
    "低于",
    "力争",
    "争取",
    "确保",
    "超过",
    "突破",
    "约",
    "近",
];

/// Floors a quantity reading holds before its number ("超过220亿斤",
/// "超3.6万亿元"): the qualifier of the figure as written.
pub(crate) const FLOORS_IN_READING: &[&str] = &["超过", "超", "逾"];

/// Statements of a task handed down and done: in prose, a statement of
/// an actual figure counts only with one of these.
pub(crate) const TASK_STATEMENTS: &[&str] = &["下达", "目标任务", "完成任务", "完成目标"];

/// Aims that, stated before a subject, qualify its figures ("力争全区地区
/// 生产总值增长8.5%"). Not 确保: it states a floor the plan keeps anyway.
pub(crate) const AIMS_BEFORE_SUBJECT: &[&str] = &["力争", "争取"];

/// Statements without a number that still report an indicator: a list
/// item holding one of these is a qualitative record.
pub(crate) const QUALITATIVE: &[&str] = &[
    "正增长",
    "负增长",
    "稳定增长",
    "稳步增长",
    "同步增长",
    "保持增长",
    "实现增长",
    "较快增长",
    "平稳增长",
    "保持稳定",
    "基本稳定",
    "总体稳定",
    "稳中有升",
    "稳中有增",
    "持平",
    "同步",
    "下达",
    "正常推进",
    "合理区间",
    "目标任务",
    "年度目标",
    "完成任务",
    "完成目标",
    "控制目标",
    "进一步下降",
    "进一步降低",
    "持续下降",
    "有所下降",
    "有所提高",
    "持续改善",
];
/// Words that point a qualitative statement up, down or flat; the first
/// one in the statement wins.
pub(crate) const QUALITATIVE_UP_WORDS: &[&str] = &[
    "正增长",
    "增长",
    "提高",
    "提升",
    "上升",
    "上涨",
    "增加",
    "稳中有升",
    "稳中有增",
];
pub(crate) const QUALITATIVE_DOWN_WORDS: &[&str] =
    &["负增长", "下降", "降低", "减少", "回落", "削减", "减排"];
pub(crate) const QUALITATIVE_FLAT_WORDS: &[&str] =
    &["保持稳定", "基本稳定", "总体稳定", "持平", "稳定在"];

/// Multi-character verbs of change: a predicate after a comma that holds
/// one ("，同口径增长9.8%") still belongs to the subject.
pub(crate) const GROWTH_VERBS: &[&str] = &[
    "增长", "增速", "增幅", "上涨", "上升", "提高", "增加", "提升", "回升", "涨幅", "下降", "降低",
    "减少", "回落", "下滑", "降幅", "下跌", "削减",
];

/// Phrases of a span of years: a paragraph or list intro with one gives
/// no single year's figures ("过去五年，…", "今后五年…的主要目标是：").
pub(crate) const SPANS_OF_YEARS: &[&str] = &[
    "过去五年",
    "五年来",
    "今后五年",
    "未来五年",
    "十三五时期",
    "十三五期间",
    "十四五时期",
    "十四五期间",
    "十五五时期",
    "十五五期间",
    "”时期",
    "”期间",
    "这五年",
    "纲要",
];

/// Time phrases that make a figure not the annual one.
pub(crate) const PART_YEAR: &[&str] = &[
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "前三季度",
    "上半年",
    "下半年",
    "1-",
    "前两个月",
    "月份",
    "月末",
    "季度",
];

/// The whole year, named after part-year figures in one sentence.
pub(crate) const WHOLE_YEAR: &str = "全年";

/// Places larger than (or other than) the reporting region: a figure whose
/// subject they precede is not the report's own ("全国规模以上工业增加值…").
pub(crate) const OTHER_PLACES: &[&str] = &[
    "全国",
    "全省",
    "全球",
    "世界",
    "国际",
    "欧美",
    "各国",
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
];

/// How the predicate after an indicator name may start in prose: a verb,
/// a comparison or punctuation. Anything else means the name modifies
/// another noun ("节能减排专项资金2623万元").
pub(crate) const PREDICATE_STARTS: &[&str] = &[
    "同比",
    "分别",
    "同口径",
    "可比口径",
    "按可比价",
    "比上年",
    "较上年",
    "比去年",
    "与上年",
    "增长",
    "增速",
    "增幅",
    "下降",
    "降低",
    "减少",
    "回落",
    "提高",
    "上升",
    "上涨",
    "增加",
    "涨幅",
    "降幅",
    "实现",
    "完成",
    "达到",
    "达",
    "为",
    "是",
    "控制在",
    "保持",
    "突破",
    "超过",
    "预计",
    "年均",
    "累计",
    "约",
    "力争",
    "总额",
    "总量",
    "总值",
    "规模",
    "可望",
    "有望",
    "将",
    "按",
    "全年",
    "首次",
    "稳定在",
    "平均为",
    "扣除",
    "实际",
    "比",
    "较",
];

/// Words that make a figure a comparison, not the indicator's value:
/// "高于全市平均水平0.4个百分点", "比全省高1.2个百分点".
pub(crate) const COMPARISONS: &[&str] = &[
    "高于",
    "低于",
    "快于",
    "慢于",
    "平均水平",
    "比全",
    "居全",
    "排名",
    "位居",
];

/// Short names that stand for a full one after "、": "万元GDP能耗、水耗".
pub(crate) const ELLIPTICAL: &[(&str, &str)] = &[
    ("水耗", "water_per_gdp"),
    ("用水量", "water_per_gdp"),
    ("水强度", "water_per_gdp"),
    ("能耗", "energy_per_gdp"),
];

/// A prefix that names two places at once, and the two it stands for:
/// "城乡居民人均可支配收入分别增长4.3%、6.1%" is 城镇… 4.3%, 农村… 6.1%.
pub(crate) const PAIRED_PREFIXES: &[(&str, [&str; 2])] = &[("城乡", ["城镇", "农村"])];

/// Names that leave out the stem they share with the noun phrase before
/// "、": "粮食播种面积1570.5万亩、总产130亿斤" (粮食总产). (stem, word, key),
/// longest word first.
pub(crate) const STEM_ELLIPTICAL: &[(&str, &str, &str)] = &[
    ("粮食", "总产量", "grain_output"),
    ("粮食", "总产", "grain_output"),
];
/// How far before "、" the shared stem may stand.
pub(crate) const STEM_WINDOW: usize = 16;

/// An adverbial that may stand between a subject and its predicate, and
/// its figures with it: "外贸进出口在对美贸易下降超3成的情况下增长12%".
pub(crate) const ADVERBIAL_OPEN: &str = "在";
pub(crate) const ADVERBIAL_ENDS: &[&str] = &["情况下", "背景下", "形势下", "条件下", "基础上"];
/// How long such an adverbial may be.
pub(crate) const ADVERBIAL_MAX: usize = 30;

/// Statements of an outcome that count in a review as well as in the
/// targets: "全市外贸进出口实现正增长".
pub(crate) const OUTCOME_STATEMENTS: &[&str] = &["正增长", "负增长"];

/// Prefixes that coordinate before a shared name: "城镇、农村居民人均可支配收入".
pub(crate) const SHARED_PREFIXES: &[&str] = &["城镇", "农村", "城市"];

/// Words right before a name that make it the object, not the subject:
/// "…占地区生产总值比重", "相当于全省地区生产总值的".
pub(crate) const OBJECT_MARKERS: &[&str] = &["占", "相当于", "对", "拉动", "贡献"];

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

/// Header words of the 预期性 / 约束性 column.
pub(crate) const TABLE_KIND_HEADERS: &[&str] = &["属性", "性质", "类型", "类别"];
/// Header words of a column of growth rates.
pub(crate) const TABLE_GROWTH_HEADERS: &[&str] = &["增长", "增速", "增幅", "±", "%"];
/// Header words of a column of actual figures (checked first: 预计完成).
pub(crate) const TABLE_ACTUAL_HEADERS: &[&str] = &["完成", "实际", "执行", "预计"];
/// Header words of a column of targets.
pub(crate) const TABLE_TARGET_HEADERS: &[&str] = &["目标", "计划", "预期"];
/// Qualifiers before a figure in a cell, and how they are given.
pub(crate) const TABLE_QUALIFIERS_BEFORE: &[(&str, &str)] = &[
    ("≥", "以上"),
    (">", "以上"),
    ("≤", "以内"),
    ("<", "以内"),
    ("不低于", "不低于"),
    ("不超过", "不超过"),
    ("力争", "力争"),
    ("约", "约"),
];
