// The outline panel: the headings as a flat ARIA tree with each section's
// indicator count, in blocks so that a long outline is built over a few
// tasks (the part in sight first) and laid out only where it shows. Its state
// outlives a render: a branch the user closed stays closed through edits.
import { h } from './dom.js';

/** Outline items per block: the unit a long outline lays out (or skips) at once. */
const BLOCK = 32;

/** An outline with more headings lays out only the blocks in sight. */
const LONG_OUTLINE = 300;

/** Outline items built per task (an outline longer than this is built over a few frames). */
export const TREE_BATCH = 400;

/** An outline item and its indicator count, cloned for each heading (built on first use: no DOM on a server). */
let templates = null;
function template() {
  if (templates) return templates;
  const treeItem = h('div', { role: 'treeitem', 'aria-selected': 'false', tabindex: '-1' });
  treeItem.append(h('div', { class: 'row' }));
  treeItem.firstChild.append(
    h('span', { class: 'twisty', 'aria-hidden': 'true' }),
    h('span', { class: 'marker' }),
    h('span', { class: 'label' }),
  );
  const countBadge = h('span', { class: 'count' }, '0');
  countBadge.append(h('span', { class: 'sr' }, ' 个指标'));
  return (templates = { treeItem, countBadge });
}

/**
 * Headings in document order (pre-order), with their depth, their parent's
 * index (-1 at the top), their place among their siblings (1-based) and the
 * number of siblings, and `end`: the index just after their last descendant.
 */
export function flatten(outline) {
  const out = [];
  const walk = (list, depth, parent) => {
    for (let n = 0; n < list.length; n++) {
      const heading = list[n];
      const node = { heading, depth, parent, index: out.length, posinset: n + 1, setsize: list.length, end: 0 };
      out.push(node);
      walk(heading.children || [], depth + 1, node.index);
      node.end = out.length;
    }
  };
  walk(outline || [], 0, -1);
  return out;
}

/** What identifies an outline branch across edits of the text, to keep it closed. */
function branchKey(depth, marker, title) {
  return `${depth}\u0000${marker}\u0000${title}`;
}

/** The number of sorted `starts` within [from, to). */
function countBetween(starts, from, to) {
  const lower = (x) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lower(to) - lower(from);
}

/** The estimated height of block `b`: its items that show. */
function blockHeight(tree, b) {
  let height = 0;
  for (let j = b * BLOCK, end = Math.min(tree.nodes.length, j + BLOCK); j < end; j++) if (!tree.hidden[j]) height += tree.heights[j];
  return height;
}

/** Outline item `j`: a clone of a ready-made item (much cheaper than building it element by element). */
function buildItem(tree, j) {
  const { heading, depth, index, setsize, posinset, end } = tree.nodes[j];
  const count = tree.counts[j];
  const item = template().treeItem.cloneNode(true);
  item.setAttribute('aria-level', depth + 1);
  item.setAttribute('aria-setsize', setsize);
  item.setAttribute('aria-posinset', posinset);
  if (end > index + 1) item.setAttribute('aria-expanded', tree.open[j] ? 'true' : 'false');
  if (index === 0) item.tabIndex = 0;
  if (tree.hidden[j]) item.hidden = true;
  item.dataset.i = index;
  item.dataset.count = count;
  const row = item.firstChild;
  if (depth > 0) row.dataset.depth = Math.min(depth, 7);
  if (end > index + 1) row.children[0].textContent = '▶';
  row.children[1].textContent = heading.marker;
  row.children[2].textContent = heading.title;
  const badge = template().countBadge.cloneNode(true);
  badge.title = `${count} 个指标`;
  badge.firstChild.data = String(count);
  if (count === 0) badge.classList.add('zero');
  row.append(badge);
  tree.items[j] = item;
  return item;
}

/**
 * The outline of one element: `el` is its role="tree" container, `empty` the
 * note shown when there is no heading, `choose(index)` what activating an
 * item does (the element scrolls the text to the heading).
 */
export class Outline {
  /** What the last render built (nodes, open and hidden flags, items, blocks), or null. */
  tree = null;
  #el;
  #empty;
  #choose;

