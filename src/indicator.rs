//! Indicators: the headline figures, as last year's actuals and next
//! year's targets.
//!
//! # Grammar
//!
//! ```text
//! indicator-list = intro? item+                 ; under a 完成情况 / 目标 heading
//! intro          = sentence ending in ":"      ; "全年主要经济指标完成情况如下："
//! item           = ("——" | "-" | "•" | "(1)" | "1." …) clause (";" clause)* [";" | "。"]
//! clause         = "预计"? subjects predicate
//! subjects       = name (("、" | "和" | "及") name)*
//! predicate      = (lead value qualifier?)+ | qualitative
//! lead           = ("同比" | "比上年")? verb? …    ; 增长 / 下降 / 增速达 / 控制在 / 实现 / 完成
//! value          = quantity                     ; from crate::quantity
//! qualifier      = "左右" | "以上" | "以内" | …   ; or before: "力争" | "不低于" | …
//! qualitative    = "正增长" | "完成上级下达指标" | "按照上级主管部门工作部署正常推进" | …
//! ```
//!
//! Real items:
//!
//! ```text
//! - 地区生产总值同比增长 1.1%;                  → gdp, growth, 1.1 %, up
//! - 社会消费品零售总额同比下降 3.6%;            → retail_sales, growth, -3.6 %, down
//! ——社会消费品零售总额同比增长-0.4%;           → retail_sales, growth, -0.4 %, down
//! - 城镇登记失业率控制在 3%以内;                 → unemployment, rate, 3 %, 以内
//! ——地区生产总值801.05亿元,同比增长(以下简称增长)4.5%;  → two records: level 801.05 亿元, growth 4.5 %
//! ——外贸进出口总额预计1600亿元左右,增长25%左右。  → two records, both estimated, 左右
//! ——社会消费品零售总额正增长;                   → qualitative, up
//! - 万元 GDP 水耗、节能减排完成上级下达指标。       → two qualitative records
//! ```
//!
//! # Modules
//!
//! Records come from three places, read apart and then merged here:
//!
//! | construct | module |
//! | --- | --- |
//! | indicator lists, their items and intros | [`list`] |
//! | role, kind and year from intros and headings | [`context`] |
//! | one clause: subjects, 预计, 力争, 分别 | [`clause`] |
//! | names and subject groups | [`names`] |
//! | a figure and the words before it | [`value`] |
//! | a statement without a number | [`statement`] |
//! | headline figures in prose | [`prose`] |
//! | tables pasted as text | [`tables`] |
//!
//! The lists come first. Prose is read only for a role (actual or target)
//! that has no list of items, and only the text no list or table read; an
//! inline list ("主要预期目标是：A，B。") leaves the prose open, for the
//! figures it does not give ("力争社会消费品零售总额增长5%以上" in the tasks). A table adds
//! the figures the text does not state, and its 指标属性 column classifies
//! the targets the text states too.

mod clause;
mod context;
mod list;
mod names;
mod prose;
mod statement;
mod tables;
mod value;

use self::clause::read_clause;
use self::context::{speaks_of_years, Context};
use self::list::list_runs;
use self::names::NameIndex;
use self::prose::prose_indicators;
use self::tables::table_indicators;
use crate::block::Layout;
use crate::document::{Indicator, IndicatorKind, Measure, Meta, Role, Span};
use crate::outline::Outline;
use crate::text::Source;

/// The headline indicators of a text.
pub(crate) fn extract(
    source: &Source,
    layout: &Layout,
    outline: &Outline,
    meta: &Meta,
) -> Vec<Indicator> {
    let names = NameIndex::shared();
    let (mut found, listed) = list_indicators(source, layout, outline, meta, names);
    let tabled = table_indicators(source, layout, meta, names);
    if !(listed[0] && listed[1]) {
        let prose = prose_indicators(source, layout, outline, meta, names);
        add_prose(&mut found, prose, &tabled, listed);
    }
    // A table adds the figures the text does not state, and classifies
    // the targets the text states (its 指标属性 column).
    classify_targets(&mut found, &tabled);
    add_table_figures(&mut found, tabled);
    // Lists, prose and tables were read apart: put the records back in text order.
    crate::sort::sort_by_key(&mut found, |record| u64::from(record.span.start));
    found
}

