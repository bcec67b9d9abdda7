/**
 * Scores the dates stage (TempEval-3): `dates_f` relaxed (any overlap),
 * `dates_strict_f` (same span), `dates_value_f` (a relaxed match whose `value`,
 * and `endValue` when gold has one, equals gold's), `dates_type_acc` over
 * relaxed matches, and `dates_<type>_f` per TIMEX3 type.
 *
 * Values are compared after `canonicalTimexValue`, applied to both sides, which
 * rewrites notations that TimeML corpora use interchangeably for the same value
 * into one form. Exactly these equivalences, nothing else:
 *
 * 1. Trailing unspecified components after a known year are dropped:
 *    `1949-XX` = `1949-XX-XX` = `1949`; `1998-10-XX` = `1998-10`;
 *    `1998-WXX` = `1998-QX` = `1998`. A decade or century written with X
 *    digits is the bare prefix: `198X` = `198`, `19XX` = `19`.
 *    (`XXXX-XX` keeps its month: nothing is dropped without a known year.)
 * 2. ISO week numbers are two digits: `2000-W7` = `2000-W07` (also before
 *    `-WE` or a weekday).
 * 3. A clock time with only the hour has zero minutes, zero seconds are
 *    dropped: `T17` = `T17:00` = `T17:00:00` (zone suffix kept).
 * 4. A duration made only of year-like and month units is counted in months:
 *    `P1E` (decade) = `P10Y` = `P120M`, `P1C` = `P100Y`, `P2L` = `P2000Y`,
 *    `P3Q` (quarters) = `P9M`, `P2.5Y` = `P2Y6M` = `P30M`. Durations with
 *    weeks, days or clock units, and unspecified amounts (`PXY`), are left
 *    as written.
 */
import { TimexTypeSchema, type DateMention } from '../../schema/result.js';
import type { ScoreContext } from '../context.js';
import type { FigureSpec } from '../tally.js';
import { mentionKeys, scoreMentions } from './mentions.js';

const TYPES = TimexTypeSchema.options;

export const datesFigures: FigureSpec = { prf: mentionKeys('dates', TYPES), acc: ['dates_type_acc'], macro: {} };

/** Months in one of each year-like duration unit (4.). */
const MONTHS: Readonly<Record<string, number>> = { L: 12_000, C: 1200, E: 120, Y: 12, Q: 3, M: 1 };
const YEAR_MONTH_DURATION = /^P((?:\d+(?:\.\d+)?[LCEYQM])+)$/;
const DURATION_PART = /(\d+(?:\.\d+)?)([LCEYQM])/g;
const CLOCK = /T(\d{2})(?::(\d{2}))?(?::(\d{2}))?(?![\d:])/;
const UNSPECIFIED = /^[WQH]?X+$/;

function durationInMonths(value: string): string {
  const m = YEAR_MONTH_DURATION.exec(value);
  if (!m) return value;
  let months = 0;
  for (const [, n, unit] of (m[1] ?? '').matchAll(DURATION_PART)) months += Number(n) * (MONTHS[unit ?? ''] ?? 0);
  return Number.isInteger(months) ? `P${months}M` : value;
}

/** One form for TimeML values written in equivalent notations (the list in this file's header). */
export function canonicalTimexValue(value: string): string {
  if (value.startsWith('P')) return durationInMonths(value);
  const [date = '', ...rest] = value.split('T');
  const time = rest.length > 0 ? `T${rest.join('T')}` : '';
  let parts = date.split('-');
  if (/\d/.test(parts[0] ?? '')) {
    while (parts.length > 1 && UNSPECIFIED.test(parts[parts.length - 1] ?? '')) parts = parts.slice(0, -1);
    if (parts.length === 1 && /^\d{1,3}X+$/.test(parts[0] ?? '') && (parts[0] ?? '').length === 4) parts = [(parts[0] ?? '').replace(/X+$/, '')];
  }
  parts = parts.map((p) => (/^W\d$/.test(p) ? `W0${p.slice(1)}` : p));
  const clock = time.replace(CLOCK, (_, h: string, mi: string | undefined, s: string | undefined) => `T${h}:${mi ?? '00'}${s && s !== '00' ? `:${s}` : ''}`);
  return parts.join('-') + clock;
}

const sameValue = (g: string | undefined, p: string | undefined): boolean =>
  g === p || (g !== undefined && p !== undefined && canonicalTimexValue(g) === canonicalTimexValue(p));

export const sameDateValue = (g: DateMention, p: DateMention): boolean =>
  sameValue(g.value, p.value) && (g.endValue === undefined || sameValue(g.endValue, p.endValue));

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
