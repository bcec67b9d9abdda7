/**
 * Scores the sentences stage: `sentences_f` (a predicted sentence whose
 * normalised start and end both equal a gold one's), per-role breakdowns
 * `sentences_<role>_f` (same span and role), `sentences_role_acc` over matched
 * sentences, and `boilerplate_f`, character-level: a character inside a
 * predicted boilerplate sentence that is inside a gold boilerplate sentence.
 */
import { SentenceRoleSchema, type Sentence } from '../../schema/result.js';
import { reportSpan, type ScoreContext } from '../context.js';
import { greedyMatch } from '../match.js';
import { charOverlap, normalizeSpan } from '../spans.js';
import type { FigureSpec } from '../tally.js';

const ROLES = SentenceRoleSchema.options;

export const sentencesFigures: FigureSpec = {
  prf: ['sentences', ...ROLES.map((r) => `sentences_${r}`), 'boilerplate'],
  acc: ['sentences_role_acc'],
  macro: {},
};

export function scoreSentences(ctx: ScoreContext): void {
  const { text, tally } = ctx;
  const gold = ctx.gold.sentences;
  const predicted = ctx.predicted.sentences;
  const norm = (s: Sentence) => normalizeSpan(text, s);
  const m = greedyMatch(gold.map(norm), predicted.map(norm), (a) => a === 1);
  tally.count('sentences', m.pairs.length, predicted.length - m.pairs.length, gold.length - m.pairs.length);

  for (const role of ROLES) {
    const tp = m.pairs.filter((p) => gold[p.gold]?.role === role && predicted[p.predicted]?.role === role).length;
    const g = gold.filter((s) => s.role === role).length;
    const p = predicted.filter((s) => s.role === role).length;
    tally.count(`sentences_${role}`, tp, p - tp, g - tp);
  }
  tally.ratio('sentences_role_acc', m.pairs.filter((p) => gold[p.gold]?.role === predicted[p.predicted]?.role).length, m.pairs.length);

  const boiler = (list: readonly Sentence[]) => list.filter((s) => s.role === 'boilerplate');
  const chars = charOverlap(boiler(predicted), boiler(gold));
  tally.count('boilerplate', chars.both, chars.onlyA, chars.onlyB);

  gold.forEach((g, i) => {
    const pi = m.goldTo[i] ?? -1;
    const p = predicted[pi];
    if (!p) ctx.issue({ layer: 'sentences', issue: 'missed', gold: reportSpan(text, g, g.role), predicted: null, detail: 'no predicted sentence with these bounds' }, g);
    else if (p.role !== g.role) {
      ctx.issue(
        { layer: g.role === 'boilerplate' || p.role === 'boilerplate' ? 'boilerplate' : 'sentences', issue: 'wrong-role', gold: reportSpan(text, g, g.role), predicted: reportSpan(text, p, p.role), detail: `role ${p.role}, gold ${g.role}` },
        g,
      );
    }
  });
  predicted.forEach((p, i) => {
    if ((m.predictedTo[i] ?? -1) === -1) ctx.issue({ layer: 'sentences', issue: 'spurious', gold: null, predicted: reportSpan(text, p, p.role), detail: 'no gold sentence with these bounds' }, p);
  });
}
