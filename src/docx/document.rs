//! `word/document.xml`: paragraphs and table rows to lines, with bold runs
//! and heading styles as ranges over the text. See the module doc of
//! [`crate::docx`] for the grammar.

use super::xml::{Event, Reader, Tag};

use super::numbering::Numbering;
use super::styles::Styles;
use super::{attr, toggle, xml_error, DocxError, Emphasis, Extracted, Hints};

/// A paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    /// Bold byte ranges in `text`.
    bold: Vec<(usize, usize)>,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: usize,
    outline_level: Option<u8>,
    in_ppr: bool,
    // The run being read.
    in_run: bool,
    in_rpr: bool,
    run_bold: Option<bool>,
    run_style: Option<String>,
    in_text: bool,
}

#[derive(Default)]
struct Table {
    cells: Vec<String>,
    cell: Option<String>,
}

struct Walker<'s> {
    styles: &'s Styles,
    numbering: Numbering,
    out: String,
    lines: usize,
    emphasis: Vec<Emphasis>,
    paras: Vec<Para>,
    tables: Vec<Table>,
    /// Depth inside an element whose content is skipped.
    skip: usize,
}

/// Elements whose content is no text of the document: deleted or moved-away
/// text, field instructions, tracked property changes, the fallback copy of
/// a text box, and the paragraph mark's run properties.
fn skipped(name: &[u8]) -> bool {
    matches!(
        name,
        b"delText"
            | b"instrText"
            | b"delInstrText"
            | b"moveFrom"
            | b"del"
            | b"rPrChange"
            | b"pPrChange"
            | b"Fallback"
            | b"footnoteReference"
            | b"endnoteReference"
    )
}

impl Walker<'_> {
    fn start(&mut self, e: &Tag, empty: bool) {
        let name = e.name;
        if self.skip > 0 {
            if !empty {
                self.skip += 1;
            }
            return;
        }
        if skipped(name) {
            if !empty {
                self.skip = 1;
            }
            return;
        }
        match name {
            b"p" if !empty => self.paras.push(Para::default()),
            b"p" => self.line(String::new(), Vec::new(), None),
            b"tbl" if !empty => self.tables.push(Table::default()),
            b"tc" if !empty => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(String::new());
                }
            }
            _ => {}
        }
        if name == b"rPr" && !empty && self.paras.last().is_some_and(|p| p.in_ppr) {
            // The paragraph mark's run properties: not the text's.
            self.skip = 1;
            return;
        }
        let styles = self.styles;
        let Some(p) = self.paras.last_mut() else {
            return;
        };
        match name {
            b"pPr" if !empty => p.in_ppr = true,
            b"pStyle" if p.in_ppr => p.style = attr(e, b"val"),
            b"numId" if p.in_ppr => p.num_id = attr(e, b"val"),
            b"ilvl" if p.in_ppr => {
                p.ilvl = attr(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(0)
            }
            b"outlineLvl" if p.in_ppr => {
                p.outline_level = attr(e, b"val").and_then(|v| v.parse::<u8>().ok())
            }
            b"r" if !empty => {
                p.in_run = true;
                p.run_bold = None;
                p.run_style = None;
            }
            b"rPr" if p.in_run && !empty => p.in_rpr = true,
            b"b" if p.in_rpr => p.run_bold = Some(toggle(e)),
            b"rStyle" if p.in_rpr => p.run_style = attr(e, b"val"),
            b"t" if p.in_run && !empty => p.in_text = true,
            b"tab" | b"ptab" if p.in_run && !p.in_rpr => push(p, styles, "\t"),
            b"br" | b"cr" if p.in_run && !p.in_rpr => {
                let brk = if self.tables.is_empty() { "\n" } else { " " };
                push(p, styles, brk)
            }
            b"noBreakHyphen" if p.in_run => push(p, styles, "-"),
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        match name {
            b"p" => {
                if let Some(p) = self.paras.pop() {
                    self.paragraph(p);
                }
            }
            b"tc" => {
                if let Some(t) = self.tables.last_mut() {
                    if let Some(cell) = t.cell.take() {
                        // A tab or line break inside a cell would split the row.
                        t.cells
                            .push(cell.replace(['\t', '\n'], " ").trim().to_string());
                    }
                }
            }
            b"tr" => {
                if let Some(t) = self.tables.last_mut() {
                    let mut row = String::new();
                    for (i, cell) in std::mem::take(&mut t.cells).into_iter().enumerate() {
                        if i > 0 {
                            row.push('\t');
                        }
                        row.push_str(&cell);
                    }
                    self.line(row, Vec::new(), None);
                }
            }
            b"tbl" => {
                self.tables.pop();
            }
            _ => {
                let Some(p) = self.paras.last_mut() else {
                    return;
                };
                match name {
                    b"pPr" => p.in_ppr = false,
                    b"rPr" => p.in_rpr = false,
                    b"r" => p.in_run = false,
                    b"t" => p.in_text = false,
                    _ => {}
                }
            }
        }
    }

    fn text(&mut self, text: &str) {
        if self.skip > 0 {
            return;
        }
        let styles = self.styles;
        if let Some(p) = self.paras.last_mut() {
            if p.in_text {
                push(p, styles, text);
            }
        }
    }

    /// A paragraph is read: number it and put it out.
    fn paragraph(&mut self, p: Para) {
        let style_num = || p.style.as_deref().and_then(|s| self.styles.numbering(s));
        let num = match &p.num_id {
            Some(id) => Some((id.clone(), p.ilvl)),
            None => style_num(),
        };
        let label = num
            .filter(|(id, _)| id != "0")
            .and_then(|(id, ilvl)| self.numbering.next(&id, ilvl))
            .unwrap_or_default();
        let heading = p
            .outline_level
            .filter(|&l| l <= 8)
            .map(|l| l + 1)
            .or_else(|| {
                p.style
                    .as_deref()
                    .and_then(|s| self.styles.heading_level(s))
            });
        let shift = label.len();
        let text = label + &p.text;
        let bold = p
            .bold
            .iter()
            .map(|&(s, e)| (s + shift, e + shift))
            .collect();
        self.line(text, bold, heading);
    }

    /// Put out one line: into the open table cell, or as a line of the text.
    fn line(&mut self, text: String, bold: Vec<(usize, usize)>, heading: Option<u8>) {
        if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
            if !cell.is_empty() && !text.is_empty() {
                cell.push(' ');
            }
            cell.push_str(&text);
            return;
        }
        if self.lines > 0 {
            self.out.push('\n');
        }
        self.lines += 1;
        let base = self.out.len();
        self.out.push_str(&text);
        for (s, e) in bold {
            if e > s {
                self.emphasis.push(Emphasis {
                    start: base + s,
                    end: base + e,
                    bold: true,
                    heading_level: None,
                });
            }
        }
        if let Some(level) = heading {
            if !text.trim().is_empty() {
                self.emphasis.push(Emphasis {
                    start: base,
                    end: base + text.len(),
                    bold: false,
                    heading_level: Some(level),
                });
            }
        }
    }
}

