//! Targets against outcomes: pair the targets one report sets for a year
//! with the figures a later report gives for that year.
//!
//! A 政府工作报告 (or a 计划报告) reviews one year and plans the next: the
//! 2025 report sets "地区生产总值增长5%左右" for 2025, and the 2026 report
//! says "地区生产总值增长5.4%" of 2025. [`compare`] lines them up across any
//! number of reports and regions:
//!
//! ```text
//! pair     = target(region, year Y, key, measure)     ; from the report that plans Y
//!          × actual(region, year Y, key, measure)     ; from the report that reviews Y
//! region   = meta.region without its 省 / 市 / 自治区 … suffix   ; 北京 = 北京市
//! year     = the record's year (its list's heading, else the report's years)
//! actual   = the first plain (not 预计) figure of the key and measure in
//!            that report, else its first estimate
//! ```
//!
//! A target with no figure ("居民收入增长与经济增长同步") pairs with the same
//! key's figure, a growth first, so the reader sees the outcome; its status
//! is `qualitative`. Every other pair gets a [`Status`] from
//! [`status`](status::status): a ceiling is met at or below it, a decline
//! target at or below it, anything else at or above its lower end; a missed
//! 左右 target within 0.5 is `near`.
//!
//! Nothing is dropped: targets with no actual and actuals with no target go
//! to [`Comparison::unpaired`] with the reason, and what stops a report from
//! taking part (no region, no year, a duplicate, two reports for one
//! region-year) is a [`CompareWarning`]. The result does not depend on the
//! order of the reports.

mod export;
mod status;
mod units;
#[cfg(all(target_arch = "wasm32", feature = "compare-wasm"))]
mod wasm;

pub use export::{comparison_to_csv, comparison_to_markdown};
pub use status::Status;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::document::{Document, Indicator, Measure, Meta, Role, Span};
use crate::region::canonical_region;

/// One report taking part in a comparison: its file name (as the user knows
/// it: the CLI's path, the page's file name) and its parse.
#[derive(Clone, Copy, Debug)]
pub struct Report<'a> {
    pub file: &'a str,
    pub meta: &'a Meta,
    pub indicators: &'a [Indicator],
}

impl<'a> Report<'a> {
    pub fn new(file: &'a str, document: &'a Document) -> Self {
        Report {
            file,
            meta: &document.meta,
            indicators: &document.indicators,
        }
    }
}

/// What [`compare`] returns.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// One row per target and the actual it is measured against.
    pub rows: Vec<Pair>,
    /// Records that found no partner, with the reason.
    pub unpaired: Vec<Unpaired>,
    /// What kept a report (or part of one) out of the pairing.
    pub warnings: Vec<CompareWarning>,
}

/// A target and its outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pair {
    /// The region as the reports name it (the longest form seen: 北京市).
    pub region: String,
    pub year: i32,
    pub key: String,
    /// The target's name as written.
    pub name: String,
    /// The target's measure.
    pub measure: Measure,
    pub target: Target,
    pub actual: Actual,
    pub status: Status,
}

/// The target side of a [`Pair`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Target {
    pub value: Option<f64>,
    pub upper: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    pub text: String,
    pub file: String,
    pub span: Span,
}

/// The actual side of a [`Pair`]: `value` in its own `unit`, as stated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Actual {
    pub measure: Measure,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub estimated: bool,
    pub text: String,
    pub file: String,
    pub span: Span,
}

/// A record with no partner.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Unpaired {
    pub region: Option<String>,
    pub year: Option<i32>,
    pub key: Option<String>,
    pub name: String,
    pub role: Role,
    pub measure: Measure,
    pub value: Option<f64>,
    pub upper: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    pub text: String,
    pub file: String,
    pub span: Span,
    pub reason: Reason,
}

