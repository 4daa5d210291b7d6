// `npm start` (scripts/serve.mjs): it prints the URL, honours PORT, serves
// the page and the package files it needs with the right types (wasm as
// application/wasm), compressed, with a CSP, and nothing outside them.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { exampleLabel } from '../../scripts/serve.mjs';
import { loadedAtOnce } from '../../scripts/size.mjs';
import { assertBuilt, root } from '../node/helpers.mjs';

let child;
let url;

before(async () => {
  assertBuilt();
  child = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs')], { cwd: root, env: { ...process.env, PORT: '0' } });
  url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited ${code}: ${out}`)));
    setTimeout(() => reject(new Error(`serve.mjs printed no URL: ${out}`)), 120000);
  });
});

after(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
});

test('it prints the URL it serves on, on the PORT asked for (0: any free port)', () => {
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/, 'should print http://127.0.0.1:PORT/');
  assert.notEqual(url, 'http://127.0.0.1:0', 'should print the real port');
});

test('it serves the page, the element, its worker and the wasm with the right types', async () => {
  const types = {
    '/': 'text/html; charset=utf-8',
    '/app.js': 'text/javascript; charset=utf-8',
    '/app.css': 'text/css; charset=utf-8',
    '/sw.js': 'text/javascript; charset=utf-8',
    '/dist/element.js': 'text/javascript; charset=utf-8',
    '/dist/worker.js': 'text/javascript; charset=utf-8',
    '/pkg/gongwen.js': 'text/javascript; charset=utf-8',
    '/pkg/gongwen_bg.wasm': 'application/wasm',
    '/examples/index.json': 'application/json; charset=utf-8',
    '/favicon.svg': 'image/svg+xml',
  };
  for (const [path, type] of Object.entries(types)) {
    const response = await fetch(url + path);
    assert.equal(response.status, 200, `${path} should be served`);
    assert.equal(response.headers.get('content-type'), type, `${path} should be ${type}`);
    await response.arrayBuffer();
  }
  const page = await fetch(url + '/');
  assert.match(page.headers.get('content-security-policy'), /default-src 'none'.*script-src 'self' 'wasm-unsafe-eval'/, 'the page should have a strict CSP');
  assert.match(await page.text(), /<meta http-equiv="Content-Security-Policy"/, 'and a CSP meta tag, for any static host');
  const examples = await (await fetch(url + '/examples/index.json')).json();
  assert.ok(examples.length >= 5, 'the examples should be built');
  const example = await fetch(`${url}/examples/${examples[0].file}`);
  assert.equal(example.status, 200, 'an example should be served');
});

// The element is split into modules (dist/element/*.js, minified from js/)
// that the page loads without a bundler: every one must be served, preloaded
// by the page and kept by the service worker, or the page breaks offline.
test('every module the element imports is served, preloaded by the page and kept by the service worker', async () => {
  const modules = loadedAtOnce('dist/element.js');
  const inPage = loadedAtOnce('dist/element.js', { workers: false });
  assert.ok(inPage.length > 1, `should find the element's modules: ${inPage}`);
  assert.ok(modules.includes('dist/worker.js') && modules.includes('pkg/gongwen.js'), `should find the Worker and what it imports: ${modules}`);
  const shell = readFileSync(join(root, 'www', 'sw.js'), 'utf8');
  const page = readFileSync(join(root, 'www', 'index.html'), 'utf8');
  for (const path of modules) {
    assert.ok(shell.includes(`'../${path}'`), `www/sw.js SHELL should list ../${path}`);
    // (a preload serves the page's thread only, not the Worker's)
    if (inPage.includes(path)) assert.ok(page.includes(`<link rel="modulepreload" href="../${path}">`), `www/index.html should preload ../${path}`);
    const response = await fetch(`${url}/${path}`);
    assert.equal(response.status, 200, `/${path} should be served`);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8', `/${path} should be JavaScript`);
    await response.arrayBuffer();
  }
});

test('it compresses, revalidates, and serves nothing outside www/, dist/ and pkg/ (not the sources in js/)', async () => {
  const { request } = await import('node:http');
  const get = (path, headers = {}) =>
    new Promise((resolve, reject) => {
      const req = request(url + path, { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  const wasm = await get('/pkg/gongwen_bg.wasm', { 'accept-encoding': 'gzip' });
  assert.equal(wasm.headers['content-encoding'], 'gzip', 'the wasm should be gzipped when asked');
  assert.deepStrictEqual([...gunzipSync(wasm.body).subarray(0, 4)], [0, 0x61, 0x73, 0x6d], 'and unzip to a wasm module');
  const again = await get('/pkg/gongwen_bg.wasm', { 'if-none-match': wasm.headers.etag });
  assert.equal(again.status, 304, 'an unchanged file should be 304 Not Modified');
  for (const path of ['/../Cargo.toml', '/%2e%2e/Cargo.toml', '/dist/../Cargo.toml', '/js/element.js', '/pkg/../src/lib.rs', '/pkg/package.json', '/nope.html']) {
    assert.equal((await get(path)).status, 404, `${path} should not be served`);
  }
  const post = await fetch(url + '/', { method: 'POST' });
  assert.equal(post.status, 405, 'only GET and HEAD');
});

test('example labels: the title line when one stands out, else the first words', () => {
  assert.equal(exampleLabel('首页 > 政务公开\n\n关于某区2023年计划执行情况的报告\n正文'), '关于某区2023年计划执行情况的报告', 'should pick the title line, not the breadcrumb');
  assert.equal(exampleLabel('\n\n一段很长的正文'.repeat(1)), '一段很长的正文', 'should fall back to the first line');
  assert.match(exampleLabel('正'.repeat(80)), /^正{34}…$/, 'should shorten a long line');
});
