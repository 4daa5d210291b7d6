// <gongwen-report>: the report viewer as a custom element.
//
//   import 'gongwen/element';
//   <gongwen-report text="一、总体情况…"></gongwen-report>
//   el.text = pastedText;                 // parsed in a Web Worker, debounced
//   el.addEventListener('gongwen-parsed', (e) => e.detail.doc);
//
// It shows the outline (an ARIA tree), the text with every indicator and
// quantity highlighted, the indicator table (sort, filter, jump to source),
// a target-vs-actual chart (hand-made SVG), the metadata and the warnings.
// This module is the element: its attributes, properties and events, when it
// parses, and the order a render fills the panels in. The panels are parts in
// element/: outline.js, text.js (and tooltip.js for its marks), table.js,
// side.js (metadata, warnings, chart); the rest is shared there too.
//
// How it works:
// - Parsing runs in one module Worker (worker.js) shared by every element;
//   each element has at most one request in flight and only ever sends the
//   latest text. The first change after a pause is sent at once (a paste
//   shows at once), the changes that follow it are debounced (typing never
//   queues parses), and a stale answer is dropped, not rendered.
// - A render shows the outline first, then the rest a frame later, a batch
//   per frame: a long text never blocks the page (its Document comes in parts,
//   its text view is virtualised: element/text.js).
// - Report text only ever reaches the DOM as text nodes and textContent.
//   The one innerHTML is a static template with no report text in it.
import { Outline, TREE_BATCH, flatten } from './element/outline.js';
import { sharedParser } from './element/parser.js';
import { renderChart, renderMeta } from './element/side.js';
import { skeleton } from './element/skeleton.js';
import { styles } from './element/style.js';
import { ROWS_BATCH, Table } from './element/table.js';
import { BATCH, TextView } from './element/text.js';
import { Tooltip } from './element/tooltip.js';

const TAG = 'gongwen-report';

// On a server (Next.js, Nuxt, Astro, SvelteKit evaluate imports in Node) there
// is no DOM: the class is defined over a stand-in and never registered.
const Base = typeof HTMLElement === 'function' ? HTMLElement : class {};

/** The debounce of typing, in ms (the `debounce` attribute overrides it). */
const DEBOUNCE = 150;

/**
 * Milliseconds of work one step of a render aims at. A step is one task (a
 * frame's style and layout follow it); the batches of outline items, text and
 * rows shrink until a step takes about this long, so that no task nears 50 ms
 * on a slow machine, and grow back for small work.
 */
const STEP_MS = 12;

/** A text this long (characters) shows its progress: parsing, then how much of it is shown. */
const LONG_TEXT = 200000;

/**
 * `<gongwen-report>`: parses its `text` in a Worker and shows the outline,
 * the highlighted text, the indicator table, the chart and the metadata.
 */
export class GongwenReportElement extends Base {
  static observedAttributes = ['text', 'debounce'];

