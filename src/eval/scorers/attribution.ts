/**
 * Scores the attribution stage (claims with their speaker mention, cue and
 * time of saying). Claims are matched one-to-one, greedily, on their
 * normalised content spans with agreement ≥ 0.5; then, over that matching:
 *
 * - `claims_f`: matched claims; `claims_strict_f`: a separate matching on equal spans;
 * - `claims_<kind>_f`: matched with the same kind (per-kind breakdown); `kind_acc`;
 * - `speaker_mention_f`: a matched claim whose speaker span overlaps the gold one
 *   (precision over predicted claims with a speaker span, recall over gold ones);
 * - `cue_f`: the same for the cue;
 * - `stated_on_acc`: over matched claims where either side has `statedOn`: equal values.
 */
import type { GoldClaim } from '../../schema/gold.js';
import { ClaimKindSchema, type Claim, type TextSpan } from '../../schema/result.js';
import { annotatesAttribute, reportSpan, type ScoreContext } from '../context.js';
import { greedyMatch, type Matching } from '../match.js';
import { normalizeSpan, overlapLength } from '../spans.js';
import type { FigureSpec } from '../tally.js';
import type { ScoringOptions } from '../types.js';

const KINDS = ClaimKindSchema.options;

export const attributionFigures: FigureSpec = {
  prf: ['claims', 'claims_strict', ...KINDS.map((k) => `claims_${k}`), 'speaker_mention', 'cue'],
  acc: ['kind_acc', 'stated_on_acc'],
  macro: {},
};

/** The claim matching every claim-level scorer (attribution, speakers, stance) works from. */
export interface ClaimMatch {
  readonly gold: readonly GoldClaim[];
  /** The predicted claims that are scored (those of ignored kinds removed). */
  readonly predicted: readonly Claim[];
  /** Content agreement ≥ 0.5. */
  readonly matching: Matching;
  /** Equal content spans. */
  readonly strict: Matching;
}

export function matchClaims(text: string, gold: readonly GoldClaim[], predicted: readonly Claim[], scoring: ScoringOptions): ClaimMatch {
  const ignored = new Set(scoring.ignorePredictedClaimKinds ?? []);
  const kept = predicted.filter((c) => !ignored.has(c.kind));
  const g = gold.map((c) => normalizeSpan(text, c.content));
  const p = kept.map((c) => normalizeSpan(text, c.content));
  return { gold, predicted: kept, matching: greedyMatch(g, p, (a) => a >= 0.5), strict: greedyMatch(g, p, (a) => a === 1) };
}

const claimLabel = (c: GoldClaim | Claim): string => {
  const who = c.speaker ? ` — ${c.speaker.name ?? c.speaker.text}` : '';
  return `${c.kind}${who}`;
};

/**
 * A span after normalisation, or as written when normalisation would leave
 * nothing: a colon cue ("X: “Q”") is all trimmable characters, and an empty
 * span could never overlap anything, not even the same colon in the gold.
 */
const comparable = (text: string, span: TextSpan): { start: number; end: number } => {
  const n = normalizeSpan(text, span);
  return n.end > n.start ? n : span;
};

/** Overlap after normalisation of two optional spans; false when either is missing. */
const spansOverlap = (text: string, a: TextSpan | null, b: TextSpan | null): boolean =>
  a !== null && b !== null && overlapLength(comparable(text, a), comparable(text, b)) > 0;

export function scoreAttribution(ctx: ScoreContext, m: ClaimMatch): void {
  const { text, tally, scoring } = ctx;
  const { gold, predicted, matching } = m;
  const pairs = matching.pairs.map((p) => ({ g: gold[p.gold] as GoldClaim, p: predicted[p.predicted] as Claim, agreement: p.agreement }));
  tally.count('claims', pairs.length, predicted.length - pairs.length, gold.length - pairs.length);

  const strict = m.strict.pairs.length;
  tally.count('claims_strict', strict, predicted.length - strict, gold.length - strict);

  const kinds = annotatesAttribute(scoring, 'kind');
  if (kinds) {
    for (const kind of KINDS) {
      const tp = pairs.filter(({ g, p }) => g.kind === kind && p.kind === kind).length;
      tally.count(`claims_${kind}`, tp, predicted.filter((c) => c.kind === kind).length - tp, gold.filter((c) => c.kind === kind).length - tp);
    }
    tally.ratio('kind_acc', pairs.filter(({ g, p }) => g.kind === p.kind).length, pairs.length);
  }

  const mentionTp = pairs.filter(({ g, p }) => spansOverlap(text, g.speaker, p.speaker)).length;
  tally.count('speaker_mention', mentionTp, predicted.filter((c) => c.speaker).length - mentionTp, gold.filter((c) => c.speaker).length - mentionTp);
  const cueTp = pairs.filter(({ g, p }) => spansOverlap(text, g.cue, p.cue)).length;
  tally.count('cue', cueTp, predicted.filter((c) => c.cue).length - cueTp, gold.filter((c) => c.cue).length - cueTp);

  const statedOn = annotatesAttribute(scoring, 'statedOn');
  if (statedOn) {
    const either = pairs.filter(({ g, p }) => g.statedOn || p.statedOn);
    tally.ratio('stated_on_acc', either.filter(({ g, p }) => g.statedOn && p.statedOn && g.statedOn.value === p.statedOn.value).length, either.length);
  }

  gold.forEach((g, i) => {
    if ((matching.goldTo[i] ?? -1) === -1) {
      ctx.issue({ layer: 'claims', issue: 'missed', gold: reportSpan(text, g.content, claimLabel(g)), predicted: null, detail: 'no predicted claim agrees ≥ 0.5' }, g.content);
    }
  });
  predicted.forEach((p, i) => {
    if ((matching.predictedTo[i] ?? -1) === -1) {
      ctx.issue({ layer: 'claims', issue: 'spurious', gold: null, predicted: reportSpan(text, p.content, claimLabel(p)), detail: 'no gold claim agrees ≥ 0.5' }, p.content);
    }
  });
  for (const { g, p, agreement } of pairs) {
    const both = { gold: reportSpan(text, g.content, claimLabel(g)), predicted: reportSpan(text, p.content, claimLabel(p)) };
    const at = g.content;
    if (agreement < 1) ctx.issue({ layer: 'claims', issue: 'boundary', ...both, detail: `content agreement ${agreement.toFixed(2)}` }, at);
    if (kinds && g.kind !== p.kind) ctx.issue({ layer: 'claims', issue: 'wrong-kind', ...both, detail: `kind ${p.kind}, gold ${g.kind}` }, at);
    if ((g.speaker || p.speaker) && !spansOverlap(text, g.speaker, p.speaker)) {
      ctx.issue({ layer: 'claims', issue: 'wrong-speaker-mention', ...both, detail: `speaker mention ${JSON.stringify(p.speaker?.text ?? null)}, gold ${JSON.stringify(g.speaker?.text ?? null)}` }, at);
    }
    if ((g.cue || p.cue) && !spansOverlap(text, g.cue, p.cue)) {
      ctx.issue({ layer: 'claims', issue: 'wrong-cue', ...both, detail: `cue ${JSON.stringify(p.cue?.text ?? null)}, gold ${JSON.stringify(g.cue?.text ?? null)}` }, at);
    }
    if (statedOn && (g.statedOn || p.statedOn) && g.statedOn?.value !== p.statedOn?.value) {
      ctx.issue({ layer: 'claims', issue: 'wrong-stated-on', ...both, detail: `statedOn ${p.statedOn?.value ?? 'null'}, gold ${g.statedOn?.value ?? 'null'}` }, at);
    }
  }
}
