#!/usr/bin/env node
// `npm run bench:page`: the page in headless Chromium.
//
// - Paste to outline: the time from a paste of the largest seed into the
//   input (the textarea's value set and its input event) to the next frame
//   after the outline is in the DOM: the Worker's parse, the structured
//   clone back, the render, style, layout and paint. The first paste after
//   the page loads (cold: the Worker may still be compiling the wasm) and
//   then warm pastes, each after a pause longer than the debounce, as a
//   person pastes. Target (issue 13): ≤ 30 ms warm.
// - Page weight: every byte the page and its Worker fetch on a first visit
//   (compressed, as the server sends it, and uncompressed), by file.
//
//   RUNS=20 npm run bench:page
//   npm run bench:page -- --record      (also into bench/results.json, for the docs: `npm run figures`)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { browserTestOptions } from '../tests/browser/harness.mjs';
import { launch, seeds, setUp } from '../tests/e2e/helpers.mjs';

const RUNS = Number(process.env.RUNS ?? 15);

const skip = browserTestOptions().skip;
if (skip) {
  console.log(skip);
  process.exit(0);
}

const server = await setUp();
const browser = await launch();
const largest = seeds.reduce((a, b) => (b.text.length > a.text.length ? b : a));

try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();

  // Cold: paste as soon as the element is defined.
  const loadStarted = Date.now();
  await page.goto(server.url + '/');
  await page.waitForFunction(() => customElements.get('gongwen-report') !== undefined);
  // The time of the frame after a change: requestAnimationFrame runs before the frame's
  // style, layout and paint, and a task queued from it runs after them.
  const pasteToOutline = (text) =>
    page.evaluate(async (text) => {
      const input = document.querySelector('[data-testid="report-input"]');
      const el = document.querySelector('gongwen-report');
      // (a user-blocking task runs before the element's next one: the time is the outline's frame alone)
      const soon = (fn) => (globalThis.scheduler?.postTask ? scheduler.postTask(fn, { priority: 'user-blocking' }) : setTimeout(fn));
      const painted = () => new Promise((resolve) => requestAnimationFrame(() => soon(() => resolve(performance.now()))));
      const tree = el.shadowRoot.querySelector('[role="tree"]');
      const outline = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!tree.firstChild) return;
          observer.disconnect();
          resolve(painted());
        });
        observer.observe(tree, { childList: true });
      });
      const parsed = new Promise((resolve) => el.addEventListener('gongwen-parsed', (e) => resolve(e.detail), { once: true }));
      const started = performance.now();
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
      const outlineAt = await outline;
      const detail = await parsed;
      const textAt = await painted();
      return {
        ms: outlineAt - started,
        text: textAt - started,
        parseMs: detail.parseMs,
        renderMs: detail.renderMs,
        outline: tree.querySelectorAll('[role="treeitem"]').length,
      };
    }, text);
  const cold = await pasteToOutline(largest.text);
  const coldSinceLoad = Date.now() - loadStarted;

  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // a pause (longer than the debounce), an edit, a pause, the paste
    await page.evaluate(() => {
      const input = document.querySelector('[data-testid="report-input"]');
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { inputType: 'deleteContentBackward' }));
    });
    await page.waitForTimeout(400);
    runs.push(await pasteToOutline(largest.text));
  }
  await page.waitForTimeout(300);

  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))];
  const median = (key) => {
    const values = runs.map((r) => r[key]).sort((a, b) => a - b);
    return values[values.length >> 1];
  };
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)} (other work on the machine slows every number here)`);
  console.log(`paste to rendered outline, ${largest.name} (${largest.text.length} chars, ${runs[0].outline} outline items), Chromium headless:`);
  console.log(`  cold (first paste right after load): ${cold.ms.toFixed(1)} ms  (page load to outline: ${coldSinceLoad} ms)`);
  const full = runs.map((r) => r.text).sort((a, b) => a - b);
  console.log(
    `  warm, ${RUNS} runs: median ${pct(50).toFixed(1)} ms, p90 ${pct(90).toFixed(1)} ms, min ${ms[0].toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms` +
      `  (median parse in the Worker ${median('parseMs').toFixed(1)} ms, render ${median('renderMs').toFixed(1)} ms)`,
  );
  console.log(`  target ≤ 30 ms: ${pct(50) <= 30 ? 'met' : 'NOT met'}`);
  console.log(`  paste to the whole highlighted text on screen: median ${full[full.length >> 1].toFixed(1)} ms`);
  if (process.argv.includes('--record')) {
    const path = join(import.meta.dirname, 'results.json');
    const all = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
    all.page = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpus().length} cores, load ${loadavg()[0].toFixed(1)}, headless Chromium`,
      chars: largest.text.length,
      runs: RUNS,
      medianMs: pct(50),
      p90Ms: pct(90),
      parseMs: median('parseMs'),
      renderMs: median('renderMs'),
      coldMs: cold.ms,
    };
    writeFileSync(path, `${JSON.stringify(all, null, 2)}\n`);
    console.log('  recorded in bench/results.json; `npm run figures` puts it into the README');
  }

  // Page weight: what the server sent for the first visit (bytes on the wire, after gzip or
  // brotli), each file once; the examples are fetched only when chosen.
  const sizes = new Map();
  for (const r of server.requests) {
    if (r.status !== 200 || sizes.has(r.path) || r.path === '/sw.js') continue;
    if (r.path === '/index.html') continue; // the service worker's copy of '/'

    if (r.path.startsWith('/examples/') && r.path !== '/examples/index.json') continue;
    sizes.set(r.path, r);
  }
  let wire = 0;
  let raw = 0;
  console.log('page weight, first visit (sent / uncompressed):');
  for (const [path, r] of [...sizes].sort((a, b) => b[1].raw - a[1].raw)) {
    wire += r.bytes;
    raw += r.raw;
    console.log(`  ${path.padEnd(24)} ${String(r.bytes).padStart(7)} B ${String(r.raw).padStart(7)} B`);
  }
  const sw = server.requests.find((r) => r.path === '/sw.js' && r.status === 200);
  console.log(`  total                    ${(wire / 1024).toFixed(1).padStart(6)} KB ${(raw / 1024).toFixed(1).padStart(6)} KB  (+ sw.js ${sw ? sw.bytes : 0} B, and its offline copy of the same files)`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
