// <gongwen-report>: the report viewer as a custom element.
//
//   import 'gongwen/element';
//   <gongwen-report text="一、总体情况…"></gongwen-report>
//   el.text = pastedText;                 // parsed in a Web Worker, debounced
//   el.addEventListener('gongwen-parsed', (e) => e.detail.doc);
//
// It shows the outline (an ARIA tree), the text with every indicator and
// quantity highlighted, the indicator table (sort, filter, jump to source),
// a target-vs-actual chart (hand-made SVG), the metadata and the warnings.
//
// How it works:
// - Parsing runs in one module Worker (worker.js) shared by every element;
//   each element has at most one request in flight and only ever sends the
//   latest text. The first change after a pause is sent at once (a paste
//   shows at once), the changes that follow it are debounced (typing never
//   queues parses), and a stale answer is dropped, not rendered.
// - The text view is built in one pass over the spans, sorted by start:
//   headings, indicators and quantities nest (a quantity inside its
//   indicator's clause); a span that crosses its parent's end is split in two
//   pieces that keep the same index; equal spans of one layer merge. The text
//   goes into a DocumentFragment of chunks of a few thousand characters, cut
//   at line ends, that the browser lays out only when they are on screen.
// - Report text only ever reaches the DOM as text nodes and textContent.
//   The one innerHTML below is a static template with no report text in it.
// - Styles: constructed stylesheets (no inline style, so a strict CSP
//   without 'unsafe-inline' holds), CSS custom properties (--gongwen-*),
//   ::part(), light and dark colours, container queries for narrow hosts.

const TAG = 'gongwen-report';

/** Characters per chunk of the text view (cut at the next line end). */
const CHUNK = 1500;

/** Characters of the text view attached per frame: a long text never blocks the page. */
const BATCH = 30000;

/** Outline items per block: the unit a long outline lays out (or skips) at once. */
const BLOCK = 32;

/** An outline with more headings lays out only the blocks in sight. */
const LONG_OUTLINE = 300;

/** Outline items built per task (an outline longer than this is built over a few frames). */
const TREE_BATCH = 400;

/** Table rows attached per task (the rows in sight come first). */
const ROWS_BATCH = 20;

/** The debounce of typing, in ms (the `debounce` attribute overrides it). */
const DEBOUNCE = 150;

// ---------------------------------------------------------------- labels ---

const ROLE = { actual: '实际', target: '目标' };
const MEASURE = { growth: '增速', level: '总量', rate: '比率', share: '占比', count: '数量', qualitative: '定性' };
const DIRECTION = { up: '↑ 上升', down: '↓ 下降', flat: '→ 持平' };
const KIND = { expected: '预期性', binding: '约束性' };
const QUANTITY = {
  percent: '百分比',
  points: '百分点',
  money: '金额',
  count: '计数',
  rank: '排名',
  multiple: '倍数',
  other: '其他',
};
const DOC_TYPE = {
  plan_report: '计划执行情况与计划草案的报告',
  work_summary: '年度总结',
  gov_work_report: '政府工作报告',
  stats_bulletin: '统计公报',
  unknown: '未识别',
};
/** The table's columns: [field, header]. */
const COLUMNS = [
  ['key', '键'],
  ['name', '名称'],
  ['role', '角色'],
  ['year', '年份'],
  ['measure', '度量'],
  ['value', '数值'],
  ['unit', '单位'],
  ['direction', '方向'],
  ['qualifier', '限定'],
  ['kind', '类别'],
];
/** Measures a chart can compare, best first. */
const CHART_MEASURES = ['growth', 'level', 'rate', 'share', 'count'];

// ------------------------------------------------------------------ style ---