  #text = '';
  #doc = null; // the Document on screen
  #shownText = ''; // the text it was parsed from
  #given = false; // #doc was given through the `doc` property
  #hints = null; // evidence for #text from a rich source (Uint32Array), or null
  #debounce = DEBOUNCE;
  #timer = 0;
  #lastChange = -Infinity;
  #inFlight = false;
  #resend = false;
  #seq = 0;
  #waiters = [];
  #view = null; // what the last render built: the text view, elements by index (a TextView)
  #scrollCheck = null; // the element the last scroll aimed at
  #restToRender = false; // the metadata, chart and table wait for the next frame
  #busyTimer = 0; // shows "busy" when a parse takes a while
  #attaching = 0; // what does the next step of the render: a frame (> 0) or a task (< 0)
  #rendering = false; // a render is under way (it ends with gongwen-parsed)
  #detail = null; // of the coming gongwen-parsed
  #scale = 1; // the share of a full batch that one step of a render does (see STEP_MS)
  #summary = ''; // the status line of the Document on screen, without progress
  #incomplete = false; // the Document on screen waits for its quantities (a long text comes in parts)
  #$ = {};
  #outline;
  #tip;
  #table;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    root.append(skeleton().content.cloneNode(true));
    const $ = (selector) => root.querySelector(selector);
    this.#$ = {
      layout: $('.layout'),
      summary: $('.summary'),
      tree: $('.tree'),
      treeEmpty: $('[data-for="outline"]'),
      text: $('.text'),
      placeholder: $('.placeholder'),
      meta: $('.meta'),
      warnings: $('.warnings'),
      warningList: $('.warnings ul'),
      chartPanel: $('.chart-panel'),
      charts: $('.charts'),
      table: $('table'),
      headRow: $('thead tr'),
      body: $('tbody'),
      roleFilter: $('[data-filter="role"]'),
      yearFilter: $('[data-filter="year"]'),
      rows: $('.rows'),
      tableScroll: $('.table-scroll'),
      tip: $('.tooltip'),
    };
    const parts = this.#$;
    this.#outline = new Outline(parts.tree, parts.treeEmpty, (index) => this.#choose('heading', index));
    this.#tip = new Tooltip(root, parts.text, parts.tip, () => this.#doc);
    this.#table = new Table(parts, {
      doc: () => this.#doc,
      later: () => this.#later(),
      choose: (index) => this.#choose('indicator', index),
    });
    this.#listen();
    this.#renderEmpty();
  }

  connectedCallback() {
    // Start the Worker now: it loads the WebAssembly while the user finds a report.
    sharedParser();
    // A property set before the element was defined shadows the accessor: replay it.
    for (const name of ['text', 'doc', 'debounce']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  disconnectedCallback() {
    this.#tip.hide();
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'text') this.text = value ?? '';
    else if (name === 'debounce') this.debounce = value;
  }

  /** The report text. Setting it parses it (in a Worker, debounced) and renders the result. */
  get text() {
    return this.#text;
  }
  set text(value) {
    const text = value == null ? '' : String(value);
    if (text === this.#text && !this.#given) return;
    this.#text = text;
    this.#hints = null; // hints belong to the text they were made for
    this.#given = false;
    this.#schedule();
  }

  /**
   * Evidence for the current text from a rich source — bold and heading
   * ranges as `[start, end, flags]` triples over its UTF-8 bytes, as
   * `hintsFromHtml` (a rich paste) or `parseDocx` give. Set it after `text`;
   * setting `text` again clears it.
   */
  get hints() {
    return this.#hints;
  }
  set hints(value) {
    if (value != null && !(value instanceof Uint32Array)) {
      throw new TypeError('<gongwen-report>.hints: expected a Uint32Array of [start, end, flags] triples, or null');
    }
    this.#hints = value && value.length ? value : null;
    this.#given = false;
    this.#shownText = null; // the same text, new evidence: parse again
    this.#schedule();
  }

  /**
   * The Document on screen (null before the first parse). Set it, after
   * `text`, to show a Document parsed elsewhere: no parse happens then.
   */
  get doc() {
    return this.#doc;
  }
  set doc(doc) {
    clearTimeout(this.#timer);
    this.#seq++; // drop any answer in flight
    if (doc == null) {
      this.#given = false;
      this.#schedule();
      return;
    }
    this.#given = true;
    this.#render(doc, this.#text, null);
  }

  /** Milliseconds to wait after a change while the user keeps typing (default 150). */
  get debounce() {
    return this.#debounce;
  }
  set debounce(value) {
    const ms = Number(value);
    this.#debounce = Number.isFinite(ms) && ms >= 0 ? ms : DEBOUNCE;
  }

  /** Resolves with the Document once the current text is parsed and on screen. */
  get parsed() {
    if (!this.#dirty()) return Promise.resolve(this.#doc);
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  /** Show an outline heading (by its pre-order index), an indicator or a quantity: scroll to it and flash it. */
  reveal(kind, index) {
    const view = this.#view;
    if (!view) return false;
    this.#completeAll();
    const layer = { heading: 0, indicator: 1, quantity: 2 }[kind];
    const el = layer === undefined || this.#incomplete ? null : view.element(layer, index);
    if (!el) return false;
    this.#scrollTo(el);
    this.#flash([el]);
    if (kind === 'heading') this.#outline.select(index, false);
    if (kind === 'indicator') this.#table.select(index);
    return true;
  }

  /** Scroll the text view to a span of the text (UTF-16 offsets) and flash it. */
  revealSpan(span) {
    const range = this.#range(span);
    if (!range) return false;
    range.startContainer.parentElement?.getBoundingClientRect(); // lays out a lazy chunk
    this.#scrollTo(range);
    if (typeof Highlight === 'function' && CSS.highlights) {
      CSS.highlights.set('gongwen-flash', new Highlight(range));
      setTimeout(() => CSS.highlights.delete('gongwen-flash'), 1500);
    }
    return true;
  }

  // ---------------------------------------------------------- parsing ---

  #dirty() {
    if (this.#rendering) return true;
    return !this.#given && (this.#shownText !== this.#text || this.#doc === null) && this.#text !== '';
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = 0;
    const now = performance.now();
    const idle = now - this.#lastChange > this.#debounce && !this.#inFlight;
    this.#lastChange = now;
    if (this.#text === '') {
      this.#seq++;
      this.#renderEmpty();
      return;
    }
    // Show "busy" only when a parse takes long enough to notice: no restyle on every keystroke.
    clearTimeout(this.#busyTimer);
    this.#busyTimer = setTimeout(() => this.#busy(this.#dirty()), 150);
    if (idle) {
      // The first change after a pause (a paste, a file, an example) goes at once;
      // a microtask lets several property sets of one task make one parse.
      this.#timer = -1;
      queueMicrotask(() => {
        if (this.#timer === -1) this.#send();
      });
    } else {
      // Typing: wait for a pause, longer for a long text.
      const delay = this.#debounce + Math.min(600, this.#text.length / 2000);
      this.#timer = setTimeout(() => this.#send(), delay);
    }
  }

  #send() {
    this.#timer = 0;
    if (this.#given || this.#text === '') return;
    if (this.#inFlight) {
      this.#resend = true;
      return;
    }
    this.#inFlight = true;
    const text = this.#text;
    const hints = this.#hints;
    if (text.length >= LONG_TEXT) {
      this.#busy(true);
      this.#$.summary.classList.remove('error');
      this.#$.summary.textContent = `正在解析 ${text.length.toLocaleString('zh-CN')} 字…`;
    }
    const seq = ++this.#seq;
    const current = () => seq === this.#seq && text === this.#text && hints === this.#hints;
    // A long text comes in parts: the outline and the indicators first, on screen at once.
    const early =
      text.length >= LONG_TEXT
        ? ({ doc, ms, quantities }) => {
            if (current()) this.#render(doc, text, ms, quantities);
          }
        : undefined;
    sharedParser().parse(text, hints ? { hints } : undefined, early).then(
      ({ doc, ms }) => {
        this.#done();
        if (!current()) return;
        if (this.#incomplete && this.#doc === doc) {
          // Its quantities are in: the rest of the render goes on.
          this.#incomplete = false;
          this.#later();
        } else this.#render(doc, text, ms);
      },
      (error) => {
        this.#done();
        if (seq !== this.#seq) return;
        this.#busy(false);
        this.#$.summary.textContent = `无法解析：${error.message}`;
        this.#$.summary.classList.add('error');
        this.dispatchEvent(new CustomEvent('gongwen-error', { detail: { error }, bubbles: true, composed: true }));
        for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
      },
    );
  }

  #done() {
    this.#inFlight = false;
    if (this.#resend) {
      this.#resend = false;
      if (this.#timer === 0) this.#send();
    }
  }

  #busy(on) {
    if (!on) clearTimeout(this.#busyTimer);
    const value = on ? 'true' : 'false';
    if (this.#$.layout.getAttribute('aria-busy') !== value) this.#$.layout.setAttribute('aria-busy', value);
  }

  // -------------------------------------------------------- rendering ---

  #renderEmpty() {
    this.#stopAttaching();
    this.#incomplete = false;
    this.#view?.dispose();
    this.#rendering = false;
    this.#restToRender = false;
    this.#busy(false);
    this.#doc = null;
    this.#shownText = '';
    this.#view = null;
    this.#table.selected = -1;
    const $ = this.#$;
    $.summary.textContent = '';
    this.#outline.clear();
    $.text.replaceChildren();
    $.text.hidden = true;
    $.placeholder.hidden = false;
    renderMeta($, null);
    $.chartPanel.hidden = true;
    $.charts.replaceChildren();
    this.#table.renderFilters(null);
    this.#table.renderRows();
    for (const waiter of this.#waiters.splice(0)) waiter.resolve(null);
  }

  /**
   * Show `doc`: the outline now, the rest over the next frames. `coming`: the
   * number of quantities still to come (a long text's Document comes in
   * parts); the rest waits for them.
   */
  #render(doc, text, parseMs, coming = null) {
    const started = performance.now();
    const $ = this.#$;
    // Read the layout before writing anything, so that reading it costs nothing.
    const layout = this.#outline.measure();
    this.#tip.hide();
    const headings = flatten(doc.outline);
    this.#doc = doc;
    this.#shownText = text;
    // The text view is built after the outline is painted, as it is attached.
    this.#view?.dispose();
    this.#view = new TextView(text, doc, headings);
    this.#incomplete = coming != null;

    // The outline now (a long one over the next frames, the part in sight first); the
    // metadata, chart, table and text in the next frames, a batch per frame (the old
    // text and table stay until then: no flash while typing).
    this.#stopAttaching();
    this.#rendering = true;
    this.#table.selected = -1;
    $.text.hidden = false;
    $.placeholder.hidden = true;

    this.#outline.render(doc, headings, layout);
    this.#restToRender = true;

    const quantities = coming ?? (doc.quantities ? doc.quantities.length : 0);
    $.summary.classList.remove('error');
    this.#summary =
      `${text.length.toLocaleString('zh-CN')} 字 · ${headings.length} 标题 · ${doc.indicators.length} 指标 · ` +
      `${quantities} 数量` +
      (parseMs != null ? ` · 解析 ${Math.max(1, Math.round(parseMs))} ms` : '');
    $.summary.textContent = this.#summary + (text.length >= LONG_TEXT ? ' · 正在显示…' : '');
    this.#detail = { doc, text, parseMs, renderMs: performance.now() - started };
    this.#later();
  }

  /** Run the next step of the render (or of the table's rows) once the frame now coming has been painted. */
  #later() {
    if (this.#attaching) return;
    const frame = requestAnimationFrame(() => {
      const task = setTimeout(() => {
        this.#attaching = 0;
        this.#step();
      });
      if (this.#attaching === frame) this.#attaching = -task;
    });
    this.#attaching = frame;
  }

  #stopAttaching() {
    if (this.#attaching > 0) cancelAnimationFrame(this.#attaching);
    else if (this.#attaching < 0) clearTimeout(-this.#attaching);
    this.#attaching = 0;
  }

  /**
   * One task of the render, one kind of work per frame: the rest of a long
   * outline; then the metadata, the chart, the table's first rows and the
   * text's first batch; then the rest of the text, a batch per frame; then
   * the rest of the table's rows.
   */
  #step() {
    const started = performance.now();
    const scale = this.#scale;
    const batch = (full, least) => Math.max(least, Math.round(full * scale));
    if (!this.#outline.done) this.#outline.fill(batch(TREE_BATCH, 16));
    else if (this.#incomplete) return; // (the quantities are on their way: their arrival goes on)
    else if (this.#restToRender) {
      // Layout reads first: before the writes below, they cost nothing.
      this.#view.measure(this.#$.text);
      this.#renderRest(this.#table.rowsInSight());
      // (a virtualised text starts in the next step: its spans and chunks are planned first)
      if (!this.#view.virtual) this.#view.attach(this.#$.text, batch(BATCH, 1000));
    } else if (!this.#textDone()) {
      this.#view.attach(this.#$.text, batch(BATCH, 1000));
      this.#progress();
    } else this.#table.attachRows(batch(ROWS_BATCH, 4));
    const ms = performance.now() - started;
    this.#scale = Math.min(1, Math.max(0.01, ms > STEP_MS ? (scale * STEP_MS) / ms : scale * 1.5));
    if (!this.#allDone()) this.#later();
    else if (this.#rendering) this.#finish();
  }

  /** For a long text: how much of it the text view shows, in tenths (a status that does not chatter). */
  #progress() {
    const view = this.#view;
    if (view.text.length < LONG_TEXT) return;
    const tenth = Math.floor(view.progress * 10) * 10;
    const text = `${this.#summary} · 正在显示 ${tenth}%`;
    if (this.#$.summary.textContent !== text) this.#$.summary.textContent = text;
  }

  /** The metadata, the chart, the filters and the table's first `rows` rows. */
  #renderRest(rows) {
    this.#restToRender = false;
    renderMeta(this.#$, this.#doc);
    renderChart(this.#$, this.#doc);
    this.#table.renderFilters(this.#doc);
    this.#table.renderRows(rows);
  }

  #textDone() {
    const view = this.#view;
    return !view || view.complete;
  }

  #allDone() {
    return !this.#incomplete && this.#outline.done && !this.#restToRender && !this.#table.pending && this.#textDone();
  }

  /** Render what is left now (to scroll to a place in the text, or to select a row or an item). */
  #completeAll() {
    if (this.#allDone()) return;
    this.#stopAttaching();
    this.#outline.complete();
    if (this.#incomplete) return; // (the text view waits for the quantities)
    if (this.#restToRender) {
      this.#view.measure(this.#$.text);
      this.#renderRest(Infinity);
    }
    this.#table.attachRows(Infinity);
    if (!this.#textDone()) this.#view.attach(this.#$.text, Infinity);
    if (this.#rendering) this.#finish();
  }

  /** The render is complete: tell the page. */
  #finish() {
    this.#rendering = false;
    if (this.#$.summary.textContent !== this.#summary && !this.#$.summary.classList.contains('error')) {
      this.#$.summary.textContent = this.#summary;
    }
    const text = this.#$.text;
    if (!text.querySelector('mark[tabindex="0"]')) {
      const first = text.querySelector('mark');
      if (first) first.tabIndex = 0;
    }
    this.#busy(this.#dirty());
    this.dispatchEvent(new CustomEvent('gongwen-parsed', { detail: this.#detail, bubbles: true, composed: true }));
    if (!this.#dirty()) for (const waiter of this.#waiters.splice(0)) waiter.resolve(this.#doc);
  }

  // ---------------------------------------------------------- actions ---

  /** The element's own listeners (each part listens to its panel): spans to show, marks to select. */
  #listen() {
    this.shadowRoot.addEventListener('click', (event) => {
      const button = event.target.closest('[data-span]');
      if (!button) return;
      const [start, end] = button.dataset.span.split(':').map(Number);
      this.revealSpan({ start, end });
    });
    // A click on a mark selects it (the tooltip and the keys are tooltip.js's).
    this.#$.text.addEventListener('click', (event) => {
      const mark = event.target.closest('mark');
      if (!mark) return;
      const index = Number(mark.dataset.i.split(' ')[0]);
      const kind = mark.dataset.kind;
      if (kind === 'indicator') this.#table.select(index);
      this.#emitSelect(kind, index);
    });
  }

  #choose(kind, index) {
    if (this.reveal(kind, index)) this.#emitSelect(kind, index);
  }

  #emitSelect(kind, index) {
    const doc = this.#doc;
    if (!doc) return;
    const item =
      kind === 'heading'
        ? this.#view.headings[index]?.heading
        : kind === 'indicator'
          ? doc.indicators[index]
          : doc.quantities[index];
    if (!item) return;
    this.dispatchEvent(
      new CustomEvent('gongwen-select', { detail: { kind, index, item, span: item.span }, bubbles: true, composed: true }),
    );
  }

  /**
   * Scroll the text view (only) so that `el` (an element or a Range) shows
   * near its top. Chunks come into view with their real heights instead of
   * estimates, which can move `el`: measure again over the next frames until
   * it stays put.
   */
  #scrollTo(el, tries = 4) {
    const container = this.#$.text;
    const box = el.getBoundingClientRect();
    const view = container.getBoundingClientRect();
    const offset = box.top - view.top - 12;
    if (Math.abs(offset) < 2) return;
    container.scrollTop += offset; // (at the end of the text, as far as it goes)
    this.#scrollCheck = el;
    if (tries > 1) {
      requestAnimationFrame(() => requestAnimationFrame(() => this.#scrollCheck === el && this.#scrollTo(el, tries - 1)));
    }
  }

  #flash(els) {
    const color = getComputedStyle(this.#$.layout).getPropertyValue('--_flash').trim() || '#fff08a';
    for (const el of els) el.animate?.([{ backgroundColor: color }, {}], { duration: 1400, easing: 'ease-out' });
  }

  #range({ start, end }) {
    const view = this.#view;
    if (!view || !(end > start)) return null;
    this.#completeAll();
    return view.range(start, end);
  }
}

if (typeof customElements === 'object' && customElements && !customElements.get(TAG)) {
  customElements.define(TAG, GongwenReportElement);
}
