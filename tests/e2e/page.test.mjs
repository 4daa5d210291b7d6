// The paste-and-parse page (www/) in headless Chromium, end to end: every
// check compares what the page shows with the Document that the package
// gives for the same text, never with fixed numbers, so the tests hold as
// the parser learns more.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { toCSV, toMarkdown } from 'gongwen';
import { browserTestOptions } from '../browser/harness.mjs';
import { bigText, expectedOutline, openPage, parse, paste, rendered, results, root, seeds, servePageAndBrowser, setUp } from './helpers.mjs';

const largest = seeds.reduce((a, b) => (b.text.length > a.text.length ? b : a));

/** What the page shows for the current text: outline, table, marks, meta, warnings. */
function shown(page) {
  return page.evaluate(() => {
    const root = document.querySelector('gongwen-report').shadowRoot;
    const all = (selector) => [...root.querySelectorAll(selector)];
    const indices = (selector) => {
      const pieces = new Map();
      for (const mark of all(selector)) {
        for (const i of mark.dataset.i.split(' ').map(Number)) pieces.set(i, (pieces.get(i) ?? '') + mark.textContent);
      }
      return Object.fromEntries(pieces);
    };
    return {
      outline: all('[role="treeitem"]').map((item) => ({
        level: Number(item.getAttribute('aria-level')),
        marker: item.querySelector('.marker').textContent,
        title: item.querySelector('.label').textContent,
        count: Number(item.dataset.count),
      })),
      rows: all('tbody tr').map((tr) => [...tr.cells].map((td) => td.dataset.value)),
      headings: all('.text .h').length,
      indicators: indices('mark[data-kind="indicator"]'),
      quantities: indices('mark[data-kind="quantity"]'),
      text: root.querySelector('[data-testid="report-text"]').textContent,
      meta: Object.fromEntries(all('.meta dd').map((dd) => [dd.dataset.field, dd.textContent])),
      warnings: all('.warnings li').length,
    };
  });
}

