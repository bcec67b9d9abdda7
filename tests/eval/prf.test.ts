import { describe, expect, it } from 'vitest';
import { accuracy, macroF1, prf } from '../../src/eval/index.js';

describe('prf', () => {
  it.each([
    [{ tp: 2, fp: 2, fn: 1 }, { p: 0.5, r: 2 / 3, f: 4 / 7 }],
    [{ tp: 3, fp: 0, fn: 0 }, { p: 1, r: 1, f: 1 }],
    [{ tp: 0, fp: 3, fn: 0 }, { p: 0, r: null, f: 0 }],
    [{ tp: 0, fp: 0, fn: 4 }, { p: null, r: 0, f: 0 }],
    [{ tp: 0, fp: 0, fn: 0 }, { p: null, r: null, f: null }],
  ])('%o gives %o', (counts, want) => {
    const got = prf(counts);
    for (const k of ['p', 'r', 'f'] as const) {
      if (want[k] === null) expect(got[k]).toBeNull();
      else expect(got[k]).toBeCloseTo(want[k] as number, 12);
    }
  });

  it('accuracy is null with nothing to count', () => {
    expect(accuracy({ correct: 0, total: 0 })).toBeNull();
    expect(accuracy({ correct: 1, total: 4 })).toBe(0.25);
  });

  it('macro-F1 leaves out a label with no gold and no predicted instance', () => {
    // favor: tp 1, fp 1, fn 0 -> F 2/3; against: nothing -> left out
    expect(macroF1([{ tp: 1, fp: 1, fn: 0 }, { tp: 0, fp: 0, fn: 0 }])).toBeCloseTo(2 / 3, 12);
    // against present but never right: F 0 is averaged in
    expect(macroF1([{ tp: 1, fp: 1, fn: 0 }, { tp: 0, fp: 0, fn: 1 }])).toBeCloseTo(1 / 3, 12);
    expect(macroF1([{ tp: 0, fp: 0, fn: 0 }])).toBeNull();
  });
});
