//! Indicator tables: the figures of a table pasted as text
//! ([`crate::table`] finds it and its cells).
//!
//! Real tables:
//!
//! ```text
//! 指标名称  单位  2013年完成  增长%  2014年目标
//! 地区生产总值  亿元  486.32  10.6  10左右         → level 486.32 亿元, growth 10.6 %; target growth 10 % 左右
//! 人口自然增长率  ‰  5.6  —  6以内                → rate 5.6 ‰; target rate 6 ‰ 以内
//!
//! 序号 ⇥ 指标名称 ⇥ 单位 ⇥ 2019年预计完成 ⇥ 2019年增长（%） ⇥ 2020年目标 ⇥ 指标属性
//! 1 ⇥ 外贸进出口总额 ⇥ 亿美元 ⇥ 4.36 ⇥ -6.8 ⇥ 正增长 ⇥ 预期性  → estimated actuals; a qualitative, expected target
//! 2 ⇥ 单位地区生产总值能耗降低 ⇥ % ⇥ — ⇥ 4.2 ⇥ 完成市下达任务 ⇥ 约束性  → growth −4.2 %; a binding target, down
//! ```
//!
//! The header says each column's role, year and measure ("2019年预计完成"
//! is an estimated actual, "增长（%）" a growth, and one with no year of
//! its own belongs to the column before); a target cell with no unit word
//! is a growth when it lies nearer the row's growth than its level; the
//! row's name gives the sign ("能耗降低  4.2" is −4.2); its 指标属性 column
//! classifies the targets, the ones the text states too.

use super::context::{kind_in, year_in};
use super::names::{NameIndex, NameMatch};
use super::statement::qualitative_direction;
use crate::aliases;
use crate::block::Layout;
use crate::document::{Direction, Indicator, IndicatorKind, Measure, Meta, Role};
use crate::table::{self, Row};
use crate::text::{Source, contains_any};

/// Records of the indicator tables pasted in the text.
pub(super) fn table_indicators(
    source: &Source,
    layout: &Layout,
    meta: &Meta,
    names: &NameIndex,
) -> Vec<Indicator> {
    let mut out = Vec::new();
    for t in table::find(source, &layout.lines) {
        let columns = columns(source, &t.header, meta);
        let Some(name_col) = columns.iter().position(|c| *c == Column::Name) else {
            continue;
        };
        let has_growth = columns
            .iter()
            .any(|c| matches!(c, Column::Figure { growth: true, .. }));
        let table = IndicatorTable {
            source,
            columns,
            name_col,
            has_growth,
        };
        for row in &t.rows {
            table.read_row(names, row, &mut out);
        }
    }
    out
}

/// What a table column holds.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    Name,
    Unit,
    Kind,
    Figure {
        role: Role,
        year: Option<i32>,
        growth: bool,
        estimated: bool,
    },
    Other,
}

/// Read a table's header cells into columns.
fn columns(source: &Source, header: &[(usize, usize)], meta: &Meta) -> Vec<Column> {
    let mut out = Vec::with_capacity(header.len());
    let mut name_seen = false;
    let mut last_figure: Option<(Role, Option<i32>, bool)> = None;
    for (k, &(s, e)) in header.iter().enumerate() {
        let h = source.folded(s, e).replace(' ', "");
        let column = if !name_seen && k < 2 && contains_any(&h, table::NAME_HEADERS) {
            name_seen = true;
            Column::Name
        } else if h.contains("单位") {
            Column::Unit
        } else if contains_any(&h, aliases::TABLE_KIND_HEADERS) {
            Column::Kind
        } else {
            figure_column(&h, meta, &mut last_figure)
        };
        out.push(column);
    }
    if name_seen {
        out
    } else {
        Vec::new()
    }
}

/// The column a header cell `h` names, when it is neither the name, the
/// unit nor the kind. `last_figure`: the role, year and estimate of the
/// last figure column before it.
fn figure_column(
    h: &str,
    meta: &Meta,
    last_figure: &mut Option<(Role, Option<i32>, bool)>,
) -> Column {
    let year = year_in(h);
    let growth = contains_any(h, aliases::TABLE_GROWTH_HEADERS);
    let estimated = h.contains("预计");
    let role = if contains_any(h, aliases::TABLE_ACTUAL_HEADERS) {
        Some(Role::Actual)
    } else if contains_any(h, aliases::TABLE_TARGET_HEADERS)
        || year.is_some() && year == meta.year_planned && year != meta.year_reviewed
    {
        Some(Role::Target)
    } else if year.is_some() {
        Some(Role::Actual)
    } else {
        None
    };
    // "2013年完成  增长%": a growth column with no year of its own
    // belongs to the column before.
    match (role, growth, *last_figure) {
        (Some(role), _, last) => {
            let year = year.or(match role {
                Role::Actual => meta.year_reviewed,
                Role::Target => meta.year_planned,
            });
            // "2019年预计完成  2019年增长（%）": the same year's growth is
            // an estimate too.
            let estimated = estimated || last.is_some_and(|(r, y, e)| e && r == role && y == year);
            *last_figure = Some((role, year, estimated));
            Column::Figure {
                role,
                year,
                growth,
                estimated,
            }
        }
        (None, true, Some((role, year, estimated))) => Column::Figure {
            role,
            year,
            growth,
            estimated,
        },
        (None, true, None) => {
            let year = meta.year_reviewed;
            *last_figure = Some((Role::Actual, year, false));
            Column::Figure {
                role: Role::Actual,
                year,
                growth,
                estimated,
            }
        }
        _ => Column::Other,
    }
}

