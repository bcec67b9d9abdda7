import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { ManifestSchema } from '../../src/schema/gold.js';
import { ResultSchema, type Result } from '../../src/schema/result.js';

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
