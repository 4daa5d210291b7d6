// The module Web Worker that <gongwen-report> (element.js) parses in, so that
// a long report never blocks the page. It loads the WebAssembly module, warms
// it up, then answers `{ id, text, options }` with `{ id, doc, ms }` (or
// `{ id, error }`). Messages that arrive while loading wait for it.
//
// A long text (`parts: true`) is answered in pieces, so that no message costs
// the page a long task to receive: first the Document with its outline,
// indicators and quantities empty (`{ id, doc, ms, quantities: n }`), then
// those lists a slice per message (`{ id, list, items }`), with `{ id, early:
// true }` once the outline and the indicators are in (the page shows them
// then), and `{ id, done: true }` at the end.
//
// Warming up: the browser compiles WebAssembly lazily, each function on its
// first call, with a baseline compiler, and optimises only the functions that
// turn out to be hot — and a call already running keeps its baseline code (there
// is no on-stack replacement in WebAssembly). A first parse of 5 MB would run
// mostly on baseline code, several times slower than the next one. So the
// Worker parses a made-up report of about 150,000 characters as soon as the
// module is loaded, in a few pieces (a real request goes first), which
// compiles and optimises the hot paths before any real text arrives.
import { init, parse } from './index.js';

// Only in a Worker: imported anywhere else (a server rendering the page), it does nothing.
const inWorker = typeof WorkerGlobalScope === 'function' && self instanceof WorkerGlobalScope;

/** The Document's lists a long text's answer sends in slices, in this order. */
const LISTS = ['outline', 'indicators', 'quantities'];

/** Items per message of a long text's answer (each message is one task for the page to receive). */
const SLICE = 1500;

/** Send the top-level headings of `outline` in slices of about SLICE headings, their subheadings counted. */
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

/**
 * A made-up report of about `chars` characters: the outline markers, indicator
 * lists and prose, targets, tables and quantities the parser meets in real
 * ones, with numbers that vary (`seed`), so that every hot path runs.
 */
export function warmUpText(chars, seed = 1) {
  let x = seed;
  const n = (max) => ((x = (x * 1103515245 + 12345) % 2147483648), x % max);
  const pct = () => `${n(15)}.${n(10)}%`;
  const parts = ['关于某区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n——2025年1月10日在区第一届人民代表大会第五次会议上\n区发展和改革局\n'];
  const zh = '一二三四五六七八九十';
  for (let size = parts[0].length, i = 0; size < chars; i++) {
    const s =
      `第${zh[i % 10]}部分 2024年工作回顾\n${zh[i % 10]}、主要经济指标完成情况\n` +
      `全年地区生产总值完成${n(9000)}.${n(100)}亿元，同比增长${pct()}；规模以上工业增加值增长${pct()}，` +
      `固定资产投资下降${pct()}，社会消费品零售总额${n(900)}.${n(10)}亿元、增长${pct()}。` +
      `一般公共预算收入${n(300)}.${n(100)}亿元，增长${pct()}；城镇登记失业率控制在${n(5)}%以内，居民消费价格涨幅${n(3)}.${n(10)}%左右。\n` +
      `（${zh[i % 10]}）产业发展取得新成效\n1. 新增市场主体${n(12)}.${n(10)}万户，其中企业一万余家，` +
      `新增国家级高新技术企业${n(900)}家，全市第${zh[n(9)]}。研发投入强度提高${n(3)}.${n(10)}个百分点，` +
      `万元GDP能耗下降${pct()}，进出口总额${n(2000)}亿元。\n（1）一是推进项目建设，完成投资${n(500)}亿元；` +
      `二是新建学位${n(9000)}个、床位${n(900)}张。\n——新开工项目${n(90)}个，总投资${n(900)}.${n(10)}亿元。\n` +
      `■ 人均可支配收入${n(90000)}元，增长${pct()}。\n` +
      `指标\t2024年完成\t2025年目标\n地区生产总值增长\t${pct()}\t5%左右\n` +
      `${zh[(i + 1) % 10]}、2025年主要预期目标\n地区生产总值增长${n(8)}%左右，规上工业增加值增长${n(9)}%以上，` +
      `固定资产投资增长${n(10)}%，一般公共预算收入增长${n(6)}%，城镇调查失业率${n(6)}.${n(10)}%以内，` +
      `单位地区生产总值能耗下降${n(4)}%（约束性）。\n`;
    parts.push(s);
    size += s.length;
  }
  parts.push('附件：名词解释\n1. 规上工业：年主营业务收入2000万元及以上的工业企业。\n');
  return parts.join('');
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
