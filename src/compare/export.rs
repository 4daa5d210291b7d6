//! A [`Comparison`] as CSV (one row per pair, for a spreadsheet) and as
//! Markdown (one table per region, for a note or an issue).
//!
//! The CSV follows the parser's CSV ([`crate::to_csv`]): a UTF-8 BOM so Excel
//! reads the Chinese, CRLF line ends, and every text cell through
//! [`csv_field`](crate::csv_field), so a file name or a report's wording that begins with
//! `=`, `+`, `-` or `@` cannot run as a formula. Unpaired records follow the
//! pairs, with their reason in the status column.

use super::{Comparison, Pair, Unpaired};
use crate::document::Role;
use crate::export::{escape_markdown, format_number, push_csv_row};

/// The CSV columns, in order.
pub const COMPARISON_COLUMNS: [&str; 18] = [
    "region",
    "year",
    "key",
    "name",
    "measure",
    "status",
    "target_value",
    "target_upper",
    "target_unit",
    "target_qualifier",
    "target_text",
    "target_file",
    "actual_value",
    "actual_unit",
    "actual_estimated",
    "actual_text",
    "actual_file",
    "actual_measure",
];

/// The comparison as CSV: pairs first, then unpaired records (status
/// `unpaired:REASON`, the missing side empty).
pub fn comparison_to_csv(comparison: &Comparison) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&COMPARISON_COLUMNS.join(","));
    out.push_str("\r\n");
    for pair in &comparison.rows {
        push_csv_row(&mut out, &pair_cells(pair));
    }
    for record in &comparison.unpaired {
        push_csv_row(&mut out, &unpaired_cells(record));
    }
    out
}

fn number(n: Option<f64>) -> String {
    n.map(format_number).unwrap_or_default()
}

fn text(s: Option<&str>) -> String {
    s.unwrap_or_default().to_string()
}

fn pair_cells(p: &Pair) -> [String; 18] {
    [
        p.region.clone(),
        p.year.to_string(),
        p.key.clone(),
        p.name.clone(),
        p.measure.as_str().into(),
        p.status.as_str().into(),
        number(p.target.value),
        number(p.target.upper),
        text(p.target.unit.as_deref()),
        text(p.target.qualifier.as_deref()),
        p.target.text.clone(),
        p.target.file.clone(),
        number(p.actual.value),
        text(p.actual.unit.as_deref()),
        p.actual.estimated.to_string(),
        p.actual.text.clone(),
        p.actual.file.clone(),
        p.actual.measure.as_str().into(),
    ]
}

fn unpaired_cells(u: &Unpaired) -> [String; 18] {
    let mut cells: [String; 18] = Default::default();
    cells[0] = text(u.region.as_deref());
    cells[1] = u.year.map(|y| y.to_string()).unwrap_or_default();
    cells[2] = text(u.key.as_deref());
    cells[3] = u.name.clone();
    cells[4] = u.measure.as_str().into();
    cells[5] = format!("unpaired:{}", u.reason.as_str());
    match u.role {
        Role::Target => {
            cells[6] = number(u.value);
            cells[7] = number(u.upper);
            cells[8] = text(u.unit.as_deref());
            cells[9] = text(u.qualifier.as_deref());
            cells[10] = u.text.clone();
            cells[11] = u.file.clone();
        }
        Role::Actual => {
            cells[12] = number(u.value);
            cells[13] = text(u.unit.as_deref());
            cells[15] = u.text.clone();
            cells[16] = u.file.clone();
            cells[17] = u.measure.as_str().into();
        }
    }
    cells
}

/// The comparison as Markdown: a table per region and year, then the
/// unpaired records and the warnings.
pub fn comparison_to_markdown(comparison: &Comparison) -> String {
    let mut out = String::new();
    let mut current: Option<(&str, i32)> = None;
    for p in &comparison.rows {
        if current != Some((&p.region, p.year)) {
            current = Some((&p.region, p.year));
            out.push_str(&format!(
                "\n## {} {}\n\n| indicator | target | actual | status |\n| --- | --- | --- | --- |\n",
                cell(&p.region),
                p.year
            ));
        }
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell(&p.name),
            cell(&p.target.text),
            cell(&p.actual.text),
            p.status.as_str()
        ));
    }
    if !comparison.unpaired.is_empty() {
        out.push_str("\n## Unpaired\n\n| region | year | role | indicator | text | file | reason |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        for u in &comparison.unpaired {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} | {} |\n",
                cell(u.region.as_deref().unwrap_or_default()),
                u.year.map(|y| y.to_string()).unwrap_or_default(),
                u.role.as_str(),
                cell(&u.name),
                cell(&u.text),
                cell(&u.file),
                u.reason.as_str()
            ));
        }
    }
    if !comparison.warnings.is_empty() {
        out.push_str("\n## Warnings\n\n");
        for w in &comparison.warnings {
            out.push_str(&format!("- `{}` {}\n", w.code, cell(&w.message)));
        }
    }
    out.trim_start().to_string()
}

/// Text safe inside a Markdown table cell: syntax escaped, no line break.
fn cell(text: &str) -> String {
    escape_markdown(text).replace(['\r', '\n'], " ")
}
