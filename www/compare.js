// The compare view: targets against outcomes across years and regions. The
// reports to compare are files opened here (many at once) and reports kept
// in the library (www/library.js); the package's `compare` pairs each
// report's targets with the actuals that the next year's report gives. The
// view lists every pair (sortable, filterable by region, indicator and
// status), opens each sentence in its report, charts target against actual
// per indicator, lists what could not be paired and why, and exports CSV and
// JSON. Everything runs here; nothing is sent anywhere.
//
// All report text goes into the DOM through textContent, never as HTML.
import { MEASURE, formatValue } from '../dist/element/labels.js';
import { compare, init, parse, parseFile, version } from '../dist/index.js';

const STATUS = { met: '达成', near: '接近', missed: '未达成', qualitative: '定性' };
const STATUS_ORDER = { met: 0, near: 1, missed: 2, qualitative: 3 };
const REASON = {
  'no-report': '没有对照年度的报告',
  'not-in-report': '对照年度的报告中没有这项指标',
  'no-region': '报告没有写明地区',
  'no-year': '报告没有写明年份',
  'no-key': '指标没有标准名称，无法配对',
  'unit-mismatch': '目标与实际的单位或口径不同',
};
const WARNING = {
  duplicate: '重复',
  'same-year': '同一年份有两份报告',
  'no-region': '没有地区',
  'no-year': '没有年份',
  unreadable: '无法读取',
};
/** What each warning means, in the page's words (the package's own message follows, in English). */
const WARNING_TEXT = {
  duplicate: '与另一份报告是同一份报告，未计入对比',
  'same-year': '同一地区同一年份有两份报告',
  'no-region': '报告没有写明地区，其中的指标无法配对',
  'no-year': '报告没有写明部分指标所属的年份',
  unreadable: '无法读取这份报告',
};
const ROLE = { target: '目标', actual: '实际' };

/** Why a record has no partner, said for its side: a target waits for next year's report, an actual for last year's. */
function reason(record) {
  if (record.reason === 'no-report') {
    return record.role === 'target' ? '没有下一年度的报告回顾这一年' : '没有上一年度的报告提出这一年的目标';
  }
  if (record.reason === 'not-in-report') {
    return record.role === 'target' ? '下一年度的报告没有给出这项指标的实际数' : '上一年度的报告没有这项指标的目标';
  }
  return REASON[record.reason] ?? record.reason;
}

/** The largest file the view opens, as on the page. */
const MAX_FILE = 64 * 1024 * 1024;

const SVG = 'http://www.w3.org/2000/svg';

/** An element with attributes (data-* through `data`) and children (strings become text). */
function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name === 'data') Object.assign(el.dataset, value);
    else if (name === 'text') el.textContent = value;
    else if (name in el && typeof value !== 'string') el[name] = value;
    else el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...children.flat().filter((child) => child != null));
  return el;
}

function s(tag, attributes = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) if (value != null) el.setAttribute(name, String(value));
  el.append(...children.filter((child) => child != null));
  return el;
}

/** "5.5%左右", "5%–5.5%", "正增长" (a target without a number: its words). */
export function describeTarget(target) {
  if (!target) return '—';
  if (target.value == null) return target.qualifier || shorten(target.text, 24) || '—';
  const value = formatValue(target.value, target.upper, target.unit);
  return target.qualifier ? `${value}${target.qualifier}` : value;
}

/** "5.5%", "5.4%（预计）". */
export function describeActual(actual) {
  if (!actual) return '—';
  if (actual.value == null) return shorten(actual.text, 24) || '—';
  const value = formatValue(actual.value, actual.upper ?? null, actual.unit);
  return actual.estimated ? `${value}（预计）` : value;
}

function shorten(text, n) {
  if (!text) return '';
  return text.length > n ? `${text.slice(0, n)}…` : text;
}

/** Why a file could not be read, in the page's words where the package's are known. */
function readable(error) {
  const message = String(error?.message ?? error).replace(/^gongwen: /, '');
  if (/looks like binary data/.test(message)) return '这是二进制数据，不是文本（PDF 或图片？）：请先另存为纯文本或 Word .docx';
  if (/neither UTF-8 nor GB18030/.test(message)) return '既不是 UTF-8 也不是 GBK 编码的文本';
  return message;
}