/// Append run text to a paragraph, noting it as bold when it is.
fn push(p: &mut Para, styles: &Styles, text: &str) {
    if text.is_empty() {
        return;
    }
    let bold = p.run_bold.unwrap_or_else(|| {
        p.run_style.as_deref().is_some_and(|s| styles.bold(s))
            || p.style.as_deref().is_some_and(|s| styles.bold(s))
    });
    let start = p.text.len();
    p.text.push_str(text);
    // Plain white space between two bold runs does not break the bold.
    let blank = text.chars().all(|c| c.is_whitespace());
    if bold || blank {
        match p.bold.last_mut() {
            Some(last) if last.1 == start => last.1 = p.text.len(),
            _ if bold => p.bold.push((start, p.text.len())),
            _ => {}
        }
    }
}

/// Read the body of a document.
pub(super) fn read(
    xml: &[u8],
    styles: &Styles,
    numbering: Numbering,
) -> Result<Extracted, DocxError> {
    let mut reader = Reader::new(xml);
    let mut walker = Walker {
        styles,
        numbering,
        out: String::new(),
        lines: 0,
        emphasis: Vec::new(),
        paras: Vec::new(),
        tables: Vec::new(),
        skip: 0,
    };
    loop {
        match reader.next().map_err(xml_error)? {
            Event::Start(e) => walker.start(&e, false),
            Event::Empty(e) => walker.start(&e, true),
            Event::End(name) => walker.end(name),
            // Only the five predefined entities and character references
            // are expanded; anything else stays as written.
            Event::Text(text) => walker.text(&text),
            Event::Eof => break,
        }
    }
    // Paragraphs left open by a truncated document still count.
    while let Some(p) = walker.paras.pop() {
        walker.paragraph(p);
    }
    Ok(Extracted {
        text: walker.out,
        hints: Hints {
            emphasis: walker.emphasis,
        },
    })
}
