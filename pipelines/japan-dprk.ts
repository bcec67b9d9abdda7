/** The default stages with the stance target of the development articles. */
import type { PipelineDefinition } from '../src/schema/config.js';
import { defaultPipeline } from './default.js';

export const japanDprkPipeline: PipelineDefinition = {
  ...defaultPipeline,
  name: 'japan-dprk',
  description: 'default pipeline, stance toward a summit between the leaders of Japan and North Korea',
  targets: [
    {
      id: 'japan-dprk-summit',
      description: 'A meeting or talks between the leaders of Japan and North Korea',
      terms: ['summit', 'meet', 'meeting', 'talks', 'dialogue', 'negotiations', 'visit'],
    },
  ],
};
