/**
 * The attribution stage: who said what, as claims (direct, mixed, indirect)
 * with content, source mention, cue and time of saying. The source's name is
 * the mention itself here; the speakers stage resolves it.
 */
import { z } from 'zod';
import { layer, withLayer } from '../../core/document.js';
import type { DocClaim, Quote, Token } from '../../core/layers.js';
import { defineStage } from '../../core/stage.js';
import type { DateMention, Sentence } from '../../schema/result.js';
import { toClaims } from './claims.js';
import { buildContext } from './context.js';
import { extractDrafts } from './extract.js';
import { grammar } from './grammar.js';

/** The claims of one text, given its tokens, sentences, quotations and dates. */
function attribute(text: string, tokens: readonly Token[], sentences: readonly Sentence[], quotes: readonly Quote[], dates: readonly DateMention[]): DocClaim[] {
  const ctx = buildContext(text, tokens, sentences, quotes, dates);
  return toClaims(ctx, extractDrafts(ctx));
}

export const attributionStage = defineStage({
  name: 'attribution',
  description: 'Finds quotations and reported speech with their source, cue and time of saying',
  requires: ['sentences', 'quotes', 'tokens', 'dates'],
  assigns: ['claims'],
  options: z.object({}),
  create: () => {
    grammar();
    return (doc) => withLayer(doc, 'claims', attribute(doc.text, layer(doc, 'tokens'), layer(doc, 'sentences'), layer(doc, 'quotes'), layer(doc, 'dates')));
  },
});
