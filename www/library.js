// The page's library: every report opened on the page (pasted, opened from a
// file, an example, a file for the compare view) is kept on this device, in
// IndexedDB (database `gongwen`, store `reports`), with its text and its
// Document, and listed in a panel that survives reloads. A reload puts the
// last report back into the box, so a paste is never lost. Nothing is sent
// anywhere.
//
// A failed write (the quota, a private mode without IndexedDB) is shown in
// the panel's alert, never swallowed: the report stays on the page, and the
// alert says that a reload would lose it. Without IndexedDB the library lives
// in memory for the session (the compare view still works).
//
//   const library = startLibrary({ input, report, open, say });
//   library.opened(text, label, source);  // the page showed a report (file, example)
//   library.cleared();                    // the box was emptied on purpose
//   await library.records();              // [{ id, name, text, document, savedAt, size, … }]

import { version as pkgVersion } from '../dist/index.js';

const DB_NAME = 'gongwen';
const DB_VERSION = 1;
const REPORTS = 'reports';
const STATE = 'state';

/** Milliseconds without typing before the edited text is written. */
const TYPING_DELAY = 800;

// ------------------------------------------------------------------ store ---

/** A request's result, or its error. */
function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The reports kept in IndexedDB. Every write resolves when its transaction
 * commits and rejects with the error that aborted it (QuotaExceededError
 * shows up there, not on the request).
 */
class IndexedStore {
  persistent = true;

  constructor(db) {
    this.db = db;
    // Another tab upgrading the database: let it, and stop using this connection.
    db.onversionchange = () => db.close();
  }

  async #run(stores, mode, work) {
    const tx = this.db.transaction(stores, mode);
    const committed = new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new DOMException('The write was aborted', 'AbortError'));
      tx.onerror = () => {}; // reported by onabort
    });
    let result;
    try {
      result = await work(tx);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      committed.catch(() => {});
      throw error;
    }
    await committed;
    return result;
  }

  list() {
    return this.#run([REPORTS], 'readonly', (tx) => done(tx.objectStore(REPORTS).getAll()));
  }

  get(id) {
    return this.#run([REPORTS], 'readonly', (tx) => done(tx.objectStore(REPORTS).get(id)));
  }

  put(record) {
    return this.#run([REPORTS], 'readwrite', (tx) => done(tx.objectStore(REPORTS).put(record)));
  }

  remove(id) {
    return this.#run([REPORTS], 'readwrite', (tx) => done(tx.objectStore(REPORTS).delete(id)));
  }

  clear() {
    return this.#run([REPORTS], 'readwrite', (tx) => done(tx.objectStore(REPORTS).clear()));
  }

  getState(key) {
    return this.#run([STATE], 'readonly', (tx) => done(tx.objectStore(STATE).get(key)));
  }

  setState(key, value) {
    return this.#run([STATE], 'readwrite', (tx) => done(tx.objectStore(STATE).put(value, key)));
  }
}

/** The same API in memory, for a browser without IndexedDB: kept until the page closes. */
class MemoryStore {
  persistent = false;
  #reports = new Map();
  #state = new Map();

  async list() {
    return [...this.#reports.values()].map((record) => ({ ...record }));
  }
  async get(id) {
    const record = this.#reports.get(id);
    return record && { ...record };
  }
  async put(record) {
    this.#reports.set(record.id, { ...record });
  }
  async remove(id) {
    this.#reports.delete(id);
  }
  async clear() {
    this.#reports.clear();
  }
  async getState(key) {
    return this.#state.get(key);
  }
  async setState(key, value) {
    this.#state.set(key, value);
  }
}

/** Open the database (creating its stores on first use); rejects when IndexedDB is unavailable or refused. */
export async function openStore(factory = globalThis.indexedDB) {
  if (!factory) throw new DOMException('IndexedDB is not available', 'NotSupportedError');
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(REPORTS)) db.createObjectStore(REPORTS, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(STATE)) db.createObjectStore(STATE);
  };
  const opened = done(request);
  request.onblocked = () => {}; // an old tab holds the database open: wait for it
  return new IndexedStore(await opened);
}

// ---------------------------------------------------------------- records ---

