// The text view: the text as pasted, headings styled, every indicator and quantity in a <mark>, nested
// (a span crossing its parent's end is split; equal spans of a layer merge). The text is cut into chunks at
// line ends outside every span, each built on its own and laid out only on screen (heights estimated).
// A long text is virtualised: only its pages (of chunks) near sight are built, the rest are placeholders
// of their estimated or measured height, built when near and emptied when far; a span shown builds its page.
import { h } from './dom.js';

/** Characters per chunk of the text view (cut at the next line end). */
const CHUNK = 1500;

/** Characters of the text view attached per frame: a long text never blocks the page. */
export const BATCH = 30000;

/** A text this long (characters) is virtualised: only the pages near the part in sight are in the DOM. */
export const VIRTUAL = 200000;

/** Characters per page of a virtualised text view (whole chunks). */
const PAGE = 12000;

/** Planning (cutting chunks, no DOM) is this many times cheaper per character than building. */
const PLAN_FACTOR = 20;

/** A span clamped to the text, or null when it is empty or not a span. */
function clampSpan(span, length) {
  if (!span) return null;
  const start = Math.max(0, Math.min(length, span.start | 0));
  const end = Math.max(0, Math.min(length, span.end | 0));
  return end > start ? { start, end } : null;
}

/** A binary min-heap of spans, in text-view order. */
class Heap {
  #items = [];
  get size() {
    return this.#items.length;
  }
  peek() {
    return this.#items[0];
  }
  push(item) {
    const a = this.#items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (order(a[p], a[i]) <= 0) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.#items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && order(a[l], a[m]) < 0) m = l;
        if (r < a.length && order(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/** Text-view order: by start, longer first, then headings, indicators, quantities. */
function order(a, b) {
  return a.start - b.start || b.end - a.end || a.layer - b.layer || a.index - b.index;
}

/** The spans of the text view, in text-view order (`order`). */
function collectSpans(text, doc, headings) {
  const length = text.length;
  const spans = [];
  for (const { heading, index, depth } of headings) {
    const span = clampSpan(heading.span, length);
    if (span) spans.push({ start: span.start, end: span.end, layer: 0, index, node: heading, depth });
  }
  const indicators = doc.indicators || [];
  for (let index = 0; index < indicators.length; index++) {
    const span = clampSpan(indicators[index].span, length);
    if (span) spans.push({ start: span.start, end: span.end, layer: 1, index, node: indicators[index] });
  }
  const quantities = doc.quantities || [];
  for (let index = 0; index < quantities.length; index++) {
    const span = clampSpan(quantities[index].span, length);
    if (span) spans.push({ start: span.start, end: span.end, layer: 2, index, node: quantities[index] });
  }
  // Three runs, each in order already: the sort (a merge sort that finds runs) merges them.
  spans.sort(order);
  return spans;
}

/** Cut the text into chunks (no DOM), stopping every `view.planStep` characters: a chunk ends at the first line end CHUNK characters on that is outside every span. Fills `chunkStarts`, `chunkSpans` (each chunk's first span) and a virtual view's `pages`. */
function* planChunks(view) {
  const { text, spans, chunkStarts, chunkSpans } = view;
  const length = text.length;
  let chunkStart = 0;
  let pageStart = 0;
  let pageFrom = 0;
  let lastStop = 0;
  let newline = -1; // the first line end at or after the last place asked (cached: the text is scanned once)
  const lineEnd = (from) => {
    if (newline < from) {
      newline = text.indexOf('\n', from);
      if (newline < 0) newline = length;
    }
    return newline;
  };
  const closePage = (end) => {
    view.pages.push({ start: pageStart, end, from: pageFrom, to: chunkStarts.length, el: null, built: false, height: 0 });
  };
  chunkStarts.push(0);
  chunkSpans.push(0);
  // Text outside every span, [from, to): cut chunks in it; the next span is `next`.
  const cutGap = (from, to, next) => {
    let pos = from;
    while (pos < to) {
      const cut = lineEnd(Math.max(pos, chunkStart + CHUNK));
      if (cut >= to) return;
      pos = cut + 1;
      if (view.virtual && pos - pageStart >= PAGE) {
        closePage(pos);
        pageStart = pos;
        pageFrom = chunkStarts.length;
      }
      chunkStarts.push(pos);
      chunkSpans.push(next);
      chunkStart = pos;
    }
  };
  let covered = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span.start > covered) {
      cutGap(covered, span.start, i);
      if (span.start - lastStop >= view.planStep) {
        lastStop = span.start;
        view.planned = span.start;
        yield;
      }
    }
    if (span.end > covered) covered = span.end;
  }
  cutGap(covered, length, spans.length);
  chunkSpans.push(spans.length); // (one past the last chunk: where its spans end)
  if (view.virtual) closePage(length);
  view.planned = length;
}

/** Build chunk `c`: text nodes, headings as <span class="h">, marks nested by span; records the first element of each index in `view.els`. */
function buildChunk(view, c) {
  const { text, spans, chunkStarts, chunkSpans, els } = view;
  const from = chunkStarts[c];
  const to = c + 1 < chunkStarts.length ? chunkStarts[c + 1] : text.length;
  const chunk = h('div', { class: 'chunk' });
  const root = { end: Infinity, el: chunk, layer: -1 };
  const stack = [root];
  let pos = from;
  const emit = (until) => {
    if (until <= pos) return;
    stack[stack.length - 1].el.append(text.slice(pos, until));
    pos = until;
  };
  const rest = new Heap();
  let i = chunkSpans[c];
  const last = chunkSpans[c + 1];
  for (;;) {
    let span;
    if (i < last && (rest.size === 0 || order(spans[i], rest.peek()) <= 0)) span = spans[i++];
    else if (rest.size > 0) span = rest.pop();
    else break;

    while (stack.length > 1 && stack[stack.length - 1].end <= span.start) {
      emit(stack[stack.length - 1].end);
      stack.pop();
    }
    emit(span.start);
    const parent = stack[stack.length - 1];
    if (parent.layer === span.layer && parent.start === span.start && parent.end === span.end) {
      // The same span again in the same layer (a level and its growth in one clause): one mark.
      parent.el.dataset.i += ' ' + span.index;
      // The mark shows a direction if any of its records has one.
      if (span.layer === 1 && span.node.direction && !parent.el.dataset.direction) parent.el.dataset.direction = span.node.direction;
      if (!els[span.layer][span.index]) els[span.layer][span.index] = parent.el;
      continue;
    }
    let end = span.end;
    if (end > parent.end) {
      // Crosses its parent's end: this piece ends there, the rest follows it.
      rest.push({ ...span, start: parent.end });
      end = parent.end;
    }
    const el = element(span);
    parent.el.append(el);
    if (!els[span.layer][span.index]) els[span.layer][span.index] = el;
    stack.push({ start: span.start, end, el, layer: span.layer });
  }
  while (stack.length > 1) {
    emit(stack[stack.length - 1].end);
    stack.pop();
  }
  emit(to);
  view.chunks[c] = chunk;
  return chunk;
}

/** The element for one span of the text view. */
function element(span) {
  const node = span.node;
  if (span.layer === 0) {
    return h('span', {
      class: 'h',
      role: 'heading',
      'aria-level': Math.min(6, span.depth + 1),
      'data-level': node.level,
      'data-kind': node.kind,
      'data-i': span.index,
    });
  }
  if (span.layer === 1) {
    return h('mark', {
      'data-kind': 'indicator',
      'data-role': node.role,
      'data-direction': node.direction,
      'data-measure': node.measure,
      'data-i': span.index,
      tabindex: '-1',
    });
  }
  return h('mark', { 'data-kind': 'quantity', 'data-type': node.kind, 'data-i': span.index, tabindex: '-1' });
}

/** What one render shows in the text view: its chunks (planned, then built on demand; a long text's in virtual pages) and the first element of each heading, indicator and quantity. */
export class TextView {
  chunks = []; // chunk c's div, once built (a virtual page's chunks go when it is emptied)
  chunkStarts = [];
  chunkSpans = [];
  pages = []; // a virtual view's pages
  els = [[], [], []];
  spans = null;
  planned = 0; // characters planned
  done = false; // every chunk is planned
  attached = 0; // chunks (or a virtual view's pages) in the DOM
  #metrics = null; // the line height and the characters per line, for #estimate; the scroll position
  #planner = null;
  #container = null;
  #near = null; // IntersectionObservers of a virtual view's pages: in or near sight, and far away
  #far = null;

  constructor(text, doc, headings) {
    this.text = text;
    this.doc = doc;
    this.headings = headings;
    this.virtual = text.length >= VIRTUAL;
    this.headingEls = this.els[0];
    this.indicatorEls = this.els[1];
    this.quantityEls = this.els[2];
  }

  /** Whether every chunk (or page) is planned and attached. */
  get complete() {
    return this.done && this.attached >= (this.virtual ? this.pages.length : this.chunkStarts.length);
  }

  /** How much of the text is shown (0…1): attached, or for a virtual view planned. */
  get progress() {
    if (!this.text.length) return 1;
    if (this.virtual) return this.planned / this.text.length;
    const shown = this.attached < this.chunkStarts.length ? this.chunkStarts[this.attached] : this.text.length;
    return shown / this.text.length;
  }

  /** Stop watching the pages (a new render replaces this one). */
  dispose() {
    this.#near?.disconnect();
    this.#far?.disconnect();
  }

  /** Plan `chars` more characters (the first call only collects the spans, unless `all`). */
  #plan(chars, all = true) {
    if (this.done) return;
    if (!this.#planner) {
      this.spans = collectSpans(this.text, this.doc, this.headings);
      this.#planner = planChunks(this);
      if (!all) return;
    }
    this.planStep = chars;
    if (this.#planner.next().done) this.done = true;
  }

  /** Attach to `container` (the first call replaces the old text): chunks until `budget` characters; a virtual view's pages as placeholders, those near sight built. */
  attach(container, budget) {
    this.#container = container;
    if (this.virtual) return this.#attachPages(container, budget);
    const from = this.attached;
    const limit = (from < this.chunkStarts.length ? this.chunkStarts[from] : this.planned) + budget;
    while (!this.done && this.planned < limit) this.#plan(budget * PLAN_FACTOR);
    const planned = this.done ? this.chunkStarts.length : this.chunkStarts.length - 1; // the last may grow
    if (from >= planned) {
      if (from === 0) container.replaceChildren();
      return;
    }
    let to = from + 1;
    while (to < planned && this.chunkStarts[to] < limit) to++;
    const fragment = document.createDocumentFragment();
    for (let c = from; c < to; c++) {
      const chunk = buildChunk(this, c);
      this.#estimate(chunk, c);
      fragment.append(chunk);
    }
    if (from === 0) container.replaceChildren(fragment);
    else container.append(fragment);
    this.attached = to;
  }

  #attachPages(container, budget) {
    // One task collects the spans, the next ones plan and attach (a long text's are long lists).
    const first = !this.spans;
    this.#plan(budget === Infinity ? Infinity : budget * PLAN_FACTOR, budget === Infinity);
    if (first && budget !== Infinity) return;
    const from = this.attached;
    const to = this.pages.length;
    if (from === 0 && to === 0) return;
    const fragment = document.createDocumentFragment();
    for (let p = from; p < to; p++) {
      const page = this.pages[p];
      page.el = h('div', { class: 'page', 'data-page': p });
      let height = 0;
      for (let c = page.from; c < page.to; c++) height += this.#lines(c) * this.#metrics.line;
      page.height = Math.round(height);
      page.el.style.height = `${page.height}px`;
      fragment.append(page.el);
    }
    if (!this.#near) {
      const watch = (margin, act) =>
        new IntersectionObserver((entries) => this.#watch(entries, act), { root: container, rootMargin: `${margin} 0px` });
      this.#near = watch('100%', true);
      this.#far = watch('300%', false);
    }
    for (let p = from; p < to; p++) {
      this.#near.observe(this.pages[p].el);
      this.#far.observe(this.pages[p].el);
    }
    // The pages in sight (by their estimated heights, from the scroll position measured before): now, not a frame later.
    const { top, height } = this.#metrics;
    let y = this.#offsets(from);
    for (let p = from; p < to && y < top + 2 * height; p++) {
      const page = this.pages[p];
      if (y + page.height > top - height) this.#build(page);
      y += page.height;
    }
    if (from === 0) container.replaceChildren(fragment);
    else container.append(fragment);
    this.attached = to;
  }

  /** The top of page `p` by the heights given to the pages before it. */
  #offsets(p) {
    let y = 0;
    for (let q = 0; q < p; q++) y += this.pages[q].height;
    return y;
  }

  /** What the IntersectionObservers saw: build the pages coming near, empty those gone far. */
  #watch(entries, near) {
    for (const entry of entries) {
      const page = this.pages[Number(entry.target.dataset.page)];
      if (!page || page.el !== entry.target) continue;
      if (near && entry.isIntersecting) this.#build(page);
      else if (!near && !entry.isIntersecting && page.built) this.#empty(page, entry.boundingClientRect.height);
    }
  }