/** A file name for `compare`, unique among `taken`: "001.txt", "001.txt (2)". */
function uniqueName(name, taken) {
  let out = name || '报告';
  for (let n = 2; taken.has(out); n++) out = `${name} (${n})`;
  taken.add(out);
  return out;
}

/**
 * Start the compare view in `#compare` (an empty section of the page),
 * shown when the address ends in #compare. `library` is the page's library.
 */
export function startCompare({ library }) {
  const section = document.getElementById('compare');
  const nav = document.querySelectorAll('[data-view]');

  // ---------------------------------------------------------------- DOM ---

  const fileInput = h('input', {
    type: 'file', id: 'compare-input', multiple: true, class: 'sr', 'data-testid': 'compare-input',
    accept: '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  const exportCsv = h('button', { type: 'button', 'data-testid': 'compare-export-csv', disabled: true, text: '导出 CSV' });
  const exportJson = h('button', { type: 'button', 'data-testid': 'compare-export-json', disabled: true, text: 'JSON' });
  const selectAll = h('button', { type: 'button', 'data-testid': 'compare-select-all', text: '全选' });
  const selectNone = h('button', { type: 'button', 'data-testid': 'compare-select-none', text: '全不选' });
  const sources = h('ul', { class: 'compare-sources', 'data-testid': 'compare-reports', 'aria-label': '参与对比的报告' });
  const sourcesEmpty = h('p', { class: 'note', text: '还没有报告。添加报告文件，或先在“解析报告”中打开、粘贴报告（会保存在本机）。' });
  const notes = h('ul', { class: 'compare-notes', 'data-testid': 'compare-notes', 'aria-live': 'polite' });
  const summary = h('p', { class: 'note compare-summary', 'data-testid': 'compare-summary', role: 'status' });

  const filters = {
    region: h('select', { 'data-testid': 'compare-filter-region', id: 'compare-filter-region' }),
    key: h('select', { 'data-testid': 'compare-filter-indicator', id: 'compare-filter-indicator' }),
    status: h('select', { 'data-testid': 'compare-filter-status', id: 'compare-filter-status' }),
  };
  const filterBar = h(
    'div',
    { class: 'toolbar compare-filters' },
    h('label', { class: 'field', for: 'compare-filter-region' }, '地区', filters.region),
    h('label', { class: 'field', for: 'compare-filter-indicator' }, '指标', filters.key),
    h('label', { class: 'field', for: 'compare-filter-status' }, '状态', filters.status),
  );

  const COLUMNS = [
    { id: 'region', label: '地区' },
    { id: 'year', label: '年份' },
    { id: 'name', label: '指标' },
    { id: 'target', label: '目标' },
    { id: 'actual', label: '实际' },
    { id: 'status', label: '状态' },
  ];
  const headRow = h('tr');
  const headers = COLUMNS.map((column) => {
    const button = h('button', { type: 'button', class: 'sort', text: column.label, data: { sort: column.id } });
    const th = h('th', { scope: 'col', data: { column: column.id } }, button);
    button.addEventListener('click', () => sortBy(column.id));
    headRow.append(th);
    return th;
  });
  const tbody = h('tbody');
  const table = h(
    'table',
    { class: 'compare-table', 'data-testid': 'compare-table' },
    h('caption', { class: 'sr', text: '目标与实际：每行是一项指标的一对目标和实际数' }),
    h('thead', {}, headRow),
    tbody,
  );
  const tableWrap = h('div', { class: 'compare-table-wrap' }, table);
  const chart = h('figure', { class: 'compare-chart', 'data-testid': 'compare-chart' });
  const unpairedList = h('ul', { class: 'compare-list', 'data-testid': 'compare-unpaired' });
  const warningsList = h('ul', { class: 'compare-list', 'data-testid': 'compare-warnings' });
  const unpairedBox = h('details', { class: 'compare-more' }, h('summary', { text: '未能配对的指标' }), unpairedList);
  const warningsBox = h('section', { class: 'compare-more', 'aria-label': '提示' }, h('h3', { text: '提示' }), warningsList);

  const viewerCaption = h('p', { class: 'compare-viewer-caption', 'data-testid': 'compare-viewer-caption' });
  const viewerQuote = h('blockquote', { class: 'compare-quote', 'data-testid': 'compare-quote' });
  const viewerClose = h('button', { type: 'button', text: '关闭原文' });
  // The report viewer is made on first use: until then the page has one <gongwen-report>.
  let viewer = null;
  const viewerBox = h(
    'section',
    { class: 'compare-viewer', hidden: true, 'aria-label': '所选指标的原文', 'data-testid': 'compare-viewer' },
    h('div', { class: 'toolbar' }, viewerCaption, h('span', { class: 'spacer' }), viewerClose),
    viewerQuote,
  );
  viewerClose.addEventListener('click', () => (viewerBox.hidden = true));

  const results = h('div', { class: 'compare-results', hidden: true }, filterBar, summary, tableWrap, viewerBox, chart, unpairedBox, warningsBox);

  section.append(
    h(
      'div',
      { class: 'compare-head' },
      h('h2', { id: 'compare-title', text: '目标与完成：跨年份、跨地区对比' }),
      h('p', {
        class: 'note',
        text: '一份报告提出的年度目标，与下一年度报告回顾的实际完成数一一配对。可一次添加多个地区、多个年份的报告文件（.txt 或 .docx）。',
      }),
    ),
    h(
      'div',
      { class: 'toolbar' },
      h('label', { class: 'button', for: 'compare-input', text: '添加报告文件…' }),
      fileInput,
      selectAll,
      selectNone,
      h('span', { class: 'spacer' }),
      h('span', { class: 'group', role: 'group', 'aria-label': '导出对比' }, exportCsv, exportJson),
    ),
    sources,
    sourcesEmpty,
    notes,
    results,
  );

  // -------------------------------------------------------------- views ---

  function showView() {
    const compare = location.hash === '#compare';
    document.body.dataset.view = compare ? 'compare' : 'report';
    section.hidden = !compare;
    for (const link of nav) {
      if (link.dataset.view === (compare ? 'compare' : 'report')) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    if (compare) refresh();
  }
  addEventListener('hashchange', showView);

  // Files dropped on the compare view are added to it, all of them (the page's
  // own drop handler shows the overlay and leaves them to this one).
  const dropHint = document.querySelector('#drop p');
  const dropText = dropHint?.textContent;
  addEventListener('dragenter', () => {
    if (dropHint) dropHint.textContent = document.body.dataset.view === 'compare' ? '松开鼠标，把这些文件加入对比' : dropText;
  });
  addEventListener('drop', (event) => {
    if (document.body.dataset.view !== 'compare' || !event.dataTransfer?.files?.length) return;
    event.preventDefault();
    addFiles([...event.dataTransfer.files]);
  });

  // ---------------------------------------------------------- selection ---

  /** Ids of the library's reports taken into the comparison. */
  let selected = new Set();
  let records = [];
  const restored = library.ready.then(async () => {
    const kept = await library.getState('compare').catch(() => null);
    if (Array.isArray(kept)) selected = new Set(kept);
  });

  function saveSelection() {
    library.setState('compare', [...selected]).catch(() => {
      // The library's alert already says when this device keeps nothing.
    });
  }

  library.onChange((list) => {
    records = list;
    const ids = new Set(list.map((r) => r.id));
    let changed = false;
    for (const id of selected) {
      if (!ids.has(id)) {
        selected.delete(id);
        changed = true;
      }
    }
    renderSources();
    if (changed) {
      saveSelection();
      schedule();
    }
  });

  function renderSources() {
    sourcesEmpty.hidden = records.length > 0;
    const byName = [...records].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    sources.replaceChildren(
      ...byName.map((record) => {
        const box = h('input', { type: 'checkbox', checked: selected.has(record.id), data: { id: record.id } });
        box.addEventListener('change', () => {
          if (box.checked) selected.add(record.id);
          else selected.delete(record.id);
          saveSelection();
          schedule();
        });
        const meta = record.document?.meta;
        const about = [meta?.region, meta?.yearPlanned ? `${meta.yearPlanned}年` : null].filter(Boolean).join(' · ');
        return h(
          'li',
          { 'data-testid': 'compare-report-item', data: { id: record.id } },
          h('label', {}, box, h('span', { class: 'name', text: record.name }), about ? h('span', { class: 'about', text: about }) : null),
        );
      }),
    );
  }

  selectAll.addEventListener('click', () => {
    selected = new Set(records.map((r) => r.id));
    renderSources();
    saveSelection();
    schedule();
  });
  selectNone.addEventListener('click', () => {
    selected.clear();
    renderSources();
    saveSelection();
    schedule();
  });

  // -------------------------------------------------------------- files ---

  /** A note under the toolbar: what happened to a file (never a silent drop). */
  function note(message, kind = 'info') {
    notes.append(h('li', { class: kind, 'data-testid': 'compare-note', data: { kind }, text: message }));
  }

  fileInput.addEventListener('change', async () => {
    const files = [...fileInput.files];
    fileInput.value = '';
    await addFiles(files);
  });

  /** Read, parse and keep each file, and take it into the comparison. */
  async function addFiles(files) {
    if (files.length === 0) return;
    notes.replaceChildren();
    await restored;
    summary.textContent = `正在读取 ${files.length} 个文件…`;
    results.hidden = false;
    const seen = new Map(); // hash of a text read in this batch → its file's name
    let added = 0;
    for (const file of files) {
      try {
        if (file.size > MAX_FILE) throw new Error(`文件太大（${(file.size / 1048576).toFixed(1)} MB），请打开 64 MB 以内的文件`);
        const bytes = new Uint8Array(await file.arrayBuffer());
        const { text, doc } = await readReport(bytes);
        if (!text.trim()) throw new Error('文件是空的');
        const { record, duplicate } = await library.keep(text, file.name, 'compare', doc);
        const earlier = seen.get(record.id);
        if (earlier) {
          note(`${file.name} 与 ${earlier} 内容相同，只计一次。`, 'warning');
        } else if (duplicate && selected.has(record.id)) {
          note(`${file.name} 与已在对比中的“${record.name}”内容相同，只计一次。`, 'warning');
        } else if (duplicate) {
          note(`${file.name} 与本机已保存的“${record.name}”内容相同，已选入对比。`);
        }
        if (!earlier) added++;
        seen.set(record.id, file.name);
        selected.add(record.id);
      } catch (error) {
        note(`无法读取 ${file.name}：${readable(error)}`, 'error');
      }
    }
    if (added) note(`已添加 ${added} 份报告。`);
    saveSelection();
    renderSources();
    await run();
  }

  /** A file's text and Document: a .docx through the package's parseFile, a text file decoded as the CLI does. */
  async function readReport(bytes) {
    const files = await import('../dist/file.js');
    if (files.isWordLike(bytes)) {
      const { doc, text } = await parseFile(bytes);
      return { text, doc };
    }
    const { text } = files.decodeText(bytes);
    await init();
    return { text, doc: parse(text) };
  }

  // ------------------------------------------------------------ compare ---

  let result = null; // what `compare` gave for the reports selected
  let inputs = []; // what it was given: [{ file, document }]
  const byFile = new Map(); // a file name given to compare → its record
  let timer = null;
  let generation = 0;

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, 50);
  }

  async function refresh() {
    await restored;
    renderSources();
    if (!result && selected.size > 0) await run();
  }

  async function run() {
    clearTimeout(timer);
    const mine = ++generation;
    // By name, so that the same files give the same order as `compare` in Node or the CLI.
    const chosen = records.filter((r) => selected.has(r.id)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (chosen.length === 0) {
      result = null;
      inputs = [];
      results.hidden = true;
      exportCsv.disabled = exportJson.disabled = true;
      return;
    }
    results.hidden = false;
    summary.classList.remove('error');
    await init();
    const taken = new Set();
    byFile.clear();
    const given = chosen.map((record) => {
      const file = uniqueName(record.name, taken);
      byFile.set(file, record);
      // A Document kept from another version of the parser is parsed again.
      const document = record.document && record.version === version ? record.document : parse(record.text);
      return { file, document };
    });
    let out;
    try {
      out = await compare(given);
    } catch (error) {
      if (mine !== generation) return;
      summary.textContent = `对比失败：${String(error?.message ?? error).replace(/^gongwen: /, '')}`;
      summary.classList.add('error');
      return;
    }
    if (mine !== generation) return;
    inputs = given;
    result = out;
    exportCsv.disabled = exportJson.disabled = false;
    fillFilters();
    render();
  }

  // ---------------------------------------------------- filters and sort ---

  let sort = { column: null, descending: false };

  function fillFilters() {
    const rows = result.rows;
    const keep = (select) => select.value;
    const options = (select, all, values) => {
      const current = keep(select);
      select.replaceChildren(h('option', { value: '', text: all }), ...values.map(([value, label]) => h('option', { value, text: label })));
      if (values.some(([value]) => value === current)) select.value = current;
    };
    const regions = [...new Set(rows.map((r) => r.region ?? ''))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    options(filters.region, '全部地区', regions.map((r) => [r, r || '（无地区）']));
    const keys = new Map();
    for (const row of rows) if (!keys.has(row.key)) keys.set(row.key, row.name);
    options(filters.key, '全部指标', [...keys].sort((a, b) => a[1].localeCompare(b[1], 'zh-CN')));
    const statuses = Object.keys(STATUS).filter((status) => rows.some((r) => r.status === status));
    options(filters.status, '全部状态', statuses.map((status) => [status, STATUS[status]]));
  }

  for (const select of Object.values(filters)) select.addEventListener('change', () => render());

  function sortBy(column) {
    sort = sort.column === column ? { column, descending: !sort.descending } : { column, descending: false };
    render();
  }

  const sortValue = {
    region: (row) => row.region ?? '',
    year: (row) => row.year ?? -Infinity,
    name: (row) => row.name ?? '',
    target: (row) => row.target?.value ?? -Infinity,
    actual: (row) => row.actual?.value ?? -Infinity,
    status: (row) => STATUS_ORDER[row.status] ?? 9,
  };

  function visibleRows() {
    const { region, key, status } = Object.fromEntries(Object.entries(filters).map(([name, select]) => [name, select.value]));
    const rows = result.rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => (!region || (row.region ?? '') === region) && (!key || row.key === key) && (!status || row.status === status));
    if (sort.column) {
      const value = sortValue[sort.column];
      const direction = sort.descending ? -1 : 1;
      rows.sort((a, b) => {
        const x = value(a.row);
        const y = value(b.row);
        const order = typeof x === 'string' ? x.localeCompare(y, 'zh-CN') : x - y;
        return order * direction || a.index - b.index;
      });
    }
    return rows;
  }

  // ------------------------------------------------------------- render ---

  function render() {
    const rows = visibleRows();
    for (const th of headers) {
      const column = th.dataset.column;
      if (sort.column === column) th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    tbody.replaceChildren(...rows.map(({ row, index }) => renderRow(row, index)));
    const counts = Object.keys(STATUS)
      .map((status) => [status, rows.filter(({ row }) => row.status === status).length])
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${STATUS[status]} ${n}`);
    summary.textContent =
      result.rows.length === 0
        ? `${inputs.length} 份报告中没有能配对的目标与实际。`
        : `${inputs.length} 份报告，${result.rows.length} 对目标与实际` +
          (rows.length !== result.rows.length ? `，筛选后显示 ${rows.length} 对` : '') +
          (counts.length ? `：${counts.join('，')}` : '') +
          '。';
    renderChart(rows.map(({ row }) => row));
    renderUnpaired();
    renderWarnings();
  }

  function renderRow(row, index) {
    const source = (side) => {
      const record = row[side];
      if (!record) return h('td', { class: 'value', text: '—' });
      const label = side === 'target' ? describeTarget(record) : describeActual(record);
      const button = h('button', {
        type: 'button',
        class: 'source',
        'data-testid': `compare-open-${side}`,
        title: `${ROLE[side]}原文（${record.file}）：${record.text ?? ''}`,
        text: label,
      });
      button.addEventListener('click', () => openSource(row, side));
      return h('td', { class: 'value', data: { value: record.value ?? '' } }, button);
    };
    return h(
      'tr',
      { data: { status: row.status, region: row.region ?? '', key: row.key, year: row.year ?? '', index } },
      h('td', { text: row.region ?? '—' }),
      h('td', { class: 'num', text: row.year ?? '—' }),
      h('td', {}, row.name, row.measure ? h('span', { class: 'measure', text: MEASURE[row.measure] ?? row.measure }) : null),
      source('target'),
      source('actual'),
      h('td', {}, h('span', { class: `status status-${row.status}`, text: STATUS[row.status] ?? row.status })),
    );
  }

  function describeRecord(record) {
    const where = [record.region, record.year ? `${record.year}年` : null, record.name].filter(Boolean).join(' ');
    const value = record.role === 'target' ? describeTarget(record) : describeActual(record);
    return `${where}：${ROLE[record.role] ?? record.role} ${value}`;
  }

  function renderUnpaired() {
    const unpaired = result.unpaired ?? [];
    unpairedBox.hidden = unpaired.length === 0;
    const counts = new Map();
    for (const record of unpaired) counts.set(REASON[record.reason] ?? record.reason, (counts.get(REASON[record.reason] ?? record.reason) ?? 0) + 1);
    unpairedBox.querySelector('summary').textContent =
      `未能配对的指标（${unpaired.length}）` + (counts.size ? `：${[...counts].map(([label, n]) => `${label} ${n}`).join('，')}` : '');
    unpairedList.replaceChildren(
      ...unpaired.map((record) => {
        const li = h(
          'li',
          { 'data-testid': 'compare-unpaired-item', data: { reason: record.reason, role: record.role } },
          h('span', { text: describeRecord(record) }),
          h('span', { class: 'reason', text: ` — ${reason(record)}` }),
        );
        if (record.file && record.span && byFile.has(record.file)) {
          const button = h('button', { type: 'button', class: 'source', text: `原文（${record.file}）` });
          button.addEventListener('click', () => showSentence(record.file, record.span, `${ROLE[record.role] ?? ''} · ${record.file}`));
          li.append(' ', button);
        }
        return li;
      }),
    );
  }

  function renderWarnings() {
    const warnings = result.warnings ?? [];
    warningsBox.hidden = warnings.length === 0;
    warningsList.replaceChildren(
      ...warnings.map((warning) =>
        h(
          'li',
          { 'data-testid': 'compare-warning', data: { code: warning.code } },
          h('strong', { text: WARNING[warning.code] ?? warning.code }),
          warning.file ? ` ${warning.file}：` : '：',
          WARNING_TEXT[warning.code] ?? '',
          warning.message ? h('span', { class: 'detail', lang: 'en', text: ` (${warning.message})` }) : null,
        ),
      ),
    );
  }

  // -------------------------------------------------------------- chart ---

  // One panel per indicator (and measure and unit): for each region and
  // year, the target (a ring, or a bar for a range) and the actual (a dot in
  // its status colour) on the indicator's own scale.
  function renderChart(rows) {
    const groups = new Map();
    for (const row of rows) {
      if (row.target?.value == null || row.actual?.value == null) continue;
      const id = `${row.key}|${row.measure}|${row.target.unit ?? ''}`;
      if (!groups.has(id)) groups.set(id, { measure: row.measure, unit: row.target.unit ?? '', rows: [] });
      groups.get(id).rows.push(row);
    }
    // A panel is named as most of its regions name the indicator (全市生产总值
    // in one report, 地区生产总值 in five: 地区生产总值); ties to the shorter.
    for (const group of groups.values()) {
      const counts = new Map();
      for (const row of group.rows) counts.set(row.name, (counts.get(row.name) ?? 0) + 1);
      group.name = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
    }
    if (groups.size === 0) {
      chart.replaceChildren(h('figcaption', { class: 'note', text: '没有可画图的数值指标。' }));
      return;
    }
    const width = 720;
    const left = 150;
    const right = 70;
    const rowHeight = 20;
    const headHeight = 26;
    let y = 8;
    const svg = s('svg', { role: 'img', 'aria-labelledby': 'compare-chart-title', width: '100%' });
    for (const group of groups.values()) {
      const values = group.rows.flatMap((r) => [r.target.value, r.target.upper, r.actual.value]).filter((v) => v != null);
      let min = Math.min(...values);
      let max = Math.max(...values);
      if (min > 0 && group.measure !== 'growth') min = 0;
      if (min === max) {
        min -= 1;
        max += 1;
      }
      const pad = (max - min) * 0.06;
      min -= pad;
      max += pad;
      const x = (v) => left + ((v - min) / (max - min)) * (width - left - right);
      const g = s('g', { class: 'group', 'data-key': group.rows[0].key });
      g.append(s('text', { x: 4, y: y + 16, class: 'title' }, `${group.name}（${MEASURE[group.measure] ?? group.measure}${group.unit ? `，${group.unit}` : ''}）`));
      y += headHeight;
      const top = y;
      if (min < 0 && max > 0) {
        g.append(s('line', { x1: x(0), x2: x(0), y1: top - 4, y2: top + group.rows.length * rowHeight, class: 'zero' }));
      }
      for (const row of group.rows) {
        const cy = y + rowHeight / 2;
        const item = s('g', {
          class: `pair status-${row.status}`,
          'data-status': row.status,
          'data-region': row.region ?? '',
          'data-key': row.key,
          'data-year': row.year ?? '',
        });
        item.append(
          s('title', {}, `${row.region ?? ''} ${row.year ?? ''} ${row.name}：目标 ${describeTarget(row.target)}，实际 ${describeActual(row.actual)}（${STATUS[row.status]}）`),
          s('text', { x: left - 8, y: cy + 4, class: 'label', 'text-anchor': 'end' }, `${row.region ?? '—'} ${row.year ?? ''}`),
          s('line', { x1: left, x2: width - right, y1: cy, y2: cy, class: 'track' }),
        );
        const tx = x(row.target.value);
        if (row.target.upper != null) {
          item.append(s('rect', { x: Math.min(tx, x(row.target.upper)), y: cy - 5, width: Math.max(2, Math.abs(x(row.target.upper) - tx)), height: 10, class: 'target-range' }));
        } else {
          item.append(s('circle', { cx: tx, cy, r: 5.5, class: 'target' }));
        }
        item.append(
          s('line', { x1: tx, x2: x(row.actual.value), y1: cy, y2: cy, class: 'gap' }),
          s('circle', { cx: x(row.actual.value), cy, r: 4.5, class: 'actual' }),
          s('text', { x: width - right + 6, y: cy + 4, class: 'value' }, formatValue(row.actual.value, null, '')),
        );
        g.append(item);
        y += rowHeight;
      }
      svg.append(g);
      y += 8;
    }
    svg.setAttribute('viewBox', `0 0 ${width} ${y}`);
    const legend = h(
      'figcaption',
      { id: 'compare-chart-title', class: 'legend' },
      h('span', { class: 'key target', text: '目标' }),
      h('span', { class: 'key actual status-met', text: '实际：达成' }),
      h('span', { class: 'key actual status-near', text: '接近' }),
      h('span', { class: 'key actual status-missed', text: '未达成' }),
    );
    chart.replaceChildren(legend, svg);
  }

  // ------------------------------------------------------------- source ---

  function openSource(row, side) {
    const record = row[side];
    if (!record?.file || !record.span) return;
    const caption = `${row.region ?? ''} ${row.year ?? ''} ${row.name} · ${ROLE[side]} · ${record.file}`;
    showSentence(record.file, record.span, caption);
  }

  /** Show `file`'s report in the viewer, scrolled to `span` and flashing it. */
  async function showSentence(file, span, caption) {
    const record = byFile.get(file);
    const given = inputs.find((input) => input.file === file);
    if (!record || !given) return;
    viewerBox.hidden = false;
    const title = given.document?.meta?.title;
    viewerCaption.textContent = title ? `${caption} · ${title}` : caption;
    viewerQuote.textContent = record.text.slice(span.start, span.end);
    if (!viewer) {
      viewer = document.createElement('gongwen-report');
      viewer.dataset.testid = 'compare-report';
      viewerBox.append(viewer);
    }
    if (viewer.text !== record.text) {
      viewer.text = record.text;
      viewer.doc = given.document;
    }
    await viewer.parsed;
    viewer.revealSpan(span);
    viewerBox.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  // ------------------------------------------------------------- export ---

  function download(filename, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = h('a', { href: url, download: filename, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  exportCsv.addEventListener('click', async () => {
    if (!result) return;
    download('gongwen-compare.csv', 'text/csv;charset=utf-8', await compare(inputs, { format: 'csv' }));
  });
  exportJson.addEventListener('click', () => {
    if (result) download('gongwen-compare.json', 'application/json', JSON.stringify(result, null, 2) + '\n');
  });

  showView();
  return { addFiles, run };
}
