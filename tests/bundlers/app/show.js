// What both entries do once the module is loaded: the outline as Markdown,
// the same text in <gongwen-report>, and `window.gongwen` for the test.
import { parse, toMarkdown } from 'gongwen';
import 'gongwen/element';

export async function show() {
  const text = document.querySelector('#report').value;
  document.querySelector('#outline').textContent = toMarkdown(parse(text));
  const view = document.querySelector('#view');
  view.text = text;
  const doc = await view.parsed;
  window.gongwen = { parse, elementHeadings: doc.outline.length };
  document.body.dataset.ready = 'true';
}