  /** Build a page's chunks into its placeholder. */
  #build(page) {
    if (page.built) return;
    page.built = true;
    const fragment = document.createDocumentFragment();
    for (let c = page.from; c < page.to; c++) {
      const chunk = buildChunk(this, c);
      this.#estimate(chunk, c);
      fragment.append(chunk);
    }
    page.el.style.height = '';
    page.el.append(fragment);
  }

  /** Empty a page gone far from sight: a placeholder of the height it had. */
  #empty(page, height) {
    const active = this.#container?.getRootNode().activeElement;
    if (active && page.el.contains(active)) return; // (focus stays where it is)
    if (page.el.querySelector('mark[tabindex="0"]')) return; // (the text's tab stop)
    page.built = false;
    page.height = Math.round(height);
    page.el.style.height = `${page.height}px`;
    page.el.replaceChildren();
    for (let c = page.from; c < page.to; c++) this.chunks[c] = undefined;
    const { spans, els } = this;
    for (let i = this.chunkSpans[page.from]; i < this.chunkSpans[page.to]; i++) els[spans[i].layer][spans[i].index] = undefined;
  }

  /** The page holding offset `at` of the text. */
  #pageAt(at) {
    let lo = 0;
    let hi = this.pages.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pages[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    return this.pages[lo];
  }

  /** Build (in a virtual view) the pages over [start, end) of the text. */
  #show(start, end) {
    if (!this.virtual || !this.pages.length) return;
    for (let page = this.#pageAt(start); page; page = this.pages[this.pages.indexOf(page) + 1]) {
      if (page.start > end) break;
      if (page.el) this.#build(page);
      if (page.end >= end) break;
    }
  }

  /** The first element of heading, indicator or quantity `index` (`layer` 0, 1, 2), its page built first; or null. */
  element(layer, index) {
    if (this.virtual && !this.els[layer][index]) {
      const node = layer === 0 ? this.headings[index]?.heading : layer === 1 ? this.doc.indicators[index] : this.doc.quantities?.[index];
      const span = clampSpan(node?.span, this.text.length);
      if (span) this.#show(span.start, span.end);
    }
    return this.els[layer][index] || null;
  }

  /** The text view's font size, line height and width (of `container`) and its scroll position, for #estimate. */
  measure(container) {
    const style = getComputedStyle(container);
    const size = parseFloat(style.fontSize) || 16;
    const width = container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    this.#metrics = {
      line: parseFloat(style.lineHeight) || size * 1.85,
      perLine: Math.max(8, width / size),
      top: container.scrollTop,
      height: container.clientHeight,
    };
  }

  /** The estimated lines of chunk `c` (CJK a full em wide, others about half): a scrollbar right before layout. */
  #lines(c) {
    const { chunkStarts, text } = this;
    const { perLine } = this.#metrics;
    const end = c + 1 < chunkStarts.length ? chunkStarts[c + 1] : text.length;
    let lines = 0;
    let ems = 0;
    for (let i = chunkStarts[c]; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        lines += Math.max(1, Math.ceil(ems / perLine));
        ems = 0;
      } else ems += code < 0x2e80 ? 0.55 : 1;
    }
    if (ems > 0) lines += Math.max(1, Math.ceil(ems / perLine));
    return lines;
  }

  /** Give chunk `c` its estimated height until it is laid out. */
  #estimate(chunk, c) {
    chunk.style.containIntrinsicSize = `auto ${Math.round(this.#lines(c) * this.#metrics.line)}px`;
  }

  /** A Range over [start, end) of the text, building (in a virtual view) the pages it is on; or null. */
  range(start, end) {
    this.#show(start, end);
    const locate = (offset) => {
      let lo = 0;
      let hi = this.chunkStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.chunkStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      const chunk = this.chunks[lo];
      if (!chunk) return null;
      let at = this.chunkStarts[lo];
      const walker = document.createTreeWalker(chunk, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (offset <= at + node.length) return [node, offset - at];
        at += node.length;
      }
      return null;
    };
    const from = locate(start);
    const to = locate(end);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    return range;
  }
}