/// Why a record is unpaired.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// No report covers the other side of its year (no report plans or
    /// reviews that year for the region).
    NoReport,
    /// The report for the other side does not state this key and measure.
    NotInReport,
    /// Its report names no region.
    NoRegion,
    /// Neither the record nor its report gives a year.
    NoYear,
    /// The record's name is not in the indicator alias table.
    NoKey,
    /// The two sides are in units that do not convert (万吨 against 亿元).
    UnitMismatch,
}

impl Reason {
    /// The name this value has in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NoReport => "no-report",
            Reason::NotInReport => "not-in-report",
            Reason::NoRegion => "no-region",
            Reason::NoYear => "no-year",
            Reason::NoKey => "no-key",
            Reason::UnitMismatch => "unit-mismatch",
        }
    }
}

/// Something that kept a report, or part of it, out of the pairing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CompareWarning {
    /// Stable: `duplicate`, `same-year`, `no-region`, `no-year`,
    /// `unreadable` (the CLI could not read the file).
    pub code: String,
    pub message: String,
    pub file: Option<String>,
}

impl CompareWarning {
    pub fn new(code: &str, message: String, file: Option<&str>) -> Self {
        CompareWarning {
            code: code.into(),
            message,
            file: file.map(Into::into),
        }
    }
}

/// Pair targets with actuals across `reports` (any order, any regions).
pub fn compare(reports: &[Report]) -> Comparison {
    let mut out = Comparison::default();
    // File order does not matter: sort by name (stable for equal names).
    let mut order: Vec<&Report> = reports.iter().collect();
    order.sort_by(|a, b| a.file.cmp(b.file));
    let order = drop_duplicates(order, &mut out.warnings);

    let mut regions = Regions::default();
    let mut records = Vec::new();
    for report in &order {
        let region = report.meta.region.as_deref().map(|r| regions.add(r));
        if region.is_none() {
            out.warnings.push(CompareWarning::new(
                "no-region",
                format!(
                    "{}: the report names no region, so its figures cannot be paired.",
                    report.file
                ),
                Some(report.file),
            ));
        }
        let mut yearless = false;
        for (position, indicator) in report.indicators.iter().enumerate() {
            let year = indicator.year.or(match indicator.role {
                Role::Actual => report.meta.year_reviewed,
                Role::Target => report.meta.year_planned,
            });
            yearless |= year.is_none();
            records.push(Record {
                index: records.len(),
                report,
                indicator,
                position,
                region: region.clone(),
                year,
            });
        }
        if yearless {
            out.warnings.push(CompareWarning::new(
                "no-year",
                format!(
                    "{}: the report does not say which year some of its figures belong to.",
                    report.file
                ),
                Some(report.file),
            ));
        }
    }
    same_year_warnings(&records, &regions, &mut out.warnings);
    pair(&records, &regions, &mut out);
    out
}

/// One indicator record with where it stands.
struct Record<'r, 'a> {
    /// Its index in the list of all records.
    index: usize,
    report: &'r Report<'a>,
    indicator: &'a Indicator,
    /// Its index in its report's indicators: document order.
    position: usize,
    /// The canonical region.
    region: Option<String>,
    year: Option<i32>,
}

/// Canonical region names and the longest form each was written in.
#[derive(Default)]
struct Regions {
    shown: BTreeMap<String, String>,
}

impl Regions {
    /// Register a region as written; its canonical form.
    fn add(&mut self, written: &str) -> String {
        let canonical = canonical_region(written).to_string();
        let shown = self
            .shown
            .entry(canonical.clone())
            .or_insert_with(|| written.into());
        if written.chars().count() > shown.chars().count() {
            *shown = written.into();
        }
        canonical
    }

    fn shown(&self, canonical: &str) -> String {
        self.shown
            .get(canonical)
            .cloned()
            .unwrap_or_else(|| canonical.into())
    }
}

