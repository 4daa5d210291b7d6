// <gongwen-report> embedded in someone else's page by its export name, as
// npm installs it: `npm pack` the package, unpack it into node_modules/ of a
// scratch site holding tests/embed/index.html (five lines: an import map,
// `import 'gongwen/element'`, the element with a `text` attribute), serve
// that, and check the element against the Document the package gives.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { browserTestOptions, serve } from '../browser/harness.mjs';
import { expectedOutline, launch, parse, root, setUp } from './helpers.mjs';

const page = readFileSync(join(root, 'tests', 'embed', 'index.html'), 'utf8');

/** The element's `text` attribute, as the browser reads it. */
function attributeText() {
  const raw = /<gongwen-report text="([^"]*)"/.exec(page)[1];
  return raw.replace(/&#10;/g, '\n').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('<gongwen-report> embedded from the package, in Chromium', browserTestOptions(), () => {
  let browser;
  let pageServer;
  let site;
  let scratch;

  before(async () => {
    const server = await setUp(); // builds the examples and loads the package in Node
    await server.close();
    scratch = mkdtempSync(join(tmpdir(), 'gongwen-embed-'));
    const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' });
    assert.equal(pack.status, 0, `npm pack should succeed: ${pack.stderr}`);
    site = join(scratch, 'site');
    const installed = join(site, 'node_modules', 'gongwen');
    mkdirSync(installed, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', join(scratch, JSON.parse(pack.stdout)[0].filename), '-C', installed, '--strip-components=1']);
    assert.equal(untar.status, 0, `tar should unpack the package: ${untar.stderr}`);
    cpSync(join(root, 'tests', 'embed', 'index.html'), join(site, 'index.html'));
    pageServer = await serve(site);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await pageServer?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('the page is five lines that import the element by its export name', () => {
    assert.ok(page.trim().split('\n').length <= 5, 'the embedding page should be about five lines');
    const map = JSON.parse(/<script type="importmap">(.*?)<\/script>/s.exec(page)[1]);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const target = manifest.exports['./element'].default.replace(/^\.\//, './node_modules/gongwen/');
    assert.equal(map.imports['gongwen/element'], target, "the import map should point 'gongwen/element' where package.json exports it");
    assert.match(page, /import 'gongwen\/element'/, 'should import the element by its export name');
  });

  test('it parses its text attribute in a Worker and renders outline, table and highlights; events bubble out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const workers = [];
    tab.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await tab.addInitScript(() => {
      window.events = [];
      for (const type of ['gongwen-parsed', 'gongwen-select']) {
        document.addEventListener(type, (e) => window.events.push({ type, kind: e.detail.kind ?? null, outline: e.detail.doc ? e.detail.doc.outline.length : null }));
      }
    });
    await tab.goto(pageServer.url + '/');
    await tab.waitForFunction(() => customElements.get('gongwen-report') !== undefined);
    const text = attributeText();
    const doc = await tab.evaluate(() => document.querySelector('gongwen-report').parsed);
    assert.deepStrictEqual(doc, parse(text), 'the element should hold the Document of its text attribute');
    assert.deepStrictEqual(workers, ['/node_modules/gongwen/dist/worker.js'], 'it should parse in the Worker shipped in the package');
    const outline = await tab.evaluate(() =>
      [...document.querySelector('gongwen-report').shadowRoot.querySelectorAll('[role="treeitem"]')].map((i) => i.querySelector('.label').textContent),
    );
    assert.deepStrictEqual(outline, expectedOutline(doc).map((h) => h.title), 'the outline should show every heading');
    assert.equal(await tab.locator('[data-testid="indicator-table"] tbody tr').count(), doc.indicators.length, 'one row per indicator');
    assert.equal(await tab.locator('mark[data-kind="indicator"]').count() > 0, doc.indicators.length > 0, 'indicators should be highlighted');
    assert.ok(pageServer.requests.some((r) => r.path === '/node_modules/gongwen/pkg/gongwen_bg.wasm' && r.status === 200), 'the .wasm should load from the package');

    await tab.locator('[role="treeitem"] > .row').first().click();
    const events = await tab.evaluate(() => window.events);
    assert.deepStrictEqual(events[0], { type: 'gongwen-parsed', kind: null, outline: doc.outline.length }, 'gongwen-parsed should reach the document');
    assert.deepStrictEqual(events.at(-1), { type: 'gongwen-select', kind: 'heading', outline: null }, 'gongwen-select should reach the document');

    // The attribute is live; the look is the host's: custom properties and ::part().
    const next = '一、总体情况\n全年地区生产总值增长4.5%。';
    await tab.evaluate((t) => document.querySelector('gongwen-report').setAttribute('text', t), next);
    assert.deepStrictEqual(await tab.evaluate(() => document.querySelector('gongwen-report').parsed), parse(next), 'a new text attribute should be parsed');
    await tab.addStyleTag({ content: 'gongwen-report { --gongwen-accent: rgb(1, 2, 3); } gongwen-report::part(table) { font-size: 21px; }' });
    const styled = await tab.evaluate(() => {
      const root = document.querySelector('gongwen-report').shadowRoot;
      return {
        heading: getComputedStyle(root.querySelector('.h[data-level="1"]')).color,
        table: getComputedStyle(root.querySelector('table')).fontSize,
      };
    });
    assert.deepStrictEqual(styled, { heading: 'rgb(1, 2, 3)', table: '21px' }, 'custom properties and ::part() should style it');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('when the .wasm cannot be loaded, it says so and emits gongwen-error', async () => {
    const broken = join(scratch, 'broken');
    cpSync(site, broken, { recursive: true });
    rmSync(join(broken, 'node_modules', 'gongwen', 'pkg', 'gongwen_bg.wasm'));
    const server = await serve(broken);
    try {
      const tab = await browser.newPage();
      await tab.addInitScript(() => {
        window.failed = new Promise((resolve) => document.addEventListener('gongwen-error', (e) => resolve(e.detail.error.message)));
      });
      await tab.goto(server.url + '/');
      const message = await tab.evaluate(() => window.failed);
      assert.match(message, /could not load the WebAssembly module/, 'the event should carry the reason');
      assert.match(await tab.locator('[part="status"]').textContent(), /无法解析/, 'the status line should say the text could not be parsed');
      await tab.close();
    } finally {
      await server.close();
    }
  });
});
