/** The attribution stage (first placeholder: assigns an empty layer until its real version lands). */
import { z } from 'zod';
import { withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';

export const attributionStage = defineStage({
  name: 'attribution',
  description: 'attribution',
  requires: ['sentences', 'quotes', 'dates'],
  assigns: ['claims'],
  options: z.object({}),
  create: () => (doc) => withLayer(doc, 'claims', []),
});
