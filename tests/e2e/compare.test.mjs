// The compare view (www/compare.js) in headless Chromium: the twelve real
// reports (six provinces, 2025 and 2026) opened at once, and the table,
// chart, exports and sources checked against what the package's `compare`
// gives in Node for the same files; plus bad input (a duplicate, a binary
// file, a report without region or year) and reports from the library.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { compare, parseFile } from 'gongwen';
import { browserTestOptions } from '../browser/harness.mjs';
import { openPage, parse, paste, results, root, servePageAndBrowser } from './helpers.mjs';

const dir = join(root, 'tests', 'fixtures', 'real');
const names = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
const texts = Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
const paths = names.map((name) => join(dir, name));

/** What the package gives for these files, in Node. */
function expected(files = names, options) {
  return compare(files.map((file) => ({ file, document: parse(texts[file]) })), options);
}

/** The table's rows as shown, in order. */
function tableRows(page) {
  return page.locator('[data-testid="compare-table"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      status: tr.dataset.status,
      region: tr.dataset.region,
      key: tr.dataset.key,
      year: Number(tr.dataset.year),
      cells: [...tr.cells].map((td) => td.textContent),
    })),
  );
}

async function untilRows(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="compare-table"] tbody tr').length === n, n, { timeout: 60000 });
}

