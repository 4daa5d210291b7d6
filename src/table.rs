//! Tables pasted as text: a header row naming the columns, then one row
//! per indicator.
//!
//! # Grammar
//!
//! ```text
//! table  = header (row | blank-line | rule)+
//! header = cell (sep cell)+            ; names the columns, one of them 指标 / 项目 / 名称
//! row    = cell (sep cell)+            ; as many cells as the header
//! sep    = tab | "|" | two or more spaces (U+3000 counts as a space)
//! rule   = "|---|---|" or "---"        ; a markdown separator row
//! ```
//!
//! Real tables (from a PDF, a web page (⇥ is a tab) and a markdown copy):
//!
//! ```text
//! 指标名称  单位  2013年完成  增长%  2014年目标
//! 地区生产总值  亿元  486.32  10.6  10左右
//! 城镇登记失业率  %  3.2  —  4以内
//!
//! 序号 ⇥ 指标 ⇥ 单位 ⇥ 2023年预计完成 ⇥ 增长(%) ⇥ 2024年目标 ⇥ 指标属性
//! 1 ⇥ 地区生产总值 ⇥ 亿元 ⇥ 3856.4 ⇥ 5.6 ⇥ 6左右 ⇥ 预期性
//!
//! | 指标 | 单位 | 2024年目标 |
//! |---|---|---|
//! | 地区生产总值增速 | % | 6 |
//! ```
//!
//! This module only finds the tables and their cells; which column gives
//! which figure is read in [`crate::indicator`].

use crate::block::Line;
use crate::text::{is_blank, Source};

/// A table: its header cells and its rows, in code points.
#[derive(Debug)]
pub(crate) struct Table {
    pub header: Vec<(usize, usize)>,
    pub rows: Vec<Row>,
}

/// One row of a table: its line and its cells.
#[derive(Debug)]
pub(crate) struct Row {
    pub start: usize,
    pub end: usize,
    pub cells: Vec<(usize, usize)>,
}

/// Words of which a header's first cells name the indicator column.
pub(crate) const NAME_HEADERS: &[&str] = &["指标", "项目", "名称"];

/// Words in a header's other cells that say they hold figures.
const FIGURE_HEADERS: &[&str] = &[
    "完成", "目标", "计划", "预计", "实际", "增长", "增速", "增幅", "单位", "年",
];

/// Find the tables among `lines`.
pub(crate) fn find(source: &Source, lines: &[Line]) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        i += 1;
        if line.is_blank() {
            continue;
        }
        let header = cells(source, line.content_start, line.content_end);
        if !is_header(source, &header) {
            continue;
        }
        let mut rows = Vec::new();
        while i < lines.len() {
            let line = &lines[i];
            if line.is_blank() || is_rule(source, line) {
                i += 1;
                continue;
            }
            let cells = cells(source, line.content_start, line.content_end);
            if cells.len() < 2 {
                break;
            }
            i += 1;
            // Empty cells at the end of a tab or bar row were trimmed with
            // the line's trailing space.
            let mut cells = cells;
            let delimited =
                (line.content_start..line.content_end).any(|k| matches!(source.at(k), '\t' | '|'));
            while delimited && cells.len() < header.len() {
                cells.push((line.content_end, line.content_end));
            }
            if cells.len() == header.len() {
                rows.push(Row {
                    start: line.content_start,
                    end: line.content_end,
                    cells,
                });
            }
        }
        if !rows.is_empty() {
            tables.push(Table { header, rows });
        }
    }
    tables
}

