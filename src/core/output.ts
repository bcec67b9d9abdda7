/** From a processed document to the OUTPUT.md result object. */
import { SCHEMA_VERSION, type Claim, type Result, type Stance } from '../schema/result.js';
import type { Doc } from './document.js';

const inside = (outer: { start: number; end: number }) => (s: { start: number; end: number }) =>
  s.start >= outer.start && s.end <= outer.end;

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
      const within = inside(c.content);
      return {
        id: '',
        kind: c.kind,
        content: c.content,
        speaker: c.speaker,
        cue: c.cue,
        statedOn: c.statedOn,
        dates: dates.filter(within),
        numbers: numbers.filter(within),
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
