// The package in a Vite 7 app, as a user gets it: `npm pack` the package,
// install the tarball into a copy of tests/vite-app, build it with Vite and
// load the build in Chromium; then the same app on Vite's dev server, which
// pre-bundles dependencies (where wasm packages usually 404 on their .wasm).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertBuilt, root, runCli, seeds } from '../node/helpers.mjs';
import { browserTestOptions, collectErrors, launch, serve } from './harness.mjs';

/** A copy of the fixture app with the packed package installed in node_modules. */
function installApp(scratch) {
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' });
  assert.equal(pack.status, 0, `npm pack should succeed: ${pack.stderr}`);
  const tarball = join(scratch, JSON.parse(pack.stdout)[0].filename);
  const app = join(scratch, 'app');
  cpSync(join(root, 'tests', 'vite-app'), app, { recursive: true });
  const installed = join(app, 'node_modules', 'gongwen');
  mkdirSync(installed, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  assert.equal(untar.status, 0, `tar should unpack the package: ${untar.stderr}`);
  return app;
}

/** Open `url`, wait for the app, and check it against the CLI on every seed. */
async function checkApp(browser, url, name) {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  const wasm = [];
  page.on('response', (response) => {
    // (in dev, `?url` imports are modules: `….wasm?import&url`)
    if (/\.wasm$/.test(response.url())) wasm.push(`${response.status()} ${response.headers()['content-type']} ${response.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30000 });
  assert.match(await page.textContent('#outline'), /^- 一、/, `${name}: should show the outline`);
  assert.equal(wasm.length, 1, `${name}: should fetch the .wasm once: ${wasm.join(', ')}`);
  assert.match(wasm[0], /^200 application\/wasm /, `${name}: should get the .wasm with its MIME type`);
  for (const seed of seeds) {
    const doc = await page.evaluate((text) => window.gongwen.parse(text), seed.text);
    assert.deepStrictEqual(doc, JSON.parse(runCli([], { file: seed.path })), `${name}, ${seed.name}: should equal the CLI output`);
  }
  if (await page.evaluate(() => 'parseInWorker' in window.gongwen)) {
    const seed = seeds[0];
    const doc = await page.evaluate((text) => window.gongwen.parseInWorker(text), seed.text);
    assert.deepStrictEqual(doc, JSON.parse(runCli([], { file: seed.path })), `${name}, in a Worker: should equal the CLI output`);
  }
  assert.deepStrictEqual(errors, [], `${name}: should log no error or warning`);
  await page.close();
  return wasm[0];
}

describe('in a Vite 7 app, in Chromium', browserTestOptions(), () => {
  let browser;
  let scratch;
  let app;
  let vite;

  before(async () => {
    assertBuilt();
    scratch = mkdtempSync(join(tmpdir(), 'gongwen-vite-'));
    app = installApp(scratch);
    vite = await import('vite');
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('a production build emits the .wasm and works with a bare `await init()`', async () => {
    const warnings = [];
    const logger = vite.createLogger('warn');
    logger.warn = (message) => warnings.push(message);
    await vite.build({ root: app, logLevel: 'warn', customLogger: logger });
    const assets = readdirSync(join(app, 'dist', 'assets'));
    // The parser's .wasm, and the .docx and compare modules', which parseFile and compare load on demand only.
    const wasm = assets.filter((f) => f.endsWith('.wasm'));
    assert.equal(wasm.filter((f) => /^gongwen_bg-/.test(f)).length, 1, `should emit the parser's .wasm once: ${assets}`);
    assert.ok(wasm.every((f) => /^gongwen_((docx|compare)_)?bg-/.test(f)) && wasm.length <= 3, `should emit no other .wasm: ${assets}`);
    assert.deepStrictEqual(warnings, [], 'should build without warnings');

    const server = await serve(join(app, 'dist'));
    try {
      const fetched = await checkApp(browser, `${server.url}/index.html`, 'build, bare init()');
      assert.match(fetched, /\/assets\/gongwen_bg-[\w-]+\.wasm$/, 'should fetch the hashed asset');
      await checkApp(browser, `${server.url}/explicit.html`, "build, init(wasmUrl from 'gongwen/wasm?url')");
      assert.ok(server.requests.every((r) => r.status === 200), `should request nothing missing: ${JSON.stringify(server.requests)}`);
      assert.ok(!server.requests.some((r) => /docx/.test(r.path)), 'plain parse should not load the .docx module');
    } finally {
      await server.close();
    }
  });

  test('the dev server (which pre-bundles gongwen) serves the .wasm to a bare `await init()`', async () => {
    const server = await vite.createServer({ root: app, logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false } });
    await server.listen();
    try {
      const url = server.resolvedUrls.local[0];
      const fetched = await checkApp(browser, url, 'dev server, bare init()');
      assert.match(fetched, /\/node_modules\/gongwen\/pkg\/gongwen_bg\.wasm$/, 'should fetch the .wasm from the installed package');
      await checkApp(browser, `${url}explicit.html`, 'dev server, explicit URL');
    } finally {
      await server.close();
    }
  });
});
