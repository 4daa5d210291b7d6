// Shared by the end-to-end tests and the page bench: the server, the
// browser, the Document the package gives (what the page must show), and
// the page actions (paste, wait for the render).
import { existsSync, mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { join } from 'node:path';
import { init, parse } from 'gongwen';
import { buildExamples, startServer } from '../../scripts/serve.mjs';
import { assertBuilt, root, seeds } from '../node/helpers.mjs';
import { collectErrors, launch } from '../browser/harness.mjs';

export { assertBuilt, collectErrors, launch, parse, root, seeds };

/** Where the tests save screenshots and downloads. */
export const results = join(root, 'test-results');

/** Build the examples, load the package in Node, start the page server. */
/**
 * In a describe block: serve the page and launch a browser before its tests
 * (`use(browser, server)` receives them), close both after.
 */
export function servePageAndBrowser(use) {
  let browser;
  let server;
  before(async () => {
    server = await setUp();
    browser = await launch();
    use(browser, server);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

export async function setUp() {
  assertBuilt();
  buildExamples();
  await init();
  if (!existsSync(results)) mkdirSync(results, { recursive: true });
  return startServer({ port: 0 });
}

/**
 * A fresh browser context (its own service worker and caches) and page.
 * `external` collects every request to another origin; `errors` the console
 * errors and warnings, CSP reports included.
 */
export async function openPage(browser, server, { path = '/', viewport = { width: 1440, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...options });
  const origin = new URL(server.url).origin;
  const external = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== origin) external.push(url);
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url + path);
  await page.waitForFunction(() => customElements.get('gongwen-report') !== undefined);
  return { context, page, errors, external };
}

/** Paste `text` into the input as a user does (one input event), and wait for the render. */
export async function paste(page, text) {
  const input = page.locator('[data-testid="report-input"]');
  await input.fill('');
  await input.focus();
  await page.keyboard.insertText(text);
  return rendered(page);
}

/** The Document on screen once the current text is parsed and rendered. */
export function rendered(page) {
  return page.evaluate(() => document.querySelector('gongwen-report').parsed);
}

/** Headings in pre-order with their depth and the number of indicators in their section. */
export function expectedOutline(doc) {
  const starts = doc.indicators.map((i) => i.span.start);
  const out = [];
  const walk = (list, depth) => {
    for (const h of list) {
      const count = starts.filter((s) => s >= h.section.start && s < h.section.end).length;
      out.push({ level: depth + 1, marker: h.marker, title: h.title, count });
      walk(h.children, depth + 1);
    }
  };
  walk(doc.outline, 0);
  return out;
}

/** A text of at least `bytes` bytes of UTF-8: the seeds again and again. */
export function bigText(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = seeds[i % seeds.length].text + '\n';
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}
