// Word .docx files on the page (www/), in headless Chromium: opened through
// the file input or dropped, they show the outline, highlights and table of
// the Document the package gives for them; bad files get the reason, and no
// text decoded from their bytes. Nothing leaves the page's origin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseDocx } from 'gongwen';
import { browserTestOptions } from '../browser/harness.mjs';
import { expectedOutline, openPage, rendered, root, servePageAndBrowser } from './helpers.mjs';

const real = join(root, 'tests', 'fixtures', 'real');

/** The outline as the page shows it. */
function shownOutline(page) {
  return page.evaluate(() =>
    [...document.querySelector('gongwen-report').shadowRoot.querySelectorAll('[role="treeitem"]')].map((item) => ({
      level: Number(item.getAttribute('aria-level')),
      marker: item.querySelector('.marker').textContent,
      title: item.querySelector('.label').textContent,
      count: Number(item.dataset.count),
    })),
  );
}

describe('.docx on the page, in Chromium', browserTestOptions(), () => {
  let browser;
  let server;
  servePageAndBrowser((b, s) => {
    browser = b;
    server = s;
  });

  test('009.docx opens through the file input: outline, highlights and table as the package parses it', async () => {
    const { context, page, errors, external } = await openPage(browser, server);
    const path = join(real, '009.docx');
    const expected = await parseDocx(readFileSync(path));
    await page.locator('[data-testid="file-input"]').setInputFiles(path);
    await page.waitForFunction(
      () => document.querySelector('gongwen-report').shadowRoot.querySelectorAll('[role="treeitem"]').length > 0,
    );
    assert.deepStrictEqual(await rendered(page), expected.doc, 'should show the Document of the .docx');
    assert.deepStrictEqual(await shownOutline(page), expectedOutline(expected.doc), 'should show its outline');
    assert.equal(
      await page.locator('[data-testid="report-input"]').inputValue(),
      expected.text,
      'should put the extracted text in the input',
    );
    const marks = await page.evaluate(
      () => document.querySelector('gongwen-report').shadowRoot.querySelectorAll('mark[data-kind="indicator"]').length,
    );
    assert.ok(marks > 0, 'should highlight indicators');
    assert.match(await page.locator('[data-testid="file-status"]').textContent(), /docx/, 'should say it was a .docx');
    assert.deepStrictEqual(external, [], 'should send nothing elsewhere');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('a dropped .docx opens too', async () => {
    const { context, page, errors } = await openPage(browser, server);
    const bytes = [...readFileSync(join(real, '003.docx'))];
    const expected = await parseDocx(readFileSync(join(real, '003.docx')));
    await page.evaluate(async (bytes) => {
      const file = new File([new Uint8Array(bytes)], '报告.docx');
      const data = new DataTransfer();
      data.items.add(file);
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.querySelector('main').dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, bytes);
    await page.waitForFunction((t) => document.querySelector('[data-testid="report-input"]').value === t, expected.text);
    assert.deepStrictEqual(await rendered(page), expected.doc, 'should parse the dropped .docx');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('an old .doc, a PDF and an image get the reason, and no text from their bytes', async () => {
    const { context, page, errors } = await openPage(browser, server);
    const ole = Buffer.alloc(600);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const cases = [
      ['old.doc', ole, /save it as \.docx/],
      ['scan.pdf', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\u0000\u0001\u0002 stream'), /binary/],
      ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /binary/],
      ['cut.docx', readFileSync(join(real, '001.docx')).subarray(0, 3000), /damaged/],
    ];
    for (const [name, buffer, reason] of cases) {
      await page.locator('[data-testid="file-input"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
      const status = page.locator('[data-testid="file-status"]');
      await page.waitForFunction((n) => document.querySelector('[data-testid="file-status"]').textContent.includes(`无法读取 ${n}`), name);
      assert.match(await status.textContent(), reason, `should say why ${name} cannot be read`);
      assert.equal(await status.evaluate((el) => el.classList.contains('error')), true, `should show ${name}'s status as an error`);
      assert.equal(await page.locator('[data-testid="report-input"]').inputValue(), '', `should show no text for ${name}`);
    }
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });
});
