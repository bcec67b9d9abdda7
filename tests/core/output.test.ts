import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, withLayer } from '../../src/core/document.js';
import { toResult } from '../../src/core/output.js';
import { extract } from '../../src/index.js';
import { ManifestSchema } from '../../src/schema/gold.js';
import { ResultSchema, type Result } from '../../src/schema/result.js';
import { cpuNow } from '../cpu.js';

const manifest = ManifestSchema.parse(JSON.parse(readFileSync('corpus/manifest.json', 'utf8')));

function spans(result: Result): { where: string; start: number; end: number; text: string }[] {
  const out = [
    ...result.dates.map((d, i) => ({ where: `dates[${i}]`, ...d })),
    ...result.numbers.map((n, i) => ({ where: `numbers[${i}]`, ...n })),
  ];
  result.claims.forEach((c, i) => {
    out.push({ where: `claims[${i}].content`, ...c.content });
    if (c.speaker) out.push({ where: `claims[${i}].speaker`, ...c.speaker });
    if (c.cue) out.push({ where: `claims[${i}].cue`, ...c.cue });
    if (c.statedOn) out.push({ where: `claims[${i}].statedOn`, ...c.statedOn });
  });
  return out;
}

describe.each(manifest)('seed $id', ({ id, date }) => {
  const text = readFileSync(`corpus/articles/${id}.txt`, 'utf8');
  const result = extract(text, { id, date, pipeline: 'japan-dprk' });

  it('validates against the output schema', () => {
    expect(ResultSchema.safeParse(result).success).toBe(true);
    expect(result.doc).toMatchObject({ id, date, length: text.length });
  });

  it('names with every span the text it carries', () => {
    for (const s of spans(result)) {
      expect(s.start, s.where).toBeLessThan(s.end);
      expect(text.slice(s.start, s.end), s.where).toBe(s.text);
    }
  });

  it('keeps every array sorted and every span inside the sentences', () => {
    for (const list of [result.sentences, result.dates, result.numbers]) {
      expect(list.map((s) => s.start)).toEqual([...list.map((s) => s.start)].sort((a, b) => a - b));
    }
    const covered = (s: { start: number; end: number }) => result.sentences.some((x) => x.start <= s.start) && result.sentences.some((x) => x.end >= s.end);
    for (const s of spans(result)) expect(covered(s), s.where).toBe(true);
  });
});

describe('regression: every claim was matched against every date and number of the document (quadratic in a long document)', () => {
  // 20,000 claims and 40,000 numbers and dates, built as layers: toResult alone is timed
  const unit = 'In 1999 the toll was 17. ';
  const text = unit.repeat(20_000);
  const at = (k: number, offset: number, length: number) => ({ start: k * unit.length + offset, end: k * unit.length + offset + length, text: text.slice(k * unit.length + offset, k * unit.length + offset + length) });
  const keys = Array.from({ length: 20_000 }, (_, k) => k);
  let doc = createDoc({ text, id: 'long' });
  doc = withLayer(doc, 'sentences', keys.map((k) => ({ ...at(k, 0, 24), role: 'body' as const })));
  doc = withLayer(doc, 'dates', keys.map((k) => ({ ...at(k, 3, 4), type: 'DATE' as const, value: '1999' })));
  doc = withLayer(doc, 'numbers', keys.map((k) => ({ ...at(k, 21, 2), kind: 'cardinal' as const, value: 17, unit: null, approx: false })));
  doc = withLayer(doc, 'claims', keys.map((k) => ({ kind: 'assertion' as const, content: at(k, 0, 24), speaker: null, cue: null, statedOn: null })));

  it('takes each claim its own date and number, in linear time', () => {
    const started = cpuNow();
    const result = toResult(doc);
    expect(cpuNow() - started).toBeLessThan(1000);
    expect(result.claims.every((c, k) => c.dates.length === 1 && c.dates[0]!.start === k * unit.length + 3 && c.numbers.length === 1)).toBe(true);
  });
});