/// What a table cell says.
enum CellFigure {
    /// "486.32", "10左右", "-3.8", "≥8", "5-5.5", "4%以内", "增长7%左右":
    /// a value, its upper bound, its qualifier, and the verb before it
    /// (true: a decline).
    Number {
        value: f64,
        upper: Option<f64>,
        qualifier: Option<String>,
        verb: Option<bool>,
    },
    /// "正增长", "完成市下达任务".
    Statement(Option<Direction>),
}

fn cell_figure(cell: &str) -> Option<CellFigure> {
    let mut text = cell.trim();
    if text.is_empty()
        || text
            .chars()
            .all(|c| matches!(c, '—' | '-' | '/' | '…' | '.'))
    {
        return None;
    }
    let mut verb = None;
    if let Some(w) = aliases::GROWTH_DOWN
        .iter()
        .find(|w| w.chars().count() > 1 && text.starts_with(*w))
    {
        verb = Some(true);
        text = text[w.len()..].trim_start();
    } else if let Some(w) = aliases::GROWTH_UP
        .iter()
        .find(|w| w.chars().count() > 1 && text.starts_with(*w))
    {
        verb = Some(false);
        text = text[w.len()..].trim_start();
    }
    let mut qualifier = None;
    for (word, said) in aliases::TABLE_QUALIFIERS_BEFORE {
        if let Some(rest) = text.strip_prefix(word) {
            text = rest.trim_start();
            qualifier = Some(said.to_string());
            break;
        }
    }
    for q in aliases::QUALIFIERS_AFTER {
        if let Some(rest) = text.strip_suffix(q) {
            text = rest.trim_end();
            qualifier = Some(q.to_string());
            break;
        }
    }
    let text = text.trim_end_matches(['%', '‰']).trim();
    let number = |t: &str| crate::number::decimal_str(t.trim());
    let figure = |value, upper| CellFigure::Number {
        value,
        upper,
        qualifier: qualifier.clone(),
        verb,
    };
    if let Some(value) = number(text) {
        return Some(figure(value, None));
    }
    // A range: "5-5.5", "5—5.5", "5~5.5".
    let range = text
        .char_indices()
        .skip(1)
        .find(|&(_, c)| matches!(c, '-' | '—' | '~' | '至'))
        .and_then(|(at, c)| {
            let high = text[at + c.len_utf8()..]
                .trim_start_matches('—')
                .trim_end_matches(['%', '‰']);
            Some(figure(number(&text[..at])?, Some(number(high)?)))
        });
    if range.is_some() {
        return range;
    }
    // No number: a statement of the indicator, if it says one.
    contains_any(cell, aliases::QUALITATIVE)
        .then(|| CellFigure::Statement(qualitative_direction(cell)))
}

/// A table with an indicator column, read row by row.
struct IndicatorTable<'a> {
    source: &'a Source<'a>,
    columns: Vec<Column>,
    name_col: usize,
    /// Some column holds growth rates.
    has_growth: bool,
}

/// What a row says of its indicator, for all its figures.
struct RowName<'r> {
    row: &'r Row,
    /// The name cell.
    cell: (usize, usize),
    m: NameMatch,
    /// The unit cell, unless empty or a dash.
    unit: Option<String>,
    /// The kind cell's kind (预期性 / 约束性).
    kind: Option<IndicatorKind>,
    per_cent: bool,
    /// The name says growth ("地区生产总值增速").
    named_growth: bool,
    /// The name says decline ("能耗降低").
    named_down: bool,
}

/// The row's actual level and growth, as read so far.
#[derive(Default)]
struct Actuals {
    level: Option<f64>,
    growth: Option<f64>,
}

