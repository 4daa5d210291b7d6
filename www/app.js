// The paste-and-parse page: the input (textarea, file, drag and drop,
// examples, clear), the exports, and <gongwen-report>, which parses in its
// Worker and shows everything else. Nothing here sends the text anywhere.
import '../js/element.js';
import { hintsFromHtml, parseFile, toCSV, toMarkdown, version } from '../js/index.js';
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

// A rich paste (from a web page or Word) brings text/html with the bold and
// headings the plain text lost: the element gets them as evidence, and still
// parses the plain text shown in the box.
let richPaste = null;
input.addEventListener('paste', (event) => {
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
    const files = await import('../js/file.js');
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

library.restore();
startCompare({ library }); // the compare view (www/compare.js), at #compare
loadExamples();