/// Keep the first of reports that are the same (same region, years and
/// indicators: the same report opened twice, perhaps under two names).
fn drop_duplicates<'r, 'a>(
    order: Vec<&'r Report<'a>>,
    warnings: &mut Vec<CompareWarning>,
) -> Vec<&'r Report<'a>> {
    let mut kept: Vec<&Report> = Vec::new();
    for report in order {
        let same = kept.iter().find(|k| {
            k.meta.region == report.meta.region
                && k.meta.year_reviewed == report.meta.year_reviewed
                && k.meta.year_planned == report.meta.year_planned
                && k.indicators == report.indicators
        });
        match same {
            Some(first) => warnings.push(CompareWarning::new(
                "duplicate",
                format!(
                    "{} is the same report as {}: left out.",
                    report.file, first.file
                ),
                Some(report.file),
            )),
            None => kept.push(report),
        }
    }
    kept
}

/// Warn where two reports give the same side of one region's year: their
/// rows are all listed, one per report.
fn same_year_warnings(records: &[Record], regions: &Regions, warnings: &mut Vec<CompareWarning>) {
    let mut files: BTreeMap<(String, i32, Role), Vec<&str>> = BTreeMap::new();
    for r in records {
        let (Some(region), Some(year)) = (&r.region, r.year) else {
            continue;
        };
        let list = files
            .entry((region.clone(), year, r.indicator.role))
            .or_default();
        if !list.contains(&r.report.file) {
            list.push(r.report.file);
        }
    }
    for ((region, year, role), list) in files {
        if list.len() < 2 {
            continue;
        }
        let side = match role {
            Role::Target => "set targets for",
            Role::Actual => "give results for",
        };
        warnings.push(CompareWarning::new(
            "same-year",
            format!(
                "{} reports {side} {} {year}: {}; each is paired on its own row.",
                list.len(),
                regions.shown(&region),
                list.join(", ")
            ),
            Some(list[1]),
        ));
    }
}

/// The grouping of a record: region, year, key.
type Slot = (String, i32, String);

fn pair(records: &[Record], regions: &Regions, out: &mut Comparison) {
    // Actual records by slot, in report (file) then document order.
    let mut actuals: BTreeMap<Slot, Vec<&Record>> = BTreeMap::new();
    // Which (region, year, role) a report covers, to tell "no report" from
    // "not in the report".
    let mut covered: BTreeSet<(String, i32, Role)> = BTreeSet::new();
    for r in records {
        if let (Some(region), Some(year)) = (&r.region, r.year) {
            covered.insert((region.clone(), year, r.indicator.role));
        }
        if r.indicator.role != Role::Actual || r.indicator.measure == Measure::Qualitative {
            continue;
        }
        if let Some(slot) = slot(r) {
            actuals.entry(slot).or_default().push(r);
        }
    }
    let mut used = vec![false; records.len()];

    for r in records.iter().filter(|r| r.indicator.role == Role::Target) {
        let Some(slot) = slot(r) else {
            out.unpaired.push(unpaired(r, regions, unslotted_reason(r)));
            continue;
        };
        let candidates = actuals.get(&slot).map(Vec::as_slice).unwrap_or(&[]);
        let chosen = choose_actuals(r.indicator, candidates);
        if chosen.is_empty() {
            let other = (slot.0.clone(), slot.1, Role::Actual);
            let reason = if covered.contains(&other) {
                Reason::NotInReport
            } else {
                Reason::NoReport
            };
            out.unpaired.push(unpaired(r, regions, reason));
            continue;
        }
        for actual in chosen {
            match status::status(r.indicator, actual.indicator) {
                Some(status) => {
                    used[actual.index] = true;
                    out.rows.push(row(r, actual, status, regions));
                }
                None => {
                    used[actual.index] = true;
                    out.unpaired
                        .push(unpaired(r, regions, Reason::UnitMismatch));
                    out.unpaired
                        .push(unpaired(actual, regions, Reason::UnitMismatch));
                }
            }
        }
    }
    // The actuals no target took, and the targets' leftovers.
    for r in records {
        if r.indicator.role != Role::Actual || used[r.index] {
            continue;
        }
        let reason = match slot(r) {
            None => unslotted_reason(r),
            Some((region, year, _)) if covered.contains(&(region.clone(), year, Role::Target)) => {
                Reason::NotInReport
            }
            Some(_) => Reason::NoReport,
        };
        out.unpaired.push(unpaired(r, regions, reason));
    }
    out.rows.sort_by(|a, b| {
        (
            &a.region,
            a.year,
            &a.target.file,
            a.target.span.start,
            &a.actual.file,
        )
            .cmp(&(
                &b.region,
                b.year,
                &b.target.file,
                b.target.span.start,
                &b.actual.file,
            ))
    });
    out.unpaired.sort_by(|a, b| {
        (&a.region, a.year, &a.file, a.span.start, a.reason).cmp(&(
            &b.region,
            b.year,
            &b.file,
            b.span.start,
            b.reason,
        ))
    });
    out.unpaired.dedup();
}

