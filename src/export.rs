//! Exports: the indicator table as CSV and the outline as Markdown.
//!
//! The npm package's `toCSV` and `toMarkdown` produce byte-identical output
//! (its Node tests compare them on every seed), so any change here must be
//! made there too (`js/export.js`).
//!
//! CSV follows RFC 4180: CRLF line ends, fields quoted when they hold a
//! comma, a quote or a line break, and a UTF-8 byte-order mark first so
//! that Excel opens Chinese text correctly.

use crate::document::{Document, Heading, Indicator};

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 12] = [
    "key",
    "name",
    "role",
    "year",
    "measure",
    "value",
    "unit",
    "direction",
    "qualifier",
    "kind",
    "estimated",
    "text",
];

/// The indicator table as CSV, with a UTF-8 BOM and CRLF line ends.
pub fn to_csv(document: &Document) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for indicator in &document.indicators {
        push_csv_row(&mut out, &csv_row(indicator));
    }
    out
}

/// One CSV row: each cell through [`csv_field`], CRLF at the end.
pub(crate) fn push_csv_row(out: &mut String, cells: &[String]) {
    for (k, cell) in cells.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(cell));
    }
    out.push_str("\r\n");
}

fn csv_row(i: &Indicator) -> [String; 12] {
    let text = |v: Option<&str>| v.unwrap_or("").to_string();
    [
        text(i.key.as_deref()),
        i.name.clone(),
        i.role.as_str().into(),
        i.year.map(|y| y.to_string()).unwrap_or_default(),
        i.measure.as_str().into(),
        i.value.map(format_number).unwrap_or_default(),
        text(i.unit.as_deref()),
        i.direction.map(|d| d.as_str().into()).unwrap_or_default(),
        text(i.qualifier.as_deref()),
        i.kind.map(|k| k.as_str().into()).unwrap_or_default(),
        if i.estimated {
            "true".into()
        } else {
            "false".into()
        },
        i.text.clone(),
    ]
}

/// Quote a CSV field when it needs it.
/// One CSV cell (RFC 4180), safe to open in a spreadsheet: quoted when it
/// needs it, and written as text when it would run as a formula.
pub fn csv_field(field: &str) -> String {
    // A cell that opens with = + - @ (or a tab or CR) would run as a formula
    // in a spreadsheet: a name taken from a report, a file name. It is
    // written as text, with a leading apostrophe; a number stays a number.
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(field);
    let field = if formula {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// Is `field` a plain decimal number ("-3.6", "+5", "12")?
fn is_number(field: &str) -> bool {
    let digits = field.strip_prefix(['+', '-']).unwrap_or(field);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    !int.is_empty()
        && !frac.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// A number as JavaScript's `String(n)` writes it, for the magnitudes that
/// indicators carry (shortest round-trip form, no exponent below 1e21).
pub(crate) fn format_number(n: f64) -> String {
    if n == 0.0 {
        return "0".into();
    }
    format!("{n}")
}

/// The outline as Markdown: the title as a heading, then a nested list.
pub fn to_markdown(document: &Document) -> String {
    let mut out = String::new();
    if let Some(title) = &document.meta.title {
        out.push_str("# ");
        out.push_str(&escape_markdown(title));
        out.push_str("\n\n");
    }
    for heading in &document.outline {
        outline_item(&mut out, heading, 0);
    }
    if !document.glossary.is_empty() {
        out.push_str("\n## 名词解释\n\n");
        for entry in &document.glossary {
            out.push_str("- **");
            out.push_str(&escape_markdown(&entry.term));
            out.push_str("**：");
            out.push_str(&escape_markdown(&entry.definition));
            out.push('\n');
        }
    }
    out
}

fn outline_item(out: &mut String, heading: &Heading, depth: usize) {
    out.push_str(&"  ".repeat(depth));
    out.push_str("- ");
    out.push_str(&escape_markdown(&heading.marker));
    out.push_str(&escape_markdown(&heading.title));
    out.push('\n');
    for child in &heading.children {
        outline_item(out, child, depth + 1);
    }
}

/// Backslash-escape the characters Markdown would read as syntax.
pub(crate) fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_formulas_from_running() {
        assert_eq!(
            csv_field("=HYPERLINK(\"x\")"),
            "\"'=HYPERLINK(\"\"x\"\")\"",
            "should write a formula as text"
        );
        assert_eq!(
            csv_field("@SUM(A1)"),
            "'@SUM(A1)",
            "should write an @ cell as text"
        );
        assert_eq!(
            csv_field("-3.6"),
            "-3.6",
            "should leave a negative number a number"
        );
        assert_eq!(
            csv_field("+5"),
            "+5",
            "should leave a signed number a number"
        );
        assert_eq!(
            csv_field("-1+1"),
            "'-1+1",
            "should write an expression as text"
        );
    }

    #[test]
    fn quotes_fields_that_need_it() {
        assert_eq!(csv_field("a,b"), "\"a,b\"", "should quote a comma");
        assert_eq!(
            csv_field("say \"hi\""),
            "\"say \"\"hi\"\"\"",
            "should double quotes"
        );
        assert_eq!(
            csv_field("地区生产总值"),
            "地区生产总值",
            "should leave plain text alone"
        );
    }

    #[test]
    fn formats_numbers_like_javascript() {
        assert_eq!(format_number(2.0), "2", "should drop a zero fraction");
        assert_eq!(format_number(-0.4), "-0.4", "should keep the sign");
        assert_eq!(format_number(801.05), "801.05", "should keep decimals");
        assert_eq!(format_number(-0.0), "0", "should write negative zero as 0");
    }
}
