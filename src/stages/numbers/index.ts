/** The numbers stage (first placeholder: assigns an empty layer until its real version lands). */
import { z } from 'zod';
import { withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';

export const numbersStage = defineStage({
  name: 'numbers',
  description: 'numbers',
  requires: ['sentences', 'dates'],
  assigns: ['numbers'],
  options: z.object({}),
  create: () => (doc) => withLayer(doc, 'numbers', []),
});
