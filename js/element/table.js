// The indicator table: sorted by any column, filtered by role and year; a row
// click shows its source. Rows are attached a batch per task, the ones in
// sight first, so that a long table never blocks the page.
import { h } from './dom.js';
import { DIRECTION, KIND, MEASURE, ROLE, formatValue } from './labels.js';

/** Table rows attached per task (the rows in sight come first). */
export const ROWS_BATCH = 20;

/** A longer table attaches the rows out of sight as it is scrolled to them (a row appended lays out the whole table). */
const LAZY_ROWS = 200;

/** The table's columns: [field, header]. */
const COLUMNS = [
  ['key', '键'],
  ['name', '名称'],
  ['role', '角色'],
  ['year', '年份'],
  ['measure', '度量'],
  ['value', '数值'],
  ['unit', '单位'],
  ['direction', '方向'],
  ['qualifier', '限定'],
  ['kind', '类别'],
];

/**
 * The table of one element. `$` holds its parts (headRow, body, roleFilter,
 * yearFilter, rows, tableScroll); `host` is the element: `doc()` the
 * Document on screen, `later()` asks for the next step of the render (which
 * attaches more rows), `choose(index)` shows indicator `index`.
 */
export class Table {
  /** The indicator whose row is selected, or -1. */
  selected = -1;
  #sort = { col: null, dir: 1 };
  #filter = { role: '', year: '' };
  #queue = null; // the rows (sorted, filtered) still to attach: { rows, at }
  #$;
  #host;

  constructor($, host) {
    this.#$ = $;
    this.#host = host;
    this.#buildHead();
    $.headRow.addEventListener('click', (event) => {
      const button = event.target.closest('[data-sort]');
      if (!button) return;
      const col = button.dataset.sort;
      this.#sort = { col, dir: this.#sort.col === col ? -this.#sort.dir : 1 };
      this.renderRows(this.rowsInSight());
    });
    for (const select of [$.roleFilter, $.yearFilter]) {
      select.addEventListener('change', () => {
        this.#filter[select.dataset.filter] = select.value;
        this.renderRows(this.rowsInSight());
      });
    }
    $.tableScroll.addEventListener('scroll', () => this.#more(), { passive: true });
    $.body.addEventListener('click', (event) => {
      const tr = event.target.closest('tr[data-i]');
      if (tr) host.choose(Number(tr.dataset.i));
    });
  }

  /** Whether rows are still to be attached by the render (a long table's wait to be scrolled to). */
  get pending() {
    return this.#queue !== null && this.#queue.rows.length <= LAZY_ROWS;
  }

  /** A long table scrolled near the end of its rows: the next ones. */
  #more() {
    if (!this.#queue) return;
    const scroll = this.#$.tableScroll;
    if (scroll.scrollTop + 2 * scroll.clientHeight >= scroll.scrollHeight) this.attachRows(ROWS_BATCH * 2);
  }

  #buildHead() {
    for (const [col, label] of COLUMNS) {
      const th = h('th', { scope: 'col', 'data-col': col });
      th.append(h('button', { type: 'button', 'data-sort': col }, label));
      this.#$.headRow.append(th);
    }
  }

