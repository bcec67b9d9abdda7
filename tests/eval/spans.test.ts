import { describe, expect, it } from 'vitest';
import { agreement, greedyMatch, normalizeSpan, normalizeText, overlapLength } from '../../src/eval/index.js';

describe('span normalisation', () => {
  it.each([
    ['  said Tuesday. ', 'said Tuesday'],
    ['"I think so,"', 'I think so'],
    ['\u201CWe will,\u201D', 'We will'],
    ["\u2018maybe\u2019;", 'maybe'],
    ["'quoted':", 'quoted'],
    [', the agency said.', 'the agency said'],
    ['U.S.', 'U.S'],
    ['"; ,.:', ''],
  ])('%j -> %j', (input, want) => {
    expect(normalizeText(input)).toBe(want);
  });

  it('does not trim inside the span, nor other punctuation', () => {
    expect(normalizeText('(KCNA) "yes, no"!')).toBe('(KCNA) "yes, no"!');
    expect(normalizeText('"a" and "b"')).toBe('a" and "b');
  });

  it('moves offsets, never the text', () => {
    const text = 'He said: "Go now." Then left.';
    expect(normalizeSpan(text, { start: 8, end: 18 })).toEqual({ start: 10, end: 16 });
  });
});

describe('overlap and agreement', () => {
  it.each([
    [{ start: 0, end: 10 }, { start: 0, end: 10 }, 10, 1],
    [{ start: 0, end: 10 }, { start: 5, end: 15 }, 5, 5 / 15],
    [{ start: 0, end: 10 }, { start: 2, end: 4 }, 2, 2 / 10],
    [{ start: 0, end: 10 }, { start: 10, end: 12 }, 0, 0],
    [{ start: 3, end: 3 }, { start: 0, end: 10 }, 0, 0],
  ])('%o and %o share %d chars, agree %d', (a, b, inter, agr) => {
    expect(overlapLength(a, b)).toBe(inter);
    expect(agreement(a, b)).toBeCloseTo(agr, 12);
  });
});

describe('greedy one-to-one matching', () => {
  it('takes the highest agreement first', () => {
    // gold 0 overlaps pred 0 (agreement 0.5) and pred 1 (0.9); gold 1 overlaps pred 1 only (1/20).
    const gold = [{ start: 0, end: 10 }, { start: 8, end: 20 }];
    const predicted = [{ start: 0, end: 5 }, { start: 0, end: 9 }];
    const m = greedyMatch(gold, predicted, () => true);
    expect(m.pairs.map((p) => [p.gold, p.predicted])).toEqual([[0, 1]]);
    expect(m.goldTo).toEqual([1, -1]);
    expect(m.predictedTo).toEqual([-1, 0]);
  });

  it('matches each side once', () => {
    const gold = [{ start: 0, end: 10 }];
    const predicted = [{ start: 0, end: 10 }, { start: 0, end: 10 }];
    const m = greedyMatch(gold, predicted, () => true);
    expect(m.pairs).toHaveLength(1);
    expect(m.predictedTo).toEqual([0, -1]);
  });

  it('lets a lower-ranked pair through when the better one is taken', () => {
    const gold = [{ start: 0, end: 10 }, { start: 0, end: 8 }];
    const predicted = [{ start: 0, end: 9 }, { start: 0, end: 7 }];
    // pairs: g0-p0 .9, g1-p0 8/9, g1-p1 7/8, g0-p1 .7 -> g0-p0 then g1-p1
    const m = greedyMatch(gold, predicted, () => true);
    expect(m.pairs.map((p) => [p.gold, p.predicted])).toEqual([[0, 0], [1, 1]]);
  });

  it('respects the acceptance threshold', () => {
    const m = greedyMatch([{ start: 0, end: 10 }], [{ start: 0, end: 4 }], (a) => a >= 0.5);
    expect(m.pairs).toHaveLength(0);
  });

  it('breaks ties by gold order, then prediction order', () => {
    const gold = [{ start: 0, end: 4 }, { start: 4, end: 8 }];
    const predicted = [{ start: 2, end: 6 }];
    const m = greedyMatch(gold, predicted, () => true);
    expect(m.pairs.map((p) => p.gold)).toEqual([0]);
  });
});