describe('the page, in Chromium', browserTestOptions(), () => {
  let browser;
  let server;
  servePageAndBrowser((b, s) => {
    browser = b;
    server = s;
  });

  test('pasting each seed shows the outline, table, highlights and metadata of its Document', async () => {
    const { context, page, errors, external } = await openPage(browser, server);
    for (const seed of seeds) {
      const doc = parse(seed.text);
      const onPage = await paste(page, seed.text);
      assert.deepStrictEqual(onPage, doc, `${seed.name}: the element should hold the package's Document`);
      const view = await shown(page);
      assert.deepStrictEqual(view.outline, expectedOutline(doc), `${seed.name}: the outline should list every heading, level and indicator count`);
      assert.equal(view.rows.length, doc.indicators.length, `${seed.name}: the table should have one row per indicator`);
      assert.deepStrictEqual(
        view.rows.map((cells) => cells[1]),
        doc.indicators.map((i) => i.name),
        `${seed.name}: the rows should be the indicators, in order`,
      );
      assert.equal(view.text, seed.text, `${seed.name}: the text view should show the text exactly`);
      assert.equal(view.headings, expectedOutline(doc).length, `${seed.name}: every heading should be styled in the text`);
      const expectIndicators = Object.fromEntries(doc.indicators.map((i, n) => [n, seed.text.slice(i.span.start, i.span.end)]));
      assert.ok(doc.indicators.length > 0, `${seed.name}: the seed should have indicators to highlight`);
      assert.deepStrictEqual(view.indicators, expectIndicators, `${seed.name}: every indicator should be highlighted over its exact span`);
      const expectQuantities = Object.fromEntries(doc.quantities.map((q, n) => [n, seed.text.slice(q.span.start, q.span.end)]));
      assert.deepStrictEqual(view.quantities, expectQuantities, `${seed.name}: every quantity should be highlighted over its exact span`);
      assert.equal(view.meta.title, doc.meta.title ?? '—', `${seed.name}: the metadata card should show the title`);
      assert.equal(view.meta.region, doc.meta.region ?? '—', `${seed.name}: the metadata card should show the region`);
      assert.equal(view.warnings, doc.warnings.length, `${seed.name}: every warning should be listed`);
    }
    assert.deepStrictEqual(external, [], 'should make no request to another origin');
    assert.deepStrictEqual(errors, [], 'should log no error or warning (no CSP violation)');
    await context.close();
  });

  test('indicators and quantities nest, split and merge exactly; tooltips give the normalised value on hover and focus', async () => {
    const { context, page, errors } = await openPage(browser, server);
    const text = '一、总体情况\n全年地区生产总值801.05亿元，同比下降3.6%，居全市第一。\n二、主要目标\n地区生产总值增长6%左右。';
    const at = (needle, from = 0) => {
      const start = text.indexOf(needle, from);
      assert.ok(start >= 0, needle);
      return { start, end: start + needle.length };
    };
    const clause = at('地区生产总值801.05亿元，同比下降3.6%');
    const indicator = (fields) => ({
      key: 'gdp', name: '地区生产总值', upper: null, qualifier: null, kind: null, estimated: false, ...fields,
    });
    const doc = {
      schemaVersion: 1,
      meta: {
        title: '<img src=x onerror="window.pwned=1">', region: '云溪县', issuer: null, publishDate: '2024-01-12', meeting: null,
        yearReviewed: 2023, yearPlanned: 2024, docType: 'plan_report', status: null, titleSpan: null,
      },
      outline: [
        { level: 1, marker: '一、', title: '总体情况', kind: 'numbered', span: at('一、总体情况'), section: { start: 0, end: at('二、').start }, children: [] },
        { level: 1, marker: '二、', title: '主要目标', kind: 'numbered', span: at('二、主要目标'), section: { start: at('二、').start, end: text.length }, children: [] },
      ],
      indicators: [
        indicator({ role: 'actual', year: 2023, measure: 'level', value: 801.05, unit: '亿元', direction: null, text: text.slice(clause.start, clause.end), span: clause }),
        indicator({ role: 'actual', year: 2023, measure: 'growth', value: -3.6, unit: '%', direction: 'down', text: text.slice(clause.start, clause.end), span: clause }),
        indicator({ role: 'target', year: 2024, measure: 'growth', value: 6, unit: '%', direction: 'up', qualifier: '左右', kind: 'expected', text: '地区生产总值增长6%左右', span: at('地区生产总值增长6%左右') }),
      ],
      quantities: [
        { text: '801.05亿元', value: 80105000000, unit: '元', kind: 'money', approx: null, span: at('801.05亿元') },
        // crosses the clause's end: drawn as two pieces
        { text: '3.6%，居全市第一', value: -3.6, unit: '%', kind: 'percent', approx: null, span: { start: at('3.6%').start, end: at('第一').end } },
        { text: '6%', value: 6, unit: '%', kind: 'percent', approx: '左右', span: at('6%') },
      ],
      glossary: [],
      warnings: [{ code: 'test-warning', message: '<script>window.pwned=2</script>', span: at('二、主要目标') }],
    };
    const given = await page.evaluate(({ text, doc }) => {
      const el = document.querySelector('gongwen-report');
      el.text = text;
      el.doc = doc;
      return el.parsed;
    }, { text, doc });
    assert.deepStrictEqual(given, doc, 'a Document given through `doc` should be shown as it is, not parsed again');
    const view = await shown(page);
    assert.equal(view.text, text, 'should show the text exactly');
    const clauseText = text.slice(clause.start, clause.end);
    assert.deepStrictEqual(view.indicators, { 0: clauseText, 1: clauseText, 2: '地区生产总值增长6%左右' }, 'indicators should cover their spans');
    assert.deepStrictEqual(view.quantities, { 0: '801.05亿元', 1: '3.6%，居全市第一', 2: '6%' }, 'a crossing quantity should be split into pieces that add up to its span');
    const structure = await page.evaluate(() => {
      const root = document.querySelector('gongwen-report').shadowRoot;
      return {
        merged: root.querySelectorAll('mark[data-kind="indicator"][data-i="0 1"]').length,
        nested: root.querySelectorAll('mark[data-kind="indicator"] > mark[data-kind="quantity"][data-i="0"]').length,
        pieces: root.querySelectorAll('mark[data-kind="quantity"][data-i="1"]').length,
        images: root.querySelectorAll('img, script').length + document.querySelectorAll('img, script:not([src]):not([type])').length,
        chart: root.querySelector('[data-testid="chart"]').hidden,
        charts: root.querySelectorAll('[data-testid="chart"] figure svg[role="img"]').length,
      };
    });
    assert.equal(structure.merged, 1, 'a level and a growth on one clause should share one mark');
    assert.equal(structure.nested, 1, 'a quantity inside an indicator clause should nest in its mark');
    assert.equal(structure.pieces, 2, 'a span crossing its parent should be split in two');
    assert.equal(structure.images, 0, 'markup in the metadata or warnings should stay text');
    assert.equal(structure.chart, false, 'an actual and a target of one key should show the chart');
    assert.equal(structure.charts, 1, 'one chart per indicator key');

    const tip = page.locator('[part="tooltip"]');
    await page.locator('mark[data-kind="quantity"][data-i="0"]').hover();
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.textContent(), /801\.05亿元 = 80,105,000,000 元/, 'hover should show the money in 元');
    assert.match(await tip.textContent(), /同比下降3\.6% → −3\.6%/, 'the indicator around it should show its signed growth');

    const first = page.locator('mark[tabindex="0"]');
    assert.equal(await first.count(), 1, 'one mark should be in the tab order (roving tabindex)');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => {
      const active = document.querySelector('gongwen-report').shadowRoot.activeElement;
      return { kind: active.dataset.kind, i: active.dataset.i, described: active.getAttribute('aria-describedby') };
    });
    assert.deepStrictEqual(focused, { kind: 'quantity', i: '0', described: 'tip' }, 'ArrowRight should move to the next mark and describe it');
    assert.equal(await tip.isVisible(), true, 'focus should show the tooltip');
    await page.locator('.warnings button[data-span]').click();
    assert.equal(await page.evaluate(() => CSS.highlights.has('gongwen-flash')), true, "a warning's button should flash its place in the text");
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'nothing should run');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('a pasted <img onerror> or <script> shows as text and never runs', async () => {
    const { context, page, errors, external } = await openPage(browser, server);
    const payload =
      '一、<img src=x onerror="window.pwned=1">总体情况\n' +
      '<script>window.pwned=2</script>全年地区生产总值增长5%。\n' +
      '二、<svg onload="window.pwned=3"></svg><iframe src="javascript:window.pwned=4"></iframe>目标\n地区生产总值增长6%左右。';
    const doc = await paste(page, payload);
    assert.deepStrictEqual(doc, parse(payload), 'should parse the payload as text');
    const result = await page.evaluate(() => {
      const root = document.querySelector('gongwen-report').shadowRoot;
      return {
        pwned: window.pwned,
        elements: root.querySelectorAll('.text img, .text script, .text svg, .text iframe, .tree img').length,
        text: root.querySelector('[data-testid="report-text"]').textContent,
        firstItem: root.querySelector('[role="treeitem"] .label')?.textContent ?? null,
      };
    });
    assert.equal(result.pwned, undefined, 'no handler or script should run');
    assert.equal(result.elements, 0, 'no element should be made from the text');
    assert.equal(result.text, payload, 'the payload should show as text');
    if (doc.outline.length > 0) assert.equal(result.firstItem, doc.outline[0].title, 'the outline should show the title as text');
    assert.ok(!server.requests.some((r) => r.path === '/x'), 'the <img src=x> should never be fetched');
    assert.deepStrictEqual(external, [], 'should make no request to another origin');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('clicking an outline item scrolls the text view to its heading and flashes it', async () => {
    const { context, page, errors } = await openPage(browser, server);
    const doc = await paste(page, largest.text);
    const last = expectedOutline(doc).length - 1;
    assert.ok(last > 0, 'the seed should have headings');
    const selected = page.evaluate(
      () => new Promise((resolve) => document.querySelector('gongwen-report').addEventListener('gongwen-select', (e) => resolve({ kind: e.detail.kind, index: e.detail.index }), { once: true })),
    );
    await page.locator(`[role="treeitem"][data-i="${last}"] > .row`).click();
    assert.deepStrictEqual(await selected, { kind: 'heading', index: last }, 'should emit gongwen-select');
    await page.waitForFunction((i) => {
      const root = document.querySelector('gongwen-report').shadowRoot;
      const view = root.querySelector('[data-testid="report-text"]');
      const heading = root.querySelectorAll('.text .h')[i];
      const a = heading.getBoundingClientRect();
      const b = view.getBoundingClientRect();
      return view.scrollTop > 0 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    }, last);
    const state = await page.evaluate((i) => {
      const root = document.querySelector('gongwen-report').shadowRoot;
      return {
        selected: root.querySelector(`[role="treeitem"][data-i="${i}"]`).getAttribute('aria-selected'),
        flashing: root.querySelectorAll('.text .h')[i].getAnimations().length,
      };
    }, last);
    assert.equal(state.selected, 'true', 'the item should be selected');
    assert.ok(state.flashing > 0, 'the heading should flash');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('the outline is an ARIA tree navigable by keyboard, with a roving tabindex and visible focus', async () => {
    const { context, page, errors } = await openPage(browser, server);
    const doc = await paste(page, largest.text);
    const parentIndex = doc.outline.findIndex((h) => h.children.length > 0);
    assert.ok(parentIndex >= 0, 'the seed should have a heading with sub-headings');
    const flat = expectedOutline(doc);
    // pre-order index of the first top-level heading with children
    let index = 0;
    for (let n = 0; n < parentIndex; n++) index += 1 + countAll(doc.outline[n].children);
    const state = () =>
      page.evaluate(() => {
        const root = document.querySelector('gongwen-report').shadowRoot;
        const active = root.activeElement;
        return {
          focused: active ? Number(active.dataset.i) : null,
          tabbable: [...root.querySelectorAll('[role="treeitem"][tabindex="0"]')].map((e) => Number(e.dataset.i)),
          outline: active ? getComputedStyle(active.querySelector('.row')).outlineStyle : null,
          expanded: active?.getAttribute('aria-expanded') ?? null,
        };
      });
    assert.equal(await page.locator('[role="tree"]').count(), 1, 'should have role tree');
    // Tab from the input reaches the tree
    await page.locator('[data-testid="report-input"]').focus();
    for (let n = 0; n < 10 && (await state()).focused === null; n++) await page.keyboard.press('Tab');
    let s = await state();
    assert.equal(s.focused, 0, 'Tab should reach the first tree item');
    assert.equal(s.outline, 'solid', 'keyboard focus should be visible');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    for (let n = 0; n < index; n++) await page.keyboard.press('ArrowDown');
    s = await state();
    assert.equal(s.focused, index, 'ArrowDown should walk the items in order');
    assert.deepStrictEqual(s.tabbable, [index], 'only the focused item should be tabbable');
    assert.equal(s.expanded, 'true', 'a heading with sub-headings starts expanded');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await state()).expanded, 'false', 'ArrowLeft should collapse');
    await page.keyboard.press('ArrowDown');
    const next = index + 1 + countAll(doc.outline[parentIndex].children);
    if (next < flat.length) assert.equal((await state()).focused, next, 'ArrowDown should skip a collapsed branch');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    assert.equal((await state()).expanded, 'true', 'ArrowRight should expand');
    await page.keyboard.press('ArrowRight');
    assert.equal((await state()).focused, index + 1, 'ArrowRight on an open item should go to its first child');
    if ((await state()).expanded === 'true') {
      await page.keyboard.press('ArrowLeft');
      assert.equal((await state()).expanded, 'false', 'ArrowLeft on an open child should collapse it first');
    }
    await page.keyboard.press('ArrowLeft');
    assert.equal((await state()).focused, index, 'ArrowLeft on a child should go to its parent');
    const before = await page.evaluate(() => document.querySelector('gongwen-report').shadowRoot.querySelector('[data-testid="report-text"]').scrollTop);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (b) => document.querySelector('gongwen-report').shadowRoot.querySelector('[data-testid="report-text"]').scrollTop !== b,
      before,
    );
    const selected = await page.evaluate(() => document.querySelector('gongwen-report').shadowRoot.querySelector('[aria-selected="true"]').dataset.i);
    assert.equal(Number(selected), index + 1, 'Enter should select the item and scroll the text to it');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('a branch the user closed stays closed while the text is edited', async () => {
    const { context, page, errors } = await openPage(browser, server);
    const doc = await paste(page, largest.text);
    const parent = doc.outline.findIndex((h) => h.children.length > 0);
    let index = 0;
    for (let n = 0; n < parent; n++) index += 1 + countAll(doc.outline[n].children);
    await page.locator(`[role="treeitem"][data-i="${index}"] > .row > .twisty`).click();
    assert.equal(await page.locator(`[role="treeitem"][data-i="${index}"]`).getAttribute('aria-expanded'), 'false', 'the twisty should close the branch');
    await page.locator('[data-testid="report-input"]').press('End');
    await page.keyboard.type('。');
    const edited = await rendered(page);
    assert.deepStrictEqual(edited, parse(largest.text + '。'), 'the edit should be parsed');
    assert.equal(await page.locator(`[role="treeitem"][data-i="${index}"]`).getAttribute('aria-expanded'), 'false', 'the branch should stay closed');
    assert.equal(await page.locator(`[role="treeitem"][data-i="${index + 1}"]`).isVisible(), false, 'its children should stay hidden');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('the table filters by role and year, sorts by any column, and a row click scrolls to its source', async () => {
    const { context, page, errors } = await openPage(browser, server);
    // the seed with the most roles and years
    const pick = seeds
      .map((seed) => ({ seed, doc: parse(seed.text) }))
      .sort((a, b) => new Set(b.doc.indicators.map((i) => `${i.role}${i.year}`)).size - new Set(a.doc.indicators.map((i) => `${i.role}${i.year}`)).size)[0];
    const { doc } = pick;
    await paste(page, pick.seed.text);
    const rows = () => page.evaluate(() => [...document.querySelector('gongwen-report').shadowRoot.querySelectorAll('tbody tr')].map((tr) => ({ i: Number(tr.dataset.i), role: tr.dataset.role, year: tr.cells[3].dataset.value, value: tr.cells[5].dataset.value })));
    for (const role of ['actual', 'target']) {
      await page.locator('[data-testid="filter-role"]').selectOption(role);
      const shownRows = await rows();
      assert.deepStrictEqual(shownRows.map((r) => r.i), doc.indicators.flatMap((x, n) => (x.role === role ? [n] : [])), `role ${role}: should show exactly those rows`);
    }
    await page.locator('[data-testid="filter-role"]').selectOption('');
    const years = [...new Set(doc.indicators.map((i) => i.year).filter((y) => y != null))];
    for (const year of years) {
      await page.locator('[data-testid="filter-year"]').selectOption(String(year));
      assert.deepStrictEqual((await rows()).map((r) => r.i), doc.indicators.flatMap((x, n) => (x.year === year ? [n] : [])), `year ${year}: should show exactly those rows`);
    }
    await page.locator('[data-testid="filter-year"]').selectOption('');
    assert.equal((await rows()).length, doc.indicators.length, 'no filter: every row');

    const header = (col) => page.locator(`th[data-col="${col}"] button`);
    await header('value').click();
    const values = (await rows()).map((r) => (r.value === '' ? null : Number(r.value)));
    const numbers = values.filter((v) => v !== null);
    assert.deepStrictEqual(numbers, [...numbers].sort((a, b) => a - b), 'value ascending');
    assert.ok(values.indexOf(null) === -1 || values.slice(values.indexOf(null)).every((v) => v === null), 'empty values last');
    assert.equal(await page.locator('th[data-col="value"]').getAttribute('aria-sort'), 'ascending', 'aria-sort should say ascending');
    await header('value').click();
    const down = (await rows()).map((r) => r.value).filter((v) => v !== '').map(Number);
    assert.deepStrictEqual(down, [...down].sort((a, b) => b - a), 'value descending on a second click');
    await header('year').click();
    const yearsShown = (await rows()).map((r) => r.year).filter((v) => v !== '').map(Number);
    assert.deepStrictEqual(yearsShown, [...yearsShown].sort((a, b) => a - b), 'year ascending');
    for (const [col] of [['key'], ['name'], ['role'], ['measure'], ['unit'], ['direction'], ['qualifier'], ['kind']]) {
      await header(col).click();
      assert.equal((await rows()).length, doc.indicators.length, `sorting by ${col} should keep every row`);
      assert.equal(await page.locator(`th[data-col="${col}"]`).getAttribute('aria-sort'), 'ascending', `${col} should sort`);
    }

    // a row click scrolls to the last indicator's source
    const target = doc.indicators.length - 1;
    await page.locator(`tbody tr[data-i="${target}"] td[data-col="role"]`).click();
    await page.waitForFunction((i) => {
      const root = document.querySelector('gongwen-report').shadowRoot;
      const view = root.querySelector('[data-testid="report-text"]');
      const mark = [...root.querySelectorAll('mark[data-kind="indicator"]')].find((m) => m.dataset.i.split(' ').includes(String(i)));
      const a = mark.getBoundingClientRect();
      const b = view.getBoundingClientRect();
      return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    }, target);
    assert.equal(await page.locator(`tbody tr[data-i="${target}"]`).getAttribute('aria-selected'), 'true', 'the row should be selected');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('exports: the CSV (with a BOM) has one row per indicator; JSON and Markdown are the Document', async () => {
    const { context, page, errors } = await openPage(browser, server);
    const seed = largest;
    const doc = await paste(page, seed.text);
    const save = async (id) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${id}"]`).click()]);
      const path = join(results, `export-${download.suggestedFilename()}`);
      await download.saveAs(path);
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };
    const csv = await save('export-csv');
    assert.match(csv.name, /\.csv$/, 'should name the file .csv');
    assert.deepStrictEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'should start with a UTF-8 BOM for Excel');
    const text = csv.bytes.toString('utf8');
    assert.equal(text, toCSV(doc), 'should be toCSV of the Document');
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    assert.equal(lines[0], 'key,name,role,year,measure,value,unit,direction,qualifier,kind,estimated,text', 'should have the header');
    assert.equal(lines.length, doc.indicators.length + 1, 'one line per indicator after the header');
    const json = await save('export-json');
    assert.deepStrictEqual(JSON.parse(json.bytes.toString('utf8')), doc, 'the JSON should be the Document');
    const md = await save('export-md');
    assert.equal(md.bytes.toString('utf8'), toMarkdown(doc), 'the Markdown should be toMarkdown of the Document');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('a GBK file opens through the file input, and a UTF-8 .txt dropped on the page opens', async () => {
    const { context, page, errors } = await openPage(browser, server);
    const gbkPath = join(import.meta.dirname, 'fixtures', 'gbk-report.txt');
    const bytes = readFileSync(gbkPath);
    const expected = new TextDecoder('gbk').decode(bytes);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture should not be valid UTF-8');
    await page.locator('[data-testid="file-input"]').setInputFiles(gbkPath);
    // (a textarea shows CRLF as LF; the element parses the file's text as it is)
    await page.waitForFunction((t) => document.querySelector('[data-testid="report-input"]').value === t, expected.replace(/\r\n?/g, '\n'));
    const doc = await rendered(page);
    assert.deepStrictEqual(doc, parse(expected), 'the GBK file should be decoded and parsed');
    assert.ok(doc.outline.length > 0, 'the GBK sample should have an outline');
    assert.match(await page.locator('[data-testid="file-status"]').textContent(), /GBK/, 'should say it was GBK');
    assert.deepStrictEqual(
      (await shown(page)).outline,
      expectedOutline(doc),
      'the outline should show the GBK report',
    );

    const seed = seeds[seeds.length - 1];
    await page.evaluate(async (text) => {
      const file = new File([new TextEncoder().encode(text)], 'report.txt', { type: 'text/plain' });
      const data = new DataTransfer();
      data.items.add(file);
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.querySelector('main').dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, seed.text);
    await page.waitForFunction((t) => document.querySelector('[data-testid="report-input"]').value === t, seed.text);
    assert.deepStrictEqual(await rendered(page), parse(seed.text), 'a dropped file should be parsed');
    assert.equal(await page.locator('#drop').isHidden(), true, 'the drop hint should go away');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('the examples menu offers the seeds; clear empties everything', async () => {
    const { context, page, errors, external } = await openPage(browser, server);
    const options = page.locator('[data-testid="examples"] option:not([value=""])');
    await options.first().waitFor({ state: 'attached' });
    assert.equal(await options.count(), seeds.length, 'one example per seed report');
    const value = await options.nth(2).getAttribute('value');
    await page.locator('[data-testid="examples"]').selectOption(value);
    await page.waitForFunction((t) => document.querySelector('[data-testid="report-input"]').value === t, seeds[2].text);
    assert.deepStrictEqual(await rendered(page), parse(seeds[2].text), 'the example should be parsed');
    assert.equal(await page.locator('[data-testid="export-csv"]').isEnabled(), true, 'exports should be enabled');
    await page.locator('[data-testid="clear"]').click();
    assert.equal(await page.locator('[data-testid="report-input"]').inputValue(), '', 'the input should be empty');
    assert.equal(await rendered(page), null, 'no Document');
    assert.equal(await page.locator('[role="treeitem"]').count(), 0, 'no outline');
    assert.equal(await page.locator('[data-testid="export-csv"]').isDisabled(), true, 'exports should be disabled');
    assert.match(await page.locator('[data-testid="privacy"]').textContent(), /不会上传/, 'the privacy line should be visible');
    assert.equal(await page.locator('[data-testid="privacy"]').isVisible(), true, 'the privacy line should be visible');
    assert.deepStrictEqual(external, [], 'should make no request to another origin');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('typing is debounced in the Worker; a 1 MB paste stays responsive', async () => {
    const { context, page, errors } = await openPage(browser, server);
    await paste(page, seeds[0].text);
    await page.evaluate(() => {
      window.parses = 0;
      document.querySelector('gongwen-report').addEventListener('gongwen-parsed', () => window.parses++);
    });
    await page.locator('[data-testid="report-input"]').press('End');
    await page.keyboard.type('全年地区生产总值增长百分之五左右。', { delay: 30 });
    const doc = await rendered(page);
    const typed = await page.locator('[data-testid="report-input"]').inputValue();
    assert.deepStrictEqual(doc, parse(typed), 'the last render should be of the last text');
    const parses = await page.evaluate(() => window.parses);
    assert.ok(parses >= 1 && parses <= 4, `17 keystrokes should make few renders, not one each (made ${parses})`);

    // 1 MB: the main thread must keep answering while the Worker parses and the view renders.
    const big = bigText(1 << 20);
    const timing = await page.evaluate(async (text) => {
      const el = document.querySelector('gongwen-report');
      const input = document.querySelector('[data-testid="report-input"]');
      // The textarea's own cost of holding 1 MB is the browser's: pay it first, then measure ours.
      input.value = text;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const longest = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longest.push(e.duration)));
      observer.observe({ type: 'longtask' });
      const started = performance.now();
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
      const pasted = performance.now() - started;
      // frames while it works: the gaps between animation frames
      const gaps = [];
      let last = performance.now();
      let done = false;
      const tick = (now) => {
        gaps.push(now - last);
        last = now;
        if (!done) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const doc = await el.parsed;
      done = true;
      const total = performance.now() - started;
      await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      return { pasted, total, maxGap: Math.max(...gaps), longest: Math.max(0, ...longest), items: doc.outline.length };
    }, big);
    console.log(`1 MB paste: input handler ${timing.pasted.toFixed(1)} ms, rendered after ${timing.total.toFixed(0)} ms, longest frame gap ${timing.maxGap.toFixed(0)} ms, longest task ${timing.longest.toFixed(0)} ms`);
    assert.ok(timing.pasted < 50, `the input handler should return at once (${timing.pasted.toFixed(1)} ms)`);
    assert.ok(timing.longest < 200, `no main-thread task should block for long (${timing.longest.toFixed(0)} ms)`);
    assert.ok(timing.items > 0, 'the 1 MB text should be rendered');
    // and typing still works on it
    await page.locator('[data-testid="report-input"]').press('End');
    const keyStart = Date.now();
    await page.keyboard.type('好', { delay: 0 });
    assert.ok(Date.now() - keyStart < 1000, 'a keystroke in a 1 MB text should be handled promptly');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('a long text with thousands of marks renders exactly, a batch per frame, with no long task', async () => {
    const { context, page, errors } = await openPage(browser, server);
    const text = bigText(1 << 20);
    const doc = parse(text);
    // Quantities as the parser will give them: every number with its unit, some inside indicators.
    const numbers = /\d+(?:\.\d+)?(?:亿元|万元|%|个百分点|家|个|项|人)?/g;
    for (let m; (m = numbers.exec(text)); ) {
      doc.quantities.push({ text: m[0], value: Number.parseFloat(m[0]), unit: '个', kind: 'count', approx: null, span: { start: m.index, end: m.index + m[0].length } });
    }
    await page.evaluate(([text, doc]) => Object.assign(window, { text, doc }), [text, doc]);
    await page.waitForTimeout(300); // (handing over 3 MB is a long task of its own)
    const result = await page.evaluate(async () => {
      const el = document.querySelector('gongwen-report');
      const tasks = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
      observer.observe({ type: 'longtask' });
      el.text = window.text;
      el.doc = window.doc;
      await el.parsed;
      await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      const longest = Math.max(0, ...tasks);
      // A text this long is virtualised: only the pages near the part in sight hold their text.
      // Scroll each page into sight: it holds its part of the text, exactly, with its marks.
      const root = el.shadowRoot;
      const view = root.querySelector('[data-testid="report-text"]');
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const parts = [];
      const seen = new Set();
      let most = 0; // the most characters in the DOM at once
      for (const page of view.querySelectorAll('.page')) {
        page.scrollIntoView();
        await frame();
        await frame();
        parts.push(page.textContent);
        for (const mark of page.querySelectorAll('mark[data-kind="quantity"]')) for (const i of mark.dataset.i.split(' ')) seen.add(i);
        most = Math.max(most, view.textContent.length);
      }
      return { longest, pages: parts.length, exact: parts.join('') === window.text, quantities: seen.size, most };
    });
    assert.ok(result.pages > 1, 'the long text should be in pages');
    assert.equal(result.exact, true, 'the text view should hold the text exactly');
    assert.equal(result.quantities, doc.quantities.length, `every quantity should be marked (${doc.quantities.length})`);
    assert.ok(result.most < text.length / 3, `only the pages near the part in sight should be in the DOM (at most ${result.most} of ${text.length} characters)`);
    assert.ok(result.longest < 200, `no task should block the page for long (${result.longest.toFixed(0)} ms)`);
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('no layout shift while the text is parsed; usable and screenshotted at 1440 and 390 px, light and dark', async () => {
    for (const [name, viewport, colorScheme] of [
      ['wide', { width: 1440, height: 900 }, 'light'],
      ['narrow', { width: 390, height: 844 }, 'light'],
      ['dark', { width: 1440, height: 900 }, 'dark'],
    ]) {
      const { context, page, errors } = await openPage(browser, server, { viewport, colorScheme, path: '/#example=1' });
      await page.evaluate(() => {
        window.shift = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.shift += e.value))).observe({ type: 'layout-shift', buffered: true });
      });
      await page.waitForFunction(() => document.querySelector('gongwen-report').doc !== null);
      const doc = await rendered(page);
      assert.deepStrictEqual(doc, parse(seeds[1].text), `${name}: the example should be on screen`);
      await page.evaluate(() => window.scrollTo(0, 0));
      // Typing re-parses: nothing may move.
      await page.evaluate(() => (window.shift = 0));
      await page.locator('[data-testid="report-input"]').press('End');
      await page.keyboard.type('一、新增标题\n全年增长5%。', { delay: 20 });
      await rendered(page);
      await page.waitForTimeout(100);
      const shift = await page.evaluate(() => window.shift);
      assert.ok(shift < 0.01, `${name}: re-parsing should not shift the layout (CLS ${shift.toFixed(4)})`);
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        bg: getComputedStyle(document.querySelector('gongwen-report').shadowRoot.querySelector('.panel')).backgroundColor,
        font: getComputedStyle(document.querySelector('gongwen-report').shadowRoot.querySelector('.text')).fontFamily,
      }));
      assert.ok(layout.overflow <= 0, `${name}: nothing should overflow the viewport sideways (${layout.overflow} px)`);
      assert.match(layout.font, /PingFang SC|Microsoft YaHei|Noto Sans CJK SC/, `${name}: a Chinese font stack`);
      assert.equal(layout.bg === 'rgb(13, 17, 23)', colorScheme === 'dark', `${name}: the ${colorScheme} theme (${layout.bg})`);
      await page.locator('[data-testid="report-input"]').fill(seeds[1].text);
      await rendered(page);
      await page.evaluate(() => {
        const input = document.querySelector('[data-testid="report-input"]');
        input.blur();
        input.scrollTop = 0;
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: join(results, `page-${name}.png`) });
      await page.screenshot({ path: join(results, `page-${name}-full.png`), fullPage: true });
      assert.deepStrictEqual(errors, [], `${name}: should log no error`);
      await context.close();
    }
  });

  test('axe-core finds no accessibility violation (WCAG 2.2 A/AA and best practices), empty or loaded, wide or narrow, light or dark', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const [name, viewport, colorScheme, path] of [
      ['empty', { width: 1440, height: 900 }, 'light', '/'],
      ['wide, light', { width: 1440, height: 900 }, 'light', '/#example=1'],
      ['narrow, dark', { width: 390, height: 844 }, 'dark', '/#example=3'],
    ]) {
      const { context, page, errors } = await openPage(browser, server, { viewport, colorScheme, path });
      if (path !== '/') await page.waitForFunction(() => document.querySelector('gongwen-report').doc !== null);
      await rendered(page);
      if (path !== '/') await page.locator('mark').first().hover(); // with the tooltip open
      await page.evaluate(axe); // (evaluated by the driver: the page's CSP allows no injected script)
      const violations = await page.evaluate(async () => {
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      });
      assert.deepStrictEqual(violations, [], `${name}: should have no accessibility violation`);
      assert.deepStrictEqual(errors, [], `${name}: should log no error`);
      await context.close();
    }
  });

  test('a rich paste (text/html with bold) gives the outline the bold as evidence; the plain text is what is parsed', async () => {
    const { context, page, errors } = await openPage(browser, server);
    const text = '一、工作回顾\n科技创新成果丰硕。全年新增高新技术企业一百二十家，研发投入持续增长。\n另外还有一段普通的正文，说明其他方面的情况。\n';
    const html =
      '<p>一、工作回顾</p><p><strong>科技创新成果丰硕。</strong>全年新增高新技术企业一百二十家，研发投入持续增长。</p>' +
      '<p>另外还有一段普通的正文，说明其他方面的情况。</p><img src="x" onerror="window.pwned=1"><script>window.pwned=2</script>';
    const pasteWith = (types) =>
      page.evaluate(
        ({ text, types }) => {
          const input = document.querySelector('[data-testid="report-input"]');
          input.value = '';
          input.focus();
          const data = new DataTransfer();
          for (const [type, value] of Object.entries(types)) data.setData(type, value);
          input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
          input.value = text; // what the browser inserts: the plain text
          input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        },
        { text, types },
      );
    await pasteWith({ 'text/plain': text });
    const plain = await rendered(page);
    assert.deepStrictEqual(plain, parse(text), 'a plain paste should parse as the package does');
    assert.equal(countAll(plain.outline), 1, 'a lone short opening sentence is body text in plain text');
    await pasteWith({ 'text/plain': text, 'text/html': html });
    await page.waitForFunction(() => document.querySelector('gongwen-report').hints !== null);
    const rich = await rendered(page);
    const titles = [];
    const walk = (list) => list.forEach((h) => (titles.push(h.title), walk(h.children)));
    walk(rich.outline);
    assert.deepStrictEqual(titles, ['工作回顾', '科技创新成果丰硕'], 'the bold lead sentence should be a heading');
    assert.equal(await page.evaluate(() => document.querySelector('[data-testid="report-input"]').value), text, 'the box should hold the plain text');
    assert.equal(await page.evaluate(() => window.pwned ?? null), null, 'nothing in the pasted HTML may run');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  // Offline for real: the server goes away, as when the network does. (A
  // browser's offline emulation is no proof: Chromium 148 lets a service
  // worker's own fetches through it.) The page, its worker, the .wasm and the
  // example must all come from the service worker's copy.
  test('works once the server is gone (service worker), with no request to other origins', async () => {
    const own = await setUp();
    const { context, page, errors, external } = await openPage(browser, own);
    await untilControlled(page);
    await own.close();
    const answered = own.requests.length;
    await page.reload();
    await page.waitForFunction(() => customElements.get('gongwen-report') !== undefined);
    const doc = await paste(page, seeds[4].text);
    assert.deepStrictEqual(doc, parse(seeds[4].text), 'should parse with the server gone');
    assert.equal(await page.locator('[role="treeitem"]').count(), expectedOutline(doc).length, 'should show the outline with the server gone');
    assert.equal(own.requests.length, answered, 'should have been answered by no server');
    assert.deepStrictEqual(external, [], 'should make no request to another origin');
    const unreachable = /ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch|sw\.js/;
    assert.deepStrictEqual(errors.filter((e) => !unreachable.test(e)), [], 'should log no error');
    await context.close();
  });

  // Network first: a deploy reaches a user who already has the page on the
  // next load, not only once the service worker is replaced.
  test('shows a new deploy on the next load, with the service worker in control', async () => {
    const own = await setUp();
    try {
      const { context, page, errors } = await openPage(browser, own);
      await untilControlled(page);
      const before = await page.title();
      own.overrides.set('/index.html', readFileSync(join(root, 'www', 'index.html'), 'utf8').replace(/<title>[^<]*</, '<title>deployed again<'));
      await page.reload();
      await page.waitForFunction(() => customElements.get('gongwen-report') !== undefined);
      assert.notEqual(before, 'deployed again');
      assert.equal(await page.title(), 'deployed again', 'should show the new page on the next load');
      assert.deepStrictEqual(errors, [], 'should log no error');
      await context.close();
    } finally {
      await own.close();
    }
  });
});

/** Wait until the page's service worker has installed its copy and controls the page. */
function untilControlled(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

function countAll(list) {
  return list.reduce((n, h) => n + 1 + countAll(h.children), 0);
}
