// A usage example, type-checked by `tsc --noEmit -p tests/types` in the Node
// tests: it imports the package by name, as a user does.
import { compare, init, initSync, parse, toCSV, toMarkdown, version } from 'gongwen';
import type { Comparison, Document, Heading, Indicator, InitInput, Quantity, Role, Span } from 'gongwen';

export async function main(text: string, wasm: ArrayBuffer, response: Response): Promise<string> {
  await init();
  await init(new URL('https://example.invalid/gongwen_bg.wasm'));
  await init(response);
  await init(wasm);
  initSync(new WebAssembly.Module(wasm));
  const input: InitInput = '/assets/gongwen_bg.wasm';
  await init(input);

  const doc: Document = parse(text, { quantities: false });
  const slice = (span: Span): string => text.slice(span.start, span.end);
  const titles = (headings: Heading[]): string[] =>
    headings.flatMap((h) => [`${h.level} ${h.marker}${h.title} ${slice(h.span)}`, ...titles(h.children)]);

  const targets: Indicator[] = doc.indicators.filter((i) => i.role === 'target');
  const growth = targets.map((i) => (i.measure === 'growth' && i.value !== null ? i.value.toFixed(1) : i.text));
  const money: number = doc.quantities
    .filter((q: Quantity) => q.kind === 'money')
    .reduce((sum, q) => sum + q.value, 0);
  const role: Role = 'actual';
  const year: number | null = doc.meta.yearPlanned;
  const type: 'plan_report' | 'work_summary' | 'gov_work_report' | 'stats_bulletin' | 'unknown' = doc.meta.docType;

  const comparison: Comparison = await compare([{ file: 'a.txt', document: doc }, { file: 'b.txt', document: doc }]);
  const statuses: string[] = comparison.rows.map((r) => `${r.region} ${r.key} ${r.target.value ?? r.target.text} ${r.status}`);
  const csv: string = await compare([{ file: 'a.txt', document: doc }], { format: 'csv' });

  return [version, csv, ...statuses, toCSV(doc), toMarkdown(doc), ...titles(doc.outline), ...growth, money, role, year, type].join('\n');
}

// Mistakes the types must catch.
// @ts-expect-error: options are an object
parse('一、总体情况', true);
// @ts-expect-error: a role is 'actual' or 'target'
export const wrongRole: Role = 'planned';
// @ts-expect-error: nullable fields are null, never undefined
export const wrongTitle: string = parse('').meta.title;
