// init and initSync for browsers and Workers: where the .wasm is when init is
// given nothing, and what to say when it does not load. Apart from index.js so
// that the element's Worker (worker.js) loads this and core.js, not the whole
// browser entry (hintsFromHtml, toCSV, toMarkdown).
import { load, loadSync } from './core.js';

/** A module that Vite's dev server has pre-bundled (node_modules/.vite/deps/). */
export const PREBUNDLED = /\/\.vite\/deps(?:_[^/]*)?\//;

/**
 * Load the WebAssembly module. With no argument it fetches the .wasm that
 * ships next to this file (bundlers such as Vite see the `new URL(…,
 * import.meta.url)` and emit it). Pass a URL, a Request, a Response, bytes or
 * a `WebAssembly.Module` to load it from elsewhere (a CDN, a strict CSP, a
 * bundler's `?url` import).
 */
export async function init(input) {
  const source = input === undefined ? packagedWasm() : input;
  try {
    await load(source);
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith('gongwen:')) throw error; // a misuse, named
    throw explain(error, source);
  }
}

/** The URL of the .wasm that ships next to this module. */
function packagedWasm() {
  // Vite's dev server pre-bundles dependencies into node_modules/.vite/deps/,
  // away from their files (and, in a workspace, from the node_modules that
  // holds the package). There Vite rewrites a package specifier in `new URL`
  // to the file it resolves to; webpack is told to leave it alone.
  if (PREBUNDLED.test(import.meta.url)) return new URL(/* webpackIgnore: true */ 'gongwen/wasm', import.meta.url);
  return new URL('../pkg/gongwen_bg.wasm', import.meta.url);
}

/** Load the WebAssembly module synchronously from bytes or a `WebAssembly.Module`. */
export function initSync(input) {
  if (input === undefined) {
    throw new TypeError(
      'gongwen: initSync(bytes) needs the .wasm bytes or a WebAssembly.Module in a browser; ' +
        'use `await init()` to fetch it instead.',
    );
  }
  loadSync(input);
}

/** A load failure, with the URL and the usual fix when the server sent no wasm. */
function explain(error, source) {
  const where = typeof source === 'string' || source instanceof URL ? ` from ${source}` : '';
  const hint =
    where &&
    ' If the server answered with something else (a page from a dev server or a 404), the bundler did not emit the ' +
      ".wasm next to the module: pass its URL yourself, `await init(url)` (Vite: `import url from 'gongwen/wasm?url'`), " +
      "or its bytes: `import wasm from 'gongwen/inline'; await init(wasm);`.";
  return new Error(`gongwen: could not load the WebAssembly module${where}: ${error && error.message}.${hint}`, {
    cause: error,
  });
}
