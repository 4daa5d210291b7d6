#!/usr/bin/env node
// A Chromium performance trace of a 5 MB paste on the page, summarised: every
// main-thread task over 50 ms, with what it spent its time on (the trace's
// top events by self time: FunctionCall, Layout, UpdateLayoutTree, Paint,
// V8 deserialisation of a message, …) and the element's own
// performance.measure marks inside it.
//
//   node bench/large-profile.mjs            MB=5; TRACE=/tmp/trace.json keeps the raw trace
import { writeFileSync } from 'node:fs';
import { bigText, launch, setUp } from '../tests/e2e/helpers.mjs';

const MB = Number(process.env.MB ?? 5);
const server = await setUp();
const browser = await launch();
const text = bigText(MB * 1024 * 1024);
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await page.waitForFunction(() => customElements.get('gongwen-report') !== undefined);
  await page.waitForTimeout(1000);
  await page.evaluate((t) => { window.__text = t; }, text);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'toplevel', 'disabled-by-default-v8.gc', 'blink', 'loading'],
    },
  });
  const r = await page.evaluate(async (mode) => {
    const input = document.querySelector('[data-testid="report-input"]');
    const el = document.querySelector('gongwen-report');
    const tree = el.shadowRoot.querySelector('[role="tree"]');
    const outline = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (!tree.querySelector('[role="treeitem"]')) return;
        mo.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      mo.observe(tree, { childList: true, subtree: true });
    });
    const parsed = new Promise((resolve) => el.addEventListener('gongwen-parsed', () => resolve(performance.now()), { once: true }));
    performance.mark('paste');
    const started = performance.now();
    if (mode === 'element') el.text = window.__text;
    else if (mode === 'paste') {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', window.__text);
      input.focus();
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    } else {
      input.value = window.__text;
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
    }
    const o = await outline;
    const d = await parsed;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { outlineMs: o - started, doneMs: d - started };
  }, process.env.MODE ?? 'paste');
  await cdp.send('Tracing.end');
  await done;
  if (process.env.TRACE) writeFileSync(process.env.TRACE, JSON.stringify({ traceEvents: events }));
  console.log(`outline ${Math.round(r.outlineMs)} ms, all ${Math.round(r.doneMs)} ms`);

  // The renderer's main thread: CrRendererMain of the page's process.
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const pasteMark = events.find((e) => e.name === 'paste' && e.cat.includes('user_timing'));
  const main = threads.find((t) => t.pid === pasteMark?.pid) ?? threads[0];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const t0 = pasteMark ? pasteMark.ts : 0;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur > (Number(process.env.OVER ?? 50) * 1000) && e.ts >= t0 - 1e6);
  const marks = events.filter((e) => e.pid === main.pid && e.cat.includes('user_timing'));
  for (const task of tasks) {
    const end = task.ts + task.dur;
    const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e !== task);
    // Self time per event name: duration minus the time of its children.
    inside.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    for (const e of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
      stack.push(e);
    }
    const top = [...self].filter(([, us]) => us > 2000).sort((a, b) => b[1] - a[1]).slice(0, 8)
      .map(([n, us]) => `${n} ${(us / 1000).toFixed(0)}`).join(', ');
    const within = marks.filter((m) => m.ts >= task.ts && m.ts <= end && m.ph !== 'e').map((m) => m.name);
    const before = marks.filter((m) => m.ts < task.ts && m.ph !== 'e' && m.name.startsWith('TMP')).at(-1);
    if (before) within.push('after ' + before.name);
    const fn = inside.find((e) => e.name === 'FunctionCall')?.args?.data;
    console.log(`+${((task.ts - t0) / 1000).toFixed(0)} ms: task ${(task.dur / 1000).toFixed(0)} ms — ${top}` +
      (fn ? ` [${fn.functionName || '?'} ${String(fn.url).split('/').pop()}:${fn.lineNumber}]` : '') +
      (within.length ? ` marks: ${[...new Set(within)].join(' ')}` : ''));
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