/** A short hash of a text (53 bits, cyrb53), to find a report that is already kept. */
export function textHash(text) {
  return hashEnd(hashStep(hashStart(text), text, 0, text.length));
}

/**
 * The same hash, a slice at a time with the main thread free between slices:
 * a long text hashed in one go is a long task (40–70 ms for 5 MB).
 */
export async function textHashInSlices(text) {
  let state = hashStart(text);
  for (let from = 0; from < text.length; from += HASH_SLICE) {
    if (from > 0) await new Promise((resolve) => setTimeout(resolve));
    state = hashStep(state, text, from, Math.min(text.length, from + HASH_SLICE));
  }
  return hashEnd(state);
}

/** Code units hashed per slice (a few milliseconds). */
const HASH_SLICE = 250000;

const hashStart = (text) => [0xdeadbeef ^ text.length, 0x41c6ce57 ^ text.length];

function hashStep([h1, h2], text, from, to) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return [h1, h2];
}

function hashEnd([h1, h2]) {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Texts this long are kept without their Document: cloning a Document of
 * tens of thousands of nodes into IndexedDB is one long task on the main
 * thread, while parsing the text again when it is reopened happens in the
 * Worker. The page's own threshold for a large paste.
 */
const LARGE = 200000;

/** The hash of `text`, in slices when it is long. */
const hashOf = (text) => (text.length < LARGE ? Promise.resolve(textHash(text)) : textHashInSlices(text));

function newId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A name for a pasted text: the Document's title, else its first line. */
function pastedName(text, doc) {
  const title = doc?.meta?.title;
  if (title) return title.slice(0, 60);
  const line = text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line || '粘贴的报告';
}

/** Why a write failed, in the page's words. */
export function explainFailure(error) {
  const name = error?.name ?? '';
  if (name === 'QuotaExceededError') return '这台设备给浏览器的存储空间已满';
  if (name === 'NotSupportedError' || name === 'SecurityError' || name === 'InvalidStateError') {
    return '浏览器不允许本页在这台设备上保存（例如隐私浏览模式）';
  }
  return `浏览器拒绝了写入（${name || 'Error'}${error?.message ? `：${error.message}` : ''}）`;
}

// ------------------------------------------------------------------- panel ---

/**
 * Keep the page's reports and show them in the library panel.
 *
 * `input` is the textarea, `report` the page's <gongwen-report>, `open(record)`
 * puts a kept report on the page (the page's own load, which calls `opened`
 * back), `say(message, error)` writes the page's status line.
 */
export function startLibrary({ input, report, open, say = () => {} }) {
  const $ = (id) => document.getElementById(id);
  const panel = $('library');
  const list = $('library-list');
  const count = $('library-count');
  const alert = $('library-alert');
  const clearAll = $('library-clear');
  const empty = $('library-empty');

  /** Records by id, as last listed (without waiting for the store). */
  const records = new Map();
  let current = null; // the record the box shows, or null
  let pending = null; // a write waiting for a pause in typing
  let writing = Promise.resolve();
  const listeners = new Set();

  // A failure stays shown until every record it concerned is written.
  const unsaved = new Set(); // ids of records whose last write failed
  let broken = false; // a failure that no later write mends (no IndexedDB, a failed read)
  const fail = (what, error, id = null) => {
    if (id === null) broken = true;
    else unsaved.add(id);
    alert.textContent = `${what}：${explainFailure(error)}。报告仍在页面上，但重新加载页面后会丢失。`;
    alert.hidden = false;
    panel.classList.add('failed');
  };
  const saved = (id) => {
    unsaved.delete(id);
    if (broken || unsaved.size > 0 || alert.hidden) return;
    alert.hidden = true;
    alert.textContent = '';
    panel.classList.remove('failed');
  };

  let store = new MemoryStore();
  const ready = openStore()
    .catch((error) => {
      fail('无法在这台设备上保存报告', error);
      return new MemoryStore();
    })
    .then(async (opened) => {
      store = opened;
      try {
        for (const record of await store.list()) records.set(record.id, record);
      } catch (error) {
        fail('无法读取本机保存的报告', error);
      }
      render();
      return store;
    });

  /** Write a record; a failure is shown, and the record stays in the list for this session. */
  function write(record) {
    records.set(record.id, record);
    render();
    writing = writing
      .then(() => ready)
      .then(() => store.put(record))
      .then(
        () => saved(record.id),
        (error) => fail(`无法保存“${record.name}”`, error, record.id),
      );
    return writing;
  }

  function setCurrent(record) {
    current = record;
    ready.then(() => store.setState('current', record ? record.id : null)).catch((error) => fail('无法记住当前报告', error));
    render();
  }

  function byHash(hash) {
    for (const record of records.values()) if (record.hash === hash) return record;
    return null;
  }

  /**
   * Keep `text` as a report (or find the one already kept with the same
   * text) and return its record. `doc`: its Document when known.
   */
  async function keep(text, label, source, doc = null) {
    await ready;
    const hash = await hashOf(text);
    const now = Date.now();
    const found = byHash(hash);
    if (found) {
      const keepDoc = doc && text.length < LARGE;
      const record = keepDoc ? { ...found, openedAt: now, document: doc, version: pkgVersion } : { ...found, openedAt: now };
      write(record);
      return { record, duplicate: true };
    }
    const record = {
      id: newId(),
      name: label || pastedName(text, doc),
      source,
      text,
      hash,
      hints: null,
      document: text.length < LARGE ? doc : null,
      version: doc && text.length < LARGE ? pkgVersion : null,
      savedAt: now,
      openedAt: now,
      size: text.length,
    };
    write(record);
    return { record, duplicate: false };
  }

  /** The page showed `text` (a file, an example, a kept report): it becomes the current record. */
  async function opened(text, label, source = 'file') {
    flushTyping();
    if (!text) {
      setCurrent(null);
      return null;
    }
    const { record } = await keep(text, label, source);
    if (input.value === text) setCurrent(record);
    return record;
  }

  // ------------------------------------------------------------ typing ---

  // A paste or a drop that replaces the whole box starts a new report; typing
  // into a report edits it.
  let replacesAll = false;
  input.addEventListener('beforeinput', () => {
    replacesAll = input.selectionStart === 0 && input.selectionEnd === input.value.length;
  });

  input.addEventListener('input', async (event) => {
    const text = input.value;
    if (text === '') {
      flushTyping();
      setCurrent(null);
      return;
    }
    const wholesale = /^insertFrom(Paste|Drop)/.test(event.inputType ?? '') && replacesAll;
    const hash = await hashOf(text);
    if (input.value !== text) return; // typed on meanwhile: the next input event has it
    if (!current || wholesale) {
      flushTyping();
      const record = {
        id: newId(),
        name: pastedName(text, null),
        source: 'paste',
        text,
        hash,
        hints: null,
        document: null,
        version: null,
        savedAt: Date.now(),
        openedAt: Date.now(),
        size: text.length,
      };
      // The same text kept already (pasted again): that report, not a copy.
      const found = byHash(record.hash);
      const chosen = found ? { ...found, openedAt: record.openedAt } : record;
      setCurrent(chosen);
      write(chosen);
      return;
    }
    // Typing: written after a pause, the Document when the parse comes.
    current = { ...current, text, hash, size: text.length, savedAt: Date.now(), document: null, version: null };
    records.set(current.id, current);
    const big = event.inputType?.startsWith('insertFrom');
    scheduleTyping(big ? 0 : TYPING_DELAY);
  });

  function scheduleTyping(delay) {
    clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      if (current) write(current);
    }, delay);
  }

  function flushTyping() {
    if (pending === null) return;
    clearTimeout(pending);
    pending = null;
    if (current) write(current);
  }

  // Leaving the page with a write pending: start it now (IndexedDB finishes
  // a transaction begun before the page goes).
  addEventListener('pagehide', flushTyping);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushTyping();
  });

  // The Document of the current text: kept with it (so a reopened report
  // needs no parse), and a pasted report is named after its title.
  report.addEventListener('gongwen-parsed', (event) => {
    const { doc, text } = event.detail;
    if (!current || text !== current.text || text !== input.value) return;
    const named = current.source === 'paste' ? pastedName(text, doc) : current.name;
    current = text.length < LARGE ? { ...current, document: doc, version: pkgVersion, name: named } : { ...current, name: named };
    records.set(current.id, current);
    render();
    scheduleTyping(pending === null ? 0 : TYPING_DELAY);
  });

  // ------------------------------------------------------------- panel ---

  function render() {
    const sorted = [...records.values()].sort((a, b) => b.openedAt - a.openedAt);
    count.textContent = String(sorted.length);
    empty.hidden = sorted.length > 0;
    clearAll.hidden = sorted.length === 0;
    const items = sorted.map((record) => {
      const li = document.createElement('li');
      li.dataset.testid = 'library-item';
      li.dataset.id = record.id;
      if (current && current.id === record.id) li.setAttribute('aria-current', 'true');
      const openButton = document.createElement('button');
      openButton.type = 'button';
      openButton.className = 'library-open';
      openButton.dataset.testid = 'library-open';
      openButton.textContent = record.name;
      openButton.title = `打开“${record.name}”`;
      openButton.addEventListener('click', () => reopen(record.id));
      const about = document.createElement('span');
      about.className = 'library-about';
      about.textContent = `${record.size.toLocaleString('zh-CN')} 字 · ${when(record.savedAt)}`;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'library-remove';
      remove.dataset.testid = 'library-remove';
      remove.textContent = '删除';
      remove.setAttribute('aria-label', `删除“${record.name}”`);
      remove.addEventListener('click', () => removeOne(record.id));
      li.append(openButton, about, remove);
      return li;
    });
    list.replaceChildren(...items);
    for (const listener of listeners) listener(sorted);
  }

  async function reopen(id) {
    await ready;
    let record = records.get(id);
    try {
      record = (await store.get(id)) ?? record;
    } catch (error) {
      fail('无法读取本机保存的报告', error);
    }
    if (!record) return;
    flushTyping();
    await open(record, record.document && record.version === pkgVersion ? record.document : null);
    say(`已打开本机保存的“${record.name}”`);
  }

  async function removeOne(id) {
    const record = records.get(id);
    records.delete(id);
    saved(id);
    if (current && current.id === id) setCurrent(null);
    render();
    try {
      await ready;
      await store.remove(id);
      say(`已从本机删除“${record?.name ?? ''}”`);
    } catch (error) {
      fail('无法删除', error);
    }
  }

  // "全部删除" asks once more, on the button itself.
  let confirmTimer = null;
  clearAll.addEventListener('click', async () => {
    if (!clearAll.classList.contains('confirm')) {
      clearAll.classList.add('confirm');
      clearAll.textContent = '确认全部删除？';
      confirmTimer = setTimeout(resetClear, 5000);
      return;
    }
    resetClear();
    records.clear();
    clearTimeout(pending);
    pending = null;
    setCurrent(null);
    render();
    try {
      await ready;
      await store.clear();
      say('已删除本机保存的全部报告');
    } catch (error) {
      fail('无法删除', error);
    }
  });
  function resetClear() {
    clearTimeout(confirmTimer);
    clearAll.classList.remove('confirm');
    clearAll.textContent = '全部删除';
  }

  // ----------------------------------------------------------- restore ---

  /** Put the last report back into the box after a reload (unless the page was asked for something else). */
  async function restore() {
    await ready;
    let id;
    try {
      id = await store.getState('current');
    } catch (error) {
      fail('无法读取本机保存的报告', error);
      return;
    }
    const record = id && records.get(id);
    if (!record || input.value !== '' || /^#example=/.test(location.hash)) return;
    await open(record, record.document && record.version === pkgVersion ? record.document : null);
    say(`已恢复上次的报告“${record.name}”（保存在本机）`);
  }

  return {
    ready,
    opened,
    cleared: () => opened('', ''),
    restore,
    keep,
    records: async () => {
      await ready;
      return [...records.values()].sort((a, b) => b.openedAt - a.openedAt);
    },
    get: (id) => records.get(id) ?? null,
    /** A small value kept with the library (the compare view's selection). */
    async getState(key) {
      await ready;
      return store.getState(key);
    },
    async setState(key, value) {
      await ready;
      return store.setState(key, value);
    },
    /** Called with the sorted records whenever the list changes. */
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get persistent() {
      return store.persistent;
    },
  };
}

function when(time) {
  const date = new Date(time);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
