//! The word tables of [`crate::meta`], kept apart from the matching code.
//! All entries are simplified and folded (`(草案)` for `（草案）`); the
//! matchers compare through [`crate::hant::simplify`], so traditional text
//! matches too. Where one entry begins another, the longer comes first.

/// Words that make a short line a title candidate.
pub(super) const TITLE_KEYWORDS: &[&str] = &[
    "报告", "公报", "计划", "规划", "总结", "思路", "要点", "纲要", "草案", "安排", "情况", "工作",
];

/// Words a title ends with. In a flattened text, where the title runs on
/// into what follows, the title ends after the first of these that is not
/// followed by a [`TITLE_CONTINUATIONS`] word.
pub(super) const TITLE_END_WORDS: &[&str] = &[
    "的报告",
    "工作报告",
    "报告",
    "统计公报",
    "公报",
    "工作思路",
    "思路",
    "工作要点",
    "要点",
    "纲要",
    "(草案)",
    "草案",
    "工作计划",
    "计划",
    "规划",
    "工作总结",
    "总结",
    "工作安排",
    "安排",
    "执行情况",
    "完成情况",
    "情况",
];

/// Words that continue a title after an end word: "计划|执行情况",
/// "总结|以及", "计划|(草案)", "规划 |执行情况".
pub(super) const TITLE_CONTINUATIONS: &[&str] = &[
    "执行情况",
    "完成情况",
    "情况",
    "以及",
    "与",
    "和",
    "及",
    "暨",
    "并",
    "的",
    "(草案)",
    "草案",
    "报告",
    "纲要",
    "要点",
    "思路",
    "工作",
    "(征求意见稿)",
    "(全文)",
    "(摘要)",
    "(摘登)",
    "全文",
    "摘要",
    "、",
];

/// Words that end the name of an issuing body: 坪山区发展和改革局,
/// 深圳市统计局, 国家统计局深圳调查队, 深圳市人民政府.
pub(super) const ORG_SUFFIXES: &[&str] = &[
    "人民政府办公室",
    "人民政府办公厅",
    "人民政府",
    "管理委员会",
    "管委会",
    "委员会",
    "办公室",
    "办公厅",
    "调查队",
    "政府",
    "局",
    "委",
    "厅",
    "办",
    "署",
    "中心",
];

/// Words after which a report's opening speech begins.
pub(super) const SALUTATIONS: &[&str] = &[
    "各位代表",
    "各位人大代表",
    "各位委员",
    "各位政协委员",
    "同志们",
    "各位领导",
];

/// Field values that name no issuer.
pub(super) const NON_ISSUERS: &[&str] =
    &["本站", "本网", "原创", "网站", "未知", "admin", "管理员"];

/// Endings of a medium's name: a web copy's "来源：浙江日报" says where the
/// copy came from, not who issued the report.
pub(super) const MEDIA_ENDINGS: &[&str] = &[
    "日报",
    "晚报",
    "早报",
    "商报",
    "时报",
    "报社",
    "新闻网",
    "新闻",
    "网",
    "客户端",
    "电视台",
    "广播电视台",
    "融媒体中心",
    "新华社",
    "通讯社",
    "杂志",
    "报",
];

/// Region endings whose government is a 人民政府 (a 开发区 or 新区 has a
/// 管委会 instead).
pub(super) const GOVERNED_REGION_ENDINGS: &[&str] =
    &["省", "自治区", "市", "县", "区", "州", "旗", "盟"];

/// Regions ending in 区 that are zones, not governed districts.
pub(super) const ZONE_ENDINGS: &[&str] = &[
    "开发区",
    "新区",
    "园区",
    "示范区",
    "试验区",
    "合作区",
    "高新区",
    "保税区",
];

// ---------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------

/// Administrative suffixes, longest first: 深圳市, 坪山区, 浦东新区,
/// 黔东南苗族侗族自治州, 北京经济技术开发区, 苏州工业园区.
pub(super) const REGION_SUFFIXES: &[&str] = &[
    "特别行政区",
    "高新技术产业开发区",
    "高新技术开发区",
    "经济技术开发区",
    "经济开发区",
    "工业园区",
    "开发区",
    "高新区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "新区",
    "地区",
    "林区",
    "省",
    "市",
    "州",
    "盟",
    "县",
    "旗",
    "区",
];

/// Suffixes after which a long (minority) name may stand: 延边朝鲜族自治州.
pub(super) const LONG_NAME_SUFFIXES: &[&str] = &["自治区", "自治州", "自治县", "自治旗"];

