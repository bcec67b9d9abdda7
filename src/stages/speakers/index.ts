/**
 * The speakers stage: resolves each claim's speaker mention to who it is over
 * the whole article (names, pronouns, titles, descriptions, capitals) and
 * fills the entities layer with the people, organisations, groups and
 * countries the article names.
 */
import { z } from 'zod';
import { layer, withLayer } from '../../core/document.js';
import type { DocClaim, Entity, Quote, Token } from '../../core/layers.js';
import { defineStage } from '../../core/stage.js';
import { upperBound } from '../../text/search.js';
import type { Sentence } from '../../schema/result.js';
import { grammar } from '../attribution/grammar.js';
import { findMentions } from './mentions.js';
import { Resolver } from './resolve.js';

/** Whether an offset lies inside a quotation, for a sorted list of quotes. */
function quotedTest(quotes: readonly Quote[]): (pos: number) => boolean {
  const spans = quotes.filter((q) => q.depth === 0);
  return (pos) => {
    const q = spans[upperBound(spans, pos, (span) => span.start) - 1];
    return q !== undefined && pos < q.end && pos >= q.innerStart && pos < q.innerEnd;
  };
}

/** Claims with resolved speakers, and the article's entities. */
function resolveSpeakers(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  claims: readonly DocClaim[],
  quotes: readonly Quote[],
): { claims: DocClaim[]; entities: Entity[] } {
  const g = grammar();
  // where a sentence starts, a capital says nothing of a name: a sentence's first word, and the first word of a quotation
  const starts = new Set<number>();
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    starts.add(t);
  }
  tokens.forEach((tok, i) => {
    if (tok.kind === 'open') starts.add(i + 1);
  });
  const mentions = findMentions(g, text, tokens, starts);
  return new Resolver(g, text, tokens, mentions, quotedTest(quotes), sentences.map((s) => s.start)).resolve(claims);
}

export const speakersStage = defineStage({
  name: 'speakers',
  description: 'Resolves each speaker to the fullest name the article gives and lists the entities it names',
  requires: ['sentences', 'quotes', 'tokens', 'claims'],
  assigns: ['entities', 'claims'],
  options: z.object({}),
  create: () => {
    grammar();
    return (doc) => {
      const { claims, entities } = resolveSpeakers(doc.text, layer(doc, 'tokens'), layer(doc, 'sentences'), layer(doc, 'claims'), layer(doc, 'quotes'));
      return withLayer(withLayer(doc, 'claims', claims), 'entities', entities);
    };
  },
});
