// Types for `gongwen/element`: the custom element <gongwen-report>.
//
//   import 'gongwen/element';
//   const el = document.querySelector('gongwen-report')!;   // GongwenReportElement
//   el.text = report;
//   el.addEventListener('gongwen-parsed', (e) => e.detail.doc.outline);
import type { Document, GlossaryEntry, Heading, Indicator, Quantity, Span } from './index.js';

export type { Document, Heading, Indicator, Quantity, Span };

/** `detail` of `gongwen-parsed`: the Document now on screen, and timings. */
export interface GongwenParsedDetail {
  doc: Document;
  /** The text the Document was parsed from (spans index into it). */
  text: string;
  /** Milliseconds the parse took in the Worker; null for a Document set through `doc`. */
  parseMs: number | null;
  /** Milliseconds the rendering took. */
  renderMs: number;
}

/** `detail` of `gongwen-select`: what the user picked (outline item, table row or mark). */
export type GongwenSelectDetail =
  | { kind: 'heading'; index: number; item: Heading; span: Span }
  | { kind: 'indicator'; index: number; item: Indicator; span: Span }
  | { kind: 'quantity'; index: number; item: Quantity; span: Span };

/** `detail` of `gongwen-error`: the parse failed (e.g. the .wasm could not be loaded). */
export interface GongwenErrorDetail {
  error: Error;
}

/**
 * `<gongwen-report>`: parses `text` in a module Web Worker and shows the
 * outline (an ARIA tree), the text with indicators and quantities
 * highlighted, the indicator table, a target-vs-actual chart, the metadata
 * and the warnings.
 *
 * Attributes: `text`, `debounce` (ms). Parts: `layout`, `status`, `panel`,
 * `outline-panel`, `outline`, `text-panel`, `text`, `meta`, `warnings`,
 * `chart`, `table-panel`, `table`, `tooltip`. Slot: `placeholder` (shown
 * while there is no text). Custom properties: `--gongwen-font`,
 * `--gongwen-text-font`, `--gongwen-font-size`, `--gongwen-text-size`,
 * `--gongwen-fg`, `--gongwen-bg`, `--gongwen-panel`, `--gongwen-muted`,
 * `--gongwen-border`, `--gongwen-accent`, `--gongwen-select`,
 * `--gongwen-actual`, `--gongwen-actual-strong`, `--gongwen-target`,
 * `--gongwen-target-strong`, `--gongwen-quantity`, `--gongwen-up`,
 * `--gongwen-down`, `--gongwen-flash`, `--gongwen-radius`,
 * `--gongwen-view-height`, `--gongwen-outline-height`, `--gongwen-table-height`.
 */
export class GongwenReportElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The report text. Setting it parses it in a Worker (debounced while typing) and renders the result. */
  text: string;
  /**
   * Evidence for the current text from a rich source (bold and heading ranges
   * as `[start, end, flags]` triples over its UTF-8 bytes, from
   * `hintsFromHtml` or `parseDocx`), or null. Set it after `text`; setting
   * `text` clears it.
   */
  hints: Uint32Array | null;
  /** The Document on screen, or null. Set it after `text` to show a Document parsed elsewhere (no parse then). */
  doc: Document | null;
  /** Milliseconds to wait for a pause in typing before parsing again (default 150). */
  debounce: number;
  /** Resolves with the Document once the current text is parsed and rendered (null for no text). */
  readonly parsed: Promise<Document | null>;
  /** Scroll the text view to an outline heading (pre-order index), an indicator or a quantity, and flash it. */
  reveal(kind: 'heading' | 'indicator' | 'quantity', index: number): boolean;
  /** Scroll the text view to a span of the text (UTF-16 offsets) and flash it. */
  revealSpan(span: Span): boolean;

  addEventListener<K extends keyof GongwenReportEventMap>(
    type: K,
    listener: (this: GongwenReportElement, event: GongwenReportEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof GongwenReportEventMap>(
    type: K,
    listener: (this: GongwenReportElement, event: GongwenReportEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

export interface GongwenReportEventMap extends HTMLElementEventMap {
  'gongwen-parsed': CustomEvent<GongwenParsedDetail>;
  'gongwen-select': CustomEvent<GongwenSelectDetail>;
  'gongwen-error': CustomEvent<GongwenErrorDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'gongwen-report': GongwenReportElement;
  }
  interface HTMLElementEventMap {
    'gongwen-parsed': CustomEvent<GongwenParsedDetail>;
    'gongwen-select': CustomEvent<GongwenSelectDetail>;
    'gongwen-error': CustomEvent<GongwenErrorDetail>;
  }
}

// (GlossaryEntry is re-exported for completeness of the Document's types.)
export type { GlossaryEntry };
