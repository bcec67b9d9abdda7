/** From a processed document to the OUTPUT.md result object. */
import { SCHEMA_VERSION, type Claim, type Result, type Stance } from '../schema/result.js';
import { lowerBound } from '../text/search.js';
import type { Doc } from './document.js';

/** The spans of `sorted` (by start) inside `outer`, in order: found from a binary search, not a pass over all of them. */
function within<T extends { start: number; end: number }>(sorted: readonly T[], outer: { start: number; end: number }): T[] {
  const found: T[] = [];
  for (let i = lowerBound(sorted, outer.start, (s) => s.start); i < sorted.length && sorted[i]!.start <= outer.end; i++) {
    if (sorted[i]!.end <= outer.end) found.push(sorted[i]!);
  }
  return found;
}

const byStart = <T extends { start: number }>(a: T, b: T): number => a.start - b.start;

export function toResult(doc: Doc): Result {
  const dates = [...(doc.layers.dates ?? [])].sort(byStart);
  const numbers = [...(doc.layers.numbers ?? [])].sort(byStart);
  const docClaims = doc.layers.claims ?? [];
  const stances = doc.layers.stances;
  const claims: Claim[] = docClaims
    .map((c, i) => {
      const fallback: Stance = {
        target: null,
        polarity: null,
        certainty: 'asserted',
        condition: 'none',
        reporting: c.kind === 'assertion' ? 'writer' : 'neutral',
      };
      return {
        id: '',
        kind: c.kind,
        content: c.content,
        speaker: c.speaker,
        cue: c.cue,
        statedOn: c.statedOn,
        dates: within(dates, c.content),
        numbers: within(numbers, c.content),
        stance: stances?.[i] ?? fallback,
      };
    })
    .sort((a, b) => a.content.start - b.content.start)
    .map((c, i) => ({ ...c, id: `${doc.id}-c${i + 1}` }));
  return {
    schemaVersion: SCHEMA_VERSION,
    doc: { id: doc.id, date: doc.date, title: doc.title, source: doc.source, length: doc.text.length },
    sentences: [...(doc.layers.sentences ?? [])].sort(byStart),
    dates,
    numbers,
    claims,
    messages: [...doc.messages],
  };
}
