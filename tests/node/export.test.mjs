// toCSV and toMarkdown on Documents built by hand, for the cases the seeds
// may not hold: quoting, numbers in Rust's notation, nulls, Markdown syntax.
// (seeds.test.mjs compares both with the CLI on every seed.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCSV, toMarkdown } from 'gongwen';

const span = { start: 0, end: 1 };
const indicator = (fields) => ({
  key: null,
  name: '地区生产总值',
  role: 'actual',
  year: null,
  measure: 'growth',
  value: null,
  upper: null,
  unit: null,
  direction: null,
  qualifier: null,
  kind: null,
  estimated: false,
  text: '地区生产总值增长4.5%',
  span,
  ...fields,
});
const doc = (fields) => ({
  schemaVersion: 1,
  meta: { title: null },
  outline: [],
  indicators: [],
  quantities: [],
  glossary: [],
  warnings: [],
  ...fields,
});
const HEADER = '\uFEFFkey,name,role,year,measure,value,unit,direction,qualifier,kind,estimated,text\r\n';

test('toCSV writes a BOM, the header and CRLF rows; nulls are empty fields', () => {
  assert.equal(toCSV(doc({})), HEADER, 'should write the header alone for no indicator');
  const row = indicator({ key: 'gdp', year: 2024, value: 4.5, unit: '%', direction: 'up', qualifier: '左右', kind: 'expected', estimated: true });
  assert.equal(
    toCSV(doc({ indicators: [row, indicator({})] })),
    HEADER +
      'gdp,地区生产总值,actual,2024,growth,4.5,%,up,左右,expected,true,地区生产总值增长4.5%\r\n' +
      ',地区生产总值,actual,,growth,,,,,,false,地区生产总值增长4.5%\r\n',
    'should write every column, nulls as empty fields',
  );
});

test('toCSV quotes fields with a comma, a quote or a line break', () => {
  const row = indicator({ name: '“双区”建设', text: '增长5%,"力争"\n6%' });
  assert.equal(
    toCSV(doc({ indicators: [row, indicator({ text: 'a\rb' })] })),
    HEADER +
      ',“双区”建设,actual,,growth,,,,,,false,"增长5%,""力争""\n6%"\r\n' +
      ',地区生产总值,actual,,growth,,,,,,false,"a\rb"\r\n',
    'should quote and double quotes as RFC 4180 says',
  );
});

test("toCSV writes numbers as Rust's {} does: shortest round-trip digits, no exponent", () => {
  const cases = [
    [2, '2'],
    [-0.4, '-0.4'],
    [801.05, '801.05'],
    [-0, '0'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [1e-7, '0.0000001'],
    [-2.5e-10, '-0.00000000025'],
    [123456789.125, '123456789.125'],
  ];
  for (const [value, written] of cases) {
    const csv = toCSV(doc({ indicators: [indicator({ value })] }));
    assert.equal(csv.split('\r\n')[1].split(',')[5], written, `should write ${value} as ${written}`);
  }
});

test('toMarkdown writes the title, the nested outline and the glossary, escaping Markdown syntax', () => {
  const heading = (marker, title, children = []) => ({ level: 1, marker, title, kind: 'numbered', span, section: span, children });
  const document = doc({
    meta: { title: '2024年#计划*报告' },
    outline: [
      heading('一、', '总体情况', [heading('(一)', '经济运行_平稳', [heading('1.', '`代码` [链接] <标签> |表| \\')])]),
      heading('二、', '主要目标'),
    ],
    glossary: [{ number: 8, term: '20+8', definition: '指深圳市*重点*产业集群', span }],
  });
  assert.equal(
    toMarkdown(document),
    '# 2024年\\#计划\\*报告\n\n' +
      '- 一、总体情况\n' +
      '  - (一)经济运行\\_平稳\n' +
      '    - 1.\\`代码\\` \\[链接\\] \\<标签\\> \\|表\\| \\\\\n' +
      '- 二、主要目标\n' +
      '\n## 名词解释\n\n' +
      '- **20+8**：指深圳市\\*重点\\*产业集群\n',
    'should match the CLI Markdown layout',
  );
  assert.equal(toMarkdown(doc({})), '', 'should write nothing for an empty Document');
});

test('toMarkdown keeps characters beyond the BMP whole', () => {
  const document = doc({ meta: { title: '𠮷😀' }, outline: [] });
  assert.equal(toMarkdown(document), '# 𠮷😀\n\n', 'should not split surrogate pairs');
});

test('toCSV writes a cell that would run as a formula as text, and leaves numbers numbers, as the CLI does', () => {
  const csv = toCSV(doc({ indicators: [indicator({ name: '=HYPERLINK("http://x")', value: -3.6, text: '@SUM(A1)' })] }));
  assert.match(csv, /,"'=HYPERLINK\(""http:\/\/x""\)",/, 'should put an apostrophe before a formula and quote it');
  assert.match(csv, /,-3\.6,/, 'should leave a negative number as it is');
  assert.match(csv, /,'@SUM\(A1\)\r\n$/, 'should write an @ cell as text');
});

test('toCSV and toMarkdown name what they expect when given something else', () => {
  for (const bad of [undefined, null, 'text', [], {}]) {
    assert.throws(() => toCSV(bad), /toCSV\(document\) expects a Document from parse\(\)/, `toCSV(${JSON.stringify(bad)}) should say what it expects`);
    assert.throws(() => toMarkdown(bad), /toMarkdown\(document\) expects a Document from parse\(\)/, `toMarkdown(${JSON.stringify(bad)}) should say what it expects`);
  }
});