const STYLE = `
:host {
  /* Chinese fonts first: their Latin is fine, and text needs no per-run font fallback (a third
     faster to lay out than system-ui first, whose font has no Chinese on most systems). */
  --_font: var(--gongwen-font, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", sans-serif);
  --_text-font: var(--gongwen-text-font, var(--_font));
  --_fg: var(--gongwen-fg, #1f2328);
  --_bg: var(--gongwen-bg, #ffffff);
  --_panel: var(--gongwen-panel, #f6f8fa);
  --_muted: var(--gongwen-muted, #59636e);
  --_border: var(--gongwen-border, #d1d9e0);
  --_accent: var(--gongwen-accent, #0969da);
  --_select: var(--gongwen-select, #ddf4ff);
  --_actual: var(--gongwen-actual, #d6ecff);
  --_actual-strong: var(--gongwen-actual-strong, #2f6fbd);
  --_target: var(--gongwen-target, #ffe9c2);
  --_target-strong: var(--gongwen-target-strong, #b36b00);
  --_quantity: var(--gongwen-quantity, #eceff3);
  --_up: var(--gongwen-up, #1a7f37);
  --_down: var(--gongwen-down, #cf222e);
  --_flash: var(--gongwen-flash, #fff08a);
  --_height: var(--gongwen-view-height, min(78vh, 60rem));
  --_table-height: var(--gongwen-table-height, 28rem);
  --_radius: var(--gongwen-radius, 8px);
  display: block;
  container-type: inline-size;
  color: var(--_fg);
  font-family: var(--_font);
  font-size: var(--gongwen-font-size, 15px);
  line-height: 1.6;
}
@media (prefers-color-scheme: dark) {
  :host {
    --_fg: var(--gongwen-fg, #e6edf3);
    --_bg: var(--gongwen-bg, #0d1117);
    --_panel: var(--gongwen-panel, #151b23);
    --_muted: var(--gongwen-muted, #9198a1);
    --_border: var(--gongwen-border, #3d444d);
    --_accent: var(--gongwen-accent, #4493f8);
    --_select: var(--gongwen-select, #1f3350);
    --_actual: var(--gongwen-actual, #1b3656);
    --_actual-strong: var(--gongwen-actual-strong, #6cb6ff);
    --_target: var(--gongwen-target, #4a3414);
    --_target-strong: var(--gongwen-target-strong, #f0b45b);
    --_quantity: var(--gongwen-quantity, #2a313c);
    --_up: var(--gongwen-up, #3fb950);
    --_down: var(--gongwen-down, #f85149);
    --_flash: var(--gongwen-flash, #6b5d00);
  }
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
h2, h3 { margin: 0; font-size: 0.8rem; font-weight: 600; letter-spacing: 0.04em; color: var(--_muted); }
button, select { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--_accent); outline-offset: 1px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.layout {
  display: grid;
  gap: 12px;
  grid-template-columns: minmax(14rem, 19rem) minmax(0, 1fr) minmax(17rem, 22rem);
  grid-template-areas:
    "status status status"
    "outline text side"
    "table table table";
}
.status { grid-area: status; }
.outline-panel { grid-area: outline; }
.text-panel { grid-area: text; }
.side { grid-area: side; }
.table-panel { grid-area: table; }

.panel {
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  display: flex;
  flex-direction: column;
  min-width: 0;
  min-height: 0;
}
.panel > header {
  display: flex;
  align-items: center;
  flex-wrap: wrap;
  gap: 4px 12px;
  padding: 8px 12px;
  border-bottom: 1px solid var(--_border);
  background: var(--_panel);
  border-radius: var(--_radius) var(--_radius) 0 0;
}
.outline-panel, .text-panel, .side { height: var(--_height); }
/* Fixed-size panels: what changes inside one never lays out the others. */
.outline-panel, .text-panel, .table-panel { contain: strict; }
.side { display: flex; flex-direction: column; gap: 12px; min-height: 0; overflow: auto; }
.side > .panel { flex: none; }
.scroll { overflow: auto; flex: 1 1 auto; min-height: 0; overscroll-behavior: contain; }

/* status line: one line, fixed height, so parsing never shifts anything */
.status {
  display: flex; align-items: center; gap: 8px; min-height: 1.6em; height: 1.6em;
  font-size: 0.85rem; color: var(--_muted); white-space: nowrap; overflow: hidden;
}
.summary { overflow: hidden; text-overflow: ellipsis; }
.busy { width: 8px; height: 8px; border-radius: 50%; background: var(--_border); flex: none; }
.layout[aria-busy="true"] .busy { background: var(--_accent); animation: pulse 0.8s ease-in-out infinite alternate; }
@keyframes pulse { from { opacity: 0.25; } }
@media (prefers-reduced-motion: reduce) { .layout[aria-busy="true"] .busy { animation: none; } }
.error { color: var(--_down); }

/* outline tree: a flat list of items (aria-level, -setsize, -posinset) in blocks of BLOCK items */
.tree { padding: 4px; }
.tree [role="treeitem"] { display: block; outline: none; }
/* Rows are plain blocks (cheaper to lay out than a grid): the twisty hangs in the left padding,
   the count sits in the right one. */
.row {
  position: relative; display: block; padding: 3px 3rem 3px calc(4px + 1.15rem); border-radius: 6px; cursor: pointer;
  font-size: 0.9rem; line-height: 1.45; overflow-wrap: anywhere;
}
.row[data-depth="1"] { padding-left: calc(18px + 1.15rem); }
.row[data-depth="2"] { padding-left: calc(32px + 1.15rem); }
.row[data-depth="3"] { padding-left: calc(46px + 1.15rem); }
.row[data-depth="4"] { padding-left: calc(60px + 1.15rem); }
.row[data-depth="5"] { padding-left: calc(74px + 1.15rem); }
.row[data-depth="6"] { padding-left: calc(88px + 1.15rem); }
.row[data-depth="7"] { padding-left: calc(102px + 1.15rem); }
.row:hover { background: var(--_panel); }
/* In a long outline, blocks out of sight are neither styled nor laid out (their height is estimated). */
.long .block { content-visibility: auto; contain-intrinsic-size: auto 20rem; }
[role="treeitem"][aria-selected="true"] > .row { background: var(--_select); }
[role="treeitem"]:focus-visible > .row { outline: 2px solid var(--_accent); outline-offset: -2px; }
.twisty {
  display: inline-block; width: 1.15rem; margin-left: -1.15rem; text-align: center;
  color: var(--_muted); font-size: 0.7rem; transition: transform 0.15s;
}
[aria-expanded="true"] > .row > .twisty { transform: rotate(90deg); }
[aria-expanded="false"] > .row > .twisty, [aria-expanded="true"] > .row > .twisty { cursor: pointer; }
.marker { color: var(--_muted); white-space: nowrap; margin-right: 2px; }
[aria-level="1"] > .row .label { font-weight: 600; }
.count {
  position: absolute; right: 6px; top: 5px; line-height: 1.5;
  font-size: 0.72rem; color: var(--_fg); background: var(--_actual); border-radius: 999px;
  padding: 0 6px; font-variant-numeric: tabular-nums;
}
.count.zero { background: none; color: var(--_muted); }
.empty { color: var(--_muted); padding: 12px; margin: 0; font-size: 0.9rem; }

/* text view */
.legend { display: flex; flex-wrap: wrap; gap: 4px 10px; font-size: 0.78rem; color: var(--_muted); margin-left: auto; }
.legend span { display: inline-flex; align-items: center; gap: 4px; }
.legend i { display: inline-block; width: 14px; height: 10px; border-radius: 2px; }
.legend .l-actual { background: var(--_actual); }
.legend .l-target { background: var(--_target); }
.legend .l-quantity { background: var(--_quantity); }
.legend .l-up { box-shadow: inset 0 -3px var(--_up); }
.legend .l-down { box-shadow: inset 0 -3px var(--_down); }
.text {
  font-family: var(--_text-font); font-size: var(--gongwen-text-size, 1rem); line-height: 1.85;
  white-space: pre-wrap; overflow-wrap: anywhere; padding: 12px 16px; tab-size: 4;
}
/* Off-screen chunks are not laid out; their height is estimated from their text until seen. */
.chunk { content-visibility: auto; contain-intrinsic-size: auto 20em; }
.h { font-weight: 700; scroll-margin-top: 12px; border-radius: 3px; }
.h[data-level="1"] { font-size: 1.2em; color: var(--_accent); }
.h[data-level="2"] { font-size: 1.08em; }
.h[data-level="3"] { font-size: 1.02em; }
.h[data-level="4"], .h[data-kind="lead"], .h[data-kind="dash"] { font-weight: 600; }
mark { color: inherit; background: none; border-radius: 3px; scroll-margin: 48px; }
mark[data-kind="quantity"] { background: var(--_quantity); box-shadow: inset 0 -1px var(--_border); }
mark[data-kind="indicator"] { padding: 1px 0; }
mark[data-role="actual"] { background: var(--_actual); }
mark[data-role="target"] { background: var(--_target); }
mark[data-direction="up"] { box-shadow: inset 0 -2px var(--_up); }
mark[data-direction="down"] { box-shadow: inset 0 -2px var(--_down); }
mark mark[data-kind="quantity"] { background: none; box-shadow: inset 0 -1px currentColor; font-weight: 600; }
mark:hover { filter: brightness(0.95); }
mark:focus-visible { outline-offset: 1px; }
.placeholder { color: var(--_muted); padding: 16px; margin: 0; }
::highlight(gongwen-flash) { background-color: var(--_flash); }

.tooltip {
  position: fixed; z-index: 10; max-width: min(26rem, calc(100vw - 16px)); pointer-events: none;
  background: var(--_fg); color: var(--_bg); border-radius: 6px; padding: 6px 10px;
  font-size: 0.82rem; line-height: 1.5; white-space: pre-line; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
}

/* metadata and warnings */
.meta { margin: 0; padding: 8px 12px; display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 4px 12px; font-size: 0.88rem; }
.meta dt { color: var(--_muted); white-space: nowrap; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.meta dd.none { color: var(--_muted); }
.warnings { border-top: 1px solid var(--_border); padding: 8px 12px; }
.warnings ul { margin: 4px 0 0; padding: 0 0 0 1.1em; font-size: 0.85rem; }
.warnings code { font-size: 0.8rem; color: var(--_muted); }
.link { background: none; border: 0; padding: 0; color: var(--_accent); cursor: pointer; text-align: left; }
.link:hover { text-decoration: underline; }

/* chart */
.charts { display: grid; gap: 10px; padding: 10px 12px; }
figure { margin: 0; }
figcaption { font-size: 0.85rem; display: flex; justify-content: space-between; gap: 8px; }
figcaption small { color: var(--_muted); }
svg { display: block; width: 100%; height: auto; overflow: visible; }
svg text { font-family: var(--_font); font-size: 11px; fill: var(--_fg); }
svg .axis { stroke: var(--_muted); stroke-width: 1; }
svg .bar-actual { fill: var(--_actual-strong); }
svg .bar-target { fill: var(--_target-strong); }
svg .muted { fill: var(--_muted); }

/* table */
.table-panel { height: var(--_table-height); }
.table-panel label { display: inline-flex; align-items: center; gap: 6px; font-size: 0.85rem; color: var(--_muted); }
.table-panel select { padding: 2px 4px; border: 1px solid var(--_border); border-radius: 6px; background: var(--_bg); }
.rows { font-size: 0.8rem; color: var(--_muted); margin-left: auto; }
table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 0.88rem; }
th, td { padding: 5px 8px; text-align: left; border-bottom: 1px solid var(--_border); white-space: nowrap; }
td[data-col="name"] { white-space: normal; min-width: 9em; }
td[data-col="value"], th[data-col="value"], td[data-col="year"] { text-align: right; font-variant-numeric: tabular-nums; }
thead th { position: sticky; top: 0; background: var(--_panel); z-index: 1; padding: 0; }
thead button {
  all: unset; box-sizing: border-box; display: block; width: 100%; padding: 6px 8px; cursor: pointer;
  font-weight: 600; font-size: 0.82rem; color: var(--_muted);
}
thead button:focus-visible { outline: 2px solid var(--_accent); outline-offset: -2px; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: var(--_panel); }
tbody tr[aria-selected="true"] { background: var(--_select); }
td[data-col="role"] span { padding: 0 6px; border-radius: 4px; }
td[data-col="role"] [data-role="actual"] { background: var(--_actual); }
td[data-col="role"] [data-role="target"] { background: var(--_target); }
td [data-direction="up"] { color: var(--_up); }
td [data-direction="down"] { color: var(--_down); }
td.none { color: var(--_muted); }

/* a medium host: two columns, the side panels under the text */
@container (max-width: 1099px) {
  .layout {
    grid-template-columns: minmax(12rem, 17rem) minmax(0, 1fr);
    grid-template-areas:
      "status status"
      "outline text"
      "meta chart"
      "table table";
  }
  .side { display: contents; }
  .meta-panel { grid-area: meta; align-self: start; }
  .chart-panel { grid-area: chart; align-self: start; }
}
/* a narrow host (a phone): one column */
@container (max-width: 719px) {
  .layout {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: "status" "outline" "text" "table" "meta" "chart";
  }
  .outline-panel { height: var(--gongwen-outline-height, 15rem); }
  .text-panel { height: var(--gongwen-view-height, 72vh); }
  .text { padding: 10px 12px; }
  .legend { margin-left: 0; }
  .table-panel { height: var(--gongwen-table-height, 24rem); }
}
`;

/** The skeleton: a static string with no report text in it. */
const TEMPLATE = `
<div class="layout" part="layout" aria-busy="false">
  <div class="status" part="status"><span class="busy"></span><span class="summary" role="status"></span></div>
  <nav class="panel outline-panel" part="panel outline-panel" aria-labelledby="outline-h">
    <header><h2 id="outline-h">大纲</h2></header>
    <div class="scroll">
      <div class="tree" role="tree" aria-labelledby="outline-h" data-testid="outline" part="outline"></div>
      <p class="empty" data-for="outline">尚无标题</p>
    </div>
  </nav>
  <div class="panel text-panel" part="panel text-panel">
    <header>
      <h2 id="text-h">原文</h2>
      <div class="legend" aria-hidden="true">
        <span><i class="l-actual"></i>实际</span><span><i class="l-target"></i>目标</span>
        <span><i class="l-up"></i>上升</span><span><i class="l-down"></i>下降</span><span><i class="l-quantity"></i>数量</span>
      </div>
    </header>
    <div class="scroll text" part="text" data-testid="report-text" tabindex="0" role="region" aria-labelledby="text-h"></div>
    <p class="placeholder"><slot name="placeholder">粘贴或打开一份报告，这里会显示原文，并高亮其中的指标与数量。</slot></p>
  </div>
  <div class="side" tabindex="0" role="region" aria-label="文档信息与目标对比">
    <section class="panel meta-panel" part="panel meta" data-testid="meta" aria-labelledby="meta-h">
      <header><h2 id="meta-h">文档信息</h2></header>
      <dl class="meta"></dl>
      <div class="warnings" part="warnings" data-testid="warnings" hidden>
        <h3 id="warnings-h">解析提示</h3>
        <ul aria-labelledby="warnings-h"></ul>
      </div>
    </section>
    <section class="panel chart-panel" part="panel chart" data-testid="chart" aria-labelledby="chart-h" hidden>
      <header><h2 id="chart-h">目标与实际</h2></header>
      <div class="charts"></div>
    </section>
  </div>
  <div class="panel table-panel" part="panel table-panel">
    <header>
      <h2 id="table-h">指标表</h2>
      <label>角色 <select data-filter="role" data-testid="filter-role"></select></label>
      <label>年份 <select data-filter="year" data-testid="filter-year"></select></label>
      <span class="rows" data-testid="row-count" role="status"></span>
    </header>
    <div class="scroll table-scroll" tabindex="0" role="region" aria-labelledby="table-h">
      <table data-testid="indicator-table" part="table">
        <thead><tr></tr></thead>
        <tbody></tbody>
      </table>
    </div>
  </div>
  <div class="tooltip" part="tooltip" role="tooltip" id="tip" hidden></div>
</div>`;

