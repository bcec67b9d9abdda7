/**
 * Scores the speakers stage: `speaker_f`, the headline figure. A true positive
 * is a matched non-assertion claim whose predicted `speaker.name` equals the
 * gold name or one of its aliases (case, white space and a leading "the"
 * ignored). Precision is over predicted attributed claims, recall over gold
 * attributed claims. A gold claim whose name is null (the corpus marks only
 * the mention) is left out, with the prediction matched to it.
 */
import type { GoldClaim } from '../../schema/gold.js';
import type { Claim } from '../../schema/result.js';
import { annotatesAttribute, reportSpan, type ScoreContext } from '../context.js';
import type { FigureSpec } from '../tally.js';
import type { ClaimMatch } from './attribution.js';

export const speakersFigures: FigureSpec = { prf: ['speaker'], acc: [], macro: {} };

/** Lower case, one space between words, no leading "the". */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

function sameSpeaker(gold: GoldClaim['speaker'], predictedName: string): boolean {
  if (!gold || gold.name === null) return false;
  const want = normalizeName(predictedName);
  return [gold.name, ...(gold.aliases ?? [])].some((n) => normalizeName(n) === want);
}

const attributed = (c: GoldClaim | Claim): boolean => c.kind !== 'assertion' && c.speaker !== null;
const unnamed = (c: GoldClaim): boolean => attributed(c) && c.speaker?.name === null;

export function scoreSpeakers(ctx: ScoreContext, m: ClaimMatch): void {
  if (!annotatesAttribute(ctx.scoring, 'speakerName')) return;
  const { text } = ctx;
  const { gold, predicted, matching } = m;
  let tp = 0;
  let predictedCount = 0;
  let goldCount = 0;
  gold.forEach((g) => {
    if (attributed(g) && !unnamed(g)) goldCount++;
  });
  predicted.forEach((p, pi) => {
    const g = gold[matching.predictedTo[pi] ?? -1];
    if (!attributed(p) || (g && unnamed(g))) return;
    predictedCount++;
    const name = p.speaker?.name ?? '';
    if (g && attributed(g) && sameSpeaker(g.speaker, name)) {
      tp++;
      return;
    }
    if (g && attributed(g)) {
      const want = [g.speaker?.name, ...(g.speaker?.aliases ?? [])].join(' | ');
      ctx.issue(
        {
          layer: 'speakers',
          issue: 'wrong-speaker',
          gold: reportSpan(text, g.content, `speaker ${want}`),
          predicted: reportSpan(text, p.content, `speaker ${name}`),
          detail: `speaker ${JSON.stringify(name)} (mention ${JSON.stringify(p.speaker?.text ?? null)}), gold ${JSON.stringify(want)}`,
        },
        g.content,
      );
    }
  });
  ctx.tally.count('speaker', tp, predictedCount - tp, goldCount - tp);
}
