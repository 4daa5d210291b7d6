// The parser every element shares: one module Worker (../worker.js), so a
// parse never blocks the page. Kept apart so that the Worker's URL, which
// bundlers follow, sits with the code that starts it.

/**
 * The module Worker every element parses in, started on first use. When a
 * Worker cannot start (a CSP without worker-src, an odd bundler), it parses
 * on the main thread instead, with the same package.
 */
class Parser {
  #next = 0;
  #pending = new Map();
  #worker = null;
  #local = null;

  constructor() {
    try {
      this.#worker = startWorker();
      this.#worker.onmessage = ({ data }) => this.#answer(data);
      this.#worker.onerror = (event) => {
        event.preventDefault();
        this.#fallBack();
      };
    } catch {
      this.#fallBack();
    }
  }

  /**
   * Parse `text`: resolves to `{ doc, ms }`. With `early`, the Document comes in parts: `early({ doc,
   * ms, quantities })` once its outline and indicators are in (the quantities, how many, to follow).
   */
  parse(text, options, early) {
    return new Promise((resolve, reject) => {
      const id = this.#next++;
      this.#pending.set(id, { resolve, reject, text, options, early, doc: null, ms: 0, quantities: 0 });
      if (this.#worker) this.#worker.postMessage({ id, text, options, parts: typeof early === 'function' });
      else this.#parseLocally(id);
    });
  }

  #answer({ id, doc, ms, error, quantities, list, items, early, done }) {
    const request = this.#pending.get(id);
    if (!request) return;
    if (error !== undefined) {
      this.#pending.delete(id);
      request.reject(new Error(error));
    } else if (list) {
      const into = request.doc[list];
      for (let i = 0; i < items.length; i++) into.push(items[i]);
    } else if (early) {
      try {
        request.early({ doc: request.doc, ms: request.ms, quantities: request.quantities });
      } catch (e) {
        reportError(e);
      }
    } else if (done) {
      this.#pending.delete(id);
      request.resolve({ doc: request.doc, ms: request.ms });
    } else if (typeof quantities === 'number') {
      Object.assign(request, { doc, ms, quantities }); // the head of a Document in parts
    } else {
      this.#pending.delete(id);
      request.resolve({ doc, ms });
    }
  }

  #fallBack() {
    this.#worker?.terminate();
    this.#worker = null;
    for (const id of this.#pending.keys()) this.#parseLocally(id);
  }

  async #parseLocally(id) {
    try {
      this.#local ??= import('../index.js').then(async (gongwen) => {
        await gongwen.init();
        return gongwen;
      });
      const gongwen = await this.#local;
      const request = this.#pending.get(id);
      if (!request) return;
      const started = performance.now();
      const doc = gongwen.parse(request.text, request.options);
      this.#answer({ id, doc, ms: performance.now() - started });
    } catch (error) {
      this.#answer({ id, error: String((error && error.message) || error) });
    }
  }
}

function startWorker() {
  // Vite's dev server pre-bundles dependencies into node_modules/.vite/deps/,
  // away from worker.js: there Vite resolves the package specifier to the file.
  if (/\/\.vite\/deps(?:_[^/]*)?\//.test(import.meta.url)) {
    return new Worker(new URL(/* webpackIgnore: true */ 'gongwen/worker', import.meta.url), { type: 'module' });
  }
  // Written out in full so that bundlers see the worker and bundle it.
  return new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
}

let parser = null;

/** The Parser every element shares, started on the first call. */
export function sharedParser() {
  parser ??= new Parser();
  return parser;
}
