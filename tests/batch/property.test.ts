/**
 * Property tests over random and mutated article text: whatever the text, the
 * batch path yields a record (never an exception), a result unless the input
 * is refused as such (binary), and every span in it lies inside the text with
 * its `text` equal to the slice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/batch/process.js';
import { createPipeline } from '../../src/index.js';
import { ErrorRecordSchema, ResultSchema } from '../../src/schema/result.js';

const pipeline = createPipeline('default');
const seeds = readdirSync('corpus/articles')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`corpus/articles/${f}`, 'utf8'));

/** Refusals that depend on the input alone; anything else (E_STAGE_FAILED, E_INTERNAL, E_INVALID_OUTPUT) is a bug. */
const INPUT_REFUSALS = new Set(['E_BINARY']);

interface Span {
  start: number;
  end: number;
  text?: unknown;
}

/** Every object with numeric start and end anywhere in the record. */
function spans(value: unknown, path = '$', out: [string, Span][] = []): [string, Span][] {
  if (Array.isArray(value)) value.forEach((v, i) => spans(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['start'] === 'number' && typeof o['end'] === 'number') out.push([path, o as unknown as Span]);
    for (const [k, v] of Object.entries(o)) spans(v, `${path}.${k}`, out);
  }
  return out;
}

function checkRecord(text: string, date: string | null): void {
  const outcome = processArticle(pipeline, { id: 'p', text, date, title: null, source: 'property', messages: [] }, { maxChars: 1_000_000, pretty: false });
  const record: unknown = JSON.parse(outcome.json);
  if (outcome.error) {
    expect(ErrorRecordSchema.safeParse(record).success).toBe(true);
    expect(INPUT_REFUSALS.has(outcome.error.code), `${outcome.error.code}: ${outcome.error.message}`).toBe(true);
    return;
  }
  const result = ResultSchema.parse(record);
  expect(result.doc.length).toBe(text.length);
  for (const [path, s] of spans(result)) {
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length, `${path} [${s.start}, ${s.end}) outside [0, ${text.length}]`).toBe(true);
    if (typeof s.text === 'string') expect(s.text, path).toBe(text.slice(s.start, s.end));
  }
  for (const list of [result.sentences, result.dates, result.numbers, result.claims.map((c) => c.content)]) {
    expect(list.map((s) => s.start)).toEqual([...list.map((s) => s.start)].sort((a, b) => a - b));
  }
}

/** Pieces of news text, including the troublesome ones: every kind of quotation mark, CRLF, emoji, lone surrogates. */
const piece = fc.oneof(
  fc.constantFrom(
    'The', 'minister', 'said', 'told', 'reporters', 'according to', 'officials', 'Kim Jong Un', 'Japan', 'he', 'she', 'they', 'that', 'would',
    'on Tuesday', 'last year', 'March 3', '2024', '17', '3.5 percent', '$1.2 billion', 'about 40', 'the summit', 'not', 'may', 'if',
    '"', '“', '”', "'", '‘', '’', '«', '»', '``', "''", '(', ')', '—', '-', ':', ';', ',', '.', '?', '!', '...', 'U.S.', 'Dr.',
    ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\ufeff', '😀', 'é', '北朝鮮', '\ud800', '\udc00',
  ),
  fc.string({ maxLength: 8 }),
);
const newsText = fc.array(piece, { maxLength: 200 }).map((parts) => parts.join(''));

/** Edits applied to a seed article. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('crlf' as const) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'crlf') return text.replace(/\n/g, '\r\n');
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  if (m.kind === 'insert') return text.slice(0, at) + m.piece + text.slice(at);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  if (m.kind === 'duplicate') return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
  return text.slice(0, at);
}

const date = fc.option(fc.constantFrom('2021-03-30', '2024-02-29', '1999-12-31'), { nil: null });

/** Hundreds of pipeline runs per property: on a shared, loaded machine that can exceed vitest's 5 s default. Not a performance limit. */
describe('any text through the batch path', { timeout: 60_000 }, () => {
  it('random news-like text: a valid record, spans inside the text', () => {
    fc.assert(fc.property(newsText, date, (text, d) => checkRecord(text, d)), { numRuns: 150 });
  });

  it('arbitrary strings (any UTF-16 code units)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkRecord(text, null)), { numRuns: 100 });
  });

  it('mutated seed articles', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), date, (i, edits, d) =>
        checkRecord(edits.reduce(mutate, seeds[i] ?? ''), d),
      ),
      { numRuns: 60 },
    );
  });
});
