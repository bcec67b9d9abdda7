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
import type { Span } from '../../schema/result.js';
import { isQuestion } from '../../text/question.js';

const overlaps = (a: Span, b: Span | null): boolean => b !== null && a.start < b.end && b.start < a.end;

export const assertionsStage = defineStage({
  name: 'assertions',
  description: "the writer's own checkable statements: body sentences holding a date or number and no attributed claim",
  requires: ['sentences', 'dates', 'numbers', 'claims'],
  assigns: ['claims'],
  options: z.object({}),
  create: () => (doc) => {
    const claims = layer(doc, 'claims');
    const mentions: Span[] = [...layer(doc, 'dates'), ...layer(doc, 'numbers')];
    const added: DocClaim[] = layer(doc, 'sentences')
      .filter((s) => s.role === 'body')
      .filter((s) => !isQuestion(doc.text.slice(s.start, s.end)))
      .filter((s) => mentions.some((m) => m.start >= s.start && m.start < s.end))
      .filter((s) => !claims.some((c) => overlaps(s, c.content) || overlaps(s, c.speaker) || overlaps(s, c.cue)))
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
