//! Values: what one reading ([`crate::quantity`]) says of a subject,
//! given the words between the subject and it.
//!
//! # Grammar
//!
//! ```text
//! lead      = ("同比" | "比上年")? verb? …    ; 增长 / 下降 / 增速达 / 控制在 / 实现 / 完成
//! value     = quantity                        ; from crate::quantity
//! qualifier = "左右" | "以上" | "以内" | …     ; or before: "力争" | "不低于" | …
//! ```
//!
//! Real values:
//!
//! ```text
//! 同比增长 1.1%                  → growth, 1.1 %, up
//! 同比下降 3.6%                  → growth, -3.6 %, down
//! 同比增长-0.4%                  → growth, -0.4 %, down
//! 控制在 3%以内                  → rate (the indicator's own measure), 3 %, 以内
//! 801.05亿元                     → level, 801.05 亿元
//! 增长25%左右                    → growth, 25 %, 左右
//! ```
//!
//! Not values: a yearly average ("年均增长6.5%"), a difference in points
//! without a verb of change, a comparison ("高于全市平均水平0.4个百分点"),
//! a rank or a multiple, a count of what does not count, and in prose a
//! figure the name is not the subject of ("节能减排专项资金2623万元").

use crate::aliases::{self, Alias};
use crate::document::{Direction, Indicator, Measure, QuantityKind};
use crate::quantity::Reading;
use crate::text::{Source, contains_any};

/// A value read from a reading and the words before it.
pub(super) struct Value {
    pub(super) measure: Measure,
    pub(super) value: f64,
    pub(super) upper: Option<f64>,
    pub(super) unit: String,
    pub(super) direction: Option<Direction>,
    pub(super) qualifier: Option<String>,
    /// End of the value with its qualifier.
    pub(super) end: usize,
}

impl Value {
    /// `record` with this value, its text running `start..end`.
    pub(super) fn fill(
        &self,
        mut record: Indicator,
        source: &Source,
        start: usize,
        end: usize,
    ) -> Indicator {
        record.measure = self.measure;
        record.value = Some(self.value);
        record.upper = self.upper;
        record.unit = Some(self.unit.clone());
        record.direction = self.direction;
        record.qualifier = self.qualifier.clone();
        record.text = source.original(start, end).to_string();
        record.span = source.span(start, end);
        record
    }
}

/// What a reading says, given the words between the subject and it.
/// `strict` (in prose): the name must be the subject of the lead.
pub(super) fn read_value(
    source: &Source,
    reading: &Reading,
    lead: &str,
    alias: &Alias,
    strict: bool,
) -> Option<Value> {
    let lead = lead.trim();
    // The lead must be short: a verb phrase, not another statement.
    if lead.chars().count() > 24 {
        return None;
    }
    if strict && !is_predicate(lead) {
        return None;
    }
    // "年均增长6.5%": an average over years, not the year's figure.
    if lead.contains("年均") {
        return None;
    }
    // A count ("88个") is a value only of indicators that count.
    if reading.kind == QuantityKind::Count && alias.default_measure != Measure::Count {
        return None;
    }
    // "提高到2.68%", "降至3%": the verb gives the new level, not a change.
    let reaches = lead.ends_with('到') || lead.ends_with('至');
    let down = !reaches && contains_any(lead, aliases::GROWTH_DOWN);
    let up = !reaches && contains_any(lead, aliases::GROWTH_UP);
    let (qualifier, end) = qualifier_of(source, reading, lead);
    // A difference in points needs a verb of change ("下降0.3个百分点"),
    // and in prose it is a comment on a rate ("失业率为3.12%，比上年末下降
    // 0.15个百分点"), not a figure of its own.
    if reading.kind == QuantityKind::Points && (strict || !(up || down)) {
        return None;
    }
    // A comparison with another place or the plan is not the figure
    // ("高于全市平均水平0.4个百分点"); a floor or a cap is ("不低于8亿元").
    let unqualified = aliases::QUALIFIERS_BEFORE
        .iter()
        .fold(lead.to_string(), |l, q| l.replace(q, ""));
    if contains_any(&unqualified, aliases::COMPARISONS) {
        return None;
    }
    let (measure, signed, direction) = measure_of(reading, lead, up, down, alias)?;
    Some(Value {
        measure,
        value: signed,
        upper: reading.stated_upper,
        unit: reading.stated_unit_text(),
        direction,
        qualifier,
        end,
    })
}

