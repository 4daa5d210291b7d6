// A module Web Worker, bundled by Vite: parses off the main thread.
import { init, parse } from 'gongwen';

const ready = init(); // start loading at once; messages wait for it
self.onmessage = async ({ data: { id, text } }) => {
  await ready;
  self.postMessage({ id, doc: parse(text) });
};
