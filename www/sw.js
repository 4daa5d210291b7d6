// The page's service worker: it keeps a copy of the page's own files so that
// the page opens and parses with no network once it has been loaded. It never
// touches another origin. SHELL must list every file the page loads, the
// element's modules in dist/element/ included (tests/e2e/serve.test.mjs checks).
//
// Network first, the copy as fallback. Cache first would be faster but is only
// safe for files whose names change with their content, and ours do not (the
// package is served without a bundler, as dist/element.js, pkg/gongwen_bg.wasm):
// a cache-first worker would keep serving an old .wasm to a new page until the
// worker itself was replaced. Network first costs one revalidation per file
// (the server sends ETags, so mostly 304s) and a deploy reaches the user on
// the next load. When the server is unreachable the fetch fails at once and
// the copy answers; when the network only stalls, the copy answers after
// STALL_MS if there is one.
// v2: the package moved from js/ to dist/ (minified); activating drops v1's copies.
const CACHE = 'gongwen-v2';
const STALL_MS = 4000;
const SHELL = [
  './',
  'index.html',
  'app.css',
  'library.css',
  'compare.css',
  'app.js',
  'library.js',
  'compare.js',
  'favicon.svg',
  'examples/index.json',
  '../dist/element.js',
  '../dist/element/dom.js',
  '../dist/element/labels.js',
  '../dist/element/outline.js',
  '../dist/element/parser.js',
  '../dist/element/side.js',
  '../dist/element/skeleton.js',
  '../dist/element/style.js',
  '../dist/element/table.js',
  '../dist/element/text.js',
  '../dist/element/tooltip.js',
  '../dist/worker.js',
  '../dist/index.js',
  '../dist/browser-init.js',
  '../dist/rich.js',
  '../dist/core.js',
  '../dist/export.js',
  '../pkg/gongwen.js',
  '../pkg/gongwen_bg.wasm',
  // Opening a file: dist/file.js and the .docx module (loaded on demand, kept for offline use).
  '../dist/file.js',
  '../pkg/gongwen_docx.js',
  '../pkg/gongwen_docx_bg.wasm',
  // The compare view: dist/compare.js and the compare module (loaded on demand, kept for offline use).
  '../dist/compare.js',
  '../pkg/gongwen_compare.js',
  '../pkg/gongwen_compare_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // The examples are kept as they are opened, not all at once.
      await cache.addAll(SHELL);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith(networkFirst(event, request));
});

async function networkFirst(event, request) {
  const cached = caches.match(request, { ignoreSearch: true });
  const fresh = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
    }
    return response;
  });
  fresh.catch(() => {}); // handled by the race below; a late failure is no error
  const fallback = async (error) => {
    const copy = (await cached) || (request.mode === 'navigate' ? await caches.match('index.html') : undefined);
    if (copy) return copy;
    throw error;
  };
  // A stalled network: the copy after STALL_MS, if there is one; else keep waiting.
  const stalled = new Promise((resolve) => setTimeout(resolve, STALL_MS)).then(async () => (await cached) || fresh);
  return Promise.race([fresh, stalled]).catch(fallback);
}