/// The records of the indicator lists, and which roles (by `Role as
/// usize`) have a list.
fn list_indicators(
    source: &Source,
    layout: &Layout,
    outline: &Outline,
    meta: &Meta,
    names: &NameIndex,
) -> (Vec<Indicator>, [bool; 2]) {
    let mut found: Vec<Indicator> = Vec::new();
    let mut listed = [false; 2];
    // The records of the last list read: (its intro, where they start in `found`).
    let mut last_list: Option<(Option<(usize, usize)>, usize)> = None;
    for run in list_runs(source, layout, outline, names) {
        // "今后五年…的主要目标是：到2026年，…": not the year's targets.
        if run
            .intro
            .is_some_and(|(s, e)| speaks_of_years(&source.folded(s, e)))
        {
            continue;
        }
        let context = Context::of_run(source, outline, &run, meta);
        let records: Vec<Indicator> = run
            .clauses
            .iter()
            .flat_map(|&(start, end)| read_clause(source, names, start, end, &context, true))
            .collect();
        // A list is an indicator list when its heading or intro says whose
        // figures it gives, or when it gives several figures.
        if !context.decided && records.iter().filter(|r| r.value.is_some()).count() < 2 {
            continue;
        }
        // An inline list gives the headline figures; the prose may set
        // others for the same role.
        if !records.is_empty() && !run.inline {
            listed[context.role as usize] = true;
        }
        // "主要预期目标是：…。约束性指标是：…": set against the binding
        // ones, the targets before are the expected ones.
        if let Some((intro, from)) = last_list {
            if run.follows.is_some()
                && run.follows == intro
                && context.kind == Some(IndicatorKind::Binding)
            {
                for record in &mut found[from..] {
                    record.kind.get_or_insert(IndicatorKind::Expected);
                }
            }
        }
        last_list = Some((run.intro, found.len()));
        found.extend(records);
    }
    (found, listed)
}

/// Add the prose records of the roles with no list, but those of text a
/// list or a table already read, and one record per (key, role, measure).
fn add_prose(
    found: &mut Vec<Indicator>,
    prose: Vec<Indicator>,
    tabled: &[Indicator],
    listed: [bool; 2],
) {
    let read = Covered::new(found.iter().chain(tabled));
    // The figures already read: a prose figure adds only a new one.
    let mut seen: Vec<(Option<String>, Role, Measure)> = Vec::new();
    for r in found.iter() {
        let id = (r.key.clone(), r.role, r.measure);
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    // The (key, role) pairs that have a figure: bounded by the alias table.
    let mut figured: Vec<(Option<String>, Role)> = Vec::new();
    for r in found.iter() {
        let id = (r.key.clone(), r.role);
        if !figured.contains(&id) {
            figured.push(id);
        }
    }
    for record in prose {
        // Text a list or a table already read is not read again as prose.
        if listed[record.role as usize] || read.overlaps(record.span) {
            continue;
        }
        let id = (record.key.clone(), record.role, record.measure);
        let pair = (record.key.clone(), record.role);
        let stated_only = record.measure == Measure::Qualitative && figured.contains(&pair);
        if !seen.contains(&id) && !stated_only {
            seen.push(id);
            if !figured.contains(&pair) {
                figured.push(pair);
            }
            found.push(record);
        }
    }
}

/// Classify the targets the text states by the tables' 指标属性 column.
fn classify_targets(found: &mut [Indicator], tabled: &[Indicator]) {
    let mut kinds: Vec<(Option<String>, IndicatorKind)> = Vec::new();
    for record in tabled {
        if let (Role::Target, Some(kind)) = (record.role, record.kind) {
            if !kinds.iter().any(|(k, _)| *k == record.key) {
                kinds.push((record.key.clone(), kind));
            }
        }
    }
    if !kinds.is_empty() {
        for r in found
            .iter_mut()
            .filter(|r| r.role == Role::Target && r.kind.is_none())
        {
            r.kind = kinds
                .iter()
                .find(|(k, _)| *k == r.key)
                .map(|&(_, kind)| kind);
        }
    }
}

/// Add the table figures the text does not state.
fn add_table_figures(found: &mut Vec<Indicator>, tabled: Vec<Indicator>) {
    // The figures already read: distinct ids, bounded by the alias table
    // and the years named.
    type Id = (Option<String>, Role, Option<i32>, Measure);
    let id = |r: &Indicator| -> Id { (r.key.clone(), r.role, r.year, r.measure) };
    let mut ids: Vec<Id> = Vec::new();
    for r in found.iter() {
        let i = id(r);
        if !ids.contains(&i) {
            ids.push(i);
        }
    }
    for record in tabled {
        if !ids.contains(&id(&record)) {
            found.push(record);
        }
    }
}

/// The spans already read, for overlap queries in O(log n).
struct Covered {
    /// (start, end), by start.
    spans: Vec<(u32, u32)>,
    /// The largest end among `spans[..=i]`.
    max_end: Vec<u32>,
}

impl Covered {
    fn new<'r>(records: impl Iterator<Item = &'r Indicator>) -> Covered {
        let mut spans: Vec<(u32, u32)> = records.map(|r| (r.span.start, r.span.end)).collect();
        crate::sort::sort_by_key(&mut spans, |&(start, _)| u64::from(start));
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for &(_, end) in &spans {
            m = m.max(end);
            max_end.push(m);
        }
        Covered { spans, max_end }
    }

    /// Does any span overlap `span`?
    fn overlaps(&self, span: Span) -> bool {
        // The spans starting before `span` ends; one of them must end after it starts.
        let before = self.spans.partition_point(|&(start, _)| start < span.end);
        before > 0 && self.max_end[before - 1] > span.start
    }
}