impl IndicatorTable<'_> {
    /// The records of a row that names an indicator.
    fn read_row(&self, names: &NameIndex, row: &Row, out: &mut Vec<Indicator>) {
        let Some(name) = self.row_name(names, row) else {
            return;
        };
        // The row's actual level and growth: a target with no unit of
        // its own is whichever it lies nearer ("12.68  8.9  8" → growth).
        let mut actuals = Actuals::default();
        for k in 0..self.columns.len() {
            if let Some(record) = self.read_figure(&name, k, &mut actuals) {
                out.push(record);
            }
        }
    }

    /// The indicator a row names in its name cell, with what its other
    /// cells and its name say of all its figures.
    fn row_name<'r>(&self, names: &NameIndex, row: &'r Row) -> Option<RowName<'r>> {
        let source = self.source;
        let (ns, ne) = row.cells[self.name_col];
        let name_text = source.folded(ns, ne);
        if name_text.starts_with("其中") {
            return None;
        }
        let m = names.first_in(source, ns, ne)?;
        if m.start > ns + 3 {
            return None;
        }
        let cell = |kind: Column| {
            self.columns.iter().position(|c| *c == kind).map(|k| {
                let (s, e) = row.cells[k];
                source.folded(s, e).trim().to_string()
            })
        };
        let unit =
            cell(Column::Unit).filter(|u| !u.is_empty() && !matches!(u.as_str(), "—" | "-" | "/"));
        let kind = cell(Column::Kind).and_then(|k| kind_in(&k));
        let per_cent = unit.as_deref().is_some_and(|u| u == "%" || u == "‰");
        // "地区生产总值增速", "居民消费价格涨幅", "能耗降低": the name
        // says growth (not "人口自然增长率", a rate, or "工业增加值").
        let says = |words: &[&str]| {
            words.iter().any(|w| {
                name_text
                    .match_indices(w)
                    .any(|(at, _)| !name_text[at + w.len()..].starts_with(['率', '值']))
            })
        };
        Some(RowName {
            row,
            cell: (ns, ne),
            m,
            unit,
            kind,
            per_cent,
            named_growth: says(aliases::GROWTH_VERBS),
            named_down: says(aliases::GROWTH_DOWN),
        })
    }

    /// The record of the row's cell in column `k`, if that is a figure
    /// column and the cell gives a figure.
    fn read_figure(&self, name: &RowName, k: usize, actuals: &mut Actuals) -> Option<Indicator> {
        let source = self.source;
        let Column::Figure {
            role,
            year,
            growth,
            estimated,
        } = self.columns[k]
        else {
            return None;
        };
        let row = name.row;
        let (s, e) = row.cells[k];
        let kind = if role == Role::Target {
            name.kind
        } else {
            None
        };
        let record = |measure, value, upper, unit, direction, qualifier| Indicator {
            key: Some(name.m.alias.key.to_string()),
            name: source.clean(name.cell.0, name.cell.1),
            role,
            year,
            measure,
            value,
            upper,
            unit,
            direction,
            qualifier,
            kind,
            estimated,
            text: source.original(row.start, row.end).to_string(),
            span: source.span(row.start, row.end),
        };
        let (value, upper, qualifier, verb) = match cell_figure(&source.folded(s, e)) {
            None => return None,
            Some(CellFigure::Statement(direction)) => {
                let direction = direction.or(name.named_down.then_some(Direction::Down));
                return Some(record(
                    Measure::Qualitative,
                    None,
                    None,
                    None,
                    direction,
                    None,
                ));
            }
            Some(CellFigure::Number {
                value,
                upper,
                qualifier,
                verb,
            }) => (value, upper, qualifier, verb),
        };
        let growth = growth
            || verb.is_some()
            || name.named_growth
            || (!name.per_cent
                && role == Role::Target
                && self.has_growth
                && actuals.nearer_growth(value));
        // "能耗降低  4.2", "削减  2.5": the name's verb gives the sign.
        let down = verb.unwrap_or(name.named_down);
        let value = if growth && down && value > 0.0 {
            -value
        } else {
            value
        };
        let (measure, unit) = name.measure_and_unit(growth);
        if role == Role::Actual && measure == Measure::Level {
            actuals.level = Some(value);
        }
        if role == Role::Actual && measure == Measure::Growth {
            actuals.growth = Some(value);
        }
        let direction = (measure == Measure::Growth).then_some(if value < 0.0 {
            Direction::Down
        } else if value > 0.0 {
            Direction::Up
        } else {
            Direction::Flat
        });
        Some(record(
            measure,
            Some(value),
            upper,
            unit,
            direction,
            qualifier,
        ))
    }
}

impl RowName<'_> {
    /// The measure and unit of a figure of the row: a growth in %, else a
    /// rate or share for a per-cent unit, else a level.
    fn measure_and_unit(&self, growth: bool) -> (Measure, Option<String>) {
        if growth {
            (Measure::Growth, Some("%".to_string()))
        } else if self.per_cent {
            let measure = match self.m.alias.default_measure {
                Measure::Share => Measure::Share,
                _ => Measure::Rate,
            };
            (measure, self.unit.clone())
        } else {
            (Measure::Level, self.unit.clone())
        }
    }
}

impl Actuals {
    /// Does a target with no unit of its own lie nearer the actual growth
    /// than the actual level?
    fn nearer_growth(&self, value: f64) -> bool {
        match (self.level, self.growth) {
            (Some(level), Some(g)) => (value - g).abs() < (value - level).abs(),
            (Some(level), None) => value.abs() < level.abs() / 2.0,
            _ => true,
        }
    }
}