let template = null;
function skeleton() {
  if (!template) {
    template = document.createElement('template');
    template.innerHTML = TEMPLATE; // static: no report text
  }
  return template;
}

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

// ----------------------------------------------------------------- worker ---

/**
 * The module Worker every element parses in, started on first use. When a
 * Worker cannot start (a CSP without worker-src, an odd bundler), it parses
 * on the main thread instead, with the same package.
 */
class Parser {
  #next = 0;
  #pending = new Map();
  #worker = null;
  #local = null;

  constructor() {
    try {
      this.#worker = startWorker();
      this.#worker.onmessage = ({ data }) => this.#answer(data);
      this.#worker.onerror = (event) => {
        event.preventDefault();
        this.#fallBack();
      };
    } catch {
      this.#fallBack();
    }
  }

  /** Parse `text`: resolves to `{ doc, ms }`. */
  parse(text, options) {
    return new Promise((resolve, reject) => {
      const id = this.#next++;
      this.#pending.set(id, { resolve, reject, text, options });
      if (this.#worker) this.#worker.postMessage({ id, text, options });
      else this.#parseLocally(id);
    });
  }

  #answer({ id, doc, ms, error }) {
    const request = this.#pending.get(id);
    if (!request) return;
    this.#pending.delete(id);
    if (error === undefined) request.resolve({ doc, ms });
    else request.reject(new Error(error));
  }

  #fallBack() {
    this.#worker?.terminate();
    this.#worker = null;
    for (const id of this.#pending.keys()) this.#parseLocally(id);
  }

  async #parseLocally(id) {
    try {
      this.#local ??= import('./index.js').then(async (gongwen) => {
        await gongwen.init();
        return gongwen;
      });
      const gongwen = await this.#local;
      const request = this.#pending.get(id);
      if (!request) return;
      const started = performance.now();
      const doc = gongwen.parse(request.text, request.options);
      this.#answer({ id, doc, ms: performance.now() - started });
    } catch (error) {
      this.#answer({ id, error: String((error && error.message) || error) });
    }
  }
}

function startWorker() {
  // Vite's dev server pre-bundles dependencies into node_modules/.vite/deps/,
  // away from worker.js; the package itself is still served from node_modules.
  const vite = /^(.*\/node_modules)\/\.vite\/deps\/[^/?#]*(?:[?#].*)?$/.exec(import.meta.url);
  if (vite) return new Worker(new URL(`${vite[1]}/gongwen/js/worker.js`), { type: 'module' });
  // Written out in full so that bundlers see the worker and bundle it.
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
}

let parser = null;

// ------------------------------------------------------------------ utils ---

/** `document.createElement` with a class, attributes and text. */
function h(tag, attributes, text) {
  const el = document.createElement(tag);
  if (attributes) for (const name in attributes) if (attributes[name] != null) el.setAttribute(name, attributes[name]);
  if (text != null) el.textContent = text;
  return el;
}

/** An outline item and its indicator count, cloned for each heading. */
const treeItem = h('div', { role: 'treeitem', 'aria-selected': 'false', tabindex: '-1' });
treeItem.append(h('div', { class: 'row' }));
treeItem.firstChild.append(
  h('span', { class: 'twisty', 'aria-hidden': 'true' }),
  h('span', { class: 'marker' }),
  h('span', { class: 'label' }),
);
const countBadge = h('span', { class: 'count' }, '0');
countBadge.append(h('span', { class: 'sr' }, ' 个指标'));

const SVG_NS = 'http://www.w3.org/2000/svg';
function s(tag, attributes, text) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const name in attributes) el.setAttribute(name, attributes[name]);
  if (text != null) el.textContent = text;
  return el;
}

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

/** A number as people read it: grouped digits, a real minus sign. */
function formatNumber(n) {
  if (n == null || Number.isNaN(n)) return '';
  return (n < 0 ? '−' : '') + numberFormat.format(Math.abs(n));
}

/** An indicator's value with its range and unit: "−3.6%", "5–5.5%", "801.05亿元". */
function formatValue(value, upper, unit) {
  if (value == null) return '';
  let out = formatNumber(value);
  if (upper != null) out += '–' + formatNumber(upper);
  if (unit) out += unit;
  return out;
}

/** A span clamped to the text, or null when it is empty or not a span. */
function clampSpan(span, length) {
  if (!span) return null;
  const start = Math.max(0, Math.min(length, span.start | 0));
  const end = Math.max(0, Math.min(length, span.end | 0));
  return end > start ? { start, end } : null;
}

/**
 * Headings in document order (pre-order), with their depth, their parent's
 * index (-1 at the top), their place among their siblings (1-based) and the
 * number of siblings, and `end`: the index just after their last descendant.
 */
function flatten(outline) {
  const out = [];
  const walk = (list, depth, parent) => {
    for (let n = 0; n < list.length; n++) {
      const heading = list[n];
      const node = { heading, depth, parent, index: out.length, posinset: n + 1, setsize: list.length, end: 0 };
      out.push(node);
      walk(heading.children || [], depth + 1, node.index);
      node.end = out.length;
    }
  };
  walk(outline || [], 0, -1);
  return out;
}

/** What identifies an outline branch across edits of the text, to keep it closed. */
function branchKey(depth, marker, title) {
  return `${depth}\u0000${marker}\u0000${title}`;
}

/** The number of sorted `starts` within [from, to). */
function countBetween(starts, from, to) {
  const lower = (x) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lower(to) - lower(from);
}

