/**
 * A result against its gold file, as the evaluator sees it: the same scoring
 * (`scoreDoc`: figures and the error report's issues) and the same claim
 * matching, kept in a form the pages can draw.
 */
import { FIGURE_SPECS, scoreDoc, setFigures } from '../eval/score.js';
import { figures, type Metrics, type Tally } from '../eval/tally.js';
import type { Issue, ScoringOptions } from '../eval/types.js';
import type { Gold } from '../schema/gold.js';
import type { Result } from '../schema/result.js';

export interface GoldComparison {
  readonly gold: Gold;
  /** The per-article figures (METRICS.md). */
  readonly metrics: Metrics;
  /** The counts behind them, summed over articles for a gold set's figures (`goldSetFigures`). */
  readonly tally: Tally;
  /** The error report's issues for this article, in text order. */
  readonly issues: readonly Issue[];
  /** Whether claims are compared (the gold file annotates claims or stance). */
  readonly claims: boolean;
  /** For each gold claim, the index in `result.claims` of the claim matched to it, or -1. */
  readonly goldToClaim: readonly number[];
  /** For each claim of the result, the index of the gold claim matched to it, or -1 (also -1 for claims the gold set ignores). */
  readonly claimToGold: readonly number[];
}

export function compareWithGold(text: string, result: Result, gold: Gold, scoring: ScoringOptions = {}): GoldComparison {
  const { tally, issues, claims: m } = scoreDoc({ text, gold, predicted: result }, scoring);
  const claims = m !== null;
  const claimToGold = result.claims.map(() => -1);
  let goldToClaim = gold.claims.map(() => -1);
  if (m) {
    const index = new Map(result.claims.map((c, i) => [c, i]));
    const toResult = (kept: number): number => (kept === -1 ? -1 : (index.get(m.predicted[kept] as Result['claims'][number]) ?? -1));
    goldToClaim = m.matching.goldTo.map(toResult);
    goldToClaim.forEach((ci, gi) => {
      if (ci !== -1) claimToGold[ci] = gi;
    });
  }
  return { gold, metrics: figures(tally, FIGURE_SPECS), tally, issues, claims, goldToClaim, claimToGold };
}

/** The figures of a set of articles (micro-averaged, as the evaluator's) from their comparisons, without scoring again. */
export function goldSetFigures(comparisons: readonly GoldComparison[]): Metrics {
  return setFigures(comparisons.map((c) => c.tally));
}
