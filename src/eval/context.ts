/** What every scorer gets for one document: the texts, the tally to add to, and a way to file an issue with its sentence. */
import { clip } from '../text/clip.js';
import { upperBound } from '../text/search.js';
import type { Gold, Layer } from '../schema/gold.js';
import type { Sentence } from '../schema/result.js';
import type { Span } from './spans.js';
import type { Tally } from './tally.js';
import type { Issue, Prediction, ReportSpan, ScoringOptions, Unannotated } from './types.js';

export interface ScoreContext {
  readonly text: string;
  readonly gold: Gold;
  readonly predicted: Prediction;
  readonly scoring: ScoringOptions;
  readonly tally: Tally;
  /** File an issue; `at` locates the sentence quoted with it. */
  issue(issue: Omit<Issue, 'sentence'>, at: Span): void;
}

/** Whether the gold file annotates a layer (`doc.layers`, absent = all). */
export const annotates = (gold: Gold, layer: Layer): boolean => gold.doc.layers === undefined || gold.doc.layers.includes(layer);

export const annotatesAttribute = (scoring: ScoringOptions, attribute: Unannotated): boolean =>
  !(scoring.unannotated ?? []).includes(attribute);

export const reportSpan = (text: string, span: Span, label = ''): ReportSpan => ({
  start: span.start,
  end: span.end,
  text: text.slice(span.start, span.end),
  label,
});

const MAX_CONTEXT = 400;
const squash = (s: string): string => clip(s, MAX_CONTEXT + 1);

/**
 * Finds the sentence around a span: the gold sentences when the gold has them,
 * else the predicted ones, else the text between the nearest line breaks or
 * sentence-final punctuation.
 */
export function sentenceFinder(text: string, sentences: readonly Sentence[]): (at: Span) => string {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  return (at) => {
    const found = sorted[upperBound(sorted, at.start, (s) => s.start) - 1];
    if (found && at.start < found.end) return squash(text.slice(found.start, Math.max(found.end, Math.min(at.end, found.start + MAX_CONTEXT))));
    let start = at.start;
    const floor = Math.max(0, at.start - MAX_CONTEXT);
    const boundary = (i: number): boolean => text[i] === '\n' || (/\s/.test(text[i] ?? '') && /[.!?]/.test(text[i - 1] ?? ''));
    while (start > floor && !boundary(start - 1)) start--;
    let end = at.end;
    const ceiling = Math.min(text.length, at.end + MAX_CONTEXT);
    while (end < ceiling && !boundary(end)) end++;
    return squash(text.slice(start, end));
  };
}