/** A binary min-heap of spans, in text-view order. */
class Heap {
  #items = [];
  get size() {
    return this.#items.length;
  }
  peek() {
    return this.#items[0];
  }
  push(item) {
    const a = this.#items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (order(a[p], a[i]) <= 0) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.#items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && order(a[l], a[m]) < 0) m = l;
        if (r < a.length && order(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/** Text-view order: by start, longer first, then headings, indicators, quantities. */
function order(a, b) {
  return a.start - b.start || b.end - a.end || a.layer - b.layer || a.index - b.index;
}

// ------------------------------------------------------------ text view ---

/**
 * Build the text view, chunk by chunk: a generator that stops after each
 * chunk it completes, so that a long text is built a batch per frame like
 * it is attached. It fills `view`: `chunks` (divs of text nodes, with
 * headings as <span class="h"> and marks as <mark data-kind> nested by
 * span), `chunkStarts` (each chunk's offset in the text), and the first
 * element of every heading, indicator and quantity (`els[layer][index]`).
 */
function* buildText(text, doc, headings, view) {
  const length = text.length;
  const spans = [];
  for (const { heading, index, depth } of headings) {
    const span = clampSpan(heading.span, length);
    if (span) spans.push({ ...span, layer: 0, index, node: heading, depth });
  }
  doc.indicators.forEach((node, index) => {
    const span = clampSpan(node.span, length);
    if (span) spans.push({ ...span, layer: 1, index, node });
  });
  (doc.quantities || []).forEach((node, index) => {
    const span = clampSpan(node.span, length);
    if (span) spans.push({ ...span, layer: 2, index, node });
  });
  spans.sort(order);

  const { chunks, chunkStarts, els } = view;
  let chunk = null;
  const newChunk = (at) => {
    chunk = h('div', { class: 'chunk' });
    chunks.push(chunk);
    chunkStarts.push(at);
  };
  newChunk(0);

  const root = { end: Infinity, el: null, layer: -1 };
  const stack = [root];
  let pos = 0;
  let chunkStart = 0;
  let newline = -1; // the first line end at or after the last place asked (cached: the text is scanned once)
  const lineEnd = (from) => {
    if (newline < from) {
      newline = text.indexOf('\n', from);
      if (newline < 0) newline = length;
    }
    return newline;
  };

  // Text between marks. At the top level, a chunk longer than CHUNK ends at the next line end.
  const emit = (to) => {
    if (to <= pos) return;
    const top = stack[stack.length - 1];
    if (top !== root) {
      top.el.append(text.slice(pos, to));
      pos = to;
      return;
    }
    while (pos < to) {
      const cut = lineEnd(Math.max(pos, chunkStart + CHUNK));
      if (cut >= to) {
        chunk.append(text.slice(pos, to));
        pos = to;
      } else {
        chunk.append(text.slice(pos, cut + 1));
        pos = cut + 1;
        newChunk(pos);
        chunkStart = pos;
      }
    }
  };

  const rest = new Heap();
  let i = 0;
  let complete = 0;
  for (;;) {
    if (chunks.length - 1 > complete) {
      complete = chunks.length - 1;
      yield;
    }
    let span;
    if (i < spans.length && (rest.size === 0 || order(spans[i], rest.peek()) <= 0)) span = spans[i++];
    else if (rest.size > 0) span = rest.pop();
    else break;

    while (stack.length > 1 && stack[stack.length - 1].end <= span.start) {
      emit(stack[stack.length - 1].end);
      stack.pop();
    }
    emit(span.start);
    const parent = stack[stack.length - 1];
    if (parent.layer === span.layer && parent.start === span.start && parent.end === span.end) {
      // The same span again in the same layer (a level and its growth in one clause): one mark.
      parent.el.dataset.i += ' ' + span.index;
      // The mark shows a direction if any of its records has one.
      if (span.layer === 1 && span.node.direction && !parent.el.dataset.direction) parent.el.dataset.direction = span.node.direction;
      if (!els[span.layer][span.index]) els[span.layer][span.index] = parent.el;
      continue;
    }
    let end = span.end;
    if (end > parent.end) {
      // Crosses its parent's end: this piece ends there, the rest follows it.
      rest.push({ ...span, start: parent.end });
      end = parent.end;
    }
    const el = element(span);
    (parent === root ? chunk : parent.el).append(el);
    if (!els[span.layer][span.index]) els[span.layer][span.index] = el;
    stack.push({ start: span.start, end, el, layer: span.layer });
  }
  while (stack.length > 1) {
    emit(stack[stack.length - 1].end);
    stack.pop();
  }
  emit(length);
}

/** The element for one span of the text view. */
function element(span) {
  const node = span.node;
  if (span.layer === 0) {
    return h('span', {
      class: 'h',
      role: 'heading',
      'aria-level': Math.min(6, span.depth + 1),
      'data-level': node.level,
      'data-kind': node.kind,
      'data-i': span.index,
    });
  }
  if (span.layer === 1) {
    return h('mark', {
      'data-kind': 'indicator',
      'data-role': node.role,
      'data-direction': node.direction,
      'data-measure': node.measure,
      'data-i': span.index,
      tabindex: '-1',
    });
  }
  return h('mark', { 'data-kind': 'quantity', 'data-type': node.kind, 'data-i': span.index, tabindex: '-1' });
}

/** What the tooltip says about a quantity: "801.05亿元 = 80,105,000,000 元". */
function describeQuantity(q) {
  const value = formatNumber(q.value);
  const unit = q.unit === '%' ? '%' : q.unit ? ' ' + q.unit : '';
  const approx = q.approx ? `（${q.approx}）` : '';
  return `${q.text} = ${value}${unit}${approx}\n${QUANTITY[q.kind] || q.kind || '数量'}`;
}

/** What the tooltip says about an indicator: "同比下降3.6% → −3.6%" and its labels. */
function describeIndicator(i) {
  const head = [i.name, `${ROLE[i.role] || i.role}${i.year != null ? ' ' + i.year : ''}`, MEASURE[i.measure] || i.measure];
  const tags = [i.qualifier, KIND[i.kind], i.estimated ? '预计' : null].filter(Boolean);
  let out = head.join(' · ');
  if (i.value != null) out += `\n${i.text} → ${formatValue(i.value, i.upper, i.unit)}`;
  if (i.direction) out += `  ${DIRECTION[i.direction] || i.direction}`;
  if (tags.length) out += `\n${tags.join(' · ')}`;
  return out;
}

// ----------------------------------------------------------------- chart ---

/**
 * One comparison per indicator key that has both an actual and a target with
 * a value, the same measure and the same unit: the actual of the reviewed year
 * (else the latest) against the target of the planned year (else the latest).
 */
function comparisons(doc) {
  const byKey = new Map();
  for (const i of doc.indicators) {
    if (i.key == null || i.value == null || !CHART_MEASURES.includes(i.measure)) continue;
    if (!byKey.has(i.key)) byKey.set(i.key, []);
    byKey.get(i.key).push(i);
  }
  const pick = (list, year) =>
    list.find((i) => year != null && i.year === year) ??
    list.reduce((best, i) => (best == null || (i.year ?? -Infinity) > (best.year ?? -Infinity) ? i : best), null);
  const out = [];
  for (const [key, list] of byKey) {
    for (const measure of CHART_MEASURES) {
      const actual = pick(
        list.filter((i) => i.role === 'actual' && i.measure === measure),
        doc.meta.yearReviewed,
      );
      if (!actual) continue;
      const target = pick(
        list.filter((i) => i.role === 'target' && i.measure === measure && i.unit === actual.unit),
        doc.meta.yearPlanned,
      );
      if (!target) continue;
      out.push({ key, measure, actual, target });
      break;
    }
  }
  return out;
}

/** A small horizontal bar chart: the actual against the target, from a shared zero. */
function chart({ actual, target }) {
  const width = 300;
  const rowHeight = 22;
  const label = 92;
  const valueRoom = 64;
  const rows = [
    { i: actual, name: `${actual.year ?? ''} 实际`, cls: 'bar-actual' },
    { i: target, name: `${target.year ?? ''} 目标`, cls: 'bar-target' },
  ];
  const low = Math.min(0, ...rows.map((r) => r.i.value));
  const high = Math.max(0, ...rows.map((r) => r.i.upper ?? r.i.value));
  const plot = width - label - valueRoom;
  const scale = (v) => label + (high === low ? 0 : ((v - low) / (high - low)) * plot);
  const zero = scale(0);
  const height = rows.length * rowHeight + 6;
  const describe = (r) => `${r.name} ${formatValue(r.i.value, r.i.upper, r.i.unit)}${r.i.qualifier || ''}`;
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `${actual.name}：${rows.map(describe).join('，')}`,
  });
  rows.forEach((r, n) => {
    const y = 3 + n * rowHeight;
    const v = r.i.value;
    const x0 = Math.min(zero, scale(v));
    const w = Math.max(1, Math.abs(scale(v) - zero));
    svg.append(s('text', { x: 0, y: y + 14, class: 'muted' }, r.name));
    svg.append(s('rect', { x: x0, y: y + 3, width: w, height: rowHeight - 8, rx: 2, class: r.cls }));
    if (r.i.upper != null) {
      // A range: the bar reaches the lower bound, a lighter one the upper.
      const x1 = scale(r.i.upper);
      svg.append(s('rect', { x: Math.min(scale(v), x1), y: y + 3, width: Math.abs(x1 - scale(v)), height: rowHeight - 8, rx: 2, class: r.cls, opacity: 0.45 }));
    }
    const end = Math.max(zero, scale(r.i.upper ?? v));
    svg.append(s('text', { x: end + 4, y: y + 14 }, formatValue(v, r.i.upper, r.i.unit) + (r.i.qualifier || '')));
  });
  svg.append(s('line', { x1: zero, x2: zero, y1: 0, y2: height, class: 'axis' }));
  return svg;
}

// --------------------------------------------------------------- element ---

/**
 * `<gongwen-report>`: parses its `text` in a Worker and shows the outline,
 * the highlighted text, the indicator table, the chart and the metadata.
 */
export class GongwenReportElement extends HTMLElement {
  static observedAttributes = ['text', 'debounce'];

  #text = '';
  #doc = null; // the Document on screen
  #shownText = ''; // the text it was parsed from
  #given = false; // #doc was given through the `doc` property
  #debounce = DEBOUNCE;
  #timer = 0;
  #lastChange = -Infinity;
  #inFlight = false;
  #resend = false;
  #seq = 0;
  #waiters = [];
  #view = null; // what the last render built: elements by index, chunks
  #sort = { col: null, dir: 1 };
  #filter = { role: '', year: '' };
  #tipFor = null;
  #scrollCheck = null; // the element the last scroll aimed at
  #restToRender = false; // the metadata, chart and table wait for the next frame
  #metrics = null; // the text view's line height and characters per line
  #busyTimer = 0; // shows "busy" when a parse takes a while
  #attached = 0; // chunks of the text view in the DOM
  #attaching = 0; // what does the next step of the render: a frame (> 0) or a task (< 0)
  #rendering = false; // a render is under way (it ends with gongwen-parsed)
  #detail = null; // of the coming gongwen-parsed
  #tableRows = null; // the table's rows (sorted, filtered) still to attach: { rows, at }
  #selectedRow = -1; // the indicator whose row is selected
  #$ = {};

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    root.append(skeleton().content.cloneNode(true));
    const $ = (selector) => root.querySelector(selector);
    this.#$ = {
      layout: $('.layout'),
      summary: $('.summary'),
      tree: $('.tree'),
      treeEmpty: $('[data-for="outline"]'),
      text: $('.text'),
      placeholder: $('.placeholder'),
      meta: $('.meta'),
      warnings: $('.warnings'),
      warningList: $('.warnings ul'),
      chartPanel: $('.chart-panel'),
      charts: $('.charts'),
      table: $('table'),
      headRow: $('thead tr'),
      body: $('tbody'),
      roleFilter: $('[data-filter="role"]'),
      yearFilter: $('[data-filter="year"]'),
      rows: $('.rows'),
      tableScroll: $('.table-scroll'),
      tip: $('.tooltip'),
    };
    this.#buildHead();
    this.#listen();
    this.#renderEmpty();
  }

