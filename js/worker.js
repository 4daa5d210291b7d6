// The module Web Worker that <gongwen-report> (element.js) parses in, so that
// a long report never blocks the page. It loads the WebAssembly module once,
// warms it up, then answers `{ id, text, options }` with `{ id, doc, ms }`
// (or `{ id, error }`). Messages that arrive while loading wait for it.
import { init, parse } from './index.js';

// Only in a Worker: imported anywhere else (a server rendering the page), it does nothing.
const inWorker = typeof WorkerGlobalScope === 'function' && self instanceof WorkerGlobalScope;

const ready = inWorker
  ? init().then(() => {
      // One small parse so that the first real one does not pay for lazy setup.
      parse('一、总体情况\n全年地区生产总值增长5%。');
    })
  : null;

if (inWorker) self.onmessage = async ({ data: { id, text, options } }) => {
  try {
    await ready;
    const started = performance.now();
    const doc = parse(text, options);
    self.postMessage({ id, doc, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
};
