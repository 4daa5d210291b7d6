// The package as a workspace dependency, built by every bundler a web
// developer reaches for, with no gongwen-specific setting (tests/bundlers/):
// `npm pack` the package, unpack it into the node_modules of an npm
// workspace (hoisted, where npm puts a workspace member's dependency), copy
// the app in as a member, build it with Vite, webpack, esbuild and Rollup,
// load each build in Chromium and parse; then the same app on Vite's dev
// server, which pre-bundles the package away from its .wasm and Worker.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertBuilt, root, runCli, seeds } from '../node/helpers.mjs';
import { browserTestOptions, collectErrors, launch, serve } from './harness.mjs';

/** An npm workspace: the packed package in its node_modules, tests/bundlers/app as the member `app`. */
function workspace(scratch) {
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' });
  assert.equal(pack.status, 0, `npm pack should succeed: ${pack.stderr}`);
  const tarball = join(scratch, JSON.parse(pack.stdout)[0].filename);
  const ws = join(scratch, 'workspace');
  const installed = join(ws, 'node_modules', 'gongwen');
  mkdirSync(installed, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  assert.equal(untar.status, 0, `tar should unpack the package: ${untar.stderr}`);
  writeFileSync(join(ws, 'package.json'), JSON.stringify({ name: 'workspace', private: true, workspaces: ['app'] }));
  cpSync(join(root, 'tests', 'bundlers', 'app'), join(ws, 'app'), { recursive: true });
  // (npm links each member into the workspace's node_modules)
  spawnSync('ln', ['-s', '../app', join(ws, 'node_modules', 'gongwen-bundlers-app')]);
  return ws;
}

/**
 * Open the app at `url` and check it: the outline from `parse`, the element's
 * outline, every seed equal to the CLI's output, the .wasm fetched once as
 * application/wasm (or not at all with gongwen/inline), and whether the
 * element parsed in its Worker.
 */
async function checkApp(browser, url, name, { inline = false } = {}) {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  const wasm = [];
  const workers = [];
  page.on('response', (response) => {
    if (/\.wasm(\?|$)/.test(response.url())) wasm.push(`${response.status()} ${response.headers()['content-type']} ${response.url()}`);
  });
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30000 });
  assert.match(await page.textContent('#outline'), /^- 一、/, `${name}: should show the outline`);
  assert.equal(await page.evaluate(() => window.gongwen.elementHeadings), 2, `${name}: <gongwen-report> should parse the text`);
  const items = await page.locator('#view [role="treeitem"]').count();
  assert.equal(items, 3, `${name}: <gongwen-report> should show the outline`);
  if (inline) {
    assert.deepStrictEqual(wasm.filter((w) => !/docx/.test(w)), [], `${name}: should fetch no .wasm (it is inline)`);
  } else {
    const parser = wasm.filter((w) => !/docx/.test(w));
    assert.ok(parser.length >= 1 && parser.every((w) => /^200 application\/wasm /.test(w)), `${name}: should fetch the .wasm as application/wasm: ${wasm}`);
    assert.equal(workers.length, 1, `${name}: the element should parse in its Worker: ${workers}`);
  }
  for (const seed of seeds.slice(0, 2)) {
    const doc = await page.evaluate((text) => window.gongwen.parse(text), seed.text);
    assert.deepStrictEqual(doc, JSON.parse(runCli([], { file: seed.path })), `${name}, ${seed.name}: should equal the CLI output`);
  }
  // esbuild and Rollup do not emit the element's Worker: its 404 sends the element to the main thread.
  const expected = inline ? (e) => /status of 404/.test(e) : () => false;
  assert.deepStrictEqual(errors.filter((e) => !expected(e)), [], `${name}: should log no error or warning`);
  await page.close();
  return { wasm, workers };
}