  /** The role and year filters' options, with their counts in `doc`; the user's choice kept when it still exists. */
  renderFilters(doc) {
    const indicators = doc ? doc.indicators : [];
    const count = (f) => indicators.filter(f).length;
    const option = (value, label) => h('option', { value }, label);
    const { roleFilter, yearFilter } = this.#$;
    roleFilter.replaceChildren(
      option('', `全部 (${indicators.length})`),
      option('actual', `实际 (${count((i) => i.role === 'actual')})`),
      option('target', `目标 (${count((i) => i.role === 'target')})`),
    );
    const years = [...new Set(indicators.map((i) => i.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
    yearFilter.replaceChildren(
      option('', '全部'),
      ...years.map((y) => option(y == null ? 'none' : String(y), y == null ? '未注明' : String(y))),
    );
    // Keep the user's choice when it still exists.
    if (![...roleFilter.options].some((o) => o.value === this.#filter.role)) this.#filter.role = '';
    if (![...yearFilter.options].some((o) => o.value === this.#filter.year)) this.#filter.year = '';
    roleFilter.value = this.#filter.role;
    yearFilter.value = this.#filter.year;
  }

  /**
   * Sort and filter the table: attach its first `first` rows now, the rest
   * ROWS_BATCH per frame (a long table is never laid out in one task).
   */
  renderRows(first = ROWS_BATCH) {
    const doc = this.#host.doc();
    const indicators = doc ? doc.indicators : [];
    const { role, year } = this.#filter;
    let rows = indicators.map((indicator, index) => ({ indicator, index }));
    if (role) rows = rows.filter((r) => r.indicator.role === role);
    if (year) rows = rows.filter((r) => (year === 'none' ? r.indicator.year == null : String(r.indicator.year) === year));
    const { col, dir } = this.#sort;
    if (col) {
      const collator = new Intl.Collator('zh-CN', { numeric: true });
      rows.sort((a, b) => {
        const x = a.indicator[col];
        const y = b.indicator[col];
        if (x == null || y == null) return x == null && y == null ? a.index - b.index : x == null ? 1 : -1;
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
        return c * dir || a.index - b.index;
      });
    }
    for (const th of this.#$.headRow.children) {
      th.setAttribute('aria-sort', th.dataset.col === col ? (dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    this.#$.body.replaceChildren();
    this.#queue = { rows, at: 0 };
    this.attachRows(first);
    this.#$.rows.textContent = indicators.length ? `${rows.length} / ${indicators.length} 行` : '';
    if (this.pending) this.#host.later();
  }

  /** Attach up to `budget` more rows of the table. */
  attachRows(budget) {
    const queue = this.#queue;
    if (!queue) return;
    const end = Math.min(queue.rows.length, queue.at + budget);
    const fragment = document.createDocumentFragment();
    for (let r = queue.at; r < end; r++) fragment.append(this.#row(queue.rows[r].indicator, queue.rows[r].index));
    this.#$.body.append(fragment);
    queue.at = end;
    if (end >= queue.rows.length) this.#queue = null;
  }

  /** The rows to attach at once so that the table's view stays filled where it is scrolled to (reads the layout). */
  rowsInSight() {
    const scroll = this.#$.tableScroll;
    const shown = this.#$.body.rows.length;
    if (scroll.scrollTop <= 0 || shown === 0) return ROWS_BATCH;
    const perRow = Math.max(8, this.#$.body.offsetHeight / shown);
    return Math.ceil((scroll.scrollTop + scroll.clientHeight) / perRow) + ROWS_BATCH;
  }

  #row(i, index) {
    const tr = h('tr', { 'data-i': index, 'data-role': i.role, 'aria-selected': index === this.selected ? 'true' : null });
    const cell = (col, value, text) => {
      const td = h('td', { 'data-col': col, 'data-value': value == null ? '' : String(value) });
      if (value == null) {
        td.className = 'none';
        td.textContent = '—';
      } else if (text instanceof Node) td.append(text);
      else td.textContent = text ?? String(value);
      tr.append(td);
    };
    cell('key', i.key);
    cell('name', i.name, h('button', { type: 'button', class: 'link', 'data-jump': index }, i.name));
    cell('role', i.role, h('span', { 'data-role': i.role }, ROLE[i.role] || i.role));
    cell('year', i.year);
    cell('measure', i.measure, MEASURE[i.measure] || i.measure);
    cell('value', i.value, i.value == null ? '' : formatValue(i.value, i.upper, ''));
    cell('unit', i.unit);
    cell('direction', i.direction, h('span', { 'data-direction': i.direction }, DIRECTION[i.direction] || i.direction));
    cell('qualifier', i.qualifier);
    cell('kind', i.kind, KIND[i.kind] || i.kind);
    return tr;
  }

  /** Select indicator `index`'s row (attaching every row first) and scroll it into sight. */
  select(index) {
    this.attachRows(Infinity);
    this.selected = index;
    for (const tr of this.#$.body.querySelectorAll('tr[aria-selected]')) tr.removeAttribute('aria-selected');
    const tr = this.#$.body.querySelector(`tr[data-i="${index}"]`);
    if (tr) {
      tr.setAttribute('aria-selected', 'true');
      tr.scrollIntoView({ block: 'nearest' });
    }
  }
}
