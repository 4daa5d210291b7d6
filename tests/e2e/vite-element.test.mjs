// <gongwen-report> in a Vite 7 app, as a user gets it: the packed package in
// node_modules of a copy of tests/embed/vite/, which only says
// `import 'gongwen/element'`. Vite must bundle the element's Worker (and the
// .wasm the Worker loads); the dev server, which pre-bundles the element away
// from its worker.js, must work too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { browserTestOptions, serve } from '../browser/harness.mjs';
import { launch, parse, root, setUp } from './helpers.mjs';

const TEXT = '一、2023年计划执行情况\n全县地区生产总值186.4亿元，同比增长5.8%。\n二、2024年主要预期目标\n地区生产总值增长6%左右。';

async function check(browser, url, name) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('gongwen-report') !== undefined, null, { timeout: 30000 });
  const doc = await page.evaluate(() => document.querySelector('gongwen-report').parsed);
  assert.deepStrictEqual(doc, parse(TEXT), `${name}: the element should show the package's Document`);
  assert.equal(await page.locator('[role="treeitem"]').count(), 2, `${name}: the outline should be rendered`);
  assert.equal(workers.length, 1, `${name}: it should parse in a Worker`);
  assert.deepStrictEqual(errors, [], `${name}: should log no error or warning`);
  await page.close();
  return workers[0];
}

describe('<gongwen-report> in a Vite 7 app, in Chromium', browserTestOptions(), () => {
  let browser;
  let scratch;
  let app;
  let vite;

  before(async () => {
    (await setUp()).close();
    scratch = mkdtempSync(join(tmpdir(), 'gongwen-element-vite-'));
    const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' });
    assert.equal(pack.status, 0, `npm pack should succeed: ${pack.stderr}`);
    app = join(scratch, 'app');
    cpSync(join(root, 'tests', 'embed', 'vite'), app, { recursive: true });
    const installed = join(app, 'node_modules', 'gongwen');
    mkdirSync(installed, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', join(scratch, JSON.parse(pack.stdout)[0].filename), '-C', installed, '--strip-components=1']);
    assert.equal(untar.status, 0, `tar should unpack the package: ${untar.stderr}`);
    vite = await import('vite');
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('a production build bundles the Worker and its .wasm', async () => {
    const warnings = [];
    const logger = vite.createLogger('warn');
    logger.warn = (message) => warnings.push(message);
    await vite.build({ root: app, logLevel: 'warn', customLogger: logger });
    const assets = readdirSync(join(app, 'dist', 'assets'));
    assert.ok(assets.some((f) => /^worker-.*\.js$/.test(f)), `should emit the Worker as a chunk: ${assets}`);
    // The parser's .wasm, and the .docx and compare modules', which parseFile and compare load on demand only.
    const wasm = assets.filter((f) => f.endsWith('.wasm'));
    assert.equal(wasm.filter((f) => /^gongwen_bg-/.test(f)).length, 1, `should emit the parser's .wasm once: ${assets}`);
    assert.ok(wasm.every((f) => /^gongwen_((docx|compare)_)?bg-/.test(f)) && wasm.length <= 3, `should emit no other .wasm: ${assets}`);
    assert.deepStrictEqual(warnings, [], 'should build without warnings');
    const server = await serve(join(app, 'dist'));
    try {
      const worker = await check(browser, `${server.url}/index.html`, 'build');
      assert.match(worker, /\/assets\/worker-[\w-]+\.js$/, 'the Worker should be the bundled chunk');
      assert.ok(server.requests.every((r) => r.status === 200), `should request nothing missing: ${JSON.stringify(server.requests)}`);
      assert.ok(!server.requests.some((r) => /docx/.test(r.path)), 'plain text should not load the .docx module');
    } finally {
      await server.close();
    }
  });

  test('the dev server (which pre-bundles the element) starts the Worker from the installed package', async () => {
    const server = await vite.createServer({ root: app, logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false } });
    await server.listen();
    try {
      const worker = await check(browser, server.resolvedUrls.local[0], 'dev server');
      assert.match(worker, /\/node_modules\/gongwen\/dist\/worker\.js/, 'the Worker should come from the package');
    } finally {
      await server.close();
    }
  });
});
