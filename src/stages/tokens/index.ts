/**
 * The tokens stage: the word tokens of the whole text, with the quotation
 * marks the quotes layer paired as `open`/`close` tokens (an apostrophe that
 * is a quotation mark never joins a word or makes a possessive). Attribution,
 * speakers and stance read them, so the text is tokenised once.
 */
import { z } from 'zod';
import { layer, withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';
import { loadAbbreviations } from '../../lexicons/abbreviations.js';
import { dotWords, quoteMarks, tokenize } from './tokenize.js';

export const tokensStage = defineStage({
  name: 'tokens',
  description: 'Splits the text into word, number, possessive, quotation-mark and punctuation tokens',
  requires: ['quotes'],
  assigns: ['tokens'],
  options: z.object({}),
  create: () => {
    const dots = dotWords(loadAbbreviations());
    return (doc) => withLayer(doc, 'tokens', tokenize(doc.text, quoteMarks(layer(doc, 'quotes')), dots));
  },
});
