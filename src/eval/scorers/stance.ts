/**
 * Scores the stance stage over matched claims:
 *
 * - `stance_polarity_f`: macro-F1 of `favor` and `against` (SemEval-2016 Task 6);
 *   a predicted polarity counts only toward the gold claim's target; a label with
 *   no gold and no predicted instance is left out of the average;
 * - `stance_certainty_f`, `stance_condition_f`, `stance_reporting_f`: macro-F1 of
 *   the marked labels only (the unmarked label is the large majority);
 * - `stance_certainty_acc`, `stance_condition_acc`, `stance_reporting_acc`: same label.
 * Per-label figures `stance_<field>_<label>_p/_r/_f` come with each macro-F1.
 */
import type { GoldClaim } from '../../schema/gold.js';
import type { Claim, Stance } from '../../schema/result.js';
import { reportSpan, type ScoreContext } from '../context.js';
import type { FigureSpec } from '../tally.js';
import type { ClaimMatch } from './attribution.js';

const MARKED = {
  polarity: ['favor', 'against'],
  certainty: ['hedged', 'uncommitted'],
  condition: ['conditional', 'unconditional'],
  reporting: ['endorsing', 'distancing', 'negating'],
} as const satisfies Record<Exclude<keyof Stance, 'target'>, readonly string[]>;

type Field = keyof typeof MARKED;
const FIELDS = Object.keys(MARKED) as Field[];
const ACC_FIELDS = ['certainty', 'condition', 'reporting'] as const;

export const stanceFigures: FigureSpec = {
  prf: [],
  acc: ACC_FIELDS.map((f) => `stance_${f}_acc`),
  macro: Object.fromEntries(FIELDS.map((f) => [`stance_${f}_f`, MARKED[f]])),
};

export function scoreStance(ctx: ScoreContext, m: ClaimMatch): void {
  const { text, tally } = ctx;
  const pairs = m.matching.pairs.map((p) => ({ g: (m.gold[p.gold] as GoldClaim).stance, p: (m.predicted[p.predicted] as Claim).stance, claim: m.gold[p.gold] as GoldClaim }));
  for (const field of FIELDS) {
    for (const label of MARKED[field]) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const { g, p } of pairs) {
        const sameTarget = field !== 'polarity' || g.target === p.target;
        const hit = g[field] === label && p[field] === label && sameTarget;
        if (hit) tp++;
        else {
          if (p[field] === label) fp++;
          if (g[field] === label) fn++;
        }
      }
      tally.label(`stance_${field}_f`, label, tp, fp, fn);
    }
  }
  for (const field of ACC_FIELDS) tally.ratio(`stance_${field}_acc`, pairs.filter(({ g, p }) => g[field] === p[field]).length, pairs.length);

  for (const { g, p, claim } of pairs) {
    const diffs = (['target', ...FIELDS] as const).filter((f) => g[f] !== p[f]).map((f) => `${f} ${p[f] ?? 'null'}, gold ${g[f] ?? 'null'}`);
    if (diffs.length > 0) {
      ctx.issue({ layer: 'stance', issue: 'wrong-stance', gold: reportSpan(text, claim.content, `${g.target ?? 'no target'} ${g.polarity ?? ''}`.trim()), predicted: null, detail: diffs.join('; ') }, claim.content);
    }
  }
}
