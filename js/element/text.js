// The text view: the text as pasted, headings styled, every indicator and
// quantity in a <mark>. Built in one pass over the spans sorted by start:
// headings, indicators and quantities nest (a quantity inside its indicator's
// clause); a span that crosses its parent's end is split in two pieces that
// keep the same index; equal spans of one layer merge. The text goes into
// chunks cut at line ends, built and attached a batch per frame and laid out
// only when on screen (their heights estimated until then).
import { h } from './dom.js';

/** Characters per chunk of the text view (cut at the next line end). */
const CHUNK = 1500;

/** Characters of the text view attached per frame: a long text never blocks the page. */
export const BATCH = 30000;

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

/**
 * Build the text view, chunk by chunk: a generator that stops after each
 * chunk it completes, so that a long text is built a batch per frame like
 * it is attached. It fills `view`: `chunks` (divs of text nodes, with
 * headings as <span class="h"> and marks as <mark data-kind> nested by
 * span), `chunkStarts` (each chunk's offset in the text), and the first
 * element of every heading, indicator and quantity (`els[layer][index]`).
 */
function* buildText(text, doc, headings, view) {
  const length = text.length;
  const spans = [];
  for (const { heading, index, depth } of headings) {
    const span = clampSpan(heading.span, length);
    if (span) spans.push({ ...span, layer: 0, index, node: heading, depth });
  }
  doc.indicators.forEach((node, index) => {
    const span = clampSpan(node.span, length);
    if (span) spans.push({ ...span, layer: 1, index, node });
  });
  (doc.quantities || []).forEach((node, index) => {
    const span = clampSpan(node.span, length);
    if (span) spans.push({ ...span, layer: 2, index, node });
  });
  spans.sort(order);

  const { chunks, chunkStarts, els } = view;
  let chunk = null;
  const newChunk = (at) => {
    chunk = h('div', { class: 'chunk' });
    chunks.push(chunk);
    chunkStarts.push(at);
  };
  newChunk(0);

  const root = { end: Infinity, el: null, layer: -1 };
  const stack = [root];
  let pos = 0;
  let chunkStart = 0;
  let newline = -1; // the first line end at or after the last place asked (cached: the text is scanned once)
  const lineEnd = (from) => {
    if (newline < from) {
      newline = text.indexOf('\n', from);
      if (newline < 0) newline = length;
    }
    return newline;
  };

  // Text between marks. At the top level, a chunk longer than CHUNK ends at the next line end.
  const emit = (to) => {
    if (to <= pos) return;
    const top = stack[stack.length - 1];
    if (top !== root) {
      top.el.append(text.slice(pos, to));
      pos = to;
      return;
    }
    while (pos < to) {
      const cut = lineEnd(Math.max(pos, chunkStart + CHUNK));
      if (cut >= to) {
        chunk.append(text.slice(pos, to));
        pos = to;
      } else {
        chunk.append(text.slice(pos, cut + 1));
        pos = cut + 1;
        newChunk(pos);
        chunkStart = pos;
      }
    }
  };

  const rest = new Heap();
  let i = 0;
  let complete = 0;
  for (;;) {
    if (chunks.length - 1 > complete) {
      complete = chunks.length - 1;
      yield;
    }
    let span;
    if (i < spans.length && (rest.size === 0 || order(spans[i], rest.peek()) <= 0)) span = spans[i++];
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
    (parent === root ? chunk : parent.el).append(el);
    if (!els[span.layer][span.index]) els[span.layer][span.index] = el;
    stack.push({ start: span.start, end, el, layer: span.layer });
  }
  while (stack.length > 1) {
    emit(stack[stack.length - 1].end);
    stack.pop();
  }
  emit(length);
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

/**
 * What one render shows in the text view: `chunks` (built on demand, in
 * order, by buildText), `chunkStarts`, how many chunks are `attached`, and
 * the first element of every heading, indicator and quantity by index.
 * `headings` is flatten(doc.outline).
 */
export class TextView {
  chunks = [];
  chunkStarts = [];
  els = [[], [], []];
  done = false; // every chunk is built
  attached = 0; // chunks in the DOM
  #metrics = null; // the line height and the characters per line, for #estimate

  constructor(text, doc, headings) {
    this.text = text;
    this.headings = headings;
    this.headingEls = this.els[0];
    this.indicatorEls = this.els[1];
    this.quantityEls = this.els[2];
    this.builder = buildText(text, doc, headings, this);
  }

  /** Whether every chunk is built and attached. */
  get complete() {
    return this.done && this.attached >= this.chunks.length;
  }

  /** Attach chunks to `container`, at least one, until `budget` characters; the first replace the old text. */
  attach(container, budget) {
    const from = this.attached;
    if (!this.#built(from)) {
      if (from === 0) container.replaceChildren();
      return;
    }
    const limit = this.chunkStarts[from] + budget;
    let to = from + 1;
    while (this.#built(to) && this.chunkStarts[to] < limit) to++;
    const fragment = document.createDocumentFragment();
    for (let c = from; c < to; c++) {
      this.#estimate(c);
      fragment.append(this.chunks[c]);
    }
    if (from === 0) container.replaceChildren(fragment);
    else container.append(fragment);
    this.attached = to;
  }

  /** Whether chunk `c` exists and is complete, building as far as needed. */
  #built(c) {
    while (!this.done && this.chunks.length - 1 <= c) this.done = this.builder.next().done;
    return c < this.chunks.length;
  }

  /** The text view's font size, line height and width (of `container`), for #estimate. */
  measure(container) {
    const style = getComputedStyle(container);
    const size = parseFloat(style.fontSize) || 16;
    const width = container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    this.#metrics = { line: parseFloat(style.lineHeight) || size * 1.85, perLine: Math.max(8, width / size) };
  }

  /**
   * Give chunk `c` an estimated height (lines × line height, CJK characters
   * a full em wide, others about half), so that the scrollbar is right before
   * the browser has laid the chunk out.
   */
  #estimate(c) {
    const { chunks, chunkStarts, text } = this;
    const { line, perLine } = this.#metrics;
    const end = c + 1 < chunks.length ? chunkStarts[c + 1] : text.length;
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
    chunks[c].style.containIntrinsicSize = `auto ${Math.round(lines * line)}px`;
  }

  /** A Range over [start, end) of the text, in the built chunks, or null. */
  range(start, end) {
    const locate = (offset) => {
      let lo = 0;
      let hi = this.chunkStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.chunkStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      let at = this.chunkStarts[lo];
      const walker = document.createTreeWalker(this.chunks[lo], NodeFilter.SHOW_TEXT);
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
