/**
 * The assertions stage (ANNOTATION §2): a writer's claim for every body
 * sentence that holds a date or a number and no attributed claim. Its content
 * is the whole sentence; speaker, cue and time of saying are null.
 *
 * Headlines and boilerplate give none, and neither does a question in the
 * body ("Will the talks resume in 2025?"): the writer asks, and asserts
 * nothing a fact-checker could check.
 */
import { z } from 'zod';
import { layer, withLayer } from '../../core/document.js';
import type { DocClaim } from '../../core/layers.js';
import { defineStage } from '../../core/stage.js';
import { isQuestion } from '../../text/question.js';
import { lowerBound } from '../../text/search.js';

interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether any of `spans` overlaps a span, answered in log time (a long
 * document has thousands of sentences and claims): the spans sorted by start,
 * with the furthest end among each prefix.
 */
function overlapIndex(spans: readonly Range[]): (span: Range) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const s of sorted) furthest.push(Math.max(s.end, furthest.at(-1) ?? -Infinity));
  // the spans starting before span.end overlap it when one of them ends after span.start
  return (span) => (furthest[lowerBound(sorted, span.end, (s) => s.start) - 1] ?? -Infinity) > span.start;
}

/** Whether any of `spans` starts inside a span, in log time. */
function startIndex(spans: readonly Range[]): (span: Range) => boolean {
  const starts = spans.map((s) => s.start).sort((a, b) => a - b);
  return (span) => (starts[lowerBound(starts, span.start, (x) => x)] ?? Infinity) < span.end;
}

export const assertionsStage = defineStage({
  name: 'assertions',
  description: "the writer's own checkable statements: body sentences holding a date or number and no attributed claim",
  requires: ['sentences', 'dates', 'numbers', 'claims'],
  assigns: ['claims'],
  options: z.object({}),
  create: () => (doc) => {
    const claims = layer(doc, 'claims');
    const holdsMention = startIndex([...layer(doc, 'dates'), ...layer(doc, 'numbers')]);
    const overlapsClaim = overlapIndex(claims.flatMap((c) => [c.content, c.speaker, c.cue].filter((span) => span !== null)));
    const added: DocClaim[] = layer(doc, 'sentences')
      .filter((s) => s.role === 'body')
      .filter((s) => !isQuestion(doc.text.slice(s.start, s.end)))
      .filter(holdsMention)
      .filter((s) => !overlapsClaim(s))
      .map((s) => ({
        kind: 'assertion',
        content: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
        speaker: null,
        cue: null,
        statedOn: null,
      }));
    const all = [...claims, ...added].sort((a, b) => a.content.start - b.content.start);
    return withLayer(doc, 'claims', all);
  },
});