fn slot(r: &Record) -> Option<Slot> {
    Some((r.region.clone()?, r.year?, r.indicator.key.clone()?))
}

fn unslotted_reason(r: &Record) -> Reason {
    if r.region.is_none() {
        Reason::NoRegion
    } else if r.year.is_none() {
        Reason::NoYear
    } else {
        Reason::NoKey
    }
}

/// The actuals a target is measured against: from each report that gives
/// the slot's year, its first plain figure of the target's measure (of any
/// measure, a growth first, for a qualitative target), else its first
/// estimate.
fn choose_actuals<'x, 'r, 'a>(
    target: &Indicator,
    candidates: &'x [&'x Record<'r, 'a>],
) -> Vec<&'x Record<'r, 'a>> {
    let mut chosen: Vec<&Record> = Vec::new();
    let mut files: Vec<&str> = candidates.iter().map(|c| c.report.file).collect();
    files.dedup();
    for file in files {
        let of_file = || {
            candidates
                .iter()
                .copied()
                .filter(move |c| c.report.file == file)
        };
        let measures: &[Measure] = if target.measure == Measure::Qualitative {
            &[
                Measure::Growth,
                Measure::Rate,
                Measure::Share,
                Measure::Level,
                Measure::Count,
            ]
        } else {
            std::slice::from_ref(&target.measure)
        };
        let best = measures.iter().find_map(|&m| {
            let mut of_measure = of_file().filter(|c| c.indicator.measure == m);
            let first = of_measure.clone().min_by_key(|c| c.position)?;
            Some(of_measure.find(|c| !c.indicator.estimated).unwrap_or(first))
        });
        if let Some(best) = best {
            chosen.push(best);
        }
    }
    chosen
}

fn row(target: &Record, actual: &Record, status: Status, regions: &Regions) -> Pair {
    let t = target.indicator;
    let a = actual.indicator;
    Pair {
        region: regions.shown(target.region.as_deref().unwrap_or_default()),
        year: target.year.unwrap_or_default(),
        key: t.key.clone().unwrap_or_default(),
        name: t.name.clone(),
        measure: t.measure,
        target: Target {
            value: t.value,
            upper: t.upper,
            unit: t.unit.clone(),
            qualifier: t.qualifier.clone(),
            text: t.text.clone(),
            file: target.report.file.into(),
            span: t.span,
        },
        actual: Actual {
            measure: a.measure,
            value: a.value,
            unit: a.unit.clone(),
            estimated: a.estimated,
            text: a.text.clone(),
            file: actual.report.file.into(),
            span: a.span,
        },
        status,
    }
}

fn unpaired(r: &Record, regions: &Regions, reason: Reason) -> Unpaired {
    let i = r.indicator;
    Unpaired {
        region: r.region.as_deref().map(|c| regions.shown(c)),
        year: r.year,
        key: i.key.clone(),
        name: i.name.clone(),
        role: i.role,
        measure: i.measure,
        value: i.value,
        upper: i.upper,
        unit: i.unit.clone(),
        qualifier: i.qualifier.clone(),
        text: i.text.clone(),
        file: r.report.file.into(),
        span: i.span,
        reason,
    }
}
