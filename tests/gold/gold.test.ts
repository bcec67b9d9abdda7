import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AuthoringError, fillGold, sha256 } from '../../src/gold/author.js';
import { validateGold } from '../../src/gold/validate.js';

const ids = ['000', '001', '002', '003', '004'];

describe.each(ids)('corpus/gold/%s.json', (id) => {
  const text = readFileSync(`corpus/articles/${id}.txt`, 'utf8');
  const json = JSON.parse(readFileSync(`corpus/gold/${id}.json`, 'utf8')) as Record<string, unknown>;
  it('passes the validator (schema, hash, offsets, text, order, labels)', () => {
    expect(validateGold(json, text).problems).toEqual([]);
  });
  it('covers every non-space character with a sentence', () => {
    const gold = validateGold(json, text).gold;
    const covered = new Set<number>();
    for (const s of gold?.sentences ?? []) for (let i = s.start; i < s.end; i++) covered.add(i);
    const uncovered = [...text].map((ch, i) => (/\s/.test(ch) || covered.has(i) ? '' : ch)).join('');
    expect(uncovered).toBe('');
  });
});

const article = 'Kato said Tuesday that Japan wants talks. "We are ready," Kato said.';
const draft = {
  doc: { id: 't', date: '2024-01-02', title: null, source: null, targets: [{ id: 'x', description: 'talks', terms: ['talks'] }] },
  sentences: [{ text: 'Kato said Tuesday that Japan wants talks.', role: 'body' }, { text: '"We are ready," Kato said.', role: 'body' }],
  dates: [{ text: 'Tuesday', type: 'DATE', value: '2024-01-02' }],
  claims: [
    { kind: 'indirect', content: { text: 'Japan wants talks' }, speaker: { text: 'Kato', name: 'Kato', type: 'person' }, cue: { text: 'said' }, statedOn: { text: 'Tuesday', value: '2024-01-02' }, stance: { target: 'x', polarity: 'favor', certainty: 'asserted', condition: 'none', reporting: 'neutral' } },
    { kind: 'direct', content: { text: 'We are ready,' }, speaker: { text: 'Kato', name: 'Kato', type: 'person' }, cue: { text: 'said' }, statedOn: null, stance: { target: null, polarity: null, certainty: 'asserted', condition: 'none', reporting: 'neutral' } },
  ],
};

describe('gold authoring helper', () => {
  it('finds spans in order and a claim part nearest to its content', () => {
    const gold = fillGold(draft, article);
    expect(validateGold(gold, article).problems).toEqual([]);
    const claims = gold['claims'] as { speaker: { start: number }; cue: { start: number } }[];
    expect(claims[0]?.speaker.start).toBe(0);
    expect(claims[1]?.speaker.start).toBe(article.lastIndexOf('Kato'));
    expect(claims[1]?.cue.start).toBe(article.lastIndexOf('said'));
    expect((gold['doc'] as { textSha256: string }).textSha256).toBe(sha256(article));
  });
  it('refuses text that is not in the article', () => {
    expect(() => fillGold({ ...draft, dates: [{ text: 'Friday', type: 'DATE', value: 'x' }] }, article)).toThrow(AuthoringError);
  });
  it('refuses an offset that does not hold the text', () => {
    expect(() => fillGold({ ...draft, dates: [{ text: 'Tuesday', start: 0, type: 'DATE', value: 'x' }] }, article)).toThrow(/not at 0/);
  });
});

describe('gold validator', () => {
  const gold = fillGold(draft, article);
  it.each([
    ['a changed article', (g: Record<string, unknown>) => g, `${article} `, /textSha256/],
    ['a span whose text is not its slice', (g: Record<string, unknown>) => ({ ...g, dates: [{ start: 10, end: 17, text: 'Tuesdax', type: 'DATE', value: 'v' }] }), article, /does not equal/],
    ['an assertion with a speaker', (g: Record<string, unknown>) => ({ ...g, claims: [{ ...(g['claims'] as object[])[0], kind: 'assertion' }] }), article, /assertion/],
    ['polarity without a target', (g: Record<string, unknown>) => ({ ...g, claims: [{ ...(g['claims'] as Record<string, unknown>[])[1], stance: { target: null, polarity: 'favor', certainty: 'asserted', condition: 'none', reporting: 'neutral' } }] }), article, /polarity/],
    ['an unknown label', (g: Record<string, unknown>) => ({ ...g, sentences: [{ start: 0, end: 4, role: 'caption' }] }), article, /role/],
  ])('refuses %s', (_name, mutate, text, problem) => {
    expect(validateGold(mutate(gold), text).problems.join('\n')).toMatch(problem);
  });
});
