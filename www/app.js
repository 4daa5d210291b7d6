// The paste-and-parse page: the input (textarea, file, drag and drop,
// examples, clear), the exports, and <gongwen-report>, which parses in its
// Worker and shows everything else. Nothing here sends the text anywhere.
import '../dist/element.js';
import { hintsFromHtml, init, parseFile, toCSV, toMarkdown, version } from '../dist/index.js';
import { startCompare } from './compare.js';
import { startLibrary } from './library.js';

const $ = (selector) => document.querySelector(selector);
const input = $('#report-input');
const report = $('#report');
const examples = $('#examples');
const fileInput = $('#file');
const status = $('#file-status');
const drop = $('#drop');
const exportButtons = ['#export-csv', '#export-json', '#export-md'].map($);

/** The largest file the page opens (a report is rarely over 1 MB; a .docx with pictures may be far larger). */
const MAX_FILE = 64 * 1024 * 1024;

let name = 'gongwen'; // the base name of downloads

$('#version').textContent = version;

function say(message, error = false) {
  status.textContent = message;
  status.classList.toggle('error', error);
}

/** Show `text` in the input and the viewer. */
function load(text, label) {
  showInput(text.length < LARGE_TEXT, text.length); // (before the value: a box out of the document lays nothing out)
  input.value = text;
  report.text = text;
  name = baseName(label);
  input.scrollTop = 0;
  library.opened(text, label);
}

// Every report shown is kept on this device (www/library.js); a reload puts the last one back.
const library = startLibrary({
  input,
  report,
  say,
  open(record, doc) {
    load(record.text, record.name);
    examples.value = '';
    if (doc) report.doc = doc; // the kept Document: no parse
  },
});

function baseName(label) {
  const clean = String(label || '')
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return clean || 'gongwen';
}

// ------------------------------------------------------------ large text ---

/**
 * A text this long (characters) is kept in the text box but not shown there.
 * A textarea lays out and paints all of its text: 5 MB (1.9 million
 * characters) takes it over a second to lay out, and every later frame of the
 * page some 40 ms more to paint, however little changes. The viewer shows the
 * text anyway (highlighted, and only the part in sight), so the box gives way
 * to a note of the same size with a button that puts it back, text and all.
 */
const LARGE_TEXT = 200000;

let largeNote = null;

/**
 * Show the text box (`show`), or in its place the note for a large text of
 * `length` characters. The box leaves the document then: even hidden
 * (display: none), a textarea holding 5 MB makes every layout of the page
 * cost 100–200 ms more.
 */
function showInput(show, length = input.value.length) {
  if (show) {
    if (largeNote?.isConnected) largeNote.replaceWith(input);
    return;
  }
  if (!largeNote) {
    largeNote = document.createElement('div');
    largeNote.dataset.testid = 'large-input';
    largeNote.setAttribute('role', 'group');
    largeNote.setAttribute('aria-label', '报告全文');
    Object.assign(largeNote.style, {
      boxSizing: 'border-box', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 12px',
      padding: '8px 10px', border: '1px dashed var(--border)', borderRadius: '6px', overflow: 'auto',
    });
    const say = document.createElement('p');
    say.style.margin = '0';
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.testid = 'large-input-show';
    button.textContent = '在输入框中显示全文';
    button.addEventListener('click', () => {
      showInput(true);
      input.focus();
    });
    largeNote.append(say, button);
  }
  largeNote.firstChild.textContent =
    `全文 ${length.toLocaleString('zh-CN')} 字，已在下方解析和显示。文本很长，输入框暂不显示它（否则页面会卡顿）。`;
  if (input.isConnected) {
    largeNote.style.height = `${input.offsetHeight}px`; // (no layout shift)
    input.replaceWith(largeNote);
  }
}

/**
 * A large paste: the page inserts the text itself, into the box taken out of
 * the document first, so that the browser never lays out the text in it; then,
 * in a task of their own, tells the listeners (the viewer, the library) as the
 * browser would have.
 */
function pasteLarge(plain) {
  const value = input.value;
  const from = input.selectionStart ?? value.length;
  const to = input.selectionEnd ?? from;
  input.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', bubbles: true }));
  const text = value.slice(0, from) + plain + value.slice(to);
  showInput(false, text.length); // (before the value: a box out of the document lays nothing out)
  input.value = text;
  setTimeout(() => input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true })));
}

// A rich paste (from a web page or Word) brings text/html with the bold and
// headings the plain text lost: the element gets them as evidence, and still
// parses the plain text shown in the box. (A large paste goes without: reading
// its HTML on this thread would cost more than the evidence is worth.)
let richPaste = null;
input.addEventListener('paste', (event) => {
  const plain = event.clipboardData?.getData('text/plain') ?? '';
  if (plain.length + input.value.length >= LARGE_TEXT) {
    event.preventDefault();
    richPaste = null;
    pasteLarge(plain);
    return;
  }
  const html = event.clipboardData?.getData('text/html') ?? '';
  richPaste = html ? { html, from: input.selectionStart ?? 0 } : null;
});

input.addEventListener('input', () => {
  report.text = input.value;
  if (richPaste) {
    const { html, from } = richPaste;
    richPaste = null;
    report.hints = hintsFromHtml(html, input.value, from);
  }
});

