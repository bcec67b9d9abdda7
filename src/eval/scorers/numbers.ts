/**
 * Scores the numbers stage, as for dates: `numbers_f` relaxed, `numbers_strict_f`,
 * `numbers_value_f` (value, and `endValue` when gold has one, equal within 1e-9
 * relative), `numbers_kind_acc` over relaxed matches, `numbers_unit_acc` over
 * value matches (same unit), and `numbers_<kind>_f` per kind.
 */
import { NumberKindSchema, type NumberMention } from '../../schema/result.js';
import { annotatesAttribute, reportSpan, type ScoreContext } from '../context.js';
import type { FigureSpec } from '../tally.js';
import { mentionKeys, scoreMentions } from './mentions.js';

const KINDS = NumberKindSchema.options;

export const numbersFigures: FigureSpec = { prf: mentionKeys('numbers', KINDS), acc: ['numbers_kind_acc', 'numbers_unit_acc'], macro: {} };

/** Equal within 1e-9 relative. */
const closeTo = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

const sameNumberValue = (g: NumberMention, p: NumberMention): boolean =>
  closeTo(g.value, p.value) && (g.endValue === undefined || (p.endValue !== undefined && closeTo(g.endValue, p.endValue)));

const label = (n: NumberMention): string =>
  `${n.kind} ${n.value}${n.endValue === undefined ? '' : `–${n.endValue}`}${n.unit === null ? '' : ` ${n.unit}`}`;

export function scoreNumbers(ctx: ScoreContext): void {
  const units = annotatesAttribute(ctx.scoring, 'numberUnit');
  scoreMentions(ctx, ctx.gold.numbers, ctx.predicted.numbers, {
    layer: 'numbers',
    types: KINDS,
    typeOf: (n) => n.kind,
    typeName: 'kind',
    typeAccKey: 'numbers_kind_acc',
    valueEqual: sameNumberValue,
    label,
    onValueMatches: (pairs) => {
      if (!units) return;
      ctx.tally.ratio('numbers_unit_acc', pairs.filter(({ g, p }) => g.unit === p.unit).length, pairs.length);
      for (const { g, p } of pairs) {
        if (g.unit !== p.unit) {
          ctx.issue({ layer: 'numbers', issue: 'wrong-unit', gold: reportSpan(ctx.text, g, label(g)), predicted: reportSpan(ctx.text, p, label(p)), detail: `unit ${p.unit ?? 'null'}, gold ${g.unit ?? 'null'}` }, g);
        }
      }
    },
  });
}
