// A module Web Worker that parses off the main thread. A bundler or an
// npm CDN would let it say `from 'gongwen'`; import maps do not reach
// workers, so this no-bundler page names the module's path.
import { init, parse } from '/dist/index.js';

const ready = init(); // start loading at once; messages wait for it
self.onmessage = async ({ data: { id, text, options } }) => {
  try {
    await ready;
    self.postMessage({ id, doc: parse(text, options) });
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message) });
  }
};
