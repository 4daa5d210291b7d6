// The marks' tooltip and keys: hover or focus a <mark> for what was read
// there ("801.05亿元 = 80,105,000,000 元"); arrows, Home and End move between
// marks, Enter clicks one, Escape closes. One tooltip for all the marks.
import { DIRECTION, KIND, MEASURE, QUANTITY, ROLE, formatNumber, formatValue } from './labels.js';

/** What the tooltip says about a quantity: "801.05亿元 = 80,105,000,000 元". */
function describeQuantity(q) {
  const value = formatNumber(q.value);
  const unit = q.unit === '%' ? '%' : q.unit ? ' ' + q.unit : '';
  const approx = q.approx ? `（${q.approx}）` : '';
  return `${q.text} = ${value}${unit}${approx}\n${QUANTITY[q.kind] || q.kind || '数量'}`;
}

/** What the tooltip says about an indicator: "同比下降3.6% → −3.6%" and its labels. */
function describeIndicator(i) {
  const head = [i.name, `${ROLE[i.role] || i.role}${i.year != null ? ' ' + i.year : ''}`, MEASURE[i.measure] || i.measure];
  const tags = [i.qualifier, KIND[i.kind], i.estimated ? '预计' : null].filter(Boolean);
  let out = head.join(' · ');
  if (i.value != null) out += `\n${i.text} → ${formatValue(i.value, i.upper, i.unit)}`;
  if (i.direction) out += `  ${DIRECTION[i.direction] || i.direction}`;
  if (tags.length) out += `\n${tags.join(' · ')}`;
  return out;
}

/**
 * The tooltip of one element: `root` its shadow root, `text` the text view,
 * `tip` the role="tooltip" element, `doc()` the Document on screen.
 */
export class Tooltip {
  #for = null; // the mark it describes
  #root;
  #text;
  #tip;
  #doc;

  constructor(root, text, tip, doc) {
    this.#root = root;
    this.#text = text;
    this.#tip = tip;
    this.#doc = doc;
    text.addEventListener('mouseover', (event) => {
      const mark = event.target.closest('mark');
      if (mark) this.show(mark);
    });
    text.addEventListener('mouseout', (event) => {
      const mark = event.target.closest('mark');
      if (mark && !mark.contains(event.relatedTarget) && this.#root.activeElement !== mark) this.hide();
    });
    text.addEventListener('focusin', (event) => {
      if (event.target.localName === 'mark') this.show(event.target);
    });
    text.addEventListener('focusout', () => this.hide());
    text.addEventListener('scroll', () => this.#for && this.hide(), { passive: true });
    text.addEventListener('keydown', (event) => this.#key(event));
  }

  /** Show what `mark` and the marks around it stand for, next to it. */
  show(mark) {
    const doc = this.#doc();
    if (!doc) return;
    const lines = [];
    for (let el = mark; el && el.localName === 'mark'; el = el.parentElement.closest('mark')) {
      for (const index of el.dataset.i.split(' ').map(Number)) {
        const item = el.dataset.kind === 'indicator' ? doc.indicators[index] : doc.quantities[index];
        if (item) lines.push(el.dataset.kind === 'indicator' ? describeIndicator(item) : describeQuantity(item));
      }
    }
    const tip = this.#tip;
    tip.textContent = lines.join('\n\n');
    tip.hidden = false;
    if (this.#for && this.#for !== mark) this.#for.removeAttribute('aria-describedby');
    this.#for = mark;
    mark.setAttribute('aria-describedby', 'tip');
    const box = mark.getClientRects()[0] || mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(8, Math.min(box.left, innerWidth - width - 8));
    const below = box.bottom + 6;
    const top = below + tip.offsetHeight > innerHeight - 8 ? box.top - tip.offsetHeight - 6 : below;
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(8, top)}px`;
  }

  /** Hide the tooltip, if it shows. */
  hide() {
    if (!this.#for) return;
    this.#for.removeAttribute('aria-describedby');
    this.#for = null;
    this.#tip.hidden = true;
  }

  #key(event) {
    const mark = event.target;
    if (event.key === 'Escape') {
      this.hide();
      return;
    }
    if (mark.localName !== 'mark') return;
    const marks = () => [...this.#text.querySelectorAll('mark')];
    let next = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      const all = marks();
      next = all[all.indexOf(mark) + 1];
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      const all = marks();
      next = all[all.indexOf(mark) - 1];
    } else if (event.key === 'Home') next = this.#text.querySelector('mark');
    else if (event.key === 'End') next = marks().pop();
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      mark.click();
      return;
    } else return;
    event.preventDefault();
    if (!next) return;
    mark.tabIndex = -1;
    next.tabIndex = 0;
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'nearest' });
    this.show(next);
  }
}
