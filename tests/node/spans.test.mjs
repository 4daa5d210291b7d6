// Spans are UTF-16 offsets into the caller's string (what `text.slice`
// takes), never UTF-8 bytes or code points: emoji and other characters
// beyond the BMP (CJK Extension B names, 🀄) are where a wrong choice shows.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { init, parse } from 'gongwen';
import { assertBuilt, runCli, seeds, spans } from './helpers.mjs';

before(async () => {
  assertBuilt();
  await init();
});

/** Assert every span lies within the text and cuts no surrogate pair. */
function assertSpansValid(doc, text) {
  const isLow = (i) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1]);
  for (const [where, span] of spans(doc)) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where} should hold integers`);
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${where} should lie within the text`);
    assert.ok(!isLow(span.start) && !isLow(span.end), `${where} should not cut a surrogate pair`);
  }
  for (const q of doc.quantities) assert.equal(text.slice(q.span.start, q.span.end), q.text, 'a quantity span should slice to its text');
  for (const i of doc.indicators) assert.equal(text.slice(i.span.start, i.span.end), i.text, 'an indicator span should slice to its text');
}

// A report of my own, written the way district reports are, with characters
// beyond the BMP in headings and body: 𠮷 (U+20BB7), 𡌶 (U+21336), emoji.
const report = [
  '😀深圳市𡌶田区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
  '一、2024年计划执行情况',
  '(一)𠮷祥产业园🏭建设提速',
  '全年地区生产总值1234.56亿元，同比增长5.6%；新增商事主体1.2万户🎉，增长8.3%。产业园区建设全面提速，' +
    '引进重大产业项目42个，总投资超过300亿元，其中先进制造业项目占比达到六成以上。',
  '(二)民生保障持续加强',
  '新增学位3200个，城镇登记失业率控制在3%以内。新建改建社区健康服务中心12家，每千人口床位数提高到3.2张，' +
    '基本养老保险参保人数达到56.7万人。',
  '二、2025年经济社会发展主要预期目标',
  '地区生产总值增长5.5%左右，一般公共预算收入增长3%。规模以上工业增加值增长6%，社会消费品零售总额增长5%以上。',
  '',
].join('\n');

describe('a report with emoji and CJK Extension B characters', () => {
  test('equals the CLI on the same text', () => {
    assert.deepStrictEqual(parse(report), JSON.parse(runCli([], { input: report })), 'should deep-equal the CLI output');
  });

  test('heading spans slice to the heading as written', () => {
    const doc = parse(report);
    const headings = [];
    const walk = (list) => list.forEach((h) => (headings.push(h), walk(h.children)));
    walk(doc.outline);
    assert.ok(headings.length >= 3, 'should find the numbered headings');
    // The title drops line breaks and the marker is folded ('（一）' → '(一)'): compare NFKC forms without white space.
    const plain = (s) => s.normalize('NFKC').replace(/\s+/g, '');
    for (const h of headings) {
      const written = plain(report.slice(h.span.start, h.span.end));
      assert.ok(written.startsWith(plain(h.marker)), `the span of "${h.title}" should start with its marker, got "${written}"`);
      assert.ok(written.includes(plain(h.title)), `the span of "${h.title}" should hold its title, got "${written}"`);
    }
    const ext = headings.find((h) => h.title.includes('𠮷'));
    assert.ok(ext, 'should find the heading with 𠮷');
    assert.ok(
      report.slice(ext.span.start, ext.span.end).startsWith('(一)𠮷祥产业园🏭建设提速'),
      'should slice the heading from its marker, non-BMP characters included',
    );
  });

  test('every span is valid and cuts no surrogate pair', () => {
    assertSpansValid(parse(report), report);
  });
});

describe('offsets count UTF-16 code units', () => {
  for (const seed of seeds) {
    test(`${seed.name}: a line of non-BMP characters first shifts every span by its UTF-16 length`, () => {
      const prefix = '😀🀄𠀀\n'; // 3 characters beyond the BMP: 6 UTF-16 units (12 UTF-8 bytes), then \n
      const plain = parse(seed.text);
      const shifted = parse(prefix + seed.text);
      const moved = [...spans(plain)].map(([where, s]) => [where, { start: s.start + prefix.length, end: s.end + prefix.length }]);
      const kept = ([where]) => where.startsWith('outline') || where.startsWith('quantities');
      assert.deepStrictEqual(
        [...spans(shifted)].filter(kept).map(([where, s]) => [where, s]),
        moved.filter(kept),
        'should move each outline and quantity span by 7 UTF-16 units',
      );
      assertSpansValid(shifted, prefix + seed.text);
    });
  }
});

test('a lone surrogate (as JS strings can hold) keeps the offsets after it', () => {
  const text = '一、总体情况\n\uD800前文\n二、主要目标\n地区生产总值增长5%。';
  const doc = parse(text);
  const second = doc.outline.find((h) => h.title === '主要目标');
  assert.ok(second, 'should find the heading after the lone surrogate');
  assert.equal(text.slice(second.span.start, second.span.end), '二、主要目标', 'should slice the heading after a lone surrogate');
  assert.ok(doc.warnings.some((w) => w.code === 'replacement-character'), 'should warn that the text held an unpaired surrogate');
});

test('the text slices from spans even for a whole report flattened onto one line with emoji', () => {
  const flat = report.replace(/\n/g, ' 😀 ');
  const doc = parse(flat);
  assertSpansValid(doc, flat);
  assert.deepStrictEqual(doc, JSON.parse(runCli([], { input: flat })), 'should deep-equal the CLI output');
});
