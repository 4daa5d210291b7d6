// Types for the npm package `gongwen`: the API and the Document (schema v1).
//
// The Document mirrors src/document.rs field for field, in the same order:
// every field is always present, `null` where the text does not say.
// A Node test type-checks the real output for every seed against these
// types, so a field added in Rust and missing here fails the tests.

/** What `init` accepts besides nothing: where or what the .wasm is. */
export type InitInput =
  | string
  | URL
  | Request
  | Response
  | PromiseLike<Response>
  | BufferSource
  | WebAssembly.Module;

/**
 * Load the WebAssembly module; call it once before `parse`. With no argument
 * it finds the .wasm by itself: fetched from next to the module in a browser
 * or Worker (bundlers emit it), read with `fs` in Node. Pass a URL, Request,
 * Response, bytes or a compiled `WebAssembly.Module` to load it from
 * elsewhere (a CDN, a strict CSP, `import wasmUrl from 'gongwen/wasm?url'`).
 * In Node a string or `file:` URL is read as a file. Calling it again is a no-op.
 */
export function init(input?: InitInput): Promise<void>;

/**
 * Load the WebAssembly module synchronously from its bytes or a compiled
 * `WebAssembly.Module`. In Node the argument may be left out (the packaged
 * .wasm is read) or be a file path.
 */
export function initSync(input?: BufferSource | WebAssembly.Module | string | URL): void;

/**
 * Parse a report. Throws an Error until `init()` has finished. The result is
 * a plain object, deep-equal to `JSON.parse` of `gongwen parse FILE`; its
 * spans are UTF-16 offsets into `text`: `text.slice(span.start, span.end)`.
 */
export function parse(text: string, options?: ParseOptions): Document;

/**
 * Parse a file's bytes: a Word .docx (told by its content: the zip
 * signature and word/document.xml) or a text file in UTF-8, UTF-16 (with a
 * BOM) or GB18030/GBK, detected as the CLI does. Loads the WebAssembly
 * module if `init()` has not (from its default place), and the .docx module
 * (`pkg/gongwen_docx_bg.wasm`, 40 KB gzipped) on first use, or from
 * `docxWasm` (a URL, Response, bytes or Module). The Document's spans index
 * `text`, the text extracted or decoded. Rejects with an Error that says
 * why a file is refused: an old .doc ("save it as .docx"), a
 * password-protected or damaged file, a zip bomb, a PDF or image.
 */
export function parseFile(bytes: Uint8Array | ArrayBuffer, options?: ParseOptions, docxWasm?: DocxWasmInput): Promise<ParsedFile>;

/** Parse a Word .docx's bytes (see `parseFile`); rejects when they are no .docx. */
export function parseDocx(bytes: Uint8Array | ArrayBuffer, options?: ParseOptions, docxWasm?: DocxWasmInput): Promise<ParsedFile>;

/** Where the .docx module is, when not next to the package's own files. */
export type DocxWasmInput = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/** What `parseFile` and `parseDocx` resolve to. */
export interface ParsedFile {
  /** The Document; its spans are UTF-16 offsets into `text`. */
  doc: Document;
  /** The text parsed: a .docx's paragraphs and table rows (cells tab-separated), one a line; or the decoded file. */
  text: string;
  format: 'docx' | 'text';
  /** The text file's encoding; null for a .docx. */
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | null;
}

/**
 * Targets against outcomes: pair each report's targets with the results a
 * later report gives for that year, across any number of reports and
 * regions (any order). Loads the small compare module on first use. Resolves
 * to the Comparison, or with `{ format: 'csv' | 'md' }` to the text
 * `gongwen compare --format csv|md` prints (CSV: UTF-8 BOM, Excel-safe).
 */
export function compare(reports: ReadonlyArray<CompareReport>, options?: { format?: 'json' }, compareWasm?: CompareWasmInput): Promise<Comparison>;
export function compare(reports: ReadonlyArray<CompareReport>, options: { format: 'csv' | 'md' }, compareWasm?: CompareWasmInput): Promise<string>;

/** Where the compare module comes from when not from next to the package (a URL, bytes, a Module, or a function giving one). */
export type CompareWasmInput = InitInput | (() => InitInput | Promise<InitInput>);

/** One report to compare: a name the user knows it by, and its parse. */
export interface CompareReport {
  file: string;
  document: Pick<Document, 'meta' | 'indicators'>;
}

