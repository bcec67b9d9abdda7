/**
 * Scores the dates stage (TempEval-3): `dates_f` relaxed (any overlap),
 * `dates_strict_f` (same span), `dates_value_f` (a relaxed match whose `value`,
 * and `endValue` when gold has one, equals gold's), `dates_type_acc` over
 * relaxed matches, and `dates_<type>_f` per TIMEX3 type.
 */
import { TimexTypeSchema, type DateMention } from '../../schema/result.js';
import type { ScoreContext } from '../context.js';
import type { FigureSpec } from '../tally.js';
import { mentionKeys, scoreMentions } from './mentions.js';

const TYPES = TimexTypeSchema.options;

export const datesFigures: FigureSpec = { prf: mentionKeys('dates', TYPES), acc: ['dates_type_acc'], macro: {} };

export const sameDateValue = (g: DateMention, p: DateMention): boolean =>
  g.value === p.value && (g.endValue === undefined || g.endValue === p.endValue);

export function scoreDates(ctx: ScoreContext): void {
  scoreMentions(ctx, ctx.gold.dates, ctx.predicted.dates, {
    layer: 'dates',
    types: TYPES,
    typeOf: (d) => d.type,
    typeName: 'type',
    typeAccKey: 'dates_type_acc',
    valueEqual: sameDateValue,
    label: (d) => `${d.type} ${d.value}${d.endValue === undefined ? '' : `/${d.endValue}`}`,
  });
}
