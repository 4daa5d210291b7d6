import { init, parse, toMarkdown, version } from 'gongwen';

await init(); // Vite emits the .wasm as an asset and rewrites its URL
const text = document.querySelector('#report').value;
document.querySelector('#outline').textContent = toMarkdown(parse(text));

// The same in a module Worker, started on first use.
let worker;
const pending = new Map();
function parseInWorker(text) {
  if (!worker) {
    worker = new Worker(new URL('./parse-worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => {
      pending.get(data.id)(data.doc);
      pending.delete(data.id);
    };
  }
  const id = pending.size + Math.random();
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, text });
  });
}

window.gongwen = { parse, parseInWorker, version };
document.body.dataset.ready = 'true';
