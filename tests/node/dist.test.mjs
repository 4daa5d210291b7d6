// dist/, what the package's exports and the page load: js/ minified module by
// module (scripts/build-js.mjs), nothing more, nothing less, and what
// bundlers and browsers rely on kept.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { jsFiles, minifySource } from '../../scripts/build-js.mjs';
import { assertBuilt, root } from './helpers.mjs';

const sources = jsFiles(join(root, 'js'));

test('every dist/ file is the minified counterpart of the js/ file at the same path, and only those', async () => {
  assertBuilt();
  assert.deepStrictEqual(jsFiles(join(root, 'dist')), sources, 'dist/ should hold exactly the modules of js/, in the same tree');
  for (const path of sources) {
    const built = readFileSync(join(root, 'dist', path), 'utf8');
    assert.equal(built, await minifySource(path), `dist/${path} should be js/${path} minified, as built now (run \`npm run build:js\`)`);
    assert.ok(built.length < readFileSync(join(root, 'js', path), 'utf8').length, `dist/${path} should be smaller than its source`);
  }
});

test('each dist/ module exports what its source exports', async () => {
  assertBuilt();
  for (const path of sources) {
    const source = await import(pathToFileURL(join(root, 'js', path)).href);
    const built = await import(pathToFileURL(join(root, 'dist', path)).href);
    assert.deepStrictEqual(Object.keys(built).sort(), Object.keys(source).sort(), `dist/${path} should export the same names as js/${path}`);
  }
});

test('minifying keeps the new URL(…, import.meta.url) that bundlers follow, and webpackIgnore where the source has it', () => {
  assertBuilt();
  const parser = readFileSync(join(root, 'dist', 'element', 'parser.js'), 'utf8');
  assert.match(parser, /new Worker\(new URL\("\.\.\/worker\.js",import\.meta\.url\),\{type:"module"\}\)/, 'the Worker as Vite and webpack detect it');
  assert.ok(parser.includes('new URL(/* webpackIgnore: true */"gongwen/worker",import.meta.url)'), 'webpack should still be told to leave gongwen/worker alone');
  const index = ['index.js', 'browser-init.js'].map((path) => readFileSync(join(root, 'dist', path), 'utf8')).join('\n');
  assert.ok(index.includes('new URL("../pkg/gongwen_bg.wasm",import.meta.url)'), 'the .wasm as Vite and webpack detect it');
  for (const name of ['wasm', 'docx-wasm', 'compare-wasm']) {
    assert.ok(index.includes(`new URL(/* webpackIgnore: true */"gongwen/${name}",import.meta.url)`), `webpack should leave gongwen/${name} alone`);
  }
  const style = readFileSync(join(root, 'dist', 'element', 'style.js'), 'utf8');
  assert.doesNotMatch(style.trim(), /\n|\{ |; /, 'the stylesheet should be minified CSS');
  assert.match(style, /:host\{/, 'and still style the host');
});

test("importing 'gongwen' (the package entry) loads dist/ and parses, in Node and through the browser entry", () => {
  assertBuilt();
  for (const [conditions, entry] of [[[], 'dist/node.js'], [['browser'], 'dist/index.js']]) {
    const script = `
      import { readFileSync } from 'node:fs';
      import { init, parse } from 'gongwen';
      process.stdout.write(import.meta.resolve('gongwen') + '\\n');
      await init(readFileSync('pkg/gongwen_bg.wasm'));
      process.stdout.write(parse('一、总体情况\\n全年地区生产总值增长5.5%。').outline[0].title);`;
    const args = [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', script];
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    assert.equal(run.stderr, '', `should print no error: ${run.stderr}`);
    const [resolved, title] = run.stdout.split('\n');
    assert.equal(resolved, pathToFileURL(join(root, entry)).href, `'gongwen'${conditions.length ? ' (browser)' : ''} should resolve to ${entry}`);
    assert.equal(title, '总体情况', 'should parse');
  }
});
