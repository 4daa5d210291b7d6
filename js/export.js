// Exports: the indicator table as CSV and the outline as Markdown.
//
// A port of src/export.rs that gives byte-identical output (the Node tests
// compare it with the CLI's `--format csv` and `--format md` on every seed),
// so a change there must be made here too. Plain JS over the Document: it
// needs no WebAssembly, and works before `init()`.
//
// CSV follows RFC 4180: CRLF line ends, fields quoted when they hold a comma,
// a quote or a line break, and a UTF-8 byte-order mark first so that Excel
// opens Chinese text correctly.

/** The CSV columns, in order. */
const CSV_COLUMNS = ['key', 'name', 'role', 'year', 'measure', 'value', 'unit', 'direction', 'qualifier', 'kind', 'estimated', 'text'];

/** The characters Markdown would read as syntax. */
const MARKDOWN_SPECIAL = new Set(['\\', '*', '_', '`', '[', ']', '<', '>', '#', '|']);

/**
 * The indicator table as CSV, with a UTF-8 BOM and CRLF line ends.
 * @param {import('./index.js').Document} document
 * @returns {string}
 */
export function toCSV(document) {
  assertDocument('toCSV', document, 'indicators');
  let out = '\uFEFF' + CSV_COLUMNS.join(',') + '\r\n';
  for (const indicator of document.indicators) {
    out += csvRow(indicator).map(csvField).join(',') + '\r\n';
  }
  return out;
}

function csvRow(i) {
  const text = (value) => (value == null ? '' : String(value));
  return [
    text(i.key),
    i.name,
    i.role,
    i.year == null ? '' : String(i.year),
    i.measure,
    i.value == null ? '' : formatNumber(i.value),
    text(i.unit),
    text(i.direction),
    text(i.qualifier),
    text(i.kind),
    i.estimated ? 'true' : 'false',
    i.text,
  ];
}

/**
 * Quote a CSV field when it needs it. A cell that opens with = + - @ (or a
 * tab or CR) would run as a formula in a spreadsheet, so it is written as
 * text with a leading apostrophe; a number stays a number (as the CLI does).
 */
function csvField(field) {
  if (/^[=+\-@\t\r]/.test(field) && !/^[+-]?\d+(\.\d+)?$/.test(field)) field = `'${field}`;
  return /[,"\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * A number as Rust's `format!("{}", f64)` writes it: the shortest digits that
 * round-trip (as JavaScript picks them), never an exponent.
 * @param {number} n
 * @returns {string}
 */
function formatNumber(n) {
  if (n === 0) return '0';
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? 'inf' : '-inf';
  const [mantissa, exponent] = Math.abs(n).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const point = Number(exponent) + 1; // digits before the decimal point
  let body;
  if (point <= 0) body = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) body = digits + '0'.repeat(point - digits.length);
  else body = digits.slice(0, point) + '.' + digits.slice(point);
  return (n < 0 ? '-' : '') + body;
}

/**
 * The outline as Markdown: the title as a heading, then a nested list, then
 * the glossary.
 * @param {import('./index.js').Document} document
 * @returns {string}
 */
export function toMarkdown(document) {
  assertDocument('toMarkdown', document, 'outline');
  let out = '';
  if (document.meta.title != null) out += `# ${escapeMarkdown(document.meta.title)}\n\n`;
  const item = (heading, depth) => {
    out += `${'  '.repeat(depth)}- ${escapeMarkdown(heading.marker)}${escapeMarkdown(heading.title)}\n`;
    for (const child of heading.children) item(child, depth + 1);
  };
  for (const heading of document.outline) item(heading, 0);
  if (document.glossary.length > 0) {
    out += '\n## 名词解释\n\n';
    for (const entry of document.glossary) {
      out += `- **${escapeMarkdown(entry.term)}**：${escapeMarkdown(entry.definition)}\n`;
    }
  }
  return out;
}

/** Backslash-escape the characters Markdown would read as syntax. */
function escapeMarkdown(text) {
  let out = '';
  for (const c of text) out += MARKDOWN_SPECIAL.has(c) ? '\\' + c : c;
  return out;
}

/** Misuse gets a TypeError that names what was expected. */
function assertDocument(name, document, list) {
  if (document === null || typeof document !== 'object' || !Array.isArray(document[list]) || typeof document.meta !== 'object') {
    const got = document === null ? 'null' : Array.isArray(document) ? 'an array' : typeof document;
    throw new TypeError(`gongwen: ${name}(document) expects a Document from parse() (an object with meta and ${list}), got ${got}`);
  }
}
