// The package in Chromium with no bundler: a plain <script type="module">
// page (an import map names the package) and a module Web Worker. Both must
// give, for every seed, what the native CLI gives.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertBuilt, root, runCli, seeds } from '../node/helpers.mjs';
import { browserTestOptions, collectErrors, launch, serve } from './harness.mjs';

const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src data:";

describe('in Chromium without a bundler', browserTestOptions(), () => {
  let browser;
  let server;
  const expected = new Map();

  before(async () => {
    assertBuilt();
    for (const seed of seeds) expected.set(seed.name, JSON.parse(runCli([], { file: seed.path })));
    const csp = { '/csp.html': STRICT_CSP, '/csp-no-wasm.html': STRICT_CSP.replace(" 'wasm-unsafe-eval'", '') };
    server = await serve(root, {
      headers: (path) => {
        const policy = csp[path.slice(path.lastIndexOf('/'))];
        return policy ? { 'content-security-policy': policy } : {};
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a plain module script: init() finds the .wasm next to the module, parse equals the CLI', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/tests/browser/pages/no-bundler.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 20000 });
    assert.match(await page.evaluate(() => window.beforeInit), /call `await init\(\)` first/i, 'should refuse to parse before init');
    assert.match(await page.textContent('#outline'), /- 一、2024年计划执行情况\n {2}- [(（]一[)）]产业发展提速/, 'should show the outline');
    assert.ok(
      server.requests.some((r) => r.path === '/pkg/gongwen_bg.wasm' && r.status === 200),
      'should fetch the .wasm that ships next to the module',
    );
    for (const seed of seeds) {
      const doc = await page.evaluate((text) => window.gongwen.parse(text), seed.text);
      assert.deepStrictEqual(doc, expected.get(seed.name), `${seed.name}: should equal the CLI output`);
      const csv = await page.evaluate((text) => window.gongwen.toCSV(window.gongwen.parse(text)), seed.text);
      assert.equal(csv, runCli(['--format', 'csv'], { file: seed.path }), `${seed.name}: toCSV should equal --format csv`);
    }
    assert.deepStrictEqual(errors, [], 'should log no error or warning');
    await page.close();
  });

  test('init accepts a URL, a Response, bytes and a WebAssembly.Module (strict CSP, CDNs)', async () => {
    const forms = {
      URL: "new URL('/pkg/gongwen_bg.wasm', location.href)",
      string: "'/pkg/gongwen_bg.wasm'",
      Response: "fetch('/pkg/gongwen_bg.wasm')",
      bytes: "await (await fetch('/pkg/gongwen_bg.wasm')).arrayBuffer()",
      'WebAssembly.Module': "await WebAssembly.compileStreaming(fetch('/pkg/gongwen_bg.wasm'))",
    };
    for (const [name, input] of Object.entries(forms)) {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/tests/browser/pages/blank.html`);
      const title = await page.evaluate(`(async () => {
        const { init, parse } = await import('/dist/index.js');
        await init(${input});
        return parse('一、总体情况\\n全年工作。').outline[0].title;
      })()`);
      assert.equal(title, '总体情况', `init(${name}) should load the module`);
      assert.deepStrictEqual(errors, [], `init(${name}) should log nothing`);
      await page.close();
    }
  });

  test('initSync with bytes works; a missing .wasm gives an Error that names the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/tests/browser/pages/blank.html`);
    const result = await page.evaluate(async () => {
      const { init, initSync, parse } = await import('/dist/index.js');
      let missing = null;
      try {
        await init('/pkg/missing.wasm');
      } catch (error) {
        missing = error.message;
      }
      initSync(await (await fetch('/pkg/gongwen_bg.wasm')).arrayBuffer());
      await init('/pkg/missing.wasm'); // a no-op once loaded
      return { missing, outline: parse('一、总体情况').outline.length };
    });
    assert.match(result.missing, /could not load the WebAssembly module from \/pkg\/missing\.wasm/, 'should name the URL that failed');
    assert.equal(result.outline, 1, 'initSync(bytes) should load the module');
    await page.close();
  });

  test("under a strict CSP (script-src 'self' 'wasm-unsafe-eval') init() and parse work", async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/tests/browser/pages/csp.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 20000 });
    assert.match(await page.textContent('#outline'), /^- 一、总体情况\n {2}- [(（]一[)）]经济运行/, 'should parse under the CSP');
    assert.deepStrictEqual(errors, [], 'should violate no CSP rule');

    // The same page without 'wasm-unsafe-eval': the browser refuses to compile, and init says so.
    const refused = await browser.newPage();
    await refused.goto(`${server.url}/tests/browser/pages/csp-no-wasm.html`);
    await refused.waitForSelector('body[data-error]', { state: 'attached', timeout: 20000 });
    assert.match(
      await refused.getAttribute('body', 'data-error'),
      /^gongwen: could not load the WebAssembly module from .*gongwen_bg\.wasm: .*(unsafe-eval|Content Security)/i,
      "should reject init() with the browser's CSP reason when 'wasm-unsafe-eval' is missing",
    );
    await refused.close();
    await page.close();
  });

  test('a module Web Worker parses every seed as the CLI does', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/tests/browser/pages/worker.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    for (const seed of seeds) {
      const doc = await page.evaluate((text) => window.parseInWorker(text), seed.text);
      assert.deepStrictEqual(doc, expected.get(seed.name), `${seed.name}: should equal the CLI output`);
    }
    const noQuantities = await page.evaluate((text) => window.parseInWorker(text, { quantities: false }), seeds[0].text);
    assert.deepStrictEqual(noQuantities.quantities, [], 'should pass the options through');
    assert.deepStrictEqual(errors, [], 'should log no error or warning');
    await page.close();
  });
});
