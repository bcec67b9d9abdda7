/** The stance stage (first placeholder: assigns an empty layer until its real version lands). */
import { z } from 'zod';
import { withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';

export const stanceStage = defineStage({
  name: 'stance',
  description: 'stance',
  requires: ['sentences', 'claims'],
  assigns: ['stances'],
  options: z.object({}),
  create: () => (doc) => withLayer(doc, 'stances', []),
});