describe('as a workspace dependency, in Vite, webpack, esbuild and Rollup builds, in Chromium', browserTestOptions(), () => {
  let browser;
  let scratch;
  let ws;
  let app;

  before(async () => {
    assertBuilt();
    scratch = mkdtempSync(join(tmpdir(), 'gongwen-bundlers-'));
    ws = workspace(scratch);
    app = join(ws, 'app');
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** Serve `dist` with the app's page, and check it. */
  async function serveAndCheck(dist, name, options) {
    const server = await serve(dist);
    try {
      await checkApp(browser, `${server.url}/index.html`, name, options);
      assert.ok(!server.requests.some((r) => /docx/.test(r.path)), `${name}: plain parse should not load the .docx module`);
    } finally {
      await server.close();
    }
  }

  /** index.html pointing at one script. */
  function page(dist, script) {
    mkdirSync(dist, { recursive: true });
    const html = spawnSync('sed', ['s#src="./main.js"#src="./' + script + '"#', join(app, 'index.html')], { encoding: 'utf8' }).stdout;
    writeFileSync(join(dist, 'index.html'), html);
  }

  test('should work in a Vite build with a bare `await init()`', async () => {
    const vite = await import('vite');
    const warnings = [];
    const logger = vite.createLogger('warn');
    logger.warn = (message) => warnings.push(message);
    await vite.build({ root: app, logLevel: 'warn', customLogger: logger, build: { outDir: join(ws, 'dist-vite'), emptyOutDir: true } });
    assert.deepStrictEqual(warnings, [], `should build without warnings: ${warnings}`);
    await serveAndCheck(join(ws, 'dist-vite'), 'Vite build');
  });

  test('should work on the Vite dev server, which pre-bundles the package (the .wasm, the Worker)', async () => {
    const vite = await import('vite');
    const server = await vite.createServer({ root: app, logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false } });
    await server.listen();
    try {
      const { wasm } = await checkApp(browser, server.resolvedUrls.local[0], 'Vite dev server');
      assert.ok(wasm.every((w) => /\/@fs\/.*\/workspace\/node_modules\/gongwen\/pkg\/gongwen_bg\.wasm$/.test(w)), `should fetch the workspace's .wasm: ${wasm}`);
    } finally {
      await server.close();
    }
  });

  test('should work in a webpack 5 build with a bare `await init()`', async () => {
    const { default: webpack } = await import('webpack');
    const dist = join(ws, 'dist-webpack');
    const stats = await new Promise((resolve, reject) =>
      webpack({
        mode: 'production',
        context: app,
        entry: './main.js',
        output: { path: dist, filename: 'main.js' },
        performance: { hints: false }, // (a .wasm of 300 KB is over webpack's 244 KB hint)
      }).run((error, result) => (error ? reject(error) : resolve(result))),
    );
    assert.deepStrictEqual(stats.toJson({ all: false, errors: true }).errors, [], 'should build without errors');
    assert.deepStrictEqual(stats.toJson({ all: false, warnings: true }).warnings, [], 'should build without warnings');
    assert.ok(readdirSync(dist).some((f) => f.endsWith('.wasm')), 'should emit the .wasm');
    page(dist, 'main.js');
    await serveAndCheck(dist, 'webpack');
  });

  test('should work in an esbuild bundle with gongwen/inline', async () => {
    const esbuild = await import('esbuild');
    const dist = join(ws, 'dist-esbuild');
    const result = await esbuild.build({
      absWorkingDir: app,
      entryPoints: ['main-inline.js'],
      bundle: true,
      format: 'esm',
      outfile: join(dist, 'main-inline.js'),
      logLevel: 'silent',
    });
    assert.deepStrictEqual(result.errors, [], 'should build without errors');
    assert.deepStrictEqual(result.warnings, [], 'should build without warnings');
    page(dist, 'main-inline.js');
    await serveAndCheck(dist, 'esbuild', { inline: true });
  });

  test('should work in a Rollup bundle with gongwen/inline', async () => {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const warnings = [];
    const dist = join(ws, 'dist-rollup');
    const bundle = await rollup({
      input: join(app, 'main-inline.js'),
      plugins: [nodeResolve({ browser: true })],
      onwarn: (warning) => warnings.push(String(warning.message)),
    });
    await bundle.write({ dir: dist, format: 'es' });
    await bundle.close();
    assert.deepStrictEqual(warnings, [], 'should build without warnings');
    page(dist, 'main-inline.js');
    await serveAndCheck(dist, 'Rollup', { inline: true });
  });
});