/// Longest name before an ordinary suffix; before an autonomous one.
pub(super) const NAME_MAX: usize = 4;
pub(super) const LONG_NAME_MAX: usize = 10;

/// Characters that cannot end a place name (the character before the
/// suffix): 全区, 本市, 辖区, 社区, 园区, 景区, 湾区, 功能区 are not places.
/// Before a long suffix (开发区, 高新区, 工业园区) a name may end in almost
/// anything (金沙湾经济开发区); only a determiner stops it (本开发区).
pub(super) const DETERMINERS: &str = "全本我该各其此这每";

pub(super) const NAME_LAST_STOP: &str = "全本我该各其此这每辖社园片景郊小校厂展专库超股楼夜集街场能范验税贸聚委府党两三四五六七八九十百千万亿个第老矿牧灾疫战";

/// More characters that cannot end a place name found in running text,
/// where a name has no clear left edge: 城区, 上市, 行业区, 大湾区 … (a title
/// may open with 溧湾区).
pub(super) const BODY_NAME_LAST_STOP: &str = "城行业大人会分上下开政区市县省湾";

/// Characters that cannot start a place name: "在常州市" is 在 + 常州市.
pub(super) const NAME_FIRST_STOP: &str = "在的是对为把被";

/// Characters that cannot stand anywhere in a place name found in running
/// text (a name that starts the title needs no such guard).
pub(super) const NAME_STOP: &str =
    "的和与及在是了年月日为把将对向从到由以等个其各全本我该这此每要于之并或被所";

/// A suffix followed by one of these is a common word: 市场, 市民, 区域, 县域, 省份.
pub(super) const SUFFIX_NEXT_STOP: &[(&str, &str)] = &[
    ("市", "场民值容面况价"),
    ("区", "域块间位分别划"),
    ("地区", "生"),
    ("县", "域级"),
    ("省", "份"),
    ("州", "际"),
];

// ---------------------------------------------------------------------------
// Years
// ---------------------------------------------------------------------------

/// After a year, these words say it is the year reviewed: "2020年国民经济和社会
/// 发展计划执行情况", "2024年主要指标完成情况", "2021年工作总结".
pub(super) const REVIEW_WORDS: &[&str] = &[
    "执行情况",
    "完成情况",
    "工作总结",
    "总结",
    "回顾",
    "成效",
    "成绩",
    "进展",
    "统计公报",
    "公报",
    "特点",
    "运行情况",
    "决算",
    "取得",
];

/// After a year, these words say it is the year planned: "2021年计划(草案)",
/// "2025年主要经济指标发展目标", "2022年工作思路", "2025年工作安排".
pub(super) const PLAN_WORDS: &[&str] = &[
    "计划草案",
    "计划(草案)",
    "工作计划",
    "工作思路",
    "思路",
    "工作要点",
    "要点",
    "工作安排",
    "安排",
    "目标",
    "重点工作",
    "重点任务",
    "主要任务",
    "任务",
    "总体要求",
    "要求",
    "打算",
    "计划",
    "预算",
    "政府工作报告",
    "工作部署",
    "部署",
];

/// A title with one of these reviews part of a year and plans nothing of its own.
pub(super) const PART_YEAR_WORDS: &[&str] = &["上半年", "半年", "季度", "前三季度", "1-", "1—"];

// ---------------------------------------------------------------------------
// Document types
// ---------------------------------------------------------------------------

/// Title words of a 统计公报.
pub(super) const STATS_WORDS: &[&str] = &["统计公报", "统计公告"];
/// Title words of a 政府工作报告.
pub(super) const GOV_WORDS: &[&str] = &["政府工作报告"];
/// Title words of a plan report.
pub(super) const PLAN_REPORT_WORDS: &[&str] = &[
    "计划执行情况",
    "规划执行情况",
    "计划草案",
    "计划(草案)",
    "社会发展计划",
    "计划的报告",
];
/// Title words of a bureau's summary and plan.
pub(super) const SUMMARY_WORDS: &[&str] = &[
    "总结",
    "工作思路",
    "工作计划",
    "工作要点",
    "工作安排",
    "工作报告",
];
/// Opening-speech words of a 政府工作报告 without its title.
pub(super) const GOV_BODY_WORDS: &[&str] = &["报告政府工作", "向大会报告工作"];
/// Body words of a plan report without its title.
pub(super) const PLAN_BODY_WORDS: &[&str] = &[
    "计划执行情况",
    "计划草案",
    "社会发展计划",
    "主要指标完成情况",
    "主要经济指标",
];
