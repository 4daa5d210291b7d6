// The Worker <gongwen-report> parses in: `{ id, text, options }` → `{ id, doc, ms }` or `{ id, error }`.
// With `parts`, in slices (a task each for the page): the Document with empty lists, `{ id, list, items }`
// ({ early } after the indicators), `{ done }`. It warms the module up first (docs/page.md, "Large inputs").
// (not './index.js': the Worker needs neither hintsFromHtml nor the exports to CSV and Markdown)
import { init } from './browser-init.js';
import { parse } from './core.js';

// Only in a Worker: imported anywhere else (a server rendering the page), it does nothing.
const inWorker = typeof WorkerGlobalScope === 'function' && self instanceof WorkerGlobalScope;

/** The Document's lists a long text's answer sends in slices, in this order. */
const LISTS = ['outline', 'indicators', 'quantities'];

/** Items per message of a long text's answer. */
const SLICE = 1500;

/** Send `outline` in slices of top-level headings, about SLICE headings each. */
function sliceOutline(outline, send) {
  const count = (heading) => 1 + (heading.children || []).reduce((n, child) => n + count(child), 0);
  let from = 0;
  let size = 0;
  for (let i = 0; i < outline.length; i++) {
    size += count(outline[i]);
    if (size >= SLICE || i === outline.length - 1) {
      send(outline.slice(from, i + 1));
      from = i + 1;
      size = 0;
    }
  }
}

/** Pieces of warm-up text parsed at start, one per task, and the characters in each. */
const WARM_PIECES = 3;
const WARM_CHARS = 50000;

/** A made-up report of about `chars` characters: the markers, indicators, tables and quantities of real ones. */
export function warmUpText(chars, seed = 1) {
  let x = seed;
  const n = (max) => ((x = (x * 1103515245 + 12345) % 2147483648), x % max);
  const p = () => `${n(15)}.${n(10)}%`;
  const zh = '一二三四五六七八九十';
  const parts = ['某区2024年计划执行情况与2025年计划草案的报告\n'];
  for (let size = 0, i = 0; size < chars; i++) {
    const s =
      `第${zh[i % 10]}部分 回顾\n${zh[i % 10]}、主要指标\n地区生产总值${n(9000)}.${n(100)}亿元，增长${p()}；工业增加值下降${p()}。\n` +
      `（${zh[i % 10]}）产业\n1. 新增企业${n(12)}.${n(10)}万户，全市第${zh[n(9)]}，提高${n(3)}个百分点。\n——项目${n(90)}个。\n` +
      `指标\t2024年\t目标\n投资增长\t${p()}\t5%左右\n${zh[(i + 1) % 10]}、2025年目标\n财政收入增长${n(8)}%左右，失业率${n(5)}%以内。\n`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('') + '附件：名词解释\n1. 规上工业：年收入2000万元及以上的企业。\n';
}

const ready = inWorker ? init() : null;

let busy = 0; // requests being answered: warming up waits for them
if (inWorker) {
  // Warm up a piece per task, after any request that came in meanwhile.
  ready
    .then(async () => {
      for (let piece = 0; piece < WARM_PIECES; piece++) {
        await new Promise((resolve) => setTimeout(resolve));
        while (busy) await new Promise((resolve) => setTimeout(resolve, 50));
        parse(warmUpText(WARM_CHARS, piece + 1));
      }
    })
    .catch(() => {
      // A failed load is reported to each request below.
    });

  self.onmessage = async ({ data: { id, text, options, parts } }) => {
    busy++;
    try {
      await ready;
      const started = performance.now();
      const doc = parse(text, options);
      const ms = performance.now() - started;
      if (!parts) {
        self.postMessage({ id, doc, ms });
        return;
      }
      // The Document without its lists, then the lists a slice per message.
      const head = {};
      for (const key of Object.keys(doc)) head[key] = LISTS.includes(key) ? [] : doc[key];
      self.postMessage({ id, doc: head, ms, quantities: doc.quantities ? doc.quantities.length : 0 });
      const send = (list, items) => self.postMessage({ id, list, items });
      sliceOutline(doc.outline || [], (items) => send('outline', items));
      for (const list of LISTS.slice(1)) {
        const items = doc[list] || [];
        for (let from = 0; from < items.length; from += SLICE) send(list, items.slice(from, from + SLICE));
        if (list === 'indicators') self.postMessage({ id, early: true }); // the outline and the indicators are in
      }
      self.postMessage({ id, done: true });
    } catch (error) {
      self.postMessage({ id, error: String((error && error.message) || error) });
    } finally {
      busy--;
    }
  };
}
