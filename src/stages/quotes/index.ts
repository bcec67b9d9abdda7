/**
 * The quotes stage: every quotation in the text, its marks paired (curly and
 * straight, nested single quotes, apostrophes told apart, odd counts,
 * quotations running over paragraphs) and each marked `speech` or `fragment`.
 * One linear pass over the text.
 */
import { z } from 'zod';
import { withLayer } from '../../core/document.js';
import type { Quote } from '../../core/layers.js';
import { defineStage } from '../../core/stage.js';
import { quoteKind } from './kind.js';
import { findMarks } from './marks.js';
import { pairMarks } from './pair.js';

/** The quotations of `text`, sorted by start. */
export function findQuotes(text: string): Quote[] {
  return pairMarks(text, findMarks(text)).map((pair) => ({ ...pair, kind: quoteKind(text, pair) }));
}

export const quotesStage = defineStage({
  name: 'quotes',
  description: 'Pairs quotation marks into quotations and tells speech from scare quotes and titles',
  requires: ['sentences'],
  assigns: ['quotes'],
  options: z.object({}),
  create: () => (doc) => withLayer(doc, 'quotes', findQuotes(doc.text)),
});
