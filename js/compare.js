// Targets against outcomes (the crate's src/compare/), through the third
// WebAssembly module, pkg/gongwen_compare*, loaded here on first use. The
// entries (index.js, node.js) import this module only when `compare` is
// called, so parsing never loads it.
import initCompareWasm, { compareReports } from '../pkg/gongwen_compare.js';

let compareReady = null;

/** Load the compare module from `input` (a URL, Response, bytes or Module, or a function giving one); once. */
export function loadCompare(input) {
  compareReady ??= (async () => {
    const source = typeof input === 'function' ? await input() : input;
    await initCompareWasm({ module_or_path: source });
  })().catch((error) => {
    compareReady = null;
    throw new Error(`gongwen: could not load the compare module: ${error && error.message}`, { cause: error });
  });
  return compareReady;
}

const FORMATS = ['json', 'csv', 'md'];

/** `reports` checked and reduced to what the comparison reads. */
function reportsOf(reports) {
  if (!Array.isArray(reports)) {
    throw new TypeError(
      `gongwen: compare(reports) takes an array of { file, document } (document as parse() returns it), not ${describe(reports)}`,
    );
  }
  return reports.map((report, index) => {
    if (report === null || typeof report !== 'object' || typeof report.file !== 'string') {
      throw new TypeError(`gongwen: compare(reports): reports[${index}] should be { file: string, document }, not ${describe(report)}`);
    }
    const { document } = report;
    if (document === null || typeof document !== 'object' || !Array.isArray(document.indicators) || typeof document.meta !== 'object') {
      throw new TypeError(
        `gongwen: compare(reports): reports[${index}].document should be a Document as parse() returns it (with meta and indicators), not ${describe(document)}`,
      );
    }
    return { file: report.file, document: { meta: document.meta, indicators: document.indicators } };
  });
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object without them' : typeof value;
}

/**
 * Pair each report's targets with the results a later report gives for that
 * year. `options.format`: 'json' (default: the Comparison object), 'csv' or
 * 'md' (strings, as `gongwen compare --format` prints them).
 */
export async function compare(reports, options, wasm) {
  const format = options?.format ?? 'json';
  if (!FORMATS.includes(format)) {
    throw new TypeError(`gongwen: compare(reports, { format }) takes 'json', 'csv' or 'md', not ${JSON.stringify(format)}`);
  }
  const input = JSON.stringify(reportsOf(reports));
  await loadCompare(wasm);
  let out;
  try {
    out = compareReports(input, format);
  } catch (error) {
    throw new Error(`gongwen: ${(error && error.message) || error}`);
  }
  return format === 'json' ? JSON.parse(out) : out;
}
