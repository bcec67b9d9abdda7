/** The assertions stage (first placeholder: assigns an empty layer until its real version lands). */
import { z } from 'zod';
import { withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';

export const assertionsStage = defineStage({
  name: 'assertions',
  description: 'assertions',
  requires: ['sentences', 'dates', 'numbers', 'claims'],
  assigns: ['claims'],
  options: z.object({}),
  create: () => (doc) => withLayer(doc, 'claims', []),
});
