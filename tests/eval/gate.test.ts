/**
 * The accuracy gate: the evaluator on corpus/ (pipeline japan-dprk) must not
 * fall below corpus/baseline.metrics.json by more than the tolerance. Raise the
 * baseline deliberately with `claimkit eval corpus --update-baseline`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatShortfalls, goldIds, loadGoldSet, readBaseline, repoRoot, shortfalls, TOLERANCE } from '../../src/eval/index.js';

const corpus = join(repoRoot(), 'corpus');
const labeled = goldIds(corpus);
if (labeled.length === 0) console.warn('accuracy gate skipped: corpus/gold holds no gold files yet');

describe.skipIf(labeled.length === 0)('accuracy gate on corpus/', () => {
  it('keeps every promised figure at or above its baseline', () => {
    const baseline = readBaseline(join(corpus, 'baseline.metrics.json'));
    expect(baseline, 'corpus/baseline.metrics.json is missing: run claimkit eval corpus --update-baseline').not.toBeNull();
    if (!baseline) return;
    expect(baseline.pipeline).toBe('japan-dprk');
    const run = evaluate(loadGoldSet(corpus, 'corpus'), { pipeline: 'japan-dprk' });
    const below = shortfalls(run.metrics, baseline.metrics, TOLERANCE);
    expect(below, `figures below corpus/baseline.metrics.json (tolerance ${TOLERANCE}):\n${formatShortfalls(below)}`).toEqual([]);
  });
});
