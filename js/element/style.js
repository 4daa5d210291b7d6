// The stylesheet of the shadow DOM, one constructed sheet adopted by every
// element: no inline style, so a strict CSP without 'unsafe-inline' holds.
// Themable through --gongwen-* and ::part(); light and dark; container
// queries for narrow hosts.

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
.h[data-level="4"], .h[data-kind="lead"], .h[data-kind="dash"], .h[data-kind="ordinal"] { font-weight: 600; }
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

let sheet = null;

/** The stylesheet, built once and adopted by every element's shadow root. */
export function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}
