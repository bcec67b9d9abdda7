/** The speakers stage (first placeholder: assigns an empty layer until its real version lands). */
import { z } from 'zod';
import { withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';

export const speakersStage = defineStage({
  name: 'speakers',
  description: 'speakers',
  requires: ['sentences', 'claims'],
  assigns: ['entities', 'claims'],
  options: z.object({}),
  create: () => (doc) => withLayer(doc, 'entities', []),
});
