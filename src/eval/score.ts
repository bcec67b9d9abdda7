/**
 * Scoring without running anything: gold articles paired with predictions in,
 * flat figures (micro-averaged: tp/fp/fn summed over the documents), per-document
 * figures and the structured error report out. Only the layers a gold file
 * annotates (`doc.layers`, absent = all) are scored.
 */
import { annotates, sentenceFinder, type ScoreContext } from './context.js';
import { attributionFigures, matchClaims, scoreAttribution, type ClaimMatch } from './scorers/attribution.js';
import { datesFigures, scoreDates } from './scorers/dates.js';
import { numbersFigures, scoreNumbers } from './scorers/numbers.js';
import { scoreSentences, sentencesFigures } from './scorers/sentences.js';
import { scoreSpeakers, speakersFigures } from './scorers/speakers.js';
import { scoreStance, stanceFigures } from './scorers/stance.js';
import { figures, Tally, type FigureSpec, type Metrics } from './tally.js';
import type { DocReport, Issue, ScorePair, Scored, ScoringOptions } from './types.js';

/** Every figure the scorer produces, in the order they are printed. */
export const FIGURE_SPECS: readonly FigureSpec[] = [sentencesFigures, attributionFigures, speakersFigures, stanceFigures, datesFigures, numbersFigures];

const position = (i: Issue): number => (i.gold ?? i.predicted)?.start ?? 0;

export interface DocScore {
  readonly tally: Tally;
  readonly issues: readonly Issue[];
  /** The claim matching, when the gold annotates claims or stance (for views that pair claims with gold). */
  readonly claims: ClaimMatch | null;
}

export function scoreDoc(pair: ScorePair, scoring: ScoringOptions = {}): DocScore {
  const { text, gold, predicted } = pair;
  const tally = new Tally();
  const issues: Issue[] = [];
  const sentences = annotates(gold, 'sentences') && gold.sentences.length > 0 ? gold.sentences : predicted.sentences;
  const sentenceOf = sentenceFinder(text, sentences);
  const ctx: ScoreContext = {
    text,
    gold,
    predicted,
    scoring,
    tally,
    issue: (issue, at) => issues.push({ ...issue, sentence: sentenceOf(at) }),
  };
  if (annotates(gold, 'sentences')) scoreSentences(ctx);
  const claims = annotates(gold, 'claims');
  const stance = annotates(gold, 'stance');
  let m: ClaimMatch | null = null;
  if (claims || stance) {
    m = matchClaims(text, gold.claims, predicted.claims, scoring);
    if (claims) {
      scoreAttribution(ctx, m);
      scoreSpeakers(ctx, m);
    }
    if (stance) scoreStance(ctx, m);
  }
  if (annotates(gold, 'dates')) scoreDates(ctx);
  if (annotates(gold, 'numbers')) scoreNumbers(ctx);
  issues.sort((a, b) => position(a) - position(b));
  return { tally, issues, claims: m };
}

/** Score gold/prediction pairs; `errors` holds a pipeline failure message per document id, if any. */
export function scoreDocs(pairs: readonly ScorePair[], scoring: ScoringOptions = {}, errors: ReadonlyMap<string, string> = new Map()): Scored {
  const tallies: Tally[] = [];
  const report: DocReport[] = [];
  const perDoc: { id: string; metrics: Metrics }[] = [];
  for (const pair of pairs) {
    const { tally, issues } = scoreDoc(pair, scoring);
    tallies.push(tally);
    const id = pair.gold.doc.id;
    report.push({ id, source: pair.gold.doc.source, error: errors.get(id) ?? null, issues });
    perDoc.push({ id, metrics: figures(tally, FIGURE_SPECS) });
  }
  return { metrics: setFigures(tallies), report, perDoc };
}

/** The figures of a set of documents from their tallies: the counts summed, then the figures taken once (micro-average). */
export function setFigures(tallies: Iterable<Tally>): Metrics {
  const total = new Tally();
  for (const tally of tallies) total.add(tally);
  return figures(total, FIGURE_SPECS);
}