  constructor(el, empty, choose) {
    this.#el = el;
    this.#empty = empty;
    this.#choose = choose;
    el.addEventListener('click', (event) => {
      const item = event.target.closest('[role="treeitem"]');
      if (!item) return;
      if (event.target.closest('.twisty') && item.hasAttribute('aria-expanded')) {
        this.#toggle(item, item.getAttribute('aria-expanded') !== 'true');
        this.#focusItem(item);
        return;
      }
      this.#focusItem(item);
      this.#activate(item);
    });
    el.addEventListener('keydown', (event) => this.#key(event));
  }

  /** No outline. */
  clear() {
    this.tree = null;
    this.#el.replaceChildren();
    this.#empty.hidden = false;
  }

  /** What a render needs to know of the layout, read before anything is written: the em, the tree's width, the part in sight. */
  measure() {
    const em = 0.9 * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
    const width = this.#el.clientWidth;
    const scroll = this.#el.parentElement;
    const sight = { top: scroll.scrollTop, bottom: scroll.scrollTop + scroll.clientHeight };
    return { em, width, sight };
  }

  /**
   * Show the outline of `doc` (`headings`: flatten(doc.outline)) in blocks of
   * BLOCK items. All the blocks go in at once with their estimated heights;
   * their items are built TREE_BATCH per task, the blocks in sight first. In a
   * long outline the blocks out of sight are neither styled nor laid out
   * (content-visibility), so it costs about what its visible part costs.
   */
  render(doc, headings, { em, width: treeWidth, sight }) {
    const previous = this.tree;
    const n = headings.length;
    const starts = doc.indicators.map((i) => (i.span ? i.span.start : -1)).sort((a, b) => a - b);
    // Branches the user closed stay closed while the text is edited.
    const closed = new Set();
    if (previous) {
      previous.nodes.forEach(({ heading, depth, index, end }) => {
        if (end > index + 1 && !previous.open[index]) closed.add(branchKey(depth, heading.marker, heading.title));
      });
    }
    // The lines each title will take, for the heights of the blocks not laid out yet.
    const width = treeWidth - 80; // the tree's and the row's padding, the twisty, the count
    const lineHeight = 1.45 * em;
    const lines = (text, depth) => {
      if (width <= 0) return 1;
      let ems = 0;
      for (let i = 0; i < text.length; i++) ems += text.charCodeAt(i) < 0x2e80 ? 0.55 : 1;
      return Math.max(1, Math.ceil((ems * em) / Math.max(em * 4, width - 14 * depth)));
    };
    const tree = {
      nodes: headings,
      open: new Uint8Array(n).fill(1),
      hidden: new Uint8Array(n),
      counts: new Int32Array(n),
      heights: new Float32Array(n),
      items: new Array(n),
      blocks: [],
      order: [],
      next: 0,
      long: n > LONG_OUTLINE,
    };
    for (let j = 0; j < n; j++) {
      const { heading, depth, parent, index, end } = headings[j];
      const section = heading.section || heading.span;
      tree.counts[j] = section ? countBetween(starts, section.start, section.end) : 0;
      if (closed.size > 0 && end > index + 1 && closed.has(branchKey(depth, heading.marker, heading.title))) tree.open[j] = 0;
      if (parent >= 0 && (tree.hidden[parent] || !tree.open[parent])) tree.hidden[j] = 1;
      tree.heights[j] = lines(heading.marker + heading.title, depth) * lineHeight + 6;
    }
    // The blocks, and the order to fill them in: from the first one in sight.
    const fragment = document.createDocumentFragment();
    let top = 4; // the tree's padding
    let first = -1;
    for (let b = 0; b * BLOCK < n; b++) {
      const block = document.createElement('div');
      block.className = 'block';
      block.setAttribute('role', 'none');
      const height = blockHeight(tree, b);
      if (n > TREE_BATCH) block.style.height = `${Math.round(height)}px`; // until its items are in
      if (first < 0 && top + height > sight.top) first = b;
      top += height;
      tree.blocks.push(block);
      fragment.append(block);
    }
    if (first < 0) first = 0;
    for (let b = 0; b < tree.blocks.length; b++) tree.order.push((first + b) % tree.blocks.length);
    this.tree = tree;
    this.fill(tree.long ? TREE_BATCH / 4 : TREE_BATCH); // (a long outline: the blocks in sight, the rest in the next frames)
    this.#el.classList.toggle('long', tree.long);
    this.#el.replaceChildren(fragment);
    this.#empty.hidden = n > 0;
  }

  /** Whether every item is built (true when there is no outline). */
  get done() {
    const tree = this.tree;
    return !tree || tree.next >= tree.order.length;
  }

  /** Build the items of the next blocks of the outline, whole blocks, until about `budget` items. */
  fill(budget) {
    const tree = this.tree;
    let built = 0;
    while (tree.next < tree.order.length && built < budget) {
      const b = tree.order[tree.next++];
      const from = b * BLOCK;
      const to = Math.min(tree.nodes.length, from + BLOCK);
      const fragment = document.createDocumentFragment();
      for (let j = from; j < to; j++) fragment.append(buildItem(tree, j));
      const block = tree.blocks[b];
      block.append(fragment);
      block.style.height = '';
      if (tree.long) block.style.containIntrinsicSize = `auto ${Math.round(blockHeight(tree, b))}px`;
      built += to - from;
    }
  }

  /** Complete the outline now (to move in it or select in it). */
  complete() {
    if (!this.done) this.fill(Infinity);
  }

  /** Select item `index` (pre-order), opening the branches above it; focus it too when `focus`. */
  select(index, focus) {
    const tree = this.tree;
    if (!tree || !tree.nodes[index]) return;
    this.complete();
    const item = tree.items[index];
    for (const other of this.#el.querySelectorAll('[aria-selected="true"]')) other.setAttribute('aria-selected', 'false');
    item.setAttribute('aria-selected', 'true');
    // Open the branches above it, from the top.
    const above = [];
    for (let up = tree.nodes[index].parent; up >= 0; up = tree.nodes[up].parent) above.push(up);
    for (const up of above.reverse()) this.#toggle(tree.items[up], true);
    if (focus) this.#focusItem(item);
  }

  /** Open or close a branch: an item shows when every branch above it is open. */
  #toggle(item, open) {
    if (!item.hasAttribute('aria-expanded')) return;
    const value = open ? 'true' : 'false';
    if (item.getAttribute('aria-expanded') === value) return;
    item.setAttribute('aria-expanded', value);
    const tree = this.tree;
    const { nodes, items, hidden } = tree;
    const i = Number(item.dataset.i);
    tree.open[i] = open ? 1 : 0;
    const end = nodes[i].end;
    const show = (j, on) => {
      hidden[j] = on ? 0 : 1;
      if (items[j]) items[j].hidden = !on;
    };
    if (!open) for (let j = i + 1; j < end; j++) show(j, false);
    else if (!hidden[i]) for (let j = i + 1; j < end; j = tree.open[j] ? j + 1 : nodes[j].end) show(j, true);
    // A block out of sight keeps the height it had when it was laid out: give the ones
    // that changed their new height (or hide them when nothing in them shows).
    for (let b = Math.floor((i + 1) / BLOCK); b * BLOCK < end; b++) {
      const height = blockHeight(tree, b);
      tree.blocks[b].hidden = height === 0;
      if (tree.long) tree.blocks[b].style.containIntrinsicSize = `${Math.round(height)}px`;
    }
  }

  /** The outline's items that show (in no closed branch), in order. */
  #visibleItems() {
    const tree = this.tree;
    if (!tree) return [];
    this.complete();
    return tree.items.filter((_, j) => !tree.hidden[j]);
  }

