// A usage example of `gongwen/element`, type-checked with usage.ts by
// `tsc --noEmit -p tests/types` in the Node tests.
import 'gongwen/element';
import type { GongwenReportElement, GongwenSelectDetail } from 'gongwen/element';
import type { Document } from 'gongwen';

export async function embed(text: string, doc: Document): Promise<number> {
  const el: GongwenReportElement = document.createElement('gongwen-report');
  document.body.append(el);
  el.debounce = 100;
  el.text = text;
  el.addEventListener('gongwen-parsed', (event) => {
    const parsed: Document = event.detail.doc;
    const ms: number | null = event.detail.parseMs;
    console.log(parsed.outline.length, ms, event.detail.renderMs);
  });
  el.addEventListener('gongwen-select', (event) => {
    const detail: GongwenSelectDetail = event.detail;
    if (detail.kind === 'indicator') console.log(detail.item.role, detail.span.start);
  });
  const found = document.querySelector('gongwen-report');
  found?.reveal('heading', 0);
  el.doc = doc;
  const shown = await el.parsed;
  el.revealSpan({ start: 0, end: 1 });
  return shown ? shown.indicators.length : 0;
}
