import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDoc, layer, withLayer } from '../../src/core/document.js';
import { ClaimkitError } from '../../src/core/errors.js';
import { buildPipeline, isValidDay } from '../../src/core/pipeline.js';
import { Registry } from '../../src/core/registry.js';
import { defineStage } from '../../src/core/stage.js';
import { createPipeline } from '../../src/index.js';
import { createRegistry } from '../../src/stages/index.js';

const sentences = defineStage({
  name: 'one-sentence',
  description: 'the whole text as one body sentence',
  requires: [],
  assigns: ['sentences'],
  options: z.object({}),
  create: () => (doc) => withLayer(doc, 'sentences', [{ start: 0, end: doc.text.length, role: 'body' }]),
});

const counter = defineStage({
  name: 'counter',
  description: 'needs sentences',
  requires: ['sentences'],
  assigns: ['numbers'],
  options: z.object({ value: z.number().default(1) }),
  create: ({ value }) => (doc) =>
    withLayer(doc, 'numbers', layer(doc, 'sentences').map((s) => ({ start: s.start, end: s.start + 1, text: doc.text.slice(s.start, s.start + 1), kind: 'cardinal' as const, value, unit: null, approx: false }))),
});

const registry = () => new Registry().register(sentences).register(counter);
const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof ClaimkitError ? e.code : 'not a ClaimkitError';
  }
  return undefined;
};

describe('registry', () => {
  it('refuses a duplicate name', () => {
    expect(code(() => registry().register(sentences))).toBe('E_DUPLICATE_STAGE');
  });
  it('refuses an unknown name', () => {
    expect(code(() => registry().get('nope'))).toBe('E_UNKNOWN_STAGE');
  });
});

describe('runner', () => {
  it('refuses an unknown stage before running anything', () => {
    expect(code(() => buildPipeline({ name: 't', stages: [{ name: 'one-sentence' }, { name: 'missing' }] }, registry()))).toBe('E_UNKNOWN_STAGE');
  });
  it('refuses a stage whose requirement no earlier stage assigns', () => {
    expect(code(() => buildPipeline({ name: 't', stages: [{ name: 'counter' }, { name: 'one-sentence' }] }, registry()))).toBe('E_MISSING_REQUIREMENT');
  });
  it('names the stage that assigns a missing layer (a pipeline written before the tokens stage existed)', () => {
    const old = ['sentences', 'dates', 'numbers', 'quotes', 'attribution'].map((name) => ({ name }));
    expect(() => buildPipeline({ name: 'old', stages: old }, createRegistry())).toThrow(/requires tokens in pipeline old \(tokens comes from stage tokens: list it before attribution\)/);
  });
  it('refuses options that do not validate', () => {
    expect(code(() => buildPipeline({ name: 't', stages: [{ name: 'one-sentence' }, { name: 'counter', options: { value: 'x' } }] }, registry()))).toBe('E_BAD_OPTIONS');
  });
  it('refuses a definition with no stages', () => {
    expect(code(() => buildPipeline({ name: 't', stages: [] }, registry()))).toBe('E_BAD_PIPELINE');
  });
  it('runs stages in order with their options, leaving the input document unchanged', () => {
    const pipeline = buildPipeline({ name: 't', stages: [{ name: 'one-sentence' }, { name: 'counter', options: { value: 7 } }] }, registry());
    const doc = pipeline.run({ text: 'Hello.', id: 'x', date: '2024-01-02' });
    expect(doc.layers.numbers?.[0]?.value).toBe(7);
    expect(pipeline.stages).toEqual(['one-sentence', 'counter']);
    const input = createDoc({ text: 'abc' });
    withLayer(input, 'sentences', []);
    expect(input.layers.sentences).toBeUndefined();
  });
  it('warns when there is no publication date and refuses an impossible one', () => {
    const pipeline = buildPipeline({ name: 't', stages: [{ name: 'one-sentence' }] }, registry());
    expect(pipeline.run({ text: 'Hi.' }).messages.map((m) => m.code)).toEqual(['W_NO_DATE']);
    expect(code(() => pipeline.run({ text: 'Hi.', date: '2024-02-30' }))).toBe('E_BAD_DATE');
  });
  it('turns a stage exception into E_STAGE_FAILED naming the stage', () => {
    const boom = defineStage({ name: 'boom', description: '', requires: [], assigns: [], options: z.object({}), create: () => () => { throw new Error('bad'); } });
    const pipeline = buildPipeline({ name: 't', stages: [{ name: 'boom' }] }, new Registry().register(boom));
    expect(() => pipeline.run({ text: 'x' })).toThrow(/boom/);
    let thrown: unknown;
    try {
      pipeline.run({ text: 'x' });
    } catch (e) {
      thrown = e;
    }
    expect((thrown as Error).cause).toBeInstanceOf(Error);
    expect(((thrown as Error).cause as Error).message).toBe('bad');
  });
  it('knows the built-in pipelines and refuses other names', () => {
    expect(createPipeline('japan-dprk').targets[0]?.id).toBe('japan-dprk-summit');
    expect(createPipeline('default').targets).toEqual([]);
    expect(code(() => createPipeline('nope'))).toBe('E_UNKNOWN_PIPELINE');
  });
});

describe.each([
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2024-13-01', false],
  ['24-01-01', false],
])('isValidDay(%s)', (day, ok) => {
  it(`is ${ok}`, () => expect(isValidDay(day)).toBe(ok));
});
