/** The dates stage (first placeholder: assigns an empty layer until its real version lands). */
import { z } from 'zod';
import { withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';

export const datesStage = defineStage({
  name: 'dates',
  description: 'dates',
  requires: ['sentences'],
  assigns: ['dates'],
  options: z.object({}),
  create: () => (doc) => withLayer(doc, 'dates', []),
});