/// Is the lead a predicate of the name? In prose the name must be the
/// subject: "节能减排专项资金2623万元" is money for something else, and so
/// is ",补贴项目88个" after it.
fn is_predicate(lead: &str) -> bool {
    let core = lead.trim_start_matches([',', '、', ':', '(', ')', ' ']);
    core.is_empty()
        || aliases::PREDICATE_STARTS
            .iter()
            .chain(aliases::QUALIFIERS_BEFORE)
            .any(|w| core.starts_with(w))
        || (!core.contains('的') && contains_any(core, aliases::GROWTH_VERBS))
}

/// The qualifier of a reading — its own approximator, a word right after
/// it ("左右", "以内") or one in the lead ("不低于") — and where the value
/// with its qualifier ends.
fn qualifier_of(source: &Source, reading: &Reading, lead: &str) -> (Option<String>, usize) {
    let mut end = reading.end;
    let mut qualifier = reading
        .approx
        .filter(|a| aliases::QUALIFIERS_AFTER.contains(a))
        .map(String::from);
    if qualifier.is_none() {
        for q in aliases::QUALIFIERS_AFTER {
            if source.starts_with(end, q) {
                qualifier = Some(q.to_string());
                end += q.chars().count();
                break;
            }
        }
    }
    if qualifier.is_none() {
        qualifier = aliases::QUALIFIERS_BEFORE
            .iter()
            .find(|q| lead.contains(*q))
            .map(|q| q.to_string());
    }
    // "超过220亿斤": the reading holds the word before its number.
    if qualifier.is_none() {
        qualifier = reading
            .approx
            .filter(|a| aliases::FLOORS_IN_READING.contains(a))
            .map(String::from);
    }
    (qualifier, end)
}

/// The measure of a reading, its signed value and its direction: a growth
/// when the lead has a verb of change (signed by it), a share when it says
/// 比重 or 占, else the indicator's own measure for a percentage.
fn measure_of(
    reading: &Reading,
    lead: &str,
    up: bool,
    down: bool,
    alias: &Alias,
) -> Option<(Measure, f64, Option<Direction>)> {
    // A per-mille figure ("人口自然增长率6‰") is a rate like a percentage.
    let kind = if reading.unit == "‰" {
        QuantityKind::Percent
    } else {
        reading.kind
    };
    let measured = match kind {
        QuantityKind::Percent | QuantityKind::Points => {
            let measure = if lead.contains("比重") || lead.contains('占') {
                Measure::Share
            } else if down || up {
                Measure::Growth
            } else {
                alias.default_measure
            };
            match measure {
                Measure::Growth => {
                    let signed = if down {
                        -reading.stated
                    } else {
                        reading.stated
                    };
                    let direction = if signed < 0.0 {
                        Direction::Down
                    } else if signed > 0.0 {
                        Direction::Up
                    } else {
                        Direction::Flat
                    };
                    (Measure::Growth, signed, Some(direction))
                }
                Measure::Qualitative => (Measure::Growth, reading.stated, None),
                other => (other, reading.stated, None),
            }
        }
        QuantityKind::Money | QuantityKind::Other => (Measure::Level, reading.stated, None),
        QuantityKind::Count => (Measure::Count, reading.stated, None),
        QuantityKind::Rank | QuantityKind::Multiple => return None,
    };
    Some(measured)
}
