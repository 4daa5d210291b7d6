//! Whether an outcome meets its target.
//!
//! ```text
//! qualitative target ("收入增长与经济增长同步")          → qualitative
//! ceiling: qualifier 以内 以下 不高于 不超过 …, wording 控制在, or a capped
//!          key (cpi, unemployment)
//!          met when actual ≤ the upper end                ; 失业率5.5%以内: 4.6 met
//! decline: a negative growth ("能耗下降2.5%" → -2.5)
//!          met when actual ≤ it                            ; 下降3% (-3) met
//! floor:   everything else, met when actual ≥ the lower end ; 增长4.5%—5%: 4.6 met
//! not met: near when the target says 左右 and the actual is within 0.5 of
//!          it ("增长6%左右" against 5.6); else missed
//! ```
//!
//! The two values are compared in the target's unit: an actual of
//! "3.9万亿元" against a target in 亿元 is 39000 亿元 ([`super::units`]).
//! Units that do not convert make no status at all: the caller lists the
//! pair as unpaired rather than guess.

use serde::{Deserialize, Serialize};

use super::units::convert;
use crate::document::{Direction, Indicator, Measure};

/// How an outcome stands against its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// At or beyond the target.
    Met,
    /// Short of an approximate (左右) target by at most [`NEAR`].
    Near,
    Missed,
    /// The target has no figure to measure against.
    Qualitative,
}

impl Status {
    /// The name this value has in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Near => "near",
            Status::Missed => "missed",
            Status::Qualitative => "qualitative",
        }
    }
}

/// Qualifiers that make a target a ceiling.
const CEILING_QUALIFIERS: &[&str] = &["以内", "之内", "以下", "不高于", "不超过", "控制在"];

/// Wording before the figure that makes a target a ceiling, though the
/// qualifier after it may be another (控制在5.5%左右).
const CEILING_VERBS: &[&str] = &["控制在"];

/// Keys whose targets are caps whatever their wording: price rises and
/// unemployment are to be kept down.
const CAPPED_KEYS: &[&str] = &["cpi", "unemployment"];

/// The qualifier that lets a target be nearly met.
const APPROXIMATE: &str = "左右";

/// How far short an approximate target may be and still be near.
pub const NEAR: f64 = 0.5;

/// Rounding slack: figures are stated to one or two decimals.
const EPSILON: f64 = 1e-9;

/// The status of `actual` against `target`; `None` when their units do not
/// convert into each other.
pub fn status(target: &Indicator, actual: &Indicator) -> Option<Status> {
    if target.measure == Measure::Qualitative {
        return Some(Status::Qualitative);
    }
    let (Some(value), Some(stated)) = (target.value, actual.value) else {
        return Some(Status::Qualitative);
    };
    let actual = convert(stated, actual.unit.as_deref(), target.unit.as_deref())?;
    let upper = target.upper.unwrap_or(value);
    let (low, high) = (value.min(upper), value.max(upper));
    let (met, bound) = if is_ceiling(target) || is_decline(target, value) {
        (actual <= high + EPSILON, high)
    } else {
        (actual >= low - EPSILON, low)
    };
    Some(if met {
        Status::Met
    } else if says(target, APPROXIMATE) && (actual - bound).abs() <= NEAR + EPSILON {
        Status::Near
    } else {
        Status::Missed
    })
}

fn is_ceiling(target: &Indicator) -> bool {
    target
        .key
        .as_deref()
        .is_some_and(|k| CAPPED_KEYS.contains(&k))
        || target
            .qualifier
            .as_deref()
            .is_some_and(|q| CEILING_QUALIFIERS.iter().any(|w| q.contains(w)))
        || CEILING_VERBS.iter().any(|w| target.text.contains(w))
}

fn is_decline(target: &Indicator, value: f64) -> bool {
    target.measure == Measure::Growth && (value < 0.0 || target.direction == Some(Direction::Down))
}

/// The target's qualifier or its wording holds `word`.
fn says(target: &Indicator, word: &str) -> bool {
    target
        .qualifier
        .as_deref()
        .is_some_and(|q| q.contains(word))
        || target.text.contains(word)
}
