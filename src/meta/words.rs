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
