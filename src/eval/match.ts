/**
 * One-to-one greedy matching by overlap: every candidate pair (a gold span and
 * a predicted span that the caller accepts) is ranked by agreement, highest
 * first (ties: earlier gold, then earlier prediction), and taken when neither
 * side is taken yet.
 */
import { agreement, type Span } from './spans.js';

export interface Pair {
  readonly gold: number;
  readonly predicted: number;
  readonly agreement: number;
}

export interface Matching {
  /** Matched pairs, in gold order. */
  readonly pairs: readonly Pair[];
  /** For each gold index, the predicted index matched to it, or -1. */
  readonly goldTo: readonly number[];
  /** For each predicted index, the gold index matched to it, or -1. */
  readonly predictedTo: readonly number[];
}

/** Pairs with agreement > 0 are candidates; `accept` narrows them (e.g. agreement ≥ 0.5, or equal spans). */
export function greedyMatch(gold: readonly Span[], predicted: readonly Span[], accept: (agreement: number) => boolean): Matching {
  const order = predicted.map((_, i) => i).sort((a, b) => (predicted[a] as Span).start - (predicted[b] as Span).start);
  const candidates: Pair[] = [];
  gold.forEach((g, gi) => {
    for (const pi of order) {
      const p = predicted[pi] as Span;
      if (p.start >= g.end) break;
      const a = agreement(g, p);
      if (a > 0 && accept(a)) candidates.push({ gold: gi, predicted: pi, agreement: a });
    }
  });
  candidates.sort((x, y) => y.agreement - x.agreement || x.gold - y.gold || x.predicted - y.predicted);
  const goldTo = gold.map(() => -1);
  const predictedTo = predicted.map(() => -1);
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (goldTo[c.gold] !== -1 || predictedTo[c.predicted] !== -1) continue;
    goldTo[c.gold] = c.predicted;
    predictedTo[c.predicted] = c.gold;
    pairs.push(c);
  }
  pairs.sort((x, y) => x.gold - y.gold);
  return { pairs, goldTo, predictedTo };
}
