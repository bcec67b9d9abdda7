import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from '../../src/text/search.js';

const id = (n: number): number => n;
const spans = [
  { start: 0, end: 5 },
  { start: 6, end: 12 },
  { start: 6, end: 8 },
  { start: 20, end: 30 },
];

describe('lowerBound / upperBound', () => {
  it.each([
    // key, lowerBound, upperBound over the span starts 0, 6, 6, 20
    [-1, 0, 0],
    [0, 0, 1],
    [3, 1, 1],
    [6, 1, 3],
    [7, 3, 3],
    [20, 3, 4],
    [99, 4, 4],
  ])('key %i: first start >= key at %i, first start > key at %i', (key, lower, upper) => {
    expect(lowerBound(spans, key, (s) => s.start)).toBe(lower);
    expect(upperBound(spans, key, (s) => s.start)).toBe(upper);
  });

  it('finds nothing in an empty list', () => {
    expect(lowerBound([], 3, id)).toBe(0);
    expect(upperBound([], 3, id)).toBe(0);
  });

  it('gives the span starting at or before an offset as upperBound - 1 (-1 before the first)', () => {
    const starts = [10, 20, 30];
    expect(upperBound(starts, 5, id) - 1).toBe(-1);
    expect(upperBound(starts, 20, id) - 1).toBe(1);
    expect(upperBound(starts, 29, id) - 1).toBe(1);
    expect(upperBound(starts, 1000, id) - 1).toBe(2);
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, key) => {
        const sorted = [...values].sort((a, b) => a - b);
        const lower = sorted.findIndex((v) => v >= key);
        const upper = sorted.findIndex((v) => v > key);
        expect(lowerBound(sorted, key, id)).toBe(lower === -1 ? sorted.length : lower);
        expect(upperBound(sorted, key, id)).toBe(upper === -1 ? sorted.length : upper);
      }),
    );
  });
});