/** What `compare` resolves to. */
export interface Comparison {
  /** One row per target and the actual it is measured against. */
  rows: ComparePair[];
  /** Records with no partner, and why: nothing is dropped. */
  unpaired: UnpairedRecord[];
  /** What kept a report, or part of it, out of the pairing. */
  warnings: CompareWarning[];
}

export interface ComparePair {
  /** The region as the reports name it (the fuller form: 北京市). */
  region: string;
  year: number;
  key: string;
  /** The target's name as written. */
  name: string;
  /** The target's measure (a qualitative target's actual has its own). */
  measure: Measure;
  target: {
    value: number | null;
    upper: number | null;
    unit: string | null;
    qualifier: string | null;
    text: string;
    file: string;
    /** UTF-16 offsets into that file's text. */
    span: Span;
  };
  actual: {
    measure: Measure;
    value: number | null;
    unit: string | null;
    estimated: boolean;
    text: string;
    file: string;
    span: Span;
  };
  /**
   * met: at or beyond the target (at or below a ceiling such as 以内 or a
   * cpi/unemployment cap, or a decline target); near: a missed 左右 target
   * within 0.5; missed; qualitative: the target has no figure.
   */
  status: 'met' | 'near' | 'missed' | 'qualitative';
}

export interface UnpairedRecord {
  region: string | null;
  year: number | null;
  key: string | null;
  name: string;
  role: Role;
  measure: Measure;
  value: number | null;
  upper: number | null;
  unit: string | null;
  qualifier: string | null;
  text: string;
  file: string;
  span: Span;
  /**
   * no-report: no report covers the other side of its year; not-in-report:
   * that report does not state this key and measure; no-region; no-year;
   * no-key: not an indicator of the alias table; unit-mismatch: the units do
   * not convert.
   */
  reason: 'no-report' | 'not-in-report' | 'no-region' | 'no-year' | 'no-key' | 'unit-mismatch';
}

export interface CompareWarning {
  /** duplicate · same-year · no-region · no-year · unreadable (CLI: a file it could not read) */
  code: string;
  message: string;
  file: string | null;
}

/** The indicator table as CSV (UTF-8 BOM, CRLF), as `gongwen parse --format csv` writes it. */
export function toCSV(document: Document): string;

/** The outline (and glossary) as Markdown, as `gongwen parse --format md` writes it. */
export function toMarkdown(document: Document): string;

/** The package version, e.g. "0.1.0". */
export const version: string;

export interface ParseOptions {
  /** Collect every quantity in the text (default `true`). */
  quantities?: boolean;
  /**
   * Evidence from a .docx: bold and heading-styled ranges as `[start, end,
   * flags]` triples over the text's UTF-8 bytes (flags = bold | level << 1).
   * `parseDocx` passes them; plain text has none.
   */
  hints?: Uint32Array;
}

/** A range of the text in UTF-16 code units, end exclusive: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A parsed report (schema v1). */
export interface Document {
  schemaVersion: 1;
  meta: Meta;
  /** Top-level headings; each holds its sub-headings in `children`. */
  outline: Heading[];
  /** Headline indicators: last year's actuals and next year's targets. */
  indicators: Indicator[];
  /** Every quantity in the text, in order of appearance (empty with `quantities: false`). */
  quantities: Quantity[];
  /** Entries of the 名词解释 glossary, if the report has one. */
  glossary: GlossaryEntry[];
  /** Things the parser noticed but could not resolve; never fatal. */
  warnings: Warning[];
}

/** What the report says about itself. */
export interface Meta {
  /** The report's title, as written (line breaks removed). */
  title: string | null;
  /** The region the report is about: 龙岗区, 深圳市坪山区 … */
  region: string | null;
  /** The issuing body: 来源 / 信息来源 / the signing bureau. */
  issuer: string | null;
  /** Where a copy came from, when its 来源 names a medium (浙江日报), not the issuer. */
  source: string | null;
  /** Publication date, `YYYY-MM-DD`. */
  publishDate: string | null;
  /** The meeting line: "2021年1月26日在深圳市坪山区第一届人民代表大会第七次会议上". */
  meeting: string | null;
  /** The year the report reviews (its actuals). */
  yearReviewed: number | null;
  /** The year the report plans (its targets). */
  yearPlanned: number | null;
  docType: DocType;
  /** A status notice from the web page, e.g. "文件已失效". */
  status: string | null;
  /** Where the title stands in the text. */
  titleSpan: Span | null;
}