  connectedCallback() {
    // Start the Worker now: it loads the WebAssembly while the user finds a report.
    parser ??= new Parser();
    // A property set before the element was defined shadows the accessor: replay it.
    for (const name of ['text', 'doc', 'debounce']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  disconnectedCallback() {
    this.#hideTip();
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'text') this.text = value ?? '';
    else if (name === 'debounce') this.debounce = value;
  }

  /** The report text. Setting it parses it (in a Worker, debounced) and renders the result. */
  get text() {
    return this.#text;
  }
  set text(value) {
    const text = value == null ? '' : String(value);
    if (text === this.#text && !this.#given) return;
    this.#text = text;
    this.#given = false;
    this.#schedule();
  }

  /**
   * The Document on screen (null before the first parse). Set it, after
   * `text`, to show a Document parsed elsewhere: no parse happens then.
   */
  get doc() {
    return this.#doc;
  }
  set doc(doc) {
    clearTimeout(this.#timer);
    this.#seq++; // drop any answer in flight
    if (doc == null) {
      this.#given = false;
      this.#schedule();
      return;
    }
    this.#given = true;
    this.#render(doc, this.#text, null);
  }

  /** Milliseconds to wait after a change while the user keeps typing (default 150). */
  get debounce() {
    return this.#debounce;
  }
  set debounce(value) {
    const ms = Number(value);
    this.#debounce = Number.isFinite(ms) && ms >= 0 ? ms : DEBOUNCE;
  }

  /** Resolves with the Document once the current text is parsed and on screen. */
  get parsed() {
    if (!this.#dirty()) return Promise.resolve(this.#doc);
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  /** Show an outline heading (by its pre-order index), an indicator or a quantity: scroll to it and flash it. */
  reveal(kind, index) {
    const view = this.#view;
    if (!view) return false;
    this.#completeAll();
    const els = { heading: view.headingEls, indicator: view.indicatorEls, quantity: view.quantityEls }[kind];
    const el = els && els[index];
    if (!el) return false;
    this.#scrollTo(el);
    this.#flash([el]);
    if (kind === 'heading') this.#selectTreeItem(index, false);
    if (kind === 'indicator') this.#selectRow(index);
    return true;
  }

  /** Scroll the text view to a span of the text (UTF-16 offsets) and flash it. */
  revealSpan(span) {
    const range = this.#range(span);
    if (!range) return false;
    range.startContainer.parentElement?.getBoundingClientRect(); // lays out a lazy chunk
    this.#scrollTo(range);
    if (typeof Highlight === 'function' && CSS.highlights) {
      CSS.highlights.set('gongwen-flash', new Highlight(range));
      setTimeout(() => CSS.highlights.delete('gongwen-flash'), 1500);
    }
    return true;
  }

  // ---------------------------------------------------------- parsing ---

  #dirty() {
    if (this.#rendering) return true;
    return !this.#given && (this.#shownText !== this.#text || this.#doc === null) && this.#text !== '';
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = 0;
    const now = performance.now();
    const idle = now - this.#lastChange > this.#debounce && !this.#inFlight;
    this.#lastChange = now;
    if (this.#text === '') {
      this.#seq++;
      this.#renderEmpty();
      return;
    }
    // Show "busy" only when a parse takes long enough to notice: no restyle on every keystroke.
    clearTimeout(this.#busyTimer);
    this.#busyTimer = setTimeout(() => this.#busy(this.#dirty()), 150);
    if (idle) {
      // The first change after a pause (a paste, a file, an example) goes at once;
      // a microtask lets several property sets of one task make one parse.
      this.#timer = -1;
      queueMicrotask(() => {
        if (this.#timer === -1) this.#send();
      });
    } else {
      // Typing: wait for a pause, longer for a long text.
      const delay = this.#debounce + Math.min(600, this.#text.length / 2000);
      this.#timer = setTimeout(() => this.#send(), delay);
    }
  }

  #send() {
    this.#timer = 0;
    if (this.#given || this.#text === '') return;
    if (this.#inFlight) {
      this.#resend = true;
      return;
    }
    this.#inFlight = true;
    const text = this.#text;
    const seq = ++this.#seq;
    parser ??= new Parser();
    parser.parse(text).then(
      ({ doc, ms }) => {
        this.#done();
        if (seq === this.#seq && text === this.#text) this.#render(doc, text, ms);
      },
      (error) => {
        this.#done();
        if (seq !== this.#seq) return;
        this.#busy(false);
        this.#$.summary.textContent = `无法解析：${error.message}`;
        this.#$.summary.classList.add('error');
        this.dispatchEvent(new CustomEvent('gongwen-error', { detail: { error }, bubbles: true, composed: true }));
        for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
      },
    );
  }

  #done() {
    this.#inFlight = false;
    if (this.#resend) {
      this.#resend = false;
      if (this.#timer === 0) this.#send();
    }
  }

  #busy(on) {
    if (!on) clearTimeout(this.#busyTimer);
    const value = on ? 'true' : 'false';
    if (this.#$.layout.getAttribute('aria-busy') !== value) this.#$.layout.setAttribute('aria-busy', value);
  }

  // -------------------------------------------------------- rendering ---

  #renderEmpty() {
    this.#stopAttaching();
    this.#rendering = false;
    this.#restToRender = false;
    this.#busy(false);
    this.#doc = null;
    this.#shownText = '';
    this.#view = null;
    this.#selectedRow = -1;
    const $ = this.#$;
    $.summary.textContent = '';
    $.tree.replaceChildren();
    $.treeEmpty.hidden = false;
    $.text.replaceChildren();
    $.text.hidden = true;
    $.placeholder.hidden = false;
    this.#renderMeta(null);
    $.chartPanel.hidden = true;
    $.charts.replaceChildren();
    this.#renderFilters(null);
    this.#renderRows();
    for (const waiter of this.#waiters.splice(0)) waiter.resolve(null);
  }

  #render(doc, text, parseMs) {
    const started = performance.now();
    const $ = this.#$;
    // Read the layout before writing anything, so that reading it costs nothing.
    const em = 0.9 * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
    const treeWidth = $.tree.clientWidth;
    const treeScroll = $.tree.parentElement;
    const sight = { top: treeScroll.scrollTop, bottom: treeScroll.scrollTop + treeScroll.clientHeight };
    this.#hideTip();
    const headings = flatten(doc.outline);
    const previous = this.#view;
    this.#doc = doc;
    this.#shownText = text;
    // The text view is built after the outline is painted, as it is attached.
    const view = { headings, chunks: [], chunkStarts: [], els: [[], [], []], done: false, builder: null, tree: null };
    view.builder = buildText(text, doc, headings, view);
    view.headingEls = view.els[0];
    view.indicatorEls = view.els[1];
    view.quantityEls = view.els[2];
    this.#view = view;

    // The outline now (a long one over the next frames, the part in sight first); the
    // metadata, chart, table and text in the next frames, a batch per frame (the old
    // text and table stay until then: no flash while typing).
    this.#stopAttaching();
    this.#rendering = true;
    this.#attached = 0;
    this.#selectedRow = -1;
    $.text.hidden = false;
    $.placeholder.hidden = true;

    this.#renderTree(doc, headings, em, treeWidth, sight, previous?.tree);
    this.#restToRender = true;

    const quantities = doc.quantities ? doc.quantities.length : 0;
    $.summary.classList.remove('error');
    $.summary.textContent =
      `${text.length.toLocaleString('zh-CN')} 字 · ${headings.length} 标题 · ${doc.indicators.length} 指标 · ` +
      `${quantities} 数量` +
      (parseMs != null ? ` · 解析 ${Math.max(1, Math.round(parseMs))} ms` : '');
    this.#detail = { doc, text, parseMs, renderMs: performance.now() - started };
    this.#later();
  }

  /** Run the next step of the render (or of the table's rows) once the frame now coming has been painted. */
  #later() {
    if (this.#attaching) return;
    const frame = requestAnimationFrame(() => {
      const task = setTimeout(() => {
        this.#attaching = 0;
        this.#step();
      });
      if (this.#attaching === frame) this.#attaching = -task;
    });
    this.#attaching = frame;
  }

  #stopAttaching() {
    if (this.#attaching > 0) cancelAnimationFrame(this.#attaching);
    else if (this.#attaching < 0) clearTimeout(-this.#attaching);
    this.#attaching = 0;
  }

  /**
   * One task of the render, one kind of work per frame: the rest of a long
   * outline; then the metadata, the chart, the table's first rows and the
   * text's first batch; then the rest of the text, a batch per frame; then
   * the rest of the table's rows.
   */
  #step() {
    if (!this.#treeDone()) this.#fillTree(TREE_BATCH);
    else if (this.#restToRender) {
      // Layout reads first: before the writes below, they cost nothing.
      this.#measure();
      this.#renderRest(this.#rowsInSight());
      this.#attach(BATCH);
    } else if (!this.#textDone()) this.#attach(BATCH);
    else this.#attachRows(ROWS_BATCH);
    if (!this.#allDone()) this.#later();
    else if (this.#rendering) this.#finish();
  }

  /** The metadata, the chart, the filters and the table's first `rows` rows. */
  #renderRest(rows) {
    this.#restToRender = false;
    this.#renderMeta(this.#doc);
    this.#renderChart(this.#doc);
    this.#renderFilters(this.#doc);
    this.#renderRows(rows);
  }

  #treeDone() {
    const tree = this.#view?.tree;
    return !tree || tree.next >= tree.order.length;
  }

  #textDone() {
    const view = this.#view;
    return !view || (view.done && this.#attached >= view.chunks.length);
  }

  #allDone() {
    return this.#treeDone() && !this.#restToRender && !this.#tableRows && this.#textDone();
  }

  /** Render what is left now (to scroll to a place in the text, or to select a row or an item). */
  #completeAll() {
    if (this.#allDone()) return;
    this.#stopAttaching();
    this.#completeTree();
    if (this.#restToRender) {
      this.#measure();
      this.#renderRest(Infinity);
    }
    this.#attachRows(Infinity);
    if (!this.#textDone()) this.#attach(Infinity);
    if (this.#rendering) this.#finish();
  }

  /** Attach chunks of the text view, at least one, until `budget` characters; the first replace the old text. */
  #attach(budget) {
    const view = this.#view;
    const from = this.#attached;
    if (!this.#built(from)) {
      if (from === 0) this.#$.text.replaceChildren();
      return;
    }
    const limit = view.chunkStarts[from] + budget;
    let to = from + 1;
    while (this.#built(to) && view.chunkStarts[to] < limit) to++;
    const fragment = document.createDocumentFragment();
    for (let c = from; c < to; c++) {
      this.#estimate(c);
      fragment.append(view.chunks[c]);
    }
    if (from === 0) this.#$.text.replaceChildren(fragment);
    else this.#$.text.append(fragment);
    this.#attached = to;
  }

  /** Whether chunk `c` exists and is complete, building as far as needed. */
  #built(c) {
    const view = this.#view;
    while (!view.done && view.chunks.length - 1 <= c) view.done = view.builder.next().done;
    return c < view.chunks.length;
  }

  /** The text view's font size, line height and width, for #estimate. */
  #measure() {
    const view = this.#$.text;
    const style = getComputedStyle(view);
    const size = parseFloat(style.fontSize) || 16;
    const width = view.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    this.#metrics = { line: parseFloat(style.lineHeight) || size * 1.85, perLine: Math.max(8, width / size) };
  }

  /**
   * Give chunk `c` an estimated height (lines × line height, CJK characters
   * a full em wide, others about half), so that the scrollbar is right before
   * the browser has laid the chunk out.
   */
  #estimate(c) {
    const { chunks, chunkStarts } = this.#view;
    const { line, perLine } = this.#metrics;
    const text = this.#shownText;
    const end = c + 1 < chunks.length ? chunkStarts[c + 1] : text.length;
    let lines = 0;
    let ems = 0;
    for (let i = chunkStarts[c]; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        lines += Math.max(1, Math.ceil(ems / perLine));
        ems = 0;
      } else ems += code < 0x2e80 ? 0.55 : 1;
    }
    if (ems > 0) lines += Math.max(1, Math.ceil(ems / perLine));
    chunks[c].style.containIntrinsicSize = `auto ${Math.round(lines * line)}px`;
  }

  /** The render is complete: tell the page. */
  #finish() {
    this.#rendering = false;
    const text = this.#$.text;
    if (!text.querySelector('mark[tabindex="0"]')) {
      const first = text.querySelector('mark');
      if (first) first.tabIndex = 0;
    }
    this.#busy(this.#dirty());
    this.dispatchEvent(new CustomEvent('gongwen-parsed', { detail: this.#detail, bubbles: true, composed: true }));
    if (!this.#dirty()) for (const waiter of this.#waiters.splice(0)) waiter.resolve(this.#doc);
  }

  /**
   * The outline: a flat ARIA tree (each item has its aria-level, -setsize and
   * -posinset; a closed branch hides its descendants) in blocks of BLOCK
   * items. All the blocks go in at once with their estimated heights; their
   * items are built TREE_BATCH per task, the blocks in sight first. In a long
   * outline the blocks out of sight are neither styled nor laid out
   * (content-visibility), so it costs about what its visible part costs.
   */
  #renderTree(doc, headings, em, treeWidth, sight, previous) {
    const $ = this.#$;
    const n = headings.length;
    const starts = doc.indicators.map((i) => (i.span ? i.span.start : -1)).sort((a, b) => a - b);
    // Branches the user closed stay closed while the text is edited.
    const closed = new Set();
    if (previous) {
      previous.nodes.forEach(({ heading, depth, index, end }) => {
        if (end > index + 1 && !previous.open[index]) closed.add(branchKey(depth, heading.marker, heading.title));
      });
    }
    // The lines each title will take, for the heights of the blocks not laid out yet.
    const width = treeWidth - 80; // the tree's and the row's padding, the twisty, the count
    const lineHeight = 1.45 * em;
    const lines = (text, depth) => {
      if (width <= 0) return 1;
      let ems = 0;
      for (let i = 0; i < text.length; i++) ems += text.charCodeAt(i) < 0x2e80 ? 0.55 : 1;
      return Math.max(1, Math.ceil((ems * em) / Math.max(em * 4, width - 14 * depth)));
    };
    const tree = {
      nodes: headings,
      open: new Uint8Array(n).fill(1),
      hidden: new Uint8Array(n),
      counts: new Int32Array(n),
      heights: new Float32Array(n),
      items: new Array(n),
      blocks: [],
      order: [],
      next: 0,
      long: n > LONG_OUTLINE,
    };
    for (let j = 0; j < n; j++) {
      const { heading, depth, parent, index, end } = headings[j];
      const section = heading.section || heading.span;
      tree.counts[j] = section ? countBetween(starts, section.start, section.end) : 0;
      if (closed.size > 0 && end > index + 1 && closed.has(branchKey(depth, heading.marker, heading.title))) tree.open[j] = 0;
      if (parent >= 0 && (tree.hidden[parent] || !tree.open[parent])) tree.hidden[j] = 1;
      tree.heights[j] = lines(heading.marker + heading.title, depth) * lineHeight + 6;
    }
    // The blocks, and the order to fill them in: from the first one in sight.
    const fragment = document.createDocumentFragment();
    let top = 4; // the tree's padding
    let first = -1;
    for (let b = 0; b * BLOCK < n; b++) {
      const block = document.createElement('div');
      block.className = 'block';
      block.setAttribute('role', 'none');
      const height = this.#blockHeight(tree, b);
      if (n > TREE_BATCH) block.style.height = `${Math.round(height)}px`; // until its items are in
      if (first < 0 && top + height > sight.top) first = b;
      top += height;
      tree.blocks.push(block);
      fragment.append(block);
    }
    if (first < 0) first = 0;
    for (let b = 0; b < tree.blocks.length; b++) tree.order.push((first + b) % tree.blocks.length);
    this.#view.tree = tree;
    this.#fillTree(TREE_BATCH);
    $.tree.classList.toggle('long', tree.long);
    $.tree.replaceChildren(fragment);
    $.treeEmpty.hidden = n > 0;
  }

  /** The estimated height of block `b`: its items that show. */
  #blockHeight(tree, b) {
    let height = 0;
    for (let j = b * BLOCK, end = Math.min(tree.nodes.length, j + BLOCK); j < end; j++) if (!tree.hidden[j]) height += tree.heights[j];
    return height;
  }

  /** Build the items of the next blocks of the outline, whole blocks, until about `budget` items. */
  #fillTree(budget) {
    const tree = this.#view.tree;
    let built = 0;
    while (tree.next < tree.order.length && built < budget) {
      const b = tree.order[tree.next++];
      const from = b * BLOCK;
      const to = Math.min(tree.nodes.length, from + BLOCK);
      const fragment = document.createDocumentFragment();
      for (let j = from; j < to; j++) fragment.append(this.#treeItem(tree, j));
      const block = tree.blocks[b];
      block.append(fragment);
      block.style.height = '';
      if (tree.long) block.style.containIntrinsicSize = `auto ${Math.round(this.#blockHeight(tree, b))}px`;
      built += to - from;
    }
  }

  /** Complete the outline now (to move in it or select in it). */
  #completeTree() {
    if (!this.#treeDone()) this.#fillTree(Infinity);
  }

  /** Outline item `j`: a clone of a ready-made item (much cheaper than building it element by element). */
  #treeItem(tree, j) {
    const { heading, depth, index, setsize, posinset, end } = tree.nodes[j];
    const count = tree.counts[j];
    const item = treeItem.cloneNode(true);
    item.setAttribute('aria-level', depth + 1);
    item.setAttribute('aria-setsize', setsize);
    item.setAttribute('aria-posinset', posinset);
    if (end > index + 1) item.setAttribute('aria-expanded', tree.open[j] ? 'true' : 'false');
    if (index === 0) item.tabIndex = 0;
    if (tree.hidden[j]) item.hidden = true;
    item.dataset.i = index;
    item.dataset.count = count;
    const row = item.firstChild;
    if (depth > 0) row.dataset.depth = Math.min(depth, 7);
    if (end > index + 1) row.children[0].textContent = '▶';
    row.children[1].textContent = heading.marker;
    row.children[2].textContent = heading.title;
    const badge = countBadge.cloneNode(true);
    badge.title = `${count} 个指标`;
    badge.firstChild.data = String(count);
    if (count === 0) badge.classList.add('zero');
    row.append(badge);
    tree.items[j] = item;
    return item;
  }

  #renderMeta(doc) {
    const meta = doc ? doc.meta : {};
    const years =
      meta.yearReviewed != null || meta.yearPlanned != null
        ? `${meta.yearReviewed ?? '—'} 回顾 → ${meta.yearPlanned ?? '—'} 计划`
        : null;
    const rows = [
      ['标题', meta.title, 'title'],
      ['地区', meta.region, 'region'],
      ['发布机构', meta.issuer, 'issuer'],
      ['日期', meta.publishDate, 'publishDate'],
      ['会议', meta.meeting, 'meeting'],
      ['年份', years, 'years'],
      ['类型', doc ? DOC_TYPE[meta.docType] || meta.docType : null, 'docType'],
    ];
    if (meta.status) rows.push(['状态', meta.status, 'status']);
    const dl = this.#$.meta;
    dl.replaceChildren();
    for (const [label, value, field] of rows) {
      dl.append(h('dt', null, label));
      const dd = h('dd', { 'data-field': field, class: value == null ? 'none' : null }, value == null ? '—' : String(value));
      if (field === 'title' && value != null && meta.titleSpan) {
        dd.replaceChildren(h('button', { type: 'button', class: 'link', 'data-span': `${meta.titleSpan.start}:${meta.titleSpan.end}` }, value));
      }
      dl.append(dd);
    }
    const warnings = doc ? doc.warnings : [];
    this.#$.warnings.hidden = warnings.length === 0;
    this.#$.warningList.replaceChildren(
      ...warnings.map((w) => {
        const li = h('li', { 'data-code': w.code });
        li.append(h('code', null, w.code), ' ');
        if (w.span) li.append(h('button', { type: 'button', class: 'link', 'data-span': `${w.span.start}:${w.span.end}` }, w.message));
        else li.append(w.message);
        return li;
      }),
    );
  }

  #renderChart(doc) {
    const pairs = comparisons(doc);
    this.#$.chartPanel.hidden = pairs.length === 0;
    this.#$.charts.replaceChildren(
      ...pairs.map((pair) => {
        const figure = h('figure', { 'data-key': pair.key });
        const caption = h('figcaption');
        caption.append(h('span', null, pair.actual.name), h('small', null, MEASURE[pair.measure] || pair.measure));
        figure.append(caption, chart(pair));
        return figure;
      }),
    );
  }

  #buildHead() {
    for (const [col, label] of COLUMNS) {
      const th = h('th', { scope: 'col', 'data-col': col });
      th.append(h('button', { type: 'button', 'data-sort': col }, label));
      this.#$.headRow.append(th);
    }
  }

  #renderFilters(doc) {
    const indicators = doc ? doc.indicators : [];
    const count = (f) => indicators.filter(f).length;
    const option = (value, label) => h('option', { value }, label);
    const { roleFilter, yearFilter } = this.#$;
    roleFilter.replaceChildren(
      option('', `全部 (${indicators.length})`),
      option('actual', `实际 (${count((i) => i.role === 'actual')})`),
      option('target', `目标 (${count((i) => i.role === 'target')})`),
    );
    const years = [...new Set(indicators.map((i) => i.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
    yearFilter.replaceChildren(
      option('', '全部'),
      ...years.map((y) => option(y == null ? 'none' : String(y), y == null ? '未注明' : String(y))),
    );
    // Keep the user's choice when it still exists.
    if (![...roleFilter.options].some((o) => o.value === this.#filter.role)) this.#filter.role = '';
    if (![...yearFilter.options].some((o) => o.value === this.#filter.year)) this.#filter.year = '';
    roleFilter.value = this.#filter.role;
    yearFilter.value = this.#filter.year;
  }

  /**
   * Sort and filter the table: attach its first `first` rows now, the rest
   * ROWS_BATCH per frame (a long table is never laid out in one task).
   */
  #renderRows(first = ROWS_BATCH) {
    const indicators = this.#doc ? this.#doc.indicators : [];
    const { role, year } = this.#filter;
    let rows = indicators.map((indicator, index) => ({ indicator, index }));
    if (role) rows = rows.filter((r) => r.indicator.role === role);
    if (year) rows = rows.filter((r) => (year === 'none' ? r.indicator.year == null : String(r.indicator.year) === year));
    const { col, dir } = this.#sort;
    if (col) {
      const collator = new Intl.Collator('zh-CN', { numeric: true });
      rows.sort((a, b) => {
        const x = a.indicator[col];
        const y = b.indicator[col];
        if (x == null || y == null) return x == null && y == null ? a.index - b.index : x == null ? 1 : -1;
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
        return c * dir || a.index - b.index;
      });
    }
    for (const th of this.#$.headRow.children) {
      th.setAttribute('aria-sort', th.dataset.col === col ? (dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    this.#$.body.replaceChildren();
    this.#tableRows = { rows, at: 0 };
    this.#attachRows(first);
    this.#$.rows.textContent = indicators.length ? `${rows.length} / ${indicators.length} 行` : '';
    if (this.#tableRows) this.#later();
  }

  /** Attach up to `budget` more rows of the table. */
  #attachRows(budget) {
    const queue = this.#tableRows;
    if (!queue) return;
    const end = Math.min(queue.rows.length, queue.at + budget);
    const fragment = document.createDocumentFragment();
    for (let r = queue.at; r < end; r++) fragment.append(this.#row(queue.rows[r].indicator, queue.rows[r].index));
    this.#$.body.append(fragment);
    queue.at = end;
    if (end >= queue.rows.length) this.#tableRows = null;
  }

  /** The rows to attach at once so that the table's view stays filled where it is scrolled to (reads the layout). */
  #rowsInSight() {
    const scroll = this.#$.tableScroll;
    const shown = this.#$.body.rows.length;
    if (scroll.scrollTop <= 0 || shown === 0) return ROWS_BATCH;
    const perRow = Math.max(8, this.#$.body.offsetHeight / shown);
    return Math.ceil((scroll.scrollTop + scroll.clientHeight) / perRow) + ROWS_BATCH;
  }

  #row(i, index) {
    const tr = h('tr', { 'data-i': index, 'data-role': i.role, 'aria-selected': index === this.#selectedRow ? 'true' : null });
    const cell = (col, value, text) => {
      const td = h('td', { 'data-col': col, 'data-value': value == null ? '' : String(value) });
      if (value == null) {
        td.className = 'none';
        td.textContent = '—';
      } else if (text instanceof Node) td.append(text);
      else td.textContent = text ?? String(value);
      tr.append(td);
    };
    cell('key', i.key);
    cell('name', i.name, h('button', { type: 'button', class: 'link', 'data-jump': index }, i.name));
    cell('role', i.role, h('span', { 'data-role': i.role }, ROLE[i.role] || i.role));
    cell('year', i.year);
    cell('measure', i.measure, MEASURE[i.measure] || i.measure);
    cell('value', i.value, i.value == null ? '' : formatValue(i.value, i.upper, ''));
    cell('unit', i.unit);
    cell('direction', i.direction, h('span', { 'data-direction': i.direction }, DIRECTION[i.direction] || i.direction));
    cell('qualifier', i.qualifier);
    cell('kind', i.kind, KIND[i.kind] || i.kind);
    return tr;
  }

  // ---------------------------------------------------------- actions ---

  #listen() {
    const $ = this.#$;
    $.tree.addEventListener('click', (event) => {
      const item = event.target.closest('[role="treeitem"]');
      if (!item) return;
      if (event.target.closest('.twisty') && item.hasAttribute('aria-expanded')) {
        this.#toggle(item, item.getAttribute('aria-expanded') !== 'true');
        this.#focusItem(item);
        return;
      }
      this.#focusItem(item);
      this.#activate(item);
    });
    $.tree.addEventListener('keydown', (event) => this.#treeKey(event));

    $.headRow.addEventListener('click', (event) => {
      const button = event.target.closest('[data-sort]');
      if (!button) return;
      const col = button.dataset.sort;
      this.#sort = { col, dir: this.#sort.col === col ? -this.#sort.dir : 1 };
      this.#renderRows(this.#rowsInSight());
    });
    for (const select of [$.roleFilter, $.yearFilter]) {
      select.addEventListener('change', () => {
        this.#filter[select.dataset.filter] = select.value;
        this.#renderRows(this.#rowsInSight());
      });
    }
    $.body.addEventListener('click', (event) => {
      const tr = event.target.closest('tr[data-i]');
      if (tr) this.#choose('indicator', Number(tr.dataset.i));
    });

    this.shadowRoot.addEventListener('click', (event) => {
      const button = event.target.closest('[data-span]');
      if (!button) return;
      const [start, end] = button.dataset.span.split(':').map(Number);
      this.revealSpan({ start, end });
    });

    // Marks: tooltip on hover and focus, arrows between marks, click selects.
    $.text.addEventListener('mouseover', (event) => {
      const mark = event.target.closest('mark');
      if (mark) this.#showTip(mark);
    });
    $.text.addEventListener('mouseout', (event) => {
      const mark = event.target.closest('mark');
      if (mark && !mark.contains(event.relatedTarget) && this.shadowRoot.activeElement !== mark) this.#hideTip();
    });
    $.text.addEventListener('focusin', (event) => {
      if (event.target.localName === 'mark') this.#showTip(event.target);
    });
    $.text.addEventListener('focusout', () => this.#hideTip());
    $.text.addEventListener('scroll', () => this.#tipFor && this.#hideTip(), { passive: true });
    $.text.addEventListener('keydown', (event) => this.#markKey(event));
    $.text.addEventListener('click', (event) => {
      const mark = event.target.closest('mark');
      if (!mark) return;
      const index = Number(mark.dataset.i.split(' ')[0]);
      const kind = mark.dataset.kind;
      if (kind === 'indicator') this.#selectRow(index);
      this.#emitSelect(kind, index);
    });
  }

  #choose(kind, index) {
    if (this.reveal(kind, index)) this.#emitSelect(kind, index);
  }

  #emitSelect(kind, index) {
    const doc = this.#doc;
    if (!doc) return;
    const item =
      kind === 'heading'
        ? this.#view.headings[index]?.heading
        : kind === 'indicator'
          ? doc.indicators[index]
          : doc.quantities[index];
    if (!item) return;
    this.dispatchEvent(
      new CustomEvent('gongwen-select', { detail: { kind, index, item, span: item.span }, bubbles: true, composed: true }),
    );
  }

  /**
   * Scroll the text view (only) so that `el` (an element or a Range) shows
   * near its top. Chunks come into view with their real heights instead of
   * estimates, which can move `el`: measure again over the next frames until
   * it stays put.
   */
  #scrollTo(el, tries = 4) {
    const container = this.#$.text;
    const box = el.getBoundingClientRect();
    const view = container.getBoundingClientRect();
    const offset = box.top - view.top - 12;
    if (Math.abs(offset) < 2) return;
    container.scrollTop += offset; // (at the end of the text, as far as it goes)
    this.#scrollCheck = el;
    if (tries > 1) {
      requestAnimationFrame(() => requestAnimationFrame(() => this.#scrollCheck === el && this.#scrollTo(el, tries - 1)));
    }
  }

  #flash(els) {
    const color = getComputedStyle(this.#$.layout).getPropertyValue('--_flash').trim() || '#fff08a';
    for (const el of els) el.animate?.([{ backgroundColor: color }, {}], { duration: 1400, easing: 'ease-out' });
  }

  #range({ start, end }) {
    const view = this.#view;
    if (!view || !(end > start)) return null;
    this.#completeAll();
    const locate = (offset) => {
      let lo = 0;
      let hi = view.chunkStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (view.chunkStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      let at = view.chunkStarts[lo];
      const walker = document.createTreeWalker(view.chunks[lo], NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (offset <= at + node.length) return [node, offset - at];
        at += node.length;
      }
      return null;
    };
    const from = locate(start);
    const to = locate(end);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    return range;
  }

  // ---------------------------------------------------------- tooltip ---

  #showTip(mark) {
    const doc = this.#doc;
    if (!doc) return;
    const lines = [];
    for (let el = mark; el && el.localName === 'mark'; el = el.parentElement.closest('mark')) {
      for (const index of el.dataset.i.split(' ').map(Number)) {
        const item = el.dataset.kind === 'indicator' ? doc.indicators[index] : doc.quantities[index];
        if (item) lines.push(el.dataset.kind === 'indicator' ? describeIndicator(item) : describeQuantity(item));
      }
    }
    const tip = this.#$.tip;
    tip.textContent = lines.join('\n\n');
    tip.hidden = false;
    if (this.#tipFor && this.#tipFor !== mark) this.#tipFor.removeAttribute('aria-describedby');
    this.#tipFor = mark;
    mark.setAttribute('aria-describedby', 'tip');
    const box = mark.getClientRects()[0] || mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(8, Math.min(box.left, innerWidth - width - 8));
    const below = box.bottom + 6;
    const top = below + tip.offsetHeight > innerHeight - 8 ? box.top - tip.offsetHeight - 6 : below;
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(8, top)}px`;
  }

  #hideTip() {
    if (!this.#tipFor) return;
    this.#tipFor.removeAttribute('aria-describedby');
    this.#tipFor = null;
    this.#$.tip.hidden = true;
  }

  #markKey(event) {
    const mark = event.target;
    if (event.key === 'Escape') {
      this.#hideTip();
      return;
    }
    if (mark.localName !== 'mark') return;
    const marks = () => [...this.#$.text.querySelectorAll('mark')];
    let next = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      const all = marks();
      next = all[all.indexOf(mark) + 1];
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      const all = marks();
      next = all[all.indexOf(mark) - 1];
    } else if (event.key === 'Home') next = this.#$.text.querySelector('mark');
    else if (event.key === 'End') next = marks().pop();
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      mark.click();
      return;
    } else return;
    event.preventDefault();
    if (!next) return;
    mark.tabIndex = -1;
    next.tabIndex = 0;
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'nearest' });
    this.#showTip(next);
  }

  // ------------------------------------------------------------- tree ---

  /** The outline's items that show (in no closed branch), in order. */
  #visibleItems() {
    const tree = this.#view?.tree;
    if (!tree) return [];
    this.#completeTree();
    return tree.items.filter((_, j) => !tree.hidden[j]);
  }

  #focusItem(item) {
    for (const other of this.#$.tree.querySelectorAll('[role="treeitem"][tabindex="0"]')) other.tabIndex = -1;
    item.tabIndex = 0;
    item.focus({ preventScroll: true });
    item.querySelector('.row').scrollIntoView({ block: 'nearest' });
  }

  #selectTreeItem(index, focus) {
    const tree = this.#view?.tree;
    if (!tree || !tree.nodes[index]) return;
    this.#completeTree();
    const item = tree.items[index];
    for (const other of this.#$.tree.querySelectorAll('[aria-selected="true"]')) other.setAttribute('aria-selected', 'false');
    item.setAttribute('aria-selected', 'true');
    // Open the branches above it, from the top.
    const above = [];
    for (let up = tree.nodes[index].parent; up >= 0; up = tree.nodes[up].parent) above.push(up);
    for (const up of above.reverse()) this.#toggle(tree.items[up], true);
    if (focus) this.#focusItem(item);
  }

  #activate(item) {
    this.#choose('heading', Number(item.dataset.i));
  }

  /** Open or close a branch: an item shows when every branch above it is open. */
  #toggle(item, open) {
    if (!item.hasAttribute('aria-expanded')) return;
    const value = open ? 'true' : 'false';
    if (item.getAttribute('aria-expanded') === value) return;
    item.setAttribute('aria-expanded', value);
    const tree = this.#view.tree;
    const { nodes, items, hidden } = tree;
    const i = Number(item.dataset.i);
    tree.open[i] = open ? 1 : 0;
    const end = nodes[i].end;
    const show = (j, on) => {
      hidden[j] = on ? 0 : 1;
      if (items[j]) items[j].hidden = !on;
    };
    if (!open) for (let j = i + 1; j < end; j++) show(j, false);
    else if (!hidden[i]) for (let j = i + 1; j < end; j = tree.open[j] ? j + 1 : nodes[j].end) show(j, true);
    // A block out of sight keeps the height it had when it was laid out: give the ones
    // that changed their new height (or hide them when nothing in them shows).
    for (let b = Math.floor((i + 1) / BLOCK); b * BLOCK < end; b++) {
      const height = this.#blockHeight(tree, b);
      tree.blocks[b].hidden = height === 0;
      if (tree.long) tree.blocks[b].style.containIntrinsicSize = `${Math.round(height)}px`;
    }
  }

  #treeKey(event) {
    const item = event.target.closest('[role="treeitem"]');
    const tree = this.#view?.tree;
    if (!item || !tree || event.altKey || event.ctrlKey || event.metaKey) return;
    const visible = this.#visibleItems();
    const at = visible.indexOf(item);
    const i = Number(item.dataset.i);
    const { parent } = tree.nodes[i];
    const expanded = item.getAttribute('aria-expanded');
    let target = null;
    switch (event.key) {
      case 'ArrowDown':
        target = visible[at + 1];
        break;
      case 'ArrowUp':
        target = visible[at - 1];
        break;
      case 'Home':
        target = visible[0];
        break;
      case 'End':
        target = visible[visible.length - 1];
        break;
      case 'ArrowRight':
        if (expanded === 'false') this.#toggle(item, true);
        else if (expanded === 'true') target = tree.items[i + 1];
        break;
      case 'ArrowLeft':
        if (expanded === 'true') this.#toggle(item, false);
        else if (parent >= 0) target = tree.items[parent];
        break;
      case 'Enter':
      case ' ':
        this.#activate(item);
        break;
      case '*': {
        // Open every sibling.
        const end = parent >= 0 ? tree.nodes[parent].end : tree.nodes.length;
        for (let j = parent + 1; j < end; j = tree.nodes[j].end) this.#toggle(tree.items[j], true);
        break;
      }
      default:
        if (event.key.length === 1 && event.key.trim()) {
          // Type-ahead: the next visible item whose title starts with the key.
          const key = event.key.toLowerCase();
          const order = [...visible.slice(at + 1), ...visible.slice(0, at + 1)];
          target = order.find((i) => i.querySelector('.label').textContent.toLowerCase().startsWith(key)) || null;
          if (!target) return;
          break;
        }
        return;
    }
    event.preventDefault();
    if (target) this.#focusItem(target);
  }

  #selectRow(index) {
    this.#attachRows(Infinity);
    this.#selectedRow = index;
    for (const tr of this.#$.body.querySelectorAll('tr[aria-selected]')) tr.removeAttribute('aria-selected');
    const tr = this.#$.body.querySelector(`tr[data-i="${index}"]`);
    if (tr) {
      tr.setAttribute('aria-selected', 'true');
      tr.scrollIntoView({ block: 'nearest' });
    }
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, GongwenReportElement);
