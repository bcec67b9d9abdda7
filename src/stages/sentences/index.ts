/**
 * The sentences stage: splits the article into sentence-like units
 * (ANNOTATION.md §1) and gives each a role: headline, body or boilerplate.
 * Lexicons are loaded and compiled once in `create`; per document it is one
 * linear scan of the text plus a few anchored regex tests per short sentence.
 */
import { z } from 'zod';
import { withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';
import type { Sentence } from '../../schema/result.js';
import { loadAbbreviations } from '../../lexicons/abbreviations.js';
import { loadBoilerplate } from './boilerplate.js';
import { LineSegmenter } from './boundaries.js';
import { splitLines } from './lines.js';
import { compileMetadata } from './metadata.js';
import { assignRoles } from './roles.js';

/** A reusable splitter: text in, sorted non-overlapping sentences with roles out. */
function createSentenceSplitter(): (text: string) => Sentence[] {
  const rules = loadBoilerplate();
  const segmenter = new LineSegmenter(loadAbbreviations(), compileMetadata(rules.metadataKeys));
  return (text) => {
    const lines = splitLines(text);
    return assignRoles(text, lines, lines.map((line) => segmenter.segment(text, line)), rules);
  };
}

export const sentencesStage = defineStage({
  name: 'sentences',
  description: 'sentence boundaries with headline, body and boilerplate roles',
  requires: [],
  assigns: ['sentences'],
  options: z.object({}),
  create: () => {
    const split = createSentenceSplitter();
    return (doc) => withLayer(doc, 'sentences', split(doc.text));
  },
});