/**
 * The kind of report: 计划执行情况与计划草案的报告, 年度总结, 政府工作报告,
 * 统计公报, or unknown.
 */
export type DocType = 'plan_report' | 'work_summary' | 'gov_work_report' | 'stats_bulletin' | 'unknown';

/** One heading of the outline. */
export interface Heading {
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）; a "——" or lead-sentence heading is one below its parent. */
  level: number;
  /** The marker: "一、", "(三)", "1.", "①", "——", or "" for a lead sentence. */
  marker: string;
  /** The title, without the marker and without a closing 。. */
  title: string;
  kind: HeadingKind;
  /** The marker and title. */
  span: Span;
  /** From the heading to the next heading of the same or a higher level. */
  section: Span;
  children: Heading[];
}

/** numbered: 一、 （一） 1. （1） ①; dash: a "——" item; lead: a paragraph's title sentence. */
export type HeadingKind = 'numbered' | 'dash' | 'lead' | 'ordinal';

/** A headline indicator: one value of one named measure for one year. */
export interface Indicator {
  /** Canonical key from the alias table (`gdp`, `retail_sales` …), or null. */
  key: string | null;
  /** The name as written: 地区生产总值, 万元GDP水耗 … */
  name: string;
  role: Role;
  year: number | null;
  measure: Measure;
  /** Signed for growth ("下降3.6%" → -3.6); in the stated unit for a level. */
  value: number | null;
  /** Upper bound of a range ("增长5%—5.5%" → value 5, upper 5.5). */
  upper: number | null;
  unit: string | null;
  direction: Direction | null;
  /** The modality word as written: 左右, 以上, 以内, 不低于, 力争 … */
  qualifier: string | null;
  kind: IndicatorKind | null;
  /** "预计": the value is an estimate. */
  estimated: boolean;
  /** The source text of the clause. */
  text: string;
  span: Span;
}

/** Whether an indicator reports the past (actual) or sets a goal (target). */
export type Role = 'actual' | 'target';

/** What an indicator's value measures. */
export type Measure = 'growth' | 'level' | 'rate' | 'share' | 'count' | 'qualitative';

/** Which way an indicator moves. */
export type Direction = 'up' | 'down' | 'flat';

/** 预期性 (expected) or 约束性 (binding). */
export type IndicatorKind = 'expected' | 'binding';

/**
 * A number with its unit or measure word, anywhere in the text. The two
 * ends of a range are two quantities ("10-30亿元" → "10" and "30亿元", both
 * in 元); the indicator that reads the range carries `upper`.
 */
export interface Quantity {
  /** The source text. */
  text: string;
  /** The normalised value: money in 元, scales applied (12.1万户 → 121000). */
  value: number;
  /** The normalised unit: "元", "%", "个百分点", "户", "名" (rank) … */
  unit: string;
  kind: QuantityKind;
  /** An approximator as written: 余, 多, 近, 超, 约, 左右, 以上 … */
  approx: string | null;
  span: Span;
}

/**
 * percent: 6.7%; points: 5.2个百分点; money: 801.05亿元; count: 12.1万户;
 * rank: 全市第一; multiple: 3.5倍; other: measures and durations (80.36公顷, 7天).
 */
export type QuantityKind = 'percent' | 'points' | 'money' | 'count' | 'rank' | 'multiple' | 'other';

/** One 名词解释 entry. */
export interface GlossaryEntry {
  /** The entry's number as written ("8.20+8:" → 8), if numbered. */
  number: number | null;
  term: string;
  definition: string;
  span: Span;
}

/** Something the parser noticed and could not resolve. */
export interface Warning {
  /** A stable code: `empty-input`, `replacement-character`, `no-outline` … */
  code: string;
  message: string;
  span: Span | null;
}

/**
 * Evidence from a rich paste: the bold (<b>, <strong>, a bold font-weight)
 * and headings (<h1>–<h6>) of the clipboard's text/html, found in the plain
 * `text` from `from` on (where the paste landed), as parse hints. Pass them
 * to `parse(text, { hints })` or set them on `<gongwen-report>.hints`. The
 * HTML is only read, never rendered. Empty outside a browser.
 */
export function hintsFromHtml(html: string, text: string, from?: number): Uint32Array;