async function openCompare(browser, server) {
  const opened = await openPage(browser, server, { path: '/#compare' });
  await opened.page.locator('[data-testid="compare-input"]').waitFor({ state: 'attached' });
  return opened;
}

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="${testid}"]`).click()]);
  const path = join(results, `compare-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('the compare view, in Chromium', browserTestOptions(), () => {
  let browser;
  let server;
  let all; // compare() of the twelve files, in Node
  servePageAndBrowser((b, s) => {
    browser = b;
    server = s;
  });
  before(async () => {
    all = await expected();
  });

  // The page works offline: what the library and the compare view load must be kept by the service worker.
  test('the library, the compare view and the compare module are served, preloaded and kept by the service worker', async () => {
    const shell = readFileSync(join(root, 'www', 'sw.js'), 'utf8');
    const html = readFileSync(join(root, 'www', 'index.html'), 'utf8');
    const app = readFileSync(join(root, 'www', 'app.js'), 'utf8');
    assert.match(app, /from '\.\/library\.js'/, 'app.js should load the library');
    assert.match(app, /from '\.\/compare\.js'/, 'app.js should load the compare view');
    const modules = ['library.js', 'compare.js', '../dist/compare.js', '../pkg/gongwen_compare.js'];
    for (const path of modules) {
      assert.ok(shell.includes(`'${path}'`), `www/sw.js SHELL should list ${path}`);
      assert.ok(html.includes(`<link rel="modulepreload" href="${path}">`), `www/index.html should preload ${path}`);
    }
    for (const path of ['library.css', 'compare.css']) {
      assert.ok(shell.includes(`'${path}'`), `www/sw.js SHELL should list ${path}`);
      assert.ok(html.includes(`<link rel="stylesheet" href="${path}">`), `www/index.html should link ${path}`);
    }
    assert.ok(shell.includes(`'../pkg/gongwen_compare_bg.wasm'`), 'www/sw.js SHELL should list the compare module');
    const compareGlue = readFileSync(join(root, 'js', 'compare.js'), 'utf8');
    assert.match(compareGlue, /from '\.\.\/pkg\/gongwen_compare\.js'/, 'js/compare.js should import the glue preloaded above');
    for (const [path, type] of [
      ['/library.js', 'text/javascript; charset=utf-8'],
      ['/compare.js', 'text/javascript; charset=utf-8'],
      ['/library.css', 'text/css; charset=utf-8'],
      ['/compare.css', 'text/css; charset=utf-8'],
      ['/dist/compare.js', 'text/javascript; charset=utf-8'],
      ['/pkg/gongwen_compare.js', 'text/javascript; charset=utf-8'],
      ['/pkg/gongwen_compare_bg.wasm', 'application/wasm'],
    ]) {
      const response = await fetch(server.url + path);
      assert.equal(response.status, 200, `${path} should be served`);
      assert.equal(response.headers.get('content-type'), type, `${path} should be ${type}`);
      await response.arrayBuffer();
    }
  });

  test('the twelve real reports opened at once: one row per pair, each with the status the package gives', async () => {
    assert.equal(names.length, 12, 'the fixture set should be the twelve real reports');
    assert.ok(all.rows.length >= 20, `the package should pair a good many targets and actuals: ${all.rows.length}`);
    const { context, page, errors, external } = await openCompare(browser, server);
    await page.locator('[data-testid="compare-input"]').setInputFiles(paths);
    await untilRows(page, all.rows.length);
    const shown = await tableRows(page);
    assert.deepStrictEqual(
      shown.map(({ region, year, key, status }) => ({ region, year, key, status })),
      all.rows.map(({ region, year, key, status }) => ({ region, year, key, status })),
      'one row per pair, in order, with the status compare() gives',
    );
    const labels = { met: '达成', near: '接近', missed: '未达成', qualitative: '定性' };
    for (const row of shown) assert.equal(row.cells[5], labels[row.status], `${row.region} ${row.key}: the status should be labelled in Chinese`);

    // Spot checks a wrong pairing or a wrong status would fail.
    const zhejiang = shown.find((r) => r.region === '浙江省' && r.year === 2025 && r.key === 'gdp');
    assert.ok(zhejiang, '浙江省 2025 GDP should be paired');
    assert.equal(zhejiang.status, 'met', '浙江省 2025 GDP: 5.5%左右 against 5.5% is met');
    assert.match(zhejiang.cells[3], /^5\.5%左右$/, 'the target with its qualifier');
    assert.match(zhejiang.cells[4], /^5\.5%/, 'the actual');
    const shanghai = shown.find((r) => r.region === '上海市' && r.year === 2025 && r.key === 'cpi');
    assert.ok(shanghai, '上海市 2025 CPI should be paired');
    assert.equal(shanghai.status, 'met', '上海市 CPI: 2%左右 (a ceiling) against 0.1% is met');
    assert.match(shanghai.cells[3], /^2%左右$/, 'the CPI target');
    assert.match(shanghai.cells[4], /^0\.1%/, 'the CPI actual');
    assert.deepStrictEqual(
      [...new Set(shown.map((r) => r.region))].sort(),
      ['上海市', '北京市', '河北省', '浙江省', '重庆市', '黑龙江省'].sort(),
      'every province should have pairs',
    );

    // Nothing dropped: the unpaired records and the warnings are listed.
    assert.equal(await page.locator('[data-testid="compare-unpaired-item"]').count(), all.unpaired.length, 'every unpaired record should be listed');
    assert.deepStrictEqual(
      await page.locator('[data-testid="compare-unpaired-item"]').evaluateAll((lis) => lis.map((li) => li.dataset.reason)),
      all.unpaired.map((u) => u.reason),
      'with its reason',
    );
    assert.equal(await page.locator('[data-testid="compare-warning"]').count(), all.warnings.length, 'every warning should be listed');

    // The chart: one pair per row with a number on both sides, one panel per indicator.
    const numeric = all.rows.filter((r) => r.target?.value != null && r.actual?.value != null);
    const panels = new Map(); // indicator (key, measure, unit) → its pairs, in the order of the rows
    for (const r of numeric) {
      const id = `${r.key}|${r.measure}|${r.target.unit ?? ''}`;
      if (!panels.has(id)) panels.set(id, []);
      panels.get(id).push(`${r.region}|${r.year}|${r.key}|${r.status}`);
    }
    const chart = await page.locator('[data-testid="compare-chart"]').evaluate((figure) => ({
      pairs: [...figure.querySelectorAll('svg .pair')].map((g) => `${g.dataset.region}|${g.dataset.year}|${g.dataset.key}|${g.dataset.status}`),
      groups: figure.querySelectorAll('svg .group').length,
    }));
    assert.ok(numeric.length > 10, 'most pairs have numbers on both sides');
    assert.deepStrictEqual(chart.pairs, [...panels.values()].flat(), 'the chart should draw every numeric pair, by indicator, coloured by status');
    assert.equal(chart.groups, panels.size, 'one panel per indicator');

    // Exports: the JSON is compare()'s result; the CSV is its CSV.
    const json = await download(page, 'compare-export-json');
    assert.deepStrictEqual(JSON.parse(json.bytes.toString('utf8')), JSON.parse(JSON.stringify(all)), 'the JSON export should be the package result');
    const csv = await download(page, 'compare-export-csv');
    assert.equal(csv.name, 'gongwen-compare.csv');
    assert.deepStrictEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV should start with a BOM');
    assert.equal(csv.bytes.toString('utf8'), await expected(names, { format: 'csv' }), 'the CSV export should be the package CSV');

    assert.deepStrictEqual(external, [], 'nothing should be sent anywhere');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('sorting by a column and filtering by region, indicator and status', async () => {
    const { context, page, errors } = await openCompare(browser, server);
    await page.locator('[data-testid="compare-input"]').setInputFiles(paths);
    await untilRows(page, all.rows.length);

    await page.locator('[data-testid="compare-filter-region"]').selectOption('浙江省');
    let shown = await tableRows(page);
    assert.equal(shown.length, all.rows.filter((r) => r.region === '浙江省').length, 'the region filter should keep that region’s pairs');
    assert.ok(shown.every((r) => r.region === '浙江省'), 'and only those');

    await page.locator('[data-testid="compare-filter-region"]').selectOption('');
    await page.locator('[data-testid="compare-filter-indicator"]').selectOption('gdp');
    shown = await tableRows(page);
    assert.equal(shown.length, all.rows.filter((r) => r.key === 'gdp').length, 'the indicator filter should keep the GDP pairs');
    assert.ok(shown.length >= 6 && shown.every((r) => r.key === 'gdp'), 'six provinces, GDP only');

    await page.locator('[data-testid="compare-filter-indicator"]').selectOption('');
    const statuses = await page.locator('[data-testid="compare-filter-status"] option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    assert.ok(statuses.length >= 2, `more than one status in the real set: ${statuses}`);
    for (const status of statuses) {
      await page.locator('[data-testid="compare-filter-status"]').selectOption(status);
      shown = await tableRows(page);
      assert.equal(shown.length, all.rows.filter((r) => r.status === status).length, `the status filter should keep the ${status} pairs`);
      assert.ok(shown.every((r) => r.status === status), `and only ${status}`);
    }
    await page.locator('[data-testid="compare-filter-status"]').selectOption('');

    const header = (column) => page.locator(`[data-testid="compare-table"] th[data-column="${column}"] button`);
    await header('region').click();
    shown = await tableRows(page);
    const regions = shown.map((r) => r.region);
    assert.deepStrictEqual(regions, [...regions].sort((a, b) => a.localeCompare(b, 'zh-CN')), 'a click on 地区 should sort by region');
    await header('status').click();
    shown = await tableRows(page);
    const order = { met: 0, near: 1, missed: 2, qualitative: 3 };
    const ranks = shown.map((r) => order[r.status]);
    assert.deepStrictEqual(ranks, [...ranks].sort((a, b) => a - b), 'a click on 状态 should sort by status');
    await header('status').click();
    shown = await tableRows(page);
    const again = shown.map((r) => order[r.status]);
    assert.deepStrictEqual(again, [...again].sort((a, b) => b - a), 'a second click should reverse it');
    assert.equal(await page.locator('[data-testid="compare-table"] th[data-column="status"]').getAttribute('aria-sort'), 'descending', 'aria-sort should say so');
    assert.equal(shown.length, all.rows.length, 'sorting keeps every row');

    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.locator('[data-testid="compare-open-target"]').first().click();
    await page.locator('[data-testid="compare-viewer"]').waitFor({ state: 'visible' });
    await page.evaluate(axe); // (evaluated by the driver: the page's CSP allows no injected script)
    const violations = await page.evaluate(async () => {
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
    assert.deepStrictEqual(violations, [], 'axe-core should find no accessibility violation in the compare view');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('a row’s target and actual each open their sentence in their report', async () => {
    const { context, page, errors } = await openCompare(browser, server);
    await page.locator('[data-testid="compare-input"]').setInputFiles(paths);
    await untilRows(page, all.rows.length);
    const index = all.rows.findIndex((r) => r.region === '浙江省' && r.year === 2025 && r.key === 'gdp');
    const pair = all.rows[index];
    const row = page.locator(`[data-testid="compare-table"] tbody tr[data-index="${index}"]`);
    for (const side of ['target', 'actual']) {
      const { file, span } = pair[side];
      const sentence = texts[file].slice(span.start, span.end);
      await row.locator(`[data-testid="compare-open-${side}"]`).click();
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="compare-report"]').text === text,
        texts[file],
      );
      assert.equal(await page.locator('[data-testid="compare-quote"]').textContent(), sentence, `${side}: the sentence should be quoted`);
      assert.match(await page.locator('[data-testid="compare-viewer-caption"]').textContent(), new RegExp(file.replace('.', '\\.')), `${side}: the caption should name ${file}`);
      const flashed = await page.waitForFunction(() => {
        const flash = CSS.highlights.get('gongwen-flash');
        return flash && [...flash].map((range) => range.toString()).join('');
      });
      assert.equal(await flashed.jsonValue(), sentence, `${side}: the report should flash the sentence`);
      assert.equal(await page.locator('[data-testid="compare-viewer"]').isVisible(), true, 'the viewer should be shown');
    }
    assert.notEqual(pair.target.file, pair.actual.file, 'target and actual come from two reports');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('bad input: a duplicate, a binary file and a report without region or year get notes; nothing crashes', async () => {
    const { context, page, errors } = await openCompare(browser, server);
    const copy = join(results, '001-copy.txt');
    writeFileSync(copy, texts['001.txt']);
    const garbage = join(results, 'garbage.txt');
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    writeFileSync(garbage, bytes);
    const bare = join(results, 'bare.txt');
    const bareText = '一、总体情况\n全年地区生产总值增长5%左右。\n';
    writeFileSync(bare, bareText);
    const empty = join(results, 'empty.txt');
    writeFileSync(empty, '');
    // The same report with a line added: not the same text, but the same region and year.
    const edited = join(results, '001-edited.txt');
    const editedText = texts['001.txt'] + '\n补充说明。\n';
    writeFileSync(edited, editedText);
    await page.locator('[data-testid="compare-input"]').setInputFiles([join(dir, '001.txt'), join(dir, '002.txt'), copy, garbage, bare, empty, edited]);
    // (the page gives compare() its reports in name order)
    const want = await compare([
      { file: '001-edited.txt', document: parse(editedText) },
      { file: '001.txt', document: parse(texts['001.txt']) },
      { file: '002.txt', document: parse(texts['002.txt']) },
      { file: 'bare.txt', document: parse(bareText) },
    ]);
    await untilRows(page, want.rows.length);
    const notes = await page.locator('[data-testid="compare-note"]').evaluateAll((lis) => lis.map((li) => ({ kind: li.dataset.kind, text: li.textContent })));
    assert.ok(notes.some((n) => n.kind === 'warning' && /001-copy\.txt/.test(n.text) && /001\.txt/.test(n.text) && /内容相同/.test(n.text)), `the duplicate should get a note: ${JSON.stringify(notes)}`);
    assert.ok(notes.some((n) => n.kind === 'error' && /garbage\.txt/.test(n.text)), `the binary file should get a note: ${JSON.stringify(notes)}`);
    assert.ok(notes.some((n) => n.kind === 'error' && /empty\.txt/.test(n.text)), `the empty file should get a note: ${JSON.stringify(notes)}`);
    assert.equal(await page.locator('[data-testid="compare-note"][data-kind="error"]').first().isVisible(), true, 'the notes should be visible');
    assert.deepStrictEqual(
      (await tableRows(page)).map((r) => r.status),
      want.rows.map((r) => r.status),
      'the readable reports should still be compared, each once',
    );
    assert.ok(want.warnings.some((w) => w.code === 'no-region'), 'a report without region should give compare() a warning');
    assert.ok(want.warnings.some((w) => w.code === 'duplicate' || w.code === 'same-year'), 'two reports of one region and year should give compare() a warning');
    assert.deepStrictEqual(
      await page.locator('[data-testid="compare-warning"]').evaluateAll((lis) => lis.map((li) => li.dataset.code)),
      want.warnings.map((w) => w.code),
      'the warnings should be listed',
    );
    assert.equal(await page.locator('[data-testid="compare-warning"]').first().isVisible(), true, 'and visible');
    assert.match(await page.locator('[data-testid="compare-warning"][data-code="no-region"]').first().textContent(), /没有地区 bare\.txt：报告没有写明地区/, 'in Chinese, naming the file');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('files dropped on the compare view are added, a .docx among them', async () => {
    const { context, page, errors } = await openCompare(browser, server);
    const docx = readFileSync(join(dir, '005.docx'));
    const { doc } = await parseFile(docx);
    const want = await compare([
      { file: '005.docx', document: doc },
      { file: '006.txt', document: parse(texts['006.txt']) },
    ]);
    assert.ok(want.rows.length > 0, '重庆市 2025 and 2026 should pair');
    await page.evaluate(
      ({ docx, text }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(docx)], '005.docx'));
        data.items.add(new File([text], '006.txt', { type: 'text/plain' }));
        const target = document.querySelector('[data-testid="compare"]');
        for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { docx: [...docx], text: texts['006.txt'] },
    );
    await untilRows(page, want.rows.length);
    assert.deepStrictEqual((await tableRows(page)).map((r) => `${r.region}|${r.key}|${r.status}`), want.rows.map((r) => `${r.region}|${r.key}|${r.status}`), 'the dropped files should be compared');
    assert.equal(await page.locator('#drop').isHidden(), true, 'the drop hint should go away');
    assert.equal(await page.locator('[data-testid="report-input"]').inputValue(), '', 'a drop on the compare view does not open the file in the report view');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });

  test('reports already opened on the page can be compared, and the choice survives a reload', async () => {
    const { context, page, errors } = await openPage(browser, server);
    await paste(page, texts['003.txt']);
    await paste(page, texts['004.txt']);
    await page.locator('[data-testid="view-compare"]').click();
    const items = page.locator('[data-testid="compare-report-item"]');
    // A pasted report is kept under its title.
    const titles = ['003.txt', '004.txt'].map((f) => parse(texts[f]).meta.title);
    await page.waitForFunction(
      (titles) => JSON.stringify([...document.querySelectorAll('[data-testid="compare-report-item"] .name')].map((n) => n.textContent).sort()) === JSON.stringify(titles),
      [...titles].sort(),
    );
    assert.equal(await page.locator('[data-testid="report-input"]').isVisible(), false, 'the compare view replaces the input');
    for (let i = 0; i < 2; i++) await items.nth(i).locator('input[type="checkbox"]').check();
    const want = await compare(['003.txt', '004.txt'].map((f, i) => ({ file: titles[i], document: parse(texts[f]) })));
    assert.ok(want.rows.length > 0, '河北省 2025 and 2026 should pair');
    await untilRows(page, want.rows.length);
    const statuses = (await tableRows(page)).map((r) => `${r.region}|${r.key}|${r.status}`);
    assert.deepStrictEqual(statuses, want.rows.map((r) => `${r.region}|${r.key}|${r.status}`), 'the pasted reports should be compared');

    await page.reload();
    await untilRows(page, want.rows.length);
    assert.equal(await page.locator('[data-testid="compare"]').isVisible(), true, 'the reload should stay on the compare view');
    assert.deepStrictEqual(errors, [], 'should log no error');
    await context.close();
  });
});
