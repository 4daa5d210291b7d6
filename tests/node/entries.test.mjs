// Every entry of the package as a user meets it: each export path imported in
// plain Node with no DOM (as Next.js, Nuxt, Astro and SvelteKit evaluate
// imports on the server), the browser entry's types under a bundler's
// resolution, and what the npm page and the tarball show (license, README
// links, the files packed).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { assertBuilt, root } from './helpers.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'gongwen-entries-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Run an ES module script in a fresh Node process, in the package root (so `gongwen` names it). */
function node(script, conditions = []) {
  const args = [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', script];
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

test('should import every export path in plain Node, with no DOM, and register no element there', () => {
  assertBuilt();
  const paths = Object.keys(manifest.exports)
    .filter((path) => !/\.(wasm|json)$/.test(manifest.exports[path]) && path !== './package.json')
    .map((path) => (path === '.' ? 'gongwen' : `gongwen/${path.slice(2)}`));
  assert.ok(paths.includes('gongwen/element') && paths.includes('gongwen/worker'), `should cover the element and the worker: ${paths}`);
  for (const conditions of [[], ['browser']]) {
    for (const path of paths) {
      const run = node(
        `const m = await import(${JSON.stringify(path)});
         if (typeof document !== 'undefined' || typeof HTMLElement !== 'undefined') throw new Error('a DOM leaked in');
         process.stdout.write(Object.keys(m).sort().join(','));`,
        conditions,
      );
      const how = conditions.length ? ` with --conditions=${conditions}` : '';
      assert.equal(run.status, 0, `import '${path}'${how} should not throw in Node: ${run.stderr}`);
      assert.equal(run.stderr, '', `import '${path}'${how} should print nothing`);
    }
  }
  const element = node(`const { GongwenReportElement } = await import('gongwen/element');
    process.stdout.write(typeof GongwenReportElement);`);
  assert.equal(element.stdout, 'function', 'gongwen/element should still export the class on a server');
});

test('should parse on a server through the browser entry too (SSR bundles that pick "browser")', () => {
  assertBuilt();
  const run = node(
    `import { init, parse } from 'gongwen';
     import wasm from 'gongwen/inline';
     await init(wasm);
     process.stdout.write(parse('一、总体情况\\n全年工作。').outline[0].title);`,
    ['browser'],
  );
  assert.equal(run.stdout, '总体情况', `should parse with the inline module: ${run.stderr}`);
});

test('gongwen/inline should hold exactly the bytes of gongwen/wasm', async () => {
  assertBuilt();
  const { default: inline } = await import('gongwen/inline');
  const wasm = readFileSync(join(root, 'pkg', 'gongwen_bg.wasm'));
  assert.ok(inline instanceof Uint8Array, 'should default-export a Uint8Array');
  assert.ok(Buffer.from(inline).equals(wasm), 'should equal pkg/gongwen_bg.wasm byte for byte');
});

test('should name the expected type when init, initSync or parse is misused', async () => {
  assertBuilt();
  const cases = {
    'init(42)': [`await init(42)`, /init\(input\) takes a URL .* not number/],
    'init({})': [`await init({})`, /init\(input\) takes a URL .* not an object \(Object\)/],
    'initSync("x")': [`initSync([1, 2])`, /initSync\(input\) takes the \.wasm bytes .* not an array/],
    'parse(1)': [`await init(wasm); parse(1)`, /parse\(text\) takes a string, not number/],
    'parse(text, 5)': [`await init(wasm); parse('x', 5)`, /parse\(text, options\) takes an options object/],
    'parse(text, { hints: [] })': [`await init(wasm); parse('x', { hints: [0, 1, 1] })`, /options\.hints takes a Uint32Array/],
    'toCSV(undefined)': [`toCSV(undefined)`, /toCSV\(document\) expects a Document/],
  };
  for (const conditions of [[], ['browser']]) {
    for (const [name, [call, message]] of Object.entries(cases)) {
      const run = node(
        `import { init, initSync, parse, toCSV } from 'gongwen';
         import wasm from 'gongwen/inline';
         try { ${call}; console.log('no error'); }
         catch (error) { console.log(error.constructor.name + ': ' + error.message); }`,
        conditions,
      );
      const how = conditions.length ? ' (browser entry)' : '';
      assert.match(run.stdout, /^TypeError: gongwen: /, `${name}${how} should throw a TypeError of ours: ${run.stdout}${run.stderr}`);
      assert.match(run.stdout, message, `${name}${how} should name what it takes`);
    }
  }
});

test('the browser types require initSync’s argument and type gongwen/inline and gongwen/element; Node’s make it optional', () => {
  assertBuilt();
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const check = (name, resolution, code) => {
    const dir = join(scratch, name);
    rmSync(dir, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'main.ts'), code);
    const module = resolution === 'Bundler' ? 'ESNext' : 'NodeNext';
    const config = {
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module, moduleResolution: resolution, lib: ['ES2022', 'DOM'], types: [] },
      files: ['main.ts'],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    // The package resolves itself by name from its own directory (its "exports").
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    spawnSync('mkdir', ['-p', join(dir, 'node_modules')]);
    spawnSync('ln', ['-sfn', root, join(dir, 'node_modules', 'gongwen')]);
    const run = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    return { status: run.status, output: run.stdout + run.stderr };
  };
  const good = check(
    'bundler-good',
    'Bundler',
    `import { init, initSync, parse } from 'gongwen';
     import wasm from 'gongwen/inline';
     import 'gongwen/element';
     initSync(wasm);
     await init(wasm);
     const el = document.createElement('gongwen-report');
     el.text = parse('x').meta.title ?? '';
     export {};`,
  );
  assert.equal(good.status, 0, `the browser types should accept initSync(wasm) and type the element:\n${good.output}`);
  const bad = check('bundler-bad', 'Bundler', `import { initSync } from 'gongwen';\ninitSync();\nexport {};\n`);
  assert.notEqual(bad.status, 0, 'the browser types should reject initSync() with no argument');
  assert.match(bad.output, /main\.ts\(2,1\): error TS2554/, `should say an argument is expected:\n${bad.output}`);
  const nodeTypes = check('node', 'NodeNext', `import { initSync } from 'gongwen';\ninitSync();\ninitSync('/tmp/x.wasm');\nexport {};\n`);
  assert.equal(nodeTypes.status, 0, `Node's types should accept initSync() and a path:\n${nodeTypes.output}`);
});

test('the manifests say MIT OR Apache-2.0, name no invented repository, and the tarball ships both license texts', () => {
  assertBuilt();
  assert.equal(manifest.license, 'MIT OR Apache-2.0', 'package.json should say MIT OR Apache-2.0');
  assert.equal(manifest.repository, undefined, 'package.json should name no repository (there is no public one)');
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  assert.match(cargo, /^license = "MIT OR Apache-2\.0"$/m, 'Cargo.toml should say MIT OR Apache-2.0');
  assert.doesNotMatch(cargo, /^repository\s*=/m, 'Cargo.toml should name no repository');
  assert.match(readFileSync(join(root, 'LICENSE-MIT'), 'utf8'), /Copyright \(c\) The gongwen developers[\s\S]*Permission is hereby granted, free of charge/);
  assert.match(readFileSync(join(root, 'LICENSE-APACHE'), 'utf8'), /Apache License\s+Version 2\.0, January 2004[\s\S]*END OF TERMS AND CONDITIONS/);

  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.equal(pack.status, 0, `npm pack --dry-run should succeed: ${pack.stderr}`);
  const packed = JSON.parse(pack.stdout)[0].files.map((f) => f.path).sort();
  // dist/: every module of js/, minified; js/: the types only.
  const dist = readdirSync(join(root, 'js'), { recursive: true })
    .filter((path) => path.endsWith('.js'))
    .map((path) => `dist/${path}`);
  const types = readdirSync(join(root, 'js'))
    .filter((path) => path.endsWith('.d.ts'))
    .map((path) => `js/${path}`);
  const expected = [
    ...dist,
    ...types,
    'LICENSE-APACHE',
    'LICENSE-MIT',
    'README.md',
    'SCHEMA.md',
    'docs/package.md',
    'docs/page.md',
    'package.json',
    'pkg/gongwen.js',
    'pkg/gongwen_bg.wasm',
    'pkg/gongwen_compare.js',
    'pkg/gongwen_compare_bg.wasm',
    'pkg/gongwen_docx.js',
    'pkg/gongwen_docx_bg.wasm',
    'pkg/gongwen_inline.js',
  ].sort();
  assert.deepStrictEqual(packed, expected, 'npm pack should ship exactly the package: its minified JS and the types, the wasm, the docs and licenses');
});

test('the README works on the npm page: no relative link or image', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]*\ssrc="([^"]+)"|<a[^>]*\shref="([^"]+)"/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  const relative = links.filter((href) => !/^(https?:|mailto:|#)/.test(href));
  assert.deepStrictEqual(relative, [], 'every link and image in README.md should be absolute (the registry page has no repository to resolve against)');
});
