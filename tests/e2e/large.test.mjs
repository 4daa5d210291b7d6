// A 5 MB paste on the page, end to end (functional, not timed: the timings
// are bench/large-paste.mjs's): the outline shows, the status shows the
// progress, the parse ran in the element's Worker and not on the page's
// thread, the text box gives way to a note (and comes back on demand), the
// text view is virtualised, and revealSpan and reveal still scroll to and
// flash a place near the end of the text.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserTestOptions } from '../browser/harness.mjs';
import { bigText, openPage, parse, servePageAndBrowser } from './helpers.mjs';

describe('a 5 MB paste', browserTestOptions(), () => {
  let browser;
  let server;
  servePageAndBrowser((b, s) => {
    browser = b;
    server = s;
  });

  test('shows its outline and its progress, parses in the Worker, and reveals a span near its end', async () => {
    const text = bigText(5 * 1024 * 1024);
    const doc = parse(text);
    const { context, page, errors } = await openPage(browser, server);

    // Count the parses the Worker answers (the page's thread would parse only if the Worker failed).
    const worker = page.workers()[0] ?? (await page.waitForEvent('worker'));
    await worker.evaluate(() => {
      const answer = self.onmessage;
      self.parses = 0;
      self.onmessage = (event) => {
        self.parses++;
        return answer(event);
      };
    });
    await page.evaluate((text) => {
      window.pasteText = text;
    }, text);

    const seen = await page.evaluate(async () => {
      const input = document.querySelector('[data-testid="report-input"]');
      const el = document.querySelector('gongwen-report');
      const root = el.shadowRoot;
      const status = root.querySelector('[part~="status"]');
      const statuses = [];
      const watch = new MutationObserver(() => statuses.push(status.textContent));
      watch.observe(status, { childList: true, characterData: true, subtree: true });
      const tree = root.querySelector('[role="tree"]');
      const outline = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (!tree.querySelector('[role="treeitem"]')) return;
          mo.disconnect();
          resolve(statuses.length);
        });
        mo.observe(tree, { childList: true, subtree: true });
      });
      const parsed = new Promise((resolve) => el.addEventListener('gongwen-parsed', (e) => resolve(e.detail), { once: true }));
      // A paste, as Ctrl+V fires it: the page handles a large one itself.
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', window.pasteText);
      input.focus();
      const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
      input.dispatchEvent(event);
      const statusesAtOutline = await outline;
      const detail = await parsed;
      watch.disconnect();
      const view = root.querySelector('[data-testid="report-text"]');
      return {
        handled: event.defaultPrevented,
        inputAttached: input.isConnected,
        inputHolds: input.value === window.pasteText,
        note: document.querySelector('[data-testid="large-input"]')?.textContent ?? '',
        statuses,
        statusesAtOutline,
        items: tree.querySelectorAll('[role="treeitem"]').length,
        firstItem: tree.querySelector('[role="treeitem"] .label')?.textContent,
        sameDoc: detail.doc === el.doc,
        pages: view.querySelectorAll('.page').length,
        inDom: view.textContent.length,
      };
    });
    assert.equal(seen.handled, true, 'the page should insert a large paste itself');
    assert.equal(seen.inputAttached, false, 'the text box should leave the document while it holds a large text');
    assert.equal(seen.inputHolds, true, 'the text box should still hold the text');
    assert.match(seen.note, /1,890,174|[\d,]+ 字/, 'a note should say how long the text is');
    assert.ok(seen.statuses.some((s) => s.includes('正在解析')), `the status should say it is parsing (${JSON.stringify(seen.statuses.slice(0, 3))})`);
    assert.ok(seen.statuses.some((s) => /正在显示/.test(s)), 'the status should show the progress of the render');
    assert.ok(seen.statusesAtOutline >= 1, 'the progress should show before the outline');
    assert.ok(seen.items > 0, 'the outline should show');
    assert.equal(seen.firstItem, doc.outline[0].title, 'the outline should be the Document’s');
    assert.ok(seen.pages > 10, 'the text view should be in pages');
    assert.ok(seen.inDom < text.length / 10, `only the pages in sight should be in the DOM (${seen.inDom} characters)`);
    assert.equal(await worker.evaluate(() => self.parses), 1, 'the Worker should have parsed the text, once');

    const onPage = await page.evaluate(() => document.querySelector('gongwen-report').parsed);
    assert.equal(onPage.quantities.length, doc.quantities.length, 'every quantity should have come from the Worker');
    assert.deepStrictEqual(onPage, doc, 'the Document should be the package’s');

    // revealSpan near the end of the text: scrolled to, flashed.
    const last = doc.indicators[doc.indicators.length - 1];
    const revealed = await page.evaluate(async (span) => {
      const el = document.querySelector('gongwen-report');
      const view = el.shadowRoot.querySelector('[data-testid="report-text"]');
      const ok = el.revealSpan(span);
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      for (let i = 0; i < 10; i++) await frame();
      const flash = CSS.highlights.get('gongwen-flash');
      const range = flash && [...flash][0];
      const box = range?.getBoundingClientRect();
      const panel = view.getBoundingClientRect();
      return {
        ok,
        text: range?.toString(),
        scrolled: view.scrollTop,
        inSight: !!box && box.top >= panel.top && box.bottom <= panel.bottom,
      };
    }, last.span);
    assert.equal(revealed.ok, true, 'revealSpan should find the span');
    assert.equal(revealed.text, text.slice(last.span.start, last.span.end), 'the flash should cover the span');
    assert.ok(revealed.scrolled > 10000, `the text view should have scrolled far down (${revealed.scrolled})`);
    assert.equal(revealed.inSight, true, 'the span should be in sight');

    // reveal by index, back near the start and again near the end.
    for (const index of [0, doc.quantities.length - 1]) {
      const shown = await page.evaluate(async (index) => {
        const el = document.querySelector('gongwen-report');
        const view = el.shadowRoot.querySelector('[data-testid="report-text"]');
        const ok = el.reveal('quantity', index);
        for (let i = 0; i < 6; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const mark = [...view.querySelectorAll('mark[data-kind="quantity"]')].find((m) => m.dataset.i.split(' ').includes(String(index)));
        const box = mark?.getBoundingClientRect();
        const panel = view.getBoundingClientRect();
        return { ok, text: mark?.textContent, inSight: !!box && box.top >= panel.top && box.bottom <= panel.bottom };
      }, index);
      const q = doc.quantities[index];
      assert.equal(shown.ok, true, `reveal('quantity', ${index}) should find it`);
      assert.ok(shown.text && text.slice(q.span.start, q.span.end).startsWith(shown.text), `quantity ${index} should be marked`);
      assert.equal(shown.inSight, true, `quantity ${index} should be in sight`);
    }

    // The text box comes back on demand, with the text.
    await page.locator('[data-testid="large-input-show"]').click();
    assert.equal(await page.locator('[data-testid="report-input"]').inputValue(), text, 'the text box should come back with the text');
    assert.equal(await page.locator('[data-testid="large-input"]').count(), 0, 'the note should go');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });
});
