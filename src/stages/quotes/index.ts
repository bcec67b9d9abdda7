/** The quotes stage (first placeholder: assigns an empty layer until its real version lands). */
import { z } from 'zod';
import { withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';

export const quotesStage = defineStage({
  name: 'quotes',
  description: 'quotes',
  requires: ['sentences'],
  assigns: ['quotes'],
  options: z.object({}),
  create: () => (doc) => withLayer(doc, 'quotes', []),
});