// ------------------------------------------------------------------ files ---

/**
 * Open a file: a Word .docx (told by its content, whatever its name) is
 * extracted and parsed here, with the package's parseFile, and the element
 * shows that Document; a text file is decoded as the CLI decodes it (a BOM
 * decides; else UTF-8 when valid; else GB18030, the superset of GBK) and
 * parsed by the element's Worker. Anything else — an old .doc, a PDF, an
 * image — gets the reason it cannot be read, never text decoded from bytes.
 * Nothing leaves this machine.
 */
async function openFile(file) {
  if (!file) return;
  if (file.size > MAX_FILE) {
    say(`${file.name} 太大（${(file.size / 1048576).toFixed(1)} MB），请打开 64 MB 以内的文件。`, true);
    return;
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const files = await import('../dist/file.js');
    if (files.isWordLike(bytes)) {
      say(`正在读取 ${file.name}…`);
      const { doc, text } = await parseFile(bytes);
      load(text, file.name);
      report.doc = doc; // parsed here, with the .docx's bold and heading styles
      examples.value = '';
      say(`已打开 ${file.name}（Word .docx，${text.length.toLocaleString('zh-CN')} 字）`);
      return;
    }
    const { text, encoding } = files.decodeText(bytes);
    load(text, file.name);
    examples.value = '';
    say(`已打开 ${file.name}（${encoding === 'GB18030' ? 'GBK' : encoding}，${text.length.toLocaleString('zh-CN')} 字）`);
  } catch (error) {
    say(`无法读取 ${file.name}：${String(error.message).replace(/^gongwen: /, '')}`, true);
  }
}

fileInput.addEventListener('change', () => {
  openFile(fileInput.files[0]);
  fileInput.value = '';
});

const hasFiles = (event) => [...(event.dataTransfer?.types || [])].includes('Files');
let depth = 0;
addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  depth++;
  drop.hidden = false;
});
addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
});
addEventListener('dragleave', () => {
  depth = Math.max(0, depth - 1);
  if (depth === 0) drop.hidden = true;
});
addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  depth = 0;
  drop.hidden = true;
  if (document.body.dataset.view === 'compare') return; // www/compare.js takes the files
  openFile(event.dataTransfer.files[0]);
});

// --------------------------------------------------------------- examples ---

async function loadExamples() {
  try {
    const response = await fetch('examples/index.json');
    if (!response.ok) return;
    for (const example of await response.json()) {
      const option = document.createElement('option');
      option.value = example.file;
      option.textContent = `${example.label}（${Math.round(example.chars / 1000)} 千字）`;
      examples.append(option);
    }
    const wanted = /^#example=(\d+)$/.exec(location.hash);
    if (wanted && examples.options[Number(wanted[1]) + 1]) {
      examples.selectedIndex = Number(wanted[1]) + 1;
      await openExample();
    }
  } catch {
    // No examples (an unbuilt www/): the menu stays empty.
  }
}

async function openExample() {
  const file = examples.value;
  if (!file) return;
  const label = examples.selectedOptions[0].textContent;
  try {
    const response = await fetch(`examples/${encodeURIComponent(file)}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    load(await response.text(), label.replace(/（.*$/, ''));
    say(`示例：${label}`);
  } catch (error) {
    say(`无法打开示例：${error.message}`, true);
  }
}

examples.addEventListener('change', openExample);

$('#clear').addEventListener('click', () => {
  load('', '');
  examples.value = '';
  say('');
  input.focus();
});

// ---------------------------------------------------------------- exports ---

report.addEventListener('gongwen-parsed', () => {
  for (const button of exportButtons) button.disabled = false;
});
report.addEventListener('gongwen-error', (event) => say(`解析失败：${event.detail.error.message}`, true));
input.addEventListener('input', () => {
  if (input.value === '') for (const button of exportButtons) button.disabled = true;
});
$('#clear').addEventListener('click', () => {
  for (const button of exportButtons) button.disabled = true;
});

function download(filename, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const exporters = {
  'export-csv': (doc) => download(`${name}.csv`, 'text/csv;charset=utf-8', toCSV(doc)),
  'export-json': (doc) => download(`${name}.json`, 'application/json', JSON.stringify(doc, null, 2) + '\n'),
  'export-md': (doc) => download(`${name}.md`, 'text/markdown;charset=utf-8', toMarkdown(doc)),
};
for (const button of exportButtons) {
  button.addEventListener('click', async () => {
    const doc = await report.parsed; // the Document of the text as it is now
    if (doc) exporters[button.id](doc);
  });
}

// ---------------------------------------------------------------- offline ---

if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('sw.js').catch(() => {
    // Offline use is a bonus: the page works without it.
  });
}

// Compile ahead: the page's own parses (a .docx, the compare view) run on this thread. Loading the
// module now, while the user finds a report, spares the first of them the load; and the browser shares
// the compiled code with the element's Worker, which has warmed it up, so it pays no compile either.
(window.requestIdleCallback ?? setTimeout)(() => init().catch(() => {}));

library.restore();
startCompare({ library }); // the compare view (www/compare.js), at #compare
loadExamples();
