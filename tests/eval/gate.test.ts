/**
 * The accuracy gate: the evaluator on each hand-labeled gold set of the
 * repository must not fall below the set's baseline.metrics.json by more
 * than the tolerance, with the pipeline the baseline names. corpus/ holds
 * the five development articles (pipeline japan-dprk); tests/fixtures/topics/
 * six articles in other topics (pipeline default, each article's own stance
 * target). Raise a baseline deliberately with `claimkit eval <dir> --update-baseline`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatShortfalls, goldIds, loadGoldSet, readBaseline, repoRoot, shortfalls, TOLERANCE } from '../../src/eval/index.js';

const GOLD_SETS = [
  { dir: 'corpus', pipeline: 'japan-dprk' },
  { dir: 'tests/fixtures/topics', pipeline: 'default' },
];

describe.each(GOLD_SETS)('accuracy gate on $dir', ({ dir, pipeline }) => {
  const folder = join(repoRoot(), dir);
  const labeled = goldIds(folder);
  if (labeled.length === 0) console.warn(`accuracy gate skipped: ${dir}/gold holds no gold files yet`);

  it.skipIf(labeled.length === 0)('keeps every promised figure at or above its baseline', () => {
    const baseline = readBaseline(join(folder, 'baseline.metrics.json'));
    expect(baseline, `${dir}/baseline.metrics.json is missing: run claimkit eval ${dir} --update-baseline`).not.toBeNull();
    if (!baseline) return;
    expect(baseline.pipeline).toBe(pipeline);
    const run = evaluate(loadGoldSet(folder, dir), { pipeline });
    const below = shortfalls(run.metrics, baseline.metrics, TOLERANCE);
    expect(below, `figures below ${dir}/baseline.metrics.json (tolerance ${TOLERANCE}):\n${formatShortfalls(below)}`).toEqual([]);
  });
});