/// The cells of a line: split at tabs, at `|`, or at runs of two or more
/// spaces, whichever the line uses. Fewer than two cells: not a row.
pub(crate) fn cells(source: &Source, start: usize, end: usize) -> Vec<(usize, usize)> {
    // Which separator the line uses, if any; most lines (prose) have none
    // and end here.
    let end = end.min(source.chars.len());
    let line = &source.chars[start.min(end)..end];
    let tab = line.contains(&'\t');
    let bar = !tab && line.contains(&'|');
    let gap = !tab && !bar && has_gap(line);
    let mut out = Vec::new();
    if !(tab || bar || gap) {
        return out;
    }
    let mut push = |s: usize, e: usize| {
        let (s, e) = source.trim(s, e);
        out.push((s, e));
    };
    if tab || bar {
        let sep = if tab { '\t' } else { '|' };
        let mut from = start;
        for i in start..=end {
            if i == end || source.at(i) == sep {
                push(from, i);
                from = i + 1;
            }
        }
        // "| a | b |": no cell before the first bar or after the last.
        if sep == '|' {
            if out.first().is_some_and(|&(s, e)| s >= e) {
                out.remove(0);
            }
            if out.last().is_some_and(|&(s, e)| s >= e) {
                out.pop();
            }
        }
    } else {
        let mut from = start;
        let mut i = start;
        while i < end {
            if is_blank(source.at(i)) {
                let gap_start = i;
                while i < end && is_blank(source.at(i)) {
                    i += 1;
                }
                if i - gap_start >= 2 && gap_start > start && i < end {
                    push(from, gap_start);
                    from = i;
                }
            } else {
                i += 1;
            }
        }
        push(from, end);
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// Does `line` hold a run of two or more blanks between content?
/// (Indentation and trailing blanks are no gap.)
fn has_gap(line: &[char]) -> bool {
    let Some(mut i) = line.iter().position(|&c| !is_blank(c)) else {
        return false;
    };
    while let Some(k) = line[i..].iter().position(|&c| is_blank(c)) {
        let run_start = i + k;
        let run = line[run_start..].iter().take_while(|&&c| is_blank(c)).count();
        if run >= 2 && run_start + run < line.len() {
            return true;
        }
        i = run_start + run;
    }
    false
}

/// A header: three or more cells, one of the first two naming the
/// indicator column, and another saying it holds figures.
fn is_header(source: &Source, cells: &[(usize, usize)]) -> bool {
    if cells.len() < 3 {
        return false;
    }
    let text = |&(s, e): &(usize, usize)| source.folded(s, e);
    let names = cells
        .iter()
        .take(2)
        .any(|c| NAME_HEADERS.iter().any(|w| text(c).contains(w)) && c.1 - c.0 <= 6);
    let figures = cells
        .iter()
        .skip(1)
        .filter(|c| FIGURE_HEADERS.iter().any(|w| text(c).contains(w)))
        .count();
    names && figures >= 1
}

/// A markdown rule between header and rows: only `|`, `-`, `:` and spaces.
fn is_rule(source: &Source, line: &Line) -> bool {
    let mut dashes = false;
    for i in line.content_start..line.content_end {
        match source.at(i) {
            '-' | '—' => dashes = true,
            '|' | ':' | ' ' | '\t' => {}
            _ => return false,
        }
    }
    dashes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::layout;

    fn texts(text: &str) -> Vec<Vec<String>> {
        let source = Source::new(text);
        let lines = layout(&source).lines;
        find(&source, &lines)
            .iter()
            .flat_map(|t| {
                std::iter::once(&t.header)
                    .chain(t.rows.iter().map(|r| &r.cells))
                    .map(|cells| cells.iter().map(|&(s, e)| source.folded(s, e)).collect())
                    .collect::<Vec<Vec<String>>>()
            })
            .collect()
    }

    #[test]
    fn reads_a_table_split_by_spaces() {
        let text = "表1  主要指标\n指标名称  单位  2013年完成  增长%  2014年目标\n地区生产总值  亿元  486.32  10.6  10左右\n城镇登记失业率  %  3.2  —  4以内\n注：其余为比上年增长。\n";
        assert_eq!(
            texts(text),
            [
                vec!["指标名称", "单位", "2013年完成", "增长%", "2014年目标"],
                vec!["地区生产总值", "亿元", "486.32", "10.6", "10左右"],
                vec!["城镇登记失业率", "%", "3.2", "—", "4以内"],
            ],
            "should split at runs of spaces and stop at the note"
        );
    }

    #[test]
    fn reads_tabs_and_markdown() {
        let text = "序号\t指标\t单位\t2024年目标\n1\t地区生产总值\t亿元\t\n";
        assert_eq!(
            texts(text),
            [
                vec!["序号", "指标", "单位", "2024年目标"],
                vec!["1", "地区生产总值", "亿元", ""],
            ],
            "should keep an empty cell between tabs"
        );
        let text = "| 指标 | 单位 | 2024年目标 |\n|---|---|---|\n| 地区生产总值增速 | % | 6 |\n";
        assert_eq!(
            texts(text),
            [
                vec!["指标", "单位", "2024年目标"],
                vec!["地区生产总值增速", "%", "6"],
            ],
            "should skip the rule and the outer bars"
        );
    }

    #[test]
    fn reads_no_table_in_prose() {
        let text = "指标完成情况如下：地区生产总值增长5%。\n一、主要指标  完成  情况\n";
        assert!(texts(text).is_empty(), "should find no table in prose");
    }
}
