import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markup, type Mark } from '../../src/render/markup.js';
import { all, parse, text } from './dom.js';
import { cpuNow } from '../cpu.js';

const mark = (start: number, end: number, name: string, rank = 1): Mark => ({ start, end, rank, tag: 'span', attrs: { id: name, class: name } });

describe('markup', () => {
  it.each([
    ['no marks', 'a < b & "c"', [], 'a &lt; b &amp; &quot;c&quot;'],
    ['one span', 'say hello now', [mark(4, 9, 'x')], 'say <span id="x" class="x">hello</span> now'],
    ['nested, outer first', 'abcdef', [mark(2, 4, 'in'), mark(0, 6, 'out')], '<span id="out" class="out">ab<span id="in" class="in">cd</span>ef</span>'],
    ['same span: lower rank outside', 'abc', [mark(0, 3, 'hi', 2), mark(0, 3, 'lo', 0)], '<span id="lo" class="lo"><span id="hi" class="hi">abc</span></span>'],
    [
      'crossing: the inner one is split and continued without its id',
      'abcdef',
      [mark(0, 4, 'a'), mark(2, 6, 'b')],
      '<span id="a" class="a">ab<span id="b" class="b">cd</span></span><span class="b" data-continued>ef</span>',
    ],
    ['empty and out-of-range marks are ignored', 'abc', [mark(1, 1, 'e'), mark(2, 9, 'o')], 'abc'],
    ['touching spans stay apart', 'abcd', [mark(0, 2, 'a'), mark(2, 4, 'b')], '<span id="a" class="a">ab</span><span id="b" class="b">cd</span>'],
  ] as const)('%s', (_, source, marks, expected) => {
    expect(markup(source, marks)).toBe(expected);
  });

  it('puts the prefix on the first piece and the suffix on the last', () => {
    const split: Mark = { ...mark(2, 6, 'b'), prefix: '<i>P</i>', suffix: '<i>S</i>' };
    const html = markup('abcdef', [mark(0, 4, 'a'), split]);
    expect(html).toBe('<span id="a" class="a">ab<span id="b" class="b"><i>P</i>cd</span></span><span class="b" data-continued>ef<i>S</i></span>');
  });

  it('escapes text and attribute values', () => {
    const html = markup('<b>&"\'', [{ start: 0, end: 3, rank: 0, tag: 'span', attrs: { title: '"><script>' } }]);
    expect(html).toBe('<span title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</span>&amp;&quot;&#39;');
  });

  it('passes text runs through the given function', () => {
    expect(markup('ab', [mark(0, 1, 'x')], (run) => run.toUpperCase())).toBe('<span id="x" class="x">A</span>B');
  });

  it('is well nested and keeps every character once, in order, for any spans', () => {
    const source = fc.string({ unit: fc.constantFrom('a', 'b', '<', '&', '"', ' ', '\n'), minLength: 1, maxLength: 40 });
    const spans = fc.array(fc.tuple(fc.nat(45), fc.nat(45), fc.nat(3)), { maxLength: 12 });
    fc.assert(
      fc.property(source, spans, (s, raw) => {
        const marks = raw.map(([a, b, rank], i) => mark(Math.min(a, b), Math.max(a, b), `m${i}`, rank));
        const tree = parse(markup(s, marks));
        expect(text(tree)).toBe(s);
        for (const [i, m] of marks.entries()) {
          const pieces = all(tree, (e) => e.attrs['class'] === `m${i}`);
          const kept = m.start < m.end && m.end <= s.length;
          expect(pieces.map((p) => text(p)).join('')).toBe(kept ? s.slice(m.start, m.end) : '');
          expect(pieces.filter((p) => p.attrs['id'] === `m${i}`).length).toBe(kept ? 1 : 0);
        }
      }),
    );
  });

  it('handles a long text with many overlapping spans in linear-ish time', () => {
    const source = 'word '.repeat(8000);
    const marks = Array.from({ length: 8000 }, (_, i) => mark(i * 5, Math.min(source.length, i * 5 + 13), `m${i % 7}`, i % 3));
    const started = cpuNow();
    const html = markup(source, marks);
    expect(cpuNow() - started).toBeLessThan(5000);
    expect(text(parse(html))).toBe(source);
  });
});
