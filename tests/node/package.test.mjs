// The package as npm ships it: its manifest, its files, its size, and every
// way `init` can be given the module in Node.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import * as gongwen from 'gongwen';
import { BUDGET_KB, shippedSizes } from '../../scripts/size.mjs';
import { assertBuilt, root } from './helpers.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const wasmPath = join(root, 'pkg', 'gongwen_bg.wasm');

test('package.json has the name, type, exports conditions, sideEffects and files', () => {
  assert.equal(manifest.name, 'gongwen', 'should be named gongwen');
  assert.equal(manifest.type, 'module', 'should be ESM');
  assert.deepStrictEqual(
    manifest.sideEffects,
    ['./dist/element.js'],
    'should declare side effects only for gongwen/element (it defines <gongwen-report>), so bundlers keep that import',
  );
  assert.deepStrictEqual(
    Object.keys(manifest.exports['.']),
    ['browser', 'node', 'types', 'default'],
    'should list the conditions browser, node (each with its types), types, default, in that order',
  );
  assert.equal(manifest.exports['./wasm'], './pkg/gongwen_bg.wasm', 'should export the .wasm as ./wasm');
  assert.ok(Array.isArray(manifest.files) && manifest.files.length > 0, 'should list its files');
});

test('the exports resolve to files that npm pack ships', () => {
  assertBuilt();
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.equal(pack.status, 0, `npm pack --dry-run should succeed: ${pack.stderr}`);
  const packed = new Set(JSON.parse(pack.stdout)[0].files.map((f) => f.path));
  const targets = [
    ...Object.values(manifest.exports['.']).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
    ...Object.values(manifest.exports['./element']),
    manifest.exports['./wasm'],
    manifest.types,
    manifest.main,
  ];
  for (const target of targets) assert.ok(packed.has(target.replace(/^\.\//, '')), `should ship ${target}`);
  for (const path of packed) {
    assert.ok(/^(dist\/|js\/[a-z]+\.d\.ts$|pkg\/|docs\/[a-z]+\.md$|SCHEMA\.md$|package\.json$|README|LICENSE)/.test(path), `should ship nothing but the package: ${path}`);
  }
});

test("'gongwen/wasm' resolves to the .wasm file", () => {
  const require = createRequire(import.meta.url);
  assert.equal(require.resolve('gongwen/wasm'), wasmPath, 'should resolve the ./wasm subpath');
  assert.equal(import.meta.resolve('gongwen'), pathToFileURL(join(root, 'dist', 'node.js')).href, 'should pick the node condition');
});

test('the exports are compare, hintsFromHtml, init, initSync, parse, parseDocx, parseFile, toCSV, toMarkdown and version, in both entries', async () => {
  const api = ['compare', 'hintsFromHtml', 'init', 'initSync', 'parse', 'parseDocx', 'parseFile', 'toCSV', 'toMarkdown', 'version'];
  assert.deepStrictEqual(Object.keys(gongwen).sort(), api, 'the Node entry should export exactly the documented API');
  const browser = await import('../../dist/index.js');
  assert.deepStrictEqual(Object.keys(browser).sort(), api, 'the browser entry should export the same API');
});

test('version matches package.json, Cargo.toml and the wasm', async () => {
  assertBuilt();
  await gongwen.init();
  const cargo = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];
  assert.equal(gongwen.version, manifest.version, 'should equal the package.json version');
  assert.equal(gongwen.version, cargo, 'should equal the crate version');
  const glue = await import('../../pkg/gongwen.js');
  assert.equal(glue.version(), gongwen.version, 'should equal the version compiled into the wasm');
});

test('init accepts nothing, a path, a file: URL, bytes, a Response and a WebAssembly.Module', () => {
  assertBuilt();
  const file = JSON.stringify(wasmPath);
  const url = JSON.stringify(pathToFileURL(wasmPath).href);
  const inputs = {
    nothing: 'undefined',
    path: file,
    'file: URL': `new URL(${url})`,
    'file: URL string': url,
    bytes: 'bytes',
    ArrayBuffer: 'bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)',
    Response: "new Response(bytes, { headers: { 'content-type': 'application/wasm' } })",
    'Promise<Response>': "Promise.resolve(new Response(bytes, { headers: { 'content-type': 'application/wasm' } }))",
    'WebAssembly.Module': 'await WebAssembly.compile(bytes)',
  };
  // Each in a fresh process: once loaded, the module ignores later init calls.
  for (const [name, input] of Object.entries(inputs)) {
    const script = `
      import { readFileSync } from 'node:fs';
      import { init, parse } from 'gongwen';
      const bytes = readFileSync(${file});
      await init(${input});
      process.stdout.write(parse('一、总体情况\\n全年工作。').outline[0].title);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(run.stderr, '', `init(${name}) should print no warning or error`);
    assert.equal(run.stdout, '总体情况', `init(${name}) should load the module`);
  }
});

test('initSync loads from nothing (the packaged file) and from bytes', () => {
  assertBuilt();
  for (const arg of ['', `readFileSync(${JSON.stringify(wasmPath)})`]) {
    const script = `
      import { readFileSync } from 'node:fs';
      import { initSync, parse } from 'gongwen';
      initSync(${arg});
      process.stdout.write(String(parse('一、总体情况').outline.length));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(run.stdout, '1', `initSync(${arg}) should load the module: ${run.stderr}`);
  }
});

test('init twice, and concurrently, is harmless', async () => {
  assertBuilt();
  await Promise.all([gongwen.init(), gongwen.init(), gongwen.init(wasmPath)]);
  await gongwen.init();
  gongwen.initSync();
  assert.equal(gongwen.parse('一、总体情况').outline.length, 1, 'should still parse');
});

test('parse rejects a non-string with a TypeError', async () => {
  await gongwen.init();
  assert.throws(() => gongwen.parse(undefined), TypeError, 'should reject undefined');
  assert.throws(() => gongwen.parse(Buffer.from('一、总体情况')), TypeError, 'should reject bytes');
});

test('parse never throws on odd input', async () => {
  await gongwen.init();
  const odd = ['', '\0', '\uFEFF', '\uDC00\uD800', '一、'.repeat(5000), '1.'.repeat(3000), '\r\r\n\n', '😀'.repeat(1000)];
  for (const text of odd) {
    const doc = gongwen.parse(text);
    assert.equal(doc.schemaVersion, 1, `should return a Document for ${JSON.stringify(text.slice(0, 12))}`);
  }
});

test(`what a page with the element loads for plain text stays within the size budget (${BUDGET_KB} KB gzipped), the .docx module within 40 KB`, (t) => {
  assertBuilt();
  const sizes = shippedSizes();
  const plain = sizes.plain.paths;
  for (const path of ['dist/element.js', 'dist/element/parser.js', 'dist/worker.js', 'dist/browser-init.js', 'dist/core.js', 'pkg/gongwen.js', 'pkg/gongwen_bg.wasm']) {
    assert.ok(plain.includes(path), `should count ${path}: the element, its Worker and what the Worker imports: ${plain}`);
  }
  // (index.js only through the main-thread fallback's import(); rich.js and export.js only through index.js)
  for (const path of ['dist/index.js', 'dist/rich.js', 'dist/export.js', 'dist/file.js', 'dist/compare.js', 'dist/node.js', 'pkg/gongwen_docx.js', 'pkg/gongwen_inline.js']) {
    assert.ok(!plain.includes(path), `should not count ${path}: plain text never loads it`);
  }
  assert.ok(!plain.some((path) => path.startsWith('js/')), `should count the minified dist/, not the sources: ${plain}`);
  assert.ok(sizes.docx.gzip > 0, 'should count the .docx module apart');
  assert.ok(
    sizes.plain.gzip <= BUDGET_KB * 1024,
    `plain text should load at most ${BUDGET_KB} KB gzipped, is ${(sizes.plain.gzip / 1024).toFixed(1)} KB`,
  );
  assert.ok(
    sizes.docx.gzip <= 40 * 1024,
    `the .docx part should be at most 40 KB gzipped, is ${(sizes.docx.gzip / 1024).toFixed(1)} KB`,
  );
  t.diagnostic(
    `plain text: ${(sizes.plain.gzip / 1024).toFixed(1)} KB gzipped (JS ${(sizes.plain.js.gzip / 1024).toFixed(1)} KB); .docx part: ${(sizes.docx.gzip / 1024).toFixed(1)} KB; all: ${sizes.raw} B raw`,
  );
});
