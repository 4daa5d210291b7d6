// The page's library (www/library.js) in headless Chromium: reports opened
// on the page are kept in IndexedDB on this device, listed in a panel that
// survives reloads, removable one by one or all at once; a reload puts the
// last pasted report back; a failed write is shown, never silent.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserTestOptions } from '../browser/harness.mjs';
import { openPage, parse, paste, rendered, root, seeds, servePageAndBrowser } from './helpers.mjs';

const real = (name) => join(root, 'tests', 'fixtures', 'real', name);

/** The library's items as the panel lists them: name and id. */
async function items(page) {
  await page.locator('#library-details').evaluate((details) => (details.open = true));
  return page.locator('[data-testid="library-item"]').evaluateAll((lis) =>
    lis.map((li) => ({ id: li.dataset.id, name: li.querySelector('[data-testid="library-open"]').textContent, current: li.getAttribute('aria-current') === 'true' })),
  );
}

/** What IndexedDB holds, read straight from the database (not through the page's code). */
function stored(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('gongwen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['reports', 'state'], 'readonly');
          const all = tx.objectStore('reports').getAll();
          const current = tx.objectStore('state').get('current');
          tx.oncomplete = () => {
            db.close();
            resolve({ reports: all.result, current: current.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Wait until IndexedDB holds `n` reports and, when given, one with text `text` and a Document. */
async function untilStored(page, n, text) {
  for (let i = 0; i < 100; i++) {
    const { reports } = await stored(page).catch(() => ({ reports: [] }));
    if (reports.length === n && (text === undefined || reports.some((r) => r.text === text && r.document))) return reports;
    await page.waitForTimeout(50);
  }
  const { reports } = await stored(page);
  assert.fail(`IndexedDB should hold ${n} reports${text ? ' with the text and its Document' : ''}; it holds ${reports.length}: ${reports.map((r) => r.name)}`);
}

describe('the library, in Chromium', browserTestOptions(), () => {
  let browser;
  let server;
  servePageAndBrowser((b, s) => {
    browser = b;
    server = s;
  });

  test('a pasted report is kept: after a reload the text is back in the box, parsed, and listed', async () => {
    const { context, page, errors, external } = await openPage(browser, server);
    assert.equal((await items(page)).length, 0, 'a new device has an empty library');
    const seed = seeds[1];
    const doc = await paste(page, seed.text);
    const reports = await untilStored(page, 1, seed.text);
    assert.equal(reports[0].size, seed.text.length, 'the record should have the text size');
    assert.deepStrictEqual(reports[0].document, doc, 'the record should hold the Document on screen');
    assert.equal(reports[0].name, doc.meta.title, 'a pasted report should be named after its title');
    assert.equal(typeof reports[0].savedAt, 'number', 'the record should have savedAt');

    await page.reload();
    await page.waitForFunction((t) => document.querySelector('[data-testid="report-input"]').value === t, seed.text);
    assert.deepStrictEqual(await rendered(page), parse(seed.text), 'the restored report should be on screen');
    const listed = await items(page);
    assert.deepStrictEqual(listed.map((i) => i.name), [doc.meta.title], 'the library should list the report after the reload');
    assert.equal(listed[0].current, true, 'and mark it as the one shown');
    assert.match(await page.locator('[data-testid="file-status"]').textContent(), /恢复/, 'the status line should say it was restored');

    // Typing into it edits that report (after a pause), not a new one.
    await page.locator('[data-testid="report-input"]').press('End');
    await page.keyboard.type('补记一句。', { delay: 20 });
    await untilStored(page, 1, seed.text + '补记一句。');
    await page.reload();
    await page.waitForFunction((t) => document.querySelector('[data-testid="report-input"]').value === t, seed.text + '补记一句。');
    assert.equal((await items(page)).length, 1, 'an edit should not add a second report');

    assert.deepStrictEqual(external, [], 'nothing should be sent anywhere');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('typing is written after a pause, not on every keystroke', async () => {
    const { context, page, errors } = await openPage(browser, server);
    await page.evaluate(() => {
      window.puts = 0;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'reports') window.puts++;
        return put.apply(this, args);
      };
    });
    await page.locator('[data-testid="report-input"]').focus();
    const typed = '一、总体情况\n全年地区生产总值增长百分之五左右，各项工作稳步推进。';
    await page.keyboard.type(typed, { delay: 25 });
    await untilStored(page, 1, typed);
    const puts = await page.evaluate(() => window.puts);
    assert.ok(puts >= 1 && puts <= 5, `${typed.length} keystrokes should give a few writes, not one each: ${puts}`);
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('files and examples are kept; a kept report reopens from the panel; the same text is kept once', async () => {
    const { context, page, errors } = await openPage(browser, server);
    await page.locator('[data-testid="file-input"]').setInputFiles(real('001.txt'));
    const first = readFileSync(real('001.txt'), 'utf8');
    await page.waitForFunction((t) => document.querySelector('[data-testid="report-input"]').value === t, first);
    await rendered(page);
    const options = page.locator('[data-testid="examples"] option:not([value=""])');
    await options.first().waitFor({ state: 'attached' });
    await page.locator('[data-testid="examples"]').selectOption(await options.nth(0).getAttribute('value'));
    await page.waitForFunction((t) => document.querySelector('[data-testid="report-input"]').value === t, seeds[0].text);
    await rendered(page);
    await untilStored(page, 2, seeds[0].text);
    let listed = await items(page);
    assert.deepStrictEqual(listed.map((i) => i.name).slice(1), ['001.txt'], 'the file should be listed by its name, below the newer example');
    assert.equal(listed[0].current, true, 'the example is the report shown');

    // Reopen the file from the panel.
    await page.locator('[data-testid="library-item"]', { hasText: '001.txt' }).locator('[data-testid="library-open"]').click();
    await page.waitForFunction((t) => document.querySelector('[data-testid="report-input"]').value === t, first);
    assert.deepStrictEqual(await rendered(page), parse(first), 'the kept report should be shown with its Document');
    listed = await items(page);
    assert.deepStrictEqual(listed.map((i) => [i.name, i.current]), [['001.txt', true], [listed[1].name, false]], 'reopened: first and current');

    // The same file again: no copy.
    await page.locator('[data-testid="file-input"]').setInputFiles(real('001.txt'));
    await page.waitForTimeout(300);
    assert.equal((await items(page)).length, 2, 'opening the same text again should not add a copy');
    assert.equal((await stored(page)).reports.length, 2, 'nor store one');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('remove one, then remove all (asked twice); both survive a reload', async () => {
    const { context, page, errors } = await openPage(browser, server);
    for (const seed of seeds.slice(0, 3)) await paste(page, seed.text);
    await untilStored(page, 3, seeds[2].text);
    let listed = await items(page);
    assert.equal(listed.length, 3, 'three pasted reports, three entries');
    const victim = listed[1];
    await page.locator(`[data-testid="library-item"][data-id="${victim.id}"] [data-testid="library-remove"]`).click();
    await untilStored(page, 2);
    listed = await items(page);
    assert.equal(listed.length, 2, 'one entry should be gone');
    assert.ok(!listed.some((i) => i.id === victim.id), 'the removed one');
    await page.reload();
    listed = await items(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length === 2);
    assert.ok(!(await items(page)).some((i) => i.id === victim.id), 'and stay gone after a reload');

    const clear = page.locator('[data-testid="library-clear"]');
    await clear.click();
    assert.equal((await items(page)).length, 2, 'the first click only asks');
    assert.match(await clear.textContent(), /确认/, 'the button should ask to confirm');
    await clear.click();
    await untilStored(page, 0);
    assert.equal((await items(page)).length, 0, 'the second click removes every entry');
    assert.equal(await clear.isHidden(), true, 'no "remove all" on an empty library');
    await page.reload();
    await page.waitForFunction(() => customElements.get('gongwen-report') !== undefined);
    await page.waitForTimeout(300);
    assert.equal((await items(page)).length, 0, 'the library should stay empty after a reload');
    assert.equal(await page.locator('[data-testid="report-input"]').inputValue(), '', 'and nothing is restored');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('a write refused for lack of space is shown in an alert; the report stays on the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await page.waitForFunction(() => customElements.get('gongwen-report') !== undefined);
    const alert = page.locator('[data-testid="library-alert"]');
    assert.equal(await alert.isHidden(), true, 'no alert before a write');
    const doc = await paste(page, seeds[0].text);
    assert.deepStrictEqual(doc, parse(seeds[0].text), 'the report should still be parsed and shown');
    await alert.waitFor({ state: 'visible' });
    assert.equal(await alert.getAttribute('role'), 'alert', 'the message should be an alert');
    assert.match(await alert.textContent(), /存储空间已满/, 'the alert should say the storage is full');
    assert.match(await alert.textContent(), /重新加载页面后会丢失/, 'and what that means');
    await context.close();
  });

  test('without IndexedDB (a private mode) the page says so, and still works and lists the session', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      };
    });
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await page.waitForFunction(() => customElements.get('gongwen-report') !== undefined);
    const alert = page.locator('[data-testid="library-alert"]');
    await alert.waitFor({ state: 'visible' });
    assert.match(await alert.textContent(), /不允许本页在这台设备上保存/, 'the alert should say nothing can be kept');
    const doc = await paste(page, seeds[3].text);
    assert.deepStrictEqual(doc, parse(seeds[3].text), 'the report should be parsed and shown');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length === 1);
    assert.equal(await alert.isVisible(), true, 'the alert stays while nothing can be kept');
    await context.close();
  });
});
