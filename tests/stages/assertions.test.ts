import { describe, expect, it } from 'vitest';
import { createDoc, layer, withLayer, type Doc } from '../../src/core/document.js';
import type { DocClaim } from '../../src/core/layers.js';
import type { DateMention, NumberMention, SentenceRole } from '../../src/schema/result.js';
import { assertionsStage } from '../../src/stages/assertions/index.js';
import { cpuNow } from '../cpu.js';

const run = assertionsStage.create({});

/** A document whose sentences are the given lines (joined by a space), with dates and numbers found by a pattern. */
function doc(lines: readonly [SentenceRole, string][], claims: (text: string) => DocClaim[] = () => []): Doc {
  const text = lines.map(([, s]) => s).join(' ');
  let at = 0;
  const sentences = lines.map(([role, s]) => {
    const start = text.indexOf(s, at);
    at = start + s.length;
    return { start, end: start + s.length, role };
  });
  const dates: DateMention[] = [...text.matchAll(/\b(?:19|20)\d\d\b|\bTuesday\b/g)].map((m) => ({
    start: m.index, end: m.index + m[0].length, text: m[0], type: 'DATE', value: m[0],
  }));
  const numbers: NumberMention[] = [...text.matchAll(/\b(?:17|five|80,000)\b/gi)].map((m) => ({
    start: m.index, end: m.index + m[0].length, text: m[0], kind: 'cardinal', value: 1, unit: null, approx: false,
  }));
  let d = createDoc({ text });
  d = withLayer(d, 'sentences', sentences);
  d = withLayer(d, 'dates', dates);
  d = withLayer(d, 'numbers', numbers);
  return withLayer(d, 'claims', claims(text));
}

const span = (text: string, part: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
};

const said = (content: string, speaker: string, cue: string) => (text: string): DocClaim[] => [
  { kind: 'indirect', content: span(text, content), speaker: { ...span(text, speaker), name: speaker, type: 'person' }, cue: span(text, cue), statedOn: null },
];

const assertions = (d: Doc) => run(d, { pipeline: 't' }).layers.claims!.filter((c) => c.kind === 'assertion').map((c) => c.content.text);

describe('assertions stage', () => {
  it.each<[string, [SentenceRole, string][], string[]]>([
    ['a body sentence with a number', [['body', 'Japan lists 17 nationals as abducted.']], ['Japan lists 17 nationals as abducted.']],
    ['a body sentence with a date', [['body', 'The sanctions were first imposed in 2006.']], ['The sanctions were first imposed in 2006.']],
    ['each qualifying sentence', [['body', 'Five were repatriated.'], ['body', 'Nothing changed.'], ['body', 'They met in 2004.']], ['Five were repatriated.', 'They met in 2004.']],
    ['no date or number: miss', [['body', 'The talks broke down.']], []],
    ['a headline: miss', [['headline', 'Japan to extend sanctions by 2 years in 2021']], []],
    ['boilerplate: miss', [['boilerplate', 'Founded in 1835, it is the oldest agency.']], []],
    ['a question in the body: miss', [['body', 'Will the 17 abductees ever return home?']], []],
    ['a question ending in a closing quote: miss', [['body', 'Will they meet in 2025?”']], []],
  ])('%s', (_, lines, expected) => {
    expect(assertions(doc(lines))).toEqual(expected);
  });

  it('gives no assertion for a sentence holding an attributed claim (content, speaker or cue overlapping it)', () => {
    const d = doc(
      [['body', 'Japan will extend its sanctions by 2021, Kato said Tuesday.'], ['body', 'The deadline is in 2021.']],
      said('Japan will extend its sanctions by 2021', 'Kato', 'said'),
    );
    expect(assertions(d)).toEqual(['The deadline is in 2021.']);
  });

  it('counts a claim whose speaker or cue alone sits in the sentence', () => {
    const d = doc(
      [['body', '"We will act in 2021."'], ['body', 'Kato said so on Tuesday.']],
      (text) => [{ kind: 'direct', content: span(text, 'We will act in 2021.'), speaker: { ...span(text, 'Kato'), name: 'Kato', type: 'person' }, cue: span(text, 'said'), statedOn: null }],
    );
    expect(assertions(d)).toEqual([]);
  });

  it('keeps the existing claims and sorts all claims by content start', () => {
    const d = doc(
      [['body', 'Five were repatriated in 2002.'], ['body', 'Talks will resume, Kato said.'], ['body', 'The deadline is 2021.']],
      said('Talks will resume', 'Kato', 'said'),
    );
    const claims = run(d, { pipeline: 't' }).layers.claims!;
    expect(claims.map((c) => c.kind)).toEqual(['assertion', 'indirect', 'assertion']);
    expect(claims.map((c) => c.content.start)).toEqual([...claims.map((c) => c.content.start)].sort((a, b) => a - b));
    const first = claims[0]!;
    expect(first).toMatchObject({ speaker: null, cue: null, statedOn: null });
    expect(d.text.slice(first.content.start, first.content.end)).toBe(first.content.text);
  });
});

describe('regression: each sentence was checked against every date, number and claim of the document (quadratic in a long document)', () => {
  it('a document of 40,000 sentences, every other one a claim', () => {
    const lines: [SentenceRole, string][] = Array.from({ length: 40_000 }, (_, i) => ['body', i % 2 === 0 ? 'Officials said the toll was 17.' : 'The plant opened in 1999.']);
    const claims = (text: string): DocClaim[] => {
      const out: DocClaim[] = [];
      for (let at = text.indexOf('Officials'); at >= 0; at = text.indexOf('Officials', at + 1)) {
        out.push({ kind: 'indirect', content: { start: at + 15, end: at + 31, text: text.slice(at + 15, at + 31) }, speaker: { start: at, end: at + 9, text: 'Officials', name: 'Officials', type: 'group' }, cue: { start: at + 10, end: at + 14, text: 'said' }, statedOn: null });
      }
      return out;
    };
    const d = doc(lines, claims);
    const started = cpuNow();
    const out = layer(run(d, { pipeline: 'test' }), 'claims');
    expect(cpuNow() - started).toBeLessThan(1000);
    // the claims, and an assertion for every sentence without one
    expect(out.length).toBe(40_000);
    expect(out.filter((c) => c.kind === 'assertion').every((c) => c.content.text === 'The plant opened in 1999.')).toBe(true);
  });
});
