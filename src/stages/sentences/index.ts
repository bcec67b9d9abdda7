/** The sentences stage (first placeholder: assigns an empty layer until its real version lands). */
import { z } from 'zod';
import { withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';

export const sentencesStage = defineStage({
  name: 'sentences',
  description: 'sentences',
  requires: [],
  assigns: ['sentences'],
  options: z.object({}),
  create: () => (doc) => withLayer(doc, 'sentences', []),
});
