// Shared by the browser tests: find and launch Chromium (playwright-core,
// no browser download), and serve a directory over HTTP on 127.0.0.1.
//
// Chromium comes from CHROME_PATH, /usr/bin/chromium, or `chromium` on PATH.
// With none, the tests are skipped with a message that says how to get one;
// in CI (CI=true, where .ci/run installs it) a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const HOW_TO_GET_ONE =
  'No Chromium found: set CHROME_PATH, or install one (Debian/Ubuntu: ' +
  '`apt-get install -y chromium fonts-wqy-microhei`). The browser tests are skipped.';

/** The Chromium executable, or null. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'];
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const which = spawnSync('which', [name], { encoding: 'utf8' });
    if (which.status === 0) candidates.push(which.stdout.trim());
  }
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/**
 * Options for node:test's `describe`/`test`: `{ skip: message }` when there is
 * no Chromium outside CI, `{}` otherwise (then `launch` fails loudly in CI).
 */
export function browserTestOptions() {
  if (findChromium() || process.env.CI) return {};
  return { skip: HOW_TO_GET_ONE };
}

/** Launch headless Chromium with playwright-core. */
export async function launch() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_ONE.replace('are skipped', 'cannot run'));
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve `dir` on 127.0.0.1 (a free port). Resolves to `{ url, requests, close }`;
 * `requests` lists every path asked for, with its status. `headers(path)` may
 * add response headers.
 */
export function serve(dir, { headers = () => ({}) } = {}) {
  const requests = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) file = null;
    else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const status = file && existsSync(file) ? 200 : 404;
    requests.push({ path, status });
    if (status === 404) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(path),
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** Collect a page's console errors and uncaught exceptions. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  return errors;
}
