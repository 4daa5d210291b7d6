#!/usr/bin/env node
// `npm start`: build what is missing, then serve the page on
// http://127.0.0.1:8080 (PORT and HOST override) and print the URL.
//
//   /            → www/        (the page, its service worker, the examples)
//   /dist/…      → dist/       (the package's JS, minified from js/: the element, its worker, the API)
//   /pkg/…       → pkg/        (the wasm-bindgen glue and the .wasm: the parser's, the .docx module's and the compare module's)
//
// What it builds: `npm run build` when pkg/ is missing or older than the Rust
// sources, `npm run build:js` when dist/ is missing or older than js/, and
// www/examples/ (the seed reports, with an index) when missing or older than
// tests/fixtures/seeds/. A tiny static server: GET and HEAD, the
// right MIME types (application/wasm for .wasm), ETags, gzip or brotli for
// text and wasm, and a strict Content-Security-Policy on the page.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { distIsStale } from './build-js.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const www = join(root, 'www');
const seeds = join(root, 'tests', 'fixtures', 'seeds');
const examples = join(www, 'examples');

export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.md': 'text/markdown; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.txt', '.svg', '.md']);

// ------------------------------------------------------------------ build ---

/** The newest modification time under `path` (files whose name passes `keep`). */
function newest(path, keep = () => true) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return keep(path) ? stat.mtimeMs : 0;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name), keep)), 0);
}

/** Whether pkg/ is missing or older than what it is built from. */
export function wasmIsStale() {
  const wasm = join(root, 'pkg', 'gongwen_bg.wasm');
  if (!existsSync(join(root, 'pkg', 'gongwen.js')) || !existsSync(wasm)) return true;
  const sources = Math.max(
    newest(join(root, 'src'), (path) => path.endsWith('.rs')),
    newest(join(root, 'Cargo.toml')),
    newest(join(root, 'Cargo.lock')),
  );
  return statSync(wasm).mtimeMs < sources;
}

/** A menu label for an example: its title line if one stands out, else its first words. */
export function exampleLabel(text) {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\s\u3000]+/g, ' ').trim())
    .filter(Boolean);
  const title = lines.find((line) => line.length <= 60 && !/[>›]/.test(line) && /(报告|总结|公报|工作思路|计划)/.test(line));
  const label = title ?? lines[0] ?? '';
  return label.length > 36 ? `${label.slice(0, 34)}…` : label;
}

/** Copy the seed reports into www/examples/ with an index.json, when missing or older. */
export function buildExamples() {
  if (!existsSync(seeds)) return;
  const index = join(examples, 'index.json');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(seeds)) return;
  rmSync(examples, { recursive: true, force: true });
  mkdirSync(examples, { recursive: true });
  const list = readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => {
      copyFileSync(join(seeds, file), join(examples, file));
      const text = readFileSync(join(seeds, file), 'utf8');
      return { file, label: exampleLabel(text), chars: text.length };
    });
  writeFileSync(index, JSON.stringify(list, null, 2) + '\n');
}

/** Build the wasm package and dist/ if they are missing or stale, and the examples. */
export function buildMissing({ log = console.error } = {}) {
  if (wasmIsStale()) {
    log('gongwen: building the WebAssembly package (npm run build)…');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      if (!existsSync(join(root, 'pkg', 'gongwen_bg.wasm'))) throw new Error('npm run build failed, and there is no pkg/ to serve');
      log('gongwen: npm run build failed; serving the previous build in pkg/');
    }
  }
  // (npm run build writes dist/ too; this is for an edit of js/ alone)
  if (distIsStale()) {
    log('gongwen: minifying js/ into dist/ (npm run build:js)…');
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-js.mjs')], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('npm run build:js failed, and the page loads dist/');
  }
  buildExamples();
}

// ------------------------------------------------------------------ serve ---

/** The file a URL path names, or null when it names none. */
function resolve(pathname) {
  let base = www;
  let rest = pathname;
  if (pathname.startsWith('/dist/')) {
    base = join(root, 'dist');
    rest = pathname.slice(5);
  } else if (/^\/pkg\/gongwen(_docx|_compare)?(\.js|_bg\.wasm)$/.test(pathname)) {
    base = join(root, 'pkg');
    rest = pathname.slice(4);
  }
  const file = normalize(join(base, rest));
  if (file !== base && !file.startsWith(base + sep)) return null;
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return file;
}

const compressed = new Map(); // `${file} ${etag} ${encoding}` → Buffer

function encode(file, etag, body, encoding) {
  const key = `${file} ${etag} ${encoding}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return compressed.get(key);
}

/**
 * Start the server. Resolves to `{ url, port, requests, overrides, close }`;
 * `requests` lists every `{ method, path, status, bytes, raw }` it answered
 * (bytes sent, and before compression); `overrides` maps a URL path to a body
 * served in place of its file, as a new deploy would (the tests use it).
 */
export function startServer({ port = 8080, host = '127.0.0.1' } = {}) {
  const requests = [];
  const overrides = new Map();
  const server = createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      pathname = null;
    }
    const answer = (status, headers, body, raw) => {
      const bytes = request.method === 'HEAD' || !body ? 0 : body.length;
      requests.push({ method: request.method, path: pathname ?? request.url, status, bytes, raw: raw ?? bytes });
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const base = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      answer(405, { ...base, allow: 'GET, HEAD', 'content-type': 'text/plain' }, 'method not allowed');
      return;
    }
    const file = pathname === null || pathname.includes('\0') ? null : resolve(pathname);
    if (!file) {
      answer(404, { ...base, 'content-type': 'text/plain; charset=utf-8' }, 'not found');
      return;
    }
    const override = overrides.get(pathname === '/' ? '/index.html' : pathname);
    const stat = statSync(file);
    const etag = override === undefined ? `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"` : `"o-${createHash('sha1').update(override).digest('hex').slice(0, 12)}"`;
    const ext = extname(file);
    const headers = {
      ...base,
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      etag,
      vary: 'accept-encoding',
      'cross-origin-resource-policy': 'same-origin',
    };
    if (ext === '.html') {
      headers['content-security-policy'] = CSP;
      headers['cross-origin-opener-policy'] = 'same-origin';
    }
    if (request.headers['if-none-match'] === etag) {
      answer(304, headers);
      return;
    }
    let body = override === undefined ? readFileSync(file) : Buffer.from(override);
    const raw = body.length;
    const accepted = String(request.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.has(ext) && body.length > 512) {
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
      if (encoding) {
        body = encode(file, etag, body, encoding);
        headers['content-encoding'] = encoding;
      }
    }
    headers['content-length'] = body.length;
    answer(200, headers, body, raw);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}`,
        port: address.port,
        requests,
        overrides,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(done);
          }),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    buildMissing();
    const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
    const { url } = await startServer({ port, host: process.env.HOST || '127.0.0.1' });
    console.log(`gongwen: serving the page on ${url}/  (Ctrl+C stops)`);
    const stop = () => process.exit(0);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`gongwen: ${error.message}`);
    process.exit(1);
  }
}
