// The page's service worker: it keeps a copy of the page's own files so that
// the page opens and parses with no network once it has been loaded.
// Network first (a fresh file whenever the server answers), the copy when it
// does not. It never touches another origin.
const CACHE = 'gongwen-v1';
const SHELL = [
  './',
  'index.html',
  'app.css',
  'app.js',
  'favicon.svg',
  'examples/index.json',
  '../js/element.js',
  '../js/worker.js',
  '../js/index.js',
  '../js/core.js',
  '../js/export.js',
  '../pkg/gongwen.js',
  '../pkg/gongwen_bg.wasm',
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
  event.respondWith(
    (async () => {
      try {
        const response = await fetch(request);
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      } catch (error) {
        const cached = await caches.match(request, { ignoreSearch: true });
        if (cached) return cached;
        if (request.mode === 'navigate') return (await caches.match('index.html')) || Response.error();
        throw error;
      }
    })(),
  );
});