  #focusItem(item) {
    for (const other of this.#el.querySelectorAll('[role="treeitem"][tabindex="0"]')) other.tabIndex = -1;
    item.tabIndex = 0;
    item.focus({ preventScroll: true });
    item.querySelector('.row').scrollIntoView({ block: 'nearest' });
  }

  #activate(item) {
    this.#choose(Number(item.dataset.i));
  }

  #key(event) {
    const item = event.target.closest('[role="treeitem"]');
    const tree = this.tree;
    if (!item || !tree || event.altKey || event.ctrlKey || event.metaKey) return;
    const visible = this.#visibleItems();
    const at = visible.indexOf(item);
    const i = Number(item.dataset.i);
    const { parent } = tree.nodes[i];
    const expanded = item.getAttribute('aria-expanded');
    let target = null;
    switch (event.key) {
      case 'ArrowDown':
        target = visible[at + 1];
        break;
      case 'ArrowUp':
        target = visible[at - 1];
        break;
      case 'Home':
        target = visible[0];
        break;
      case 'End':
        target = visible[visible.length - 1];
        break;
      case 'ArrowRight':
        if (expanded === 'false') this.#toggle(item, true);
        else if (expanded === 'true') target = tree.items[i + 1];
        break;
      case 'ArrowLeft':
        if (expanded === 'true') this.#toggle(item, false);
        else if (parent >= 0) target = tree.items[parent];
        break;
      case 'Enter':
      case ' ':
        this.#activate(item);
        break;
      case '*': {
        // Open every sibling.
        const end = parent >= 0 ? tree.nodes[parent].end : tree.nodes.length;
        for (let j = parent + 1; j < end; j = tree.nodes[j].end) this.#toggle(tree.items[j], true);
        break;
      }
      default:
        if (event.key.length === 1 && event.key.trim()) {
          // Type-ahead: the next visible item whose title starts with the key.
          const key = event.key.toLowerCase();
          const order = [...visible.slice(at + 1), ...visible.slice(0, at + 1)];
          target = order.find((i) => i.querySelector('.label').textContent.toLowerCase().startsWith(key)) || null;
          if (!target) return;
          break;
        }
        return;
    }
    event.preventDefault();
    if (target) this.#focusItem(target);
  }
}
