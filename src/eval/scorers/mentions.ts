/**
 * The scoring shared by dates and numbers (TempEval-3 style): a relaxed
 * one-to-one matching on any overlap (greedy, highest agreement first), a
 * strict one on equal spans, value equality over the relaxed matches, a
 * per-type breakdown and type accuracy.
 */
import { reportSpan, type ScoreContext } from '../context.js';
import { greedyMatch } from '../match.js';
import { normalizeSpan, type Span } from '../spans.js';

export interface MentionScoring<T extends Span> {
  readonly layer: 'dates' | 'numbers';
  readonly types: readonly string[];
  readonly typeOf: (m: T) => string;
  /** What the type is called in reports: TIMEX3 "type", number "kind". */
  readonly typeName: 'type' | 'kind';
  /** The accuracy key for the type ("dates_type_acc"). */
  readonly typeAccKey: string;
  readonly valueEqual: (gold: T, predicted: T) => boolean;
  readonly label: (m: T) => string;
  /** Extra checks over the value matches (numbers: unit). */
  readonly onValueMatches?: (pairs: readonly { g: T; p: T }[]) => void;
}

export const mentionKeys = (layer: string, types: readonly string[]): string[] => [
  layer,
  `${layer}_strict`,
  `${layer}_value`,
  ...types.map((t) => `${layer}_${t.toLowerCase()}`),
];

export function scoreMentions<T extends Span>(ctx: ScoreContext, gold: readonly T[], predicted: readonly T[], s: MentionScoring<T>): void {
  const { text, tally } = ctx;
  const { layer } = s;
  const norm = (m: T) => normalizeSpan(text, m);
  const gn = gold.map(norm);
  const pn = predicted.map(norm);
  const relaxed = greedyMatch(gn, pn, () => true);
  const strict = greedyMatch(gn, pn, (a) => a === 1);
  const pairs = relaxed.pairs.map((x) => ({ g: gold[x.gold] as T, p: predicted[x.predicted] as T, agreement: x.agreement }));
  const fit = (tp: number) => [tp, predicted.length - tp, gold.length - tp] as const;

  tally.count(layer, ...fit(pairs.length));
  tally.count(`${layer}_strict`, ...fit(strict.pairs.length));
  const valued = pairs.filter(({ g, p }) => s.valueEqual(g, p));
  tally.count(`${layer}_value`, ...fit(valued.length));
  for (const type of s.types) {
    const tp = pairs.filter(({ g, p }) => s.typeOf(g) === type && s.typeOf(p) === type).length;
    tally.count(`${layer}_${type.toLowerCase()}`, tp, predicted.filter((m) => s.typeOf(m) === type).length - tp, gold.filter((m) => s.typeOf(m) === type).length - tp);
  }
  tally.ratio(s.typeAccKey, pairs.filter(({ g, p }) => s.typeOf(g) === s.typeOf(p)).length, pairs.length);
  s.onValueMatches?.(valued);

  gold.forEach((g, i) => {
    if ((relaxed.goldTo[i] ?? -1) === -1) ctx.issue({ layer, issue: 'missed', gold: reportSpan(text, g, s.label(g)), predicted: null, detail: 'no overlapping prediction' }, g);
  });
  predicted.forEach((p, i) => {
    if ((relaxed.predictedTo[i] ?? -1) === -1) ctx.issue({ layer, issue: 'spurious', gold: null, predicted: reportSpan(text, p, s.label(p)), detail: 'overlaps no gold item' }, p);
  });
  for (const { g, p, agreement } of pairs) {
    const both = { gold: reportSpan(text, g, s.label(g)), predicted: reportSpan(text, p, s.label(p)) };
    if (agreement < 1) ctx.issue({ layer, issue: 'boundary', ...both, detail: `span ${JSON.stringify(both.predicted.text)}, gold ${JSON.stringify(both.gold.text)}` }, g);
    if (!s.valueEqual(g, p)) ctx.issue({ layer, issue: 'wrong-value', ...both, detail: `${s.label(p)}, gold ${s.label(g)}` }, g);
    if (s.typeOf(g) !== s.typeOf(p)) {
      ctx.issue({ layer, issue: s.typeName === 'type' ? 'wrong-type' : 'wrong-kind', ...both, detail: `${s.typeName} ${s.typeOf(p)}, gold ${s.typeOf(g)}` }, g);
    }
  }
}
