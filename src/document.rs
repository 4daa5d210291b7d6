//! The Document: what [`parse`](crate::parse) returns, and the JSON
//! contract (schema v1) that the CLI prints and the npm package returns.
//!
//! Field names are camelCase in JSON, every field is always present
//! (`null` where the text does not say), and the order of fields is the
//! order of declaration here. See `SCHEMA.md` for the full description.

use serde::{Deserialize, Serialize};

/// The schema version written into every [`Document`].
pub const SCHEMA_VERSION: u32 = 1;

/// A range of the ORIGINAL text in UTF-16 code units, end exclusive, as
/// JavaScript's `text.slice(start, end)` takes it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// A parsed report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    pub schema_version: u32,
    pub meta: Meta,
    /// Top-level headings; each holds its sub-headings in `children`.
    pub outline: Vec<Heading>,
    /// Headline indicators: last year's actuals and next year's targets.
    pub indicators: Vec<Indicator>,
    /// Every quantity in the text, in order of appearance.
    pub quantities: Vec<Quantity>,
    /// Entries of the 名词解释 glossary, if the report has one.
    pub glossary: Vec<GlossaryEntry>,
    /// Things the parser noticed but could not resolve; never fatal.
    pub warnings: Vec<Warning>,
}

/// What the report says about itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Meta {
    /// The report's title, as written (line breaks removed).
    pub title: Option<String>,
    /// The region the report is about: 龙岗区, 深圳市坪山区 …
    pub region: Option<String>,
    /// The issuing body: 来源 / 信息来源 / the signing bureau; for a
    /// 政府工作报告, the region's 人民政府 unless the text names another.
    pub issuer: Option<String>,
    /// Where a copy came from, when its 来源 names a medium (浙江日报), not
    /// the issuer.
    pub source: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub publish_date: Option<String>,
    /// The meeting line: "2021年1月26日在深圳市坪山区第一届人民代表大会第七次会议上".
    pub meeting: Option<String>,
    /// The year the report reviews (its actuals).
    pub year_reviewed: Option<i32>,
    /// The year the report plans (its targets).
    pub year_planned: Option<i32>,
    pub doc_type: DocType,
    /// A status notice from the web page, e.g. "文件已失效".
    pub status: Option<String>,
    /// Where the title stands in the text.
    pub title_span: Option<Span>,
}

/// The kind of report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    /// 国民经济和社会发展计划执行情况与计划草案的报告.
    PlanReport,
    /// A bureau's 年度总结 and 工作思路.
    WorkSummary,
    /// 政府工作报告.
    GovWorkReport,
    /// 统计公报.
    StatsBulletin,
    #[default]
    Unknown,
}

/// One heading of the outline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Heading {
    /// 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）; a "——" or lead-sentence
    /// heading is one below its parent.
    pub level: u8,
    /// The marker as written: "一、", "（三）", "1.", "①", "——", or "" for a
    /// lead sentence.
    pub marker: String,
    /// The title, without the marker and without a closing 。.
    pub title: String,
    pub kind: HeadingKind,
    /// The marker and title.
    pub span: Span,
    /// From the heading to the next heading of the same or a higher level.
    pub section: Span,
    pub children: Vec<Heading>,
}

/// How a heading is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadingKind {
    /// A GB/T 9704 marker: 一、 （一） 1. （1） ① and their variants.
    Numbered,
    /// A "——" item that opens with a short title sentence.
    Dash,
    /// A paragraph whose opening sentence is a title (bold lost in plain text).
    Lead,
    /// A paragraph opened by 一是, 二是 … in a run of such paragraphs.
    Ordinal,
}

/// A headline indicator: one value of one named measure for one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Indicator {
    /// Canonical key from the alias table (`gdp`, `retail_sales` …), or null.
    pub key: Option<String>,
    /// The name as written: 地区生产总值, 万元GDP水耗 …
    pub name: String,
    pub role: Role,
    pub year: Option<i32>,
    pub measure: Measure,
    /// Signed for growth ("下降3.6%" → -3.6); in the stated unit for a level.
    pub value: Option<f64>,
    /// Upper bound of a range ("增长5%—5.5%" → value 5, upper 5.5).
    pub upper: Option<f64>,
    pub unit: Option<String>,
    pub direction: Option<Direction>,
    /// The modality word as written: 左右, 以上, 以内, 不低于, 力争 …
    pub qualifier: Option<String>,
    pub kind: Option<IndicatorKind>,
    /// "预计": the value is an estimate.
    pub estimated: bool,
    /// The source text of the clause.
    pub text: String,
    pub span: Span,
}

/// Whether an indicator reports the past or sets a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Actual,
    Target,
}

/// What an indicator's value measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Growth,
    Level,
    Rate,
    Share,
    Count,
    Qualitative,
}

/// Which way an indicator moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
    Flat,
}

/// 预期性 (expected) or 约束性 (binding).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    Expected,
    Binding,
}

/// A number with its unit or measure word, anywhere in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quantity {
    /// The source text.
    pub text: String,
    /// The normalised value: money in 元, scales applied (12.1万户 → 121000).
    pub value: f64,
    /// The normalised unit: "元", "%", "个百分点", "户", "名" (rank) …
    pub unit: String,
    pub kind: QuantityKind,
    /// An approximator as written: 余, 多, 近, 超, 约, 左右, 以上 …
    pub approx: Option<String>,
    pub span: Span,
}

/// What a quantity counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// 6.7%, 百分之五.
    Percent,
    /// 5.2个百分点 — never merged into percent.
    Points,
    /// 801.05亿元.
    Money,
    /// 12.1万户, 一万余家.
    Count,
    /// 全市第一, 排名第二, 前50.
    Rank,
    /// 3.5倍.
    Multiple,
    /// Measures and durations: 80.36公顷, 120万平方米, 7天.
    Other,
}

/// One 名词解释 entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryEntry {
    /// The entry's number as written ("8.20+8:" → 8), if numbered.
    pub number: Option<u32>,
    pub term: String,
    pub definition: String,
    pub span: Span,
}

/// Something the parser noticed and could not resolve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// A stable code: `empty-input`, `binary-input`, `no-outline` …
    pub code: String,
    pub message: String,
    pub span: Option<Span>,
}

/// The JSON names of the unit enums, for exports.
macro_rules! json_names {
    ($($ty:ident { $($variant:ident => $name:literal),* $(,)? })*) => {$(
        impl $ty {
            /// The name this value has in JSON.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),* }
            }
        }
    )*};
}

json_names! {
    Role { Actual => "actual", Target => "target" }
    Measure { Growth => "growth", Level => "level", Rate => "rate", Share => "share", Count => "count", Qualitative => "qualitative" }
    Direction { Up => "up", Down => "down", Flat => "flat" }
    IndicatorKind { Expected => "expected", Binding => "binding" }
    QuantityKind { Percent => "percent", Points => "points", Money => "money", Count => "count", Rank => "rank", Multiple => "multiple", Other => "other" }
    DocType { PlanReport => "plan_report", WorkSummary => "work_summary", GovWorkReport => "gov_work_report", StatsBulletin => "stats_bulletin", Unknown => "unknown" }
    HeadingKind { Numbered => "numbered", Dash => "dash", Lead => "lead", Ordinal => "ordinal" }
}
