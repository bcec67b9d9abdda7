/** The full claimkit pipeline with no stance target: every stage, default options. */
import type { PipelineDefinition } from '../src/schema/config.js';

export const defaultPipeline: PipelineDefinition = {
  name: 'default',
  description: 'sentences, dates, numbers, quotes, tokens, attribution, speakers, assertions and stance; no stance target',
  stages: [
    { name: 'sentences' },
    { name: 'dates' },
    { name: 'numbers' },
    { name: 'quotes' },
    { name: 'tokens' },
    { name: 'attribution' },
    { name: 'speakers' },
    { name: 'assertions' },
    { name: 'stance' },
  ],
  targets: [],
};
